// The fixture vulnerability DB is one the real trivy accepts, fetched the way trivy fetches
// trivy-db: pushed to a local registry as trivy-db's OCI artifact, trivy (v0.74.0) downloads it
// itself with --db-repository into a fresh cache dir and keeps its metadata; then, offline and
// without updating, it reports on the distroless-like base fixture (an OCI layout, as trivy-scan
// hands images to it) exactly the fixture advisories that apply to the packages in its status.d —
// the fixed and the unfixed glibc ones on libc6, with the fixture's severities, fixed versions and
// published dates, and not the one fixed before the installed version — and, with the test
// application's status.d stanza added to that rootfs, the critical fixable demo-app advisory.
// What applies is worked out from the fixture files and `dpkg --compare-versions`, not listed here.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { OFFLINE_FLAGS } from "@image-actions/scan";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { toolPath, toolPathDirs } from "../support/tools.ts";
import {
  buildTrivyDb,
  fixtureChildren,
  fixtureValue,
  type PushedTrivyDb,
  pushTrivyDb,
  TRIVY_DB_ARTIFACT_TYPE,
  TRIVY_DB_LAYER_MEDIA_TYPE,
  TRIVY_DB_LAYER_TITLE,
  TRIVY_DB_SCHEMA_VERSION,
  TRIVY_SEVERITIES,
  type TrivyDb,
} from "../support/trivy-db.ts";

const run = promisify(execFile);

/** The stanza build-distroless's tests give their application package (test/e2e/build-distroless.test.ts). */
const DEMO_APP_STANZA =
  "Package: demo-app\nVersion: 1.0.0\nArchitecture: all\nMaintainer: Test <test@example.org>\nDepends: dumb-init\nDescription: a test application\n";

function trivyPath(): string {
  const found = toolPathDirs()
    .map((dir) => join(dir, "trivy"))
    .find((candidate) => existsSync(candidate));
  if (!found) throw new Error("test tool 'trivy' is not installed; run: bash test/support/tools.sh");
  return found;
}

