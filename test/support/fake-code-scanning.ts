/**
 * A stand-in for GitHub's Code Scanning REST API (no real one can run here), served on loopback for
 * Octokit through `GITHUB_API_URL`. It serves the three operations trivy-scan uses: upload a SARIF
 * (`code-scanning/upload-sarif`), poll its processing (`code-scanning/get-sarif`) and list analyses
 * (`code-scanning/list-recent-analyses`, paginated with Link headers as GitHub paginates).
 *
 * It keeps to GitHub's published contract rather than to our expectations of it: every request is
 * checked against the operation in @octokit/openapi's description (a request that breaks it is
 * answered 422 and recorded in `violations`), and so is every response the fake gives (one that
 * breaks it is a bug here: recorded, and answered 500). An uploaded SARIF is base64-decoded,
 * gunzipped and checked against the SARIF 2.1.0 schema; two runs of one tool with one category are
 * refused, as GitHub refuses them since July 2025. Switches make Code Scanning disabled for the
 * repository, or the token short of `security-events` permission, with GitHub's messages.
 *
 * Where GitHub's behaviour is not published, this fake chooses and says so: a SARIF that cannot be
 * decoded, breaks the schema or repeats a category is refused at upload with 400 (the status the
 * description gives for "the sarif field is invalid"); more runs or results than GitHub's limits are
 * accepted and then fail processing, as GitHub reports them.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { type ContractOperation, loadGitHubRestContract } from "./github-openapi.ts";
import { sarifSchemaProblems } from "./sarif-schema.ts";

export type ProcessingStatus = "pending" | "complete" | "failed";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The operation GitHub serves there, when it serves one. */
  operationId?: string;
  /** The JSON body as sent (the upload's `sarif` still base64 of gzip). */
  body?: unknown;
  /** The upload's SARIF, decoded, when it could be. */
  sarif?: unknown;
  status: number;
}

export interface ContractViolation {
  /** `request`: the client broke GitHub's contract. `response`: the fake did (a bug here). */
  side: "request" | "response";
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

export interface SarifRun {
  tool: string;
  toolVersion: string | null;
  toolGuid: string | null;
  /** The run's category as GitHub reports it (see categoryOfRun). */
  category: string;
  resultsCount: number;
  rulesCount: number;
}

export interface SarifUpload {
  id: string;
  commitSha: string;
  ref: string;
  checkoutUri?: string;
  toolName?: string;
  /** The decoded SARIF log. */
  sarif: Record<string, unknown>;
  runs: SarifRun[];
  receivedAt: Date;
  /** The states successive status requests get; the last one stays. */
  processing: ProcessingStatus[];
  errors: string[];
  /** How often its status was asked for. */
  statusRequests: number;
}

export interface Analysis {
  id: number;
  sarifId: string;
  ref: string;
  commitSha: string;
  category: string;
  tool: { name: string; version: string | null; guid: string | null };
  resultsCount: number;
  rulesCount: number;
  createdAt: Date;
}

/** An analysis as an earlier run left it: category and tool name, the rest defaulted. */
export interface AnalysisSeed {
  category: string;
  tool: string;
  ref?: string;
  commitSha?: string;
  sarifId?: string;
  resultsCount?: number;
  rulesCount?: number;
  createdAt?: Date;
}

export interface FakeCodeScanningOptions {
  /** The token Octokit must present (`Authorization: token …` or `Bearer …`). */
  token: string;
  /** `owner/name`, as GITHUB_REPOSITORY has it; other repositories are 404. */
  repository: string;
}

export interface FakeCodeScanning {
  /** The API base URL: GITHUB_API_URL, or Octokit's `baseUrl`. */
  url: string;
  requests: RecordedRequest[];
  /** Accepted uploads, in order. */
  uploads: SarifUpload[];
  /** Breaches of GitHub's contract; a test of well-behaved code expects none. */
  violations: ContractViolation[];
  /** Every analysis the listing serves, uploaded or seeded, oldest first. */
  analyses: Analysis[];
  /**
   * How the processing of uploads accepted from now on goes: the states their status requests get
   * in turn (default pending then complete), and the errors a failed one reports.
   */
  setProcessing(states: ProcessingStatus[], errors?: string[]): void;
  /** Code Scanning switched off for the repository (GitHub's 403 on every operation). */
  setDisabled(disabled: boolean): void;
  /** The token's `security-events` permission: `read` cannot upload, `none` cannot do anything. */
  setPermission(permission: "write" | "read" | "none"): void;
  /** An analysis from an earlier workflow run, e.g. of a category that should now be retired. */
  seedAnalysis(seed: AnalysisSeed): Analysis;
  stop(): Promise<void>;
}

// GitHub's limits for one SARIF upload (the upload operation's description, and its docs).
const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
const MAX_RUNS = 20;
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
const REST_DOCS = "https://docs.github.com/rest";
const DOCS = `${REST_DOCS}/code-scanning/code-scanning`;

export const CODE_SCANNING_DISABLED_MESSAGE = "Code Security must be enabled for this repository to use code scanning.";
export const MISSING_PERMISSION_MESSAGE = "Resource not accessible by integration";

/**
 * The category GitHub files a run under: its `automationDetails.id` up to and including the last
 * `/` (what follows is the run's own id), the whole id when it has no `/`, and "" without one.
 */
export function categoryOfRun(run: { automationDetails?: { id?: unknown } }): string {
  const id = run.automationDetails?.id;
  if (typeof id !== "string") return "";
  const slash = id.lastIndexOf("/");
  return slash < 0 ? id : id.slice(0, slash + 1);
}

/** GitHub's refusal of an upload: the status and message it answers with. */
class Refusal {
  readonly status: number;
  readonly message: string;
  constructor(status: number, message: string) {
    this.status = status;
    this.message = message;
  }
}

function decodeSarif(field: string): unknown {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(field)) throw new Refusal(400, "Invalid SARIF: the sarif field is not Base64");
  const gzipped = Buffer.from(field, "base64");
  if (gzipped.length > MAX_GZIPPED_BYTES) {
    throw new Refusal(413, `Payload Too Large: the gzipped SARIF is ${gzipped.length} bytes, over 10 MB`);
  }
  let text: string;
  try {
    text = gunzipSync(gzipped).toString("utf8");
  } catch {
    throw new Refusal(400, "Invalid SARIF: the sarif field is not gzip-compressed");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, "Invalid SARIF: the decompressed SARIF is not JSON");
  }
}

