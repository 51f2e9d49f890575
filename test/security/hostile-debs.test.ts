// Hostile .debs against the package-to-layer step (buildPackageLayer, which build-distroless runs
// for archive and local .debs alike). Each .deb is assembled here byte by byte (ar, control.tar.gz,
// data.tar.xz through the real xz), because dpkg-deb refuses to build most of them. Every one is
// refused with a one-line DebianError naming the package and the member, and no layer is written:
// OCI whiteouts (`etc/.wh.passwd`, the opaque `status.d/.wh..wh..opq`, a `.wh.` directory), block
// and character devices and a FIFO, control characters (a newline forging an md5sums line, DEL, C1
// NEL, a newline in a symlink target), and decompression bombs (one huge entry, many entries, zeros
// after the archive's end, and a 1 GiB entry under the default limits), the bombs stopped by limits
// given as a plain argument so no test writes more than a few MiB. A normal package still builds,
// and so does the most compressible real package in Debian 12 (251:1) under the default limits.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { buildPackageLayer } from "@image-actions/build";
import { DebianError, type DebUnpackLimits } from "@image-actions/debian";
import { pack } from "tar-stream";
import { mustExec } from "../support/exec.ts";
import { makeDeb } from "../support/local-debs.ts";

const EPOCH = 1_700_000_000;
const MIB = 1024 * 1024;
const REAL_DEB_CACHE = join(homedir(), ".cache", "image-actions", "test-debs", "hostile-debs");
/** Bookworm's highest expansion: a 178 kB data.tar.xz that unpacks to 44.7 MB of tar (251:1). */
const MOST_COMPRESSIBLE_REAL_PACKAGE = "librust-alacritty-terminal-dev";

type Entry = {
  name: string;
  type?: "file" | "directory" | "symlink" | "link" | "character-device" | "block-device" | "fifo";
  content?: Buffer | string;
  mode?: number;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
};

interface RawDeb {
  name: string;
  entries: Entry[];
  /** Bytes appended to data.tar after its end-of-archive blocks. */
  trailingZeros?: number;
  /** Raw data.tar bytes instead of `entries` (for a header whose body never comes). */
  dataTar?: Buffer;
}

async function tarOf(entries: Entry[]): Promise<Buffer> {
  const archive = pack();
  const collected = (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of archive) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  for (const { content, ...fields } of entries) {
    const header = { mode: 0o644, uid: 0, gid: 0, mtime: new Date(EPOCH * 1000), ...fields };
    if (content === undefined) archive.entry(header);
    else archive.entry(header, Buffer.from(content));
  }
  archive.finalize();
  return collected;
}

function xz(bytes: Buffer): Buffer {
  const result = spawnSync("xz", ["-c", "-6", "--format=xz"], { input: bytes, maxBuffer: 256 * MIB });
  assert.equal(result.status, 0, `xz: ${result.stderr}`);
  return result.stdout;
}

function gzip(bytes: Buffer): Buffer {
  const result = spawnSync("gzip", ["-c", "-n"], { input: bytes, maxBuffer: 256 * MIB });
  assert.equal(result.status, 0, `gzip: ${result.stderr}`);
  return result.stdout;
}

/** An ar archive as deb(5) lays it out: a 60-byte header per member, data padded to even. */
function ar(members: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = [Buffer.from("!<arch>\n", "latin1")];
  for (const [name, data] of members) {
    const header =
      name.padEnd(16) +
      "0".padEnd(12) +
      "0".padEnd(6) +
      "0".padEnd(6) +
      "100644".padEnd(8) +
      String(data.length).padEnd(10) +
      "`\n";
    parts.push(Buffer.from(header, "latin1"), data);
    if (data.length % 2) parts.push(Buffer.from("\n"));
  }
  return Buffer.concat(parts);
}

