/**
 * The smoke test's sandbox: the image's code runs so that its root is nobody on the runner.
 *
 * Mount and pid namespaces around a chroot are not a sandbox for code running as the runner's
 * real root: `mkdir x; chroot x; chdir ..; chroot .` walks out of any chroot, and root outside can
 * then read the action's own `/proc/<pid>/environ` (AWS keys, the OIDC request token). So:
 *
 * 1. A user namespace is opened by root (`unshare --user` holding it with a `sleep`) and its maps
 *    are written from outside by root: its uid 0 and gid 0 are one unprivileged host id,
 *    SANDBOX_HOST_ID, and nothing else is mapped. Root opens it because unprivileged user
 *    namespaces are restricted on GitHub's Ubuntu 24.04 images (AppArmor's
 *    `kernel.apparmor_restrict_unprivileged_userns`, https://ubuntu.com/blog/ubuntu-23-10-restricted-unprivileged-user-namespaces);
 *    a namespace opened by root is not.
 * 2. `nsenter --user --setuid 0 --setgid 0` enters it: from here on every process is that host id.
 * 3. bubblewrap (`bwrap`, https://github.com/containers/bubblewrap) builds the sandbox from there:
 *    a nested user namespace in which only the image's own user is mapped (to that one host id),
 *    new pid, network (no interface but a down-then-up loopback of its own), ipc, uts and cgroup
 *    namespaces, the unpacked root bound at `/` and `pivot_root`ed into (the host's root is
 *    unmounted, not hidden behind a chroot), a fresh `/proc` of the new pid namespace, a minimal
 *    `/dev`, every capability dropped (`--cap-drop ALL`: effective, permitted, inheritable,
 *    ambient and the bounding set), `no_new_privs` (bwrap always sets it), no further user
 *    namespaces (`--disable-userns`), a new session (no TIOCSTI into the runner's terminal), and an
 *    environment that is the image's `Env` and nothing else. bwrap rather than util-linux `unshare`
 *    because `unshare --root` is a chroot and its `--map-users` needs /etc/subuid ranges; bwrap
 *    pivots, drops capabilities and sets no_new_privs itself.
 *
 * bwrap looks its source path up as the sandbox's host id, which has no search permission on the
 * runner's private directories above the root filesystem (mkdtemp makes them 0700), and even
 * `--bind-fd` resolves the fd back to that path. So the chain starts in a private mount namespace
 * of its own (`unshare --mount --propagation private`) where root binds the root filesystem onto a
 * world-searchable directory at the top of the tree (BIND_POINTS), which the host never sees. Files
 * the image's user owns are given to the host id so that the user owns them inside; everything
 * else stays as unpacked, which the sandbox sees as `nobody`.
 *
 * Every step runs as root: directly when the action is root (containers, this project's CI), else
 * through passwordless `sudo -n` (GitHub-hosted runners). No shell string is built from input: the
 * one shell snippet is a constant and takes its paths as arguments.
 */
import { spawn } from "node:child_process";
import { chmod, lchown, lstat, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The unprivileged host id (uid and gid) the sandbox runs as: high in the 32-bit id space, far above
 * any account or subordinate-id range a runner hands out (/etc/subuid ranges start at 100000 and
 * are 65536 wide), and never 2^32-1, which the kernel reserves.
 */
export const SANDBOX_HOST_ID = 2_130_706_432;

/**
 * Where the root filesystem is bound for bwrap, in the chain's own mount namespace: the first of
 * these that is a real directory searchable by anyone (FHS 3.0 has each at the top of the tree).
 */
const BIND_POINTS = ["/mnt", "/srv", "/media", "/opt"];

export interface SandboxTools {
  sh: string;
  mount: string;
  unshare: string;
  nsenter: string;
  bwrap: string;
  timeout: string;
  sleep: string;
  tee: string;
  kill: string;
  chown: string;
}

export interface SandboxCommand {
  rootfs: string;
  command: string[];
  /** `NAME=value`, already checked. */
  env: string[];
  workdir: string;
  uid: number;
  gid: number;
  timeoutSeconds: number;
}

/** The user namespace every sandbox process belongs to, held open by a sleeping process. */
export interface HeldUserNamespace {
  /** Host pid of the holder, whose `/proc/<pid>/ns/user` nsenter joins. */
  pid: number;
  close(): Promise<void>;
}

/** Why the sandbox could not be set up at all (not a failing command). */
export class SandboxError extends Error {
  override name = "SandboxError";
}

/**
 * Opens the user namespace whose root is SANDBOX_HOST_ID. The holder prints its pid from inside
 * the new namespace, so once the pid is read the namespace exists and its maps can be written.
 */
export async function holdUserNamespace(
  tools: SandboxTools,
  sudo: string[],
  lifetimeSeconds: number,
): Promise<HeldUserNamespace> {
  const argv = [
    ...sudo,
    tools.unshare,
    "--user",
    "--",
    tools.sh,
    "-c",
    'echo "$$"; exec "$0" "$1"',
    tools.sleep,
    String(Math.ceil(lifetimeSeconds)),
  ];
  const holder = spawn(argv[0] as string, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"], env: {} });
  const pid = await new Promise<number>((resolvePid, reject) => {
    let text = "";
    let errors = "";
    holder.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString("utf8");
    });
    holder.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const line = /^(\d+)\n/.exec(text);
      if (line) resolvePid(Number(line[1]));
    });
    holder.once("error", reject);
    holder.once("close", (code) =>
      reject(new SandboxError(`cannot open a user namespace (unshare --user exited ${code}): ${oneLine(errors)}`)),
    );
  });
  const held: HeldUserNamespace = {
    pid,
    async close() {
      if (holder.exitCode !== null || holder.signalCode !== null) return;
      if (sudo.length === 0) holder.kill("SIGKILL");
      else await runTool([...sudo, tools.kill, "-KILL", String(pid)]).catch(() => undefined);
    },
  };
  try {
    // One write each, as the kernel requires; the writer is root in the parent namespace, so
    // setgroups stays allowed and nsenter can clear the supplementary groups.
    const map = `0 ${SANDBOX_HOST_ID} 1\n`;
    for (const file of ["uid_map", "gid_map"]) {
      const path = `/proc/${pid}/${file}`;
      if (sudo.length === 0) await writeFile(path, map);
      else await runTool([...sudo, tools.tee, path], map);
    }
  } catch (error) {
    await held.close();
    throw new SandboxError(`cannot map the sandbox's user namespace: ${oneLine((error as Error).message)}`);
  }
  return held;
}

