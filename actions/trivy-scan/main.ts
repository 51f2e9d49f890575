import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { getOctokit } from "@actions/github";
import {
  InputError,
  inGroup,
  log,
  maskSecret,
  UserError,
  writeJobSummary,
  writeOutputs,
} from "@image-actions/action-kit";
import {
  formatReference,
  parseReference,
  type Reference,
  RegistryClients,
  repositoryName,
  WELL_KNOWN_REALMS,
} from "@image-actions/oci";
import {
  acceptedFindingsVex,
  analysisCategories,
  countFindings,
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_SLA,
  defaultCategory,
  defaultRefAndSha,
  emptyRun,
  encodeSarif,
  ensureVulnerabilityDb,
  type Finding,
  findingsFromTrivyReport,
  gateFailures,
  type ImageToScan,
  installTrivy,
  isFixable,
  listRepositoryTags,
  type ReleaseToScan,
  releasesToScan,
  reportedFindings,
  retiredMajors,
  SARIF_TOOL_NAME,
  type ScannedTarget,
  sarifLog,
  scanDeltas,
  scanImages,
  suppressedFindingsFromTrivyReport,
  TrivyInstallError,
  trimSarif,
  trivyVersionOf,
  uploadSarif,
  useTrivyPath,
} from "@image-actions/scan";
import { readTrustedRoot } from "@image-actions/sigstore";
import { getInputs, type TrivyScanInputs } from "./inputs.ts";
import { scanSummary, type TargetResult } from "./summary.ts";

/** The environment a workflow run gives an action (read here, handed to packages as values). */
const env = process.env;

