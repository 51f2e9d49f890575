// Keyed signatures with a transparency-log entry (`tlog-upload: true`, cosign v2's default), against
// the Rekor stand-in: logged once, verified against the log's trusted root by us and by the real
// cosign v3, and the other way round — the real cosign v2's logged keyed signature verified by us.
// A log the root does not trust, an altered entry, or no entry at all fails closed.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { digestOf, parseReference, RegistryClients } from "@image-actions/oci";
import {
  attestImagesLogged,
  keyedSigstoreSigner,
  type LoggedSigning,
  loadVerificationKey,
  localSigner,
  predicateOf,
  publicGoodTrustedRoot,
  publicKeyPem,
  readTrustedRoot,
  type SignatureFormat,
  signImages,
  signImagesLogged,
  type TrustedRootSource,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { cosignBinary, cosignEnv, generateKeyPair } from "../support/cosign.ts";
import { execTool } from "../support/exec.ts";
import { pushImage, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";

function newSigner() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return localSigner({ privateKey, publicKey, algorithm: "ecdsa-p256" });
}

const logPosts = (mock: SigstoreMock) => mock.requests.filter((request) => request === "POST /api/v1/log/entries");

for (const kind of ["distribution", "referrers"] as const) {
  describe(`keyed signatures with a transparency-log entry (${kind} registry)`, () => {
    let registry: TestRegistry;
    let clients: RegistryClients;
    let mock: SigstoreMock;
    let root: TrustedRootSource;
    let dir: string;

    before(async () => {
      registry = await startRegistry({ kind });
      clients = new RegistryClients({ env: {}, onSecret: () => {} });
      dir = await mkdtemp(join(tmpdir(), "ia-keyed-tlog-"));
      mock = await startSigstoreMock(dir, "unused@example.com");
      root = await readTrustedRoot(mock.trustedRootFile);
    });
    after(async () => {
      await clients.close();
      await mock.close();
      await registry.stop();
    });

    for (const format of ["legacy", "bundle"] as const satisfies SignatureFormat[]) {
      it(`signs and logs once (${format}); verifies against the log's root only`, async () => {
        const repository = `logged/${format}`;
        const index = await pushIndex(registry, repository, "v1", { layers: [256] });
        const reference = parseReference(`${registry.host}/${repository}:v1`);
        const signer = newSigner();
        const logged: LoggedSigning = {
          signer: keyedSigstoreSigner(signer),
          key: signer,
          rekorURL: mock.rekorURL,
          description: signer.description,
        };
        const postsBefore = logPosts(mock).length;
        const first = await signImagesLogged(clients, [reference], logged, { recursive: true, formats: [format] });
        assert.deepEqual(
          first.map((item) => item.outcome),
          first.map(() => "written"),
        );
        assert.equal(logPosts(mock).length - postsBefore, 1 + index.children.length);
        // Signing again finds each logged signature by this key: nothing is signed, logged or stored.
        const again = await signImagesLogged(clients, [reference], logged, { recursive: true, formats: [format] });
        assert.deepEqual(
          again.map((item) => [item.digest, item.outcome]),
          first.map((item) => [item.digest, "exists"]),
        );
        assert.equal(logPosts(mock).length - postsBefore, 1 + index.children.length);

        for (const digest of [index.digest, ...index.children.map((child) => child.digest)]) {
          const pinned = parseReference(`${registry.host}/${repository}@${digest}`);
          const verified = await verifyImageWithKey(clients, pinned, signer, { ignoreTlog: false, trustedRoot: root });
          assert.equal(verified.signatures.length, 1);
          assert.match(verified.signatures[0]?.logIndex ?? "", /^\d+$/);
        }
        await assert.rejects(
          verifyImageWithKey(clients, reference, signer, { ignoreTlog: false, trustedRoot: publicGoodTrustedRoot() }),
          /transparency-log entry does not verify against Sigstore public-good/,
        );
        await assert.rejects(
          verifyImageWithKey(clients, reference, newSigner(), { ignoreTlog: false, trustedRoot: root }),
          /no signature that verifies with the key/,
        );
        const ignoring = await verifyImageWithKey(clients, reference, signer, { ignoreTlog: true });
        assert.equal(ignoring.signatures[0]?.logIndex, undefined);

        // The real cosign v3 checks the same entry against the same root.
        const pubFile = join(dir, `${format}-${kind}.pub`);
        await writeFile(pubFile, publicKeyPem(signer));
        const cosignVerify = async (trustedRoot: string) =>
          execTool(
            cosignBinary(3),
            [
              "verify",
              "--key",
              pubFile,
              "--trusted-root",
              trustedRoot,
              "--allow-http-registry",
              ...(format === "legacy" ? ["--new-bundle-format=false"] : []),
              `${registry.host}/${repository}@${index.digest}`,
            ],
            { env: await cosignEnv([registry]) },
          );
        const accepted = await cosignVerify(mock.trustedRootFile);
        assert.equal(accepted.code, 0, `cosign v3 verify (${format}): ${accepted.stderr}`);
      });
    }

    it("refuses an altered log entry, and a keyed signature with none unless ignore-tlog", async () => {
      const image = await pushImage(registry, "logged/altered", "v1", { layers: [128] });
      const reference = parseReference(`${registry.host}/logged/altered:v1`);
      const signer = newSigner();
      const logged = { signer: keyedSigstoreSigner(signer), key: signer, rekorURL: mock.rekorURL, description: "k" };
      await signImagesLogged(clients, [reference], logged, { recursive: false, formats: ["legacy"] });
      // Move the entry's integrated time: the signed entry timestamp no longer covers it.
      const client = clients.for(registry.host);
      const tag = `sha256-${image.digest.slice(7)}.sig`;
      const sig = JSON.parse((await client.getManifest("logged/altered", tag)).bytes.toString("utf8"));
      const rekor = JSON.parse(sig.layers[0].annotations["dev.sigstore.cosign/bundle"]);
      rekor.Payload.integratedTime += 3600;
      sig.layers[0].annotations["dev.sigstore.cosign/bundle"] = JSON.stringify(rekor);
      await pushManifestJson(client, "logged/altered", tag, sig);
      await assert.rejects(
        verifyImageWithKey(clients, reference, signer, { ignoreTlog: false, trustedRoot: root }),
        /transparency-log entry does not verify .*inclusion promise could not be verified/,
      );

      const unlogged = await pushImage(registry, "logged/unlogged", "v1", { layers: [128] });
      const unloggedRef = parseReference(`${registry.host}/logged/unlogged@${unlogged.digest}`);
      await signImages(clients, [unloggedRef], signer, { recursive: false, formats: ["legacy"] });
      await assert.rejects(
        verifyImageWithKey(clients, unloggedRef, signer, { ignoreTlog: false, trustedRoot: root }),
        /has no transparency-log entry; set ignore-tlog: true/,
      );
      assert.equal((await verifyImageWithKey(clients, unloggedRef, signer, { ignoreTlog: true })).signatures.length, 1);
    });

    it("attests an SBOM with a logged keyed signature, once", async () => {
      await pushImage(registry, "logged/sbom", "v1", { layers: [128] });
      const reference = parseReference(`${registry.host}/logged/sbom:v1`);
      const signer = newSigner();
      const logged = { signer: keyedSigstoreSigner(signer), key: signer, rekorURL: mock.rekorURL, description: "k" };
      const sbom = { spdxVersion: "SPDX-2.3", name: "app", packages: [] };
      const options = { predicates: [predicateOf("sbom", sbom)], formats: ["legacy", "bundle"] as SignatureFormat[] };
      const first = await attestImagesLogged(clients, [reference], logged, options);
      assert.deepEqual(
        first.map((item) => [item.format, item.outcome, item.predicateType]),
        [
          ["legacy-attestation", "written", "https://spdx.dev/Document"],
          ["bundle-attestation", "written", "https://spdx.dev/Document"],
        ],
      );
      const again = await attestImagesLogged(clients, [reference], logged, options);
      assert.deepEqual(
        again.map((item) => item.outcome),
        ["exists", "exists"],
      );
      const att = await clients
        .for(registry.host)
        .getManifest("logged/sbom", `sha256-${first[0]?.digest.slice(7)}.att`);
      assert.equal(att.blobs.length, 2, "config and one attestation layer");
    });

    if (kind === "distribution") {
      it("verifies the real cosign v2's logged keyed signature against the log's root", async () => {
        const image = await pushImage(registry, "logged/cosign", "v1", { layers: [128] });
        const keys = await generateKeyPair(2, dir, "pw");
        const ref = `${registry.host}/logged/cosign@${image.digest}`;
        const signed = await execTool(
          cosignBinary(2),
          ["sign", "--key", keys.keyFile, "--rekor-url", mock.rekorURL, "--yes", "--allow-http-registry", ref],
          { env: await cosignEnv([registry], keys.password) },
        );
        assert.equal(signed.code, 0, `cosign v2 sign: ${signed.stderr}`);
        const key = loadVerificationKey(await readFile(keys.pubFile, "utf8"));
        const verified = await verifyImageWithKey(clients, parseReference(ref), key, {
          ignoreTlog: false,
          trustedRoot: root,
        });
        assert.match(verified.signatures[0]?.logIndex ?? "", /^\d+$/);
        await assert.rejects(
          verifyImageWithKey(clients, parseReference(ref), key, { ignoreTlog: false }),
          /does not verify against Sigstore public-good/,
        );
      });
    }
  });
}

async function pushManifestJson(
  client: ReturnType<RegistryClients["for"]>,
  repository: string,
  tag: string,
  manifest: { mediaType: string },
): Promise<void> {
  const bytes = Buffer.from(JSON.stringify(manifest));
  await client.putManifest(repository, tag, { bytes, digest: digestOf(bytes), mediaType: manifest.mediaType });
}
