/**
 * A small workflow runner for tests: it takes an example workflow and runs it the way GitHub would,
 * on this machine. Jobs run in `needs` order (matrix legs one after another); steps that use our
 * actions (`<owner>/image-actions/<name>@<ref>` or `./<name>`) run the bundle in dist/ through
 * runAction with `with:` evaluated and the action.yml defaults applied; every other `uses:` runs a
 * stand-in the test declares (keyed `owner/repo`, optionally `@<ref glob>`); a `run:` step runs a
 * handler the test declares by the step's id or name, or the script itself under bash when the
 * test marks it `"bash"`.
 *
 * It fails loudly, never skips: an expression it does not support, a reference to a step, job
 * output, input or matrix key that does not exist, a `uses:` with no stand-in, a `run:` with no
 * handler, or a workflow key it does not model throws a WorkflowRunnerError naming the workflow,
 * job and step. What the workflow itself does wrong (a failing action or script) is a result:
 * statuses, outputs, messages and summaries per job, leg and step, for the test to assert on.
 *
 * Modelled as on GitHub: implicit `success() &&` in `if:`; a failed step fails the job unless
 * `continue-on-error`; jobs whose needs failed or were skipped are skipped unless their `if:` says
 * otherwise; GITHUB_ENV and GITHUB_PATH carry to later steps, but a name declared in `env:` wins
 * over GITHUB_ENV; a matrix job's outputs come from its legs, and when legs set the same output the
 * last leg (in matrix order) that set it non-empty wins; each job leg gets its own workspace and
 * RUNNER_TEMP (a fresh runner), the tool cache is shared across the run; `inputs.*` defaults apply
 * only to workflow_dispatch and workflow_call events, as on GitHub; an unset `vars.*` or `secrets.*`
 * is null, as on GitHub, and listed in the run's unsetReferences.
 * Not modelled: cancellation (cancelled() is false), timeouts, reusable workflows, containers and
 * services, environment-scoped secrets, shells other than bash, hashFiles().
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { type ActionRun, parseCommandFile, runAction } from "./action-runner.ts";
import { execTool } from "./exec.ts";
import { repoRoot } from "./tools.ts";
import {
  type ContextName,
  type EvaluationScope,
  evaluateCondition,
  evaluateTemplate,
  interpolate,
  reporting,
  strict,
  truthy,
  UnsupportedExpression,
  type Value,
  WorkflowRunnerError,
} from "./workflow-expressions.ts";

export { UnsupportedExpression, WorkflowRunnerError } from "./workflow-expressions.ts";

/** A `uses:` with no stand-in, or a `run:` with no handler. */
export class MissingStandIn extends WorkflowRunnerError {
  override name = "MissingStandIn";
}

/** Thrown by a stand-in or run handler: the step fails with this message, as a real one would. */
export class StepFailed extends Error {
  override name = "StepFailed";
}

/** What a stand-in or run handler sees of its step. */
export interface StepContext {
  workflow: string;
  job: string;
  /** The leg's name, `build (1.2.3)` for a matrix leg. */
  leg: string;
  step: { id: string | undefined; name: string; uses?: string };
  /** `with:`, evaluated. */
  with: Record<string, string>;
  /** The workflow's environment for this step: GITHUB_ENV exports and the declared `env:`, evaluated. */
  env: Record<string, string>;
  /** A `run:` step's script with `${{ }}` substituted, as bash would receive it. */
  script?: string;
  workspace: string;
  runnerTemp: string;
  github: Record<string, Value>;
  matrix: Record<string, Value>;
  /** The whole environment a real step's process would get (machine, GITHUB_*, RUNNER_*, workflow). */
  processEnv: NodeJS.ProcessEnv;
}

/** What a stand-in or handler did, as the runner would read it from the step's files. */
export interface StepEffects {
  outputs?: Record<string, string>;
  /** Like lines written to GITHUB_ENV. */
  env?: Record<string, string>;
  /** Like lines written to GITHUB_PATH. */
  path?: string[];
  summary?: string;
  notices?: string[];
  warnings?: string[];
}

/** What a stand-in or `run:` step does; returning nothing is a step that succeeded with no effects. */
export type StepHandler = (step: StepContext) => StepEffects | undefined | Promise<StepEffects | undefined>;

export interface WorkflowRunOptions {
  /** Merged over the default github context: event_name, event, ref, sha, repository, api_url, … */
  github?: Record<string, Value>;
  /** workflow_dispatch / workflow_call inputs; declared defaults fill the rest. */
  inputs?: Record<string, string | number | boolean>;
  vars?: Record<string, string>;
  /** GITHUB_TOKEN defaults to github.token. */
  secrets?: Record<string, string>;
  /** Third-party actions: `owner/repo` or `owner/repo@<ref glob>` → what the step does. */
  standIns?: Record<string, StepHandler>;
  /**
   * `run:` steps by `<job>/<id or name>` or `<id or name>`: a handler, or "bash" to run the script
   * for real with its evaluated env and GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY.
   */
  runSteps?: Record<string, StepHandler | "bash">;
  /** Machine environment for every action and script (CA bundle, DOCKER_CONFIG, endpoints); not the env context. */
  env?: NodeJS.ProcessEnv;
  /**
   * Inputs of our action `<name>` that a step whose `with:` leaves them unset gets in place of the
   * action.yml default: what this machine provides instead of a download (a trivy-path, the
   * db-repositories of a local registry). A step that sets the input keeps its own value; an input
   * the action does not declare is the test's mistake.
   */
  actionInputs?: Record<string, Record<string, string>>;
  /** Where `<name>/action.yml` live; the repository by default. */
  actionsDir?: string;
  /** Where `<name>/index.js` bundles live; dist/ by default. */
  distDir?: string;
  /** The repository name `uses:` refers to for our actions. */
  repositoryName?: string;
  /** Workspaces and runner temp dirs go here, kept for the test to inspect; a removed temp dir by default. */
  workDir?: string;
  /** RUNNER_TOOL_CACHE shared by every job; a directory under workDir by default. */
  toolCache?: string;
  /** Progress lines (job and step outcomes), e.g. `t.diagnostic`. */
  log?: (line: string) => void;
}

export type StepStatus = "success" | "failure" | "skipped";
export type LegStatus = "success" | "failure" | "cancelled";
export type JobResult = "success" | "failure" | "skipped";

