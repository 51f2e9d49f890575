// openvex.ts and the report reader it relies on, over a real trivy report (test/fixtures/scan) whose
// findings are moved into `ExperimentalModifiedFindings` the way `--show-suppressed` writes them:
// each suppression kind gives the status, justification and impact statement OpenVEX asks for, and
// the document passes the pinned OpenVEX schema; the image purl follows the purl spec's oci type;
// `.trivyignore` comments are read above and after an ID; a finding with no package purl is left
// out rather than widened to the whole image; nothing suppressed means no document (OpenVEX needs
// a statement); the same input gives the same bytes and @id, a different one a different @id; a
// modified finding that is not trivy's shape is refused.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import {
  acceptedFindingsVex,
  ignoreFileComments,
  ociPackageUrl,
  suppressedFindingsFromTrivyReport,
  TrivyReportError,
} from "@image-actions/scan";
import { openVexSchemaProblems } from "../support/openvex-schema.ts";
import { repoRoot } from "../support/tools.ts";

// biome-ignore lint/suspicious/noExplicitAny: the report is edited as plain JSON
type Json = any;
const REPORT: Json = JSON.parse(
  readFileSync(join(repoRoot, "test", "fixtures", "scan", "trivy-report-rootfs.json"), "utf8"),
);
const DIGEST = `sha256:${"ab".repeat(32)}`;

/** The fixture report with its vulnerabilities suppressed as trivy records it: `[status, statement]` per finding. */
function suppressedReport(kinds: Array<[string, string]>): Json {
  const report = structuredClone(REPORT);
  let index = 0;
  for (const result of report.Results) {
    result.ExperimentalModifiedFindings = (result.Vulnerabilities ?? []).map((finding: Json) => {
      const [status, statement] = kinds[index++ % kinds.length] as [string, string];
      return { Type: "vulnerability", Status: status, Statement: statement, Source: "x", Finding: finding };
    });
    result.Vulnerabilities = [];
  }
  return report;
}
const allFindings = (): Json[] => REPORT.Results.flatMap((result: Json) => result.Vulnerabilities ?? []);

const options = (report: Json, ignore?: { name: string; text: string }) => ({
  targets: [
    {
      repository: "registry.example/team/App",
      digest: DIGEST,
      platform: "linux/arm64/v8",
      suppressed: suppressedFindingsFromTrivyReport(report),
    },
  ],
  ...(ignore ? { ignoreFile: ignore } : {}),
  author: "https://github.com/example/app",
  timestamp: "2026-01-02T03:04:05Z",
  tooling: "test",
});

