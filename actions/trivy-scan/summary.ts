/**
 * trivy-scan's job summary: per image and platform, the counts per severity (reported, fixable,
 * overdue against the SLA), then the overdue findings first with their due dates, then the other
 * fixable ones — what the security team acts on, in the order they act on it. With `compare-with`,
 * per platform the findings fixed and new against that image (and those still affected whose
 * installed version moved), highest severity first.
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
  type TargetDelta,
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
  /** Against `compare-with` (scan-delta.ts), when given. */
  comparison?: TargetDelta;
}

/** Findings listed per target in the summary at most; the SARIF has them all. */
const LISTED_FINDINGS = 30;

export function scanSummary(
  results: TargetResult[],
  context: {
    now: Date;
    failOn: Severity[];
    db: DbFetchResult;
    trivyVersion: string;
    compareWith?: string;
    /** The accepted findings' OpenVEX document, when one was written. */
    openvex?: { statements: number };
  },
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
    ...(context.openvex
      ? [
          md`Accepted findings: ${context.openvex.statements} OpenVEX statement(s) in the \`openvex\` output; sign's \`vex\` input attests them to the image, so scanners reading VEX (trivy \`--vex oci\`) suppress them without this repository's ignore file.`,
        ]
      : []),
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
  if (context.compareWith) {
    lines.push(md`Compared with ${context.compareWith}, scanned with the same DB.`);
    tables.push(...comparisonTables(results, severities));
  }
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

function comparisonTables(results: TargetResult[], severities: Severity[]): SummaryTable[] {
  const compared = results.filter((result) => result.comparison);
  const perSeverity = (counts: Record<Severity, number>): string =>
    severities
      .filter((severity) => counts[severity] > 0)
      .map((severity) => `${counts[severity]} ${severity.toLowerCase()}`)
      .join(", ") || "0";
  const tables: SummaryTable[] = [
    {
      header: ["image", "platform", "findings fixed", "findings new", "still affected"],
      rows: compared.map((result) => {
        const delta = result.comparison?.delta;
        const name = `${result.target.repository}@${result.target.manifestDigest.slice(0, 19)}…`;
        if (!delta)
          return [name, result.target.platform ?? "", "not compared: compare-with has no such platform", "", ""];
        return [
          name,
          result.target.platform ?? "",
          perSeverity(delta.counts.fixed),
          perSeverity(delta.counts.new),
          `${delta.stillAffected}${delta.versionChanged.length ? ` (${delta.versionChanged.length} with a new version)` : ""}`,
        ];
      }),
    },
  ];
  for (const result of compared) {
    const delta = result.comparison?.delta;
    if (!delta) continue;
    const rows = [
      ...delta.fixed.map(
        (finding) => [finding, finding.accepted ? "fixed (was accepted)" : "fixed", finding.installedVersion] as const,
      ),
      ...delta.new.map((finding) => [finding, "new", finding.installedVersion] as const),
      ...delta.versionChanged.map(
        (finding) => [finding, "still affected", `${finding.previousVersion} → ${finding.installedVersion}`] as const,
      ),
    ];
    if (rows.length === 0) continue;
    tables.push({
      header: [
        `${result.target.repository}${result.target.platform ? ` (${result.target.platform})` : ""}: change`,
        "vulnerability",
        "severity",
        "package",
        "installed",
        "fixed in",
      ],
      rows: rows
        .slice(0, LISTED_FINDINGS)
        .map(([finding, change, installed]) => [
          change,
          finding.vulnerabilityId,
          finding.severity,
          finding.packageName,
          installed,
          finding.fixedVersion,
        ]),
    });
    if (rows.length > LISTED_FINDINGS)
      tables.push({ header: ["…"], rows: [[`${rows.length - LISTED_FINDINGS} more in the results output`]] });
  }
  return tables;
}

function countCell(counts: ScanCounts, severity: Severity): string {
  const row = counts.bySeverity[severity];
  if (row.total === 0) return "0";
  return `${row.total} (${row.fixable} fixable${row.overdue ? `, ${row.overdue} overdue` : ""})`;
}

function dueTime(finding: Finding): number {
  return dueDate(finding, DEFAULT_SLA)?.getTime() ?? Number.POSITIVE_INFINITY;
}
