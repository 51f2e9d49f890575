/**
 * A tar + gzip writer whose bytes depend only on what is written to it. Headers are POSIX ustar
 * (numeric owners, empty user/group names, no atime/ctime); a path or link target that does not fit
 * ustar's name/prefix fields gets a PAX extended header holding only `path`/`linkpath`, named and
 * dated from the entry itself, so it is as deterministic as the rest. Compression is pako (a pure-JS
 * port of zlib's deflate, pinned), in independent 1 MiB blocks deflated in worker threads
 * (parallel-gzip.ts), with a gzip header carrying no file name and mtime 0: the blob is the same on
 * any Node or zlib version and with any number of cores. The uncompressed tar and the
 * gzip stream are hashed as they flow (diff_id and digest), and the output is written with
 * back-pressure, so a large body costs a few blocks of memory.
 */
import { createHash, type Hash } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import type { Readable } from "node:stream";
import { GZIP_BLOCK, ParallelGzip } from "./parallel-gzip.ts";

const BLOCK = 512;
/** Deflate input is cut into independent blocks of this size (parallel-gzip.ts); the bytes depend on it. */
export const DEFLATE_BLOCK = GZIP_BLOCK;
/**
 * Fixed so the blob never changes with a default. 4, not zlib's usual 6: with pako, 6 takes about
 * 1.8× as long on binaries for ~5% smaller blobs (50 MB of /usr/bin: 3.5 s → 16.9 MB vs 6.3 s → 16.1 MB).
 */
export const GZIP_LEVEL = 4;
/**
 * The pako the blobs are made with (pinned in package.json; test/integration/build-layer-cache.test.ts checks the two agree). A
 * different deflate may emit different bytes for the same tar, so the layer cache keys on it.
 */
export const PAKO_VERSION = "3.0.3";
/** The largest value ustar's 12-byte octal size field holds (8 GiB - 1). */
const MAX_OCTAL_SIZE = 0o77777777777;
const MAX_OCTAL_ID = 0o7777777;

export type TarEntryType = "file" | "directory" | "symlink" | "link" | "character-device" | "block-device" | "fifo";

export interface TarEntryHeader {
  /** Path from the root, no leading `./` or `/`; directories without a trailing `/` (added here). */
  path: string;
  type: TarEntryType;
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since the epoch. */
  mtime: number;
  /** Bytes of content; regular files only. */
  size?: number;
  /** Symlink target, or the archive path a hard link points to. */
  linkname?: string;
  devmajor?: number;
  devminor?: number;
}

const TYPEFLAG: Record<TarEntryType, string> = {
  file: "0",
  link: "1",
  symlink: "2",
  "character-device": "3",
  "block-device": "4",
  directory: "5",
  fifo: "6",
};

export interface WrittenLayer {
  /** sha256 of the gzip blob. */
  digest: string;
  /** sha256 of the uncompressed tar. */
  diffId: string;
  /** Bytes of the gzip blob. */
  size: number;
}

export class DeterministicTarGzWriter {
  readonly #out: WriteStream;
  readonly #tarHash: Hash = createHash("sha256");
  readonly #gzHash: Hash = createHash("sha256");
  readonly #gzip: ParallelGzip;
  #gzSize = 0;
  #failed: Error | undefined;

  /** `workers`: deflate threads for a large layer (default: the cores); never changes the bytes. */
  constructor(outFile: string, options: { workers?: number } = {}) {
    this.#out = createWriteStream(outFile);
    this.#out.on("error", (error) => {
      this.#failed = error;
    });
    this.#gzip = new ParallelGzip({
      level: GZIP_LEVEL,
      ...(options.workers ? { workers: options.workers } : {}),
      emit: (bytes) => this.#emitCompressed(bytes),
    });
  }

  /** Writes one entry; `body` (regular files only) must yield exactly `header.size` bytes. */
  add(header: TarEntryHeader, body?: Readable | Buffer): Promise<void> {
    return writeTarEntry(header, body, (bytes) => this.#write(bytes));
  }

  /** Writes the end-of-archive marker, flushes the compressor and closes the file. */
  async finish(): Promise<WrittenLayer> {
    await this.#write(Buffer.alloc(BLOCK * 2));
    await this.#gzip.end();
    await new Promise<void>((resolve, reject) => {
      this.#out.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    if (this.#failed) throw this.#failed;
    return {
      digest: `sha256:${this.#gzHash.digest("hex")}`,
      diffId: `sha256:${this.#tarHash.digest("hex")}`,
      size: this.#gzSize,
    };
  }

  /** Stops writing after a failure: closes the file without finishing it, and stops the workers. */
  abort(): void {
    this.#gzip.close();
    this.#out.destroy();
  }

  async #write(bytes: Buffer): Promise<void> {
    if (this.#failed) throw this.#failed;
    this.#tarHash.update(bytes);
    await this.#gzip.write(bytes);
  }

  async #emitCompressed(chunk: Uint8Array): Promise<void> {
    if (this.#failed) throw this.#failed;
    this.#gzHash.update(chunk);
    this.#gzSize += chunk.length;
    if (!this.#out.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        this.#out.once("error", onError);
        this.#out.once("drain", () => {
          this.#out.off("error", onError);
          resolve();
        });
      });
    }
    if (this.#failed) throw this.#failed;
  }
}

/**
 * The same tar as DeterministicTarGzWriter writes, hashed and thrown away: no deflate, no file. The
 * layer cache uses it to learn the diff_id its inputs make without paying for compression.
 */
export class TarDiffIdWriter {
  readonly #tarHash: Hash = createHash("sha256");

