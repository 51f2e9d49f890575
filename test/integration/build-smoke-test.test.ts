// The smoke test's daemonless path on real layers: the distroless-like debug base (Debian's .debs
// and static busybox, pushed by crane, read back through RegistryClients) unpacked by unpackRootfs,
// then commands run inside it in the smoke test's sandbox (bubblewrap in a user namespace). A passing command passes with its output, a
// failing one reports its exit code, a sleeping one is killed at the timeout with no process or
// mount left behind, /proc is the namespace's own, the image's user is taken from its /etc/passwd,
// whiteouts and opaque directories hide lower layers, and hostile layers (`..`, absolute paths, a
// symlink that climbs out) are refused without writing anything outside the root.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { lstat, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { RootfsError, type RootfsLayer, runSmokeTest, unpackRootfs } from "@image-actions/build";
import { RegistryClients } from "@image-actions/oci";
import { pack } from "tar-stream";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const run = promisify(execFile);
const TAR_LAYER = "application/vnd.oci.image.layer.v1.tar";

/** A layer made by GNU tar from `files` (path → content; a trailing "/" makes a directory). */
async function gnuTarLayer(work: string, files: Record<string, string>): Promise<RootfsLayer> {
  const dir = await mkdtemp(join(work, "layer-"));
  const root = join(dir, "root");
  await mkdir(root);
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith("/")) await mkdir(join(root, path), { recursive: true });
    else {
      await mkdir(join(root, path, ".."), { recursive: true });
      await writeFile(join(root, path), content);
    }
  }
  const tarball = join(dir, "layer.tar");
  await run("tar", ["-cf", tarball, "--owner=0", "--group=0", "--sort=name", "-C", root, "."]);
  const bytes = await readFile(tarball);
  return { mediaType: TAR_LAYER, open: () => Readable.from([bytes]) };
}

type CraftedEntry = {
  name: string;
  type?: "file" | "symlink" | "directory" | "link";
  linkname?: string;
  body?: string;
};

