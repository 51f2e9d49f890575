/**
 * The shapes the scan package's modules hand each other: what was scanned (a target), what trivy
 * found there (findings), and how those are counted against the vulnerability SLA.
 */

export const SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One image manifest scanned: a single-platform image, or one platform of an index. */
export interface ScanTarget {
  /** `registry/repository`, as the user named it (no tag, no digest). */
  repository: string;
  /** The reference the user gave (tag or digest), for reports. */
  requested: string;
  /** The digest the reference resolved to: the index's, for a multi-arch image. */
  digest: string;
  /** The manifest actually scanned (equal to `digest` for a single-platform image). */
  manifestDigest: string;
  /** `os/arch[/variant]` of the scanned manifest, when known. */
  platform?: string;
  /** The Code Scanning category of this target's SARIF run. */
  category: string;
}

/** One vulnerability in one installed package, as trivy reported it (after our validation). */
export interface Finding {
  vulnerabilityId: string;
  packageName: string;
  installedVersion: string;
  /** Empty when no fixed version exists: the finding is not fixable. */
  fixedVersion: string;
  severity: Severity;
  title: string;
  description: string;
  primaryUrl: string;
  /** ISO 8601; empty when the DB has no published date. */
  publishedDate: string;
  /** trivy's result Target (e.g. `img (debian 12.15)`), and its Class/Type (`os-pkgs`, `debian`). */
  target: string;
  targetType: string;
  /** Where the package is installed (PkgPath for language packages; the status file for OS ones). */
  installedPath: string;
}

/** Days from a vulnerability's publication until a fixable finding of that severity is overdue. */
export type SlaPolicy = Record<Severity, number | undefined>;

export interface SeverityCounts {
  total: number;
  fixable: number;
  overdue: number;
}

export interface ScanCounts {
  bySeverity: Record<Severity, SeverityCounts>;
  total: number;
  fixable: number;
  overdue: number;
}
