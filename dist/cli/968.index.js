export const id = 968;
export const ids = [968];
export const modules = {

/***/ 17968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatScanDiff: () => (/* binding */ formatScanDiff),
  scanDiff: () => (/* binding */ scanDiff)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
;// CONCATENATED MODULE: ./packages/scan/src/code-scanning.ts

/** A Code Scanning failure that is the user's to fix (or GitHub's to recover from): one line, no stack. */
class CodeScanningError extends Error {
    name = "CodeScanningError";
    problem;
    /** The HTTP status GitHub answered with, when it answered. */
    status;
    constructor(problem, message, status) {
        super(message);
        this.problem = problem;
        this.status = status;
    }
}
const DEFAULT_RETRY_DELAYS_MS = (/* unused pure expression or super */ null && ([1_000, 4_000, 10_000]));
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/**
 * GitHub asks clients that hit a secondary rate limit without a Retry-After to wait at least a
 * minute; anything shorter just hits it again.
 */
const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;
/** About two minutes in all, as long as GitHub usually takes; processing goes on after we stop. */
const DEFAULT_POLL_DELAYS_MS = (/* unused pure expression or super */ null && ([1_000, 2_000, 4_000, 8_000, 10_000, 15_000, 15_000, 20_000, 20_000, 20_000]));
/** One wait (poll or retry delay) at the most, whatever a caller passes. */
const MAX_DELAY_MS = 60_000;
/** Pages of 100 analyses at the most: 10,000 analyses, years of weekly rescans. */
const MAX_ANALYSIS_PAGES = 100;
const ANALYSES_PER_PAGE = 100;
/** Processing errors quoted at the most: a broken SARIF can produce one per result. */
const MAX_QUOTED_ERRORS = 20;
/** GitHub's limit for one upload: 10 MB of gzipped SARIF. */
const MAX_GZIPPED_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
const COMMIT_SHA = /^[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?$/;
const FULL_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
/** A SARIF id goes into a URL path: it must look like the UUIDs GitHub hands out, nothing stranger. */
const SARIF_ID = /^[A-Za-z0-9_-]{1,128}$/;
const defaultSleep = (ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
function isHttpFailure(error) {
    return (error instanceof Error &&
        typeof error.status === "number" &&
        error.name === "HttpError");
}
function header(failure, name) {
    const value = failure.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** GitHub's `message` field, when its body has one. */
function githubMessage(failure) {
    const data = failure.response?.data;
    if (typeof data === "object" && data !== null && typeof data.message === "string") {
        return data.message;
    }
    return undefined;
}
/** The token, for scrubbing it out of anything GitHub (or a proxy) says back. */
async function tokenOf(octokit) {
    try {
        const auth = (await octokit.auth());
        return typeof auth.token === "string" && auth.token.length > 0 ? auth.token : undefined;
    }
    catch {
        return undefined;
    }
}
/** Outside text made fit for a message: the token removed, then one bounded line. */
function defuse(text, token, max = 200) {
    const scrubbed = token ? text.split(token).join("***") : text;
    return oneLine(scrubbed, max);
}
function quoted(text, token) {
    return quoteValue(defuse(text, token, 300), 200);
}
const DISABLED = /(?:Code Security|Advanced Security) must be enabled|code scanning is not enabled/i;
const NOT_ACCESSIBLE = /Resource not accessible by integration/i;
const SECONDARY_RATE_LIMIT = /secondary rate limit/i;
/** GitHub answers the analyses list with 404 when the repository has no analysis at all. */
const NO_ANALYSIS = /no analysis found/i;
function isRateLimited(failure) {
    if (failure.status !== 403 && failure.status !== 429)
        return false;
    return (failure.status === 429 ||
        header(failure, "x-ratelimit-remaining") === "0" ||
        header(failure, "retry-after") !== undefined ||
        SECONDARY_RATE_LIMIT.test(githubMessage(failure) ?? ""));
}
/** How long GitHub asks us to wait before trying again, when it says. */
function requestedWait(failure, now) {
    const retryAfter = parseRetryAfter(header(failure, "retry-after"), now, Number.POSITIVE_INFINITY);
    if (retryAfter !== undefined)
        return retryAfter;
    if (header(failure, "x-ratelimit-remaining") === "0") {
        const reset = Number(header(failure, "x-ratelimit-reset"));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(reset * 1000 - now, 0);
    }
    if (SECONDARY_RATE_LIMIT.test(githubMessage(failure) ?? ""))
        return SECONDARY_RATE_LIMIT_WAIT_MS;
    return undefined;
}
/**
 * A 2xx answer whose body could not be read: Octokit hands a body cut short (or not JSON) over as
 * a string instead of failing, so each operation checks the shape it needs and throws this.
 */
class UnreadableAnswer extends (/* unused pure expression or super */ null && (Error)) {
    name = "UnreadableAnswer";
}
function isTransient(error) {
    if (error instanceof UnreadableAnswer)
        return true;
    return isHttpFailure(error) && (error.status >= 500 || isRateLimited(error));
}
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
/**
 * `call`, tried again after transient failures while retry delays last. A wait GitHub asks for
 * replaces the delay; one longer than `maxRetryAfterMs` ends the retries at once.
 */
async function withRetries(call, options) {
    const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const maxWait = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    const sleep = options.sleep ?? defaultSleep;
    for (let attempt = 0;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            if (!isTransient(error) || attempt >= delays.length)
                throw error;
            const asked = isHttpFailure(error) ? requestedWait(error, Date.now()) : undefined;
            if (asked !== undefined && asked > maxWait)
                throw error;
            await sleep(Math.max(asked ?? 0, Math.min(delays[attempt] ?? 0, MAX_DELAY_MS)));
        }
    }
}
/** An Octokit failure as one line a user can act on. Anything that is not an HTTP failure is a bug: rethrown. */
function explain(operation, repository, error, token) {
    if (error instanceof UnreadableAnswer) {
        throw new CodeScanningError("unavailable", `${operation}: GitHub's answer could not be read (cut short, or not JSON)`);
    }
    if (!isHttpFailure(error))
        throw error;
    const status = error.status;
    const message = githubMessage(error);
    const said = message === undefined ? "" : `: ${quoted(message, token)}`;
    const permissions = "give the workflow (or job) `permissions: security-events: write` and `contents: read`";
    if (status === 401) {
        throw new CodeScanningError("credentials", `${operation}: GitHub refused the token (HTTP 401${said}); pass a valid token, e.g. the default github.token`, status);
    }
    if (status === 403 && DISABLED.test(message ?? "")) {
        throw new CodeScanningError("disabled", `${operation}: code scanning is not enabled for ${repository} (HTTP 403${said}); enable it in the repository's settings under Code security, or do not upload`, status);
    }
    if ((status === 403 && NOT_ACCESSIBLE.test(message ?? "")) || status === 404) {
        const which = status === 404 ? `${repository} was not found for this token` : "the token may not use code scanning";
        throw new CodeScanningError("permission", `${operation}: ${which} (HTTP ${status}${said}); ${permissions}`, status);
    }
    if (isRateLimited(error)) {
        throw new CodeScanningError("rate-limited", `${operation}: GitHub's rate limit did not lift in time (HTTP ${status}${said}); try again later`, status);
    }
    if (status === 413) {
        throw new CodeScanningError("refused", `${operation}: the SARIF is larger than GitHub accepts (10 MB gzipped) (HTTP 413${said})`, status);
    }
    if (status >= 500) {
        // Octokit reports a failure to reach GitHub at all as 500 with no response.
        const cause = error.response ? `HTTP ${status}${said}` : `no answer: ${quoted(error.message, token)}`;
        throw new CodeScanningError("unavailable", `${operation}: GitHub's API kept failing (${cause})`, status);
    }
    throw new CodeScanningError("refused", `${operation}: GitHub refused the request (HTTP ${status}${said})`, status);
}
async function callGitHub(octokit, operation, repository, call, options) {
    try {
        return await withRetries(call, options);
    }
    catch (error) {
        explain(operation, repository, error, await tokenOf(octokit));
    }
}
function badResponse(operation, problem) {
    return new CodeScanningError("bad-response", `${operation}: GitHub's answer ${problem}`);
}
function checkRef(ref, what) {
    if (!FULL_REF.test(ref)) {
        throw new CodeScanningError("bad-input", `${what} ${quoteValue(ref)} is not a full Git reference (refs/heads/<branch>, refs/tags/<tag> or refs/pull/<number>/merge)`);
    }
    return ref;
}
function checkSha(sha, what) {
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
async function uploadSarif(octokit, args, options) {
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
        throw new CodeScanningError("bad-input", `${operation}: the gzipped SARIF is about ${gzippedBytes} bytes, over GitHub's limit of 10 MB`);
    }
    const response = await callGitHub(octokit, operation, repository, async () => {
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
        if (!isObject(answer.data))
            throw new UnreadableAnswer();
        return answer;
    }, options);
    const id = response.data.id;
    if (typeof id !== "string" || !SARIF_ID.test(id)) {
        throw badResponse(operation, `has no usable upload id (${quoteValue(id, 60)})`);
    }
    const url = typeof response.data.url === "string" ? oneLine(response.data.url, 500) : undefined;
    const receipt = {
        id,
        ...(url === undefined ? {} : { url }),
        processingStatus: "not-waited",
        errors: [],
    };
    if (!options.wait)
        return receipt;
    return { ...receipt, ...(await waitForProcessing(octokit, { owner, repo, sarifId: id }, options)) };
}
/**
 * Polls an upload's processing status after each of `pollDelaysMs`. A status GitHub cannot find
 * yet counts as pending (the upload was accepted moments ago with the same token); polling that
 * keeps failing stops the wait with a warning rather than failing a step whose upload went through.
 */
async function waitForProcessing(octokit, upload, options = {}) {
    const { owner, repo, sarifId } = upload;
    const repository = `${owner}/${repo}`;
    const operation = `processing status of SARIF ${sarifId} in ${repository}`;
    const sleep = options.sleep ?? defaultSleep;
    const delays = (options.pollDelaysMs ?? DEFAULT_POLL_DELAYS_MS).map((delay) => Math.min(Math.max(delay, 0), MAX_DELAY_MS));
    const waited = () => Math.round(delays.reduce((sum, delay) => sum + delay, 0) / 1000);
    const token = await tokenOf(octokit);
    for (const delay of delays) {
        await sleep(delay);
        let data;
        try {
            data = await withRetries(async () => {
                const answer = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: sarifId });
                if (!isObject(answer.data))
                    throw new UnreadableAnswer();
                return answer.data;
            }, options);
        }
        catch (error) {
            if (isHttpFailure(error) && error.status === 404)
                continue;
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
        if (status === "complete")
            return { processingStatus: "complete", errors: [] };
        if (status === "failed")
            return { processingStatus: "failed", errors: processingErrors(data.errors, token) };
        if (status !== "pending")
            throw badResponse(operation, `has an unknown processing status ${quoteValue(status, 40)}`);
    }
    return {
        processingStatus: "pending",
        errors: [],
        warning: `${operation}: GitHub had not finished processing after ${waited()} s; its results appear when it has, but errors in its processing are not reported here`,
    };
}
function processingErrors(errors, token) {
    const list = Array.isArray(errors) ? errors.filter((error) => typeof error === "string") : [];
    if (list.length === 0)
        return ["GitHub reported the processing failed, without saying why"];
    const shown = list.slice(0, MAX_QUOTED_ERRORS).map((error) => defuse(error, token, 500));
    if (list.length > MAX_QUOTED_ERRORS)
        shown.push(`… and ${list.length - MAX_QUOTED_ERRORS} more errors`);
    return shown;
}
/** A category as we name it: GitHub files runs under their automation id up to its last `/`, which may be kept. */
function categoryName(category) {
    return category.endsWith("/") ? category.slice(0, -1) : category;
}
/**
 * The categories `toolName` has analyses in on `ref`, each with its newest analysis's upload time
 * and result count. Keys are categories as we write them, without the trailing `/` of the
 * automation id. A repository with no analysis at all (GitHub's 404 "no analysis found") has none.
 */
async function analysisCategories(octokit, args, options = {}) {
    const { owner, repo, toolName } = args;
    const repository = `${owner}/${repo}`;
    const ref = checkRef(args.ref, "ref");
    const operation = `list ${toolName} analyses of ${repository}`;
    const analyses = [];
    // Page by page rather than with octokit.paginate: each page is retried on its own, and a page cut
    // short (Octokit hands it over as a string) is caught here instead of in paginate's normaliser.
    // Pages are asked for by number, on the API's own origin, while GitHub's Link says there is a next.
    for (let page = 1; page <= MAX_ANALYSIS_PAGES; page++) {
        let answer;
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
                const data = response.data;
                if (!Array.isArray(data))
                    throw new UnreadableAnswer();
                return { data, more: /rel="?next"?/.test(String(response.headers.link ?? "")) };
            }, options);
        }
        catch (error) {
            if (isHttpFailure(error) && error.status === 404 && NO_ANALYSIS.test(githubMessage(error) ?? ""))
                break;
            explain(operation, repository, error, await tokenOf(octokit));
        }
        analyses.push(...answer.data);
        if (!answer.more || answer.data.length === 0)
            break;
    }
    const categories = new Map();
    for (const analysis of analyses) {
        const { category, created_at, results_count, tool } = analysis;
        if (tool?.name !== toolName)
            continue;
        const uploadedAt = typeof created_at === "string" ? new Date(created_at) : new Date(Number.NaN);
        if (typeof category !== "string" || Number.isNaN(uploadedAt.getTime())) {
            throw badResponse(operation, "lists an analysis without a category or creation time");
        }
        const resultsCount = Number.isSafeInteger(results_count) ? results_count : 0;
        const name = categoryName(category);
        const known = categories.get(name);
        if (!known || known.lastUploadedAt < uploadedAt) {
            categories.set(name, { lastUploadedAt: uploadedAt, resultsCount });
        }
    }
    return categories;
}
/**
 * The commit and ref an upload is filed against. Explicit `ref` and `sha` win, and go together (a
 * ref with another commit's SHA would file alerts on the wrong code). A scheduled run files on the
 * default branch, whose head GitHub runs schedules on; any other event on its own ref and commit
 * (a pull request's merge ref, a tag, a branch).
 */
