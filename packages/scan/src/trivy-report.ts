/**
 * Reading trivy's JSON report (`--format json`, SchemaVersion 2) into Findings.
 *
 * The report is outside data twice over: trivy wrote it, and the strings in it (package names,
 * versions, paths, titles) come from the scanned image and the vulnerability DB. So every field is
 * type-checked, every string is cleaned of control characters and lone surrogates and capped in
 * length, and a report whose shape is not trivy's is refused with one TrivyReportError naming the
 * JSON path, rather than read partly: a scanner that silently skips an entry would under-report.
 *
 * The shape followed is trivy's `types.Report` → `Results[]` (`Target`, `Class`, `Type`,
 * `Packages[]`, `Vulnerabilities[]`), each vulnerability a `DetectedVulnerability` with the DB's
 * vulnerability fields (`Title`, `Description`, `Severity`, `PublishedDate`, …) embedded. Fields
 * trivy omits when empty (`omitempty`) are optional here.
 */
import { type Finding, SEVERITIES, type Severity } from "./types.ts";

/** trivy's report was not what trivy writes: the message names the JSON path and the problem. */
export class TrivyReportError extends Error {
  override name = "TrivyReportError";
}

/** The report schema this module reads (trivy's `types.Report.SchemaVersion` since v0.20). */
export const TRIVY_REPORT_SCHEMA_VERSION = 2;

/** Upper bounds on the strings kept from a report; longer ones are cut and end in `…`. */
export const TRIVY_STRING_LIMITS = {
  id: 256,
  name: 512,
  version: 256,
  title: 1024,
  description: 8192,
  url: 2048,
  path: 4096,
} as const;

type Limit = keyof typeof TRIVY_STRING_LIMITS;

const KNOWN_SEVERITIES: ReadonlySet<string> = new Set(SEVERITIES);

/**
 * Control characters (C0 but tab and newline, DEL, C1) and the Unicode line/paragraph separators:
 * nothing a vulnerability title needs, and each can break a log line, a Markdown table or a
 * terminal. Single-line fields lose tab and newline as well.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` made safe to carry: well-formed UTF-16, no control characters, at most `max` characters. */
export function cleanText(text: string, max: number, multiline = false): string {
  const cleaned = text
    .toWellFormed()
    .replace(multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE, multiline ? "" : " ")
    .trim();
  if (cleaned.length <= max) return cleaned;
  // Cut on a code point boundary so a surrogate pair is never split.
  let cut = max - 1;
  const code = cleaned.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${cleaned.slice(0, cut)}…`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string" : typeof value;
}

function fail(path: string, problem: string): never {
  throw new TrivyReportError(`trivy's JSON report: ${path}: ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) fail(path, `expected an object, got ${describeValue(value)}`);
  return value;
}

function optionalArray(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(path, `expected an array, got ${describeValue(value)}`);
  return value;
}

function requiredString(value: unknown, path: string, limit: Limit): string {
  if (typeof value !== "string") fail(path, `expected a string, got ${describeValue(value)}`);
  const cleaned = cleanText(value, TRIVY_STRING_LIMITS[limit]);
  if (cleaned === "") fail(path, "expected a non-empty string");
  return cleaned;
}

function optionalString(value: unknown, path: string, limit: Limit, multiline = false): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") fail(path, `expected a string, got ${describeValue(value)}`);
  return cleanText(value, TRIVY_STRING_LIMITS[limit], multiline);
}

/** trivy's severity names; anything else (a newer name, a vendor's word, a typo) is UNKNOWN. */
export function severityOf(value: unknown): Severity {
  if (typeof value !== "string") return "UNKNOWN";
  const upper = value.trim().toUpperCase();
  return KNOWN_SEVERITIES.has(upper) ? (upper as Severity) : "UNKNOWN";
}

/** An http(s) URL, or "" (a `javascript:` or relative link has no place in an alert). */
function webUrl(value: string): string {
  if (value === "" || /\s/.test(value)) return "";
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : "";
  } catch {
    return "";
  }
}

/** RFC 3339 as trivy writes it (Go's time.Time), normalised to `toISOString()`; "" when absent. */
function publishedDate(value: unknown, path: string): string {
  const text = optionalString(value, path, "version");
  if (text === "") return "";
  // Go writes the zero time for a DB entry without a date when the field is not a pointer.
  if (text.startsWith("0001-01-01")) return "";
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    fail(path, `expected an RFC 3339 date, got ${JSON.stringify(text)}`);
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) fail(path, `expected an RFC 3339 date, got ${JSON.stringify(text)}`);
  return new Date(time).toISOString();
}

function checkSchemaVersion(report: Record<string, unknown>): void {
  const version = report.SchemaVersion;
  if (version !== TRIVY_REPORT_SCHEMA_VERSION) {
    fail(
      "SchemaVersion",
      `expected ${TRIVY_REPORT_SCHEMA_VERSION}, got ${typeof version === "number" ? version : describeValue(version)}` +
        " (a trivy whose JSON report this action does not read)",
    );
  }
}

