// What is reported and what fails the gate: `severity` keeps only the listed severities and
// `ignore-unfixed` drops findings without a fixed version (both for SARIF and summary alike); the gate
// fails only on fixable findings at a `fail-on` severity, never on an unfixed one. Findings order
// highest severity first in a total order that does not depend on input order.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { compareFindings, gateFailures, reportedFindings, severityRank } from "../../packages/scan/src/filter.ts";
import { SEVERITIES, type Severity } from "../../packages/scan/src/types.ts";
import { finding, plainFinding } from "../support/scan-findings.ts";

const someSeverities = fc.subarray([...SEVERITIES]);

describe("reportedFindings", () => {
  it("keeps the listed severities, and drops unfixed findings only with ignoreUnfixed", () => {
    const critical = finding({ severity: "CRITICAL", vulnerabilityId: "CVE-1" });
    const criticalUnfixed = finding({ severity: "CRITICAL", vulnerabilityId: "CVE-2", fixedVersion: "" });
    const low = finding({ severity: "LOW", vulnerabilityId: "CVE-3" });
    const unknown = finding({ severity: "UNKNOWN", vulnerabilityId: "CVE-4" });
    const all = [critical, criticalUnfixed, low, unknown];
    const cases: Array<[Severity[], boolean, string[]]> = [
      [[...SEVERITIES], false, ["CVE-1", "CVE-2", "CVE-3", "CVE-4"]],
      [[...SEVERITIES], true, ["CVE-1", "CVE-3", "CVE-4"]],
      [["CRITICAL", "HIGH"], false, ["CVE-1", "CVE-2"]],
      [["CRITICAL", "HIGH"], true, ["CVE-1"]],
      [["LOW"], false, ["CVE-3"]],
      [[], false, []],
    ];
    for (const [severities, ignoreUnfixed, expected] of cases) {
      assert.deepEqual(
        reportedFindings(all, { severities, ignoreUnfixed }).map((f) => f.vulnerabilityId),
        expected,
        `${severities.join(",")} ignoreUnfixed=${ignoreUnfixed}`,
      );
    }
  });

  it("is exactly the findings at a listed severity that are fixable or allowed unfixed", () => {
    fc.assert(
      fc.property(
        fc.array(plainFinding, { maxLength: 30 }),
        someSeverities,
        fc.boolean(),
        (findings, severities, ignoreUnfixed) => {
          const kept = reportedFindings(findings, { severities, ignoreUnfixed });
          const expected = findings.filter(
            (f) => severities.includes(f.severity) && (f.fixedVersion !== "" || !ignoreUnfixed),
          );
          assert.deepEqual(kept, expected);
        },
      ),
    );
  });
});

describe("gateFailures", () => {
  it("fails on fixable findings at fail-on severities only", () => {
    const findings = [
      finding({ vulnerabilityId: "fixable-critical", severity: "CRITICAL" }),
      finding({ vulnerabilityId: "unfixed-critical", severity: "CRITICAL", fixedVersion: "" }),
      finding({ vulnerabilityId: "fixable-high", severity: "HIGH" }),
      finding({ vulnerabilityId: "fixable-medium", severity: "MEDIUM" }),
    ];
    const cases: Array<[Severity[], string[]]> = [
      [
        ["CRITICAL", "HIGH"],
        ["fixable-critical", "fixable-high"],
      ],
      [["CRITICAL"], ["fixable-critical"]],
      [["MEDIUM"], ["fixable-medium"]],
      [[], []],
    ];
    for (const [failOn, expected] of cases) {
      assert.deepEqual(
        gateFailures(findings, failOn).map((f) => f.vulnerabilityId),
        expected,
        failOn.join(","),
      );
    }
  });

  it("never includes an unfixed finding, and includes every fixable one at a fail-on severity", () => {
    fc.assert(
      fc.property(fc.array(plainFinding, { maxLength: 30 }), someSeverities, (findings, failOn) => {
        const failures = gateFailures(findings, failOn);
        assert.ok(failures.every((f) => f.fixedVersion !== "" && failOn.includes(f.severity)));
        assert.equal(
          failures.length,
          findings.filter((f) => f.fixedVersion !== "" && failOn.includes(f.severity)).length,
        );
      }),
    );
  });
});

describe("compareFindings", () => {
  it("puts higher severities first and sorts the same findings the same way whatever their order", () => {
    fc.assert(
      fc.property(
        fc
          .array(plainFinding, { maxLength: 30 })
          .chain((findings) =>
            fc.tuple(fc.constant(findings), fc.shuffledSubarray(findings, { minLength: findings.length })),
          ),
        ([findings, shuffled]) => {
          const a = [...findings].sort(compareFindings);
          const b = [...shuffled].sort(compareFindings);
          assert.deepEqual(a, b);
          for (let i = 1; i < a.length; i += 1) {
            assert.ok(
              severityRank((a[i - 1] as { severity: Severity }).severity) >=
                severityRank((a[i] as { severity: Severity }).severity),
            );
          }
        },
      ),
    );
  });
});