function defaultRefAndSha(args) {
    const ref = args.ref?.trim() ?? "";
    const sha = args.sha?.trim() ?? "";
    if (ref !== "" || sha !== "") {
        if (ref === "" || sha === "") {
            throw new CodeScanningError("bad-input", "inputs 'ref' and 'sha' go together: give both, or neither");
        }
        return { ref: checkRef(ref, "input 'ref'"), commitSha: checkSha(sha, "input 'sha'") };
    }
    const defaultBranch = args.defaultBranch?.trim() ?? "";
    const eventRef = args.eventName === "schedule" && defaultBranch !== ""
        ? defaultBranch.startsWith("refs/")
            ? defaultBranch
            : `refs/heads/${defaultBranch}`
        : args.eventRef;
    return {
        ref: checkRef(eventRef, `the ${args.eventName || "workflow"} event's ref`),
        commitSha: checkSha(args.eventSha, `the ${args.eventName || "workflow"} event's commit`),
    };
}

;// CONCATENATED MODULE: ./packages/scan/src/types.ts
/**
 * The shapes the scan package's modules hand each other: what was scanned (a target), what trivy
 * found there (findings), and how those are counted against the vulnerability SLA.
 */
const types_SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"];

;// CONCATENATED MODULE: ./packages/scan/src/filter.ts
/**
 * Which findings are reported and which fail the gate. trivy has already applied the ignore file
 * and VEX documents when it wrote its report, so what arrives here is what the user still owns.
 *
 * - `severity` filters the SARIF and the summary alike (one filter, so they never disagree);
 *   `ignore-unfixed` drops unfixed findings from both.
 * - `fail-on` fails the step only for *fixable* findings at those severities: an unfixed
 *   vulnerability is something to watch, not something a rebuild can change.
 */

