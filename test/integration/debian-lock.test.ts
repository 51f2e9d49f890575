// Locking against the real Debian archive this machine's apt uses (its URL read from /etc/apt at run
// time; the main archive, not the security one, which is republished too often to test against), on top of the distroless-like base fixture, for amd64 and arm64: the package set we lock is
// exactly the set apt-get would install on top of the same installed packages (a private apt root
// with the base's status), every locked .deb fetches, verifies and reads as the package and version
// the lock names (checked with dpkg-deb), and fetching by the lock alone reads no InRelease and no
// index. The CLI's lock and debs commands do the same from the command line.
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  fetchLockedDebs,
  type InstalledPackage,
  type LockResult,
  lockPackages,
  parseLockfile,
  readBaseImage,
} from "@image-actions/debian";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import {
  type AptSource,
  aptWouldInstall,
  sourceLines as linesOf,
  machineMainArchive,
  privateAptRoot,
} from "../support/apt-root.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const PACKAGES = ["dumb-init", "libpam0g", "ca-certificates"];
const PLATFORMS = ["linux/amd64", "linux/arm64"];
/**
 * The CLI's own default cache, kept between runs like a runner's tool cache: a warm run revalidates
 * InRelease and reads the rest from disk.
 */
const CACHE = join(homedir(), ".cache", "image-actions", "debian");

/** A dpkg status file apt can read, for the packages the base has. */
function statusOf(installed: InstalledPackage[]): string {
  return installed
    .map((item) =>
      [
        `Package: ${item.name}`,
        "Status: install ok installed",
        `Architecture: ${item.architecture}`,
        `Version: ${item.version}`,
        ...(item.provides.length > 0
          ? [`Provides: ${item.provides.map((p) => (p.version ? `${p.name} (= ${p.version})` : p.name)).join(", ")}`]
          : []),
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}

describe("locking Debian packages against the machine's archive", () => {
  let registry: TestRegistry;
  let base: DistrolessBase;
  let clients: RegistryClients;
  let archive: AptSource[];
  let sourceLines: string[];
  let locked: LockResult;

  before(async () => {
    registry = await startRegistry();
    base = await buildDistrolessBase(registry, "distroless/base");
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    archive = await machineMainArchive();
    sourceLines = linesOf(archive);
    locked = await lockPackages({
      clients,
      base: parseReference(base.ref),
      sources: sourceLines,
      platforms: PLATFORMS.map(parsePlatform),
      packages: PACKAGES,
      cacheDir: CACHE,
    });
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  for (const platform of PLATFORMS) {
    it(`${platform}: the locked set is what apt-get would install on the same base`, async () => {
      const architecture = platform.endsWith("arm64") ? "arm64" : "amd64";
      const { installed } = await readBaseImage(clients, parseReference(base.ref), parsePlatform(platform));
      const root = await privateAptRoot(architecture, statusOf(installed), archive);
      const apt = await aptWouldInstall(root, PACKAGES);
      const ours = new Map(
        (locked.lockfile.architectures[architecture] ?? []).map((item) => [item.name, item.version]),
      );
      assert.deepEqual(
        [...ours.entries()].sort(),
        [...apt.entries()].sort(),
        "same packages at the same versions as apt-get",
      );
      // What the base has is not installed again.
      for (const item of installed) assert.ok(!ours.has(item.name), `${item.name} comes from the base`);
    });
  }

  it("every locked arm64 .deb fetches, verifies, and is the package and version the lock names", async () => {
    const out = await mkdtemp(join(tmpdir(), "ia-debs-"));
    const fetched = await fetchLockedDebs({
      lockfile: locked.lockfile,
      architecture: "arm64",
      cacheDir: CACHE,
      outDir: out,
    });
    assert.equal(fetched.debs.length, locked.lockfile.architectures.arm64?.length);
    for (const deb of fetched.debs) {
      const info = await mustExec("dpkg-deb", ["-f", deb.path, "Package", "Version", "Architecture"]);
      const fields = Object.fromEntries(
        info.stdout
          .trim()
          .split("\n")
          .map((line) => line.split(": ") as [string, string]),
      );
      assert.equal(fields.Package, deb.name);
      assert.equal(fields.Version, deb.version);
      assert.ok(["arm64", "all"].includes(fields.Architecture as string));
    }
  });

  it("fetching by the lock alone, into an empty cache, reads no InRelease and no index", async () => {
    const fetched = await fetchLockedDebs({
      lockfile: locked.lockfile,
      architecture: "amd64",
      cacheDir: await mkdtemp(join(tmpdir(), "ia-debian-cold-")),
    });
    assert.equal(fetched.stats.inReleaseDownloads + fetched.stats.inReleaseNotModified, 0);
    assert.equal(fetched.stats.indexDownloads, 0);
    assert.equal(fetched.stats.debDownloads, locked.lockfile.architectures.amd64?.length);
  });

  it("the CLI locks and fetches the same", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-cli-lock-"));
    const env = await cliEnv([registry], { env: { XDG_CACHE_HOME: join(homedir(), ".cache"), RUNNER_TOOL_CACHE: "" } });
    const lockFile = join(dir, "lock.json");
    const lock = await runCli(
      [
        "lock",
        "--base",
        base.ref,
        ...sourceLines.flatMap((line) => ["--source", line]),
        "--platform",
        "linux/amd64",
        "--platform",
        "linux/arm64",
        "-o",
        lockFile,
        ...PACKAGES,
      ],
      env,
    );
    assert.equal(lock.code, 0, lock.stderr);
    const written = parseLockfile(await readFile(lockFile, "utf8"));
    assert.deepEqual(written.architectures, locked.lockfile.architectures);
    const debs = await runCli(["debs", "--lock", lockFile, "--platform", "linux/arm64", "-o", join(dir, "debs")], env);
    assert.equal(debs.code, 0, debs.stderr);
    assert.equal(debs.stdout.trim().split("\n").length, written.architectures.arm64?.length);
  });

  it("an unknown package fails in one line naming it", async () => {
    await assert.rejects(
      lockPackages({
        clients,
        base: parseReference(base.ref),
        sources: sourceLines,
        platforms: [parsePlatform("linux/amd64")],
        packages: ["no-such-package-here"],
        cacheDir: CACHE,
      }),
      (error: Error) => /no-such-package-here/.test(error.message) && !error.message.includes("\n"),
    );
  });
});
