// actionlint reads every action.yml (through a workflow that uses each action locally, which is how
// actionlint loads action metadata), every example workflow and this repository's own workflows
// (.github/workflows/); all must be clean.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { stringify } from "yaml";
import { ACTIONS } from "../../scripts/actions-list.ts";
import { loadContracts } from "../support/contracts.ts";
import { execTool } from "../support/exec.ts";
import { repoRoot, toolPath } from "../support/tools.ts";

/** A scratch repository holding copies of the action.yml files and one workflow using them. */
async function workflowUsingEveryAction(extraInput?: string): Promise<string> {
  const contracts = await loadContracts(repoRoot);
  const dir = await mkdtemp(join(tmpdir(), "ia-actionlint-"));
  await mkdir(join(dir, ".github", "workflows"), { recursive: true });
  // actionlint finds the project root by its .git directory.
  await mkdir(join(dir, ".git"));
  // actionlint also checks that each runs.main file exists, so the bundles come along.
  await symlink(join(repoRoot, "dist"), join(dir, "dist"));
  const steps = [];
  for (const action of ACTIONS) {
    await mkdir(join(dir, action));
    await cp(join(repoRoot, action, "action.yml"), join(dir, action, "action.yml"));
    const required = Object.entries(contracts[action]?.inputs ?? {}).filter(([, input]) => input.required);
    const inputs = Object.fromEntries(required.map(([name]) => [name, "value"]));
    if (extraInput) inputs[extraInput] = "value";
    const step = { id: action.replaceAll("-", "_"), uses: `./${action}` };
    steps.push(Object.keys(inputs).length > 0 ? { ...step, with: inputs } : step);
  }
  // A GitHub expression, not a JS template: it checks the declared outputs can be referenced.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expression syntax
  steps.push({ run: 'echo "${{ steps.promote.outputs.digest }} ${{ steps.sign.outputs.public-key }}"' });
  const workflow = { name: "uses-every-action", on: "push", jobs: { all: { "runs-on": "ubuntu-latest", steps } } };
  await writeFile(join(dir, ".github", "workflows", "all.yml"), stringify(workflow));
  return dir;
}

describe("actionlint", () => {
  it("accepts every action.yml, used with its required inputs", async () => {
    const dir = await workflowUsingEveryAction();
    const result = await execTool(toolPath("actionlint"), ["-no-color"], { cwd: dir });
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it("really reads the metadata: an input no action.yml declares is reported", async () => {
    const dir = await workflowUsingEveryAction("no-such-input");
    const result = await execTool(toolPath("actionlint"), ["-no-color"], { cwd: dir });
    assert.notEqual(result.code, 0);
    assert.match(result.stdout, /input "no-such-input" is not defined in action/);
  });

  it("accepts every workflow in workflows-examples/, checking their inputs against our action.yml files", async () => {
    const examples = join(repoRoot, "workflows-examples");
    const files = existsSync(examples) ? (await readdir(examples)).filter((file) => /\.ya?ml$/.test(file)) : [];
    assert.ok(files.length > 0, "the examples are there");
    const dir = await mkdtemp(join(tmpdir(), "ia-actionlint-examples-"));
    await mkdir(join(dir, ".github", "workflows"), { recursive: true });
    await mkdir(join(dir, ".git"));
    await symlink(join(repoRoot, "dist"), join(dir, "dist"));
    for (const action of ACTIONS) {
      await mkdir(join(dir, action));
      await cp(join(repoRoot, action, "action.yml"), join(dir, action, "action.yml"));
    }
    // actionlint checks inputs only of local actions: `org/image-actions/<action>@v1` (or pinned by
    // commit SHA) becomes `./<action>`.
    for (const file of files) {
      const text = await readFile(join(examples, file), "utf8");
      const local = text.replace(/uses: org\/image-actions\/([a-z-]+)@(?:v1|[0-9a-f]{40})\b/g, "uses: ./$1");
      await writeFile(join(dir, ".github", "workflows", file), local);
    }
    const result = await execTool(toolPath("actionlint"), ["-no-color"], { cwd: dir });
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  it("accepts this repository's own workflows in .github/workflows/", async () => {
    const workflows = join(repoRoot, ".github", "workflows");
    const files = existsSync(workflows) ? (await readdir(workflows)).filter((file) => /\.ya?ml$/.test(file)) : [];
    assert.ok(files.includes("ci.yml") && files.includes("release.yml"), "ci.yml and release.yml are there");
    const paths = files.sort().map((file) => join(".github", "workflows", file));
    const result = await execTool(toolPath("actionlint"), ["-no-color", ...paths], { cwd: repoRoot });
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });
});
