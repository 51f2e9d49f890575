/**
 * One trivy run over one OCI layout, with the network out of it: the DB is already in `cacheDir`
 * (vulnerability-db.ts), the image is a local layout (image-layout.ts), and every flag that would
 * make trivy reach out (DB, Java DB and check-bundle updates, the version check, telemetry) is off.
 * Its JSON report is the one source of truth; SARIF and the summary are derived from it.
 *
 * Layer analyses are kept in trivy's file cache in `cacheDir` (a per-job directory whose `db` links
 * to the checked DB: scan-images.ts says why), so a base shared by several images is analysed once
 * per job. That cache is a bolt database one process holds exclusively, so runs over one cache dir
 * take turns (scan-images.ts). argv is an array (no shell); trivy's output is captured, never echoed raw.
 */
import { getExecOutput } from "@actions/exec";
import { oneLine } from "@image-actions/oci";

export interface TrivyRunOptions {
  trivyPath: string;
  layoutDir: string;
  cacheDir: string;
  /** Where the JSON report is written. */
  outputFile: string;
  ignoreFile?: string;
  vex?: string[];
  /** Extra environment (none of ours: trivy gets no registry credentials, it needs none). */
  env?: Record<string, string>;
}

export class TrivyRunError extends Error {
  override name = "TrivyRunError";
}

/** The flags that keep trivy offline and quiet; exported for the tests that run trivy directly. */
export const OFFLINE_FLAGS = [
  "--skip-db-update",
  "--skip-java-db-update",
  "--skip-check-update",
  "--skip-version-check",
  "--disable-telemetry",
  "--offline-scan",
];

export function trivyArguments(options: TrivyRunOptions): string[] {
  return [
    "image",
    "--input",
    options.layoutDir,
    "--format",
    "json",
    "--output",
    options.outputFile,
    "--scanners",
    "vuln",
    "--cache-dir",
    options.cacheDir,
    "--quiet",
    // Suppressed findings stay in the report (ExperimentalModifiedFindings): openvex.ts exports them.
    "--show-suppressed",
    ...OFFLINE_FLAGS,
    ...(options.ignoreFile ? ["--ignorefile", options.ignoreFile] : []),
    ...(options.vex ?? []).flatMap((document) => ["--vex", document]),
  ];
}

export async function runTrivy(options: TrivyRunOptions): Promise<void> {
  const result = await getExecOutput(options.trivyPath, trivyArguments(options), {
    silent: true,
    ignoreReturnCode: true,
    // Only what we set: no GITHUB_TOKEN, no AWS keys, no docker config reach trivy.
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", ...options.env },
  });
  if (result.exitCode !== 0) {
    const tail = result.stderr.trim().split("\n").slice(-3).join(" | ");
    throw new TrivyRunError(`trivy exited ${result.exitCode} scanning ${options.layoutDir}: ${oneLine(tail, 600)}`);
  }
}
