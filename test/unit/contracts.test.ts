// The public interface holds: each action.yml declares exactly the contract in contracts/actions.json,
// and that file declares exactly the inputs and outputs of DESIGN.md (plus the conventional
// digest/image/report outputs), except those contracts/planned.json lists as not built yet, each
// with the open issue that builds it. A planned entry that an action already has, or a DESIGN.md
// entry in neither file, fails.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { ACTIONS } from "../../scripts/actions-list.ts";
import { renderActionYml } from "../../scripts/gen-action-yml.ts";
import { type InputContract, loadContracts, parseDesignContracts } from "../support/contracts.ts";
import { repoRoot } from "../support/tools.ts";

const CONVENTIONAL_OUTPUTS = ["digest", "image", "report"];

interface PlannedContract {
  inputs: Record<string, number>;
  outputs: Record<string, number>;
}

async function loadPlanned(): Promise<Record<string, PlannedContract>> {
  const text = await readFile(join(repoRoot, "contracts", "planned.json"), "utf8");
  return (JSON.parse(text) as { actions: Record<string, PlannedContract> }).actions;
}
// DESIGN.md lives in the steering repository's shared/ folder, checked out beside this repository.
const designPath = join(repoRoot, "..", "shared", "DESIGN.md");

interface ActionYml {
  runs: { using: string; main: string };
  branding?: { icon: string; color: string };
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

describe("action.yml files match contracts/actions.json", async () => {
  const contracts = await loadContracts(repoRoot);

  it("there is a contract for each of the six actions and no other", () => {
    assert.deepEqual(Object.keys(contracts).sort(), [...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    it(`${action}/action.yml declares every input and output of its contract`, async () => {
      const text = await readFile(join(repoRoot, action, "action.yml"), "utf8");
      const yml = parse(text) as ActionYml;
      const contract = contracts[action];
      assert.ok(contract);
      assert.equal(yml.runs.using, "node24");
      assert.equal(yml.runs.main, `../dist/${action}/index.js`);
      assert.ok(existsSync(join(repoRoot, action, yml.runs.main)), `${yml.runs.main} exists`);
      assert.ok(yml.branding?.icon && yml.branding.color, "branding");
      assert.deepEqual(Object.keys(yml.inputs), Object.keys(contract.inputs));
      assert.deepEqual(Object.keys(yml.outputs), Object.keys(contract.outputs));
      for (const [name, input] of Object.entries(contract.inputs)) {
        const declared = yml.inputs[name];
        assert.ok(declared?.description, `${name} has a description`);
        assert.equal(declared.required ?? false, input.required ?? false, `${name} required`);
        assert.equal(declared.default, input.default, `${name} default`);
      }
      assert.equal(text, renderActionYml(action, contract), "action.yml is stale: run `npm run gen-actions`");
    });
  }
});

describe("contracts/actions.json matches DESIGN.md", {
  skip: existsSync(designPath) ? false : `no ${designPath}`,
}, async () => {
  const contracts = await loadContracts(repoRoot);
  const planned = await loadPlanned();
  const design = existsSync(designPath) ? parseDesignContracts(await readFile(designPath, "utf8"), ACTIONS) : new Map();

  for (const action of ACTIONS) {
    it(`${action}: inputs, required flags, defaults and outputs`, () => {
      const wanted = design.get(action);
      const contract = contracts[action];
      assert.ok(wanted, `DESIGN.md has a section for ${action}`);
      assert.ok(contract);
      const later = planned[action] ?? { inputs: {}, outputs: {} };
      for (const [name, issue] of [...Object.entries(later.inputs), ...Object.entries(later.outputs)])
        assert.ok(Number.isInteger(issue) && issue > 0, `planned ${name} names the issue that builds it`);
      const built = Object.keys(contract.inputs);
      const plannedInputs = Object.keys(later.inputs);
      assert.deepEqual(
        plannedInputs.filter((name) => built.includes(name)),
        [],
        "an input the action has is no longer planned: remove it from contracts/planned.json",
      );
      assert.deepEqual([...built, ...plannedInputs].sort(), [...wanted.inputs.keys()].sort());
      for (const [name, { required, default: designDefault }] of wanted.inputs) {
        if (plannedInputs.includes(name)) continue;
        const input: InputContract | undefined = contract.inputs[name];
        assert.ok(input);
        assert.equal(input.required ?? false, required, `${name} required`);
        // A literal default in DESIGN.md is the action.yml default; a described one ("pinned",
        // "from the event") is applied by the code and recorded as the input's note.
        const recorded = input.default ?? "";
        const literal =
          recorded === designDefault || input.note === designDefault || (designDefault === "" && recorded === "");
        assert.ok(
          literal,
          `${name}: DESIGN.md default '${designDefault}', contract default '${recorded}' note '${input.note ?? ""}'`,
        );
      }
      const outputs = Object.keys(contract.outputs);
      const plannedOutputs = Object.keys(later.outputs);
      for (const name of plannedOutputs) {
        assert.ok(!outputs.includes(name), `output ${name} is built: remove it from contracts/planned.json`);
        assert.ok(wanted.outputs.includes(name), `planned output ${name} is in DESIGN.md`);
      }
      for (const name of wanted.outputs)
        assert.ok(outputs.includes(name) || plannedOutputs.includes(name), `output ${name} is declared or planned`);
      for (const name of outputs) {
        assert.ok(
          wanted.outputs.includes(name) || CONVENTIONAL_OUTPUTS.includes(name),
          `output ${name} is in DESIGN.md or a convention`,
        );
      }
    });
  }
});
