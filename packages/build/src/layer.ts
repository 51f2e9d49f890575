/**
 * One image layer from a set of `.deb`s, laid out as dpkg would unpack them onto the base (files,
 * directories, symlinks and hard links, with their modes and numeric owners; no maintainer
 * scripts), plus what scanners read: `var/lib/dpkg/status.d/<name>` (the control stanza, verbatim,
 * as distroless writes it) and `<name>.md5sums` (the package's own, else generated).
 *
 * Deterministic by construction: packages are taken in (name, version, architecture) order; entries
 * are sorted by path (bytewise); every parent directory is written explicitly (0755, root) unless a
 * package ships it; mtimes are clamped to `sourceDateEpoch`; headers are ustar with numeric owners
 * only (see tar-writer.ts). Duplicates across packages: directories are merged (the first package
 * in order keeps its metadata, as dpkg keeps an existing directory's); for any other path the later
 * package in order wins, as an upgrade with `Replaces:` would; a directory against a non-directory,
 * or two .debs of the same package, is refused with a DebianError.
 *
 * Merged-usr: a path under a top-level directory that is a symlink in the base (`bin/x` with
 * `bin -> usr/bin`) is written at the symlink's target (`usr/bin/x`), so no layer ever turns one of
 * the base's symlinks into a directory; the top-level entry itself is dropped. Symlink targets are
 * left as shipped: the kernel resolves them from the real directory, exactly as after dpkg unpacks
 * through the symlink. Generated md5sums name the package's own paths, as dpkg's do.
 *
 * A .deb is outside data, and a layer member means more to the image than to dpkg, so a package is
 * refused, naming it and the member, when it ships:
 * - a name whose component starts with `.wh.`: in a layer that is an OCI whiteout (image-spec
 *   layer.md, "Whiteouts"), which deletes the base's file of that name (`etc/.wh.passwd`) or, as
 *   `.wh..wh..opq`, everything the base has in that directory (`var/lib/dpkg/status.d/`, hiding
 *   every base package from scanners); dpkg would unpack it as a plain file, no real package ships one;
 * - a device node or a FIFO: Debian Policy §10.6 ("Packages must not include device files or named
 *   pipes in the package file tree"), and a `crw` node to kernel memory has no place in an image;
 * - a control character (C0, DEL, C1) in a path or link target: dpkg refuses a newline in a member
 *   name (archives.c, "newline not allowed in archive object name"), and a newline in a generated
 *   md5sums line would forge a line for another file; C1 controls (NEL) break log lines the same way.
 * and its data.tar is bounded while it is read (deb.ts, DebUnpackLimits).
 *
 * Memory: the first pass keeps each entry's metadata and spools bodies — small ones in memory up to a
 * budget, the rest to files beside `outFile` — and the second writes them in sorted order through a
 * streaming gzip, so a 200 MB package costs its metadata and a few buffers.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DebianError,
  type DebUnpackLimits,
  field,
  parseStanzas,
  quoteForMessage,
  readDebControl,
  readDebData,
} from "@image-actions/debian";
import { DeterministicTarGzWriter, TarDiffIdWriter, type TarEntryHeader, type TarEntryType } from "./tar-writer.ts";

export const LAYER_MEDIA_TYPE = "application/vnd.oci.image.layer.v1.tar+gzip";
/**
 * The version of what this file and tar-writer.ts make of a given set of inputs. The layer cache
 * (layer-cache.ts) reuses a layer whose key matches, so **bump this with any change that could alter
 * a layer's bytes or the packages it reports** (entry order, modes, md5sums, status.d, merged-usr
 * rewriting, tar headers, the gzip stream); an old entry is then simply never hit again.
 */
export const LAYER_FORMAT_VERSION = 3;
const STATUS_DIR = "var/lib/dpkg/status.d";
/** Bodies up to this size are kept in memory (while the budget lasts); larger ones are spooled to disk. */
const IN_MEMORY_BODY_LIMIT = 256 * 1024;
const IN_MEMORY_BUDGET = 64 * 1024 * 1024;

