/**
 * The SLA clock of our vulnerability policy: a fixable finding is due a number of days (by
 * severity) after the vulnerability was published, and overdue once that moment has passed.
 * An unfixed finding has no due date (there is nothing to upgrade to yet), and neither has one
 * without a published date or of a severity the policy gives no deadline (UNKNOWN by default).
 */
import { isFixable } from "./filter.ts";
import {
  type Finding,
  type ScanCounts,
  SEVERITIES,
  type Severity,
  type SeverityCounts,
  type SlaPolicy,
} from "./types.ts";

/** Critical 7 days, High 30, Medium (Moderate) 90, Low 180; Unknown has no deadline. */
export const DEFAULT_SLA: Readonly<SlaPolicy> = Object.freeze({
  CRITICAL: 7,
  HIGH: 30,
  MEDIUM: 90,
  LOW: 180,
  UNKNOWN: undefined,
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the finding must be fixed by, or undefined when the SLA clock does not run for it. */
export function dueDate(finding: Finding, sla: Readonly<SlaPolicy>): Date | undefined {
  const days = sla[finding.severity];
  if (days === undefined || !isFixable(finding) || finding.publishedDate === "") return undefined;
  const published = Date.parse(finding.publishedDate);
  if (Number.isNaN(published)) return undefined;
  return new Date(published + days * DAY_MS);
}

/** The due date has passed at `now` (a finding due exactly now is not yet overdue). */
export function isOverdue(finding: Finding, sla: Readonly<SlaPolicy>, now: Date): boolean {
  const due = dueDate(finding, sla);
  return due !== undefined && now.getTime() > due.getTime();
}

function zeroCounts(): SeverityCounts {
  return { total: 0, fixable: 0, overdue: 0 };
}

/** Totals, fixable and overdue counts, per severity and overall. */
export function countFindings(findings: readonly Finding[], sla: Readonly<SlaPolicy>, now: Date): ScanCounts {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, zeroCounts()])) as Record<
    Severity,
    SeverityCounts
  >;
  const counts: ScanCounts = { bySeverity, total: 0, fixable: 0, overdue: 0 };
  for (const finding of findings) {
    const row = bySeverity[finding.severity];
    const fixable = isFixable(finding) ? 1 : 0;
    const overdue = isOverdue(finding, sla, now) ? 1 : 0;
    row.total += 1;
    row.fixable += fixable;
    row.overdue += overdue;
    counts.total += 1;
    counts.fixable += fixable;
    counts.overdue += overdue;
  }
  return counts;
}
