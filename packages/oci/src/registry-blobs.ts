/**
 * Blobs (OCI distribution spec): HEAD, streamed GET verified as bytes flow (resumed with Range),
 * uploads and cross-repository mounts. Uploads are monolithic (POST, then one PUT with
 * Content-Length), because ECR's chunked upload is broken: a PATCH is answered 201, every PATCH
 * after a session's first is dropped while its Range stops advancing (aws/containers-roadmap#2831),
 * and every part but the last must be at least 5 MB (LayerPartTooSmallException,
 * dotnet/sdk-container-builds#279 and #424). Where the closing PUT refuses content, the fallback is
 * ONE PATCH with the whole blob (so the only part is the last), whose 201 is taken as ECR gives it.
 */
import type { Readable, Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { DigestVerifier } from "./digest.ts";
import { OciError } from "./errors.ts";
import type { Descriptor } from "./manifest.ts";
import { pathDigest, type RegistryContext, registryError, registryUrl } from "./registry-context.ts";
import { isRetryableError, sleep } from "./retry.ts";
import { discard, type HttpResponse, headerValue, type RequestStats } from "./transport.ts";

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

/** Blob uploads under way from one client, by `repository@digest` (see uploadBlob). */
export type UploadsInFlight = Map<string, Promise<UploadResult>>;

/** Blobs at least this large are read with bareGet; smaller ones share the connections node:http already holds open. */
const BARE_GET_MIN_BYTES = 256 * 1024;

export async function hasBlob(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<boolean> {
  return (await headBlob(context, repository, digest, stats)) !== undefined;
}

/** A blob's size and digest as a HEAD reports them (each when the registry says), or undefined when absent. */
export async function headBlob(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<{ digest?: string; size?: number } | undefined> {
  pathDigest(digest, context.registry);
  const response = await context.send({
    method: "HEAD",
    path: `/v2/${repository}/blobs/${digest}`,
    repository,
    actions: ["pull"],
    ...(stats ? { stats } : {}),
  });
  discard(response);
  if (response.status === 404) return undefined;
  if (response.status !== 200)
    throw await registryError(`head blob ${context.registry}/${repository}@${digest}`, response);
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
export function openBlob(
  context: RegistryContext,
  repository: string,
  descriptor: Descriptor,
  stats?: RequestStats,
  /** Told of every chunk received (a copy counts what it read), without taking the stream's data. */
  onBytes?: (bytes: number) => void,
): Readable {
  pathDigest(descriptor.digest, context.registry);
  const state = { received: 0 };
  const verifier = new DigestVerifier(descriptor.digest, descriptor.size);
  const pump = async (): Promise<void> => {
    let resumes = 0;
    // Set once the registry refused a Range (416): later reads ask for the whole blob.
    let rangeRefused = false;
    for (;;) {
      const resuming = state.received > 0 && !rangeRefused;
      const headers: Record<string, string> = resuming ? { range: `bytes=${state.received}-` } : {};
      const response = await context.send({
        method: "GET",
        path: `/v2/${repository}/blobs/${descriptor.digest}`,
        repository,
        actions: ["pull"],
        headers,
        ...(stats ? { stats } : {}),
        // Large bodies skip node:http's per-chunk copy; small ones keep its pooled connections.
        ...(descriptor.size >= BARE_GET_MIN_BYTES ? { bare: true } : {}),
        expectedBytes: descriptor.size - (resuming ? state.received : 0),
      });
      // go-containerregistry's registry answers a Range it does not understand 416 ("We don't
      // understand your Range"): ask once more for the whole blob.
      if (resuming && response.status === 416) {
        discard(response);
        rangeRefused = true;
        continue;
      }
      if (response.status !== 200 && response.status !== 206)
        throw await registryError(`get blob ${context.registry}/${repository}@${descriptor.digest}`, response);
      // A whole blob after an interruption (Range ignored or refused, RFC 9110 §14.2 lets a server
      // do either): the bytes already passed on are skipped, and the digest, checked over
      // everything passed on, still has the last word.
      const skip = state.received > 0 && response.status === 200 ? state.received : 0;
      try {
        await forwardInto(
          response.body,
          verifier,
          (length) => {
            state.received += length;
            onBytes?.(length);
          },
          skip,
        );
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
export async function readBlob(
  context: RegistryContext,
  repository: string,
  descriptor: Descriptor,
  limit = 16 * 1024 * 1024,
  stats?: RequestStats,
): Promise<Buffer> {
  if (descriptor.size > limit)
    throw new OciError(`blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${limit}-byte limit`);
  const chunks: Buffer[] = [];
  for await (const chunk of openBlob(context, repository, descriptor, stats)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Upload a blob unless it is there, or already on its way there from this client: the same blob
 * uploaded twice at once to one repository (the empty config of several referrers, say) makes
 * distribution rewrite its repository link while the first writer's manifest is being checked
 * against it, and that manifest is refused as naming an unknown blob. A second caller waits for
 * the first upload and, if it failed, tries itself.
 */
export async function uploadBlob(
  context: RegistryContext,
  uploadsInFlight: UploadsInFlight,
  repository: string,
  descriptor: Descriptor,
  source: () => Readable | Buffer,
  options: UploadOptions = {},
): Promise<UploadResult> {
  pathDigest(descriptor.digest, context.registry);
  const key = `${repository}@${descriptor.digest}`;
  const inFlight = uploadsInFlight.get(key);
  if (
    inFlight &&
    (await inFlight.then(
      () => true,
      () => false,
    ))
  )
    return { outcome: "exists" };
  const upload = uploadBlobOnce(context, repository, descriptor, source, options);
  uploadsInFlight.set(key, upload);
  try {
    return await upload;
  } finally {
    if (uploadsInFlight.get(key) === upload) uploadsInFlight.delete(key);
  }
}

/**
 * One upload: with `mountFrom` (a repository on this registry holding it), ask for a
 * cross-repository mount first; a refused mount answers 202 with an upload session, which is
 * reused rather than opening another.
 */
async function uploadBlobOnce(
  context: RegistryContext,
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
      ? startUpload(context, repository, descriptor, options)
      : undefined;
  // Awaited below, or abandoned; until then its failure must not count as unhandled.
  early?.catch(() => {});
  const abandonEarly = (): void => void early?.then(discard, () => {});
  let exists = false;
  if (!options.skipExistsCheck) {
    try {
      exists = await hasBlob(context, repository, descriptor.digest, stats);
    } catch (error) {
      abandonEarly();
      throw error;
    }
  }
  if (exists) {
    abandonEarly();
    return { outcome: "exists" };
  }
  const start = await (early ?? startUpload(context, repository, descriptor, options));
  discard(start);
  if (start.status === 201) return { outcome: "mounted" };
  await putBlob(context, repository, await uploadLocation(context, start), descriptor, source, stats);
  return { outcome: "uploaded" };
}

/** The POST that opens an upload session; with `mountFrom`, one that asks for a mount first. */
function startUpload(
  context: RegistryContext,
  repository: string,
  descriptor: Descriptor,
  options: UploadOptions,
): Promise<HttpResponse> {
  let path = `/v2/${repository}/blobs/uploads/`;
  const extraScopes: string[] = [];
  if (options.mountFrom && options.mountFrom !== repository) {
    path += `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(options.mountFrom)}`;
    extraScopes.push(`repository:${options.mountFrom}:pull`);
  }
  return context.expect(
    `start upload of ${descriptor.digest} to ${context.registry}/${repository}`,
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

async function uploadLocation(context: RegistryContext, response: HttpResponse): Promise<URL> {
  const location = headerValue(response.headers, "location");
  if (!location) throw new OciError(`${context.registry}: upload session without a Location header`);
  return registryUrl(location, new URL(await context.baseUrl()), context.registry);
}

/**
 * Registries (one session each) that refused a blob's content on the closing PUT: their uploads go
 * through the one PATCH from then on, so that a streamed body, which cannot be sent twice, is sent
 * once the way the registry takes it.
 */
const refusesContentOnPut = new WeakSet<RegistryContext>();

async function putBlob(
  context: RegistryContext,
  repository: string,
  location: URL,
  descriptor: Descriptor,
  source: () => Readable | Buffer,
  stats?: RequestStats,
): Promise<void> {
  if (refusesContentOnPut.has(context)) {
    await patchThenPut(context, repository, descriptor, source, stats, location);
    return;
  }
  const url = new URL(location);
  url.searchParams.set("digest", descriptor.digest);
  const body = bodyOf(source);
  const response = await context.send({
    method: "PUT",
    path: url.toString(),
    repository,
    actions: ["pull", "push"],
    headers: { "content-type": "application/octet-stream", "content-length": String(descriptor.size) },
    ...body,
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
    throw await registryError(`upload ${descriptor.digest} to ${context.registry}/${repository}`, response);
  }
  discard(response);
  refusesContentOnPut.add(context);
  // A stream was spent on the refused PUT (a copy's source, or its branch of one): the copy sends
  // the blob again from a fresh read, which then goes through the PATCH.
  if (!body.retry)
    throw new OciError(
      `upload ${descriptor.digest} to ${context.registry}/${repository}: the registry refused the blob in one PUT (HTTP ${response.status}); it is sent again in one PATCH`,
    );
  await patchThenPut(context, repository, descriptor, source, stats);
}

async function patchThenPut(
  context: RegistryContext,
  repository: string,
  descriptor: Descriptor,
  source: () => Readable | Buffer,
  stats?: RequestStats,
  /** An upload session already open (its Location); a new one is opened otherwise. */
  opened?: URL,
): Promise<void> {
  // The session's POST answer may carry OCI-Chunk-Min-Length (distribution-spec v1.1, "Pushing a
  // blob in chunks"): every chunk but the last must be at least that long. The one PATCH here is
  // the whole blob, so the last, and meets any minimum; a change to several chunks must read it.
  const operation = `upload ${descriptor.digest} to ${context.registry}/${repository}`;
  const common = { repository, actions: ["pull", "push"], ...(stats ? { stats } : {}) };
  let location = opened;
  if (!location) {
    const start = await context.expect(
      operation,
      { ...common, method: "POST", path: `/v2/${repository}/blobs/uploads/`, headers: { "content-length": "0" } },
      [202],
    );
    discard(start);
    location = await uploadLocation(context, start);
  }
  const patch = await context.expect(
    operation,
    {
      ...common,
      method: "PATCH",
      path: location.toString(),
      headers: {
        "content-type": "application/octet-stream",
        "content-length": String(descriptor.size),
        "content-range": `0-${Math.max(descriptor.size - 1, 0)}`,
      },
      ...bodyOf(source),
      expectedBytes: descriptor.size,
    },
    // 202 is the spec's; ECR answers 201 (openai/tart#273, jdx/mise#11376).
    [201, 202, 204],
  );
  discard(patch);
  const url = await uploadLocation(context, patch);
  url.searchParams.set("digest", descriptor.digest);
  const put = await context.expect(
    operation,
    { ...common, method: "PUT", path: url.toString(), headers: { "content-length": "0" } },
    [201],
  );
  discard(put);
}

/**
 * Moves a body's chunks into `into` as they arrive, pausing while `into` is full. 'data' events, not
 * an async iterator: the iterator's read() joins whatever chunks are buffered into one new Buffer,
 * a copy of every byte of a blob. Rejects when the body fails or ends early; a destroyed `into`
 * (its reader gave up) ends the body too.
 */
function forwardInto(
  body: Readable,
  into: Writable,
  onChunk: (length: number) => void,
  /** Bytes at the start of `body` to drop: already passed on before an interruption. */
  skip = 0,
): Promise<void> {
  const done = finished(body);
  let toSkip = skip;
  const resume = (): void => {
    body.resume();
  };
  const abandon = (): void => {
    body.destroy();
  };
  into.once("close", abandon);
  body.on("data", (received: Buffer) => {
    let chunk = received;
    if (toSkip > 0) {
      const dropped = Math.min(toSkip, chunk.length);
      toSkip -= dropped;
      if (dropped === chunk.length) return;
      chunk = chunk.subarray(dropped);
    }
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

/**
 * A Buffer body is replayed by the transport's retries; a stream cannot be, so its request is sent
 * once and the copy engine retries the whole blob (with a fresh source stream) instead.
 */
function bodyOf(source: () => Readable | Buffer): { body: Buffer | (() => Readable); retry: boolean } {
  const first = source();
  if (Buffer.isBuffer(first)) return { body: first, retry: true };
  return { body: () => first, retry: false };
}