export async function run(): Promise<void> {
  const inputs = getInputs();
  const now = new Date();
  const clients = new RegistryClients({ env, onSecret: maskSecret, knownRealms: WELL_KNOWN_REALMS });
  // DB repositories are alternatives: a rate-limited one is left after one short wait.
  const dbClients = new RegistryClients({
    env,
    onSecret: maskSecret,
    knownRealms: WELL_KNOWN_REALMS,
    transportOptions: { backoff: { retries: 1, baseDelayMs: 500, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 } },
  });
  try {
    const temp = env.RUNNER_TEMP ?? tmpdir();
    const workDir = await mkdtemp(join(temp, "image-actions-scan-"));
    const cacheDir = inputs.cacheDir ?? join(env.RUNNER_TOOL_CACHE ?? temp, "image-actions-trivy");
    await mkdir(cacheDir, { recursive: true });

    const { images, releases } = await inGroup("Images", () => imagesToScan(inputs, clients));
    // compare-with is scanned in the same run as the images, so against the same DB (scan-delta.ts).
    const baseline: ImageToScan | undefined = inputs.compareWith
      ? { requested: inputs.compareWith, reference: referenceInput("compare-with", inputs.compareWith), category: "" }
      : undefined;
    const trivy = await inGroup("Install trivy", () => trivyBinary(inputs, cacheDir, temp));
    const db = await inGroup("Vulnerability DB", () =>
      ensureVulnerabilityDb({
        clients: dbClients,
        repositories: inputs.dbRepositories.length > 0 ? inputs.dbRepositories : DEFAULT_DB_REPOSITORIES,
        cacheDir,
        now,
        log: log.info,
      }),
    );
    log.info(
      db.downloaded
        ? `vulnerability DB from ${db.source} (updated ${db.metadata.updatedAt ?? "unknown"}, next update ${db.metadata.nextUpdate})`
        : `vulnerability DB from ${db.source} (next update ${db.metadata.nextUpdate}): no download`,
    );
    const ignoreFile = await ignoreFileInput(inputs);
    const scanned = await inGroup("Scan", () =>
      scanImages({
        clients,
        images: baseline ? [...images, baseline] : images,
        trivyPath: trivy.path,
        cacheDir,
        workDir,
        ...(ignoreFile ? { ignoreFile } : {}),
        vex: inputs.vex,
        log: log.info,
      }),
    );

    const sarifDir = join(temp, "trivy-scan-sarif");
    await mkdir(sarifDir, { recursive: true });
    const results: TargetResult[] = [];
    const filter = { severities: inputs.severity, ignoreUnfixed: inputs.ignoreUnfixed };
    /** What the ignore file or VEX suppressed in a scan, as compare-with lists it when fixed. */
    const acceptedIn = (report: unknown) =>
      reportedFindings(
        suppressedFindingsFromTrivyReport(report).map((suppressed) => suppressed.finding),
        filter,
      );
    const acceptedByResult: Finding[][] = [];
    for (const [index, item] of scanned.filter((scan) => scan.image !== baseline).entries()) {
      const findings = findingsFromTrivyReport(item.report);
      const toolVersion = trivyVersionOf(item.report) ?? trivy.version;
      const reported = reportedFindings(findings, filter);
      const gate = gateFailures(
        findings.filter((finding) => !inputs.ignoreUnfixed || isFixable(finding)),
        inputs.failOn,
      );
      const { log: trimmedLog, trimmed } = trimSarif(
        sarifLog([{ target: item.target, findings: reported, toolVersion }], { sla: DEFAULT_SLA, now }),
      );
      if (trimmed) log.warning(`${item.target.category}: ${trimmed.message}`);
      const sarifPath = join(sarifDir, `${String(index + 1).padStart(2, "0")}-${fileSafe(item.target.category)}.sarif`);
      await writeFile(sarifPath, JSON.stringify(trimmedLog, null, 2));
      acceptedByResult.push(acceptedIn(item.report));
      results.push({
        target: item.target,
        findings: reported,
        counts: countFindings(reported, DEFAULT_SLA, now),
        gate,
        sarifPath,
        sarif: trimmedLog,
        toolVersion,
      });
    }

    const baselineScans = scanned
      .filter((scan) => scan.image === baseline)
      .map((scan) => ({
        target: scan.target,
        findings: reportedFindings(findingsFromTrivyReport(scan.report), filter),
        accepted: acceptedIn(scan.report),
      }));
    const baselineImage = baselineScans[0] && `${baselineScans[0].target.repository}@${baselineScans[0].target.digest}`;
    if (baseline)
      for (const [index, comparison] of scanDeltas(
        results.map((result, at) => ({ ...result, accepted: acceptedByResult[at] ?? [] })),
        baselineScans,
      ).entries()) {
        (results[index] as TargetResult).comparison = comparison;
      }

    const openvex = await writeAcceptedFindings(
      scanned.filter((scan) => scan.image !== baseline),
      ignoreFile,
      { trivyVersion: trivy.version, dbUpdatedAt: db.metadata.updatedAt, now, dir: temp },
    );

    let processingFailures: string[] = [];
    if (inputs.upload) {
      processingFailures = await inGroup("Upload to Code Scanning", () =>
        uploadResults(inputs, results, releases, trivy.version),
      );
    } else {
      log.info("upload: false — SARIF written, not uploaded");
    }

    const failures = results.flatMap((result) => result.gate.map((finding) => ({ result, finding })));
    const first = results[0]?.target;
    writeOutputs({
      results: results.map((result) => ({
        image: `${result.target.repository}@${result.target.digest}`,
        requested: result.target.requested,
        digest: result.target.digest,
        manifestDigest: result.target.manifestDigest,
        platform: result.target.platform ?? null,
        category: result.target.category,
        counts: result.counts,
        sarif: result.sarifPath,
        upload: result.upload ?? null,
        failOn: result.gate.length,
        ...(result.comparison
          ? {
              compareWith: {
                image: baselineImage,
                manifestDigest: result.comparison.against?.manifestDigest ?? null,
                compared: result.comparison.delta !== undefined,
                ...result.comparison.delta,
              },
            }
          : {}),
      })),
      failed: failures.length > 0,
      images: images.map((image) => ({
        requested: image.requested,
        image: formatReference(image.reference),
        category: image.category,
        ...(image.release ? { release: image.release } : {}),
      })),
      digest: first?.digest ?? "",
      image: first ? `${first.repository}@${first.digest}` : "",
      openvex: openvex?.path ?? "",
      report: {
        trivy: { path: trivy.path, version: trivy.version, source: trivy.source },
        db: { source: db.source, downloaded: db.downloaded, ...db.metadata, skipped: db.skipped },
        targets: results.length,
        openvex: openvex ?? null,
        ...(baseline ? { compareWith: { requested: baseline.requested, image: baselineImage } } : {}),
        failed: failures.length > 0,
      },
    });
    await writeJobSummary(
      scanSummary(results, {
        now,
        failOn: inputs.failOn,
        db,
        trivyVersion: trivy.version,
        ...(baselineImage ? { compareWith: baselineImage } : {}),
        ...(openvex ? { openvex } : {}),
      }),
    );

    if (processingFailures.length > 0)
      throw new UserError(`Code Scanning could not process ${processingFailures.join("; ")}`);
    // The gate decides last: the findings are in Code Scanning and the outputs written either way.
    if (failures.length > 0) {
      const named = failures
        .slice(0, 5)
        .map(
          ({ result, finding }) =>
            `${finding.vulnerabilityId} (${finding.severity}) in ${finding.packageName} ${finding.installedVersion} → ${finding.fixedVersion}${result.target.platform ? ` [${result.target.platform}]` : ""}`,
        )
        .join(", ");
      throw new UserError(
        `fail-on ${inputs.failOn.join(",")}: ${failures.length} fixable finding(s): ${named}${failures.length > 5 ? ", …" : ""}`,
      );
    }
  } finally {
    await Promise.all([clients.close(), dbClients.close()]);
  }
}