export interface StepRun {
  index: number;
  id: string | undefined;
  name: string;
  kind: "action" | "stand-in" | "run-handler" | "bash";
  uses: string | undefined;
  /** Before continue-on-error. */
  outcome: StepStatus;
  /** After continue-on-error. */
  conclusion: StepStatus;
  /** `with:` evaluated; for our actions with the action.yml defaults filled in. */
  inputs: Record<string, string>;
  /** The step's own `env:`, evaluated. */
  env: Record<string, string>;
  script: string | undefined;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  /** The bundle's run, for steps that use our actions. */
  action: ActionRun | undefined;
  notices: string[];
  warnings: string[];
  errors: string[];
  masks: string[];
  summary: string;
  stdout: string;
  stderr: string;
}

export interface LegRun {
  index: number;
  name: string;
  matrix: Record<string, Value>;
  status: LegStatus;
  /** A failed leg whose job has continue-on-error does not fail the job. */
  continueOnError: boolean;
  steps: StepRun[];
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export interface JobRun {
  id: string;
  result: JobResult;
  /** Declared outputs; "" when never set. */
  outputs: Record<string, string>;
  legs: LegRun[];
  /** The steps of a job without a matrix (its only leg); empty when skipped. */
  steps: StepRun[];
  /** Job-level failures that are not a step's (an empty matrix vector). */
  errors: string[];
}

export interface WorkflowRun {
  workflow: string;
  name: string;
  result: "success" | "failure";
  jobs: Record<string, JobRun>;
  /** Job ids in the order they ran. */
  order: string[];
  /** `vars.X` and `secrets.X` the workflow read that the test did not give (null, as on GitHub). */
  unsetReferences: string[];
}

type Yaml = Record<string, unknown>;

const WORKFLOW_KEYS = new Set(["name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"]);
const JOB_KEYS = new Set([
  "name",
  "needs",
  "runs-on",
  "if",
  "permissions",
  "environment",
  "concurrency",
  "outputs",
  "env",
  "defaults",
  "strategy",
  "steps",
  "timeout-minutes",
  "continue-on-error",
]);
const STEP_KEYS = new Set([
  "id",
  "name",
  "uses",
  "run",
  "with",
  "env",
  "if",
  "continue-on-error",
  "timeout-minutes",
  "working-directory",
  "shell",
]);
const STRATEGY_KEYS = new Set(["matrix", "fail-fast", "max-parallel"]);

function isMap(value: unknown): value is Yaml {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function checkKeys(object: Yaml, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key)) throw new WorkflowRunnerError(`${where}: the test runner does not model '${key}'`);
  }
}

/** YAML scalars as `with:`/`env:` text: `true` → "true", `3` → "3". */
function scalarText(value: unknown, where: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new WorkflowRunnerError(`${where}: expected a string, found ${JSON.stringify(value)}`);
}

interface ParsedWorkflow {
  label: string;
  name: string;
  triggers: Map<string, Yaml>;
  env: Yaml;
  defaults: Yaml;
  jobs: Map<string, Yaml>;
}

function parseWorkflow(text: string, label: string): ParsedWorkflow {
  const document = parse(text) as unknown;
  if (!isMap(document)) throw new WorkflowRunnerError(`${label}: not a workflow (a YAML mapping)`);
  checkKeys(document, WORKFLOW_KEYS, label);
  const on = document.on;
  const triggers = new Map<string, Yaml>();
  if (typeof on === "string") triggers.set(on, {});
  else if (Array.isArray(on)) for (const name of on) triggers.set(String(name), {});
  else if (isMap(on)) for (const [name, config] of Object.entries(on)) triggers.set(name, isMap(config) ? config : {});
  else throw new WorkflowRunnerError(`${label}: 'on:' is missing`);
  if (!isMap(document.jobs)) throw new WorkflowRunnerError(`${label}: 'jobs:' is missing`);
  const jobs = new Map<string, Yaml>();
  for (const [id, job] of Object.entries(document.jobs)) {
    if (!isMap(job)) throw new WorkflowRunnerError(`${label}, job '${id}': not a mapping`);
    for (const unsupported of ["uses", "container", "services"]) {
      if (unsupported in job) {
        throw new WorkflowRunnerError(`${label}, job '${id}': the test runner does not run '${unsupported}:' jobs`);
      }
    }
    checkKeys(job, JOB_KEYS, `${label}, job '${id}'`);
    if (!Array.isArray(job.steps)) throw new WorkflowRunnerError(`${label}, job '${id}': no steps`);
    job.steps.forEach((step: unknown, index: number) => {
      const where = `${label}, job '${id}', step ${index + 1}`;
      if (!isMap(step)) throw new WorkflowRunnerError(`${where}: not a mapping`);
      checkKeys(step, STEP_KEYS, where);
      if ("uses" in step === "run" in step) throw new WorkflowRunnerError(`${where}: needs exactly one of uses/run`);
    });
    if (isMap(job.strategy)) checkKeys(job.strategy, STRATEGY_KEYS, `${label}, job '${id}', strategy`);
    jobs.set(id, job);
  }
  return {
    label,
    name: typeof document.name === "string" ? document.name : label,
    triggers,
    env: isMap(document.env) ? document.env : {},
    defaults: isMap(document.defaults) ? document.defaults : {},
    jobs,
  };
}

function needsOf(job: Yaml): string[] {
  const needs = job.needs;
  if (needs === undefined) return [];
  return (Array.isArray(needs) ? needs : [needs]).map(String);
}

/** Jobs in `needs` order, ties in declaration order; unknown needs and cycles are the workflow's bug. */
function jobOrder(workflow: ParsedWorkflow): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      throw new WorkflowRunnerError(`${workflow.label}: jobs need each other in a cycle: ${[...path, id].join(" → ")}`);
    }
    state.set(id, "visiting");
    for (const need of needsOf(workflow.jobs.get(id) as Yaml)) {
      if (!workflow.jobs.has(need)) {
        throw new WorkflowRunnerError(`${workflow.label}, job '${id}': needs '${need}', which is not a job`);
      }
      visit(need, [...path, id]);
    }
    state.set(id, "done");
    order.push(id);
  };
  for (const id of workflow.jobs.keys()) visit(id, []);
  return order;
}

