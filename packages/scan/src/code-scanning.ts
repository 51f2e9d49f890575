/**
 * GitHub Code Scanning, as trivy-scan uses it: upload one SARIF (already gzipped and base64-encoded
 * by the caller), optionally wait for GitHub to process it, and list which categories the tool has
 * analyses in (to retire the categories of release lines that left the discovery window).
 *
 * The Octokit of @actions/github carries only the REST-methods and pagination plugins, no retry or
 * throttling, so the retries live here: server faults, network failures (Octokit reports them as
 * status 500) and rate limits are tried again a bounded number of times, waiting what GitHub asks
 * (Retry-After, X-RateLimit-Reset) only when that is within a bound. Everything else becomes a
 * `CodeScanningError` of one line: the failures a user meets most (code scanning not enabled, the
 * workflow without `security-events: write`, a bad token) are explained, not just quoted. Whatever
 * GitHub said is outside text: flattened, bounded and stripped of the token before it is quoted.
 */
import type { getOctokit } from "@actions/github";
import { oneLine, parseRetryAfter, quoteValue } from "@image-actions/oci";

export type Octokit = ReturnType<typeof getOctokit>;

/** What went wrong, for callers that act on it (e.g. skip the upload when code scanning is off). */
export type CodeScanningProblem =
  /** Code scanning (Code Security / Advanced Security) is not enabled for the repository. */
  | "disabled"
  /** The token may not use code scanning here: `security-events: write` is missing (or no such repository). */
  | "permission"
  /** GitHub refused the token itself (401). */
  | "credentials"
  /** GitHub refused the request or the SARIF (400, 413, 422, another 403). */
  | "refused"
  /** A rate limit that did not lift within the wait we allow. */
  | "rate-limited"
  /** Server faults or network failures that outlasted the retries. */
  | "unavailable"
  /** GitHub answered something its contract does not allow. */
  | "bad-response"
  /** An argument that cannot be sent (a ref or commit SHA of the wrong form). */
  | "bad-input";

/** A Code Scanning failure that is the user's to fix (or GitHub's to recover from): one line, no stack. */
export class CodeScanningError extends Error {
  override name = "CodeScanningError";
  readonly problem: CodeScanningProblem;
  /** The HTTP status GitHub answered with, when it answered. */
  readonly status: number | undefined;

  constructor(problem: CodeScanningProblem, message: string, status?: number) {
    super(message);
    this.problem = problem;
    this.status = status;
  }
}