export interface PackageLayerInput {
  debs: Array<{ path: string }>;
  /** The base's top-level symlinks, e.g. `{ bin: "usr/bin", lib: "usr/lib" }`; `{}` for a non-merged base. */
  mergedUsr: Record<string, string>;
  /** Seconds since the epoch; no entry is dated later. */
  sourceDateEpoch: number;
  outFile: string;
  /** Bounds on what each .deb may unpack to; the defaults (DEFAULT_DEB_UNPACK_LIMITS) fit every real package. */
  unpackLimits?: DebUnpackLimits;
  /** Deflate threads for a large layer (default: the cores, at most 4); the bytes never depend on it. */
  deflateWorkers?: number;
}

export interface LayerPackage {
  name: string;
  version: string;
  architecture: string;
  /** The source package's name (the `Source:` field without its version, else the package's name). */
  source: string;
  /** Non-directory entries the package ships (files, symlinks, hard links, devices). */
  files: number;
}

export interface PackageLayer {
  path: string;
  /** sha256 of the gzip blob. */
  digest: string;
  /** sha256 of the uncompressed tar (the config's diff_id). */
  diffId: string;
  size: number;
  mediaType: typeof LAYER_MEDIA_TYPE;
  packages: LayerPackage[];
}

type Body = { kind: "memory"; bytes: Buffer } | { kind: "spool"; file: string } | { kind: "none" };

interface LayerEntry {
  header: TarEntryHeader;
  body: Body;
  /** Which package shipped it; -1 for synthesized entries. */
  owner: number;
}

interface DebPackage {
  path: string;
  control: string;
  md5sums: string | undefined;
  info: Omit<LayerPackage, "files">;
}

/** Builds the layer into `outFile`; see the module comment for what it holds and why. */
export async function buildPackageLayer(input: PackageLayerInput): Promise<PackageLayer> {
  const { written, packages } = await writeLayer(
    input,
    dirname(input.outFile),
    () => new DeterministicTarGzWriter(input.outFile, input.deflateWorkers ? { workers: input.deflateWorkers } : {}),
  );
  return { path: input.outFile, ...written, mediaType: LAYER_MEDIA_TYPE, packages };
}

/**
 * The diff_id and packages `buildPackageLayer` gives for these inputs, from the same tar, hashed
 * and never deflated or written (the .debs are still read: that is what ties the answer to them).
 * Spool files go in a temporary directory under `spoolParent`.
 */
export async function packageLayerContent(
  input: Omit<PackageLayerInput, "outFile" | "deflateWorkers">,
  spoolParent: string,
): Promise<{ diffId: string; packages: LayerPackage[] }> {
  const { written, packages } = await writeLayer(input, spoolParent, () => new TarDiffIdWriter());
  return { diffId: written.diffId, packages };
}

interface LayerTarWriter<Written> {
  add(header: TarEntryHeader, body?: Readable | Buffer): Promise<void>;
  finish(): Promise<Written>;
  abort(): void;
}

async function writeLayer<Written>(
  input: Omit<PackageLayerInput, "outFile">,
  spoolParent: string,
  makeWriter: () => LayerTarWriter<Written>,
): Promise<{ written: Written; packages: LayerPackage[] }> {
  const epoch = checkedEpoch(input.sourceDateEpoch);
  const mergedUsr = normalizeMergedUsr(input.mergedUsr);
  const packages = await readPackages(
    input.debs.map((deb) => deb.path),
    input.unpackLimits,
  );
  const spoolDir = await mkdtemp(join(spoolParent, ".layer-spool-"));
  try {
    const entries = new Map<string, LayerEntry>();
    const budget = { memory: IN_MEMORY_BUDGET, spooled: 0 };
    const files: number[] = [];
    for (const [index, deb] of packages.entries()) {
      const generated = await collectDebEntries(deb, index, {
        entries,
        mergedUsr,
        epoch,
        spoolDir,
        budget,
        limits: input.unpackLimits,
      }).catch((error: Error) => {
        // Archive .debs sit in the cache under their hash: the message names the package too.
        throw error instanceof DebianError
          ? new DebianError(`package ${deb.info.name} ${deb.info.version}: ${error.message}`)
          : error;
      });
      files.push(generated.files);
      addEntry(entries, statusEntry(`${STATUS_DIR}/${deb.info.name}`, Buffer.from(deb.control, "utf8"), epoch), deb);
      const md5sums = deb.md5sums ?? generated.md5sums;
      addEntry(
        entries,
        statusEntry(`${STATUS_DIR}/${deb.info.name}.md5sums`, Buffer.from(md5sums, "utf8"), epoch),
        deb,
      );
    }
    addParentDirectories(entries, epoch);
    const ordered = orderForWriting(entries);
    const writer = makeWriter();
    try {
      for (const entry of ordered) await writer.add(entry.header, openBody(entry.body));
    } catch (error) {
      writer.abort();
      throw error;
    }
    const written = await writer.finish();
    return { written, packages: packages.map((deb, index) => ({ ...deb.info, files: files[index] ?? 0 })) };
  } finally {
    await rm(spoolDir, { recursive: true, force: true });
  }
}

