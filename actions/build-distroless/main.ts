import { glob, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import {
  code,
  InputError,
  inGroup,
  log,
  md,
  UserError,
  writeJobSummary,
  writeOutputs,
} from "@image-actions/action-kit";
import {
  type BuildOptions,
  type BuildResult,
  type BuildRun,
  buildDistroless,
  LOCAL_BUILDER_ID,
  type PushStats,
  pushBuild,
  runnerPlatform,
  type SbomFormat,
  SmokeTestFailed,
  smokeTestImage,
  writeOciLayout,
} from "@image-actions/build";
import { defaultDebianCacheDir, formatLockChange, type LockedPackageChange, readKeyring } from "@image-actions/debian";
import { formatReference, parsePlatform, type Reference, repositoryName, withDigest } from "@image-actions/oci";
import { parseImageInput, registryClients } from "../shared/runtime.ts";
import { changesAgainst, withChanges } from "./changes.ts";
import { type BuildDistrolessInputs, getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  const clients = registryClients();
  try {
    let base = parseImageInput("base", inputs.base);
    if (!base.digest) {
      const resolved = await clients.for(base.registry).headManifest(base.repository, base.tag as string);
      if (!resolved) throw new InputError("base", `${inputs.base} does not exist`);
      log.warning(
        `base ${inputs.base} is not pinned: resolved once to ${resolved.digest}; pin it to build reproducibly`,
      );
      base = withDigest(base, resolved.digest);
    }
    const tags = inputs.tags.map((tag) => parseImageInput("tags", tag));
    const compareWith = inputs.compareWith ? parseImageInput("compare-with", inputs.compareWith) : undefined;
    const platforms = inputs.platforms.map((platform) => parsePlatform(platform));
    const keys = inputs.debianKeyring
      ? await readKeyring(await readFile(inputs.debianKeyring), inputs.debianKeyring).catch((error: Error) => {
          throw new InputError("debian-keyring", error.message);
        })
      : undefined;
    const debugTags = inputs.debugTags.map((tag) => parseImageInput("debug-tags", tag));
    const localDebs = await expandDebs(inputs.packages);
    const workDir = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "image-actions-build-"));
    const options: BuildOptions = {
      clients,
      base,
      platforms,
      debianPackages: inputs.debianPackages,
      debianSources: inputs.debianSources,
      ...(keys ? { keys } : {}),
      ...(inputs.lockfile ? { lockfile: inputs.lockfile } : {}),
      lockUpdate: inputs.lockUpdate,
      localDebs,
      config: {
        ...(inputs.entrypoint.length > 0 ? { entrypoint: inputs.entrypoint } : {}),
        ...(inputs.cmd.length > 0 ? { cmd: inputs.cmd } : {}),
        env: inputs.env,
        labels: inputs.labels,
        ...(inputs.user ? { user: inputs.user } : {}),
        ...(inputs.workdir ? { workdir: inputs.workdir } : {}),
      },
      sourceDateEpoch: inputs.sourceDateEpoch,
      sbomFormats: sbomFormats(inputs.sbom),
      imageName: imageName(tags[0], inputs.output),
      provenance: provenanceFromEnvironment(),
      run: buildRunFromEnvironment(),
      annotations: Object.fromEntries(inputs.annotations),
      cacheDir: defaultDebianCacheDir(process.env),
      workDir,
      toolVersion: "0.1.0",
      log: (message) => log.info(message),
    };
    const result = await inGroup("Build", () => buildDistroless(options));
    // The debug variant: the same packages on the debug flavour of the base (the lock file the first
    // build used or wrote keeps them the same; the layers come out byte for byte equal).
    const debugBase = inputs.debugBase ? parseImageInput("debug-base", inputs.debugBase) : undefined;
    const debug = debugBase
      ? await inGroup("Build the debug variant", async () =>
          buildDistroless({
            ...options,
            // The lock the first build used or updated, as it is: both variants install the same.
            lockUpdate: false,
            base: debugBase,
            imageName: imageName(debugTags[0] ?? tags[0], inputs.output),
            workDir: await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), "image-actions-build-debug-")),
          }),
        )
      : undefined;
    // Before anything is pushed: a compare-with that cannot be read fails the step with nothing written.
    const changes = compareWith
      ? await inGroup("Compare with compare-with", () =>
          changesAgainst(
            clients,
            compareWith,
            result,
            tags[0] ? formatReference(withDigest(tags[0], result.digest)) : `${inputs.output}@${result.digest}`,
          ),
        )
      : undefined;
    const smoke =
      inputs.smokeTest.length > 0 ? await inGroup("Smoke test", () => smokeTest(inputs, result, clients)) : undefined;
    const debugSmoke =
      debug && inputs.smokeTest.length > 0
        ? await inGroup("Smoke test the debug variant", () => smokeTest(inputs, debug, clients))
        : undefined;
    if (result.maintainerScripts.length > 0)
      log.info(`maintainer scripts never run in a distroless image: ${result.maintainerScripts.join(", ")}`);
    let stats: PushStats | undefined;
    if (inputs.push) {
      stats = await inGroup("Push", async () => {
        const pushed = await pushBuild(clients, result, tags, inputs.sourceDateEpoch);
        if (debug) {
          const debugPushed = await pushBuild(clients, debug, debugTags, inputs.sourceDateEpoch);
          for (const key of Object.keys(pushed) as Array<keyof PushStats>) pushed[key] += debugPushed[key];
        }
        return pushed;
      });
    } else {
      await inGroup("Write the OCI layout", async () => {
        await writeOciLayout(clients, result.image, inputs.output as string, tags[0]?.tag ?? "latest");
        if (debug) await writeOciLayout(clients, debug.image, join(inputs.output as string, "debug"), "debug");
      });
    }
    const first = tags[0];
    const image = first ? formatReference(withDigest(first, result.digest)) : `${inputs.output}@${result.digest}`;
    const report = {
      base: formatReference(base),
      digest: result.digest,
      pushed: inputs.push ? tags.map((tag) => formatReference(tag)) : [],
      output: inputs.push ? null : inputs.output,
      platforms: result.platforms.map((item) => ({
        platform: item.platform,
        digest: item.manifestDigest,
        layers: item.layers,
        added: item.packages.filter((pkg) => pkg.origin !== "base").length,
        fromBase: item.packages.filter((pkg) => pkg.origin === "base").length,
      })),
      upload: stats ?? null,
      smokeTest: smoke ?? null,
      debug: debug ? { base: inputs.debugBase, digest: debug.digest, smokeTest: debugSmoke ?? null } : null,
      maintainerScripts: result.maintainerScripts,
      ...(inputs.lockUpdate ? { lockChanges: result.lockfile?.changes ?? [] } : {}),
    };
    writeOutputs({
      digest: result.digest,
      image,
      "debug-digest": debug?.digest ?? "",
      "debug-image": debug && debugTags[0] ? formatReference(withDigest(debugTags[0], debug.digest)) : "",
      sbom: result.sboms.map((item) => item.path),
      provenance: result.provenance.map((item) => item.path),
      platforms: result.platforms.map((item) => ({ platform: item.platform, digest: item.manifestDigest })),
      packages: result.platforms.flatMap((item) =>
        item.packages.map((pkg) => ({
          platform: item.platform,
          name: pkg.name,
          version: pkg.version,
          architecture: pkg.architecture,
          from: pkg.origin === "file" ? "file" : pkg.origin,
        })),
      ),
      lockfile: result.lockfile?.path ?? "",
      "lock-changed": String(result.lockfile?.written ?? false),
      changes: changes ?? "",
      report,
    });
    await writeJobSummary(withChanges(summaryOf(report, image, result), changes));
  } finally {
    await clients.close();
  }
}

