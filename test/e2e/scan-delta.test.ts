// The CVE delta between a published image and its rebuild (issue 25), through real components: two
// distroless-like bases in a real registry, the fixture trivy DB pulled as trivy-db's OCI artifact,
// and the real trivy. The rebuild carries glibc's fix (libc6 raised to the fixture's fixed version)
// and loses tzdata's (the old image's tzdata sat at the fixed version): so one finding fixed, one new,
// and glibc's unfixed advisory still affecting the new libc6, per platform. Every expectation is
// worked out from the fixture DB's advisories and the images' status.d versions, compared as Debian
// versions, not listed here. trivy-scan runs in process (its source: action-in-process.ts), and
// `image-actions diff --scan` from source, so the two are held to the same answer.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { compareVersions } from "../../packages/debian/src/version.ts";
import { runActionInProcess } from "../support/action-in-process.ts";
import { cliEnv } from "../support/cli.ts";
import { buildDistrolessBase, type DistrolessBase, fetchDebs } from "../support/distroless-base.ts";
import { execTool } from "../support/exec.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { renderSummary } from "../support/summary-text.ts";
import { repoRoot, toolPath } from "../support/tools.ts";
import {
  buildTrivyDb,
  fixtureChildren,
  fixtureValue,
  type PushedTrivyDb,
  pushTrivyDb,
  type TrivyDb,
} from "../support/trivy-db.ts";

/** A finding the fixture predicts: `vulnerabilityId packageName` with severity and installed version. */
interface Expected {
  vulnerabilityId: string;
  packageName: string;
  severity: string;
  installedVersion: string;
}

interface DeltaOutput {
  fixed: Expected[];
  new: Expected[];
  versionChanged: Array<Expected & { previousVersion: string }>;
  stillAffected: number;
  counts: { fixed: Record<string, number>; new: Record<string, number> };
}

/** Each binary package's source (name, version) as its .deb says, as trivy looks advisories up. */
async function sourcesOf(arch: string, names: string[]): Promise<Map<string, { name: string; version?: string }>> {
  const debs = await fetchDebs(arch, names);
  const sources = new Map<string, { name: string; version?: string }>();
  for (const [name, deb] of debs) {
    const { stdout } = await promisify(execFile)("dpkg-deb", ["-f", deb, "Source"]);
    const match = /^(\S+)(?: \((\S+)\))?/.exec(stdout.trim());
    sources.set(name, match?.[1] ? { name: match[1], ...(match[2] ? { version: match[2] } : {}) } : { name });
  }
  return sources;
}

/** What the fixture DB says trivy finds in one platform of `image`. */
async function expectedFindings(db: TrivyDb, image: DistrolessBase, platform: string): Promise<Expected[]> {
  const child = image.children.find((item) => item.platform === platform);
  if (!child) throw new Error(`no ${platform} in ${image.ref}`);
  const sources = await sourcesOf(
    child.debianArchitecture,
    child.packages.map((pkg) => pkg.name),
  );
  const found: Expected[] = [];
  for (const pkg of child.packages) {
    const source = sources.get(pkg.name) ?? { name: pkg.name };
    for (const id of fixtureChildren(db.fixtures, ["debian 12", source.name])) {
      const advisory = fixtureValue(db.fixtures, ["debian 12", source.name, id]) as { FixedVersion?: string };
      const affected =
        !advisory.FixedVersion || compareVersions(source.version ?? pkg.version, advisory.FixedVersion) < 0;
      if (!affected) continue;
      const details = fixtureValue(db.fixtures, ["vulnerability", id]) as { Severity: string };
      found.push({
        vulnerabilityId: id,
        packageName: pkg.name,
        severity: details.Severity,
        installedVersion: pkg.version,
      });
    }
  }
  return found;
}

const key = (finding: { vulnerabilityId: string; packageName: string }) =>
  `${finding.vulnerabilityId} ${finding.packageName}`;
const shape = (finding: Expected): Expected => ({
  vulnerabilityId: finding.vulnerabilityId,
  packageName: finding.packageName,
  severity: finding.severity,
  installedVersion: finding.installedVersion,
});
const sorted = (findings: Expected[]): Expected[] => findings.map(shape).sort((a, b) => key(a).localeCompare(key(b)));

/** Fixed, new and still-affected-with-a-new-version from the two predicted sets. */
function expectedDelta(old: Expected[], current: Expected[]) {
  const oldKeys = new Map(old.map((finding) => [key(finding), finding]));
  const newKeys = new Map(current.map((finding) => [key(finding), finding]));
  return {
    fixed: sorted(old.filter((finding) => !newKeys.has(key(finding)))),
    new: sorted(current.filter((finding) => !oldKeys.has(key(finding)))),
    versionChanged: current
      .filter((finding) => {
        const was = oldKeys.get(key(finding));
        return was && was.installedVersion !== finding.installedVersion;
      })
      .map((finding) => [key(finding), oldKeys.get(key(finding))?.installedVersion, finding.installedVersion])
      .sort(),
    stillAffected: current.filter((finding) => oldKeys.has(key(finding))).length,
  };
}