/** The inputs context and github.event.inputs, checked against what the workflow declares. */
function resolveInputs(
  workflow: ParsedWorkflow,
  eventName: string,
  given: Record<string, string | number | boolean>,
): { context: Record<string, Value>; eventInputs: Record<string, string> } {
  const declaredFor = (trigger: string): Yaml => {
    const inputs = workflow.triggers.get(trigger)?.inputs;
    return isMap(inputs) ? inputs : {};
  };
  const everyDeclared = { ...declaredFor("workflow_dispatch"), ...declaredFor("workflow_call") };
  const context: Record<string, Value> = strict({}, `inputs of ${workflow.label}`);
  for (const name of Object.keys(everyDeclared)) context[name] = null;
  const eventInputs: Record<string, string> = {};
  if (eventName !== "workflow_dispatch" && eventName !== "workflow_call") {
    if (Object.keys(given).length > 0) {
      throw new WorkflowRunnerError(`${workflow.label}: inputs were given, but the event is '${eventName}'`);
    }
    return { context, eventInputs };
  }
  const declared = declaredFor(eventName);
  for (const name of Object.keys(given)) {
    if (!(name in declared)) {
      throw new WorkflowRunnerError(
        `${workflow.label}: input '${name}' is not declared under ${eventName} (declared: ${Object.keys(declared).join(", ") || "none"})`,
      );
    }
  }
  for (const [name, spec] of Object.entries(declared)) {
    const input = isMap(spec) ? spec : {};
    const type = typeof input.type === "string" ? input.type : "string";
    const raw = name in given ? given[name] : (input.default as string | number | boolean | undefined);
    if (raw === undefined) {
      if (input.required === true)
        throw new WorkflowRunnerError(`${workflow.label}: required input '${name}' not given`);
      context[name] = type === "boolean" ? false : "";
      eventInputs[name] = "";
      continue;
    }
    let value: Value;
    if (type === "boolean") {
      if (raw !== true && raw !== false && raw !== "true" && raw !== "false") {
        throw new WorkflowRunnerError(`${workflow.label}: boolean input '${name}' given '${raw}'`);
      }
      value = raw === true || raw === "true";
    } else if (type === "number") {
      value = Number(raw);
      if (Number.isNaN(value))
        throw new WorkflowRunnerError(`${workflow.label}: number input '${name}' given '${raw}'`);
    } else {
      value = String(raw);
      if (type === "choice" && Array.isArray(input.options) && !input.options.map(String).includes(value)) {
        throw new WorkflowRunnerError(
          `${workflow.label}: choice input '${name}' given '${value}', not one of its options`,
        );
      }
    }
    context[name] = value;
    eventInputs[name] = String(value);
  }
  return { context, eventInputs };
}

function defaultEventName(workflow: ParsedWorkflow, options: WorkflowRunOptions): string {
  const given = options.github?.event_name;
  const triggers = [...workflow.triggers.keys()];
  if (typeof given === "string") {
    if (!workflow.triggers.has(given)) {
      throw new WorkflowRunnerError(`${workflow.label}: runs on ${triggers.join(", ")}, not '${given}'`);
    }
    return given;
  }
  return workflow.triggers.has("workflow_dispatch") ? "workflow_dispatch" : (triggers[0] as string);
}

interface ActionMetadata {
  inputs: Record<string, { default?: string }>;
}

