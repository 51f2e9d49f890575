/**
 * Fails when the committed dist/ differs from a fresh build of the sources: a stale bundle would
 * ship code that no reviewer read.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

// The same sources, lock file and dist/ always give the same verdict, so a pass is remembered
// (outside the repository) and a warm test run skips the rebuild.
const inputsHash = await hashTree([
  "actions",
  "packages",
  "scripts",
  "dist",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
]);
const passStamp = join(homedir(), ".cache", "image-actions", "check-dist", inputsHash);
if (existsSync(passStamp)) {
  console.log("dist/ matches a fresh build (sources unchanged since the last check)");
  process.exit(0);
}

async function hashTree(paths: string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const path of paths) {
    const absolute = join(root, path);
    const files = (await stat(absolute).catch(() => null))?.isDirectory()
      ? (await listFiles(absolute)).filter((file) => !file.includes("node_modules")).map((file) => join(path, file))
      : [path];
    for (const file of files) {
      hash.update(`${file}\0`);
      hash.update(await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
    }
  }
  return hash.digest("hex");
}

const fresh = await mkdtemp(join(tmpdir(), "image-actions-dist-"));
try {
  await run(process.execPath, [join(root, "scripts", "build.ts"), "--out", fresh], { cwd: root });
  const committed = join(root, "dist");
  const [want, have] = await Promise.all([listFiles(fresh), listFiles(committed)]);
  const problems: string[] = [];
  for (const file of new Set([...want, ...have])) {
    if (!want.includes(file)) problems.push(`dist/${file} is not produced by the build (remove it)`);
    else if (!have.includes(file)) problems.push(`dist/${file} is missing`);
    else if (!(await readFile(join(fresh, file))).equals(await readFile(join(committed, file)))) {
      problems.push(`dist/${file} differs from a fresh build`);
    }
  }
  if (problems.length > 0) {
    console.error(`dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join("\n  ")}`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${want.length} files)`);
    await mkdir(dirname(passStamp), { recursive: true });
    await writeFile(passStamp, new Date().toISOString());
  }
} finally {
  await rm(fresh, { recursive: true, force: true });
}
