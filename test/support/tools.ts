/**
 * Where the pinned tools of tools.sh live. The paths come from `tools.sh --print-env`, so a test
 * file run on its own finds the same binaries the test command installed. A missing tool fails the
 * test with the command that installs it: tests never skip because a tool is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "..", "..");

export type ToolName =
  | "registry"
  | "crane"
  | "regctl"
  | "cosign2"
  | "cosign3"
  | "actionlint"
  | "moto_server"
  | "skopeo"
  | "umoci"
  | "trivy"
  | "syft"
  | "zizmor"
  | "pyspdxtools"
  | "referrers-registry"
  | "sandbox-probe";

let cachedEnv: Map<string, string> | undefined;

function toolEnv(): Map<string, string> {
  if (cachedEnv) return cachedEnv;
  const text = execFileSync("bash", [join(repoRoot, "test", "support", "tools.sh"), "--print-env"], {
    encoding: "utf8",
  });
  cachedEnv = new Map();
  for (const match of text.matchAll(/^export (\w+)="(.*)"$/gm)) cachedEnv.set(match[1] as string, match[2] as string);
  return cachedEnv;
}

/** Directories tools.sh puts on PATH, without the trailing `$PATH`. */
export function toolPathDirs(): string[] {
  const path = toolEnv().get("PATH") ?? "";
  return path.split(":").filter((dir) => dir !== "" && dir !== "$PATH");
}

export function toolPath(name: ToolName): string {
  const env = toolEnv();
  const direct: Partial<Record<ToolName, string | undefined>> = {
    cosign2: env.get("IA_COSIGN2"),
    cosign3: env.get("IA_COSIGN3"),
    moto_server: env.get("IA_MOTO_SERVER"),
    pyspdxtools: env.get("IA_PYSPDXTOOLS"),
  };
  const candidates = direct[name]
    ? [direct[name] as string]
    : [...toolPathDirs().map((dir) => join(dir, name)), `/usr/bin/${name}`, `/usr/local/bin/${name}`];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(`test tool '${name}' is not installed; run: bash test/support/tools.sh`);
  }
  return found;
}