/** Expand a matrix as GitHub does: the product of its vectors, minus `exclude`, plus `include`. */
function expandMatrix(matrix: Value): Record<string, Value>[] {
  if (!isMap(matrix)) throw new Error(`the matrix is not a mapping: ${JSON.stringify(matrix)}`);
  const vectors = Object.entries(matrix).filter(([key]) => key !== "include" && key !== "exclude");
  for (const [key, values] of vectors) {
    if (!Array.isArray(values)) throw new Error(`Matrix vector '${key}' is not a list: ${JSON.stringify(values)}`);
    if (values.length === 0) throw new Error(`Matrix vector '${key}' does not contain any values`);
  }
  const same = (a: Value | undefined, b: Value | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
  let combos: Record<string, Value>[] = vectors.length > 0 ? [{}] : [];
  for (const [key, values] of vectors) {
    combos = combos.flatMap((combo) => (values as Value[]).map((value) => ({ ...combo, [key]: value })));
  }
  const exclude = matrix.exclude ?? [];
  const include = matrix.include ?? [];
  if (!Array.isArray(exclude) || !Array.isArray(include)) throw new Error("matrix include/exclude must be lists");
  combos = combos.filter(
    (combo) =>
      !exclude.some((rule) => isMap(rule) && Object.entries(rule).every(([key, value]) => same(combo[key], value))),
  );
  const vectorKeys = new Set(vectors.map(([key]) => key));
  const originals = combos.map((combo) => ({ ...combo }));
  const extra: Record<string, Value>[] = [];
  for (const entry of include) {
    if (!isMap(entry)) throw new Error(`matrix include entry is not a mapping: ${JSON.stringify(entry)}`);
    let added = false;
    combos.forEach((combo, index) => {
      const original = originals[index] as Record<string, Value>;
      const overwritesOriginal = Object.entries(entry).some(
        ([key, value]) => vectorKeys.has(key) && !same(original[key], value as Value),
      );
      if (!overwritesOriginal) {
        Object.assign(combo, entry);
        added = true;
      }
    });
    if (!added) extra.push({ ...(entry as Record<string, Value>) });
  }
  const legs = [...combos, ...extra];
  if (legs.length === 0) throw new Error("Matrix must define at least one vector");
  return legs;
}

function legName(jobName: string, matrix: Record<string, Value> | undefined): string {
  if (!matrix) return jobName;
  const values = Object.values(matrix).map((value) =>
    value !== null && typeof value === "object" ? JSON.stringify(value) : String(value),
  );
  return `${jobName} (${values.join(", ")})`;
}

function unescapeCommandData(text: string): string {
  return text.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%25", "%");
}

interface WorkflowCommands {
  notices: string[];
  warnings: string[];
  errors: string[];
  masks: string[];
}

/** `::notice::`, `::warning::`, `::error::` and `::add-mask::` from a step's stdout. */
export function parseWorkflowCommands(stdout: string, where = "step"): WorkflowCommands {
  const commands: WorkflowCommands = { notices: [], warnings: [], errors: [], masks: [] };
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?:\s+([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const command = match[1] as string;
    const data = match[3] as string;
    if (stopToken !== undefined) {
      if (command === stopToken) stopToken = undefined;
      continue;
    }
    const message = unescapeCommandData(data);
    switch (command) {
      case "notice":
        commands.notices.push(message);
        break;
      case "warning":
        commands.warnings.push(message);
        break;
      case "error":
        commands.errors.push(message);
        break;
      case "add-mask":
        commands.masks.push(message);
        break;
      case "stop-commands":
        stopToken = data;
        break;
      case "set-output":
      case "set-env":
      case "add-path":
      case "save-state":
        throw new WorkflowRunnerError(
          `${where}: uses the retired ::${command}:: command; write to the GITHUB_OUTPUT/GITHUB_ENV/GITHUB_PATH/GITHUB_STATE file`,
        );
      default:
        // debug, group, endgroup, echo: log decoration only.
        break;
    }
  }
  return commands;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replaceAll("*", ".*")
    .replaceAll("?", ".");
  return new RegExp(`^${escaped}$`);
}

/** The run of one workflow: parsed once, jobs run in order, directories under one root. */
class WorkflowExecution {
  private readonly jobs: Record<string, JobRun> = {};
  private readonly unsetReferences: string[] = [];
  private readonly metadata = new Map<string, ActionMetadata>();
  private readonly actionsDir: string;
  private readonly distDir: string;
  private readonly repositoryName: string;
  private readonly log: (line: string) => void;
  private github!: Record<string, Value>;
  private inputs!: Record<string, Value>;
  private vars!: Record<string, Value>;
  private secrets!: Record<string, Value>;
  private toolCache!: string;
  private eventPath!: string;

  private readonly workflow: ParsedWorkflow;
  private readonly options: WorkflowRunOptions;
  private readonly root: string;

  constructor(workflow: ParsedWorkflow, options: WorkflowRunOptions, root: string) {
    this.workflow = workflow;
    this.options = options;
    this.root = root;
    this.actionsDir = options.actionsDir ?? repoRoot;
    this.distDir = options.distDir ?? join(repoRoot, "dist");
    this.repositoryName = options.repositoryName ?? "image-actions";
    this.log = options.log ?? (() => {});
  }

  async run(): Promise<WorkflowRun> {
    const { workflow, options } = this;
    const order = jobOrder(workflow);
    const eventName = defaultEventName(workflow, options);
    const { context: inputs, eventInputs } = resolveInputs(workflow, eventName, options.inputs ?? {});
    this.inputs = inputs;
    // Unset vars and secrets are '' on GitHub (`vars.X || 'default'` is the idiom): null here too,
    // and listed in the run's unsetReferences for the test to check.
    const unset = (context: string) => (key: string) => {
      const reference = `${context}.${key}`;
      if (!this.unsetReferences.includes(reference)) this.unsetReferences.push(reference);
    };
    this.vars = reporting({ ...(options.vars ?? {}) }, unset("vars"));
    const ref = typeof options.github?.ref === "string" ? options.github.ref : "refs/heads/main";
    const token = options.secrets?.GITHUB_TOKEN ?? "ghs_workflow-runner-test-token";
    this.eventPath = join(this.root, "event.json");
    const repository = typeof options.github?.repository === "string" ? options.github.repository : "example/app";
    const defaultEvent: Record<string, Value> =
      eventName === "workflow_dispatch" || eventName === "workflow_call" ? { inputs: eventInputs } : {};
    this.github = strict(
      {
        event_name: eventName,
        event: defaultEvent,
        event_path: this.eventPath,
        ref,
        ref_name: ref.replace(/^refs\/(heads|tags)\//, ""),
        ref_type: ref.startsWith("refs/tags/") ? "tag" : "branch",
        sha: "0".repeat(40),
        repository,
        repository_owner: repository.split("/")[0] as string,
        run_id: "1",
        run_number: "1",
        run_attempt: "1",
        actor: "workflow-runner",
        triggering_actor: "workflow-runner",
        workflow: workflow.name,
        server_url: "https://github.com",
        // Nothing answers here: an action that calls the API must be given the test's fake.
        api_url: "http://127.0.0.1:9",
        graphql_url: "http://127.0.0.1:9/graphql",
        head_ref: "",
        base_ref: "",
        token,
        job: "",
        workspace: "",
        action: "",
        retention_days: "90",
        ...(options.github ?? {}),
      },
      "the github context (the test can add keys through options.github)",
    );
    this.secrets = reporting({ GITHUB_TOKEN: token, ...(options.secrets ?? {}) }, unset("secrets"));
    await writeFile(this.eventPath, JSON.stringify(this.github.event));
    this.toolCache = options.toolCache ?? join(this.root, "tool-cache");
    await mkdir(this.toolCache, { recursive: true });

    for (const id of order) {
      this.jobs[id] = await this.runJob(id);
      this.log(`${workflow.label}: job ${id}: ${this.jobs[id].result}`);
    }
    const failed = Object.values(this.jobs).some((job) => job.result === "failure");
    return {
      workflow: workflow.label,
      name: workflow.name,
      result: failed ? "failure" : "success",
      jobs: this.jobs,
      order,
      unsetReferences: this.unsetReferences,
    };
  }

  private where(job: string, leg?: string, step?: string): string {
    return [this.workflow.label, `job '${leg ?? job}'`, ...(step ? [`step '${step}'`] : [])].join(", ");
  }

  /** Run `evaluate`, telling an UnsupportedExpression where it happened. */
  private at<T>(where: string, evaluate: () => T): T {
    try {
      return evaluate();
    } catch (error) {
      if (error instanceof UnsupportedExpression && !error.where) throw error.at(where);
      throw error;
    }
  }

  private needsContext(jobId: string, job: Yaml): Record<string, Value> {
    const needs: Record<string, Value> = strict({}, `needs of job '${jobId}' (only the jobs it lists in needs:)`);
    for (const need of needsOf(job)) {
      const run = this.jobs[need] as JobRun;
      needs[need] = strict(
        { result: run.result, outputs: strict({ ...run.outputs }, `outputs of job '${need}'`) },
        `needs.${need}`,
      );
    }
    return needs;
  }

  private ancestors(jobId: string, seen = new Set<string>()): Set<string> {
    for (const need of needsOf(this.workflow.jobs.get(jobId) as Yaml)) {
      if (!seen.has(need)) {
        seen.add(need);
        this.ancestors(need, seen);
      }
    }
    return seen;
  }

  private async runJob(jobId: string): Promise<JobRun> {
    const job = this.workflow.jobs.get(jobId) as Yaml;
    const declaredOutputs = isMap(job.outputs) ? job.outputs : {};
    const outputs: Record<string, string> = Object.fromEntries(Object.keys(declaredOutputs).map((name) => [name, ""]));
    const jobRun: JobRun = { id: jobId, result: "skipped", outputs, legs: [], steps: [], errors: [] };
    const needs = this.needsContext(jobId, job);
    const ancestorResults = [...this.ancestors(jobId)].map((id) => this.jobs[id]?.result);
    const status = {
      success: ancestorResults.every((result) => result === "success"),
      failure: ancestorResults.some((result) => result === "failure"),
    };
    const jobScope: EvaluationScope = {
      contexts: { github: { ...this.github, job: jobId }, needs, vars: this.vars, inputs: this.inputs },
      status,
    };
    const where = this.where(jobId);
    const condition = job.if ?? "success()";
    if (!this.at(where, () => evaluateCondition(condition as string, jobScope))) return jobRun;

    const strategy = isMap(job.strategy) ? job.strategy : {};
    let legs: (Record<string, Value> | undefined)[] = [undefined];
    if (strategy.matrix !== undefined) {
      try {
        legs = this.at(`${where}, strategy.matrix`, () => expandMatrix(this.evaluateDeep(strategy.matrix, jobScope)));
      } catch (error) {
        if (error instanceof WorkflowRunnerError) throw error;
        jobRun.errors.push((error as Error).message);
        jobRun.result = "failure";
        return jobRun;
      }
    }
    const failFast =
      strategy["fail-fast"] === undefined
        ? true
        : truthy(this.at(where, () => this.evaluateDeep(strategy["fail-fast"], jobScope)));

    let cancelRest = false;
    for (const [index, matrix] of legs.entries()) {
      const strategyContext: Record<string, Value> = strict(
        { "fail-fast": failFast, "job-index": index, "job-total": legs.length, "max-parallel": legs.length },
        "the strategy context",
      );
      const matrixContext: Record<string, Value> = strict(
        { ...(matrix ?? {}) },
        matrix ? `the matrix of job '${jobId}'` : `the matrix of job '${jobId}' (it has no strategy.matrix)`,
      );
      const leg = await this.runLeg(jobId, job, index, matrixContext, strategyContext, needs, cancelRest);
      jobRun.legs.push(leg);
      if (leg.status === "failure" && !leg.continueOnError && failFast) cancelRest = true;
      for (const [name, value] of Object.entries(leg.outputs)) if (value !== "") outputs[name] = value;
    }
    const failed = jobRun.legs.some(
      (leg) => leg.status === "cancelled" || (leg.status === "failure" && !leg.continueOnError),
    );
    jobRun.result = failed ? "failure" : "success";
    if (strategy.matrix === undefined) jobRun.steps = jobRun.legs[0]?.steps ?? [];
    return jobRun;
  }

  /** Evaluate `${{ }}` in a YAML value and in every string inside it (a matrix, an include list). */
  private evaluateDeep(value: unknown, scope: EvaluationScope): Value {
    if (typeof value === "string") return evaluateTemplate(value, scope);
    if (Array.isArray(value)) return value.map((item) => this.evaluateDeep(item, scope));
    if (isMap(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.evaluateDeep(item, scope)]));
    }
    return (value ?? null) as Value;
  }

  private evaluateEnv(env: unknown, scope: EvaluationScope, where: string): Record<string, string> {
    if (env === undefined || env === null) return {};
    if (typeof env === "string") {
      const value = this.at(where, () => evaluateTemplate(env, scope));
      if (!isMap(value)) throw new WorkflowRunnerError(`${where}: env expression is not a mapping`);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalarText(v, where)]));
    }
    if (!isMap(env)) throw new WorkflowRunnerError(`${where}: env is not a mapping`);
    return Object.fromEntries(
      Object.entries(env).map(([name, value]) => [
        name,
        typeof value === "string"
          ? this.at(`${where}, env ${name}`, () => interpolate(value, scope))
          : scalarText(value, where),
      ]),
    );
  }

  private async runLeg(
    jobId: string,
    job: Yaml,
    index: number,
    matrix: Record<string, Value>,
    strategy: Record<string, Value>,
    needs: Record<string, Value>,
    cancelled: boolean,
  ): Promise<LegRun> {
    const steps = job.steps as Yaml[];
    const legDir = join(this.root, `${jobId}-${index}`.replace(/[^\w.-]/g, "_"));
    const workspace = join(legDir, "workspace");
    const runnerTemp = join(legDir, "temp");
    const filesDir = join(legDir, "file-commands");
    await Promise.all([workspace, runnerTemp, filesDir].map((dir) => mkdir(dir, { recursive: true })));
    const github: Record<string, Value> = strict({ ...this.github, job: jobId, workspace }, "the github context");
    const secrets = this.secrets;
    const baseContexts = { github, needs, strategy, matrix, vars: this.vars, inputs: this.inputs };
    const where = this.where(jobId);
    const name = this.at(where, () =>
      typeof job.name === "string" ? interpolate(job.name, { contexts: { ...baseContexts, secrets } }) : jobId,
    );
    const displayName = legName(name, Object.keys(matrix).length > 0 ? matrix : undefined);
    const legWhere = this.where(jobId, displayName);
    const leg: LegRun = {
      index,
      name: displayName,
      matrix: { ...matrix },
      status: "success",
      continueOnError: false,
      steps: [],
      outputs: {},
      summary: "",
      workspace,
    };
    if (cancelled) {
      leg.status = "cancelled";
      return leg;
    }
    leg.continueOnError =
      job["continue-on-error"] !== undefined &&
      truthy(this.at(legWhere, () => this.evaluateDeep(job["continue-on-error"], { contexts: baseContexts })));
    const workflowEnv = this.evaluateEnv(
      this.workflow.env,
      { contexts: { github, secrets, inputs: this.inputs, vars: this.vars } },
      this.workflow.label,
    );
    const jobEnv = this.evaluateEnv(
      job.env,
      { contexts: { ...baseContexts, secrets, env: { ...workflowEnv } } },
      legWhere,
    );
    const runner: Record<string, Value> = strict(
      {
        os: "Linux",
        arch: "X64",
        name: "workflow-runner-test",
        environment: "github-hosted",
        temp: runnerTemp,
        tool_cache: this.toolCache,
        debug: "",
      },
      "the runner context",
    );
    const stepsContext: Record<string, Value> = strict({}, `the steps of job '${jobId}' (step ids)`);
    for (const step of steps) if (typeof step.id === "string") stepsContext[step.id] = null;
    const exported: Record<string, string> = {};
    const addedPath: string[] = [];
    const defaultsRun = {
      ...(isMap(this.workflow.defaults.run) ? this.workflow.defaults.run : {}),
      ...(isMap(job.defaults) && isMap(job.defaults.run) ? job.defaults.run : {}),
    };

    for (const [stepIndex, step] of steps.entries()) {
      const jobContext: Record<string, Value> = strict({ status: leg.status }, "the job context");
      const envBeforeStep = { ...exported, ...workflowEnv, ...jobEnv };
      const contexts: Partial<Record<ContextName, Value>> = {
        ...baseContexts,
        job: jobContext,
        runner,
        steps: stepsContext,
        env: envBeforeStep,
      };
      const label =
        typeof step.name === "string"
          ? step.name
          : typeof step.uses === "string"
            ? `Run ${step.uses}`
            : `Run ${String(step.run).trim().split("\n")[0]}`;
      const stepWhere = `${legWhere}, step ${stepIndex + 1} '${typeof step.id === "string" ? step.id : label}'`;
      const stepName = this.at(stepWhere, () => interpolate(label, { contexts: { ...contexts, secrets } }));
      const id = typeof step.id === "string" ? step.id : undefined;
      const stepRun: StepRun = {
        index: stepIndex,
        id,
        name: stepName,
        kind:
          typeof step.uses === "string"
            ? this.ourAction(step.uses, stepWhere)
              ? "action"
              : "stand-in"
            : "run-handler",
        uses: typeof step.uses === "string" ? step.uses : undefined,
        outcome: "skipped",
        conclusion: "skipped",
        inputs: {},
        env: {},
        script: undefined,
        outputs: {},
        exportedEnv: {},
        action: undefined,
        notices: [],
        warnings: [],
        errors: [],
        masks: [],
        summary: "",
        stdout: "",
        stderr: "",
      };
      leg.steps.push(stepRun);
      const status = { success: leg.status === "success", failure: leg.status === "failure" };
      const condition = step.if ?? "success()";
      if (!this.at(stepWhere, () => evaluateCondition(condition as string, { contexts, status }))) {
        if (id) stepsContext[id] = this.stepEntry(stepRun);
        this.log(`  ${displayName} / ${stepName}: skipped`);
        continue;
      }
      stepRun.env = this.evaluateEnv(step.env, { contexts: { ...contexts, secrets } }, stepWhere);
      const env = { ...exported, ...workflowEnv, ...jobEnv, ...stepRun.env };
      const scope: EvaluationScope = { contexts: { ...contexts, secrets, env } };
      const continueOnError =
        step["continue-on-error"] !== undefined &&
        truthy(this.at(stepWhere, () => this.evaluateDeep(step["continue-on-error"], scope)));
      const withValues = isMap(step.with) ? step.with : {};
      if (step.with !== undefined && !isMap(step.with))
        throw new WorkflowRunnerError(`${stepWhere}: with is not a mapping`);
      stepRun.inputs = Object.fromEntries(
        Object.entries(withValues).map(([name, value]) => [
          name,
          typeof value === "string"
            ? this.at(`${stepWhere}, with ${name}`, () => interpolate(value, scope))
            : scalarText(value, stepWhere),
        ]),
      );
      const processEnv = this.processEnv({
        github: { ...github, action: id ?? `__step${stepIndex + 1}` },
        runnerTemp,
        exported,
        declared: { ...workflowEnv, ...jobEnv, ...stepRun.env },
        addedPath,
      });
      const context: StepContext = {
        workflow: this.workflow.label,
        job: jobId,
        leg: displayName,
        step: { id, name: stepName, ...(stepRun.uses ? { uses: stepRun.uses } : {}) },
        with: { ...stepRun.inputs },
        env: { ...env },
        workspace,
        runnerTemp,
        github,
        matrix,
        processEnv: { ...processEnv },
      };

      let effects: { outputs: Record<string, string>; env: Record<string, string>; path: string[] };
      if (stepRun.uses !== undefined) {
        const ours = this.ourAction(stepRun.uses, stepWhere);
        effects = ours
          ? await this.runOurAction(ours, stepRun, scope, processEnv, workspace, stepWhere)
          : await this.runHandler(this.standIn(stepRun.uses, stepWhere), context, stepRun, stepWhere);
      } else {
        if (step.with !== undefined) throw new WorkflowRunnerError(`${stepWhere}: a run step has no with:`);
        const shell = step.shell ?? defaultsRun.shell;
        if (shell !== undefined && shell !== "bash") {
          throw new WorkflowRunnerError(
            `${stepWhere}: the test runner only runs 'shell: bash', not '${String(shell)}'`,
          );
        }
        stepRun.script = this.at(stepWhere, () => interpolate(String(step.run), scope));
        context.script = stepRun.script;
        const handler = this.runStepHandler(
          jobId,
          id,
          typeof step.name === "string" ? step.name : undefined,
          stepWhere,
        );
        if (handler === "bash") {
          stepRun.kind = "bash";
          const directory = step["working-directory"] ?? defaultsRun["working-directory"];
          const cwd =
            directory === undefined
              ? workspace
              : resolve(
                  workspace,
                  this.at(stepWhere, () => interpolate(String(directory), scope)),
                );
          effects = await this.runBash(stepRun, {
            explicitShell: shell === "bash",
            env: processEnv,
            cwd,
            filesDir,
            where: stepWhere,
          });
        } else {
          effects = await this.runHandler(handler, context, stepRun, stepWhere);
        }
      }
      stepRun.outputs = effects.outputs;
      stepRun.exportedEnv = effects.env;
      Object.assign(exported, effects.env);
      addedPath.push(...effects.path);
      stepRun.conclusion = stepRun.outcome === "failure" && continueOnError ? "success" : stepRun.outcome;
      if (stepRun.conclusion === "failure") leg.status = "failure";
      if (id) stepsContext[id] = this.stepEntry(stepRun);
      if (stepRun.summary) leg.summary += stepRun.summary;
      this.log(
        `  ${displayName} / ${stepName}: ${stepRun.outcome}${stepRun.errors.length > 0 ? ` — ${stepRun.errors.join("; ")}` : ""}`,
      );
    }

    const declaredOutputs = isMap(job.outputs) ? job.outputs : {};
    const jobContext: Record<string, Value> = strict({ status: leg.status }, "the job context");
    const outputScope: EvaluationScope = {
      contexts: {
        ...baseContexts,
        secrets,
        job: jobContext,
        runner,
        steps: stepsContext,
        env: { ...exported, ...workflowEnv, ...jobEnv },
      },
    };
    for (const [name, value] of Object.entries(declaredOutputs)) {
      leg.outputs[name] =
        typeof value === "string"
          ? this.at(`${legWhere}, outputs.${name}`, () => interpolate(value, outputScope))
          : scalarText(value, `${legWhere}, outputs.${name}`);
    }
    return leg;
  }

  private stepEntry(step: StepRun): Value {
    return strict(
      { outputs: { ...step.outputs }, outcome: step.outcome, conclusion: step.conclusion },
      `steps.${step.id}`,
    );
  }

  /** The name of our action a `uses:` refers to, or undefined for a third-party one. */
  private ourAction(uses: string, where: string): string | undefined {
    const local = /^\.\/([\w.-]+)\/?$/.exec(uses);
    const remote = /^[\w.-]+\/([\w.-]+)\/([\w.-]+)@(.+)$/.exec(uses);
    let name: string | undefined;
    if (local) name = local[1];
    else if (remote && remote[1]?.toLowerCase() === this.repositoryName.toLowerCase()) name = remote[2];
    if (name === undefined) return undefined;
    if (!existsSync(join(this.actionsDir, name, "action.yml"))) {
      throw new WorkflowRunnerError(`${where}: 'uses: ${uses}': there is no action '${name}' in ${this.actionsDir}`);
    }
    return name;
  }

  private async actionMetadata(name: string): Promise<ActionMetadata> {
    const cached = this.metadata.get(name);
    if (cached) return cached;
    const document = parse(await readFile(join(this.actionsDir, name, "action.yml"), "utf8")) as Yaml;
    const inputs: ActionMetadata["inputs"] = {};
    for (const [input, spec] of Object.entries(isMap(document.inputs) ? document.inputs : {})) {
      inputs[input] = isMap(spec) && spec.default !== undefined ? { default: scalarText(spec.default, name) } : {};
    }
    const metadata = { inputs };
    this.metadata.set(name, metadata);
    return metadata;
  }

  private async runOurAction(
    name: string,
    stepRun: StepRun,
    scope: EvaluationScope,
    env: NodeJS.ProcessEnv,
    workspace: string,
    where: string,
  ): Promise<{ outputs: Record<string, string>; env: Record<string, string>; path: string[] }> {
    const { inputs } = await this.actionMetadata(name);
    const declared = Object.keys(inputs);
    for (const given of Object.keys(stepRun.inputs)) {
      if (!declared.some((input) => input.toLowerCase() === given.toLowerCase())) {
        throw new WorkflowRunnerError(`${where}: ${name} has no input '${given}' (inputs: ${declared.join(", ")})`);
      }
    }
    const givenKey = (input: string): string | undefined =>
      Object.keys(stepRun.inputs).find((key) => key.toLowerCase() === input.toLowerCase());
    for (const [input, value] of Object.entries(this.options.actionInputs?.[name] ?? {})) {
      if (!declared.some((known) => known.toLowerCase() === input.toLowerCase())) {
        throw new WorkflowRunnerError(`actionInputs.${name}: ${name} has no input '${input}'`);
      }
      if (givenKey(input) === undefined) stepRun.inputs[input] = value;
    }
    // action-kit reads INPUT_* only: on GitHub the runner fills in the action.yml defaults, so here we do.
    for (const [input, spec] of Object.entries(inputs)) {
      if (givenKey(input) === undefined && spec.default !== undefined) {
        const fallback = spec.default;
        stepRun.inputs[input] = this.at(`${where}, ${name} default of ${input}`, () => interpolate(fallback, scope));
      }
    }
    const run = await runAction(name, stepRun.inputs, { env, distDir: this.distDir, cwd: workspace });
    stepRun.action = run;
    stepRun.stdout = run.stdout;
    stepRun.stderr = run.stderr;
    stepRun.summary = run.summary;
    Object.assign(stepRun, parseWorkflowCommands(run.stdout, where));
    stepRun.outcome = run.exitCode === 0 ? "success" : "failure";
    return { outputs: run.outputs, env: run.exportedEnv, path: run.addedPath };
  }

  private standIn(uses: string, where: string): StepHandler {
    const at = uses.lastIndexOf("@");
    const target = at < 0 ? uses : uses.slice(0, at);
    const ref = at < 0 ? "" : uses.slice(at + 1);
    for (const [key, handler] of Object.entries(this.options.standIns ?? {})) {
      const keyAt = key.indexOf("@", key.startsWith("docker://") ? 9 : 0);
      const keyTarget = keyAt < 0 ? key : key.slice(0, keyAt);
      const keyRef = keyAt < 0 ? undefined : key.slice(keyAt + 1);
      if (keyTarget.toLowerCase() !== target.toLowerCase()) continue;
      if (keyRef === undefined || globToRegExp(keyRef).test(ref)) return handler;
    }
    throw new MissingStandIn(`${where}: no stand-in for 'uses: ${uses}'; give one in standIns as '${target}'`);
  }

  private runStepHandler(
    jobId: string,
    id: string | undefined,
    name: string | undefined,
    where: string,
  ): StepHandler | "bash" {
    const table = this.options.runSteps ?? {};
    const keys = [id, name].filter((key): key is string => key !== undefined);
    for (const key of [...keys.map((key) => `${jobId}/${key}`), ...keys]) {
      const handler = table[key];
      if (handler !== undefined) return handler;
    }
    const hint = keys.length > 0 ? `'${keys.join("' or '")}'` : "nothing: give the step an id or a name";
    throw new MissingStandIn(
      `${where}: a run step needs a handler in runSteps (a function, or "bash" to run it), keyed by ${hint}`,
    );
  }

  private async runHandler(
    handler: StepHandler,
    context: StepContext,
    stepRun: StepRun,
    where: string,
  ): Promise<{ outputs: Record<string, string>; env: Record<string, string>; path: string[] }> {
    let effects: StepEffects | undefined;
    try {
      effects = (await handler(context)) ?? undefined;
      stepRun.outcome = "success";
    } catch (error) {
      if (!(error instanceof StepFailed)) {
        throw new WorkflowRunnerError(`${where}: the test's stand-in threw: ${(error as Error).message}`, {
          cause: error,
        });
      }
      stepRun.outcome = "failure";
      stepRun.errors.push(error.message);
    }
    stepRun.summary = effects?.summary ?? "";
    stepRun.notices.push(...(effects?.notices ?? []));
    stepRun.warnings.push(...(effects?.warnings ?? []));
    const text = (record: Record<string, unknown> | undefined): Record<string, string> =>
      Object.fromEntries(Object.entries(record ?? {}).map(([key, value]) => [key, String(value)]));
    return { outputs: text(effects?.outputs), env: text(effects?.env), path: effects?.path ?? [] };
  }

  private async runBash(
    stepRun: StepRun,
    how: { explicitShell: boolean; env: NodeJS.ProcessEnv; cwd: string; filesDir: string; where: string },
  ): Promise<{ outputs: Record<string, string>; env: Record<string, string>; path: string[] }> {
    const prefix = join(how.filesDir, `step-${stepRun.index + 1}`);
    const files = {
      GITHUB_OUTPUT: `${prefix}-output`,
      GITHUB_ENV: `${prefix}-env`,
      GITHUB_PATH: `${prefix}-path`,
      GITHUB_STEP_SUMMARY: `${prefix}-summary.md`,
      GITHUB_STATE: `${prefix}-state`,
    };
    await Promise.all(Object.values(files).map((file) => writeFile(file, "")));
    const scriptFile = `${prefix}.sh`;
    await writeFile(scriptFile, stepRun.script ?? "");
    if (!(await stat(how.cwd).catch(() => undefined))?.isDirectory()) {
      stepRun.outcome = "failure";
      stepRun.errors.push(`working directory ${how.cwd} does not exist`);
      return { outputs: {}, env: {}, path: [] };
    }
    // GitHub's two bash invocations: `bash -e {0}` by default, stricter with an explicit `shell: bash`.
    const args = how.explicitShell ? ["--noprofile", "--norc", "-e", "-o", "pipefail", scriptFile] : ["-e", scriptFile];
    const result = await execTool("bash", args, { env: { ...how.env, ...files }, cwd: how.cwd });
    const [output, exported, path, summary] = await Promise.all(
      [files.GITHUB_OUTPUT, files.GITHUB_ENV, files.GITHUB_PATH, files.GITHUB_STEP_SUMMARY].map((file) =>
        readFile(file, "utf8"),
      ),
    );
    stepRun.stdout = result.stdout;
    stepRun.stderr = result.stderr;
    stepRun.summary = summary as string;
    Object.assign(stepRun, parseWorkflowCommands(result.stdout, how.where));
    stepRun.outcome = result.code === 0 ? "success" : "failure";
    if (result.code !== 0) stepRun.errors.push(`Process completed with exit code ${result.code}.`);
    return {
      outputs: parseCommandFile(output as string),
      env: parseCommandFile(exported as string),
      path: (path as string).split("\n").filter((line) => line.trim() !== ""),
    };
  }

  /** The process environment of an action or script: the machine's, the runner's, the workflow's. */
  private processEnv(parts: {
    github: Record<string, Value>;
    runnerTemp: string;
    exported: Record<string, string>;
    declared: Record<string, string>;
    addedPath: string[];
  }): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (!/^(INPUT|GITHUB|RUNNER)_/.test(name)) env[name] = value;
    }
    const github = parts.github;
    const text = (key: string): string => {
      const value = github[key];
      return value === null || value === undefined || typeof value === "object" ? "" : String(value);
    };
    for (const key of [
      "event_name",
      "event_path",
      "ref",
      "ref_name",
      "ref_type",
      "sha",
      "repository",
      "repository_owner",
      "run_id",
      "run_number",
      "run_attempt",
      "actor",
      "triggering_actor",
      "workflow",
      "job",
      "workspace",
      "action",
      "server_url",
      "api_url",
      "graphql_url",
      "head_ref",
      "base_ref",
      "retention_days",
    ]) {
      env[`GITHUB_${key.toUpperCase()}`] = text(key);
    }
    Object.assign(env, {
      CI: "true",
      GITHUB_ACTIONS: "true",
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
      RUNNER_TEMP: parts.runnerTemp,
      RUNNER_TOOL_CACHE: this.toolCache,
      ...this.options.env,
      ...parts.exported,
      ...parts.declared,
    });
    // GITHUB_PATH: the latest addition is searched first.
    if (parts.addedPath.length > 0) env.PATH = [...[...parts.addedPath].reverse(), env.PATH ?? ""].join(":");
    return env;
  }
}

