/**
 * Runs the test files through node:test's run() rather than `node --test`, for one reason: the CLI
 * sorts its files by name, so the 3-minute workflow story starts a third of the way into the run,
 * and the shorter the run gets, the likelier it ends it alone on one core. Here the files start
 * longest first, by the durations this script recorded on the last run (kept outside the repository;
 * files it has no figure for go first), so the long ones overlap the many short ones and the workers
 * finish together. Otherwise it is the CLI's run:
 * one process per file, the spec reporter, then the slowest files and tests (slowest-tests.ts).
 *
 * Usage: node scripts/run-tests.ts [--concurrency N] [files or globs…] (default: test/**\/*.test.ts).
 */
import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { run } from "node:test";
import { spec } from "node:test/reporters";
import slowestTests from "./slowest-tests.ts";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
let concurrency = 2;
const patterns: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--concurrency") concurrency = Number(args[++i]);
  else patterns.push(args[i] as string);
}
if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error("--concurrency: expected a positive integer");

const durationsFile = join(
  process.env.IMAGE_ACTIONS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "image-actions"),
  "test-durations.json",
);
const readDurations = (): Record<string, number> => {
  try {
    return JSON.parse(readFileSync(durationsFile, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
};
const known = readDurations();

const files = [
  ...new Set((patterns.length > 0 ? patterns : ["test/**/*.test.ts"]).flatMap((p) => globSync(p, { cwd: root }))),
]
  .map((file) => relative(root, resolve(root, file)))
  .sort(
    (a, b) => (known[b] ?? Number.POSITIVE_INFINITY) - (known[a] ?? Number.POSITIVE_INFINITY) || a.localeCompare(b),
  );
if (files.length === 0) throw new Error(`no test files match ${patterns.join(" ")}`);

// Both reporters see every event: the spec output streams as it comes, the slowest list at the end.
const toSpec = new PassThrough({ objectMode: true });
const toSlowest = new PassThrough({ objectMode: true });
const printed = (async () => {
  for await (const chunk of toSpec.compose(new spec())) process.stdout.write(chunk);
})();
const slowest: string[] = [];
const listed = (async () => {
  for await (const chunk of toSlowest.compose(slowestTests)) slowest.push(String(chunk));
})();

interface RunEvent {
  type: string;
  data: {
    file?: string;
    nesting?: number;
    success?: boolean;
    duration_ms?: number;
    details?: { duration_ms?: number };
  };
}
// As the CLI does: Ctrl-C or SIGTERM cancels the run, and the files' processes with it.
const cancel = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => cancel.abort());
const startedAt = performance.now();
let success: boolean | undefined;
let failed = false;
const measured: Record<string, number> = {};
for await (const event of run({
  files: files.map((file) => join(root, file)),
  concurrency,
  timeout: 900_000,
  cwd: root,
  signal: cancel.signal,
}) as AsyncIterable<RunEvent>) {
  toSpec.write(event);
  toSlowest.write(event);
  const { file, nesting } = event.data;
  if (event.type === "test:fail") failed = true;
  if (event.type === "test:summary") {
    if (file === undefined) success = event.data.success;
    else measured[relative(root, file)] = event.data.duration_ms ?? 0;
  }
  // Files without a per-file summary: the sum of their top-level tests, as slowest-tests.ts counts.
  if (event.type === "test:pass" && nesting === 0 && file && !(relative(root, file) in measured))
    measured[`~${relative(root, file)}`] =
      (measured[`~${relative(root, file)}`] ?? 0) + (event.data.details?.duration_ms ?? 0);
}
toSpec.end();
toSlowest.end();
await printed;
await listed;
process.stdout.write(slowest.join(""));
// What bounds the run: no schedule beats the longest file, nor the summed file time over the workers.
const fileMs = Object.entries(measured).filter(([key]) => !key.startsWith("~") || !(key.slice(1) in measured));
const summedMs = fileMs.reduce((sum, [, ms]) => sum + ms, 0);
const longest = fileMs.sort((a, b) => b[1] - a[1])[0];
const wallMs = performance.now() - startedAt;
process.stdout.write(
  `${fileMs.length} files, ${(summedMs / 1000).toFixed(0)} s of file time in ${(wallMs / 1000).toFixed(0)} s at concurrency ${concurrency} (${(summedMs / wallMs).toFixed(2)} files at once on average); the longest, ${longest?.[0].replace(/^~/, "")}, ${((longest?.[1] ?? 0) / 1000).toFixed(0)} s\n`,
);

const next = readDurations();
for (const [key, ms] of Object.entries(measured)) {
  const file = key.startsWith("~") ? key.slice(1) : key;
  if (!key.startsWith("~") || !(file in measured)) next[file] = Math.round(ms);
}
mkdirSync(dirname(durationsFile), { recursive: true });
writeFileSync(`${durationsFile}.tmp`, `${JSON.stringify(next, null, 1)}\n`);
renameSync(`${durationsFile}.tmp`, durationsFile);

process.exitCode = (success ?? !failed) ? 0 : 1;
