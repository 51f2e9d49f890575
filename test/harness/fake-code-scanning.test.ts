// The fake Code Scanning API, driven by the Octokit the action uses (@actions/github's getOctokit):
// it accepts a valid SARIF upload and walks it from pending to complete (or failed), refuses two runs
// with one category and a SARIF that is not SARIF 2.1.0, flags a request that breaks GitHub's
// published contract, answers as GitHub does when Code Scanning is disabled or the token lacks
// `security-events`, and pages the analyses list with Link headers Octokit's paginate follows.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { getOctokit } from "@actions/github";
import {
  CODE_SCANNING_DISABLED_MESSAGE,
  categoryOfRun,
  type FakeCodeScanning,
  MISSING_PERMISSION_MESSAGE,
  startFakeCodeScanning,
} from "../support/fake-code-scanning.ts";
import { loadGitHubRestContract } from "../support/github-openapi.ts";

const TOKEN = "ghs_fake-code-scanning-token";
const owner = "acme";
const repo = "app";
const commit_sha = "a".repeat(40);
const ref = "refs/heads/main";

interface RunSpec {
  category?: string;
  tool?: string;
  results?: number;
}

function sarifLog(runs: RunSpec[]): Record<string, unknown> {
  return {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: runs.map((run) => ({
      tool: { driver: { name: run.tool ?? "Trivy", version: "0.74.0", rules: [{ id: "CVE-2024-0001" }] } },
      ...(run.category === undefined ? {} : { automationDetails: { id: run.category } }),
      results: Array.from({ length: run.results ?? 1 }, (_, i) => ({
        ruleId: "CVE-2024-0001",
        level: "error",
        message: { text: `libc6 is vulnerable (${i})` },
        locations: [{ physicalLocation: { artifactLocation: { uri: "library/app" }, region: { startLine: 1 } } }],
        partialFingerprints: { vulnerability: `CVE-2024-0001/libc6/${i}` },
      })),
    })),
  };
}

const encode = (log: unknown): string => gzipSync(JSON.stringify(log)).toString("base64");

async function withFake(test: (fake: FakeCodeScanning, octokit: ReturnType<typeof getOctokit>) => Promise<void>) {
  const fake = await startFakeCodeScanning({ token: TOKEN, repository: `${owner}/${repo}` });
  try {
    await test(fake, getOctokit(TOKEN, { baseUrl: fake.url }));
  } finally {
    await fake.stop();
  }
}

/** The status and message of a failed Octokit call. */
async function failure(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (err) {
    const error = err as { status: number; response?: { data?: { message?: string } } };
    return { status: error.status, message: error.response?.data?.message ?? "" };
  }
  throw new Error("the call succeeded");
}

