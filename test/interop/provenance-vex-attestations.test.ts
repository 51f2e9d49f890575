// The sign action attests an SLSA v1 provenance predicate (`provenance`) and an OpenVEX document
// (`vex`) as cosign attest --type slsaprovenance1 / openvex would: the real cosign v2 and v3
// `verify-attestation --type slsaprovenance1|openvex` accept them with the signing key, in the legacy
// `.att` form and as Sigstore bundle referrers, each statement naming the image's digest and carrying
// the file's document as its predicate; another key is refused. A second run attests nothing new.
// promote carries the candidate's attestations without their internal signatures: every SBOM,
// provenance and VEX attestation the internal key signed (on the index and on each platform; ours
// and the real cosign's, bundle and .att) is attested again with the release key, naming the public
// repository, so cosign v2 and v3 verify-attestation accept it there with the release key and not
// with the internal one, and no byte of it names the internal registry; another key's attestation
// stays behind with a warning; a dry run plans and writes nothing, a re-run writes nothing; mirror
// carries the release attestations as they are; copy-signatures: true copies the internal ones
// instead. A file of the wrong shape is a one-line error naming its input.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, cosignAttest, cosignVerifyAttestation, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { fetchManifest, type PushedImage, pushImage, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";

/** A small SLSA v1 provenance predicate (https://slsa.dev/spec/v1.0/provenance). */
const PROVENANCE = {
  buildDefinition: {
    buildType: "https://example.com/image-actions/build-distroless/v1",
    externalParameters: { platforms: ["linux/amd64"], debianPackages: ["dumb-init"] },
    internalParameters: {},
    resolvedDependencies: [
      {
        uri: "pkg:deb/debian/dumb-init@1.2.5-2?arch=amd64",
        digest: { sha256: "0".repeat(64) },
      },
    ],
  },
  runDetails: {
    builder: { id: "https://github.com/example/app/.github/workflows/release.yml@refs/heads/main" },
    metadata: { invocationId: "https://github.com/example/app/actions/runs/1/attempts/1" },
  },
};

/** A small OpenVEX document with one statement (https://github.com/openvex/spec). */
const VEX = {
  "@context": "https://openvex.dev/ns/v0.2.0",
  "@id": "https://example.com/vex/app-1.0.0",
  author: "release team",
  timestamp: "2025-01-01T00:00:00Z",
  version: 1,
  statements: [
    {
      vulnerability: { name: "CVE-2024-0001" },
      products: [{ "@id": "pkg:oci/app?repository_url=registry.example/app" }],
      status: "not_affected",
      justification: "vulnerable_code_not_in_execute_path",
    },
  ],
};

/** A small SPDX 2.3 document (the SBOM sign's `sbom` input attests). */
const SBOM = {
  spdxVersion: "SPDX-2.3",
  dataLicense: "CC0-1.0",
  SPDXID: "SPDXRef-DOCUMENT",
  name: "app",
  documentNamespace: "https://example.com/spdx/app-1.0.0",
  creationInfo: { created: "2025-01-01T00:00:00Z", creators: ["Tool: image-actions-test"] },
  packages: [],
};

/** Another team's VEX, attested with another key: promote must not carry it. */
const OTHER_VEX_ID = "https://example.com/vex/not-ours";
const OTHER_VEX = { ...VEX, "@id": OTHER_VEX_ID, author: "someone else" };

const SLSA = "https://slsa.dev/provenance/v1";
const OPENVEX = "https://openvex.dev/ns";

const TYPES = [
  { cosignType: "slsaprovenance1", predicateType: "https://slsa.dev/provenance/v1", document: PROVENANCE },
  { cosignType: "openvex", predicateType: "https://openvex.dev/ns", document: VEX },
] as const;

const TYPES_WITH_SBOM: ReadonlyArray<{ cosignType: string; predicateType: string; document: unknown }> = [
  { cosignType: "spdxjson", predicateType: "https://spdx.dev/Document", document: SBOM },
  ...TYPES,
];

interface Statement {
  predicateType: string;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicate: unknown;
}

/** The statements cosign verify-attestation printed (one DSSE envelope per line). */
/**
 * Every byte a destination holds about `digests` besides the image: the `.att` image (manifest and
 * layers) and every referrer listed in the OCI 1.1 fallback index (manifests and layers). The
 * registry is a plain anonymous one without the referrers API.
 */
