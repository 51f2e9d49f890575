/**
 * Registry operations (OCI distribution spec) over the transport and the authenticator: manifests,
 * blobs, uploads, mounts, tags and referrers. Every manifest read is checked against its digest and
 * every blob streamed out is verified as it flows; uploads are monolithic (POST, then one PUT with
 * Content-Length), because ECR's chunked upload is broken (PATCH answers 201 and its Range stops
 * advancing).
 */
import type { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { RegistryAuthenticator } from "./auth/authenticator.ts";
import type { Credential, SecretSink } from "./auth/credentials.ts";
import { DigestVerifier, digestOf, parseDigest } from "./digest.ts";
import type { EcrTarget } from "./ecr-repositories.ts";
import { DigestMismatchError, OciError, RegistryError, type RegistryErrorDetail } from "./errors.ts";
import { type Descriptor, MAX_MANIFEST_BYTES, type Manifest, parseDescriptors, parseManifest } from "./manifest.ts";
import { putThroughLinkRewrites } from "./manifest-put.ts";
import { MANIFEST_ACCEPT, OCI_INDEX } from "./media-types.ts";
import { type PullRate, pullRateOf } from "./pull-rate.ts";
import { type EcrPacers, ecrPacers } from "./rate-pacer.ts";
import { readMergeWrite } from "./read-merge-write.ts";
import { apiHost, isLoopbackRegistry } from "./reference.ts";
import { isRetryableError, sleep } from "./retry.ts";
import {
  discard,
  type HttpResponse,
  headerValue,
  type RequestStats,
  readBody,
  refuseDowngrade,
  type Transport,
} from "./transport.ts";
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

export interface ClientOptions {
  transport: Transport;
  credentials: (registry: string) => Promise<Credential | undefined>;
  onSecret: SecretSink;
  /** Force plain HTTP (only honoured for loopback registries). */
  insecureHttp?: boolean;
  /** Which ECR this registry is, if any: its requests are then paced to ECR's published rates. */
  ecrTarget?: () => Promise<EcrTarget | undefined>;
  /**
   * Awaited before every request; throws when a credential source is broken (a docker config that
   * does not parse), so that every registry fails with its one-line error, anonymous ones too.
   */
  credentialsReady?: () => Promise<void>;
}

/** A rewrite of a fallback referrers index: see RegistryClient.updateFallbackIndex. */
export interface FallbackIndexUpdate {
  /** Whether what is listed (nothing: no index yet) is already as wanted. */
  holds(listed: Descriptor[]): boolean | Promise<boolean>;
  /** What of `listed` stays listed, in order, and which manifests to add after it. */
  merge(
    listed: Descriptor[],
  ): { keep: Descriptor[]; add: Manifest[] } | Promise<{ keep: Descriptor[]; add: Manifest[] }>;
}

export interface UploadOptions {
  /** A repository on this registry holding the blob: a cross-repository mount is asked for first. */
  mountFrom?: string;
  stats?: RequestStats;
  /** The caller knows the blob is missing (it asked moments ago): no HEAD first. */
  skipExistsCheck?: boolean;
  /**
   * Open the upload session while the HEAD is out, for a blob that is most likely missing (a new
   * signature's config): one round trip saved, one unused session when it was there after all.
   */
  startAlongsideCheck?: boolean;
}

export interface UploadResult {
  outcome: "uploaded" | "mounted" | "exists";
}

/** Blobs at least this large are read with bareGet; smaller ones share the connections node:http already holds open. */
const BARE_GET_MIN_BYTES = 256 * 1024;
/** Reads of a manifest whose body broke off (a reset, a missed deadline), in all. */
const MANIFEST_READ_ATTEMPTS = 3;
/** Pages of a tag list at the most (a thousand tags a page): a million tags. */
const MAX_TAG_PAGES = 1000;
/** A tag as the distribution spec defines it; anything else in a manifest path must be a digest. */
const TAG = /^[\w][\w.-]{0,127}$/;

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
  /** Repositories this run is about to write to (willPush). */
  private readonly pushingTo = new Set<string>();
  private readonly insecureHttp: boolean;
  private readonly ecrTarget: (() => Promise<EcrTarget | undefined>) | undefined;
  private readonly credentialsReady: (() => Promise<void>) | undefined;
  private pacers: Promise<EcrPacers> | undefined;
  private lowestPullRate: PullRate | undefined;

  constructor(registry: string, options: ClientOptions) {
    this.registry = registry;
    this.transport = options.transport;
    this.insecureHttp = options.insecureHttp ?? false;
    this.ecrTarget = options.ecrTarget;
    this.credentialsReady = options.credentialsReady;
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

  /**
   * Say that this run will write to `repository`: its reads then ask the token service for push as
   * well, so the token the first lookup fetches also serves the uploads that follow, instead of a
   * second token request (a round trip to another host) on the way to the first write. Token
   * services grant the part of a scope the caller holds, so a read still works for a caller who may
   * only pull; one that refuses the wider scope outright is asked again for pull alone.
   */
  willPush(repository: string): void {
    this.pushingTo.add(repository);
  }

  /**
   * Open connections ahead of a burst of requests (see Transport.preconnect). Not for a registry
   * whose base is still to be found: that probe is a request of its own.
   */
  preconnect(counts: { requests?: number; largeGets?: number }): void {
    void this.baseUrl().then(
      (base) => this.transport.preconnect(base, counts),
      () => {},
    );
  }

  /**
   * Send a request, answering auth challenges; returns any response (callers check the status).
   * Credentials go only to the registry's own origin (scheme, host and port of its base URL), as
   * docker and go-containerregistry do: an upload Location naming another host gets the request
   * without them, and one that would move from HTTPS to HTTP is refused.
   */
  async send(request: RegistryRequest): Promise<HttpResponse> {
    const asked = [`repository:${request.repository}:${request.actions.join(",")}`, ...(request.extraScopes ?? [])];
    const widened =
      this.pushingTo.has(request.repository) && !request.actions.includes("push")
        ? [`repository:${request.repository}:${[...request.actions, "push"].join(",")}`, ...(request.extraScopes ?? [])]
        : undefined;
    let scopes = widened ?? asked;
    await this.credentialsReady?.();
    const base = new URL(await this.baseUrl());
    // An absolute path is a URL the registry gave (an upload Location, a Link to the next page).
    const target = registryUrl(request.path, base, this.registry);
    refuseDowngrade(base, target, `${this.registry}: ${request.method}`);
    const ownOrigin = target.origin === base.origin;
    const url = target.toString();
    await this.pace(request.method, url);
    for (let attempt = 0; ; attempt++) {
      let authorization: string | undefined;
      if (ownOrigin) {
        try {
          authorization = await this.auth.header(scopes);
        } catch (error) {
          if (scopes !== widened) throw error;
          scopes = asked;
          authorization = await this.auth.header(scopes);
        }
      }
      const response = await this.transport.send({
        method: request.method,
        url,
        headers: { ...(authorization ? { authorization } : {}), ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.retry !== undefined ? { retry: request.retry } : {}),
        ...(request.stats ? { stats: request.stats } : {}),
        ...(request.bare ? { bare: true } : {}),
        ...(request.expectedBytes !== undefined ? { expectedBytes: request.expectedBytes } : {}),
      });
      this.notePullRate(response.headers);
      // A streamed body cannot be sent twice; its 401 goes back to the caller (the copy engine
      // retries the whole blob). Another origin's challenge is not ours to answer.
      if (response.status !== 401 || attempt >= 2 || request.retry === false || !ownOrigin) return response;
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
    const operation = `get manifest ${this.registry}/${repository}:${pathReference(reference, this.registry)}`;
    for (let attempt = 1; ; attempt++) {
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
      let bytes: Buffer;
      try {
        bytes = await readBody(response, MAX_MANIFEST_BYTES);
      } catch (error) {
        // A body cut short or past its deadline is read again, as the transport retries a
        // connection that failed before the headers.
        if (attempt < MANIFEST_READ_ATTEMPTS && isRetryableError(error)) {
          if (stats) stats.retries++;
          await sleep(200 * attempt);
          continue;
        }
        throw new OciError(`${operation}: ${(error as Error).message} (manifests are limited to 4 MiB)`, {
          cause: error,
        });
      }
      const digest = verifyManifestDigest(bytes, reference, headerValue(response.headers, "docker-content-digest"));
      try {
        return parseManifest(bytes, digest, headerValue(response.headers, "content-type"));
      } catch (error) {
        throw new OciError(`${operation}: ${(error as Error).message}`);
      }
    }
  }

  /** The descriptor of a manifest, or undefined when the tag or digest is not there. */
  async headManifest(repository: string, reference: string, stats?: RequestStats): Promise<Descriptor | undefined> {
    pathReference(reference, this.registry);
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
    // The header's digest is used in later request paths (a cosign tag's manifest is fetched by it).
    if (!isDigest(digest))
      throw new OciError(
        `head manifest ${this.registry}/${repository}:${reference}: the registry answered with a bad Docker-Content-Digest ${quoteValue(digest)}`,
      );
    const size = Number(headerValue(response.headers, "content-length") ?? 0);
    return {
      mediaType: headerValue(response.headers, "content-type") ?? "",
      digest,
      size: Number.isSafeInteger(size) && size >= 0 ? size : 0,
    };
  }

  /**
   * Put a manifest; a refusal as naming unknown content while all it names is there (another
   * writer rewriting the same links at that moment) is tried again (manifest-put.ts).
   */
  async putManifest(
    repository: string,
    reference: string,
    manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
    stats?: RequestStats,
  ): Promise<void> {
    pathReference(reference, this.registry);
    await putThroughLinkRewrites(
      this,
      repository,
      manifest,
      () => this.putManifestOnce(repository, reference, manifest, stats),
      stats ? { stats } : {},
    );
  }

  private async putManifestOnce(
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

  /**
   * Delete a manifest by digest: "deleted", "absent" when it is not there (any more), or "refused"
   * where the registry does not let us (distribution answers 405 UNSUPPORTED unless
   * `storage.delete.enabled`; registries that keep manifests immutable or withhold the delete
   * permission answer 400/401/403/405), which callers treat as a state to live with, not a failure.
   */
  async deleteManifest(repository: string, digest: string): Promise<"deleted" | "absent" | "refused"> {
    pathDigest(digest, this.registry);
    // The token scope of a delete is its own action (distribution's token auth: `repository:NAME:delete`).
    const response = await this.send({
      method: "DELETE",
      path: `/v2/${repository}/manifests/${digest}`,
      repository,
      actions: ["delete"],
    });
    discard(response);
    if (response.status === 202 || response.status === 200 || response.status === 204) return "deleted";
    if (response.status === 404) return "absent";
    if ([400, 401, 403, 405].includes(response.status)) return "refused";
    throw await registryError(`delete manifest ${this.registry}/${repository}@${digest}`, response);
  }

  async hasBlob(repository: string, digest: string, stats?: RequestStats): Promise<boolean> {
    return (await this.headBlob(repository, digest, stats)) !== undefined;
  }

  /** A blob's size and digest as a HEAD reports them (each when the registry says), or undefined when absent. */
  async headBlob(
    repository: string,
    digest: string,
    stats?: RequestStats,
  ): Promise<{ digest?: string; size?: number } | undefined> {
    pathDigest(digest, this.registry);
    const response = await this.send({
      method: "HEAD",
      path: `/v2/${repository}/blobs/${digest}`,
      repository,
      actions: ["pull"],
      ...(stats ? { stats } : {}),
    });
    discard(response);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw await registryError(`head blob ${this.registry}/${repository}@${digest}`, response);
    const size = Number(headerValue(response.headers, "content-length"));
    const reported = headerValue(response.headers, "docker-content-digest");
    return {
      ...(reported ? { digest: reported } : {}),
      ...(Number.isSafeInteger(size) && size > 0 ? { size } : {}),
    };
  }

  /**
   * Stream a blob, verifying size and digest as bytes flow. An interrupted download resumes with a
   * Range request from the last byte received; the hash carries on over the resumed bytes.
   */
  openBlob(
    repository: string,
    descriptor: Descriptor,
    stats?: RequestStats,
    /** Told of every chunk received (a copy counts what it read), without taking the stream's data. */
    onBytes?: (bytes: number) => void,
  ): Readable {
    pathDigest(descriptor.digest, this.registry);
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
          expectedBytes: descriptor.size - state.received,
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
          await forwardInto(response.body, verifier, (length) => {
            state.received += length;
            onBytes?.(length);
          });
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
    options: UploadOptions = {},
  ): Promise<UploadResult> {
    pathDigest(descriptor.digest, this.registry);
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
    options: UploadOptions,
  ): Promise<UploadResult> {
    const stats = options.stats;
    // With startAlongsideCheck the session opens while the HEAD is out: one round trip where the two
    // in turn cost two. A session opened for a blob that is there after all is left to expire, as
    // every registry expires abandoned ones; only its PUT would store anything.
    const early =
      options.startAlongsideCheck && !options.skipExistsCheck && !options.mountFrom
        ? this.startUpload(repository, descriptor, options)
        : undefined;
    // Awaited below, or abandoned; until then its failure must not count as unhandled.
    early?.catch(() => {});
    const abandonEarly = (): void => void early?.then(discard, () => {});
    let exists = false;
    if (!options.skipExistsCheck) {
      try {
        exists = await this.hasBlob(repository, descriptor.digest, stats);
      } catch (error) {
        abandonEarly();
        throw error;
      }
    }
    if (exists) {
      abandonEarly();
      return { outcome: "exists" };
    }
    const start = await (early ?? this.startUpload(repository, descriptor, options));
    discard(start);
    if (start.status === 201) return { outcome: "mounted" };
    await this.putBlob(repository, await this.uploadLocation(start), descriptor, source, stats);
    return { outcome: "uploaded" };
  }

  /** The POST that opens an upload session; with `mountFrom`, one that asks for a mount first. */
  private startUpload(repository: string, descriptor: Descriptor, options: UploadOptions): Promise<HttpResponse> {
    let path = `/v2/${repository}/blobs/uploads/`;
    const extraScopes: string[] = [];
    if (options.mountFrom && options.mountFrom !== repository) {
      path += `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(options.mountFrom)}`;
      extraScopes.push(`repository:${options.mountFrom}:pull`);
    }
    return this.expect(
      `start upload of ${descriptor.digest} to ${this.registry}/${repository}`,
      {
        method: "POST",
        path,
        repository,
        actions: ["pull", "push"],
        extraScopes,
        headers: { "content-length": "0" },
        ...(options.stats ? { stats: options.stats } : {}),
      },
      [201, 202],
    );
  }

  private async uploadLocation(response: HttpResponse): Promise<URL> {
    const location = headerValue(response.headers, "location");
    if (!location) throw new OciError(`${this.registry}: upload session without a Location header`);
    return registryUrl(location, new URL(await this.baseUrl()), this.registry);
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
      expectedBytes: descriptor.size,
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
        expectedBytes: descriptor.size,
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
    let pages = 1;
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
      tags.push(
        ...parseTagList(await readBody(response, 64 * 1024 * 1024), `list tags of ${this.registry}/${repository}`),
      );
      const link = headerValue(response.headers, "link");
      const next = link ? /<([^>]+)>;\s*rel="?next"?/.exec(link)?.[1] : undefined;
      // The next page stays on the registry (a page elsewhere would be someone else's list of
      // tags), and the pages end: a registry linking each page to another forever is refused.
      if (next) {
        const base = new URL(await this.baseUrl());
        const nextUrl = registryUrl(next, base, this.registry);
        if (nextUrl.origin !== base.origin)
          throw new OciError(
            `list tags of ${this.registry}/${repository}: the next page is on another origin (${nextUrl.origin}), refused`,
          );
        if (++pages > MAX_TAG_PAGES)
          throw new OciError(`list tags of ${this.registry}/${repository}: more than ${MAX_TAG_PAGES} pages, refused`);
      }
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
    pathDigest(digest, this.registry);
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
      const operation = `list referrers of ${this.registry}/${repository}@${digest}`;
      return { descriptors: parseReferrersIndex(await readBody(response, MAX_MANIFEST_BYTES), operation), api: true };
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
   * referrers API (read, merge, write; what is listed already is left as it is). Other pushers of
   * referrers (a concurrent signer, a mirror) rewrite the same tag, so the write is read back and
   * merged again until ours are listed (readMergeWrite).
   */
  async addToFallbackIndex(
    repository: string,
    subject: string,
    manifests: Manifest[],
    stats?: RequestStats,
  ): Promise<void> {
    const unlisted = (listed: Descriptor[]) =>
      manifests.filter((manifest) => !listed.some((entry) => entry.digest === manifest.digest));
    await this.updateFallbackIndex(
      repository,
      subject,
      {
        holds: (listed) => unlisted(listed).length === 0,
        merge: (listed) => ({ keep: listed, add: unlisted(listed) }),
      },
      stats,
    );
  }

  /**
   * Rewrite the `sha256-<hex>` fallback index of `subject` until a read-back shows what `update`
   * wants (readMergeWrite): `merge` says, from what is listed, what stays listed and what is added.
   * "exists" when the index already held it and nothing was written.
   */
  async updateFallbackIndex(
    repository: string,
    subject: string,
    update: FallbackIndexUpdate,
    stats?: RequestStats,
  ): Promise<"written" | "exists"> {
    return readMergeWrite(`the referrers index ${this.registry}/${repository}:${referrersTag(subject)}`, {
      read: async () => (await this.fallbackIndex(repository, subject, stats))?.manifests ?? [],
      holds: (listed) => update.holds(listed ?? []),
      write: async (listed) => {
        const { keep, add } = await update.merge(listed ?? []);
        const bytes = Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: OCI_INDEX,
            manifests: [...keep, ...add.map(referrerDescriptor)],
          }),
        );
        await this.putManifest(
          repository,
          referrersTag(subject),
          { bytes, digest: digestOf(bytes), mediaType: OCI_INDEX },
          stats,
        );
      },
    });
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

/**
 * Moves a body's chunks into `into` as they arrive, pausing while `into` is full. 'data' events, not
 * an async iterator: the iterator's read() joins whatever chunks are buffered into one new Buffer,
 * a copy of every byte of a blob. Rejects when the body fails or ends early; a destroyed `into`
 * (its reader gave up) ends the body too.
 */
function forwardInto(body: Readable, into: Writable, onChunk: (length: number) => void): Promise<void> {
  const done = finished(body);
  const resume = (): void => {
    body.resume();
  };
  const abandon = (): void => {
    body.destroy();
  };
  into.once("close", abandon);
  body.on("data", (chunk: Buffer) => {
    onChunk(chunk.length);
    if (!into.write(chunk)) {
      body.pause();
      into.once("drain", resume);
    }
  });
  return done.finally(() => {
    into.removeListener("drain", resume);
    into.removeListener("close", abandon);
  });
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

/**
 * The answer of the referrers API: an index whose descriptors are checked like a manifest's. An
 * unparseable answer is the registry's error, named by `operation`, and never quoted.
 */
function parseReferrersIndex(bytes: Buffer, operation: string): Descriptor[] {
  const index = parseRegistryJson(bytes, operation);
  if (typeof index !== "object" || index === null || Array.isArray(index))
    throw new OciError(`${operation}: the registry's answer is not a JSON object`);
  try {
    return parseDescriptors((index as { manifests?: unknown }).manifests, "manifests");
  } catch (error) {
    throw new OciError(`${operation}: ${(error as Error).message}`);
  }
}

/** A page of a tag list (`{"name": …, "tags": [...]}`); tags are checked to be tag-shaped strings. */
function parseTagList(bytes: Buffer, operation: string): string[] {
  const page = parseRegistryJson(bytes, operation) as { tags?: unknown } | null;
  if (typeof page !== "object" || page === null || Array.isArray(page))
    throw new OciError(`${operation}: the registry's answer is not a JSON object`);
  const tags = page.tags ?? [];
  if (!Array.isArray(tags)) throw new OciError(`${operation}: the registry's answer has no list of tags`);
  for (const tag of tags)
    if (typeof tag !== "string" || !TAG.test(tag))
      throw new OciError(`${operation}: the registry's answer lists a bad tag ${quoteValue(tag)}`);
  return tags as string[];
}

/** JSON from a registry; its syntax error is not quoted, because the parser's message quotes the body. */
function parseRegistryJson(bytes: Buffer, operation: string): unknown {
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new OciError(`${operation}: the registry's answer is not valid JSON`);
  }
}

/** A URL the registry gave, resolved against its base; one that does not parse is its error. */
function registryUrl(text: string, base: URL, registry: string): URL {
  try {
    return new URL(text, base);
  } catch {
    throw new OciError(`${registry}: the registry gave a URL that does not parse: ${quoteValue(text)}`);
  }
}

function isDigest(text: string): boolean {
  try {
    parseDigest(text);
    return true;
  } catch {
    return false;
  }
}

/** A digest about to go into a request path: refused unless it parses. */
function pathDigest(digest: string, registry: string): string {
  if (typeof digest !== "string" || !isDigest(digest))
    throw new OciError(`${registry}: refusing to request the bad digest ${quoteValue(digest)}`);
  return digest;
}

/** A manifest reference about to go into a request path: a digest that parses, or a tag. */
function pathReference(reference: string, registry: string): string {
  if (typeof reference === "string" && (reference.includes(":") ? isDigest(reference) : TAG.test(reference)))
    return reference;
  throw new OciError(`${registry}: refusing to request the bad manifest reference ${quoteValue(reference)}`);
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
