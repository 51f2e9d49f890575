/**
 * Findings → a SARIF 2.1.0 log for GitHub Code Scanning, one run per scanned target.
 *
 * What GitHub does with each part decides its shape (its "SARIF support for code scanning" page):
 * - A run's `automationDetails.id` is `<category>/`: GitHub reads everything before the last `/`
 *   as the category and the rest as a run id we leave empty, so uploads of one category replace
 *   each other and alerts follow the category across releases. Two runs of one category in one log
 *   are refused here, as GitHub refuses them.
 * - One rule per vulnerability ID. `properties.security-severity` is what makes GitHub show
 *   Critical/High/Medium/Low instead of Error/Warning/Note; the score is fixed per trivy severity
 *   (CRITICAL 9.5, HIGH 8.0, MEDIUM 5.5, LOW 2.0, each inside GitHub's band: ≥ 9.0 critical,
 *   7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low) rather than taken from a CVSS score, so the severity
 *   an alert shows is the one trivy reported and `severity`/`fail-on` act on. UNKNOWN gets no score:
 *   GitHub would read 0.0 as "no security severity" anyway, and any real score would be a guess.
 * - `level`: error for CRITICAL and HIGH, warning for MEDIUM, note for LOW and UNKNOWN — the same
 *   three bands for results and their rules (a rule takes its most severe finding's level).
 * - Every result needs a physical location. An image has no source file, so the location is the
 *   package's installed path inside the image when trivy knows it (language packages), otherwise
 *   the image repository as the user named it (no tag, no digest: stable across releases), with
 *   the region GitHub requires pinned to line 1, column 1. URIs are relative and percent-encoded
 *   per segment, so `host:port` or a hostile path can neither become a URI scheme nor leave the
 *   path (`.`/`..` segments are dropped).
 * - `partialFingerprints` are derived only from (vulnerability ID, package name, installed path):
 *   not the version, digest or OS release, so a rescan of a rebuilt image matches the open alert
 *   instead of opening a second one. Two keys carry it: `imageVulnerability/v1` (the full SHA-256,
 *   ours) and `primaryLocationLineHash` (the one key GitHub reads, in the `<16 hex>:<occurrence>`
 *   shape CodeQL's uploader writes). A second finding with the same triple in one run (trivy can
 *   list a package twice) gets the next occurrence number; results are sorted first, so which one
 *   is which does not depend on report order.
 * - Results come highest severity first in a total order, so the same findings give the same log.
 *
 * Limits (GitHub's "SARIF results exceed limits" rules): at most 25,000 results per run and 10 MB of
 * gzipped SARIF per upload; `trimSarif` drops the lowest severities first to fit.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { compareFindings, isFixable, severityRank } from "./filter.ts";
import { dueDate, isOverdue } from "./sla.ts";
import { cleanText } from "./trivy-report.ts";
import { type Finding, type ScanTarget, SEVERITIES, type Severity, type SlaPolicy } from "./types.ts";

export const SARIF_VERSION = "2.1.0";
/** The 2.1.0 schema as OASIS publishes it (GitHub requires `$schema` to name the 2.1.0 schema). */
export const SARIF_SCHEMA_URI =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
export const TRIVY_TOOL_NAME = "Trivy";
export const TRIVY_INFORMATION_URI = "https://github.com/aquasecurity/trivy";

/** The partialFingerprints key holding our full fingerprint; bump the version if its input changes. */
export const FINGERPRINT_KEY = "imageVulnerability/v1";
/** The partialFingerprints key GitHub Code Scanning matches results on. */
export const GITHUB_FINGERPRINT_KEY = "primaryLocationLineHash";

/** GitHub's SARIF upload limits. */
export const GITHUB_SARIF_LIMITS = {
  resultsPerRun: 25_000,
  runsPerFile: 20,
  /**
   * GitHub says "10 MB" of gzipped SARIF; the smaller reading (10^7 bytes, not 10 MiB) is taken so
   * a log that fits here fits there whichever GitHub means.
   */
  gzippedBytes: 10_000_000,
  /** shortDescription and fullDescription are "limited to 1024 characters". */
  descriptionChars: 1024,
} as const;

export type SarifLevel = "error" | "warning" | "note";

const LEVELS: Record<Severity, SarifLevel> = {
  CRITICAL: "error",
  HIGH: "error",
  MEDIUM: "warning",
  LOW: "note",
  UNKNOWN: "note",
};

