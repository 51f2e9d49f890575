// Keyless signing against Fulcio and Rekor stand-ins (@sigstore/mock), in both storage formats,
// verified against the trusted root of those stand-ins: the identity from the OIDC token is what
// verification sees, and another identity, issuer or trusted root fails closed.
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseReference, RegistryClients } from "@image-actions/oci";
import {
  type IdentityPolicy,
  publicGoodTrustedRoot,
  readLegacySignatures,
  readTrustedRoot,
  signImagesKeyless,
  trustMaterialOf,
  VerificationError,
  verifyImageKeyless,
} from "@image-actions/sigstore";
import { pushImage, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";

const WORKFLOW = "https://github.com/example/app/.github/workflows/release.yml@refs/heads/main";

async function idToken(mock: SigstoreMock): Promise<string> {
  const response = await fetch(`${mock.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sigstore`, {
    headers: { authorization: `Bearer ${mock.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
  });
  return ((await response.json()) as { value: string }).value;
}

for (const kind of ["distribution", "referrers"] as const) {
  describe(`keyless signatures (${kind} registry)`, () => {
    let registry: TestRegistry;
    let clients: RegistryClients;
    let mock: SigstoreMock;
    let exact: IdentityPolicy;

    before(async () => {
      registry = await startRegistry({ kind });
      clients = new RegistryClients({ env: {}, onSecret: () => {} });
      mock = await startSigstoreMock(await mkdtemp(join(tmpdir(), "ia-keyless-")), WORKFLOW);
      exact = { subject: { exact: WORKFLOW }, issuer: { exact: mock.identity.issuer } };
    });
    after(async () => {
      await clients.close();
      await mock.close();
      await registry.stop();
    });

    for (const format of ["legacy", "bundle"] as const) {
      it(`signs an index and its children (${format}) and verifies them by identity`, async () => {
        const index = await pushIndex(registry, `keyless/${format}`, "v1", { layers: [512] });
        const reference = parseReference(`${registry.host}/keyless/${format}:v1`);
        const signed = await signImagesKeyless(
          clients,
          [reference],
          { identityToken: await idToken(mock), fulcioURL: mock.fulcioURL, rekorURL: mock.rekorURL },
          { recursive: true, formats: [format] },
        );
        assert.deepEqual(
          signed.map((item) => item.digest),
          [index.digest, ...index.children.map((child) => child.digest)],
        );
        assert.ok(mock.requests.includes("POST /api/v2/signingCert"));
        assert.ok(mock.requests.includes("POST /api/v1/log/entries"));

        const trust = trustMaterialOf(await readTrustedRoot(mock.trustedRootFile));
        for (const digest of [index.digest, ...index.children.map((child) => child.digest)]) {
          const verified = await verifyImageKeyless(
            clients,
            parseReference(`${registry.host}/keyless/${format}@${digest}`),
            {
              trust,
              identity: exact,
            },
          );
          assert.equal(verified.digest, digest);
          assert.deepEqual(
            verified.signatures.map((signature) => [
              signature.format,
              signature.identity.subject,
              signature.identity.issuer,
            ]),
            [[format, WORKFLOW, mock.identity.issuer]],
          );
          assert.match(verified.signatures[0]?.logIndex ?? "", /^\d+$/);
        }
        if (format === "legacy") {
          const [stored] = await readLegacySignatures(clients.for(registry.host), `keyless/${format}`, index.digest);
          assert.ok(stored?.annotations["dev.sigstore.cosign/certificate"]?.includes("BEGIN CERTIFICATE"));
          assert.ok(stored?.annotations["dev.sigstore.cosign/bundle"]?.includes("SignedEntryTimestamp"));
        }

        const reference1 = parseReference(`${registry.host}/keyless/${format}:v1`);
        const failsWith = async (policy: Parameters<typeof verifyImageKeyless>[2], reason: RegExp) =>
          assert.rejects(verifyImageKeyless(clients, reference1, policy), (error: Error) => {
            assert.ok(error instanceof VerificationError);
            assert.match(error.message, reason);
            return true;
          });
        await failsWith({ trust, identity: { ...exact, subject: { exact: `${WORKFLOW}x` } } }, /signed by .*, not /);
        await failsWith(
          { trust, identity: { ...exact, issuer: { regexp: /^https:\/\/accounts\.google\.com$/ } } },
          /issuer https:\/\/token\.actions\.githubusercontent\.com vouched for the signer, not/,
        );
        await failsWith(
          { trust: trustMaterialOf(publicGoodTrustedRoot()), identity: exact },
          /no keyless signature by .*certificate chain/i,
        );
      });
    }

    it("does not accept a keyless signature of one image for another", async () => {
      const one = await pushImage(registry, "keyless/one", "v1", { layers: [256] });
      const other = await pushImage(registry, "keyless/other", "v1", { layers: [300] });
      await signImagesKeyless(
        clients,
        [parseReference(`${registry.host}/keyless/one:v1`)],
        { identityToken: await idToken(mock), fulcioURL: mock.fulcioURL, rekorURL: mock.rekorURL },
        { recursive: false, formats: ["legacy"] },
      );
      // Copy one's .sig image to the tag where other's signatures would be.
      const client = clients.for(registry.host);
      const sig = await client.getManifest("keyless/one", `sha256-${one.digest.slice(7)}.sig`);
      for (const blob of sig.blobs)
        await client.uploadBlob("keyless/other", blob, () => client.openBlob("keyless/one", blob));
      await client.putManifest("keyless/other", `sha256-${other.digest.slice(7)}.sig`, sig);
      const trust = trustMaterialOf(await readTrustedRoot(mock.trustedRootFile));
      await assert.rejects(
        verifyImageKeyless(clients, parseReference(`${registry.host}/keyless/other:v1`), { trust, identity: exact }),
        new RegExp(`the signature is for ${one.digest}, not ${other.digest}`),
      );
    });
  });
}
