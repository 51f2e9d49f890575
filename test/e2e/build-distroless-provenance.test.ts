// build-distroless's SLSA v1 provenance and its SBOMs' names, end to end through
// dist/build-distroless/index.js, in a simulated GitHub Actions run (the runner's default variables):
// on the distroless-like base fixture, dumb-init and libpam0g from the machine's real Debian
// archive and a local .deb, for amd64 and arm64, `sbom: both`.
// - The `provenance` output lists one predicate file per platform manifest and one for the index,
//   each passing the SLSA v1 provenance schema (test/fixtures/slsa), naming the base by the digest
//   the fixture pushed for that platform (the index: the base's index), every package of the lock
//   file with its URL and SHA-256, the local .deb by the SHA-256 of its bytes, the action and ref
//   as builder and the run and attempt as invocationId.
// - A second build in another run gives the same image digest and byte-identical provenance but
//   for invocationId; the provenance is no referrer of any manifest (nothing of it is pushed).
// - cosign v2 and v3 `attest --type slsaprovenance1 --predicate FILE` take the file as it is, and
//   `verify-attestation --type slsaprovenance1` then passes, with the predicate as we wrote it.
// - Both SBOMs describe the built image under its own repository by digest, the tag a qualifier,
//   and list the base as its own package by digest, with a relationship to the image; their Debian
//   purls are the ones syft writes for the same image (type, namespace, name, version with the
//   epoch, arch and distro).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { RegistryClients } from "@image-actions/oci";
import { type ActionRun, runAction } from "../support/action-runner.ts";
import { machineMainArchive, sourceLines } from "../support/apt-root.ts";
import { cosignBinary, cosignEnv, generateKeyPair } from "../support/cosign.ts";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { execTool, mustExec } from "../support/exec.ts";
import { makeAppDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { spdx23Errors, validateCycloneDx16 } from "../support/sbom-schemas.ts";
import { slsaProvenanceErrors } from "../support/slsa-schema.ts";
import { toolPath } from "../support/tools.ts";

// biome-ignore lint/suspicious/noExplicitAny: documents are read as plain JSON
type Json = any;

/** The default variables of a workflow run (GitHub docs, "Variables reference"), run `runId`. */
const githubEnv = (runId: string): NodeJS.ProcessEnv => ({
  GITHUB_ACTIONS: "true",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REPOSITORY: "example/app",
  GITHUB_REF: "refs/tags/v1.0.0",
  GITHUB_REF_TYPE: "tag",
  GITHUB_REF_NAME: "v1.0.0",
  GITHUB_SHA: "5".repeat(40),
  GITHUB_WORKFLOW_REF: "example/app/.github/workflows/release.yml@refs/tags/v1.0.0",
  GITHUB_ACTION_REPOSITORY: "org/image-actions",
  GITHUB_ACTION_REF: "v1.2.3",
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: "1",
});

/** A purl split into what tools join on: type/namespace/name@version, and qualifiers decoded. */
function parsePurl(purl: string): { path: string; qualifiers: Record<string, string> } {
  const [path = "", query = ""] = purl.split("?");
  return { path: decodeURIComponent(path), qualifiers: Object.fromEntries(new URLSearchParams(query)) };
}

describe("build-distroless provenance and SBOM names", () => {
  let registry: TestRegistry;
  let base: DistrolessBase;
  let clients: RegistryClients;
  let work: string;
  let deb: string;
  let lockfile: string;
  let first: ActionRun;
  let second: ActionRun;

  const inputs = (tag: string) => ({
    base: base.ref,
    "debian-packages": "dumb-init\nlibpam0g",
    "debian-sources": sources,
    packages: deb,
    platforms: "linux/amd64,linux/arm64",
    tags: `${registry.host}/built/app:${tag}`,
    entrypoint: '["/usr/bin/dumb-init", "--", "/usr/bin/demo-app"]',
    lockfile,
    "source-date-epoch": "1700000000",
    sbom: "both",
  });
  let sources: string;

  before(async () => {
    registry = await startRegistry({ kind: "referrers" });
    base = await buildDistrolessBase(registry, "distroless/base");
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    work = await mkdtemp(join(tmpdir(), "ia-build-provenance-"));
    deb = await makeAppDeb(work);
    lockfile = join(work, "lock.json");
    sources = sourceLines(await machineMainArchive()).join("\n");
    // RUNNER_TEMP of our own: the files the outputs name outlive the run.
    const runnerTemp = async () => ({ RUNNER_TEMP: await mkdtemp(join(work, "runner-temp-")) });
    first = await runAction("build-distroless", inputs("1.0.0"), {
      env: { ...githubEnv("1001"), ...(await runnerTemp()) },
    });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    second = await runAction("build-distroless", inputs("1.0.0-rebuild"), {
      env: { ...githubEnv("2002"), ...(await runnerTemp()) },
    });
    assert.equal(second.exitCode, 0, second.stdout + second.stderr);
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  const provenanceFiles = (run: ActionRun) => JSON.parse(run.outputs.provenance ?? "[]") as string[];
  const readJson = async (path: string): Promise<Json> => JSON.parse(await readFile(path, "utf8"));
  const platformsOf = (run: ActionRun) =>
    JSON.parse(run.outputs.platforms as string) as Array<{ platform: string; digest: string }>;

  it("outputs one provenance file per platform manifest and one for the index, each passing the SLSA v1 schema", async () => {
    const files = provenanceFiles(first);
    assert.equal(files.length, 3, String(first.outputs.provenance));
    for (const file of files) assert.deepEqual(slsaProvenanceErrors(await readJson(file)), [], file);
    assert.match(first.summary, /SLSA v1 provenance/);
  });

  it("each names the base by digest, every locked package by URL and SHA-256, the local .deb by its bytes, and the run", async () => {
    const lock = await readJson(lockfile);
    assert.equal(provenanceFiles(first).length, 3);
    const debSha = createHash("sha256")
      .update(await readFile(deb))
      .digest("hex");
    for (const file of provenanceFiles(first)) {
      const predicate = await readJson(file);
      const deps = predicate.buildDefinition.resolvedDependencies as Json[];
      const architecture = predicate.buildDefinition.internalParameters.architecture as string | undefined;
      const baseDigest = architecture
        ? base.children.find((child) => child.debianArchitecture === architecture)?.digest
        : base.digest;
      assert.ok(baseDigest, `the base has ${architecture}`);
      assert.equal(deps[0].digest.sha256, baseDigest.replace("sha256:", ""), `${file}: the base by digest`);
      assert.equal(parsePurl(deps[0].uri).qualifiers.repository_url, `${registry.host}/distroless/base`);
      const locked = (architecture ? [architecture] : Object.keys(lock.architectures)).flatMap(
        (arch) => lock.architectures[arch] as Json[],
      );
      assert.ok(locked.length > 0);
      for (const pkg of locked) {
        const dep = deps.find((item) => item.uri === pkg.url);
        assert.ok(dep, `${file}: ${pkg.name} ${pkg.architecture}`);
        assert.deepEqual(dep.digest, { sha256: pkg.sha256 });
        assert.equal(parsePurl(dep.name).path, `pkg:deb/debian/${pkg.name}@${pkg.version}`);
      }
      const local = deps.filter((item) => item.annotations?.role === "local package");
      assert.deepEqual(
        local.map((item) => item.digest.sha256),
        [debSha],
      );
      assert.equal(predicate.runDetails.builder.id, "https://github.com/org/image-actions/build-distroless@v1.2.3");
      assert.equal(
        predicate.runDetails.metadata.invocationId,
        "https://github.com/example/app/actions/runs/1001/attempts/1",
      );
      const external = predicate.buildDefinition.externalParameters;
      assert.equal(external.base, base.ref);
      assert.deepEqual(external["debian-packages"], ["dumb-init", "libpam0g"]);
      assert.equal(
        external.lockfile.sha256,
        createHash("sha256")
          .update(await readFile(lockfile))
          .digest("hex"),
      );
      assert.equal(external.workflow, "example/app/.github/workflows/release.yml@refs/tags/v1.0.0");
    }
  });

  it("a rebuild in another run: same image digest, provenance byte for byte the same but for invocationId", async () => {
    assert.equal(second.outputs.digest, first.outputs.digest);
    const [a, b] = [provenanceFiles(first), provenanceFiles(second)];
    assert.equal(a.length, 3);
    assert.equal(b.length, 3);
    for (const [index, file] of a.entries()) {
      const before = await readFile(file, "utf8");
      const after = await readFile(b[index] as string, "utf8");
      assert.notEqual(after, before, "the run's identifier differs");
      assert.equal(after.replaceAll("/runs/2002/", "/runs/1001/"), before);
    }
  });

  it("the provenance is not pushed: no referrer of the index or a manifest is an attestation", async () => {
    const digests = [first.outputs.digest as string, ...platformsOf(first).map((item) => item.digest)];
    for (const digest of digests) {
      const { descriptors } = await clients.for(registry.host).referrers("built/app", digest);
      const types = descriptors.map((item) => item.artifactType ?? "");
      assert.ok(!types.some((type) => /in-toto|slsa|dsse|sigstore/i.test(type)), types.join(", "));
    }
  });

  for (const version of [2, 3] as const) {
    it(`cosign v${version} attests the platform file with --type slsaprovenance1 and verify-attestation passes`, async () => {
      const [amd64] = platformsOf(first).filter((item) => item.platform === "linux/amd64");
      assert.ok(amd64);
      const file = provenanceFiles(first).find((path) => path.endsWith("provenance-amd64.slsa.json")) as string;
      const ref = `${registry.host}/built/app@${amd64.digest}`;
      const key = await generateKeyPair(version, work, "");
      const env = await cosignEnv([registry], key.password);
      const offline = version === 3 ? ["--new-bundle-format=false", "--use-signing-config=false"] : [];
      await mustExec(
        cosignBinary(version),
        [
          "attest",
          "--key",
          key.keyFile,
          "--type",
          "slsaprovenance1",
          "--predicate",
          file,
          "--tlog-upload=false",
          "--yes",
          ...offline,
          ref,
        ],
        { env },
      );
      const verified = await execTool(
        cosignBinary(version),
        [
          "verify-attestation",
          "--key",
          key.pubFile,
          "--type",
          "slsaprovenance1",
          "--insecure-ignore-tlog=true",
          ...(version === 3 ? ["--new-bundle-format=false"] : []),
          ref,
        ],
        { env },
      );
      assert.equal(verified.code, 0, verified.stderr);
      const envelope = JSON.parse(verified.stdout.trim().split("\n")[0] as string) as { payload: string };
      const statement = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8")) as Json;
      assert.equal(statement.predicateType, "https://slsa.dev/provenance/v1");
      assert.equal(statement.subject[0].digest.sha256, amd64.digest.replace("sha256:", ""));
      const ours = await readJson(file);
      // cosign re-serialises the predicate it parsed (v2 encoding/json, v3 protojson): the fields
      // that identify the build arrive unchanged.
      assert.equal(statement.predicate.buildDefinition.buildType, ours.buildDefinition.buildType);
      assert.deepEqual(
        statement.predicate.buildDefinition.resolvedDependencies.map((item: Json) => item.digest),
        ours.buildDefinition.resolvedDependencies.map((item: Json) => item.digest),
      );
      assert.deepEqual(statement.predicate.buildDefinition.externalParameters, ours.buildDefinition.externalParameters);
      assert.equal(statement.predicate.runDetails.builder.id, ours.runDetails.builder.id);
    });
  }

  it("both SBOMs describe the built image by its own name, digest and tag (not where it was pushed), with the base as its own package", async () => {
    const sboms = JSON.parse(first.outputs.sbom as string) as string[];
    const amd64 = platformsOf(first).find((item) => item.platform === "linux/amd64");
    const baseChild = base.children.find((child) => child.debianArchitecture === "amd64");
    assert.ok(amd64 && baseChild);
    const spdx = await readJson(sboms.find((path) => path.endsWith("amd64.spdx.json")) as string);
    const cdx = await readJson(sboms.find((path) => path.endsWith("amd64.cdx.json")) as string);
    assert.deepEqual(spdx23Errors(spdx), []);
    assert.equal(await validateCycloneDx16(JSON.stringify(cdx)), null);
    // The SPDX project's own validator, offline: the base as a package and DESCENDANT_OF included.
    const validated = await execTool(toolPath("pyspdxtools"), [
      "--infile",
      sboms.find((path) => path.endsWith("amd64.spdx.json")) as string,
    ]);
    assert.equal(validated.code, 0, `pyspdxtools: ${validated.stdout}${validated.stderr}`);

    const described = spdx.relationships.find((r: Json) => r.relationshipType === "DESCRIBES").relatedSpdxElement;
    const image = spdx.packages.find((p: Json) => p.SPDXID === described);
    const imagePurl = image.externalRefs[0].referenceLocator as string;
    // Named as itself, never by where it was pushed: the SBOM travels to every public copy.
    assert.equal(image.name, "app");
    assert.equal(image.versionInfo, amd64.digest);
    for (const purl of [imagePurl, cdx.metadata.component.purl as string]) {
      const parsed = parsePurl(purl);
      assert.equal(parsed.path, `pkg:oci/app@${amd64.digest}`, purl);
      assert.equal(parsed.qualifiers.repository_url, undefined, purl);
      assert.equal(parsed.qualifiers.tag, "1.0.0", purl);
    }
    assert.equal(cdx.metadata.component.name, "app");
    for (const document of [spdx, cdx]) assert.ok(!JSON.stringify(document).includes(`${registry.host}/built`));

    const basePackage = spdx.packages.find(
      (p: Json) => p.primaryPackagePurpose === "CONTAINER" && p.SPDXID !== described,
    );
    assert.equal(basePackage.versionInfo, baseChild.digest);
    const basePurl = parsePurl(basePackage.externalRefs[0].referenceLocator);
    assert.equal(basePurl.path, `pkg:oci/base@${baseChild.digest}`);
    assert.equal(basePurl.qualifiers.repository_url, `${registry.host}/distroless/base`);
    assert.ok(
      spdx.relationships.some(
        (r: Json) =>
          r.spdxElementId === described &&
          r.relationshipType === "DESCENDANT_OF" &&
          r.relatedSpdxElement === basePackage.SPDXID,
      ),
    );
    const cdxBase = cdx.components.find((c: Json) => c.type === "container");
    assert.equal(cdxBase.purl, basePackage.externalRefs[0].referenceLocator);
    assert.deepEqual(
      cdx.metadata.component.pedigree.ancestors.map((a: Json) => a.purl),
      [cdxBase.purl],
    );
  });

  it("the SBOM's Debian purls are the ones syft writes for the same image", async () => {
    const amd64 = platformsOf(first).find((item) => item.platform === "linux/amd64");
    assert.ok(amd64);
    const layout = join(work, "layout-amd64");
    await crane(registry, ["pull", "--format=oci", `${registry.host}/built/app@${amd64.digest}`, layout]);
    const { stdout } = await mustExec(toolPath("syft"), ["scan", `oci-dir:${layout}`, "-o", "syft-json", "-q"], {
      env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: "false", SYFT_CACHE_DIR: join(work, "syft-cache") },
    });
    // What tools join on: the purl without syft's own `upstream` (the source package) qualifier.
    const joinKey = (purl: string) => {
      const { path, qualifiers } = parsePurl(purl);
      return `${path}?arch=${qualifiers.arch}&distro=${qualifiers.distro}`;
    };
    const syft = (JSON.parse(stdout).artifacts as Json[])
      .filter((artifact) => artifact.type === "deb")
      .map((artifact) => joinKey(artifact.purl))
      .sort();
    const sboms = JSON.parse(first.outputs.sbom as string) as string[];
    const cdx = await readJson(sboms.find((path) => path.endsWith("amd64.cdx.json")) as string);
    const ours = (cdx.components as Json[])
      .filter((c) => c.type === "library")
      .map((c) => joinKey(c.purl))
      .sort();
    assert.deepEqual(ours, syft);
  });
});