/** 0 for UNKNOWN up to 4 for CRITICAL, the order of SEVERITIES. */
function filter_severityRank(severity) {
    return types_SEVERITIES.indexOf(severity);
}
/** A fixed version exists: upgrading the package (rebuilding the image) removes the finding. */
function filter_isFixable(finding) {
    return finding.fixedVersion !== "";
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Highest severity first, then by vulnerability, package, installed path and version: a total
 * order over what identifies a finding, so reports and SARIF come out the same for the same input
 * in any order.
 */
function filter_compareFindings(a, b) {
    return (filter_severityRank(b.severity) - filter_severityRank(a.severity) ||
        compareText(a.vulnerabilityId, b.vulnerabilityId) ||
        compareText(a.packageName, b.packageName) ||
        compareText(a.installedPath, b.installedPath) ||
        compareText(a.installedVersion, b.installedVersion) ||
        compareText(a.fixedVersion, b.fixedVersion) ||
        compareText(a.target, b.target) ||
        compareText(a.targetType, b.targetType) ||
        compareText(a.publishedDate, b.publishedDate) ||
        compareText(a.title, b.title) ||
        compareText(a.primaryUrl, b.primaryUrl) ||
        compareText(a.description, b.description));
}
/** The findings the SARIF and the summary show. */
function reportedFindings(findings, filter) {
    const severities = new Set(filter.severities);
    return findings.filter((finding) => severities.has(finding.severity) && (!filter.ignoreUnfixed || filter_isFixable(finding)));
}
/** The findings that fail the step: fixable, at one of the `fail-on` severities. */
function gateFailures(findings, failOn) {
    const severities = new Set(failOn);
    return findings.filter((finding) => filter_isFixable(finding) && severities.has(finding.severity));
}

;// CONCATENATED MODULE: ./packages/scan/src/scan-delta.ts
/**
 * The CVE delta between two scans (issue 25): what a rebuild fixed and what it brought in against
 * the image it replaces, per platform. Both images are scanned in one run against the one DB
 * (vulnerability-db.ts fetches it once per job), so every difference is the images' own: compared
 * with a scan made last week, a DB refresh would "fix" or "add" findings no image change caused.
 *
 * A finding is matched by vulnerability ID and package name (trivy's `VulnerabilityID` and
 * `PkgName`), not by installed version:
 * - fixed: the old image has it, the new one does not (the package was upgraded past the fix, or
 *   removed);
 * - new: the new image has it, the old one did not;
 * - still affected: both have it. When the installed version changed (a point release that did not
 *   carry this fix) the finding is neither fixed nor new: the vulnerability still ships, and its
 *   Code Scanning alert (keyed by rule and location, not version) stays open as well. Such findings
 *   are listed apart (`versionChanged`, old → new installed version), so a reader sees the package
 *   moved without it counting as a fix.
 * One ID in one package at several paths (language packages) is one finding here: it is fixed only
 * when no path has it any more.
 *
 * Findings the scan's ignore file or VEX accepted (trivy's suppressed findings) are not reported,
 * but a rebuild that removes one still closes it: a fixed finding may be an accepted one, marked
 * `accepted` (the nightly that ships glibc's fix says so although the release accepted the CVE). An
 * accepted finding still in the new image is neither fixed nor new; new findings are reported ones
 * only, since an accepted one is no news to the gate.
 *
 * Targets are paired by platform. A single-platform image (no platform of its own in the scan) is
 * paired with the other side when that side has exactly one target; a platform only one side has
 * is reported as not compared, never as all-fixed or all-new.
 */


function findingKey(finding) {
    return JSON.stringify([finding.vulnerabilityId, finding.packageName]);
}
/** One finding per key, the first in compareFindings order (highest severity, then by ID). */
function byKey(findings) {
    const keyed = new Map();
    for (const finding of [...findings].sort(filter_compareFindings)) {
        const key = findingKey(finding);
        if (!keyed.has(key))
            keyed.set(key, finding);
    }
    return keyed;
}
function deltaFinding(finding) {
    return {
        vulnerabilityId: finding.vulnerabilityId,
        packageName: finding.packageName,
        severity: finding.severity,
        installedVersion: finding.installedVersion,
        fixedVersion: finding.fixedVersion,
        title: finding.title,
        primaryUrl: finding.primaryUrl,
    };
}
function countBySeverity(findings) {
    const counts = Object.fromEntries(types_SEVERITIES.map((severity) => [severity, 0]));
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/**
 * Findings fixed and new going from `before` (the old image's) to `after` (the new image's), with
 * what each scan accepted (see the module comment).
 */
function findingDelta(before, after, accepted = {}) {
    const old = byKey(before);
    const current = byKey(after);
    const oldAccepted = byKey(accepted.before ?? []);
    const currentAccepted = byKey(accepted.after ?? []);
    const stillThere = (key) => current.has(key) || currentAccepted.has(key);
    const fixed = [
        ...[...old].filter(([key]) => !stillThere(key)).map(([, finding]) => deltaFinding(finding)),
        ...[...oldAccepted]
            .filter(([key]) => !old.has(key) && !stillThere(key))
            .map(([, finding]) => ({ ...deltaFinding(finding), accepted: true })),
    ];
    const added = [...current]
        .filter(([key]) => !old.has(key) && !oldAccepted.has(key))
        .map(([, finding]) => deltaFinding(finding));
    const versionChanged = [];
    let stillAffected = 0;
    for (const [key, finding] of current) {
        const previous = old.get(key);
        if (!previous)
            continue;
        stillAffected += 1;
        if (previous.installedVersion !== finding.installedVersion)
            versionChanged.push({ ...deltaFinding(finding), previousVersion: previous.installedVersion });
    }
    return {
        fixed,
        new: added,
        versionChanged,
        stillAffected,
        counts: { fixed: countBySeverity(fixed), new: countBySeverity(added) },
    };
}
/** The baseline target `target` is compared with (see the module comment), or undefined. */
function pairedTarget(target, baseline) {
    if (target.platform) {
        const same = baseline.find((item) => item.target.platform === target.platform);
        if (same)
            return same;
    }
    if (baseline.length === 1 && (!target.platform || !baseline[0]?.target.platform))
        return baseline[0];
    return undefined;
}
/** Each target of `current` against its pair in `baseline`, in `current`'s order. */
function scanDeltas(current, baseline) {
    return current.map((item) => {
        const pair = pairedTarget(item.target, baseline);
        const platform = item.target.platform ?? pair?.target.platform ?? null;
        if (!pair)
            return { platform };
        return {
            platform,
            against: pair.target,
            delta: findingDelta(pair.findings, item.findings, {
                ...(pair.accepted ? { before: pair.accepted } : {}),
                ...(item.accepted ? { after: item.accepted } : {}),
            }),
        };
    });
}
/** Baseline targets no target of `current` pairs with: platforms the new image no longer has. */
function unpairedBaseline(current, baseline) {
    const paired = new Set(current.map((item) => pairedTarget(item.target, baseline)));
    return baseline.filter((item) => !paired.has(item));
}

;// CONCATENATED MODULE: ./packages/scan/src/image-layout.ts
/**
 * The images to scan, fetched by us: each reference is resolved to a digest once; an index is
 * split into its platform manifests (attestation and other non-runnable entries skipped), and each
 * manifest is written, with its config and layers, to an OCI image layout of its own that trivy
 * reads with `--input`. So trivy never talks to a registry: it needs none of our credentials, and
 * every byte it reads was digest-checked by our client on the way in. Blobs shared between targets
 * (one base under several images) are written once into a shared blob store and hard-linked.
 */



/** Layer downloads in flight at once for one image. */
const PARALLEL_BLOBS = 4;
/** Resolves `reference` and lists the manifests to scan (one, or one per runnable platform). */
async function resolveScanTargets(clients, reference) {
    const client = clients.for(reference.registry);
    const top = await client.getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
    if (!(0,src/* isIndexMediaType */.$$)(top.mediaType))
        return { digest: top.digest, manifests: [{ manifest: top }] };
    const manifests = [];
    for (const child of top.manifests) {
        // BuildKit lists attestations as unknown/unknown; nested indexes are not images to scan.
        if (!child.platform || child.platform.os === "unknown" || (0,src/* isIndexMediaType */.$$)(child.mediaType))
            continue;
        const manifest = await client.getManifest(reference.repository, child.digest);
        manifests.push({ manifest, platform: (0,src/* formatPlatform */.Bq)(child.platform) });
    }
    if (manifests.length === 0)
        throw new Error(`${(0,src/* repositoryName */.aR)(reference)}@${top.digest} is an index with no platform image to scan`);
    return { digest: top.digest, manifests };
}
/**
 * Writes `manifest` and its blobs to `<workDir>/layouts/<hex>/`, blobs shared through
 * `<workDir>/blobs/` so the same layer is fetched once per job whatever number of images use it.
 */
async function writeScanLayout(client, repository, manifest, workDir) {
    const hex = manifest.digest.slice("sha256:".length);
    const shared = new src/* OciLayoutWriter */.HC((0,external_node_path_.join)(workDir, "shared"));
    const layoutDir = (0,external_node_path_.join)(workDir, "layouts", hex);
    const blobDir = (0,external_node_path_.join)(layoutDir, "blobs", "sha256");
    await (0,promises_.mkdir)(blobDir, { recursive: true });
    const queue = [...manifest.blobs];
    const worker = async () => {
        for (let blob = queue.shift(); blob; blob = queue.shift()) {
            const descriptor = blob;
            await shared.putBlob(descriptor.digest, () => client.openBlob(repository, descriptor));
            await linkInto(shared.dir, blobDir, descriptor.digest);
        }
    };
    await Promise.all(Array.from({ length: PARALLEL_BLOBS }, worker));
    const layout = new src/* OciLayoutWriter */.HC(layoutDir);
    await layout.putBlob(manifest.digest, () => manifest.bytes);
    await layout.writeIndex([
        { descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length } },
    ]);
    return layoutDir;
}
async function linkInto(sharedDir, blobDir, digest) {
    const hex = digest.slice("sha256:".length);
    await (0,promises_.link)((0,external_node_path_.join)(sharedDir, "blobs", "sha256", hex), (0,external_node_path_.join)(blobDir, hex)).catch((error) => {
        // Already linked (by an earlier or a concurrent write of the same manifest's layout).
        if (error.code !== "EEXIST")
            throw error;
    });
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./packages/scan/src/run-trivy.ts
/**
 * One trivy run over one OCI layout, with the network out of it: the DB is already in `cacheDir`
 * (vulnerability-db.ts), the image is a local layout (image-layout.ts), and every flag that would
 * make trivy reach out (DB, Java DB and check-bundle updates, the version check, telemetry) is off.
 * Its JSON report is the one source of truth; SARIF and the summary are derived from it.
 *
 * Layer analyses are kept in trivy's file cache in `cacheDir` (a per-job directory whose `db` links
 * to the checked DB: scan-images.ts says why), so a base shared by several images is analysed once
 * per job. That cache is a bolt database one process holds exclusively, so runs over one cache dir
 * take turns (scan-images.ts). argv is an array (no shell); trivy's output is captured, never echoed raw.
 */


class TrivyRunError extends Error {
    name = "TrivyRunError";
}
/** The flags that keep trivy offline and quiet; exported for the tests that run trivy directly. */
const OFFLINE_FLAGS = [
    "--skip-db-update",
    "--skip-java-db-update",
    "--skip-check-update",
    "--skip-version-check",
    "--disable-telemetry",
    "--offline-scan",
];
function trivyArguments(options) {
    return [
        "image",
        "--input",
        options.layoutDir,
        "--format",
        "json",
        "--output",
        options.outputFile,
        "--scanners",
        "vuln",
        "--cache-dir",
        options.cacheDir,
        "--quiet",
        // Suppressed findings stay in the report (ExperimentalModifiedFindings): openvex.ts exports them.
        "--show-suppressed",
        ...OFFLINE_FLAGS,
        ...(options.ignoreFile ? ["--ignorefile", options.ignoreFile] : []),
        ...(options.vex ?? []).flatMap((document) => ["--vex", document]),
    ];
}
async function runTrivy(options) {
    const result = await (0,exec/* getExecOutput */.H)(options.trivyPath, trivyArguments(options), {
        silent: true,
        ignoreReturnCode: true,
        // Only what we set: no GITHUB_TOKEN, no AWS keys, no docker config reach trivy.
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/tmp", ...options.env },
    });
    if (result.exitCode !== 0) {
        const tail = result.stderr.trim().split("\n").slice(-3).join(" | ");
        throw new TrivyRunError(`trivy exited ${result.exitCode} scanning ${options.layoutDir}: ${(0,src/* oneLine */.TN)(tail, 600)}`);
    }
}

;// CONCATENATED MODULE: ./packages/scan/src/scan-images.ts
/**
 * Scanning a set of images: each reference resolved once, each platform of an index a target of its
 * own (category `<category>/<os>-<arch>`), each target fetched into its layout and scanned by trivy
 * against the one DB in `cacheDir`. Fetches run concurrently up to `concurrency`; trivy runs one at a
 * time, since its layer cache admits one process (and on two cores, two trivy runs at once measured
 * no faster than one after the other), while the next targets are being fetched.
 *
 * trivy's layer cache (`fanal/fanal.db` under its `--cache-dir`) lives in `workDir`, this job's
 * scratch space, never in `cacheDir`: trivy 0.74 keys a layer's analysis by the diff_id the image's
 * config names (pkg/fanal/artifact/image/image.go, `calcCacheKeys`) and does not read a layer whose
 * key it has, so a `cache-dir` restored from a poisoned Actions cache or left on a shared runner
 * could say "no packages here" for any published layer (diff_ids are public) and hide every finding
 * in it (issue 23). Per job, a base shared by several images is still analysed once; across jobs,
 * every layer is analysed again (~0.1–0.4 s a scan). The DB is reached through a `db` symlink to
 * `<cacheDir>/db`, which vulnerability-db.ts has checked.
 */






/** `linux/arm64/v8` → `linux-arm64-v8`: a category suffix with no slash of its own. */
function platformSuffix(platform) {
    return platform.replaceAll("/", "-");
}
async function scanImages(options) {
    const targets = [];
    for (const image of options.images) {
        const { digest, manifests } = await resolveScanTargets(options.clients, image.reference);
        const perPlatform = manifests.length > 1;
        for (const { manifest, platform } of manifests) {
            if (options.platforms && platform && !options.platforms.includes(platform))
                continue;
            targets.push({
                image,
                manifest,
                target: {
                    repository: (0,src/* repositoryName */.aR)(image.reference),
                    requested: image.requested,
                    digest,
                    manifestDigest: manifest.digest,
                    ...(platform ? { platform } : {}),
                    category: perPlatform && platform ? `${image.category}/${platformSuffix(platform)}` : image.category,
                },
            });
        }
    }
    const trivyCacheDir = await jobTrivyCacheDir(options.cacheDir, options.workDir);
    const concurrency = Math.max(1, options.concurrency ?? Math.min(4, (0,external_node_os_.availableParallelism)()));
    const results = new Array(targets.length);
    // One manifest named by several references (tags of one release, say) is scanned once.
    const scans = new Map();
    const scanManifest = (item, index) => {
        const key = item.target.manifestDigest;
        let scan = scans.get(key);
        if (!scan) {
            scan = (async () => {
                const client = options.clients.for(item.image.reference.registry);
                const layoutDir = await writeScanLayout(client, item.image.reference.repository, item.manifest, options.workDir);
                const reportFile = (0,external_node_path_.join)(options.workDir, `trivy-${key.slice("sha256:".length, 23)}-${index}.json`);
                const platform = item.target.platform ? ` (${item.target.platform})` : "";
                options.log?.(`scanning ${item.target.repository}@${key}${platform}`);
                await oneAtATime(() => runTrivy({
                    trivyPath: options.trivyPath,
                    layoutDir,
                    cacheDir: trivyCacheDir,
                    outputFile: reportFile,
                    ...(options.ignoreFile ? { ignoreFile: options.ignoreFile } : {}),
                    ...(options.vex ? { vex: options.vex } : {}),
                }));
                return { reportFile, report: await readReport(reportFile) };
            })();
            scans.set(key, scan);
        }
        return scan;
    };
    // trivy's turns: each run starts when the one before it has ended.
    let turn = Promise.resolve();
    const oneAtATime = (work) => {
        const mine = turn.then(work, work);
        turn = mine.catch(() => { });
        return mine;
    };
    let next = 0;
    const worker = async () => {
        while (next < targets.length) {
            const index = next++;
            const item = targets[index];
            results[index] = { image: item.image, target: item.target, ...(await scanManifest(item, index)) };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
    return results;
}
/** `<workDir>/trivy-cache`, its `db` linked to the checked DB in `cacheDir` (see the module comment). */
async function jobTrivyCacheDir(cacheDir, workDir) {
    const dir = (0,external_node_path_.join)(workDir, "trivy-cache");
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.symlink)((0,external_node_path_.resolve)(cacheDir, "db"), (0,external_node_path_.join)(dir, "db")).catch((error) => {
        if (error.code !== "EEXIST")
            throw error;
    });
    return dir;
}
async function readReport(path) {
    try {
        return JSON.parse(await (0,promises_.readFile)(path, "utf8"));
    }
    catch (error) {
        throw new TrivyRunError(`trivy's report ${path} is not JSON: ${(0,src/* jsonSyntaxProblem */.F1)(error)}`);
    }
}

;// CONCATENATED MODULE: ./packages/scan/src/trivy-report.ts
/**
 * Reading trivy's JSON report (`--format json`, SchemaVersion 2) into Findings.
 *
 * The report is outside data twice over: trivy wrote it, and the strings in it (package names,
 * versions, paths, titles) come from the scanned image and the vulnerability DB. So every field is
 * type-checked, every string is cleaned of control characters and lone surrogates and capped in
 * length, and a report whose shape is not trivy's is refused with one TrivyReportError naming the
 * JSON path, rather than read partly: a scanner that silently skips an entry would under-report.
 *
 * The shape followed is trivy's `types.Report` → `Results[]` (`Target`, `Class`, `Type`,
 * `Packages[]`, `Vulnerabilities[]`), each vulnerability a `DetectedVulnerability` with the DB's
 * vulnerability fields (`Title`, `Description`, `Severity`, `PublishedDate`, …) embedded. Fields
 * trivy omits when empty (`omitempty`) are optional here.
 */

/** trivy's report was not what trivy writes: the message names the JSON path and the problem. */
class TrivyReportError extends Error {
    name = "TrivyReportError";
}
/** The report schema this module reads (trivy's `types.Report.SchemaVersion` since v0.20). */
const TRIVY_REPORT_SCHEMA_VERSION = 2;
/** Upper bounds on the strings kept from a report; longer ones are cut and end in `…`. */
const TRIVY_STRING_LIMITS = {
    id: 256,
    name: 512,
    version: 256,
    title: 1024,
    description: 8192,
    url: 2048,
    path: 4096,
};
const KNOWN_SEVERITIES = new Set(types_SEVERITIES);
/**
 * Control characters (C0 but tab and newline, DEL, C1) and the Unicode line/paragraph separators:
 * nothing a vulnerability title needs, and each can break a log line, a Markdown table or a
 * terminal. Single-line fields lose tab and newline as well.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** `text` made safe to carry: well-formed UTF-16, no control characters, at most `max` characters. */
function trivy_report_cleanText(text, max, multiline = false) {
    const cleaned = text
        .toWellFormed()
        .replace(multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE, multiline ? "" : " ")
        .trim();
    if (cleaned.length <= max)
        return cleaned;
    // Cut on a code point boundary so a surrogate pair is never split.
    let cut = max - 1;
    const code = cleaned.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${cleaned.slice(0, cut)}…`;
}
function describeValue(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    return typeof value === "string" ? "a string" : typeof value;
}
function fail(path, problem) {
    throw new TrivyReportError(`trivy's JSON report: ${path}: ${problem}`);
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function record(value, path) {
    if (!isRecord(value))
        fail(path, `expected an object, got ${describeValue(value)}`);
    return value;
}
function optionalArray(value, path) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        fail(path, `expected an array, got ${describeValue(value)}`);
    return value;
}
function requiredString(value, path, limit) {
    if (typeof value !== "string")
        fail(path, `expected a string, got ${describeValue(value)}`);
    const cleaned = trivy_report_cleanText(value, TRIVY_STRING_LIMITS[limit]);
    if (cleaned === "")
        fail(path, "expected a non-empty string");
    return cleaned;
}
function optionalString(value, path, limit, multiline = false) {
    if (value === undefined || value === null)
        return "";
    if (typeof value !== "string")
        fail(path, `expected a string, got ${describeValue(value)}`);
    return trivy_report_cleanText(value, TRIVY_STRING_LIMITS[limit], multiline);
}
/** trivy's severity names; anything else (a newer name, a vendor's word, a typo) is UNKNOWN. */
function severityOf(value) {
    if (typeof value !== "string")
        return "UNKNOWN";
    const upper = value.trim().toUpperCase();
    return KNOWN_SEVERITIES.has(upper) ? upper : "UNKNOWN";
}
/** An http(s) URL, or "" (a `javascript:` or relative link has no place in an alert). */
function webUrl(value) {
    if (value === "" || /\s/.test(value))
        return "";
    try {
        const url = new URL(value);
        return url.protocol === "https:" || url.protocol === "http:" ? url.href : "";
    }
    catch {
        return "";
    }
}
/** RFC 3339 as trivy writes it (Go's time.Time), normalised to `toISOString()`; "" when absent. */
function publishedDate(value, path) {
    const text = optionalString(value, path, "version");
    if (text === "")
        return "";
    // Go writes the zero time for a DB entry without a date when the field is not a pointer.
    if (text.startsWith("0001-01-01"))
        return "";
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
        fail(path, `expected an RFC 3339 date, got ${JSON.stringify(text)}`);
    }
    const time = Date.parse(text);
    if (Number.isNaN(time))
        fail(path, `expected an RFC 3339 date, got ${JSON.stringify(text)}`);
    return new Date(time).toISOString();
}
function checkSchemaVersion(report) {
    const version = report.SchemaVersion;
    if (version !== TRIVY_REPORT_SCHEMA_VERSION) {
        fail("SchemaVersion", `expected ${TRIVY_REPORT_SCHEMA_VERSION}, got ${typeof version === "number" ? version : describeValue(version)}` +
            " (a trivy whose JSON report this action does not read)");
    }
}
/** Installed path of each package the result lists, by trivy's package ID (`name@version`). */
function packagePaths(packages, path) {
    const paths = new Map();
    for (const [index, entry] of packages.entries()) {
        const pkg = record(entry, `${path}[${index}]`);
        const id = optionalString(pkg.ID, `${path}[${index}].ID`, "name");
        const filePath = optionalString(pkg.FilePath, `${path}[${index}].FilePath`, "path");
        if (id !== "" && filePath !== "" && !paths.has(id))
            paths.set(id, filePath);
    }
    return paths;
}
/**
 * The vulnerabilities of every result of trivy's JSON report, in report order. A report with no
 * `Results` (a clean image: trivy omits the empty list) has none.
 */
function findingsFromTrivyReport(json) {
    const report = record(json, "(top level)");
    checkSchemaVersion(report);
    const findings = [];
    for (const [resultIndex, resultValue] of optionalArray(report.Results, "Results").entries()) {
        const at = `Results[${resultIndex}]`;
        const result = record(resultValue, at);
        const target = requiredString(result.Target, `${at}.Target`, "path");
        const targetType = optionalString(result.Type, `${at}.Type`, "name");
        const paths = packagePaths(optionalArray(result.Packages, `${at}.Packages`), `${at}.Packages`);
        for (const [index, entry] of optionalArray(result.Vulnerabilities, `${at}.Vulnerabilities`).entries()) {
            findings.push(findingOf(entry, `${at}.Vulnerabilities[${index}]`, { target, targetType, paths }));
        }
    }
    return findings;
}
/** One of trivy's DetectedVulnerability objects (a result's or a suppressed one's) as a Finding. */
function findingOf(entry, where, result) {
    const vulnerability = record(entry, where);
    const pkgId = optionalString(vulnerability.PkgID, `${where}.PkgID`, "name");
    const pkgPath = optionalString(vulnerability.PkgPath, `${where}.PkgPath`, "path");
    if (vulnerability.PkgIdentifier !== undefined)
        record(vulnerability.PkgIdentifier, `${where}.PkgIdentifier`);
    return {
        vulnerabilityId: requiredString(vulnerability.VulnerabilityID, `${where}.VulnerabilityID`, "id"),
        packageName: requiredString(vulnerability.PkgName, `${where}.PkgName`, "name"),
        installedVersion: optionalString(vulnerability.InstalledVersion, `${where}.InstalledVersion`, "version"),
        fixedVersion: optionalString(vulnerability.FixedVersion, `${where}.FixedVersion`, "version"),
        severity: severityOf(optionalString(vulnerability.Severity, `${where}.Severity`, "id")),
        title: optionalString(vulnerability.Title, `${where}.Title`, "title"),
        description: optionalString(vulnerability.Description, `${where}.Description`, "description", true),
        primaryUrl: webUrl(optionalString(vulnerability.PrimaryURL, `${where}.PrimaryURL`, "url")),
        publishedDate: publishedDate(vulnerability.PublishedDate, `${where}.PublishedDate`),
        target: result.target,
        targetType: result.targetType,
        installedPath: pkgPath || result.paths.get(pkgId) || "",
    };
}
/** The trivy version that wrote the report, when it says. */
function trivyVersionOf(json) {
    return reportMetadata(json).trivyVersion;
}
/** The scanned OS (`Metadata.OS`), when trivy detected one. */
function scannedOsOf(json) {
    return reportMetadata(json).os;
}
/** The report's metadata, checked as strictly as its findings. */
function reportMetadata(json) {
    const report = record(json, "(top level)");
    checkSchemaVersion(report);
    const metadata = {};
    if (report.Trivy !== undefined) {
        const version = optionalString(record(report.Trivy, "Trivy").Version, "Trivy.Version", "version");
        if (version !== "")
            metadata.trivyVersion = version;
    }
    const artifactName = optionalString(report.ArtifactName, "ArtifactName", "path");
    if (artifactName !== "")
        metadata.artifactName = artifactName;
    const artifactType = optionalString(report.ArtifactType, "ArtifactType", "name");
    if (artifactType !== "")
        metadata.artifactType = artifactType;
    const createdAt = publishedDate(report.CreatedAt, "CreatedAt");
    if (createdAt !== "")
        metadata.createdAt = createdAt;
    if (report.Metadata !== undefined) {
        const meta = record(report.Metadata, "Metadata");
        if (meta.OS !== undefined && meta.OS !== null) {
            const os = record(meta.OS, "Metadata.OS");
            const eosl = os.EOSL ?? false;
            if (typeof eosl !== "boolean")
                fail("Metadata.OS.EOSL", `expected a boolean, got ${describeValue(eosl)}`);
            metadata.os = {
                family: requiredString(os.Family, "Metadata.OS.Family", "name"),
                name: optionalString(os.Name, "Metadata.OS.Name", "version"),
                endOfLife: eosl,
            };
        }
    }
    return metadata;
}
const SUPPRESSION_STATUSES = new Set(["ignored", "not_affected", "fixed"]);
/**
 * The suppressed vulnerabilities of every result, in report order. Other finding types (secrets,
 * misconfigurations: not scanned here) and other statuses (`under_investigation` never suppresses)
 * are left out; a modified finding whose shape is not trivy's is refused like any other field.
 */
function suppressedFindingsFromTrivyReport(json) {
    const report = record(json, "(top level)");
    checkSchemaVersion(report);
    const suppressed = [];
    for (const [resultIndex, resultValue] of optionalArray(report.Results, "Results").entries()) {
        const at = `Results[${resultIndex}].ExperimentalModifiedFindings`;
        const result = record(resultValue, `Results[${resultIndex}]`);
        const context = {
            target: requiredString(result.Target, `Results[${resultIndex}].Target`, "path"),
            targetType: optionalString(result.Type, `Results[${resultIndex}].Type`, "name"),
            paths: packagePaths(optionalArray(result.Packages, `Results[${resultIndex}].Packages`), `Results[${resultIndex}].Packages`),
        };
        for (const [index, entry] of optionalArray(result.ExperimentalModifiedFindings, at).entries()) {
            const where = `${at}[${index}]`;
            const modified = record(entry, where);
            if (modified.Type !== "vulnerability")
                continue;
            const status = optionalString(modified.Status, `${where}.Status`, "id");
            if (!SUPPRESSION_STATUSES.has(status))
                continue;
            const finding = record(modified.Finding, `${where}.Finding`);
            const identifier = finding.PkgIdentifier === undefined ? {} : record(finding.PkgIdentifier, `${where}.Finding.PkgIdentifier`);
            suppressed.push({
                vulnerabilityId: requiredString(finding.VulnerabilityID, `${where}.Finding.VulnerabilityID`, "id"),
                status: status,
                statement: optionalString(modified.Statement, `${where}.Statement`, "description", true),
                packageName: requiredString(finding.PkgName, `${where}.Finding.PkgName`, "name"),
                installedVersion: optionalString(finding.InstalledVersion, `${where}.Finding.InstalledVersion`, "version"),
                packagePurl: packageUrl(identifier.PURL, `${where}.Finding.PkgIdentifier.PURL`),
                finding: findingOf(finding, `${where}.Finding`, context),
            });
        }
    }
    return suppressed;
}
/** A purl as trivy writes it (`pkg:type/…`, no whitespace); anything else is refused. */
function packageUrl(value, path) {
    const text = optionalString(value, path, "url");
    if (text !== "" && !/^pkg:[a-z][a-z0-9.+-]*\/\S+$/i.test(text))
        fail(path, `expected a package URL, got ${JSON.stringify(text)}`);
    return text;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./packages/scan/src/rfc3339.ts
/**
 * RFC 3339 timestamps from outside (trivy-db's `metadata.json`, written by Go's `time.Time`): the
 * text is taken only when it is exactly one (RFC 3339 §5.6 `date-time`: full date, `T`, time,
 * optional fraction, `Z` or a numeric offset) naming a real calendar moment. `Date.parse` alone is
 * too lenient — it reads `2024-02-30` as March 1st and takes many other forms.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
/** `text` when it is an RFC 3339 date-time, else undefined. */
function rfc3339OrUndefined(text) {
    if (typeof text !== "string")
        return undefined;
    const parts = DATE_TIME.exec(text);
    if (!parts)
        return undefined;
    const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts
        .slice(1)
        .map((part) => Number(part ?? 0));
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const valid = month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysInMonth &&
        hour <= 23 &&
        minute <= 59 &&
        // 60: a leap second, which RFC 3339 allows.
        second <= 60 &&
        offsetHours <= 23 &&
        offsetMinutes <= 59;
    return valid ? text : undefined;
}

;// CONCATENATED MODULE: ./packages/scan/src/vulnerability-db.ts
/**
 * trivy's vulnerability DB, fetched once per job by us rather than once per scan by trivy: the OCI
 * artifact trivy-db publishes (one layer, a gzipped tar of `trivy.db` and `metadata.json`) is pulled
 * with our registry client — the same auth, retries and digest checks as every image — from the
 * first of `repositories` that answers, into `<cacheDir>/db/`, where trivy looks when it runs with
 * `--cache-dir <cacheDir> --skip-db-update`. A DB whose `NextUpdate` is still ahead is reused, so
 * N images (and a cached `cache-dir` across runs) cost one download at most.
 *
 * Reuse is earned, not assumed (issue 23: a junk `trivy.db` with `NextUpdate` in 2099, planted in a
 * restored Actions cache or on a shared self-hosted runner, was used without a request). A download
 * leaves a record beside the DB (`db/image-actions-db.json`: the artifact layer's digest it was
 * verified against, and the SHA-256 and size of each file as unpacked from it). A DB directory
 * without that record is never reused, and one with it only when both files hash (streamed: ~1 s
 * for a 1 GiB DB, beside a download of ~100 MB and a 2 s unpack) to what it says; only then is its
 * `NextUpdate` read, and a DB past it is never used: no repository answering fails the step rather
 * than scan with a DB that may not know this week's fixes. What this cannot tell is a forger who
 * writes the record as well (the code is public): `cache-dir` must not be restored from caches an
 * untrusted workflow can write (see the README's "Scanning with trivy").
 *
 * A repository that is rate-limited (429), failing (5xx) or unreachable is left for the next one
 * after a bounded wait; the blob is digest-verified as it streams, and only the two expected regular
 * files are taken out of the tar, so a hostile archive cannot write anywhere else. The new DB is
 * unpacked beside the old one and swapped in by rename, so a failure never leaves half a DB behind.
 */









const TRIVY_DB_LAYER = "application/vnd.aquasec.trivy.db.layer.v1.tar+gzip";
const DEFAULT_DB_REPOSITORIES = [
    "mirror.gcr.io/aquasec/trivy-db:2",
    "public.ecr.aws/aquasecurity/trivy-db:2",
    "ghcr.io/aquasecurity/trivy-db:2",
];
/** The files a DB archive holds; anything else in it is ignored. */
const DB_FILES = new Set(["trivy.db", "metadata.json"]);
/** The DB is about 1 GiB unpacked today; an archive claiming far more than that is refused. */
const MAX_DB_FILE_BYTES = 8 * 1024 ** 3;
class VulnerabilityDbError extends Error {
    name = "VulnerabilityDbError";
}
async function ensureVulnerabilityDb(options) {
    const now = options.now ?? new Date();
    const dbDir = (0,external_node_path_.join)(options.cacheDir, "db");
    const existing = await verifiedDbOnDisk(dbDir);
    if ("reason" in existing) {
        if (existing.reason !== "none")
            options.log?.(`vulnerability DB: the one on disk is not reused: ${existing.reason}`);
    }
    else if (Date.parse(existing.metadata.nextUpdate) > now.getTime())
        return {
            cacheDir: options.cacheDir,
            layerDigest: existing.record.layerDigest,
            source: "cache",
            downloaded: false,
            metadata: existing.metadata,
            skipped: [],
        };
    const skipped = [];
    for (const repository of options.repositories) {
        let reference;
        try {
            reference = (0,src/* parseReference */.F2)(repository);
        }
        catch (error) {
            throw new VulnerabilityDbError(`db-repositories: ${error.message}`);
        }
        try {
            const { metadata, layerDigest } = await downloadDb(options.clients, reference, options.cacheDir);
            return { cacheDir: options.cacheDir, layerDigest, source: repository, downloaded: true, metadata, skipped };
        }
        catch (error) {
            if (error instanceof VulnerabilityDbError)
                throw error;
            const reason = error.message;
            skipped.push({ repository, reason });
            options.log?.(`vulnerability DB: ${repository} failed (${reason}); trying the next repository`);
        }
    }
    // No stale fallback: a DB past its NextUpdate may lack fixes a gate must see (issue 23).
    const stale = "reason" in existing ? "" : `; the DB on disk is past its NextUpdate (${existing.metadata.nextUpdate})`;
    throw new VulnerabilityDbError(`no DB repository answered: ${skipped.map((item) => `${item.repository}: ${item.reason}`).join("; ")}${stale}`);
}
const RECORD_FILE = "image-actions-db.json";
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/**
 * The DB in `dir` with its metadata, when our record is there and both files are what it says;
 * otherwise why not (`none`: no DB there at all). Hashed on every reuse, because the directory can
 * be restored or written by others between runs.
 */
async function verifiedDbOnDisk(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, RECORD_FILE), "utf8").catch(() => undefined);
    if (text === undefined)
        return {
            reason: (await (0,promises_.lstat)((0,external_node_path_.join)(dir, "trivy.db")).catch(() => undefined)) ? `it has no ${RECORD_FILE}` : "none",
        };
    const record = parseRecord(text);
    if (!record)
        return { reason: `its ${RECORD_FILE} is not a record we wrote` };
    for (const name of DB_FILES) {
        const path = (0,external_node_path_.join)(dir, name);
        const info = await (0,promises_.lstat)(path).catch(() => undefined);
        const expected = record.files[name];
        if (!info?.isFile())
            return { reason: `${name} is missing or not a regular file` };
        if (info.size !== expected.size)
            return { reason: `${name} is ${info.size} bytes, not the recorded ${expected.size}` };
        const actual = await sha256OfFile(path).catch(() => "unreadable");
        if (actual !== expected.sha256)
            return { reason: `${name} does not hash to the recorded ${expected.sha256}` };
    }
    try {
        return { record, metadata: await readMetadata(dir) };
    }
    catch (error) {
        return { reason: `its metadata.json: ${error.message}` };
    }
}
function parseRecord(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const record = value;
    if (typeof record !== "object" || record === null || typeof record.layerDigest !== "string")
        return undefined;
    if (!DIGEST.test(record.layerDigest) || typeof record.files !== "object" || record.files === null)
        return undefined;
    const files = {};
    for (const name of DB_FILES) {
        const file = record.files[name];
        if (typeof file?.sha256 !== "string" || !SHA256_HEX.test(file.sha256) || !Number.isSafeInteger(file.size))
            return undefined;
        files[name] = { sha256: file.sha256, size: file.size };
    }
    return { layerDigest: record.layerDigest, files };
}
async function downloadDb(clients, reference, cacheDir) {
    const client = clients.for(reference.registry);
    const manifest = await client.getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
    const layer = dbLayer(manifest, reference);
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(cacheDir, "db-download-"));
    try {
        // openBlob checks the layer's digest as it streams: the files and their hashes below come from
        // bytes that are the layer the manifest names, and the record says which.
        const files = await unpackDbArchive(client.openBlob(reference.repository, layer), staging);
        const metadata = await readMetadata(staging).catch((error) => {
            throw new Error(`its metadata.json: ${error.message}`);
        });
        const db = files.get("trivy.db");
        const meta = files.get("metadata.json");
        if (!db || !(await isFile((0,external_node_path_.join)(staging, "trivy.db"))))
            throw new Error("its archive holds no trivy.db");
        if (!meta)
            throw new Error("its archive holds no metadata.json");
        const record = { layerDigest: layer.digest, files: { "trivy.db": db, "metadata.json": meta } };
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
        const dbDir = (0,external_node_path_.join)(cacheDir, "db");
        const old = `${dbDir}.old-${process.pid}`;
        await (0,promises_.rename)(dbDir, old).catch(() => { });
        await (0,promises_.rename)(staging, dbDir);
        await (0,promises_.rm)(old, { recursive: true, force: true });
        return { metadata, layerDigest: layer.digest };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
function dbLayer(manifest, reference) {
    const layers = manifest.blobs.filter((blob) => blob.mediaType === TRIVY_DB_LAYER);
    if (manifest.manifests.length > 0 || layers.length !== 1)
        throw new Error(`${reference.registry}/${reference.repository} is not a trivy DB artifact (expected one ${TRIVY_DB_LAYER} layer)`);
    return layers[0];
}
/**
 * Takes `trivy.db` and `metadata.json` (regular files, by their base name at the top) out of the
 * tar; the SHA-256 and size of each, as written (the last one wins when the tar repeats a name).
 */
async function unpackDbArchive(blob, dir) {
    const files = new Map();
    const tar = (0,tar_stream.extract)();
    tar.on("entry", (header, stream, next) => {
        const name = header.name.replace(/^\.\//, "");
        if (header.type !== "file" || !DB_FILES.has(name) || header.size === undefined || header.size > MAX_DB_FILE_BYTES) {
            stream.on("end", next);
            stream.resume();
            return;
        }
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let size = 0;
        (0,external_node_stream_promises_.pipeline)(stream, async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                size += chunk.length;
                yield chunk;
            }
        }, (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(dir, name), { mode: 0o644 })).then(() => {
            files.set(name, { sha256: hash.digest("hex"), size });
            next();
        }, next);
    });
    // 1 MiB output chunks: the DB is about 1 GiB unpacked, and zlib's default 16 KiB chunks more than
    // double the CPU the unpacking takes (measured: 4.6 s against 2.0 s for the real DB's size).
    await (0,external_node_stream_promises_.pipeline)(blob, (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 20 }), tar);
    return files;
}
async function readMetadata(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, "metadata.json"), "utf8");
    const parsed = JSON.parse(text);
    const { Version, NextUpdate, UpdatedAt } = parsed;
    if (typeof Version !== "number" || typeof NextUpdate !== "string" || Number.isNaN(Date.parse(NextUpdate)))
        throw new Error(`unexpected shape (Version ${(0,src/* quoteValue */.cl)(String(Version))}, NextUpdate ${(0,src/* quoteValue */.cl)(String(NextUpdate))})`);
    // UpdatedAt is shown in the job summary: only a date gets there, never the artifact's text.
    const updatedAt = rfc3339OrUndefined(UpdatedAt);
    return { version: Version, nextUpdate: NextUpdate, ...(updatedAt ? { updatedAt } : {}) };
}
async function sha256OfFile(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        hash.update(chunk);
    return hash.digest("hex");
}
async function isFile(path) {
    return (0,promises_.stat)(path).then((info) => info.isFile(), () => false);
}

