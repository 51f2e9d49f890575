/**
 * Writes <action>/action.yml for every action from contracts/actions.json, so that the public
 * interface has one source. The contract test fails when an action.yml drifts from it.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { stringify } from "yaml";
import { type ActionContract, loadContracts } from "../test/support/contracts.ts";

const root = resolve(import.meta.dirname, "..");

export function renderActionYml(action: string, contract: ActionContract): string {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, input] of Object.entries(contract.inputs)) {
    inputs[name] = {
      description: input.description,
      required: input.required ?? false,
      ...(input.default !== undefined ? { default: input.default } : {}),
    };
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [name, output] of Object.entries(contract.outputs)) outputs[name] = { description: output.description };
  const document = {
    name: contract.name,
    description: contract.description,
    author: "image-actions",
    branding: contract.branding,
    inputs,
    outputs,
    runs: { using: "node24", main: `../dist/${action}/index.js` },
  };
  const header =
    "# Generated from contracts/actions.json by `npm run gen-actions`; edit the contract, not this file.\n";
  return header + stringify(document, { lineWidth: 0 });
}

if (import.meta.main) {
  const contracts = await loadContracts(root);
  for (const [action, contract] of Object.entries(contracts)) {
    const path = join(root, action, "action.yml");
    const text = renderActionYml(action, contract);
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== text) {
      await mkdir(join(root, action), { recursive: true });
      await writeFile(path, text);
      console.log(`wrote ${action}/action.yml`);
    }
  }
}
