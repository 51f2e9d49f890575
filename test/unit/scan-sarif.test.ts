// The SARIF Code Scanning gets: for a real trivy report, a log that passes the SARIF 2.1.0 schema
// with one run per target, `<category>/` as the run's automation id, one rule per vulnerability with
// a security-severity inside GitHub's band for its trivy severity, a level per severity, messages
// naming package, versions, severity and image, and a relative location that cannot turn into a URI
// scheme or climb out. Fingerprints depend only on (vulnerability, package, installed path): the same
// under reordering and across rebuilds, different when the triple differs. Trimming keeps the highest
// severities and stays within the result and gzipped-size limits; hostile strings leave the JSON
// valid and unchanged by a round trip; an empty run retires a category with the same tool.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { severityRank } from "../../packages/scan/src/filter.ts";
import {
  emptyRun,
  encodeSarif,
  FINGERPRINT_KEY,
  findingFingerprint,
  GITHUB_FINGERPRINT_KEY,
  GITHUB_SARIF_LIMITS,
  SarifError,
  type SarifLog,
  type SarifResult,
  type SarifRun,
  sarifLog,
  trimSarif,
} from "../../packages/scan/src/sarif.ts";
import { DEFAULT_SLA } from "../../packages/scan/src/sla.ts";
import { findingsFromTrivyReport } from "../../packages/scan/src/trivy-report.ts";
import { type Finding, SEVERITIES, type Severity } from "../../packages/scan/src/types.ts";
import { sarifSchemaProblems } from "../support/sarif-schema.ts";
import {
  finding,
  hostileFinding,
  plainFinding,
  rawVulnerabilities,
  realTrivyReport,
  target,
} from "../support/scan-findings.ts";

/** GitHub's bands for `security-severity` ("SARIF support for code scanning"). */
const GITHUB_BANDS: Record<Exclude<Severity, "UNKNOWN">, [number, number]> = {
  CRITICAL: [9.0, 10.0],
  HIGH: [7.0, 8.9],
  MEDIUM: [4.0, 6.9],
  LOW: [0.1, 3.9],
};

function severityOfResult(result: SarifResult): Severity {
  return result.properties.severity;
}

function assertConsistent(log: SarifLog): void {
  assert.deepEqual(sarifSchemaProblems(log), []);
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    const used = new Set<number>();
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex]?.id, result.ruleId, "ruleIndex points at the result's rule");
      used.add(result.ruleIndex);
    }
    assert.equal(used.size, rules.length, "every rule is used by a result");
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length, "one rule per vulnerability");
  }
}

