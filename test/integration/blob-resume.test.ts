// A blob read cut off mid-way resumes however the registry answers the Range request (RFC 9110
// §14.2 lets it ignore Range, or refuse one it does not understand): with 206 the rest; with 200
// the whole blob again, whose bytes already passed on are skipped; with 416 (go-containerregistry's
// registry, under the Harbor personality's resets) the whole blob asked for once more. Each read
// ends verified by digest, passes every byte on exactly once, and asks as often as the case needs.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { after, before, describe, it } from "node:test";
import { RegistryClients } from "@image-actions/oci";
import { type HostileRegistry, startHostileRegistry } from "../support/hostile-registry.ts";

/** Half the body, announced in full, then the connection reset. */
function cutOff(response: ServerResponse, data: Buffer): void {
  response.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(data.length) });
  response.write(data.subarray(0, Math.floor(data.length / 2)), () => response.socket?.resetAndDestroy());
}

describe("a cut-off blob read resumes whatever the registry answers to Range", () => {
  let registry: HostileRegistry;
  let clients: RegistryClients;

  before(async () => {
    registry = await startHostileRegistry();
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
  });
  after(async () => {
    await clients.close();
    await registry.close();
  });

  for (const [answer, size] of [
    ["206 (the rest)", 64 * 1024],
    ["200 (the whole blob again)", 64 * 1024],
    ["200 on the bare socket path", 512 * 1024],
    ["416 (a Range it does not understand)", 64 * 1024],
    ["416 on the bare socket path", 512 * 1024],
  ] as const) {
    it(`a ${size}-byte blob, the Range answered ${answer}`, async () => {
      const data = randomBytes(size);
      const { digest } = registry.putBlob(data);
      let gets = 0;
      registry.route((request, response, url) => {
        if (request.method !== "GET" || !url.pathname.endsWith(digest)) return false;
        gets++;
        if (gets === 1) {
          cutOff(response, data);
          return true;
        }
        if (answer.startsWith("206")) return false;
        if (answer.startsWith("416") && request.headers.range) {
          response.writeHead(416, { "content-length": "0" });
          response.end();
          return true;
        }
        response.writeHead(200, { "content-length": String(data.length) });
        response.end(data);
        return true;
      });
      try {
        let passedOn = 0;
        const chunks: Buffer[] = [];
        const stream = clients
          .for(registry.host)
          .openBlob("resume/app", { mediaType: "application/octet-stream", digest, size }, undefined, (bytes) => {
            passedOn += bytes;
          });
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        assert.ok(Buffer.concat(chunks).equals(data), "the blob, verified, every byte once");
        assert.equal(passedOn, size);
        assert.equal(gets, answer.startsWith("416") ? 3 : 2);
      } finally {
        registry.clearRoutes();
      }
    });
  }
});
