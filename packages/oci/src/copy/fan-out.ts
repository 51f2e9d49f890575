/**
 * Moving one blob to every destination that lacks it, reading the source once: the verified source
 * stream is piped into one PassThrough per destination upload, so backpressure from the slowest
 * destination paces the read and memory stays flat whatever the blob size. Destinations on the
 * source's registry get a cross-repository mount instead of bytes.
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
  const sameRegistry = targets.filter((target) => target.client === source.client);
  const others = targets.filter((target) => target.client !== source.client);
  const openSource = (): Readable => {
    // Counted as it is received: a 'data' listener here would start the stream flowing before the
    // upload that reads it is ready.
    return source.client.openBlob(source.repository, blob, source.stats, source.onBytes);
  };

  const mounts = sameRegistry.map(async (target): Promise<BlobOutcome> => {
    try {
      const result = await target.client.uploadBlob(target.destination.repository, blob, openSource, {
        mountFrom: source.repository,
        stats: target.stats,
        skipExistsCheck: true,
      });
      return { target, outcome: result.outcome };
    } catch (error) {
      return { target, error: error as Error };
    }
  });

  let streamed: Promise<BlobOutcome[]> = Promise.resolve([]);
  if (others.length > 0) {
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
    streamed = Promise.all(
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
  const results = [...(await Promise.all(mounts)), ...(await streamed)];
  // In the order the targets were given, so callers can pair outcomes with their own records.
  return targets.map((target) => results.find((result) => result.target === target) as BlobOutcome);
}