describe("sarifLog for a real trivy report", () => {
  const json = realTrivyReport();
  const raw = rawVulnerabilities(json);
  const findings = findingsFromTrivyReport(json);
  const scanned = target();
  const log = sarifLog([{ target: scanned, findings, toolVersion: "0.74.0" }]);
  const run = log.runs[0] as SarifRun;

  it("passes the SARIF 2.1.0 schema with one run whose automation id is the category and a slash", () => {
    assertConsistent(log);
    assert.equal(log.version, "2.1.0");
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
    assert.equal(log.runs.length, 1);
    assert.equal(run.automationDetails.id, `${scanned.category}/`);
    assert.deepEqual(
      [run.tool.driver.name, run.tool.driver.version, run.tool.driver.semanticVersion, run.tool.driver.informationUri],
      ["Trivy", "0.74.0", "0.74.0", "https://github.com/aquasecurity/trivy"],
    );
  });

  it("has one rule per vulnerability, scored inside GitHub's band for its severity", () => {
    const ids = new Set(raw.map(({ vulnerability }) => vulnerability.VulnerabilityID));
    assert.deepEqual(new Set(run.tool.driver.rules.map((rule) => rule.id)), ids);
    for (const rule of run.tool.driver.rules) {
      const severities = raw
        .filter(({ vulnerability }) => vulnerability.VulnerabilityID === rule.id)
        .map(({ vulnerability }) => vulnerability.Severity as Severity);
      const severity = severities.sort((a, b) => severityRank(b) - severityRank(a))[0] as Severity;
      assert.deepEqual(rule.properties.tags, ["vulnerability", "security", severity]);
      if (severity === "UNKNOWN") {
        assert.equal(rule.properties["security-severity"], undefined);
      } else {
        const score = Number(rule.properties["security-severity"]);
        const [low, high] = GITHUB_BANDS[severity];
        assert.ok(score >= low && score <= high, `${rule.id}: ${score} outside ${low}–${high} for ${severity}`);
      }
      const level =
        severity === "CRITICAL" || severity === "HIGH" ? "error" : severity === "MEDIUM" ? "warning" : "note";
      assert.equal(rule.defaultConfiguration.level, level);
      assert.ok(
        rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0 && rule.help.text.length > 0,
      );
      for (const { vulnerability } of raw.filter(({ vulnerability }) => vulnerability.VulnerabilityID === rule.id)) {
        assert.ok(rule.help.text.includes(vulnerability.PkgName as string));
        assert.ok(rule.help.text.includes(vulnerability.InstalledVersion as string));
        if (vulnerability.FixedVersion) assert.ok(rule.help.text.includes(vulnerability.FixedVersion as string));
        assert.ok(rule.help.text.includes(vulnerability.PrimaryURL as string));
        assert.equal(rule.helpUri, vulnerability.PrimaryURL);
      }
    }
  });

  it("has a result per finding, highest severity first, naming package, versions, severity and image", () => {
    assert.equal(run.results.length, raw.length);
    const ranks = run.results.map((result) => severityRank(severityOfResult(result)));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
    );
    for (const { vulnerability: v } of raw) {
      const result = run.results.find((r) => r.ruleId === v.VulnerabilityID && r.properties.packageName === v.PkgName);
      assert.ok(result, `${v.VulnerabilityID} ${v.PkgName}`);
      const severity = v.Severity as Severity;
      assert.equal(
        result.level,
        severity === "CRITICAL" || severity === "HIGH" ? "error" : severity === "MEDIUM" ? "warning" : "note",
      );
      for (const part of [v.PkgName, v.InstalledVersion, v.Severity, scanned.manifestDigest, scanned.platform]) {
        assert.ok(result.message.text.includes(part as string), `message names ${part}`);
      }
      if (v.FixedVersion) assert.ok(result.message.text.includes(v.FixedVersion as string));
      const location = result.locations[0]?.physicalLocation;
      assert.ok(location);
      assert.equal(location.region.startLine, 1);
      const expectedPath = (v.PkgPath as string | undefined) ?? scanned.repository;
      assert.equal(decodeURIComponent(location.artifactLocation.uri), expectedPath.replace(/^\/+/, ""));
      assert.match(result.partialFingerprints[FINGERPRINT_KEY] as string, /^[0-9a-f]{64}$/);
      assert.match(result.partialFingerprints[GITHUB_FINGERPRINT_KEY] as string, /^[0-9a-f]{16}:1$/);
    }
  });

  it("gives each fixable result its SLA due date, and flags the overdue ones", () => {
    const now = new Date(json.CreatedAt as string);
    const withSla = sarifLog([{ target: scanned, findings, toolVersion: "0.74.0" }], { sla: DEFAULT_SLA, now });
    assertConsistent(withSla);
    for (const result of withSla.runs[0]?.results ?? []) {
      const v = raw.find(
        ({ vulnerability }) =>
          vulnerability.VulnerabilityID === result.ruleId && vulnerability.PkgName === result.properties.packageName,
      )?.vulnerability;
      assert.ok(v);
      const days = DEFAULT_SLA[v.Severity as Severity];
      if (!v.FixedVersion || days === undefined) {
        assert.equal(result.properties.dueDate, undefined);
        continue;
      }
      const due = Date.parse(v.PublishedDate as string) + days * 24 * 60 * 60 * 1000;
      assert.equal(result.properties.dueDate, new Date(due).toISOString());
      assert.equal(result.properties.overdue, now.getTime() > due);
      assert.equal(result.message.text.includes("(overdue)"), now.getTime() > due);
    }
  });
});

