/**
 * What the registry operations (registry-manifests.ts, registry-blobs.ts, registry-referrers.ts)
 * share: the request they hand to the authorized sender (registry-session.ts), the context they are
 * given, and the checks on what goes into a request path and what comes back from a registry.
 */
import type { Readable } from "node:stream";
import { parseDigest } from "./digest.ts";
import { OciError, RegistryError, type RegistryErrorDetail } from "./errors.ts";
import { type HttpResponse, type RequestStats, readBody } from "./transport.ts";
import { quoteValue } from "./untrusted-text.ts";

export interface RegistryRequest {
  method: string;
  /** Path under the registry root (`/v2/...`), or an absolute URL the registry gave (upload Location). */
  path: string;
  repository: string;
  /** Actions needed on `repository` (`pull`, `push`); more scopes for mounts. */
  actions: string[];
  extraScopes?: string[];
  headers?: Record<string, string>;
  body?: Buffer | (() => Readable);
  retry?: boolean;
  stats?: RequestStats;
  bare?: boolean;
  /** Bytes the request sends or expects back (a blob's size): the transport's deadline scales with it. */
  expectedBytes?: number;
}

/** One registry as its operations see it: its name, its base URL, and requests sent with its credentials. */
export interface RegistryContext {
  readonly registry: string;
  baseUrl(): Promise<string>;
  /** Send a request, answering auth challenges; returns any response (callers check the status). */
  send(request: RegistryRequest): Promise<HttpResponse>;
  /** Like send, but any status outside `ok` becomes a RegistryError with the registry's codes. */
  expect(operation: string, request: RegistryRequest, ok: number[]): Promise<HttpResponse>;
}

/** A tag as the distribution spec defines it; anything else in a manifest path must be a digest. */
export const TAG = /^[\w][\w.-]{0,127}$/;

/** JSON from a registry; its syntax error is not quoted, because the parser's message quotes the body. */
export function parseRegistryJson(bytes: Buffer, operation: string): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new OciError(`${operation}: the registry's answer is not valid JSON`);
  }
}

/** A URL the registry gave, resolved against its base; one that does not parse is its error. */
export function registryUrl(text: string, base: URL, registry: string): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new OciError(`${registry}: the registry gave a URL that does not parse: ${quoteValue(text)}`);
  }
}

export function isDigest(text: string): boolean {
  try {
    parseDigest(text);
    return true;
  } catch {
    return false;
  }
}

/** A digest about to go into a request path: refused unless it parses. */
export function pathDigest(digest: string, registry: string): string {
  if (typeof digest !== "string" || !isDigest(digest))
    throw new OciError(`${registry}: refusing to request the bad digest ${quoteValue(digest)}`);
  return digest;
}

/** A manifest reference about to go into a request path: a digest that parses, or a tag. */
export function pathReference(reference: string, registry: string): string {
  if (typeof reference === "string" && (reference.includes(":") ? isDigest(reference) : TAG.test(reference)))
    return reference;
  throw new OciError(`${registry}: refusing to request the bad manifest reference ${quoteValue(reference)}`);
}

export async function registryError(operation: string, response: HttpResponse): Promise<RegistryError> {
  let details: RegistryErrorDetail[] = [];
  try {
    const body = await readBody(response, 64 * 1024);
    const parsed = JSON.parse(body.toString("utf8")) as { errors?: RegistryErrorDetail[] };
    details = (parsed.errors ?? []).map((error) => ({
      code: String(error.code),
      message: String(error.message ?? ""),
    }));
  } catch {
    // Not every error has an OCI error body (proxies, load balancers).
  }
  return new RegistryError(operation, response.status, details);
}
