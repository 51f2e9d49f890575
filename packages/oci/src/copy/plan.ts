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

  await Promise.all(
    graph.manifests.map(async (item) => {
      const head = await client.headManifest(repository, item.manifest.digest, stats);
      if (!head) plan.missingManifests.add(item.manifest.digest);
      if (item.tag) {
        const tagged = head ? await client.headManifest(repository, item.tag, stats) : undefined;
        if (tagged?.digest !== item.manifest.digest) plan.staleTags.add(item.tag);
      }
    }),
  );
  const needed = new Map<string, Descriptor>();
  for (const item of graph.manifests) {
    if (!plan.missingManifests.has(item.manifest.digest)) continue;
    for (const blob of item.manifest.blobs) if (graph.blobs.has(blob.digest)) needed.set(blob.digest, blob);
  }
  await Promise.all(
    [...needed.values()].map(async (blob) => {
      if (await client.hasBlob(repository, blob.digest, stats)) plan.presentBlobs++;
      else plan.missingBlobs.set(blob.digest, blob);
    }),
  );
  return plan;
}

export function describePlan(plan: DestinationPlan, rootDigest: string): string {
  const where = formatReference(plan.destination);
  if (plan.missingManifests.size === 0 && plan.staleTags.size === 0 && plan.existingTagDigest === rootDigest)
    return `${where}: up to date`;
  const bytes = [...plan.missingBlobs.values()].reduce((sum, blob) => sum + blob.size, 0);
  return `${where}: ${plan.missingManifests.size} manifests and ${plan.missingBlobs.size} blobs (${bytes} bytes) to copy`;
}