describe("fake Code Scanning API", () => {
  it("accepts a valid SARIF with 202 and reports its processing pending, then complete", async () => {
    await withFake(async (fake, octokit) => {
      const log = sarifLog([{ category: "trivy/registry.test/app:1/linux-amd64/" }]);
      const receipt = await octokit.rest.codeScanning.uploadSarif({
        owner,
        repo,
        commit_sha,
        ref,
        sarif: encode(log),
        checkout_uri: "file:///github/workspace/",
      });
      assert.equal(receipt.status, 202);
      assert.ok(receipt.data.id);
      assert.equal(receipt.data.url, `${fake.url}/repos/${owner}/${repo}/code-scanning/sarifs/${receipt.data.id}`);

      const sarif_id = receipt.data.id as string;
      const first = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id });
      assert.equal(first.data.processing_status, "pending");
      const second = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id });
      assert.equal(second.data.processing_status, "complete");
      assert.equal(
        second.data.analyses_url,
        `${fake.url}/repos/${owner}/${repo}/code-scanning/analyses?sarif_id=${sarif_id}`,
      );

      assert.equal(fake.uploads.length, 1);
      assert.deepEqual(fake.uploads[0]?.sarif, log);
      assert.deepEqual(
        fake.uploads[0]?.runs.map((run) => run.category),
        ["trivy/registry.test/app:1/linux-amd64/"],
      );
      assert.deepEqual(fake.requests[0]?.sarif, log);
      assert.deepEqual(fake.violations, []);
    });
  });

  it("reports a failed processing with its errors, and fails uploads over GitHub's run limit", async () => {
    await withFake(async (fake, octokit) => {
      fake.setProcessing(["pending", "failed"], ["locationFromSarifResult: expected artifact location"]);
      const scripted = await octokit.rest.codeScanning.uploadSarif({
        owner,
        repo,
        commit_sha,
        ref,
        sarif: encode(sarifLog([{}])),
      });
      const sarif_id = scripted.data.id as string;
      await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id });
      const failed = await octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id });
      assert.equal(failed.data.processing_status, "failed");
      assert.deepEqual(failed.data.errors, ["locationFromSarifResult: expected artifact location"]);

      fake.setProcessing(["complete"]);
      const runs = Array.from({ length: 21 }, (_, i) => ({ category: `trivy/app:${i}/` }));
      const tooMany = await octokit.rest.codeScanning.uploadSarif({
        owner,
        repo,
        commit_sha,
        ref,
        sarif: encode(sarifLog(runs)),
      });
      const poll = () => octokit.rest.codeScanning.getSarif({ owner, repo, sarif_id: tooMany.data.id as string });
      assert.equal((await poll()).data.processing_status, "pending");
      const status = await poll();
      assert.equal(status.data.processing_status, "failed");
      assert.match(status.data.errors?.[0] ?? "", /more runs than allowed \(21 > 20\)/);
      assert.deepEqual(fake.violations, []);
    });
  });

  it("refuses two runs of one tool with one category, and takes them under distinct categories", async () => {
    await withFake(async (fake, octokit) => {
      const duplicate = sarifLog([{ category: "trivy/app/" }, { category: "trivy/app/" }]);
      const refused = await failure(
        octokit.rest.codeScanning.uploadSarif({ owner, repo, commit_sha, ref, sarif: encode(duplicate) }),
      );
      assert.equal(refused.status, 400);
      assert.match(refused.message, /more than one run of Trivy has category "trivy\/app\/"/);
      assert.equal(fake.uploads.length, 0);

      const distinct = sarifLog([{ category: "trivy/app/linux-amd64/" }, { category: "trivy/app/linux-arm64/" }]);
      const accepted = await octokit.rest.codeScanning.uploadSarif({
        owner,
        repo,
        commit_sha,
        ref,
        sarif: encode(distinct),
      });
      assert.equal(accepted.status, 202);
      assert.deepEqual(fake.violations, []);
    });
  });

  it("refuses a SARIF that breaks the SARIF 2.1.0 schema, and one that is not gzip", async () => {
    await withFake(async (fake, octokit) => {
      const log = sarifLog([{}]);
      const run = (log.runs as Array<Record<string, unknown>>)[0] as Record<string, unknown>;
      run.results = [{ ruleId: "CVE-2024-0001", level: "critical", message: { text: "x" } }];
      const schema = await failure(
        octokit.rest.codeScanning.uploadSarif({ owner, repo, commit_sha, ref, sarif: encode(log) }),
      );
      assert.equal(schema.status, 400);
      assert.match(schema.message, /not SARIF 2\.1\.0: \/runs\/0\/results\/0\/level/);
      assert.ok(fake.requests[0]?.sarif, "the refused SARIF is still recorded, decoded");

      const plain = Buffer.from(JSON.stringify(sarifLog([{}]))).toString("base64");
      const notGzip = await failure(
        octokit.rest.codeScanning.uploadSarif({ owner, repo, commit_sha, ref, sarif: plain }),
      );
      assert.equal(notGzip.status, 400);
      assert.match(notGzip.message, /not gzip/);
      assert.equal(fake.uploads.length, 0);
      // These are valid requests with invalid SARIF: GitHub's contract is kept.
      assert.deepEqual(fake.violations, []);
    });
  });

  it("flags a request that breaks GitHub's contract and answers it 422", async () => {
    await withFake(async (fake, octokit) => {
      const missing = await failure(
        octokit.request("POST /repos/{owner}/{repo}/code-scanning/sarifs", {
          owner,
          repo,
          ref,
          sarif: encode(sarifLog([{}])),
        } as never),
      );
      assert.equal(missing.status, 422);
      const shortSha = await failure(
        octokit.rest.codeScanning.uploadSarif({
          owner,
          repo,
          commit_sha: "abc123",
          ref: "main",
          sarif: encode(sarifLog([{}])),
        }),
      );
      assert.equal(shortSha.status, 422);
      assert.equal(fake.violations.length, 2);
      assert.equal(fake.violations[0]?.side, "request");
      assert.equal(fake.violations[0]?.operationId, "code-scanning/upload-sarif");
      assert.match(fake.violations[0]?.problems.join("\n") ?? "", /must have required property 'commit_sha'/);
      const second = fake.violations[1]?.problems.join("\n") ?? "";
      assert.match(second, /body\/commit_sha/);
      assert.match(second, /body\/ref must match pattern/);
      assert.equal(fake.uploads.length, 0);
    });
  });

  it("checks its own responses against the contract", () => {
    const contract = loadGitHubRestContract();
    const matched = contract.match("GET", "/repos/acme/app/code-scanning/sarifs/1234");
    assert.ok(matched);
    assert.equal(matched.operation.operationId, "code-scanning/get-sarif");
    assert.deepEqual(matched.params, { owner: "acme", repo: "app", sarif_id: "1234" });
    assert.deepEqual(contract.checkResponse(matched.operation, 200, { processing_status: "complete" }), []);
    assert.notDeepEqual(contract.checkResponse(matched.operation, 200, { processing_status: "done" }), []);
    assert.notDeepEqual(contract.checkResponse(matched.operation, 418, {}), []);
  });

  it("answers 403 with GitHub's messages when Code Scanning is disabled or the token cannot write security events", async () => {
    await withFake(async (fake, octokit) => {
      const upload = () =>
        octokit.rest.codeScanning.uploadSarif({ owner, repo, commit_sha, ref, sarif: encode(sarifLog([{}])) });
      fake.setDisabled(true);
      assert.deepEqual(await failure(upload()), { status: 403, message: CODE_SCANNING_DISABLED_MESSAGE });
      assert.equal((await failure(octokit.rest.codeScanning.listRecentAnalyses({ owner, repo }))).status, 403);
      fake.setDisabled(false);

      fake.setPermission("read");
      assert.deepEqual(await failure(upload()), { status: 403, message: MISSING_PERMISSION_MESSAGE });
      const listed = await octokit.rest.codeScanning.listRecentAnalyses({ owner, repo });
      assert.equal(listed.status, 200);
      fake.setPermission("write");
      assert.equal((await upload()).status, 202);

      const stranger = getOctokit("ghs_someone-else", { baseUrl: fake.url });
      assert.deepEqual(await failure(stranger.rest.codeScanning.listRecentAnalyses({ owner, repo })), {
        status: 401,
        message: "Bad credentials",
      });
      assert.equal((await failure(octokit.rest.codeScanning.listRecentAnalyses({ owner, repo: "other" }))).status, 404);
      assert.deepEqual(fake.violations, []);
    });
  });

  it("lists analyses for a tool newest first, paginated with Link headers", async () => {
    await withFake(async (fake, octokit) => {
      const day = 24 * 60 * 60 * 1000;
      for (let major = 1; major <= 4; major++) {
        fake.seedAnalysis({
          category: `trivy/app:${major}/`,
          tool: "Trivy",
          createdAt: new Date(Date.now() - (10 - major) * day),
        });
      }
      fake.seedAnalysis({ category: "/language:go/", tool: "CodeQL" });
      await octokit.rest.codeScanning.uploadSarif({
        owner,
        repo,
        commit_sha,
        ref,
        sarif: encode(sarifLog([{ category: "trivy/app:5/" }])),
      });

      const before = fake.requests.length;
      const analyses = await octokit.paginate(octokit.rest.codeScanning.listRecentAnalyses, {
        owner,
        repo,
        tool_name: "Trivy",
        ref: "main",
        per_page: 2,
      });
      assert.deepEqual(
        analyses.map((analysis) => analysis.category),
        ["trivy/app:5/", "trivy/app:4/", "trivy/app:3/", "trivy/app:2/", "trivy/app:1/"],
      );
      const pages = fake.requests.slice(before);
      assert.deepEqual(
        pages.map((request) => request.query.page ?? "1"),
        ["1", "2", "3"],
      );
      assert.equal(analyses[0]?.results_count, 1);
      assert.equal(analyses[0]?.tool.name, "Trivy");
      assert.deepEqual(fake.violations, []);
    });
  });

  it("files a run under its automationDetails.id up to the last slash", () => {
    assert.equal(categoryOfRun({ automationDetails: { id: "trivy/app:1/" } }), "trivy/app:1/");
    assert.equal(categoryOfRun({ automationDetails: { id: "trivy/app:1/2026-01-02" } }), "trivy/app:1/");
    assert.equal(categoryOfRun({ automationDetails: { id: "nightly" } }), "nightly");
    assert.equal(categoryOfRun({}), "");
  });
});
