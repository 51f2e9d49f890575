/**
 * The copy engine: plan every destination, then move what is missing. Blobs first (largest first,
 * each read from the source once for all destinations), then manifests children before parents,
 * then referrers, and the destination tag last — so a tag never points at content that is not all
 * there. A destination that fails does not stop the others; a re-run moves only what is missing.
 */

import { indexReferrerLimit, isIndexReferrerRefusal } from "../index-referrers.ts";
import type { Descriptor, Manifest } from "../manifest.ts";
import { metersPulls } from "../pull-rate.ts";
import { formatReference, manifestReference, type Platform, type Reference } from "../reference.ts";
import type { ReferrerKind } from "../referrer-kinds.ts";
import type { RegistryClient } from "../registry-client.ts";
import { isMutableTag, writeReleaseTag } from "../release-tags.ts";
import { isRetryableError } from "../retry.ts";
import type { RequestStats } from "../transport.ts";
import { type BlobTarget, copyBlobToTargets } from "./fan-out.ts";
import { type DestinationPlan, planDestination } from "./plan.ts";
import { collectSource, type GraphManifest, type SourceGraph } from "./source-graph.ts";

export interface CopyOptions {
  platforms?: Platform[];
  referrerKinds?: readonly ReferrerKind[];
  /** Blob transfers in flight at once. */
  concurrency?: number;
  /** Plan only: report what would be copied, write nothing. */
  dryRun?: boolean;
  /**
   * Destination tags are release tags (mirror): each is looked at again just before it is written
   * and read back after, and one another writer took meanwhile fails that destination
   * (release-tags.ts). Tags matching `mutableTags` may move.
   */
  releaseTags?: { mutableTags: string[]; settleMs?: number };
  /**
   * The source's root manifest, when the caller has just read it (by digest or verified against
   * the digest it pins): the copy does not read it again.
   */
  sourceRoot?: Manifest;
  /** Whole-blob attempts per destination before giving up. */
  blobAttempts?: number;
  onProgress?: (message: string) => void;
}

export interface DestinationReport {
  destination: string;
  digest: string;
  status: "copied" | "up-to-date" | "planned" | "failed";
  manifests: { copied: number; skipped: number };
  blobs: { copied: number; mounted: number; skipped: number };
  bytes: number;
  referrers: number;
  /** The referrers and cosign tags carried, by kind (signature, attestation, sbom, other). */
  referrersByKind: Partial<Record<ReferrerKind, number>>;
  /**
   * Referrers of an image index the destination refused to hold (ECR, aws/containers-roadmap#2783;
   * index-referrers.ts), and the referrers of those: left behind, not counted as carried.
   */
  leftBehind?: Array<{ digest: string; kind: ReferrerKind; subject: string }>;
  requests: number;
  retries: number;
  error?: string;
}

export interface CopyReport {
  source: string;
  digest: string;
  mediaType: string;
  sourceBytesRead: number;
  blobBytes: number;
  excludedReferrers: Array<{ digest: string; kind: ReferrerKind; tag?: string }>;
  destinations: DestinationReport[];
}

interface Destination {
  reference: Reference;
  client: RegistryClient;
  plan?: DestinationPlan;
  report: DestinationReport;
  failed?: Error;
}

export interface ClientLookup {
  for(registry: string): RegistryClient;
}

