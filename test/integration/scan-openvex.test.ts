// trivy-scan's `openvex` output, held by the real tools: the action (its source, in process) scans a
// multi-arch Debian image in a real registry with the real trivy, the fixture DB and an ignore file
// accepting one advisory; the document it writes passes the pinned OpenVEX v0.2.0 JSON schema and
// lists exactly the findings trivy itself reports for that advisory when scanning the image from the
// registry without the ignore file (vulnerability, platform, package purl: all read from trivy's
// JSON, nothing listed here); a rerun writes the same bytes. Then the interop the issue asks for:
// the image is copied to release repositories, the document attached there with the real cosign
// (`cosign attest --type openvex`: v2 as the legacy `.att` tag, v3 as a Sigstore bundle referrer),
// `cosign verify-attestation --type openvex` passes (v2 and v3), and the real trivy with `--vex oci`
// and no ignore file suppresses the accepted advisory while still reporting an unaccepted one; so does
// the document attested by our own sign action (its `vex` input, bundle and legacy); the same copy
// with no attestation still reports it.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { OFFLINE_FLAGS } from "@image-actions/scan";
import { runActionInProcess } from "../support/action-in-process.ts";
import { type CosignKeyPair, cosignBinary, cosignEnv, generateKeyPair } from "../support/cosign.ts";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { execTool, mustExec } from "../support/exec.ts";
import { openVexSchemaProblems } from "../support/openvex-schema.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { toolPath } from "../support/tools.ts";
import { buildTrivyDb, type PushedTrivyDb, pushTrivyDb, type TrivyDb } from "../support/trivy-db.ts";

/** The advisory the ignore file accepts (fixable HIGH on glibc) and one it does not (unfixed, glibc). */
const ACCEPTED = "CVE-2099-0001";
const NOT_ACCEPTED = "CVE-2099-0002";
const REASON = "vulnerable_code_not_in_execute_path: the image never resolves host names through NSS";

// biome-ignore lint/suspicious/noExplicitAny: trivy's report and the document are read as plain JSON
type Json = any;

