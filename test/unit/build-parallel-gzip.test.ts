// The block-parallel gzip layers are compressed with (parallel-gzip.ts): the same input gives the
// same bytes with 1, 2 and 4 deflate workers and whatever sizes it is written in; GNU gzip (an
// independent decoder) checks the stream and gives back exactly the input; the stream is what the
// format says — a fixed header, each 1 MiB block deflated on its own with the 32 KiB before it as
// dictionary, an empty final block, the CRC-32 and length — so no thread or scheduling can enter it;
// a stream too small for workers is the same format. A real layer (a generated 6 MiB package, GNU tar
// reading it back) has one digest for 1 and 4 workers.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { crc32 } from "node:zlib";
import { buildPackageLayer } from "@image-actions/build";
import { deflateBlock } from "../../packages/build/src/block-deflate.ts";
import { GZIP_BLOCK, PARALLEL_FROM, ParallelGzip } from "../../packages/build/src/parallel-gzip.ts";
import { GZIP_LEVEL } from "../../packages/build/src/tar-writer.ts";

const run = promisify(execFile);

/** Mixed content, as a layer has: incompressible runs, text, zeros; longer than PARALLEL_FROM and not a whole number of blocks. */
function sampleInput(): Buffer {
  const text = Buffer.from("Package: fixture\nVersion: 1.0\nDescription: some text that repeats\n".repeat(40_000));
  return Buffer.concat([randomBytes(1_500_000), text, Buffer.alloc(1_200_000), randomBytes(777_777)]);
}

async function gzipWith(input: Buffer, workers: number, chunk: number): Promise<Buffer> {
  const out: Uint8Array[] = [];
  const gzip = new ParallelGzip({
    level: GZIP_LEVEL,
    workers,
    emit: async (bytes) => {
      out.push(Buffer.from(bytes));
    },
  });
  for (let offset = 0; offset < input.length; offset += chunk) await gzip.write(input.subarray(offset, offset + chunk));
  await gzip.end();
  return Buffer.concat(out);
}

/** GNU gzip's reading of `gz`: it checks the CRC-32 and length itself. */
function gunzipWithGnuGzip(gz: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("gzip", ["-dc"], { stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`gzip -dc: ${code} ${stderr}`)),
    );
    child.stdin.end(gz);
  });
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("block-parallel gzip", () => {
  let input: Buffer;
  before(() => {
    input = sampleInput();
    assert.ok(input.length > PARALLEL_FROM && input.length % GZIP_BLOCK !== 0);
  });

  it("gives the same bytes with 1, 2 and 4 workers and any write size, and GNU gzip reads back the exact input", async () => {
    const reference = await gzipWith(input, 1, 64 * 1024);
    for (const [workers, chunk] of [
      [2, 64 * 1024],
      [4, 64 * 1024],
      [2, 1000],
      [4, 3 * GZIP_BLOCK + 17],
    ] as const)
      assert.equal(sha256(await gzipWith(input, workers, chunk)), sha256(reference), `${workers} workers, ${chunk}`);
    assert.ok(reference.length < input.length, "it compresses");
    assert.ok((await gunzipWithGnuGzip(reference)).equals(input));
  });

  it("is a header, each block deflated alone with the 32 KiB before it, an empty final block, CRC-32 and length", async () => {
    const parts: Buffer[] = [Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])];
    for (let offset = 0; offset < input.length; offset += GZIP_BLOCK) {
      const dictionary = input.subarray(Math.max(0, offset - 32 * 1024), offset);
      parts.push(Buffer.from(deflateBlock(input.subarray(offset, offset + GZIP_BLOCK), dictionary, GZIP_LEVEL)));
    }
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(input), 0);
    trailer.writeUInt32LE(input.length, 4);
    parts.push(Buffer.from([0x03, 0x00]), trailer);
    assert.equal(sha256(await gzipWith(input, 4, 256 * 1024)), sha256(Buffer.concat(parts)));
  });

  it("a stream below the worker threshold is the same format and reads back", async () => {
    const small = input.subarray(0, GZIP_BLOCK + 5000);
    const gz = await gzipWith(small, 4, 4096);
    assert.equal(sha256(gz), sha256(await gzipWith(small, 1, 100_000)));
    const first = Buffer.from(deflateBlock(small.subarray(0, GZIP_BLOCK), new Uint8Array(0), GZIP_LEVEL));
    assert.ok(gz.subarray(10, 10 + first.length).equals(first), "the first block stands alone");
    assert.ok((await gunzipWithGnuGzip(gz)).equals(small));
    const empty = await gzipWith(Buffer.alloc(0), 2, 1);
    assert.equal((await gunzipWithGnuGzip(empty)).length, 0);
  });
});

describe("a package layer over the worker threshold", () => {
  let work: string;
  let deb: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-parallel-gzip-"));
    const tree = join(work, "tree");
    await mkdir(join(tree, "DEBIAN"), { recursive: true });
    await mkdir(join(tree, "usr", "lib", "app"), { recursive: true });
    await writeFile(
      join(tree, "DEBIAN", "control"),
      "Package: big-app\nVersion: 1.0\nArchitecture: amd64\nMaintainer: Test <test@example.invalid>\nDescription: a fixture\n",
    );
    await writeFile(join(tree, "usr", "lib", "app", "data.bin"), sampleInput());
    deb = join(work, "big-app.deb");
    await run("dpkg-deb", ["--root-owner-group", "-Znone", "--build", tree, deb]);
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("has one digest for 1 and 4 workers, and GNU tar reads it", async () => {
    const layers = [];
    for (const workers of [1, 4])
      layers.push(
        await buildPackageLayer({
          debs: [{ path: deb }],
          mergedUsr: {},
          sourceDateEpoch: 1_700_000_000,
          outFile: join(work, `layer-${workers}.tar.gz`),
          deflateWorkers: workers,
        }),
      );
    const [one, four] = layers as [(typeof layers)[0], (typeof layers)[0]];
    assert.equal(four.digest, one.digest);
    assert.equal(four.diffId, one.diffId);
    assert.equal(`sha256:${sha256(await readFile(four.path))}`, four.digest);
    const { stdout } = await run("tar", ["-tzf", four.path], { maxBuffer: 16 * 1024 * 1024 });
    assert.ok(stdout.split("\n").includes("usr/lib/app/data.bin"));
  });
});
