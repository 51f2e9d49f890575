// Reading .deb files natively: packages built at test time by dpkg-deb with each compression dpkg
// offers (gzip, xz, zstd, none) give back their control stanza, their maintainer scripts and every
// data entry with its content; a truncated or corrupted .deb, or a file that is no .deb, is refused
// with a DebianError naming the file.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { DebianError, readDebControl, readDebData } from "@image-actions/debian";

// execFile, not the support helper: these tools never read stdin, and a closed stdin pipe is noise.
const mustExec = (command: string, args: string[]) =>
  promisify(execFile)(command, args, { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });

const COMPRESSIONS = ["gzip", "xz", "zstd", "none"] as const;
const CONTROL = [
  "Package: hello-fixture",
  "Version: 1:2.0~rc1-3",
  "Architecture: amd64",
  "Maintainer: Test <test@example.invalid>",
  "Depends: libc6 (>= 2.36), libfoo1 | libbar1",
  "Description: a fixture",
  " built by the test with dpkg-deb.",
  "",
].join("\n");
const BIG_FILE_BYTES = 3 * 1024 * 1024;

let work: string;

/** A package tree with a binary-ish file, a symlink, a directory, and optionally a postinst. */
async function buildDeb(compression: string, withScripts: boolean): Promise<string> {
  const tree = join(work, `tree-${compression}-${withScripts}`);
  await mkdir(join(tree, "DEBIAN"), { recursive: true });
  await mkdir(join(tree, "usr", "bin"), { recursive: true });
  await mkdir(join(tree, "usr", "share", "hello"), { recursive: true });
  await writeFile(join(tree, "DEBIAN", "control"), CONTROL);
  if (withScripts) {
    await writeFile(join(tree, "DEBIAN", "postinst"), "#!/bin/sh\nexit 0\n");
    await writeFile(join(tree, "DEBIAN", "prerm"), "#!/bin/sh\nexit 0\n");
    await chmod(join(tree, "DEBIAN", "postinst"), 0o755);
    await chmod(join(tree, "DEBIAN", "prerm"), 0o755);
  }
  await writeFile(join(tree, "usr", "bin", "hello"), "#!/bin/sh\necho hello\n");
  await chmod(join(tree, "usr", "bin", "hello"), 0o755);
  // Incompressible bytes, so the data member spans many reads whatever the compression.
  const big = Buffer.alloc(BIG_FILE_BYTES);
  for (let index = 0; index < big.length; index += 4) big.writeUInt32LE((index * 2654435761) >>> 0, index);
  await writeFile(join(tree, "usr", "share", "hello", "blob"), big);
  await mustExec("ln", ["-s", "hello", join(tree, "usr", "bin", "hi")]);
  const deb = join(work, `hello-${compression}-${withScripts}.deb`);
  await mustExec("dpkg-deb", ["--root-owner-group", "-Z", compression, "--build", tree, deb]);
  return deb;
}

describe(".deb reading", () => {
  const debs = new Map<string, string>();
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "debian-deb-"));
    for (const compression of COMPRESSIONS) debs.set(compression, await buildDeb(compression, compression !== "none"));
  });
  after(() => rm(work, { recursive: true, force: true }));

  for (const compression of COMPRESSIONS) {
    it(`reads the control stanza of a ${compression} .deb, as dpkg-deb --field does`, async () => {
      const deb = debs.get(compression) as string;
      const { control } = await readDebControl(deb);
      assert.equal(control, CONTROL);
      const { stdout } = await mustExec("dpkg-deb", ["--field", deb, "Depends"]);
      assert.match(control, new RegExp(`^Depends: ${stdout.trim().replace(/[|()]/g, "\\$&")}$`, "m"));
    });

    it(`lists every data entry of a ${compression} .deb with its content, as dpkg-deb --contents does`, async () => {
      const deb = debs.get(compression) as string;
      const seen = new Map<string, { type: string; size: number; linkname?: string | null }>();
      let blob: Buffer | undefined;
      await readDebData(deb, async ({ header, body }) => {
        const chunks: Buffer[] = [];
        for await (const chunk of body) chunks.push(chunk as Buffer);
        const content = Buffer.concat(chunks);
        seen.set(header.name, { type: String(header.type), size: content.length, linkname: header.linkname });
        if (header.name.endsWith("/blob")) blob = content;
      });
      const { stdout } = await mustExec("sh", ["-c", 'dpkg-deb --fsys-tarfile "$1" | tar -t', "sh", deb]);
      assert.deepEqual([...seen.keys()].sort(), stdout.trim().split("\n").sort());
      assert.deepEqual(seen.get("./usr/bin/hi"), { type: "symlink", size: 0, linkname: "hello" });
      assert.equal(seen.get("./usr/bin/hello")?.size, "#!/bin/sh\necho hello\n".length);
      const { stdout: expected } = await mustExec("sh", [
        "-c",
        'dpkg-deb --fsys-tarfile "$1" | tar -xO ./usr/share/hello/blob | sha256sum',
        "sh",
        deb,
      ]);
      assert.equal(
        createHash("sha256")
          .update(blob ?? Buffer.alloc(0))
          .digest("hex"),
        expected.split(" ")[0],
      );
    });
  }

  it("names the maintainer scripts a package carries, and none when it has none", async () => {
    assert.deepEqual((await readDebControl(debs.get("xz") as string)).maintainerScripts, ["postinst", "prerm"]);
    assert.deepEqual((await readDebControl(debs.get("none") as string)).maintainerScripts, []);
  });

  for (const compression of COMPRESSIONS) {
    it(`refuses a truncated ${compression} .deb, naming the file`, async () => {
      const copy = join(work, `truncated-${compression}.deb`);
      await writeFile(copy, await readFile(debs.get(compression) as string));
      await truncate(copy, Math.floor(BIG_FILE_BYTES / 2));
      await assert.rejects(
        readDebData(copy, async ({ body }) => void body.resume()),
        (error: Error) =>
          error instanceof DebianError && error.message.includes(copy) && /truncated/.test(error.message),
      );
    });
  }

  for (const compression of ["gzip", "xz", "zstd"]) {
    it(`refuses a ${compression} .deb whose data member is corrupted inside, naming the file`, async () => {
      const bytes = await readFile(debs.get(compression) as string);
      // Overwrite a stretch in the middle of data.tar.*, well past its compression header.
      bytes.fill(0x5a, bytes.length - 200_000, bytes.length - 100_000);
      const copy = join(work, `corrupt-${compression}.deb`);
      await writeFile(copy, bytes);
      await assert.rejects(
        readDebData(copy, async ({ body }) => void body.resume()),
        (error: Error) => error instanceof DebianError && error.message.includes(copy) && /corrupt/.test(error.message),
      );
    });
  }

  for (const [what, bytes] of [
    ["an empty file", Buffer.alloc(0)],
    ["a tar file", Buffer.alloc(1024)],
    ["an ar archive without debian-binary", Buffer.from("!<arch>\n")],
  ] as const) {
    it(`refuses ${what} as a .deb`, async () => {
      const path = join(work, `${what.replaceAll(" ", "-")}.deb`);
      await writeFile(path, bytes);
      await assert.rejects(
        readDebControl(path),
        (error: Error) => error instanceof DebianError && error.message.startsWith(`${path}: not a valid .deb`),
      );
    });
  }
});
