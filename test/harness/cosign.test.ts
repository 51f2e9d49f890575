// The real cosign, v2 and v3, signs fixture images on the TLS registry and verifies them with the
// matching public key only; v3 also writes bundles as referrers on the referrers-API registry.
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type CosignKeyPair, cosignSign, cosignVerify, generateKeyPair } from "../support/cosign.ts";
import { fetchManifest, pushImage } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { rawRequest } from "../support/registry-http.ts";

for (const version of [2, 3] as const) {
  describe(`cosign v${version} on the TLS registry with basic auth`, () => {
    let registry: TestRegistry;
    let key: CosignKeyPair;
    let otherKey: CosignKeyPair;
    before(async () => {
      registry = await startRegistry({ tls: true, auth: "basic" });
      const dir = await mkdtemp(join(tmpdir(), "ia-cosign-keys-"));
      key = await generateKeyPair(version, dir, "internal-pass");
      otherKey = await generateKeyPair(version, await mkdtemp(join(tmpdir(), "ia-cosign-other-")), "other-pass");
    });
    after(() => registry.stop());

    it("signs an image in the legacy format; its key verifies it, another key does not", async () => {
      const image = await pushImage(registry, "signed/app", "v1");
      await cosignSign(version, image.ref, key, [registry], "legacy");
      const good = await cosignVerify(version, image.ref, key.pubFile, [registry], "legacy");
      assert.equal(good.code, 0, good.stderr);
      const payloads = JSON.parse(good.stdout) as Array<{ critical: { image: { "docker-manifest-digest": string } } }>;
      assert.equal(payloads[0]?.critical.image["docker-manifest-digest"], image.digest);
      const bad = await cosignVerify(version, image.ref, otherKey.pubFile, [registry], "legacy");
      assert.notEqual(bad.code, 0);
    });

    it("an unsigned image does not verify", async () => {
      const image = await pushImage(registry, "unsigned/app", "v1");
      const result = await cosignVerify(version, image.ref, key.pubFile, [registry], "legacy");
      assert.notEqual(result.code, 0);
    });
  });
}

describe("cosign v3 bundle format on the referrers-API registry", () => {
  let registry: TestRegistry;
  before(async () => {
    registry = await startRegistry({ kind: "referrers" });
  });
  after(() => registry.stop());

  it("stores the signature as a referrer of the image, which cosign v3 verifies", async () => {
    const key = await generateKeyPair(3, await mkdtemp(join(tmpdir(), "ia-cosign-v3-")), "pw");
    const image = await pushImage(registry, "bundled/app", "v1");
    await cosignSign(3, image.ref, key, [registry], "bundle");
    const referrers = await rawRequest(`${registry.url}/v2/bundled/app/referrers/${image.digest}`, { method: "GET" });
    assert.equal(referrers.status, 200);
    const index = JSON.parse(referrers.body.toString()) as {
      manifests: Array<{ digest: string; annotations?: Record<string, string> }>;
    };
    const bundle = index.manifests.find(
      (descriptor) =>
        descriptor.annotations?.["dev.sigstore.bundle.predicateType"] === "https://sigstore.dev/cosign/sign/v1",
    );
    assert.ok(bundle, JSON.stringify(index));
    // This registry derives a referrer's artifactType from its config, so read the manifest itself.
    const manifest = await fetchManifest(registry, "bundled/app", bundle.digest);
    const { artifactType } = JSON.parse(manifest.body.toString()) as { artifactType?: string };
    assert.match(artifactType ?? "", /^application\/vnd\.dev\.sigstore\.bundle/);
    const result = await cosignVerify(3, image.ref, key.pubFile, [registry], "bundle");
    assert.equal(result.code, 0, result.stderr);
  });
});