export interface RetryOptions {
  /** Waits before each retry of a failed request; their count bounds the retries (default 1 s, 4 s, 10 s). */
  retryDelaysMs?: number[];
  /** The longest wait GitHub may ask for (Retry-After, a rate limit's reset) before we give up (default 60 s). */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface UploadSarifArgs {
  owner: string;
  repo: string;
  /** Base64 of the gzipped SARIF log. */
  sarif: string;
  commitSha: string;
  /** A full Git reference: `refs/heads/…`, `refs/tags/…` or `refs/pull/…`. */
  ref: string;
  checkoutUri?: string;
  toolName?: string;
}

export interface UploadSarifOptions extends RetryOptions {
  /** Poll the upload until GitHub has processed it (or the polls run out). */
  wait: boolean;
  /** Waits before each status poll; their sum bounds the wait (default about two minutes). */
  pollDelaysMs?: number[];
}

export type ProcessingStatus = "pending" | "complete" | "failed" | "not-waited";

export interface UploadReceipt {
  /** GitHub's id of the SARIF upload. */
  id: string;
  /** The REST URL of the upload's status, as GitHub gave it. */
  url?: string;
  /** `pending` after waiting means GitHub had not finished when the polls ran out. */
  processingStatus: ProcessingStatus;
  /** GitHub's processing errors when `failed` (defused: one line each, bounded). */
  errors: string[];
  /** Why the wait ended without an answer (polls ran out, or polling kept failing): worth a warning. */
  warning?: string;
}

export interface CategoryAnalysis {
  /** When the newest analysis in the category was uploaded. */
  lastUploadedAt: Date;
  /** The result count of that newest analysis. */
  resultsCount: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 4_000, 10_000];
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/**
 * GitHub asks clients that hit a secondary rate limit without a Retry-After to wait at least a
 * minute; anything shorter just hits it again.
 */
const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;
/** About two minutes in all, as long as GitHub usually takes; processing goes on after we stop. */
const DEFAULT_POLL_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 10_000, 15_000, 15_000, 20_000, 20_000, 20_000];
/** One wait (poll or retry delay) at the most, whatever a caller passes. */
const MAX_DELAY_MS = 60_000;
/** Pages of 100 analyses at the most: 10,000 analyses, years of weekly rescans. */
const MAX_ANALYSIS_PAGES = 100;
const ANALYSES_PER_PAGE = 100;
/** Processing errors quoted at the most: a broken SARIF can produce one per result. */
const MAX_QUOTED_ERRORS = 20;
/** GitHub's limit for one upload: 10 MB of gzipped SARIF. */
const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
const COMMIT_SHA = /^[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?$/;
const FULL_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
/** A SARIF id goes into a URL path: it must look like the UUIDs GitHub hands out, nothing stranger. */
const SARIF_ID = /^[A-Za-z0-9_-]{1,128}$/;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

/** What Octokit throws for an HTTP failure (its RequestError), without depending on its class. */
interface HttpFailure {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return (
    error instanceof Error &&
    typeof (error as { status?: unknown }).status === "number" &&
    (error as { name: string }).name === "HttpError"
  );
}

function header(failure: HttpFailure, name: string): string | undefined {
  const value = failure.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** GitHub's `message` field, when its body has one. */
function githubMessage(failure: HttpFailure): string | undefined {
  const data = failure.response?.data;
  if (typeof data === "object" && data !== null && typeof (data as { message?: unknown }).message === "string") {
    return (data as { message: string }).message;
  }
  return undefined;
}

/** The token, for scrubbing it out of anything GitHub (or a proxy) says back. */
async function tokenOf(octokit: Octokit): Promise<string | undefined> {
  try {
    const auth = (await octokit.auth()) as { token?: unknown };
    return typeof auth.token === "string" && auth.token.length > 0 ? auth.token : undefined;
  } catch {
    return undefined;
  }
}

/** Outside text made fit for a message: the token removed, then one bounded line. */
function defuse(text: string, token: string | undefined, max = 200): string {
  const scrubbed = token ? text.split(token).join("***") : text;
  return oneLine(scrubbed, max);
}

function quoted(text: string, token: string | undefined): string {
  return quoteValue(defuse(text, token, 300), 200);
}

const DISABLED = /(?:Code Security|Advanced Security) must be enabled|code scanning is not enabled/i;
const NOT_ACCESSIBLE = /Resource not accessible by integration/i;
const SECONDARY_RATE_LIMIT = /secondary rate limit/i;
/** GitHub answers the analyses list with 404 when the repository has no analysis at all. */
const NO_ANALYSIS = /no analysis found/i;

function isRateLimited(failure: HttpFailure): boolean {
  if (failure.status !== 403 && failure.status !== 429) return false;
  return (
    failure.status === 429 ||
    header(failure, "x-ratelimit-remaining") === "0" ||
    header(failure, "retry-after") !== undefined ||
    SECONDARY_RATE_LIMIT.test(githubMessage(failure) ?? "")
  );
}

/** How long GitHub asks us to wait before trying again, when it says. */
function requestedWait(failure: HttpFailure, now: number): number | undefined {
  const retryAfter = parseRetryAfter(header(failure, "retry-after"), now, Number.POSITIVE_INFINITY);
  if (retryAfter !== undefined) return retryAfter;
  if (header(failure, "x-ratelimit-remaining") === "0") {
    const reset = Number(header(failure, "x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) return Math.max(reset * 1000 - now, 0);
  }
  if (SECONDARY_RATE_LIMIT.test(githubMessage(failure) ?? "")) return SECONDARY_RATE_LIMIT_WAIT_MS;
  return undefined;
}

/**
 * A 2xx answer whose body could not be read: Octokit hands a body cut short (or not JSON) over as
 * a string instead of failing, so each operation checks the shape it needs and throws this.
 */
class UnreadableAnswer extends Error {
  override name = "UnreadableAnswer";
}

function isTransient(error: unknown): boolean {
  if (error instanceof UnreadableAnswer) return true;
  return isHttpFailure(error) && (error.status >= 500 || isRateLimited(error));
}

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}

/**
 * `call`, tried again after transient failures while retry delays last. A wait GitHub asks for
 * replaces the delay; one longer than `maxRetryAfterMs` ends the retries at once.
 */
async function withRetries<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const maxWait = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isTransient(error) || attempt >= delays.length) throw error;
      const asked = isHttpFailure(error) ? requestedWait(error, Date.now()) : undefined;
      if (asked !== undefined && asked > maxWait) throw error;
      await sleep(Math.max(asked ?? 0, Math.min(delays[attempt] ?? 0, MAX_DELAY_MS)));
    }
  }
}

