/**
 * GET over a bare socket, for large blob bodies. Node's http client copies every body chunk out of
 * the socket's read buffer (its parser hands the body over as a fresh copy); for a 256 MiB copy
 * that is ~180 ms of CPU and as much again in garbage collection, on a path where the client's CPU
 * competes with the registries'. Here the response head is parsed by hand and body bytes are
 * views of the socket's own reads, which land in 1 MiB slabs (`onread`): a read then takes up to
 * ~1 MiB instead of 64 KiB, so a blob costs a sixteenth of the reads and allocations. Slabs are never
 * reused, so a consumer may keep any chunk it is given. It speaks just enough HTTP/1.1 for a GET: status line and
 * headers, 1xx skipped, bodies framed by Content-Length, chunked encoding or the connection's end,
 * and keep-alive reuse of connections per origin. Everything else (redirects, retries, auth) is
 * the transport's.
 */

import { connect as netConnect, type Socket } from "node:net";
import { Readable } from "node:stream";
import { type ConnectionOptions, connect as tlsConnect } from "node:tls";
import { connectTarget } from "./connect-target.ts";
import type { Headers } from "./transport.ts";
import { quoteValue } from "./untrusted-text.ts";

export interface BareResponse {
  statusCode: number;
  headers: Headers;
  body: Readable;
}

const MAX_HEAD_BYTES = 64 * 1024;
const SLAB_BYTES = 1024 * 1024;
/** A slab with less room than this is retired, so a read is never starved for space. */
const MIN_READ_BYTES = 64 * 1024;

/** Where a connection's reads go: the response being read, or the pool's watch while idle. */
interface ReadSink {
  data: (chunk: Buffer) => void;
}
const sinks = new WeakMap<Socket, ReadSink>();

/** `onread` options that read into fresh slabs and hand each read to the socket's sink as a view. */
function slabReads(sink: ReadSink) {
  let slab = Buffer.allocUnsafe(SLAB_BYTES);
  let used = 0;
  return {
    buffer: (): Buffer => {
      if (SLAB_BYTES - used < MIN_READ_BYTES) {
        slab = Buffer.allocUnsafe(SLAB_BYTES);
        used = 0;
      }
      return slab.subarray(used);
    },
    callback: (bytes: number, buffer: Uint8Array): boolean => {
      used += bytes;
      sink.data(Buffer.from(buffer.buffer, buffer.byteOffset, bytes));
      // Flow control is the sink's, through pause() and resume().
      return true;
    },
  };
}
const HEAD_END = Buffer.from("\r\n\r\n");

/** A connection error with a code the transport's retry rules recognise. */
function connectionError(message: string, code = "ECONNRESET"): Error {
  return Object.assign(new Error(message), { code });
}

/** Idle keep-alive connections by origin. */
export class BareConnectionPool {
  private readonly idle = new Map<string, Set<Socket>>();
  private readonly detachers = new WeakMap<Socket, () => void>();
  private readonly keepAliveMs: number;

  constructor(keepAliveMs = 30_000) {
    this.keepAliveMs = keepAliveMs;
  }

  take(origin: string): Socket | undefined {
    const sockets = this.idle.get(origin);
    for (const socket of sockets ?? []) {
      sockets?.delete(socket);
      this.detachers.get(socket)?.();
      // A pre-opened connection may still be connecting: the request is written once it is up.
      if (!socket.destroyed && (socket.readyState === "open" || socket.connecting)) return socket;
    }
    return undefined;
  }

  /**
   * Opens connections to `url`'s origin until `count` are waiting, ahead of the GETs about to need
   * them: each GET then takes one whose TCP and TLS set-up is done or under way.
   */
  preconnect(url: URL, count: number): void {
    for (let i = this.idle.get(url.origin)?.size ?? 0; i < count; i++) this.give(url.origin, open(url));
  }

  give(origin: string, socket: Socket): void {
    const sockets = this.idle.get(origin) ?? new Set<Socket>();
    this.idle.set(origin, sockets);
    // An idle connection that the server closes, or that says anything unasked, is dropped.
    const drop = (): void => {
      sockets.delete(socket);
      socket.destroy();
    };
    const events = ["end", "error", "close", "timeout"] as const;
    for (const event of events) socket.on(event, drop);
    const sink = sinks.get(socket) as ReadSink;
    sink.data = drop;
    this.detachers.set(socket, () => {
      for (const event of events) socket.removeListener(event, drop);
      sink.data = () => {};
      socket.setTimeout(0);
    });
    socket.setTimeout(this.keepAliveMs);
    socket.unref();
    socket.resume();
    sockets.add(socket);
  }

  destroy(): void {
    for (const sockets of this.idle.values()) for (const socket of sockets) socket.destroy();
    this.idle.clear();
  }
}