;// CONCATENATED MODULE: ./packages/scan/src/compare-images.ts
/**
 * Two images scanned in one run for their CVE delta (`image-actions diff OLD NEW --scan`, issue
 * 25): the DB is made ready once (vulnerability-db.ts), both images are scanned against it
 * (scan-images.ts), and each platform of the new image is compared with the same platform of the
 * old one (scan-delta.ts says how findings are matched). trivy-scan's `compare-with` does the same
 * inside its own run, beside its other images.
 */





async function compareImageScans(options) {
    const db = await ensureVulnerabilityDb({
        clients: options.dbClients,
        repositories: options.dbRepositories,
        cacheDir: options.cacheDir,
        now: options.now ?? new Date(),
        ...(options.log ? { log: options.log } : {}),
    });
    const image = (reference) => ({
        requested: (0,src/* formatReference */.FH)(reference),
        reference,
        category: "",
    });
    const [oldImage, newImage] = [image(options.oldImage), image(options.newImage)];
    const scanned = await scanImages({
        clients: options.clients,
        images: [oldImage, newImage],
        trivyPath: options.trivyPath,
        cacheDir: options.cacheDir,
        workDir: options.workDir,
        ...(options.platforms ? { platforms: options.platforms } : {}),
        ...(options.log ? { log: options.log } : {}),
    });
    const findingsOf = (which) => scanned
        .filter((item) => item.image === which)
        .map((item) => ({
        target: item.target,
        findings: findingsFromTrivyReport(item.report),
        accepted: suppressedFindingsFromTrivyReport(item.report).map((suppressed) => suppressed.finding),
    }));
    const [before, after] = [findingsOf(oldImage), findingsOf(newImage)];
    const platforms = scanDeltas(after, before).map(({ against, ...delta }, index) => ({
        ...delta,
        in: against ? "both" : "new",
        ...(against ? { old: against } : {}),
        new: after[index].target,
    }));
    for (const item of unpairedBaseline(after, before))
        platforms.push({ platform: item.target.platform ?? null, in: "old", old: item.target });
    const side = (which) => {
        const digest = scanned.find((item) => item.image === which)?.target.digest ?? "";
        return { image: `${(0,src/* repositoryName */.aR)(which.reference)}@${digest}`, digest };
    };
    return { old: side(oldImage), new: side(newImage), db, platforms };
}

