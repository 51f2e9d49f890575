/**
 * One block of a block-parallel gzip stream (parallel-gzip.ts), the way pigz makes its blocks: raw
 * deflate (RFC 1951) of the block alone, primed with the 32 KiB of input before it as the dictionary,
 * ended by a sync flush (an empty stored block, RFC 1951 §3.2.4, which also byte-aligns it) and never
 * a final block. Blocks made so concatenate into one valid deflate stream, and each block's bytes
 * depend only on its own input and the 32 KiB before it: not on which thread made it, nor in what
 * order. pako (pure JS, pinned) makes them, so the bytes are the same on every Node version.
 */
import { Deflate, Z_SYNC_FLUSH } from "pako";

export function deflateBlock(block: Uint8Array, dictionary: Uint8Array, level: number): Uint8Array {
  const deflate = new Deflate({ level, raw: true, ...(dictionary.length > 0 ? { dictionary } : {}) });
  const chunks: Uint8Array[] = [];
  deflate.onData = (chunk) => {
    chunks.push(chunk);
  };
  deflate.push(block, Z_SYNC_FLUSH);
  if (deflate.err) throw new Error(`deflate: ${deflate.msg}`);
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
