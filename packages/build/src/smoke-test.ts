/**
 * The smoke test's daemonless path: the image's command runs from an unpacked root filesystem
 * (rootfs.ts) in the sandbox of sandbox.ts — a user namespace in which the image's root is an
 * unprivileged host id, bubblewrap's pivot_root into the root filesystem, new pid, network, ipc,
 * uts and mount namespaces, no capabilities, no_new_privs, and the image's `Env` as the whole
 * environment. The image's user and group come from its config and its own /etc/passwd and
 * /etc/group, as Docker resolves them. argv is executed directly (distroless has no shell).
 *
 * The timeout is enforced by coreutils `timeout -s KILL` around bwrap: when bwrap dies, its
 * `--die-with-parent` kills the sandbox's init and the kernel everything in its pid namespace. It
 * sits inside `sudo` because sudo does not pass SIGKILL on. Tools are run with node:child_process
 * (argument arrays, no shell string from input) rather than @actions/exec: the runner needs the
 * child handle for a last-resort kill, and this package does not depend on the actions toolkit.
 * The processes that start the sandbox get an empty environment, so not even the sandbox's own
 * init (whose /proc/1/environ the command can read) carries the action's variables.
 *
 * A Docker path (load the image, `docker run --rm`) when a daemon answers is not implemented here.
 */
import { execFile, spawn } from "node:child_process";
import { lstat, mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { RootfsError, resolveDirectory, resolveInRootfs } from "./rootfs.ts";
import { bindPoint, holdUserNamespace, mapOwnership, type SandboxTools, sandboxArgv } from "./sandbox.ts";

export interface SmokeTestOptions {
  /** An unpacked root filesystem (unpackRootfs); removed when the test ends, whatever the outcome. */
  rootfs: string;
  /** argv, executed directly (no shell); argv[0] looked up on the image's PATH. */
  command: string[];
  /** The image config's `Env` (`NAME=value`). */
  env: string[];
  workdir?: string;
  /** The image config's `User`: `uid[:gid]` or names from the rootfs's /etc/passwd and /etc/group. */
  user?: string;
  timeoutSeconds: number;
}

export interface SmokeTestResult {
  passed: boolean;
  exitCode: number | null;
  timedOut: boolean;
  /** stdout and stderr interleaved, the last MAX_OUTPUT_BYTES of it. */
  output: string;
}

/** A smoke test that could not be run at all (no root, no unshare, a user the image lacks). */
export class SmokeTestError extends Error {
  override name = "SmokeTestError";
}

export const MAX_OUTPUT_BYTES = 64 * 1024;
/** Docker's PATH when the image sets none. */
const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** Past the timeout, how long `timeout` gets to kill before the child itself is killed from here. */
const BACKSTOP_SECONDS = 10;

const run = promisify(execFile);

export async function runSmokeTest(options: SmokeTestOptions): Promise<SmokeTestResult> {
  try {
    if (options.command.length === 0) throw new SmokeTestError("the smoke test command is empty");
    if (!(options.timeoutSeconds > 0)) throw new SmokeTestError("the smoke test timeout must be a positive number");
    const sudo = await privilegePrefix();
    const tools = (await hostTools(SANDBOX_TOOLS)) as unknown as SandboxTools;
    await prepareRootfs(options.rootfs);
    const { uid, gid, home } = await resolveUser(options.rootfs, options.user);
    const workdir = options.workdir || "/";
    await resolveDirectory(options.rootfs, workdir.split("/"), true);
    await mapOwnership(options.rootfs, { uid, gid }, tools, sudo);
    // The holder outlives the sandbox by the backstop, then goes by itself even if we die first.
    const held = await holdUserNamespace(tools, sudo, options.timeoutSeconds + 2 * BACKSTOP_SECONDS);
    try {
      const argv = sandboxArgv(tools, sudo, held, await bindPoint(), {
        rootfs: options.rootfs,
        command: options.command,
        env: imageEnvironment(options.env, home),
        workdir,
        uid,
        gid,
        timeoutSeconds: options.timeoutSeconds,
      });
      return await runBounded(argv, options.timeoutSeconds);
    } finally {
      await held.close();
    }
  } finally {
    await removeRootfs(options.rootfs);
  }
}

/** The host tools the sandbox is built with: util-linux, coreutils, dash and bubblewrap. */
const SANDBOX_TOOLS = ["sh", "mount", "unshare", "nsenter", "bwrap", "timeout", "sleep", "tee", "kill", "chown"];

/** `[]` as root, `["sudo", "-n"]` with passwordless sudo, else a SmokeTestError. */
async function privilegePrefix(): Promise<string[]> {
  if (process.getuid?.() === 0) return [];
  try {
    await run("sudo", ["-n", "true"], { timeout: 10_000 });
    return ["sudo", "-n"];
  } catch {
    throw new SmokeTestError(
      "the smoke test needs root or passwordless sudo (as on GitHub-hosted runners) to open the sandbox's user namespace; run as root, allow sudo, or turn smoke-test off",
    );
  }
}

async function hostTools(names: string[]): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const path = (process.env.PATH ?? DEFAULT_PATH).split(":");
  for (const name of names) {
    for (const dir of [...path, "/usr/sbin", "/usr/bin", "/sbin", "/bin"]) {
      if (!dir.startsWith("/")) continue;
      const candidate = join(dir, name);
      const stats = await lstat(candidate).catch(() => undefined);
      if (stats && !stats.isDirectory()) {
        found[name] = candidate;
        break;
      }
    }
    if (!found[name])
      throw new SmokeTestError(
        name === "bwrap"
          ? "the smoke test needs bubblewrap (bwrap) on the runner's PATH: install it (Debian and Ubuntu: apt-get install bubblewrap) or turn smoke-test off"
          : `the smoke test needs ${name} (util-linux / coreutils) on the runner's PATH`,
      );
  }
  return found;
}