type ImageEntry = ImageToScan & { release?: ReleaseToScan };

/** `images` as given, plus in discovery the newest release of each of the newest majors. */
async function imagesToScan(
  inputs: TrivyScanInputs,
  clients: RegistryClients,
): Promise<{ images: ImageEntry[]; releases?: { repository: Reference; kept: ReleaseToScan[] } }> {
  const images: ImageEntry[] = inputs.images.map((value) => {
    const reference = referenceInput("images", value);
    return { requested: value, reference, category: inputs.category ?? defaultCategory(repositoryName(reference)) };
  });
  let releases: { repository: Reference; kept: ReleaseToScan[] } | undefined;
  if (inputs.discoverRepository) {
    const named = inputs.discoverRepository;
    if (named.includes("@") || named.lastIndexOf(":") > named.lastIndexOf("/"))
      throw new InputError("discover-repository", `name a repository, without tag or digest, not '${named}'`);
    const repository = referenceInput("discover-repository", named);
    const tags = await listRepositoryTags(clients.for(repository.registry), repository.repository);
    const kept = releasesToScan(tags, inputs.discoverMajors);
    if (kept.length === 0)
      log.warning(`discover-repository: ${repositoryName(repository)} has no release tags (MAJOR.MINOR.PATCH)`);
    else log.info(`releases to scan: ${kept.map((release) => release.tag).join(", ")}`);
    for (const release of kept) {
      const reference = referenceInput("discover-repository", `${repositoryName(repository)}:${release.tag}`);
      images.push({
        requested: `${repositoryName(repository)}:${release.tag}`,
        reference,
        category: inputs.category
          ? `${inputs.category}:${release.major}`
          : defaultCategory(repositoryName(repository), { major: release.major }),
        release,
      });
    }
    releases = { repository, kept };
  }
  if (images.length === 0)
    throw new InputError("discover-repository", "found no release to scan, and no images were given");
  return { images, ...(releases ? { releases } : {}) };
}

function referenceInput(input: string, value: string): Reference {
  try {
    return parseReference(value);
  } catch (error) {
    throw new InputError(input, (error as Error).message);
  }
}