;// CONCATENATED MODULE: ./packages/scan/src/discover.ts
/**
 * Rescans of every supported release line: which tags of a repository are releases, the newest
 * release of each of the newest N major versions, and the Code Scanning categories that go with
 * them, including the categories of lines that left the window and should be closed.
 *
 * Categories are `trivy/<registry>/<repository>` (+ `:<major>` in discovery, + `/<os>-<arch>[-<variant>]`
 * per platform of a multi-arch image). The registry host is part of it: the same repository name on
 * two registries may hold different images, and with the host first, the `:` of a major can only
 * come after the first `/` of the path, where a repository path never has one, so no category of one
 * repository can be read as another's. Paths are normalised as image references are
 * (`nginx` → `docker.io/library/nginx`) so one repository always gets one category. Neither tag nor
 * digest is in it: alerts follow the repository (or the release line) from one release to the next.
 */

/** The prefix of every category trivy-scan uploads under. */
const CATEGORY_PREFIX = "trivy";
/**
 * A release: `MAJOR.MINOR.PATCH`, optionally after `v`, numbers without leading zeros; no
 * pre-release, no build — except the nightly rebuild's `-YYYYMMDD` (the tag policy in the README:
 * the same release on a fresher base), which is what that release line serves now.
 */
const RELEASE_TAG = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])))?$/;
/** The release version a tag names, or undefined for anything else (`latest`, `4.0.0-rc1`, `1.2`). */
function parseReleaseVersion(tag) {
    const match = RELEASE_TAG.exec(tag);
    if (!match)
        return undefined;
    const [major, minor, patch] = match.slice(1, 4).map(Number);
    // Beyond 2^53 numbers stop comparing exactly; no real version gets there.
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, ...(match[4] ? { rebuild: Number(match[4]) } : {}) };
}
function compareVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch || (a.rebuild ?? 0) - (b.rebuild ?? 0);
}
/**
 * The newest release of each of the newest `majors` major versions, newest first. Versions compare
 * as numbers (`1.10.0` is newer than `1.9.0`). When `4.1.0` and `v4.1.0` both exist they are one
 * release; the tag without `v` is taken, whatever order the registry listed them in. A release's
 * newest nightly rebuild (`4.1.0-20261201`) is taken over the release itself: it is what the line
 * serves now, so a fix the rebuild brought shows as closed in that major's category.
 */
function releasesToScan(tags, majors) {
    if (!Number.isSafeInteger(majors) || majors < 0) {
        throw new RangeError(`the number of major versions must be a whole number ≥ 0, not ${majors}`);
    }
    const newest = new Map();
    for (const tag of tags) {
        const version = parseReleaseVersion(tag);
        if (!version)
            continue;
        const known = newest.get(version.major);
        const order = known ? compareVersions(version, known.version) : 1;
        if (!known || order > 0 || (order === 0 && tag < known.tag))
            newest.set(version.major, { version, tag });
    }
    return [...newest.values()]
        .sort((a, b) => b.version.major - a.version.major)
        .slice(0, majors)
        .map(({ version, tag }) => ({
        major: version.major,
        tag,
        version: `${version.major}.${version.minor}.${version.patch}`,
    }));
}
/**
 * A repository's tags, every page of them. The registry client's lister already follows the
 * `Link` pages on the registry's own origin and stops at a bound; a repository the registry does
 * not know lists no tags.
 */
function listRepositoryTags(client, repository) {
    return client.listTags(repository);
}
/** `registry/repository`, normalised as an image reference is; refuses a tag or digest. */
function normalisedRepository(repositoryPath) {
    const text = repositoryPath.trim();
    const lastSlash = text.lastIndexOf("/");
    if (text.includes("@") || text.lastIndexOf(":") > lastSlash) {
        throw new RangeError(`a category names a repository without tag or digest, not '${repositoryPath}'`);
    }
    return repositoryName(parseReference(text));
}
function discover_platformSuffix(platform) {
    const parsed = typeof platform === "string" ? parsePlatform(platform) : parsePlatform(formatPlatform(platform));
    return formatPlatform(parsed).replaceAll("/", "-");
}
/**
 * The default Code Scanning category of a repository (`registry/repository`, e.g.
 * `ghcr.io/acme/app`): `trivy/ghcr.io/acme/app`, with `:<major>` for a discovered release line and
 * `/<os>-<arch>[-<variant>]` for one platform of a multi-arch image. Every character comes from the
 * reference and platform grammars: lowercase letters, digits, `.`, `_`, `-`, `/` and `:` (and the
 * brackets of an IPv6 registry host), nothing GitHub could misread; the automation id adds the
 * trailing `/` GitHub splits a category from a run id at.
 */
function defaultCategory(repositoryPath, options = {}) {
    let category = `${CATEGORY_PREFIX}/${normalisedRepository(repositoryPath)}`;
    if (options.major !== undefined) {
        if (!Number.isSafeInteger(options.major) || options.major < 0) {
            throw new RangeError(`a major version is a whole number ≥ 0, not ${options.major}`);
        }
        category += `:${options.major}`;
    }
    if (options.platform !== undefined)
        category += `/${discover_platformSuffix(options.platform)}`;
    return category;
}
/** `:<major>` and an optional `/<os>-<arch>[-<variant>]` (platform parts have no `-` of their own). */
const MAJOR_SUFFIX = /^:(0|[1-9]\d*)(?:\/[a-z0-9_]+-[a-z0-9_]+(?:-[a-z0-9_]+)?)?$/;
/**
 * The categories (from `existingCategories`, e.g. the keys of `analysisCategories`) of release lines
 * that left the window: major versions of this repository older than every kept one, with or
 * without a platform suffix, sorted. Only lines below the window retire: an empty `keptMajors` (no
 * release found, or a repository name the registry does not know) retires nothing, so a mistake
 * in discovery never closes every alert, and a major above the window (its tags removed) is left alone.
 * `repositoryCategoryPrefix` is the repository's category without a major: `defaultCategory(repository)`.
 */
