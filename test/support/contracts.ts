/** The action contracts (contracts/actions.json), typed, and a reader of DESIGN.md's tables. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface InputContract {
  description: string;
  required?: boolean;
  default?: string;
  /** A fallback the code applies when the input is empty, as DESIGN.md words it. */
  note?: string;
}

export interface ActionContract {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, InputContract>;
  outputs: Record<string, { description: string }>;
}

export async function loadContracts(root: string): Promise<Record<string, ActionContract>> {
  const text = await readFile(join(root, "contracts", "actions.json"), "utf8");
  return (JSON.parse(text) as { actions: Record<string, ActionContract> }).actions;
}

export interface DesignContract {
  inputs: Map<string, { required: boolean; default: string }>;
  outputs: string[];
}

/**
 * Read the `### <action>` sections of DESIGN.md: the `| input | default | meaning |` table and the
 * `Outputs:` line. A row may name several inputs (`a`, `b`); `(required)` marks required ones.
 */
export function parseDesignContracts(markdown: string, actions: readonly string[]): Map<string, DesignContract> {
  const result = new Map<string, DesignContract>();
  const sections = markdown.split(/^### /m).slice(1);
  for (const section of sections) {
    const action = section.slice(0, section.indexOf("\n")).trim();
    if (!actions.includes(action)) continue;
    const inputs = new Map<string, { required: boolean; default: string }>();
    for (const line of section.split("\n")) {
      if (line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| input")) {
        const cells = line.split("|").map((cell) => cell.trim());
        const nameCell = cells[1] ?? "";
        const defaultCell = (cells[2] ?? "").replace(/`/g, "");
        const required = nameCell.includes("(required)");
        const names = [...nameCell.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] as string);
        // A row naming several inputs may give one default each (`…`, `3`); `…` means none.
        const defaults = defaultCell.split(", ");
        names.forEach((name, i) => {
          const value = names.length > 1 && defaults.length === names.length ? (defaults[i] as string) : defaultCell;
          inputs.set(name, { required, default: value === "…" ? "" : value });
        });
      }
    }
    // The Outputs paragraph may wrap over several lines; it ends at the first blank line.
    const start = section.search(/^Outputs:/m);
    const end = section.indexOf("\n\n", start);
    const paragraph = start < 0 ? "" : section.slice(start, end < 0 ? undefined : end);
    // Names are the backticked words outside parentheses; inside them is explanation.
    const withoutNotes = paragraph.replace(/\([^)]*\)/g, "");
    const outputs = [...withoutNotes.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] as string);
    result.set(action, { inputs, outputs });
  }
  return result;
}