describe("trivy-scan openvex: accepted findings that travel with the image", () => {
  let registry: TestRegistry;
  let db: TrivyDb;
  let pushedDb: PushedTrivyDb;
  let base: DistrolessBase;
  let work: string;
  let trivyCache: string;
  let ignoreFile: string;
  let document: Json;
  let documentText: string;
  let summary: string;

  /** The real trivy on an image in the registry, offline against the fixture DB; its JSON report. */
  const trivyImage = async (image: string, flags: string[]): Promise<Json> => {
    const output = join(work, `report-${Math.random().toString(36).slice(2)}.json`);
    await mustExec(
      toolPath("trivy"),
      [
        "image",
        ...["--cache-dir", trivyCache, "--scanners", "vuln", "--format", "json", "--output", output, "--quiet"],
        ...OFFLINE_FLAGS,
        ...flags,
        image,
      ],
      // No docker config, no credentials: the registry is anonymous plain HTTP on loopback.
      { env: { PATH: process.env.PATH ?? "", HOME: work } },
    );
    return JSON.parse(await readFile(output, "utf8"));
  };
  const vulnerabilityIds = (report: Json): string[] =>
    (report.Results ?? []).flatMap((result: Json) =>
      (result.Vulnerabilities ?? []).map((v: Json) => v.VulnerabilityID),
    );

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), "ia-openvex-"));
    db = await buildTrivyDb();
    pushedDb = await pushTrivyDb(registry, "aquasec/trivy-db:2", db);
    trivyCache = join(work, "trivy-cache");
    await mkdir(join(trivyCache, "db"), { recursive: true });
    await cp(join(db.dir, "trivy.db"), join(trivyCache, "db", "trivy.db"));
    await cp(join(db.dir, "metadata.json"), join(trivyCache, "db", "metadata.json"));
    base = await buildDistrolessBase(registry, "candidates/base");
    ignoreFile = join(work, ".trivyignore");
    await writeFile(ignoreFile, `# ${REASON}\n${ACCEPTED}\n\n# never matches in this image\nCVE-2099-9999\n`);
    const run = await runActionInProcess("trivy-scan", {
      images: base.taggedRef,
      "trivy-path": toolPath("trivy"),
      "db-repositories": pushedDb.ref,
      "ignore-file": ignoreFile,
      upload: "false",
      "fail-on": "",
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.ok(run.outputs.openvex, "an openvex path");
    documentText = await readFile(run.outputs.openvex, "utf8");
    document = JSON.parse(documentText);
    summary = run.summary;
  });
  after(async () => {
    await registry?.stop();
  });

  it("the document passes the OpenVEX v0.2.0 schema and lists exactly what trivy finds for the accepted advisory, per platform", async () => {
    assert.deepEqual(openVexSchemaProblems(document), []);
    const statements = (document as { statements: unknown[] }).statements.length;
    assert.ok(
      summary.includes(`Accepted findings: ${statements} OpenVEX statement(s)`),
      `the job summary says what was written: ${summary}`,
    );
    // What trivy reports for the accepted advisory, scanning each platform from the registry with no ignore file.
    const expected: string[] = [];
    for (const child of base.children) {
      const report = await trivyImage(base.taggedRef, ["--platform", child.platform]);
      const arch = child.platform.split("/")[1];
      for (const result of report.Results ?? [])
        for (const vulnerability of result.Vulnerabilities ?? [])
          if (vulnerability.VulnerabilityID === ACCEPTED)
            expected.push(`${ACCEPTED} ${arch} ${vulnerability.PkgIdentifier.PURL}`);
    }
    assert.ok(expected.length >= base.children.length, "the advisory is found on every platform");
    const listed: string[] = [];
    for (const statement of document.statements)
      for (const product of statement.products)
        for (const sub of product.subcomponents ?? [])
          listed.push(
            `${statement.vulnerability.name} ${new URL(product["@id"]).searchParams.get("arch")} ${sub["@id"]}`,
          );
    assert.deepEqual(listed.sort(), expected.sort());

    const [statement] = document.statements;
    assert.equal(statement.status, "not_affected");
    assert.equal(statement.justification, "vulnerable_code_not_in_execute_path", "the label the comment names");
    assert.equal(statement.impact_statement, REASON, "the entry's comment");
    for (const product of statement.products)
      assert.match(product["@id"], new RegExp(`^pkg:oci/base@${base.digest.replace(":", "%3A")}\\?arch=[a-z0-9]+$`));
    const metadata = JSON.parse(await readFile(join(db.dir, "metadata.json"), "utf8"));
    assert.equal(document.timestamp, new Date(metadata.UpdatedAt).toISOString(), "the DB's UpdatedAt");
  });

  it("a second run with the same image, ignore file and DB writes the same bytes", async () => {
    const again = await runActionInProcess("trivy-scan", {
      images: base.ref,
      "trivy-path": toolPath("trivy"),
      "db-repositories": pushedDb.ref,
      "ignore-file": ignoreFile,
      upload: "false",
      "fail-on": "",
    });
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.equal(await readFile(again.outputs.openvex as string, "utf8"), documentText);
  });

  for (const version of [2, 3] as const) {
    it(`attested with cosign v${version} (${version === 2 ? "legacy .att tag" : "Sigstore bundle referrer"}) to the released copy: cosign verifies it, trivy --vex oci suppresses the accepted finding and only it`, async () => {
      const released = `${registry.host}/release-v${version}/base:1`;
      await crane(registry, ["copy", base.ref, released]);
      const key: CosignKeyPair = await generateKeyPair(version, work, "");
      const predicate = join(work, "openvex.json");
      await writeFile(predicate, documentText);
      const env = await cosignEnv([registry]);
      const formatFlags = version === 3 ? ["--new-bundle-format=true", "--use-signing-config=false"] : [];
      await mustExec(
        cosignBinary(version),
        [
          "attest",
          "--key",
          key.keyFile,
          "--type",
          "openvex",
          "--predicate",
          predicate,
          "--tlog-upload=false",
          "--yes",
          ...formatFlags,
          released,
        ],
        { env },
      );
      // Where cosign put it: v2 the `sha256-<hex>.att` tag; v3 a referrer (this registry has no
      // referrers API, so the OCI 1.1 fallback tag `sha256-<hex>`), and no `.att` tag.
      const tags = (await crane(registry, ["ls", `${registry.host}/release-v${version}/base`])).split("\n");
      const digestTag = base.digest.replace(":", "-");
      assert.equal(tags.includes(`${digestTag}.att`), version === 2, tags.join(" "));
      assert.equal(tags.includes(digestTag), version === 3, tags.join(" "));
      for (const verifier of version === 3 ? [3] : [2, 3]) {
        const verified = await execTool(
          cosignBinary(verifier as 2 | 3),
          [
            "verify-attestation",
            ...["--key", key.pubFile, "--type", "openvex", "--insecure-ignore-tlog=true"],
            ...(verifier === 3 ? [`--new-bundle-format=${version === 3}`] : []),
            released,
          ],
          { env },
        );
        assert.equal(verified.code, 0, `cosign v${verifier} verify-attestation: ${verified.stderr}`);
      }

      const withVex = await trivyImage(released, ["--vex", "oci", "--show-suppressed"]);
      const reported = vulnerabilityIds(withVex);
      assert.ok(!reported.includes(ACCEPTED), `${ACCEPTED} suppressed by the attested VEX`);
      assert.ok(reported.includes(NOT_ACCEPTED), `${NOT_ACCEPTED} is not accepted: still reported`);
      const suppressed = (withVex.Results ?? []).flatMap((result: Json) => result.ExperimentalModifiedFindings ?? []);
      assert.ok(suppressed.length > 0);
      for (const modified of suppressed) {
        assert.equal(modified.Finding.VulnerabilityID, ACCEPTED);
        assert.equal(modified.Status, "not_affected");
        assert.match(modified.Source, /VEX attestation in OCI registry/);
      }
    });
  }

  it("attested with our own sign action (vex input, both formats) to the released copy: trivy --vex oci suppresses the accepted finding and only it", async () => {
    const released = `${registry.host}/release-sign/base:1`;
    await crane(registry, ["copy", base.ref, released]);
    const key = await generateKeyPair(3, await mkdtemp(join(work, "sign-")), "sign-password");
    const predicate = join(work, "openvex-for-sign.json");
    await writeFile(predicate, documentText);
    const run = await runActionInProcess("sign", {
      images: `${registry.host}/release-sign/base@${base.digest}`,
      key: key.keyFile,
      "key-password": key.password,
      format: "both",
      vex: predicate,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const withVex = await trivyImage(released, ["--vex", "oci", "--show-suppressed"]);
    const reported = vulnerabilityIds(withVex);
    assert.ok(!reported.includes(ACCEPTED), `${ACCEPTED} suppressed by the VEX sign attested`);
    assert.ok(reported.includes(NOT_ACCEPTED), `${NOT_ACCEPTED} is not accepted: still reported`);
  });

  it("the same copy with no attestation: trivy --vex oci still reports the accepted advisory", async () => {
    const bare = `${registry.host}/release-bare/base:1`;
    await crane(registry, ["copy", base.ref, bare]);
    const report = await trivyImage(bare, ["--vex", "oci"]);
    assert.ok(vulnerabilityIds(report).includes(ACCEPTED));
  });
});
