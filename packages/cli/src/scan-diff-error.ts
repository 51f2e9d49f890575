/**
 * `diff --scan` could not scan (a refused trivy, an unreachable DB, a report trivy garbled): one
 * line, no stack. Apart from scan-diff.ts so the CLI's error printer does not load the scan package.
 */
export class ScanDiffError extends Error {
  override name = "ScanDiffError";
}
