/**
 * Registry operations (OCI distribution spec) over the transport and the authenticator: manifests,
 * blobs, uploads, mounts, tags and referrers. Every manifest read is checked against its digest and
 * every blob streamed out is verified as it flows; uploads are monolithic (POST, then one PUT with
 * Content-Length), because ECR's chunked upload is broken (PATCH answers 201 and its Range stops
 * advancing).
 */
import type { Readable } from "node:stream";
import { RegistryAuthenticator } from "./auth/authenticator.ts";
import type { Credential, SecretSink } from "./auth/credentials.ts";
import { DigestVerifier, digestOf } from "./digest.ts";
import type { EcrTarget } from "./ecr-repositories.ts";
import { DigestMismatchError, OciError, RegistryError, type RegistryErrorDetail } from "./errors.ts";
import { type Descriptor, MAX_MANIFEST_BYTES, type Manifest, parseManifest } from "./manifest.ts";
import { MANIFEST_ACCEPT, OCI_INDEX } from "./media-types.ts";
import { type PullRate, pullRateOf } from "./pull-rate.ts";
import { type EcrPacers, ecrPacers } from "./rate-pacer.ts";
import { apiHost, isLoopbackRegistry } from "./reference.ts";
import { isRetryableError, sleep } from "./retry.ts";
import { discard, type HttpResponse, headerValue, type RequestStats, readBody, type Transport } from "./transport.ts";

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
}

export interface ClientOptions {
  transport: Transport;
  credentials: (registry: string) => Promise<Credential | undefined>;
  onSecret: SecretSink;
  /** Force plain HTTP (only honoured for loopback registries). */
  insecureHttp?: boolean;
  /** Which ECR this registry is, if any: its requests are then paced to ECR's published rates. */
  ecrTarget?: () => Promise<EcrTarget | undefined>;
}

export interface UploadResult {
  outcome: "uploaded" | "mounted" | "exists";
}

/** Blobs at least this large are read with bareGet; smaller ones share the connections node:http already holds open. */
const BARE_GET_MIN_BYTES = 256 * 1024;

/** A client for one registry. */
export class RegistryClient {
  readonly registry: string;
  private readonly transport: Transport;
  private readonly auth: RegistryAuthenticator;
  private base: Promise<string> | undefined;
  /**
   * Repositories whose referrers request was answered 404: the distribution spec forbids that answer
   * where the API exists, so later lookups there go straight to the fallback tag. Per repository,
   * in case a registry with the API answers 404 for a repository that does not exist yet.
   */
  private readonly withoutReferrersApi = new Set<string>();
  /** Blob uploads under way, by `repository@digest`. */
  private readonly uploadsInFlight = new Map<string, Promise<UploadResult>>();
  private readonly insecureHttp: boolean;
  private readonly ecrTarget: (() => Promise<EcrTarget | undefined>) | undefined;
  private pacers: Promise<EcrPacers> | undefined;
  private lowestPullRate: PullRate | undefined;

  constructor(registry: string, options: ClientOptions) {
    this.registry = registry;
    this.transport = options.transport;
    this.insecureHttp = options.insecureHttp ?? false;
    this.ecrTarget = options.ecrTarget;
    this.auth = new RegistryAuthenticator(
      registry,
      options.transport,
      () => options.credentials(registry),
      options.onSecret,
    );
  }

  /**
   * The registry's base URL. HTTPS always; a loopback registry that does not speak TLS is reached
   * over plain HTTP, as Docker allows for localhost and nothing else.
   */
  baseUrl(): Promise<string> {
    this.base ??= this.resolveBase();
    return this.base;
  }

  private async resolveBase(): Promise<string> {
    const host = apiHost(this.registry);
    if (!isLoopbackRegistry(this.registry)) return `https://${host}`;
    if (this.insecureHttp) return `http://${host}`;
    try {
      const response = await this.transport.send({ method: "GET", url: `https://${host}/v2/`, retry: false });
      discard(response);
      return `https://${host}`;
    } catch {
      return `http://${host}`;
    }
  }