/** The smoke test in the runner's own platform, before anything is pushed; a failure fails the step. */
async function smokeTest(
  inputs: BuildDistrolessInputs,
  result: BuildResult,
  clients: ReturnType<typeof registryClients>,
): Promise<{ platform: string; passed: boolean; exitCode: number | null; notTested: string[] }> {
  const report = await smokeTestImage(clients, result, {
    command: inputs.smokeTest,
    timeoutSeconds: inputs.smokeTestTimeout,
    workDir: process.env.RUNNER_TEMP ?? tmpdir(),
    runnerPlatform: runnerPlatform(),
  }).catch((error: unknown) => {
    // The command's failure is the user's to fix, not a bug of ours: a plain one-line error.
    throw error instanceof SmokeTestFailed ? new UserError(error.message) : error;
  });
  log.info(report.output);
  if (report.notTested.length > 0)
    log.info(`not smoke tested (not the runner's platform): ${report.notTested.join(", ")}`);
  return { platform: report.platform, passed: report.passed, exitCode: report.exitCode, notTested: report.notTested };
}

/** The built image's name in its SBOMs: the first destination, else the OCI layout directory's name. */
function imageName(first: Reference | undefined, output: string | undefined): BuildOptions["imageName"] {
  if (first) return { repository: repositoryName(first), ...(first.tag ? { tag: first.tag } : {}) };
  return { repository: basename(resolve(output ?? "image")) };
}

