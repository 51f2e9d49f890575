// The CVE delta between two scans (packages/scan/src/scan-delta.ts): findings are matched by
// vulnerability ID and package name; one whose installed version changed but is still affected is
// neither fixed nor new; one ID in one package at several paths is fixed only when every path is;
// a finding the old scan accepted (ignore file, VEX) and the new image lacks is fixed, marked accepted;
// targets pair by platform, a lone single-platform target with the other side's lone target, and an
// unmatched platform is not compared. A property check ties fixed/new/still-affected to set algebra.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { findingDelta, scanDeltas, unpairedBaseline } from "../../packages/scan/src/scan-delta.ts";
import type { Finding } from "../../packages/scan/src/types.ts";
import { finding, plainFinding, target } from "../support/scan-findings.ts";

const ids = (findings: Array<{ vulnerabilityId: string; packageName: string }>) =>
  findings.map((item) => `${item.vulnerabilityId} ${item.packageName}`).sort();

describe("findingDelta", () => {
  it("fixed, new and still affected, matched by ID and package", () => {
    const before = [
      finding({ vulnerabilityId: "CVE-1", packageName: "libc6", installedVersion: "1" }),
      finding({ vulnerabilityId: "CVE-2", packageName: "libc6", installedVersion: "1", severity: "MEDIUM" }),
      finding({ vulnerabilityId: "CVE-3", packageName: "tzdata", installedVersion: "a" }),
    ];
    const after = [
      finding({ vulnerabilityId: "CVE-2", packageName: "libc6", installedVersion: "2", severity: "MEDIUM" }),
      finding({ vulnerabilityId: "CVE-3", packageName: "tzdata", installedVersion: "a" }),
      finding({ vulnerabilityId: "CVE-3", packageName: "openssl", installedVersion: "3", severity: "CRITICAL" }),
    ];
    const delta = findingDelta(before, after);
    assert.deepEqual(ids(delta.fixed), ["CVE-1 libc6"]);
    assert.equal(delta.fixed[0]?.installedVersion, "1", "a fixed finding shows the version that had it");
    assert.deepEqual(ids(delta.new), ["CVE-3 openssl"]);
    assert.equal(delta.stillAffected, 2);
    assert.deepEqual(
      delta.versionChanged.map((item) => [item.vulnerabilityId, item.previousVersion, item.installedVersion]),
      [["CVE-2", "1", "2"]],
      "a new version still affected is neither fixed nor new, and listed apart",
    );
    assert.equal(delta.counts.fixed.HIGH, 1);
    assert.equal(delta.counts.new.CRITICAL, 1);
    assert.equal(delta.counts.new.HIGH, 0);
  });

  it("one ID in one package at several paths is fixed only when no path has it", () => {
    const at = (path: string) => finding({ packageName: "demo-lib", targetType: "python-pkg", installedPath: path });
    assert.deepEqual(findingDelta([at("a"), at("b")], [at("b")]).fixed, []);
    assert.equal(findingDelta([at("a"), at("b")], []).fixed.length, 1);
  });

  it("an accepted finding the rebuild removes is fixed, marked accepted; one still there is neither fixed nor new", () => {
    const glibc = finding({ vulnerabilityId: "CVE-1", packageName: "libc6" });
    const tzdata = finding({ vulnerabilityId: "CVE-2", packageName: "tzdata", severity: "LOW" });
    const delta = findingDelta([], [], { before: [glibc, tzdata], after: [tzdata] });
    assert.deepEqual(
      delta.fixed.map((item) => [item.vulnerabilityId, item.accepted]),
      [["CVE-1", true]],
    );
    assert.deepEqual(delta.new, []);
    assert.equal(delta.counts.fixed.HIGH, 1);
    // Reported in the new image while accepted in the old: not news to the gate either way.
    assert.deepEqual(findingDelta([], [glibc], { before: [glibc] }).new, []);
    // Reported findings fixed are not marked.
    assert.equal(findingDelta([glibc], [], { after: [] }).fixed[0]?.accepted, undefined);
  });

  it("fixed ∪ still affected = the old keys; new ∪ still affected = the new keys", () => {
    fc.assert(
      fc.property(fc.array(plainFinding, { maxLength: 12 }), fc.array(plainFinding, { maxLength: 12 }), (a, b) => {
        const keys = (findings: Finding[]) =>
          new Set(findings.map((item) => `${item.vulnerabilityId} ${item.packageName}`));
        const delta = findingDelta(a, b);
        const [old, current] = [keys(a), keys(b)];
        const both = [...current].filter((key) => old.has(key));
        assert.deepEqual(ids(delta.fixed), [...old].filter((key) => !current.has(key)).sort());
        assert.deepEqual(ids(delta.new), [...current].filter((key) => !old.has(key)).sort());
        assert.equal(delta.stillAffected, both.length);
        assert.ok(delta.versionChanged.every((item) => item.previousVersion !== item.installedVersion));
      }),
    );
  });
});

describe("scanDeltas: targets pair by platform", () => {
  const amd64 = target({ platform: "linux/amd64" });
  const arm64 = target({ platform: "linux/arm64" });
  const single = target({ platform: undefined });
  const scanned = (item: ReturnType<typeof target>, findings: Finding[] = []) => ({ target: item, findings });

  it("same platform with same platform; a platform the baseline lacks is not compared", () => {
    const deltas = scanDeltas(
      [scanned(amd64, [finding()]), scanned(arm64)],
      [scanned(arm64, [finding()]), scanned(target({ platform: "linux/s390x" }))],
    );
    assert.deepEqual(
      deltas.map((delta) => [delta.platform, delta.delta?.new.length, delta.delta?.fixed.length]),
      [
        ["linux/amd64", undefined, undefined],
        ["linux/arm64", 0, 1],
      ],
    );
    assert.deepEqual(
      unpairedBaseline(
        [scanned(amd64), scanned(arm64)],
        [scanned(arm64), scanned(target({ platform: "linux/s390x" }))],
      ).map((item) => item.target.platform),
      ["linux/s390x"],
    );
  });

  it("a single-platform image pairs with a lone target of the other side, and only a lone one", () => {
    assert.equal(scanDeltas([scanned(single)], [scanned(amd64)])[0]?.platform, "linux/amd64");
    assert.ok(scanDeltas([scanned(amd64)], [scanned(single)])[0]?.delta);
    assert.equal(scanDeltas([scanned(single)], [scanned(amd64), scanned(arm64)])[0]?.delta, undefined);
    assert.equal(scanDeltas([scanned(single)], [scanned(single)])[0]?.platform, null);
  });
});
