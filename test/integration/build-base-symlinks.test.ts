// readBaseImage reports the base's top-level symlinks (what a package layer must not replace with
// directories): on the distroless-like base plus crane-appended layers made by GNU tar, a
// merged-usr layer's `bin -> usr/bin` and `lib -> usr/lib` are found, a later `.wh.lib` removes
// one, and a real directory at the root is not reported.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { readBaseImage } from "@image-actions/debian";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

describe("the base's top-level symlinks", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  let base: DistrolessBase;
  let work: string;

  /** GNU tar packs `build(root)`'s tree; crane appends it to `ref` as `tag`. */
  async function appendLayer(ref: string, tag: string, build: (root: string) => Promise<void>): Promise<string> {
    const root = await mkdtemp(join(work, "root-"));
    await build(root);
    const tarball = `${root}.tar`;
    await promisify(execFile)("tar", ["-cf", tarball, "--owner=0", "--group=0", "--sort=name", "-C", root, "."]);
    const target = `${registry.host}/distroless/base:${tag}`;
    await crane(registry, ["append", "-b", ref, "-f", tarball, "-t", target]);
    return target;
  }

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-base-symlinks-"));
    registry = await startRegistry();
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    base = await buildDistrolessBase(registry, "distroless/base", { flavour: "base" });
  });
  after(async () => {
    await clients.close();
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  it("finds a merged-usr layer's links, drops a whited-out one, and ignores directories", async () => {
    const child = base.children.find((entry) => entry.platform === "linux/amd64");
    assert.ok(child);
    const merged = await appendLayer(child.ref, "merged-usr", async (root) => {
      await mkdir(join(root, "usr/bin"), { recursive: true });
      await mkdir(join(root, "usr/lib"), { recursive: true });
      await mkdir(join(root, "opt"));
      await symlink("usr/bin", join(root, "bin"));
      await symlink("usr/lib", join(root, "lib"));
    });
    const image = await readBaseImage(clients, parseReference(merged), parsePlatform("linux/amd64"));
    assert.equal(image.topLevelSymlinks.bin, "usr/bin");
    assert.equal(image.topLevelSymlinks.lib, "usr/lib");
    assert.equal(image.topLevelSymlinks.opt, undefined);
    assert.equal(image.topLevelSymlinks.usr, undefined);

    const withoutLib = await appendLayer(merged, "without-lib", async (root) => {
      await writeFile(join(root, ".wh.lib"), "");
    });
    const after = await readBaseImage(clients, parseReference(withoutLib), parsePlatform("linux/amd64"));
    assert.equal(after.topLevelSymlinks.bin, "usr/bin");
    assert.equal(after.topLevelSymlinks.lib, undefined);
  });
});