function checkSarifSchema(log: unknown): Record<string, unknown> {
  const problems = sarifSchemaProblems(log);
  if (problems.length > 0) {
    throw new Refusal(400, `Invalid SARIF: not SARIF 2.1.0: ${problems.slice(0, 5).join("; ")}`);
  }
  return log as Record<string, unknown>;
}

function runsOf(log: Record<string, unknown>): SarifRun[] {
  type Driver = { name: string; version?: string; guid?: string; rules?: unknown[] };
  type Run = { tool: { driver: Driver }; automationDetails?: { id?: unknown }; results?: unknown[] };
  const runs = (log.runs as Run[]).map((run) => ({
    tool: run.tool.driver.name,
    toolVersion: run.tool.driver.version ?? null,
    toolGuid: run.tool.driver.guid ?? null,
    category: categoryOfRun(run),
    resultsCount: run.results?.length ?? 0,
    rulesCount: run.tool.driver.rules?.length ?? 0,
  }));
  const seen = new Set<string>();
  for (const run of runs) {
    const key = JSON.stringify([run.tool, run.category]);
    if (seen.has(key)) {
      throw new Refusal(
        400,
        `Invalid SARIF: more than one run of ${run.tool} has category "${run.category}"; upload one run per category`,
      );
    }
    seen.add(key);
  }
  return runs;
}

