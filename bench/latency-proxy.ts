/**
 * A latency-injecting TCP proxy for the network benchmark: it forwards bytes both ways untouched
 * (TLS passes through, so the client sees the upstream's certificate) and delivers every chunk a
 * fixed one-way delay after it arrived, in order. Connection set-up costs what TCP's handshake
 * costs: a new connection's first bytes to the upstream leave one round trip after it was
 * accepted (SYN, SYN-ACK), then take the one-way delay like everything else. So a TLS handshake
 * pays its own round trips on top, and an HTTP request one more.
 *
 * Optional: a bandwidth cap per proxy and direction (one link shared by all its connections), and a
 * window — the bytes in flight per connection and direction beyond which the sender is paused, as
 * TCP's receive window would (throughput per connection ≤ window / round trip).
 *
 * It counts connections and TLS ClientHello records (a connection whose first byte is 0x16), and of
 * those the resumed ones (a ClientHello carrying a pre_shared_key extension, TLS 1.3, or a
 * non-empty session ticket, TLS 1.2).
 */
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";

export interface LatencyProxyOptions {
  /** Where to forward: `host:port`. */
  upstream: string;
  /** The address to listen on; 127.0.0.1 by default. */
  listen?: string;
  /** One-way delay in milliseconds, each direction. Can be changed later with setDelay. */
  delayMs: number;
  /** Bits per second per direction, shared by all connections; unlimited when absent. */
  bandwidthBitsPerSecond?: number;
  /** Bytes in flight per connection and direction before the sender is paused; 4 MiB by default. */
  windowBytes?: number;
}

export interface ProxyCounts {
  connections: number;
  /** ClientHello records seen: one per TLS handshake, full or resumed. */
  tlsHandshakes: number;
  tlsResumed: number;
  bytesUp: number;
  bytesDown: number;
}

export interface LatencyProxy {
  /** `address:port` it listens on. */
  host: string;
  counts(): ProxyCounts;
  /** When each connection was accepted (performance.now()), and its first byte from either side. */
  connectionLog: Array<{ accepted: number; firstUp?: number; firstDown?: number }>;
  setDelay(ms: number): void;
  close(): Promise<void>;
}

/** A shared link: when it is next free to put a chunk on the wire, per direction. */
interface Link {
  freeAt: number;
}

interface Pending {
  due: number;
  chunk: Buffer | null;
}

/**
 * One direction of one connection: chunks read from `from` are written to `to` when due. `earliest`
 * is when the first byte may leave (the end of the TCP handshake, for the client's direction).
 */
function delayedPipe(
  from: Socket,
  to: Socket,
  options: { delay: () => number; earliest: number; link: Link; bitsPerSecond?: number; windowBytes: number },
  onBytes: (count: number) => void,
): void {
  const queue: Pending[] = [];
  let queued = 0;
  let timer: NodeJS.Timeout | undefined;
  let ended = false;

  const departure = (bytes: number): number => {
    const now = performance.now();
    let leaves = Math.max(now, options.earliest);
    if (options.bitsPerSecond) {
      leaves = Math.max(leaves, options.link.freeAt) + (bytes * 8 * 1000) / options.bitsPerSecond;
      options.link.freeAt = leaves;
    }
    return leaves + options.delay();
  };

  const flush = (): void => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && (queue[0] as Pending).due <= now + 0.5) {
      const { chunk } = queue.shift() as Pending;
      if (chunk === null) {
        if (!to.destroyed) to.end();
        return;
      }
      queued -= chunk.length;
      if (!to.destroyed) to.write(chunk);
    }
    if (queued < options.windowBytes && from.isPaused() && !ended) from.resume();
    schedule();
  };

  const schedule = (): void => {
    if (timer || queue.length === 0) return;
    timer = setTimeout(flush, Math.max(0, (queue[0] as Pending).due - performance.now()));
  };

  from.on("data", (chunk: Buffer) => {
    onBytes(chunk.length);
    queue.push({ due: departure(chunk.length), chunk });
    queued += chunk.length;
    if (queued >= options.windowBytes) from.pause();
    schedule();
  });
  from.on("end", () => {
    ended = true;
    queue.push({ due: Math.max(performance.now(), options.earliest) + options.delay(), chunk: null });
    schedule();
  });
}

