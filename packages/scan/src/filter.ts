/**
 * Which findings are reported and which fail the gate. trivy has already applied the ignore file
 * and VEX documents when it wrote its report, so what arrives here is what the user still owns.
 *
 * - `severity` filters the SARIF and the summary alike (one filter, so they never disagree);
 *   `ignore-unfixed` drops unfixed findings from both.
 * - `fail-on` fails the step only for *fixable* findings at those severities: an unfixed
 *   vulnerability is something to watch, not something a rebuild can change.
 */
import { type Finding, SEVERITIES, type Severity } from "./types.ts";

/** 0 for UNKNOWN up to 4 for CRITICAL, the order of SEVERITIES. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** A fixed version exists: upgrading the package (rebuilding the image) removes the finding. */
export function isFixable(finding: Finding): boolean {
  return finding.fixedVersion !== "";
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Highest severity first, then by vulnerability, package, installed path and version: a total
 * order over what identifies a finding, so reports and SARIF come out the same for the same input
 * in any order.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.vulnerabilityId, b.vulnerabilityId) ||
    compareText(a.packageName, b.packageName) ||
    compareText(a.installedPath, b.installedPath) ||
    compareText(a.installedVersion, b.installedVersion) ||
    compareText(a.fixedVersion, b.fixedVersion) ||
    compareText(a.target, b.target) ||
    compareText(a.targetType, b.targetType) ||
    compareText(a.publishedDate, b.publishedDate) ||
    compareText(a.title, b.title) ||
    compareText(a.primaryUrl, b.primaryUrl) ||
    compareText(a.description, b.description)
  );
}

export interface ReportFilter {
  /** The severities to report (the `severity` input). */
  severities: readonly Severity[];
  /** Drop findings without a fixed version (the `ignore-unfixed` input). */
  ignoreUnfixed: boolean;
}

/** The findings the SARIF and the summary show. */
export function reportedFindings(findings: readonly Finding[], filter: ReportFilter): Finding[] {
  const severities = new Set(filter.severities);
  return findings.filter(
    (finding) => severities.has(finding.severity) && (!filter.ignoreUnfixed || isFixable(finding)),
  );
}

/** The findings that fail the step: fixable, at one of the `fail-on` severities. */
export function gateFailures(findings: readonly Finding[], failOn: readonly Severity[]): Finding[] {
  const severities = new Set(failOn);
  return findings.filter((finding) => isFixable(finding) && severities.has(finding.severity));
}
