// trivy's JSON report is read field by field: a real trivy v0.74.0 report gives one Finding per
// reported vulnerability with trivy's own values (language packages keep their PkgPath as the
// installed path); metadata (trivy version, scanned OS) comes out as written; a report of another
// schema or with a field of the wrong type is refused with one TrivyReportError naming the JSON
// path; severities outside trivy's five are UNKNOWN; and hostile strings come out without control
// characters, without lone surrogates and within the length caps, whatever they held.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  findingsFromTrivyReport,
  reportMetadata,
  scannedOsOf,
  severityOf,
  TRIVY_STRING_LIMITS,
  TrivyReportError,
  trivyVersionOf,
} from "../../packages/scan/src/trivy-report.ts";
import { SEVERITIES } from "../../packages/scan/src/types.ts";
import { hostileString, rawVulnerabilities, realTrivyReport } from "../support/scan-findings.ts";

function report(vulnerabilities: unknown[], result: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    SchemaVersion: 2,
    Results: [
      { Target: "img (debian 12.11)", Class: "os-pkgs", Type: "debian", Vulnerabilities: vulnerabilities, ...result },
    ],
  };
}

function vulnerability(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    VulnerabilityID: "CVE-2099-0001",
    PkgName: "libc6",
    InstalledVersion: "2.36-9",
    FixedVersion: "2.36-10",
    Status: "fixed",
    Severity: "HIGH",
    Title: "title",
    Description: "description",
    PrimaryURL: "https://example.invalid/CVE-2099-0001",
    PublishedDate: "2026-01-02T03:04:05Z",
    ...overrides,
  };
}

describe("findingsFromTrivyReport on a real trivy report", () => {
  const json = realTrivyReport();
  const raw = rawVulnerabilities(json);
  const findings = findingsFromTrivyReport(json);

  it("has one finding per reported vulnerability, in report order, with trivy's values", () => {
    assert.ok(raw.length >= 2, "the fixture reports vulnerabilities");
    assert.equal(findings.length, raw.length);
    for (const [index, { target, type, vulnerability: v }] of raw.entries()) {
      const f = findings[index];
      assert.ok(f);
      assert.equal(f.vulnerabilityId, v.VulnerabilityID);
      assert.equal(f.packageName, v.PkgName);
      assert.equal(f.installedVersion, v.InstalledVersion);
      assert.equal(f.fixedVersion, v.FixedVersion ?? "");
      assert.equal(f.severity, v.Severity);
      assert.equal(f.title, v.Title);
      assert.equal(f.description, v.Description);
      assert.equal(f.primaryUrl, v.PrimaryURL);
      assert.equal(f.publishedDate, new Date(v.PublishedDate as string).toISOString());
      assert.equal(f.target, target);
      assert.equal(f.targetType, type);
      assert.equal(f.installedPath, v.PkgPath ?? "");
    }
  });

  it("covers an OS package result and a language package result with its installed path", () => {
    assert.ok(findings.some((f) => f.targetType === "debian" && f.installedPath === ""));
    assert.ok(findings.some((f) => f.targetType === "python-pkg" && f.installedPath.endsWith("/METADATA")));
    assert.ok(
      findings.some((f) => f.fixedVersion === ""),
      "an unfixed finding",
    );
  });

  it("reads the metadata trivy wrote", () => {
    const metadata = json.Metadata as { OS: { Family: string; Name: string } };
    assert.deepEqual(scannedOsOf(json), { family: metadata.OS.Family, name: metadata.OS.Name, endOfLife: false });
    assert.equal(trivyVersionOf(json), (json.Trivy as { Version: string }).Version);
    const all = reportMetadata(json);
    assert.equal(all.artifactName, json.ArtifactName);
    assert.equal(all.artifactType, json.ArtifactType);
    assert.equal(all.createdAt, new Date(json.CreatedAt as string).toISOString());
  });
});

