// The real trivy (v0.74.0) scans a small Debian root file system — dpkg status.d stanzas for libc6,
// tzdata and the test application, and a Python package's dist-info — offline against the fixture
// DB plus one Python advisory, and the scan package reads its JSON report: every reported
// vulnerability becomes a finding (the Python one with its installed path), the SLA clock marks
// overdue exactly the fixable findings whose fixture publication date is past their deadline, the
// gate fails on the fixable CRITICAL/HIGH ones only, and the SARIF made from it passes the 2.1.0
// schema and agrees with trivy's own SARIF (`trivy convert`) on rules and levels.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import {
  countFindings,
  DEFAULT_SLA,
  encodeSarif,
  type Finding,
  findingsFromTrivyReport,
  gateFailures,
  isOverdue,
  OFFLINE_FLAGS,
  type Severity,
  sarifLog,
  scannedOsOf,
  trivyVersionOf,
} from "@image-actions/scan";
import { sarifSchemaProblems } from "../support/sarif-schema.ts";
import { rawVulnerabilities, target } from "../support/scan-findings.ts";
import { toolPath } from "../support/tools.ts";
import { type BoltFixture, buildTrivyDb, fixtureValue, loadTrivyFixtures, type TrivyDb } from "../support/trivy-db.ts";

const run = promisify(execFile);
const DAY = 24 * 60 * 60 * 1000;

/** One Python advisory on top of the repository's fixtures, so the report has a language package. */
const PYTHON_SOURCE = "pip::GitHub Security Advisory pip";
const PYTHON_FIXTURES: BoltFixture[] = [
  {
    bucket: "data-source",
    pairs: [
      {
        key: PYTHON_SOURCE,
        value: { ID: "ghsa", Name: "GitHub Security Advisory pip (test fixture)", URL: "https://example.invalid/ghsa" },
      },
    ],
  },
  {
    bucket: PYTHON_SOURCE,
    pairs: [
      {
        bucket: "demo-lib",
        pairs: [{ key: "CVE-2099-0101", value: { PatchedVersions: ["2.0.1"], VulnerableVersions: ["< 2.0.1"] } }],
      },
    ],
  },
  {
    bucket: "vulnerability",
    pairs: [
      {
        key: "CVE-2099-0101",
        value: {
          Title: "FIXTURE: demo-lib path traversal (fixable, medium)",
          Description: "A made-up vulnerability for the image-actions test suite. It does not exist.",
          Severity: "MEDIUM",
          VendorSeverity: { ghsa: 2 },
          PublishedDaysAgo: 100,
        },
      },
    ],
  },
];

const STANZAS: Record<string, string> = {
  libc6:
    "Package: libc6\nVersion: 2.36-9+deb12u10\nArchitecture: amd64\nSource: glibc\nMaintainer: Test <t@example.invalid>\nDescription: C library\n",
  tzdata:
    "Package: tzdata\nVersion: 2025b-0+deb12u1\nArchitecture: all\nMaintainer: Test <t@example.invalid>\nDescription: time zones\n",
  "demo-app":
    "Package: demo-app\nVersion: 1.0.0\nArchitecture: all\nMaintainer: Test <t@example.invalid>\nDescription: a test application\n",
};
const PYTHON_METADATA_PATH = "usr/lib/python3/dist-packages/demo_lib-2.0.0.dist-info/METADATA";