describe("runs and categories", () => {
  it("makes one run per target, and refuses two runs of one category", () => {
    const amd = target({ platform: "linux/amd64", category: "trivy/app/linux-amd64" });
    const arm = target({
      platform: "linux/arm64",
      category: "trivy/app/linux-arm64",
      manifestDigest: `sha256:${"c".repeat(64)}`,
    });
    const log = sarifLog([
      { target: amd, findings: [finding()], toolVersion: "v0.74.0" },
      { target: arm, findings: [finding(), finding({ vulnerabilityId: "CVE-2099-0002" })], toolVersion: "v0.74.0" },
    ]);
    assertConsistent(log);
    assert.deepEqual(
      log.runs.map((run) => [run.automationDetails.id, run.results.length]),
      [
        ["trivy/app/linux-amd64/", 1],
        ["trivy/app/linux-arm64/", 2],
      ],
    );
    assert.ok(log.runs[1]?.results.every((result) => result.message.text.includes("linux/arm64")));
    assert.throws(
      () =>
        sarifLog([
          { target: amd, findings: [], toolVersion: "0.74.0" },
          { target: { ...arm, category: "trivy/app/linux-amd64/" }, findings: [], toolVersion: "0.74.0" },
        ]),
      SarifError,
    );
    assert.throws(() => sarifLog([{ target: target({ category: " " }), findings: [], toolVersion: "1" }]), SarifError);
  });

  it("retires a category with an empty run of the same tool and automation id", () => {
    const category = "trivy/registry.example.invalid/team/app:1";
    const full = sarifLog([{ target: target({ category }), findings: [finding()], toolVersion: "0.74.0" }]);
    const empty = emptyRun(category, "0.74.0");
    assertConsistent(empty);
    assert.equal(empty.runs.length, 1);
    assert.deepEqual(empty.runs[0]?.results, []);
    assert.deepEqual(empty.runs[0]?.tool.driver.rules, []);
    assert.equal(empty.runs[0]?.automationDetails.id, full.runs[0]?.automationDetails.id);
    assert.equal(empty.runs[0]?.tool.driver.name, full.runs[0]?.tool.driver.name);
    assert.equal(empty.runs[0]?.tool.driver.version, full.runs[0]?.tool.driver.version);
  });

  it("keeps locations relative and inside the repository root, whatever the repository or path", () => {
    const cases: Array<[string, string]> = [
      ["localhost:5000/team/app", ""],
      ["127.0.0.1:5000/team/app", ""],
      ["registry.example.invalid/team/app", "../../../etc/passwd"],
      ["registry.example.invalid/team/app", "/usr/lib/python3/x y/METADATA"],
      ["registry.example.invalid/team/app", "C:\\Program Files\\app\\package.json"],
      ["javascript:alert(1)", ""],
    ];
    for (const [repository, installedPath] of cases) {
      const log = sarifLog([
        { target: target({ repository }), findings: [finding({ installedPath })], toolVersion: "1" },
      ]);
      assertConsistent(log);
      const uri = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri as string;
      assert.ok(!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri), `${uri} has no scheme`);
      assert.ok(new URL(uri, "file:///checkout/").href.startsWith("file:///checkout/"), `${uri} stays under the root`);
    }
  });
});