function retiredMajors(existingCategories, keptMajors, repositoryCategoryPrefix) {
    const kept = [...keptMajors];
    if (kept.length === 0)
        return [];
    const oldestKept = Math.min(...kept);
    const retired = new Set();
    for (const existing of existingCategories) {
        const category = existing.endsWith("/") ? existing.slice(0, -1) : existing;
        if (!category.startsWith(repositoryCategoryPrefix))
            continue;
        const match = MAJOR_SUFFIX.exec(category.slice(repositoryCategoryPrefix.length));
        if (match && Number(match[1]) < oldestKept)
            retired.add(category);
    }
    return [...retired].sort();
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 13 modules
var tool_cache = __webpack_require__(55183);
// EXTERNAL MODULE: ./packages/sigstore/src/index.ts + 25 modules
var sigstore_src = __webpack_require__(95319);
;// CONCATENATED MODULE: ./packages/scan/src/pinned-trivy.ts
/**
 * The trivy release the action installs unless told otherwise, with the SHA-256 of each Linux
 * release archive as aquasecurity published them. A pinned hash in our source is the trust anchor
 * for the default install: no tag, release page or checksums file on the release host is consulted,
 * so a hijacked release (CVE-2026-33634, March 2026) cannot reach a default install.
 *
 * Updating the pin: take the hashes from the release's `trivy_<version>_checksums.txt` after its
 * Sigstore bundle verifies for trivy's release workflow (the install path for unpinned versions does
 * exactly that), then change the version and both hashes here in one commit.
 */
const DEFAULT_TRIVY_VERSION = "0.74.0";
const PINNED_TRIVY = {
    "0.74.0": {
        "Linux-64bit": "2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a",
        "Linux-ARM64": "b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5",
    },
};
/** `process.arch` → the archive platform; only the runners' Linux architectures are released for us. */
const TRIVY_PLATFORMS = {
    x64: "Linux-64bit",
    arm64: "Linux-ARM64",
};

;// CONCATENATED MODULE: ./packages/scan/src/install.ts
/**
 * The verified trivy install. Nothing from the release host is extracted or executed before it
 * matches a trust anchor:
 *
 * - the pinned version (pinned-trivy.ts): the archive's SHA-256 must equal the hash in our source;
 * - any other version: the release's `trivy_<v>_checksums.txt` must carry a keyless Sigstore
 *   signature (goreleaser runs `cosign sign-blob --bundle` on every release artifact, so the bundle
 *   is a message signature over the file's bytes) by trivy's release workflow at tag `v<v>`, checked
 *   with our `packages/sigstore` against the trusted root; then the archive's SHA-256 must equal its
 *   line in that file.
 *
 * The tool cache is treated as one more untrusted mirror. Its entry keeps the verified archive next
 * to the binary (and, for unpinned versions, the checksums file and its bundle), and a cache hit
 * repeats the whole check from those bytes: the archive against the anchor, then the cached binary
 * against the `trivy` the archive holds. A hash recorded at install time in a sidecar would not do:
 * whoever can replace the cached binary (another job on a shared self-hosted runner writing
 * RUNNER_TOOL_CACHE) can rewrite the sidecar too, while the pin in our source and the signature are
 * out of their reach.
 *
 * @actions/tool-cache reads RUNNER_TOOL_CACHE when it is called (find, cacheDir), not when it is
 * imported; downloads and extractions go under `tempDir`, so RUNNER_TEMP is never needed.
 */









const TRIVY_RELEASES_URL = "https://github.com/aquasecurity/trivy/releases/download";
const TRIVY_RELEASE_ISSUER = "https://token.actions.githubusercontent.com";
/**
 * Our tool-cache name: the entry's layout (binary, archive, signed checksums) is ours, so an entry
 * another installer left under `trivy` is neither trusted nor refused.
 */
const TRIVY_TOOL_NAME = "trivy-verified";
/** A checksums file or bundle larger than this is not one (trivy's checksums file is a few KiB). */
const MAX_EVIDENCE_BYTES = 1024 * 1024;
const VERSION_PATTERN = /^v?(\d+\.\d+\.\d+)$/;
/** The install refused or failed; `input` names the action input the user can change, if any. */
class TrivyInstallError extends Error {
    name = "TrivyInstallError";
    input;
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
/** `v0.74.0` / `0.74.0` → `0.74.0`; anything else is the user's `trivy-version` mistake. */
function parseTrivyVersion(text) {
    const match = VERSION_PATTERN.exec(text);
    if (!match?.[1])
        throw new TrivyInstallError(`trivy-version ${quote(text)} is not a release version: use MAJOR.MINOR.PATCH, e.g. ${DEFAULT_TRIVY_VERSION}`, "trivy-version");
    return match[1];
}
function trivyPlatform(arch) {
    const platform = Object.hasOwn(TRIVY_PLATFORMS, arch) ? TRIVY_PLATFORMS[arch] : undefined;
    if (!platform)
        throw new TrivyInstallError(`trivy is installed for Linux x64 and arm64 runners only, not ${quote(arch)}: pass trivy-path to use a trivy you installed`);
    return platform;
}
function trivyArchiveName(version, platform) {
    return `trivy_${version}_${platform}.tar.gz`;
}
function trivyChecksumsName(version) {
    return `trivy_${version}_checksums.txt`;
}
/** The certificate identity trivy's release workflow signs `v<version>`'s artifacts with. */
function trivyReleaseIdentity(version) {
    return {
        subject: {
            exact: `https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/v${version}`,
        },
        issuer: { exact: TRIVY_RELEASE_ISSUER },
    };
}
/**
 * The SHA-256 `checksums` gives for `fileName`, or undefined. Lines are `<hex>  <name>` (or
 * `<hex> *<name>`); names are compared as strings, never used as paths. Two different hashes for
 * one name are refused rather than picked from.
 */
function checksumFor(checksums, fileName, where) {
    const found = new Set();
    for (const line of checksums.split("\n")) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+?)\r?$/.exec(line);
        if (match?.[1] && match[2] === fileName)
            found.add(match[1].toLowerCase());
    }
    if (found.size > 1)
        throw new TrivyInstallError(`${where} lists ${fileName} with ${found.size} different hashes`);
    return [...found][0];
}
async function installTrivy(options = {}) {
    const version = options.version ? parseTrivyVersion(options.version) : DEFAULT_TRIVY_VERSION;
    const arch = options.arch ?? process.arch;
    const platform = trivyPlatform(arch);
    const pins = options.pins ?? PINNED_TRIVY;
    const pinned = Object.hasOwn(pins, version) ? pins[version] : undefined;
    const log = options.log ?? (() => { });
    const context = {
        version,
        archiveName: trivyArchiveName(version, platform),
        pinnedHash: pinned ? pinnedHashFor(pinned, version, platform) : undefined,
        baseUrl: (options.baseUrl ?? TRIVY_RELEASES_URL).replace(/\/+$/, ""),
        trustedRoot: options.trustedRoot,
        log,
    };
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), "trivy-install-"));
    try {
        const cached = tool_cache/* find */.I6(TRIVY_TOOL_NAME, version, arch);
        if (cached) {
            const installed = await reverifyCached(context, cached, work);
            log(`trivy ${version}: tool cache hit at ${cached}, re-verified against ${describeAnchor(installed.verifiedBy)}`);
            return installed;
        }
        return await downloadAndCache(context, arch, work);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** Use a trivy already on disk (`trivy-path`): it must run and report its version. */
async function useTrivyPath(path) {
    const absolute = (0,external_node_path_.resolve)(path);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (!info?.isFile())
        throw new TrivyInstallError(`trivy-path ${quote(path)} is not a file`, "trivy-path");
    let output;
    try {
        output = await (0,exec/* getExecOutput */.H)(absolute, ["--version", "--format", "json"], { silent: true, ignoreReturnCode: true });
    }
    catch (error) {
        throw new TrivyInstallError(`trivy-path ${quote(path)} cannot be run: ${error.message}`, "trivy-path");
    }
    if (output.exitCode !== 0)
        throw new TrivyInstallError(`trivy-path ${quote(path)} --version exited ${output.exitCode}: ${quote(lastLine(output.stderr))}`, "trivy-path");
    let reported;
    try {
        reported = JSON.parse(output.stdout).Version;
    }
    catch {
        reported = undefined;
    }
    // A release prints its semver; `go install` builds print "dev". Anything else is not trivy's answer.
    if (typeof reported !== "string" || !/^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/.test(reported))
        throw new TrivyInstallError(`trivy-path ${quote(path)} did not report a trivy version (--version --format json printed ${quote(output.stdout)})`, "trivy-path");
    return { path: absolute, version: reported };
}
function pinnedHashFor(pinned, version, platform) {
    const hash = pinned[platform];
    if (!hash || !/^[0-9a-f]{64}$/.test(hash))
        throw new TrivyInstallError(`trivy ${version} is pinned without a SHA-256 for ${platform}: refusing to install it`);
    return hash;
}
function describeAnchor(verifiedBy) {
    return verifiedBy === "pin" ? "the pinned SHA-256" : "the signed checksums file";
}
async function downloadAndCache(context, arch, work) {
    const { version, archiveName } = context;
    const stage = (0,external_node_path_.join)(work, "stage");
    await (0,promises_.mkdir)(stage);
    // For an unpinned version the small signed file is checked first: no archive is fetched for a
    // version whose checksums do not verify.
    const { expected, verifiedBy } = await expectedArchiveHash(context, async (checksumsName, bundleName) => {
        const checksums = await downloadEvidence(context, checksumsName, (0,external_node_path_.join)(work, checksumsName), "checksums file");
        const bundle = await downloadEvidence(context, bundleName, (0,external_node_path_.join)(work, bundleName), "Sigstore bundle");
        // Kept beside the binary, so a cache hit can verify it all again.
        await (0,promises_.writeFile)((0,external_node_path_.join)(stage, checksumsName), checksums);
        await (0,promises_.writeFile)((0,external_node_path_.join)(stage, bundleName), bundle);
        return { checksums, bundle };
    });
    const archive = await download(context, archiveName, (0,external_node_path_.join)(work, archiveName), "release archive");
    const actual = await sha256File(archive);
    if (actual !== expected) {
        await (0,promises_.rm)(archive, { force: true });
        throw new TrivyInstallError(`${archiveName}: SHA-256 ${actual} does not match ${describeAnchor(verifiedBy)}'s ${expected}; nothing was extracted`);
    }
    context.log(`trivy ${version}: ${archiveName} matches ${describeAnchor(verifiedBy)} (sha256:${actual})`);
    const binary = await extractTrivyBinary(archive, (0,external_node_path_.join)(work, "extract"), archiveName);
    await (0,promises_.copyFile)(binary, (0,external_node_path_.join)(stage, "trivy"));
    await (0,promises_.chmod)((0,external_node_path_.join)(stage, "trivy"), 0o755);
    await (0,promises_.copyFile)(archive, (0,external_node_path_.join)(stage, archiveName));
    const cached = await tool_cache/* cacheDir */.e8(stage, TRIVY_TOOL_NAME, version, arch);
    context.log(`trivy ${version}: installed in the tool cache at ${cached}`);
    return { path: (0,external_node_path_.join)(cached, "trivy"), version, source: "download", sha256: actual, verifiedBy };
}
async function reverifyCached(context, cached, work) {
    const { version, archiveName } = context;
    const refuse = (problem) => new TrivyInstallError(`tool cache ${cached}: ${problem}; refusing the cached trivy (remove the directory to reinstall)`);
    const archive = (0,external_node_path_.join)(cached, archiveName);
    if (!(await isRegularFile(archive)))
        throw refuse(`${archiveName} is missing, so the cached trivy cannot be verified`);
    const { expected, verifiedBy } = await expectedArchiveHash(context, async (checksumsName, bundleName) => ({
        checksums: await readEvidence((0,external_node_path_.join)(cached, checksumsName), refuse),
        bundle: await readEvidence((0,external_node_path_.join)(cached, bundleName), refuse),
    }));
    const actual = await sha256File(archive);
    if (actual !== expected)
        throw refuse(`${archiveName} has SHA-256 ${actual}, not ${describeAnchor(verifiedBy)}'s ${expected}`);
    // The archive is genuine; the binary beside it must be the one it holds.
    const fromArchive = await sha256File(await extractTrivyBinary(archive, (0,external_node_path_.join)(work, "extract"), archiveName));
    const binary = (0,external_node_path_.join)(cached, "trivy");
    if (!(await isRegularFile(binary)))
        throw refuse("trivy is missing or not a regular file");
    const cachedHash = await sha256File(binary);
    if (cachedHash !== fromArchive)
        throw refuse(`${binary} has SHA-256 ${cachedHash}, not ${fromArchive} of the trivy in the verified ${archiveName}`);
    return { path: binary, version, source: "cache", sha256: actual, verifiedBy };
}
/**
 * What the release archive must hash to: the pin, or (for an unpinned version) its line in the
 * checksums file once that file's signature verifies; `evidence` fetches or reads the two files.
 */
async function expectedArchiveHash(context, evidence) {
    if (context.pinnedHash)
        return { expected: context.pinnedHash, verifiedBy: "pin" };
    const checksumsName = trivyChecksumsName(context.version);
    const { checksums, bundle } = await evidence(checksumsName, `${checksumsName}.sigstore.json`);
    return { expected: verifiedChecksum(context, checksums, bundle), verifiedBy: "signed-checksums" };
}
/** The checksums file's signature must verify for trivy's release identity; then the archive's line. */
function verifiedChecksum(context, checksums, bundle) {
    const { version, archiveName } = context;
    const checksumsName = trivyChecksumsName(version);
    const trust = (0,sigstore_src/* trustMaterialOf */.di)(context.trustedRoot ?? (0,sigstore_src/* publicGoodTrustedRoot */.cB)());
    try {
        (0,sigstore_src/* verifyBlobKeyless */.dJ)(bundle, checksums, checksumsName, { trust, identity: trivyReleaseIdentity(version) });
    }
    catch (error) {
        throw new TrivyInstallError(`trivy ${version} refused: ${error.message} (an unpinned trivy-version is accepted only through its release's signed checksums file)`);
    }
    const hash = checksumFor(checksums.toString("utf8"), archiveName, checksumsName);
    if (!hash)
        throw new TrivyInstallError(`trivy ${version} refused: the signed ${checksumsName} has no line for ${archiveName}`);
    context.log(`trivy ${version}: ${checksumsName} is signed by trivy's release workflow for v${version}`);
    return hash;
}
async function download(context, name, dest, what) {
    const url = `${context.baseUrl}/v${context.version}/${name}`;
    context.log(`trivy ${context.version}: downloading ${url}`);
    try {
        return await tool_cache/* downloadTool */.bq(url, dest);
    }
    catch (error) {
        const status = error.httpStatusCode;
        const reason = status ? `HTTP ${status}` : error.message;
        throw new TrivyInstallError(`trivy ${context.version}: cannot download the ${what} ${url}: ${reason}`);
    }
}
async function downloadEvidence(context, name, dest, what) {
    const path = await download(context, name, dest, what);
    if ((await (0,promises_.stat)(path)).size > MAX_EVIDENCE_BYTES)
        throw new TrivyInstallError(`trivy ${context.version}: the ${what} ${name} is larger than ${MAX_EVIDENCE_BYTES} bytes`);
    return (0,promises_.readFile)(path);
}
async function readEvidence(path, refuse) {
    if (!(await isRegularFile(path)))
        throw refuse(`${path} is missing, so the cached trivy cannot be verified`);
    if ((await (0,promises_.stat)(path)).size > MAX_EVIDENCE_BYTES)
        throw refuse(`${path} is larger than ${MAX_EVIDENCE_BYTES} bytes`);
    return (0,promises_.readFile)(path);
}
/**
 * Extracts a verified archive into a directory of its own and returns its top-level `trivy`, which
 * must be a regular file: nothing else in the archive (docs, contrib templates) is taken.
 */
async function extractTrivyBinary(archive, dest, archiveName) {
    await (0,promises_.rm)(dest, { recursive: true, force: true });
    await (0,promises_.mkdir)(dest, { recursive: true });
    await tool_cache/* extractTar */.nN(archive, dest);
    const binary = (0,external_node_path_.join)(dest, "trivy");
    if (!(await isRegularFile(binary)))
        throw new TrivyInstallError(`${archiveName} has no regular file trivy at its top level`);
    return binary;
}
async function isRegularFile(path) {
    const info = await (0,promises_.lstat)(path).catch(() => undefined);
    return info?.isFile() ?? false;
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest("hex");
}
function lastLine(text) {
    return (text
        .trim()
        .split("\n")
        .filter((line) => line.trim())
        .at(-1) ?? "");
}
/** Outside text on one line: JSON-escaped and bounded. */
function quote(text) {
    const bounded = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    return JSON.stringify(bounded).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

;// CONCATENATED MODULE: ./packages/scan/src/openvex.ts
/**
 * The findings a team accepted, as an OpenVEX v0.2.0 document that can travel with the image.
 *
 * Only what trivy itself suppressed in this run becomes a statement (its `--show-suppressed`
 * report, trivy-report.ts): an ignore-file entry that matched nothing writes nothing, an expired one
 * (trivy drops it, pkg/result/ignore.go `Prune`) writes nothing, and a finding is never re-derived
 * from the ignore file's text.
 *
 * Each statement names the image as a `pkg:oci` purl by digest and the package as trivy reported it,
 * because that is what trivy matches when it reads VEX for an image (trivy v0.74 pkg/vex/vex.go
 * `filterVulnerabilities` walks from the package to the image, asking the document with
 * product = the image's purl and subcomponent = the package's `PkgIdentifier.PURL`; go-vex v0.2.7
 * `PurlMatches` compares type, namespace, name and version, and needs every qualifier of OUR purl
 * in trivy's):
 * - the image purl follows the purl spec's `oci` type and trivy's pkg/purl `parseOCI`: name = the
 *   repository's last path segment, lower-case; version = the digest trivy reads the image by (the
 *   index's for a multi-arch image: `RepoDigests` is the digest the reference resolves to, and
 *   `--vex oci` looks for attestations there) with `:` percent-encoded; `arch` when the target is
 *   one platform, so a statement about the amd64 image does not cover the arm64 one.
 * - no `repository_url` and no `tag`: trivy's purl carries the repository it scanned, and a
 *   qualifier of ours it lacks would fail the match. The image is promoted and mirrored digest for
 *   digest, so a location in the purl would make the VEX stop working at every copy, and (scanned as
 *   a candidate) would publish the internal registry's name, which promotion exists to keep private.
 *   The digest alone identifies the image wherever it is.
 *
 * OpenVEX fields (openvex/spec v0.2.0 OPENVEX-SPEC.md): an ignore-file entry is `not_affected`; the
 * spec requires a justification or an impact statement for that status, so the entry's own words
 * (the `.trivyignore.yaml` `statement`, or the `#` comment above or after a `.trivyignore` line)
 * become the impact statement, and the justification label too when those words name one of the
 * five. A finding a VEX document suppressed keeps that document's status and justification.
 * The document's `timestamp` is given by the caller (trivy-scan passes the vulnerability DB's
 * UpdatedAt: the findings were judged against that DB), statements inherit it, and `@id` is the
 * SHA-256 of the rest of the document, so the same image, ignore file and DB give the same bytes.
 */

const OPENVEX_CONTEXT = "https://openvex.dev/ns/v0.2.0";
// The document's in-toto predicate type, when sign attests it, is sigstore's OPENVEX_PREDICATE.
/** The status justification labels of OpenVEX v0.2.0 ("Status Justifications"). */
const OPENVEX_JUSTIFICATIONS = (/* unused pure expression or super */ null && ([
    "component_not_present",
    "vulnerable_code_not_present",
    "vulnerable_code_not_in_execute_path",
    "vulnerable_code_cannot_be_controlled_by_adversary",
    "inline_mitigations_already_exist",
]));
/**
 * `pkg:oci/<name>@sha256%3A<hex>[?arch=<arch>]` for an image in `repository` at `digest`
 * (purl-spec PURL-TYPES `oci`; see the module comment for what is left out and why).
 */
function ociPackageUrl(repository, digest, platform) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
        throw new Error(`not a sha256 digest: ${digest}`);
    const path = repository.split("/");
    const name = (path[path.length - 1] ?? "").toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name))
        throw new Error(`no image name in repository ${repository}`);
    const arch = platform?.split("/")[1];
    const qualifiers = arch && /^[a-z0-9_]+$/.test(arch) ? `?arch=${arch}` : "";
    return `pkg:oci/${name}@${digest.replace(":", "%3A")}${qualifiers}`;
}
/**
 * The comment of each entry of a plain `.trivyignore`: the `#` lines right above an ID (no blank
 * line between) and a `#` comment after it on its line. trivy itself reads only the ID and `exp:`
 * (pkg/result/ignore.go `parseIgnore`); comments are the file's convention for saying why.
 */