/** Installed path of each package the result lists, by trivy's package ID (`name@version`). */
function packagePaths(packages: unknown[], path: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [index, entry] of packages.entries()) {
    const pkg = record(entry, `${path}[${index}]`);
    const id = optionalString(pkg.ID, `${path}[${index}].ID`, "name");
    const filePath = optionalString(pkg.FilePath, `${path}[${index}].FilePath`, "path");
    if (id !== "" && filePath !== "" && !paths.has(id)) paths.set(id, filePath);
  }
  return paths;
}

/**
 * The vulnerabilities of every result of trivy's JSON report, in report order. A report with no
 * `Results` (a clean image: trivy omits the empty list) has none.
 */
export function findingsFromTrivyReport(json: unknown): Finding[] {
  const report = record(json, "(top level)");
  checkSchemaVersion(report);
  const findings: Finding[] = [];
  for (const [resultIndex, resultValue] of optionalArray(report.Results, "Results").entries()) {
    const at = `Results[${resultIndex}]`;
    const result = record(resultValue, at);
    const target = requiredString(result.Target, `${at}.Target`, "path");
    const targetType = optionalString(result.Type, `${at}.Type`, "name");
    const paths = packagePaths(optionalArray(result.Packages, `${at}.Packages`), `${at}.Packages`);
    for (const [index, entry] of optionalArray(result.Vulnerabilities, `${at}.Vulnerabilities`).entries()) {
      findings.push(findingOf(entry, `${at}.Vulnerabilities[${index}]`, { target, targetType, paths }));
    }
  }
  return findings;
}

/** One of trivy's DetectedVulnerability objects (a result's or a suppressed one's) as a Finding. */
function findingOf(
  entry: unknown,
  where: string,
  result: { target: string; targetType: string; paths: Map<string, string> },
): Finding {
  const vulnerability = record(entry, where);
  const pkgId = optionalString(vulnerability.PkgID, `${where}.PkgID`, "name");
  const pkgPath = optionalString(vulnerability.PkgPath, `${where}.PkgPath`, "path");
  if (vulnerability.PkgIdentifier !== undefined) record(vulnerability.PkgIdentifier, `${where}.PkgIdentifier`);
  return {
    vulnerabilityId: requiredString(vulnerability.VulnerabilityID, `${where}.VulnerabilityID`, "id"),
    packageName: requiredString(vulnerability.PkgName, `${where}.PkgName`, "name"),
    installedVersion: optionalString(vulnerability.InstalledVersion, `${where}.InstalledVersion`, "version"),
    fixedVersion: optionalString(vulnerability.FixedVersion, `${where}.FixedVersion`, "version"),
    severity: severityOf(optionalString(vulnerability.Severity, `${where}.Severity`, "id")),
    title: optionalString(vulnerability.Title, `${where}.Title`, "title"),
    description: optionalString(vulnerability.Description, `${where}.Description`, "description", true),
    primaryUrl: webUrl(optionalString(vulnerability.PrimaryURL, `${where}.PrimaryURL`, "url")),
    publishedDate: publishedDate(vulnerability.PublishedDate, `${where}.PublishedDate`),
    target: result.target,
    targetType: result.targetType,
    installedPath: pkgPath || result.paths.get(pkgId) || "",
  };
}

/** The scanned operating system as trivy detected it (`Metadata.OS`). */
export interface ScannedOs {
  /** trivy's OS family: `debian`, `alpine`, `ubuntu`, … */
  family: string;
  /** The release trivy read, e.g. `12.11`. */
  name: string;
  /** trivy's end-of-support-life flag: the distribution no longer gets security fixes. */
  endOfLife: boolean;
}

/** What a report says about the scan besides its findings. */
export interface TrivyReportMetadata {
  /** `Trivy.Version` (absent before trivy v0.55, `dev` for an unreleased build). */
  trivyVersion?: string;
  os?: ScannedOs;
  artifactName?: string;
  /** `container_image`, `filesystem`, … */
  artifactType?: string;
  /** When trivy wrote the report, ISO 8601. */
  createdAt?: string;
}

/** The trivy version that wrote the report, when it says. */
export function trivyVersionOf(json: unknown): string | undefined {
  return reportMetadata(json).trivyVersion;
}

/** The scanned OS (`Metadata.OS`), when trivy detected one. */
export function scannedOsOf(json: unknown): ScannedOs | undefined {
  return reportMetadata(json).os;
}

