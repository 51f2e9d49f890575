// The test workflow runner runs a workflow the way GitHub would: our actions through their bundles
// with `with:` evaluated and action.yml defaults filled in, jobs in needs order with outputs and a
// matrix from an earlier job's JSON, if: conditions, stand-ins for third-party steps, real bash for
// steps the test marks — and it fails loudly, naming the place, on whatever it does not model.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { mustExec } from "../support/exec.ts";
import {
  formatRun,
  MissingStandIn,
  runWorkflowSource,
  StepFailed,
  stepOf,
  UnsupportedExpression,
  WorkflowRunnerError,
  type WorkflowRunOptions,
} from "../support/workflow-runner.ts";

/** A tiny action, `echo`, laid out like ours: `<name>/action.yml` and `dist/<name>/index.js`. */
const ECHO_ACTION = `name: echo
inputs:
  message:
    required: true
  greeting:
    default: hello
  token:
    default: \${{ github.token }}
  fail:
    default: "false"
outputs:
  said: {description: greeting and message}
runs:
  using: node24
  main: ../dist/echo/index.js
`;

const ECHO_BUNDLE = `const fs = require("node:fs");
const env = process.env;
const inputs = Object.fromEntries(Object.entries(env).filter(([name]) => name.startsWith("INPUT_")));
const seen = { cwd: process.cwd(), workspace: env.GITHUB_WORKSPACE, temp: env.RUNNER_TEMP, event: env.GITHUB_EVENT_NAME,
  ref: env.GITHUB_REF, level: env.LEVEL, exported: env.EXPORTED, machine: env.MACHINE_ONLY };
fs.appendFileSync(env.GITHUB_OUTPUT, "inputs=" + JSON.stringify(inputs) + "\\n" + "seen=" + JSON.stringify(seen) + "\\n");
fs.appendFileSync(env.GITHUB_OUTPUT, "said=" + env.INPUT_GREETING + " " + env.INPUT_MESSAGE + "\\n");
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, "said " + env.INPUT_MESSAGE + "\\n");
fs.appendFileSync(env.GITHUB_ENV, "ECHOED=" + env.INPUT_MESSAGE + "\\n");
fs.writeFileSync(env.RUNNER_TEMP + "/echoed", env.INPUT_MESSAGE);
console.log("::notice title=echo::echoed " + env.INPUT_MESSAGE);
if (env.INPUT_FAIL === "true") { console.log("::error::told to fail"); process.exitCode = 1; }
`;

let fixture: string;
let base: WorkflowRunOptions;

before(async () => {
  fixture = await mkdtemp(join(tmpdir(), "ia-workflow-runner-test-"));
  await mkdir(join(fixture, "echo"));
  await mkdir(join(fixture, "dist", "echo"), { recursive: true });
  await writeFile(join(fixture, "echo", "action.yml"), ECHO_ACTION);
  await writeFile(join(fixture, "dist", "echo", "index.js"), ECHO_BUNDLE);
  base = { actionsDir: fixture, distDir: join(fixture, "dist") };
});

after(async () => {
  await rm(fixture, { recursive: true, force: true });
});

