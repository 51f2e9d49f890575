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
 * What each repository's first referrers request found, per client: whether the registry has the
 * referrers API there (true), has it not (false), or the probe failed (undefined: the next lookup
 * probes again). Held as a promise from the moment the probe is sent, so that lookups of several
 * subjects at once (a multi-arch image's index and platforms, signed or copied together) wait for
 * the one probe instead of each sending its own. Per repository, in case a registry with the API
 * answers otherwise for a repository that does not exist yet.
 */
export type ReferrersApiProbes = Map<string, Promise<boolean | undefined>>;

/**
 * The referrers of `digest`: through the OCI 1.1 referrers API when the registry has it, otherwise
 * from the fallback tag `sha256-<hex>` (an index the pushers of referrers maintain).
 *
 * Any answer that is not an OCI index means "no referrers API here", and is remembered for the
 * repository: the spec's 404 (distribution, GitLab, GHCR: oras-go#1396, NVIDIA/aicr#1957), a 400
 * (Artifactory before 7.90.1: "Unsupported docker v2 repository request"), 405, 401/403, a 200 with
 * another content type, and a redirect to a web page: GHCR answers 303 to github.com's web UI
 * (artifacthub/hub#4785), Artifact Registry 302 to its sign-in page (awslabs/soci-snapshotter#512).
 * Whatever another host answers after a redirect is never the registry's own error (the transport
 * sent it no credentials). What still throws: a 5xx or 429 from the registry itself once the
 * transport's retries are spent, and an answer typed as an OCI index that does not parse. Read as
 * "no API", a registry with the API that is briefly down would make a verifier miss every signature
 * listed there and a signer write a needless fallback tag; the step fails instead, naming the answer.
 */
export async function referrers(
  context: RegistryContext,
  probes: ReferrersApiProbes,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<{ descriptors: Descriptor[]; api: boolean }> {
  pathDigest(digest, context.registry);
  const pending = probes.get(repository);
  const known = pending ? await pending : undefined;
  if (known === false) return fromFallbackIndex(context, repository, digest, stats);
  let settle: ((api: boolean | undefined) => void) | undefined;
  if (known === undefined && probes.get(repository) === pending) {
    probes.set(repository, new Promise((resolvePromise) => (settle = resolvePromise)));
  }
  let listed: Descriptor[] | undefined;
  try {
    listed = await askReferrersApi(context, repository, digest, stats);
  } catch (error) {
    if (settle) {
      probes.delete(repository);
      settle(undefined);
    }
    throw error;
  }
  settle?.(listed !== undefined);
  if (listed) return { descriptors: listed, api: true };
  return fromFallbackIndex(context, repository, digest, stats);
}

/** The referrers API's listing of `digest`; undefined when the answer says there is no such API. */
async function askReferrersApi(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<Descriptor[] | undefined> {
  const operation = `list referrers of ${context.registry}/${repository}@${digest}`;
  const response = await context.send({
    method: "GET",
    path: `/v2/${repository}/referrers/${digest}`,
    repository,
    actions: ["pull"],
    headers: { accept: OCI_INDEX },
    ...(stats ? { stats } : {}),
  });
  const contentType = (headerValue(response.headers, "content-type") ?? "").toLowerCase();
  if (response.status === 200 && contentType.startsWith(OCI_INDEX)) {
    return parseReferrersIndex(await readBody(response, MAX_MANIFEST_BYTES), operation);
  }
  const answeredByRegistry = new URL(response.url).origin === new URL(await context.baseUrl()).origin;
  if (answeredByRegistry && (response.status >= 500 || response.status === 429)) {
    throw await registryError(operation, response);
  }
  discard(response);
  return undefined;
}

async function fromFallbackIndex(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<{ descriptors: Descriptor[]; api: false }> {
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
 * "exists" when the index already held it and nothing was written. What the tag holds is merged
 * only once it passed fallbackIndex's checks: GitLab answers the subject itself there, and merging
 * it would list the image's own platform manifests as its referrers (oras-go#1396).
 */
export async function updateFallbackIndex(
  context: RegistryContext,
  repository: string,
  subject: string,
  update: FallbackIndexUpdate,
  stats?: RequestStats,
): Promise<"written" | "exists"> {
  const tag = referrersTag(subject);
  const where = `the referrers index ${context.registry}/${repository}:${tag}`;
  let written = false;
  return readMergeWrite(where, {
    read: async () => {
      const found = await readFallbackTag(context, repository, subject, stats);
      // Our own index went in and the tag still answers with the subject: the registry reads the
      // tag as the digest, and no write will ever show there.
      if (written && found.kind === "subject itself")
        throw new OciError(
          `${where}: the registry answers this tag with the image ${subject} itself, not the index written to it, so it cannot list referrers there (oras-go#1396); use the legacy signature format on this registry`,
        );
      return found.kind === "index" ? found.index.manifests : [];
    },
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
      try {
        await putManifest(context, repository, tag, { bytes, digest: digestOf(bytes), mediaType: OCI_INDEX }, stats);
      } catch (error) {
        // A registry that reads `sha256-<hex>` as the digest `sha256:<hex>` refuses the index there
        // as not hashing to that digest (GitLab: unconfirmed, see test/support/registry-personalities.ts).
        if (!(error instanceof RegistryError) || error.status !== 400) throw error;
        throw new OciError(
          `${where}: the registry refused the referrers index (${error.message}); it cannot list referrers without the referrers API, use the legacy signature format on this registry`,
          { cause: error },
        );
      }
      written = true;
    },
  });
}

/**
 * The `sha256-<hex>` fallback index of referrers, if the tag holds one. The spec has a client
 * assume no referrers when the tag "does not return a valid Image Index" (distribution-spec 1.1,
 * "Referrers Tag Schema"), and what a registry answers there is checked like any outside data: the
 * subject itself (GitLab resolves `sha256-<hex>` to the manifest `sha256:<hex>`, oras-go#1396) or
 * anything that is not an OCI index is no fallback index. Entries are still only claims: whoever
 * reads a listed manifest drops it unless its own `subject` is this digest.
 */
export async function fallbackIndex(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<Manifest | undefined> {
  const found = await readFallbackTag(context, repository, digest, stats);
  return found.kind === "index" ? found.index : undefined;
}

type FallbackTag = { kind: "index"; index: Manifest } | { kind: "absent" | "subject itself" | "not an index" };

async function readFallbackTag(
  context: RegistryContext,
  repository: string,
  digest: string,
  stats?: RequestStats,
): Promise<FallbackTag> {
  let manifest: Manifest;
  try {
    manifest = await getManifest(context, repository, referrersTag(digest), stats);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return { kind: "absent" };
    throw error;
  }
  if (manifest.digest === digest) return { kind: "subject itself" };
  if (manifest.mediaType !== OCI_INDEX) return { kind: "not an index" };
  return { kind: "index", index: manifest };
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
