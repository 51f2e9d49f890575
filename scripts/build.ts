/**
 * Bundle every action with ncc into dist/<action>/ (index.js, licenses.txt, package.json marking it
 * ESM). `--out DIR` writes elsewhere, which check-dist uses to compare a fresh build with dist/.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
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

/**
 * The deflate worker (packages/build/src/deflate-worker.ts) as a bundle of its own: a worker thread
 * needs a file, and parallel-gzip.ts looks for it as deflate-worker.js beside the bundle that
 * starts it. Copied into every bundle that names it.
 */
async function bundleDeflateWorker(out: string): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), "ia-deflate-worker-"));
  try {
    const ncc = join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
    const entry = join(root, "packages", "build", "src", "deflate-worker.ts");
    await run(process.execPath, [ncc, "build", entry, "-o", scratch, "--quiet"], { cwd: root });
    for (const { name } of BUNDLES) {
      const dir = join(out, name);
      const files = (await readdir(dir)).filter((file) => file.endsWith(".js"));
      const texts = await Promise.all(files.map((file) => readFile(join(dir, file), "utf8")));
      if (!texts.some((text) => text.includes("deflate-worker.js"))) continue;
      await copyFile(join(scratch, "index.js"), join(dir, "deflate-worker.js"));
      console.log(`built dist/${name}/deflate-worker.js`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const { out } = parseArgs(process.argv.slice(2));
// Two at a time: ncc is CPU-bound and the machines we target have two cores.
const queue = [...BUNDLES];
await Promise.all(
  [0, 1].map(async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await bundle(item, out);
  }),
);
await bundleDeflateWorker(out);
