/**
 * Content digests (`algorithm:hex`) and verification of bytes against them as they flow, so that no
 * byte read from a registry is trusted before its digest and size are checked.
 */
import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { DigestMismatchError, InvalidInputError } from "./errors.ts";

const HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 };

export function parseDigest(text: string): string {
  const match = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(text);
  if (!match) throw new InvalidInputError("digest", text, "expected algorithm:hex, e.g. sha256:<64 hex digits>");
  const [, algorithm, hex] = match as unknown as [string, string, string];
  const length = HEX_LENGTH[algorithm];
  if (length === undefined)
    throw new InvalidInputError("digest", text, `unsupported algorithm '${algorithm}' (sha256 or sha512)`);
  if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
    throw new InvalidInputError("digest", text, `${algorithm} needs ${length} lowercase hex digits`);
  }
  return text;
}

function algorithmOf(digest: string): string {
  return digest.slice(0, digest.indexOf(":"));
}

export function digestOf(data: Uint8Array, algorithm = "sha256"): string {
  return `${algorithm}:${createHash(algorithm).update(data).digest("hex")}`;
}

/** Throws unless `data` is exactly the content `digest` (and `size`, when given) names. */
export function verifyContent(data: Uint8Array, digest: string, size?: number): void {
  if (size !== undefined && data.length !== size) {
    throw new DigestMismatchError(digest, `expected ${size} bytes, got ${data.length}`);
  }
  const actual = digestOf(data, algorithmOf(digest));
  if (actual !== digest) throw new DigestMismatchError(digest, `the bytes hash to ${actual}`);
}

/**
 * A pass-through stream that hashes what flows and fails at the end if the digest or size differs.
 * Bytes already passed on may be partial; consumers must not commit them until the stream ends
 * cleanly (a registry upload does not, because the registry checks the digest too).
 */
export class DigestVerifier extends Transform {
  readonly expected: string;
  readonly expectedSize: number | undefined;
  private readonly hash: Hash;
  private bytes = 0;

  constructor(expected: string, expectedSize?: number, alreadyHashed?: { hash: Hash; bytes: number }) {
    super();
    this.expected = expected;
    this.expectedSize = expectedSize;
    this.hash = alreadyHashed?.hash ?? createHash(algorithmOf(expected));
    this.bytes = alreadyHashed?.bytes ?? 0;
  }

  get bytesSeen(): number {
    return this.bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
      callback(new DigestMismatchError(this.expected, `more than the expected ${this.expectedSize} bytes`));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
      callback(new DigestMismatchError(this.expected, `expected ${this.expectedSize} bytes, got ${this.bytes}`));
      return;
    }
    const actual = `${algorithmOf(this.expected)}:${this.hash.digest("hex")}`;
    callback(actual === this.expected ? null : new DigestMismatchError(this.expected, `the bytes hash to ${actual}`));
  }
}
