/**
 * The HTTP layer: keep-alive connection pools per host (Node's http/https agents; undici was
 * measured at ~100 ms of start-up per run), per-host concurrency that
 * backs off on 429, retries with jittered exponential backoff honouring Retry-After, redirects that
 * drop credentials when they leave the origin (blob GETs redirect to presigned storage URLs) and
 * never go from HTTPS to HTTP, an idle timeout per read and a deadline per request. It knows nothing
 * of registries, auth or manifests.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import { BareConnectionPool, bareGet } from "./bare-get.ts";
import { OciError } from "./errors.ts";
import { HostLimiter } from "./host-limiter.ts";
import {
  type BackoffPolicy,
  backoffDelay,
  DEFAULT_BACKOFF,
  isRetryableError,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
} from "./retry.ts";
import { WarmHttpAgent, WarmHttpsAgent } from "./warm-agents.ts";

export type Headers = Record<string, string | string[] | undefined>;

export interface RequestStats {
  requests: number;
  retries: number;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** A Buffer is re-sent on every attempt; a factory gives a fresh stream per attempt. */
  body?: Buffer | (() => Readable);
  /** False for requests that must not be repeated blindly (a streamed upload that cannot be replayed). */
  retry?: boolean;
  /** Counts requests and retries for whoever asked (a copy report attributes them per destination). */
  stats?: RequestStats;
  /** A GET whose (large) body is read off a bare socket rather than through node:http: see bare-get.ts. */
  bare?: boolean;
  /** The size of the body sent or expected back, when known (a blob): its deadline grows with it. */
  expectedBytes?: number;
  /**
   * Where each hop's host (redirects included) connects, instead of the system resolver: the
   * connection goes to exactly the address this gives, with no DNS answer of its own between
   * whoever judged that address and the connect (the token realm's check, auth/realm-address.ts).
   * It may throw to refuse a host. Such requests get connections of their own, pooled per address
   * (and never `bare`).
   */
  resolveHost?: (hostname: string) => Promise<PinnedAddress>;
}

/** An address to connect to, as `resolveHost` gives it. */
export interface PinnedAddress {
  address: string;
  family: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The response body; always consume it (readBody, or discard) so the connection is reused. */
  body: Readable;
  /** The URL that answered, after redirects. */
  url: string;
}

export interface TransportOptions {
  backoff?: BackoffPolicy;
  /** Requests in flight to one host at the most. */
  perHostConcurrency?: number;
  /** A connection idle this long (no response headers, no body bytes) is abandoned and retried. */
  idleTimeoutMs?: number;
  /**
   * The longest one exchange (request sent to last body byte) may take when its size is not known:
   * a server trickling a byte just inside the idle timeout would otherwise hold it forever. It is
   * abandoned and retried (or resumed) like a broken connection. Default 5 minutes.
   */
  deadlineMs?: number;
  /**
   * The deadline of an exchange whose size is known (a blob, `expectedBytes`): `baseMs` plus the
   * time its bytes take at `minBytesPerSecond`. Default 60 s + size at 64 KiB/s.
   */
  sizedDeadline?: { baseMs: number; minBytesPerSecond: number };
  userAgent?: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const DEFAULT_DEADLINE_MS = 5 * 60_000;
const DEFAULT_SIZED_DEADLINE = { baseMs: 60_000, minBytesPerSecond: 64 * 1024 };

/**
 * Refuses to move from HTTPS to plain HTTP (a redirect, an upload Location): whatever follows would
 * travel in clear text, credentials and content alike. `subject` names who asked for the move; the
 * message names the origin it pointed to, never the full URL (a presigned URL's query carries
 * secrets).
 */
export function refuseDowngrade(from: URL, to: URL, subject: string): void {
  if (from.protocol === "https:" && to.protocol !== "https:") {
    throw new OciError(`${subject} to ${to.origin} refused: it leaves HTTPS for plain HTTP`);
  }
}

/** The error a missed deadline ends an exchange with: ETIMEDOUT, so the retry and resume paths take it. */
export function deadlineError(origin: string, deadlineMs: number): Error {
  return Object.assign(new Error(`no complete response from ${origin} within the ${deadlineMs} ms deadline`), {
    code: "ETIMEDOUT",
  });
}

export class Transport {
  readonly stats: RequestStats = { requests: 0, retries: 0 };
  private readonly backoff: BackoffPolicy;
  private readonly barePool = new BareConnectionPool();
  private readonly httpAgent: InstanceType<typeof WarmHttpAgent>;
  private readonly httpsAgent: InstanceType<typeof WarmHttpsAgent>;
  private readonly idleTimeoutMs: number;
  private readonly deadlineMs: number;
  private readonly sizedDeadline: { baseMs: number; minBytesPerSecond: number };
  private readonly limiters = new Map<string, HostLimiter>();
  /** Keep-alive agents of `resolveHost` requests, by scheme, host and pinned address. */
  private readonly pinnedAgents = new Map<string, HttpAgent>();
  private readonly perHostConcurrency: number;
  private readonly userAgent: string;

