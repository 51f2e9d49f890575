/**
 * Manifests and tags (OCI distribution spec): GET, HEAD, PUT and DELETE of manifests, and the tag
 * list. Every manifest read is checked against its digest, and every reference that goes into a
 * request path is checked first.
 */
import { digestOf } from "./digest.ts";
import { DigestMismatchError, OciError } from "./errors.ts";
import { type Descriptor, MAX_MANIFEST_BYTES, type Manifest, parseManifest } from "./manifest.ts";
import { putThroughLinkRewrites } from "./manifest-put.ts";
import { MANIFEST_ACCEPT } from "./media-types.ts";
import { headBlob } from "./registry-blobs.ts";
import {
  isDigest,
  parseRegistryJson,
  pathDigest,
  pathReference,
  type RegistryContext,
  registryError,
  registryUrl,
  TAG,
} from "./registry-context.ts";
import { isRetryableError, sleep } from "./retry.ts";
import { discard, headerValue, type RequestStats, readBody } from "./transport.ts";
import { quoteValue } from "./untrusted-text.ts";

/** Reads of a manifest whose body broke off (a reset, a missed deadline), in all. */
const MANIFEST_READ_ATTEMPTS = 3;
/** Pages of a tag list at the most (a thousand tags a page): a million tags. */
const MAX_TAG_PAGES = 1000;

export async function getManifest(
  context: RegistryContext,
  repository: string,
  reference: string,
  stats?: RequestStats,
): Promise<Manifest> {
  const operation = `get manifest ${context.registry}/${repository}:${pathReference(reference, context.registry)}`;
  for (let attempt = 1; ; attempt++) {
    const response = await context.expect(
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
export async function headManifest(
  context: RegistryContext,
  repository: string,
  reference: string,
  stats?: RequestStats,
): Promise<Descriptor | undefined> {
  pathReference(reference, context.registry);
  const request = {
    method: "HEAD",
    path: `/v2/${repository}/manifests/${reference}`,
    repository,
    actions: ["pull"],
    headers: { accept: MANIFEST_ACCEPT },
    ...(stats ? { stats } : {}),
  };
  const response = await context.send(request);
  discard(response);
  if (response.status === 404) return undefined;
  if (response.status !== 200)
    throw await registryError(`head manifest ${context.registry}/${repository}:${reference}`, response);
  const digest = headerValue(response.headers, "docker-content-digest");
  if (!digest) {
    // Without the header a HEAD cannot tell the digest; fall back to reading the manifest.
    const manifest = await getManifest(context, repository, reference, stats);
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
  }
  // The header's digest is used in later request paths (a cosign tag's manifest is fetched by it).
  if (!isDigest(digest))
    throw new OciError(
      `head manifest ${context.registry}/${repository}:${reference}: the registry answered with a bad Docker-Content-Digest ${quoteValue(digest)}`,
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
export async function putManifest(
  context: RegistryContext,
  repository: string,
  reference: string,
  manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
  stats?: RequestStats,
): Promise<void> {
  pathReference(reference, context.registry);
  const contentLookup = {
    headBlob: (blobRepository: string, digest: string, lookupStats?: RequestStats) =>
      headBlob(context, blobRepository, digest, lookupStats),
    headManifest: (manifestRepository: string, manifestReference: string, lookupStats?: RequestStats) =>
      headManifest(context, manifestRepository, manifestReference, lookupStats),
  };
  await putThroughLinkRewrites(
    contentLookup,
    repository,
    manifest,
    () => putManifestOnce(context, repository, reference, manifest, stats),
    stats ? { stats } : {},
  );
}

async function putManifestOnce(
  context: RegistryContext,
  repository: string,
  reference: string,
  manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
  stats?: RequestStats,
): Promise<void> {
  const response = await context.expect(
    `put manifest ${context.registry}/${repository}:${reference}`,
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
    throw new DigestMismatchError(manifest.digest, `${context.registry} stored the manifest as ${stored}`);
  }
}

/**
 * Delete a manifest by digest: "deleted", "absent" when it is not there (any more), or "refused"
 * where the registry does not let us (distribution answers 405 UNSUPPORTED unless
 * `storage.delete.enabled`; registries that keep manifests immutable or withhold the delete
 * permission answer 400/401/403/405), which callers treat as a state to live with, not a failure.
 */
export async function deleteManifest(
  context: RegistryContext,
  repository: string,
  digest: string,
): Promise<"deleted" | "absent" | "refused"> {
  pathDigest(digest, context.registry);
  // The token scope of a delete is its own action (distribution's token auth: `repository:NAME:delete`).
  const response = await context.send({
    method: "DELETE",
    path: `/v2/${repository}/manifests/${digest}`,
    repository,
    actions: ["delete"],
  });
  discard(response);
  if (response.status === 202 || response.status === 200 || response.status === 204) return "deleted";
  if (response.status === 404) return "absent";
  if ([400, 401, 403, 405].includes(response.status)) return "refused";
  throw await registryError(`delete manifest ${context.registry}/${repository}@${digest}`, response);
}

export async function listTags(context: RegistryContext, repository: string): Promise<string[]> {
  const tags: string[] = [];
  let path: string | undefined = `/v2/${repository}/tags/list?n=1000`;
  let pages = 1;
  while (path) {
    const response = await context.expect(
      `list tags of ${context.registry}/${repository}`,
      { method: "GET", path, repository, actions: ["pull"] },
      [200, 404],
    );
    if (response.status === 404) {
      discard(response);
      return tags;
    }
    tags.push(
      ...parseTagList(await readBody(response, 64 * 1024 * 1024), `list tags of ${context.registry}/${repository}`),
    );
    const link = headerValue(response.headers, "link");
    const next = link ? /<([^>]+)>;\s*rel="?next"?/.exec(link)?.[1] : undefined;
    // The next page stays on the registry (a page elsewhere would be someone else's list of
    // tags), and the pages end: a registry linking each page to another forever is refused.
    if (next) {
      const base = new URL(await context.baseUrl());
      const nextUrl = registryUrl(next, base, context.registry);
      if (nextUrl.origin !== base.origin)
        throw new OciError(
          `list tags of ${context.registry}/${repository}: the next page is on another origin (${nextUrl.origin}), refused`,
        );
      if (++pages > MAX_TAG_PAGES)
        throw new OciError(`list tags of ${context.registry}/${repository}: more than ${MAX_TAG_PAGES} pages, refused`);
    }
    path = next;
  }
  return tags;
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
