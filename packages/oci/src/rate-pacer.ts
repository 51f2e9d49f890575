/**
 * Pacing requests to a published rate instead of running into the limit and backing off: ECR
 * allows 10 PutImage per second per registry, and ECR Public also 10 InitiateLayerUpload and 10
 * CompleteLayerUpload per second. Beyond the limit they answer 429 and the copy slows down far more
 * than the pacing would have. A token bucket with a burst (GCRA): each call reserves the next free
 * slot at once, so concurrent callers never race for one, and waits until it comes.
 */
import { sleep } from "./retry.ts";

export class RatePacer {
  private readonly intervalMs: number;
  private readonly toleranceMs: number;
  private readonly now: () => number;
  private readonly wait: (ms: number) => Promise<void>;
  /** When the bucket would be empty again if no one else asked: the "theoretical arrival time". */
  private theoreticalArrival = Number.NEGATIVE_INFINITY;

  constructor(
    perSecond: number,
    burst: number,
    clock: { now?: () => number; sleep?: (ms: number) => Promise<void> } = {},
  ) {
    this.intervalMs = 1000 / perSecond;
    this.toleranceMs = (burst - 1) * this.intervalMs;
    this.now = clock.now ?? (() => performance.now());
    this.wait = clock.sleep ?? sleep;
  }

  /** How long the caller must wait for its slot (reserved now); 0 within the burst. */
  reserve(): number {
    const now = this.now();
    const arrival = Math.max(this.theoreticalArrival, now);
    this.theoreticalArrival = arrival + this.intervalMs;
    return Math.max(0, arrival - this.toleranceMs - now);
  }

  async take(): Promise<void> {
    const delay = this.reserve();
    if (delay > 0) await this.wait(delay);
  }
}

/** The rates ECR publishes, per registry; undefined members are unpaced. */
export interface EcrPacers {
  putImage?: RatePacer;
  /** ECR Public only: starting and completing a blob upload. */
  initiateUpload?: RatePacer;
  completeUpload?: RatePacer;
}

export function ecrPacers(kind: "private" | "public"): EcrPacers {
  const tenPerSecond = () => new RatePacer(10, 10);
  return kind === "public"
    ? { putImage: tenPerSecond(), initiateUpload: tenPerSecond(), completeUpload: tenPerSecond() }
    : { putImage: tenPerSecond() };
}
