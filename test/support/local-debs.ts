/**
 * Local `.deb`s made in a test with the real `dpkg-deb --build` (root-owned, as a package build
 * makes them): the demo application the build-distroless tests add on top of archive packages, and
 * any small package a test needs (one that ships `./bin/…`, for merged-usr bases), and an archive's
 * package re-released under a higher version (a security update a test's archive publishes).
 */
import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { mustExec } from "./exec.ts";

export type DebEntry = { content: string; mode?: number } | { symlink: string };

export interface LocalDeb {
  name: string;
  version: string;
  /** A Debian architecture, or `all`. */
  architecture: string;
  depends?: string;
  /** Paths inside the package (`usr/bin/app`), each a file or a symlink. */
  files: Record<string, DebEntry>;
}

/** Builds `<name>_<version>_<architecture>.deb` in `dir` and returns its path. */
export async function makeDeb(dir: string, deb: LocalDeb): Promise<string> {
  const root = join(dir, `${deb.name}-tree`);
  await mkdir(join(root, "DEBIAN"), { recursive: true });
  await writeFile(
    join(root, "DEBIAN", "control"),
    [
      `Package: ${deb.name}`,
      `Version: ${deb.version}`,
      `Architecture: ${deb.architecture}`,
      "Maintainer: Test <test@example.org>",
      ...(deb.depends ? [`Depends: ${deb.depends}`] : []),
      `Description: ${deb.name}, a package made by a test`,
      "",
    ].join("\n"),
  );
  for (const [path, entry] of Object.entries(deb.files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    if ("symlink" in entry) {
      await symlink(entry.symlink, target);
    } else {
      await writeFile(target, entry.content);
      await chmod(target, entry.mode ?? 0o644);
    }
  }
  const file = join(dir, `${deb.name}_${deb.version}_${deb.architecture}.deb`);
  await mustExec("dpkg-deb", ["--root-owner-group", "--build", root, file]);
  return file;
}

/** The demo application: a script at /usr/bin/demo-app, Architecture all, depending on dumb-init. */
export function makeAppDeb(dir: string): Promise<string> {
  return makeDeb(dir, {
    name: "demo-app",
    version: "1.0.0",
    architecture: "all",
    depends: "dumb-init",
    files: { "usr/bin/demo-app": { content: "#!/bin/sh\necho demo\n", mode: 0o755 } },
  });
}

/**
 * An archive package as a security update would re-release it: downloaded from `url` (checked
 * against `sha256`), unpacked, its control file's Version set to `version`, and packed again into
 * `dir`. The files are the released ones, so a binary in it still runs.
 */
export async function withRaisedVersion(
  released: { url: string; sha256: string },
  version: string,
  dir: string,
): Promise<string> {
  const response = await fetch(released.url);
  if (!response.ok) throw new Error(`${released.url}: HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== released.sha256) throw new Error(`${released.url}: sha256 ${digest}, expected ${released.sha256}`);
  const work = await mkdtemp(join(dir, "raise-"));
  const original = join(work, "released.deb");
  await writeFile(original, bytes);
  const root = join(work, "tree");
  await mustExec("dpkg-deb", ["--raw-extract", original, root]);
  const controlFile = join(root, "DEBIAN", "control");
  const control = await readFile(controlFile, "utf8");
  if (!/^Version: .*$/m.test(control)) throw new Error(`${released.url}: no Version in its control file`);
  await writeFile(controlFile, control.replace(/^Version: .*$/m, `Version: ${version}`));
  const fields = (await mustExec("dpkg-deb", ["--field", original, "Package", "Architecture"])).stdout;
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, "m").exec(fields)?.[1] ?? "";
  const file = join(dir, `${field("Package")}_${version}_${field("Architecture")}.deb`);
  await mustExec("dpkg-deb", ["--root-owner-group", "--build", root, file]);
  return file;
}
