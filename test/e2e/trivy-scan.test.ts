// trivy-scan end to end through dist/trivy-scan/index.js: the real trivy (built from source at the
// pinned version, given as trivy-path), the fixture vulnerability DB pulled by the action itself
// from a real registry as trivy-db's OCI artifact, images in a real registry, and a fake Code
// Scanning API that holds every request to GitHub's published OpenAPI description and the SARIF to
// the SARIF 2.1.0 schema. Expected findings are worked out from the fixture DB's files and the
// images' status.d, not listed here.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type ActionRun, runAction } from "../support/action-runner.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { type FakeCodeScanning, startFakeCodeScanning } from "../support/fake-code-scanning.ts";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { sarifSchemaProblems } from "../support/sarif-schema.ts";
import { summaryText } from "../support/summary-text.ts";
import { toolPath } from "../support/tools.ts";
import { buildTrivyDb, fixtureValue, type PushedTrivyDb, pushTrivyDb, type TrivyDb } from "../support/trivy-db.ts";

const TOKEN = "ghs_trivyScanE2eTokenThatMustNeverBePrinted0";
const REPOSITORY = "example/image-actions-test";

interface ResultOutput {
  image: string;
  digest: string;
  manifestDigest: string;
  platform: string | null;
  category: string;
  counts: {
    total: number;
    fixable: number;
    overdue: number;
    bySeverity: Record<string, { total: number; fixable: number; overdue: number }>;
  };
  sarif: string;
  upload: { id: string; status: string } | null;
  failOn: number;
}

/** The fixture advisory for `vulnerability` as the DB files say it: severity, and published days ago. */
function advisory(db: TrivyDb, id: string): { severity: string } {
  const value = fixtureValue(db.fixtures, ["vulnerability", id]) as { Severity?: string } | undefined;
  if (!value?.Severity) throw new Error(`fixture DB has no ${id}`);
  return { severity: value.Severity };
}

