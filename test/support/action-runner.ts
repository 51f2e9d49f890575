/**
 * Runs a committed action bundle the way the GitHub runner does: `node dist/<action>/index.js` with
 * inputs as INPUT_<NAME> (upper-cased, hyphens kept), and GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_ENV, GITHUB_STATE, RUNNER_TEMP and RUNNER_TOOL_CACHE pointing at fresh temporary paths.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execTool } from "./exec.ts";
import { repoRoot } from "./tools.ts";

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** Lines the action wrote to GITHUB_ENV, parsed. */
  exportedEnv: Record<string, string>;
  /** `::error::` messages from stdout. */
  errors: string[];
  /** Directories the action added to PATH through GITHUB_PATH. */
  addedPath: string[];
}

export interface ActionRunOptions {
  /** Extra environment (credentials, DOCKER_CONFIG, NODE_EXTRA_CA_CERTS, ...). */
  env?: NodeJS.ProcessEnv;
  /** Aborting kills the action with SIGKILL mid-run (exit code 137). */
  signal?: AbortSignal;
  /** Where the bundle lives; the committed dist/ by default. */
  distDir?: string;
  /**
   * Working directory, and GITHUB_WORKSPACE unless `env` sets it: a workflow's workspace that
   * outlives the step. A fresh temporary directory, removed afterwards, by default.
   */
  cwd?: string;
}

/** Parse the `name<<delimiter` / `name=value` file format of GITHUB_OUTPUT and GITHUB_ENV. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = line.match(/^([^=<]+)<<(.+)$/);
    if (heredoc) {
      const [, name, delimiter] = heredoc as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string);
      values[name] = value.join("\n");
    } else if (line.includes("=")) {
      values[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return values;
}

export async function runAction(
  action: string,
  inputs: Record<string, string>,
  options: ActionRunOptions = {},
): Promise<ActionRun> {
  const work = await mkdtemp(join(tmpdir(), `ia-run-${action}-`));
  try {
    const files = {
      GITHUB_OUTPUT: join(work, "output"),
      GITHUB_STEP_SUMMARY: join(work, "summary.md"),
      GITHUB_ENV: join(work, "env"),
      GITHUB_STATE: join(work, "state"),
      GITHUB_PATH: join(work, "path"),
    };
    await Promise.all(Object.values(files).map((file) => writeFile(file, "")));
    const runnerTemp = join(work, "runner-temp");
    const toolCache = join(work, "tool-cache");
    await mkdir(runnerTemp);
    await mkdir(toolCache);

    // Start from the test's environment minus anything that looks like another step's inputs.
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (!name.startsWith("INPUT_") && !name.startsWith("GITHUB_")) env[name] = value;
    }
    Object.assign(env, files, {
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: options.cwd ?? work,
      GITHUB_REPOSITORY: "example/image-actions-test",
      GITHUB_SHA: "0".repeat(40),
      GITHUB_REF: "refs/heads/main",
      ...options.env,
    });
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

    const bundle = join(options.distDir ?? join(repoRoot, "dist"), action, "index.js");
    const result = await execTool(process.execPath, [bundle], {
      env,
      cwd: options.cwd ?? work,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const [output, summary, exported, path] = await Promise.all([
      readFile(files.GITHUB_OUTPUT, "utf8"),
      readFile(files.GITHUB_STEP_SUMMARY, "utf8"),
      readFile(files.GITHUB_ENV, "utf8"),
      readFile(files.GITHUB_PATH, "utf8"),
    ]);
    return {
      exitCode: result.code,
      outputs: parseCommandFile(output),
      summary,
      stdout: result.stdout,
      stderr: result.stderr,
      exportedEnv: parseCommandFile(exported),
      errors: [...result.stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((match) => match[1] as string),
      addedPath: path.split("\n").filter((line) => line.trim() !== ""),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
