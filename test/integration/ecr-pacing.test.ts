// A registry the client knows as ECR Public (as `public.ecr.aws` or an `ecr-login` host would be)
// gets at most 10 manifest PUTs (PutImage), upload starts (InitiateLayerUpload) and upload
// completions (CompleteLayerUpload) per second, after a burst of 10, however many the caller sends
// at once. The arrival times are read at a proxy in front of a real registry.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { digestOf, RegistryClient, Transport } from "@image-actions/oci";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const COUNT = 15;
/**
 * COUNT requests at 10 per second after a burst of 10: the last is sent no sooner than
 * (COUNT - 10) × 100 ms after the first was asked for, so it arrives no sooner than that after the
 * test started sending (the proxy runs in this process and shares its clock). Unpaced, all COUNT
 * arrive within a few tens of ms.
 */
const PACED_SPAN_MS = (COUNT - 10) * 100;

describe("ECR request pacing", () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let transport: Transport;
  let client: RegistryClient;
  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ url: registry.url });
    transport = new Transport();
    client = new RegistryClient(proxy.host, {
      transport,
      credentials: async () => undefined,
      onSecret: () => {},
      ecrTarget: async () => ({ kind: "public" }),
    });
  });
  after(async () => {
    await transport.close();
    await proxy.close();
    await registry.stop();
  });

  it("spreads uploads and manifest PUTs sent all at once to 10 per second", async () => {
    const blobs = Array.from({ length: COUNT }, (_, i) => Buffer.from(`blob ${i} ${Date.now()}`));
    const descriptors = blobs.map((blob) => ({
      mediaType: "application/octet-stream",
      digest: digestOf(blob),
      size: blob.length,
    }));
    const uploadsStarted = performance.now();
    await Promise.all(
      descriptors.map((descriptor, i) => client.uploadBlob("paced/app", descriptor, () => blobs[i] as Buffer)),
    );
    const config = descriptors[0] as (typeof descriptors)[number];
    const manifests = blobs.map((_, i) => {
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          config: { ...config, mediaType: "application/vnd.oci.image.config.v1+json" },
          layers: [descriptors[i]],
        }),
      );
      return { bytes, digest: digestOf(bytes), mediaType: "application/vnd.oci.image.manifest.v1+json" };
    });
    const manifestsStarted = performance.now();
    await Promise.all(manifests.map((manifest) => client.putManifest("paced/app", manifest.digest, manifest)));

    const arrivals = (method: string, path: RegExp) =>
      proxy.requests.filter((request) => request.method === method && path.test(request.path.split("?")[0] ?? ""));
    const starts = arrivals("POST", /\/blobs\/uploads\/$/);
    const completions = arrivals("PUT", /\/blobs\/uploads\/./);
    const puts = arrivals("PUT", /\/manifests\//);
    assert.equal(starts.length, COUNT);
    assert.equal(completions.length, COUNT);
    assert.equal(puts.length, COUNT);
    for (const [name, requests, started] of [
      ["InitiateLayerUpload", starts, uploadsStarted],
      ["CompleteLayerUpload", completions, uploadsStarted],
      ["PutImage", puts, manifestsStarted],
    ] as const) {
      const span = Math.max(...requests.map((request) => request.at)) - started;
      // A millisecond of slack for timer rounding.
      assert.ok(span >= PACED_SPAN_MS - 1, `${name}: ${COUNT} requests arrived within ${span.toFixed(0)} ms`);
    }
  });
});
