// Provenance and VEX attestations signed keylessly, and attestations with a transparency-log entry,
// end to end through the bundles, against the Sigstore stand-ins (test/support/sigstore-mock.ts):
// - sign with the workflow's OIDC token attests `provenance` and `vex` (Fulcio certificate, Rekor
//   entry) as `.att` and as bundle referrers; the real cosign v2 and v3 `verify-attestation --type
//   slsaprovenance1|openvex` accept both by identity and issuer against the stand-ins' trusted
//   root, each statement naming the image's digest, and refuse another identity or issuer;
// - verify-base's `require-attestations` with `identity=… issuer=…` passes on those attestations,
//   and fails in one line naming the type and the required identity when the identity or the
//   issuer differs, or when the base carries only keyed attestations;
// - the legacy `.att` log entry is checked: a keyed attestation logged in Rekor (`tlog-upload:
//   true`) passes `key=…` with the log checked (cosign v3 agrees), and is refused once its entry is
//   altered or removed (and accepted again with ignore-tlog: true); a keyless `.att` whose entry is
//   altered or removed is refused too.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type ActionRun, runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, type CosignVersion, cosignBinary, cosignEnv, generateKeyPair } from "../support/cosign.ts";
import { execTool } from "../support/exec.ts";
import { fetchManifest, pushImage, pushIndex, pushManifest } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";

const WORKFLOW = "https://github.com/example/base/.github/workflows/release.yml@refs/tags/v1.0.0";
const OTHER_WORKFLOW = "https://github.com/example/base/.github/workflows/other.yml@refs/tags/v1.0.0";
const REKOR_BUNDLE = "dev.sigstore.cosign/bundle";

/** A small SLSA v1 provenance predicate (https://slsa.dev/spec/v1.0/provenance). */
const PROVENANCE = {
  buildDefinition: {
    buildType: "https://example.com/image-actions/build-distroless/v1",
    externalParameters: { platforms: ["linux/amd64"] },
  },
  runDetails: { builder: { id: WORKFLOW } },
};

