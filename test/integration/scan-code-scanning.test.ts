// trivy-scan's Code Scanning client against the fake Code Scanning API, which holds every request to
// GitHub's published contract: a SARIF uploads and is waited on from pending to complete; a failed
// processing comes back with GitHub's errors, defused; polls that run out end in a warning, not a
// failure; Code Scanning switched off, a token without `security-events: write`, a bad token and an
// unknown repository each fail with one line that says what to do, and never with the token in it.
// Through a fault proxy, server faults and rate limits are retried within bounds; a scripted server
// plays GitHub's quirks the fake does not (secondary rate limits, "no analysis found", a body that
// echoes the token). The analyses list gives each category's newest upload, across pages.
// The pure choice of ref and commit to upload against is tested here too.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { getOctokit } from "@actions/github";
import {
  analysisCategories,
  CodeScanningError,
  defaultRefAndSha,
  type Octokit,
  uploadSarif,
} from "../../packages/scan/src/code-scanning.ts";
import { type FakeCodeScanning, startFakeCodeScanning } from "../support/fake-code-scanning.ts";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";

const TOKEN = "ghs_scan-code-scanning-token-canary";
const owner = "acme";
const repo = "app";
const commitSha = "c".repeat(40);
const ref = "refs/heads/main";

function sarif(categories: string[], results = 1): string {
  const log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: categories.map((category) => ({
      tool: { driver: { name: "Trivy", version: "0.74.0", rules: [{ id: "CVE-2024-0001" }] } },
      automationDetails: { id: `${category}/` },
      results: Array.from({ length: results }, (_, i) => ({
        ruleId: "CVE-2024-0001",
        level: "error",
        message: { text: `libc6 is vulnerable (${i})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: "library/app" }, region: { startLine: 1 } } }],
        partialFingerprints: { vulnerability: `CVE-2024-0001/libc6/${i}` },
      })),
    })),
  };
  return gzipSync(JSON.stringify(log)).toString("base64");
}

/** A sleep that returns at once and remembers what it was asked to wait. */
function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

const noWait = { sleep: async () => {} };

/** The CodeScanningError `call` fails with, checked to be one line without the token. */
async function codeScanningFailure(call: Promise<unknown>): Promise<CodeScanningError> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof CodeScanningError, `not a CodeScanningError: ${String(error)}`);
    assert.doesNotMatch(error.message, /\n|\r/, "the message is one line");
    assert.ok(!error.message.includes(TOKEN), `the token is in the message: ${error.message}`);
    assert.ok(!String(error.stack).includes(TOKEN));
    return error;
  }
  throw new Error("the call succeeded");
}

describe("Code Scanning upload, processing and analyses", () => {
  let fake: FakeCodeScanning;
  let octokit: Octokit;

  before(async () => {
    fake = await startFakeCodeScanning({ token: TOKEN, repository: `${owner}/${repo}` });
    octokit = getOctokit(TOKEN, { baseUrl: fake.url });
  });
  after(() => fake.stop());
  beforeEach(() => {
    fake.setProcessing(["pending", "complete"]);
    fake.setDisabled(false);
    fake.setPermission("write");
  });

  it("uploads a SARIF and waits for it from pending to complete, keeping to GitHub's contract", async () => {
    const { sleep, waits } = recordingSleep();
    const receipt = await uploadSarif(
      octokit,
      {
        owner,
        repo,
        sarif: sarif(["trivy/registry.test/acme/app"]),
        commitSha,
        ref,
        checkoutUri: "file:///github/workspace/",
        toolName: "Trivy",
      },
      { wait: true, pollDelaysMs: [5, 10, 20, 40], sleep },
    );
    assert.equal(receipt.processingStatus, "complete");
    assert.deepEqual(receipt.errors, []);
    assert.equal(receipt.warning, undefined);
    const upload = fake.uploads.at(-1);
    assert.equal(receipt.id, upload?.id);
    assert.equal(receipt.url, `${fake.url}/repos/${owner}/${repo}/code-scanning/sarifs/${receipt.id}`);
    assert.equal(upload?.statusRequests, 2, "polled until complete, then stopped");
    assert.deepEqual(waits, [5, 10], "a poll after each delay, no more");
    assert.equal(upload?.checkoutUri, "file:///github/workspace/");
    assert.equal(upload?.toolName, "Trivy");
    assert.deepEqual(
      upload?.runs.map((run) => run.category),
      ["trivy/registry.test/acme/app/"],
    );
    assert.deepEqual(fake.violations, []);
  });

  it("does not poll when not asked to wait", async () => {
    const before = fake.requests.length;
    const receipt = await uploadSarif(
      octokit,
      { owner, repo, sarif: sarif(["trivy/registry.test/acme/app"]), commitSha, ref },
      { wait: false },
    );
    assert.equal(receipt.processingStatus, "not-waited");
    assert.deepEqual(
      fake.requests.slice(before).map((request) => request.operationId),
      ["code-scanning/upload-sarif"],
    );
  });

  it("returns a failed processing with GitHub's errors, each one defused line", async () => {
    fake.setProcessing(
      ["pending", "failed"],
      ["locationFromSarifResult: expected artifact location", "bad run\n::error::injected"],
    );
    const receipt = await uploadSarif(
      octokit,
      { owner, repo, sarif: sarif(["trivy/registry.test/acme/app"]), commitSha, ref },
      { wait: true, pollDelaysMs: [0, 0, 0], ...noWait },
    );
    assert.equal(receipt.processingStatus, "failed");
    assert.deepEqual(receipt.errors, [
      "locationFromSarifResult: expected artifact location",
      "bad run ::error::injected",
    ]);
  });

  it("ends a wait that outlasts its polls as pending with a warning, not a failure", async () => {
    fake.setProcessing(["pending"]);
    const { sleep, waits } = recordingSleep();
    const receipt = await uploadSarif(
      octokit,
      { owner, repo, sarif: sarif(["trivy/registry.test/acme/app"]), commitSha, ref },
      { wait: true, pollDelaysMs: [1000, 2000, 3000], sleep },
    );
    assert.equal(receipt.processingStatus, "pending");
    assert.deepEqual(waits, [1000, 2000, 3000]);
    assert.match(receipt.warning ?? "", /had not finished processing after 6 s/);
    assert.equal(fake.uploads.at(-1)?.statusRequests, 3);
  });

  it("explains that code scanning is not enabled for the repository", async () => {
    fake.setDisabled(true);
    const error = await codeScanningFailure(
      uploadSarif(octokit, { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref }, { wait: true, ...noWait }),
    );
    assert.equal(error.problem, "disabled");
    assert.equal(error.status, 403);
    assert.match(error.message, /^upload SARIF to acme\/app: code scanning is not enabled for acme\/app \(HTTP 403: /);
    assert.match(error.message, /enable it in the repository's settings/);
  });

  it("names the missing `security-events: write` permission (403 not accessible, and 404)", async () => {
    fake.setPermission("read");
    const upload = () =>
      uploadSarif(octokit, { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref }, { wait: false, ...noWait });
    const refused = await codeScanningFailure(upload());
    assert.equal(refused.problem, "permission");
    assert.match(
      refused.message,
      /the token may not use code scanning \(HTTP 403: "Resource not accessible by integration"\)/,
    );
    assert.match(refused.message, /permissions: security-events: write` and `contents: read`/);

    fake.setPermission("none");
    const listing = await codeScanningFailure(analysisCategories(octokit, { owner, repo, toolName: "Trivy", ref }));
    assert.equal(listing.problem, "permission");

    fake.setPermission("write");
    const elsewhere = await codeScanningFailure(
      uploadSarif(
        octokit,
        { owner, repo: "other", sarif: sarif(["trivy/x/y"]), commitSha, ref },
        { wait: false, ...noWait },
      ),
    );
    assert.equal(elsewhere.problem, "permission");
    assert.match(
      elsewhere.message,
      /acme\/other was not found for this token \(HTTP 404: "Not Found"\); give the workflow/,
    );
  });

  it("says a bad token is bad, without printing it or the one it was mistaken for", async () => {
    const wrong = getOctokit(`${TOKEN}-wrong`, { baseUrl: fake.url });
    const error = await codeScanningFailure(
      uploadSarif(wrong, { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref }, { wait: false, ...noWait }),
    );
    assert.equal(error.problem, "credentials");
    assert.match(error.message, /GitHub refused the token \(HTTP 401: "Bad credentials"\)/);
  });

  it("refuses a ref or commit GitHub would refuse, before sending anything", async () => {
    const before = fake.requests.length;
    const short = await codeScanningFailure(
      uploadSarif(octokit, { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha: "abc123", ref }, { wait: false }),
    );
    assert.equal(short.problem, "bad-input");
    const bare = await codeScanningFailure(
      uploadSarif(octokit, { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref: "main" }, { wait: false }),
    );
    assert.match(bare.message, /ref "main" is not a full Git reference/);
    assert.equal(fake.requests.length, before);
  });

  it("lists each category's newest analysis for the tool, across pages, trailing slash dropped", async () => {
    const listed = await startFakeCodeScanning({ token: TOKEN, repository: `${owner}/${repo}` });
    try {
      const client = getOctokit(TOKEN, { baseUrl: listed.url });
      const day = 24 * 60 * 60 * 1000;
      const start = Date.UTC(2026, 0, 1);
      // 150 weekly analyses over three majors: two pages of 100.
      for (let week = 0; week < 150; week++) {
        listed.seedAnalysis({
          category: `trivy/registry.test/acme/app:${(week % 3) + 1}/`,
          tool: "Trivy",
          createdAt: new Date(start + week * day),
          resultsCount: week,
        });
      }
      listed.seedAnalysis({ category: "/language:go/", tool: "CodeQL", createdAt: new Date(start + 365 * day) });
      listed.seedAnalysis({
        category: "trivy/registry.test/acme/app:9/",
        tool: "Trivy",
        ref: "refs/heads/other",
      });
      await uploadSarif(
        client,
        { owner, repo, sarif: sarif(["trivy/registry.test/acme/app:4/linux-amd64"], 3), commitSha, ref },
        { wait: false },
      );

      const categories = await analysisCategories(client, { owner, repo, toolName: "Trivy", ref });
      assert.deepEqual([...categories.keys()].sort(), [
        "trivy/registry.test/acme/app:1",
        "trivy/registry.test/acme/app:2",
        "trivy/registry.test/acme/app:3",
        "trivy/registry.test/acme/app:4/linux-amd64",
      ]);
      assert.deepEqual(categories.get("trivy/registry.test/acme/app:1"), {
        lastUploadedAt: new Date(start + 147 * day),
        resultsCount: 147,
      });
      assert.equal(categories.get("trivy/registry.test/acme/app:4/linux-amd64")?.resultsCount, 3);
      const pages = listed.requests.filter((request) => request.operationId === "code-scanning/list-recent-analyses");
      assert.deepEqual(
        pages.map((request) => [request.query.page ?? "1", request.query.per_page]),
        [
          ["1", "100"],
          ["2", "100"],
        ],
      );
      assert.deepEqual(listed.violations, []);
    } finally {
      await listed.stop();
    }
  });
});

describe("Code Scanning retries within bounds", () => {
  let fake: FakeCodeScanning;
  let proxy: FaultProxy;
  let octokit: Octokit;

  before(async () => {
    fake = await startFakeCodeScanning({ token: TOKEN, repository: `${owner}/${repo}` });
    proxy = await startFaultProxy({ url: fake.url });
    octokit = getOctokit(TOKEN, { baseUrl: proxy.url });
  });
  after(async () => {
    await proxy.close();
    await fake.stop();
  });
  beforeEach(() => {
    proxy.clearRules();
    fake.setProcessing(["pending", "complete"]);
  });

  const upload = (options: Parameters<typeof uploadSarif>[2]) =>
    uploadSarif(octokit, { owner, repo, sarif: sarif(["trivy/registry.test/acme/app"]), commitSha, ref }, options);

  it("retries an upload through server faults and a dropped connection", async () => {
    proxy.addRule({ method: "POST", fault: { type: "status", status: 502 }, times: 1 });
    proxy.addRule({ method: "POST", fault: { type: "reset" }, times: 1 });
    proxy.addRule({ method: "POST", fault: { type: "status", status: 503 }, times: 1 });
    const { sleep, waits } = recordingSleep();
    const before = fake.uploads.length;
    const receipt = await upload({ wait: true, pollDelaysMs: [0, 0], retryDelaysMs: [10, 20, 30], sleep });
    assert.equal(receipt.processingStatus, "complete");
    assert.deepEqual(waits.slice(0, 3), [10, 20, 30]);
    // The reset came after the fake took the upload: it was sent again, and the receipt is the second's.
    assert.equal(fake.uploads.length, before + 2);
    assert.equal(receipt.id, fake.uploads.at(-1)?.id);
  });

  it("retries a status poll and an analyses page whose answers were cut short", async () => {
    proxy.addRule({ method: "GET", path: /\/sarifs\//, fault: { type: "truncate" }, times: 1 });
    proxy.addRule({ method: "GET", path: /\/analyses/, fault: { type: "reset" }, times: 1 });
    const { sleep, waits } = recordingSleep();
    const receipt = await upload({ wait: true, pollDelaysMs: [0, 0], retryDelaysMs: [7], sleep });
    assert.equal(receipt.processingStatus, "complete");
    const categories = await analysisCategories(octokit, { owner, repo, toolName: "Trivy", ref }, { sleep });
    assert.ok(categories.has("trivy/registry.test/acme/app"));
    assert.equal(waits.filter((wait) => wait > 0).length, 2, `waited ${waits.join(", ")}`);
  });

  it("gives up after its retries with one line naming GitHub's fault", async () => {
    proxy.addRule({ method: "POST", fault: { type: "status", status: 503 } });
    const { sleep, waits } = recordingSleep();
    const before = proxy.requests.length;
    const error = await codeScanningFailure(upload({ wait: false, retryDelaysMs: [1, 2], sleep }));
    assert.equal(error.problem, "unavailable");
    assert.match(error.message, /GitHub's API kept failing \(HTTP 503/);
    assert.deepEqual(waits, [1, 2]);
    assert.equal(proxy.requests.slice(before).length, 3, "one try and two retries");
  });

  it("waits what Retry-After asks when it is short, and not at all when it is too long", async () => {
    proxy.addRule({ method: "GET", fault: { type: "retry-after", seconds: 2, form: "seconds" }, times: 1 });
    const { sleep, waits } = recordingSleep();
    const receipt = await upload({ wait: true, pollDelaysMs: [0, 0], retryDelaysMs: [10], sleep });
    assert.equal(receipt.processingStatus, "complete");
    assert.ok(waits.includes(2000), `waited ${waits.join(", ")}`);

    proxy.clearRules();
    proxy.addRule({ method: "POST", fault: { type: "retry-after", seconds: 3600, form: "seconds" } });
    const slow = recordingSleep();
    const error = await codeScanningFailure(upload({ wait: false, retryDelaysMs: [10, 10], sleep: slow.sleep }));
    assert.equal(error.problem, "rate-limited");
    assert.deepEqual(slow.waits, [], "an hour's Retry-After is not waited");
  });

  it("stops polling with a warning when the status keeps failing: the upload went through", async () => {
    proxy.addRule({ method: "GET", fault: { type: "status", status: 500 } });
    const receipt = await upload({ wait: true, pollDelaysMs: [0, 0, 0], retryDelaysMs: [1], ...noWait });
    assert.equal(receipt.processingStatus, "pending");
    assert.match(receipt.warning ?? "", /polling stopped \(HTTP 500\)/);
  });
});

describe("GitHub's quirks the fake does not play", () => {
  let server: ReturnType<typeof createServer>;
  let baseUrl: string;
  let answer: (request: IncomingMessage, response: ServerResponse) => void;
  const seen: string[] = [];

  before(async () => {
    server = createServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      answer(request, response);
    });
    await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolvePromise) => server.close(() => resolvePromise())));
  beforeEach(() => {
    seen.length = 0;
  });

  const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };

  it("an answer that quotes the token and injects a workflow command is scrubbed to one line", async () => {
    answer = (request, response) =>
      json(response, 400, { message: `Invalid request for ${request.headers.authorization}\n::error::pwned` });
    const error = await codeScanningFailure(
      uploadSarif(
        getOctokit(TOKEN, { baseUrl }),
        { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref },
        { wait: false, ...noWait },
      ),
    );
    assert.equal(error.problem, "refused");
    assert.match(error.message, /HTTP 400: "Invalid request for token \*\*\* ::error::pwned"/);
  });

  it("a secondary rate limit is waited out once, at GitHub's minimum of a minute", async () => {
    let calls = 0;
    answer = (_request, response) => {
      if (calls++ === 0) {
        json(response, 403, { message: "You have exceeded a secondary rate limit. Please wait a few minutes." });
      } else json(response, 202, { id: "4b6b2d3e-0000-4000-8000-000000000001", url: `${baseUrl}/x` });
    };
    const { sleep, waits } = recordingSleep();
    const receipt = await uploadSarif(
      getOctokit(TOKEN, { baseUrl }),
      { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref },
      { wait: false, retryDelaysMs: [10], sleep },
    );
    assert.equal(receipt.id, "4b6b2d3e-0000-4000-8000-000000000001");
    assert.deepEqual(waits, [60_000]);
  });

  it("an exhausted primary rate limit that resets within the bound is waited for", async () => {
    let calls = 0;
    answer = (_request, response) => {
      if (calls++ === 0) {
        const reset = String(Math.ceil(Date.now() / 1000) + 5);
        json(
          response,
          403,
          { message: "API rate limit exceeded" },
          { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
        );
      } else json(response, 200, []);
    };
    const { sleep, waits } = recordingSleep();
    const categories = await analysisCategories(
      getOctokit(TOKEN, { baseUrl }),
      { owner, repo, toolName: "Trivy", ref },
      { retryDelaysMs: [10], sleep },
    );
    assert.equal(categories.size, 0);
    assert.equal(waits.length, 1);
    assert.ok((waits[0] ?? 0) > 3000 && (waits[0] ?? 0) <= 6000, `waited ${waits[0]}`);
  });

  it("a repository with no analysis at all (GitHub's 404) has no categories", async () => {
    answer = (_request, response) => json(response, 404, { message: "no analysis found" });
    const categories = await analysisCategories(getOctokit(TOKEN, { baseUrl }), {
      owner,
      repo,
      toolName: "Trivy",
      ref,
    });
    assert.equal(categories.size, 0);
  });

  it("an upload receipt without a usable id is GitHub's error, not a crash later", async () => {
    answer = (_request, response) => json(response, 202, { id: "../../etc/passwd" });
    const error = await codeScanningFailure(
      uploadSarif(
        getOctokit(TOKEN, { baseUrl }),
        { owner, repo, sarif: sarif(["trivy/x/y"]), commitSha, ref },
        { wait: true },
      ),
    );
    assert.equal(error.problem, "bad-response");
    assert.deepEqual(seen, [`POST /repos/${owner}/${repo}/code-scanning/sarifs`]);
  });
});

describe("which ref and commit an upload is filed against", () => {
  const event = { eventName: "push", eventRef: "refs/heads/feature", eventSha: "a".repeat(40) };

  const cases: Array<[string, Parameters<typeof defaultRefAndSha>[0], { ref: string; commitSha: string } | RegExp]> = [
    ["a push: the event's ref and commit", event, { ref: "refs/heads/feature", commitSha: "a".repeat(40) }],
    [
      "a pull request: its merge ref",
      { eventName: "pull_request", eventRef: "refs/pull/7/merge", eventSha: "b".repeat(40) },
      { ref: "refs/pull/7/merge", commitSha: "b".repeat(40) },
    ],
    [
      "a schedule: the default branch",
      { eventName: "schedule", eventRef: "refs/heads/main", eventSha: "d".repeat(40), defaultBranch: "trunk" },
      { ref: "refs/heads/trunk", commitSha: "d".repeat(40) },
    ],
    [
      "a schedule with the default branch as a full ref",
      {
        eventName: "schedule",
        eventRef: "refs/heads/main",
        eventSha: "d".repeat(40),
        defaultBranch: "refs/heads/trunk",
      },
      { ref: "refs/heads/trunk", commitSha: "d".repeat(40) },
    ],
    [
      "explicit inputs win, even on a schedule",
      { ...event, eventName: "schedule", defaultBranch: "main", ref: "refs/tags/v1.2.3", sha: "e".repeat(64) },
      { ref: "refs/tags/v1.2.3", commitSha: "e".repeat(64) },
    ],
    [
      "empty inputs are no inputs",
      { ...event, ref: " ", sha: "" },
      { ref: "refs/heads/feature", commitSha: "a".repeat(40) },
    ],
    ["a ref without its sha", { ...event, ref: "refs/heads/main" }, /inputs 'ref' and 'sha' go together/],
    ["a sha without its ref", { ...event, sha: "f".repeat(40) }, /inputs 'ref' and 'sha' go together/],
    [
      "a short ref input",
      { ...event, ref: "main", sha: "f".repeat(40) },
      /input 'ref' "main" is not a full Git reference/,
    ],
    ["a short sha input", { ...event, ref: ref, sha: "abc" }, /input 'sha' "abc" is not a full commit SHA/],
    ["an event without a ref", { ...event, eventRef: "" }, /the push event's ref "" is not a full Git reference/],
  ];
  for (const [name, args, expected] of cases) {
    it(name, () => {
      if (expected instanceof RegExp) {
        assert.throws(
          () => defaultRefAndSha(args),
          (error: unknown) => {
            assert.ok(error instanceof CodeScanningError);
            assert.equal(error.problem, "bad-input");
            assert.match(error.message, expected);
            return true;
          },
        );
      } else assert.deepEqual(defaultRefAndSha(args), expected);
    });
  }
});
