// Package layers from .debs: packages built at test time by dpkg-deb (odd modes, a setuid file, a
// symlink, a hard link, a ./bin path, a path over 100 bytes, non-root owners) become a gzip layer
// that GNU tar lists and extracts with those modes, owners and links; a merged-usr base gets
// `usr/bin/x` for `./bin/x` and never a `bin/` directory; status.d holds each control stanza verbatim
// and md5sums (the package's own, else generated and matching the content); entries are sorted with
// explicit parents and clamped mtimes; two builds in separate processes with different TZ and umask
// give the same bytes; a 50 MB file is streamed, not held.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, link, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { buildPackageLayer } from "@image-actions/build";
import { DebianError } from "@image-actions/debian";

const run = (command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  promisify(execFile)(command, args, { maxBuffer: 256 * 1024 * 1024, encoding: "utf8", ...options });

const EPOCH = 1_700_000_000;
const MERGED_USR = { bin: "usr/bin", sbin: "usr/sbin", lib: "usr/lib", lib64: "usr/lib64" };
const LONG_DIR = `usr/share/${"deep-directory-name/".repeat(6)}`;
const LONG_FILE = `${"a-very-long-file-name-".repeat(5)}end.txt`;

let work: string;
let appDeb: string;
let libDeb: string;
let overrideDeb: string;

function control(name: string, extra: string[] = []): string {
  return [
    `Package: ${name}`,
    "Version: 1.2-3",
    "Architecture: amd64",
    "Maintainer: Test <test@example.invalid>",
    ...extra,
    "Description: a fixture",
    " built by the test with dpkg-deb.",
    "",
  ].join("\n");
}

/** The app: odd modes, setuid, a symlink, a hard link, ./bin and ./sbin paths, a long path, a uid-1000 file. */
async function buildAppDeb(): Promise<string> {
  const tree = join(work, "app");
  for (const dir of ["DEBIAN", "bin", "sbin", "usr/share/doc/app-fixture", "etc/app", LONG_DIR])
    await mkdir(join(tree, dir), { recursive: true });
  await writeFile(join(tree, "DEBIAN", "control"), control("app-fixture", ["Source: app-src (1.0)"]));
  await writeFile(join(tree, "bin", "app"), "#!/bin/sh\necho app\n");
  await chmod(join(tree, "bin", "app"), 0o755);
  await writeFile(join(tree, "sbin", "app-admin"), "#!/bin/sh\necho admin\n");
  await chmod(join(tree, "sbin", "app-admin"), 0o4750);
  await symlink("app", join(tree, "bin", "app-link"));
  await link(join(tree, "bin", "app"), join(tree, "bin", "app-hard"));
  // Sorts before its target: the layer must carry the content at this path and link the other.
  await link(join(tree, "bin", "app"), join(tree, "bin", "aaa-hard"));
  await symlink(`../share/${LONG_DIR.slice("usr/share/".length)}${LONG_FILE}`, join(tree, "bin", "long-link"));
  await writeFile(join(tree, "etc", "app", "secret.conf"), "key=value\n");
  await chmod(join(tree, "etc", "app", "secret.conf"), 0o600);
  await chmod(join(tree, "etc", "app"), 0o750);
  await writeFile(
    join(tree, "usr/share/doc/app-fixture/copyright"),
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nLicense: MIT\n",
  );
  await writeFile(join(tree, LONG_DIR, LONG_FILE), "long\n");
  const deb = join(work, "app-fixture.deb");
  await run("dpkg-deb", ["--root-owner-group", "-Zgzip", "--build", tree, deb]);
  return deb;
}

/** The library: ships its own md5sums (deliberately distinctive) and a 50 MB file. */
async function buildLibDeb(): Promise<string> {
  const tree = join(work, "lib");
  for (const dir of ["DEBIAN", "usr/lib/x86_64-linux-gnu", "usr/share/doc/libfixture1"])
    await mkdir(join(tree, dir), { recursive: true });
  await writeFile(join(tree, "DEBIAN", "control"), control("libfixture1"));
  await writeFile(
    join(tree, "DEBIAN", "md5sums"),
    "00000000000000000000000000000000  usr/lib/x86_64-linux-gnu/big.so\n",
  );
  const big = Buffer.alloc(50 * 1024 * 1024);
  for (let index = 0; index < big.length; index += 4) big.writeUInt32LE((index * 2654435761) >>> 0, index);
  await writeFile(join(tree, "usr/lib/x86_64-linux-gnu/big.so"), big);
  await writeFile(join(tree, "usr/share/doc/libfixture1/copyright"), "License: MIT\n");
  const deb = join(work, "libfixture1.deb");
  await run("dpkg-deb", ["--root-owner-group", "-Zxz", "-z0", "--build", tree, deb]);
  return deb;
}

/** Sorts after app-fixture and ships usr/bin/app itself: the same path as app-fixture's ./bin/app, merged. */
async function buildOverrideDeb(): Promise<string> {
  const tree = join(work, "override");
  await mkdir(join(tree, "DEBIAN"), { recursive: true });
  await mkdir(join(tree, "usr/bin"), { recursive: true });
  await writeFile(join(tree, "DEBIAN", "control"), control("zz-override"));
  await writeFile(join(tree, "usr/bin/app"), "override\n");
  const deb = join(work, "zz-override.deb");
  await run("dpkg-deb", ["--root-owner-group", "--build", tree, deb]);
  return deb;
}

describe("package layers", () => {
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "build-layer-"));
    appDeb = await buildAppDeb();
    libDeb = await buildLibDeb();
    overrideDeb = await buildOverrideDeb();
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("GNU tar lists the files with their modes, numeric owners, links and clamped times, sorted, with explicit parents", async () => {
    const outFile = join(work, "layer.tar.gz");
    const layer = await buildPackageLayer({
      debs: [{ path: appDeb }, { path: libDeb }],
      mergedUsr: MERGED_USR,
      sourceDateEpoch: EPOCH,
      outFile,
    });
    assert.equal(layer.mediaType, "application/vnd.oci.image.layer.v1.tar+gzip");
    assert.equal(layer.size, (await stat(outFile)).size);
    assert.equal(
      layer.digest,
      `sha256:${createHash("sha256")
        .update(await readFile(outFile))
        .digest("hex")}`,
    );
    const { stdout: tarBytes } = await promisify(execFile)("gzip", ["-dc", outFile], {
      encoding: "buffer",
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.equal(layer.diffId, `sha256:${createHash("sha256").update(tarBytes).digest("hex")}`);
    assert.deepEqual(layer.packages, [
      { name: "app-fixture", version: "1.2-3", architecture: "amd64", source: "app-src", files: 9 },
      { name: "libfixture1", version: "1.2-3", architecture: "amd64", source: "libfixture1", files: 2 },
    ]);

    const { stdout } = await run("tar", ["--numeric-owner", "--full-time", "-tvzf", outFile], {
      env: { ...process.env, TZ: "UTC" },
    });
    const lines = stdout.trim().split("\n");
    const byPath = new Map(
      lines.map((line) => {
        const fields = line.split(/\s+/);
        return [fields.slice(5).join(" "), { mode: fields[0], owner: fields[1], time: `${fields[3]} ${fields[4]}` }];
      }),
    );
    const names = lines.map((line) => line.split(/\s+/)[5] as string);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
      "sorted by path",
    );
    assert.ok(
      !names.some((name) => name.startsWith("bin") || name.startsWith("sbin") || name.startsWith("./")),
      names.join("\n"),
    );
    for (const name of names) {
      const parent = name.replace(/\/?[^/]+\/?$/, "");
      if (parent) assert.ok(names.includes(`${parent}/`), `parent of ${name} is listed`);
    }
    assert.equal(byPath.get("usr/bin/aaa-hard")?.mode, "-rwxr-xr-x");
    assert.equal(byPath.get("usr/sbin/app-admin")?.mode, "-rwsr-x---");
    assert.equal(byPath.get("etc/app/")?.mode, "drwxr-x---");
    assert.equal(byPath.get("etc/app/secret.conf")?.mode, "-rw-------");
    assert.equal(byPath.get("usr/bin/app-link -> app")?.mode, "lrwxrwxrwx");
    assert.ok(byPath.has(`${LONG_DIR}${LONG_FILE}`), "the long path survives");
    assert.ok(
      byPath.has("usr/bin/app-hard link to usr/bin/aaa-hard"),
      "a hard link follows the first path of its group",
    );
    assert.ok(byPath.has("usr/bin/app link to usr/bin/aaa-hard"), "a hard link follows the first path of its group");
    assert.ok(
      byPath.has(`usr/bin/long-link -> ../share/${LONG_DIR.slice("usr/share/".length)}${LONG_FILE}`),
      "a link target over 100 bytes survives",
    );
    assert.ok(byPath.has("usr/share/doc/app-fixture/copyright"));
    for (const [path, entry] of byPath) {
      assert.equal(entry.owner, "0/0", path);
      assert.ok(entry.time <= "2023-11-14 22:13:20", `${path} is dated ${entry.time}`);
    }
    assert.equal(byPath.get("var/lib/dpkg/status.d/")?.mode, "drwxr-xr-x");
  });

  it("extracts to the packages' files, status.d stanzas verbatim and md5sums (shipped or generated)", async () => {
    const outFile = join(work, "extract.tar.gz");
    await buildPackageLayer({
      debs: [{ path: libDeb }, { path: appDeb }],
      mergedUsr: MERGED_USR,
      sourceDateEpoch: EPOCH,
      outFile,
    });
    const root = join(work, "root");
    await mkdir(root);
    await run("tar", ["--numeric-owner", "-xzf", outFile, "-C", root]);
    assert.equal(await readFile(join(root, "usr/bin/app"), "utf8"), "#!/bin/sh\necho app\n");
    assert.equal(await readFile(join(root, "usr/bin/app-link"), "utf8"), "#!/bin/sh\necho app\n");
    assert.equal((await stat(join(root, "usr/bin/app-hard"))).ino, (await stat(join(root, "usr/bin/app"))).ino);
    assert.equal((await stat(join(root, "usr/bin/aaa-hard"))).ino, (await stat(join(root, "usr/bin/app"))).ino);
    assert.equal(await readFile(join(root, "usr/bin/long-link"), "utf8"), "long\n");
    assert.equal(await readFile(join(root, LONG_DIR, LONG_FILE), "utf8"), "long\n");
    assert.equal((await stat(join(root, "usr/lib/x86_64-linux-gnu/big.so"))).size, 50 * 1024 * 1024);
    assert.equal(
      await readFile(join(root, "var/lib/dpkg/status.d/app-fixture"), "utf8"),
      control("app-fixture", ["Source: app-src (1.0)"]),
    );
    assert.equal(await readFile(join(root, "var/lib/dpkg/status.d/libfixture1"), "utf8"), control("libfixture1"));
    assert.equal(
      await readFile(join(root, "var/lib/dpkg/status.d/libfixture1.md5sums"), "utf8"),
      "00000000000000000000000000000000  usr/lib/x86_64-linux-gnu/big.so\n",
      "the package's own md5sums, verbatim",
    );
    // dpkg-deb does not generate md5sums; ours lists regular files by the package's own paths.
    const generated = await readFile(join(root, "var/lib/dpkg/status.d/app-fixture.md5sums"), "utf8");
    const md5 = (text: string) => createHash("md5").update(text).digest("hex");
    assert.ok(generated.includes(`${md5("#!/bin/sh\necho app\n")}  bin/app\n`), generated);
    assert.ok(generated.includes(`${md5("#!/bin/sh\necho app\n")}  bin/app-hard\n`), generated);
    assert.ok(generated.includes(`${md5("key=value\n")}  etc/app/secret.conf\n`), generated);
    assert.ok(!generated.includes("app-link"), "symlinks are not in md5sums");
    const { stdout } = await run("sh", ["-c", `cd ${root}/var/lib/dpkg/status.d && ls`]);
    assert.deepEqual(stdout.trim().split("\n"), [
      "app-fixture",
      "app-fixture.md5sums",
      "libfixture1",
      "libfixture1.md5sums",
    ]);
  });

  it("without a merged-usr base, ./bin stays a directory", async () => {
    const outFile = join(work, "unmerged.tar.gz");
    await buildPackageLayer({ debs: [{ path: appDeb }], mergedUsr: {}, sourceDateEpoch: EPOCH, outFile });
    const { stdout } = await run("tar", ["-tzf", outFile]);
    assert.ok(stdout.split("\n").includes("bin/app"), stdout);
    assert.ok(stdout.split("\n").includes("bin/"), stdout);
  });

  it("gives the same bytes in separate processes with different TZ, umask and input order", async () => {
    const script = (debs: string[], out: string) =>
      `import { buildPackageLayer } from "@image-actions/build";
       const layer = await buildPackageLayer({ debs: ${JSON.stringify(debs.map((path) => ({ path })))}, mergedUsr: ${JSON.stringify(MERGED_USR)}, sourceDateEpoch: ${EPOCH}, outFile: ${JSON.stringify(out)} });
       console.log(JSON.stringify({ digest: layer.digest, diffId: layer.diffId, rss: process.memoryUsage().rss }));`;
    const outA = join(work, "a.tar.gz");
    const outB = join(work, "b.tar.gz");
    const runIn = (tz: string, umask: string, debs: string[], out: string) =>
      run(
        "sh",
        ["-c", `umask ${umask} && exec "$0" --input-type=module -e "$1"`, process.execPath, script(debs, out)],
        {
          cwd: process.cwd(),
          env: { ...process.env, TZ: tz },
        },
      );
    const [a, b] = await Promise.all([
      runIn("UTC", "022", [appDeb, libDeb], outA),
      runIn("Pacific/Kiritimati", "077", [libDeb, appDeb], outB),
    ]);
    const resultA = JSON.parse(a.stdout);
    const resultB = JSON.parse(b.stdout);
    assert.equal(resultA.digest, resultB.digest);
    assert.equal(resultA.diffId, resultB.diffId);
    assert.ok((await readFile(outA)).equals(await readFile(outB)));
    // The layer holds a 50 MB incompressible file; the process should not hold it whole, let alone twice.
    assert.ok(resultA.rss < 250 * 1024 * 1024, `rss ${resultA.rss}`);
  });

  it("a path two packages ship (one through merged-usr) is the later package's, in name order", async () => {
    for (const debs of [
      [appDeb, overrideDeb],
      [overrideDeb, appDeb],
    ]) {
      const outFile = join(work, "override.tar.gz");
      const layer = await buildPackageLayer({
        debs: debs.map((path) => ({ path })),
        mergedUsr: MERGED_USR,
        sourceDateEpoch: EPOCH,
        outFile,
      });
      const { stdout } = await run("tar", ["-xzOf", outFile, "usr/bin/app"]);
      assert.equal(stdout, "override\n");
      assert.deepEqual(
        layer.packages.map((pkg) => pkg.name),
        ["app-fixture", "zz-override"],
      );
    }
  });

  it("refuses two .debs of the same package and a .deb that is not one", async () => {
    await assert.rejects(
      buildPackageLayer({
        debs: [{ path: appDeb }, { path: appDeb }],
        mergedUsr: {},
        sourceDateEpoch: EPOCH,
        outFile: join(work, "dup.tar.gz"),
      }),
      (error: Error) => error instanceof DebianError && /two \.debs for package app-fixture/.test(error.message),
    );
    const notDeb = join(work, "not.deb");
    await writeFile(notDeb, "hello");
    await assert.rejects(
      buildPackageLayer({
        debs: [{ path: notDeb }],
        mergedUsr: {},
        sourceDateEpoch: EPOCH,
        outFile: join(work, "bad.tar.gz"),
      }),
      DebianError,
    );
  });
});
