// build-distroless on a merged-usr base, end to end through dist/build-distroless/index.js: the
// distroless-like fixture laid out as Debian 13 lays it out (`/bin`, `/sbin`, `/lib`, `/lib64` are
// symlinks into `usr/` in the base layer) gets libpam0g from the machine's real archive (it ships
// `./lib/<triplet>/…` on Debian 12) and a local .deb shipping `./bin/…`, `./sbin/…` and `./lib/…`.
// crane exports the built image's flattened filesystem: the base's symlinks are still symlinks, and
// the packages' files are in `usr/`. No added layer has an entry at or under a symlinked directory.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Descriptor, RegistryClients } from "@image-actions/oci";
import { runAction } from "../support/action-runner.ts";
import { machineMainArchive, sourceLines } from "../support/apt-root.ts";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const SYMLINKED = ["bin", "sbin", "lib", "lib64"];

/** `tar -tv` lines of a tarball as path → the listing line, paths without a leading `./`. */
async function tarListing(file: string): Promise<Map<string, string>> {
  const lines = (await mustExec("tar", ["-tvf", file, "--numeric-owner"])).stdout.split("\n").filter(Boolean);
  const entries = new Map<string, string>();
  for (const line of lines) {
    const path = /^\S+ \S+ +\d+ \S+ \S+ (.*?)(?: -> .*| link to .*)?$/.exec(line)?.[1];
    assert.ok(path !== undefined, `unparsed tar line: ${line}`);
    entries.set(path.replace(/^\.\//, "").replace(/\/$/, ""), line);
  }
  return entries;
}

describe("build-distroless on a merged-usr base", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  let base: DistrolessBase;
  let work: string;
  let image: string;

  before(async () => {
    registry = await startRegistry();
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    work = await mkdtemp(join(tmpdir(), "ia-build-merged-usr-"));
    base = await buildDistrolessBase(registry, "distroless/merged-usr", {
      platforms: ["linux/amd64"],
      mergedUsr: true,
    });
    const deb = await makeDeb(work, {
      name: "merged-tool",
      version: "2.0-1",
      architecture: "amd64",
      files: {
        "bin/merged-tool": { content: "#!/bin/sh\necho merged\n", mode: 0o755 },
        "bin/mt": { symlink: "merged-tool" },
        "sbin/merged-toold": { content: "#!/bin/sh\n", mode: 0o750 },
        "lib/merged-tool/plugin.so": { content: "not really a library\n" },
      },
    });
    const run = await runAction("build-distroless", {
      base: base.ref,
      "debian-packages": "libpam0g",
      "debian-sources": sourceLines(await machineMainArchive()).join("\n"),
      packages: deb,
      platforms: "linux/amd64",
      tags: `${registry.host}/built/merged:1`,
      "source-date-epoch": "1700000000",
      sbom: "none",
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    image = run.outputs.image as string;
  });
  after(async () => {
    await clients.close();
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  it("the fixture's base layer has bin, sbin, lib and lib64 as symlinks into usr/", async () => {
    const tarFile = join(work, "base.tar");
    await crane(registry, ["export", base.ref, tarFile]);
    const entries = await tarListing(tarFile);
    for (const dir of SYMLINKED) assert.match(entries.get(dir) ?? "", new RegExp(`^l.* -> usr/${dir}$`), dir);
  });

  it("keeps the base's symlinks and puts the packages' files under usr/, as crane exports the image", async () => {
    const tarFile = join(work, "image.tar");
    await crane(registry, ["export", image, tarFile]);
    const entries = await tarListing(tarFile);
    for (const dir of SYMLINKED) {
      assert.match(entries.get(dir) ?? "(absent)", new RegExp(`^l.* -> usr/${dir}$`), `/${dir} is still a symlink`);
      const under = [...entries.keys()].filter((path) => path.startsWith(`${dir}/`));
      assert.deepEqual(under, [], `nothing is written under /${dir}/`);
    }
    assert.match(entries.get("usr/bin/merged-tool") ?? "(absent)", /^-rwxr-xr-x 0\/0 /);
    assert.match(entries.get("usr/bin/mt") ?? "(absent)", /^l.* -> merged-tool$/);
    assert.match(entries.get("usr/sbin/merged-toold") ?? "(absent)", /^-rwxr-x--- 0\/0 /);
    assert.match(entries.get("usr/lib/merged-tool/plugin.so") ?? "(absent)", /^-rw-r--r-- 0\/0 /);
    const libpam = [...entries.keys()].filter((path) => /^usr\/lib\/x86_64-linux-gnu\/libpam\.so\.0/.test(path));
    assert.ok(libpam.length > 0, "libpam0g's ./lib files landed in usr/lib");
    // The base's own files moved there too, so the package files sit beside them.
    assert.ok(entries.has("usr/lib/x86_64-linux-gnu/libc.so.6"), "the base's libc is in usr/lib");
    for (const name of ["merged-tool", "libpam0g"]) assert.ok(entries.has(`var/lib/dpkg/status.d/${name}`), name);

    await mustExec("tar", ["-xf", tarFile, "-C", work, "var/lib/dpkg/status.d/merged-tool.md5sums"]);
    const md5sums = await readFile(join(work, "var/lib/dpkg/status.d/merged-tool.md5sums"), "utf8");
    assert.match(md5sums, /^[0-9a-f]{32} {2}bin\/merged-tool$/m, "md5sums name the package's own paths, as dpkg's do");
  });

  it("no added layer has an entry at or under a symlinked directory", async () => {
    const client = clients.for(registry.host);
    const repository = "built/merged";
    const layersOf = async (repo: string, digest: string) =>
      (JSON.parse((await client.getManifest(repo, digest)).bytes.toString()) as { layers: Descriptor[] }).layers;
    const built = await layersOf(repository, image.slice(image.indexOf("@") + 1));
    const fromBase = await layersOf("distroless/merged-usr", base.children[0]?.digest as string);
    assert.deepEqual(built.slice(0, fromBase.length), fromBase, "the base's layers come first, unchanged");
    const added = built.slice(fromBase.length);
    assert.equal(added.length, 2, "an archive layer and a local layer");
    for (const layer of added) {
      const file = join(work, `${layer.digest.slice("sha256:".length)}.tar.gz`);
      await writeFile(file, await client.readBlob(repository, layer, 256 * 1024 * 1024));
      const paths = [...(await tarListing(file)).keys()];
      const offending = paths.filter((path) => SYMLINKED.some((dir) => path === dir || path.startsWith(`${dir}/`)));
      assert.deepEqual(offending, [], `layer ${layer.digest}`);
    }
  });
});
