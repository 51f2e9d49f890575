/**
 * Runs an action's `run` (actions/<name>/main.ts) inside the test's own process, the way its entry
 * does (runAction with the suite's user errors), with inputs as INPUT_<NAME> and the runner's files
 * in a temporary directory. For suites that run many actions against many registries, where a
 * bundle's start-up per step (action-runner.ts) would cost more than the work: the code run is the
 * action's source, not its bundle, so action-bundles.test.ts and the other e2e tests keep covering
 * the bundles. One run at a time: inputs and outputs live in process.env and in @actions/core.
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction as runEntry } from "@image-actions/action-kit";
import { USER_ERROR_CLASSES } from "../../actions/shared/runtime.ts";
import { type ActionRun, parseCommandFile } from "./action-runner.ts";

let files: Promise<Record<string, string>> | undefined;
let running = false;

/**
 * The runner's files, made once per process: @actions/core's job summary remembers the first
 * GITHUB_STEP_SUMMARY it wrote to, so every run shares one set, emptied before each run.
 */
function runnerFiles(): Promise<Record<string, string>> {
  files ??= (async () => {
    const work = await mkdtemp(join(tmpdir(), "ia-in-process-"));
    await mkdir(join(work, "runner-temp"));
    return {
      GITHUB_OUTPUT: join(work, "output"),
      GITHUB_STEP_SUMMARY: join(work, "summary.md"),
      GITHUB_ENV: join(work, "env"),
      GITHUB_STATE: join(work, "state"),
      GITHUB_PATH: join(work, "path"),
      RUNNER_TEMP: join(work, "runner-temp"),
      GITHUB_WORKSPACE: work,
    };
  })();
  return files;
}

export async function runActionInProcess(
  action: "sign" | "verify-base" | "promote" | "mirror" | "trivy-scan" | "build-distroless",
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  if (running) throw new Error("runActionInProcess: one run at a time");
  running = true;
  const paths = await runnerFiles();
  const saved = { ...process.env };
  const output: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  try {
    for (const name of ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_STATE", "GITHUB_PATH"])
      await writeFile(paths[name] as string, "");
    for (const name of Object.keys(process.env)) if (name.startsWith("INPUT_")) delete process.env[name];
    Object.assign(process.env, paths, {
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: "example/image-actions-test",
      GITHUB_SHA: "0".repeat(40),
      GITHUB_REF: "refs/heads/main",
      ...env,
    });
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    const { run } = (await import(`../../actions/${action}/main.ts`)) as { run: () => Promise<void> };
    process.exitCode = 0;
    process.stdout.write = ((chunk: string | Uint8Array) => {
      output.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof process.stdout.write;
    try {
      await runEntry(run, USER_ERROR_CLASSES);
    } finally {
      process.stdout.write = write;
    }
    const exitCode = Number(process.exitCode ?? 0);
    process.exitCode = 0;
    const stdout = output.join("");
    const [outputText, summary, exported, path] = await Promise.all(
      ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_PATH"].map((name) =>
        readFile(paths[name] as string, "utf8"),
      ),
    );
    return {
      exitCode,
      outputs: parseCommandFile(outputText as string),
      summary: summary as string,
      stdout,
      stderr: "",
      exportedEnv: parseCommandFile(exported as string),
      errors: [...stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((match) => match[1] as string),
      addedPath: (path as string).split("\n").filter((line) => line.trim() !== ""),
    };
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    running = false;
  }
}

/** The `::warning::` lines of a run. */
export function warningsOf(run: ActionRun): string[] {
  return [...run.stdout.matchAll(/^::warning(?: [^:]*)?::(.*)$/gm)].map((match) => match[1] as string);
}