/**
 * Gives the image user's files to the sandbox's host id, so that the user owns them inside; every
 * other owner is left unmapped (seen as `nobody`). Unpacked without root, every file belongs to the
 * runner and nothing is mapped: a root image then owns the whole tree (the only owner it had).
 */
export async function mapOwnership(
  rootfs: string,
  user: { uid: number; gid: number },
  tools: SandboxTools,
  sudo: string[],
): Promise<void> {
  if (sudo.length > 0) {
    if (user.uid === 0)
      await runTool([...sudo, tools.chown, "-hR", `${SANDBOX_HOST_ID}:${SANDBOX_HOST_ID}`, "--", rootfs]);
    return;
  }
  const visit = async (path: string): Promise<void> => {
    const stats = await lstat(path);
    const uid = stats.uid === user.uid ? SANDBOX_HOST_ID : stats.uid;
    const gid = stats.gid === user.gid ? SANDBOX_HOST_ID : stats.gid;
    if (uid !== stats.uid || gid !== stats.gid) {
      await lchown(path, uid, gid);
      // chown clears set-id bits; put the image's mode back (no_new_privs ignores them anyway).
      if (!stats.isSymbolicLink() && (stats.mode & 0o6000) !== 0) await chmod(path, stats.mode & 0o7777);
    }
    if (stats.isDirectory()) for (const name of await readdir(path)) await visit(join(path, name));
  };
  await visit(rootfs);
}

/** A directory at the top of the tree that anyone may search, to bind the root filesystem onto. */
export async function bindPoint(): Promise<string> {
  for (const path of BIND_POINTS) {
    const stats = await lstat(path).catch(() => undefined);
    if (stats?.isDirectory() && (stats.mode & 0o001) !== 0) return path;
  }
  throw new SandboxError(`the smoke test needs one of ${BIND_POINTS.join(", ")} as a directory anyone may search`);
}

/**
 * The argv that runs `command` in the sandbox: in a private mount namespace a constant shell
 * snippet binds the root filesystem onto `bindAt` and execs `timeout`, which kills bwrap at the
 * deadline; bwrap's `--die-with-parent` then takes the sandbox's init, and the kernel every process
 * in its pid namespace, with it.
 */
export function sandboxArgv(
  tools: SandboxTools,
  sudo: string[],
  held: HeldUserNamespace,
  bindAt: string,
  run: SandboxCommand,
): string[] {
  const env: string[] = [];
  for (const pair of run.env) {
    const at = pair.indexOf("=");
    env.push("--setenv", pair.slice(0, at), pair.slice(at + 1));
  }
  return [
    ...sudo,
    tools.unshare,
    "--mount",
    "--propagation",
    "private",
    "--",
    tools.sh,
    "-c",
    '"$1" --bind "$2" "$3" && shift 3 && exec "$@"',
    "sh",
    tools.mount,
    run.rootfs,
    bindAt,
    tools.timeout,
    "-s",
    "KILL",
    `${run.timeoutSeconds}s`,
    tools.nsenter,
    `--user=/proc/${held.pid}/ns/user`,
    "--setuid=0",
    "--setgid=0",
    "--",
    tools.bwrap,
    "--unshare-user",
    "--disable-userns",
    "--unshare-pid",
    // The command is pid 1, as under `docker run` without --init.
    "--as-pid-1",
    "--unshare-net",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    "--hostname",
    "smoke-test",
    "--uid",
    String(run.uid),
    "--gid",
    String(run.gid),
    "--bind",
    bindAt,
    "/",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--cap-drop",
    "ALL",
    "--new-session",
    "--die-with-parent",
    "--clearenv",
    ...env,
    "--chdir",
    run.workdir,
    "--",
    ...run.command,
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}

/** Runs a tool (argument array, no shell), feeding `input` on stdin; rejects with its stderr. */
function runTool(argv: string[], input?: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(argv[0] as string, argv.slice(1), { stdio: ["pipe", "ignore", "pipe"], env: {} });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("close", (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${argv.join(" ")} exited ${code}: ${oneLine(errors)}`)),
    );
    child.stdin.end(input ?? "");
  });
}
