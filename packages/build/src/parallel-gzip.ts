/**
 * A gzip stream (RFC 1952, one member) made of independently deflated fixed-size blocks, as pigz
 * makes it: the input is cut into GZIP_BLOCK-byte blocks, each deflated on its own
 * (block-deflate.ts) with the 32 KiB before it as dictionary, in worker threads once the stream is
 * large enough to pay for them; the blocks are written in order, then an empty final block, then the
 * CRC-32 and length of the whole input. The bytes depend only on the input, the block size and the
 * level: not on the number of workers, the machine, the order blocks finish in or the Node version
 * (pako, pure JS and pinned, does the deflating; CRC-32 is arithmetic).
 *
 * Small streams never start a worker: up to PARALLEL_FROM bytes the blocks are deflated on the
 * calling thread — the same bytes, without the ~30–50 ms a worker takes to start. Memory: at most
 * one block per worker and one more are in flight.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { crc32 } from "node:zlib";
import { deflateBlock } from "./block-deflate.ts";
import type { DeflateJob, DeflateResult } from "./deflate-worker.ts";

/** Deflate input per block: large enough that the per-block flush and restart cost little ratio. */
export const GZIP_BLOCK = 1024 * 1024;
/** Deflate's window: what each block is primed with from the input before it. */
const DICTIONARY_BYTES = 32 * 1024;
/** A stream up to this size is deflated on the calling thread (measured: below it, starting workers costs more than it saves). */
export const PARALLEL_FROM = 4 * GZIP_BLOCK;
const MAX_WORKERS = 4;
/** RFC 1952 §2.3: ID1 ID2, CM=8 (deflate), no flags, MTIME 0, XFL 0, OS 3 (Unix) — what pako and gzip -n write. */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3);
/** An empty fixed-Huffman block with BFINAL set (RFC 1951 §3.2.3 and §3.2.6): the stream's end. */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

export interface ParallelGzipOptions {
  level: number;
  /** Worker threads once the stream passes PARALLEL_FROM; default: the available cores, at most 4. Never changes the bytes. */
  workers?: number;
  /** Where the compressed bytes go, in order; awaited (back-pressure). */
  emit: (bytes: Uint8Array) => Promise<void>;
}

export class ParallelGzip {
  readonly #level: number;
  readonly #workerCount: number;
  readonly #emit: (bytes: Uint8Array) => Promise<void>;
  #pool: DeflatePool | undefined;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #dictionary: Uint8Array = new Uint8Array(0);
  #inputBytes = 0;
  #crc = 0;
  #sequence = 0;
  /** Blocks deflating or deflated, in stream order, not yet emitted. */
  #inFlight: Array<Promise<Uint8Array>> = [];
  #started = false;

  constructor(options: ParallelGzipOptions) {
    this.#level = options.level;
    this.#workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), MAX_WORKERS));
    this.#emit = options.emit;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.#started) {
      this.#started = true;
      await this.#emit(GZIP_HEADER);
    }
    this.#crc = crc32(bytes, this.#crc);
    this.#inputBytes += bytes.length;
    this.#pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes < GZIP_BLOCK) return;
    const joined = Buffer.concat(this.#pending);
    let offset = 0;
    for (; offset + GZIP_BLOCK <= joined.length; offset += GZIP_BLOCK)
      await this.#submit(joined.subarray(offset, offset + GZIP_BLOCK));
    const tail = joined.subarray(offset);
    this.#pending = tail.length > 0 ? [Buffer.from(tail)] : [];
    this.#pendingBytes = tail.length;
  }