  add(header: TarEntryHeader, body?: Readable | Buffer): Promise<void> {
    return writeTarEntry(header, body, async (bytes) => {
      this.#tarHash.update(bytes);
    });
  }

  async finish(): Promise<{ diffId: string }> {
    this.#tarHash.update(Buffer.alloc(BLOCK * 2));
    return { diffId: `sha256:${this.#tarHash.digest("hex")}` };
  }

  abort(): void {}
}

async function writeTarEntry(
  header: TarEntryHeader,
  body: Readable | Buffer | undefined,
  write: (bytes: Buffer) => Promise<void>,
): Promise<void> {
  const size = header.type === "file" ? (header.size ?? 0) : 0;
  for (const block of encodeHeaders(header, size)) await write(block);
  if (size === 0) return;
  if (!body) throw new Error(`tar entry ${header.path}: ${size} bytes declared and no body`);
  let written = 0;
  if (Buffer.isBuffer(body)) {
    await write(body);
    written = body.length;
  } else {
    for await (const chunk of body) {
      written += (chunk as Buffer).length;
      if (written > size) break;
      await write(chunk as Buffer);
    }
  }
  if (written !== size) throw new Error(`tar entry ${header.path}: the body has ${written} bytes, not ${size}`);
  const padding = (BLOCK - (size % BLOCK)) % BLOCK;
  if (padding) await write(Buffer.alloc(padding));
}

/** The header block(s) for one entry: a PAX header first when the path or link does not fit. */
export function encodeHeaders(header: TarEntryHeader, size: number): Buffer[] {
  if (size > MAX_OCTAL_SIZE) throw new Error(`tar entry ${header.path}: ${size} bytes is over ustar's 8 GiB`);
  for (const [what, id] of [
    ["uid", header.uid],
    ["gid", header.gid],
  ] as const)
    if (!Number.isInteger(id) || id < 0 || id > MAX_OCTAL_ID)
      throw new Error(`tar entry ${header.path}: ${what} ${id} does not fit a ustar header`);
  const path = header.type === "directory" ? `${header.path}/` : header.path;
  const linkname = header.linkname ?? "";
  const split = splitUstarName(path);
  const linkFits = Buffer.byteLength(linkname) <= 100;
  const records: string[] = [];
  if (!split) records.push(paxRecord("path", path));
  if (!linkFits) records.push(paxRecord("linkpath", linkname));
  const blocks: Buffer[] = [];
  if (records.length) {
    const pax = Buffer.from(records.join(""), "utf8");
    const paxName = `PaxHeaders/${lastComponent(header.path)}`.slice(0, 100);
    blocks.push(
      ustarHeader({ name: paxName, prefix: "" }, { ...header, type: "file", linkname: "" }, pax.length, "x"),
      pax,
    );
    const padding = (BLOCK - (pax.length % BLOCK)) % BLOCK;
    if (padding) blocks.push(Buffer.alloc(padding));
  }
  const fallbackName = { name: truncateBytes(path, 100), prefix: "" };
  blocks.push(
    ustarHeader(
      split ?? fallbackName,
      { ...header, linkname: linkFits ? linkname : truncateBytes(linkname, 100) },
      size,
    ),
  );
  return blocks;
}

function ustarHeader(
  name: { name: string; prefix: string },
  header: TarEntryHeader,
  size: number,
  typeflag = TYPEFLAG[header.type],
): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name.name, 0, 100, "utf8");
  writeOctal(block, header.mode & 0o7777, 100, 8);
  writeOctal(block, header.uid, 108, 8);
  writeOctal(block, header.gid, 116, 8);
  writeOctal(block, size, 124, 12);
  writeOctal(block, Math.max(0, Math.floor(header.mtime)), 136, 12);
  block.fill(" ", 148, 156);
  block.write(typeflag, 156, 1, "latin1");
  block.write(header.linkname ?? "", 157, 100, "utf8");
  block.write("ustar\u000000", 257, 8, "latin1");
  // uname/gname (265, 297) stay empty: owners are numeric only.
  if (header.type === "character-device" || header.type === "block-device") {
    writeOctal(block, header.devmajor ?? 0, 329, 8);
    writeOctal(block, header.devminor ?? 0, 337, 8);
  }
  block.write(name.prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8, "latin1");
  return block;
}

function writeOctal(block: Buffer, value: number, offset: number, length: number): void {
  block.write(`${value.toString(8).padStart(length - 1, "0")}\u0000`, offset, length, "latin1");
}

/** ustar's name (≤ 100 bytes) and prefix (≤ 155 bytes), split at a `/`; undefined when impossible. */
function splitUstarName(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: "" };
  // The last `/` is a directory's own trailing slash, which belongs in the name.
  const searchEnd = path.endsWith("/") ? path.length - 2 : path.length - 1;
  for (let slash = path.lastIndexOf("/", searchEnd); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
    const prefix = path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (Buffer.byteLength(name) > 100) return undefined;
    if (Buffer.byteLength(prefix) <= 155) return name ? { name, prefix } : undefined;
  }
  return undefined;
}

/** A PAX record: `<length> <key>=<value>\n`, the length counting itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyBytes = Buffer.byteLength(body);
  let length = bodyBytes + String(bodyBytes).length;
  if (String(length).length + bodyBytes !== length) length = bodyBytes + String(length).length;
  return `${length}${body}`;
}

function lastComponent(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function truncateBytes(text: string, bytes: number): string {
  const buffer = Buffer.from(text, "utf8");
  return buffer.length <= bytes ? text : buffer.subarray(0, bytes).toString("latin1");
}