/** The report's metadata, checked as strictly as its findings. */
export function reportMetadata(json: unknown): TrivyReportMetadata {
  const report = record(json, "(top level)");
  checkSchemaVersion(report);
  const metadata: TrivyReportMetadata = {};
  if (report.Trivy !== undefined) {
    const version = optionalString(record(report.Trivy, "Trivy").Version, "Trivy.Version", "version");
    if (version !== "") metadata.trivyVersion = version;
  }
  const artifactName = optionalString(report.ArtifactName, "ArtifactName", "path");
  if (artifactName !== "") metadata.artifactName = artifactName;
  const artifactType = optionalString(report.ArtifactType, "ArtifactType", "name");
  if (artifactType !== "") metadata.artifactType = artifactType;
  const createdAt = publishedDate(report.CreatedAt, "CreatedAt");
  if (createdAt !== "") metadata.createdAt = createdAt;
  if (report.Metadata !== undefined) {
    const meta = record(report.Metadata, "Metadata");
    if (meta.OS !== undefined && meta.OS !== null) {
      const os = record(meta.OS, "Metadata.OS");
      const eosl = os.EOSL ?? false;
      if (typeof eosl !== "boolean") fail("Metadata.OS.EOSL", `expected a boolean, got ${describeValue(eosl)}`);
      metadata.os = {
        family: requiredString(os.Family, "Metadata.OS.Family", "name"),
        name: optionalString(os.Name, "Metadata.OS.Name", "version"),
        endOfLife: eosl,
      };
    }
  }
  return metadata;
}

/**
 * What suppressed a finding, as trivy says in `ExperimentalModifiedFindings` (written only with
 * `--show-suppressed`; trivy v0.74 pkg/types/finding.go): `ignored` for an ignore-file entry
 * (pkg/result/filter.go, whose Statement is the `.trivyignore.yaml` entry's `statement`, empty for a
 * plain `.trivyignore`), `not_affected` or `fixed` for a VEX statement (pkg/vex/openvex.go, whose
 * Statement is the statement's justification).
 */
export type SuppressionStatus = "ignored" | "not_affected" | "fixed";

/** A vulnerability trivy found and then suppressed, with the package it was found in. */
export interface SuppressedFinding {
  vulnerabilityId: string;
  status: SuppressionStatus;
  /** The ignore entry's statement or the VEX justification; "" when there is none. */
  statement: string;
  packageName: string;
  installedVersion: string;
  /** The package's purl exactly as trivy reported it (`PkgIdentifier.PURL`); "" when trivy gave none. */
  packagePurl: string;
  /** The finding in full, as an unsuppressed one is read (a comparison lists it as accepted). */
  finding: Finding;
}

const SUPPRESSION_STATUSES: ReadonlySet<string> = new Set(["ignored", "not_affected", "fixed"]);

/**
 * The suppressed vulnerabilities of every result, in report order. Other finding types (secrets,
 * misconfigurations: not scanned here) and other statuses (`under_investigation` never suppresses)
 * are left out; a modified finding whose shape is not trivy's is refused like any other field.
 */
export function suppressedFindingsFromTrivyReport(json: unknown): SuppressedFinding[] {
  const report = record(json, "(top level)");
  checkSchemaVersion(report);
  const suppressed: SuppressedFinding[] = [];
  for (const [resultIndex, resultValue] of optionalArray(report.Results, "Results").entries()) {
    const at = `Results[${resultIndex}].ExperimentalModifiedFindings`;
    const result = record(resultValue, `Results[${resultIndex}]`);
    const context = {
      target: requiredString(result.Target, `Results[${resultIndex}].Target`, "path"),
      targetType: optionalString(result.Type, `Results[${resultIndex}].Type`, "name"),
      paths: packagePaths(
        optionalArray(result.Packages, `Results[${resultIndex}].Packages`),
        `Results[${resultIndex}].Packages`,
      ),
    };
    for (const [index, entry] of optionalArray(result.ExperimentalModifiedFindings, at).entries()) {
      const where = `${at}[${index}]`;
      const modified = record(entry, where);
      if (modified.Type !== "vulnerability") continue;
      const status = optionalString(modified.Status, `${where}.Status`, "id");
      if (!SUPPRESSION_STATUSES.has(status)) continue;
      const finding = record(modified.Finding, `${where}.Finding`);
      const identifier =
        finding.PkgIdentifier === undefined ? {} : record(finding.PkgIdentifier, `${where}.Finding.PkgIdentifier`);
      suppressed.push({
        vulnerabilityId: requiredString(finding.VulnerabilityID, `${where}.Finding.VulnerabilityID`, "id"),
        status: status as SuppressionStatus,
        statement: optionalString(modified.Statement, `${where}.Statement`, "description", true),
        packageName: requiredString(finding.PkgName, `${where}.Finding.PkgName`, "name"),
        installedVersion: optionalString(finding.InstalledVersion, `${where}.Finding.InstalledVersion`, "version"),
        packagePurl: packageUrl(identifier.PURL, `${where}.Finding.PkgIdentifier.PURL`),
        finding: findingOf(finding, `${where}.Finding`, context),
      });
    }
  }
  return suppressed;
}

/** A purl as trivy writes it (`pkg:type/…`, no whitespace); anything else is refused. */
function packageUrl(value: unknown, path: string): string {
  const text = optionalString(value, path, "url");
  if (text !== "" && !/^pkg:[a-z][a-z0-9.+-]*\/\S+$/i.test(text))
    fail(path, `expected a package URL, got ${JSON.stringify(text)}`);
  return text;
}
