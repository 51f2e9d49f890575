/**
 * Moving one blob to every destination that lacks it, reading the source once: the verified source
 * stream is piped into one PassThrough per destination upload, so backpressure from the slowest
 * destination paces the read and memory stays flat whatever the blob size. Destinations on the
 * source's registry get a cross-repository mount instead of bytes.
 *
 * A branch that nobody reads stops the source for every branch (pipe pauses on the fullest one), so
 * the stream gets exactly one branch per registry, each read by an upload that starts at once:
 * - destinations in one repository (several tags) share one upload: the registry client would
 *   answer a second upload of the same blob and repository with the first one's outcome and never
 *   read its branch, which hung a mirror to four tags of one repository;
 * - further repositories on the same registry get a cross-repository mount from the repository the
 *   bytes went to, after it has them (bytes again only where the registry refuses the mount), so
 *   one blob never waits on two request slots of one registry while holding the source.
 */
import { PassThrough, type Readable } from "node:stream";
import type { Descriptor } from "../manifest.ts";
import type { Reference } from "../reference.ts";
import type { RegistryClient } from "../registry-client.ts";
import type { RequestStats } from "../transport.ts";

export interface BlobTarget {
  client: RegistryClient;
  destination: Reference;
  stats: RequestStats;
}

export interface BlobOutcome {
  target: BlobTarget;
  outcome?: "uploaded" | "mounted" | "exists";
  error?: Error;
}

export interface FanOutSource {
  client: RegistryClient;
  repository: string;
  stats: RequestStats;
  /** Counts bytes read from the source, to prove each blob is read once. */
  onBytes: (bytes: number) => void;
}

export async function copyBlobToTargets(
  source: FanOutSource,
  blob: Descriptor,
  targets: BlobTarget[],
): Promise<BlobOutcome[]> {
  // One representative per repository: the others take its outcome, as "exists" when it succeeded.
  const byRepository = new Map<string, BlobTarget[]>();
  for (const target of targets) {
    const key = repositoryKey(target);
    byRepository.set(key, [...(byRepository.get(key) ?? []), target]);
  }
  const representatives = [...byRepository.values()].map((group) => group[0] as BlobTarget);
  const moved = await moveToRepositories(source, blob, representatives);
  return targets.map((target): BlobOutcome => {
    const group = byRepository.get(repositoryKey(target)) as BlobTarget[];
    const outcome = moved.find((result) => result.target === group[0]) as BlobOutcome;
    if (target === group[0]) return outcome;
    return outcome.error ? { target, error: outcome.error } : { target, outcome: "exists" };
  });
}

function repositoryKey(target: BlobTarget): string {
  return `${target.destination.registry}/${target.destination.repository}`;
}

/** The blob into each of `targets`, one per repository, in the order given. */
async function moveToRepositories(
  source: FanOutSource,
  blob: Descriptor,
  targets: BlobTarget[],
): Promise<BlobOutcome[]> {
  const openSource = (): Readable => {
    // Counted as it is received: a 'data' listener here would start the stream flowing before the
    // upload that reads it is ready.
    return source.client.openBlob(source.repository, blob, source.stats, source.onBytes);
  };
  const mountInto = async (target: BlobTarget, from: string): Promise<BlobOutcome> => {
    try {
      const result = await target.client.uploadBlob(target.destination.repository, blob, openSource, {
        mountFrom: from,
        stats: target.stats,
        skipExistsCheck: true,
      });
      return { target, outcome: result.outcome };
    } catch (error) {
      return { target, error: error as Error };
    }
  };

  const sameRegistry = targets.filter((target) => target.client === source.client);
  const mounts = sameRegistry.map((target) => mountInto(target, source.repository));

  // The first repository on each other registry gets the bytes; the rest mount from it afterwards.
  const others = targets.filter((target) => target.client !== source.client);
  const streamedTo = new Map<RegistryClient, BlobTarget>();
  for (const target of others) if (!streamedTo.has(target.client)) streamedTo.set(target.client, target);
  const streamedResults = streamToTargets(openSource, blob, [...streamedTo.values()]);
  const followers = others
    .filter((target) => streamedTo.get(target.client) !== target)
    .map(async (target): Promise<BlobOutcome> => {
      const lead = streamedTo.get(target.client) as BlobTarget;
      const leadOutcome = (await streamedResults).find((result) => result.target === lead) as BlobOutcome;
      if (leadOutcome.error) return { target, error: leadOutcome.error };
      return mountInto(target, lead.destination.repository);
    });

  const results = [...(await Promise.all(mounts)), ...(await streamedResults), ...(await Promise.all(followers))];
  // In the order the targets were given, so callers can pair outcomes with their own records.
  return targets.map((target) => results.find((result) => result.target === target) as BlobOutcome);
}

/** One read of the source, branched to an upload on each target (each on a registry of its own). */
async function streamToTargets(
  openSource: () => Readable,
  blob: Descriptor,
  others: BlobTarget[],
): Promise<BlobOutcome[]> {
  if (others.length === 0) return [];
  const stream = openSource();
  // One destination reads the verified stream itself (a hop and a buffer fewer for every byte);
  // several each get a branch of it.
  const branches: Readable[] =
    others.length === 1
      ? [stream]
      : others.map(() => {
          const branch = new PassThrough({ highWaterMark: 1024 * 1024 });
          // A source failure reaches each upload through its branch; the upload's result reports
          // it, so an error on a branch the HTTP client has already finished with is not a crash.
          branch.on("error", () => {});
          stream.pipe(branch);
          return branch;
        });
  let sourceError: Error | undefined;
  stream.on("error", (error) => {
    sourceError = error;
    for (const branch of branches) if (branch !== stream) branch.destroy(error);
  });
  return Promise.all(
    others.map(async (target, i): Promise<BlobOutcome> => {
      const branch = branches[i] as Readable;
      try {
        const result = await target.client.uploadBlob(target.destination.repository, blob, () => branch, {
          stats: target.stats,
          skipExistsCheck: true,
        });
        return { target, outcome: result.outcome };
      } catch (error) {
        // One destination failing must not stall the others: stop feeding it, keep draining.
        if (branch !== stream) stream.unpipe(branch as PassThrough);
        branch.destroy();
        if (branches.every((other) => other.destroyed)) stream.destroy();
        // When the source failed (a digest that did not verify), that is the cause to report,
        // not the aborted upload it led to.
        return { target, error: sourceError ?? (error as Error) };
      }
    }),
  );
}
