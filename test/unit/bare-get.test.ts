// bareGet, the socket-level GET that large blob bodies are read with: response framing
// (Content-Length, chunked, connection end, interim 1xx), keep-alive reuse, and the failures a
// caller must be able to tell from success (a body cut short, a silent server, a smuggled header).
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { after, before, describe, it } from "node:test";
import { BareConnectionPool, bareGet } from "../../packages/oci/src/bare-get.ts";

/** A server that answers every request on a connection with `answer(connection index)` written in `pieces`. */
interface RawServer {
  url: string;
  connections: number;
  requests: string[];
  server: Server;
}

async function rawServer(answer: (socket: Socket, request: string) => void): Promise<RawServer> {
  const state = { connections: 0, requests: [] as string[] };
  const server = createServer((socket) => {
    state.connections++;
    let pending = "";
    socket.on("data", (data) => {
      pending += data.toString("latin1");
      for (let end = pending.indexOf("\r\n\r\n"); end >= 0; end = pending.indexOf("\r\n\r\n")) {
        const request = pending.slice(0, end);
        pending = pending.slice(end + 4);
        state.requests.push(request);
        answer(socket, request);
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return Object.defineProperties({ url, server } as RawServer, {
    connections: { get: () => state.connections },
    requests: { get: () => state.requests },
  });
}

/** Writes `text` one small piece at a time, so every parser boundary is crossed mid-token. */
async function dribble(socket: Socket, data: Buffer, piece = 3): Promise<void> {
  for (let at = 0; at < data.length; at += piece) {
    socket.write(data.subarray(at, at + piece));
    await new Promise((resolvePromise) => setImmediate(resolvePromise));
  }
}

async function read(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const digest = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("bareGet", () => {
  const pool = new BareConnectionPool();
  const options = { pool, idleTimeoutMs: 5_000 };
  const servers: RawServer[] = [];
  const serve = async (answer: (socket: Socket, request: string) => void) => {
    const server = await rawServer(answer);
    servers.push(server);
    return server;
  };
  after(() => {
    pool.destroy();
    for (const { server } of servers) server.close();
  });

  describe("with Content-Length", () => {
    const payload = randomBytes(3 * 1024 * 1024 + 17);
    let server: RawServer;
    before(async () => {
      server = await serve((socket) => {
        socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${payload.length}\r\nX-Twice: a\r\nX-Twice: b\r\n\r\n`);
        socket.write(payload);
      });
    });

    it("delivers the exact body, headers lowercased and repeated ones joined", async () => {
      const response = await bareGet(new URL(`${server.url}/v2/a/blobs/x?y=1`), { accept: "*/*" }, options);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers["x-twice"], "a, b");
      assert.equal(digest(await read(response.body)), digest(payload));
      assert.match(
        server.requests[0] ?? "",
        /^GET \/v2\/a\/blobs\/x\?y=1 HTTP\/1\.1\r\nhost: 127\.0\.0\.1:\d+\r\naccept: \*\/\*$/,
      );
    });

    it("reuses the kept-alive connection for the next request", async () => {
      const before = server.connections;
      for (let i = 0; i < 3; i++) {
        const response = await bareGet(new URL(`${server.url}/again`), {}, options);
        assert.equal(digest(await read(response.body)), digest(payload));
      }
      assert.equal(server.connections, before, "no new connection while one is idle in the pool");
    });

    it("keeps the body intact for a consumer slower than the network", async () => {
      const response = await bareGet(new URL(`${server.url}/slow`), {}, options);
      const chunks: Buffer[] = [];
      for await (const chunk of response.body) {
        chunks.push(chunk as Buffer);
        await new Promise((resolvePromise) => setTimeout(resolvePromise, 1));
      }
      assert.equal(digest(Buffer.concat(chunks)), digest(payload));
    });
  });

  it("decodes a chunked body with extensions and trailers, split at every boundary", async () => {
    const parts = [Buffer.from("hello, "), randomBytes(70_000), Buffer.from("bye")];
    const server = await serve((socket) => {
      const encoded = Buffer.concat([
        Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"),
        ...parts.flatMap((part, i) => [
          Buffer.from(`${part.length.toString(16)}${i === 1 ? ";ext=1" : ""}\r\n`),
          part,
          Buffer.from("\r\n"),
        ]),
        Buffer.from("0\r\nX-Trailer: yes\r\n\r\n"),
      ]);
      void dribble(socket, encoded.subarray(0, 200)).then(() => socket.write(encoded.subarray(200)));
    });
    const response = await bareGet(new URL(`${server.url}/chunked`), {}, options);
    assert.ok((await read(response.body)).equals(Buffer.concat(parts)));
    // The decoder knew where the body ended: the connection went back to the pool.
    const again = await bareGet(new URL(`${server.url}/chunked`), {}, options);
    await read(again.body);
    assert.equal(server.connections, 1);
  });

  it("skips an interim 100 Continue and reads a body that ends with the connection", async () => {
    const server = await serve((socket) => {
      void dribble(
        socket,
        Buffer.from("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\nServer: old\r\n\r\nuntil the end"),
      ).then(() => socket.end());
    });
    const response = await bareGet(new URL(`${server.url}/old`), {}, options);
    assert.equal(response.statusCode, 200);
    assert.equal((await read(response.body)).toString(), "until the end");
  });

  it("does not reuse a connection the server asked to close", async () => {
    const server = await serve((socket) =>
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 2\r\n\r\nno"),
    );
    for (let i = 0; i < 2; i++) {
      const response = await bareGet(new URL(`${server.url}/gone`), {}, options);
      assert.equal(response.statusCode, 404);
      assert.equal((await read(response.body)).toString(), "no");
    }
    assert.equal(server.connections, 2);
  });

  it("fails a body cut short with a resumable connection error, not a short success", async () => {
    const server = await serve((socket) => {
      socket.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
      socket.end(Buffer.alloc(60_000));
    });
    const response = await bareGet(new URL(`${server.url}/cut`), {}, options);
    await assert.rejects(read(response.body), (error: Error & { code?: string }) => {
      assert.equal(error.code, "ECONNRESET");
      assert.match(error.message, /closed before the response was complete/);
      return true;
    });
  });

  it("gives up on a silent server after the idle timeout", async () => {
    const server = await serve(() => {});
    await assert.rejects(
      bareGet(new URL(`${server.url}/silent`), {}, { pool, idleTimeoutMs: 200 }),
      (error: Error & { code?: string }) => error.code === "ETIMEDOUT" && /no data for 200 ms/.test(error.message),
    );
  });

  it("refuses a malformed status line and a header value carrying a line break", async () => {
    const server = await serve((socket) => socket.end("SPDY/9 200 OK\r\n\r\n"));
    await assert.rejects(bareGet(new URL(`${server.url}/x`), {}, options), /malformed HTTP status line/);
    await assert.rejects(
      bareGet(new URL(`${server.url}/x`), { authorization: "Bearer a\r\nX-Evil: 1" }, options),
      /header authorization contains a line break/,
    );
  });

  it("quotes a malformed head with its C1 controls escaped: U+0085 is white space to the runner (issue 23)", async () => {
    // Bytes 0x85 and 0x9b: NEXT LINE, which the runner trims before a `::` command, and CSI.
    const nel = Buffer.from([0x85]).toString("latin1");
    const status = await serve((socket) => socket.end(Buffer.from("\x85::add-mask::pwned \x9b\r\n\r\n", "latin1")));
    const chunked = await serve((socket) =>
      socket.end(Buffer.from("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n\x85::warning::x\r\n", "latin1")),
    );
    for (const server of [status, chunked]) {
      const error = await bareGet(new URL(`${server.url}/x`), {}, options).then(
        // A chunk size is read with the body: the error comes from the body stream.
        async (response) => {
          await read(response.body);
          assert.fail("a malformed head was accepted");
        },
        (failure: Error) => failure,
      );
      assert.match(error.message, /malformed/);
      assert.doesNotMatch(error.message, /[\u0080-\u009f]/, JSON.stringify(error.message));
      assert.ok(
        error.message.includes("\\u0085"),
        `${JSON.stringify(error.message)} shows ${JSON.stringify(nel)} escaped`,
      );
    }
  });
});