function ignoreFileComments(text) {
    const comments = new Map();
    let above = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === "") {
            above = [];
            continue;
        }
        if (line.startsWith("#")) {
            above.push(line.replace(/^#+\s*/, ""));
            continue;
        }
        const [id = ""] = line.split(/\s+/);
        const hash = line.indexOf("#");
        const after = hash >= 0 ? line.slice(hash).replace(/^#+\s*/, "") : "";
        const comment = [...above, after].filter((part) => part !== "").join(" ");
        if (comment !== "" && !comments.has(id))
            comments.set(id, comment);
        above = [];
    }
    return comments;
}
/** The first justification label the text names, if any. */
function justificationIn(text) {
    return OPENVEX_JUSTIFICATIONS.find((label) => new RegExp(`\\b${label}\\b`).test(text));
}
function statementFacts(finding, comments, ignoreName) {
    const vulnerability = finding.vulnerabilityId;
    if (finding.status === "ignored") {
        const reason = finding.statement || comments.get(vulnerability) || "";
        const justification = justificationIn(reason);
        return {
            vulnerability,
            status: "not_affected",
            ...(justification ? { justification } : {}),
            impactStatement: reason || `Accepted in ${ignoreName}, which gives no reason.`,
            statusNotes: `Accepted in ${ignoreName}; trivy suppressed this finding when the image was scanned.`,
        };
    }
    const label = OPENVEX_JUSTIFICATIONS.find((known) => known === finding.statement);
    const notes = `Marked ${finding.status} by a VEX document given to the scan.`;
    if (finding.status === "fixed")
        return { vulnerability, status: "fixed", statusNotes: notes };
    return {
        vulnerability,
        status: "not_affected",
        ...(label ? { justification: label } : { impactStatement: finding.statement || notes }),
        statusNotes: notes,
    };
}
/**
 * The accepted findings of `targets` as one OpenVEX document: one statement per vulnerability and
 * reason, listing each image (product) with the packages (subcomponents) it was accepted in.
 */
function acceptedFindingsVex(options) {
    const isYaml = /\.ya?ml$/i.test(options.ignoreFile?.name ?? "");
    const comments = options.ignoreFile && !isYaml ? ignoreFileComments(options.ignoreFile.text) : new Map();
    const ignoreName = options.ignoreFile?.name ?? "the ignore file";
    const withoutPurl = [];
    const grouped = new Map();
    for (const target of options.targets) {
        const product = ociPackageUrl(target.repository, target.digest, target.platform);
        for (const finding of target.suppressed) {
            // A statement without the package would cover the vulnerability in every package of the image.
            if (finding.packagePurl === "") {
                withoutPurl.push({ target, finding });
                continue;
            }
            const facts = statementFacts(finding, comments, ignoreName);
            const key = JSON.stringify(facts);
            const group = grouped.get(key) ?? { facts, products: new Map() };
            grouped.set(key, group);
            const subcomponents = group.products.get(product) ?? new Set();
            group.products.set(product, subcomponents.add(finding.packagePurl));
        }
    }
    if (grouped.size === 0)
        return { withoutPurl };
    const statements = [...grouped.values()]
        .map(({ facts, products }) => ({
        vulnerability: { name: facts.vulnerability },
        products: [...products.keys()].sort(byCodeUnit).map((id) => ({
            "@id": id,
            subcomponents: [...(products.get(id) ?? [])].sort(byCodeUnit).map((sub) => ({ "@id": sub })),
        })),
        status: facts.status,
        ...(facts.justification ? { justification: facts.justification } : {}),
        ...(facts.impactStatement ? { impact_statement: facts.impactStatement } : {}),
        status_notes: facts.statusNotes,
    }))
        .sort((a, b) => byCodeUnit(JSON.stringify(a), JSON.stringify(b)));
    const content = {
        "@context": OPENVEX_CONTEXT,
        author: options.author,
        timestamp: new Date(options.timestamp).toISOString(),
        version: 1,
        tooling: options.tooling,
        statements,
    };
    // The spec's shared `public` namespace (OPENVEX-SPEC.md "Public IRI Namespaces"), named by a
    // content hash as vexctl does, so no two different documents share an @id.
    const id = `https://openvex.dev/docs/public/vex-${createHash("sha256").update(JSON.stringify(content)).digest("hex")}`;
    const { "@context": context, ...rest } = content;
    return { document: { "@context": context, "@id": id, ...rest }, withoutPurl };
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/scan/src/sla.ts
/**
 * The SLA clock of our vulnerability policy: a fixable finding is due a number of days (by
 * severity) after the vulnerability was published, and overdue once that moment has passed.
 * An unfixed finding has no due date (there is nothing to upgrade to yet), and neither has one
 * without a published date or of a severity the policy gives no deadline (UNKNOWN by default).
 */


/** Critical 7 days, High 30, Medium (Moderate) 90, Low 180; Unknown has no deadline. */
const DEFAULT_SLA = Object.freeze({
    CRITICAL: 7,
    HIGH: 30,
    MEDIUM: 90,
    LOW: 180,
    UNKNOWN: undefined,
});
const DAY_MS = (/* unused pure expression or super */ null && (24 * 60 * 60 * 1000));
/** When the finding must be fixed by, or undefined when the SLA clock does not run for it. */
function sla_dueDate(finding, sla) {
    const days = sla[finding.severity];
    if (days === undefined || !isFixable(finding) || finding.publishedDate === "")
        return undefined;
    const published = Date.parse(finding.publishedDate);
    if (Number.isNaN(published))
        return undefined;
    return new Date(published + days * DAY_MS);
}
/** The due date has passed at `now` (a finding due exactly now is not yet overdue). */
function sla_isOverdue(finding, sla, now) {
    const due = sla_dueDate(finding, sla);
    return due !== undefined && now.getTime() > due.getTime();
}
function zeroCounts() {
    return { total: 0, fixable: 0, overdue: 0 };
}
/** Totals, fixable and overdue counts, per severity and overall. */
function countFindings(findings, sla, now) {
    const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, zeroCounts()]));
    const counts = { bySeverity, total: 0, fixable: 0, overdue: 0 };
    for (const finding of findings) {
        const row = bySeverity[finding.severity];
        const fixable = isFixable(finding) ? 1 : 0;
        const overdue = sla_isOverdue(finding, sla, now) ? 1 : 0;
        row.total += 1;
        row.fixable += fixable;
        row.overdue += overdue;
        counts.total += 1;
        counts.fixable += fixable;
        counts.overdue += overdue;
    }
    return counts;
}

;// CONCATENATED MODULE: ./packages/scan/src/sarif.ts
/**
 * Findings → a SARIF 2.1.0 log for GitHub Code Scanning, one run per scanned target.
 *
 * What GitHub does with each part decides its shape (its "SARIF support for code scanning" page):
 * - A run's `automationDetails.id` is `<category>/`: GitHub reads everything before the last `/`
 *   as the category and the rest as a run id we leave empty, so uploads of one category replace
 *   each other and alerts follow the category across releases. Two runs of one category in one log
 *   are refused here, as GitHub refuses them.
 * - One rule per vulnerability ID. `properties.security-severity` is what makes GitHub show
 *   Critical/High/Medium/Low instead of Error/Warning/Note; the score is fixed per trivy severity
 *   (CRITICAL 9.5, HIGH 8.0, MEDIUM 5.5, LOW 2.0, each inside GitHub's band: ≥ 9.0 critical,
 *   7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low) rather than taken from a CVSS score, so the severity
 *   an alert shows is the one trivy reported and `severity`/`fail-on` act on. UNKNOWN gets no score:
 *   GitHub would read 0.0 as "no security severity" anyway, and any real score would be a guess.
 * - `level`: error for CRITICAL and HIGH, warning for MEDIUM, note for LOW and UNKNOWN — the same
 *   three bands for results and their rules (a rule takes its most severe finding's level).
 * - Every result needs a physical location. An image has no source file, so the location is the
 *   package's installed path inside the image when trivy knows it (language packages), otherwise
 *   the image repository as the user named it (no tag, no digest: stable across releases), with
 *   the region GitHub requires pinned to line 1, column 1. URIs are relative and percent-encoded
 *   per segment, so `host:port` or a hostile path can neither become a URI scheme nor leave the
 *   path (`.`/`..` segments are dropped).
 * - `partialFingerprints` are derived only from (vulnerability ID, package name, installed path):
 *   not the version, digest or OS release, so a rescan of a rebuilt image matches the open alert
 *   instead of opening a second one. Two keys carry it: `imageVulnerability/v1` (the full SHA-256,
 *   ours) and `primaryLocationLineHash` (the one key GitHub reads, in the `<16 hex>:<occurrence>`
 *   shape CodeQL's uploader writes). A second finding with the same triple in one run (trivy can
 *   list a package twice) gets the next occurrence number; results are sorted first, so which one
 *   is which does not depend on report order.
 * - Results come highest severity first in a total order, so the same findings give the same log.
 *
 * Limits (GitHub's "SARIF results exceed limits" rules): at most 25,000 results per run and 10 MB of
 * gzipped SARIF per upload; `trimSarif` drops the lowest severities first to fit.
 */






const SARIF_VERSION = "2.1.0";
/** The 2.1.0 schema as OASIS publishes it (GitHub requires `$schema` to name the 2.1.0 schema). */
const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const sarif_TRIVY_TOOL_NAME = "Trivy";
const TRIVY_INFORMATION_URI = "https://github.com/aquasecurity/trivy";
/** The partialFingerprints key holding our full fingerprint; bump the version if its input changes. */
const FINGERPRINT_KEY = "imageVulnerability/v1";
/** The partialFingerprints key GitHub Code Scanning matches results on. */
const GITHUB_FINGERPRINT_KEY = "primaryLocationLineHash";
/** GitHub's SARIF upload limits. */
const GITHUB_SARIF_LIMITS = {
    resultsPerRun: 25_000,
    runsPerFile: 20,
    /**
     * GitHub says "10 MB" of gzipped SARIF; the smaller reading (10^7 bytes, not 10 MiB) is taken so
     * a log that fits here fits there whichever GitHub means.
     */
    gzippedBytes: 10_000_000,
    /** shortDescription and fullDescription are "limited to 1024 characters". */
    descriptionChars: 1024,
};
const LEVELS = {
    CRITICAL: "error",
    HIGH: "error",
    MEDIUM: "warning",
    LOW: "note",
    UNKNOWN: "note",
};
const SECURITY_SEVERITY = {
    CRITICAL: "9.5",
    HIGH: "8.0",
    MEDIUM: "5.5",
    LOW: "2.0",
    UNKNOWN: undefined,
};
function sarifLevel(severity) {
    return LEVELS[severity];
}
/** The `security-severity` score GitHub reads for a rule, or undefined for UNKNOWN. */
function securitySeverity(severity) {
    return SECURITY_SEVERITY[severity];
}
/** A log GitHub would refuse, or a category that cannot name a run. */
class SarifError extends Error {
    name = "SarifError";
}
/** `<category>/`: the category, and an empty run id GitHub stores but does not use. */
function automationId(category) {
    const trimmed = category.trim();
    if (trimmed === "" || trimmed === "/")
        throw new SarifError("a SARIF run needs a non-empty category");
    return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}
function driver(toolVersion, rules) {
    const version = cleanText(toolVersion, 128) || "unknown";
    const semantic = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(version)?.[1];
    return {
        name: sarif_TRIVY_TOOL_NAME,
        version,
        ...(semantic ? { semanticVersion: semantic } : {}),
        informationUri: TRIVY_INFORMATION_URI,
        rules,
    };
}
/**
 * A path as a relative URI reference: each segment percent-encoded (so `:` cannot start a scheme),
 * empty, `.` and `..` segments dropped (so it cannot climb out).
 */
