// The fault proxy really injects each fault it offers, and is transparent when no rule matches.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { pushImage, sha256 } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { rawRequest } from "../support/registry-http.ts";

describe("fault proxy", () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let blobPath: string;
  let blobDigest: string;
  let blobSize: number;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ url: registry.url });
    const image = await pushImage(registry, "faults/app", "v1", { layers: [64 * 1024] });
    const layer = image.layers[0];
    assert.ok(layer);
    blobDigest = layer.digest;
    blobSize = layer.data.length;
    blobPath = `/v2/faults/app/blobs/${blobDigest}`;
  });
  after(async () => {
    await proxy.close();
    await registry.stop();
  });

  const getBlob = () => rawRequest(`${proxy.url}${blobPath}`, { method: "GET" });

  it("forwards untouched when no rule matches", async () => {
    proxy.clearRules();
    const response = await getBlob();
    assert.equal(response.status, 200);
    assert.equal(sha256(response.body), blobDigest);
  });

  for (const status of [500, 502, 503]) {
    it(`returns ${status} for as many requests as the rule says, then recovers`, async () => {
      proxy.clearRules();
      const rule = proxy.addRule({ path: /\/blobs\//, fault: { type: "status", status }, times: 2 });
      assert.equal((await getBlob()).status, status);
      assert.equal((await getBlob()).status, status);
      assert.equal((await getBlob()).status, 200);
      assert.equal(rule.injected(), 2);
    });
  }

  it("returns 429 with Retry-After in seconds", async () => {
    proxy.clearRules();
    proxy.addRule({ fault: { type: "retry-after", seconds: 7, form: "seconds" }, times: 1 });
    const response = await getBlob();
    assert.equal(response.status, 429);
    assert.equal(response.headers["retry-after"], "7");
  });

  it("returns 429 with Retry-After as an HTTP-date", async () => {
    proxy.clearRules();
    proxy.addRule({ fault: { type: "retry-after", seconds: 30, form: "http-date" }, times: 1 });
    const response = await getBlob();
    assert.equal(response.status, 429);
    const when = Date.parse(String(response.headers["retry-after"]));
    assert.ok(
      when > Date.now() + 20_000 && when < Date.now() + 40_000,
      `Retry-After ${response.headers["retry-after"]}`,
    );
  });

  it("resets the connection mid-body", async () => {
    proxy.clearRules();
    proxy.addRule({ path: /\/blobs\//, fault: { type: "reset" }, times: 1 });
    await assert.rejects(
      getBlob(),
      (error: NodeJS.ErrnoException) =>
        ["ECONNRESET", "ERR_STREAM_PREMATURE_CLOSE"].includes(error.code ?? "") || /aborted|reset/i.test(error.message),
    );
  });

  it("truncates the body below its Content-Length", async () => {
    proxy.clearRules();
    proxy.addRule({ path: /\/blobs\//, fault: { type: "truncate" }, times: 1 });
    // Node reports a body shorter than Content-Length as an aborted response.
    await assert.rejects(getBlob(), /aborted|premature|reset/i);
  });

  it("corrupts bytes while keeping the length", async () => {
    proxy.clearRules();
    proxy.addRule({ path: /\/blobs\//, fault: { type: "corrupt" }, times: 1 });
    const response = await getBlob();
    assert.equal(response.status, 200);
    assert.equal(response.body.length, blobSize);
    assert.notEqual(sha256(response.body), blobDigest);
    assert.equal((await getBlob()).status, 200);
  });

  it("delays a response", async () => {
    proxy.clearRules();
    proxy.addRule({ path: /\/blobs\//, fault: { type: "delay", ms: 300 }, times: 1 });
    const started = performance.now();
    const response = await getBlob();
    assert.equal(response.status, 200);
    assert.ok(performance.now() - started >= 290);
  });

  it("lets the first N matches through with `after`", async () => {
    proxy.clearRules();
    proxy.addRule({ path: /\/blobs\//, fault: { type: "status", status: 503 }, after: 1, times: 1 });
    assert.equal((await getBlob()).status, 200);
    assert.equal((await getBlob()).status, 503);
    assert.equal((await getBlob()).status, 200);
  });

  it("rewrites upstream upload locations to point through the proxy", async () => {
    proxy.clearRules();
    const response = await rawRequest(`${proxy.url}/v2/faults/app/blobs/uploads/`, { method: "POST" });
    assert.equal(response.status, 202);
    const location = new URL(String(response.headers.location), proxy.url);
    assert.equal(location.host, proxy.host);
  });
  it("answers in the registry's place without forwarding", async () => {
    proxy.clearRules();
    proxy.addRule({
      path: /\/blobs\//,
      fault: { type: "answer", status: 303, headers: { location: "https://login.example/" }, body: "<html></html>" },
      times: 1,
    });
    const response = await getBlob();
    assert.equal(response.status, 303);
    assert.equal(response.headers.location, "https://login.example/");
    assert.equal(response.body.toString(), "<html></html>");
    assert.equal((await getBlob()).status, 200);
  });

  it("forwards under a rewritten path", async () => {
    proxy.clearRules();
    proxy.addRule({ path: /\/blobs\/wanted$/, fault: { type: "rewrite", path: () => blobPath } });
    const response = await rawRequest(`${proxy.url}/v2/faults/app/blobs/wanted`, { method: "GET" });
    assert.equal(response.status, 200);
    assert.equal(sha256(response.body), blobDigest);
  });

  it("takes headers out of the upstream answer", async () => {
    proxy.clearRules();
    assert.ok((await getBlob()).headers["docker-content-digest"]);
    proxy.addRule({ path: /\/blobs\//, fault: { type: "drop-headers", names: ["docker-content-digest"] } });
    const response = await getBlob();
    assert.equal(response.status, 200);
    assert.equal(response.headers["docker-content-digest"], undefined);
  });

  it("matches on the request's body with `when`", async () => {
    proxy.clearRules();
    const rule = proxy.addRule({
      method: "PUT",
      when: (request) => request.body.includes("refuse-me"),
      fault: { type: "status", status: 405 },
    });
    const refused = await rawRequest(`${proxy.url}/v2/faults/app/manifests/x`, {
      method: "PUT",
      body: Buffer.from("refuse-me"),
    });
    assert.equal(refused.status, 405);
    const passed = await rawRequest(`${proxy.url}/v2/faults/app/manifests/x`, {
      method: "PUT",
      body: Buffer.from("{}"),
    });
    assert.notEqual(passed.status, 405);
    assert.equal(rule.injected(), 1);
  });
});