/** A small OpenVEX document (https://github.com/openvex/spec). */
const VEX = {
  "@context": "https://openvex.dev/ns/v0.2.0",
  "@id": "https://example.com/vex/base-1",
  author: "base team",
  timestamp: "2025-01-01T00:00:00Z",
  version: 1,
  statements: [
    {
      vulnerability: { name: "CVE-2024-0001" },
      products: [{ "@id": "pkg:oci/base" }],
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
  subject: Array<{ digest: Record<string, string> }>;
  predicate: unknown;
}

/** The statements cosign verify-attestation printed (one DSSE envelope per line). */
function statementsOf(stdout: string): Statement[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(Buffer.from(JSON.parse(line).payload, "base64").toString("utf8")) as Statement);
}

/** The action failed with exactly one error line, which is returned. */
function oneError(run: ActionRun): string {
  assert.equal(run.exitCode, 1, run.stdout);
  assert.equal(run.errors.length, 1, run.stdout);
  assert.deepEqual(run.outputs, {});
  return run.errors[0] as string;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe("keyless provenance and VEX attestations, and logged .att entries", () => {
  let registry: TestRegistry;
  let mock: SigstoreMock;
  let key: CosignKeyPair;
  let dir: string;
  let provenance: string;
  let vex: string;
  let keylessEnv: NodeJS.ProcessEnv;
  let keyedEnv: NodeJS.ProcessEnv;

  before(async () => {
    registry = await startRegistry({ kind: "referrers" });
    dir = await mkdtemp(join(tmpdir(), "ia-keyless-attest-"));
    mock = await startSigstoreMock(dir, WORKFLOW);
    key = await generateKeyPair(2, dir, "keyed-pw");
    provenance = join(dir, "provenance.json");
    vex = join(dir, "base.openvex.json");
    await writeFile(provenance, JSON.stringify(PROVENANCE));
    await writeFile(vex, JSON.stringify(VEX));
    keylessEnv = { ...mock.oidcEnv, SIGSTORE_FULCIO_URL: mock.fulcioURL, SIGSTORE_REKOR_URL: mock.rekorURL };
    keyedEnv = { COSIGN_PASSWORD: key.password, SIGSTORE_REKOR_URL: mock.rekorURL };
  });
  after(async () => {
    await mock.close();
    await registry.stop();
  });

  /** The real cosign `verify-attestation` of a keyless attestation, against the stand-ins' root. */
  const cosignVerifyKeyless = async (
    version: CosignVersion,
    image: string,
    type: string,
    format: "legacy" | "bundle",
    identity = WORKFLOW,
    issuer = mock.identity.issuer,
  ) => {
    // cosign v2.6 takes --trusted-root with --new-bundle-format only; for .att it reads the same
    // trust from its private-deployment environment variables.
    const v2Legacy = version === 2 && format === "legacy";
    return execTool(
      cosignBinary(version),
      [
        "verify-attestation",
        "--type",
        type,
        ...(v2Legacy ? [] : ["--trusted-root", mock.trustedRootFile]),
        "--certificate-identity",
        identity,
        "--certificate-oidc-issuer",
        issuer,
        "--allow-http-registry",
        `--new-bundle-format=${format === "bundle"}`,
        image,
      ],
      { env: { ...(await cosignEnv([registry])), ...(v2Legacy ? mock.cosignV2LegacyTrustEnv : {}) } },
    );
  };

  const requireKeyless = (type: string, identity = WORKFLOW, issuer = mock.identity.issuer) =>
    `${type} identity=${identity} issuer=${issuer}`;

  /** verify-base of a keylessly signed base, with `requirements`. */
  const verifyKeylessBase = (image: string, requirements: string) =>
    runAction("verify-base", {
      image,
      "certificate-identity": WORKFLOW,
      "certificate-oidc-issuer": mock.identity.issuer,
      "trusted-root": mock.trustedRootFile,
      "require-attestations": requirements,
    });

  /** Rewrite the annotations of the `.att` image's only layer of `digest` in `repository`. */
  const rewriteAttLayer = async (
    repository: string,
    digest: string,
    edit: (annotations: Record<string, string>) => void,
  ) => {
    const tag = `${digest.replace(":", "-")}.att`;
    const fetched = await fetchManifest(registry, repository, tag);
    assert.equal(fetched.status, 200, `${repository}:${tag}`);
    const manifest = JSON.parse(fetched.body.toString("utf8")) as {
      layers: Array<{ annotations: Record<string, string> }>;
    };
    assert.equal(manifest.layers.length, 1, "one attestation layer");
    const [layer] = manifest.layers;
    assert.ok(layer?.annotations[REKOR_BUNDLE], "the .att layer carries its log entry");
    edit(layer.annotations);
    await pushManifest(registry, repository, tag, Buffer.from(JSON.stringify(manifest)), fetched.mediaType);
  };
  /**
   * Claim another log index: the signed entry timestamp no longer covers the entry. (Not the time:
   * a keyless certificate would then be out of its validity, another check failing first.)
   */
  const alterLogEntry = (annotations: Record<string, string>) => {
    const entry = JSON.parse(annotations[REKOR_BUNDLE] as string);
    entry.Payload.logIndex += 1;
    annotations[REKOR_BUNDLE] = JSON.stringify(entry);
  };
  const removeLogEntry = (annotations: Record<string, string>) => {
    delete annotations[REKOR_BUNDLE];
  };

  for (const format of ["legacy", "bundle"] as const) {
    it(`sign attests provenance and VEX keylessly (${format}); cosign v2 and v3 verify them by identity`, async () => {
      const image = await pushImage(registry, `keyless-attest/${format}`, "1.0.0", { layers: [256] });
      const logged = mock.requests.filter((request) => request === "POST /api/v1/log/entries").length;
      const signed = await runAction("sign", { images: image.ref, format, provenance, vex }, { env: keylessEnv });
      assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
      const report = JSON.parse(signed.outputs.report as string) as {
        attestations: Array<{ format: string; predicateType: string; outcome: string }>;
      };
      assert.deepEqual(
        report.attestations.map((item) => [item.format, item.predicateType, item.outcome]),
        TYPES.map(({ predicateType }) => [`${format}-attestation`, predicateType, "written"]),
      );
      // One signature and two attestations, each in the log.
      assert.equal(mock.requests.filter((request) => request === "POST /api/v1/log/entries").length - logged, 3);

      for (const version of [2, 3] as const) {
        for (const { cosignType, predicateType, document } of TYPES) {
          const what = `cosign v${version} verify-attestation --type ${cosignType} (${format})`;
          const verified = await cosignVerifyKeyless(version, image.ref, cosignType, format);
          assert.equal(verified.code, 0, `${what}: ${verified.stderr}`);
          const statements = statementsOf(verified.stdout).filter((item) => item.predicateType === predicateType);
          assert.ok(statements.length > 0, `${what} printed no ${predicateType} statement: ${verified.stdout}`);
          for (const statement of statements) {
            assert.deepEqual(statement.predicate, document);
            assert.deepEqual(
              statement.subject.map((subject) => subject.digest.sha256),
              [image.digest.slice("sha256:".length)],
            );
          }
          const otherIdentity = await cosignVerifyKeyless(version, image.ref, cosignType, format, OTHER_WORKFLOW);
          assert.notEqual(otherIdentity.code, 0, `${what} must refuse another identity`);
          const otherIssuer = await cosignVerifyKeyless(
            version,
            image.ref,
            cosignType,
            format,
            WORKFLOW,
            "https://accounts.google.com",
          );
          assert.notEqual(otherIssuer.code, 0, `${what} must refuse another issuer`);
        }
      }
    });
  }

  it("verify-base requires keyless attestations by identity and issuer, and names the one missing", async () => {
    const index = await pushIndex(registry, "keyless-attest/base", "1", { layers: [128] });
    const signed = await runAction(
      "sign",
      { images: index.ref, format: "both", recursive: "false", provenance, vex },
      { env: keylessEnv },
    );
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);

    const passed = await verifyKeylessBase(
      index.ref,
      [requireKeyless("slsaprovenance1"), requireKeyless("https://openvex.dev/ns")].join("\n"),
    );
    assert.equal(passed.exitCode, 0, passed.stdout);
    const report = JSON.parse(passed.outputs.report as string) as {
      attestations: Array<{
        predicateType: string;
        signer: string;
        found: Array<{ digest: string; format: string; logIndex?: string }>;
      }>;
    };
    assert.deepEqual(
      report.attestations.map((item) => [item.predicateType, item.signer, item.found.map((found) => found.digest)]),
      TYPES.map(({ predicateType }) => [predicateType, `${WORKFLOW} (issuer ${mock.identity.issuer})`, [index.digest]]),
    );
    for (const item of report.attestations) assert.match(item.found[0]?.logIndex ?? "", /^\d+$/);

    // A keyed base signature may ask for keyless attestations too (a trusted root is then needed).
    const keyedBase = await pushIndex(registry, "keyless-attest/keyed-base", "1", { layers: [96] });
    const keyedSigned = await runAction(
      "sign",
      { images: keyedBase.ref, key: key.keyFile, recursive: "false" },
      { env: { COSIGN_PASSWORD: key.password } },
    );
    assert.equal(keyedSigned.exitCode, 0, keyedSigned.stdout + keyedSigned.stderr);
    const keylessProvenance = await runAction(
      "sign",
      { images: keyedBase.ref, format: "legacy", recursive: "false", provenance },
      { env: keylessEnv },
    );
    assert.equal(keylessProvenance.exitCode, 0, keylessProvenance.stdout + keylessProvenance.stderr);
    const mixed = await runAction("verify-base", {
      image: keyedBase.ref,
      key: key.pubFile,
      "ignore-tlog": "true",
      "trusted-root": mock.trustedRootFile,
      "require-attestations": requireKeyless("slsaprovenance1"),
    });
    assert.equal(mixed.exitCode, 0, mixed.stdout);

    const cases: Array<[string, string]> = [
      [OTHER_WORKFLOW, mock.identity.issuer],
      [WORKFLOW, "https://accounts.google.com"],
    ];
    for (const [identity, issuer] of cases) {
      const error = oneError(await verifyKeylessBase(index.ref, requireKeyless("slsaprovenance1", identity, issuer)));
      assert.match(
        error,
        new RegExp(
          `carries no slsaprovenance1 \\(https://slsa\\.dev/provenance/v1\\) attestation signed by ${escaped(identity)} \\(issuer ${escaped(issuer)}\\)`,
        ),
      );
      // It says what was found instead: the right type by the workflow that did sign it.
      assert.match(error, new RegExp(`found: .*${escaped(identity === WORKFLOW ? mock.identity.issuer : WORKFLOW)}`));
    }
  });

  it("verify-base refuses a keyless requirement that only keyed attestations meet", async () => {
    const index = await pushIndex(registry, "keyless-attest/keyed-only", "1", { layers: [64] });
    const signed = await runAction(
      "sign",
      { images: index.ref, key: key.keyFile, format: "both", recursive: "false", provenance },
      { env: { COSIGN_PASSWORD: key.password } },
    );
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    const keyedPasses = await runAction("verify-base", {
      image: index.ref,
      key: key.pubFile,
      "ignore-tlog": "true",
      "require-attestations": `slsaprovenance1 key=${key.pubFile}`,
    });
    assert.equal(keyedPasses.exitCode, 0, keyedPasses.stdout);
    const error = oneError(
      await runAction("verify-base", {
        image: index.ref,
        key: key.pubFile,
        "ignore-tlog": "true",
        "trusted-root": mock.trustedRootFile,
        "require-attestations": requireKeyless("slsaprovenance1"),
      }),
    );
    assert.match(
      error,
      new RegExp(
        `carries no slsaprovenance1 \\(https://slsa\\.dev/provenance/v1\\) attestation signed by ${escaped(WORKFLOW)} \\(issuer ${escaped(mock.identity.issuer)}\\)`,
      ),
    );
    assert.match(error, /signed with a key, not keyless/);
    assert.match(error, /a keyed attestation, not a keyless one/);
  });

  it("a keyed .att with a log entry passes with the log checked, and not once the entry is altered or removed", async () => {
    const image = await pushImage(registry, "logged-attest/app", "1", { layers: [64] });
    const signed = await runAction(
      "sign",
      { images: image.ref, key: key.keyFile, format: "legacy", "tlog-upload": "true", provenance },
      { env: keyedEnv },
    );
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    const requirement = `slsaprovenance1 key=${key.pubFile}`;
    const verify = (ignoreTlog: boolean) =>
      runAction("verify-base", {
        image: image.ref,
        key: key.pubFile,
        "ignore-tlog": String(ignoreTlog),
        ...(ignoreTlog ? {} : { "trusted-root": mock.trustedRootFile }),
        "require-attestations": requirement,
      });
    const passed = await verify(false);
    assert.equal(passed.exitCode, 0, passed.stdout);
    const report = JSON.parse(passed.outputs.report as string) as {
      attestations: Array<{ found: Array<{ format: string; logIndex?: string }> }>;
    };
    assert.equal(report.attestations[0]?.found[0]?.format, "legacy");
    assert.match(report.attestations[0]?.found[0]?.logIndex ?? "", /^\d+$/);
    // The real cosign v3 checks the same entry against the same root.
    const cosign = await execTool(
      cosignBinary(3),
      [
        "verify-attestation",
        "--type",
        "slsaprovenance1",
        "--key",
        key.pubFile,
        "--trusted-root",
        mock.trustedRootFile,
        "--allow-http-registry",
        "--new-bundle-format=false",
        image.ref,
      ],
      { env: await cosignEnv([registry]) },
    );
    assert.equal(cosign.code, 0, `cosign v3 verify-attestation with the log: ${cosign.stderr}`);

    const named = /carries no slsaprovenance1 \(https:\/\/slsa\.dev\/provenance\/v1\) attestation signed by/;
    await rewriteAttLayer("logged-attest/app", image.digest, alterLogEntry);
    const altered = oneError(await verify(false));
    assert.match(altered, named);
    assert.match(altered, /transparency-log entry does not verify .*inclusion promise could not be verified/);
    assert.equal((await verify(true)).exitCode, 0, "the signature itself still verifies with the key");

    await rewriteAttLayer("logged-attest/app", image.digest, removeLogEntry);
    const removed = oneError(await verify(false));
    assert.match(removed, named);
    assert.match(removed, /signed with the key but has no transparency-log entry/);
  });

  it("a keyless .att whose log entry is altered or removed is refused", async () => {
    const image = await pushImage(registry, "logged-attest/keyless", "1", { layers: [48] });
    const signed = await runAction("sign", { images: image.ref, format: "legacy", provenance }, { env: keylessEnv });
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    const requirement = requireKeyless("slsaprovenance1");
    assert.equal((await verifyKeylessBase(image.ref, requirement)).exitCode, 0);

    const named = new RegExp(
      `carries no slsaprovenance1 \\(https://slsa\\.dev/provenance/v1\\) attestation signed by ${escaped(WORKFLOW)}`,
    );
    await rewriteAttLayer("logged-attest/keyless", image.digest, alterLogEntry);
    const altered = oneError(await verifyKeylessBase(image.ref, requirement));
    assert.match(altered, named);
    assert.match(altered, /inclusion promise could not be verified/);
    for (const version of [2, 3] as const)
      assert.notEqual(
        (await cosignVerifyKeyless(version, image.ref, "slsaprovenance1", "legacy")).code,
        0,
        `cosign v${version} must refuse the altered entry too`,
      );

    await rewriteAttLayer("logged-attest/keyless", image.digest, removeLogEntry);
    const removed = oneError(await verifyKeylessBase(image.ref, requirement));
    assert.match(removed, named);
    assert.match(removed, /no transparency-log entry/);
  });
});