/** True when a TLS ClientHello record asks to resume a session (PSK in TLS 1.3, a ticket in 1.2). */
export function isResumption(record: Buffer): boolean {
  // record header (5) · handshake type (1) + length (3) · client_version (2) · random (32)
  let at = 5 + 4 + 2 + 32;
  if (record.length < at + 1 || record[5] !== 1) return false;
  at += 1 + (record[at] as number); // session_id
  if (record.length < at + 2) return false;
  at += 2 + record.readUInt16BE(at); // cipher_suites
  if (record.length < at + 1) return false;
  at += 1 + (record[at] as number); // compression_methods
  if (record.length < at + 2) return false;
  const end = Math.min(record.length, at + 2 + record.readUInt16BE(at));
  at += 2;
  while (at + 4 <= end) {
    const type = record.readUInt16BE(at);
    const length = record.readUInt16BE(at + 2);
    if (type === 41) return true; // pre_shared_key
    if (type === 35 && length > 0) return true; // session_ticket carrying a ticket
    at += 4 + length;
  }
  return false;
}

export async function startLatencyProxy(options: LatencyProxyOptions): Promise<LatencyProxy> {
  const [upstreamHost, upstreamPort] = [
    options.upstream.slice(0, options.upstream.lastIndexOf(":")),
    Number(options.upstream.slice(options.upstream.lastIndexOf(":") + 1)),
  ];
  let delayMs = options.delayMs;
  const counts: ProxyCounts = { connections: 0, tlsHandshakes: 0, tlsResumed: 0, bytesUp: 0, bytesDown: 0 };
  const up: Link = { freeAt: 0 };
  const down: Link = { freeAt: 0 };
  const sockets = new Set<Socket>();
  const connectionLog: LatencyProxy["connectionLog"] = [];
  const windowBytes = options.windowBytes ?? 4 * 1024 * 1024;
  const listen = options.listen ?? "127.0.0.1";

  const server: Server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    counts.connections++;
    const accepted = performance.now();
    const logEntry: LatencyProxy["connectionLog"][number] = { accepted };
    connectionLog.push(logEntry);
    client.once("data", () => {
      logEntry.firstUp = performance.now();
    });
    const upstream = tcpConnect({ host: upstreamHost, port: upstreamPort, allowHalfOpen: true, noDelay: true });
    upstream.once("data", () => {
      logEntry.firstDown = performance.now();
    });
    sockets.add(client);
    sockets.add(upstream);
    // The first record decides whether this connection is a TLS handshake; its first chunk holds
    // the whole ClientHello in practice (a few hundred bytes, written at once).
    client.once("data", (first: Buffer) => {
      if (first[0] !== 0x16) return;
      counts.tlsHandshakes++;
      if (isResumption(first)) counts.tlsResumed++;
    });
    const delay = () => delayMs;
    // SYN → SYN-ACK: the client's first bytes leave one round trip after it connected.
    delayedPipe(
      client,
      upstream,
      {
        delay,
        earliest: accepted + 2 * delayMs,
        link: up,
        windowBytes,
        ...(options.bandwidthBitsPerSecond ? { bitsPerSecond: options.bandwidthBitsPerSecond } : {}),
      },
      (bytes) => {
        counts.bytesUp += bytes;
      },
    );
    delayedPipe(
      upstream,
      client,
      {
        delay,
        earliest: 0,
        link: down,
        windowBytes,
        ...(options.bandwidthBitsPerSecond ? { bitsPerSecond: options.bandwidthBitsPerSecond } : {}),
      },
      (bytes) => {
        counts.bytesDown += bytes;
      },
    );
    // A reset reaches the other side after the one-way delay, as a RST would; a clean close travels
    // as the queued end of the stream instead.
    const teardown = (other: Socket) => (hadError: boolean) => {
      if (hadError) setTimeout(() => other.destroy(), delayMs);
    };
    client.on("error", () => {});
    upstream.on("error", () => {});
    client.on("close", (hadError) => {
      sockets.delete(client);
      teardown(upstream)(hadError);
    });
    upstream.on("close", (hadError) => {
      sockets.delete(upstream);
      teardown(client)(hadError);
    });
  });
  await new Promise<void>((resolvePromise) => server.listen(0, listen, resolvePromise));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    host: `${listen}:${port}`,
    counts: () => ({ ...counts }),
    connectionLog,
    setDelay(ms) {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolvePromise) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolvePromise());
      }),
  };
}
