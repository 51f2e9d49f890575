/**
 * Keep-alive agents that can open connections ahead of need. On a registry 10–80 ms away a new
 * connection costs a round trip for TCP and one more for TLS before its request can leave; when the
 * copy engine knows it is about to send many requests at once to a host (the destination's HEADs,
 * the uploads), it has the connections opened while it is still busy elsewhere, and the requests
 * then take them — still connecting or ready — instead of starting their own set-up.
 *
 * The agents stay Node's: a pre-opened socket is handed over through `createConnection`, the
 * documented hook, and from then on the agent pools it like any other.
 */

import { type ClientRequestArgs, Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";
import { connectTarget } from "./connect-target.ts";

/** An unused pre-opened connection is closed after this long. */
const STASH_IDLE_MS = 30_000;

/** Pre-opened sockets by `host:port`, until a request takes one or they idle out. */
class SocketStash {
  private readonly sockets = new Map<string, Set<Socket>>();
  private readonly detachers = new WeakMap<Socket, () => void>();

  add(key: string, socket: Socket): void {
    const sockets = this.sockets.get(key) ?? new Set<Socket>();
    this.sockets.set(key, sockets);
    const drop = (): void => {
      sockets.delete(socket);
      socket.destroy();
    };
    const events = ["error", "close", "end", "timeout"] as const;
    for (const event of events) socket.on(event, drop);
    this.detachers.set(socket, () => {
      for (const event of events) socket.removeListener(event, drop);
      socket.setTimeout(0);
    });
    socket.setTimeout(STASH_IDLE_MS);
    // Waiting connections never keep the process alive.
    socket.unref();
    sockets.add(socket);
  }

  take(key: string): Socket | undefined {
    const sockets = this.sockets.get(key);
    for (const socket of sockets ?? []) {
      sockets?.delete(socket);
      this.detachers.get(socket)?.();
      if (socket.destroyed) continue;
      socket.ref();
      return socket;
    }
    return undefined;
  }

  /** How many are waiting for `key`. */
  count(key: string): number {
    return this.sockets.get(key)?.size ?? 0;
  }

  destroy(): void {
    for (const sockets of this.sockets.values()) for (const socket of sockets) socket.destroy();
    this.sockets.clear();
  }
}

function stashKey(host: string | null | undefined, port: string | number | null | undefined): string {
  return `${host ?? ""}:${port ?? ""}`;
}

export interface WarmAgent {
  /** Opens connections to `url`'s host until `count` are waiting for a request. */
  preconnect(url: URL, count: number): void;
}

// biome-ignore lint/suspicious/noExplicitAny: TypeScript's mixin pattern takes a rest parameter of any[].
type AgentClass = new (...args: any[]) => HttpAgent;

/** Node's agent class `Base`, with connections opened ahead in a stash its requests take first. */
function withPreconnect<T extends AgentClass>(Base: T) {
  return class extends Base implements WarmAgent {
    readonly #stash = new SocketStash();

    preconnect(url: URL, count: number): void {
      const { host, port, servername } = connectTarget(url);
      // The agent's own options (its TLS settings) go into the connection, as for its requests.
      const agentOptions = (this as unknown as { options?: object }).options ?? {};
      const key = stashKey(host, port);
      for (let i = this.#stash.count(key); i < count; i++) {
        const options = { ...agentOptions, host, port, ...(servername ? { servername } : {}) } as ClientRequestArgs;
        this.#stash.add(key, super.createConnection(options) as Socket);
      }
    }

    override createConnection(
      options: ClientRequestArgs,
      callback?: (error: Error | null, stream: Duplex) => void,
    ): Duplex | null | undefined {
      return this.#stash.take(stashKey(options.host, options.port)) ?? super.createConnection(options, callback);
    }

    override destroy(): void {
      this.#stash.destroy();
      super.destroy();
    }
  };
}

export const WarmHttpsAgent = withPreconnect(HttpsAgent);
export const WarmHttpAgent = withPreconnect(HttpAgent);
