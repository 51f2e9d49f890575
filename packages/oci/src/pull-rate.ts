/**
 * Docker Hub's pull limits, as its registry reports them on manifest requests:
 * `ratelimit-limit: 100;w=21600` and `ratelimit-remaining: 76;w=21600` (pulls per window of
 * seconds). A mirror job reads them so a release engineer hears of a nearly spent allowance
 * before a scheduled audit starts failing with 429s.
 */
import { DOCKER_HUB } from "./reference.ts";
import { type Headers, headerValue } from "./transport.ts";

/**
 * Whether a manifest GET on `registry` spends a pull of a metered allowance (Docker Hub counts GETs,
 * not HEADs): where it does, a lookup that may find nothing to do asks with HEAD.
 */
export function metersPulls(registry: string): boolean {
  return registry === DOCKER_HUB;
}

export interface PullRate {
  remaining: number;
  limit?: number;
  /** Seconds the allowance spans. */
  windowSeconds?: number;
}

function parseQuota(value: string | undefined): { count: number; window?: number } | undefined {
  const match = /^\s*(\d+)\s*(?:;\s*w=(\d+))?/.exec(value ?? "");
  if (!match) return undefined;
  return { count: Number(match[1]), ...(match[2] ? { window: Number(match[2]) } : {}) };
}

export function pullRateOf(headers: Headers): PullRate | undefined {
  const remaining = parseQuota(headerValue(headers, "ratelimit-remaining"));
  if (!remaining) return undefined;
  const limit = parseQuota(headerValue(headers, "ratelimit-limit"));
  return {
    remaining: remaining.count,
    ...(limit ? { limit: limit.count } : {}),
    ...((remaining.window ?? limit?.window) ? { windowSeconds: remaining.window ?? limit?.window } : {}),
  };
}

/** Low: under a tenth of the limit, or under 10 pulls when the limit is not given. */
export function isLowPullRate(rate: PullRate): boolean {
  return rate.limit !== undefined ? rate.remaining < rate.limit / 10 : rate.remaining < 10;
}

/**
 * What a 429 says of a spent allowance, for its error line: `0 of 100 pulls left per 6 h window`;
 * undefined when the answer reports no allowance, or one not spent.
 */
export function spentAllowance(status: number, headers: Headers): string | undefined {
  const rate = status === 429 ? pullRateOf(headers) : undefined;
  if (!rate || rate.remaining > 0) return undefined;
  const window = rate.windowSeconds
    ? ` per ${rate.windowSeconds % 3600 === 0 ? `${rate.windowSeconds / 3600} h` : `${rate.windowSeconds} s`} window`
    : "";
  return `pull allowance spent: 0${rate.limit !== undefined ? ` of ${rate.limit}` : ""} pulls left${window}`;
}
