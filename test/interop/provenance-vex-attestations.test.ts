// The sign action attests an SLSA v1 provenance predicate (`provenance`) and an OpenVEX document
// (`vex`) as cosign attest --type slsaprovenance1 / openvex would: the real cosign v2 and v3
// `verify-attestation --type slsaprovenance1|openvex` accept them with the signing key, in the legacy
// `.att` form and as Sigstore bundle referrers, each statement naming the image's digest and carrying
// the file's document as its predicate; another key is refused. A second run attests nothing new.
// promote leaves the internal attestations behind as it does the internal signatures (their
// statements name the internal repository), and carries them with copy-signatures: true; the
// release key's attestations of the promoted image travel with mirror: cosign verifies them at the
// release registry and at the mirror. A file of the wrong shape is a one-line error naming its input.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, cosignVerifyAttestation, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { pushImage, pushIndex } from "../support/images.ts";
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

const TYPES = [
  { cosignType: "slsaprovenance1", predicateType: "https://slsa.dev/provenance/v1", document: PROVENANCE },
  { cosignType: "openvex", predicateType: "https://openvex.dev/ns", document: VEX },
] as const;

interface Statement {
  predicateType: string;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicate: unknown;
}

/** The statements cosign verify-attestation printed (one DSSE envelope per line). */
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
  ): Promise<void> {
    const versions = format === "legacy" && alsoBundles ? ([3] as const) : ([2, 3] as const);
    for (const version of versions) {
      for (const { cosignType, predicateType, document } of TYPES) {
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

  it("promote leaves the internal attestations behind (unless copy-signatures), the release key attests again, mirror carries them", async () => {
    const mirror = await startRegistry({ kind: "referrers" });
    try {
      const allEnv = { DOCKER_CONFIG: await writeDockerConfig([registry, plain, mirror]) };
      const release = await generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-attest-release-")), "release-pw");
      const index = await pushIndex(registry, "internal/app", "1.0.0-rc.1", { layers: [512] });
      const attest = (images: string, signing: CosignKeyPair) =>
        runAction(
          "sign",
          { images, key: signing.keyFile, "key-password": signing.password, format: "both", provenance, vex },
          { env: allEnv },
        );
      const signed = await attest(index.ref, key);
      assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
      const promote = (destination: string, extra: Record<string, string> = {}) =>
        runAction(
          "promote",
          {
            source: index.ref,
            destinations: destination,
            "verify-key": key.pubFile,
            "sign-key": release.keyFile,
            "sign-key-password": release.password,
            ...extra,
          },
          { env: allEnv },
        );

      // The internal attestations name the internal repository and are signed with the internal key:
      // like its signatures (DESIGN.md rule 3), promote leaves them behind.
      const released = `${plain.host}/org/app:1.0.0`;
      const promoted = await promote(released);
      assert.equal(promoted.exitCode, 0, promoted.stdout + promoted.stderr);
      const left = (
        JSON.parse(promoted.outputs.report as string) as { excludedReferrers: Array<{ kind: string; tag?: string }> }
      ).excludedReferrers.filter((item) => item.kind === "attestation");
      // One bundle referrer per predicate, and the one `.att` image holding both envelopes.
      assert.deepEqual(left.map((item) => item.tag ?? "referrer").sort(), [
        "referrer",
        "referrer",
        `${index.digest.replace(":", "-")}.att`,
      ]);
      const releasedByDigest = `${plain.host}/org/app@${index.digest}`;
      for (const format of ["legacy", "bundle"] as const)
        assert.notEqual((await cosignVerifyAttestation(releasedByDigest, key.pubFile, [plain], format)).code, 0);

      // The release workflow attests the public image with the release key; mirror carries that.
      const reattested = await attest(releasedByDigest, release);
      assert.equal(reattested.exitCode, 0, reattested.stdout + reattested.stderr);
      const mirrored = await runAction(
        "mirror",
        { source: released, destinations: `${mirror.host}/org/app:1.0.0` },
        { env: allEnv },
      );
      assert.equal(mirrored.exitCode, 0, mirrored.stdout + mirrored.stderr);
      for (const format of ["legacy", "bundle"] as const) {
        await assertAttested(releasedByDigest, index.digest, release.pubFile, [plain], format, true);
        await assertAttested(
          `${mirror.host}/org/app@${index.digest}`,
          index.digest,
          release.pubFile,
          [mirror],
          format,
          true,
        );
      }

      // With copy-signatures: true, promote carries the internal attestations as they are.
      const copied = await promote(`${plain.host}/org/copied:1.0.0`, { "copy-signatures": "true" });
      assert.equal(copied.exitCode, 0, copied.stdout + copied.stderr);
      for (const format of ["legacy", "bundle"] as const)
        await assertAttested(
          `${plain.host}/org/copied@${index.digest}`,
          index.digest,
          key.pubFile,
          [plain],
          format,
          true,
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