/** Replaces whatever the image has at `name` (a symlink could point anywhere) with an empty directory. */
async function freshDirectory(rootfs: string, name: string, mode: number): Promise<string> {
  const path = join(rootfs, name);
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { mode });
  return path;
}

/**
 * Empty /proc and /dev for bwrap to mount over (the sandbox cannot create them: the root
 * filesystem's top belongs to an owner it does not map), and a /tmp when the image has none.
 */
async function prepareRootfs(rootfs: string): Promise<void> {
  await freshDirectory(rootfs, "proc", 0o555);
  await freshDirectory(rootfs, "dev", 0o755);
  // /tmp as the image has it when it is a real directory (distroless ships one), else a fresh one.
  const tmp = await lstat(join(rootfs, "tmp")).catch(() => undefined);
  if (!tmp?.isDirectory()) await freshDirectory(rootfs, "tmp", 0o1777);
}

interface ResolvedUser {
  uid: number;
  gid: number;
  home: string;
}

/** `/etc/passwd` or `/etc/group` of the image as [name, id, primary gid, home] rows; none when absent. */
async function readIdFile(rootfs: string, file: string): Promise<string[][]> {
  try {
    const path = await resolveInRootfs(rootfs, file);
    const stats = await lstat(path);
    if (!stats.isFile() || stats.size > 4 * 1024 * 1024) return [];
    return (await readFile(path, "utf8")).split("\n").map((line) => line.split(":"));
  } catch (error) {
    if (error instanceof RootfsError) return [];
    throw error;
  }
}

/** Docker's rules: no user is root; a uid without a gid takes passwd's gid, else 0; names must exist. */
export async function resolveUser(rootfs: string, user: string | undefined): Promise<ResolvedUser> {
  const [userPart = "", groupPart] = (user ?? "").split(":", 2);
  const passwd = await readIdFile(rootfs, "/etc/passwd");
  let uid = 0;
  let gid: number | undefined;
  let home = "/";
  if (userPart !== "") {
    const numeric = /^\d+$/.test(userPart);
    const entry = passwd.find((row) => (numeric ? row[2] === userPart : row[0] === userPart));
    if (!entry && !numeric)
      throw new SmokeTestError(`user ${JSON.stringify(userPart)} is not in the image's /etc/passwd`);
    uid = numeric ? Number(userPart) : Number(entry?.[2]);
    if (entry) {
      gid = Number(entry[3]);
      home = entry[5] || "/";
    }
  } else {
    const entry = passwd.find((row) => row[2] === "0");
    if (entry?.[5]) home = entry[5];
  }
  if (groupPart !== undefined && groupPart !== "") {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const entry = (await readIdFile(rootfs, "/etc/group")).find((row) => row[0] === groupPart);
      if (!entry) throw new SmokeTestError(`group ${JSON.stringify(groupPart)} is not in the image's /etc/group`);
      gid = Number(entry[2]);
    }
  }
  if (!Number.isSafeInteger(uid) || !Number.isSafeInteger(gid ?? 0))
    throw new SmokeTestError(`user ${JSON.stringify(user)} does not resolve to numeric ids`);
  return { uid, gid: gid ?? 0, home };
}