/** Run a workflow file (by path, absolute or from the repository root). */
export async function runWorkflow(file: string, options: WorkflowRunOptions = {}): Promise<WorkflowRun> {
  const path = resolve(repoRoot, file);
  return runWorkflowSource(await readFile(path, "utf8"), options, relative(repoRoot, path));
}

/** Run a workflow given as YAML text (inline workflows in tests). */
export async function runWorkflowSource(
  text: string,
  options: WorkflowRunOptions = {},
  label = "inline workflow",
): Promise<WorkflowRun> {
  const workflow = parseWorkflow(text, label);
  const root = options.workDir ?? (await mkdtemp(join(tmpdir(), "ia-workflow-")));
  try {
    await mkdir(root, { recursive: true });
    return await new WorkflowExecution(workflow, options, root).run();
  } finally {
    if (!options.workDir) await rm(root, { recursive: true, force: true });
  }
}

/** One step of a run, by id or name (leg 0 unless told); throws listing what there is. */
export function stepOf(run: WorkflowRun, job: string, idOrName: string, leg = 0): StepRun {
  const jobRun = run.jobs[job];
  if (!jobRun) throw new Error(`${run.workflow}: no job '${job}' (jobs: ${Object.keys(run.jobs).join(", ")})`);
  const legRun = jobRun.legs[leg];
  if (!legRun)
    throw new Error(`${run.workflow}, job '${job}': no leg ${leg} (${jobRun.legs.length} legs; ${jobRun.result})`);
  const step = legRun.steps.find((candidate) => candidate.id === idOrName || candidate.name === idOrName);
  if (!step) {
    const names = legRun.steps.map((candidate) => candidate.id ?? candidate.name).join(", ");
    throw new Error(`${run.workflow}, ${legRun.name}: no step '${idOrName}' (steps: ${names})`);
  }
  return step;
}

/** A run as lines for an assertion message: each job, leg and step with its status and errors. */
export function formatRun(run: WorkflowRun): string {
  const lines = [`${run.workflow}: ${run.result}`];
  for (const id of run.order) {
    const job = run.jobs[id] as JobRun;
    lines.push(`  ${id}: ${job.result}${job.errors.length > 0 ? ` — ${job.errors.join("; ")}` : ""}`);
    for (const leg of job.legs) {
      lines.push(`    ${leg.name}: ${leg.status}`);
      for (const step of leg.steps) {
        const detail = [
          ...step.errors,
          ...(step.outcome === "failure" ? [step.stderr.trim().split("\n").at(-1) ?? ""] : []),
        ]
          .filter((text) => text !== "")
          .join("; ");
        lines.push(`      ${step.id ?? step.name}: ${step.outcome}${detail ? ` — ${detail}` : ""}`);
      }
    }
  }
  return lines.join("\n");
}
