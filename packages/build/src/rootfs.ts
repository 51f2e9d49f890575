/**
 * Unpacks an image's layers into a directory as a container runtime would (the OCI image spec's
 * "Applying changesets"): files, directories, symlinks, hard links, modes and numeric owners, with
 * `.wh.<name>` whiteouts deleting lower-layer paths and `.wh..wh..opq` hiding a directory's
 * lower-layer content. Used by the smoke test, which runs the image from that directory.
 *
 * Layer content is hostile: an entry naming `..` or an absolute path is refused, and no path is
 * ever handed to the host kernel with an image symlink in it. Every parent is resolved component by
 * component with the image's own symlinks followed *inside* the root (an absolute target means the
 * image's root, as it does in a chroot); a symlink climbing above the root is refused, so nothing
 * is written outside `dir`. The last component is never followed (files are created O_EXCL |
 * O_NOFOLLOW, owners set with lchown).
 */
import { constants } from "node:fs";
import {
  chmod,
  lchown,
  link,
  lstat,
  lutimes,
  mkdir,
  open,
  readdir,
  readlink,
  rm,
  symlink,
  unlink,
} from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Compression, decompressed, layerCompression } from "@image-actions/debian";
import { type ExtractEvents, extract } from "tar-stream";

export interface RootfsLayer {
  /** The layer blob as stored (compressed per `mediaType`). */
  open(): Readable;
  mediaType: string;
}

/** A layer that cannot be applied safely or at all; names the layer and the entry. */
export class RootfsError extends Error {
  override name = "RootfsError";
}

const WHITEOUT_PREFIX = ".wh.";
const OPAQUE_WHITEOUT = ".wh..wh..opq";
/** As Linux's MAXSYMLINKS: a symlink loop in the image fails instead of spinning. */
const MAX_SYMLINK_HOPS = 40;
const MAX_PATH_COMPONENTS = 1024;

type TarEntry = ExtractEvents["entry"][1];

/** Applies `layers` in order into `dir` (created if missing). */
export async function unpackRootfs(layers: RootfsLayer[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  // A container's / is 0755 root-owned whatever the layers say; mkdtemp makes 0700, which locks out
  // every user but root.
  await chmod(dir, 0o755);
  const canChown = process.getuid?.() === 0;
  for (const [index, layer] of layers.entries()) {
    const where = `layer ${index + 1} of ${layers.length}`;
    const compression = layerCompression(layer.mediaType);
    if (!compression)
      throw new RootfsError(`${where} has media type ${JSON.stringify(layer.mediaType)}, not a tar layer`);
    await applyLayer(layer.open(), compression, dir, where, canChown);
  }
}

async function applyLayer(
  blob: Readable,
  compression: Compression,
  root: string,
  where: string,
  canChown: boolean,
): Promise<void> {
  const tar = extract();
  const flowed = pipeline(decompressed(blob, compression), tar);
  flowed.catch(() => undefined);
  /** Host paths this layer wrote: an opaque whiteout hides lower layers only, never its own layer. */
  const written = new Set<string>();
  try {
    for await (const entry of tar) {
      try {
        await applyEntry(entry, root, written, canChown);
      } finally {
        entry.resume();
      }
    }
    await flowed;
  } catch (error) {
    blob.destroy();
    tar.destroy();
    if (error instanceof RootfsError) throw new RootfsError(`${where}: ${error.message}`, { cause: error });
    throw new RootfsError(`${where} is not a readable tar layer: ${(error as Error).message}`, { cause: error });
  }
}

/** `name` as path components below the root; `..` or an absolute path is refused. */
export function entryComponents(name: string): string[] {
  if (name.startsWith("/")) throw new RootfsError(`entry ${JSON.stringify(name)} is an absolute path`);
  const parts = name.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) throw new RootfsError(`entry ${JSON.stringify(name)} climbs out with ".."`);
  if (parts.length > MAX_PATH_COMPONENTS) throw new RootfsError(`entry ${JSON.stringify(name)} is too deep`);
  return parts;
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The host path `parts` names inside `root`, with the image's symlinks followed within the root
 * (the last one too). Missing directories are created (mode 0755, as runtimes do) when `create`;
 * the last component may be a file when `allowFile`. The result has no symlink in it below `root`,
 * so the kernel cannot be led outside by it.
 */
async function resolveInside(root: string, parts: string[], create: boolean, allowFile: boolean): Promise<string> {
  let resolved: string[] = [];
  const queue = [...parts];
  let hops = 0;
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (resolved.length === 0)
        throw new RootfsError(`/${parts.join("/")} goes through a symlink that points outside the root`);
      resolved.pop();
      continue;
    }
    const host = join(root, ...resolved, part);
    const stats = await lstatOrUndefined(host);
    if (!stats) {
      if (!create) throw new RootfsError(`/${[...resolved, part].join("/")} does not exist`);
      await mkdir(host, { mode: 0o755 });
      resolved.push(part);
      continue;
    }
    if (stats.isSymbolicLink()) {
      if (++hops > MAX_SYMLINK_HOPS) throw new RootfsError(`/${parts.join("/")}: too many levels of symlinks`);
      const target = await readlink(host);
      if (target.startsWith("/")) resolved = [];
      queue.unshift(...target.split("/"));
      continue;
    }
    const last = !queue.some((rest) => rest !== "" && rest !== ".");
    if (!stats.isDirectory() && !(allowFile && last))
      throw new RootfsError(`/${[...resolved, part].join("/")} is not a directory`);
    resolved.push(part);
  }
  return join(root, ...resolved);
}