export async function copyImage(
  clients: ClientLookup,
  source: Reference,
  destinations: Reference[],
  options: CopyOptions = {},
): Promise<CopyReport> {
  const sourceClient = clients.for(source.registry);
  const sourceStats: RequestStats = { requests: 0, retries: 0 };
  if (!options.dryRun)
    for (const destination of destinations) clients.for(destination.registry).willPush(destination.repository);
  const { upToDate, tagDigests, sourceRoot } = await checkUpToDate(clients, source, destinations, options, sourceStats);
  if (upToDate) return upToDate;
  // A copy it is: while the source graph is read, connections are opened for what follows it — the
  // blob downloads, and on each destination the plan's HEADs and the uploads — so that those bursts
  // do not each start with TCP and TLS set-ups (two round trips on a network 10–80 ms away).
  if (!options.dryRun) {
    const transfers = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    sourceClient.preconnect({ requests: 1, largeGets: transfers });
    for (const registry of new Set(destinations.map((destination) => destination.registry)))
      clients.for(registry).preconnect({ requests: PLAN_CONNECTIONS });
  }
  // The root, when the check just read it or the caller had (for the very digest the source pins).
  const knownRoot = sourceRoot ?? (options.sourceRoot?.digest === source.digest ? options.sourceRoot : undefined);
  const graph = await collectSource(sourceClient, source, {
    ...(options.platforms ? { platforms: options.platforms } : {}),
    referrerKinds: options.referrerKinds ?? [],
    stats: sourceStats,
    ...(knownRoot ? { root: knownRoot } : {}),
  });
  const report: CopyReport = {
    source: formatReference(source),
    digest: graph.root.digest,
    mediaType: graph.root.mediaType,
    sourceBytesRead: 0,
    blobBytes: [...graph.blobs.values()].reduce((sum, blob) => sum + blob.size, 0),
    excludedReferrers: graph.excluded,
    destinations: [],
  };
  const targets: Destination[] = destinations.map((reference) => ({
    reference,
    client: clients.for(reference.registry),
    report: emptyReport(reference, graph.root.digest),
  }));
  report.destinations = targets.map((target) => target.report);

  await Promise.all(
    targets.map(async (target) => {
      try {
        const known = tagDigests.get(formatReference(target.reference));
        target.plan = await planDestination(
          target.client,
          target.reference,
          graph,
          known !== undefined ? { knownTagDigest: known } : {},
        );
      } catch (error) {
        fail(target, error as Error);
      }
    }),
  );
  for (const target of targets) {
    if (!target.plan || target.failed) continue;
    const plan = target.plan;
    target.report.manifests.skipped = graph.manifests.length - plan.missingManifests.size;
    target.report.blobs.skipped = graph.blobs.size - plan.missingBlobs.size;
    if (plan.existingTagDigest === graph.root.digest && plan.missingManifests.size === 0 && plan.staleTags.size === 0) {
      target.report.status = "up-to-date";
      target.report.manifests.skipped = graph.manifests.length;
      target.report.blobs.skipped = graph.blobs.size;
    } else if (options.dryRun) {
      target.report.status = "planned";
      target.report.manifests.copied = plan.missingManifests.size;
      target.report.blobs.copied = plan.missingBlobs.size;
      target.report.bytes = [...plan.missingBlobs.values()].reduce((sum, blob) => sum + blob.size, 0);
    }
  }
  if (options.dryRun) return finish(report, targets);

  const active = targets.filter((target) => target.plan && !target.failed && target.report.status !== "up-to-date");
  await copyBlobs(sourceClient, source.repository, sourceStats, active, options, (bytes) => {
    report.sourceBytesRead += bytes;
  });
  await Promise.all(
    active
      .filter((target) => !target.failed)
      .map(async (target) => {
        try {
          await pushManifests(target, graph, options);
          target.report.status = "copied";
        } catch (error) {
          fail(target, error as Error);
        }
      }),
  );
  return finish(report, targets);
}

/**
 * The warm path: when nothing but the image itself is to be copied, one lookup at the source and
 * one HEAD per destination tag decide that every destination already holds it, without reading the
 * graph. The source's lookup is a GET (the same one round trip as a HEAD, and the copy needs the
 * manifest next), except where GETs are metered pulls (Docker Hub): a no-op copy spends none.
 */