function checkedEpoch(epoch: number): number {
  if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0o77777777777)
    throw new DebianError(`source-date-epoch ${epoch} is not a whole number of seconds since 1970`);
  return epoch;
}

/** `{ bin: "/usr/bin/" }` → `{ bin: "usr/bin" }`; only single top-level names can be rewritten. */
function normalizeMergedUsr(mergedUsr: Record<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [name, target] of Object.entries(mergedUsr)) {
    const from = name.replace(/^\.?\/+/, "").replace(/\/+$/, "");
    const to = posix.normalize(target.startsWith("/") ? target : `/${target}`).replace(/^\/+|\/+$/g, "");
    if (!from || from.includes("/") || !to || to.startsWith(".."))
      throw new DebianError(
        `merged-usr symlink ${quoteForMessage(name)} -> ${quoteForMessage(target)} is not a top-level link`,
      );
    if (to !== from) result.set(from, to);
  }
  return result;
}

/** The control stanza of each .deb, in (name, version, architecture, path) order; one .deb per package. */
async function readPackages(paths: string[], limits: DebUnpackLimits | undefined): Promise<DebPackage[]> {
  const packages: DebPackage[] = [];
  for (const path of paths) {
    const { control, md5sums } = await readDebControl(path, limits);
    const [stanza] = parseStanzas(control);
    const name = stanza && field(stanza, "Package");
    const version = stanza && field(stanza, "Version");
    const architecture = stanza && field(stanza, "Architecture");
    if (!stanza || !name || !version || !architecture)
      throw new DebianError(`${path}: the control file lacks Package, Version or Architecture`);
    if (!/^[a-z0-9][a-z0-9+.-]*$/.test(name))
      throw new DebianError(`${path}: package name ${quoteForMessage(name)} is not a Debian package name`);
    const source = (field(stanza, "Source") ?? name).split(/\s/)[0] || name;
    packages.push({ path, control, md5sums, info: { name, version, architecture, source } });
  }
  const key = (deb: DebPackage) => [deb.info.name, deb.info.version, deb.info.architecture, deb.path];
  packages.sort((a, b) => compareTuples(key(a), key(b)));
  for (let index = 1; index < packages.length; index++) {
    const [previous, current] = [packages[index - 1], packages[index]] as [DebPackage, DebPackage];
    if (previous.info.name === current.info.name)
      throw new DebianError(
        `two .debs for package ${current.info.name}: ${previous.path} (${previous.info.version}) and ${current.path} (${current.info.version})`,
      );
  }
  return packages;
}

interface CollectContext {
  entries: Map<string, LayerEntry>;
  mergedUsr: Map<string, string>;
  epoch: number;
  spoolDir: string;
  budget: { memory: number; spooled: number };
  limits: DebUnpackLimits | undefined;
}

