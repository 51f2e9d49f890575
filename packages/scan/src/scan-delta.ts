/**
 * The CVE delta between two scans (issue 25): what a rebuild fixed and what it brought in against
 * the image it replaces, per platform. Both images are scanned in one run against the one DB
 * (vulnerability-db.ts fetches it once per job), so every difference is the images' own: compared
 * with a scan made last week, a DB refresh would "fix" or "add" findings no image change caused.
 *
 * A finding is matched by vulnerability ID and package name (trivy's `VulnerabilityID` and
 * `PkgName`), not by installed version:
 * - fixed: the old image has it, the new one does not (the package was upgraded past the fix, or
 *   removed);
 * - new: the new image has it, the old one did not;
 * - still affected: both have it. When the installed version changed (a point release that did not
 *   carry this fix) the finding is neither fixed nor new: the vulnerability still ships, and its
 *   Code Scanning alert (keyed by rule and location, not version) stays open as well. Such findings
 *   are listed apart (`versionChanged`, old → new installed version), so a reader sees the package
 *   moved without it counting as a fix.
 * One ID in one package at several paths (language packages) is one finding here: it is fixed only
 * when no path has it any more.
 *
 * Findings the scan's ignore file or VEX accepted (trivy's suppressed findings) are not reported,
 * but a rebuild that removes one still closes it: a fixed finding may be an accepted one, marked
 * `accepted` (the nightly that ships glibc's fix says so although the release accepted the CVE). An
 * accepted finding still in the new image is neither fixed nor new; new findings are reported ones
 * only, since an accepted one is no news to the gate.
 *
 * Targets are paired by platform. A single-platform image (no platform of its own in the scan) is
 * paired with the other side when that side has exactly one target; a platform only one side has
 * is reported as not compared, never as all-fixed or all-new.
 */
import { compareFindings } from "./filter.ts";
import { type Finding, type ScanTarget, SEVERITIES, type Severity } from "./types.ts";

/** One finding of the delta, with the scan's fields a reader needs to act on it. */
export interface DeltaFinding {
  vulnerabilityId: string;
  packageName: string;
  severity: Severity;
  /** The version installed in the image that has the finding (the old one for a fixed finding). */
  installedVersion: string;
  /** The first fixed version the DB knows; "" when none. */
  fixedVersion: string;
  title: string;
  primaryUrl: string;
  /** Fixed, and the old image's scan had accepted it (ignore file or VEX) rather than reported it. */
  accepted?: true;
}

export interface VersionChangedFinding extends DeltaFinding {
  /** The version the old image had (`installedVersion` is the new image's). */
  previousVersion: string;
}

export interface FindingDelta {
  fixed: DeltaFinding[];
  new: DeltaFinding[];
  /** Still affected, installed version changed (see the module comment). */
  versionChanged: VersionChangedFinding[];
  /** Findings in both images (version changed or not). */
  stillAffected: number;
  /** Fixed and new counted per severity. */
  counts: { fixed: Record<Severity, number>; new: Record<Severity, number> };
}

/** What one scan target found, as the delta needs it. */
export interface ScannedFindings {
  target: ScanTarget;
  findings: readonly Finding[];
  /** What the scan's ignore file or VEX suppressed; none when absent. */
  accepted?: readonly Finding[];
}

export interface TargetDelta {
  /** The platform compared (`os/arch[/variant]`), or null for two single-platform images. */
  platform: string | null;
  /** The baseline target the delta is against; absent when no target of the baseline pairs. */
  against?: ScanTarget;
  /** Absent when not compared: the baseline has no such platform. */
  delta?: FindingDelta;
}

function findingKey(finding: Finding): string {
  return JSON.stringify([finding.vulnerabilityId, finding.packageName]);
}

/** One finding per key, the first in compareFindings order (highest severity, then by ID). */
function byKey(findings: readonly Finding[]): Map<string, Finding> {
  const keyed = new Map<string, Finding>();
  for (const finding of [...findings].sort(compareFindings)) {
    const key = findingKey(finding);
    if (!keyed.has(key)) keyed.set(key, finding);
  }
  return keyed;
}

function deltaFinding(finding: Finding): DeltaFinding {
  return {
    vulnerabilityId: finding.vulnerabilityId,
    packageName: finding.packageName,
    severity: finding.severity,
    installedVersion: finding.installedVersion,
    fixedVersion: finding.fixedVersion,
    title: finding.title,
    primaryUrl: finding.primaryUrl,
  };
}

function countBySeverity(findings: readonly DeltaFinding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * Findings fixed and new going from `before` (the old image's) to `after` (the new image's), with
 * what each scan accepted (see the module comment).
 */
export function findingDelta(
  before: readonly Finding[],
  after: readonly Finding[],
  accepted: { before?: readonly Finding[]; after?: readonly Finding[] } = {},
): FindingDelta {
  const old = byKey(before);
  const current = byKey(after);
  const oldAccepted = byKey(accepted.before ?? []);
  const currentAccepted = byKey(accepted.after ?? []);
  const stillThere = (key: string) => current.has(key) || currentAccepted.has(key);
  const fixed = [
    ...[...old].filter(([key]) => !stillThere(key)).map(([, finding]) => deltaFinding(finding)),
    ...[...oldAccepted]
      .filter(([key]) => !old.has(key) && !stillThere(key))
      .map(([, finding]) => ({ ...deltaFinding(finding), accepted: true as const })),
  ];
  const added = [...current]
    .filter(([key]) => !old.has(key) && !oldAccepted.has(key))
    .map(([, finding]) => deltaFinding(finding));
  const versionChanged: VersionChangedFinding[] = [];
  let stillAffected = 0;
  for (const [key, finding] of current) {
    const previous = old.get(key);
    if (!previous) continue;
    stillAffected += 1;
    if (previous.installedVersion !== finding.installedVersion)
      versionChanged.push({ ...deltaFinding(finding), previousVersion: previous.installedVersion });
  }
  return {
    fixed,
    new: added,
    versionChanged,
    stillAffected,
    counts: { fixed: countBySeverity(fixed), new: countBySeverity(added) },
  };
}

/** The baseline target `target` is compared with (see the module comment), or undefined. */
export function pairedTarget<T extends { target: ScanTarget }>(
  target: ScanTarget,
  baseline: readonly T[],
): T | undefined {
  if (target.platform) {
    const same = baseline.find((item) => item.target.platform === target.platform);
    if (same) return same;
  }
  if (baseline.length === 1 && (!target.platform || !baseline[0]?.target.platform)) return baseline[0];
  return undefined;
}

/** Each target of `current` against its pair in `baseline`, in `current`'s order. */
export function scanDeltas(current: readonly ScannedFindings[], baseline: readonly ScannedFindings[]): TargetDelta[] {
  return current.map((item) => {
    const pair = pairedTarget(item.target, baseline);
    const platform = item.target.platform ?? pair?.target.platform ?? null;
    if (!pair) return { platform };
    return {
      platform,
      against: pair.target,
      delta: findingDelta(pair.findings, item.findings, {
        ...(pair.accepted ? { before: pair.accepted } : {}),
        ...(item.accepted ? { after: item.accepted } : {}),
      }),
    };
  });
}

/** Baseline targets no target of `current` pairs with: platforms the new image no longer has. */
export function unpairedBaseline<T extends { target: ScanTarget }>(
  current: readonly { target: ScanTarget }[],
  baseline: readonly T[],
): T[] {
  const paired = new Set(current.map((item) => pairedTarget(item.target, baseline)));
  return baseline.filter((item) => !paired.has(item));
}
