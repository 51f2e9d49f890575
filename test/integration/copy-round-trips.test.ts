// What a copy asks a registry, and when: on a network 10–80 ms away every request is a round trip,
// so the copy engine asks nothing twice and nothing later than it could. These tests read the
// requests a fault proxy saw (and the token service's log), never the clock: the destination's token
// is fetched once, for push too; the source's root is read by the lookup that decides whether there
// is anything to do; blobs are looked up while the manifests' lookups are still out; the root of a
// copy with nothing to attach is written once, by its tag, after its children; the referrers of
// every subject are looked up at once; a signature's blobs open their upload sessions beside the
// existence check, and a manifest just written is signed without reading it back.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { after, afterEach, before, describe, it } from "node:test";
import {
  copyImage,
  digestOf,
  parseReference,
  RegistryClients,
  staticCredentials,
  withDigest,
} from "@image-actions/oci";
import { loadSigningKey, localSigner, signImages } from "@image-actions/sigstore";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { type PushedIndex, pushImage, pushIndex } from "../support/images.ts";
import { proxiedRegistries } from "../support/proxied-registries.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

describe("a copy's requests", () => {
  const world = proxiedRegistries({ auth: "bearer", anonymousPull: false });
  let index: PushedIndex;
  let run = 0;

  before(async () => {
    index = await pushIndex(world.source, "src/app", "v1", { layers: [300_000, 20_000] });
  });

  const copy = async (options: { dryRun?: boolean } = {}) => {
    const repository = `trips/r${++run}`;
    const marks = {
      source: world.sourceProxy.requests.length,
      destination: world.destinationProxy.requests.length,
      tokens: world.destination.tokenIssuer?.requests.length ?? 0,
    };
    const credentials = world.destination.credentials as { username: string; password: string };
    const clients = new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({ [world.destinationProxy.host]: credentials }),
    });
    const report = await copyImage(
      clients,
      parseReference(`${world.sourceProxy.host}/src/app:v1`),
      [parseReference(`${world.destinationProxy.host}/${repository}:v1`)],
      options,
    ).finally(() => clients.close());
    assert.notEqual(report.destinations[0]?.status, "failed", report.destinations[0]?.error);
    return {
      repository,
      report,
      source: world.sourceProxy.requests.slice(marks.source),
      destination: world.destinationProxy.requests.slice(marks.destination),
      tokens: world.destination.tokenIssuer?.requests.slice(marks.tokens) ?? [],
    };
  };

  it("fetches the destination's token once, for pull and push, before the first write", async () => {
    const { repository, tokens, destination: seen } = await copy();
    assert.deepEqual(
      tokens.map((token) => token.scopes),
      [[`repository:${repository}:pull,push`]],
    );
    assert.ok(seen.some((request) => request.method === "PUT"));
  });

  it("a dry run asks for pull alone", async () => {
    const { repository, tokens, destination: seen } = await copy({ dryRun: true });
    assert.deepEqual(
      tokens.map((token) => token.scopes),
      [[`repository:${repository}:pull`]],
    );
    assert.ok(!seen.some((request) => request.method === "PUT" || request.method === "POST"));
  });

  it("reads the source's root once, with the GET that decides there is something to copy", async () => {
    const { source: seen } = await copy();
    const root = seen.filter((request) => request.path === "/v2/src/app/manifests/v1");
    assert.deepEqual(
      root.map((request) => request.method),
      ["GET"],
    );
    for (const child of index.children)
      assert.equal(seen.filter((request) => request.path.endsWith(`/manifests/${child.digest}`)).length, 1);
  });

  it("writes the root once, by its tag, after every child", async () => {
    const { repository, destination: seen } = await copy();
    const puts = seen.filter((request) => request.method === "PUT" && request.path.includes("/manifests/"));
    assert.equal(puts.length, index.children.length + 1);
    assert.equal(puts.at(-1)?.path, `/v2/${repository}/manifests/v1`);
    assert.ok(!puts.some((request) => request.path.endsWith(index.digest)), "the index is not also written by digest");
  });

  it("looks the blobs up while the manifests' lookups are still unanswered", async () => {
    // Every HEAD of a manifest by digest is held for a while: blob lookups that waited for those
    // answers would all arrive after the first of them was released.
    const holdMs = 400;
    world.destinationProxy.addRule({
      method: "HEAD",
      path: /\/manifests\/sha256:/,
      fault: { type: "delay", ms: holdMs },
    });
    const { destination: seen } = await copy();
    const manifestHeads = seen.filter(
      (request) => request.method === "HEAD" && /\/manifests\/sha256:/.test(request.path),
    );
    const blobHeads = seen.filter((request) => request.method === "HEAD" && request.path.includes("/blobs/"));
    assert.equal(manifestHeads.length, index.children.length + 1);
    assert.equal(
      blobHeads.length,
      new Set(index.children.flatMap((child) => [child.config.digest, ...child.layers.map((layer) => layer.digest)]))
        .size,
    );
    const firstAnswer = Math.min(...manifestHeads.map((request) => request.at)) + holdMs;
    for (const head of blobHeads) assert.ok(head.at < firstAnswer, `${head.path} waited for the manifests' answers`);
  });

  it("a copy whose tag already names the image asks each registry once (after the token)", async () => {
    const first = await copy();
    const credentials = world.destination.credentials as { username: string; password: string };
    const clients = new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({ [world.destinationProxy.host]: credentials }),
    });
    const marks = { source: world.sourceProxy.requests.length, destination: world.destinationProxy.requests.length };
    const report = await copyImage(clients, parseReference(`${world.sourceProxy.host}/src/app:v1`), [
      parseReference(`${world.destinationProxy.host}/${first.repository}:v1`),
    ]).finally(() => clients.close());
    assert.equal(report.destinations[0]?.status, "up-to-date");
    assert.deepEqual(
      world.sourceProxy.requests.slice(marks.source).map((request) => `${request.method} ${request.path}`),
      ["GET /v2/src/app/manifests/v1"],
    );
    // The first HEAD meets the challenge (401), the second carries the token.
    assert.deepEqual(
      world.destinationProxy.requests.slice(marks.destination).map((request) => `${request.method} ${request.status}`),
      ["HEAD 401", "HEAD 200"],
    );
  });
});

