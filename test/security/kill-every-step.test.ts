// Killed at every step, through the committed bundles: promote and mirror are each run with one kind
// of write to the destination held by a fault proxy (the first blob upload, a layer's bytes, a child
// manifest, the index, the SBOM's referrers index, a signature, the tag) and killed with SIGKILL once
// the held request has arrived and nothing else moves. After each kill the destination tag is absent
// (never a tag over missing or unsigned content); the re-run then succeeds, and the tag holds the
// source digest with every blob, signature and SBOM there (mirror: its own audit finds no difference).
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { parseReference, RegistryClients, referrersTag } from "@image-actions/oci";
import {
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  signImages,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { runAction } from "../support/action-runner.ts";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { fetchManifest, type PushedIndex, pushIndex, pushSbomReferrer } from "../support/images.ts";
import { runKilledAtHeldRequest } from "../support/killed-run.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

function pemKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

interface Step {
  name: string;
  method: string;
  path: (image: PushedIndex) => RegExp;
}

const hex = (digest: string) => digest.slice("sha256:".length);

/** The writes a promotion or a mirror makes at the destination, in the order they happen. */
const COPY_STEPS: Step[] = [
  { name: "the first blob upload", method: "POST", path: () => /\/blobs\/uploads\/$/ },
  {
    name: "a layer's bytes",
    method: "PUT",
    path: (image) => new RegExp(hex(image.children[0]?.layers[0]?.digest ?? "")),
  },
  { name: "a child manifest", method: "PUT", path: (image) => new RegExp(`/manifests/${image.children[1]?.digest}$`) },
  { name: "the index", method: "PUT", path: (image) => new RegExp(`/manifests/${image.digest}$`) },
  {
    name: "the SBOM's referrers index",
    method: "PUT",
    path: (image) => new RegExp(`/manifests/${referrersTag(image.digest)}$`),
  },
  { name: "a signature", method: "PUT", path: (image) => new RegExp(`/manifests/sha256-${hex(image.digest)}\\.sig$`) },
];
const TAG_STEP: Step = { name: "the tag", method: "PUT", path: () => /\/manifests\/[0-9][^/]*$/ };

describe("killed at every step", () => {
  let internal: TestRegistry;
  let target: TestRegistry;
  let proxy: FaultProxy;
  let clients: RegistryClients;
  const internalKey = pemKeyPair();
  const releaseKey = pemKeyPair();
  let serial = 0;

  before(async () => {
    [internal, target] = await Promise.all([startRegistry(), startRegistry()]);
    proxy = await startFaultProxy({ url: target.url });
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
  });
  after(async () => {
    await clients.close();
    await proxy.close();
    await Promise.all([internal.stop(), target.stop()]);
  });

  /** An index with an SBOM referrer (fallback index: no referrers API here), signed with `key`. */
  async function signedImage(repository: string, privatePem: string): Promise<PushedIndex> {
    const index = await pushIndex(internal, repository, "rc", { layers: [4096, 512] });
    await pushSbomReferrer(
      internal,
      repository,
      { mediaType: index.mediaType, digest: index.digest, size: index.manifest.length },
      clients,
    );
    await signImages(clients, [parseReference(index.ref)], localSigner(loadSigningKey(privatePem)), {
      recursive: true,
      formats: ["legacy"],
    });
    return index;
  }

  async function assertComplete(repository: string, tag: string, image: PushedIndex, publicPem: string) {
    assert.equal((await fetchManifest(target, repository, tag)).digest, image.digest, "the tag holds the source");
    for (const child of image.children)
      assert.equal((await fetchManifest(target, repository, child.digest)).status, 200);
    assert.equal((await fetchManifest(target, repository, referrersTag(image.digest))).status, 200, "the SBOM");
    const verified = await verifyImageWithKey(
      clients,
      parseReference(`${target.host}/${repository}:${tag}`),
      loadVerificationKey(publicPem),
      { ignoreTlog: true },
    );
    assert.ok(verified.signatures.length >= 1);
  }

  for (const step of [...COPY_STEPS, TAG_STEP]) {
    it(`promote killed at ${step.name}: no tag; the re-run completes a signed release`, async () => {
      const repository = `kill/promote-${serial++}`;
      const image = await signedImage(`candidates/${repository}`, internalKey.privatePem);
      const inputs = {
        source: `${internal.host}/candidates/${repository}:rc`,
        destinations: `${proxy.host}/${repository}:1.0.0`,
        "verify-key": internalKey.publicPem,
        "sign-key": releaseKey.privatePem,
      };
      proxy.clearRules();
      proxy.addRule({ method: step.method, path: step.path(image), fault: { type: "hang" }, times: 1 });
      await runKilledAtHeldRequest(proxy, "promote", inputs);
      assert.equal((await fetchManifest(target, repository, "1.0.0")).status, 404, "no tag after the kill");
      proxy.clearRules();
      const rerun = await runAction("promote", inputs);
      assert.equal(rerun.exitCode, 0, rerun.stdout + rerun.stderr);
      assert.equal(rerun.outputs.digest, image.digest);
      await assertComplete(repository, "1.0.0", image, releaseKey.publicPem);
    });
  }

  for (const step of [...COPY_STEPS, TAG_STEP]) {
    it(`mirror killed at ${step.name}: no tag; the re-run completes, and the audit finds no difference`, async () => {
      const repository = `kill/mirror-${serial++}`;
      const image = await signedImage(repository, releaseKey.privatePem);
      const inputs = { source: `${internal.host}/${repository}:rc`, destinations: `${proxy.host}/${repository}:2.0.0` };
      proxy.clearRules();
      proxy.addRule({ method: step.method, path: step.path(image), fault: { type: "hang" }, times: 1 });
      await runKilledAtHeldRequest(proxy, "mirror", inputs);
      assert.equal((await fetchManifest(target, repository, "2.0.0")).status, 404, "no tag after the kill");
      proxy.clearRules();
      const rerun = await runAction("mirror", inputs);
      assert.equal(rerun.exitCode, 0, rerun.stdout + rerun.stderr);
      await assertComplete(repository, "2.0.0", image, releaseKey.publicPem);
      const audit = await runAction("mirror", { ...inputs, mode: "audit" });
      assert.equal(audit.exitCode, 0, audit.stdout + audit.stderr);
    });
  }
});
