/**
 * The worker thread parallel-gzip.ts starts: deflates the blocks it is sent (block-deflate.ts) and
 * sends each back under its sequence number. Bundled on its own beside each action's index.js
 * (scripts/build.ts), since a worker needs a file of its own.
 */
import { parentPort } from "node:worker_threads";
import { deflateBlock } from "./block-deflate.ts";

export interface DeflateJob {
  sequence: number;
  block: Uint8Array;
  dictionary: Uint8Array;
  level: number;
}

export type DeflateResult = { sequence: number; deflated: Uint8Array } | { sequence: number; error: string };

parentPort?.on("message", (job: DeflateJob) => {
  let result: DeflateResult;
  try {
    result = { sequence: job.sequence, deflated: deflateBlock(job.block, job.dictionary, job.level) };
  } catch (error) {
    result = { sequence: job.sequence, error: (error as Error).message };
  }
  parentPort?.postMessage(result, "deflated" in result ? [result.deflated.buffer as ArrayBuffer] : []);
});