async function checkUpToDate(
  clients: ClientLookup,
  source: Reference,
  destinations: Reference[],
  options: CopyOptions,
  stats: RequestStats,
): Promise<{ upToDate?: CopyReport; tagDigests: Map<string, string | null>; sourceRoot?: Manifest }> {
  // What each destination tag held when asked (null: no such tag), for the plan not to ask again.
  const tagDigests = new Map<string, string | null>();
  if ((options.platforms?.length ?? 0) > 0 || (options.referrerKinds?.length ?? 0) > 0) return { tagDigests };
  if (destinations.some((destination) => !destination.tag)) return { tagDigests };
  // The source and every destination are asked at once: on a network 10–80 ms away each lookup (and
  // its connection, TLS and token) is a chain of round trips, and none depends on another's answer.
  // A destination that cannot answer here is left to the full copy, which reports it on its own.
  const sourceClient = clients.for(source.registry);
  const reference = manifestReference(source);
  const [head, ...there] = await Promise.all([
    metersPulls(source.registry)
      ? sourceClient.headManifest(source.repository, reference, stats)
      : sourceClient.getManifest(source.repository, reference, stats).then((root) => {
          // An index's children are read next if there is anything to copy: their connections are
          // set up while the destinations are still answering (a no-op copy leaves them unused).
          if (root.manifests.length > 0 && !options.dryRun)
            sourceClient.preconnect({ requests: root.manifests.length });
          return root;
        }),
    ...destinations.map(async (destination) => {
      const destinationStats: RequestStats = { requests: 0, retries: 0 };
      const found = await clients
        .for(destination.registry)
        .headManifest(destination.repository, destination.tag as string, destinationStats)
        .then(
          (answer) => {
            tagDigests.set(formatReference(destination), answer?.digest ?? null);
            return answer;
          },
          () => undefined,
        );
      return { destination, found, destinationStats };
    }),
  ]);
  if (!head) return { tagDigests };
  const sourceRoot = "bytes" in head ? head : undefined;
  const reports = there.map(({ destination, found, destinationStats }) => {
    const report = emptyReport(destination, head.digest);
    report.status = "up-to-date";
    report.requests = destinationStats.requests;
    report.retries = destinationStats.retries;
    return found?.digest === head.digest ? report : undefined;
  });
  if (reports.some((report) => !report)) return { tagDigests, ...(sourceRoot ? { sourceRoot } : {}) };
  return {
    tagDigests,
    upToDate: {
      source: formatReference(source),
      digest: head.digest,
      mediaType: head.mediaType,
      sourceBytesRead: 0,
      blobBytes: 0,
      excludedReferrers: [],
      destinations: reports as DestinationReport[],
    },
  };
}

function emptyReport(reference: Reference, digest: string): DestinationReport {
  return {
    destination: formatReference(reference),
    digest,
    status: "copied",
    manifests: { copied: 0, skipped: 0 },
    blobs: { copied: 0, mounted: 0, skipped: 0 },
    bytes: 0,
    referrers: 0,
    referrersByKind: {},
    requests: 0,
    retries: 0,
  };
}

function fail(target: Destination, error: Error): void {
  target.failed = error;
  target.report.status = "failed";
  target.report.error = error.message;
}

function finish(report: CopyReport, targets: Destination[]): CopyReport {
  for (const target of targets) {
    target.report.requests = target.plan?.stats.requests ?? 0;
    target.report.retries = target.plan?.stats.retries ?? 0;
  }
  return report;
}

/** Blob transfers in flight at once, unless the caller says. */
const DEFAULT_CONCURRENCY = 6;
/** Connections opened ahead on each destination for the plan's lookups and the uploads. */
const PLAN_CONNECTIONS = 8;

/** Blobs below this size are copied outside the transfer slots. */
const SMALL_BLOB_BYTES = 1024 * 1024;

