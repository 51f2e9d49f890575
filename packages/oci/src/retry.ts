/** When and how long to wait before trying a request again. */

/** Statuses worth retrying: timeouts, throttling and server faults; never client errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

const RETRYABLE_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
  "ERR_STREAM_PREMATURE_CLOSE",
]);

/** Connection-level failures: the request may never have arrived, or its answer was cut short. */
export function isRetryableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: string }).code;
    if (code && RETRYABLE_CODES.has(code)) return true;
    if (current instanceof Error && /other side closed|socket hang up|terminated/i.test(current.message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Retry-After as seconds or as an HTTP-date (RFC 9110 §10.2.3), in milliseconds from `now`;
 * undefined when absent or unreadable. Capped so a hostile value cannot stall a job for hours.
 */
export function parseRetryAfter(value: string | undefined, now = Date.now(), capMs = 120_000): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const when = Date.parse(trimmed);
    if (Number.isNaN(when)) return undefined;
    ms = when - now;
  }
  return Math.min(Math.max(ms, 0), capMs);
}

export interface BackoffPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest a server's Retry-After is waited for (2 minutes unless set). */
  maxRetryAfterMs?: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retries: 5, baseDelayMs: 200, maxDelayMs: 15_000 };

/** Exponential backoff with full jitter: spreads retries of many parallel requests apart. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
