/**
 * Bundle every action with ncc into dist/<action>/ (index.js, licenses.txt, package.json marking it
 * ESM). `--out DIR` writes elsewhere, which check-dist uses to compare a fresh build with dist/.
 */
import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { ACTIONS } from "./actions-list.ts";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");

function parseArgs(argv: string[]): { out: string } {
  const index = argv.indexOf("--out");
  return { out: index >= 0 && argv[index + 1] ? resolve(argv[index + 1] as string) : join(root, "dist") };
}

/** Every bundle: the six actions, and the CLI over the OCI client. */
const BUNDLES: Array<{ name: string; entry: string }> = [
  ...ACTIONS.map((action) => ({ name: action, entry: join("actions", action, "index.ts") })),
  { name: "cli", entry: join("packages", "cli", "src", "bin.ts") },
];

async function bundle({ name: action, entry: entryPath }: { name: string; entry: string }, out: string): Promise<void> {
  const target = join(out, action);
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const ncc = join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
  const entry = join(root, entryPath);
  await run(process.execPath, [ncc, "build", entry, "-o", target, "--license", "licenses.txt", "--quiet"], {
    cwd: root,
  });
  console.log(`built dist/${action}`);
}

const { out } = parseArgs(process.argv.slice(2));
// Two at a time: ncc is CPU-bound and the machines we target have two cores.
const queue = [...BUNDLES];
await Promise.all(
  [0, 1].map(async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await bundle(item, out);
  }),
);
