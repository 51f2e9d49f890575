/**
 * A fault-injecting reverse proxy that sits in front of any registry fixture. Each rule matches
 * requests by method and path and injects one fault for a number of matching requests: an error
 * status, 429 with Retry-After (seconds or HTTP-date), a reset mid-body, a truncated body, a delay,
 * or corrupted bytes. Everything else is forwarded untouched, with upstream Location headers
 * rewritten to point back through the proxy.
 *
 * Registry personalities (registry-personalities.ts) build on three more: a canned answer (a
 * registry's own refusal, an HTML page, a redirect), a request forwarded under another path, and an
 * upstream answer with headers taken out; a rule may also match on the request's headers and body.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { request as httpsRequest } from "node:https";

export type Fault =
  /** An error answer; `errors` replaces the distribution-style error list (e.g. ECR's TAG_INVALID). */
  | { type: "status"; status: number; errors?: Array<{ code: string; message: string }> }
  | { type: "retry-after"; seconds: number; form: "seconds" | "http-date" }
  | { type: "reset" }
  | { type: "truncate" }
  | { type: "delay"; ms: number }
  | { type: "corrupt" }
  /** Never answered nor forwarded: what a registry sees of a client killed mid-request. */
  | { type: "hang" }
  /** Forwarded, with these headers added to the answer (Docker Hub's rate-limit headers, say). */
  | { type: "headers"; headers: Record<string, string> }
  /**
   * Answered here and never forwarded: a registry's own refusal, an HTML login page, a redirect.
   * Headers and body may be made from the request (a refusal naming the tag it refuses).
   */
  | {
      type: "answer";
      status: number;
      headers?: Record<string, string> | ((request: SeenRequest) => Record<string, string>);
      body?: string | Buffer | ((request: SeenRequest) => string | Buffer);
    }
  /** Forwarded, and answered with another status (ECR's 201 to a PATCH the spec answers 202). */
  | { type: "restatus"; status: number }
  /** Forwarded under another path (a registry that resolves one reference as another). */
  | { type: "rewrite"; path: (path: string) => string }
  /** Forwarded, with these headers taken out of the answer (lower-case names). */
  | { type: "drop-headers"; names: string[] };

/** What a rule's `when` sees of a request: all of it, body included. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export interface FaultRule {
  method?: string;
  path?: RegExp;
  fault: Fault;
  /** How many matching requests get the fault; unlimited when absent. */
  times?: number;
  /** Matching requests to let through untouched before the fault starts. */
  after?: number;
  /** A further condition on the whole request (its headers, its body). */
  when?: (request: SeenRequest) => boolean;
}

interface ActiveRule extends FaultRule {
  seen: number;
  injected: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  status: number;
  fault?: Fault["type"];
  /** When the request arrived (performance.now()), for tests of request pacing. */
  at: number;
}

