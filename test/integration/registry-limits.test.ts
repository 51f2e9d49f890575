// Size and rate rules of the registries users push to. A manifest of 4 MiB, the size the OCI
// distribution spec asks registries to accept, goes through our client both ways (pushed, read back,
// copied between two real registries) with its digest intact. Docker Hub's pull allowance
// (docs.docker.com/docker-hub/usage/pulls): once spent, its 429 is not retried for seconds (the
// window is hours) and fails in one line that says the allowance is spent, while HEADs, which it
// does not meter, still answer. Harbor behind a load balancer resets connections under load
// (goharbor/harbor#20148): a copy out of it and one into it complete with every digest intact.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { describe, it } from "node:test";
import { mirrorImage } from "@image-actions/mirror";
import { copyImage, digestOf, OCI_MANIFEST, parseReference, RegistryClients } from "@image-actions/oci";
import { localSigner, verifyImageWithKey } from "@image-actions/sigstore";
import { MEDIA_TYPES, makeLayer, pushBlob, pushImage, sha256 } from "../support/images.ts";
import { startRegistry } from "../support/registry.ts";
import { dockerHubPullAllowance, personality, startPersonality } from "../support/registry-personalities.ts";

/** The manifest size the distribution spec asks registries to accept at the least. */
const FOUR_MIB = 4 * 1024 * 1024;

const anonymous = () => new RegistryClients({ env: {}, onSecret: () => {} });

describe("a 4 MiB manifest", () => {
  it("is pushed, read back and copied between real registries unchanged", async () => {
    const [first, second] = await Promise.all([startRegistry(), startRegistry()]);
    const clients = anonymous();
    try {
      const layer = makeLayer(1024);
      const configBytes = Buffer.from(
        JSON.stringify({ architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [layer.diffId] } }),
      );
      const config = { data: configBytes, digest: sha256(configBytes) };
      await Promise.all([pushBlob(first, "big/app", layer), pushBlob(first, "big/app", config)]);
      const shape = (pad: string) =>
        Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: OCI_MANIFEST,
            config: { mediaType: MEDIA_TYPES.oci.config, digest: config.digest, size: configBytes.length },
            layers: [{ mediaType: MEDIA_TYPES.oci.layer, digest: layer.digest, size: layer.data.length }],
            annotations: { "org.example.padding": pad },
          }),
        );
      const bytes = shape("x".repeat(FOUR_MIB - shape("").length));
      assert.equal(bytes.length, FOUR_MIB);
      const digest = digestOf(bytes);
      await clients.for(first.host).putManifest("big/app", "v1", { bytes, digest, mediaType: OCI_MANIFEST });
      const read = await clients.for(first.host).getManifest("big/app", "v1");
      assert.equal(read.digest, digest);
      assert.ok(read.bytes.equals(bytes));
      const report = await copyImage(clients, parseReference(`${first.host}/big/app:v1`), [
        parseReference(`${second.host}/big/copy:v1`),
      ]);
      assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
      assert.equal((await clients.for(second.host).getManifest("big/copy", "v1")).digest, digest);
    } finally {
      await clients.close();
      await Promise.all([first.stop(), second.stop()]);
    }
  });
});

describe("Docker Hub: a spent pull allowance", () => {
  it("fails at once, in one line saying so, and HEADs still answer", async () => {
    // Without its generous default allowance: this test spends a small one of its own.
    const hub = await startPersonality("docker-hub", {
      without: personality("docker-hub").quirks.map((quirk) => quirk.what),
    });
    const clients = anonymous();
    try {
      const image = await pushImage(hub.registry, "library/app", "v1");
      // Two pulls left; the personality spends one per manifest GET, none per HEAD.
      for (const rule of dockerHubPullAllowance(2)) hub.proxy.addRule(rule);
      const client = clients.for(hub.host);
      await client.getManifest("library/app", "v1");
      await client.getManifest("library/app", image.digest);
      assert.equal(client.pullRate()?.remaining, 0);
      const mark = hub.proxy.requests.length;
      const failure = await client.getManifest("library/app", "v1").then(
        () => undefined,
        (error: Error) => error,
      );
      assert.ok(failure, "the third pull was refused");
      assert.doesNotMatch(failure.message, /\n/);
      assert.match(failure.message, /HTTP 429 TOOMANYREQUESTS/);
      assert.match(failure.message, /pull allowance spent: 0 of 2 pulls left per 6 h window/);
      const gets = hub.proxy.requests.slice(mark).filter((request) => request.method === "GET");
      assert.equal(gets.length, 1, "a spent allowance is not asked again within seconds");
      // Docker Hub does not meter HEADs: the digest can still be looked up.
      assert.equal((await client.headManifest("library/app", "v1"))?.digest, image.digest);
    } finally {
      await clients.close();
      await hub.stop();
    }
  });
});

