// readBaseImage reads what a real distroless-like base (built by crane and tar from Debian's own
// .debs, test/support/distroless-base.ts) has installed: for amd64 and arm64 the installed set is
// exactly the fixture's status.d, the codename is bookworm (through the /etc/os-release symlink),
// and layers appended with crane change it as the OCI layer rules say — a `.wh.` file removes a
// package, an opaque whiteout empties status.d below it, a dpkg status file counts only installed
// packages — while a platform the image lacks fails naming the platforms it has, and a layer whose
// bytes do not match its digest is refused rather than read.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { DebianError, type InstalledPackage, readBaseImage } from "@image-actions/debian";
import { DigestMismatchError, parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { buildDistrolessBase, crane, type DistrolessBase, type FixturePackage } from "../support/distroless-base.ts";
import { startFaultProxy } from "../support/fault-proxy.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

function summary(packages: Array<InstalledPackage | FixturePackage>): string[] {
  return packages.map((pkg) => `${pkg.name}=${pkg.version}/${pkg.architecture}`).sort();
}

/** A layer tarball (made by GNU tar, not by us) holding `files`: path → content. */
async function layerWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ia-base-layer-"));
  const root = join(dir, "root");
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  const tarball = join(dir, "layer.tar");
  await promisify(execFile)("tar", ["-cf", tarball, "--owner=0", "--group=0", "--sort=name", "-C", root, "."]);
  return tarball;
}

