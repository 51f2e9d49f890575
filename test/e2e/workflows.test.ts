// The example workflows, run end to end as a user's repository would run them, in the order a
// release's life takes: build.yml on tag v1.0.0 and on tag v2.0.0 → release.yml for each (and,
// between, hostile dispatch inputs that release.yml and mirror.yml refuse before writing anything) →
// mirror.yml as each release dispatched it → mirror-audit.yml → rescan.yml → three nights of
// nightly-rebuild.yml (issue 25's story):
// - night one: nothing changed; every leg stops with a notice and promotes nothing;
// - night two: the security archive (a local signed archive) publishes a fixed dumb-init "the next
//   day", and the fixture DB knows the CVE that version fixes. The re-resolved lock picks it up;
//   each line's rebuild is promoted to MAJOR, MAJOR.MINOR and a new MAJOR.MINOR.PATCH-YYYYMMDD (the
//   release tags stay); the summaries name dumb-init's old and new versions and the CVE closed; the
//   lock attached to the new image lists the new version; rescan.yml no longer reports the CVE;
// - night three: the base re-published with glibc's fix, nothing else; the summary names only the
//   base's libc6, the rebuilds reach the mirrors, and the last rescan.yml has lost glibc's finding too.
// Each night is its own day: the release listing's `date` is a stand-in answering that night's date
// (the schedule's clock), so each night writes its own dated tags.
//
// The workflow files are run as they are, through the test workflow runner: our actions through
// their dist/ bundles, run: steps for real under bash where they are the workflow's own logic (input
// checks, tags, epochs, per-platform SBOMs, the release listing). Everything the workflows name comes
// from vars.*, as a user sets it: the internal registry with basic auth (as ECR), the public one with
// bearer tokens (as ECR Public), an upstream registry holding the cosign-signed distroless-like base
// and its debug flavour, mirrors with and without the referrers API, keys as cosign key files.
// Stand-ins take the place of what only GitHub has: checkout (a git repository this test makes, with
// the committed lock file, .trivyignore and the release tags), artifacts, the cache, the AWS login,
// the GitHub release that carries each tag's .deb, and `gh workflow run` (release.yml's dispatch of
// mirror.yml runs for real against a gh that records the dispatch). The machine has no internet, so
// trivy-scan is given the pinned trivy built from source and the fixture vulnerability DB in the
// internal registry (actionInputs); Code Scanning is the contract-checked fake.
//
// Outcomes are checked where a user would check them: digests at each registry read back with
// crane, signatures with the real cosign, findings in what Code Scanning received.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { defaultKeyring, type ImageChanges, parseLockfile } from "@image-actions/debian";
import { OFFLINE_FLAGS } from "@image-actions/scan";
import { machineAptSources, machineMainArchive, sourceLines } from "../support/apt-root.ts";
import { runCli } from "../support/cli.ts";
import { type CosignKeyPair, cosignVerify, cosignVerifyAttestation, generateKeyPair } from "../support/cosign.ts";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { execTool, mustExec } from "../support/exec.ts";
import { type FakeCodeScanning, type SarifUpload, startFakeCodeScanning } from "../support/fake-code-scanning.ts";
import { makeDeb, withRaisedVersion } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import {
  type ArchiveKey,
  makeArchiveKey,
  type ServedArchive,
  serveArchive,
  writeSignedSuite,
} from "../support/signed-archive.ts";
import { toolPath } from "../support/tools.ts";
import { type BoltFixture, buildTrivyDb, loadTrivyFixtures, pushTrivyDb, type TrivyDb } from "../support/trivy-db.ts";
import {
  formatRun,
  runWorkflow,
  StepFailed,
  type StepHandler,
  stepOf,
  type WorkflowRun,
  type WorkflowRunOptions,
} from "../support/workflow-runner.ts";

const TOKEN = "ghs_workflowsE2eTokenForTheFakeCodeScanning0";
const REPOSITORY = "example/app";
/** The libc6 version bookworm's glibc fix (CVE-2099-0001 in the fixture DB) arrives with. */
const FIXED_LIBC6 = "2.36-9+deb12u99";
const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Release Bot",
  GIT_AUTHOR_EMAIL: "release@example.org",
  GIT_COMMITTER_NAME: "Release Bot",
  GIT_COMMITTER_EMAIL: "release@example.org",
};

/** A release's .trivyignore: what its gate accepted when it was tagged. */
const RELEASE_TRIVYIGNORE = [
  "# accepted for 1.x: demo-app's fix ships in 1.0.1 (SEC-1)",
  "CVE-2099-0003",
  "# glibc: no fixed build for bookworm yet (SEC-2)",
  "CVE-2099-0001",
  "",
].join("\n");
/** main's, once glibc's exception was dropped so Code Scanning tracks it until the rebuilds ship the fix. */
const MAIN_TRIVYIGNORE = ["# accepted for 1.x: demo-app's fix ships in 1.0.1 (SEC-1)", "CVE-2099-0003", ""].join("\n");

/** The nights the nightly runs on, one day apart: what its release listing's `date` answers. */
const NIGHTS = ["20270104", "20270105", "20270106"] as const;
/**
 * What dumb-init's fix of night two closes. MEDIUM, so no gate stops a release on it, while every
 * rescan reports it until the fix ships. Only this test's DB has it: the shared fixtures stay as
 * the other tests count on them.
 */
const DUMB_INIT_CVE = "CVE-2099-0006";
const dumbInitAdvisory = (fixedVersion: string): BoltFixture[] => [
  {
    bucket: "debian 12",
    pairs: [{ bucket: "dumb-init", pairs: [{ key: DUMB_INIT_CVE, value: { FixedVersion: fixedVersion } }] }],
  },
  {
    bucket: "vulnerability",
    pairs: [
      {
        key: DUMB_INIT_CVE,
        value: {
          Title: "FIXTURE: dumb-init signal forwarding flaw (fixable, medium)",
          Description: "A made-up vulnerability for the image-actions test suite. It does not exist.",
          Severity: "MEDIUM",
          VendorSeverity: { debian: 2, nvd: 2 },
          PublishedDaysAgo: 5,
        },
      },
    ],
  },
];

interface ScanResult {
  image: string;
  category: string;
  upload: { id: string; status: string } | null;
  /** With compare-with: the findings the image no longer has, against the image compared with. */
  compareWith?: {
    fixed: Array<{ vulnerabilityId: string; accepted?: boolean }>;
    new: Array<{ vulnerabilityId: string }>;
  };
}