/** Pass one over a .deb's data.tar: metadata into `entries`, bodies spooled, md5sums computed. */
async function collectDebEntries(
  deb: DebPackage,
  owner: number,
  context: CollectContext,
): Promise<{ files: number; md5sums: string }> {
  const sums: Array<[string, string]> = [];
  const md5ByPath = new Map<string, string>();
  const hardLinks: Array<[string, string]> = [];
  const paths = new Set<string>();
  await readDebData(
    deb.path,
    async ({ header, body }) => {
      const original = archivePath(header.name, deb.path);
      if (original === undefined) return;
      const type = entryType(header.type, deb.path, original);
      refuseHostileMember(original, type, header.linkname, deb.path);
      const top = original.split("/", 1)[0] as string;
      const target = context.mergedUsr.get(top);
      let path = original;
      if (target !== undefined) {
        if (original === top) {
          // The base's symlink stays; a package's own directory or link at that name is absorbed by it.
          if (type === "directory" || type === "symlink") return;
          throw new DebianError(`${deb.path}: ships a ${type} at /${top}, where the base has a symlink to ${target}`);
        }
        path = `${target}${original.slice(top.length)}`;
      }
      const entryHeader: TarEntryHeader = {
        path,
        type,
        mode: (header.mode ?? 0o644) & 0o7777,
        uid: header.uid ?? 0,
        gid: header.gid ?? 0,
        mtime: Math.min(Math.floor((header.mtime?.getTime() ?? 0) / 1000), context.epoch),
      };
      if (type === "symlink") entryHeader.linkname = header.linkname ?? "";
      if (type === "link") {
        const linked = archivePath(header.linkname ?? "", deb.path);
        if (!linked) throw new DebianError(`${deb.path}: hard link ${original} has no target`);
        hardLinks.push([original, linked]);
        const linkedTop = linked.split("/", 1)[0] as string;
        const linkedTarget = context.mergedUsr.get(linkedTop);
        entryHeader.linkname = linkedTarget === undefined ? linked : `${linkedTarget}${linked.slice(linkedTop.length)}`;
      }
      let stored: Body = { kind: "none" };
      if (type === "file") {
        const size = header.size ?? 0;
        entryHeader.size = size;
        const md5 = createHash("md5");
        stored = await spoolBody(body, size, md5, context);
        const digest = md5.digest("hex");
        sums.push([original, digest]);
        md5ByPath.set(original, digest);
      }
      if (type !== "directory") paths.add(path);
      addEntry(context.entries, { header: entryHeader, body: stored, owner }, deb);
    },
    context.limits,
  );
  // dh_md5sums lists every regular file, hard-linked ones included (`find -type f`).
  for (const [path, target] of hardLinks) {
    const digest = md5ByPath.get(target);
    if (digest) sums.push([path, digest]);
  }
  sums.sort((a, b) => compareBytes(a[0], b[0]));
  return { files: paths.size, md5sums: sums.map(([path, md5]) => `${md5}  ${path}\n`).join("") };
}

async function spoolBody(
  body: Readable,
  size: number,
  md5: ReturnType<typeof createHash>,
  context: CollectContext,
): Promise<Body> {
  if (size <= IN_MEMORY_BODY_LIMIT && size <= context.budget.memory) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    md5.update(bytes);
    context.budget.memory -= bytes.length;
    return { kind: "memory", bytes };
  }
  const file = join(context.spoolDir, String(context.budget.spooled++));
  await pipeline(
    body,
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        md5.update(chunk);
        yield chunk;
      }
    },
    createWriteStream(file),
  );
  return { kind: "spool", file };
}

function openBody(body: Body): Readable | Buffer | undefined {
  if (body.kind === "memory") return body.bytes;
  if (body.kind === "spool") return createReadStream(body.file, { highWaterMark: 256 * 1024 });
  return undefined;
}

/** A data.tar member's path from the root, or undefined for the root itself; `..` is refused. */
function archivePath(name: string, debPath: string): string | undefined {
  const trimmed = name.replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "");
  if (trimmed === "" || trimmed === ".") return undefined;
  const parts = trimmed.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes(".."))
    throw new DebianError(`${debPath}: data.tar member ${quoteForMessage(name)} leaves the root`);
  return parts.join("/");
}

function entryType(type: string | null | undefined, debPath: string, path: string): TarEntryType {
  switch (type) {
    case "file":
    case "contiguous-file":
    case undefined:
    case null:
      return "file";
    case "directory":
    case "symlink":
    case "link":
      return type;
    case "character-device":
    case "block-device":
    case "fifo":
      throw new DebianError(
        `${debPath}: data.tar member ${quoteForMessage(path)} is a ${type}; Debian Policy §10.6 forbids device files and named pipes in a package`,
      );
    default:
      throw new DebianError(
        `${debPath}: data.tar member ${quoteForMessage(path)} is a ${type}, which dpkg does not unpack`,
      );
  }
}