  /** Deflates what is left, writes the end of the stream and stops the workers. */
  async end(): Promise<void> {
    try {
      if (!this.#started) {
        this.#started = true;
        await this.#emit(GZIP_HEADER);
      }
      if (this.#pendingBytes > 0) await this.#submit(Buffer.concat(this.#pending));
      this.#pending = [];
      while (this.#inFlight.length > 0) await this.#emit(await (this.#inFlight.shift() as Promise<Uint8Array>));
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(this.#crc >>> 0, 0);
      // RFC 1952 §2.3.1: ISIZE is the input's length modulo 2^32.
      trailer.writeUInt32LE(this.#inputBytes % 2 ** 32, 4);
      await this.#emit(FINAL_EMPTY_BLOCK);
      await this.#emit(trailer);
    } finally {
      this.close();
    }
  }

  /** Stops the workers (after a failure, or once ended). */
  close(): void {
    this.#pool?.close();
    this.#pool = undefined;
  }

  async #submit(block: Buffer): Promise<void> {
    // The block's own copy: `block` may be a view of a buffer reused or transferred later.
    const own = new Uint8Array(block);
    // Every block but the last is GZIP_BLOCK ≥ 32 KiB long, so the window before a block is the
    // previous block's tail.
    const dictionary = this.#dictionary;
    this.#dictionary = own.slice(Math.max(0, own.length - DICTIONARY_BYTES));
    const sequence = this.#sequence++;
    if (this.#inputBytes <= PARALLEL_FROM && !this.#pool) {
      this.#inFlight.push(Promise.resolve(deflateBlock(own, dictionary, this.#level)));
    } else {
      this.#pool ??= new DeflatePool(this.#workerCount);
      const result = this.#pool.deflate({
        sequence,
        block: own,
        dictionary,
        level: this.#level,
      });
      result.catch(() => undefined);
      this.#inFlight.push(result);
    }
    while (this.#inFlight.length > this.#workerCount + 1 || (this.#inFlight.length > 0 && !this.#pool))
      await this.#emit(await (this.#inFlight.shift() as Promise<Uint8Array>));
  }
}

/** Worker threads running deflate-worker; jobs go to whichever is least busy. */
class DeflatePool {
  readonly #workers: Array<{ worker: Worker; busy: number }>;
  readonly #waiting = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();

  constructor(count: number) {
    this.#workers = Array.from({ length: count }, () => {
      // None of the parent's flags: `--input-type` or `--eval` (a script run with `node -e`) are
      // refused in a worker, and deflating needs none.
      // A small young generation: each block leaves ~1.5 MiB of garbage (pako's state, the block,
      // its output), and V8's default nursery let two workers hold ~130 MiB of it between collections.
      const worker = new Worker(workerFile(), {
        execArgv: [],
        resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 },
      });
      worker.unref();
      const entry = { worker, busy: 0 };
      worker.on("message", (result: DeflateResult) => {
        entry.busy--;
        const waiting = this.#waiting.get(result.sequence);
        this.#waiting.delete(result.sequence);
        if ("error" in result) waiting?.reject(new Error(`gzip block ${result.sequence}: ${result.error}`));
        else waiting?.resolve(result.deflated);
      });
      worker.on("error", (error) => this.#failAll(error));
      worker.on("exit", (code) => {
        if (this.#waiting.size > 0) this.#failAll(new Error(`a deflate worker exited with code ${code}`));
      });
      return entry;
    });
  }

  deflate(job: DeflateJob): Promise<Uint8Array> {
    const entry = this.#workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
    entry.busy++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(job.sequence, { resolve, reject });
      entry.worker.postMessage(job, [job.block.buffer as ArrayBuffer]);
    });
  }

  close(): void {
    for (const { worker } of this.#workers) void worker.terminate();
  }

  #failAll(error: Error): void {
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }
}

/**
 * The worker's file: deflate-worker.ts beside this module when running from source; in a bundle
 * (dist/<action>/index.js), the deflate-worker.js scripts/build.ts writes beside it.
 */
function workerFile(): URL {
  const name = import.meta.url.endsWith(".ts") ? "deflate-worker.ts" : "deflate-worker.js";
  return new URL(name, import.meta.url);
}