/** An Octokit failure as one line a user can act on. Anything that is not an HTTP failure is a bug: rethrown. */
function explain(operation: string, repository: string, error: unknown, token: string | undefined): never {
  if (error instanceof UnreadableAnswer) {
    throw new CodeScanningError(
      "unavailable",
      `${operation}: GitHub's answer could not be read (cut short, or not JSON)`,
    );
  }
  if (!isHttpFailure(error)) throw error;
  const status = error.status;
  const message = githubMessage(error);
  const said = message === undefined ? "" : `: ${quoted(message, token)}`;
  const permissions = "give the workflow (or job) `permissions: security-events: write` and `contents: read`";
  if (status === 401) {
    throw new CodeScanningError(
      "credentials",
      `${operation}: GitHub refused the token (HTTP 401${said}); pass a valid token, e.g. the default github.token`,
      status,
    );
  }
  if (status === 403 && DISABLED.test(message ?? "")) {
    throw new CodeScanningError(
      "disabled",
      `${operation}: code scanning is not enabled for ${repository} (HTTP 403${said}); enable it in the repository's settings under Code security, or do not upload`,
      status,
    );
  }
  if ((status === 403 && NOT_ACCESSIBLE.test(message ?? "")) || status === 404) {
    const which = status === 404 ? `${repository} was not found for this token` : "the token may not use code scanning";
    throw new CodeScanningError("permission", `${operation}: ${which} (HTTP ${status}${said}); ${permissions}`, status);
  }
  if (isRateLimited(error)) {
    throw new CodeScanningError(
      "rate-limited",
      `${operation}: GitHub's rate limit did not lift in time (HTTP ${status}${said}); try again later`,
      status,
    );
  }
  if (status === 413) {
    throw new CodeScanningError(
      "refused",
      `${operation}: the SARIF is larger than GitHub accepts (10 MB gzipped) (HTTP 413${said})`,
      status,
    );
  }
  if (status >= 500) {
    // Octokit reports a failure to reach GitHub at all as 500 with no response.
    const cause = error.response ? `HTTP ${status}${said}` : `no answer: ${quoted(error.message, token)}`;
    throw new CodeScanningError("unavailable", `${operation}: GitHub's API kept failing (${cause})`, status);
  }
  throw new CodeScanningError("refused", `${operation}: GitHub refused the request (HTTP ${status}${said})`, status);
}

async function callGitHub<T>(
  octokit: Octokit,
  operation: string,
  repository: string,
  call: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  try {
    return await withRetries(call, options);
  } catch (error) {
    explain(operation, repository, error, await tokenOf(octokit));
  }
}

function badResponse(operation: string, problem: string): CodeScanningError {
  return new CodeScanningError("bad-response", `${operation}: GitHub's answer ${problem}`);
}

function checkRef(ref: string, what: string): string {
  if (!FULL_REF.test(ref)) {
    throw new CodeScanningError(
      "bad-input",
      `${what} ${quoteValue(ref)} is not a full Git reference (refs/heads/<branch>, refs/tags/<tag> or refs/pull/<number>/merge)`,
    );
  }
  return ref;
}

function checkSha(sha: string, what: string): string {
  if (!COMMIT_SHA.test(sha)) {
    throw new CodeScanningError("bad-input", `${what} ${quoteValue(sha)} is not a full commit SHA (40 hex digits)`);
  }
  return sha;
}

/**
 * Uploads one SARIF and, with `wait`, polls until GitHub has processed it. A `failed` processing
 * is returned with GitHub's errors, for the caller to fail the step with; polls that run out return
 * `pending` with a warning, as processing goes on without us.
 */
