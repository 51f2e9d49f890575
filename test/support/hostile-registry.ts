/**
 * A registry that lies, on loopback. Underneath it is a small in-memory OCI distribution API
 * (manifests by tag and digest, blobs with Range, monolithic uploads, tag lists, no referrers API),
 * optionally behind Basic auth and TLS, recording every request it is sent. A test replaces any
 * answer with a route of its own: wrong bytes for a digest, an endless or trickling body, an upload
 * Location or redirect to another host. An instance with no routes is an honest destination; one
 * with a route that answers everything is a foreign host collecting what it is sent.
 *
 * No real registry can be made to misbehave on demand, so this is the hand-written fake TESTING.md
 * allows; the clients under test are the real ones.
 */
import { createHash } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";

export interface SeenRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  authorization?: string;
}

/** Answers a request and returns true, or returns false to leave it to the registry underneath. */
export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HostileRegistryOptions {
  /** Basic auth: every request without these credentials is answered 401 with a Basic challenge. */
  credentials?: { username: string; password: string };
  /** PEM certificate and key: serve HTTPS. */
  tls?: { cert: string; key: string };
}

export interface HostileRegistry {
  /** `127.0.0.1:port`, as in image references. */
  host: string;
  url: string;
  port: number;
  requests: SeenRequest[];
  /** Put a route in front of every other. */
  route(route: Route): void;
  clearRoutes(): void;
  /** Store a manifest under its digest and, if given, a tag; returns its digest. */
  putManifest(repository: string, bytes: Buffer, mediaType: string, tag?: string): string;
  /** Store a blob; returns its descriptor fields. */
  putBlob(data: Buffer): { digest: string; size: number };
  hasManifest(repository: string, reference: string): boolean;
  close(): Promise<void>;
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

function readAll(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolvePromise(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function ociError(response: ServerResponse, status: number, code: string, message: string): void {
  const body = Buffer.from(JSON.stringify({ errors: [{ code, message }] }));
  response.writeHead(status, { "content-type": "application/json", "content-length": String(body.length) });
  response.end(body);
}

export async function startHostileRegistry(options: HostileRegistryOptions = {}): Promise<HostileRegistry> {
  const manifests = new Map<string, { bytes: Buffer; mediaType: string; digest: string }>();
  const blobs = new Map<string, Buffer>();
  const requests: SeenRequest[] = [];
  let routes: Route[] = [];
  let uploads = 0;
  const expectedAuth = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString("base64")}`
    : undefined;

  const storeManifest = (repository: string, bytes: Buffer, mediaType: string, tag?: string): string => {
    const digest = sha256(bytes);
    const entry = { bytes, mediaType, digest };
    manifests.set(`${repository}@${digest}`, entry);
    if (tag) manifests.set(`${repository}@${tag}`, entry);
    return digest;
  };

  const registry = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const method = request.method ?? "GET";
    if (expectedAuth && request.headers.authorization !== expectedAuth) {
      response.writeHead(401, { "www-authenticate": 'Basic realm="hostile"', "content-length": "0" });
      response.end();
      return;
    }
    if (url.pathname === "/v2/") {
      response.writeHead(200, { "content-type": "application/json", "content-length": "2" });
      response.end("{}");
      return;
    }
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/(\d*)$/.exec(url.pathname);
    if (upload) {
      const [, repository, id] = upload as unknown as [string, string, string];
      if (method === "POST") {
        response.writeHead(202, { location: `/v2/${repository}/blobs/uploads/${++uploads}`, "content-length": "0" });
        response.end();
        return;
      }
      if (method === "PUT" && id) {
        const data = await readAll(request);
        const digest = url.searchParams.get("digest") ?? "";
        if (sha256(data) !== digest) return ociError(response, 400, "DIGEST_INVALID", "digest does not match");
        blobs.set(digest, data);
        response.writeHead(201, { "docker-content-digest": digest, "content-length": "0" });
        response.end();
        return;
      }
    }
    const item = /^\/v2\/(.+)\/(manifests|blobs|tags|referrers)\/([^/]+)$/.exec(url.pathname);
    if (!item) return ociError(response, 404, "NAME_UNKNOWN", "no such route");
    const [, repository, kind, reference] = item as unknown as [string, string, string, string];
    if (kind === "manifests") {
      if (method === "PUT") {
        const bytes = await readAll(request);
        const digest = storeManifest(
          repository,
          bytes,
          request.headers["content-type"] ?? "",
          reference.includes(":") ? undefined : reference,
        );
        response.writeHead(201, { "docker-content-digest": digest, "content-length": "0" });
        response.end();
        return;
      }
      const entry = manifests.get(`${repository}@${reference}`);
      if (!entry) return ociError(response, 404, "MANIFEST_UNKNOWN", "manifest unknown");
      response.writeHead(200, {
        "content-type": entry.mediaType,
        "docker-content-digest": entry.digest,
        "content-length": String(entry.bytes.length),
      });
      response.end(method === "HEAD" ? undefined : entry.bytes);
      return;
    }
    if (kind === "blobs") {
      const data = blobs.get(reference);
      if (!data) return ociError(response, 404, "BLOB_UNKNOWN", "blob unknown");
      const from = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? "")?.[1] ?? 0);
      const part = data.subarray(from);
      response.writeHead(from > 0 ? 206 : 200, {
        "content-type": "application/octet-stream",
        "docker-content-digest": reference,
        "content-length": String(part.length),
      });
      response.end(method === "HEAD" ? undefined : part);
      return;
    }
    if (kind === "tags" && reference === "list") {
      const tags = [...manifests.keys()]
        .filter((key) => key.startsWith(`${repository}@`) && !key.includes(":"))
        .map((key) => key.slice(repository.length + 1));
      const body = Buffer.from(JSON.stringify({ name: repository, tags }));
      response.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
      response.end(body);
      return;
    }
    ociError(response, 404, "NAME_UNKNOWN", "no referrers API here");
  };

  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? "/", "http://registry");
    requests.push({
      method: request.method ?? "GET",
      path: `${url.pathname}${url.search}`,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    });
    const answer = async (): Promise<void> => {
      for (const route of routes) if (await route(request, response, url)) return;
      await registry(request, response, url);
    };
    answer().catch(() => response.destroy());
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  // A client that gives up mid-body leaves a socket the server must not crash over.
  server.on("clientError", (_error, socket) => socket.destroy());
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  const port = (server.address() as { port: number }).port;
  const host = `127.0.0.1:${port}`;
  return {
    host,
    port,
    url: `${options.tls ? "https" : "http"}://${host}`,
    requests,
    route: (route) => {
      routes = [route, ...routes];
    },
    clearRoutes: () => {
      routes = [];
    },
    putManifest: storeManifest,
    putBlob: (data) => {
      const digest = sha256(data);
      blobs.set(digest, data);
      return { digest, size: data.length };
    },
    hasManifest: (repository, reference) => manifests.has(`${repository}@${reference}`),
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