describe("findingsFromTrivyReport on reports trivy would not write", () => {
  it("reads a clean report (no Results, or results without vulnerabilities) as no findings", () => {
    assert.deepEqual(findingsFromTrivyReport({ SchemaVersion: 2 }), []);
    assert.deepEqual(findingsFromTrivyReport({ SchemaVersion: 2, Results: [{ Target: "x", Class: "os-pkgs" }] }), []);
  });

  it("refuses malformed reports with the JSON path of the problem", () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ["not an object", "text", /\(top level\): expected an object, got a string/],
      ["an array", [], /\(top level\): expected an object, got an array/],
      ["schema 1", { SchemaVersion: 1, Results: [] }, /SchemaVersion: expected 2, got 1/],
      ["no schema", { Results: [] }, /SchemaVersion: expected 2, got undefined/],
      ["Results an object", { SchemaVersion: 2, Results: {} }, /Results: expected an array, got object/],
      ["result null", { SchemaVersion: 2, Results: [null] }, /Results\[0\]: expected an object, got null/],
      ["result without Target", { SchemaVersion: 2, Results: [{ Vulnerabilities: [] }] }, /Results\[0\]\.Target/],
      [
        "vulnerabilities a string",
        report([], { Vulnerabilities: "x" }),
        /Results\[0\]\.Vulnerabilities: expected an array/,
      ],
      ["vulnerability a number", report([7]), /Results\[0\]\.Vulnerabilities\[0\]: expected an object, got number/],
      [
        "VulnerabilityID a number",
        report([vulnerability(), vulnerability({ VulnerabilityID: 5 })]),
        /Vulnerabilities\[1\]\.VulnerabilityID: expected a string, got number/,
      ],
      [
        "VulnerabilityID empty",
        report([vulnerability({ VulnerabilityID: " " })]),
        /VulnerabilityID: expected a non-empty/,
      ],
      ["PkgName missing", report([vulnerability({ PkgName: undefined })]), /PkgName: expected a string, got undefined/],
      ["Title an object", report([vulnerability({ Title: {} })]), /Title: expected a string, got object/],
      ["Severity a number", report([vulnerability({ Severity: 3 })]), /Severity: expected a string, got number/],
      [
        "PublishedDate garbage",
        report([vulnerability({ PublishedDate: "yesterday" })]),
        /PublishedDate: expected an RFC 3339/,
      ],
      ["PkgIdentifier a string", report([vulnerability({ PkgIdentifier: "x" })]), /PkgIdentifier: expected an object/],
      ["Packages an object", report([], { Packages: {} }), /Results\[0\]\.Packages: expected an array/],
    ];
    for (const [name, input, message] of cases) {
      assert.throws(
        () => findingsFromTrivyReport(input),
        (error: unknown) =>
          error instanceof TrivyReportError &&
          /^trivy's JSON report: /.test(error.message) &&
          message.test(error.message),
        name,
      );
    }
  });

  it("maps severities outside trivy's five to UNKNOWN, and knows the five in any case", () => {
    const cases: Array<[unknown, string]> = [
      ["CRITICAL", "CRITICAL"],
      ["high", "HIGH"],
      [" Medium ", "MEDIUM"],
      ["LOW", "LOW"],
      ["UNKNOWN", "UNKNOWN"],
      ["NEGLIGIBLE", "UNKNOWN"],
      ["MODERATE", "UNKNOWN"],
      ["", "UNKNOWN"],
      [undefined, "UNKNOWN"],
      [4, "UNKNOWN"],
    ];
    for (const [input, expected] of cases) assert.equal(severityOf(input), expected, String(input));
    const findings = findingsFromTrivyReport(
      report([vulnerability({ Severity: "NEGLIGIBLE" }), vulnerability({ Severity: undefined })]),
    );
    assert.deepEqual(
      findings.map((f) => f.severity),
      ["UNKNOWN", "UNKNOWN"],
    );
  });

  it("keeps only http(s) advisory links, and no date for Go's zero time", () => {
    const cases: Array<[string, string]> = [
      ["https://example.invalid/a", "https://example.invalid/a"],
      ["http://example.invalid/a", "http://example.invalid/a"],
      ["javascript:alert(1)", ""],
      ["/relative", ""],
      ["https://exa mple.invalid", ""],
    ];
    for (const [url, expected] of cases) {
      assert.equal(findingsFromTrivyReport(report([vulnerability({ PrimaryURL: url })]))[0]?.primaryUrl, expected, url);
    }
    const zero = findingsFromTrivyReport(report([vulnerability({ PublishedDate: "0001-01-01T00:00:00Z" })]));
    assert.equal(zero[0]?.publishedDate, "");
  });

  it("takes a language package's installed path from its package entry when the finding has no PkgPath", () => {
    const findings = findingsFromTrivyReport(
      report([vulnerability({ PkgID: "demo-lib@2.0.0", PkgName: "demo-lib" })], {
        Class: "lang-pkgs",
        Type: "python-pkg",
        Packages: [{ ID: "demo-lib@2.0.0", Name: "demo-lib", FilePath: "srv/app/demo_lib-2.0.0.dist-info/METADATA" }],
      }),
    );
    assert.equal(findings[0]?.installedPath, "srv/app/demo_lib-2.0.0.dist-info/METADATA");
  });
});

