// The smoke test runs the image's code with nothing of ours. A hostile static binary
// (test/support/sandbox-probe) is put into the distroless-like debug base and smoke-tested the way
// build-distroless does it, from a separate Node process whose environment holds canaries where a
// runner holds AWS keys and the OIDC request token. It tries the classic chroot escape, a write of a
// host file (directly and through /proc/1/root), a read of the action's /proc/<pid>/environ and of
// every environ it can see, a connect() to a listener on the host's loopback, and a read of this
// repository. For an image whose user is root and for one whose user is nonroot (65532): the probe
// "passes" (it always exits 0), and yet no host file appears, no canary and no repository text comes
// back, the listener is never reached; seen from the host, the process runs as an unprivileged id
// with no capability, no_new_privs, and in user, pid, network, ipc, uts and mount namespaces of its
// own. A --version-style smoke test (busybox --help; dumb-init --version is build-distroless's e2e)
// still passes in both.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { type RootfsLayer, SANDBOX_HOST_ID, type SmokeTestResult, unpackRootfs } from "@image-actions/build";
import { RegistryClients } from "@image-actions/oci";
import { pack } from "tar-stream";
import { buildDistrolessBase } from "../support/distroless-base.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { repoRoot, toolPath } from "../support/tools.ts";

const LINGER_SECONDS = 3;
/** The namespaces the sandbox must not share with the runner. */
const NAMESPACES = ["user", "pid", "net", "ipc", "uts", "mnt"];

/** A layer holding the probe at /probe, root-owned and executable. */
async function probeLayer(): Promise<RootfsLayer> {
  const binary = await readFile(toolPath("sandbox-probe"));
  const tar = pack();
  tar.entry({ name: "probe", mode: 0o755, uid: 0, gid: 0 }, binary);
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return { mediaType: "application/vnd.oci.image.layer.v1.tar", open: () => Readable.from([bytes]) };
}

/**
 * runSmokeTest in a Node process of its own, started with `secrets` in its environment as a runner
 * starts an action; returns the result and the process's pid (whose environ the probe goes after).
 */
function smokeTestInChild(
  options: { rootfs: string; command: string[]; env: string[]; user?: string },
  secrets: Record<string, string>,
): { pid: number; result: Promise<SmokeTestResult> } {
  const script = [
    'import { runSmokeTest } from "@image-actions/build";',
    "const options = JSON.parse(process.argv[1]);",
    // The probe is told this very process's pid: the one whose environ holds the secrets.
    'options.command = options.command.map((arg) => (arg === "@PID@" ? String(process.pid) : arg));',
    "const result = await runSmokeTest({ ...options, timeoutSeconds: 60 });",
    "process.stdout.write(JSON.stringify(result));",
  ].join("\n");
  const child = execFile(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(options)], {
    cwd: repoRoot,
    env: { ...process.env, ...secrets },
    maxBuffer: 16 * 1024 * 1024,
  });
  const result = new Promise<SmokeTestResult>((resolveResult, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("close", (code) =>
      code === 0
        ? resolveResult(JSON.parse(stdout))
        : reject(new Error(`smoke test process exited ${code}: ${stderr}`)),
    );
  });
  return { pid: child.pid as number, result };
}

interface SeenFromHost {
  uid: string;
  gid: string;
  capEff: string;
  capBnd: string;
  noNewPrivs: string;
  sharedNamespaces: string[];
}

