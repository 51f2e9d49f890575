/**
 * Everything a copy has to move, read from the source once: the root manifest, its children
 * (children before parents), every blob, and the referrers and cosign tags of the kinds asked for.
 * Every manifest is fetched by digest and verified; nothing is re-encoded, except an index narrowed
 * by an explicit platform filter (which is why that filter changes the digest).
 */
import { digestOf } from "../digest.ts";
import { OciError } from "../errors.ts";
import { type Descriptor, MAX_INDEX_NESTING, type Manifest, parseManifest } from "../manifest.ts";
import { isIndexMediaType } from "../media-types.ts";
import { formatPlatform, manifestReference, type Platform, platformMatches, type Reference } from "../reference.ts";
import {
  classifyReferrerManifest,
  LEGACY_TAG_KINDS,
  legacyTag,
  listedReferrerKind,
  type ReferrerKind,
} from "../referrer-kinds.ts";
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

  type Excluded = SourceGraph["excluded"][number];
  type Found = { manifest: Manifest; kind: ReferrerKind; tag?: string; subject?: string };
  interface Walked {
    entries: GraphManifest[];
    excluded: Excluded[];
  }

  /**
   * A referrer listed by the referrers API (or its fallback index), read unless its kind is left out.
   * The listing's artifactType decides only when it names a known kind (listedReferrerKind says why
   * it often does not); otherwise the manifest is read once and its own artifactType, config and
   * layers decide. A listed digest already in the image's graph is no referrer: GitLab resolves the
   * fallback tag to the subject itself, whose platform manifests then look like referrers
   * (oras-go #1396); it is neither copied as one nor reported as left behind.
   */
  const readListed = async (descriptor: Descriptor, subject: string): Promise<Found | Excluded | null> => {
    if (seen.has(descriptor.digest)) return null;
    const listed = listedReferrerKind(descriptor);
    if (listed && !options.referrerKinds.includes(listed)) return { digest: descriptor.digest, kind: listed };
    const manifest = await client.getManifest(repository, descriptor.digest, stats);
    // A listing is a claim (a fallback index is written by anyone who may push): a manifest whose
    // own subject is not this digest is no referrer of it, and neither travels nor counts as left.
    if (manifest.subject?.digest !== subject) return null;
    // The listing may be stale or a registry's guess; the manifest itself decides.
    const kind = classifyReferrerManifest(manifest, descriptor);
    if (!options.referrerKinds.includes(kind)) return { digest: descriptor.digest, kind };
    return { manifest, kind, subject };
  };

  /** A cosign tag (`sha256-<hex>.sig` and the like), if it exists. */
  const readTagged = async (subject: string, suffix: string, kind: ReferrerKind): Promise<Found | Excluded | null> => {
    const tag = legacyTag(subject, suffix as keyof typeof LEGACY_TAG_KINDS);
    const head = await client.headManifest(repository, tag, stats);
    if (!head) return null;
    if (!options.referrerKinds.includes(kind)) return { digest: head.digest, kind, tag };
    return { manifest: await client.getManifest(repository, head.digest, stats), kind, tag };
  };

  /**
   * Everything attached to `subject`, and to what is attached to that, to MAX_REFERRER_DEPTH. Every
   * lookup of one subject (the referrers listing and each cosign tag) goes out at once, as do the
   * walks of sibling subjects: on a registry 10–80 ms away, one after another they cost a round trip
   * each. The result keeps the order a serial walk would give, so the graph does not depend on which
   * answer came first.
   */
  const walkReferrers = async (subject: string, depth: number): Promise<Walked> => {
    if (options.referrerKinds.length === 0 || depth > MAX_REFERRER_DEPTH) return { entries: [], excluded: [] };
    const [listed, tagged] = await Promise.all([
      client
        .referrers(repository, subject, stats)
        .then(({ descriptors }) => Promise.all(descriptors.map((descriptor) => readListed(descriptor, subject)))),
      Promise.all(Object.entries(LEGACY_TAG_KINDS).map(([suffix, kind]) => readTagged(subject, suffix, kind))),
    ]);
    const walked: Walked = { entries: [], excluded: [] };
    const found: Found[] = [];
    for (const item of [...listed, ...tagged]) {
      if (!item) continue;
      if ("manifest" in item) found.push(item);
      else walked.excluded.push(item);
    }
    // Claimed before any await, so that two walks meeting one manifest take it once.
    const kept = found.filter((item) => !seen.has(item.manifest.digest));
    for (const item of kept) seen.add(item.manifest.digest);
    const below = await Promise.all(
      kept.map(async (item) => {
        const [children, deeper] = await Promise.all([
          Promise.all(item.manifest.manifests.map((child) => client.getManifest(repository, child.digest, stats))),
          walkReferrers(item.manifest.digest, depth + 1),
        ]);
        return { item, children, deeper };
      }),
    );
    for (const { item, children, deeper } of below) {
      for (const child of children) walked.entries.push({ manifest: child, kind: item.kind });
      walked.entries.push({
        manifest: item.manifest,
        kind: item.kind,
        ...(item.tag ? { tag: item.tag } : {}),
        ...(item.subject ? { subject: item.subject } : {}),
      });
      walked.entries.push(...deeper.entries);
      walked.excluded.push(...deeper.excluded);
    }
    return walked;
  };

  const imageDigests = await walkImage(root, 1);
  for (const walked of await Promise.all(imageDigests.map((digest) => walkReferrers(digest, 1)))) {
    for (const entry of walked.entries) {
      addBlobs(entry.manifest);
      graph.manifests.push(entry);
    }
    graph.excluded.push(...walked.excluded);
  }
  return graph;
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
    platforms.some((platform) => platformMatches(child.platform, platform)),
  );
  const missing = platforms.filter(
    (platform) => !root.manifests.some((child) => platformMatches(child.platform, platform)),
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