describe("workflow runner", () => {
  it("evaluates with: from steps, needs, matrix, inputs, vars and env into our action, with action.yml defaults", async () => {
    const checkouts: string[] = [];
    const run = await runWorkflowSource(
      `name: evaluate
on:
  workflow_dispatch:
    inputs:
      version: {required: true}
      channel: {default: stable}
env:
  LEVEL: workflow
jobs:
  prepare:
    runs-on: ubuntu-latest
    outputs:
      tag: \${{ steps.tag.outputs.tag }}
    steps:
      - uses: actions/checkout@v4
        with: {fetch-depth: 0}
      - id: tag
        run: echo "tag=v$VERSION" >> "$GITHUB_OUTPUT"
        env:
          VERSION: \${{ inputs.version }}
  use:
    needs: prepare
    runs-on: ubuntu-latest
    env:
      LEVEL: job
    strategy:
      matrix:
        arch: [amd64]
    steps:
      - uses: org/image-actions/echo@v1
        id: first
        with:
          message: \${{ needs.prepare.outputs.tag }}-\${{ matrix.arch }}-\${{ inputs.channel }}-\${{ vars.REGION }}-\${{ env.LEVEL }}
      - uses: ./echo
        id: second
        env:
          LEVEL: step
        with:
          message: \${{ steps.first.outputs.said }} / \${{ env.ECHOED }}
          greeting: hi
      - uses: someone/image-actions/echo@${"c".repeat(40)}
        id: third
        with:
          message: \${{ runner.os }} \${{ github.event_name }} \${{ github.event.inputs.version }} \${{ job.status }} \${{ vars.MIRROR || 'none' }}
`,
      {
        ...base,
        inputs: { version: "1.2.3" },
        vars: { REGION: "eu-west-1" },
        secrets: { GITHUB_TOKEN: "ghs_from-the-test" },
        env: { MACHINE_ONLY: "yes" },
        standIns: {
          "actions/checkout": ({ with: inputs, workspace, processEnv }) => {
            checkouts.push(`${inputs["fetch-depth"]} into ${workspace}`);
            assert.equal(processEnv.MACHINE_ONLY, "yes");
            assert.equal(processEnv.GITHUB_WORKSPACE, workspace);
            return undefined;
          },
        },
        runSteps: { "prepare/tag": "bash" },
      },
    );
    assert.equal(run.result, "success", formatRun(run));
    assert.deepEqual(run.order, ["prepare", "use"]);
    assert.equal(run.jobs.prepare?.outputs.tag, "v1.2.3");
    assert.equal(checkouts.length, 1);
    assert.match(checkouts[0] as string, /^0 into .*workspace$/);

    const first = stepOf(run, "use", "first");
    assert.equal(first.kind, "action");
    assert.deepEqual(first.inputs, {
      message: "v1.2.3-amd64-stable-eu-west-1-job",
      greeting: "hello",
      token: "ghs_from-the-test",
      fail: "false",
    });
    assert.equal(first.action?.exitCode, 0);
    assert.equal(first.outputs.said, "hello v1.2.3-amd64-stable-eu-west-1-job");
    assert.deepEqual(first.notices, ["echoed v1.2.3-amd64-stable-eu-west-1-job"]);
    const seen = JSON.parse(first.outputs.seen as string);
    assert.equal(seen.event, "workflow_dispatch");
    assert.equal(seen.ref, "refs/heads/main");
    assert.equal(seen.level, "job");
    assert.equal(seen.machine, "yes");
    assert.equal(seen.cwd, seen.workspace, "our actions run in the job's workspace");
    assert.equal(
      await readFile(join(seen.temp, "echoed"), "utf8").catch(() => "gone"),
      "gone",
      "cleaned up after the run",
    );

    const second = stepOf(run, "use", "second");
    assert.equal(second.outputs.said, "hi hello v1.2.3-amd64-stable-eu-west-1-job / v1.2.3-amd64-stable-eu-west-1-job");
    assert.equal(JSON.parse(second.outputs.seen as string).level, "step");
    assert.equal(JSON.parse(second.outputs.seen as string).temp, seen.temp, "RUNNER_TEMP lasts the whole job");
    assert.equal(stepOf(run, "use", "third").inputs.message, "Linux workflow_dispatch 1.2.3 success none");
    assert.deepEqual(run.unsetReferences, ["vars.MIRROR"], "unset vars are '' as on GitHub, and reported");
    assert.match(run.jobs.use?.legs[0]?.summary ?? "", /said v1\.2\.3.*\nsaid hello v1/s);
  });

  it("actionInputs: what the machine provides fills inputs a step leaves unset, before action.yml defaults; a step's own value wins", async () => {
    const workflow = `name: machine inputs
on: workflow_dispatch
jobs:
  use:
    runs-on: ubuntu-latest
    steps:
      - uses: org/image-actions/echo@v1
        id: unset
        with:
          message: one
      - uses: org/image-actions/echo@v1
        id: own
        with:
          message: two
          greeting: mine
`;
    const run = await runWorkflowSource(workflow, {
      ...base,
      actionInputs: { echo: { greeting: "from the machine" } },
    });
    assert.equal(run.result, "success", formatRun(run));
    assert.equal(stepOf(run, "use", "unset").inputs.greeting, "from the machine");
    assert.equal(stepOf(run, "use", "unset").outputs.said, "from the machine one");
    assert.equal(stepOf(run, "use", "own").outputs.said, "mine two");
    await assert.rejects(
      runWorkflowSource(workflow, { ...base, actionInputs: { echo: { volume: "11" } } }),
      (error: Error) =>
        error instanceof WorkflowRunnerError && /actionInputs\.echo: echo has no input 'volume'/.test(error.message),
    );
  });

  it("builds a matrix from an earlier job's JSON output, runs every leg, and takes outputs from the last leg that set them", async () => {
    const seenLegs: string[] = [];
    const run = await runWorkflowSource(
      `on: schedule
jobs:
  list:
    runs-on: ubuntu-latest
    outputs:
      releases: \${{ steps.list.outputs.releases }}
      platforms: \${{ steps.list.outputs.platforms }}
    steps:
      - id: list
        run: |
          echo 'releases=["3.1.0","2.9.4"]' >> "$GITHUB_OUTPUT"
          echo 'platforms={"os":["linux"],"include":[{"os":"linux","arch":"arm64"},{"os":"windows"}]}' >> "$GITHUB_OUTPUT"
  rebuild:
    needs: list
    runs-on: ubuntu-latest
    strategy:
      matrix:
        release: \${{ fromJSON(needs.list.outputs.releases) }}
        variant: [plain, debug]
        exclude:
          - {release: 2.9.4, variant: debug}
    outputs:
      digest: \${{ steps.build.outputs.digest }}
    steps:
      - name: build
        id: build
        run: build "\${{ matrix.release }}" "\${{ matrix.variant }}"
  platforms:
    needs: list
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(needs.list.outputs.platforms) }}
    steps:
      - name: show
        run: "true"
`,
      {
        ...base,
        runSteps: {
          list: "bash",
          build: ({ matrix, script }) => {
            seenLegs.push(script ?? "");
            return { outputs: { digest: matrix.release === "2.9.4" ? `sha256:${matrix.variant}` : "" } };
          },
          show: ({ matrix, leg }) => {
            seenLegs.push(`${leg}: ${JSON.stringify(matrix)}`);
            return undefined;
          },
        },
      },
    );
    assert.equal(run.result, "success", formatRun(run));
    assert.deepEqual(seenLegs, [
      'build "3.1.0" "plain"',
      'build "3.1.0" "debug"',
      'build "2.9.4" "plain"',
      'platforms (linux, arm64): {"os":"linux","arch":"arm64"}',
      'platforms (windows): {"os":"windows"}',
    ]);
    assert.deepEqual(
      run.jobs.rebuild?.legs.map((leg) => leg.name),
      ["rebuild (3.1.0, plain)", "rebuild (3.1.0, debug)", "rebuild (2.9.4, plain)"],
    );
    assert.deepEqual(run.jobs.rebuild?.outputs, { digest: "sha256:plain" });
    assert.deepEqual(run.jobs.rebuild?.steps, [], "a matrix job's steps are per leg");

    const none = await runWorkflowSource(
      `on: push
jobs:
  list:
    runs-on: ubuntu-latest
    outputs:
      releases: "[]"
    steps:
      - {name: nothing, run: "true"}
  rebuild:
    needs: list
    runs-on: ubuntu-latest
    strategy:
      matrix:
        release: \${{ fromJSON(needs.list.outputs.releases) }}
    steps:
      - {name: nothing, run: "true"}
`,
      { ...base, runSteps: { nothing: () => undefined } },
    );
    assert.equal(none.jobs.rebuild?.result, "failure", "an empty matrix fails the job, as on GitHub");
    assert.deepEqual(none.jobs.rebuild?.errors, ["Matrix vector 'release' does not contain any values"]);
  });

  it("runs if: conditions: implicit success(), failure(), always(), step outputs, and skips jobs whose needs failed", async () => {
    const ran: string[] = [];
    const record = (name: string) => (): undefined => {
      ran.push(name);
    };
    const run = await runWorkflowSource(
      `on: push
jobs:
  gate:
    runs-on: ubuntu-latest
    outputs:
      go: \${{ steps.decide.outputs.go }}
    steps:
      - id: decide
        run: decide
      - name: only when go
        if: steps.decide.outputs.go == 'true'
        run: x
      - name: only when not go
        if: \${{ steps.decide.outputs.go != 'true' }}
        run: x
      - id: explode
        run: exit 1
      - name: after failure
        run: x
      - name: on failure
        if: failure() && steps.explode.outcome == 'failure'
        run: x
      - name: always
        if: always()
        run: x
  dependent:
    needs: gate
    runs-on: ubuntu-latest
    steps:
      - name: dependent
        run: x
  cleanup:
    needs: [gate, dependent]
    if: \${{ !cancelled() && needs.gate.outputs.go != '' }}
    runs-on: ubuntu-latest
    steps:
      - name: cleanup
        run: echo "\${{ needs.gate.result }} \${{ needs.dependent.result }}"
`,
      {
        ...base,
        runSteps: {
          decide: () => ({ outputs: { go: "true" } }),
          "only when go": record("go"),
          "only when not go": record("not go"),
          explode: () => {
            throw new StepFailed("exploded on purpose");
          },
          "after failure": record("after failure"),
          "on failure": record("on failure"),
          always: record("always"),
          dependent: record("dependent"),
          cleanup: ({ script }) => {
            ran.push(script ?? "");
            return undefined;
          },
        },
      },
    );
    assert.deepEqual(ran, ["go", "on failure", "always", 'echo "failure skipped"']);
    assert.equal(run.result, "failure");
    assert.equal(run.jobs.gate?.result, "failure");
    assert.equal(run.jobs.dependent?.result, "skipped");
    assert.equal(run.jobs.cleanup?.result, "success");
    const explode = stepOf(run, "gate", "explode");
    assert.deepEqual([explode.outcome, explode.errors], ["failure", ["exploded on purpose"]]);
    assert.equal(stepOf(run, "gate", "after failure").outcome, "skipped");
    assert.equal(run.jobs.gate?.outputs.go, "true", "outputs are evaluated after a failed job too");
  });

  it("runs a step marked bash for real: GITHUB_OUTPUT heredocs, GITHUB_ENV and GITHUB_PATH for later steps, notices, exit codes", async () => {
    const workDir = await mkdtemp(join(tmpdir(), "ia-workflow-runner-bash-"));
    try {
      const run = await runWorkflowSource(
        `on: workflow_dispatch
jobs:
  nightly:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: repo
    steps:
      - name: Check out
        uses: actions/checkout@v4
      - id: tags
        name: List the newest release of each major
        shell: bash
        env:
          MAJORS: "2"
        run: |
          git tag --list 'v*' | sed 's/^v//' | sort -V -r | awk -F. '!seen[$1]++' | head -n "$MAJORS" > releases
          {
            echo "releases<<EOF"
            cat releases
            echo "EOF"
          } >> "$GITHUB_OUTPUT"
          echo "NEWEST=$(head -n1 releases)" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "::notice::newest is $(head -n1 releases)"
          echo "### releases" >> "$GITHUB_STEP_SUMMARY"
      - id: use
        working-directory: .
        run: |
          echo "newest=$NEWEST tool=$(mytool) in=$(basename "$PWD") job=\${{ github.job }} from=\${{ steps.tags.outputs.releases == '' }}" >> "$GITHUB_OUTPUT"
          echo "::notice::Digest unchanged for $NEWEST; nothing to publish"
      - id: broken
        continue-on-error: true
        run: |
          false
          echo "not reached"
      - id: pipeline
        shell: bash
        run: false | true
`,
        {
          ...base,
          workDir,
          standIns: {
            "actions/checkout@v4": async ({ workspace }) => {
              const repo = join(workspace, "repo");
              await mkdir(repo);
              const identity = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.invalid" };
              const env = {
                ...process.env,
                ...identity,
                GIT_COMMITTER_NAME: "t",
                GIT_COMMITTER_EMAIL: "t@example.invalid",
              };
              const git = (args: string) => mustExec("git", args.split(" "), { cwd: repo, env });
              await git("init -q");
              await git("commit -q --allow-empty -m initial");
              for (const tag of ["v1.9.0", "v2.0.1", "v2.10.0", "v2.9.9", "v3.0.0-rc1", "v3.0.0", "v3.1.2"]) {
                await git(`tag ${tag}`);
              }
              return undefined;
            },
          },
          runSteps: { tags: "bash", use: "bash", broken: "bash", pipeline: "bash" },
        },
      );
      const tags = stepOf(run, "nightly", "tags");
      assert.equal(tags.kind, "bash");
      assert.equal(tags.outcome, "success", `${formatRun(run)}\n${tags.stderr}`);
      assert.equal(tags.outputs.releases, "3.1.2\n2.10.0");
      assert.deepEqual(tags.notices, ["newest is 3.1.2"]);
      assert.equal(tags.summary, "### releases\n");
      const use = stepOf(run, "nightly", "use");
      assert.equal(use.outputs.newest, "3.1.2 tool=tool-ran in=workspace job=nightly from=false");
      assert.deepEqual(use.notices, ["Digest unchanged for 3.1.2; nothing to publish"]);
      const broken = stepOf(run, "nightly", "broken");
      assert.deepEqual([broken.outcome, broken.conclusion], ["failure", "success"]);
      assert.doesNotMatch(broken.stdout, /not reached/, "bash -e stops at the first failure");
      const pipeline = stepOf(run, "nightly", "pipeline");
      assert.equal(pipeline.outcome, "failure", "an explicit shell: bash adds pipefail");
      assert.deepEqual(pipeline.errors, ["Process completed with exit code 1."]);
      assert.equal(run.jobs.nightly?.result, "failure");
      assert.equal(
        await readFile(join(run.jobs.nightly?.legs[0]?.workspace ?? "", "repo", "releases"), "utf8"),
        "3.1.2\n2.10.0\n",
      );
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });

  it("fails a step whose action fails, keeps its error, and cancels the remaining legs unless fail-fast is off", async () => {
    const workflow = (failFast: boolean) => `on: push
jobs:
  legs:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: ${failFast}
      matrix:
        n: [1, 2, 3]
    steps:
      - uses: org/image-actions/echo@v1
        id: echo
        with:
          message: leg \${{ matrix.n }}
          fail: \${{ matrix.n == 2 }}
`;
    const fast = await runWorkflowSource(workflow(true), base);
    assert.deepEqual(
      fast.jobs.legs?.legs.map((leg) => leg.status),
      ["success", "failure", "cancelled"],
    );
    const failed = stepOf(fast, "legs", "echo", 1);
    assert.deepEqual([failed.outcome, failed.errors, failed.action?.exitCode], ["failure", ["told to fail"], 1]);
    const slow = await runWorkflowSource(workflow(false), base);
    assert.deepEqual(
      slow.jobs.legs?.legs.map((leg) => leg.status),
      ["success", "failure", "success"],
    );
    assert.equal(slow.jobs.legs?.result, "failure");
  });

  it("runs a real bundle: verify-base with no policy fails with its one-line error", async () => {
    const run = await runWorkflowSource(
      `on:
  workflow_dispatch:
    inputs:
      base: {required: true}
jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: org/image-actions/verify-base@v1
        id: verify
        with:
          image: \${{ inputs.base }}
`,
      { inputs: { base: "registry.example/base:1" } },
    );
    const verify = stepOf(run, "verify", "verify");
    assert.equal(verify.outcome, "failure");
    assert.equal(verify.inputs.image, "registry.example/base:1");
    assert.deepEqual(verify.errors.length, 1);
    assert.match(verify.errors[0] as string, /^input 'key': no verification policy/);
  });

  it("checks workflow inputs: defaults, types, undeclared and missing ones; a schedule run has none", async () => {
    const workflow = `on:
  schedule:
    - cron: "0 3 * * *"
  workflow_dispatch:
    inputs:
      version: {required: true}
      majors: {type: number, default: 3}
      dry-run: {type: boolean, default: false}
jobs:
  show:
    runs-on: ubuntu-latest
    steps:
      - name: show
        run: echo "\${{ inputs.version || 'none' }} \${{ inputs.majors }} \${{ inputs.dry-run }} \${{ inputs.majors > 2 }}"
`;
    const scripts: string[] = [];
    const options: WorkflowRunOptions = {
      ...base,
      runSteps: {
        show: ({ script }) => {
          scripts.push(script ?? "");
          return undefined;
        },
      },
    };
    await runWorkflowSource(workflow, { ...options, inputs: { version: "1.2.3", "dry-run": "true" } });
    await runWorkflowSource(workflow, { ...options, github: { event_name: "schedule" } });
    assert.deepEqual(scripts, ['echo "1.2.3 3 true true"', 'echo "none   false"']);
    await assert.rejects(runWorkflowSource(workflow, options), /required input 'version' not given/);
    await assert.rejects(
      runWorkflowSource(workflow, { ...options, inputs: { version: "1", verison: "2" } }),
      /input 'verison' is not declared under workflow_dispatch/,
    );
    await assert.rejects(
      runWorkflowSource(workflow, { ...options, inputs: { version: "1", majors: "three" } }),
      /number input 'majors' given 'three'/,
    );
    await assert.rejects(
      runWorkflowSource(workflow, { ...options, github: { event_name: "push" } }),
      /runs on schedule, workflow_dispatch, not 'push'/,
    );
  });

  it("fails loudly on an unsupported expression, naming the workflow, job, step and expression", async () => {
    const cases: Array<[string, RegExp]> = [
      [
        `with:\n          message: \${{ hashFiles('**/lock') }}`,
        /^loud\.yml, job 'build', step 1 'echo', with message: unsupported expression `hashFiles\('\*\*\/lock'\)`: the function hashFiles\(\) is not supported/,
      ],
      [
        `with:\n          message: \${{ steps.nope.outputs.x }}`,
        /step 1 'echo', with message: unsupported expression `steps\.nope\.outputs\.x`: the steps of job 'build' \(step ids\) has no 'nope'/,
      ],
      [
        `with:\n          message: \${{ needs.other.outputs.x }}`,
        /needs of job 'build' \(only the jobs it lists in needs:\) has no 'other'/,
      ],
      [`if: run \${{ always() }}`, /step 1 'echo': unsupported expression .*always true on GitHub/],
      [
        `with:\n          message: \${{ matrix.arch }}`,
        /the matrix of job 'build' \(it has no strategy\.matrix\) has no 'arch'/,
      ],
    ];
    for (const [stepYaml, expected] of cases) {
      const text = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: org/image-actions/echo@v1\n        id: echo\n        ${stepYaml}\n`;
      await assert.rejects(
        runWorkflowSource(text, base, "loud.yml"),
        (error: unknown) => error instanceof UnsupportedExpression && expected.test(error.message),
        stepYaml,
      );
    }
    const misspelt = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs: {digest: "sha256:1"}
    steps: [{name: n, run: "true"}]
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - {name: n, run: "echo \${{ needs.a.outputs.digets }}"}
`;
    await assert.rejects(
      runWorkflowSource(misspelt, { ...base, runSteps: { n: () => undefined } }, "loud.yml"),
      /^UnsupportedExpression: loud\.yml, job 'b', step 1 'n': unsupported expression `needs\.a\.outputs\.digets`: outputs of job 'a' has no 'digets' \(it has: digest\)$/,
    );
  });

  it("fails loudly on a third-party step with no stand-in, a run step with no handler, and what it does not model", async () => {
    const job = (steps: string, extra = "") =>
      `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;
    const cases: Array<[string, RegExp, typeof WorkflowRunnerError]> = [
      [
        job("      - uses: aws-actions/configure-aws-credentials@v4\n"),
        /job 'build', step 1 'Run aws-actions\/configure-aws-credentials@v4': no stand-in for 'uses: aws-actions\/configure-aws-credentials@v4'; give one in standIns as 'aws-actions\/configure-aws-credentials'/,
        MissingStandIn,
      ],
      [
        job("      - name: Record the release\n        run: echo hi\n"),
        /step 1 'Record the release': a run step needs a handler in runSteps .* keyed by 'Record the release'/,
        MissingStandIn,
      ],
      [job("      - run: echo hi\n"), /keyed by nothing: give the step an id or a name/, MissingStandIn],
      [
        job("      - uses: actions/checkout@v4\n", "    container: debian\n"),
        /does not run 'container:' jobs/,
        WorkflowRunnerError,
      ],
      [job("      - run: echo\n        shell: pwsh\n        id: x\n"), /only runs 'shell: bash'/, WorkflowRunnerError],
      [
        job("      - uses: org/image-actions/echo@v1\n        with: {message: m, colour: red}\n"),
        /echo has no input 'colour'/,
        WorkflowRunnerError,
      ],
      [
        job("      - uses: org/image-actions/nothing@v1\n"),
        /job 'build', step 1 'Run org\/image-actions\/nothing@v1': 'uses: org\/image-actions\/nothing@v1': there is no action 'nothing'/,
        WorkflowRunnerError,
      ],
      [job("      - uses: x/y@v1\n        working-dir: a\n"), /does not model 'working-dir'/, WorkflowRunnerError],
    ];
    for (const [text, expected, kind] of cases) {
      await assert.rejects(
        runWorkflowSource(text, { ...base, standIns: { "actions/checkout@v3": () => undefined } }),
        (error: unknown) => error instanceof kind && expected.test(error.message),
        expected.source,
      );
    }
  });
});
