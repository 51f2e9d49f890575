// What a copy asks a registry, and when: on a network 10–80 ms away every request is a round trip,
// so the copy engine asks nothing twice and nothing later than it could. These tests read the
// requests a fault proxy saw (and the token service's log), never the clock: the destination's token
// is fetched once, for push too; the source's root is read by the lookup that decides whether there
// is anything to do; blobs are looked up while the manifests' lookups are still out; the root of a
// copy with nothing to attach is written once, by its tag, after its children.
import assert from "node:assert/strict";
import { after, afterEach, before, describe, it } from "node:test";
import { copyImage, parseReference, RegistryClients, staticCredentials } from "@image-actions/oci";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { type PushedIndex, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

describe("a copy's requests", () => {
  let source: TestRegistry;
  let destination: TestRegistry;
  let sourceProxy: FaultProxy;
  let destinationProxy: FaultProxy;
  let index: PushedIndex;
  let run = 0;

  before(async () => {
    source = await startRegistry();
    destination = await startRegistry({ auth: "bearer", anonymousPull: false });
    sourceProxy = await startFaultProxy({ url: source.url });
    destinationProxy = await startFaultProxy({ url: destination.url });
    index = await pushIndex(source, "src/app", "v1", { layers: [300_000, 20_000] });
  });
  after(async () => {
    await Promise.all([sourceProxy.close(), destinationProxy.close()]);
    await Promise.all([source.stop(), destination.stop()]);
  });
  afterEach(() => {
    sourceProxy.clearRules();
    destinationProxy.clearRules();
  });

  const copy = async (options: { dryRun?: boolean } = {}) => {
    const repository = `trips/r${++run}`;
    const marks = {
      source: sourceProxy.requests.length,
      destination: destinationProxy.requests.length,
      tokens: destination.tokenIssuer?.requests.length ?? 0,
    };
    const credentials = destination.credentials as { username: string; password: string };
    const clients = new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({ [destinationProxy.host]: credentials }),
    });
    const report = await copyImage(
      clients,
      parseReference(`${sourceProxy.host}/src/app:v1`),
      [parseReference(`${destinationProxy.host}/${repository}:v1`)],
      options,
    ).finally(() => clients.close());
    assert.notEqual(report.destinations[0]?.status, "failed", report.destinations[0]?.error);
    return {
      repository,
      report,
      source: sourceProxy.requests.slice(marks.source),
      destination: destinationProxy.requests.slice(marks.destination),
      tokens: destination.tokenIssuer?.requests.slice(marks.tokens) ?? [],
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
    destinationProxy.addRule({ method: "HEAD", path: /\/manifests\/sha256:/, fault: { type: "delay", ms: holdMs } });
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
    const credentials = destination.credentials as { username: string; password: string };
    const clients = new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({ [destinationProxy.host]: credentials }),
    });
    const marks = { source: sourceProxy.requests.length, destination: destinationProxy.requests.length };
    const report = await copyImage(clients, parseReference(`${sourceProxy.host}/src/app:v1`), [
      parseReference(`${destinationProxy.host}/${first.repository}:v1`),
    ]).finally(() => clients.close());
    assert.equal(report.destinations[0]?.status, "up-to-date");
    assert.deepEqual(
      sourceProxy.requests.slice(marks.source).map((request) => `${request.method} ${request.path}`),
      ["GET /v2/src/app/manifests/v1"],
    );
    // The first HEAD meets the challenge (401), the second carries the token.
    assert.deepEqual(
      destinationProxy.requests.slice(marks.destination).map((request) => `${request.method} ${request.status}`),
      ["HEAD 401", "HEAD 200"],
    );
  });
});