async function trivy(args: string[]): Promise<string> {
  try {
    const { stdout } = await run(trivyPath(), args, { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
    return stdout;
  } catch (error) {
    const failure = error as Error & { stderr?: string };
    throw new Error(`trivy ${args.join(" ")} failed:\n${failure.stderr ?? failure.message}`);
  }
}

/** What trivy-scan passes so that trivy touches no network: the DB is already in the cache dir. */
const OFFLINE = [...OFFLINE_FLAGS, "--scanners", "vuln", "--format", "json", "--quiet"];

interface TrivyFinding {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Status: string;
  Severity: string;
  SeveritySource?: string;
  Title?: string;
  PublishedDate?: string;
  DataSource?: { ID: string; Name: string };
}

interface TrivyReport {
  Metadata?: { OS?: { Family: string; Name: string } };
  Results?: Array<{ Class: string; Type: string; Vulnerabilities?: TrivyFinding[] }>;
}

function findings(report: TrivyReport): TrivyFinding[] {
  return (report.Results ?? []).flatMap((result) => result.Vulnerabilities ?? []);
}

/** A status.d stanza's package and the source it was built from (`Source: name (version)` or the package itself). */
interface InstalledPackage {
  name: string;
  version: string;
  sourceName: string;
  sourceVersion: string;
}

function parseStanza(stanza: string): InstalledPackage {
  const field = (name: string): string | undefined => new RegExp(`^${name}: *(.*)$`, "m").exec(stanza)?.[1]?.trim();
  const name = field("Package");
  const version = field("Version");
  if (!name || !version) throw new Error(`status.d stanza without Package/Version:\n${stanza}`);
  const source = /^(\S+)(?: \((\S+)\))?$/.exec(field("Source") ?? "");
  return { name, version, sourceName: source?.[1] ?? name, sourceVersion: source?.[2] ?? version };
}

async function installedPackages(rootfs: string): Promise<InstalledPackage[]> {
  const dir = join(rootfs, "var", "lib", "dpkg", "status.d");
  const names = (await readdir(dir)).filter((name) => !name.endsWith(".md5sums"));
  return Promise.all(names.map(async (name) => parseStanza(await readFile(join(dir, name), "utf8"))));
}

async function dpkgLessThan(a: string, b: string): Promise<boolean> {
  try {
    await run("dpkg", ["--compare-versions", a, "lt", b]);
    return true;
  } catch {
    return false;
  }
}

/** One finding as `package vulnerability severity fixed-version published`, the way the test compares them. */
function describeFinding(pkg: string, id: string, severity: string, fixed: string, published: string): string {
  return `${pkg} ${id} ${severity} fixed=${fixed || "-"} published=${new Date(published).toISOString()}`;
}

/**
 * What trivy must report for `packages` under the fixture DB: every advisory of the package's
 * source in "debian 12" that is unfixed or fixed in a later version than the installed source
 * version, with the severity the fixture gives Debian (trivy's severity source for Debian).
 */
async function expectedFindings(db: TrivyDb, packages: InstalledPackage[]): Promise<string[]> {
  const expected: string[] = [];
  for (const pkg of packages) {
    for (const id of fixtureChildren(db.fixtures, ["debian 12", pkg.sourceName])) {
      const advisory = fixtureValue(db.fixtures, ["debian 12", pkg.sourceName, id]) as { FixedVersion?: string };
      const fixed = advisory.FixedVersion ?? "";
      if (fixed !== "" && !(await dpkgLessThan(pkg.sourceVersion, fixed))) continue;
      const detail = fixtureValue(db.fixtures, ["vulnerability", id]) as {
        Severity: string;
        VendorSeverity?: Record<string, number>;
        PublishedDate: string;
      };
      const debian = detail.VendorSeverity?.debian;
      const severity = debian === undefined ? detail.Severity : (TRIVY_SEVERITIES[debian] as string);
      expected.push(describeFinding(pkg.name, id, severity, fixed, detail.PublishedDate));
    }
  }
  return expected.sort();
}

function reported(report: TrivyReport): string[] {
  return findings(report)
    .map((finding) =>
      describeFinding(
        finding.PkgName,
        finding.VulnerabilityID,
        finding.Severity,
        finding.FixedVersion ?? "",
        finding.PublishedDate ?? "",
      ),
    )
    .sort();
}

describe("fixture trivy DB, served as trivy-db and read by the real trivy", () => {
  let registry: TestRegistry;
  let db: TrivyDb;
  let pushed: PushedTrivyDb;
  let base: DistrolessBase;
  let work: string;
  let cacheDir: string;
  let rootfs: string;
  let layout: string;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), "ia-trivy-harness-"));
    cacheDir = join(work, "trivy-cache");
    db = await buildTrivyDb({ nextUpdate: new Date(Date.now() + 6 * 60 * 60 * 1000) });
    pushed = await pushTrivyDb(registry, "aquasecurity/trivy-db:2", db);
    base = await buildDistrolessBase(registry, "distroless/base", { platforms: ["linux/amd64"] });
    const child = base.children[0];
    assert.ok(child, "the base fixture has an amd64 image");
    layout = join(work, "layout");
    await crane(registry, ["pull", "--format=oci", child.ref, layout]);
    rootfs = join(work, "rootfs");
    const tarball = join(work, "rootfs.tar");
    await crane(registry, ["export", child.ref, tarball]);
    await mkdir(rootfs);
    await run("tar", ["-xf", tarball, "-C", rootfs, "--no-same-owner"]);
    await rm(tarball);
  });

  after(async () => {
    await registry?.stop();
    await db?.remove();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("is pushed as trivy-db's artifact: artifactType, empty config, one db.tar.gz layer", async () => {
    const manifest = JSON.parse(await crane(registry, ["manifest", pushed.ref])) as {
      artifactType: string;
      config: { mediaType: string; size: number };
      layers: Array<{ mediaType: string; digest: string; annotations?: Record<string, string> }>;
    };
    assert.equal(manifest.artifactType, TRIVY_DB_ARTIFACT_TYPE);
    assert.deepEqual([manifest.config.mediaType, manifest.config.size], ["application/vnd.oci.empty.v1+json", 2]);
    assert.deepEqual(
      manifest.layers.map((layer) => [layer.mediaType, layer.annotations?.["org.opencontainers.image.title"]]),
      [[TRIVY_DB_LAYER_MEDIA_TYPE, TRIVY_DB_LAYER_TITLE]],
    );
    const blob = await run(
      toolPath("crane"),
      ["blob", `${registry.host}/aquasecurity/trivy-db@${manifest.layers[0]?.digest}`],
      {
        encoding: "buffer",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const archive = join(work, "db.tar.gz");
    await writeFile(archive, blob.stdout);
    const listing = await run("tar", ["-tzf", archive]);
    assert.deepEqual(listing.stdout.trim().split("\n").sort(), ["metadata.json", "trivy.db"]);
  });

  it("is downloaded by trivy itself from --db-repository, metadata kept and DownloadedAt stamped", async () => {
    await trivy([
      "image",
      "--download-db-only",
      "--db-repository",
      pushed.ref,
      "--cache-dir",
      cacheDir,
      "--skip-version-check",
      "--disable-telemetry",
      "--quiet",
    ]);
    assert.ok((await stat(join(cacheDir, "db", "trivy.db"))).size > 0);
    const metadata = JSON.parse(await readFile(join(cacheDir, "db", "metadata.json"), "utf8")) as Record<
      string,
      string | number
    >;
    assert.equal(metadata.Version, TRIVY_DB_SCHEMA_VERSION);
    assert.equal(metadata.NextUpdate, db.metadata.NextUpdate);
    assert.equal(metadata.UpdatedAt, db.metadata.UpdatedAt);
    assert.ok(
      new Date(String(metadata.DownloadedAt)).getTime() > Date.parse("2000-01-01"),
      "trivy stamps DownloadedAt",
    );
  });

  it("reports the fixture's advisories for the base fixture's packages, from an OCI layout", async () => {
    const report = JSON.parse(
      await trivy(["image", "--input", layout, "--cache-dir", cacheDir, ...OFFLINE]),
    ) as TrivyReport;
    assert.equal(report.Metadata?.OS?.Family, "debian");
    assert.match(report.Metadata?.OS?.Name ?? "", /^12(\.|$)/);
    const packages = await installedPackages(rootfs);
    const expected = await expectedFindings(db, packages);
    // The premise: the fixture names a fixable and an unfixed advisory for libc6 (via glibc).
    assert.ok(expected.some((line) => line.startsWith("libc6 ") && !line.includes("fixed=-")));
    assert.ok(expected.some((line) => line.startsWith("libc6 ") && line.includes("fixed=-")));
    assert.deepEqual(reported(report), expected);
    for (const finding of findings(report)) {
      assert.equal(finding.DataSource?.ID, "debian");
      assert.match(finding.Title ?? "", /^FIXTURE: /);
      assert.equal(finding.Status, finding.FixedVersion ? "fixed" : "affected");
    }
  });

  it("reports the critical fixable demo-app advisory once the application's stanza is in status.d", async () => {
    await writeFile(join(rootfs, "var", "lib", "dpkg", "status.d", "demo-app"), DEMO_APP_STANZA);
    const report = JSON.parse(await trivy(["rootfs", rootfs, "--cache-dir", cacheDir, ...OFFLINE])) as TrivyReport;
    const expected = await expectedFindings(db, await installedPackages(rootfs));
    assert.ok(expected.some((line) => line.startsWith("demo-app ") && line.includes(" CRITICAL fixed=1.0.1 ")));
    assert.deepEqual(reported(report), expected);
    const demo = findings(report).find((finding) => finding.PkgName === "demo-app");
    assert.equal(demo?.InstalledVersion, "1.0.0");
  });
});