async function trivyBinary(inputs: TrivyScanInputs, cacheDir: string, temp: string) {
  try {
    if (inputs.trivyPath) {
      const found = await useTrivyPath(inputs.trivyPath);
      log.info(`trivy-path ${found.path}: trivy ${found.version}`);
      return { ...found, source: "trivy-path" };
    }
    // The tool cache lives in cache-dir when one is given, so actions/cache carries the binary too.
    if (inputs.cacheDir) env.RUNNER_TOOL_CACHE = join(cacheDir, "tools");
    const installed = await installTrivy({
      ...(inputs.trivyVersion ? { version: inputs.trivyVersion } : {}),
      ...(env.IMAGE_ACTIONS_TRIVY_RELEASES_URL ? { baseUrl: env.IMAGE_ACTIONS_TRIVY_RELEASES_URL } : {}),
      // Another Sigstore instance's trust (a private deployment; the tests' mock) for the checksums file.
      ...(env.IMAGE_ACTIONS_SIGSTORE_TRUSTED_ROOT
        ? { trustedRoot: await readTrustedRoot(env.IMAGE_ACTIONS_SIGSTORE_TRUSTED_ROOT) }
        : {}),
      tempDir: temp,
      log: log.info,
    });
    log.info(
      `trivy ${installed.version} (${installed.source}, verified by ${installed.verifiedBy}: sha256 ${installed.sha256})`,
    );
    return installed;
  } catch (error) {
    if (error instanceof TrivyInstallError && error.input) throw new InputError(error.input, error.message);
    throw error;
  }
}

/** `ignore-file`, or `.trivyignore` / `.trivyignore.yaml` in the workspace when present. */
async function ignoreFileInput(inputs: TrivyScanInputs): Promise<string | undefined> {
  if (inputs.ignoreFile) {
    if (
      !(await stat(inputs.ignoreFile).then(
        (info) => info.isFile(),
        () => false,
      ))
    )
      throw new InputError("ignore-file", `${inputs.ignoreFile} is not a file`);
    return inputs.ignoreFile;
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  for (const name of [".trivyignore", ".trivyignore.yaml"]) {
    const path = join(workspace, name);
    if (
      await stat(path).then(
        (info) => info.isFile(),
        () => false,
      )
    )
      return path;
  }
  return undefined;
}

/**
 * One upload per category; in discovery, an empty run for each major line that left the window.
 * Returns the uploads GitHub failed to process (the caller fails the step once outputs are written).
 */
async function uploadResults(
  inputs: TrivyScanInputs,
  results: TargetResult[],
  releases: { repository: Reference; kept: ReleaseToScan[] } | undefined,
  trivyVersion: string,
): Promise<string[]> {
  const failed: string[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    const other = seen.get(result.target.category);
    if (other)
      throw new InputError(
        "category",
        `${other} and ${result.target.requested} would upload to one category (${result.target.category}), which GitHub refuses; scan them in separate steps with a category each`,
      );
    seen.set(result.target.category, result.target.requested);
  }
  if (!inputs.token)
    throw new InputError("token", "is empty; uploading to Code Scanning needs a token with security-events: write");
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo)
    throw new UserError(
      "GITHUB_REPOSITORY is not set: upload to Code Scanning runs in a workflow (or set upload: false)",
    );
  const octokit = getOctokit(inputs.token, { baseUrl: env.GITHUB_API_URL ?? "https://api.github.com" });
  const { ref, commitSha } = defaultRefAndSha({
    ...(inputs.ref ? { ref: inputs.ref } : {}),
    ...(inputs.sha ? { sha: inputs.sha } : {}),
    eventName: env.GITHUB_EVENT_NAME ?? "",
    eventRef: env.GITHUB_REF ?? "",
    eventSha: env.GITHUB_SHA ?? "",
    ...((await defaultBranch()) ? { defaultBranch: await defaultBranch() } : {}),
  });
  const checkoutUri = env.GITHUB_WORKSPACE ? `file://${env.GITHUB_WORKSPACE}` : undefined;
  for (const result of results) {
    const receipt = await uploadSarif(
      octokit,
      {
        owner,
        repo,
        sarif: encodeSarif(result.sarif).base64,
        commitSha,
        ref,
        ...(checkoutUri ? { checkoutUri } : {}),
        toolName: SARIF_TOOL_NAME,
      },
      { wait: inputs.waitForProcessing },
    );
    result.upload = { id: receipt.id, status: receipt.processingStatus, errors: receipt.errors };
    if (receipt.warning) log.warning(`${result.target.category}: ${receipt.warning}`);
    log.info(`${result.target.category}: uploaded as ${receipt.id}, ${receipt.processingStatus}`);
    if (receipt.processingStatus === "failed")
      failed.push(`the SARIF of ${result.target.category}: ${receipt.errors.join("; ") || "no reason given"}`);
  }
  const retire = inputs.retireCategories ?? inputs.discoverRepository !== undefined;
  if (!releases || !retire) return failed;
  const prefix = inputs.category ?? defaultCategory(repositoryName(releases.repository));
  const existing = await analysisCategories(octokit, { owner, repo, toolName: SARIF_TOOL_NAME, ref });
  for (const category of retiredMajors(
    existing.keys(),
    releases.kept.map((release) => release.major),
    prefix,
  )) {
    const receipt = await uploadSarif(
      octokit,
      {
        owner,
        repo,
        sarif: encodeSarif(emptyRun(category, trivyVersion)).base64,
        commitSha,
        ref,
        toolName: SARIF_TOOL_NAME,
      },
      { wait: inputs.waitForProcessing },
    );
    log.info(`${category}: retired (its major left the window), empty run ${receipt.id}`);
    if (receipt.processingStatus === "failed")
      failed.push(`the empty run retiring ${category}: ${receipt.errors.join("; ")}`);
  }
  return failed;
}