  /** Send a request, answering auth challenges; returns any response (callers check the status). */
  async send(request: RegistryRequest): Promise<HttpResponse> {
    const scopes = [`repository:${request.repository}:${request.actions.join(",")}`, ...(request.extraScopes ?? [])];
    const url = request.path.startsWith("http") ? request.path : `${await this.baseUrl()}${request.path}`;
    await this.pace(request.method, url);
    for (let attempt = 0; ; attempt++) {
      const authorization = await this.auth.header(scopes);
      const response = await this.transport.send({
        method: request.method,
        url,
        headers: { ...(authorization ? { authorization } : {}), ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.retry !== undefined ? { retry: request.retry } : {}),
        ...(request.stats ? { stats: request.stats } : {}),
        ...(request.bare ? { bare: true } : {}),
      });
      this.notePullRate(response.headers);
      // A streamed body cannot be sent twice; its 401 goes back to the caller (the copy engine
      // retries the whole blob).
      if (response.status !== 401 || attempt >= 2 || request.retry === false) return response;
      const challenge = headerValue(response.headers, "www-authenticate");
      // Retry only when the challenge gives something new to answer with; otherwise the 401 stands.
      if (!(await this.auth.onUnauthorized(challenge, scopes, authorization !== undefined))) return response;
      discard(response);
    }
  }

  /** The fewest pulls the registry said were left (Docker Hub's `ratelimit-remaining`), if it said. */
  pullRate(): PullRate | undefined {
    return this.lowestPullRate;
  }

  private notePullRate(headers: HttpResponse["headers"]): void {
    const rate = pullRateOf(headers);
    if (rate && (!this.lowestPullRate || rate.remaining < this.lowestPullRate.remaining)) this.lowestPullRate = rate;
  }

  /**
   * Waits for a slot when ECR limits this kind of request: a manifest PUT is ECR's PutImage; for
   * ECR Public, the POST that opens an upload is InitiateLayerUpload and the PUT that closes it
   * CompleteLayerUpload.
   */
  private async pace(method: string, url: string): Promise<void> {
    if ((method !== "PUT" && method !== "POST") || !this.ecrTarget) return;
    this.pacers ??= this.ecrTarget().then((target) => (target ? ecrPacers(target.kind) : {}));
    const pacers = await this.pacers;
    const path = new URL(url).pathname;
    const pacer =
      method === "PUT" && /\/manifests\/[^/]+$/.test(path)
        ? pacers.putImage
        : method === "POST" && /\/blobs\/uploads\/$/.test(path)
          ? pacers.initiateUpload
          : method === "PUT" && /\/blobs\/uploads\/./.test(path)
            ? pacers.completeUpload
            : undefined;
    await pacer?.take();
  }

  /** Like send, but any status outside `ok` becomes a RegistryError with the registry's codes. */
  async expect(operation: string, request: RegistryRequest, ok: number[]): Promise<HttpResponse> {
    const response = await this.send(request);
    if (ok.includes(response.status)) return response;
    throw await registryError(operation, response);
  }

  async getManifest(repository: string, reference: string, stats?: RequestStats): Promise<Manifest> {
    const operation = `get manifest ${this.registry}/${repository}:${reference}`;
    const response = await this.expect(
      operation,
      {
        method: "GET",
        path: `/v2/${repository}/manifests/${reference}`,
        repository,
        actions: ["pull"],
        headers: { accept: MANIFEST_ACCEPT },
        ...(stats ? { stats } : {}),
      },
      [200],
    );
    const bytes = await readBody(response, MAX_MANIFEST_BYTES).catch((error: Error) => {
      throw new OciError(`${operation}: ${error.message} (manifests are limited to 4 MiB)`);
    });
    const digest = verifyManifestDigest(bytes, reference, headerValue(response.headers, "docker-content-digest"));
    return parseManifest(bytes, digest, headerValue(response.headers, "content-type"));
  }

  /** The descriptor of a manifest, or undefined when the tag or digest is not there. */
  async headManifest(repository: string, reference: string, stats?: RequestStats): Promise<Descriptor | undefined> {
    const request = {
      method: "HEAD",
      path: `/v2/${repository}/manifests/${reference}`,
      repository,
      actions: ["pull"],
      headers: { accept: MANIFEST_ACCEPT },
      ...(stats ? { stats } : {}),
    };
    const response = await this.send(request);
    discard(response);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw await registryError(`head manifest ${this.registry}/${repository}:${reference}`, response);
    const digest = headerValue(response.headers, "docker-content-digest");
    if (!digest) {
      // Without the header a HEAD cannot tell the digest; fall back to reading the manifest.
      const manifest = await this.getManifest(repository, reference, stats);
      return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    }
    return {
      mediaType: headerValue(response.headers, "content-type") ?? "",
      digest,
      size: Number(headerValue(response.headers, "content-length") ?? 0),
    };
  }