/** The host directory for image directory `parts`, created as needed; see resolveInside. */
export function resolveDirectory(root: string, parts: string[], create: boolean): Promise<string> {
  return resolveInside(root, parts, create, false);
}

/** The host path of existing image path `path`, every symlink followed inside `root`. */
export function resolveInRootfs(root: string, path: string): Promise<string> {
  return resolveInside(root, path.split("/"), false, true);
}

async function removeExisting(path: string, keepDirectory: boolean): Promise<boolean> {
  const stats = await lstatOrUndefined(path);
  if (!stats) return false;
  if (stats.isDirectory()) {
    if (keepDirectory) return true;
    await rm(path, { recursive: true, force: true });
    return false;
  }
  await unlink(path);
  return false;
}

/** Removes what lower layers left under `dir`, keeping what this layer wrote (and below it). */
async function emptyOpaque(dir: string, written: Set<string>): Promise<void> {
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if (!written.has(path)) {
      await rm(path, { recursive: true, force: true });
      continue;
    }
    const stats = await lstat(path);
    if (stats.isDirectory()) await emptyOpaque(path, written);
  }
}

async function applyEntry(entry: TarEntry, root: string, written: Set<string>, canChown: boolean): Promise<void> {
  const { header } = entry;
  const parts = entryComponents(header.name);
  const base = parts.pop();
  if (base === undefined) return; // the root itself: the runtime's directory keeps its own metadata
  const parent = await resolveDirectory(root, parts, true);
  const target = join(parent, base);

  if (base === OPAQUE_WHITEOUT) {
    await emptyOpaque(parent, written);
    return;
  }
  if (base.startsWith(WHITEOUT_PREFIX)) {
    // `.wh..wh.*` other than the opaque marker are AUFS bookkeeping; the spec says to ignore them.
    if (base.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) return;
    const hidden = base.slice(WHITEOUT_PREFIX.length);
    if (hidden === "" || hidden === "." || hidden === "..")
      throw new RootfsError(`whiteout ${JSON.stringify(header.name)} names no file`);
    await rm(join(parent, hidden), { recursive: true, force: true });
    return;
  }

  const mode = (header.mode ?? 0o644) & 0o7777;
  const uid = header.uid ?? 0;
  const gid = header.gid ?? 0;
  written.add(target);
  switch (header.type) {
    case "directory": {
      if (!(await removeExisting(target, true))) await mkdir(target, { mode: 0o700 });
      break;
    }
    case "file":
    case "contiguous-file": {
      await removeExisting(target, false);
      const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
      const handle = await open(target, flags, 0o600);
      await pipeline(entry, handle.createWriteStream());
      break;
    }
    case "symlink": {
      await removeExisting(target, false);
      await symlink(header.linkname ?? "", target);
      if (canChown) await lchown(target, uid, gid);
      if (header.mtime) await lutimes(target, header.mtime, header.mtime);
      return;
    }
    case "link": {
      const linkParts = entryComponents(header.linkname ?? "");
      const linkBase = linkParts.pop();
      if (linkBase === undefined) throw new RootfsError(`hard link ${JSON.stringify(header.name)} names no target`);
      const source = join(await resolveDirectory(root, linkParts, false), linkBase);
      const stats = await lstatOrUndefined(source);
      if (!stats || stats.isDirectory())
        throw new RootfsError(
          `hard link ${JSON.stringify(header.name)} → ${JSON.stringify(header.linkname)}: no such file`,
        );
      if (source === target) return;
      await removeExisting(target, false);
      await link(source, target);
      return;
    }
    default:
      // Devices and FIFOs: a runtime would mknod them; an image to smoke-test needs none (the
      // runner provides /dev), so they are skipped rather than created from hostile numbers.
      written.delete(target);
      return;
  }
  // chown before chmod: chown clears set-id bits. The path is a real file or directory we made.
  if (canChown) await lchown(target, uid, gid);
  await chmod(target, mode);
  if (header.mtime) await lutimes(target, header.mtime, header.mtime);
}