async function destinationAttestationBytes(registry: TestRegistry, repository: string, digests: string[]) {
  const blob = async (digest: string) => {
    const response = await fetch(`${registry.url}/v2/${repository}/blobs/${digest}`);
    assert.equal(response.status, 200, `blob ${digest}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const withLayers = async (reference: string): Promise<Buffer[]> => {
    const manifest = await fetchManifest(registry, repository, reference);
    if (manifest.status === 404) return [];
    const parsed = JSON.parse(manifest.body.toString("utf8")) as {
      layers?: Array<{ digest: string }>;
      manifests?: Array<{ digest: string }>;
    };
    const layers = await Promise.all((parsed.layers ?? []).map((layer) => blob(layer.digest)));
    const listed = await Promise.all((parsed.manifests ?? []).map((entry) => withLayers(entry.digest)));
    return [manifest.body, ...layers, ...listed.flat()];
  };
  const parts = await Promise.all(
    digests.flatMap((digest) => [withLayers(`${digest.replace(":", "-")}.att`), withLayers(digest.replace(":", "-"))]),
  );
  return Buffer.concat(parts.flat()).toString("latin1");
}

/** The digests of each subject's `.att`, `.sig` and fallback referrers index: what a write would change. */
async function referrerState(registry: TestRegistry, repository: string, digests: string[]) {
  const tags = digests.flatMap((digest) =>
    ["att", "sig", ""].map((suffix) => `${digest.replace(":", "-")}${suffix && `.${suffix}`}`),
  );
  return Promise.all(
    tags.map(async (tag) => {
      const manifest = await fetchManifest(registry, repository, tag);
      return `${tag} ${manifest.status} ${manifest.status === 200 ? manifest.digest : ""}`;
    }),
  );
}

function statementsOf(stdout: string): Statement[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(Buffer.from(JSON.parse(line).payload, "base64").toString("utf8")) as Statement);
}

describe("provenance and VEX attestations", () => {
  let registry: TestRegistry;
  let plain: TestRegistry;
  let env: NodeJS.ProcessEnv;
  let key: CosignKeyPair;
  let other: CosignKeyPair;
  let provenance: string;
  let vex: string;
  let sbom: string;
  let otherVex: string;
  /** Only for its trusted_root.json, which cosign v2.6 wants before it reads a bundle. */
  let mock: SigstoreMock;

  before(async () => {
    [registry, plain] = await Promise.all([startRegistry({ kind: "referrers" }), startRegistry({})]);
    env = { DOCKER_CONFIG: await writeDockerConfig([registry, plain]) };
    const dir = await mkdtemp(join(tmpdir(), "ia-attest-"));
    [key, other] = await Promise.all([generateKeyPair(3, dir, "attest-pw"), generateKeyPair(2, dir, "other-pw")]);
    provenance = join(dir, "provenance.json");
    vex = join(dir, "app.openvex.json");
    await writeFile(provenance, JSON.stringify(PROVENANCE));
    await writeFile(vex, JSON.stringify(VEX));
    sbom = join(dir, "app.spdx.json");
    otherVex = join(dir, "other.openvex.json");
    await writeFile(sbom, JSON.stringify(SBOM));
    await writeFile(otherVex, JSON.stringify(OTHER_VEX));
    mock = await startSigstoreMock(dir, "https://github.com/example/app/.github/workflows/release.yml@refs/heads/main");
  });
  after(async () => {
    await mock.close();
    await Promise.all([registry.stop(), plain.stop()]);
  });

  /**
   * cosign v2 and v3 accept each predicate type in `format` at `ref` with `pubFile`, over `digest`.
   * cosign v2.6 reads no `.att` tag once the image has bundle referrers (`alsoBundles`): v3 alone then
   * checks the legacy form.
   */
  async function assertAttested(
    ref: string,
    digest: string,
    pubFile: string,
    registries: TestRegistry[],
    format: "legacy" | "bundle",
    alsoBundles = false,
    expect: { types?: typeof TYPES_WITH_SBOM; name?: string } = {},
  ): Promise<void> {
    const versions = format === "legacy" && alsoBundles ? ([3] as const) : ([2, 3] as const);
    for (const version of versions) {
      for (const { cosignType, predicateType, document } of expect.types ?? TYPES) {
        const verified = await cosignVerifyAttestation(ref, pubFile, registries, format, {
          type: cosignType,
          version,
          trustedRoot: mock.trustedRootFile,
        });
        assert.equal(
          verified.code,
          0,
          `cosign v${version} --type ${cosignType} (${format}) at ${ref}: ${verified.stderr}`,
        );
        const statements = statementsOf(verified.stdout).filter((item) => item.predicateType === predicateType);
        assert.ok(
          statements.length > 0,
          `cosign v${version} printed no ${predicateType} statement: ${verified.stdout}`,
        );
        for (const statement of statements) {
          assert.deepEqual(statement.predicate, document);
          assert.deepEqual(
            statement.subject.map((subject) => subject.digest.sha256),
            [digest.slice("sha256:".length)],
          );
          if (expect.name)
            assert.deepEqual(
              statement.subject.map((subject) => subject.name),
              [expect.name],
            );
        }
      }
    }
  }

  for (const format of ["legacy", "bundle"] as const) {
    it(`sign attests provenance and VEX (${format}); cosign v2 and v3 verify-attestation accept them`, async () => {
      const image = await pushImage(registry, `attest/${format}`, "1.0.0");
      const inputs = { images: image.ref, key: key.keyFile, "key-password": key.password, format, provenance, vex };
      const run = await runAction("sign", inputs, { env });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const report = JSON.parse(run.outputs.report as string) as {
        attestations: Array<{ format: string; predicateType: string; outcome: string }>;
      };
      assert.deepEqual(
        report.attestations.map((item) => [item.format, item.predicateType, item.outcome]),
        TYPES.map(({ predicateType }) => [`${format}-attestation`, predicateType, "written"]),
      );
      await assertAttested(image.ref, image.digest, key.pubFile, [registry], format);
      for (const { cosignType } of TYPES) {
        const refused = await cosignVerifyAttestation(image.ref, other.pubFile, [registry], format, {
          type: cosignType,
        });
        assert.notEqual(refused.code, 0, `another key's verify-attestation --type ${cosignType} must fail`);
      }
      const again = await runAction("sign", inputs, { env });
      const repeated = JSON.parse(again.outputs.report as string) as { attestations: Array<{ outcome: string }> };
      assert.deepEqual(
        repeated.attestations.map((item) => item.outcome),
        ["exists", "exists"],
      );
    });
  }

  it("promote carries the internal key's attestations (index and platforms, bundle and .att), attested again with the release key under the public name; another key's stay behind; a re-run writes nothing; mirror carries them", async () => {
    const mirror = await startRegistry({ kind: "referrers" });
    try {
      const allEnv = { DOCKER_CONFIG: await writeDockerConfig([registry, plain, mirror]) };
      const release = await generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-attest-release-")), "release-pw");
      const index = await pushIndex(registry, "internal/app", "1.0.0-rc.1", { layers: [512] });
      const [amd64, arm64] = index.children as [PushedImage, PushedImage];
      const internalName = `${registry.host}/internal/app`;
      const attest = (images: string, signing: CosignKeyPair, files: Record<string, string>, format = "both") =>
        runAction(
          "sign",
          { images, key: signing.keyFile, "key-password": signing.password, format, ...files },
          { env: allEnv },
        );
      // The candidate as a release job has it: our sign action attests the SBOM, provenance and VEX
      // of the index (bundle and .att) with the internal key; the real cosign attests each platform's
      // provenance (v3: a bundle with an in-toto v1 statement; v2: the .att tag); another key attests
      // the index with a VEX of its own, which promote must not carry.
      const signed = await attest(index.ref, key, { sbom, provenance, vex });
      assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
      // cosign writes the SLSA predicate through its own Go types (`invocationId` becomes
      // `invocationID`): what must travel is the predicate as cosign signed it, read back here.
      const platformProvenance = new Map<string, unknown>();
      for (const [version, child] of [
        [3, amd64],
        [2, arm64],
      ] as const) {
        const ref = `${internalName}@${child.digest}`;
        await cosignAttest(version, ref, key, provenance, "slsaprovenance1", [registry]);
        const read = await cosignVerifyAttestation(ref, key.pubFile, [registry], version === 3 ? "bundle" : "legacy", {
          type: "slsaprovenance1",
          trustedRoot: mock.trustedRootFile,
        });
        assert.equal(read.code, 0, read.stderr);
        platformProvenance.set(child.digest, statementsOf(read.stdout)[0]?.predicate);
      }
      const foreign = await attest(index.ref, other, { vex: otherVex }, "legacy");
      assert.equal(foreign.exitCode, 0, foreign.stdout + foreign.stderr);

      const promote = (destination: string, extra: Record<string, string> = {}) =>
        runAction(
          "promote",
          {
            source: `${internalName}:1.0.0-rc.1`,
            destinations: destination,
            "verify-key": key.pubFile,
            "sign-key": release.keyFile,
            "sign-key-password": release.password,
            ...extra,
          },
          { env: allEnv },
        );
      type Report = {
        attestations: Array<{ image: string; digest: string; predicateType: string; format: string; outcome: string }>;
      };
      const carriedOf = (report: Report) =>
        report.attestations
          .filter((item) => item.outcome !== "left behind")
          .map((item) => `${item.digest} ${item.predicateType} ${item.format} ${item.outcome}`)
          .sort();
      const expected = (formats: string[], outcome: string) =>
        [
          ...TYPES_WITH_SBOM.map(({ predicateType }) => [index.digest, predicateType]),
          [amd64.digest, SLSA],
          [arm64.digest, SLSA],
        ]
          .flatMap(([digest, type]) => formats.map((format) => `${digest} ${type} ${format} ${outcome}`))
          .sort();

      // A dry run plans them and writes nothing.
      const planned = await promote(`${plain.host}/org/planned:1.0.0`, { format: "both", "dry-run": "true" });
      assert.equal(planned.exitCode, 0, planned.stdout + planned.stderr);
      assert.deepEqual(
        carriedOf(JSON.parse(planned.outputs.report as string)),
        expected(["legacy", "bundle"], "planned"),
      );
      assert.equal((await fetchManifest(plain, "org/planned", index.digest)).status, 404);

      for (const format of ["both", "legacy"] as const) {
        const repository = `org/app-${format}`;
        const publicName = `${plain.host}/${repository}`;
        const promoted = await promote(`${publicName}:1.0.0`, { format });
        assert.equal(promoted.exitCode, 0, promoted.stdout + promoted.stderr);
        const report = JSON.parse(promoted.outputs.report as string) as Report;
        const formats = format === "both" ? ["legacy", "bundle"] : ["legacy"];
        assert.deepEqual(carriedOf(report), expected(formats, "written"));
        // The other key's VEX stays behind, said in one warning line naming its type and digest.
        const behind = report.attestations.filter((item) => item.outcome === "left behind");
        assert.deepEqual(
          behind.map((item) => [item.digest, item.predicateType, item.format]),
          [[index.digest, OPENVEX, "legacy"]],
        );
        const warnings = promoted.stdout.split("\n").filter((line) => line.startsWith("::warning::left behind"));
        assert.equal(warnings.length, 1, promoted.stdout);
        assert.ok(warnings[0]?.includes(`${OPENVEX} about ${index.digest}`), warnings[0]);
        assert.match(promoted.summary, /Attestations verified with the internal key/);

        // cosign v2 and v3 verify every type with the release key, in each format written (v2.6
        // reads no .att once bundles are there), and each statement names the public repository;
        // the internal key's verify nowhere, and the other key's VEX did not travel.
        const byDigest = `${publicName}@${index.digest}`;
        for (const stored of formats as Array<"legacy" | "bundle">) {
          await assertAttested(byDigest, index.digest, release.pubFile, [plain], stored, format === "both", {
            types: TYPES_WITH_SBOM,
            name: publicName,
          });
          for (const child of [amd64, arm64])
            await assertAttested(
              `${publicName}@${child.digest}`,
              child.digest,
              release.pubFile,
              [plain],
              stored,
              format === "both",
              {
                types: [
                  {
                    cosignType: "slsaprovenance1",
                    predicateType: SLSA,
                    document: platformProvenance.get(child.digest),
                  },
                ],
                name: publicName,
              },
            );
          for (const { cosignType } of TYPES_WITH_SBOM)
            for (const version of [2, 3] as const) {
              const internal = await cosignVerifyAttestation(byDigest, key.pubFile, [plain], stored, {
                type: cosignType,
                version,
                trustedRoot: mock.trustedRootFile,
              });
              assert.notEqual(internal.code, 0, `the internal key verifies ${cosignType} (${stored}) at ${byDigest}`);
            }
        }
        const everything = await destinationAttestationBytes(plain, repository, [
          index.digest,
          amd64.digest,
          arm64.digest,
        ]);
        assert.ok(everything.length > 0);
        assert.ok(
          !everything.includes(registry.host),
          `the internal registry ${registry.host} is named at ${publicName}`,
        );
        assert.ok(!everything.includes("internal/app"), `the internal repository is named at ${publicName}`);
        assert.ok(!everything.includes(OTHER_VEX_ID), "the other key's VEX travelled");

        // A re-run finds each one there and writes nothing.
        const before = await referrerState(plain, repository, [index.digest, amd64.digest, arm64.digest]);
        const again = await promote(`${publicName}:1.0.0`, { format });
        assert.equal(again.exitCode, 0, again.stdout + again.stderr);
        assert.deepEqual(carriedOf(JSON.parse(again.outputs.report as string)), expected(formats, "exists"));
        assert.deepEqual(await referrerState(plain, repository, [index.digest, amd64.digest, arm64.digest]), before);
      }

      // mirror carries the release key's attestations as they are: cosign verifies them there.
      const mirrored = await runAction(
        "mirror",
        { source: `${plain.host}/org/app-both:1.0.0`, destinations: `${mirror.host}/org/app:1.0.0` },
        { env: allEnv },
      );
      assert.equal(mirrored.exitCode, 0, mirrored.stdout + mirrored.stderr);
      for (const format of ["legacy", "bundle"] as const)
        await assertAttested(
          `${mirror.host}/org/app@${index.digest}`,
          index.digest,
          release.pubFile,
          [mirror],
          format,
          true,
          {
            types: TYPES_WITH_SBOM,
            name: `${plain.host}/org/app-both`,
          },
        );

      // With copy-signatures: true, promote copies the internal attestations as they are and
      // attests nothing again.
      const copied = await promote(`${plain.host}/org/copied:1.0.0`, { "copy-signatures": "true" });
      assert.equal(copied.exitCode, 0, copied.stdout + copied.stderr);
      assert.deepEqual((JSON.parse(copied.outputs.report as string) as Report).attestations, []);
      for (const format of ["legacy", "bundle"] as const)
        await assertAttested(
          `${plain.host}/org/copied@${index.digest}`,
          index.digest,
          key.pubFile,
          [plain],
          format,
          true,
          {
            types: TYPES_WITH_SBOM,
            name: internalName,
          },
        );
    } finally {
      await mirror.stop();
    }
  });

  it("a file of the wrong shape is a one-line error naming its input", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-attest-bad-"));
    const file = async (name: string, content: string) => {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    };
    const statement = JSON.stringify({
      _type: "https://in-toto.io/Statement/v1",
      predicateType: "https://slsa.dev/provenance/v1",
      subject: [],
      predicate: PROVENANCE,
    });
    const cases: Array<[string, string, string]> = [
      ["provenance", await file("p1.json", "{"), "is not JSON (an SLSA v1 provenance predicate expected)"],
      [
        "provenance",
        await file("p2.json", JSON.stringify({ runDetails: PROVENANCE.runDetails })),
        "is not an SLSA v1 provenance predicate (buildDefinition with buildType and externalParameters expected)",
      ],
      [
        "provenance",
        await file("p3.json", JSON.stringify({ buildDefinition: PROVENANCE.buildDefinition })),
        "is not an SLSA v1 provenance predicate (runDetails.builder.id expected)",
      ],
      [
        "provenance",
        await file("p4.json", statement),
        "is an in-toto statement; give its predicate alone (as cosign attest --predicate takes)",
      ],
      ["vex", await file("v1.json", "[]"), "is not a JSON object"],
      [
        "vex",
        await file("v2.json", JSON.stringify({ ...VEX, "@context": "https://example.com/ns" })),
        "is not an OpenVEX document (@context https://openvex.dev/ns/v… expected)",
      ],
      [
        "vex",
        await file("v3.json", JSON.stringify({ ...VEX, statements: undefined })),
        "is not an OpenVEX document (a statements list expected)",
      ],
      ["vex", await file("v4.json", JSON.stringify(PROVENANCE)), "is not an OpenVEX document (@context"],
    ];
    for (const [input, path, message] of cases) {
      const run = await runAction("sign", { images: "registry.example/app:1", key: "env://IA_UNUSED", [input]: path });
      assert.equal(run.exitCode, 1, `${input} ${path}: ${run.stdout}`);
      assert.equal(run.errors.length, 1, run.stdout);
      assert.ok(
        run.errors[0]?.startsWith(`input '${input}': '${path}' ${message}`),
        `${input} ${path}: ${run.errors[0]}`,
      );
    }
    const missing = await runAction("sign", {
      images: "registry.example/app:1",
      key: "env://IA_UNUSED",
      vex: join(dir, "absent.json"),
    });
    assert.deepEqual(missing.errors, [`input 'vex': cannot read '${join(dir, "absent.json")}': ENOENT`]);
  });
});