describe("trivy-scan action", () => {
  let registry: TestRegistry;
  let dbProxy: FaultProxy;
  let db: TrivyDb;
  let pushedDb: PushedTrivyDb;
  let base: DistrolessBase;
  let github: FakeCodeScanning;
  let work: string;
  let appImage: string;
  let trivy: string;

  before(async () => {
    registry = await startRegistry();
    dbProxy = await startFaultProxy({ url: registry.url });
    db = await buildTrivyDb();
    pushedDb = await pushTrivyDb(registry, "aquasec/trivy-db:2", db);
    base = await buildDistrolessBase(registry, "distroless/base");
    github = await startFakeCodeScanning({ token: TOKEN, repository: REPOSITORY });
    work = await mkdtemp(join(tmpdir(), "ia-scan-e2e-"));
    trivy = toolPath("trivy");
    // The application the fixture DB has a critical, fixable advisory for.
    const deb = await makeDeb(work, {
      name: "demo-app",
      version: "1.0.0",
      architecture: "all",
      files: { "usr/bin/demo-app": { content: "#!/bin/sh\necho demo\n", mode: 0o755 } },
    });
    const tags = ["1.0.0", "1.2.0", "2.0.1", "2.1.0", "3.0.0", "4.0.0-rc1", "4.1.0", "latest"];
    const built = await runAction("build-distroless", {
      base: base.ref,
      packages: deb,
      platforms: "linux/amd64",
      tags: [`${registry.host}/built/app:1.0.0`, ...tags.map((tag) => `${registry.host}/rel/app:${tag}`)].join("\n"),
      "source-date-epoch": "1700000000",
      sbom: "none",
    });
    assert.equal(built.exitCode, 0, built.stdout + built.stderr);
    appImage = `${registry.host}/built/app:1.0.0`;
  });
  after(async () => {
    await github?.stop();
    await dbProxy?.close();
    await registry?.stop();
  });

  const scan = (inputs: Record<string, string>, cacheDir?: string): Promise<ActionRun> =>
    runAction(
      "trivy-scan",
      {
        "trivy-path": trivy,
        "db-repositories": pushedDb.ref.replace(registry.host, dbProxy.host),
        token: TOKEN,
        ...(cacheDir ? { "cache-dir": cacheDir } : {}),
        ...inputs,
      },
      { env: { GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: "push" } },
    );
  const resultsOf = (run: ActionRun): ResultOutput[] => JSON.parse(run.outputs.results ?? "[]");

  it("a multi-arch index: one run per platform, each its own category, uploaded and processed; the SLA in the summary", async () => {
    const before = github.uploads.length;
    const run = await scan({ images: base.taggedRef, "fail-on": "CRITICAL" });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const results = resultsOf(run);
    assert.deepEqual(results.map((result) => result.platform).sort(), ["linux/amd64", "linux/arm64"]);
    assert.deepEqual(results.map((result) => result.category).sort(), [
      `trivy/${registry.host}/distroless/base/linux-amd64`,
      `trivy/${registry.host}/distroless/base/linux-arm64`,
    ]);
    for (const result of results) {
      assert.equal(result.digest, base.digest);
      assert.equal(result.upload?.status, "complete");
    }
    const uploads = github.uploads.slice(before);
    assert.equal(uploads.length, 2, "one upload per category");
    assert.deepEqual(github.violations, []);
    for (const upload of uploads) {
      assert.deepEqual(sarifSchemaProblems(upload.sarif), []);
      assert.equal(upload.runs.length, 1);
      assert.equal(upload.ref, "refs/heads/main");
    }
    // The base's libc6 advisories: the fixable HIGH one (published long enough ago to be overdue
    // under the 30-day SLA) and the unfixed MEDIUM one.
    const amd64 = results.find((result) => result.platform === "linux/amd64") as ResultOutput;
    const high = advisory(db, "CVE-2099-0001");
    assert.equal(high.severity, "HIGH");
    assert.ok((amd64.counts.bySeverity.HIGH?.fixable ?? 0) >= 1);
    assert.ok(amd64.counts.overdue >= 1, "the 45-day-old HIGH is overdue");
    assert.ok(
      (amd64.counts.bySeverity.MEDIUM?.total ?? 0) > (amd64.counts.bySeverity.MEDIUM?.fixable ?? 0),
      "an unfixed MEDIUM",
    );
    assert.match(run.summary, /CVE-2099-0001/);
    assert.match(run.summary, /overdue/);
  });

  it("fail-on: a fixable CRITICAL fails the step, after its SARIF is uploaded and the outputs written; an unfixed finding never does", async () => {
    const before = github.uploads.length;
    const failing = await scan({ images: appImage, "fail-on": "CRITICAL" });
    assert.equal(failing.exitCode, 1);
    assert.match(
      failing.errors.join("\n"),
      /fail-on CRITICAL: 1 fixable finding\(s\): CVE-2099-0003 \(CRITICAL\) in demo-app 1\.0\.0/,
    );
    assert.equal(failing.outputs.failed, "true");
    assert.equal(github.uploads.length, before + 1, "uploaded before the gate decided");
    const [result] = resultsOf(failing);
    assert.equal(result?.failOn, 1);
    assert.equal(result?.category, `trivy/${registry.host}/built/app`);

    const mediumOnly = await scan({ images: appImage, "fail-on": "MEDIUM", upload: "false" });
    assert.equal(mediumOnly.exitCode, 0, "the MEDIUM advisory on libc6 has no fix: the gate does not fail on it");
    assert.equal(mediumOnly.outputs.failed, "false");
  });

  it("an ignore file keeps an accepted finding out of the gate and the SARIF", async () => {
    const ignoreFile = join(work, ".trivyignore");
    await writeFile(ignoreFile, "# accepted: fixed in the next release\nCVE-2099-0003\n");
    const before = github.uploads.length;
    const run = await scan({ images: appImage, "fail-on": "CRITICAL", "ignore-file": ignoreFile });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const [result] = resultsOf(run);
    assert.equal(result?.counts.bySeverity.CRITICAL?.total, 0);
    const uploaded = github.uploads.slice(before);
    assert.equal(uploaded.length, 1);
    assert.doesNotMatch(JSON.stringify(uploaded[0]?.sarif), /CVE-2099-0003/);
    assert.match(JSON.stringify(uploaded[0]?.sarif), /CVE-2099-0001/, "the other findings are still there");
  });

  it("five images (one multi-arch) cost one DB download; a second job with the same cache-dir downloads none", async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), "ia-scan-cache-"));
    const blobGets = () =>
      dbProxy.requests.filter((request) => request.method === "GET" && /\/blobs\/sha256:/.test(request.path)).length;
    const images = [
      base.taggedRef,
      appImage,
      `${registry.host}/rel/app:4.1.0`,
      `${registry.host}/rel/app:3.0.0`,
      `${registry.host}/rel/app:2.1.0`,
    ];
    const gets = blobGets();
    const run = await scan({ images: images.join("\n"), upload: "false", "fail-on": "" }, cacheDir);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(resultsOf(run).length, 6, "5 images, one of them two platforms");
    assert.equal(blobGets(), gets + 1, "one DB download for five images");
    const again = await scan({ images: appImage, upload: "false", "fail-on": "" }, cacheDir);
    assert.equal(again.exitCode, 0);
    assert.equal(blobGets(), gets + 1, "the cached DB is fresh: no download");
  });

  it("DB repositories in order: the first answering 429 is left for the second", async () => {
    const limited = dbProxy.addRule({
      path: /^\/v2\/limited\//,
      fault: { type: "retry-after", seconds: 1, form: "seconds" },
    });
    await pushTrivyDb(registry, "limited/trivy-db:2", db);
    const run = await scan({
      images: appImage,
      upload: "false",
      "fail-on": "",
      "db-repositories": `${dbProxy.host}/limited/trivy-db:2\n${pushedDb.ref}`,
    });
    dbProxy.clearRules();
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.ok(limited.injected() >= 1);
    const report = JSON.parse(run.outputs.report ?? "{}");
    assert.equal(report.db.source, pushedDb.ref);
    assert.match(JSON.stringify(report.db.skipped), /429/);
  });

  it("discovery: the newest release of each of the newest 3 majors, one category each, and major 1's category retired", async () => {
    const prefix = `trivy/${registry.host}/rel/app`;
    github.seedAnalysis({ category: `${prefix}:1/`, tool: "Trivy" });
    const before = github.uploads.length;
    const run = await scan({ "discover-repository": `${registry.host}/rel/app`, "fail-on": "" });
    assert.equal(run.exitCode, 0, run.errors.join("\n") + run.stderr);
    const images = JSON.parse(run.outputs.images ?? "[]") as Array<{ requested: string; category: string }>;
    assert.deepEqual(
      images.map((image) => image.requested),
      ["4.1.0", "3.0.0", "2.1.0"].map((tag) => `${registry.host}/rel/app:${tag}`),
    );
    assert.deepEqual(
      images.map((image) => image.category),
      [4, 3, 2].map((major) => `${prefix}:${major}`),
    );
    const uploads = github.uploads.slice(before);
    const categories = uploads.flatMap((upload) => upload.runs.map((item) => item.category));
    assert.deepEqual(categories.sort(), [`${prefix}:1/`, `${prefix}:2/`, `${prefix}:3/`, `${prefix}:4/`].sort());
    const retired = uploads.find((upload) => upload.runs[0]?.category === `${prefix}:1/`);
    assert.equal(retired?.runs[0]?.resultsCount, 0, "an empty run closes major 1's alerts");
    assert.deepEqual(github.violations, []);
  });

  it("the token is never printed, in logs, outputs or the summary", async () => {
    const run = await scan({ images: appImage, "fail-on": "" });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    // The one line allowed to hold it is the runner's own instruction to mask it.
    const stdout = run.stdout
      .split("\n")
      .filter((line) => line !== `::add-mask::${TOKEN}`)
      .join("\n");
    assert.match(run.stdout, /::add-mask::/, "the token is masked first");
    for (const text of [stdout, run.stderr, run.summary, summaryText(run.summary), JSON.stringify(run.outputs)])
      assert.ok(!text.includes(TOKEN), "the token leaked");
  });

  it("GitHub fails to process an upload: the step fails with GitHub's errors, after the outputs are written", async () => {
    github.setProcessing(["pending", "failed"], ["locationFromSarifResult: expected artifact location"]);
    const run = await scan({ images: appImage, "fail-on": "" });
    github.setProcessing(["pending", "complete"]);
    assert.equal(run.exitCode, 1);
    assert.match(run.errors.join("\n"), /could not process the SARIF of trivy\/.*built\/app: locationFromSarifResult/);
    assert.equal(resultsOf(run)[0]?.upload?.status, "failed");
  });

  it("the pinned trivy from a release mirror whose archive does not match the pinned SHA-256 is refused, nothing run", async () => {
    // A stand-in served as the pinned version's release archive: not the published bytes. Were it
    // run, it would leave a marker.
    const mirror = await mkdtemp(join(tmpdir(), "ia-trivy-mirror-"));
    const version = "0.74.0";
    const archiveName = `trivy_${version}_${process.arch === "arm64" ? "Linux-ARM64" : "Linux-64bit"}.tar.gz`;
    await mkdir(join(mirror, `v${version}`));
    const marker = join(mirror, "ran");
    await writeFile(join(mirror, "trivy"), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    await mustExec("tar", ["-czf", join(mirror, `v${version}`, archiveName), "-C", mirror, "trivy"]);
    const server = createServer(async (request, response) => {
      const file = await readFile(
        join(mirror, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)),
      ).catch(() => undefined);
      response.writeHead(file ? 200 : 404).end(file);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const run = await runAction(
        "trivy-scan",
        { images: appImage, upload: "false", "db-repositories": pushedDb.ref },
        { env: { IMAGE_ACTIONS_TRIVY_RELEASES_URL: `http://127.0.0.1:${port}` } },
      );
      assert.equal(run.exitCode, 1);
      assert.equal(run.errors.length, 1);
      assert.match(run.errors[0] ?? "", new RegExp(`${archiveName.replaceAll(".", "\\.")}.*(SHA-256|sha256)`, "i"));
      assert.equal(run.outputs.results, undefined, "nothing scanned");
      await assert.rejects(readFile(marker), "the archive's binary never ran");
    } finally {
      server.close();
    }
  });

  it("Code Scanning not enabled: one line saying so, and the outputs still written", async () => {
    github.setDisabled(true);
    const run = await scan({ images: appImage, "fail-on": "" });
    github.setDisabled(false);
    assert.equal(run.exitCode, 1);
    assert.equal(run.errors.length, 1);
    assert.match(run.errors[0] ?? "", /code scanning/i);
    assert.ok(!run.errors[0]?.includes("\n"));
  });
});