describe("hostile strings in a report", () => {
  const controls = /[\p{Cc}\u2028\u2029]/u;
  const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it("come out without control characters or lone surrogates, within the caps", () => {
    fc.assert(
      fc.property(hostileString, hostileString, hostileString, fc.integer({ min: 0, max: 3 }), (a, b, c, repeat) => {
        const long = (text: string): string => text.repeat(1 + repeat * 1000);
        const input = report([
          vulnerability({
            VulnerabilityID: `CVE-${a}`,
            PkgName: `p${long(b)}`,
            InstalledVersion: c,
            FixedVersion: long(a),
            Title: long(c),
            Description: long(`${a}\n${b}`),
            PkgPath: long(b),
          }),
        ]);
        const [finding] = findingsFromTrivyReport(input);
        assert.ok(finding);
        for (const [field, value] of Object.entries(finding)) {
          assert.equal(typeof value, "string", field);
          const text = value as string;
          const allowed = field === "description" ? text.replace(/[\n\t]/g, "") : text;
          assert.ok(!controls.test(allowed), `${field} has a control character`);
          assert.ok(!loneSurrogate.test(text), `${field} has a lone surrogate`);
        }
        const limits: Array<[string, number]> = [
          [finding.vulnerabilityId, TRIVY_STRING_LIMITS.id],
          [finding.packageName, TRIVY_STRING_LIMITS.name],
          [finding.installedVersion, TRIVY_STRING_LIMITS.version],
          [finding.fixedVersion, TRIVY_STRING_LIMITS.version],
          [finding.title, TRIVY_STRING_LIMITS.title],
          [finding.description, TRIVY_STRING_LIMITS.description],
          [finding.installedPath, TRIVY_STRING_LIMITS.path],
        ];
        for (const [value, limit] of limits) assert.ok(value.length <= limit, `${value.length} > ${limit}`);
        // Round-trips through JSON unchanged.
        assert.deepEqual(JSON.parse(JSON.stringify(finding)), finding);
      }),
      { numRuns: 300 },
    );
  });

  it("cuts an over-long string to its cap with an ellipsis, never splitting a surrogate pair", () => {
    const emoji = "😀".repeat(TRIVY_STRING_LIMITS.title);
    const [finding] = findingsFromTrivyReport(report([vulnerability({ Title: emoji })]));
    assert.ok(finding);
    assert.ok(finding.title.length <= TRIVY_STRING_LIMITS.title);
    assert.ok(finding.title.endsWith("…"));
    assert.ok(!/[\ud800-\udbff]…$/.test(finding.title));
    assert.equal(SEVERITIES.includes(finding.severity), true);
  });
});
