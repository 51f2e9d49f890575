/**
 * Adding to a tag that other writers add to at the same moment: cosign's `sha256-<hex>.sig` and
 * `.att` images, the referrers fallback index `sha256-<hex>`. The distribution spec has no atomic
 * append and no compare-and-swap on tags, so two writers that both read before either writes each
 * put a manifest without the other's addition, the last one wins, and both report success.
 *
 * So every writer reads, merges, writes, then waits for anyone who read before its write to have
 * written too, and reads back: if its addition is gone, the other writer replaced the manifest
 * without it, and it merges again (the other's content plus its own) after a jittered pause. Since
 * every write is a superset of what its writer read, the rounds converge to a manifest with both.
 *
 * A writer can also look again just before its final PUT (`write` answering "stale" when the tag
 * no longer holds what it read): then it merges again at once instead of overwriting. That shrinks
 * the span in which its PUT can replace someone's addition from read-to-write (several requests:
 * under load, on a starved runner, hundreds of milliseconds) to one HEAD-to-PUT.
 *
 * The window that remains: a writer paused between that last look and its PUT for longer than our
 * settle delay, or a registry serving reads from a stale replica, can still put a manifest without
 * ours after our read-back; it then verifies only its own addition and ours is lost with both runs
 * reporting success. The settle delay is at least 200 ms and twice our own read-to-write time.
 * Serialising writers per repository (a workflow `concurrency:` group) closes it.
 */
import { OciError } from "./errors.ts";

export interface MergeTarget<T> {
  /** What the tag holds now; undefined when there is nothing yet. */
  read(): Promise<T | undefined>;
  /** Whether `current` already holds our addition (or its equivalent, e.g. the same key's signature). */
  holds(current: T | undefined): boolean | Promise<boolean>;
  /**
   * Put `current` with our addition merged in; "stale" (nothing put) when a last look just before
   * the PUT found the tag changed since `current` was read.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a writer that never looks again returns nothing at all
  write(current: T | undefined): Promise<void | "stale">;
}

export interface ReadMergeWriteOptions {
  attempts?: number;
  /** Waits between writing and reading back: at least `minSettleMs`, at most `maxSettleMs`. */
  minSettleMs?: number;
  maxSettleMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/** Our addition was replaced by concurrent writers on every attempt. */
export class ConcurrentUpdateError extends OciError {
  override name = "ConcurrentUpdateError";
}

const DEFAULTS = { attempts: 6, minSettleMs: 200, maxSettleMs: 3000 };

/**
 * Merge our addition into `what` until a read-back after the settle delay shows it is there.
 * "exists" when the first read already held it (nothing written), "written" otherwise.
 */
export async function readMergeWrite<T>(
  what: string,
  target: MergeTarget<T>,
  options: ReadMergeWriteOptions = {},
): Promise<"written" | "exists"> {
  const attempts = options.attempts ?? DEFAULTS.attempts;
  const minSettleMs = options.minSettleMs ?? DEFAULTS.minSettleMs;
  const maxSettleMs = options.maxSettleMs ?? DEFAULTS.maxSettleMs;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  let started = now();
  let current = await target.read();
  if (await target.holds(current)) return "exists";
  for (let attempt = 1; ; attempt++) {
    if ((await target.write(current)) !== "stale") {
      // A writer that read before our write needs about as long as we did from read to write; wait
      // twice that (at least the floor), with jitter so two writers do not read back in lockstep.
      const readToWrite = now() - started;
      const jitter = random() * minSettleMs * 0.5;
      await sleep(Math.min(maxSettleMs, Math.max(minSettleMs, 2 * readToWrite) + jitter));
      if (await target.holds(await target.read())) return "written";
    }
    if (attempt >= attempts)
      throw new ConcurrentUpdateError(
        `${what}: concurrent writers replaced it without our addition ${attempts} times; it is not there, try again`,
      );
    // Full jitter, growing: writers that keep colliding spread apart.
    await sleep(random() * Math.min(maxSettleMs, 50 * 2 ** attempt));
    started = now();
    current = await target.read();
    if (await target.holds(current)) return "written";
  }
}
