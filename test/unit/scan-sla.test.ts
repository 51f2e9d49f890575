// The SLA clock: a fixable finding is due its severity's days (Critical 7, High 30, Medium 90,
// Low 180) after publication and overdue only once that instant has passed; unfixed, undated and
// UNKNOWN findings have no clock. Counts per severity agree with counting each finding by hand, over
// generated findings, and the real report's overdue finding is the one its published date makes so.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { countFindings, DEFAULT_SLA, dueDate, isOverdue } from "../../packages/scan/src/sla.ts";
import { findingsFromTrivyReport } from "../../packages/scan/src/trivy-report.ts";
import { SEVERITIES, type SlaPolicy } from "../../packages/scan/src/types.ts";
import { finding, plainFinding, rawVulnerabilities, realTrivyReport } from "../support/scan-findings.ts";

const DAY = 24 * 60 * 60 * 1000;

describe("DEFAULT_SLA", () => {
  it("is the vulnerability policy: Critical 7 days, High 30, Medium 90, Low 180, Unknown none", () => {
    assert.deepEqual({ ...DEFAULT_SLA }, { CRITICAL: 7, HIGH: 30, MEDIUM: 90, LOW: 180, UNKNOWN: undefined });
    assert.ok(Object.isFrozen(DEFAULT_SLA));
  });
});

describe("dueDate and isOverdue", () => {
  const published = "2026-03-01T12:00:00.000Z";

  it("is the published date plus the severity's days, for fixable findings only", () => {
    const cases: Array<[string, Parameters<typeof finding>[0], string | undefined]> = [
      ["critical, 7 days", { severity: "CRITICAL", publishedDate: published }, "2026-03-08T12:00:00.000Z"],
      ["high, 30 days", { severity: "HIGH", publishedDate: published }, "2026-03-31T12:00:00.000Z"],
      ["medium, 90 days", { severity: "MEDIUM", publishedDate: published }, "2026-05-30T12:00:00.000Z"],
      ["low, 180 days", { severity: "LOW", publishedDate: published }, "2026-08-28T12:00:00.000Z"],
      ["unknown: no deadline", { severity: "UNKNOWN", publishedDate: published }, undefined],
      ["unfixed: no deadline", { severity: "CRITICAL", fixedVersion: "", publishedDate: published }, undefined],
      ["no published date", { severity: "CRITICAL", publishedDate: "" }, undefined],
    ];
    for (const [name, overrides, expected] of cases) {
      assert.equal(dueDate(finding(overrides), DEFAULT_SLA)?.toISOString(), expected, name);
    }
  });

  it("follows a custom policy, including a deadline for UNKNOWN", () => {
    const sla: SlaPolicy = { CRITICAL: 1, HIGH: 2, MEDIUM: 3, LOW: 4, UNKNOWN: 5 };
    const due = dueDate(finding({ severity: "UNKNOWN", publishedDate: published }), sla);
    assert.equal(due?.getTime(), Date.parse(published) + 5 * DAY);
  });

  it("is overdue strictly after the due instant", () => {
    const high = finding({ severity: "HIGH", publishedDate: published });
    const due = Date.parse(published) + 30 * DAY;
    assert.equal(isOverdue(high, DEFAULT_SLA, new Date(due - 1)), false);
    assert.equal(isOverdue(high, DEFAULT_SLA, new Date(due)), false);
    assert.equal(isOverdue(high, DEFAULT_SLA, new Date(due + 1)), true);
    const unfixed = finding({ severity: "HIGH", publishedDate: published, fixedVersion: "" });
    assert.equal(isOverdue(unfixed, DEFAULT_SLA, new Date(due + 365 * DAY)), false);
  });
});

describe("countFindings", () => {
  it("agrees with counting each finding by hand", () => {
    fc.assert(
      fc.property(fc.array(plainFinding, { maxLength: 40 }), fc.date({ noInvalidDate: true }), (findings, now) => {
        const counts = countFindings(findings, DEFAULT_SLA, now);
        let total = 0;
        let fixable = 0;
        let overdue = 0;
        for (const severity of SEVERITIES) {
          const mine = findings.filter((f) => f.severity === severity);
          const mineFixable = mine.filter((f) => f.fixedVersion !== "");
          const days = DEFAULT_SLA[severity];
          const mineOverdue = mineFixable.filter(
            (f) => days !== undefined && now.getTime() > Date.parse(f.publishedDate) + days * DAY,
          );
          assert.deepEqual(counts.bySeverity[severity], {
            total: mine.length,
            fixable: mineFixable.length,
            overdue: mineOverdue.length,
          });
          total += mine.length;
          fixable += mineFixable.length;
          overdue += mineOverdue.length;
        }
        assert.deepEqual([counts.total, counts.fixable, counts.overdue], [total, fixable, overdue]);
      }),
    );
  });

  it("finds overdue in the real report exactly the fixable findings whose deadline has passed", () => {
    const json = realTrivyReport();
    const raw = rawVulnerabilities(json);
    // "Now" is the moment trivy wrote the report, so the fixture's ages hold as they were.
    const now = new Date(json.CreatedAt as string);
    const expected = raw
      .filter(({ vulnerability: v }) => {
        const days = DEFAULT_SLA[v.Severity as keyof SlaPolicy];
        return (
          Boolean(v.FixedVersion) &&
          days !== undefined &&
          now.getTime() > Date.parse(v.PublishedDate as string) + days * DAY
        );
      })
      .map(({ vulnerability: v }) => v.VulnerabilityID)
      .sort();
    assert.ok(expected.length > 0, "the fixture has an overdue finding");
    const findings = findingsFromTrivyReport(json);
    const overdue = findings.filter((f) => isOverdue(f, DEFAULT_SLA, now)).map((f) => f.vulnerabilityId);
    assert.deepEqual(overdue.sort(), expected);
    assert.equal(countFindings(findings, DEFAULT_SLA, now).overdue, expected.length);
  });
});