describe("fingerprints", () => {
  const fingerprintsOf = (log: SarifLog): string[] =>
    (log.runs[0]?.results ?? []).map((result) => JSON.stringify(result.partialFingerprints)).sort();

  it("are the same whatever order trivy reported the findings in", () => {
    fc.assert(
      fc.property(
        fc
          .array(plainFinding, { maxLength: 25 })
          .chain((findings) =>
            fc.tuple(fc.constant(findings), fc.shuffledSubarray(findings, { minLength: findings.length })),
          ),
        ([findings, shuffled]) => {
          const a = sarifLog([{ target: target(), findings, toolVersion: "1" }]);
          const b = sarifLog([{ target: target(), findings: shuffled, toolVersion: "1" }]);
          assert.deepEqual(a, b);
          const keys = (a.runs[0]?.results ?? []).map((result) => result.partialFingerprints[GITHUB_FINGERPRINT_KEY]);
          assert.equal(new Set(keys).size, keys.length, "no two results of a run share a fingerprint");
        },
      ),
    );
  });

  it("survive a rebuild (new versions, digest, severity, text) and change with vulnerability, package or path", () => {
    const base = finding({ installedPath: "usr/lib/app/package.json" });
    const before = sarifLog([{ target: target(), findings: [base], toolVersion: "0.73.0" }]);
    const rebuilt = sarifLog([
      {
        target: target({
          digest: `sha256:${"d".repeat(64)}`,
          manifestDigest: `sha256:${"e".repeat(64)}`,
          requested: "v2",
        }),
        findings: [
          {
            ...base,
            installedVersion: "9.9.9",
            fixedVersion: "10.0.0",
            severity: "CRITICAL",
            title: "new title",
            target: "img (debian 12.12)",
          },
        ],
        toolVersion: "0.74.0",
      },
    ]);
    assert.deepEqual(fingerprintsOf(rebuilt), fingerprintsOf(before));
    for (const change of [{ vulnerabilityId: "CVE-2099-9999" }, { packageName: "other" }, { installedPath: "srv/x" }]) {
      const changed = sarifLog([{ target: target(), findings: [{ ...base, ...change }], toolVersion: "0.73.0" }]);
      assert.notDeepEqual(fingerprintsOf(changed), fingerprintsOf(before), JSON.stringify(change));
    }
    assert.equal(before.runs[0]?.results[0]?.partialFingerprints[FINGERPRINT_KEY], findingFingerprint(base));
  });

  it("number a repeated (vulnerability, package, path) by occurrence", () => {
    const twice = [finding({ installedVersion: "1" }), finding({ installedVersion: "2" })];
    const keys = (sarifLog([{ target: target(), findings: twice, toolVersion: "1" }]).runs[0]?.results ?? []).map(
      (result) => result.partialFingerprints[GITHUB_FINGERPRINT_KEY],
    );
    const prefix = findingFingerprint(twice[0] as Finding).slice(0, 16);
    assert.deepEqual(keys, [`${prefix}:1`, `${prefix}:2`]);
  });
});

