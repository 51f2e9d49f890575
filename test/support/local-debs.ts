/**
 * Local `.deb`s made in a test with the real `dpkg-deb --build` (root-owned, as a package build
 * makes them): the demo application the build-distroless tests add on top of archive packages, and
 * any small package a test needs (one that ships `./bin/…`, for merged-usr bases).
 */
import { chmod, mkdir, symlink, writeFile } from "node:fs/promises";
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