/** A layer with entries GNU tar would not write (`..`, absolute names): crafted with tar-stream. */
async function craftedLayer(entries: CraftedEntry[]): Promise<RootfsLayer> {
  const tar = pack();
  for (const entry of entries)
    tar.entry(
      { name: entry.name, type: entry.type ?? "file", linkname: entry.linkname, mode: 0o644 },
      entry.body ?? "",
    );
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return { mediaType: TAR_LAYER, open: () => Readable.from([bytes]) };
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

describe("smoke test in an unpacked root filesystem, without Docker", () => {
  let registry: TestRegistry;
  let debug: DistrolessBase;
  let baseLayers: RootfsLayer[];
  let env: string[];
  let work: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-smoke-"));
    registry = await startRegistry();
    debug = await buildDistrolessBase(registry, "distroless/debug", { flavour: "debug", platforms: ["linux/amd64"] });
    const clients = new RegistryClients({ env: {}, onSecret: () => {} });
    const client = clients.for(registry.host);
    const child = debug.children[0];
    assert.ok(child);
    const manifest = await client.getManifest("distroless/debug", child.digest);
    const [config, ...layers] = manifest.blobs;
    assert.ok(config);
    const configJson = JSON.parse((await client.readBlob("distroless/debug", config)).toString("utf8"));
    env = configJson?.config?.Env ?? ["PATH=/usr/local/bin:/usr/bin:/bin:/busybox"];
    baseLayers = layers.map((layer) => ({
      mediaType: layer.mediaType,
      open: () => client.openBlob("distroless/debug", layer),
    }));
  });
  after(async () => {
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  async function rootfsWith(...extra: RootfsLayer[]): Promise<string> {
    const dir = await mkdtemp(join(work, "rootfs-"));
    await unpackRootfs([...baseLayers, ...extra], dir);
    return dir;
  }

  it("a command that succeeds passes, with its output", async () => {
    const rootfs = await rootfsWith();
    assert.ok(await exists(join(rootfs, "busybox/busybox")), "the debug layer's busybox is unpacked");
    const result = await runSmokeTest({ rootfs, command: ["/busybox/busybox", "echo", "hi"], env, timeoutSeconds: 30 });
    assert.deepEqual(result, { passed: true, exitCode: 0, timedOut: false, output: "hi\n" });
    assert.equal(await exists(rootfs), false, "the root filesystem is removed afterwards");
  });

  it("a command that fails reports its exit code", async () => {
    const rootfs = await rootfsWith();
    const result = await runSmokeTest({ rootfs, command: ["/busybox/busybox", "false"], env, timeoutSeconds: 30 });
    assert.equal(result.passed, false);
    assert.equal(result.exitCode, 1);
    assert.equal(result.timedOut, false);
  });

  it("a command past its timeout is killed, leaving no process and no mount", async () => {
    const rootfs = await rootfsWith();
    const started = Date.now();
    const result = await runSmokeTest({ rootfs, command: ["/busybox/busybox", "sleep", "30"], env, timeoutSeconds: 2 });
    assert.equal(result.timedOut, true);
    assert.equal(result.passed, false);
    assert.ok(Date.now() - started < 15_000, "killed at the timeout, not after the sleep");
    const { stdout: ps } = await run("ps", ["-eo", "args"]);
    // Our command's own line, exactly: another process on the machine running `sleep 300` is not it.
    const leftover = ps.split("\n").some((line) => line.trim() === "/busybox/busybox sleep 30");
    assert.ok(!leftover, `no sleep left running:\n${ps}`);
    const mounts = await readFile("/proc/mounts", "utf8");
    assert.ok(!mounts.includes(rootfs), "no mount left below the root filesystem");
    assert.equal(await exists(rootfs), false);
  });

  it("the command sees its own /proc and the minimal /dev", async () => {
    const rootfs = await rootfsWith();
    const result = await runSmokeTest({
      rootfs,
      command: [
        "/busybox/busybox",
        "sh",
        "-c",
        "/busybox/busybox ls /proc/self >/dev/null && echo pid=$$ && /busybox/busybox head -c 4 /dev/urandom | /busybox/busybox wc -c && echo x > /tmp/t && /busybox/busybox cat /tmp/t",
      ],
      env,
      timeoutSeconds: 30,
    });
    assert.equal(result.passed, true, result.output);
    // The command is the pid namespace's init, as under `docker run` without --init.
    assert.match(result.output, /^pid=1\n\s*4\nx\n$/);
  });

  it("the image's user and working directory apply", async () => {
    const rootfs = await rootfsWith();
    const result = await runSmokeTest({
      rootfs,
      command: ["/busybox/busybox", "sh", "-c", "/busybox/busybox id -u; /busybox/busybox id -g; /busybox/busybox pwd"],
      env,
      user: "nonroot",
      workdir: "/home/nonroot/app",
      timeoutSeconds: 30,
    });
    assert.equal(result.passed, true, result.output);
    assert.equal(result.output, "65532\n65532\n/home/nonroot/app\n");
  });

  it("a whiteout removes a lower file and an opaque whiteout empties a lower directory", async () => {
    const lower = await gnuTarLayer(work, { "opt/keep": "k", "opt/gone": "g", "srv/old/a": "a", "srv/old/b": "b" });
    const upper = await gnuTarLayer(work, { "opt/.wh.gone": "", "srv/old/.wh..wh..opq": "", "srv/old/new": "n" });
    const rootfs = await rootfsWith(lower, upper);
    assert.equal(await exists(join(rootfs, "opt/keep")), true);
    assert.equal(await exists(join(rootfs, "opt/gone")), false);
    assert.equal(await exists(join(rootfs, "opt/.wh.gone")), false);
    assert.equal(await exists(join(rootfs, "srv/old/a")), false);
    assert.equal(await readFile(join(rootfs, "srv/old/new"), "utf8"), "n");
    await rm(rootfs, { recursive: true });
  });

  const hostile: Array<[string, CraftedEntry[]]> = [
    ["a `..` entry", [{ name: "../escape", body: "x" }]],
    ["an absolute entry", [{ name: "/escape", body: "x" }]],
    [
      "a write through a symlink that climbs out",
      [
        { name: "evil", type: "symlink", linkname: "../../../../../../../../escape-dir" },
        { name: "evil/escape", body: "x" },
      ],
    ],
    ["a hard link to a path outside", [{ name: "stolen", type: "link", linkname: "../../../../etc/hostname" }]],
  ];
  for (const [what, entries] of hostile) {
    it(`a hostile layer with ${what} is refused and writes nothing outside the root`, async () => {
      const outer = await mkdtemp(join(work, "outer-"));
      const dir = join(outer, "a", "b", "c", "rootfs");
      await mkdir(dir, { recursive: true });
      await assert.rejects(unpackRootfs([await craftedLayer(entries)], dir), RootfsError);
      const { stdout } = await run("find", [outer, "-mindepth", "1", "-not", "-path", `${dir}*`]);
      assert.deepEqual(stdout.trim().split("\n").sort(), [join(outer, "a"), join(outer, "a/b"), join(outer, "a/b/c")]);
      assert.equal(await exists("/escape"), false);
      assert.equal(await exists("/escape-dir"), false);
    });
  }

  it("an absolute symlink is the image's root, not the host's", async () => {
    const dir = await mkdtemp(join(work, "rootfs-"));
    const layer = await craftedLayer([
      { name: "etc/", type: "directory" },
      { name: "hostetc", type: "symlink", linkname: "/etc" },
      { name: "hostetc/planted", body: "x" },
    ]);
    await unpackRootfs([layer], dir);
    assert.equal(await readFile(join(dir, "etc/planted"), "utf8"), "x");
    assert.equal(await exists("/etc/planted"), false);
  });
});