function sbomFormats(sbom: BuildDistrolessInputs["sbom"]): SbomFormat[] {
  if (sbom === "none") return [];
  if (sbom === "both") return ["spdx-json", "cyclonedx-json"];
  return [sbom];
}

async function expandDebs(patterns: string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const pattern of patterns) {
    const matches: string[] = [];
    for await (const path of glob(pattern)) matches.push(path);
    if (matches.length === 0) throw new InputError("packages", `'${pattern}' matches no file`);
    paths.push(...matches.sort());
  }
  return paths;
}

/** `source` and `revision` annotations from the workflow that runs the build, when it says. */
function provenanceFromEnvironment() {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF_TYPE, GITHUB_REF_NAME } = process.env;
  return {
    ...(GITHUB_SERVER_URL && GITHUB_REPOSITORY ? { source: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}` } : {}),
    ...(GITHUB_SHA ? { revision: GITHUB_SHA } : {}),
    ...(GITHUB_REF_TYPE === "tag" && GITHUB_REF_NAME ? { version: GITHUB_REF_NAME } : {}),
  };
}

/**
 * The SLSA provenance's builder and run, from the workflow run's default variables (GitHub docs,
 * "Variables reference"): the builder is this action at the ref the workflow pinned
 * (GITHUB_ACTION_REPOSITORY/GITHUB_ACTION_REF); the invocation is the run and its attempt, in the
 * URL form GitHub's own workflow build type uses. Read here only; the build takes plain values.
 */
function buildRunFromEnvironment(): BuildRun | undefined {
  const env = process.env;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  if (!env.GITHUB_ACTIONS) return undefined;
  const builderId =
    env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF
      ? `${server}/${env.GITHUB_ACTION_REPOSITORY}/build-distroless@${env.GITHUB_ACTION_REF}`
      : LOCAL_BUILDER_ID;
  return {
    builderId,
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? {
          invocationId: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || "1"}`,
        }
      : {}),
    ...(env.GITHUB_REPOSITORY && env.GITHUB_SHA
      ? {
          source: {
            repository: `${server}/${env.GITHUB_REPOSITORY}`,
            ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
            revision: env.GITHUB_SHA,
          },
        }
      : {}),
    ...(env.GITHUB_WORKFLOW_REF ? { workflow: env.GITHUB_WORKFLOW_REF } : {}),
  };
}

/** With lock-update: what re-resolving the lock changed, one package per line (archive text escaped). */
function lockUpdateLines(changes: LockedPackageChange[] | undefined) {
  if (!changes) return [];
  if (changes.length === 0) return [md`Re-resolved the lock: no package changed; the lock file stays as it was.`];
  return [
    md`Re-resolved the lock: ${String(changes.length)} package(s) changed:`,
    ...changes.map((change) => md`- ${formatLockChange(change)}`),
  ];
}

function summaryOf(
  report: { digest: string; platforms: Array<Record<string, unknown>> },
  image: string,
  result: BuildResult,
) {
  return {
    title: "build-distroless",
    lines: [
      md`Built ${code(image)}${result.lockfile?.written && result.lockfile.path ? md`; wrote the lock file ${code(result.lockfile.path)}` : ""}.`,
      ...lockUpdateLines(result.lockfile?.changes),
      ...(result.provenance.length > 0
        ? [
            md`Wrote SLSA v1 provenance for ${String(result.provenance.length)} manifest(s) (output ${code("provenance")}; attest it with sign's ${code("provenance")} input).`,
          ]
        : []),
    ],
    tables: [
      {
        header: ["platform", "digest", "packages added", "from the base", "layers"],
        rows: result.platforms.map((item) => [
          item.platform,
          item.manifestDigest,
          String(item.packages.filter((pkg) => pkg.origin !== "base").length),
          String(item.packages.filter((pkg) => pkg.origin === "base").length),
          item.layers.map((layer) => `${layer.kind} ${layer.size} B`).join(", "),
        ]),
      },
    ],
    details: { label: "report", json: report },
  };
}