describe("the example workflows, end to end", () => {
  let work: string;
  let upstream: TestRegistry;
  let internal: TestRegistry;
  let publicRegistry: TestRegistry;
  let quay: TestRegistry;
  let hub: TestRegistry;
  let github: FakeCodeScanning;
  let publisherKey: CosignKeyPair;
  let internalKey: CosignKeyPair;
  let releasePubFile: string;
  let base: DistrolessBase;
  let repo: string;
  let appDebs: Map<string, string>;
  /** What build.yml's attach-package put on each tag's GitHub release: tag → .deb files. */
  let releaseAssets: string;
  let options: Omit<WorkflowRunOptions, "github">;
  const candidates = new Map<string, string>();
  /** Digests read back from the public registry after the releases, by tag. */
  const released = new Map<string, string>();
  let firstRescan: ScanResult[];
  /** The night the next nightly-rebuild.yml run plays: its release listing's `date` answers it. */
  let tonight: string = NIGHTS[0];
  /** A `date` that answers `-u +%Y%m%d` with $NIGHT and is the real one otherwise. */
  let dateStandInDir: string;
  /** The security suite the nightly re-resolves against: a local signed archive, empty until night two. */
  let security: { key: ArchiveKey; root: string; suite: string; served: ServedArchive };
  /** dumb-init as the release's lock has it, per Debian architecture, and the version night two ships. */
  let lockedDumbInit: Map<string, { version: string; url: string; sha256: string }>;
  let fixedDumbInit: string;
  /** The fixture DB the workflows' scans use, for a scan of a published image by hand. */
  let trivyDb: TrivyDb;
  /** A `gh` that records its arguments (NUL-separated) in $GH_RECORD instead of calling GitHub. */
  let ghStandInDir: string;
  /** The workflow_dispatch runs release.yml asked for: `gh workflow run <file> --ref <ref> -f k=v…`. */
  const dispatches: Array<{ workflow: string; ref: string; inputs: Record<string, string> }> = [];

  const publicRepo = () => `${publicRegistry.host}/org/app`;
  const digestAt = (registry: TestRegistry, ref: string): Promise<string> => crane(registry, ["digest", ref]);
  const publicDigests = async (tags: string[]): Promise<Map<string, string>> =>
    new Map(
      await Promise.all(
        tags.map(async (tag) => [tag, await digestAt(publicRegistry, `${publicRepo()}:${tag}`)] as const),
      ),
    );
  const git = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    mustExec("git", args, { cwd, env: { ...process.env, ...GIT_IDENTITY, ...env } });
  /** Commits the repository's files as they are now, at a fixed time (the build's SOURCE_DATE_EPOCH). */
  const commit = async (message: string, date: string): Promise<void> => {
    await git(repo, ["add", "-A"]);
    await git(repo, ["commit", "-q", "-m", message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  };
  const head = async (): Promise<string> => (await git(repo, ["rev-parse", "HEAD"])).stdout.trim();

  /** actions/checkout: a fetch of the test's repository, shallow and tagless unless fetch-depth is 0. */
  const checkout: StepHandler = async (step) => {
    const ref = step.with.ref || String(step.github.ref);
    const url = `file://${repo}`;
    await git(step.workspace, ["init", "-q"]);
    await git(step.workspace, [
      "fetch",
      "-q",
      ...(step.with["fetch-depth"] === "0" ? ["--tags"] : ["--depth=1", "--no-tags"]),
      url,
      ref,
    ]);
    await git(step.workspace, ["checkout", "-q", "--detach", "FETCH_HEAD"]);
    return undefined;
  };

  /** release.yml's `gh workflow run` step, run for real with gh standing in for GitHub's API. */
  const dispatchWorkflow: StepHandler = async (step) => {
    const record = join(step.runnerTemp, "gh-arguments");
    const result = await execTool("bash", ["-e", "-c", step.script ?? ""], {
      cwd: step.workspace,
      env: { ...step.processEnv, PATH: `${ghStandInDir}:${step.processEnv.PATH}`, GH_RECORD: record },
    });
    if (result.code !== 0) throw new StepFailed(result.stderr.trim());
    const [command, subcommand, workflow = "", ...flags] = (await readFile(record, "utf8")).split("\0").slice(0, -1);
    assert.deepEqual([command, subcommand], ["workflow", "run"]);
    const dispatch = { workflow, ref: "", inputs: {} as Record<string, string> };
    for (let index = 0; index < flags.length; index += 2) {
      const [flag, value = ""] = [flags[index], flags[index + 1]];
      if (flag === "--ref") dispatch.ref = value;
      else if (flag === "-f") dispatch.inputs[value.slice(0, value.indexOf("="))] = value.slice(value.indexOf("=") + 1);
      else throw new StepFailed(`gh workflow run: unexpected ${flag}`);
    }
    dispatches.push(dispatch);
    return undefined;
  };

  /** nightly-rebuild.yml's release listing, run for real on the night the test plays (`tonight`). */
  const listReleasesTonight: StepHandler = async (step) => {
    const output = join(step.runnerTemp, "releases-output");
    await writeFile(output, "");
    const result = await execTool("bash", ["-e", "-c", step.script ?? ""], {
      cwd: step.workspace,
      env: {
        ...step.processEnv,
        PATH: `${dateStandInDir}:${step.processEnv.PATH}`,
        NIGHT: tonight,
        GITHUB_OUTPUT: output,
      },
    });
    if (result.code !== 0) throw new StepFailed(result.stderr.trim());
    const outputs: Record<string, string> = {};
    for (const line of (await readFile(output, "utf8")).split("\n").filter(Boolean)) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
    return { outputs };
  };

  /** The stand-ins and run: handlers of one workflow run; artifacts live as long as the run. */
  async function runOptions(github: Record<string, string>): Promise<WorkflowRunOptions> {
    const artifacts = await mkdtemp(join(work, "artifacts-"));
    const cache = join(work, "actions-cache");
    await mkdir(cache, { recursive: true });
    const filesMatching = async (workspace: string, pattern: string): Promise<string[]> => {
      const dir = join(workspace, dirname(pattern));
      const glob = new RegExp(
        `^${basename(pattern)
          .replace(/[.+^${}()|[\]\\]/g, "\\$&")
          .replaceAll("*", ".*")}$`,
      );
      const names = await readdir(dir).catch(() => [] as string[]);
      return names.filter((name) => glob.test(name)).map((name) => join(dir, name));
    };
    const copyInto = async (files: string[], dir: string): Promise<void> => {
      await mkdir(dir, { recursive: true });
      for (const file of files) await copyFile(file, join(dir, basename(file)));
    };
    const standIns: Record<string, StepHandler> = {
      "actions/checkout": checkout,
      "actions/upload-artifact": async (step) => {
        const files = await filesMatching(step.workspace, step.with.path ?? "");
        if (files.length === 0 && step.with["if-no-files-found"] === "error")
          throw new StepFailed(`No files were found with the provided path: ${step.with.path}`);
        await copyInto(files, join(artifacts, step.with.name ?? "artifact"));
        return undefined;
      },
      "actions/download-artifact": async (step) => {
        const stored = join(artifacts, step.with.name ?? "artifact");
        const files = await readdir(stored).catch(() => undefined);
        if (!files) throw new StepFailed(`Artifact not found for name: ${step.with.name}`);
        await copyInto(
          files.map((file) => join(stored, file)),
          join(step.workspace, step.with.path ?? "."),
        );
        return undefined;
      },
      // Restored and saved at once: every job of every run shares the cached directory.
      "actions/cache": async (step) => {
        const path = step.with.path ?? "";
        await mkdir(join(cache, path), { recursive: true });
        await symlink(join(cache, path), join(step.workspace, path));
        return { outputs: { "cache-hit": "false" } };
      },
      // No AWS here: registries authenticate through DOCKER_CONFIG, keys are cosign key files.
      "aws-actions/configure-aws-credentials": () => undefined,
    };
    const runSteps: Record<string, StepHandler | "bash"> = {
      // build.yml
      "Build the application's .deb": async (step) => {
        const version = String(step.github.ref_name).replace(/^v/, "");
        const deb = appDebs.get(version);
        if (!deb) throw new StepFailed(`no application package for ${version}`);
        await copyInto([deb], join(step.workspace, "app-deb"));
        return undefined;
      },
      "Attach the .deb to the GitHub release of the tag (never replacing an asset)": async (step) => {
        const assets = join(releaseAssets, step.env.TAG ?? "");
        const attached = await readdir(assets).catch(() => [] as string[]);
        const debs = await filesMatching(step.workspace, "app-deb/*.deb");
        await copyInto(
          debs.filter((deb) => !attached.includes(basename(deb))),
          assets,
        );
        return undefined;
      },
      "image/source": "bash",
      "Install bubblewrap (the smoke test's sandbox)": "bash",
      "image/per-platform": "bash",
      "Hand the candidate to release.yml": "bash",
      // release.yml
      "check-inputs/check": "bash",
      "release/tags": "bash",
      "Record the release": "bash",
      "mirror/dispatch-mirror": dispatchWorkflow,
      // mirror.yml: the mirrors' credentials are in the runner's DOCKER_CONFIG already.
      "mirror/check-version": "bash",
      "mirror/tags": "bash",
      "login-mirrors": () => undefined,
      // nightly-rebuild.yml
      "releases/list": listReleasesTonight,
      "rebuild/tags": "bash",
      "app-deb": async (step) => {
        const assets = join(releaseAssets, `v${step.env.VERSION}`);
        const files = await readdir(assets).catch(() => undefined);
        if (!files) throw new StepFailed(`release not found: v${step.env.VERSION}`);
        await copyInto(
          files.filter((file) => file.endsWith(".deb")).map((file) => join(assets, file)),
          join(step.workspace, "app-deb"),
        );
        return undefined;
      },
      Unchanged: "bash",
      "rebuild/per-platform": "bash",
      "rebuild/dispatch-mirror": dispatchWorkflow,
    };
    return { ...options, github: { api_url: githubApi(), repository: REPOSITORY, ...github }, standIns, runSteps };
  }
  const githubApi = () => github.url;

  const run = async (
    file: string,
    how: { github: Record<string, string>; inputs?: Record<string, string>; vars?: Record<string, string> },
  ): Promise<WorkflowRun> => {
    const options = await runOptions(how.github);
    return runWorkflow(`workflows-examples/${file}`, {
      ...options,
      ...(how.inputs ? { inputs: how.inputs } : {}),
      ...(how.vars ? { vars: { ...options.vars, ...how.vars } } : {}),
    });
  };

  /** A tag pushed: build.yml runs on it. */
  const buildTag = async (version: string): Promise<WorkflowRun> =>
    run("build.yml", {
      github: {
        event_name: "push",
        ref: `refs/tags/v${version}`,
        sha: (await git(repo, ["rev-parse", `v${version}^{commit}`])).stdout.trim(),
      },
    });
  const onMain = async (event_name = "workflow_dispatch"): Promise<Record<string, string>> => ({
    event_name,
    ref: "refs/heads/main",
    sha: await head(),
  });

  /** Each scanned image's results and the finding IDs Code Scanning received for it. */
  const scanResults = (workflowRun: WorkflowRun, job: string, step: string, leg = 0): ScanResult[] =>
    JSON.parse(stepOf(workflowRun, job, step, leg).outputs.results ?? "[]") as ScanResult[];
  const uploadOf = (result: ScanResult): SarifUpload => {
    const upload = github.uploads.find((candidate) => candidate.id === result.upload?.id);
    assert.ok(upload, `no upload received for ${result.category}`);
    return upload;
  };
  const findingIds = (result: ScanResult): string[] => {
    const runs = (uploadOf(result).sarif.runs ?? []) as Array<{ results?: Array<{ ruleId: string }> }>;
    return [...new Set(runs.flatMap((sarifRun) => (sarifRun.results ?? []).map((finding) => finding.ruleId)))].sort();
  };

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-workflows-e2e-"));
    ghStandInDir = join(work, "gh-stand-in");
    await mkdir(ghStandInDir);
    await writeFile(join(ghStandInDir, "gh"), '#!/bin/sh\nprintf \'%s\\0\' "$@" > "$GH_RECORD"\n');
    await chmod(join(ghStandInDir, "gh"), 0o755);
    dateStandInDir = join(work, "date-stand-in");
    await mkdir(dateStandInDir);
    const realDate = (await mustExec("sh", ["-c", "command -v date"])).stdout.trim();
    await writeFile(
      join(dateStandInDir, "date"),
      `#!/bin/sh\nif [ "$*" = "-u +%Y%m%d" ]; then echo "$NIGHT"; else exec ${realDate} "$@"; fi\n`,
    );
    await chmod(join(dateStandInDir, "date"), 0o755);
    [upstream, internal, publicRegistry, quay, hub] = await Promise.all([
      startRegistry(), // the base's publisher, as gcr.io
      startRegistry({ auth: "basic" }), // as ECR
      startRegistry({ auth: "bearer" }), // as ECR Public
      startRegistry({ kind: "referrers" }), // a mirror with the referrers API
      startRegistry(), // a mirror without it, as Docker Hub
    ]);
    const keys = join(work, "keys");
    await mkdir(keys);
    publisherKey = await generateKeyPair(2, await mkdtemp(join(keys, "publisher-")), "publisher-password");
    internalKey = await generateKeyPair(2, await mkdtemp(join(keys, "internal-")), "internal-password");
    // The release key as an unencrypted PKCS#8 file: promote reads no COSIGN_PASSWORD (see the report).
    const release = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    const releaseKeyFile = join(keys, "release.key");
    releasePubFile = join(keys, "release.pub");
    const releasePem = release.publicKey.export({ type: "spki", format: "pem" }).toString();
    await writeFile(releaseKeyFile, release.privateKey.export({ type: "pkcs8", format: "pem" }).toString(), {
      mode: 0o600,
    });
    await writeFile(releasePubFile, releasePem);

    // One after the other: both push the same base layer to one repository, and two uploads of one
    // blob at once can collide in the registry.
    base = await buildDistrolessBase(upstream, "distroless/base", { tag: "nonroot", key: publisherKey });
    const debugBase = await buildDistrolessBase(upstream, "distroless/base", {
      flavour: "debug",
      tag: "debug-nonroot",
      key: publisherKey,
    });
    assert.ok(debugBase.digest);
    github = await startFakeCodeScanning({ token: TOKEN, repository: REPOSITORY });
    github.setProcessing(["complete"]);

    // The application: distroless has no shell for a script, so /usr/bin/app is dumb-init's binary
    // under the app's name, answering the smoke test's --version as a real binary would.
    appDebs = new Map();
    for (const version of ["1.0.0", "2.0.0"]) {
      const dir = await mkdtemp(join(work, `app-${version}-`));
      appDebs.set(
        version,
        await makeDeb(dir, {
          name: "demo-app",
          version,
          architecture: "all",
          depends: "dumb-init",
          files: { "usr/bin/app": { symlink: "dumb-init" } },
        }),
      );
    }
    releaseAssets = join(work, "github-releases");

    const mainArchive = await machineMainArchive();
    const securitySuite =
      (await machineAptSources()).flatMap((source) => source.suites).find((suite) => suite.endsWith("-security")) ??
      `${(mainArchive[0] as { suites: string[] }).suites[0]}-security`;
    const dockerConfig = await writeDockerConfig([upstream, internal, publicRegistry, quay, hub]);

    // The application's repository: the lock file made once with the CLI against the base, as a
    // developer makes it, and committed; each release tagged on its own commit.
    repo = join(work, "app-repository");
    await mkdir(repo);
    await git(repo, ["init", "-q", "-b", "main"]);
    const locked = await runCli(
      [
        "lock",
        "--base",
        base.ref,
        ...sourceLines(mainArchive).flatMap((line) => ["--source", line]),
        "--platform",
        "linux/amd64",
        "--platform",
        "linux/arm64",
        "--deb",
        appDebs.get("1.0.0") as string,
        "-o",
        join(repo, "debian.lock.json"),
        "dumb-init",
      ],
      { ...process.env, DOCKER_CONFIG: dockerConfig },
    );
    assert.equal(locked.code, 0, locked.stderr);
    const lock = parseLockfile(await readFile(join(repo, "debian.lock.json"), "utf8"));
    lockedDumbInit = new Map(
      Object.entries(lock.architectures).map(([architecture, packages]) => {
        const dumbInit = packages.find((item) => item.name === "dumb-init");
        assert.ok(dumbInit, `the lock has dumb-init for ${architecture}`);
        return [architecture, dumbInit];
      }),
    );
    assert.deepEqual([...lockedDumbInit.keys()].sort(), ["amd64", "arm64"]);
    const lockedVersions = new Set([...lockedDumbInit.values()].map((item) => item.version));
    assert.equal(lockedVersions.size, 1);
    // A security update's version form, above what the archive serves today.
    fixedDumbInit = `${[...lockedVersions][0]}+deb12u99`;
    trivyDb = await buildTrivyDb({ fixtures: [...(await loadTrivyFixtures()), ...dumbInitAdvisory(fixedDumbInit)] });
    const pushedDb = await pushTrivyDb(internal, "aquasec/trivy-db:2", trivyDb);

    // The security suite the nightly reads: signed by a key of its own (so the nightly's keyring is
    // Debian's keys and that one), and empty until night two publishes dumb-init's fix.
    const securityRoot = join(work, "security-archive");
    const securityKey = await makeArchiveKey(await mkdtemp(join(work, "security-key-")));
    await writeSignedSuite(securityRoot, securityKey, {
      suite: securitySuite,
      indexes: { main: { amd64: [], arm64: [] } },
      fields: { Architectures: "amd64 arm64" },
    });
    security = { key: securityKey, root: securityRoot, suite: securitySuite, served: await serveArchive(securityRoot) };
    const nightlyKeyring = join(work, "nightly-keyring.gpg");
    await writeFile(
      nightlyKeyring,
      Buffer.concat([
        ...(await defaultKeyring()).map((key) => Buffer.from(key.write())),
        await readFile(securityKey.keyringFile),
      ]),
    );
    await writeFile(join(repo, ".trivyignore"), RELEASE_TRIVYIGNORE);
    await writeFile(join(repo, "README.md"), "# app\n");
    await commit("app 1.0.0", "2026-01-05T10:00:00Z");
    await git(repo, ["tag", "v1.0.0"]);

    options = {
      vars: {
        INTERNAL_REPOSITORY: `${internal.host}/candidates/app`,
        PUBLIC_REPOSITORY: `${publicRegistry.host}/org/app`,
        QUAY_REPOSITORY: `${quay.host}/org/app`,
        DOCKERHUB_REPOSITORY: `${hub.host}/org/app`,
        BASE_IMAGE: base.taggedRef,
        DEBUG_BASE_IMAGE: debugBase.taggedRef,
        BASE_PUBLIC_KEY: publisherKey.pubFile,
        BASE_KEY_IGNORE_TLOG: "true",
        INTERNAL_SIGNING_KEY: internalKey.keyFile,
        INTERNAL_PUBLIC_KEY: internalKey.pubFile,
        RELEASE_SIGNING_KEY: releaseKeyFile,
        RELEASE_PUBLIC_KEY: releasePem,
        DEBIAN_ARCHIVE: (mainArchive[0] as { url: string }).url,
        DEBIAN_SECURITY_ARCHIVE: security.served.url,
        DEBIAN_KEYRING: nightlyKeyring,
      },
      secrets: { GITHUB_TOKEN: TOKEN },
      env: { DOCKER_CONFIG: dockerConfig, COSIGN_PASSWORD: internalKey.password },
      actionInputs: { "trivy-scan": { "trivy-path": toolPath("trivy"), "db-repositories": pushedDb.ref } },
    };
  });

  after(async () => {
    await github?.stop();
    await security?.served.close();
    await Promise.all([upstream, internal, publicRegistry, quay, hub].map((registry) => registry?.stop()));
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("build.yml on tag v1.0.0: the signed, scanned candidate in the internal registry, the .deb on the tag's release", async () => {
    const build = await buildTag("1.0.0");
    assert.equal(build.result, "success", formatRun(build));
    const candidate = build.jobs.image?.outputs.candidate ?? "";
    assert.match(candidate, new RegExp(`^${internal.host}/candidates/app@sha256:[0-9a-f]{64}$`));
    assert.equal(await digestAt(internal, candidate), build.jobs.image?.outputs.digest);
    assert.match(build.jobs.image?.outputs["debug-candidate"] ?? "", /@sha256:/);
    assert.deepEqual(await readdir(join(releaseAssets, "v1.0.0")), ["demo-app_1.0.0_all.deb"]);
    const verified = await cosignVerify(3, candidate, internalKey.pubFile, [internal]);
    assert.equal(verified.code, 0, verified.stderr);
    // The evidence attested with the internal key: SBOM and SLSA provenance on each platform's
    // manifest, provenance on the index, and the tag's accepted findings as OpenVEX on the index.
    const amd64 = stepOf(build, "image", "per-platform").outputs["amd64-image"] ?? "";
    const attested: Array<[string, string]> = [
      [amd64, "spdxjson"],
      [amd64, "slsaprovenance1"],
      [candidate, "slsaprovenance1"],
      [candidate, "openvex"],
    ];
    for (const [ref, type] of attested) {
      const found = await cosignVerifyAttestation(ref, internalKey.pubFile, [internal], "bundle", { type });
      assert.equal(found.code, 0, `${type} on ${ref}: ${found.stderr}`);
    }
    // The gate passed with the tag's accepted findings, after both platforms reached Code Scanning.
    const scanned = scanResults(
      build,
      "image",
      "Scan the candidate (fails on a fixable critical or high, after the upload)",
    );
    assert.equal(scanned.length, 2);
    for (const result of scanned) assert.equal(result.upload?.status, "complete");
    assert.deepEqual(github.violations, []);
    candidates.set("1.0.0", candidate);
  });

  it("release.yml 1.0.0: promoted to the public registry with the release key, with every tag of the newest release", async () => {
    const release = await run("release.yml", {
      github: await onMain(),
      inputs: { candidate: candidates.get("1.0.0") as string, version: "1.0.0" },
    });
    assert.equal(release.result, "success", formatRun(release));
    const digest = (candidates.get("1.0.0") as string).split("@")[1] as string;
    assert.deepEqual(
      [...(await publicDigests(["1.0.0", "1.0", "1", "latest"])).values()],
      [digest, digest, digest, digest],
    );
    const verified = await cosignVerify(3, `${publicRepo()}:1.0.0`, releasePubFile, [publicRegistry]);
    assert.equal(verified.code, 0, verified.stderr);
    const internalSignature = await cosignVerify(3, `${publicRepo()}:1.0.0`, internalKey.pubFile, [publicRegistry]);
    assert.notEqual(internalSignature.code, 0, "the internal signature stays internal");
  });

  it("tag v2.0.0: build.yml, then release.yml moves latest to it and leaves the 1.x tags", async () => {
    await writeFile(join(repo, "README.md"), "# app\n\n2.0: the next major\n");
    await commit("app 2.0.0", "2026-02-02T10:00:00Z");
    await git(repo, ["tag", "v2.0.0"]);
    const build = await buildTag("2.0.0");
    assert.equal(build.result, "success", formatRun(build));
    const candidate = build.jobs.image?.outputs.candidate ?? "";
    candidates.set("2.0.0", candidate);
    const release = await run("release.yml", {
      github: await onMain(),
      inputs: { candidate, version: "2.0.0" },
    });
    assert.equal(release.result, "success", formatRun(release));
    const tags = ["1.0.0", "1.0", "1", "2.0.0", "2.0", "2", "latest"];
    const digests = await publicDigests(tags);
    const v1 = (candidates.get("1.0.0") as string).split("@")[1];
    const v2 = candidate.split("@")[1];
    assert.notEqual(v1, v2);
    assert.deepEqual(
      tags.map((tag) => digests.get(tag)),
      [v1, v1, v1, v2, v2, v2, v2],
    );
    for (const [tag, digest] of digests) released.set(tag, digest);
  });

  it("release.yml refuses a multi-line version and a candidate by tag before anything is written; mirror.yml a multi-line version", async () => {
    const v2 = candidates.get("2.0.0") as string;
    const repositories: Array<[TestRegistry, string]> = [
      [internal, `${internal.host}/candidates/app`],
      [publicRegistry, publicRepo()],
      [quay, `${quay.host}/org/app`],
      [hub, `${hub.host}/org/app`],
    ];
    /** Every tag of every repository the workflows write, with its digest. */
    const written = async (): Promise<string[]> => {
      const lines: string[] = [];
      for (const [registry, repository] of repositories) {
        // The mirrors' repositories do not exist before mirror.yml's first run.
        const listed = await crane(registry, ["ls", repository]).catch((error: unknown) => {
          if (/NAME_UNKNOWN/.test(String(error))) return "";
          throw error;
        });
        for (const tag of listed.split("\n").filter(Boolean)) {
          lines.push(`${repository}:${tag} ${await digestAt(registry, `${repository}:${tag}`)}`);
        }
      }
      return lines.sort();
    };
    const before = await written();
    assert.ok(before.some((line) => line.startsWith(`${publicRepo()}:1.0.0 `)));
    // Without the check, the second line made the tags step list 1.0.0 in mutable-tags and promote
    // moved the 1.0.0 release tag to 2.0.0's candidate.
    const multiLine = `1.0.0\n${publicRepo()}:1.0.0.x`;
    // A tag, not a digest: what sign-candidate signed and what release promotes could differ.
    const byTag = `${internal.host}/candidates/app:${(await git(repo, ["rev-parse", "v2.0.0^{commit}"])).stdout.trim()}`;
    const hostile: Array<[Record<string, string>, string]> = [
      [{ candidate: v2, version: multiLine }, "version"],
      [{ candidate: byTag, version: "2.0.1" }, "candidate"],
    ];
    for (const [inputs, refused] of hostile) {
      const release = await run("release.yml", { github: await onMain(), inputs });
      assert.equal(release.result, "failure", formatRun(release));
      const check = stepOf(release, "check-inputs", "check");
      assert.equal(check.outcome, "failure", formatRun(release));
      // One ::error line naming the input (the runner adds its own "Process completed with exit code 1.").
      const messages = check.errors.filter((error) => !/^Process completed with exit code/.test(error));
      assert.equal(messages.length, 1, check.errors.join("\n"));
      assert.match(messages[0] as string, new RegExp(`^${refused} must be [^\n]+$`));
      for (const job of ["sign-candidate", "release", "mirror"]) {
        assert.equal(release.jobs[job]?.result, "skipped", `${job}: ${formatRun(release)}`);
      }
    }
    const mirror = await run("mirror.yml", { github: await onMain(), inputs: { version: multiLine } });
    assert.equal(mirror.result, "failure", formatRun(mirror));
    const check = stepOf(mirror, "mirror", "check-version");
    assert.equal(check.outcome, "failure", formatRun(mirror));
    assert.match(check.errors.join("\n"), /^version must be /);
    assert.equal(stepOf(mirror, "mirror", "login-mirrors").outcome, "skipped");
    assert.deepEqual(await written(), before, "nothing was written to any registry");
    assert.deepEqual(
      dispatches.map((dispatch) => dispatch.inputs.version),
      ["1.0.0", "2.0.0"],
      "no mirror.yml dispatched",
    );
  });

  it("mirror.yml as each release dispatched it, then mirror-audit.yml: both mirrors hold the releases, verified with the release key", async () => {
    assert.deepEqual(
      dispatches.map(({ workflow, ref, inputs }) => [workflow, ref, inputs]),
      [
        ["mirror.yml", "main", { version: "1.0.0" }],
        ["mirror.yml", "main", { version: "2.0.0" }],
      ],
    );
    for (const dispatch of dispatches) {
      const version = dispatch.inputs.version as string;
      const mirror = await run("mirror.yml", { github: await onMain(), inputs: dispatch.inputs });
      assert.equal(mirror.result, "success", formatRun(mirror));
      for (const registry of [quay, hub]) {
        assert.equal(await digestAt(registry, `${registry.host}/org/app:${version}`), released.get(version));
      }
    }
    const verified = await cosignVerify(3, `${hub.host}/org/app:1.0.0`, releasePubFile, [hub]);
    assert.equal(verified.code, 0, verified.stderr);
    const audit = await run("mirror-audit.yml", {
      github: await onMain("schedule"),
      vars: { MIRRORED_VERSIONS: '["1.0.0", "2.0.0"]' },
    });
    assert.equal(audit.result, "success", formatRun(audit));
    assert.deepEqual(
      audit.jobs.audit?.legs.map((leg) => [leg.name, leg.status]),
      [
        ["audit (1.0.0)", "success"],
        ["audit (2.0.0)", "success"],
      ],
    );
  });

  it("a mirrored release carries its evidence: SBOM, provenance and OpenVEX verify with the release key, and trivy --vex oci suppresses what the release accepted, without its .trivyignore", async () => {
    const mirrored = `${hub.host}/org/app`;
    const digest = released.get("1.0.0") as string;
    const amd64 = JSON.parse(await crane(hub, ["manifest", `${mirrored}@${digest}`])).manifests.find(
      (entry: { platform?: { architecture?: string } }) => entry.platform?.architecture === "amd64",
    ).digest as string;
    const evidence: Array<[string, string]> = [
      [`${mirrored}@${amd64}`, "spdxjson"],
      [`${mirrored}@${amd64}`, "slsaprovenance1"],
      [`${mirrored}@${digest}`, "slsaprovenance1"],
      [`${mirrored}@${digest}`, "openvex"],
    ];
    for (const [ref, type] of evidence) {
      const withRelease = await cosignVerifyAttestation(ref, releasePubFile, [hub], "bundle", { type });
      assert.equal(withRelease.code, 0, `${type} on ${ref}: ${withRelease.stderr}`);
      const withInternal = await cosignVerifyAttestation(ref, internalKey.pubFile, [hub], "bundle", { type });
      assert.notEqual(withInternal.code, 0, `${type} on ${ref}: the internal key's attestation stayed internal`);
    }
    // A user's scan of the mirror: the real trivy, our DB, no ignore file, VEX read from the registry.
    const cache = await mkdtemp(join(work, "user-trivy-"));
    await mkdir(join(cache, "db"));
    for (const file of ["trivy.db", "metadata.json"]) await copyFile(join(trivyDb.dir, file), join(cache, "db", file));
    const scan = async (vex: string[]): Promise<string[]> => {
      const output = join(cache, `report-${vex.length}.json`);
      await mustExec(
        toolPath("trivy"),
        [
          "image",
          ...["--cache-dir", cache, "--scanners", "vuln", "--format", "json", "--output", output, "--quiet"],
          ...OFFLINE_FLAGS,
          ...vex,
          `${mirrored}:1.0.0`,
        ],
        { env: { PATH: process.env.PATH ?? "", HOME: cache } },
      );
      const report = JSON.parse(await readFile(output, "utf8")) as {
        Results?: Array<{ Vulnerabilities?: Array<{ VulnerabilityID: string }> }>;
      };
      return [
        ...new Set(
          (report.Results ?? []).flatMap((result) => (result.Vulnerabilities ?? []).map((v) => v.VulnerabilityID)),
        ),
      ].sort();
    };
    const [plain, withVex] = [await scan([]), await scan(["--vex", "oci"])];
    const accepted = RELEASE_TRIVYIGNORE.split("\n").filter((line) => /^CVE-/.test(line));
    for (const id of accepted) assert.ok(plain.includes(id), `${id} is in the image (${plain.join(", ")})`);
    assert.deepEqual(
      withVex,
      plain.filter((id) => !accepted.includes(id)),
      "exactly the release's accepted findings suppressed",
    );
  });

  it("rescan.yml: each major's newest release in its own categories, glibc's fixable HIGH reported for both", async () => {
    // main drops glibc's exception: the alerts track it until the rebuilds ship the fix.
    await writeFile(join(repo, ".trivyignore"), MAIN_TRIVYIGNORE);
    await commit("trivyignore: glibc's exception dropped, the fix is out", "2026-03-01T10:00:00Z");
    const rescan = await run("rescan.yml", { github: await onMain("schedule") });
    assert.equal(rescan.result, "success", formatRun(rescan));
    firstRescan = scanResults(rescan, "rescan", "scan");
    assert.deepEqual(
      firstRescan.map((result) => result.image).sort(),
      [
        `${publicRepo()}@${released.get("1.0.0")}`,
        `${publicRepo()}@${released.get("1.0.0")}`,
        `${publicRepo()}@${released.get("2.0.0")}`,
        `${publicRepo()}@${released.get("2.0.0")}`,
      ].sort(),
    );
    assert.equal(new Set(firstRescan.map((result) => result.category)).size, 4, "one category per major and platform");
    for (const result of firstRescan) {
      const ids = findingIds(result);
      assert.ok(ids.includes("CVE-2099-0001"), `${result.category}: ${ids.join(", ")}`);
      assert.ok(!ids.includes("CVE-2099-0003"), `${result.category}: main's .trivyignore is read`);
    }
    assert.deepEqual(github.violations, []);
  });

  it("night one, nothing changed: each release's rebuild is what its line serves; a notice, nothing promoted", async () => {
    const tags = [...released.keys()];
    tonight = NIGHTS[0];
    const nightly = await run("nightly-rebuild.yml", { github: await onMain("schedule") });
    assert.equal(nightly.result, "success", formatRun(nightly));
    assert.equal(nightly.jobs.releases?.outputs.versions, '["2.0.0","1.0.0"]');
    assert.equal(nightly.jobs.releases?.outputs.date, tonight);
    for (const [leg, version] of ["2.0.0", "1.0.0"].entries()) {
      const unchanged = stepOf(nightly, "rebuild", "Unchanged", leg);
      assert.equal(unchanged.outcome, "success", formatRun(nightly));
      assert.equal(stepOf(nightly, "rebuild", "build", leg).outputs.digest, released.get(version));
      assert.match(
        unchanged.notices.join("\n"),
        new RegExp(`the rebuild is ${released.get(version)}, already published`),
      );
      assert.equal(
        stepOf(nightly, "rebuild", "Promote to the floating tags and a new dated tag; the release tag stays", leg)
          .outcome,
        "skipped",
      );
    }
    assert.deepEqual(await publicDigests(tags), released);
    const dated = await crane(publicRegistry, ["ls", publicRepo()]);
    assert.doesNotMatch(dated, new RegExp(`-${tonight}$`, "m"));
    for (const leg of [0, 1]) {
      const build = stepOf(nightly, "rebuild", "build", leg);
      assert.equal(build.outputs["lock-changed"], "false", "the lock re-resolved to what it was");
      assert.equal((JSON.parse(build.outputs.changes ?? "{}") as { identical?: boolean }).identical, true);
      assert.equal(stepOf(nightly, "rebuild", "dispatch-mirror", leg).outcome, "skipped");
    }
  });

  it("night two, the security archive publishes dumb-init's fix: each line's rebuild ships it, names it and the CVE it closes, and carries a lock that lists it", async () => {
    // "The next day": the security suite lists dumb-init's fix for both architectures — the released
    // packages with only their version raised, so the binary the smoke test runs is the same.
    const updates = await mkdtemp(join(work, "security-updates-"));
    const byArchitecture: Record<string, string[]> = {};
    for (const [architecture, locked] of lockedDumbInit) {
      byArchitecture[architecture] = [await withRaisedVersion(locked, fixedDumbInit, updates)];
    }
    await writeSignedSuite(security.root, security.key, {
      suite: security.suite,
      indexes: { main: byArchitecture },
      fields: { Architectures: "amd64 arm64" },
    });
    const lockedVersion = (lockedDumbInit.get("amd64") as { version: string }).version;
    const lineBefore = await publicDigests(["1.0", "2.0"]);

    tonight = NIGHTS[1];
    const nightly = await run("nightly-rebuild.yml", { github: await onMain("schedule") });
    assert.equal(nightly.result, "success", formatRun(nightly));
    assert.equal(nightly.jobs.releases?.outputs.date, tonight);
    const rebuilt = new Map<string, string>();
    for (const [leg, version] of ["2.0.0", "1.0.0"].entries()) {
      const build = stepOf(nightly, "rebuild", "build", leg);
      assert.equal(stepOf(nightly, "rebuild", "Unchanged", leg).outcome, "skipped");
      assert.equal(build.outputs["lock-changed"], "true", `${version}: the lock re-resolved to the fix`);
      // What changed against what the line serves: dumb-init, on every platform, and nothing else.
      const changes = JSON.parse(build.outputs.changes ?? "{}") as ImageChanges;
      assert.equal(changes.identical, false);
      assert.equal(changes.base?.changed, false, `${version}: the same base`);
      assert.equal(changes.platforms.length, 2);
      for (const platform of changes.platforms) {
        assert.deepEqual(platform.added, []);
        assert.deepEqual(platform.removed, []);
        assert.deepEqual(
          platform.changed.map((change) => [change.name, change.old, change.new]),
          [["dumb-init", lockedVersion, fixedDumbInit]],
          `${version} ${platform.platform}`,
        );
      }
      // The summary says it as a person reads it: the package, its old and new versions.
      assert.match(build.summary, /dumb-init/, `${version}: the build's summary names the package`);
      for (const text of [lockedVersion, fixedDumbInit]) assert.ok(build.summary.includes(text), build.summary);
      // The gate scanned the line's image with the same DB: the CVE closed, nothing new.
      const scanStep = "Scan the rebuild (fails on a fixable critical or high)";
      const scanned = scanResults(nightly, "rebuild", scanStep, leg);
      assert.equal(scanned.length, 2);
      for (const result of scanned) {
        assert.deepEqual(
          result.compareWith?.fixed.map((finding) => finding.vulnerabilityId),
          [DUMB_INIT_CVE],
          `${version} ${result.category}: the fix closes dumb-init's CVE`,
        );
        assert.deepEqual(result.compareWith?.new, [], `${version} ${result.category}: no new finding`);
      }
      assert.ok(
        stepOf(nightly, "rebuild", scanStep, leg).summary.includes(DUMB_INIT_CVE),
        "the scan's summary names it",
      );
      rebuilt.set(version, build.outputs.digest ?? "");
    }

    // New digests on the floating tags and the night's dated tag; release tags and latest stay.
    const tags = ["1.0.0", "1.0", "1", `1.0.0-${tonight}`, "2.0.0", "2.0", "2", `2.0.0-${tonight}`, "latest"];
    const digests = await publicDigests(tags);
    const [v1, v2] = [rebuilt.get("1.0.0"), rebuilt.get("2.0.0")];
    assert.notEqual(v1, lineBefore.get("1.0"));
    assert.notEqual(v2, lineBefore.get("2.0"));
    assert.deepEqual(
      tags.map((tag) => digests.get(tag)),
      [released.get("1.0.0"), v1, v1, v1, released.get("2.0.0"), v2, v2, v2, released.get("latest")],
    );
    const verified = await cosignVerify(3, `${publicRepo()}:2.0.0-${tonight}`, releasePubFile, [publicRegistry]);
    assert.equal(verified.code, 0, verified.stderr);

    // The lock the new image carries is the one it was built from: dumb-init at the fixed version,
    // from the security archive, for both architectures.
    for (const version of ["1.0.0", "2.0.0"]) {
      const lockFile = join(work, `lock-from-${version}-${tonight}.json`);
      const fromImage = await runCli(
        ["lock", "--from-image", `${publicRepo()}:${version}-${tonight}`, "-o", lockFile],
        {
          ...process.env,
          DOCKER_CONFIG: options.env?.DOCKER_CONFIG,
        },
      );
      assert.equal(fromImage.code, 0, fromImage.stderr);
      const carried = parseLockfile(await readFile(lockFile, "utf8"));
      assert.deepEqual(Object.keys(carried.architectures).sort(), ["amd64", "arm64"]);
      for (const [architecture, packages] of Object.entries(carried.architectures)) {
        const dumbInit = packages.find((item) => item.name === "dumb-init");
        assert.equal(dumbInit?.version, fixedDumbInit, `${version} ${architecture}`);
        assert.ok(dumbInit?.url.startsWith(`${security.served.url}/`), dumbInit?.url);
      }
    }
    const dispatched = dispatches.filter((dispatch) => dispatch.inputs["rebuild-date"] === tonight);
    assert.deepEqual(dispatched.map((dispatch) => dispatch.inputs.version).sort(), ["1.0.0", "2.0.0"]);
  });

  it("rescan.yml after night two: dumb-init's CVE has left every category; glibc's is still there", async () => {
    const rescan = await run("rescan.yml", { github: await onMain("schedule") });
    assert.equal(rescan.result, "success", formatRun(rescan));
    const results = scanResults(rescan, "rescan", "scan");
    const digests = await publicDigests([`1.0.0-${NIGHTS[1]}`, `2.0.0-${NIGHTS[1]}`]);
    assert.deepEqual(
      [...new Set(results.map((result) => result.image))].sort(),
      [...digests.values()].map((digest) => `${publicRepo()}@${digest}`).sort(),
    );
    for (const result of results) {
      const before = firstRescan.find((earlier) => earlier.category === result.category);
      assert.ok(before, `${result.category} was scanned the first time`);
      const [was, is] = [findingIds(before), findingIds(result)];
      assert.ok(was.includes(DUMB_INIT_CVE), `${result.category}: reported before the fix (${was.join(", ")})`);
      assert.deepEqual(
        is,
        was.filter((id) => id !== DUMB_INIT_CVE),
        `${result.category}: only dumb-init's CVE left`,
      );
    }
    assert.deepEqual(github.violations, []);
  });

  it("night three, the base re-published with glibc's fix: nightly-rebuild.yml promotes each line's rebuild to MAJOR, MAJOR.MINOR and a dated tag; release tags stay", async () => {
    const patched = await buildDistrolessBase(upstream, "distroless/base", {
      tag: "nonroot",
      key: publisherKey,
      statusVersions: { libc6: FIXED_LIBC6 },
    });
    assert.notEqual(patched.digest, base.digest);
    const lineBefore = await publicDigests(["1.0", "2.0"]);
    tonight = NIGHTS[2];
    const nightly = await run("nightly-rebuild.yml", { github: await onMain("schedule") });
    assert.equal(nightly.result, "success", formatRun(nightly));
    assert.equal(nightly.jobs.releases?.outputs.date, tonight);
    const rebuilt = new Map<string, string>();
    for (const [leg, version] of ["2.0.0", "1.0.0"].entries()) {
      assert.equal(stepOf(nightly, "rebuild", "Unchanged", leg).outcome, "skipped");
      const digest = stepOf(nightly, "rebuild", "build", leg).outputs.digest ?? "";
      assert.notEqual(digest, lineBefore.get(version.replace(/\.\d+$/, "")));
      rebuilt.set(version, digest);
    }
    const tags = ["1.0.0", "1.0", "1", `1.0.0-${tonight}`, "2.0.0", "2.0", "2", `2.0.0-${tonight}`, "latest"];
    const digests = await publicDigests(tags);
    const nightTwo = await publicDigests([`1.0.0-${NIGHTS[1]}`, `2.0.0-${NIGHTS[1]}`]);
    assert.deepEqual(
      [...nightTwo.values()],
      [lineBefore.get("1.0"), lineBefore.get("2.0")],
      "night two's dated tags stay",
    );
    const v1 = rebuilt.get("1.0.0");
    const v2 = rebuilt.get("2.0.0");
    assert.deepEqual(
      tags.map((tag) => digests.get(tag)),
      [released.get("1.0.0"), v1, v1, v1, released.get("2.0.0"), v2, v2, v2, released.get("latest")],
      "the release tags and latest stay; MAJOR, MAJOR.MINOR and the dated tag hold the rebuild",
    );
    const verified = await cosignVerify(3, `${publicRepo()}:1.0.0-${tonight}`, releasePubFile, [publicRegistry]);
    assert.equal(verified.code, 0, verified.stderr);

    for (const [leg, version] of ["2.0.0", "1.0.0"].entries()) {
      // What changed, against what the line served (night two's rebuild): the base, and glibc's
      // package in it; dumb-init's fix is in both.
      const changes = JSON.parse(stepOf(nightly, "rebuild", "build", leg).outputs.changes ?? "{}") as ImageChanges;
      assert.equal(changes.identical, false);
      assert.equal(changes.base?.changed, true, `${version}: the base digest changed`);
      for (const platform of changes.platforms) {
        assert.deepEqual(
          platform.changed.map((change) => [change.name, change.new]),
          [["libc6", FIXED_LIBC6]],
          `${version} ${platform.platform}: only libc6 changed`,
        );
      }
      // The gate scanned the published image with the same DB too. The tag's .trivyignore (checked
      // out with the tag) accepts glibc's finding, so neither scan reports it; the rebuild closes it
      // all the same, and the comparison says so, marked as the finding the release had accepted.
      const scanned = scanResults(nightly, "rebuild", "Scan the rebuild (fails on a fixable critical or high)", leg);
      assert.ok(scanned.length > 0);
      for (const result of scanned) {
        assert.ok(result.compareWith, `${version} ${result.category}: compared with what the line serves`);
        assert.deepEqual(
          result.compareWith.fixed.map((finding) => [finding.vulnerabilityId, finding.accepted]),
          [["CVE-2099-0001", true]],
          `${version} ${result.category}: glibc's accepted finding closed`,
        );
        assert.deepEqual(result.compareWith.new, [], `${version}: no new finding`);
      }
    }

    // The rebuilds reach the mirrors: the dated tag, and MAJOR.MINOR and MAJOR moved to it.
    const nightlyDispatches = dispatches.filter((dispatch) => dispatch.inputs["rebuild-date"] === tonight);
    assert.deepEqual(nightlyDispatches.map((dispatch) => dispatch.inputs.version).sort(), ["1.0.0", "2.0.0"]);
    for (const dispatch of nightlyDispatches) {
      const mirror = await run("mirror.yml", { github: await onMain(), inputs: dispatch.inputs });
      assert.equal(mirror.result, "success", formatRun(mirror));
      const version = dispatch.inputs.version as string;
      const rebuiltDigest = rebuilt.get(version);
      for (const registry of [quay, hub]) {
        for (const tag of [`${version}-${tonight}`, version.replace(/\.\d+$/, ""), version.split(".")[0] as string])
          assert.equal(
            await digestAt(registry, `${registry.host}/org/app:${tag}`),
            rebuiltDigest,
            `${registry.host} ${tag}`,
          );
        assert.equal(
          await digestAt(registry, `${registry.host}/org/app:${version}`),
          released.get(version),
          "release tag stays",
        );
      }
    }
  });

  it("rescan.yml after night three: each line's newest rebuild is scanned in its release's place, glibc's and dumb-init's findings gone from its category", async () => {
    const rescan = await run("rescan.yml", { github: await onMain("schedule") });
    assert.equal(rescan.result, "success", formatRun(rescan));
    const results = scanResults(rescan, "rescan", "scan");
    const dated = [`1.0.0-${tonight}`, `2.0.0-${tonight}`];
    const digests = await publicDigests(dated);
    assert.deepEqual(
      results.map((result) => result.image).sort(),
      dated.flatMap((tag) => [`${publicRepo()}@${digests.get(tag)}`, `${publicRepo()}@${digests.get(tag)}`]).sort(),
    );
    for (const result of results) {
      const before = firstRescan.find((earlier) => earlier.category === result.category);
      assert.ok(before, `${result.category} was scanned the first time`);
      const [was, is] = [findingIds(before), findingIds(result)];
      assert.ok(was.includes("CVE-2099-0001"));
      assert.deepEqual(
        is,
        was.filter((id) => id !== "CVE-2099-0001" && id !== DUMB_INIT_CVE),
        `${result.category}: only glibc's and dumb-init's fixed findings left (was ${was.join(", ")})`,
      );
    }
    assert.deepEqual(github.violations, []);
  });
});
