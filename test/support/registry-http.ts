/**
 * A deliberately small registry HTTP client for the harness (pushing fixtures, reading back
 * results). It is independent of packages/oci so that tests check our client against a second
 * implementation, and it handles just enough auth for the fixtures: Basic, and the bearer flow.
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import type { TestRegistry } from "./registry.ts";

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RegistryRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** The repository and actions a bearer token must grant, e.g. `repository:app:pull,push`. */
  scope?: string;
}

export function rawRequest(
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: Buffer | string; ca?: string },
): Promise<HttpResponse> {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolvePromise, reject) => {
    const req = send(
      target,
      { method: options.method, headers: options.headers ?? {}, ...(options.ca ? { ca: options.ca } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

const tokenCache = new Map<string, string>();

async function authorization(registry: TestRegistry, scope: string | undefined): Promise<string | undefined> {
  const credentials = registry.credentials;
  if (!credentials) return undefined;
  const basic = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
  if (registry.auth === "basic") return basic;
  const issuer = registry.tokenIssuer;
  if (!issuer) return undefined;
  const key = `${registry.host}|${scope ?? ""}`;
  const cached = tokenCache.get(key);
  if (cached) return cached;
  const url = new URL(issuer.realm);
  url.searchParams.set("service", issuer.service);
  if (scope) url.searchParams.set("scope", scope);
  const response = await rawRequest(url.toString(), { method: "GET", headers: { authorization: basic } });
  if (response.status !== 200) throw new Error(`token issuer answered ${response.status}`);
  const value = `Bearer ${(JSON.parse(response.body.toString()) as { token: string }).token}`;
  tokenCache.set(key, value);
  return value;
}

export async function registryRequest(registry: TestRegistry, options: RegistryRequest): Promise<HttpResponse> {
  const url = options.path.startsWith("http") ? options.path : `${registry.url}${options.path}`;
  const auth = await authorization(registry, options.scope);
  return rawRequest(url, {
    method: options.method,
    headers: { ...(auth ? { authorization: auth } : {}), ...(options.headers ?? {}) },
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(registry.ca ? { ca: registry.ca.pem } : {}),
  });
}

export async function expectStatus(response: HttpResponse, expected: number[], what: string): Promise<HttpResponse> {
  if (!expected.includes(response.status)) {
    throw new Error(`${what}: HTTP ${response.status}: ${response.body.toString().slice(0, 500)}`);
  }
  return response;
}
