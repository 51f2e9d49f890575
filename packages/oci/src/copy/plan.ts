/**
 * What each destination lacks. One HEAD on the destination tag decides a no-op copy; otherwise
 * manifests are checked by digest, and only the blobs of missing manifests are checked (a registry
 * only accepts a manifest whose blobs it has, so a present manifest vouches for its blobs).
 */
import type { Descriptor } from "../manifest.ts";
import { formatReference, type Reference } from "../reference.ts";
import type { RegistryClient } from "../registry-client.ts";
import type { RequestStats } from "../transport.ts";
import type { SourceGraph } from "./source-graph.ts";

export interface DestinationPlan {
  destination: Reference;
  /** The digest the destination tag holds now, if it exists. */
  existingTagDigest?: string;
  missingManifests: Set<string>;
  /** cosign tags (`sha256-<hex>.sig`) that are absent or point elsewhere. */
  staleTags: Set<string>;
  missingBlobs: Map<string, Descriptor>;
  /** Blobs the destination has already. */
  presentBlobs: number;
  stats: RequestStats;
}

export async function planDestination(
  client: RegistryClient,
  destination: Reference,
  graph: SourceGraph,
  options: {
    /** Take a tag naming the root digest as proof the image is whole (a copy does; an audit does not). */
    trustTag?: boolean;
    /**
     * What the destination tag was found to hold moments ago (its digest, or null for no such tag),
     * so it is not asked again.
     */
    knownTagDigest?: string | null;
  } = {},
): Promise<DestinationPlan> {
  const stats: RequestStats = { requests: 0, retries: 0 };
  const repository = destination.repository;
  const plan: DestinationPlan = {
    destination,
    missingManifests: new Set(),
    staleTags: new Set(),
    missingBlobs: new Map(),
    presentBlobs: 0,
    stats,
  };
  if (destination.tag && options.knownTagDigest !== undefined) {
    if (options.knownTagDigest !== null) plan.existingTagDigest = options.knownTagDigest;
  } else if (destination.tag) {
    const head = await client.headManifest(repository, destination.tag, stats);
    if (head) plan.existingTagDigest = head.digest;
  }
  const onlyImage = graph.manifests.every((item) => item.kind === "image");
  if (plan.existingTagDigest === graph.root.digest && onlyImage && options.trustTag !== false) return plan;

  // When the tag does not name the image yet (a copy to a new tag, most often of a new image), the
  // blobs are asked about together with the manifests rather than after them: one round trip where
  // the two-step order costs two, on a network 10–80 ms away. When it does (only referrers may be
  // missing), the manifests go first, so that present images spare the HEADs of all their blobs.
  const blobLookups = new Map<string, Promise<boolean>>();
  const lookUpBlob = (blob: Descriptor) => {
    let lookup = blobLookups.get(blob.digest);
    if (!lookup) {
      lookup = client.hasBlob(repository, blob.digest, stats);
      // Awaited below when needed; until then a failure must not go unhandled.
      lookup.catch(() => {});
      blobLookups.set(blob.digest, lookup);
    }
    return lookup;
  };
  const manifestLookups = Promise.all(
    graph.manifests.map(async (item) => {
      const head = await client.headManifest(repository, item.manifest.digest, stats);
      if (!head) plan.missingManifests.add(item.manifest.digest);
      if (item.tag) {
        const tagged = head ? await client.headManifest(repository, item.tag, stats) : undefined;
        if (tagged?.digest !== item.manifest.digest) plan.staleTags.add(item.tag);
      }
    }),
  );
  // After the manifests' HEADs, so that those go first when the host's request slots are few.
  if (plan.existingTagDigest !== graph.root.digest) {
    for (const item of graph.manifests)
      for (const blob of item.manifest.blobs) if (graph.blobs.has(blob.digest)) lookUpBlob(blob);
  }
  await manifestLookups;
  const needed = new Map<string, Descriptor>();
  for (const item of graph.manifests) {
    if (!plan.missingManifests.has(item.manifest.digest)) continue;
    for (const blob of item.manifest.blobs) if (graph.blobs.has(blob.digest)) needed.set(blob.digest, blob);
  }
  await Promise.all(
    [...needed.values()].map(async (blob) => {
      if (await lookUpBlob(blob)) plan.presentBlobs++;
      else plan.missingBlobs.set(blob.digest, blob);
    }),
  );
  // Lookups of blobs no missing manifest needs are still settled before the plan is used.
  await Promise.allSettled(blobLookups.values());
  return plan;
}

export function describePlan(plan: DestinationPlan, rootDigest: string): string {
  const where = formatReference(plan.destination);
  if (plan.missingManifests.size === 0 && plan.staleTags.size === 0 && plan.existingTagDigest === rootDigest)
    return `${where}: up to date`;
  const bytes = [...plan.missingBlobs.values()].reduce((sum, blob) => sum + blob.size, 0);
  return `${where}: ${plan.missingManifests.size} manifests and ${plan.missingBlobs.size} blobs (${bytes} bytes) to copy`;
}