/** Every missing blob to every destination lacking it, largest first, a few at a time. */
async function copyBlobs(
  sourceClient: RegistryClient,
  repository: string,
  sourceStats: RequestStats,
  destinations: Destination[],
  options: CopyOptions,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const needs = new Map<string, { blob: Descriptor; targets: Destination[] }>();
  for (const destination of destinations) {
    for (const blob of destination.plan?.missingBlobs.values() ?? []) {
      const entry = needs.get(blob.digest) ?? { blob, targets: [] };
      entry.targets.push(destination);
      needs.set(blob.digest, entry);
    }
  }
  const byLargest = [...needs.values()].sort((a, b) => b.blob.size - a.blob.size);
  // Small blobs (configs, tiny layers) cost round trips, not bandwidth: they go all at once beside
  // the large ones rather than queueing behind them for a transfer slot.
  const large = byLargest.filter((job) => job.blob.size >= SMALL_BLOB_BYTES);
  const small = byLargest.filter((job) => job.blob.size < SMALL_BLOB_BYTES);
  const attempts = options.blobAttempts ?? 3;
  const worker = async (queue: typeof byLargest): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      let pending = job.targets.filter((target) => !target.failed);
      for (let attempt = 1; pending.length > 0; attempt++) {
        const blobTargets: BlobTarget[] = pending.map((target) => ({
          client: target.client,
          destination: target.reference,
          stats: target.plan?.stats as RequestStats,
        }));
        const outcomes = await copyBlobToTargets(
          { client: sourceClient, repository, stats: sourceStats, onBytes },
          job.blob,
          blobTargets,
        );
        const retry: Destination[] = [];
        outcomes.forEach((outcome, i) => {
          const target = pending[i] as Destination;
          if (outcome.error) {
            if (attempt < attempts && isTransient(outcome.error)) {
              retry.push(target);
              (target.plan as DestinationPlan).stats.retries++;
            } else fail(target, outcome.error);
            return;
          }
          if (outcome.outcome === "mounted") target.report.blobs.mounted++;
          else target.report.blobs.copied++;
          if (outcome.outcome === "uploaded") target.report.bytes += job.blob.size;
        });
        pending = retry;
        options.onProgress?.(
          `blob ${job.blob.digest} (${job.blob.size} bytes): ${outcomes.length - retry.length}/${outcomes.length} destinations done`,
        );
      }
    }
  };
  await Promise.all([
    ...Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, () => worker(large)),
    ...small.map((job) => worker([job])),
  ]);
}

function isTransient(error: Error): boolean {
  const status = (error as { status?: number }).status;
  return (
    isRetryableError(error) ||
    status === undefined ||
    status >= 500 ||
    status === 429 ||
    error.name === "DigestMismatchError"
  );
}

/**
 * Manifests in dependency order: image manifests, then indexes, then referrers; the fallback
 * referrers index where the destination has no referrers API; cosign tags; the destination tag last.
 */
