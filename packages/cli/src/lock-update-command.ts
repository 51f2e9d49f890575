/**
 * `image-actions lock --update OLD.json`: the lock's requested packages resolved again (issue 25),
 * on today's base, against `--source` lines or else the sources the old lock records.
 *
 *   image-actions lock --update OLD.json --base IMAGE [--source 'URL SUITE…']… [--keyring FILE]
 *                      [--platform os/arch]… [--deb FILE]… [-o NEW.json] [--json]
 *
 * The new lock goes to `-o` (which may be OLD.json itself) or stdout, as `lock` writes it. When no
 * package changed, what is written is OLD.json's own bytes (lock-update.ts says why). Exit 0 either
 * way; stderr says `unchanged` or one line per change and `N package(s) changed`; `--json` prints
 * `{ changed, changes, lockfile }` to stdout instead (so it needs `-o`).
 * The old lock records neither the base nor the local .debs: give `--base` and the same `--deb`
 * files as the first lock, or their dependencies show as removed.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
// A type only: the Debian package loads with the command, as debian-commands.ts explains.
import type { LockOptions } from "@image-actions/debian";
import { defaultDebianCacheDir } from "@image-actions/debian/cache-dir";
import { parsePlatform, parseReference, type RegistryClients } from "@image-actions/oci";

export interface LockUpdateValues {
  update?: string;
  base?: string;
  source?: string[];
  platform?: string[];
  deb?: string[];
  output?: string;
  json?: boolean;
  /** The time `{snapshot}` in a `--source` URL names; today 00:00 UTC when absent (as for `lock`). */
  "snapshot-time"?: string;
}

export async function lockUpdateCommand(
  values: LockUpdateValues,
  packages: string[],
  keys: LockOptions["keys"],
  clients: RegistryClients,
  env: Record<string, string | undefined>,
  print: (text: string) => void,
  printJson: (value: unknown) => void,
  usage: (problem: string) => Error,
): Promise<number> {
  const oldPath = values.update as string;
  if (packages.length > 0)
    throw usage(`lock --update takes the packages ${oldPath} requested; give no PACKAGE arguments`);
  if (!values.base)
    throw usage("lock --update needs --base IMAGE (today's verified base; the lock does not record it)");
  if (values.json && !values.output) throw usage("lock --update --json needs -o NEW.json (stdout carries the summary)");
  const debian = await import("@image-actions/debian");
  const snapshotTime =
    values["snapshot-time"] !== undefined
      ? debian.parseSnapshotTime(values["snapshot-time"], "--snapshot-time")
      : undefined;
  const old = await debian.readLockfile(oldPath);
  const oldText = await readFile(oldPath, "utf8");
  const update = await debian.updateLock({
    old,
    clients,
    base: parseReference(values.base),
    sources: values.source ?? [],
    ...(keys ? { keys } : {}),
    platforms: (values.platform ?? []).map(parsePlatform),
    localDebs: values.deb ?? [],
    cacheDir: defaultDebianCacheDir(env),
    ...(snapshotTime ? { snapshotTime } : {}),
  });
  // Nothing changed: OLD's own bytes, whatever formatting it had.
  const text = update.changed ? debian.serializeLockfile(update.lockfile) : oldText;
  if (values.output) await writeAtomically(values.output, text);
  else if (!values.json) print(text.trimEnd());
  if (values.json) {
    printJson({ changed: update.changed, changes: update.changes, lockfile: values.output });
    return 0;
  }
  // To stderr, so `lock --update OLD.json > NEW.json` stays a clean file.
  for (const change of update.changes) console.error(debian.formatLockChange(change));
  console.error(
    update.changed
      ? `${update.changes.length} package(s) changed${values.output ? `; wrote ${values.output}` : ""}`
      : `unchanged: every package is as ${oldPath} locks it${values.output ? `; wrote ${values.output} as it was` : ""}`,
  );
  return 0;
}

/** `-o OLD.json` is allowed: the old file is replaced whole or not at all. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
