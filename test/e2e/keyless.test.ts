// Keyless, end to end through the bundles: the sign action takes the workflow's OIDC token from
// GitHub's token endpoint (a stand-in checking the request), gets a certificate from Fulcio and logs
// in Rekor (@sigstore/mock stand-ins); verify-base then verifies by identity and issuer against the
// stand-ins' trusted root (as does the real cosign v3), and refuses another identity, the distroless
// preset and the public-good root.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { cosignBinary, cosignEnv } from "../support/cosign.ts";
import { execTool } from "../support/exec.ts";
import { pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";

const WORKFLOW = "https://github.com/example/app/.github/workflows/release.yml@refs/tags/v1.0.0";

describe("sign and verify-base actions (keyless)", () => {
  let registry: TestRegistry;
  let mock: SigstoreMock;
  let signEnv: NodeJS.ProcessEnv;

  before(async () => {
    registry = await startRegistry({ kind: "referrers" });
    mock = await startSigstoreMock(await mkdtemp(join(tmpdir(), "ia-keyless-e2e-")), WORKFLOW);
    signEnv = { ...mock.oidcEnv, SIGSTORE_FULCIO_URL: mock.fulcioURL, SIGSTORE_REKOR_URL: mock.rekorURL };
  });
  after(async () => {
    await mock.close();
    await registry.stop();
  });

  /** The real cosign v3 checking a keyless signature or attestation against the stand-ins' root. */
  const cosignV3Keyless = async (command: string[], identity: string, format: "bundle" | "legacy", image: string) =>
    execTool(
      cosignBinary(3),
      [
        ...command,
        "--trusted-root",
        mock.trustedRootFile,
        "--certificate-identity",
        identity,
        "--certificate-oidc-issuer",
        mock.identity.issuer,
        "--allow-http-registry",
        ...(format === "legacy" ? ["--new-bundle-format=false"] : []),
        image,
      ],
      { env: await cosignEnv([registry]) },
    );

  it("signs an index in both formats with the workflow identity, and verify-base pins it", async () => {
    const index = await pushIndex(registry, "keyless/app", "1.0.0", { layers: [1024] });
    const ref = `${registry.host}/keyless/app:1.0.0`;
    const signed = await runAction("sign", { images: ref, format: "both" }, { env: signEnv });
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    assert.deepEqual(mock.audiences, ["sigstore"]);
    const signatures = JSON.parse(signed.outputs.signatures as string) as Array<{ digest: string; format: string }>;
    assert.equal(signatures.length, 2 * (1 + index.children.length));
    assert.equal(signed.outputs["public-key"], "");
    const token = mock.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string;
    assert.ok(!(signed.stdout + signed.stderr).replaceAll(`::add-mask::${token}`, "").includes(token));

    // The real cosign v3 verifies both formats against the same trusted root, and refuses another identity.
    for (const format of ["bundle", "legacy"] as const) {
      const image = `${registry.host}/keyless/app@${index.digest}`;
      const accepted = await cosignV3Keyless(["verify"], WORKFLOW, format, image);
      assert.equal(accepted.code, 0, `cosign v3 verify (${format}): ${accepted.stderr}`);
      assert.notEqual((await cosignV3Keyless(["verify"], `${WORKFLOW}x`, format, image)).code, 0);
    }

    const verified = await runAction("verify-base", {
      image: ref,
      "certificate-identity": WORKFLOW,
      "certificate-oidc-issuer": mock.identity.issuer,
      "trusted-root": mock.trustedRootFile,
    });
    assert.equal(verified.exitCode, 0, verified.stdout + verified.stderr);
    assert.equal(verified.outputs.digest, index.digest);
    assert.equal(verified.outputs.image, `${registry.host}/keyless/app@${index.digest}`);
    const found = JSON.parse(verified.outputs.signatures as string) as Array<Record<string, string>>;
    assert.deepEqual(found.map((item) => item.format).sort(), ["bundle", "legacy"]);
    for (const item of found) {
      assert.equal(item.identity, WORKFLOW);
      assert.equal(item.issuer, mock.identity.issuer);
      assert.match(item.logIndex as string, /^\d+$/);
    }
    assert.match(verified.summary, /Rekor log index/);

    const byRegexp = await runAction("verify-base", {
      image: `${registry.host}/keyless/app@${index.children[0]?.digest}`,
      "certificate-identity-regexp": "^https://github\\.com/example/app/",
      "certificate-oidc-issuer-regexp": "^https://token\\.actions\\.githubusercontent\\.com$",
      "trusted-root": mock.trustedRootFile,
    });
    assert.equal(byRegexp.exitCode, 0, byRegexp.stdout + byRegexp.stderr);
  });

  it("attests an SBOM keylessly in both formats, and the real cosign v3 verifies the attestations", async () => {
    const image = await pushIndex(registry, "keyless/sbom", "1.0.0", { layers: [256] });
    const ref = `${registry.host}/keyless/sbom:1.0.0`;
    const sbom = join(await mkdtemp(join(tmpdir(), "ia-keyless-sbom-")), "sbom.spdx.json");
    await writeFile(sbom, JSON.stringify({ spdxVersion: "SPDX-2.3", name: "app", packages: [] }));
    const signed = await runAction("sign", { images: ref, format: "both", recursive: "false", sbom }, { env: signEnv });
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    const stored = JSON.parse(signed.outputs.signatures as string) as Array<{ format: string; storedAt: string }>;
    assert.deepEqual(stored.map((item) => item.format).sort(), [
      "bundle",
      "bundle-attestation",
      "legacy",
      "legacy-attestation",
    ]);
    for (const format of ["bundle", "legacy"] as const) {
      const attested = `${registry.host}/keyless/sbom@${image.digest}`;
      const command = ["verify-attestation", "--type", "spdxjson"];
      const accepted = await cosignV3Keyless(command, WORKFLOW, format, attested);
      assert.equal(accepted.code, 0, `cosign v3 verify-attestation (${format}): ${accepted.stderr}`);
      assert.notEqual((await cosignV3Keyless(command, `${WORKFLOW}x`, format, attested)).code, 0);
    }
  });

  it("verify-base refuses another identity, the distroless preset, and the public-good root", async () => {
    await pushIndex(registry, "keyless/other", "2.0.0", { layers: [512] });
    const ref = `${registry.host}/keyless/other:2.0.0`;
    assert.equal((await runAction("sign", { images: ref }, { env: signEnv })).exitCode, 0);
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        {
          "certificate-identity": "https://github.com/example/app/.github/workflows/other.yml@refs/heads/main",
          "certificate-oidc-issuer": mock.identity.issuer,
          "trusted-root": mock.trustedRootFile,
        },
        /has no keyless signature by .*other\.yml.*: .*signed by https:\/\/github\.com\/example\/app\/.*release\.yml/,
      ],
      [
        { preset: "distroless", "trusted-root": mock.trustedRootFile },
        /has no keyless signature by keyless@distroless\.iam\.gserviceaccount\.com \(issuer https:\/\/accounts\.google\.com\)/,
      ],
      [
        { "certificate-identity": WORKFLOW, "certificate-oidc-issuer": mock.identity.issuer },
        /Failed to verify certificate chain/,
      ],
    ];
    for (const [inputs, reason] of cases) {
      const run = await runAction("verify-base", { image: ref, ...inputs });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.errors.length, 1);
      assert.match(run.errors[0] as string, reason);
      assert.deepEqual(run.outputs, {});
    }
  });
});
