/**
 * Referrers (OCI distribution spec 1.1): the referrers API where the registry has it, the
 * `sha256-<hex>` fallback tag (the referrers tag schema) where it does not, and the read, merge and
 * write of that fallback index.
 */
import { digestOf } from "./digest.ts";
import { OciError, RegistryError } from "./errors.ts";
import { type Descriptor, MAX_MANIFEST_BYTES, type Manifest, parseDescriptors } from "./manifest.ts";
import { OCI_INDEX } from "./media-types.ts";
import { readMergeWrite } from "./read-merge-write.ts";
import { parseRegistryJson, pathDigest, type RegistryContext, registryError } from "./registry-context.ts";
import { getManifest, putManifest } from "./registry-manifests.ts";
import { discard, headerValue, type RequestStats, readBody } from "./transport.ts";

/** A rewrite of a fallback referrers index: see updateFallbackIndex. */
export interface FallbackIndexUpdate {
  /** Whether what is listed (nothing: no index yet) is already as wanted. */
  holds(listed: Descriptor[]): boolean | Promise<boolean>;
  /** What of `listed` stays listed, in order, and which manifests to add after it. */
  merge(
    listed: Descriptor[],
  ): { keep: Descriptor[]; add: Manifest[] } | Promise<{ keep: Descriptor[]; add: Manifest[] }>;
}

/**
 * Repositories whose referrers request was answered 404: the distribution spec forbids that answer
 * where the API exists, so later lookups there go straight to the fallback tag. Per repository,
 * in case a registry with the API answers 404 for a repository that does not exist yet.
 */
export type RepositoriesWithoutReferrersApi = Set<string>;

/**
 * The referrers of `digest`: through the OCI 1.1 referrers API when the registry has it, otherwise
 * from the fallback tag `sha256-<hex>` (an index the pushers of referrers maintain).
 */
export async function referrers(
  context: RegistryContext,
  withoutReferrersApi: RepositoriesWithoutReferrersApi,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<{ descriptors: Descriptor[]; api: boolean }> {
  pathDigest(digest, context.registry);
  if (withoutReferrersApi.has(repository)) {
    const fallback = await fallbackIndex(context, repository, digest, stats);
    return { descriptors: fallback?.manifests ?? [], api: false };
  }
  const response = await context.send({
    method: "GET",
    path: `/v2/${repository}/referrers/${digest}`,
    repository,
    actions: ["pull"],
    headers: { accept: OCI_INDEX },
    ...(stats ? { stats } : {}),
  });
  const contentType = headerValue(response.headers, "content-type") ?? "";
  if (response.status === 200 && contentType.startsWith(OCI_INDEX)) {
    const operation = `list referrers of ${context.registry}/${repository}@${digest}`;
    return { descriptors: parseReferrersIndex(await readBody(response, MAX_MANIFEST_BYTES), operation), api: true };
  }
  discard(response);
  if (response.status !== 404 && response.status !== 200 && response.status !== 400) {
    throw await registryError(`list referrers of ${context.registry}/${repository}@${digest}`, response);
  }
  if (response.status === 404) withoutReferrersApi.add(repository);
  const fallback = await fallbackIndex(context, repository, digest, stats);
  return { descriptors: fallback?.manifests ?? [], api: false };
}

/**
 * Add referrers to the `sha256-<hex>` fallback index of `subject` on a registry without the
 * referrers API (read, merge, write; what is listed already is left as it is). Other pushers of
 * referrers (a concurrent signer, a mirror) rewrite the same tag, so the write is read back and
 * merged again until ours are listed (readMergeWrite).
 */
export async function addToFallbackIndex(
  context: RegistryContext,
  repository: string,
  subject: string,
  manifests: Manifest[],
  stats?: RequestStats,
): Promise<void> {
  const unlisted = (listed: Descriptor[]) =>
    manifests.filter((manifest) => !listed.some((entry) => entry.digest === manifest.digest));
  await updateFallbackIndex(
    context,
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
export async function updateFallbackIndex(
  context: RegistryContext,
  repository: string,
  subject: string,
  update: FallbackIndexUpdate,
  stats?: RequestStats,
): Promise<"written" | "exists"> {
  return readMergeWrite(`the referrers index ${context.registry}/${repository}:${referrersTag(subject)}`, {
    read: async () => (await fallbackIndex(context, repository, subject, stats))?.manifests ?? [],
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
      await putManifest(
        context,
        repository,
        referrersTag(subject),
        { bytes, digest: digestOf(bytes), mediaType: OCI_INDEX },
        stats,
      );
    },
  });
}

/** The `sha256-<hex>` fallback index of referrers, if any. */
export async function fallbackIndex(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<Manifest | undefined> {
  try {
    return await getManifest(context, repository, referrersTag(digest), stats);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
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

/** The fallback tag of the referrers tag schema: `sha256:abc…` → `sha256-abc…`. */
export function referrersTag(digest: string): string {
  return digest.replace(":", "-");
}