  async putManifest(
    repository: string,
    reference: string,
    manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
    stats?: RequestStats,
  ): Promise<void> {
    const response = await this.expect(
      `put manifest ${this.registry}/${repository}:${reference}`,
      {
        method: "PUT",
        path: `/v2/${repository}/manifests/${reference}`,
        repository,
        actions: ["pull", "push"],
        headers: { "content-type": manifest.mediaType },
        body: manifest.bytes,
        ...(stats ? { stats } : {}),
      },
      [200, 201, 202],
    );
    discard(response);
    const stored = headerValue(response.headers, "docker-content-digest");
    if (stored && stored !== manifest.digest) {
      throw new DigestMismatchError(manifest.digest, `${this.registry} stored the manifest as ${stored}`);
    }
  }

  async hasBlob(repository: string, digest: string, stats?: RequestStats): Promise<boolean> {
    const response = await this.send({
      method: "HEAD",
      path: `/v2/${repository}/blobs/${digest}`,
      repository,
      actions: ["pull"],
      ...(stats ? { stats } : {}),
    });
    discard(response);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await registryError(`head blob ${this.registry}/${repository}@${digest}`, response);
  }

  /**
   * Stream a blob, verifying size and digest as bytes flow. An interrupted download resumes with a
   * Range request from the last byte received; the hash carries on over the resumed bytes.
   */
  openBlob(repository: string, descriptor: Descriptor, stats?: RequestStats): Readable {
    const state = { received: 0 };
    const verifier = new DigestVerifier(descriptor.digest, descriptor.size);
    const pump = async (): Promise<void> => {
      let resumes = 0;
      for (;;) {
        const headers: Record<string, string> = state.received > 0 ? { range: `bytes=${state.received}-` } : {};
        const response = await this.send({
          method: "GET",
          path: `/v2/${repository}/blobs/${descriptor.digest}`,
          repository,
          actions: ["pull"],
          headers,
          ...(stats ? { stats } : {}),
          // Large bodies skip node:http's per-chunk copy; small ones keep its pooled connections.
          ...(descriptor.size >= BARE_GET_MIN_BYTES ? { bare: true } : {}),
        });
        if (state.received > 0 && response.status === 200) {
          // The registry ignored Range and sent the blob from the start again.
          response.body.destroy();
          throw new OciError(
            `blob ${descriptor.digest}: the registry does not support resuming (Range); retry the copy`,
          );
        }
        if (response.status !== 200 && response.status !== 206)
          throw await registryError(`get blob ${this.registry}/${repository}@${descriptor.digest}`, response);
        try {
          for await (const chunk of response.body) {
            state.received += (chunk as Buffer).length;
            if (!verifier.write(chunk)) await new Promise((resolvePromise) => verifier.once("drain", resolvePromise));
          }
          verifier.end();
          return;
        } catch (error) {
          if (verifier.destroyed) return;
          if (++resumes > 5 || !isRetryableError(error) || state.received >= descriptor.size) throw error;
          if (stats) stats.retries++;
          await sleep(200 * resumes);
        }
      }
    };
    pump().catch((error: Error) => verifier.destroy(error));
    return verifier;
  }