describe("a real trivy report, read by the scan package", () => {
  let work: string;
  let db: TrivyDb;
  let reportPath: string;
  let json: Record<string, unknown>;
  let findings: Finding[];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-scan-report-"));
    db = await buildTrivyDb({ fixtures: [...(await loadTrivyFixtures()), ...PYTHON_FIXTURES] });
    const cacheDir = join(work, "cache");
    await mkdir(join(cacheDir, "db"), { recursive: true });
    await cp(join(db.dir, "trivy.db"), join(cacheDir, "db", "trivy.db"));
    await cp(join(db.dir, "metadata.json"), join(cacheDir, "db", "metadata.json"));
    const rootfs = join(work, "rootfs");
    await mkdir(join(rootfs, "etc"), { recursive: true });
    await writeFile(join(rootfs, "etc", "os-release"), 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\n');
    await writeFile(join(rootfs, "etc", "debian_version"), "12.11\n");
    await mkdir(join(rootfs, "var", "lib", "dpkg", "status.d"), { recursive: true });
    for (const [name, stanza] of Object.entries(STANZAS)) {
      await writeFile(join(rootfs, "var", "lib", "dpkg", "status.d", name), stanza);
    }
    await mkdir(join(rootfs, PYTHON_METADATA_PATH, ".."), { recursive: true });
    await writeFile(join(rootfs, PYTHON_METADATA_PATH), "Metadata-Version: 2.1\nName: demo-lib\nVersion: 2.0.0\n");
    const { stdout } = await run(
      toolPath("trivy"),
      [
        "rootfs",
        rootfs,
        "--cache-dir",
        cacheDir,
        ...OFFLINE_FLAGS,
        "--scanners",
        "vuln",
        "--format",
        "json",
        "--quiet",
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    reportPath = join(work, "report.json");
    await writeFile(reportPath, stdout);
    json = JSON.parse(stdout) as Record<string, unknown>;
    findings = findingsFromTrivyReport(json);
  });

  after(async () => {
    await db?.remove();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("has a finding for every vulnerability trivy reported, the Python one with its installed path", () => {
    const raw = rawVulnerabilities(json);
    assert.deepEqual(
      findings.map((f) => `${f.vulnerabilityId} ${f.packageName} ${f.severity} ${f.fixedVersion}`).sort(),
      raw
        .map(({ vulnerability: v }) => `${v.VulnerabilityID} ${v.PkgName} ${v.Severity} ${v.FixedVersion ?? ""}`)
        .sort(),
    );
    const python = findings.find((f) => f.vulnerabilityId === "CVE-2099-0101");
    assert.equal(python?.packageName, "demo-lib");
    assert.equal(python?.installedPath, PYTHON_METADATA_PATH);
    assert.equal(python?.fixedVersion, "2.0.1");
    assert.deepEqual(scannedOsOf(json), { family: "debian", name: "12.11", endOfLife: false });
  });

  it("marks overdue exactly the fixable findings whose fixture publication is past the SLA", () => {
    const now = new Date();
    const expected = findings
      .filter((f) => {
        const published = fixtureValue(db.fixtures, ["vulnerability", f.vulnerabilityId]) as { PublishedDate: string };
        const days = DEFAULT_SLA[f.severity];
        return (
          f.fixedVersion !== "" &&
          days !== undefined &&
          now.getTime() > Date.parse(published.PublishedDate) + days * DAY
        );
      })
      .map((f) => f.vulnerabilityId);
    assert.ok(expected.includes("CVE-2099-0001"), "the fixture makes the fixable HIGH glibc finding overdue");
    assert.deepEqual(
      findings.filter((f) => isOverdue(f, DEFAULT_SLA, now)).map((f) => f.vulnerabilityId),
      expected,
    );
    assert.equal(countFindings(findings, DEFAULT_SLA, now).overdue, expected.length);
  });

  it("fails the gate on fixable CRITICAL and HIGH findings only", () => {
    const failOn: Severity[] = ["CRITICAL", "HIGH"];
    const expected = rawVulnerabilities(json)
      .filter(({ vulnerability: v }) => v.FixedVersion && failOn.includes(v.Severity as Severity))
      .map(({ vulnerability: v }) => v.VulnerabilityID)
      .sort();
    assert.ok(expected.includes("CVE-2099-0003"), "the fixture's critical demo-app advisory is fixable");
    assert.deepEqual(
      gateFailures(findings, failOn)
        .map((f) => f.vulnerabilityId)
        .sort(),
      expected,
    );
  });

  it("makes SARIF that passes the schema and agrees with trivy's own SARIF on rules and levels", async () => {
    const log = sarifLog([{ target: target(), findings, toolVersion: trivyVersionOf(json) ?? "unknown" }], {
      sla: DEFAULT_SLA,
      now: new Date(),
    });
    assert.deepEqual(sarifSchemaProblems(log), []);
    const decoded = JSON.parse(gunzipSync(Buffer.from(encodeSarif(log).base64, "base64")).toString("utf8"));
    assert.deepEqual(decoded, log);

    const { stdout } = await run(toolPath("trivy"), ["convert", "--format", "sarif", "--quiet", reportPath], {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    const theirs = JSON.parse(stdout) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
        results: Array<{ ruleId: string; level: string }>;
      }>;
    };
    const theirRun = theirs.runs[0];
    assert.ok(theirRun);
    const ours = log.runs[0];
    assert.ok(ours);
    const levels = (rules: Array<{ id: string; defaultConfiguration: { level: string } }>): string[] =>
      rules.map((rule) => `${rule.id} ${rule.defaultConfiguration.level}`).sort();
    assert.deepEqual(levels(ours.tool.driver.rules), levels(theirRun.tool.driver.rules));
    assert.deepEqual(
      ours.results.map((result) => `${result.ruleId} ${result.level}`).sort(),
      theirRun.results.map((result) => `${result.ruleId} ${result.level}`).sort(),
    );
  });
});