export interface FaultProxy {
  url: string;
  host: string;
  /** Every request that passed through, in order, with the fault it met if any. */
  requests: ProxiedRequest[];
  addRule(rule: FaultRule): { injected(): number };
  clearRules(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: { url: string; ca?: string }): Promise<FaultProxy> {
  const target = new URL(upstream.url);
  const rules: ActiveRule[] = [];
  const requests: ProxiedRequest[] = [];
  let origin = "";

  function pickFault(request: IncomingMessage, body: Buffer): Fault | undefined {
    const seen = { method: request.method ?? "", path: request.url ?? "", headers: request.headers, body };
    for (const rule of rules) {
      if (rule.method && rule.method !== request.method) continue;
      if (rule.path && !rule.path.test(request.url ?? "")) continue;
      if (rule.when && !rule.when(seen)) continue;
      rule.seen++;
      if (rule.seen <= (rule.after ?? 0)) continue;
      if (rule.times !== undefined && rule.injected >= rule.times) continue;
      rule.injected++;
      return rule.fault;
    }
    return undefined;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const fault = pickFault(request, body);
    const record: ProxiedRequest = {
      method: request.method ?? "",
      path: request.url ?? "",
      status: 0,
      at: performance.now(),
      ...(fault ? { fault: fault.type } : {}),
    };
    requests.push(record);

    if (fault?.type === "status" || fault?.type === "retry-after") {
      const status = fault.type === "status" ? fault.status : 429;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (fault.type === "retry-after") {
        headers["retry-after"] =
          fault.form === "seconds" ? String(fault.seconds) : new Date(Date.now() + fault.seconds * 1000).toUTCString();
      }
      record.status = status;
      response.writeHead(status, headers);
      const errors = (fault.type === "status" && fault.errors) || [
        { code: "INJECTED", message: `fault proxy: ${fault.type}` },
      ];
      response.end(JSON.stringify({ errors }));
      return;
    }
    if (fault?.type === "answer") {
      const seen = { method: request.method ?? "", path: request.url ?? "", headers: request.headers, body };
      const headers = typeof fault.headers === "function" ? fault.headers(seen) : (fault.headers ?? {});
      const answer = typeof fault.body === "function" ? fault.body(seen) : fault.body;
      record.status = fault.status;
      response.writeHead(fault.status, headers);
      response.end(request.method === "HEAD" ? undefined : answer);
      return;
    }
    if (fault?.type === "delay") await new Promise((resolvePromise) => setTimeout(resolvePromise, fault.ms));
    if (fault?.type === "hang") {
      await new Promise((resolvePromise) => response.once("close", resolvePromise));
      return;
    }

    const path = fault?.type === "rewrite" ? fault.path(request.url ?? "/") : (request.url ?? "/");
    const upstreamResponse = await forward(request, path, body);
    const headers = { ...upstreamResponse.headers, ...(fault?.type === "headers" ? fault.headers : {}) };
    if (fault?.type === "drop-headers") for (const name of fault.names) delete headers[name];
    if (typeof headers.location === "string" && headers.location.startsWith(target.origin)) {
      headers.location = origin + headers.location.slice(target.origin.length);
    }
    let payload = upstreamResponse.body;
    const status = fault?.type === "restatus" ? fault.status : upstreamResponse.status;
    record.status = status;
    if (fault?.type === "corrupt" && payload.length > 0) {
      payload = Buffer.from(payload);
      const middle = Math.floor(payload.length / 2);
      payload[middle] = (payload[middle] as number) ^ 0xff;
    }
    if ((fault?.type === "reset" || fault?.type === "truncate") && payload.length > 0) {
      // Announce the full length, send half, then break the connection: a reset tears it down
      // with RST, a truncation closes it cleanly, so clients see both kinds of short read.
      response.writeHead(upstreamResponse.status, headers);
      response.write(payload.subarray(0, Math.floor(payload.length / 2)), () => {
        const socket = response.socket;
        if (!socket) return;
        if (fault.type === "reset") socket.resetAndDestroy();
        else socket.end();
      });
      return;
    }
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : payload);
  }

  function forward(
    request: IncomingMessage,
    path: string,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const headers = { ...request.headers, host: target.host };
    return new Promise((resolvePromise, reject) => {
      const upstreamRequest = send(
        new URL(path, target),
        { method: request.method, headers, ...(upstream.ca ? { ca: upstream.ca } : {}) },
        (upstreamResponse) => {
          const chunks: Buffer[] = [];
          upstreamResponse.on("data", (chunk: Buffer) => chunks.push(chunk));
          upstreamResponse.on("end", () =>
            resolvePromise({
              status: upstreamResponse.statusCode ?? 502,
              headers: upstreamResponse.headers,
              body: Buffer.concat(chunks),
            }),
          );
          upstreamResponse.on("error", reject);
        },
      );
      upstreamRequest.on("error", reject);
      upstreamRequest.end(body);
    });
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
      response.end(`fault proxy could not reach upstream: ${error.message}`);
    });
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    host: `127.0.0.1:${port}`,
    requests,
    addRule(rule) {
      const active: ActiveRule = { ...rule, seen: 0, injected: 0 };
      rules.push(active);
      return { injected: () => active.injected };
    },
    clearRules() {
      rules.length = 0;
    },
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