/** Looks at the probe from the host while it lingers: its ids, capabilities and namespaces. */
async function findProbe(token: string, until: Promise<unknown>): Promise<SeenFromHost | undefined> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  while (!done) {
    for (const pid of await readdir("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      if (!cmdline.startsWith("/probe\0") || !cmdline.includes(token)) continue;
      const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
      const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, "m").exec(status)?.[1] ?? "";
      const sharedNamespaces: string[] = [];
      for (const ns of NAMESPACES) {
        const theirs = await readlink(`/proc/${pid}/ns/${ns}`).catch(() => "");
        if (theirs !== "" && theirs === (await readlink(`/proc/self/ns/${ns}`))) sharedNamespaces.push(ns);
      }
      if (status === "") continue;
      return {
        uid: field("Uid"),
        gid: field("Gid"),
        capEff: field("CapEff"),
        capBnd: field("CapBnd"),
        noNewPrivs: field("NoNewPrivs"),
        sharedNamespaces,
      };
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  return undefined;
}

describe("the smoke test's sandbox holds against a hostile image", () => {
  let registry: TestRegistry;
  let layers: RootfsLayer[];
  let env: string[];
  let work: string;
  let listener: Server;
  let port: number;
  let connections = 0;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-sandbox-"));
    registry = await startRegistry();
    const debug = await buildDistrolessBase(registry, "distroless/debug", {
      flavour: "debug",
      platforms: ["linux/amd64"],
    });
    const client = new RegistryClients({ env: {}, onSecret: () => {} }).for(registry.host);
    const child = debug.children[0];
    assert.ok(child);
    const manifest = await client.getManifest("distroless/debug", child.digest);
    const [config, ...baseLayers] = manifest.blobs;
    assert.ok(config);
    env = JSON.parse((await client.readBlob("distroless/debug", config)).toString("utf8")).config.Env;
    layers = [
      ...baseLayers.map((layer) => ({
        mediaType: layer.mediaType,
        open: () => client.openBlob("distroless/debug", layer),
      })),
      await probeLayer(),
    ];
    listener = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolveListen) => listener.listen(0, "127.0.0.1", resolveListen));
    port = (listener.address() as { port: number }).port;
  });
  after(async () => {
    listener?.close();
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  async function rootfs(): Promise<string> {
    const dir = await mkdtemp(join(work, "rootfs-"));
    await unpackRootfs(layers, dir);
    return dir;
  }

  for (const user of [undefined, "nonroot"]) {
    const who = user ?? "root";

    it(`as ${who}: the escape, the environ reader, the connect and the host write all fail`, async () => {
      const token = randomBytes(8).toString("hex");
      const hostDir = join(work, `host-${token}`);
      await mkdir(hostDir, { mode: 0o777 });
      const hostFile = join(hostDir, "written-by-the-image");
      const repoFile = join(repoRoot, "test", "security", "smoke-sandbox.test.ts");
      const repoText = (await readFile(repoFile, "utf8")).split("\n")[0] as string;
      const canaries = {
        AWS_SECRET_ACCESS_KEY: `aws-canary-${token}`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: `oidc-canary-${token}`,
      };
      const before = connections;
      const smoke = smokeTestInChild(
        {
          rootfs: await rootfs(),
          command: ["/probe", "attack", hostFile, repoFile, "@PID@", String(port), String(LINGER_SECONDS)],
          env,
          ...(user ? { user } : {}),
        },
        canaries,
      );
      // The probe goes after the very process that runs the smoke test.
      assert.ok(smoke.pid > 0);
      const seen = findProbe(token, smoke.result);
      const result = await smoke.result;
      const host = await seen;

      assert.equal(result.passed, true, `the probe exits 0 whatever happened:\n${result.output}`);
      assert.match(result.output, /chroot escape/, "the probe ran its attacks");
      await assert.rejects(stat(hostFile), "no file was written on the host");
      assert.deepEqual(await readdir(hostDir), []);
      assert.equal(connections, before, "the host's loopback listener was never reached");
      for (const canary of Object.values(canaries))
        assert.ok(
          !result.output.includes(canary),
          `no secret of the action's environment came back:\n${result.output}`,
        );
      assert.ok(!result.output.includes(repoText), "no text of the repository came back");
      assert.doesNotMatch(result.output, /: DONE$/m, `every attempt was refused:\n${result.output}`);

      assert.ok(host, "the probe was seen from the host while it lingered");
      const expectedId = String(SANDBOX_HOST_ID);
      assert.deepEqual(
        host.uid.split(/\s+/),
        [expectedId, expectedId, expectedId, expectedId],
        "root inside is nobody outside",
      );
      assert.deepEqual(host.gid.split(/\s+/), [expectedId, expectedId, expectedId, expectedId]);
      assert.equal(host.capEff, "0000000000000000", "no effective capability");
      assert.equal(host.capBnd, "0000000000000000", "an empty bounding set");
      assert.equal(host.noNewPrivs, "1", "no_new_privs");
      assert.deepEqual(host.sharedNamespaces, [], "no namespace shared with the runner");
    });

    it(`as ${who}: a --version-style smoke test (busybox --help) still passes`, async () => {
      const smoke = smokeTestInChild(
        { rootfs: await rootfs(), command: ["/busybox/busybox", "--help"], env, ...(user ? { user } : {}) },
        {},
      );
      const result = await smoke.result;
      assert.equal(result.passed, true, result.output);
      assert.match(result.output, /BusyBox v\d/);
    });
  }
});