async function pushManifests(target: Destination, graph: SourceGraph, options: CopyOptions): Promise<void> {
  const plan = target.plan as DestinationPlan;
  const { client } = target;
  const repository = target.reference.repository;
  const stats = plan.stats;
  const tag = target.reference.tag;
  const referrers = graph.manifests.filter((item) => item.kind !== "image");
  // With nothing to go between the image and its tag (no referrers, no release-tag checks), the
  // root is written once, by its tag, after its children: the registry keeps it under its digest all
  // the same, and a round trip is saved.
  const rootByTag = tag !== undefined && !options.releaseTags && referrers.length === 0;
  const missing = (item: GraphManifest) =>
    plan.missingManifests.has(item.manifest.digest) && !(rootByTag && item.manifest.digest === graph.root.digest);
  const push = async (items: GraphManifest[]) => {
    await Promise.all(
      items.filter(missing).map(async (item) => {
        await client.putManifest(repository, item.manifest.digest, item.manifest, stats);
        target.report.manifests.copied++;
      }),
    );
  };
  const images = graph.manifests.filter((item) => item.kind === "image");
  // Children before parents: graph order already has them first; indexes wait for all images.
  await push(images.filter((item) => item.manifest.manifests.length === 0));
  for (const index of images.filter((item) => item.manifest.manifests.length > 0)) await push([index]);

  // Referrers of the image first, then referrers of referrers: one whose subject stayed behind
  // stays behind too (its subject is not there to refer to).
  const imageDigests = new Set(images.map((item) => item.manifest.digest));
  const leftBehind = new Map<string, GraphManifest>();
  const pushReferrers = async (items: GraphManifest[]) => {
    const put = async (item: GraphManifest) => {
      if (!missing(item)) return;
      try {
        await client.putManifest(repository, item.manifest.digest, item.manifest, stats);
        target.report.manifests.copied++;
      } catch (error) {
        // A registry that cannot hold referrers of an image index: they stay behind, said once by
        // the caller (leftBehindWarning), and the rest of the image is still copied.
        if (!item.subject || !isIndexReferrerRefusal(error, item.manifest.subject)) throw error;
        leftBehind.set(item.manifest.digest, item);
      }
    };
    await Promise.all(items.filter((item) => item.manifest.manifests.length === 0).map(put));
    for (const index of items.filter((item) => item.manifest.manifests.length > 0)) await put(index);
  };
  await pushReferrers(referrers.filter((item) => !item.subject || imageDigests.has(item.subject)));
  const deeper: GraphManifest[] = [];
  for (const item of referrers.filter((entry) => entry.subject && !imageDigests.has(entry.subject))) {
    if (leftBehind.has(item.subject as string)) leftBehind.set(item.manifest.digest, item);
    else deeper.push(item);
  }
  await pushReferrers(deeper);
  const carried = referrers.filter((item) => !leftBehind.has(item.manifest.digest));
  const attached = carried.filter((item) => item.subject || item.tag);
  target.report.referrers = attached.length;
  for (const item of attached) {
    const kind = item.kind as ReferrerKind;
    target.report.referrersByKind[kind] = (target.report.referrersByKind[kind] ?? 0) + 1;
  }
  if (leftBehind.size > 0)
    target.report.leftBehind = [...leftBehind.values()].map((item) => ({
      digest: item.manifest.digest,
      kind: item.kind as ReferrerKind,
      subject: item.subject as string,
    }));

  const bySubject = new Map<string, Manifest[]>();
  for (const item of carried) {
    if (!item.subject) continue;
    bySubject.set(item.subject, [...(bySubject.get(item.subject) ?? []), item.manifest]);
  }
  for (const [subject, manifests] of bySubject) {
    const { api } = await client.referrers(repository, subject, stats);
    if (!api) await client.addToFallbackIndex(repository, subject, manifests, stats);
  }
  for (const item of referrers) {
    if (item.tag && plan.staleTags.has(item.tag)) await client.putManifest(repository, item.tag, item.manifest, stats);
  }
  if (!tag || plan.existingTagDigest === graph.root.digest) return;
  if (!options.releaseTags) {
    await client.putManifest(repository, tag, graph.root, stats);
    if (rootByTag && plan.missingManifests.has(graph.root.digest)) target.report.manifests.copied++;
    return;
  }
  const { mutableTags, settleMs } = options.releaseTags;
  await writeReleaseTag(client, target.reference, graph.root, {
    mutable: isMutableTag(tag, mutableTags),
    ...(settleMs !== undefined ? { settleMs } : {}),
  });
}

/**
 * One line for the referrers destinations could not hold (DestinationReport.leftBehind): where,
 * what, and why; undefined when every referrer was carried.
 */
export function leftBehindWarning(report: Pick<CopyReport, "destinations">): string | undefined {
  const behind = report.destinations.filter((item) => item.leftBehind && item.leftBehind.length > 0);
  if (behind.length === 0) return undefined;
  const registries = behind.map((item) => item.destination.slice(0, item.destination.indexOf("/")));
  const what = behind.map((item) => {
    const entries = item.leftBehind ?? [];
    const kinds = new Map<string, number>();
    for (const entry of entries) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
    const subjects = [...new Set(entries.map((entry) => entry.subject))].join(", ");
    const counts = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(", ");
    return `${counts} of ${subjects} left behind at ${item.destination}`;
  });
  return `${indexReferrerLimit(registries)}: ${what.join("; ")} (everything else was copied)`;
}