  constructor(options: TransportOptions = {}) {
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.perHostConcurrency = options.perHostConcurrency ?? 8;
    this.userAgent = options.userAgent ?? "image-actions";
    this.idleTimeoutMs = options.idleTimeoutMs ?? 120_000;
    this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.sizedDeadline = options.sizedDeadline ?? DEFAULT_SIZED_DEADLINE;
    const agentOptions = {
      keepAlive: true,
      keepAliveMsecs: 30_000,
      maxSockets: this.perHostConcurrency * 2,
      maxFreeSockets: this.perHostConcurrency * 2,
    };
    this.httpAgent = new WarmHttpAgent(agentOptions);
    this.httpsAgent = new WarmHttpsAgent(agentOptions);
  }

  /**
   * Opens connections to `origin` ahead of a burst of requests: `requests` for ordinary exchanges
   * (manifests, HEADs, uploads) and `largeGets` for blob downloads (bareGet's own pool). Counts are
   * how many should be waiting; failures surface, if at all, on the request that takes the socket.
   */
  preconnect(origin: string, counts: { requests?: number; largeGets?: number }): void {
    const url = new URL(origin);
    const cap = this.perHostConcurrency;
    if (counts.requests)
      (url.protocol === "https:" ? this.httpsAgent : this.httpAgent).preconnect(url, Math.min(counts.requests, cap));
    if (counts.largeGets) this.barePool.preconnect(url, Math.min(counts.largeGets, cap));
  }

  limiter(host: string): HostLimiter {
    let limiter = this.limiters.get(host);
    if (!limiter) {
      limiter = new HostLimiter(this.perHostConcurrency);
      this.limiters.set(host, limiter);
    }
    return limiter;
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const retries = request.retry === false ? 0 : this.backoff.retries;
    for (let attempt = 0; ; attempt++) {
      const host = new URL(request.url).host;
      const limiter = this.limiter(host);
      const release = await limiter.acquire();
      let response: HttpResponse;
      try {
        response = await this.sendFollowingRedirects(request);
      } catch (error) {
        release();
        // A refused redirect is final, and already says what was refused.
        if (error instanceof OciError) throw error;
        if (attempt < retries && isRetryableError(error)) {
          this.countRetry(request);
          await sleep(backoffDelay(attempt, this.backoff));
          continue;
        }
        throw networkError(request, error);
      }
      if (isRetryableStatus(response.status) && attempt < retries && !isSpentQuota(response)) {
        response.body.resume();
        release();
        if (response.status === 429) limiter.throttled();
        this.countRetry(request);
        const retryAfter = parseRetryAfter(
          headerValue(response.headers, "retry-after"),
          Date.now(),
          this.backoff.maxRetryAfterMs,
        );
        await sleep(retryAfter ?? backoffDelay(attempt, this.backoff));
        continue;
      }
      if (response.status < 400) limiter.succeeded();
      // The slot is held until the body is done, so concurrency counts transfers, not headers.
      response.body.once("close", release);
      response.body.once("end", release);
      response.body.once("error", release);
      return response;
    }
  }

  /** How long one exchange of `request` may take, headers to last body byte. */
  deadlineFor(request: Pick<HttpRequest, "expectedBytes">): number {
    if (request.expectedBytes === undefined) return this.deadlineMs;
    const { baseMs, minBytesPerSecond } = this.sizedDeadline;
    return Math.ceil(baseMs + (request.expectedBytes / minBytesPerSecond) * 1000);
  }

  private countRetry(request: HttpRequest): void {
    this.stats.retries++;
    if (request.stats) request.stats.retries++;
  }

  private async sendFollowingRedirects(request: HttpRequest): Promise<HttpResponse> {
    let url = request.url;
    let headers = { "user-agent": this.userAgent, ...request.headers };
    let method = request.method;
    const deadlineMs = this.deadlineFor(request);
    for (let hop = 0; ; hop++) {
      const pinnedAgent = await this.pinnedAgentFor(url, request);
      this.stats.requests++;
      if (request.stats) request.stats.requests++;
      const body =
        method === "GET" || method === "HEAD"
          ? undefined
          : typeof request.body === "function"
            ? request.body()
            : request.body;
      const response =
        request.bare && method === "GET" && !pinnedAgent
          ? await bareGet(new URL(url), headers, { pool: this.barePool, idleTimeoutMs: this.idleTimeoutMs, deadlineMs })
          : await this.exchange(url, method, headers, body, deadlineMs, pinnedAgent);
      const location = headerValue(response.headers, "location");
      if (!REDIRECTS.has(response.statusCode) || !location || hop >= MAX_REDIRECTS) {
        return { status: response.statusCode, headers: response.headers, body: response.body, url };
      }
      response.body.resume();
      const next = new URL(location, url);
      refuseDowngrade(new URL(url), next, `${new URL(url).host}: redirect`);
      // Credentials are for the registry's origin (scheme, host and port); a presigned storage URL
      // carries its own and must not receive (or leak) the registry's token.
      if (next.origin !== new URL(url).origin) {
        const { authorization: _dropped, ...rest } = headers as Record<string, string>;
        headers = rest as typeof headers;
      }
      if (response.statusCode === 303) method = "GET";
      url = next.toString();
    }
  }

