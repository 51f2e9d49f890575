/**
 * Everything a copy has to move, read from the source once: the root manifest, its children
 * (children before parents), every blob, and the referrers and cosign tags of the kinds asked for.
 * Every manifest is fetched by digest and verified; nothing is re-encoded, except an index narrowed
 * by an explicit platform filter (which is why that filter changes the digest).
 */
import { digestOf } from "../digest.ts";
import { OciError } from "../errors.ts";
import { artifactTypeOf, type Descriptor, MAX_INDEX_NESTING, type Manifest, parseManifest } from "../manifest.ts";
import { isIndexMediaType } from "../media-types.ts";
import { formatPlatform, manifestReference, type Platform, type Reference } from "../reference.ts";
import { classifyReferrer, LEGACY_TAG_KINDS, legacyTag, type ReferrerKind } from "../referrer-kinds.ts";
import type { RegistryClient } from "../registry-client.ts";
import type { RequestStats } from "../transport.ts";

export interface GraphManifest {
  manifest: Manifest;
  /** `image` for the image and its children; a referrer kind for attached artifacts. */
  kind: "image" | ReferrerKind;
  /** The tag this manifest is known by at the source (cosign's `sha256-<hex>.sig`), if any. */
  tag?: string;
  /** For OCI referrers: the digest of the manifest they refer to. */
  subject?: string;
}

export interface SourceGraph {
  root: Manifest;
  /** In push order: children before parents, images before their referrers. */
  manifests: GraphManifest[];
  blobs: Map<string, Descriptor>;
  /** Referrers and cosign tags left behind because of their kind. */
  excluded: Array<{ digest: string; kind: ReferrerKind; tag?: string }>;
}

export interface CollectOptions {
  platforms?: Platform[];
  /** Kinds of referrers and cosign tags to include; none when empty. */
  referrerKinds: readonly ReferrerKind[];
  stats?: RequestStats;
  /** The root manifest, when the caller has just read it (verified) from `source`. */
  root?: Manifest;
}

/** Layers that must not be copied (Windows base layers and the like): they live at their `urls`. */
function isNonDistributable(descriptor: Descriptor): boolean {
  return /foreign|nondistributable/.test(descriptor.mediaType);
}

const MAX_REFERRER_DEPTH = 3;

