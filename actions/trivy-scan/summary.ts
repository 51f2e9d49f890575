/**
 * trivy-scan's job summary: per image and platform, the counts per severity (reported, fixable,
 * overdue against the SLA), then the overdue findings first with their due dates, then the other
 * fixable ones — what the security team acts on, in the order they act on it.
 */
import { type JobSummary, md, type SummaryTable } from "@image-actions/action-kit";
import {
  type DbFetchResult,
  DEFAULT_SLA,
  dueDate,
  type Finding,
  isFixable,
  isOverdue,
  type SarifLog,
  type ScanCounts,
  type ScanTarget,
  SEVERITIES,
  type Severity,
} from "@image-actions/scan";

export interface TargetResult {
  target: ScanTarget;
  /** What the SARIF and the summary show (after `severity` and `ignore-unfixed`). */
  findings: Finding[];
  counts: ScanCounts;
  /** Fixable findings at the `fail-on` severities. */
  gate: Finding[];
  sarifPath: string;
  sarif: SarifLog;
  toolVersion: string;
  upload?: { id: string; status: string; errors: string[] };
}

/** Findings listed per target in the summary at most; the SARIF has them all. */
const LISTED_FINDINGS = 30;

export function scanSummary(
  results: TargetResult[],
  context: { now: Date; failOn: Severity[]; db: DbFetchResult; trivyVersion: string },
): JobSummary {
  const severities = [...SEVERITIES].reverse();
  const failing = results.reduce((sum, result) => sum + result.gate.length, 0);
  const lines = [
    // The DB's source and date come from outside (an artifact, a restored cache): md escapes them,
    // and updatedAt is an RFC 3339 date or absent (vulnerability-db.ts).
    md`trivy ${context.trivyVersion}; vulnerability DB ${context.db.downloaded ? "downloaded from" : "reused from"} ${context.db.source} (updated ${context.db.metadata.updatedAt ?? "unknown"}).`,
    md`SLA: fixable findings are due ${severities
      .filter((severity) => DEFAULT_SLA[severity] !== undefined)
      .map((severity) => `${severity.toLowerCase()} ${DEFAULT_SLA[severity]} days`)
      .join(", ")} after publication.`,
    context.failOn.length === 0
      ? md`Gate: off (fail-on is empty).`
      : failing > 0
        ? md`Gate: **failed** — ${failing} fixable finding(s) at ${context.failOn.join(", ")}.`
        : md`Gate: passed — no fixable finding at ${context.failOn.join(", ")}.`,
  ];
  const tables: SummaryTable[] = [
    {
      header: [
        "image",
        "platform",
        "category",
        ...severities.map((severity) => severity.toLowerCase()),
        "fixable",
        "overdue",
        "upload",
      ],
      rows: results.map((result) => [
        `${result.target.repository}@${result.target.manifestDigest.slice(0, 19)}…`,
        result.target.platform ?? "",
        result.target.category,
        ...severities.map((severity) => countCell(result.counts, severity)),
        result.counts.fixable,
        result.counts.overdue,
        result.upload ? `${result.upload.status} (${result.upload.id})` : "not uploaded",
      ]),
    },
  ];
  for (const result of results) {
    const fixable = result.findings.filter(isFixable);
    if (fixable.length === 0) continue;
    // Overdue first (oldest due date first), then the rest by due date; unknown due dates last.
    const ordered = [...fixable].sort((a, b) => {
      const overdue = Number(isOverdue(b, DEFAULT_SLA, context.now)) - Number(isOverdue(a, DEFAULT_SLA, context.now));
      return overdue || dueTime(a) - dueTime(b);
    });
    tables.push({
      header: [
        `${result.target.repository}${result.target.platform ? ` (${result.target.platform})` : ""}: vulnerability`,
        "severity",
        "package",
        "installed",
        "fixed in",
        "due",
        "overdue",
      ],
      rows: ordered
        .slice(0, LISTED_FINDINGS)
        .map((finding) => [
          finding.vulnerabilityId,
          finding.severity,
          finding.packageName,
          finding.installedVersion,
          finding.fixedVersion,
          dueDate(finding, DEFAULT_SLA)?.toISOString().slice(0, 10) ?? "",
          isOverdue(finding, DEFAULT_SLA, context.now) ? "**overdue**" : "",
        ]),
    });
    if (ordered.length > LISTED_FINDINGS)
      tables.push({ header: ["…"], rows: [[`${ordered.length - LISTED_FINDINGS} more in ${result.sarifPath}`]] });
  }
  return {
    title: "trivy-scan",
    lines,
    tables,
    details: {
      label: "counts",
      json: results.map((result) => ({
        category: result.target.category,
        digest: result.target.manifestDigest,
        counts: result.counts,
      })),
    },
  };
}

function countCell(counts: ScanCounts, severity: Severity): string {
  const row = counts.bySeverity[severity];
  if (row.total === 0) return "0";
  return `${row.total} (${row.fixable} fixable${row.overdue ? `, ${row.overdue} overdue` : ""})`;
}

function dueTime(finding: Finding): number {
  return dueDate(finding, DEFAULT_SLA)?.getTime() ?? Number.POSITIVE_INFINITY;
}