function relativeUri(path) {
    return path
        .toWellFormed()
        .split(/[/\\]+/)
        .filter((segment) => segment !== "" && segment !== "." && segment !== "..")
        .map((segment) => encodeURIComponent(segment))
        .join("/");
}
/** The SHA-256 (hex) of the triple that identifies a finding across rescans. */
function findingFingerprint(finding) {
    // JSON of an array: unambiguous whatever characters the parts hold.
    const identity = JSON.stringify([finding.vulnerabilityId, finding.packageName, finding.installedPath]);
    return createHash("sha256").update(identity, "utf8").digest("hex");
}
/** CommonMark: every ASCII punctuation character may be backslash-escaped; newlines become spaces. */
function markdownInline(text) {
    return text.replace(/[\r\n\t]+/g, " ").replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
function markdownBlock(text) {
    return text
        .split("\n")
        .map((line) => line.replace(/[!-/:-@[-`{-~]/g, "\\$&"))
        .join("\n");
}
/** A link target that cannot close the Markdown link early. */
function markdownUrl(url) {
    return url.replace(/[()\s<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function imageName(target) {
    return `${target.repository}@${target.manifestDigest || target.digest}${target.platform ? ` (${target.platform})` : ""}`;
}
function fixedText(finding) {
    return isFixable(finding) ? `fixed in ${finding.fixedVersion}` : "no fixed version yet";
}
/** Rows of a rule's help: each distinct package (name, installed, fixed) the vulnerability hit. */
const HELP_PACKAGE_ROWS = 20;
function ruleFor(id, findings) {
    // findings are sorted highest severity first: the first one speaks for the rule.
    const lead = findings[0];
    const severity = lead.severity;
    const title = lead.title || id;
    const description = lead.description || title;
    const url = lead.primaryUrl;
    const packages = [
        ...new Map(findings.map((finding) => [
            JSON.stringify([finding.packageName, finding.installedVersion, finding.fixedVersion]),
            finding,
        ])).values(),
    ];
    const shown = packages.slice(0, HELP_PACKAGE_ROWS);
    const more = packages.length - shown.length;
    const textRows = shown.map((finding) => `Package: ${finding.packageName}, installed ${finding.installedVersion || "(unknown)"}, ${fixedText(finding)}`);
    const markdownRows = shown.map((finding) => `| ${markdownInline(finding.packageName)} | ${markdownInline(finding.installedVersion || "(unknown)")} | ${isFixable(finding) ? markdownInline(finding.fixedVersion) : "no fix yet"} |`);
    if (more > 0) {
        textRows.push(`… and ${more} more packages`);
        markdownRows.push(`| … and ${more} more | | |`);
    }
    const text = [
        `Vulnerability ${id} (${severity})`,
        ...textRows,
        ...(url ? [`Link: ${url}`] : []),
        "",
        description,
    ].join("\n");
    const markdown = [
        `**Vulnerability ${markdownInline(id)}** (${severity})`,
        "",
        "| Package | Installed version | Fixed version |",
        "| --- | --- | --- |",
        ...markdownRows,
        "",
        ...(url ? [`[${markdownInline(id)}](${markdownUrl(url)})`, ""] : []),
        markdownBlock(description),
    ].join("\n");
    const score = securitySeverity(severity);
    return {
        id,
        shortDescription: { text: cleanText(title, GITHUB_SARIF_LIMITS.descriptionChars) },
        fullDescription: { text: cleanText(description, GITHUB_SARIF_LIMITS.descriptionChars, true) },
        ...(url ? { helpUri: url } : {}),
        help: { text, markdown },
        defaultConfiguration: { level: sarifLevel(severity) },
        properties: {
            tags: ["vulnerability", "security", severity],
            precision: "very-high",
            ...(score ? { "security-severity": score } : {}),
        },
    };
}
function resultFor(finding, ruleIndex, target, occurrence, options) {
    const image = imageName(target);
    const due = options.sla ? dueDate(finding, options.sla) : undefined;
    const overdue = options.sla && options.now ? isOverdue(finding, options.sla, options.now) : undefined;
    const lines = [
        `${finding.packageName} ${finding.installedVersion || "(unknown version)"} is affected by ${finding.vulnerabilityId} (${finding.severity}); ${fixedText(finding)}.`,
        `Package: ${finding.packageName}`,
        `Installed version: ${finding.installedVersion || "(unknown)"}`,
        `Fixed version: ${finding.fixedVersion || "(none)"}`,
        `Severity: ${finding.severity}`,
        `Image: ${image}`,
        ...(finding.installedPath ? [`Installed at: ${finding.installedPath}`] : []),
        ...(due ? [`Due: ${due.toISOString().slice(0, 10)}${overdue ? " (overdue)" : ""}`] : []),
    ];
    const uri = relativeUri(finding.installedPath) || relativeUri(target.repository) || "image";
    const fingerprint = findingFingerprint(finding);
    return {
        ruleId: finding.vulnerabilityId,
        ruleIndex,
        level: sarifLevel(finding.severity),
        message: { text: lines.join("\n") },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri },
                    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
                },
                message: { text: `${image}: ${finding.packageName}@${finding.installedVersion}` },
            },
        ],
        partialFingerprints: {
            [FINGERPRINT_KEY]: fingerprint,
            [GITHUB_FINGERPRINT_KEY]: `${fingerprint.slice(0, 16)}:${occurrence}`,
        },
        properties: {
            severity: finding.severity,
            packageName: finding.packageName,
            installedVersion: finding.installedVersion,
            fixedVersion: finding.fixedVersion,
            ...(finding.installedPath ? { installedPath: finding.installedPath } : {}),
            ...(finding.publishedDate ? { publishedDate: finding.publishedDate } : {}),
            ...(due ? { dueDate: due.toISOString() } : {}),
            ...(overdue !== undefined && due ? { overdue } : {}),
        },
    };
}
/** One run: the target's findings, highest severity first, a rule per vulnerability ID. */
function sarifRun(input, options = {}) {
    const sorted = [...input.findings].sort(compareFindings);
    const byId = new Map();
    for (const finding of sorted) {
        const list = byId.get(finding.vulnerabilityId);
        if (list)
            list.push(finding);
        else
            byId.set(finding.vulnerabilityId, [finding]);
    }
    const rules = [...byId].map(([id, findings]) => ruleFor(id, findings));
    const ruleIndexes = new Map(rules.map((rule, index) => [rule.id, index]));
    const occurrences = new Map();
    const results = sorted.map((finding) => {
        const fingerprint = findingFingerprint(finding);
        const occurrence = (occurrences.get(fingerprint) ?? 0) + 1;
        occurrences.set(fingerprint, occurrence);
        return resultFor(finding, ruleIndexes.get(finding.vulnerabilityId), input.target, occurrence, options);
    });
    const { target } = input;
    return {
        tool: { driver: driver(input.toolVersion, rules) },
        automationDetails: { id: automationId(target.category) },
        columnKind: "utf16CodeUnits",
        results,
        properties: {
            category: target.category,
            repository: target.repository,
            requested: target.requested,
            digest: target.digest,
            manifestDigest: target.manifestDigest,
            ...(target.platform ? { platform: target.platform } : {}),
        },
    };
}
function logOf(runs) {
    const seen = new Set();
    for (const run of runs) {
        const id = run.automationDetails.id;
        if (seen.has(id)) {
            throw new SarifError(`two SARIF runs with category ${JSON.stringify(id.slice(0, -1))}: GitHub refuses that`);
        }
        seen.add(id);
    }
    return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs };
}
/** A SARIF log with one run per target (categories must differ). */
function sarifLog(runs, options = {}) {
    return logOf(runs.map((input) => sarifRun(input, options)));
}
/**
 * A log whose one run has no results, for `category`: uploaded, it closes every open alert of that
 * category (a release line that left the supported window).
 */
function emptyRun(category, toolVersion) {
    return logOf([
        {
            tool: { driver: driver(toolVersion, []) },
            automationDetails: { id: automationId(category) },
            columnKind: "utf16CodeUnits",
            results: [],
            properties: { category },
        },
    ]);
}
function gzippedSize(log) {
    return gzipSync(JSON.stringify(log)).length;
}
function resultRank(result) {
    const severity = result.properties?.severity;
    if (severity && SEVERITIES.includes(severity))
        return severityRank(severity);
    return result.level === "error" ? 3 : result.level === "warning" ? 2 : 0;
}
/** `log` keeping only the results in `keep[run]`, rules no kept result uses dropped and re-indexed. */
function withResults(log, keep) {
    return {
        ...log,
        runs: log.runs.map((run, runIndex) => {
            const kept = run.results.filter((_, index) => keep[runIndex]?.[index]);
            const used = new Set(kept.map((result) => result.ruleIndex));
            const rules = run.tool.driver.rules.filter((_, index) => used.has(index));
            const newIndex = new Map(rules.map((rule, index) => [rule.id, index]));
            return {
                ...run,
                tool: { ...run.tool, driver: { ...run.tool.driver, rules } },
                results: kept.map((result) => ({ ...result, ruleIndex: newIndex.get(result.ruleId) })),
            };
        }),
    };
}
/**
 * `log` within GitHub's limits: each run cut to `maxResultsPerRun` results, then the whole log to
 * `maxGzippedBytes` of gzipped JSON, the lowest severities dropped first (within a severity, the
 * results later in their run). `trimmed` says what was dropped, or is undefined when nothing was.
 */
function trimSarif(log, options = {}) {
    const maxResults = options.maxResultsPerRun ?? GITHUB_SARIF_LIMITS.resultsPerRun;
    const maxBytes = options.maxGzippedBytes ?? GITHUB_SARIF_LIMITS.gzippedBytes;
    const reasons = [];
    // Every result, ranked: severity, then run order, then position in its run.
    const ranked = log.runs.flatMap((run, runIndex) => run.results.map((result, index) => ({ runIndex, index, rank: resultRank(result) })));
    ranked.sort((a, b) => b.rank - a.rank || a.runIndex - b.runIndex || a.index - b.index);
    const keep = log.runs.map((run) => run.results.map(() => true));
    const perRun = new Map();
    for (const entry of ranked) {
        const count = (perRun.get(entry.runIndex) ?? 0) + 1;
        perRun.set(entry.runIndex, count);
        if (count > maxResults)
            keep[entry.runIndex][entry.index] = false;
    }
    const survivors = ranked.filter((entry) => keep[entry.runIndex]?.[entry.index]);
    if (survivors.length < ranked.length)
        reasons.push("results-per-run");
    const keepFirst = (count) => {
        const mask = log.runs.map((run) => run.results.map(() => false));
        for (const entry of survivors.slice(0, count))
            mask[entry.runIndex][entry.index] = true;
        return mask;
    };
    let kept = survivors.length;
    let candidate = withResults(log, keepFirst(kept));
    let size = gzippedSize(candidate);
    if (size > maxBytes) {
        reasons.push("gzipped-size");
        if (gzippedSize(withResults(log, keepFirst(0))) > maxBytes) {
            throw new SarifError(`the SARIF log is over ${maxBytes} gzipped bytes even without results`);
        }
        // Largest count that fits, by bisection (gzipped size grows with the results kept).
        let low = 0;
        let high = kept - 1;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (gzippedSize(withResults(log, keepFirst(middle))) <= maxBytes)
                low = middle;
            else
                high = middle - 1;
        }
        kept = low;
        candidate = withResults(log, keepFirst(kept));
        size = gzippedSize(candidate);
    }
    const dropped = ranked.length - kept;
    if (dropped === 0)
        return { log: candidate, trimmed: undefined };
    const droppedBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
    const keptSet = new Set(survivors.slice(0, kept).map((entry) => `${entry.runIndex}:${entry.index}`));
    for (const entry of ranked) {
        if (keptSet.has(`${entry.runIndex}:${entry.index}`))
            continue;
        const severity = SEVERITIES[entry.rank] ?? "UNKNOWN";
        droppedBySeverity[severity] += 1;
    }
    const bySeverity = [...SEVERITIES]
        .reverse()
        .filter((severity) => droppedBySeverity[severity] > 0)
        .map((severity) => `${droppedBySeverity[severity]} ${severity}`)
        .join(", ");
    const limits = reasons
        .map((reason) => reason === "results-per-run" ? `${maxResults} results per run` : `${maxBytes} gzipped bytes per upload`)
        .join(" and ");
    return {
        log: candidate,
        trimmed: {
            resultsDropped: dropped,
            droppedBySeverity,
            reasons,
            message: `SARIF trimmed to GitHub's limit of ${limits}: dropped ${dropped} of ${ranked.length} results (${bySeverity}), lowest severity first`,
        },
    };
}
/** The log as the upload API takes it; refuses one over GitHub's limits (trim it first). */
function encodeSarif(log, options = {}) {
    const maxBytes = options.maxGzippedBytes ?? GITHUB_SARIF_LIMITS.gzippedBytes;
    if (log.runs.length > GITHUB_SARIF_LIMITS.runsPerFile) {
        throw new SarifError(`a SARIF upload holds at most ${GITHUB_SARIF_LIMITS.runsPerFile} runs; this has ${log.runs.length}`);
    }
    for (const run of log.runs) {
        if (run.results.length > GITHUB_SARIF_LIMITS.resultsPerRun) {
            throw new SarifError(`SARIF run ${JSON.stringify(run.automationDetails.id)} has ${run.results.length} results, over GitHub's ${GITHUB_SARIF_LIMITS.resultsPerRun}; trim it first`);
        }
    }
    const json = Buffer.from(JSON.stringify(log), "utf8");
    const gzipped = gzipSync(json);
    if (gzipped.length > maxBytes) {
        throw new SarifError(`the SARIF log is ${gzipped.length} bytes gzipped, over GitHub's ${maxBytes}; trim it first`);
    }
    return { base64: gzipped.toString("base64"), gzippedBytes: gzipped.length, jsonBytes: json.length };
}

;// CONCATENATED MODULE: ./packages/scan/src/user-errors.ts
/**
 * The scan package's errors that are the user's to act on (a refused install, an unreachable DB, a
 * disabled Code Scanning, a report trivy garbled): an action prints them as one line, no stack.
 */






const SCAN_USER_ERRORS = [
    CodeScanningError,
    SarifError,
    TrivyInstallError,
    TrivyReportError,
    TrivyRunError,
    VulnerabilityDbError,
];

;// CONCATENATED MODULE: ./packages/scan/src/index.ts


















// EXTERNAL MODULE: ./packages/cli/src/scan-diff-error.ts
var scan_diff_error = __webpack_require__(13154);
;// CONCATENATED MODULE: ./packages/cli/src/scan-diff.ts
/**
 * `image-actions diff OLD NEW --scan`: the CVE delta between two images, both scanned by trivy
 * against one vulnerability DB in one run (the scan package's compare-images.ts), as trivy-scan's
 * `compare-with` does: per platform, the findings fixed and the findings new, with severity, and
 * those still affected under a new installed version.
 *
 * trivy and its DB as trivy-scan takes them, from three options:
 *   --trivy-path FILE        a trivy you installed; otherwise the pinned trivy (release archive
 *                            checked against the SHA-256 in our source) is installed into the cache
 *   --db-repository REF      where the DB is pulled from, repeatable, in order; trivy-db's public
 *                            mirrors otherwise
 *   --cache-dir DIR          where the DB (and the installed trivy) are kept;
 *                            $XDG_CACHE_HOME/image-actions/trivy (~/.cache/…) otherwise
 * Findings' strings come from the images and the DB: the scan package has already cut them to one
 * line of printable text (trivy-report.ts), and print() neutralises workflow commands.
 */






async function scanDiff(values, oldImage, newImage, clients, env, log) {
    const cacheDir = (0,external_node_path_.resolve)(values["cache-dir"] ?? (0,external_node_path_.join)(env.XDG_CACHE_HOME ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), ".cache"), "image-actions", "trivy"));
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "image-actions-diff-scan-"));
    // DB repositories are alternatives: a rate-limited one is left after one short wait (as in trivy-scan).
    const dbClients = new src/* RegistryClients */.aT({
        env,
        onSecret: () => { },
        knownRealms: src/* WELL_KNOWN_REALMS */.co,
        transportOptions: { backoff: { retries: 1, baseDelayMs: 500, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 } },
    });
    try {
        return await scanBoth(values, oldImage, newImage, clients, dbClients, cacheDir, workDir, log);
    }
    catch (error) {
        // A refused trivy, an unreachable DB, a garbled report: the user's to act on, one line.
        if (SCAN_USER_ERRORS.some((kind) => error instanceof kind))
            throw new scan_diff_error/* ScanDiffError */.r(`--scan: ${error.message.replace(/trivy-path /, "--trivy-path ")}`);
        throw error;
    }
    finally {
        await dbClients.close();
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}
async function scanBoth(values, oldImage, newImage, clients, dbClients, cacheDir, workDir, log) {
    const trivy = await trivyFor(values, cacheDir, workDir, log);
    const delta = await compareImageScans({
        clients,
        dbClients,
        oldImage,
        newImage,
        ...(values.platform?.length
            ? { platforms: values.platform.map((platform) => (0,src/* formatPlatform */.Bq)((0,src/* parsePlatform */.FL)(platform))) }
            : {}),
        trivyPath: trivy.path,
        dbRepositories: values["db-repository"]?.length ? values["db-repository"] : DEFAULT_DB_REPOSITORIES,
        cacheDir,
        workDir,
        log,
    });
    return {
        ...delta,
        trivy,
        db: { source: delta.db.source, updatedAt: delta.db.metadata.updatedAt ?? null, downloaded: delta.db.downloaded },
    };
}
async function trivyFor(values, cacheDir, tempDir, log) {
    if (values["trivy-path"])
        return useTrivyPath(values["trivy-path"]);
    // @actions/tool-cache keeps its entries under RUNNER_TOOL_CACHE, read when called (install.ts).
    process.env.RUNNER_TOOL_CACHE = (0,external_node_path_.join)(cacheDir, "tools");
    const installed = await installTrivy({ tempDir, log });
    return { path: installed.path, version: installed.version };
}
function findingLine(label, finding, installed) {
    const fix = finding.fixedVersion ? `, fixed in ${finding.fixedVersion}` : ", no fix yet";
    return `  ${label} ${finding.vulnerabilityId} (${finding.severity}) ${finding.packageName} ${installed}${fix}`;
}
/** The delta as lines a person reads, after the diff's own. */
function formatScanDiff(report) {
    const lines = [
        `vulnerabilities (trivy ${report.trivy.version}; one DB for both images: ${report.db.source}, updated ${report.db.updatedAt ?? "unknown"}):`,
    ];
    for (const platform of report.platforms) {
        const name = platform.platform ?? "image";
        if (!platform.delta) {
            lines.push(`${name}: only in the ${platform.in} image, not compared`);
            continue;
        }
        const delta = platform.delta;
        lines.push(`${name}: ${delta.fixed.length} fixed, ${delta.new.length} new, ${delta.stillAffected} still affected (${delta.versionChanged.length} under a new version)`);
        for (const finding of delta.fixed)
            lines.push(findingLine("fixed", finding, finding.installedVersion));
        for (const finding of delta.new)
            lines.push(findingLine("new  ", finding, finding.installedVersion));
        for (const finding of delta.versionChanged)
            lines.push(findingLine("still", finding, `${finding.previousVersion} → ${finding.installedVersion}`));
    }
    return lines;
}


/***/ })

};
