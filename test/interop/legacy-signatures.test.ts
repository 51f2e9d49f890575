// Keyed signatures in cosign's legacy format agree with the real cosign, v2 and v3, both ways:
// what we sign with a cosign-made encrypted key, cosign verifies; what cosign signs, we verify; and
// every way a signature can be wrong fails closed with a reason.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseReference, RegistryClients, repositoryName } from "@image-actions/oci";
import {
  KeyError,
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  readLegacySignatures,
  requireLegacySignature,
  SIGNATURE_ANNOTATION,
  signImageLegacy,
  signImages,
  verifyImageLegacy,
} from "@image-actions/sigstore";
import { type CosignKeyPair, cosignSign, cosignVerify, generateKeyPair } from "../support/cosign.ts";
import { fetchManifest, pushImage, pushManifest, sha256 } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

describe("legacy (.sig) signatures, interoperable with cosign", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  const keys: Record<string, CosignKeyPair> = {};

  before(async () => {
    registry = await startRegistry({ auth: "basic" });
    const { writeDockerConfig } = await import("../support/docker-config.ts");
    clients = new RegistryClients({ env: { DOCKER_CONFIG: await writeDockerConfig([registry]) }, onSecret: () => {} });
    const dir = await mkdtemp(join(tmpdir(), "ia-interop-keys-"));
    keys.v2 = await generateKeyPair(2, dir, "internal-pw");
    keys.v3 = await generateKeyPair(3, dir, "release-pw");
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  const signingKey = async (pair: CosignKeyPair) =>
    localSigner(loadSigningKey(await readFile(pair.keyFile, "utf8"), pair.password));
  const verificationKey = async (pair: CosignKeyPair) => loadVerificationKey(await readFile(pair.pubFile, "utf8"));
  const client = () => clients.for(registry.host);

  for (const maker of ["v2", "v3"] as const) {
    it(`we sign with a cosign ${maker} encrypted key; cosign v2 and v3 verify it`, async () => {
      const image = await pushImage(registry, `ours-${maker}/app`, "1.0.0");
      const key = await signingKey(keys[maker] as CosignKeyPair);
      const result = await signImageLegacy(client(), `ours-${maker}/app`, image.digest, key, {
        dockerReference: repositoryName({ registry: registry.host, repository: `ours-${maker}/app` }),
      });
      assert.equal(result.outcome, "written");
      for (const version of [2, 3] as const) {
        const verified = await cosignVerify(
          version,
          image.ref,
          (keys[maker] as CosignKeyPair).pubFile,
          [registry],
          "legacy",
        );
        assert.equal(verified.code, 0, `cosign v${version}: ${verified.stderr}`);
      }
    });
  }

  it("signing twice with the same key is a no-op, not a duplicate", async () => {
    const image = await pushImage(registry, "twice/app", "1.0.0");
    const key = await signingKey(keys.v2 as CosignKeyPair);
    const options = { dockerReference: `${registry.host}/twice/app` };
    assert.equal((await signImageLegacy(client(), "twice/app", image.digest, key, options)).outcome, "written");
    assert.equal((await signImageLegacy(client(), "twice/app", image.digest, key, options)).outcome, "exists");
    assert.equal((await readLegacySignatures(client(), "twice/app", image.digest)).length, 1);
  });

  it("two tags of one image, signed in one call, get one signature", async () => {
    const image = await pushImage(registry, "two-tags/app", "1.0.0");
    await pushManifest(registry, "two-tags/app", "1.0", image.manifest, image.mediaType);
    const key = await signingKey(keys.v2 as CosignKeyPair);
    const references = ["1.0.0", "1.0"].map((tag) => parseReference(`${registry.host}/two-tags/app:${tag}`));
    const signed = await signImages(clients, references, key, { recursive: true, formats: ["legacy"] });
    assert.deepEqual(
      signed.map((item) => [item.digest, item.outcome]),
      [[image.digest, "written"]],
    );
    assert.equal((await readLegacySignatures(client(), "two-tags/app", image.digest)).length, 1);
  });

  it("cosign signs (v2 and v3, legacy); we verify with its public key and refuse with another", async () => {
    const image = await pushImage(registry, "theirs/app", "1.0.0");
    await cosignSign(2, image.ref, keys.v2 as CosignKeyPair, [registry], "legacy");
    await cosignSign(3, image.ref, keys.v3 as CosignKeyPair, [registry], "legacy");
    const byV2 = await verifyImageLegacy(
      client(),
      "theirs/app",
      image.digest,
      await verificationKey(keys.v2 as CosignKeyPair),
    );
    assert.equal(byV2.verified.length, 1, byV2.rejected.join("; "));
    assert.equal(byV2.verified[0]?.digest, image.digest);
    assert.equal(byV2.rejected.length, 1, "the v3 key's signature is not the v2 key's");
    const byV3 = await verifyImageLegacy(
      client(),
      "theirs/app",
      image.digest,
      await verificationKey(keys.v3 as CosignKeyPair),
    );
    assert.equal(byV3.verified.length, 1);
  });

  it("an internal and a release signature on one image: each key verifies its own only, and cosign agrees", async () => {
    const image = await pushImage(registry, "both/app", "1.0.0");
    const internal = await signingKey(keys.v2 as CosignKeyPair);
    const release = await signingKey(keys.v3 as CosignKeyPair);
    await signImageLegacy(client(), "both/app", image.digest, internal, {
      dockerReference: `${registry.host}/both/app`,
    });
    await signImageLegacy(client(), "both/app", image.digest, release, {
      dockerReference: `${registry.host}/both/app`,
    });
    assert.equal((await readLegacySignatures(client(), "both/app", image.digest)).length, 2, "appended, not replaced");
    for (const pair of [keys.v2, keys.v3] as CosignKeyPair[]) {
      const result = await verifyImageLegacy(client(), "both/app", image.digest, await verificationKey(pair));
      assert.equal(result.verified.length, 1);
      assert.equal((await cosignVerify(3, image.ref, pair.pubFile, [registry], "legacy")).code, 0);
    }
  });

  it("a tampered payload fails closed, for us and for cosign", async () => {
    const image = await pushImage(registry, "tampered/app", "1.0.0");
    await cosignSign(2, image.ref, keys.v2 as CosignKeyPair, [registry], "legacy");
    // Rewrite the .sig image with one byte of the payload changed (an extra space keeps it JSON).
    const tag = `${image.digest.replace(":", "-")}.sig`;
    const sig = JSON.parse((await fetchManifest(registry, "tampered/app", tag)).body.toString()) as {
      layers: Array<{ digest: string; size: number }>;
    };
    const [original] = await readLegacySignatures(client(), "tampered/app", image.digest);
    assert.ok(original);
    const forged = Buffer.from(original.payload.toString().replace('{"critical"', '{ "critical"'));
    const { pushBlob } = await import("../support/images.ts");
    await pushBlob(registry, "tampered/app", { data: forged, digest: sha256(forged) });
    const layer = sig.layers[0] as { digest: string; size: number };
    layer.digest = sha256(forged);
    layer.size = forged.length;
    const body = Buffer.from(JSON.stringify(sig));
    await pushManifest(registry, "tampered/app", tag, body, "application/vnd.oci.image.manifest.v1+json");
    const key = await verificationKey(keys.v2 as CosignKeyPair);
    await assert.rejects(
      requireLegacySignature(client(), "tampered/app", image.digest, key),
      /does not verify with this key/,
    );
    assert.notEqual(
      (await cosignVerify(2, image.ref, (keys.v2 as CosignKeyPair).pubFile, [registry], "legacy")).code,
      0,
    );
  });

  it("a signature moved from another image fails: it is over another digest", async () => {
    const signed = await pushImage(registry, "swap/app", "1.0.0");
    const other = await pushImage(registry, "swap/app", "2.0.0");
    await cosignSign(2, signed.ref, keys.v2 as CosignKeyPair, [registry], "legacy");
    const sig = await fetchManifest(registry, "swap/app", `${signed.digest.replace(":", "-")}.sig`);
    await pushManifest(registry, "swap/app", `${other.digest.replace(":", "-")}.sig`, sig.body, sig.mediaType);
    const key = await verificationKey(keys.v2 as CosignKeyPair);
    await assert.rejects(
      requireLegacySignature(client(), "swap/app", other.digest, key),
      new RegExp(`is for ${signed.digest}, not ${other.digest}`),
    );
  });

  it("a re-pointed tag does not carry the old signature", async () => {
    const signed = await pushImage(registry, "repoint/app", "1.0.0");
    await cosignSign(2, signed.ref, keys.v2 as CosignKeyPair, [registry], "legacy");
    const moved = await pushImage(registry, "repoint/app", "1.0.0");
    const key = await verificationKey(keys.v2 as CosignKeyPair);
    await assert.rejects(
      requireLegacySignature(client(), "repoint/app", moved.digest, key),
      /no signatures are stored/,
    );
  });

  it("the layer annotation and payload have cosign's exact shape", async () => {
    const image = await pushImage(registry, "shape/app", "1.0.0");
    await signImageLegacy(client(), "shape/app", image.digest, await signingKey(keys.v2 as CosignKeyPair), {
      dockerReference: `${registry.host}/shape/app`,
    });
    const [stored] = await readLegacySignatures(client(), "shape/app", image.digest);
    assert.ok(stored?.annotations[SIGNATURE_ANNOTATION]);
    assert.equal(
      stored.payload.toString(),
      `{"critical":{"identity":{"docker-reference":"${registry.host}/shape/app"},"image":{"docker-manifest-digest":"${image.digest}"},"type":"cosign container image signature"},"optional":null}`,
    );
  });
});

describe("keys", () => {
  it("a wrong password is a one-line error", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-keys-"));
    const pair = await generateKeyPair(2, dir, "right");
    const pem = await readFile(pair.keyFile, "utf8");
    assert.throws(
      () => loadSigningKey(pem, "wrong"),
      (error: unknown) =>
        error instanceof KeyError && /wrong password/.test(error.message) && !error.message.includes("\n"),
    );
    assert.throws(() => loadSigningKey(pem), /the key is encrypted/);
  });

  it("malformed and unsupported keys are refused with a reason", () => {
    assert.throws(() => loadSigningKey("not a key"), /not a PEM block/);
    assert.throws(
      () => loadVerificationKey("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"),
      /is not a public key/,
    );
    const p384 = generateKeyPairSync("ec", { namedCurve: "secp384r1" });
    assert.throws(
      () => loadVerificationKey(p384.publicKey.export({ type: "spki", format: "pem" }).toString()),
      /unsupported elliptic curve/,
    );
  });
});