function refMatches(asked: string, ref: string): boolean {
  return asked === ref || `refs/heads/${asked}` === ref;
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startFakeCodeScanning(options: FakeCodeScanningOptions): Promise<FakeCodeScanning> {
  const contract = loadGitHubRestContract();
  const [owner = "", repo = ""] = options.repository.split("/");
  if (!owner || !repo) throw new Error(`repository must be owner/name, not ${options.repository}`);
  const requests: RecordedRequest[] = [];
  const uploads: SarifUpload[] = [];
  const violations: ContractViolation[] = [];
  const analyses: Analysis[] = [];
  let processing: ProcessingStatus[] = ["pending", "complete"];
  let processingErrors: string[] = [];
  let disabled = false;
  let permission: "write" | "read" | "none" = "write";
  let nextAnalysisId = 1000;
  let baseUrl = "";

  const repositoryUrl = () => `${baseUrl}/repos/${owner}/${repo}/code-scanning`;

  function addAnalysis(analysis: Omit<Analysis, "id">): Analysis {
    const added = { id: nextAnalysisId++, ...analysis };
    analyses.push(added);
    return added;
  }

  function analysisJson(analysis: Analysis): Record<string, unknown> {
    return {
      ref: analysis.ref,
      commit_sha: analysis.commitSha,
      // An analysis uploaded through the API has no workflow job to key it by.
      analysis_key: "",
      environment: "{}",
      category: analysis.category,
      error: "",
      created_at: analysis.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
      results_count: analysis.resultsCount,
      rules_count: analysis.rulesCount,
      id: analysis.id,
      url: `${repositoryUrl()}/analyses/${analysis.id}`,
      sarif_id: analysis.sarifId,
      tool: analysis.tool,
      deletable: true,
      warning: "",
    };
  }

  function upload(body: Record<string, unknown>, recorded: RecordedRequest): { status: number; body: unknown } {
    const decoded = decodeSarif(body.sarif as string);
    recorded.sarif = decoded;
    const sarif = checkSarifSchema(decoded);
    const runs = runsOf(sarif);
    const id = randomUUID();
    const accepted: SarifUpload = {
      id,
      commitSha: body.commit_sha as string,
      ref: body.ref as string,
      ...(typeof body.checkout_uri === "string" ? { checkoutUri: body.checkout_uri } : {}),
      ...(typeof body.tool_name === "string" ? { toolName: body.tool_name } : {}),
      sarif,
      runs,
      receivedAt: new Date(),
      processing: [...processing],
      errors: [...processingErrors],
      statusRequests: 0,
    };
    // Over GitHub's limits the upload is taken, and its processing fails with the reason.
    const limits: string[] = [];
    if (runs.length > MAX_RUNS)
      limits.push(`rejecting SARIF, as there are more runs than allowed (${runs.length} > ${MAX_RUNS})`);
    for (const run of runs) {
      if (run.resultsCount > MAX_RESULTS_PER_RUN) {
        limits.push(
          `rejecting SARIF, as there are more results per run than allowed (${run.resultsCount} > ${MAX_RESULTS_PER_RUN})`,
        );
      }
    }
    if (limits.length > 0) {
      accepted.processing = ["pending", "failed"];
      accepted.errors = limits;
    }
    uploads.push(accepted);
    if (accepted.processing.at(-1) !== "failed") {
      for (const run of runs) {
        addAnalysis({
          sarifId: id,
          ref: accepted.ref,
          commitSha: accepted.commitSha,
          category: run.category,
          tool: { name: run.tool, version: run.toolVersion, guid: run.toolGuid },
          resultsCount: run.resultsCount,
          rulesCount: run.rulesCount,
          createdAt: accepted.receivedAt,
        });
      }
    }
    return { status: 202, body: { id, url: `${repositoryUrl()}/sarifs/${id}` } };
  }

  function sarifStatus(sarifId: string): { status: number; body: unknown } {
    const found = uploads.find((candidate) => candidate.id === sarifId);
    if (!found) return { status: 404, body: { message: "Not Found", documentation_url: DOCS } };
    const state = found.processing[Math.min(found.statusRequests, found.processing.length - 1)] ?? "complete";
    found.statusRequests++;
    if (state === "complete") {
      return {
        status: 200,
        body: { processing_status: state, analyses_url: `${repositoryUrl()}/analyses?sarif_id=${found.id}` },
      };
    }
    if (state === "failed") return { status: 200, body: { processing_status: state, errors: found.errors } };
    return { status: 200, body: { processing_status: state } };
  }

  function listAnalyses(query: URLSearchParams): { status: number; body: unknown; headers?: Record<string, string> } {
    const toolName = query.get("tool_name");
    const toolGuid = query.get("tool_guid");
    const ref = query.get("ref");
    const sarifId = query.get("sarif_id");
    const selected = analyses
      .filter((analysis) => toolName === null || analysis.tool.name === toolName)
      .filter((analysis) => toolGuid === null || analysis.tool.guid === toolGuid)
      .filter((analysis) => ref === null || refMatches(ref, analysis.ref))
      .filter((analysis) => sarifId === null || analysis.sarifId === sarifId)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    if (query.get("direction") !== "asc") selected.reverse();
    // GitHub caps per_page at 100 and treats page < 1 as the first.
    const perPage = Math.min(Math.max(Number(query.get("per_page") ?? 30), 1), 100);
    const page = Math.max(Number(query.get("page") ?? 1), 1);
    const lastPage = Math.max(Math.ceil(selected.length / perPage), 1);
    const items = selected.slice((page - 1) * perPage, page * perPage).map(analysisJson);
    const link = (target: number, rel: string) => {
      const url = new URL(`${repositoryUrl()}/analyses`);
      for (const [name, value] of query) url.searchParams.set(name, value);
      url.searchParams.set("page", String(target));
      return `<${url.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, "prev"));
    if (page < lastPage) links.push(link(page + 1, "next"), link(lastPage, "last"));
    if (page > 1) links.push(link(1, "first"));
    return { status: 200, body: items, ...(links.length > 0 ? { headers: { link: links.join(", ") } } : {}) };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake.invalid");
    const method = request.method ?? "GET";
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
    };
    requests.push(recorded);
    const matched = contract.match(method, url.pathname);
    if (matched) recorded.operationId = matched.operation.operationId;

    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      let answer = { status, body };
      if (matched) {
        const problems = contract.checkResponse(matched.operation, status, body);
        if (problems.length > 0) {
          violations.push({
            side: "response",
            method,
            path: url.pathname,
            operationId: matched.operation.operationId,
            problems,
          });
          answer = { status: 500, body: { message: `the fake broke GitHub's contract: ${problems.join("; ")}` } };
        }
      }
      recorded.status = answer.status;
      response.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...headers });
      response.end(JSON.stringify(answer.body));
    };
    const violate = (problems: string[], operation?: ContractOperation) =>
      violations.push({
        side: "request",
        method,
        path: url.pathname,
        ...(operation ? { operationId: operation.operationId } : {}),
        problems,
      });

    const raw = await readBody(request);
    if (raw === undefined) return send(413, { message: "Payload Too Large", documentation_url: DOCS });
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
        recorded.body = body;
      } catch {
        violate(["the body is not JSON"], matched?.operation);
        return send(400, { message: "Problems parsing JSON", documentation_url: REST_DOCS });
      }
    }
    if (!matched) {
      violate([`GitHub serves no ${method} ${url.pathname}`]);
      return send(404, { message: "Not Found", documentation_url: REST_DOCS });
    }
    const { operation, params } = matched;
    const served = ["code-scanning/upload-sarif", "code-scanning/get-sarif", "code-scanning/list-recent-analyses"];
    if (!served.includes(operation.operationId)) {
      violate([`this fake does not serve ${operation.operationId}`], operation);
      return send(404, { message: "Not Found", documentation_url: REST_DOCS });
    }
    // Contract first, so a malformed request is recorded whatever else it is answered.
    const problems = contract.checkRequest(operation, { params, query: url.searchParams, body });
    if (problems.length > 0) violate(problems, operation);

    const authorization = request.headers.authorization;
    if (!authorization) return send(401, { message: "Requires authentication", documentation_url: REST_DOCS });
    const [scheme, presented] = authorization.split(" ");
    if (!/^(token|bearer)$/i.test(scheme ?? "") || presented !== options.token) {
      return send(401, {
        message: "Bad credentials",
        documentation_url: REST_DOCS,
        status: "401",
      });
    }
    if (params.owner?.toLowerCase() !== owner.toLowerCase() || params.repo?.toLowerCase() !== repo.toLowerCase()) {
      return send(404, { message: "Not Found", documentation_url: REST_DOCS });
    }
    const writes = operation.operationId === "code-scanning/upload-sarif";
    if (permission === "none" || (writes && permission === "read")) {
      return send(403, { message: MISSING_PERMISSION_MESSAGE, documentation_url: DOCS, status: "403" });
    }
    if (disabled) return send(403, { message: CODE_SCANNING_DISABLED_MESSAGE, documentation_url: DOCS, status: "403" });
    if (problems.length > 0) {
      return send(422, {
        message: `Invalid request.\n\n${problems.join("\n")}`,
        documentation_url: REST_DOCS,
      });
    }

    try {
      if (operation.operationId === "code-scanning/upload-sarif") {
        const answer = upload(body as Record<string, unknown>, recorded);
        return send(answer.status, answer.body);
      }
      if (operation.operationId === "code-scanning/get-sarif") {
        const answer = sarifStatus(params.sarif_id as string);
        return send(answer.status, answer.body);
      }
      const answer = listAnalyses(url.searchParams);
      return send(answer.status, answer.body, answer.headers);
    } catch (err) {
      if (err instanceof Refusal) return send(err.status, { message: err.message, documentation_url: DOCS });
      throw err;
    }
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((err: unknown) => {
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: `fake Code Scanning API failed: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    uploads,
    violations,
    analyses,
    setProcessing(states, errors = []) {
      if (states.length === 0) throw new Error("setProcessing needs at least one state");
      processing = [...states];
      processingErrors = [...errors];
    },
    setDisabled(value) {
      disabled = value;
    },
    setPermission(value) {
      permission = value;
    },
    seedAnalysis(seed) {
      return addAnalysis({
        sarifId: seed.sarifId ?? randomUUID(),
        ref: seed.ref ?? "refs/heads/main",
        commitSha: seed.commitSha ?? "0".repeat(40),
        category: seed.category,
        tool: { name: seed.tool, version: null, guid: null },
        resultsCount: seed.resultsCount ?? 0,
        rulesCount: seed.rulesCount ?? 0,
        createdAt: seed.createdAt ?? new Date(),
      });
    },
    stop: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