export async function collectSource(
  client: RegistryClient,
  source: Reference,
  options: CollectOptions,
): Promise<SourceGraph> {
  const repository = source.repository;
  const stats = options.stats;
  let root = options.root ?? (await client.getManifest(repository, manifestReference(source), stats));
  if (options.platforms && options.platforms.length > 0)
    root = await narrowToPlatforms(client, repository, root, options.platforms, stats);

  const graph: SourceGraph = { root, manifests: [], blobs: new Map(), excluded: [] };
  const seen = new Set<string>();

  const addBlobs = (manifest: Manifest): void => {
    for (const blob of manifest.blobs) if (!isNonDistributable(blob)) graph.blobs.set(blob.digest, blob);
  };

  /** `nesting`: how many indexes deep `manifest` is, itself included when it is one. */
  const walkImage = async (manifest: Manifest, nesting: number): Promise<string[]> => {
    if (seen.has(manifest.digest)) return [];
    seen.add(manifest.digest);
    const digests = [manifest.digest];
    if (manifest.manifests.length > 0 && nesting > MAX_INDEX_NESTING) {
      throw new OciError(
        `${source.registry}/${repository}: index ${manifest.digest} is nested more than ${MAX_INDEX_NESTING} indexes deep; refusing to walk further`,
      );
    }
    const children = await Promise.all(
      manifest.manifests.map((child) => client.getManifest(repository, child.digest, stats)),
    );
    for (const child of children) digests.push(...(await walkImage(child, nesting + 1)));
    addBlobs(manifest);
    graph.manifests.push({ manifest, kind: "image" });
    return digests;
  };

  const walkReferrers = async (subject: string, depth: number): Promise<void> => {
    if (options.referrerKinds.length === 0 || depth > MAX_REFERRER_DEPTH) return;
    const found: Array<{ manifest: Manifest; kind: ReferrerKind; tag?: string; subject?: string }> = [];
    const { descriptors } = await client.referrers(repository, subject, stats);
    for (const descriptor of descriptors) {
      const kind = classifyReferrer(descriptor);
      if (!options.referrerKinds.includes(kind)) {
        graph.excluded.push({ digest: descriptor.digest, kind });
        continue;
      }
      const manifest = await client.getManifest(repository, descriptor.digest, stats);
      // The index listing may be stale or a registry's guess; the manifest itself decides.
      const actualKind = manifest.artifactType
        ? classifyReferrer({ ...descriptor, artifactType: artifactTypeOf(manifest) })
        : kind;
      if (!options.referrerKinds.includes(actualKind)) {
        graph.excluded.push({ digest: descriptor.digest, kind: actualKind });
        continue;
      }
      found.push({ manifest, kind: actualKind, subject });
    }
    for (const [suffix, kind] of Object.entries(LEGACY_TAG_KINDS)) {
      const tag = legacyTag(subject, suffix as keyof typeof LEGACY_TAG_KINDS);
      const head = await client.headManifest(repository, tag, stats);
      if (!head) continue;
      if (!options.referrerKinds.includes(kind)) {
        graph.excluded.push({ digest: head.digest, kind, tag });
        continue;
      }
      found.push({ manifest: await client.getManifest(repository, head.digest, stats), kind, tag });
    }
    for (const item of found) {
      if (seen.has(item.manifest.digest)) continue;
      seen.add(item.manifest.digest);
      const children = await Promise.all(
        item.manifest.manifests.map((child) => client.getManifest(repository, child.digest, stats)),
      );
      for (const child of children) {
        addBlobs(child);
        graph.manifests.push({ manifest: child, kind: item.kind });
      }
      addBlobs(item.manifest);
      graph.manifests.push({
        manifest: item.manifest,
        kind: item.kind,
        ...(item.tag ? { tag: item.tag } : {}),
        ...(item.subject ? { subject: item.subject } : {}),
      });
      await walkReferrers(item.manifest.digest, depth + 1);
    }
  };

  const imageDigests = await walkImage(root, 1);
  for (const digest of imageDigests) await walkReferrers(digest, 1);
  return graph;
}

function platformMatches(wanted: Platform, actual: Platform | undefined): boolean {
  if (!actual) return false;
  return (
    wanted.os === actual.os &&
    wanted.architecture === actual.architecture &&
    (!wanted.variant || wanted.variant === actual.variant)
  );
}

/**
 * Keep only the wanted platforms of an index: one platform becomes that platform's manifest, several
 * a new index listing just them. Both change the digest; callers asked for that explicitly.
 */
async function narrowToPlatforms(
  client: RegistryClient,
  repository: string,
  root: Manifest,
  platforms: Platform[],
  stats?: RequestStats,
): Promise<Manifest> {
  if (!isIndexMediaType(root.mediaType)) return root;
  const kept = root.manifests.filter((child) =>
    platforms.some((platform) => platformMatches(platform, child.platform)),
  );
  const missing = platforms.filter(
    (platform) => !root.manifests.some((child) => platformMatches(platform, child.platform)),
  );
  if (missing.length > 0) {
    throw new OciError(
      `the source index has no ${missing.map(formatPlatform).join(", ")} (it has ${root.manifests.map((child) => (child.platform ? formatPlatform(child.platform) : "?")).join(", ")})`,
    );
  }
  if (kept.length === 1) return client.getManifest(repository, (kept[0] as Descriptor).digest, stats);
  const index = JSON.parse(root.bytes.toString("utf8")) as { manifests: Descriptor[] };
  index.manifests = kept;
  const bytes = Buffer.from(JSON.stringify(index));
  return parseManifest(bytes, digestOf(bytes), root.mediaType);
}