/** The image's Env (`NAME=value`), with PATH and HOME defaulted as Docker does. */
function imageEnvironment(env: string[], home: string): string[] {
  const valid = env.filter((pair) => /^[^=]+=/.test(pair));
  if (!valid.some((pair) => pair.startsWith("PATH="))) valid.push(`PATH=${DEFAULT_PATH}`);
  if (!valid.some((pair) => pair.startsWith("HOME="))) valid.push(`HOME=${home}`);
  return valid;
}

async function runBounded(argv: string[], timeoutSeconds: number): Promise<SmokeTestResult> {
  const started = Date.now();
  const child = spawn(argv[0] as string, argv.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    // Nothing of ours: the tools are found by absolute path, and the sandbox starts from --clearenv.
    env: {},
  });
  let output = Buffer.alloc(0);
  const collect = (chunk: Buffer): void => {
    output = Buffer.concat([output, chunk]);
    if (output.length > 2 * MAX_OUTPUT_BYTES) output = output.subarray(output.length - MAX_OUTPUT_BYTES);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const backstop = setTimeout(() => child.kill("SIGKILL"), (timeoutSeconds + BACKSTOP_SECONDS) * 1000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolvePromise, reject) => {
      child.once("error", reject);
      child.once("close", (exitCode, exitSignal) => resolvePromise({ code: exitCode, signal: exitSignal }));
    },
  ).finally(() => clearTimeout(backstop));
  const elapsed = (Date.now() - started) / 1000;
  // timeout(1) exits 128+9 when it had to SIGKILL; a command killed by SIGKILL itself exits the
  // same way, so the clock decides.
  const timedOut = signal === "SIGKILL" || (code === 137 && elapsed >= timeoutSeconds - 0.5);
  let text = output.subarray(Math.max(0, output.length - MAX_OUTPUT_BYTES)).toString("utf8");
  if (output.length > MAX_OUTPUT_BYTES) text = `[… earlier output cut …]\n${text}`;
  return { passed: !timedOut && code === 0, exitCode: timedOut ? null : code, timedOut, output: text };
}

/** Mount points at or below `dir` in this mount namespace (none, unless something leaked). */
async function mountsBelow(dir: string): Promise<string[]> {
  const lines = (await readFile("/proc/self/mountinfo", "utf8")).split("\n");
  const decode = (field: string): string =>
    field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
  return lines
    .map((line) => decode(line.split(" ")[4] ?? ""))
    .filter((point) => point === dir || point.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

/**
 * Unmounts anything left below the rootfs (deepest first), then removes it. A recursive delete
 * never starts while a mount remains: it would descend into the host's /proc or /dev.
 */
async function removeRootfs(rootfs: string): Promise<void> {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  for (const point of await mountsBelow(rootfs)) {
    const argv = [...sudo, "umount", "-l", point];
    await run(argv[0] as string, argv.slice(1), { timeout: 30_000 }).catch(() => undefined);
  }
  const left = await mountsBelow(rootfs);
  if (left.length > 0)
    throw new SmokeTestError(`cannot unmount ${left.join(", ")}; the root filesystem ${rootfs} was left in place`);
  if (sudo.length === 0) await rm(rootfs, { recursive: true, force: true });
  else await run("sudo", ["-n", "rm", "-rf", "--one-file-system", "--", rootfs], { timeout: 300_000 });
}