describe("lookups and writes that go out together", () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let index: PushedIndex;
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const signer = localSigner(loadSigningKey(privateKey.export({ type: "pkcs8", format: "pem" }).toString()));
  // Room for every lookup at once: what is measured is the engine's order, not the host's limit.
  const pool = () => new RegistryClients({ env: {}, onSecret: () => {}, transportOptions: { perHostConcurrency: 16 } });
  const holdMs = 400;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ url: registry.url });
    index = await pushIndex(registry, "signed/app", "v1", { layers: [2048] });
    const clients = pool();
    await signImages(clients, [parseReference(index.ref)], signer, { recursive: true, formats: ["legacy"] }).finally(
      () => clients.close(),
    );
  });
  after(async () => {
    await proxy.close();
    await registry.stop();
  });
  afterEach(() => proxy.clearRules());

  it("the referrers of every manifest of an index, and each of their cosign tags, are asked for at once", async () => {
    proxy.addRule({
      method: "HEAD",
      path: /\/manifests\/sha256-[0-9a-f]{64}\.(sig|att|sbom)$/,
      fault: { type: "delay", ms: holdMs },
    });
    const mark = proxy.requests.length;
    const clients = pool();
    const report = await copyImage(
      clients,
      parseReference(`${proxy.host}/signed/app:v1`),
      [parseReference(`${proxy.host}/copied/app:v1`)],
      { referrerKinds: ["signature"] },
    ).finally(() => clients.close());
    assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
    assert.equal(report.destinations[0]?.referrersByKind.signature, index.children.length + 1);
    // The image's own manifests (the signatures found are walked for referrers of their own after).
    const subjects = [index.digest, ...index.children.map((child) => child.digest)].map((digest) =>
      digest.replace(":", "-"),
    );
    const tagLookups = proxy.requests
      .slice(mark)
      .filter(
        (request) =>
          request.method === "HEAD" &&
          subjects.some((subject) => request.path.startsWith(`/v2/signed/app/manifests/${subject}.`)),
      );
    assert.equal(tagLookups.length, 3 * subjects.length);
    const firstAnswer = Math.min(...tagLookups.map((request) => request.at)) + holdMs;
    for (const lookup of tagLookups) assert.ok(lookup.at < firstAnswer, `${lookup.path} waited for another lookup`);
  });

  it("a signature's blobs open their upload sessions while their HEADs are out", async () => {
    proxy.addRule({ method: "HEAD", path: /\/blobs\/sha256:/, fault: { type: "delay", ms: holdMs } });
    const image = await pushImage(registry, "sessions/app", "v1", { layers: [512] });
    const mark = proxy.requests.length;
    const clients = pool();
    await signImages(clients, [parseReference(`${proxy.host}/sessions/app@${image.digest}`)], signer, {
      recursive: false,
      formats: ["legacy"],
    }).finally(() => clients.close());
    const seen = proxy.requests.slice(mark);
    const heads = seen.filter((request) => request.method === "HEAD" && request.path.includes("/blobs/"));
    const posts = seen.filter((request) => request.method === "POST");
    assert.equal(heads.length, 2, "the signature layer and the config");
    assert.equal(posts.length, 2);
    for (const [i, post] of posts.entries())
      assert.ok(post.at < (heads[i]?.at ?? 0) + holdMs, "the session was not opened beside the HEAD");
  });

  it("a blob found there after all is not uploaded: its session is left unused", async () => {
    const data = Buffer.from("present already");
    const descriptor = { mediaType: "application/octet-stream", digest: digestOf(data), size: data.length };
    const clients = pool();
    try {
      const client = clients.for(proxy.host);
      assert.equal((await client.uploadBlob("present/app", descriptor, () => data)).outcome, "uploaded");
      const mark = proxy.requests.length;
      const again = await client.uploadBlob("present/app", descriptor, () => data, { startAlongsideCheck: true });
      assert.equal(again.outcome, "exists");
      assert.ok(!proxy.requests.slice(mark).some((request) => request.method === "PUT"));
    } finally {
      await clients.close();
    }
  });

  it("a manifest the caller has just written is signed without reading it back", async () => {
    const image = await pushImage(registry, "written/app", "v1", { layers: [256] });
    const reference = withDigest(parseReference(`${proxy.host}/written/app:v1`), image.digest);
    const clients = pool();
    try {
      const manifest = await clients.for(proxy.host).getManifest("written/app", image.digest);
      const mark = proxy.requests.length;
      await signImages(clients, [reference], signer, { recursive: false, formats: ["legacy"], written: [manifest] });
      const reads = proxy.requests
        .slice(mark)
        .filter((request) => request.method === "GET" && request.path.endsWith(`/manifests/${image.digest}`));
      assert.deepEqual(reads, []);
    } finally {
      await clients.close();
    }
  });
});
