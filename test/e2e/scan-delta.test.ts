// The CVE delta between a published image and its rebuild (issue 25), through real components: two
// distroless-like bases in a real registry, the fixture trivy DB pulled as trivy-db's OCI artifact,
// and the real trivy. The rebuild carries glibc's fix (libc6 raised to the fixture's fixed version)
// and loses tzdata's (the old image's tzdata sat at the fixed version): so one finding fixed, one new,
// and glibc's unfixed advisory still affecting the new libc6, per platform. Every expectation is
// worked out from the fixture DB's advisories and the images' status.d versions, compared as Debian
// versions, not listed here. trivy-scan runs in process (its source: action-in-process.ts).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { compareVersions } from "../../packages/debian/src/version.ts";
import { runActionInProcess } from "../support/action-in-process.ts";
import { buildDistrolessBase, type DistrolessBase, fetchDebs } from "../support/distroless-base.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { renderSummary } from "../support/summary-text.ts";
import { toolPath } from "../support/tools.ts";
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
});
