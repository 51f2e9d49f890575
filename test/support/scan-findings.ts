/**
 * Findings for the scan package's tests: a builder with plain defaults, fast-check arbitraries for
 * findings and for the hostile strings an image or a DB can put in them, and the real trivy report
 * kept in test/fixtures/scan.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { type Finding, type ScanTarget, SEVERITIES } from "../../packages/scan/src/types.ts";
import { repoRoot } from "./tools.ts";

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    vulnerabilityId: "CVE-2099-0001",
    packageName: "libc6",
    installedVersion: "2.36-9+deb12u10",
    fixedVersion: "2.36-9+deb12u99",
    severity: "HIGH",
    title: "a title",
    description: "a description",
    primaryUrl: "https://example.invalid/CVE-2099-0001",
    publishedDate: "2026-01-01T00:00:00.000Z",
    target: "img (debian 12.11)",
    targetType: "debian",
    installedPath: "",
    ...overrides,
  };
}

export function target(overrides: Partial<ScanTarget> = {}): ScanTarget {
  return {
    repository: "registry.example.invalid/team/app",
    requested: "v1.2.3",
    digest: `sha256:${"a".repeat(64)}`,
    manifestDigest: `sha256:${"b".repeat(64)}`,
    platform: "linux/amd64",
    category: "trivy/registry.example.invalid/team/app/linux-amd64",
    ...overrides,
  };
}

/**
 * Strings built to break things: workflow commands (`::error::`, `::stop-commands::`), control
 * characters, Markdown and JSON syntax, lone surrogates, and plain noise.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "::error::owned",
    "\n::stop-commands::token\n",
    "::add-mask::x",
    "%0A::warning::x",
    "\u0000\u0007\u001b[31mred\u001b[0m",
    "\ud800",
    "\udc00x",
    "a\u2028b\u2029c",
    '"},{"$schema":"x"',
    "| cell | break |",
    "[link](javascript:alert(1))",
    "<script>alert(1)</script>",
    "../../../etc/passwd",
    "localhost:5000/evil",
    "@everyone",
  ),
  fc
    .array(fc.constantFrom("::", "\n", "\r", "|", "`", "\\", "\u0000", "x", "é", "😀", "\ud83d"), {
      maxLength: 20,
    })
    .map((parts) => parts.join("")),
);

const nonEmpty = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  text.map((value) => (value.trim() === "" ? "x" : value));

/** A finding whose every string may be hostile (still the types' shape). */
export const hostileFinding: fc.Arbitrary<Finding> = fc.record({
  vulnerabilityId: nonEmpty(hostileString),
  packageName: nonEmpty(hostileString),
  installedVersion: hostileString,
  fixedVersion: hostileString,
  severity: fc.constantFrom(...SEVERITIES),
  title: hostileString,
  description: hostileString,
  primaryUrl: fc.constantFrom("", "https://example.invalid/a(b)c", "https://example.invalid/x"),
  publishedDate: fc.constantFrom("", "2026-01-01T00:00:00.000Z"),
  target: hostileString,
  targetType: hostileString,
  installedPath: hostileString,
});

/** Ordinary findings from a small pool of IDs, packages and paths, so collisions happen. */
export const plainFinding: fc.Arbitrary<Finding> = fc.record({
  vulnerabilityId: fc.constantFrom("CVE-2099-0001", "CVE-2099-0002", "CVE-2099-0003", "GHSA-xxxx-yyyy-zzzz"),
  packageName: fc.constantFrom("libc6", "tzdata", "openssl", "demo-lib"),
  installedVersion: fc.constantFrom("1.0.0", "1.0.1", "2.36-9"),
  fixedVersion: fc.constantFrom("", "1.0.2", "2.36-10"),
  severity: fc.constantFrom(...SEVERITIES),
  title: fc.constantFrom("", "a title"),
  description: fc.constantFrom("", "a description"),
  primaryUrl: fc.constantFrom("", "https://example.invalid/advisory"),
  publishedDate: fc
    .integer({ min: Date.parse("2020-01-01T00:00:00Z"), max: Date.parse("2027-01-01T00:00:00Z") })
    .map((time) => new Date(time).toISOString()),
  target: fc.constant("img (debian 12.11)"),
  targetType: fc.constantFrom("debian", "python-pkg"),
  installedPath: fc.constantFrom("", "usr/lib/python3/dist-packages/demo_lib-2.0.0.dist-info/METADATA"),
});

export const TRIVY_REPORT_FIXTURE = join(repoRoot, "test", "fixtures", "scan", "trivy-report-rootfs.json");

/** The real trivy v0.74.0 report of test/fixtures/scan (see its README). */
export function realTrivyReport(): Record<string, unknown> {
  return JSON.parse(readFileSync(TRIVY_REPORT_FIXTURE, "utf8")) as Record<string, unknown>;
}

/** A trivy report's raw vulnerabilities with their result's Target and Type. */
export interface RawVulnerability {
  target: string;
  type: string;
  vulnerability: Record<string, unknown>;
}

export function rawVulnerabilities(report: Record<string, unknown>): RawVulnerability[] {
  const results = (report.Results ?? []) as Array<Record<string, unknown>>;
  return results.flatMap((result) =>
    ((result.Vulnerabilities ?? []) as Array<Record<string, unknown>>).map((vulnerability) => ({
      target: result.Target as string,
      type: result.Type as string,
      vulnerability,
    })),
  );
}