describe("Docker Hub: verification spends no pull on resolving a tag", () => {
  it("verifying by tag resolves it with a HEAD, not a metered GET", async () => {
    const hub = await startPersonality("docker-hub");
    const clients = anonymous();
    try {
      await pushImage(hub.registry, "library/verified", "v1");
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
      const key = localSigner({ privateKey, publicKey, algorithm: "ecdsa-p256" });
      // Unsigned: verification fails, after resolving the tag and looking for signatures.
      await assert.rejects(
        verifyImageWithKey(clients, parseReference(`${hub.host}/library/verified:v1`), key, { ignoreTlog: true }),
        /no signature/,
      );
      const tagReads = hub.proxy.requests.filter((request) => request.path === "/v2/library/verified/manifests/v1");
      assert.deepEqual(
        tagReads.map((request) => request.method),
        ["HEAD"],
      );
    } finally {
      await clients.close();
      await hub.stop();
    }
  });
});

describe("Docker Hub: a mirror pulls the source's root manifest once", () => {
  it("reads the tag once, and the copy takes that manifest instead of reading it again", async () => {
    const hub = await startPersonality("docker-hub");
    const target = await startRegistry();
    const clients = anonymous();
    try {
      const image = await pushImage(hub.registry, "library/mirrored", "v1");
      const report = await mirrorImage(clients, {
        source: parseReference(`${hub.host}/library/mirrored:v1`),
        destinations: [parseReference(`${target.host}/mirrored:v1`)],
        signatures: "copy",
        mutableTags: [],
        plan: false,
        tagSettleMs: 0,
      });
      assert.equal(report.destinations[0]?.status, "copied");
      const rootGets = hub.proxy.requests.filter(
        (request) =>
          request.method === "GET" &&
          (request.path === "/v2/library/mirrored/manifests/v1" ||
            request.path === `/v2/library/mirrored/manifests/${image.digest}`),
      );
      assert.equal(rootGets.length, 1, "one pull of the root manifest");
    } finally {
      await clients.close();
      await Promise.all([hub.stop(), target.stop()]);
    }
  });
});

describe("Harbor: connections reset under load", () => {
  it("a copy out of it and a copy into it complete", async () => {
    const [harbor, other] = await Promise.all([startPersonality("harbor"), startRegistry()]);
    const clients = anonymous();
    try {
      const image = await pushImage(harbor.registry, "project/app", "v1", { layers: [400_000, 60_000, 2_000] });
      const out = await copyImage(clients, parseReference(`${harbor.host}/project/app:v1`), [
        parseReference(`${other.host}/mirror/app:v1`),
      ]);
      assert.equal(out.destinations[0]?.status, "copied", out.destinations[0]?.error);
      const back = await copyImage(clients, parseReference(`${other.host}/mirror/app:v1`), [
        parseReference(`${harbor.host}/project/back:v1`),
      ]);
      assert.equal(back.destinations[0]?.status, "copied", back.destinations[0]?.error);
      // Read back from the registry underneath, past the quirks.
      const fresh = anonymous();
      try {
        assert.equal((await fresh.for(harbor.registry.host).getManifest("project/back", "v1")).digest, image.digest);
        for (const layer of image.layers) {
          const bytes = await fresh.for(harbor.registry.host).readBlob("project/back", {
            mediaType: "application/octet-stream",
            digest: layer.digest,
            size: layer.data.length,
          });
          assert.equal(sha256(bytes), layer.digest);
        }
      } finally {
        await fresh.close();
      }
      const [resets] = harbor.quirkHits();
      assert.ok((resets?.hits ?? 0) > 0, "the personality reset connections");
    } finally {
      await clients.close();
      await Promise.all([harbor.stop(), other.stop()]);
    }
  });
});
