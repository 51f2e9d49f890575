import * as core from "@actions/core";

/** Set an output; objects and arrays are written as JSON so the next step can `fromJSON` them. */
export function writeOutput(name: string, value: unknown): void {
  core.setOutput(name, typeof value === "string" ? value : JSON.stringify(value));
}

export function writeOutputs(outputs: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) writeOutput(name, value);
  }
}