describe("readBaseImage on the distroless-like base", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  let base: DistrolessBase;
  let debug: DistrolessBase;
  const layerDirs: string[] = [];

  /** crane appends `files` as a new layer on `ref` and pushes it as `tag`. */
  async function appendLayer(ref: string, tag: string, files: Record<string, string>): Promise<string> {
    const tarball = await layerWith(files);
    layerDirs.push(dirname(tarball));
    const target = `${registry.host}/distroless/base:${tag}`;
    await crane(registry, ["append", "-b", ref, "-f", tarball, "-t", target]);
    return target;
  }

  before(async () => {
    registry = await startRegistry();
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    base = await buildDistrolessBase(registry, "distroless/base", { flavour: "base" });
    debug = await buildDistrolessBase(registry, "distroless/debug", { flavour: "debug" });
  });
  after(async () => {
    await clients.close();
    await registry.stop();
    for (const dir of layerDirs) await rm(dir, { recursive: true, force: true });
  });

  for (const platform of ["linux/amd64", "linux/arm64"]) {
    it(`${platform}: the installed set is the fixture's status.d, and the codename is bookworm`, async () => {
      const child = base.children.find((entry) => entry.platform === platform);
      assert.ok(child);
      const image = await readBaseImage(clients, parseReference(base.taggedRef), parsePlatform(platform));
      assert.equal(image.digest, base.digest);
      assert.equal(image.manifestDigest, child.digest);
      assert.deepEqual(summary(image.installed), summary(child.packages));
      assert.equal(image.codename, "bookworm");
      assert.equal(image.osRelease.ID, "debian");
      assert.equal(image.osRelease.VERSION_ID, "12");
    });
  }

  it("the debug flavour's busybox layer adds no package (busybox is not in status.d, as in distroless)", async () => {
    const child = debug.children.find((entry) => entry.platform === "linux/arm64");
    assert.ok(child);
    const image = await readBaseImage(clients, parseReference(debug.ref), parsePlatform("linux/arm64"));
    assert.equal(image.manifestDigest, child.digest);
    assert.deepEqual(summary(image.installed), summary(child.packages));
  });

  it("a whiteout in an upper layer removes that package; the rest stay", async () => {
    const child = base.children.find((entry) => entry.platform === "linux/amd64");
    assert.ok(child);
    const target = await appendLayer(child.ref, "without-netbase", {
      "var/lib/dpkg/status.d/.wh.netbase": "",
      "var/lib/dpkg/status.d/.wh.netbase.md5sums": "",
    });
    const image = await readBaseImage(clients, parseReference(target), parsePlatform("linux/amd64"));
    assert.deepEqual(summary(image.installed), summary(child.packages.filter((pkg) => pkg.name !== "netbase")));
    assert.equal(image.codename, "bookworm");
  });

  it("an opaque whiteout hides status.d below it but not what its own layer adds", async () => {
    const child = base.children.find((entry) => entry.platform === "linux/arm64");
    assert.ok(child);
    const target = await appendLayer(child.ref, "only-hello", {
      "var/lib/dpkg/status.d/.wh..wh..opq": "",
      "var/lib/dpkg/status.d/hello": "Package: hello\nVersion: 2.10-3\nArchitecture: arm64\nProvides: greeting (= 1)\n",
    });
    const image = await readBaseImage(clients, parseReference(target), parsePlatform("linux/arm64"));
    assert.deepEqual(summary(image.installed), ["hello=2.10-3/arm64"]);
    assert.deepEqual(image.installed[0]?.provides, [{ name: "greeting", version: "1" }]);
  });

  it("a dpkg status file counts its installed packages only, alongside status.d", async () => {
    const child = base.children.find((entry) => entry.platform === "linux/amd64");
    assert.ok(child);
    const target = await appendLayer(child.ref, "with-status", {
      "var/lib/dpkg/status": [
        "Package: zlib1g\nStatus: install ok installed\nVersion: 1:1.2.13.dfsg-1\nArchitecture: amd64\n",
        "Package: oldpkg\nStatus: deinstall ok config-files\nVersion: 1.0\nArchitecture: amd64\n",
      ].join("\n"),
    });
    const image = await readBaseImage(clients, parseReference(target), parsePlatform("linux/amd64"));
    assert.deepEqual(summary(image.installed), [...summary(child.packages), "zlib1g=1:1.2.13.dfsg-1/amd64"].sort());
  });

  it("os-release without VERSION_CODENAME: the codename comes from VERSION_ID", async () => {
    const child = base.children.find((entry) => entry.platform === "linux/amd64");
    assert.ok(child);
    const target = await appendLayer(child.ref, "trixie-like", {
      "etc/os-release": 'PRETTY_NAME="Debian GNU/Linux 13"\nID=debian\nVERSION_ID="13"\n',
    });
    const image = await readBaseImage(clients, parseReference(target), parsePlatform("linux/amd64"));
    assert.equal(image.osRelease.PRETTY_NAME, "Debian GNU/Linux 13");
    assert.equal(image.codename, "trixie");
  });

  it("a platform the index lacks fails naming the platforms it has", async () => {
    await assert.rejects(
      readBaseImage(clients, parseReference(base.taggedRef), parsePlatform("linux/arm/v7")),
      (error: Error) =>
        error instanceof DebianError &&
        /no linux\/arm\/v7 image \(it has linux\/amd64, linux\/arm64\)/.test(error.message),
    );
  });

  it("a single-platform image asked for another platform fails naming its own", async () => {
    const child = base.children.find((entry) => entry.platform === "linux/amd64");
    assert.ok(child);
    await assert.rejects(
      readBaseImage(clients, parseReference(child.ref), parsePlatform("linux/arm64")),
      (error: Error) => error instanceof DebianError && /is for linux\/amd64, not linux\/arm64/.test(error.message),
    );
  });

  it("a layer served with other bytes than its digest is refused, not read", async () => {
    const proxy = await startFaultProxy({ url: registry.url });
    try {
      const child = base.children.find((entry) => entry.platform === "linux/amd64");
      assert.ok(child);
      proxy.addRule({ method: "GET", path: /\/blobs\/sha256:/, fault: { type: "corrupt" }, after: 1 });
      const reference = parseReference(`${proxy.host}/distroless/base@${child.digest}`);
      await assert.rejects(
        readBaseImage(clients, reference, parsePlatform("linux/amd64")),
        (error: Error) => error instanceof DigestMismatchError,
      );
      assert.ok(proxy.requests.some((request) => request.fault === "corrupt"));
    } finally {
      await proxy.close();
    }
  });
});
