/**
 * `image-actions diff OLD NEW --scan`: the CVE delta between two images, both scanned by trivy
 * against one vulnerability DB in one run (the scan package's compare-images.ts), as trivy-scan's
 * `compare-with` does: per platform, the findings fixed and the findings new, with severity, and
 * those still affected under a new installed version.
 *
 * trivy and its DB as trivy-scan takes them, from three options:
 *   --trivy-path FILE        a trivy you installed; otherwise the pinned trivy (release archive
 *                            checked against the SHA-256 in our source) is installed into the cache
 *   --db-repository REF      where the DB is pulled from, repeatable, in order; trivy-db's public
 *                            mirrors otherwise
 *   --cache-dir DIR          where the DB (and the installed trivy) are kept;
 *                            $XDG_CACHE_HOME/image-actions/trivy (~/.cache/…) otherwise
 * Findings' strings come from the images and the DB: the scan package has already cut them to one
 * line of printable text (trivy-report.ts), and print() neutralises workflow commands.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatPlatform, parsePlatform, type Reference, RegistryClients, WELL_KNOWN_REALMS } from "@image-actions/oci";
import {
  compareImageScans,
  DEFAULT_DB_REPOSITORIES,
  type DeltaFinding,
  type ImagesScanDelta,
  installTrivy,
  SCAN_USER_ERRORS,
  useTrivyPath,
} from "@image-actions/scan";
import { ScanDiffError } from "./scan-diff-error.ts";

export interface ScanDiffValues {
  platform?: string[];
  "trivy-path"?: string;
  "db-repository"?: string[];
  "cache-dir"?: string;
}

/** What `diff --scan` adds to the diff's report (its JSON output's `vulnerabilities`). */
export interface ScanDiffReport extends Omit<ImagesScanDelta, "db"> {
  trivy: { path: string; version: string };
  db: { source: string; updatedAt: string | null; downloaded: boolean };
}

export async function scanDiff(
  values: ScanDiffValues,
  oldImage: Reference,
  newImage: Reference,
  clients: RegistryClients,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<ScanDiffReport> {
  const cacheDir = resolve(
    values["cache-dir"] ?? join(env.XDG_CACHE_HOME ?? join(env.HOME ?? homedir(), ".cache"), "image-actions", "trivy"),
  );
  await mkdir(cacheDir, { recursive: true });
  const workDir = await mkdtemp(join(tmpdir(), "image-actions-diff-scan-"));
  // DB repositories are alternatives: a rate-limited one is left after one short wait (as in trivy-scan).
  const dbClients = new RegistryClients({
    env,
    onSecret: () => {},
    knownRealms: WELL_KNOWN_REALMS,
    transportOptions: { backoff: { retries: 1, baseDelayMs: 500, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 } },
  });
  try {
    return await scanBoth(values, oldImage, newImage, clients, dbClients, cacheDir, workDir, log);
  } catch (error) {
    // A refused trivy, an unreachable DB, a garbled report: the user's to act on, one line.
    if (SCAN_USER_ERRORS.some((kind) => error instanceof kind))
      throw new ScanDiffError(`--scan: ${(error as Error).message.replace(/trivy-path /, "--trivy-path ")}`);
    throw error;
  } finally {
    await dbClients.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

async function scanBoth(
  values: ScanDiffValues,
  oldImage: Reference,
  newImage: Reference,
  clients: RegistryClients,
  dbClients: RegistryClients,
  cacheDir: string,
  workDir: string,
  log: (line: string) => void,
): Promise<ScanDiffReport> {
  const trivy = await trivyFor(values, cacheDir, workDir, log);
  const delta = await compareImageScans({
    clients,
    dbClients,
    oldImage,
    newImage,
    ...(values.platform?.length
      ? { platforms: values.platform.map((platform) => formatPlatform(parsePlatform(platform))) }
      : {}),
    trivyPath: trivy.path,
    dbRepositories: values["db-repository"]?.length ? values["db-repository"] : DEFAULT_DB_REPOSITORIES,
    cacheDir,
    workDir,
    log,
  });
  return {
    ...delta,
    trivy,
    db: { source: delta.db.source, updatedAt: delta.db.metadata.updatedAt ?? null, downloaded: delta.db.downloaded },
  };
}

async function trivyFor(
  values: ScanDiffValues,
  cacheDir: string,
  tempDir: string,
  log: (line: string) => void,
): Promise<{ path: string; version: string }> {
  if (values["trivy-path"]) return useTrivyPath(values["trivy-path"]);
  // @actions/tool-cache keeps its entries under RUNNER_TOOL_CACHE, read when called (install.ts).
  process.env.RUNNER_TOOL_CACHE = join(cacheDir, "tools");
  const installed = await installTrivy({ tempDir, log });
  return { path: installed.path, version: installed.version };
}

function findingLine(label: string, finding: DeltaFinding, installed: string): string {
  const fix = finding.fixedVersion ? `, fixed in ${finding.fixedVersion}` : ", no fix yet";
  return `  ${label} ${finding.vulnerabilityId} (${finding.severity}) ${finding.packageName} ${installed}${fix}`;
}

/** The delta as lines a person reads, after the diff's own. */
export function formatScanDiff(report: ScanDiffReport): string[] {
  const lines = [
    `vulnerabilities (trivy ${report.trivy.version}; one DB for both images: ${report.db.source}, updated ${report.db.updatedAt ?? "unknown"}):`,
  ];
  for (const platform of report.platforms) {
    const name = platform.platform ?? "image";
    if (!platform.delta) {
      lines.push(`${name}: only in the ${platform.in} image, not compared`);
      continue;
    }
    const delta = platform.delta;
    lines.push(
      `${name}: ${delta.fixed.length} fixed, ${delta.new.length} new, ${delta.stillAffected} still affected (${delta.versionChanged.length} under a new version)`,
    );
    for (const finding of delta.fixed) lines.push(findingLine("fixed", finding, finding.installedVersion));
    for (const finding of delta.new) lines.push(findingLine("new  ", finding, finding.installedVersion));
    for (const finding of delta.versionChanged)
      lines.push(findingLine("still", finding, `${finding.previousVersion} → ${finding.installedVersion}`));
  }
  return lines;
}