describe("trimSarif", () => {
  const runsOf = fc.array(fc.array(plainFinding, { maxLength: 30 }), { minLength: 1, maxLength: 3 });

  function logOf(findingsPerRun: Finding[][]): SarifLog {
    return sarifLog(
      findingsPerRun.map((findings, index) => ({
        target: target({ category: `trivy/app/${index}` }),
        findings,
        toolVersion: "1",
      })),
    );
  }

  it("leaves a log within the limits untouched", () => {
    const log = logOf([[finding()]]);
    const { log: trimmed, trimmed: report } = trimSarif(log);
    assert.equal(report, undefined);
    assert.deepEqual(trimmed, log);
  });

  it("keeps at most maxResultsPerRun results per run, never dropping one above a kept severity", () => {
    fc.assert(
      fc.property(runsOf, fc.integer({ min: 0, max: 20 }), (findingsPerRun, max) => {
        const log = logOf(findingsPerRun);
        const { log: trimmed, trimmed: report } = trimSarif(log, { maxResultsPerRun: max });
        assertConsistent(trimmed);
        let dropped = 0;
        for (const [index, run] of trimmed.runs.entries()) {
          const original = log.runs[index]?.results ?? [];
          assert.equal(run.results.length, Math.min(max, original.length));
          dropped += original.length - run.results.length;
          const kept = run.results.map((result) => severityRank(severityOfResult(result)));
          const all = original.map((result) => severityRank(severityOfResult(result))).sort((a, b) => b - a);
          // The kept severities are the top of the original ones.
          assert.deepEqual(
            [...kept].sort((a, b) => b - a),
            all.slice(0, kept.length),
          );
        }
        assert.equal(report?.resultsDropped ?? 0, dropped);
        if (report) {
          assert.deepEqual(report.reasons, ["results-per-run"]);
          assert.equal(
            Object.values(report.droppedBySeverity).reduce((sum, count) => sum + count, 0),
            dropped,
          );
        }
      }),
    );
  });

  it("fits a gzipped-size limit by dropping the lowest severities across runs first", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostileFinding, { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 2 }),
        fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        (findingsPerRun, fraction) => {
          const log = logOf(findingsPerRun);
          const full = encodeSarif(log).gzippedBytes;
          const empty = encodeSarif(trimSarif(log, { maxResultsPerRun: 0 }).log).gzippedBytes;
          const limit = Math.max(empty, Math.floor(full * fraction));
          const { log: trimmed, trimmed: report } = trimSarif(log, { maxGzippedBytes: limit });
          assertConsistent(trimmed);
          assert.ok(encodeSarif(trimmed, { maxGzippedBytes: limit }).gzippedBytes <= limit);
          const keptRanks = trimmed.runs.flatMap((run) => run.results.map((r) => severityRank(severityOfResult(r))));
          const allRanks = log.runs.flatMap((run) => run.results.map((r) => severityRank(severityOfResult(r))));
          assert.deepEqual(
            [...keptRanks].sort((a, b) => b - a),
            [...allRanks].sort((a, b) => b - a).slice(0, keptRanks.length),
          );
          if (limit < full) {
            assert.ok(report?.reasons.includes("gzipped-size"));
            assert.equal(report?.resultsDropped, allRanks.length - keptRanks.length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("says what it dropped, by severity, in one line", () => {
    const findings = [
      ...Array.from({ length: 3 }, (_, i) => finding({ severity: "CRITICAL", vulnerabilityId: `C-${i}` })),
      ...Array.from({ length: 2 }, (_, i) => finding({ severity: "LOW", vulnerabilityId: `L-${i}` })),
      finding({ severity: "UNKNOWN", vulnerabilityId: "U-0" }),
    ];
    const { trimmed } = trimSarif(logOf([findings]), { maxResultsPerRun: 3 });
    assert.ok(trimmed);
    assert.equal(trimmed.resultsDropped, 3);
    assert.deepEqual(
      SEVERITIES.map((severity) => trimmed.droppedBySeverity[severity]),
      [1, 2, 0, 0, 0],
    );
    assert.ok(!trimmed.message.includes("\n"));
    assert.match(trimmed.message, /3 results per run/);
  });
});

describe("hostile strings", () => {
  it("leave the log valid SARIF JSON that round-trips unchanged and starts no line with ::", () => {
    fc.assert(
      fc.property(fc.array(hostileFinding, { maxLength: 8 }), fc.constantFrom(...SEVERITIES), (findings, severity) => {
        const log = sarifLog(
          [{ target: target(), findings: findings.map((f) => ({ ...f, severity })), toolVersion: "::x\n" }],
          {
            sla: DEFAULT_SLA,
            now: new Date("2026-06-01T00:00:00Z"),
          },
        );
        assertConsistent(log);
        const text = JSON.stringify(log);
        assert.deepEqual(JSON.parse(text), log);
        assert.ok(!/^::/m.test(text));
        const encoded = encodeSarif(log);
        assert.equal(gunzipSync(Buffer.from(encoded.base64, "base64")).toString("utf8"), text);
        for (const rule of log.runs[0]?.tool.driver.rules ?? []) {
          assert.ok(rule.shortDescription.text.length <= GITHUB_SARIF_LIMITS.descriptionChars);
          assert.ok(rule.fullDescription.text.length <= GITHUB_SARIF_LIMITS.descriptionChars);
          // Markdown table rows keep their three cells whatever the package strings held.
          for (const row of rule.help.markdown
            .split("\n")
            .filter((line) => line.startsWith("| ") && !line.startsWith("| Package"))) {
            assert.equal(row.replace(/\\\|/g, "").split("|").length, 5, row);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("encodeSarif", () => {
  it("is base64 of gzip of the JSON, with its sizes", () => {
    const log = sarifLog([{ target: target(), findings: [finding()], toolVersion: "1" }]);
    const encoded = encodeSarif(log);
    const gzipped = Buffer.from(encoded.base64, "base64");
    assert.equal(encoded.gzippedBytes, gzipped.length);
    assert.deepEqual(JSON.parse(gunzipSync(gzipped).toString("utf8")), log);
    assert.equal(encoded.jsonBytes, Buffer.byteLength(JSON.stringify(log)));
  });

  it("refuses a log over the size limit or with more runs than GitHub takes", () => {
    const log = sarifLog([{ target: target(), findings: [finding()], toolVersion: "1" }]);
    assert.throws(() => encodeSarif(log, { maxGzippedBytes: 10 }), SarifError);
    const many = sarifLog(
      Array.from({ length: GITHUB_SARIF_LIMITS.runsPerFile + 1 }, (_, index) => ({
        target: target({ category: `trivy/app/${index}` }),
        findings: [],
        toolVersion: "1",
      })),
    );
    assert.throws(() => encodeSarif(many), SarifError);
  });
});