  /**
   * The agent of a `resolveHost` request's hop: its connections go to the address `resolveHost`
   * gave through a lookup that answers only that (Node calls no resolver for an IP literal, which
   * `resolveHost` has judged all the same). Pooled per address, never shared with the warm agents,
   * whose sockets were opened on the system resolver's answer.
   */
  private async pinnedAgentFor(url: string, request: HttpRequest): Promise<HttpAgent | undefined> {
    if (!request.resolveHost) return undefined;
    const target = new URL(url);
    const pinned = await request.resolveHost(target.hostname.replace(/^\[|\]$/g, ""));
    const key = `${target.protocol}//${target.host} ${pinned.address}`;
    let agent = this.pinnedAgents.get(key);
    if (!agent) {
      const lookup: LookupFunction = (_hostname, options, callback) => {
        if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
        else callback(null, pinned.address, pinned.family);
      };
      const options = { keepAlive: true, keepAliveMsecs: 30_000, lookup };
      agent = target.protocol === "https:" ? new HttpsAgent(options) : new HttpAgent(options);
      this.pinnedAgents.set(key, agent);
    }
    return agent;
  }

  /** One HTTP exchange: resolves at the response headers; the body streams on. */
  private exchange(
    url: string,
    method: string,
    headers: Record<string, string>,
    body: Buffer | Readable | undefined,
    deadlineMs: number,
    pinnedAgent?: HttpAgent,
  ): Promise<{ statusCode: number; headers: Headers; body: IncomingMessage }> {
    const target = new URL(url);
    const https = target.protocol === "https:";
    return new Promise((resolvePromise, reject) => {
      let answer: IncomingMessage | undefined;
      // The idle timeout is per read; this bounds the whole exchange. Unref'd: a deadline alone
      // never keeps the process alive.
      const deadline = setTimeout(() => {
        const error = deadlineError(target.origin, deadlineMs);
        if (answer) answer.destroy(error);
        outgoing.destroy(error);
      }, deadlineMs);
      deadline.unref();
      const clearDeadline = (): void => clearTimeout(deadline);
      const outgoing = (https ? httpsRequest : httpRequest)(target, {
        method,
        headers: Buffer.isBuffer(body) ? { ...headers, "content-length": String(body.length) } : headers,
        agent: pinnedAgent ?? (https ? this.httpsAgent : this.httpAgent),
        timeout: this.idleTimeoutMs,
      });
      outgoing.on("timeout", () =>
        outgoing.destroy(Object.assign(new Error(`no data for ${this.idleTimeoutMs} ms`), { code: "ETIMEDOUT" })),
      );
      outgoing.on("error", reject);
      outgoing.on("error", clearDeadline);
      outgoing.on("response", (response) => {
        answer = response;
        response.once("end", clearDeadline);
        response.once("close", clearDeadline);
        // After the headers, an idle or broken connection surfaces as an error on the body.
        outgoing.removeListener("error", reject);
        outgoing.on("error", (error) => response.destroy(error));
        resolvePromise({ statusCode: response.statusCode ?? 0, headers: response.headers, body: response });
      });
      if (body === undefined || Buffer.isBuffer(body)) outgoing.end(body);
      else {
        // pipeline, not pipe: a body that already failed (a source whose digest did not verify)
        // must abort the request at once, not leave the registry waiting for bytes.
        pipeline(body, outgoing, (error) => {
          if (error) outgoing.destroy(error);
        });
      }
    });
  }

  async close(): Promise<void> {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
    for (const agent of this.pinnedAgents.values()) agent.destroy();
    this.barePool.destroy();
  }
}

export function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Read a whole (small) body, refusing more than `limit` bytes. */
export async function readBody(response: HttpResponse, limit: number): Promise<Buffer> {
  const declared = Number(headerValue(response.headers, "content-length") ?? Number.NaN);
  // Without the query: after a redirect it may be a presigned URL's signature.
  const where = new URL(response.url);
  const from = `${where.origin}${where.pathname}`;
  if (declared > limit) {
    response.body.destroy();
    throw new OciError(`response from ${from} is ${declared} bytes, over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      response.body.destroy();
      throw new OciError(`response from ${from} is over the ${limit}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A 429 whose `ratelimit-remaining` (the IETF RateLimit fields) says 0: the quota is spent for its
 * window, hours on Docker Hub (https://docs.docker.com/docker-hub/usage/pulls/), so retrying within
 * seconds only adds refusals; the 429 goes to the caller at once.
 */
function isSpentQuota(response: { status: number; headers: Headers }): boolean {
  return response.status === 429 && /^\s*0\s*(?:;|$)/.test(headerValue(response.headers, "ratelimit-remaining") ?? "");
}

export function discard(response: HttpResponse): void {
  response.body.resume();
}

function networkError(request: HttpRequest, error: unknown): Error {
  const cause = error as Error & { code?: string };
  const where = new URL(request.url);
  return new OciError(
    `${request.method} ${where.origin}${where.pathname} failed: ${cause.code ? `${cause.code} ` : ""}${cause.message}`,
    {
      cause,
    },
  );
}