export async function uploadSarif(
  octokit: Octokit,
  args: UploadSarifArgs,
  options: UploadSarifOptions,
): Promise<UploadReceipt> {
  const { owner, repo } = args;
  const repository = `${owner}/${repo}`;
  const operation = `upload SARIF to ${repository}`;
  checkRef(args.ref, "ref");
  checkSha(args.commitSha, "commit SHA");
  if (args.sarif.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(args.sarif)) {
    throw new CodeScanningError("bad-input", `${operation}: the SARIF is not base64 (of gzip)`);
  }
  const gzippedBytes = Math.floor((args.sarif.length * 3) / 4);
  if (gzippedBytes > MAX_GZIPPED_BYTES) {
    throw new CodeScanningError(
      "bad-input",
      `${operation}: the gzipped SARIF is about ${gzippedBytes} bytes, over GitHub's limit of 10 MB`,
    );
  }
  const response = await callGitHub(
    octokit,
    operation,
    repository,
    async () => {
      const answer = await octokit.rest.codeScanning.uploadSarif({
        owner,
        repo,
        commit_sha: args.commitSha,
        ref: args.ref,
        sarif: args.sarif,
        ...(args.checkoutUri === undefined ? {} : { checkout_uri: args.checkoutUri }),
        ...(args.toolName === undefined ? {} : { tool_name: args.toolName }),
      });
      // Sending the same SARIF again is safe: GitHub files it under the same commit and category.
      if (!isObject(answer.data)) throw new UnreadableAnswer();
      return answer;
    },
    options,
  );
  const id: unknown = response.data.id;
  if (typeof id !== "string" || !SARIF_ID.test(id)) {
    throw badResponse(operation, `has no usable upload id (${quoteValue(id, 60)})`);
  }
  const url = typeof response.data.url === "string" ? oneLine(response.data.url, 500) : undefined;
  const receipt: UploadReceipt = {
    id,
    ...(url === undefined ? {} : { url }),
    processingStatus: "not-waited",
    errors: [],
  };
  if (!options.wait) return receipt;
  return { ...receipt, ...(await waitForProcessing(octokit, { owner, repo, sarifId: id }, options)) };
}

export interface ProcessingOutcome {
  processingStatus: "pending" | "complete" | "failed";
  errors: string[];
  warning?: string;
}

/**
 * Polls an upload's processing status after each of `pollDelaysMs`. A status GitHub cannot find
 * yet counts as pending (the upload was accepted moments ago with the same token); polling that
 * keeps failing stops the wait with a warning rather than failing a step whose upload went through.
 */
export async function waitForProcessing(
  octokit: Octokit,
  upload: { owner: string; repo: string; sarifId: string },
  options: Omit<UploadSarifOptions, "wait"> = {},
): Promise<ProcessingOutcome> {
  const { owner, repo, sarifId } = upload;
  const repository = `${owner}/${repo}`;
  const operation = `processing status of SARIF ${sarifId} in ${repository}`;
  const sleep = options.sleep ?? defaultSleep;
  const delays = (options.pollDelaysMs ?? DEFAULT_POLL_DELAYS_MS).map((delay) =>
    Math.min(Math.max(delay, 0), MAX_DELAY_MS),
  );
  const waited = () => Math.round(delays.reduce((sum, delay) => sum + delay, 0) / 1000);
  const token = await tokenOf(octokit);
  for (const delay of delays) {
    await sleep(delay);
    let data: Record<string, unknown>;
    try {
      data = await withRetries(async () => {
        const answer = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: sarifId });
        if (!isObject(answer.data)) throw new UnreadableAnswer();
        return answer.data;
      }, options);
    } catch (error) {
      if (isHttpFailure(error) && error.status === 404) continue;
      if (isTransient(error)) {
        const cause = !isHttpFailure(error)
          ? "unreadable answers"
          : error.response
            ? `HTTP ${error.status}`
            : "no answer";
        return {
          processingStatus: "pending",
          errors: [],
          warning: `${operation}: polling stopped (${cause}); GitHub processes the upload regardless, but errors in its processing are not reported here`,
        };
      }
      explain(operation, repository, error, token);
    }
    const status = data.processing_status;
    if (status === "complete") return { processingStatus: "complete", errors: [] };
    if (status === "failed") return { processingStatus: "failed", errors: processingErrors(data.errors, token) };
    if (status !== "pending")
      throw badResponse(operation, `has an unknown processing status ${quoteValue(status, 40)}`);
  }
  return {
    processingStatus: "pending",
    errors: [],
    warning: `${operation}: GitHub had not finished processing after ${waited()} s; its results appear when it has, but errors in its processing are not reported here`,
  };
}

function processingErrors(errors: unknown, token: string | undefined): string[] {
  const list = Array.isArray(errors) ? errors.filter((error): error is string => typeof error === "string") : [];
  if (list.length === 0) return ["GitHub reported the processing failed, without saying why"];
  const shown = list.slice(0, MAX_QUOTED_ERRORS).map((error) => defuse(error, token, 500));
  if (list.length > MAX_QUOTED_ERRORS) shown.push(`… and ${list.length - MAX_QUOTED_ERRORS} more errors`);
  return shown;
}

/** A category as we name it: GitHub files runs under their automation id up to its last `/`, which may be kept. */
function categoryName(category: string): string {
  return category.endsWith("/") ? category.slice(0, -1) : category;
}