const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  CRITICAL: "9.5",
  HIGH: "8.0",
  MEDIUM: "5.5",
  LOW: "2.0",
  UNKNOWN: undefined,
};

export function sarifLevel(severity: Severity): SarifLevel {
  return LEVELS[severity];
}

/** The `security-severity` score GitHub reads for a rule, or undefined for UNKNOWN. */
export function securitySeverity(severity: Severity): string | undefined {
  return SECURITY_SEVERITY[severity];
}

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    precision: "very-high";
    "security-severity"?: string;
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
    message: SarifMessage;
  }>;
  partialFingerprints: Record<string, string>;
  properties: {
    severity: Severity;
    packageName: string;
    installedVersion: string;
    fixedVersion: string;
    installedPath?: string;
    publishedDate?: string;
    dueDate?: string;
    overdue?: boolean;
  };
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      semanticVersion?: string;
      informationUri: string;
      rules: SarifRule[];
    };
  };
  automationDetails: { id: string };
  columnKind: "utf16CodeUnits";
  results: SarifResult[];
  properties?: {
    category: string;
    repository?: string;
    requested?: string;
    digest?: string;
    manifestDigest?: string;
    platform?: string;
  };
}

export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: SarifRun[];
}

export interface SarifRunInput {
  target: ScanTarget;
  findings: readonly Finding[];
  /** The trivy version that scanned (`trivy --version`), reported as the tool's version. */
  toolVersion: string;
}

export interface SarifOptions {
  /** With a policy, each fixable result says when it is due (and, with `now`, whether it is overdue). */
  sla?: Readonly<SlaPolicy>;
  now?: Date;
}

/** A log GitHub would refuse, or a category that cannot name a run. */
export class SarifError extends Error {
  override name = "SarifError";
}

/** `<category>/`: the category, and an empty run id GitHub stores but does not use. */
export function automationId(category: string): string {
  const trimmed = category.trim();
  if (trimmed === "" || trimmed === "/") throw new SarifError("a SARIF run needs a non-empty category");
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}

function driver(toolVersion: string, rules: SarifRule[]): SarifRun["tool"]["driver"] {
  const version = cleanText(toolVersion, 128) || "unknown";
  const semantic = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(version)?.[1];
  return {
    name: TRIVY_TOOL_NAME,
    version,
    ...(semantic ? { semanticVersion: semantic } : {}),
    informationUri: TRIVY_INFORMATION_URI,
    rules,
  };
}

/**
 * A path as a relative URI reference: each segment percent-encoded (so `:` cannot start a scheme),
 * empty, `.` and `..` segments dropped (so it cannot climb out).
 */