function open(url: URL): Socket {
  const { host, port, servername } = connectTarget(url);
  const sink: ReadSink = { data: () => {} };
  const onread = slabReads(sink);
  let socket: Socket;
  if (url.protocol === "https:") {
    // tls.connect takes `onread` as net.connect does (decrypted bytes land in the slab); Node's
    // type definitions just do not list it.
    const options: ConnectionOptions = {
      host,
      port,
      ...(servername ? { servername } : {}),
      ALPNProtocols: ["http/1.1"],
    };
    socket = tlsConnect(Object.assign(options, { onread }));
  } else socket = netConnect({ host, port, onread });
  sinks.set(socket, sink);
  return socket;
}

function requestHead(url: URL, headers: Record<string, string>): string {
  let head = `GET ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n`;
  for (const [name, value] of Object.entries(headers)) {
    // Header values come from our own code and the registry's token; a line break would let one
    // smuggle a second request onto the connection.
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new Error(`header ${name} contains a line break`);
    head += `${name}: ${value}\r\n`;
  }
  return `${head}\r\n`;
}

interface ParsedHead {
  statusCode: number;
  headers: Headers;
  http10: boolean;
}

function parseHead(text: string): ParsedHead {
  const lines = text.split("\r\n");
  const status = /^HTTP\/1\.([01]) (\d{3})(?: .*)?$/.exec(lines[0] ?? "");
  // The head is read as latin1, so any byte 0x80–0x9F is a C1 control here: quoteValue escapes those.
  if (!status) throw connectionError(`malformed HTTP status line: ${quoteValue(lines[0] ?? "", 80)}`);
  const headers: Headers = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw connectionError(`malformed HTTP header line: ${quoteValue(line, 80)}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const existing = headers[name];
    if (existing === undefined) headers[name] = value;
    else if (name === "set-cookie") headers[name] = [...(Array.isArray(existing) ? existing : [existing]), value];
    else headers[name] = `${existing}, ${value}`;
  }
  return { statusCode: Number(status[2]), headers, http10: status[1] === "0" };
}

/**
 * Decodes `Transfer-Encoding: chunked` incrementally: feed it socket reads, it returns the data
 * slices (no copies) and says when the last chunk and trailers have passed.
 */
class ChunkedDecoder {
  done = false;
  private remaining = 0;
  private state: "size" | "data" | "data-end" | "trailers" = "size";
  private line = "";

  feed(input: Buffer): Buffer[] {
    const out: Buffer[] = [];
    let at = 0;
    while (at < input.length && !this.done) {
      if (this.state === "data") {
        const take = Math.min(this.remaining, input.length - at);
        out.push(input.subarray(at, at + take));
        at += take;
        this.remaining -= take;
        if (this.remaining === 0) this.state = "data-end";
        continue;
      }
      const newline = input.indexOf(10, at);
      const end = newline < 0 ? input.length : newline + 1;
      this.line += input.toString("latin1", at, end);
      at = end;
      if (newline < 0) {
        if (this.line.length > 4096) throw connectionError("malformed chunked encoding: line too long");
        continue;
      }
      const line = this.line.replace(/\r?\n$/, "");
      this.line = "";
      if (this.state === "data-end") {
        if (line !== "") throw connectionError("malformed chunked encoding: no line break after a chunk");
        this.state = "size";
      } else if (this.state === "size") {
        const size = /^([0-9a-fA-F]{1,12})(?:;.*)?$/.exec(line);
        if (!size) throw connectionError(`malformed chunk size ${quoteValue(line, 40)}`);
        this.remaining = Number.parseInt(size[1] as string, 16);
        this.state = this.remaining === 0 ? "trailers" : "data";
      } else if (line === "") this.done = true;
    }
    return out;
  }
}

/**
 * One GET. Resolves at the response head; the body streams on, ending with an error (code
 * ECONNRESET, which the transport and the blob reader treat as resumable) if the connection closes
 * before the framing says the body is complete, or ETIMEDOUT if it is idle for `idleTimeoutMs` or
 * not complete within `deadlineMs` (a server trickling bytes just inside the idle timeout).
 */
export function bareGet(
  url: URL,
  headers: Record<string, string>,
  options: { pool: BareConnectionPool; idleTimeoutMs: number; deadlineMs?: number },
): Promise<BareResponse> {
  const origin = url.origin;
  const reused = options.pool.take(origin);
  const socket = reused ?? open(url);
  socket.ref();
  return new Promise((resolvePromise, reject) => {
    let head: Buffer | undefined = Buffer.alloc(0);
    let body: Readable | undefined;
    let remaining = Number.POSITIVE_INFINITY;
    let chunked: ChunkedDecoder | undefined;
    let reusable = false;
    let finished = false;
    /** Whether the caller has the body: until then a failure rejects the promise instead. */
    let handedOver = false;
    let detach = (): void => {};
    let deadline: NodeJS.Timeout | undefined;

    const fail = (error: Error): void => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      socket.destroy();
      if (body && handedOver) body.destroy(error);
      else {
        body?.destroy();
        reject(error);
      }
    };
    const complete = (): void => {
      finished = true;
      clearTimeout(deadline);
      socket.pause();
      detach();
      if (reusable) options.pool.give(origin, socket);
      else socket.destroy();
      body?.push(null);
    };
    const deliver = (slices: Buffer[]): void => {
      let more = true;
      for (const slice of slices) if (slice.length > 0) more = (body as Readable).push(slice) && more;
      if (!more) socket.pause();
    };
    const onBody = (data: Buffer): void => {
      if (chunked) {
        deliver(chunked.feed(data));
        if (chunked.done) complete();
        return;
      }
      if (data.length >= remaining) {
        // Bytes past the body were never asked for: the connection is not trustworthy for reuse.
        if (data.length > remaining) reusable = false;
        const last = data.subarray(0, remaining);
        remaining = 0;
        deliver([last]);
        complete();
        return;
      }
      remaining -= data.length;
      deliver([data]);
    };
    const onHead = (data: Buffer): void => {
      head = head ? Buffer.concat([head, data]) : data;
      const end = head.indexOf(HEAD_END);
      if (end < 0) {
        if (head.length > MAX_HEAD_BYTES) fail(connectionError(`response head from ${origin} over 64 KiB`));
        return;
      }
      const parsed = parseHead(head.toString("latin1", 0, end));
      const rest = head.subarray(end + HEAD_END.length);
      if (parsed.statusCode >= 100 && parsed.statusCode < 200) {
        // 100 Continue and other interim answers precede the real one.
        head = Buffer.alloc(0);
        if (rest.length > 0) onHead(rest);
        return;
      }
      head = undefined;
      const connection = String(parsed.headers.connection ?? "").toLowerCase();
      const transferEncoding = String(parsed.headers["transfer-encoding"] ?? "").toLowerCase();
      const length = parsed.headers["content-length"];
      if (transferEncoding.includes("chunked")) chunked = new ChunkedDecoder();
      else if (length !== undefined) {
        if (!/^\d+$/.test(String(length))) throw connectionError(`invalid Content-Length ${String(length)}`);
        remaining = Number(length);
      }
      const bodiless = parsed.statusCode === 204 || parsed.statusCode === 304;
      if (bodiless) remaining = 0;
      reusable = !parsed.http10 && !connection.includes("close") && (chunked !== undefined || remaining !== Infinity);
      body = new Readable({
        highWaterMark: 1024 * 1024,
        read: () => {
          if (!finished) socket.resume();
        },
        destroy: (error, callback) => {
          // A consumer that stops reading mid-body leaves the connection in an unknown state.
          if (!finished) {
            finished = true;
            clearTimeout(deadline);
            socket.destroy();
          }
          callback(error);
        },
      });
      // Body bytes that came with the head are taken in before the response is handed over: a
      // malformed first chunk then fails the request, rather than a stream nobody listens to yet
      // (whose error event would be an uncaught exception).
      if (remaining === 0) complete();
      else if (rest.length > 0) onBody(rest);
      handedOver = true;
      resolvePromise({ statusCode: parsed.statusCode, headers: parsed.headers, body });
    };

    const onData = (data: Buffer): void => {
      if (finished) return;
      try {
        if (head) onHead(data);
        else onBody(data);
      } catch (error) {
        fail(error as Error);
      }
    };
    // A body without Content-Length or chunking ends with the connection; any other ends early.
    const onEnd = (): void => {
      if (finished) return;
      if (body && remaining === Number.POSITIVE_INFINITY && !chunked) complete();
      else fail(connectionError(`connection to ${origin} closed before the response was complete`));
    };
    const onTimeout = (): void =>
      fail(connectionError(`no data for ${options.idleTimeoutMs} ms from ${origin}`, "ETIMEDOUT"));
    const sink = sinks.get(socket) as ReadSink;
    detach = () => {
      sink.data = () => {};
      socket.removeListener("end", onEnd);
      socket.removeListener("close", onEnd);
      socket.removeListener("error", fail);
      socket.removeListener("timeout", onTimeout);
      socket.setTimeout(0);
    };
    sink.data = onData;
    socket.on("end", onEnd);
    socket.on("close", onEnd);
    socket.on("error", fail);
    socket.on("timeout", onTimeout);
    socket.setTimeout(options.idleTimeoutMs);
    if (options.deadlineMs !== undefined) {
      const deadlineMs = options.deadlineMs;
      deadline = setTimeout(
        () =>
          fail(
            connectionError(`no complete response from ${origin} within the ${deadlineMs} ms deadline`, "ETIMEDOUT"),
          ),
        deadlineMs,
      );
      // A deadline alone never keeps the process alive.
      deadline.unref();
    }
    try {
      socket.write(requestHead(url, headers));
    } catch (error) {
      fail(error as Error);
    }
  });
}
