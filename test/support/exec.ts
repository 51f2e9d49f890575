/** Running external tools from tests: argument arrays only, never a shell string. */
import { spawn } from "node:child_process";

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
  /** Aborting kills the tool with SIGKILL, as a runner does to a cancelled job's processes. */
  signal?: AbortSignal;
}

export function execTool(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 300_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    options.signal?.addEventListener("abort", () => child.kill("SIGKILL"), { once: true });
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolvePromise({ code: code ?? (signal === "SIGKILL" ? 137 : signal ? 128 : 1), stdout, stderr }),
    );
    // A tool that exits without reading its input (dpkg-deb, ln) closes the pipe under us: that EPIPE
    // is no failure of the tool's, and must not become an unhandled error in the test process.
    child.stdin.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") reject(error);
    });
    child.stdin.end(options.input ?? "");
  });
}

/** Like execTool, but a non-zero exit is an error carrying the tool's stderr. */
export async function mustExec(command: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  const result = await execTool(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}:\n${result.stderr || result.stdout}`);
  }
  return result;
}