export function relativeUri(path: string): string {
  return path
    .toWellFormed()
    .split(/[/\\]+/)
    .filter((segment) => segment !== "" && segment !== "." && segment !== "..")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** The SHA-256 (hex) of the triple that identifies a finding across rescans. */
export function findingFingerprint(
  finding: Pick<Finding, "vulnerabilityId" | "packageName" | "installedPath">,
): string {
  // JSON of an array: unambiguous whatever characters the parts hold.
  const identity = JSON.stringify([finding.vulnerabilityId, finding.packageName, finding.installedPath]);
  return createHash("sha256").update(identity, "utf8").digest("hex");
}

/** CommonMark: every ASCII punctuation character may be backslash-escaped; newlines become spaces. */
function markdownInline(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").replace(/[!-/:-@[-`{-~]/g, "\\$&");
}

function markdownBlock(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[!-/:-@[-`{-~]/g, "\\$&"))
    .join("\n");
}

/** A link target that cannot close the Markdown link early. */
function markdownUrl(url: string): string {
  return url.replace(
    /[()\s<>]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

function imageName(target: ScanTarget): string {
  return `${target.repository}@${target.manifestDigest || target.digest}${target.platform ? ` (${target.platform})` : ""}`;
}

function fixedText(finding: Finding): string {
  return isFixable(finding) ? `fixed in ${finding.fixedVersion}` : "no fixed version yet";
}

/** Rows of a rule's help: each distinct package (name, installed, fixed) the vulnerability hit. */
const HELP_PACKAGE_ROWS = 20;

function ruleFor(id: string, findings: Finding[]): SarifRule {
  // findings are sorted highest severity first: the first one speaks for the rule.
  const lead = findings[0] as Finding;
  const severity = lead.severity;
  const title = lead.title || id;
  const description = lead.description || title;
  const url = lead.primaryUrl;
  const packages = [
    ...new Map(
      findings.map((finding) => [
        JSON.stringify([finding.packageName, finding.installedVersion, finding.fixedVersion]),
        finding,
      ]),
    ).values(),
  ];
  const shown = packages.slice(0, HELP_PACKAGE_ROWS);
  const more = packages.length - shown.length;
  const textRows = shown.map(
    (finding) =>
      `Package: ${finding.packageName}, installed ${finding.installedVersion || "(unknown)"}, ${fixedText(finding)}`,
  );
  const markdownRows = shown.map(
    (finding) =>
      `| ${markdownInline(finding.packageName)} | ${markdownInline(finding.installedVersion || "(unknown)")} | ${
        isFixable(finding) ? markdownInline(finding.fixedVersion) : "no fix yet"
      } |`,
  );
  if (more > 0) {
    textRows.push(`… and ${more} more packages`);
    markdownRows.push(`| … and ${more} more | | |`);
  }
  const text = [
    `Vulnerability ${id} (${severity})`,
    ...textRows,
    ...(url ? [`Link: ${url}`] : []),
    "",
    description,
  ].join("\n");
  const markdown = [
    `**Vulnerability ${markdownInline(id)}** (${severity})`,
    "",
    "| Package | Installed version | Fixed version |",
    "| --- | --- | --- |",
    ...markdownRows,
    "",
    ...(url ? [`[${markdownInline(id)}](${markdownUrl(url)})`, ""] : []),
    markdownBlock(description),
  ].join("\n");
  const score = securitySeverity(severity);
  return {
    id,
    shortDescription: { text: cleanText(title, GITHUB_SARIF_LIMITS.descriptionChars) },
    fullDescription: { text: cleanText(description, GITHUB_SARIF_LIMITS.descriptionChars, true) },
    ...(url ? { helpUri: url } : {}),
    help: { text, markdown },
    defaultConfiguration: { level: sarifLevel(severity) },
    properties: {
      tags: ["vulnerability", "security", severity],
      precision: "very-high",
      ...(score ? { "security-severity": score } : {}),
    },
  };
}

function resultFor(
  finding: Finding,
  ruleIndex: number,
  target: ScanTarget,
  occurrence: number,
  options: SarifOptions,
): SarifResult {
  const image = imageName(target);
  const due = options.sla ? dueDate(finding, options.sla) : undefined;
  const overdue = options.sla && options.now ? isOverdue(finding, options.sla, options.now) : undefined;
  const lines = [
    `${finding.packageName} ${finding.installedVersion || "(unknown version)"} is affected by ${finding.vulnerabilityId} (${finding.severity}); ${fixedText(finding)}.`,
    `Package: ${finding.packageName}`,
    `Installed version: ${finding.installedVersion || "(unknown)"}`,
    `Fixed version: ${finding.fixedVersion || "(none)"}`,
    `Severity: ${finding.severity}`,
    `Image: ${image}`,
    ...(finding.installedPath ? [`Installed at: ${finding.installedPath}`] : []),
    ...(due ? [`Due: ${due.toISOString().slice(0, 10)}${overdue ? " (overdue)" : ""}`] : []),
  ];
  const uri = relativeUri(finding.installedPath) || relativeUri(target.repository) || "image";
  const fingerprint = findingFingerprint(finding);
  return {
    ruleId: finding.vulnerabilityId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: lines.join("\n") },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
        message: { text: `${image}: ${finding.packageName}@${finding.installedVersion}` },
      },
    ],
    partialFingerprints: {
      [FINGERPRINT_KEY]: fingerprint,
      [GITHUB_FINGERPRINT_KEY]: `${fingerprint.slice(0, 16)}:${occurrence}`,
    },
    properties: {
      severity: finding.severity,
      packageName: finding.packageName,
      installedVersion: finding.installedVersion,
      fixedVersion: finding.fixedVersion,
      ...(finding.installedPath ? { installedPath: finding.installedPath } : {}),
      ...(finding.publishedDate ? { publishedDate: finding.publishedDate } : {}),
      ...(due ? { dueDate: due.toISOString() } : {}),
      ...(overdue !== undefined && due ? { overdue } : {}),
    },
  };
}

/** One run: the target's findings, highest severity first, a rule per vulnerability ID. */
export function sarifRun(input: SarifRunInput, options: SarifOptions = {}): SarifRun {
  const sorted = [...input.findings].sort(compareFindings);
  const byId = new Map<string, Finding[]>();
  for (const finding of sorted) {
    const list = byId.get(finding.vulnerabilityId);
    if (list) list.push(finding);
    else byId.set(finding.vulnerabilityId, [finding]);
  }
  const rules = [...byId].map(([id, findings]) => ruleFor(id, findings));
  const ruleIndexes = new Map(rules.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const results = sorted.map((finding) => {
    const fingerprint = findingFingerprint(finding);
    const occurrence = (occurrences.get(fingerprint) ?? 0) + 1;
    occurrences.set(fingerprint, occurrence);
    return resultFor(finding, ruleIndexes.get(finding.vulnerabilityId) as number, input.target, occurrence, options);
  });
  const { target } = input;
  return {
    tool: { driver: driver(input.toolVersion, rules) },
    automationDetails: { id: automationId(target.category) },
    columnKind: "utf16CodeUnits",
    results,
    properties: {
      category: target.category,
      repository: target.repository,
      requested: target.requested,
      digest: target.digest,
      manifestDigest: target.manifestDigest,
      ...(target.platform ? { platform: target.platform } : {}),
    },
  };
}

function logOf(runs: SarifRun[]): SarifLog {
  const seen = new Set<string>();
  for (const run of runs) {
    const id = run.automationDetails.id;
    if (seen.has(id)) {
      throw new SarifError(`two SARIF runs with category ${JSON.stringify(id.slice(0, -1))}: GitHub refuses that`);
    }
    seen.add(id);
  }
  return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs };
}

/** A SARIF log with one run per target (categories must differ). */
export function sarifLog(runs: readonly SarifRunInput[], options: SarifOptions = {}): SarifLog {
  return logOf(runs.map((input) => sarifRun(input, options)));
}

/**
 * A log whose one run has no results, for `category`: uploaded, it closes every open alert of that
 * category (a release line that left the supported window).
 */
export function emptyRun(category: string, toolVersion: string): SarifLog {
  return logOf([
    {
      tool: { driver: driver(toolVersion, []) },
      automationDetails: { id: automationId(category) },
      columnKind: "utf16CodeUnits",
      results: [],
      properties: { category },
    },
  ]);
}

export interface TrimOptions {
  maxResultsPerRun?: number;
  maxGzippedBytes?: number;
}

export type TrimReason = "results-per-run" | "gzipped-size";

export interface TrimReport {
  resultsDropped: number;
  droppedBySeverity: Record<Severity, number>;
  reasons: TrimReason[];
  /** One line for the warning the action prints. */
  message: string;
}

function gzippedSize(log: SarifLog): number {
  return gzipSync(JSON.stringify(log)).length;
}

function resultRank(result: SarifResult): number {
  const severity = result.properties?.severity;
  if (severity && SEVERITIES.includes(severity)) return severityRank(severity);
  return result.level === "error" ? 3 : result.level === "warning" ? 2 : 0;
}

/** `log` keeping only the results in `keep[run]`, rules no kept result uses dropped and re-indexed. */
function withResults(log: SarifLog, keep: boolean[][]): SarifLog {
  return {
    ...log,
    runs: log.runs.map((run, runIndex) => {
      const kept = run.results.filter((_, index) => keep[runIndex]?.[index]);
      const used = new Set(kept.map((result) => result.ruleIndex));
      const rules = run.tool.driver.rules.filter((_, index) => used.has(index));
      const newIndex = new Map(rules.map((rule, index) => [rule.id, index]));
      return {
        ...run,
        tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
        results: kept.map((result) => ({ ...result, ruleIndex: newIndex.get(result.ruleId) as number })),
      };
    }),
  };
}

/**
 * `log` within GitHub's limits: each run cut to `maxResultsPerRun` results, then the whole log to
 * `maxGzippedBytes` of gzipped JSON, the lowest severities dropped first (within a severity, the
 * results later in their run). `trimmed` says what was dropped, or is undefined when nothing was.
 */
export function trimSarif(
  log: SarifLog,
  options: TrimOptions = {},
): { log: SarifLog; trimmed: TrimReport | undefined } {
  const maxResults = options.maxResultsPerRun ?? GITHUB_SARIF_LIMITS.resultsPerRun;
  const maxBytes = options.maxGzippedBytes ?? GITHUB_SARIF_LIMITS.gzippedBytes;
  const reasons: TrimReason[] = [];
  // Every result, ranked: severity, then run order, then position in its run.
  const ranked = log.runs.flatMap((run, runIndex) =>
    run.results.map((result, index) => ({ runIndex, index, rank: resultRank(result) })),
  );
  ranked.sort((a, b) => b.rank - a.rank || a.runIndex - b.runIndex || a.index - b.index);
  const keep = log.runs.map((run) => run.results.map(() => true));
  const perRun = new Map<number, number>();
  for (const entry of ranked) {
    const count = (perRun.get(entry.runIndex) ?? 0) + 1;
    perRun.set(entry.runIndex, count);
    if (count > maxResults) (keep[entry.runIndex] as boolean[])[entry.index] = false;
  }
  const survivors = ranked.filter((entry) => keep[entry.runIndex]?.[entry.index]);
  if (survivors.length < ranked.length) reasons.push("results-per-run");
  const keepFirst = (count: number): boolean[][] => {
    const mask = log.runs.map((run) => run.results.map(() => false));
    for (const entry of survivors.slice(0, count)) (mask[entry.runIndex] as boolean[])[entry.index] = true;
    return mask;
  };
  let kept = survivors.length;
  let candidate = withResults(log, keepFirst(kept));
  let size = gzippedSize(candidate);
  if (size > maxBytes) {
    reasons.push("gzipped-size");
    if (gzippedSize(withResults(log, keepFirst(0))) > maxBytes) {
      throw new SarifError(`the SARIF log is over ${maxBytes} gzipped bytes even without results`);
    }
    // Largest count that fits, by bisection (gzipped size grows with the results kept).
    let low = 0;
    let high = kept - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (gzippedSize(withResults(log, keepFirst(middle))) <= maxBytes) low = middle;
      else high = middle - 1;
    }
    kept = low;
    candidate = withResults(log, keepFirst(kept));
    size = gzippedSize(candidate);
  }
  const dropped = ranked.length - kept;
  if (dropped === 0) return { log: candidate, trimmed: undefined };
  const droppedBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const keptSet = new Set(survivors.slice(0, kept).map((entry) => `${entry.runIndex}:${entry.index}`));
  for (const entry of ranked) {
    if (keptSet.has(`${entry.runIndex}:${entry.index}`)) continue;
    const severity = SEVERITIES[entry.rank] ?? "UNKNOWN";
    droppedBySeverity[severity] += 1;
  }
  const bySeverity = [...SEVERITIES]
    .reverse()
    .filter((severity) => droppedBySeverity[severity] > 0)
    .map((severity) => `${droppedBySeverity[severity]} ${severity}`)
    .join(", ");
  const limits = reasons
    .map((reason) =>
      reason === "results-per-run" ? `${maxResults} results per run` : `${maxBytes} gzipped bytes per upload`,
    )
    .join(" and ");
  return {
    log: candidate,
    trimmed: {
      resultsDropped: dropped,
      droppedBySeverity,
      reasons,
      message: `SARIF trimmed to GitHub's limit of ${limits}: dropped ${dropped} of ${ranked.length} results (${bySeverity}), lowest severity first`,
    },
  };
}

export interface EncodedSarif {
  /** base64(gzip(JSON)), what the Code Scanning upload API takes as `sarif`. */
  base64: string;
  gzippedBytes: number;
  jsonBytes: number;
}

/** The log as the upload API takes it; refuses one over GitHub's limits (trim it first). */
export function encodeSarif(log: SarifLog, options: { maxGzippedBytes?: number } = {}): EncodedSarif {
  const maxBytes = options.maxGzippedBytes ?? GITHUB_SARIF_LIMITS.gzippedBytes;
  if (log.runs.length > GITHUB_SARIF_LIMITS.runsPerFile) {
    throw new SarifError(
      `a SARIF upload holds at most ${GITHUB_SARIF_LIMITS.runsPerFile} runs; this has ${log.runs.length}`,
    );
  }
  for (const run of log.runs) {
    if (run.results.length > GITHUB_SARIF_LIMITS.resultsPerRun) {
      throw new SarifError(
        `SARIF run ${JSON.stringify(run.automationDetails.id)} has ${run.results.length} results, over GitHub's ${GITHUB_SARIF_LIMITS.resultsPerRun}; trim it first`,
      );
    }
  }
  const json = Buffer.from(JSON.stringify(log), "utf8");
  const gzipped = gzipSync(json);
  if (gzipped.length > maxBytes) {
    throw new SarifError(`the SARIF log is ${gzipped.length} bytes gzipped, over GitHub's ${maxBytes}; trim it first`);
  }
  return { base64: gzipped.toString("base64"), gzippedBytes: gzipped.length, jsonBytes: json.length };
}