/**
 * The categories `toolName` has analyses in on `ref`, each with its newest analysis's upload time
 * and result count. Keys are categories as we write them, without the trailing `/` of the
 * automation id. A repository with no analysis at all (GitHub's 404 "no analysis found") has none.
 */
export async function analysisCategories(
  octokit: Octokit,
  args: { owner: string; repo: string; toolName: string; ref: string },
  options: RetryOptions = {},
): Promise<Map<string, CategoryAnalysis>> {
  const { owner, repo, toolName } = args;
  const repository = `${owner}/${repo}`;
  const ref = checkRef(args.ref, "ref");
  const operation = `list ${toolName} analyses of ${repository}`;
  const analyses: unknown[] = [];
  // Page by page rather than with octokit.paginate: each page is retried on its own, and a page cut
  // short (Octokit hands it over as a string) is caught here instead of in paginate's normaliser.
  // Pages are asked for by number, on the API's own origin, while GitHub's Link says there is a next.
  for (let page = 1; page <= MAX_ANALYSIS_PAGES; page++) {
    let answer: { data: unknown[]; more: boolean };
    try {
      answer = await withRetries(async () => {
        const response = await octokit.rest.codeScanning.listRecentAnalyses({
          owner,
          repo,
          tool_name: toolName,
          ref,
          per_page: ANALYSES_PER_PAGE,
          page,
        });
        const data: unknown = response.data;
        if (!Array.isArray(data)) throw new UnreadableAnswer();
        return { data, more: /rel="?next"?/.test(String(response.headers.link ?? "")) };
      }, options);
    } catch (error) {
      if (isHttpFailure(error) && error.status === 404 && NO_ANALYSIS.test(githubMessage(error) ?? "")) break;
      explain(operation, repository, error, await tokenOf(octokit));
    }
    analyses.push(...answer.data);
    if (!answer.more || answer.data.length === 0) break;
  }
  const categories = new Map<string, CategoryAnalysis>();
  for (const analysis of analyses) {
    const { category, created_at, results_count, tool } = analysis as Record<string, unknown>;
    if ((tool as { name?: unknown } | undefined)?.name !== toolName) continue;
    const uploadedAt = typeof created_at === "string" ? new Date(created_at) : new Date(Number.NaN);
    if (typeof category !== "string" || Number.isNaN(uploadedAt.getTime())) {
      throw badResponse(operation, "lists an analysis without a category or creation time");
    }
    const resultsCount = Number.isSafeInteger(results_count) ? (results_count as number) : 0;
    const name = categoryName(category);
    const known = categories.get(name);
    if (!known || known.lastUploadedAt < uploadedAt) {
      categories.set(name, { lastUploadedAt: uploadedAt, resultsCount });
    }
  }
  return categories;
}

export interface UploadTargetArgs {
  /** The `ref` input ("" or undefined when not given). */
  ref?: string;
  /** The `sha` input ("" or undefined when not given). */
  sha?: string;
  /** The workflow event (GITHUB_EVENT_NAME). */
  eventName: string;
  /** The event's ref (GITHUB_REF). */
  eventRef: string;
  /** The event's commit (GITHUB_SHA). */
  eventSha: string;
  /** The repository's default branch (`main` or `refs/heads/main`), when known. */
  defaultBranch?: string;
}

/**
 * The commit and ref an upload is filed against. Explicit `ref` and `sha` win, and go together (a
 * ref with another commit's SHA would file alerts on the wrong code). A scheduled run files on the
 * default branch, whose head GitHub runs schedules on; any other event on its own ref and commit
 * (a pull request's merge ref, a tag, a branch).
 */
export function defaultRefAndSha(args: UploadTargetArgs): { ref: string; commitSha: string } {
  const ref = args.ref?.trim() ?? "";
  const sha = args.sha?.trim() ?? "";
  if (ref !== "" || sha !== "") {
    if (ref === "" || sha === "") {
      throw new CodeScanningError("bad-input", "inputs 'ref' and 'sha' go together: give both, or neither");
    }
    return { ref: checkRef(ref, "input 'ref'"), commitSha: checkSha(sha, "input 'sha'") };
  }
  const defaultBranch = args.defaultBranch?.trim() ?? "";
  const eventRef =
    args.eventName === "schedule" && defaultBranch !== ""
      ? defaultBranch.startsWith("refs/")
        ? defaultBranch
        : `refs/heads/${defaultBranch}`
      : args.eventRef;
  return {
    ref: checkRef(eventRef, `the ${args.eventName || "workflow"} event's ref`),
    commitSha: checkSha(args.eventSha, `the ${args.eventName || "workflow"} event's commit`),
  };
}