async function writeRawDeb(dir: string, deb: RawDeb): Promise<string> {
  const control = [
    `Package: ${deb.name}`,
    "Version: 1.0",
    "Architecture: all",
    "Maintainer: Test <test@example.invalid>",
    "Description: a hostile package made by a test",
    "",
  ].join("\n");
  const controlTar = await tarOf([
    { name: "./", type: "directory", mode: 0o755 },
    { name: "./control", content: control },
  ]);
  let dataTar: Buffer = deb.dataTar ?? (await tarOf(deb.entries));
  if (deb.trailingZeros) dataTar = Buffer.concat([dataTar, Buffer.alloc(deb.trailingZeros)]);
  const file = join(dir, `${deb.name}_1.0_all.deb`);
  await writeFile(
    file,
    ar([
      ["debian-binary", Buffer.from("2.0\n")],
      ["control.tar.gz", gzip(controlTar)],
      ["data.tar.xz", xz(dataTar)],
    ]),
  );
  return file;
}

/** A ustar header for a regular file of `size` bytes, and nothing after it. */
async function headerOnlyTar(name: string, size: number): Promise<Buffer> {
  const whole = await tarOf([{ name, content: Buffer.alloc(0) }]);
  const header = Buffer.from(whole.subarray(0, 512));
  header.write(`${size.toString(8).padStart(11, "0")}\0`, 124, "latin1");
  header.fill(" ", 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
  return header;
}

interface Case {
  name: string;
  deb: RawDeb;
  limits?: DebUnpackLimits;
  /** What the one-line refusal says after naming the package. */
  refusal: RegExp;
}

const dirs = (...names: string[]): Entry[] => names.map((name) => ({ name, type: "directory", mode: 0o755 }));
const SMALL_LIMITS: DebUnpackLimits = {
  maxUnpackedBytes: 1024 * MIB,
  maxExpansionRatio: 1000,
  ratioFloorBytes: 1 * MIB,
};

const CASES: Case[] = [
  {
    name: "a whiteout of the base's /etc/passwd",
    deb: { name: "wh-passwd", entries: [...dirs("./", "./etc/"), { name: "./etc/.wh.passwd", content: "" }] },
    refusal: /data\.tar member "etc\/\.wh\.passwd" is named like an OCI whiteout/,
  },
  {
    name: "an opaque whiteout hiding every base status.d record",
    deb: {
      name: "wh-opaque",
      entries: [
        ...dirs("./", "./var/", "./var/lib/", "./var/lib/dpkg/", "./var/lib/dpkg/status.d/"),
        { name: "./var/lib/dpkg/status.d/.wh..wh..opq", content: "" },
      ],
    },
    refusal: /data\.tar member "var\/lib\/dpkg\/status\.d\/\.wh\.\.wh\.\.opq" is named like an OCI whiteout/,
  },
  {
    name: "a directory named as a whiteout",
    deb: {
      name: "wh-directory",
      entries: [...dirs("./", "./usr/", "./usr/.wh.lib/"), { name: "./usr/.wh.lib/x", content: "x" }],
    },
    refusal: /data\.tar member "usr\/\.wh\.lib" is named like an OCI whiteout/,
  },
  {
    name: "a block device (brw-rw-rw- usr/sda)",
    deb: {
      name: "block-device",
      entries: [
        ...dirs("./", "./usr/"),
        { name: "./usr/sda", type: "block-device", mode: 0o666, devmajor: 8, devminor: 0 },
      ],
    },
    refusal: /data\.tar member "usr\/sda" is a block-device; Debian Policy §10\.6/,
  },
  {
    name: "a character device (crw usr/kmem)",
    deb: {
      name: "char-device",
      entries: [
        ...dirs("./", "./usr/"),
        { name: "./usr/kmem", type: "character-device", mode: 0o600, devmajor: 1, devminor: 2 },
      ],
    },
    refusal: /data\.tar member "usr\/kmem" is a character-device; Debian Policy §10\.6/,
  },
  {
    name: "a FIFO",
    deb: { name: "fifo", entries: [...dirs("./", "./run/"), { name: "./run/pipe", type: "fifo", mode: 0o644 }] },
    refusal: /data\.tar member "run\/pipe" is a fifo; Debian Policy §10\.6/,
  },
  {
    name: "a newline in a path that would forge an md5sums line for etc/shadow",
    deb: {
      name: "newline-path",
      entries: [
        ...dirs("./", "./usr/"),
        { name: "./usr/x\n00000000000000000000000000000000  etc/shadow", content: "forged" },
      ],
    },
    refusal: /data\.tar member "usr\/x\\n0{32} {2}etc\/shadow" has a control character in its path/,
  },
  {
    name: "a DEL in a path",
    deb: { name: "del-path", entries: [...dirs("./", "./usr/"), { name: "./usr/a\u007fb", content: "x" }] },
    refusal: /data\.tar member "usr\/a\\u007fb" has a control character in its path/,
  },
  {
    name: "a C1 control (NEL) in a path",
    deb: { name: "nel-path", entries: [...dirs("./", "./usr/"), { name: "./usr/a\u0085::warning::b", content: "x" }] },
    refusal: /data\.tar member "usr\/a\\u0085::warning::b" has a control character in its path/,
  },
  {
    name: "a newline in a symlink target",
    deb: {
      name: "newline-link",
      entries: [...dirs("./", "./usr/"), { name: "./usr/link", type: "symlink", linkname: "target\nforged" }],
    },
    refusal: /data\.tar member "usr\/link" links to "target\\nforged", which has a control character/,
  },
  {
    name: "a bomb: one entry expanding far past the ratio (refused at its header)",
    deb: {
      name: "bomb-entry",
      entries: [...dirs("./", "./usr/"), { name: "./usr/zeros", content: Buffer.alloc(32 * MIB) }],
    },
    limits: SMALL_LIMITS,
    refusal:
      /data\.tar\.xz entry "\.\/usr\/zeros" would take it to more than \d+ bytes \(an expansion past 1000:1 of its \d+ compressed bytes, beyond a floor of 1048576\); refused as a decompression bomb/,
  },
  {
    name: "a bomb: many entries, each small, past the cap on any package",
    deb: {
      name: "bomb-many",
      entries: [
        ...dirs("./", "./usr/"),
        ...Array.from({ length: 48 }, (_, index) => ({
          name: `./usr/zeros-${index}`,
          content: Buffer.alloc(256 * 1024),
        })),
      ],
    },
    limits: { maxUnpackedBytes: 4 * MIB, maxExpansionRatio: 1_000_000, ratioFloorBytes: 1 * MIB },
    refusal:
      /data\.tar\.xz entry "\.\/usr\/zeros-\d+" would take it to more than 4194304 bytes \(the cap on any package\)/,
  },
  {
    name: "a bomb: zeros after the archive's end, which no entry declares",
    deb: {
      name: "bomb-trailer",
      entries: [...dirs("./", "./usr/"), { name: "./usr/x", content: "x" }],
      trailingZeros: 32 * MIB,
    },
    limits: SMALL_LIMITS,
    refusal:
      /data\.tar\.xz unpacks to more than \d+ bytes \(an expansion past 1000:1 .*\); refused as a decompression bomb/,
  },
];

describe("hostile .debs are refused by the package-to-layer step", () => {
  let work: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "hostile-debs-"));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  /** Builds the case's .deb into a layer, expecting the refusal; then checks nothing was left behind. */
  async function assertRefused(testCase: Case): Promise<void> {
    const dir = join(work, testCase.deb.name);
    await mkdir(dir);
    const deb = await writeRawDeb(dir, testCase.deb);
    const outFile = join(dir, "layer.tar.gz");
    await assert.rejects(
      buildPackageLayer({
        debs: [{ path: deb }],
        mergedUsr: { bin: "usr/bin" },
        sourceDateEpoch: EPOCH,
        outFile,
        ...(testCase.limits ? { unpackLimits: testCase.limits } : {}),
      }),
      (error: Error) => {
        assert.ok(error instanceof DebianError, `${testCase.name}: ${error.name}: ${error.message}`);
        assert.match(error.message, new RegExp(`^package ${testCase.deb.name} 1\\.0: `), testCase.name);
        assert.match(error.message, testCase.refusal, testCase.name);
        assert.doesNotMatch(error.message, /[\n\r\u0085\u2028\u2029]/, `${testCase.name}: one line`);
        return true;
      },
      testCase.name,
    );
    assert.equal(await stat(outFile).catch(() => undefined), undefined, `${testCase.name}: a layer was written`);
    // The spool beside the layer is gone too: nothing of the bomb is left on disk.
    assert.deepEqual(await readdir(dir), [`${testCase.deb.name}_1.0_all.deb`], testCase.name);
  }

  for (const testCase of CASES)
    it(`refuses ${testCase.name}, in one line naming the package and the member, and writes no layer`, () =>
      assertRefused(testCase));

  it("refuses the issue's bomb under the default limits: a 1 GiB entry in a package of a few hundred bytes, at its header", async () =>
    assertRefused({
      name: "the default-limits bomb",
      deb: { name: "bomb-default", entries: [], dataTar: await headerOnlyTar("./usr/gigabyte", 1024 * MIB) },
      refusal:
        /data\.tar\.xz entry "\.\/usr\/gigabyte" would take it to more than 67108864 bytes \(an expansion past 1000:1 .*beyond a floor of 67108864\)/,
    }));

  it("still builds a normal package: files, a symlink, its status.d record", async () => {
    const dir = join(work, "normal");
    await mkdir(dir);
    const deb = await makeDeb(dir, {
      name: "normal-app",
      version: "1.0",
      architecture: "all",
      files: {
        "usr/bin/normal-app": { content: "#!/bin/sh\necho ok\n", mode: 0o755 },
        "usr/bin/normal-app-link": { symlink: "normal-app" },
        "etc/normal-app/.hidden.conf": { content: "a dot file is not a whiteout\n" },
      },
    });
    const outFile = join(dir, "layer.tar.gz");
    const layer = await buildPackageLayer({ debs: [{ path: deb }], mergedUsr: {}, sourceDateEpoch: EPOCH, outFile });
    assert.deepEqual(
      layer.packages.map(({ name, files }) => ({ name, files })),
      [{ name: "normal-app", files: 3 }],
    );
    const { stdout } = await mustExec("tar", ["-tzf", outFile]);
    for (const path of [
      "usr/bin/normal-app",
      "usr/bin/normal-app-link",
      "etc/normal-app/.hidden.conf",
      "var/lib/dpkg/status.d/normal-app",
    ])
      assert.ok(stdout.split("\n").includes(path), `${path} in ${stdout}`);
  });

  it(`builds the most compressible real package in Debian 12 (${MOST_COMPRESSIBLE_REAL_PACKAGE}, 251:1) under the default limits`, async () => {
    await mkdir(REAL_DEB_CACHE, { recursive: true });
    const cached = async () =>
      (await readdir(REAL_DEB_CACHE)).filter((name) => name.startsWith(`${MOST_COMPRESSIBLE_REAL_PACKAGE}_`));
    if ((await cached()).length === 0)
      await mustExec("apt-get", ["download", MOST_COMPRESSIBLE_REAL_PACKAGE], { cwd: REAL_DEB_CACHE });
    const [name] = await cached();
    assert.ok(name, `apt-get download ${MOST_COMPRESSIBLE_REAL_PACKAGE} left no .deb in ${REAL_DEB_CACHE}`);
    const outFile = join(work, "real-layer.tar.gz");
    const layer = await buildPackageLayer({
      debs: [{ path: join(REAL_DEB_CACHE, name) }],
      mergedUsr: {},
      sourceDateEpoch: EPOCH,
      outFile,
    });
    assert.equal(layer.packages[0]?.name, MOST_COMPRESSIBLE_REAL_PACKAGE);
    assert.ok((layer.packages[0]?.files ?? 0) > 0);
  });
});
