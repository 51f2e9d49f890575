// Dispatch inputs are outside data (issue 23, item 7). The example release.yml checks `version`
// (MAJOR.MINOR.PATCH, one line) and `candidate` (name@sha256:<64 hex>) in its first job, which holds
// no permission, and mirror.yml checks `version` before any registry credential is written. Run
// through the test workflow runner with the workflows' own check scripts under bash: every hostile
// value fails that step with one `::error` line naming the input, and every job or step that would
// sign, promote, dispatch or log in is skipped. Well-formed values pass the same steps. (The run that
// shows a hostile version moving a release tag without the check is test/e2e/workflows.test.ts.)
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse, stringify } from "yaml";
import { repoRoot } from "../support/tools.ts";
import {
  formatRun,
  runWorkflow,
  runWorkflowSource,
  StepFailed,
  type StepHandler,
  stepOf,
  type WorkflowRunOptions,
} from "../support/workflow-runner.ts";

const DIGEST = `sha256:${"0123456789abcdef".repeat(4)}`;
const CANDIDATE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/candidates/app@${DIGEST}`;

const HOSTILE_VERSIONS = [
  "1.0.0\npublic.ecr.aws/org/app:1.0.0.x", // the reported case: 1.0.0 went into mutable-tags
  "1.2.3\n",
  "\n1.2.3",
  "1.2.3\r",
  "1.2.3 ",
  " 1.2.3",
  "v1.2.3",
  "1.2",
  "1.2.3.4",
  "01.2.3",
  "1.2.3-rc.1",
  "1.2.3+build",
  "latest",
  "1.2.3$(id)",
  "1.2.3;id",
  "`id`",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression typed into the input
  "${{ github.token }}",
  "1.2.3\n::add-mask::everything",
  "1.2.3\u0085::warning::pwned",
  "１.２.３", // full-width digits
  "",
];

const HOSTILE_CANDIDATES = [
  "123456789012.dkr.ecr.eu-west-1.amazonaws.com/candidates/app:1.2.3", // a tag: what is signed and promoted could differ
  "123456789012.dkr.ecr.eu-west-1.amazonaws.com/candidates/app",
  `123456789012.dkr.ecr.eu-west-1.amazonaws.com/candidates/app:1.2.3@${DIGEST}`,
  `${CANDIDATE}\n`,
  `${CANDIDATE}\npublic.ecr.aws/org/app:latest`,
  `${CANDIDATE.slice(0, -1)}`,
  `${CANDIDATE}0`,
  CANDIDATE.replace("sha256:0", "sha256:G"),
  CANDIDATE.replace("sha256", "sha512"),
  CANDIDATE.replace("candidates/app", "Candidates/App"),
  ` ${CANDIDATE}`,
  `$(id)@${DIGEST}`,
  `-oProxyCommand=id@${DIGEST}`,
  `@${DIGEST}`,
  "",
];

const VALID_VERSIONS = ["0.0.0", "1.2.3", "10.20.30", "2026.12.0"];
const VALID_CANDIDATES = [
  CANDIDATE,
  `127.0.0.1:5000/candidates/app@${DIGEST}`,
  `localhost:5000/a/b-c/d_e@${DIGEST}`,
  `app@${DIGEST}`,
];

/** A step that must never be reached: reaching it fails the step, and so the test. */
const mustNotRun: StepHandler = (step) => {
  throw new StepFailed(`${step.step.id ?? step.step.name} ran after a hostile input`);
};

const options = (inputs: Record<string, string>): WorkflowRunOptions => ({
  github: { event_name: "workflow_dispatch", ref: "refs/heads/main", repository: "example/app" },
  inputs,
  standIns: { "aws-actions/configure-aws-credentials": mustNotRun, "actions/checkout": mustNotRun },
  runSteps: {
    "check-inputs/check": "bash",
    "mirror/check-version": "bash",
    "release/tags": mustNotRun,
    "Record the release": mustNotRun,
    "mirror/dispatch-mirror": mustNotRun,
    "login-mirrors": mustNotRun,
  },
});

/** The step's own error lines: the runner adds "Process completed with exit code N." after them. */
const ownErrors = (errors: string[]): string[] =>
  errors.filter((error) => !/^Process completed with exit code/.test(error));

/** The workflow file with only the job and step that check the inputs: nothing after them runs. */
async function onlyCheck(file: string, job: string, step: string): Promise<string> {
  const workflow = parse(await readFile(join(repoRoot, file), "utf8")) as {
    jobs: Record<string, { steps: Array<{ id?: string }> }>;
  };
  const checking = workflow.jobs[job];
  assert.ok(checking, `${file} has a job ${job}`);
  checking.steps = checking.steps.filter((candidate) => candidate.id === step);
  assert.equal(checking.steps.length, 1, `${file}, ${job} has a step ${step}`);
  workflow.jobs = { [job]: checking };
  return stringify(workflow);
}

describe("example workflows refuse hostile dispatch inputs", () => {
  it(`release.yml: ${HOSTILE_VERSIONS.length} hostile versions and ${HOSTILE_CANDIDATES.length} hostile candidates stop at check-inputs`, async () => {
    const cases = [
      ...HOSTILE_VERSIONS.map((version) => ({ inputs: { candidate: CANDIDATE, version }, refused: "version" })),
      ...HOSTILE_CANDIDATES.map((candidate) => ({ inputs: { candidate, version: "1.2.3" }, refused: "candidate" })),
    ];
    for (const { inputs, refused } of cases) {
      const label = JSON.stringify(inputs);
      const run = await runWorkflow("workflows-examples/release.yml", options(inputs));
      assert.equal(run.result, "failure", `${label}\n${formatRun(run)}`);
      const check = stepOf(run, "check-inputs", "check");
      assert.equal(check.outcome, "failure", label);
      const errors = ownErrors(check.errors);
      assert.equal(errors.length, 1, `${label}: ${errors.join(" | ")}`);
      assert.match(errors[0] as string, new RegExp(`^${refused} must be [^\\n]+$`), label);
      assert.deepEqual(check.masks, [], `${label}: no workflow command from the input`);
      for (const job of ["sign-candidate", "release", "mirror"]) {
        assert.equal(run.jobs[job]?.result, "skipped", `${label}: ${job}\n${formatRun(run)}`);
      }
    }
  });

  it(`mirror.yml: ${HOSTILE_VERSIONS.length} hostile versions stop before the registry login`, async () => {
    for (const version of HOSTILE_VERSIONS) {
      const label = JSON.stringify(version);
      const run = await runWorkflow("workflows-examples/mirror.yml", options({ version }));
      assert.equal(run.result, "failure", `${label}\n${formatRun(run)}`);
      const check = stepOf(run, "mirror", "check-version");
      assert.equal(check.outcome, "failure", label);
      const errors = ownErrors(check.errors);
      assert.equal(errors.length, 1, `${label}: ${errors.join(" | ")}`);
      assert.match(errors[0] as string, /^version must be [^\n]+$/, label);
      assert.equal(stepOf(run, "mirror", "login-mirrors").outcome, "skipped", label);
      assert.equal(run.jobs.mirror?.steps.at(-1)?.outcome, "skipped", `${label}: the mirror step`);
    }
  });

  it("well-formed versions and digest references pass the same checks", async () => {
    const release = await onlyCheck("workflows-examples/release.yml", "check-inputs", "check");
    const mirror = await onlyCheck("workflows-examples/mirror.yml", "mirror", "check-version");
    for (const version of VALID_VERSIONS) {
      for (const candidate of VALID_CANDIDATES) {
        const run = await runWorkflowSource(release, options({ candidate, version }), "release.yml's check");
        assert.equal(run.result, "success", formatRun(run));
      }
      const run = await runWorkflowSource(mirror, options({ version }), "mirror.yml's check");
      assert.equal(run.result, "success", formatRun(run));
    }
  });
});