  /** A small blob (a config, a signature payload), read whole and verified; refused over `limit`. */
  async readBlob(
    repository: string,
    descriptor: Descriptor,
    limit = 16 * 1024 * 1024,
    stats?: RequestStats,
  ): Promise<Buffer> {
    if (descriptor.size > limit)
      throw new OciError(`blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${limit}-byte limit`);
    const chunks: Buffer[] = [];
    for await (const chunk of this.openBlob(repository, descriptor, stats)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Upload a blob unless it is there, or already on its way there from this client: the same blob
   * uploaded twice at once to one repository (the empty config of several referrers, say) makes
   * distribution rewrite its repository link while the first writer's manifest is being checked
   * against it, and that manifest is refused as naming an unknown blob. A second caller waits for
   * the first upload and, if it failed, tries itself.
   */
  async uploadBlob(
    repository: string,
    descriptor: Descriptor,
    source: () => Readable | Buffer,
    options: { mountFrom?: string; stats?: RequestStats; skipExistsCheck?: boolean } = {},
  ): Promise<UploadResult> {
    const key = `${repository}@${descriptor.digest}`;
    const inFlight = this.uploadsInFlight.get(key);
    if (
      inFlight &&
      (await inFlight.then(
        () => true,
        () => false,
      ))
    )
      return { outcome: "exists" };
    const upload = this.uploadBlobOnce(repository, descriptor, source, options);
    this.uploadsInFlight.set(key, upload);
    try {
      return await upload;
    } finally {
      if (this.uploadsInFlight.get(key) === upload) this.uploadsInFlight.delete(key);
    }
  }

  /**
   * One upload: with `mountFrom` (a repository on this registry holding it), ask for a
   * cross-repository mount first; a refused mount answers 202 with an upload session, which is
   * reused rather than opening another.
   */
  private async uploadBlobOnce(
    repository: string,
    descriptor: Descriptor,
    source: () => Readable | Buffer,
    options: { mountFrom?: string; stats?: RequestStats; skipExistsCheck?: boolean },
  ): Promise<UploadResult> {
    const stats = options.stats;
    if (!options.skipExistsCheck && (await this.hasBlob(repository, descriptor.digest, stats)))
      return { outcome: "exists" };
    let path = `/v2/${repository}/blobs/uploads/`;
    const extraScopes: string[] = [];
    if (options.mountFrom && options.mountFrom !== repository) {
      path += `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(options.mountFrom)}`;
      extraScopes.push(`repository:${options.mountFrom}:pull`);
    }
    const start = await this.expect(
      `start upload of ${descriptor.digest} to ${this.registry}/${repository}`,
      {
        method: "POST",
        path,
        repository,
        actions: ["pull", "push"],
        extraScopes,
        headers: { "content-length": "0" },
        ...(stats ? { stats } : {}),
      },
      [201, 202],
    );
    discard(start);
    if (start.status === 201) return { outcome: "mounted" };
    const location = await this.uploadLocation(start);
    await this.putBlob(repository, location, descriptor, source, stats);
    return { outcome: "uploaded" };
  }

  private async uploadLocation(response: HttpResponse): Promise<URL> {
    const location = headerValue(response.headers, "location");
    if (!location) throw new OciError(`${this.registry}: upload session without a Location header`);
    return new URL(location, await this.baseUrl());
  }

  private async putBlob(
    repository: string,
    location: URL,
    descriptor: Descriptor,
    source: () => Readable | Buffer,
    stats?: RequestStats,
  ): Promise<void> {
    const url = new URL(location);
    url.searchParams.set("digest", descriptor.digest);
    const response = await this.send({
      method: "PUT",
      path: url.toString(),
      repository,
      actions: ["pull", "push"],
      headers: { "content-type": "application/octet-stream", "content-length": String(descriptor.size) },
      ...bodyOf(source),
      ...(stats ? { stats } : {}),
    });
    if (response.status === 201) {
      discard(response);
      return;
    }
    // Some registries refuse content on the closing PUT; they take one PATCH with all of it, then an
    // empty PUT. One PATCH only: a multi-chunk upload is what ECR gets wrong.
    if (![400, 404, 405, 413, 415, 416].includes(response.status)) {
      throw await registryError(`upload ${descriptor.digest} to ${this.registry}/${repository}`, response);
    }
    discard(response);
    await this.patchThenPut(repository, descriptor, source, stats);
  }

  private async patchThenPut(
    repository: string,
    descriptor: Descriptor,
    source: () => Readable | Buffer,
    stats?: RequestStats,
  ): Promise<void> {
    const operation = `upload ${descriptor.digest} to ${this.registry}/${repository}`;
    const common = { repository, actions: ["pull", "push"], ...(stats ? { stats } : {}) };
    const start = await this.expect(
      operation,
      { ...common, method: "POST", path: `/v2/${repository}/blobs/uploads/`, headers: { "content-length": "0" } },
      [202],
    );
    discard(start);
    const patch = await this.expect(
      operation,
      {
        ...common,
        method: "PATCH",
        path: (await this.uploadLocation(start)).toString(),
        headers: {
          "content-type": "application/octet-stream",
          "content-length": String(descriptor.size),
          "content-range": `0-${Math.max(descriptor.size - 1, 0)}`,
        },
        ...bodyOf(source),
      },
      [202, 204],
    );
    discard(patch);
    const url = await this.uploadLocation(patch);
    url.searchParams.set("digest", descriptor.digest);
    const put = await this.expect(
      operation,
      { ...common, method: "PUT", path: url.toString(), headers: { "content-length": "0" } },
      [201],
    );
    discard(put);
  }

  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    let path: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    while (path) {
      const response = await this.expect(
        `list tags of ${this.registry}/${repository}`,
        { method: "GET", path, repository, actions: ["pull"] },
        [200, 404],
      );
      if (response.status === 404) {
        discard(response);
        return tags;
      }
      const body = JSON.parse((await readBody(response, 64 * 1024 * 1024)).toString()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const link = headerValue(response.headers, "link");
      const next = link ? /<([^>]+)>;\s*rel="?next"?/.exec(link)?.[1] : undefined;
      path = next;
    }
    return tags;
  }

  /**
   * The referrers of `digest`: through the OCI 1.1 referrers API when the registry has it, otherwise
   * from the fallback tag `sha256-<hex>` (an index the pushers of referrers maintain).
   */
  async referrers(
    repository: string,
    digest: string,
    stats?: RequestStats,
  ): Promise<{ descriptors: Descriptor[]; api: boolean }> {
    if (this.withoutReferrersApi.has(repository)) {
      const fallback = await this.fallbackIndex(repository, digest, stats);
      return { descriptors: fallback?.manifests ?? [], api: false };
    }
    const response = await this.send({
      method: "GET",
      path: `/v2/${repository}/referrers/${digest}`,
      repository,
      actions: ["pull"],
      headers: { accept: OCI_INDEX },
      ...(stats ? { stats } : {}),
    });
    const contentType = headerValue(response.headers, "content-type") ?? "";
    if (response.status === 200 && contentType.startsWith(OCI_INDEX)) {
      const index = JSON.parse((await readBody(response, MAX_MANIFEST_BYTES)).toString()) as {
        manifests?: Descriptor[];
      };
      return { descriptors: index.manifests ?? [], api: true };
    }
    discard(response);
    if (response.status !== 404 && response.status !== 200 && response.status !== 400) {
      throw await registryError(`list referrers of ${this.registry}/${repository}@${digest}`, response);
    }
    if (response.status === 404) this.withoutReferrersApi.add(repository);
    const fallback = await this.fallbackIndex(repository, digest, stats);
    return { descriptors: fallback?.manifests ?? [], api: false };
  }

  /**
   * Add referrers to the `sha256-<hex>` fallback index of `subject` on a registry without the
   * referrers API (read, merge, write; what is listed already is left as it is).
   */
  async addToFallbackIndex(
    repository: string,
    subject: string,
    manifests: Manifest[],
    stats?: RequestStats,
  ): Promise<void> {
    const existing = await this.fallbackIndex(repository, subject, stats);
    const entries: Descriptor[] = existing ? [...existing.manifests] : [];
    const added = manifests.filter((manifest) => !entries.some((entry) => entry.digest === manifest.digest));
    if (added.length === 0) return;
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [...entries, ...added.map(referrerDescriptor)],
      }),
    );
    await this.putManifest(
      repository,
      referrersTag(subject),
      { bytes, digest: digestOf(bytes), mediaType: OCI_INDEX },
      stats,
    );
  }

  /** The `sha256-<hex>` fallback index of referrers, if any. */
  async fallbackIndex(repository: string, digest: string, stats?: RequestStats): Promise<Manifest | undefined> {
    try {
      return await this.getManifest(repository, referrersTag(digest), stats);
    } catch (error) {
      if (error instanceof RegistryError && error.status === 404) return undefined;
      throw error;
    }
  }
}