/**
 * The findings trivy suppressed (ignore file, VEX) as an OpenVEX document in `dir`; nothing when
 * none was. Its timestamp is the DB's UpdatedAt, so a rerun against the same DB writes the same
 * bytes (a DB without one, which trivy-db never publishes, falls back to the run's clock).
 */
async function writeAcceptedFindings(
  scanned: ScannedTarget[],
  ignoreFile: string | undefined,
  context: { trivyVersion: string; dbUpdatedAt: string | undefined; now: Date; dir: string },
): Promise<{ path: string; statements: number } | undefined> {
  const { document, withoutPurl } = acceptedFindingsVex({
    targets: scanned.map((scan) => ({
      repository: scan.target.repository,
      digest: scan.target.digest,
      ...(scan.target.platform ? { platform: scan.target.platform } : {}),
      suppressed: suppressedFindingsFromTrivyReport(scan.report),
    })),
    ...(ignoreFile ? { ignoreFile: { name: basename(ignoreFile), text: await readFile(ignoreFile, "utf8") } } : {}),
    // The repository whose ignore file accepted the findings: the spec asks for an organisation.
    author: env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}`
      : "image-actions trivy-scan",
    timestamp: context.dbUpdatedAt ?? context.now.toISOString(),
    tooling: `image-actions trivy-scan, trivy ${context.trivyVersion}`,
  });
  for (const { finding, target } of withoutPurl)
    log.warning(
      `openvex: ${finding.vulnerabilityId} in ${finding.packageName} (${target.repository}) left out: trivy gave the package no purl`,
    );
  if (!document) {
    log.info("openvex: no finding was suppressed, no document written");
    return undefined;
  }
  const path = join(context.dir, "trivy-scan-openvex.json");
  await writeFile(path, `${JSON.stringify(document, null, 2)}\n`);
  log.info(`openvex: ${document.statements.length} statement(s) of accepted findings in ${path}`);
  return { path, statements: document.statements.length };
}

let cachedDefaultBranch: string | undefined | null = null;
/** The repository's default branch, from the event payload GitHub writes (schedule events carry it). */
async function defaultBranch(): Promise<string | undefined> {
  if (cachedDefaultBranch !== null) return cachedDefaultBranch;
  cachedDefaultBranch = undefined;
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) as {
        repository?: { default_branch?: unknown };
      };
      const branch = event.repository?.default_branch;
      if (typeof branch === "string" && /^[\w./-]{1,200}$/.test(branch)) cachedDefaultBranch = branch;
    } catch {
      // No readable payload: the event's own ref is used.
    }
  }
  return cachedDefaultBranch;
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 120);
}
