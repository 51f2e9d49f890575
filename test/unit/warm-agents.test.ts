// Connections opened ahead of need: the transport's agents and bareGet's pool open them on request,
// and the requests that follow take them instead of connecting again — what the server sees is the
// number of connections, before and after.
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { type Agent, createServer, request as httpRequest } from "node:http";
import { createServer as createHttpsServer, request as httpsRequest } from "node:https";
import type { AddressInfo, Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { BareConnectionPool, bareGet } from "../../packages/oci/src/bare-get.ts";
import { type WarmAgent, WarmHttpAgent, WarmHttpsAgent } from "../../packages/oci/src/warm-agents.ts";
import { createCA, issueCertificate } from "../support/certs.ts";

interface Counted {
  server: Server;
  url: URL;
  connections: () => number;
}

function listen(server: Server, scheme: "http" | "https"): Promise<Counted> {
  let connections = 0;
  server.on(scheme === "https" ? "secureConnection" : "connection", () => connections++);
  return new Promise((resolvePromise) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ server, url: new URL(`${scheme}://127.0.0.1:${port}/`), connections: () => connections });
    }),
  );
}

const answer = (_request: unknown, response: { end(body: string): void }) => response.end("ok");

/** Waits until the server has seen `count` connections (they are opened in the background). */
async function connectionsReach(counted: Counted, count: number): Promise<void> {
  for (let i = 0; i < 200 && counted.connections() < count; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(counted.connections(), count);
}

function get(url: URL, agent: WarmAgent & Agent, ca?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const outgoing = send(url, { agent, ...(ca ? { ca } : {}) }, (response) => {
      let body = "";
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => resolvePromise(body));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("connections opened ahead", () => {
  let plain: Counted;
  let tls: Counted;
  let ca: string;
  before(async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-warm-"));
    const authority = await createCA(dir);
    const files = await issueCertificate(authority, dir, "warm", ["localhost"], ["127.0.0.1"]);
    ca = authority.pem;
    plain = await listen(createServer(answer), "http");
    tls = await listen(
      createHttpsServer({ cert: await readFile(files.certFile), key: await readFile(files.keyFile) }, answer),
      "https",
    );
  });
  after(() => {
    plain.server.close();
    tls.server.close();
  });

  it("the HTTP agent's requests take the connections it opened", async () => {
    const agent = new WarmHttpAgent({ keepAlive: true });
    const before = plain.connections();
    agent.preconnect(plain.url, 3);
    await connectionsReach(plain, before + 3);
    assert.deepEqual(await Promise.all([1, 2, 3].map(() => get(plain.url, agent))), ["ok", "ok", "ok"]);
    assert.equal(plain.connections(), before + 3);
    agent.destroy();
  });

  it("the HTTPS agent's requests take them too, TLS and all, even while they are still connecting", async () => {
    const agent = new WarmHttpsAgent({ keepAlive: true, ca });
    const before = tls.connections();
    agent.preconnect(tls.url, 2);
    // No wait: the requests go out at once and ride the connections being set up.
    assert.deepEqual(await Promise.all([1, 2].map(() => get(tls.url, agent))), ["ok", "ok"]);
    assert.equal(tls.connections(), before + 2);
    agent.destroy();
  });

  it("asking again tops the waiting connections up rather than adding as many again", async () => {
    const agent = new WarmHttpAgent({ keepAlive: true });
    const before = plain.connections();
    agent.preconnect(plain.url, 2);
    agent.preconnect(plain.url, 3);
    await connectionsReach(plain, before + 3);
    agent.destroy();
  });

  it("bareGet takes the pool's pre-opened connections", async () => {
    const pool = new BareConnectionPool();
    const before = plain.connections();
    pool.preconnect(plain.url, 2);
    const answers = await Promise.all(
      [1, 2].map(async () => {
        const response = await bareGet(new URL("/blob", plain.url), {}, { pool, idleTimeoutMs: 5_000 });
        let body = "";
        for await (const chunk of response.body) body += chunk;
        return body;
      }),
    );
    assert.deepEqual(answers, ["ok", "ok"]);
    assert.equal(plain.connections(), before + 2);
    pool.destroy();
  });
});