/** The rows of every HTML table in the rendered summary, cells as text, header rows marked. */
function summaryRows(markdown: string): Array<{ header: boolean; cells: string[] }> {
  return [...renderSummary(markdown).matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => ({
    header: /<th>/.test(row[1] ?? ""),
    cells: [...(row[1] ?? "").matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
      (cell[1] ?? "")
        .replace(/&gt;/g, ">")
        .replace(/&lt;/g, "<")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&")
        .trim(),
    ),
  }));
}

/** The body rows of the table whose header row has a cell ending in `headerEnd`. */
function tableUnder(rows: Array<{ header: boolean; cells: string[] }>, headerEnd: string): string[][] {
  const start = rows.findIndex((row) => row.header && row.cells.some((cell) => cell.endsWith(headerEnd)));
  if (start < 0) return [];
  const end = rows.findIndex((row, index) => index > start && row.header);
  return rows.slice(start + 1, end < 0 ? undefined : end).map((row) => row.cells);
}

describe("the CVE delta between an image and its rebuild", () => {
  let registry: TestRegistry;
  let db: TrivyDb;
  let pushedDb: PushedTrivyDb;
  let published: DistrolessBase;
  let rebuilt: DistrolessBase;
  const platforms = ["linux/amd64", "linux/arm64"];
  const expected = new Map<string, ReturnType<typeof expectedDelta>>();

  before(async () => {
    registry = await startRegistry();
    db = await buildTrivyDb();
    pushedDb = await pushTrivyDb(registry, "aquasec/trivy-db:2", db);
    const fixedIn = (source: string, id: string) =>
      (fixtureValue(db.fixtures, ["debian 12", source, id]) as { FixedVersion: string }).FixedVersion;
    // Published: tzdata at its advisory's fixed version; rebuilt: libc6 at glibc's.
    published = await buildDistrolessBase(registry, "line/app", {
      tag: "published",
      platforms,
      statusVersions: { tzdata: fixedIn("tzdata", "CVE-2099-0005") },
    });
    rebuilt = await buildDistrolessBase(registry, "line/app", {
      tag: "rebuilt",
      platforms,
      key: published.key,
      statusVersions: { libc6: fixedIn("glibc", "CVE-2099-0001") },
    });
    for (const platform of platforms) {
      const delta = expectedDelta(
        await expectedFindings(db, published, platform),
        await expectedFindings(db, rebuilt, platform),
      );
      // The fixture must make the case this test is about: something fixed, something new, and a
      // finding still there under a new version.
      assert.ok(delta.fixed.length > 0 && delta.new.length > 0 && delta.versionChanged.length > 0, platform);
      expected.set(platform, delta);
    }
  });
  after(async () => {
    await db?.remove();
    await registry?.stop();
  });

  it("trivy-scan compare-with: results and the summary list the findings fixed and new per platform, both scanned with one DB", async () => {
    const run = await runActionInProcess("trivy-scan", {
      images: rebuilt.taggedRef,
      "compare-with": published.taggedRef,
      "trivy-path": toolPath("trivy"),
      "db-repositories": pushedDb.ref,
      upload: "false",
      "fail-on": "",
    });
    assert.equal(run.exitCode, 0, run.stdout);
    const results = JSON.parse(run.outputs.results ?? "[]") as Array<{
      platform: string;
      digest: string;
      compareWith?: DeltaOutput & { image: string; manifestDigest: string; compared: boolean };
    }>;
    assert.deepEqual(
      results.map((result) => result.platform).sort(),
      platforms,
      "the rebuild's platforms, not the baseline's",
    );
    for (const result of results) {
      const want = expected.get(result.platform);
      const got = result.compareWith;
      assert.ok(want && got, `${result.platform}: a comparison`);
      assert.equal(result.digest, rebuilt.digest);
      assert.equal(got.image, `${registry.host}/line/app@${published.digest}`);
      assert.equal(got.manifestDigest, published.children.find((child) => child.platform === result.platform)?.digest);
      assert.deepEqual(sorted(got.fixed), want.fixed, `${result.platform}: fixed`);
      assert.deepEqual(sorted(got.new), want.new, `${result.platform}: new`);
      assert.deepEqual(
        got.versionChanged.map((finding) => [key(finding), finding.previousVersion, finding.installedVersion]).sort(),
        want.versionChanged,
        `${result.platform}: still affected under a new version`,
      );
      assert.equal(got.stillAffected, want.stillAffected);
      for (const severity of new Set(want.fixed.map((finding) => finding.severity)))
        assert.equal(got.counts.fixed[severity], want.fixed.filter((finding) => finding.severity === severity).length);
    }
    const report = JSON.parse(run.outputs.report ?? "{}");
    assert.equal(report.compareWith?.image, `${registry.host}/line/app@${published.digest}`);
    assert.equal(report.db.source, pushedDb.ref, "one DB for both images");

    const rows = summaryRows(run.summary);
    for (const platform of platforms) {
      const want = expected.get(platform);
      assert.ok(want);
      const listed = (change: string) =>
        tableUnder(rows, `(${platform}): change`)
          .filter((row) => row[0] === change)
          .map(([, id, severity, pkg, installed]) => ({
            vulnerabilityId: id as string,
            packageName: pkg as string,
            severity: severity as string,
            installedVersion: installed as string,
          }));
      assert.deepEqual(sorted(listed("fixed")), want.fixed, `summary, ${platform}: fixed`);
      assert.deepEqual(sorted(listed("new")), want.new, `summary, ${platform}: new`);
      const counts = tableUnder(rows, "findings fixed").find((row) => row[1] === platform);
      assert.ok(counts, `summary: the counts row of ${platform}`);
      assert.match(counts[2] ?? "", new RegExp(`^${want.fixed.length} `));
      assert.match(counts[3] ?? "", new RegExp(`^${want.new.length} `));
    }
  });

  /** The CLI from source (packages/cli/src/bin.ts; cli.test.ts covers the bundle), with the suite's trivy and DB. */
  const diffScan = async (extra: string[]) =>
    execTool(
      process.execPath,
      [
        join(repoRoot, "packages", "cli", "src", "bin.ts"),
        "diff",
        published.taggedRef,
        rebuilt.taggedRef,
        "--scan",
        "--db-repository",
        pushedDb.ref,
        "--cache-dir",
        await mkdtemp(join(tmpdir(), "ia-diff-scan-cache-")),
        ...extra,
      ],
      { env: await cliEnv([registry]) },
    );

  it("image-actions diff --scan --json: the same delta per platform, both images against one DB", async () => {
    const run = await diffScan(["--trivy-path", toolPath("trivy"), "--json"]);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as {
      vulnerabilities: {
        old: { digest: string };
        new: { digest: string };
        db: { source: string };
        platforms: Array<{ platform: string; in: string; delta?: DeltaOutput }>;
      };
    };
    const scan = report.vulnerabilities;
    assert.equal(scan.old.digest, published.digest);
    assert.equal(scan.new.digest, rebuilt.digest);
    assert.equal(scan.db.source, pushedDb.ref);
    assert.deepEqual(scan.platforms.map((item) => item.platform).sort(), platforms);
    for (const item of scan.platforms) {
      const want = expected.get(item.platform);
      assert.ok(want && item.delta, item.platform);
      assert.equal(item.in, "both");
      assert.deepEqual(sorted(item.delta.fixed), want.fixed, `${item.platform}: fixed`);
      assert.deepEqual(sorted(item.delta.new), want.new, `${item.platform}: new`);
      assert.deepEqual(
        item.delta.versionChanged
          .map((finding) => [key(finding), finding.previousVersion, finding.installedVersion])
          .sort(),
        want.versionChanged,
      );
    }
  });

  it("image-actions diff --scan --platform: one platform's delta as lines a person reads", async () => {
    const run = await diffScan(["--trivy-path", toolPath("trivy"), "--platform", "linux/arm64"]);
    assert.equal(run.code, 0, run.stderr);
    const want = expected.get("linux/arm64");
    assert.ok(want);
    const listed = (label: string) =>
      run.stdout
        .split("\n")
        .filter((line) => line.startsWith(`  ${label} `))
        .map((line) => line.trim().split(/\s+/).slice(1, 5).join(" ").replace(/,$/, ""))
        .sort();
    const asLine = (finding: Expected) =>
      `${finding.vulnerabilityId} (${finding.severity}) ${finding.packageName} ${finding.installedVersion}`;
    assert.deepEqual(listed("fixed"), want.fixed.map(asLine).sort());
    assert.deepEqual(listed("new"), want.new.map(asLine).sort());
    assert.match(run.stdout, new RegExp(`^linux/arm64: ${want.fixed.length} fixed, ${want.new.length} new`, "m"));
    assert.doesNotMatch(run.stdout, /^linux\/amd64: \d+ fixed/m, "only the platform asked for");
  });

  it("image-actions diff --scan with a trivy-path that is no file, or a scan option without --scan: one line naming the option", async () => {
    const run = await diffScan(["--trivy-path", join(tmpdir(), "no-such-trivy")]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^image-actions: --scan: --trivy-path .*no-such-trivy.* is not a file\n$/);
    const without = await execTool(
      process.execPath,
      [
        join(repoRoot, "packages", "cli", "src", "bin.ts"),
        "diff",
        published.taggedRef,
        rebuilt.taggedRef,
        "--cache-dir",
        tmpdir(),
      ],
      { env: await cliEnv([registry]) },
    );
    assert.equal(without.code, 1);
    assert.match(without.stderr, /^image-actions: --cache-dir goes with --scan\n/);
  });
});