/** The descriptor a referrers index lists for a manifest: its artifact type and annotations too. */
function referrerDescriptor(manifest: Manifest): Descriptor {
  const artifactType = manifest.artifactType ?? manifest.blobs[0]?.mediaType;
  return {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length,
    ...(artifactType ? { artifactType } : {}),
    ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
  };
}

/** The fallback tag of the referrers tag schema: `sha256:abc…` → `sha256-abc…`. */
export function referrersTag(digest: string): string {
  return digest.replace(":", "-");
}

function verifyManifestDigest(bytes: Buffer, reference: string, headerDigest: string | undefined): string {
  if (reference.includes(":")) {
    const actual = digestOf(bytes, reference.slice(0, reference.indexOf(":")));
    if (actual !== reference) throw new DigestMismatchError(reference, `the manifest bytes hash to ${actual}`);
    return reference;
  }
  const actual = digestOf(bytes);
  if (headerDigest?.startsWith("sha256:") && headerDigest !== actual) {
    throw new DigestMismatchError(
      headerDigest,
      `the registry says the manifest is ${headerDigest} but its bytes hash to ${actual}`,
    );
  }
  return actual;
}

async function registryError(operation: string, response: HttpResponse): Promise<RegistryError> {
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

/**
 * A Buffer body is replayed by the transport's retries; a stream cannot be, so its request is sent
 * once and the copy engine retries the whole blob (with a fresh source stream) instead.
 */
function bodyOf(source: () => Readable | Buffer): { body: Buffer | (() => Readable); retry: boolean } {
  const first = source();
  if (Buffer.isBuffer(first)) return { body: first, retry: true };
  return { body: () => first, retry: false };
}