const WHITEOUT_PREFIX = ".wh.";
/** C0 controls, DEL and C1 controls (U+0080–U+009F, as tar-stream decodes UTF-8 names). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Refuses what a layer must not carry from a package; see the module comment for each rule's why. */
function refuseHostileMember(
  path: string,
  type: TarEntryType,
  linkname: string | null | undefined,
  debPath: string,
): void {
  const member = quoteForMessage(path);
  if (CONTROL_CHARACTER.test(path))
    throw new DebianError(`${debPath}: data.tar member ${member} has a control character in its path`);
  if ((type === "symlink" || type === "link") && CONTROL_CHARACTER.test(linkname ?? ""))
    throw new DebianError(
      `${debPath}: data.tar member ${member} links to ${quoteForMessage(linkname ?? "")}, which has a control character`,
    );
  if (path.split("/").some((part) => part.startsWith(WHITEOUT_PREFIX)))
    throw new DebianError(
      `${debPath}: data.tar member ${member} is named like an OCI whiteout (.wh.), which would delete the base's files`,
    );
}

/** Directories merge (the first keeps its metadata); a later non-directory replaces an earlier one. */
function addEntry(entries: Map<string, LayerEntry>, entry: LayerEntry, deb: DebPackage): void {
  const existing = entries.get(entry.header.path);
  if (!existing) {
    entries.set(entry.header.path, entry);
    return;
  }
  const existingIsDir = existing.header.type === "directory";
  const newIsDir = entry.header.type === "directory";
  if (existingIsDir && newIsDir) return;
  if (existingIsDir !== newIsDir)
    throw new DebianError(
      `${deb.path}: /${entry.header.path} is a ${entry.header.type} here and a ${existing.header.type} in another package`,
    );
  entries.set(entry.header.path, entry);
}

function statusEntry(path: string, bytes: Buffer, epoch: number): LayerEntry {
  return {
    header: { path, type: "file", mode: 0o644, uid: 0, gid: 0, mtime: epoch, size: bytes.length },
    body: { kind: "memory", bytes },
    owner: -1,
  };
}

function addParentDirectories(entries: Map<string, LayerEntry>, epoch: number): void {
  for (const path of [...entries.keys()]) {
    for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
      const parent = path.slice(0, slash);
      const existing = entries.get(parent);
      if (existing) {
        if (existing.header.type !== "directory")
          throw new DebianError(`/${parent} is a ${existing.header.type} in one package and a directory in another`);
        break;
      }
      entries.set(parent, {
        header: { path: parent, type: "directory", mode: 0o755, uid: 0, gid: 0, mtime: epoch },
        body: { kind: "none" },
        owner: -1,
      });
    }
  }
}

/**
 * Entries sorted by path, with each hard-link group rewritten so its first path in that order holds
 * the content and the others link to it: a tar reader needs a link's target before the link.
 */
function orderForWriting(entries: Map<string, LayerEntry>): LayerEntry[] {
  const groups = new Map<string, string[]>();
  for (const entry of entries.values()) {
    if (entry.header.type !== "link") continue;
    const target = entry.header.linkname as string;
    const linked = entries.get(target);
    if (linked?.header.type !== "file")
      throw new DebianError(
        `hard link /${entry.header.path} points to /${target}, which is not a regular file in the layer`,
      );
    const group = groups.get(target) ?? [target];
    group.push(entry.header.path);
    groups.set(target, group);
  }
  for (const [target, members] of groups) {
    const source = entries.get(target) as LayerEntry;
    const [first, ...rest] = members.sort(compareBytes) as [string, ...string[]];
    entries.set(first, { ...source, header: { ...source.header, path: first } });
    for (const member of rest)
      entries.set(member, {
        header: { ...source.header, path: member, type: "link", linkname: first, size: 0 },
        body: { kind: "none" },
        owner: source.owner,
      });
  }
  const keyed = [...entries.values()].map((entry) => ({ key: Buffer.from(entry.header.path, "utf8"), entry }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map(({ entry }) => entry);
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

function compareTuples(a: string[], b: string[]): number {
  for (let index = 0; index < a.length; index++) {
    const order = compareBytes(a[index] ?? "", b[index] ?? "");
    if (order) return order;
  }
  return 0;
}