describe("accepted findings as OpenVEX", () => {
  it("the image purl: last path segment, lower-case, digest percent-encoded, arch, no location", () => {
    assert.equal(
      ociPackageUrl("registry.example/team/App", DIGEST, "linux/arm64/v8"),
      `pkg:oci/app@sha256%3A${"ab".repeat(32)}?arch=arm64`,
    );
    assert.equal(ociPackageUrl("localhost:5000/app", DIGEST), `pkg:oci/app@sha256%3A${"ab".repeat(32)}`);
    assert.throws(() => ociPackageUrl("r/app", "sha256:short"), /not a sha256 digest/);
  });

  it(".trivyignore comments: the block right above an ID, and one after it", () => {
    const comments = ignoreFileComments(
      "# first\n# second\nCVE-1\n\n# detached\n\nCVE-2 exp:2099-01-01 # inline\nCVE-3\n",
    );
    assert.deepEqual(
      [...comments],
      [
        ["CVE-1", "first second"],
        ["CVE-2", "inline"],
      ],
    );
  });

  it("ignore-file entries: not_affected, the comment as impact statement and its justification label; every finding, schema-valid", () => {
    const report = suppressedReport([["ignored", ""]]);
    const ids = allFindings().map((finding) => finding.VulnerabilityID);
    const text = ids.map((id, n) => (n === 0 ? `# inline_mitigations_already_exist: seccomp\n${id}` : id)).join("\n");
    const { document, withoutPurl } = acceptedFindingsVex(options(report, { name: ".trivyignore", text }));
    assert.ok(document);
    assert.deepEqual(openVexSchemaProblems(document), []);
    assert.deepEqual(withoutPurl, []);
    const pairs = document.statements.flatMap((statement) =>
      statement.products.flatMap((product) =>
        (product.subcomponents ?? []).map((sub) => `${statement.vulnerability.name} ${sub["@id"]}`),
      ),
    );
    assert.deepEqual(
      pairs.sort(),
      allFindings()
        .map((f) => `${f.VulnerabilityID} ${f.PkgIdentifier.PURL}`)
        .sort(),
    );
    const first = document.statements.find((statement) => statement.vulnerability.name === ids[0]);
    assert.equal(first?.status, "not_affected");
    assert.equal(first?.justification, "inline_mitigations_already_exist");
    assert.equal(first?.impact_statement, "inline_mitigations_already_exist: seccomp");
    const other = document.statements.find((statement) => statement.vulnerability.name !== ids[0]);
    assert.equal(other?.justification, undefined);
    assert.match(other?.impact_statement ?? "", /Accepted in \.trivyignore, which gives no reason/);
  });

  it("a .trivyignore.yaml statement and VEX statuses carry over; fixed stays fixed", () => {
    const yaml = acceptedFindingsVex(
      options(suppressedReport([["ignored", "only reachable from the CLI"]]), {
        name: ".trivyignore.yaml",
        text: "# not read",
      }),
    );
    assert.ok(
      yaml.document?.statements.every((statement) => statement.impact_statement === "only reachable from the CLI"),
    );
    const vex = acceptedFindingsVex(
      options(
        suppressedReport([
          ["not_affected", "component_not_present"],
          ["fixed", ""],
        ]),
      ),
    );
    assert.ok(vex.document);
    assert.deepEqual(openVexSchemaProblems(vex.document), []);
    assert.deepEqual([...new Set(vex.document.statements.map((statement) => statement.status))].sort(), [
      "fixed",
      "not_affected",
    ]);
    for (const statement of vex.document.statements)
      if (statement.status === "not_affected") assert.equal(statement.justification, "component_not_present");
  });

  it("a finding with no package purl is left out, not widened to the whole image; nothing suppressed, no document", () => {
    const report = suppressedReport([["ignored", ""]]);
    for (const result of report.Results)
      for (const modified of result.ExperimentalModifiedFindings) delete modified.Finding.PkgIdentifier.PURL;
    const { document, withoutPurl } = acceptedFindingsVex(options(report));
    assert.equal(document, undefined);
    assert.equal(withoutPurl.length, allFindings().length);
    assert.equal(acceptedFindingsVex(options(REPORT)).document, undefined, "the plain report suppressed nothing");
  });

  it("the same input gives the same bytes; another timestamp another @id", () => {
    const report = suppressedReport([["ignored", "x"]]);
    const one = JSON.stringify(acceptedFindingsVex(options(report)).document);
    assert.equal(JSON.stringify(acceptedFindingsVex(options(report)).document), one);
    const later = acceptedFindingsVex({ ...options(report), timestamp: "2026-01-03T00:00:00Z" }).document;
    assert.notEqual(later?.["@id"], JSON.parse(one)["@id"]);
  });

  it("a modified finding that is not trivy's shape is refused, naming the path", () => {
    const report = suppressedReport([["ignored", ""]]);
    report.Results[0].ExperimentalModifiedFindings[0].Finding.PkgIdentifier.PURL = "not a purl";
    assert.throws(
      () => suppressedFindingsFromTrivyReport(report),
      (error: Error) => error instanceof TrivyReportError && /PkgIdentifier\.PURL/.test(error.message),
    );
  });
});
