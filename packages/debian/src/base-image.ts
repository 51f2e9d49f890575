/**
 * What a base image already has, read from its registry without unpacking it: the installed set
 * (every `/var/lib/dpkg/status.d/*` stanza file, as distroless writes them, and
 * `/var/lib/dpkg/status` when there is one) and its `os-release`. Layers are streamed and
 * digest-verified as they flow; only the few small files needed are kept, each bounded in size.
 * Layers are merged as the OCI image spec's layer changesets say: a later layer's file replaces an
 * earlier one, `.wh.<name>` deletes `<name>` from the layers below, `.wh..wh..opq` empties its
 * directory of them.
 */
import { posix } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  configPlatform,
  type Descriptor,
  formatPlatform,
  isIndexMediaType,
  type Manifest,
  manifestReference,
  type Platform,
  platformMatches,
  type Reference,
  type RegistryClient,
  type RegistryClients,
} from "@image-actions/oci";
import { type ExtractEvents, extract } from "tar-stream";
import { readCachedBaseContent, storeBaseContent } from "./base-cache.ts";
import { parseStanzas, quoteForMessage } from "./control.ts";
import { decompressed, layerCompression } from "./decompress.ts";
import { DebianError } from "./errors.ts";
import { installedPackagesFrom } from "./packages-index.ts";
import { codenameOf } from "./sources.ts";
import type { InstalledPackage, Stanza } from "./types.ts";

export interface BaseImage {
  /** What the reference resolved to: the index's digest for a multi-platform image. */
  digest: string;
  /** The image manifest read for the platform (equal to `digest` for a single-platform image). */
  manifestDigest: string;
  platform: Platform;
  installed: InstalledPackage[];
  osRelease: Record<string, string>;
  /**
   * /etc/debian_version's first line (`12.15`, `trixie/sid`), when it is a plain version string: the
   * point release trivy and syft put in their purls' `distro` qualifier.
   */
  debianVersion?: string;
  /** `VERSION_CODENAME`, else the codename of `VERSION_ID`; undefined when neither says. */
  codename: string | undefined;
  /**
   * The root's symlinks and their targets as written (`{ bin: "usr/bin" }` on a merged-usr base):
   * what a layer laid on this base must not turn into directories.
   */
  topLevelSymlinks: Record<string, string>;
}

const STATUS_DIR = "var/lib/dpkg/status.d/";
const STATUS_FILE = "var/lib/dpkg/status";
// os-release(5): /etc/os-release wins; /usr/lib/os-release is the fallback (and usually its target).
const OS_RELEASE_PATHS = ["etc/os-release", "usr/lib/os-release"];
// base-files' point release; trivy (pkg/fanal/analyzer/os/debian) and syft (syft/linux/supplement_release.go) read it.
const DEBIAN_VERSION_PATH = "etc/debian_version";
/** Directories above the files we read: a layer putting a non-directory here hides what was under it. */
const ANCESTORS = new Set(["var", "var/lib", "var/lib/dpkg", "var/lib/dpkg/status.d", "etc", "usr", "usr/lib"]);

// Bounds on what a registry can make us hold. A distroless stanza is a few KiB; a full Debian
// system's status file a few MiB; os-release under 1 KiB.
const MAX_STANZA_FILE_BYTES = 1024 * 1024;
const MAX_STATUS_FILE_BYTES = 64 * 1024 * 1024;
const MAX_OS_RELEASE_BYTES = 64 * 1024;
const MAX_KEPT_BYTES = 128 * 1024 * 1024;
const MAX_STATUS_D_FILES = 50_000;
const MAX_INDEX_DEPTH = 4;
const MAX_SYMLINK_HOPS = 8;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const LAYER_CONCURRENCY = 4;

/** One member of a layer as tar-stream hands it out: its header, and its bytes as a stream. */
type TarEntry = ExtractEvents["entry"][1];

/** A kept path's content in the merged filesystem; `other` is anything we cannot read as text. */
type Node =
  | { kind: "file"; content: Buffer }
  | { kind: "symlink"; target: string }
  | { kind: "hardlink"; target: string }
  | { kind: "other" };

/** One layer's changes to the paths we care about, in the order the spec applies them. */
interface LayerChanges {
  opaqueDirs: string[];
  whiteouts: string[];
  /** Non-directory entries at an ancestor of a kept path: everything below them is replaced. */
  shadowingEntries: string[];
  kept: Map<string, Node>;
  /** Entries directly under the root: a symlink's target, or null for anything else. */
  topLevel: Map<string, string | null>;
}

export interface ReadBaseOptions {
  /**
   * A directory where what the layers hold is kept under the platform manifest's digest
   * (base-cache.ts): a later read of the same base takes it from there, once its bytes verify,
   * instead of fetching the layers again.
   */
  cacheDir?: string;
  log?: (message: string) => void;
}

export async function readBaseImage(
  clients: RegistryClients,
  reference: Reference,
  platform: Platform,
  options: ReadBaseOptions = {},
): Promise<BaseImage> {
  const client = clients.for(reference.registry);
  const top = await client.getManifest(reference.repository, manifestReference(reference));
  const manifest = await manifestForPlatform(client, reference.repository, top, platform);
  const where = `base image ${reference.registry}/${reference.repository}@${manifest.digest}`;
  const [config, ...layers] = manifest.blobs;
  if (!config) throw new DebianError(`${where}: the manifest has no config`);
  if (!isIndexMediaType(top.mediaType))
    await checkConfigPlatform(client, reference.repository, config, platform, where);

  const log = options.log ?? (() => {});
  const cached = options.cacheDir ? await readCachedBaseContent(options.cacheDir, manifest.digest, log) : undefined;
  const content =
    cached ??
    (await readLayersContent(
      layers.map((layer) => ({ descriptor: layer, open: () => client.openBlob(reference.repository, layer) })),
      where,
    ));
  if (options.cacheDir && !cached)
    await storeBaseContent(options.cacheDir, manifest.digest, content).catch((error: Error) =>
      log(`base cache: could not store ${manifest.digest} (${error.message}); the build goes on without it`),
    );
  return {
    digest: top.digest,
    manifestDigest: manifest.digest,
    platform,
    ...content,
    codename: codenameOf(content.osRelease),
  };
}

/** One layer of an image: its descriptor, and a way to stream its (verified) bytes, from a registry or a file. */
export interface ImageLayer {
  descriptor: Descriptor;
  open: () => Readable;
}

/** What an image's layers, merged, hold of what we read: the installed set, os-release, the root's symlinks. */
export type LayersContent = Pick<BaseImage, "installed" | "osRelease" | "debianVersion" | "topLevelSymlinks">;

/** Reads and merges `layers` (bottom first); `where` names the image in messages. */
export async function readLayersContent(layers: ImageLayer[], where: string): Promise<LayersContent> {
  const budget = { kept: 0 };
  const changes = await mapLimited(layers, LAYER_CONCURRENCY, (layer) => readLayerChanges(layer, budget, where));
  const files = mergeLayers(changes);
  return {
    installed: installedPackagesFrom(statusStanzas(files, where)),
    osRelease: readOsRelease(files),
    ...debianVersionOf(files),
    topLevelSymlinks: topLevelSymlinks(changes),
  };
}

async function manifestForPlatform(
  client: RegistryClient,
  repository: string,
  manifest: Manifest,
  platform: Platform,
  depth = 0,
): Promise<Manifest> {
  if (!isIndexMediaType(manifest.mediaType)) return manifest;
  if (depth >= MAX_INDEX_DEPTH)
    throw new DebianError(`base image index ${manifest.digest}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
  const entry = manifest.manifests.find((candidate) => platformMatches(candidate.platform, platform));
  if (!entry) {
    const offered = manifest.manifests.flatMap((candidate) =>
      candidate.platform ? [formatPlatform(candidate.platform)] : [],
    );
    throw new DebianError(
      `base image index ${manifest.digest} has no ${formatPlatform(platform)} image (it has ${offered.join(", ") || "none"})`,
    );
  }
  const child = await client.getManifest(repository, entry.digest);
  return manifestForPlatform(client, repository, child, platform, depth + 1);
}

/** A single-platform image names its platform only in its config: a wrong one fails here, not later. */
async function checkConfigPlatform(
  client: RegistryClient,
  repository: string,
  config: Descriptor,
  platform: Platform,
  where: string,
): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse((await client.readBlob(repository, config, MAX_CONFIG_BYTES)).toString("utf8"));
  } catch (error) {
    if (error instanceof SyntaxError) throw new DebianError(`${where}: its config is not JSON`);
    throw error;
  }
  const entry = configPlatform(parsed);
  if (!platformMatches(entry, platform))
    throw new DebianError(
      `${where} is for ${entry ? formatPlatform(entry) : "no stated platform"}, not ${formatPlatform(platform)}`,
    );
}

/** Runs `task` over `items` with at most `limit` at once, keeping the items' order in the result. */
async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A tar member's path as a path from the root: no `./` or `/` in front, no trailing `/`, no `..`. */
function rootPath(name: string): string | undefined {
  const normalised = posix.normalize(`/${name}`).slice(1).replace(/\/+$/, "");
  return normalised === "" || normalised.startsWith("..") ? undefined : normalised;
}

function isKeptPath(path: string): boolean {
  return (
    path === STATUS_FILE ||
    OS_RELEASE_PATHS.includes(path) ||
    path === DEBIAN_VERSION_PATH ||
    (path.startsWith(STATUS_DIR) && !path.slice(STATUS_DIR.length).includes("/"))
  );
}

function sizeLimitOf(path: string): number {
  if (path === STATUS_FILE) return MAX_STATUS_FILE_BYTES;
  if (OS_RELEASE_PATHS.includes(path) || path === DEBIAN_VERSION_PATH) return MAX_OS_RELEASE_BYTES;
  return MAX_STANZA_FILE_BYTES;
}

async function readLayerChanges(
  { descriptor: layer, open }: ImageLayer,
  budget: { kept: number },
  where: string,
): Promise<LayerChanges> {
  const layerWhere = `${where}: layer ${layer.digest}`;
  const compression = layerCompression(layer.mediaType);
  if (!compression)
    throw new DebianError(`${layerWhere} has media type ${quoteForMessage(layer.mediaType)}, not a tar layer`);
  const changes: LayerChanges = {
    opaqueDirs: [],
    whiteouts: [],
    shadowingEntries: [],
    kept: new Map(),
    topLevel: new Map(),
  };
  const blob = open();
  const tar = extract();
  // The pipeline settles only once the whole blob has flowed through the digest check.
  const flowed = pipeline(decompressed(blob, compression), tar);
  flowed.catch(() => undefined);
  try {
    for await (const entry of tar) {
      const path = rootPath(entry.header.name);
      const base = path ? posix.basename(path) : "";
      const dir = path ? posix.dirname(path) : "";
      if (path && !path.includes("/") && !base.startsWith(".wh."))
        changes.topLevel.set(path, entry.header.type === "symlink" ? (entry.header.linkname ?? "") : null);
      if (path && base === ".wh..wh..opq") {
        changes.opaqueDirs.push(dir === "." ? "" : dir);
      } else if (path && base.startsWith(".wh.")) {
        changes.whiteouts.push(posix.join(dir, base.slice(".wh.".length)));
      } else if (path && isKeptPath(path)) {
        if (path.startsWith(STATUS_DIR) && changes.kept.size >= MAX_STATUS_D_FILES)
          throw new DebianError(`${layerWhere} has more than ${MAX_STATUS_D_FILES} files in /${STATUS_DIR}`);
        changes.kept.set(path, await nodeOf(entry, path, budget, layerWhere));
        continue;
      } else if (path && ANCESTORS.has(path) && entry.header.type !== "directory") {
        changes.shadowingEntries.push(path);
      }
      entry.resume();
    }
    await flowed;
  } catch (error) {
    blob.destroy();
    tar.destroy();
    if (error instanceof DebianError || !isDecodingError(error)) throw error;
    // Altered bytes usually break the decompressor before the digest check at the blob's end can
    // say so; read the blob once more to the end so a mismatch is reported as what it is.
    for await (const _ of open());
    throw new DebianError(`${layerWhere} is not a readable tar layer: ${(error as Error).message}`, { cause: error });
  }
  return changes;
}

/** zlib's and tar-stream's errors; registry and digest errors are the oci package's and say what and where. */
function isDecodingError(error: unknown): boolean {
  const { name } = error as Error;
  return name === "Error" || name === "TypeError" || name === "RangeError";
}

async function nodeOf(entry: TarEntry, path: string, budget: { kept: number }, layerWhere: string): Promise<Node> {
  const { type, linkname } = entry.header;
  if (type === "symlink" || type === "link") {
    entry.resume();
    const target = linkname ?? "";
    return type === "symlink" ? { kind: "symlink", target } : { kind: "hardlink", target };
  }
  if (type !== "file" && type !== "contiguous-file") {
    entry.resume();
    return { kind: "other" };
  }
  const limit = sizeLimitOf(path);
  const size = entry.header.size ?? 0;
  if (size > limit) throw new DebianError(`${layerWhere}: /${path} is ${size} bytes, over the ${limit}-byte limit`);
  budget.kept += size;
  if (budget.kept > MAX_KEPT_BYTES)
    throw new DebianError(`${layerWhere}: the dpkg status files come to more than ${MAX_KEPT_BYTES} bytes`);
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(chunk as Buffer);
  return { kind: "file", content: Buffer.concat(chunks) };
}

function dropUnder(files: Map<string, Node>, dir: string, includingDir: boolean): void {
  const prefix = dir === "" ? "" : `${dir}/`;
  for (const path of [...files.keys()]) {
    if (path.startsWith(prefix) || (includingDir && path === dir)) files.delete(path);
  }
}

/** Applies each layer's changes over the ones below it: the merged view of the kept paths. */
function mergeLayers(layers: LayerChanges[]): Map<string, Node> {
  const files = new Map<string, Node>();
  for (const layer of layers) {
    // Whiteouts hide what the layers below hold, never what their own layer adds.
    for (const dir of layer.opaqueDirs) dropUnder(files, dir, false);
    for (const path of layer.whiteouts) dropUnder(files, path, true);
    for (const path of layer.shadowingEntries) dropUnder(files, path, true);
    for (const [path, node] of layer.kept) {
      const resolved = node.kind === "hardlink" ? hardlinkTarget(node.target, layer.kept, files) : node;
      files.set(path, resolved);
    }
  }
  return files;
}

/** The root's symlinks after every layer: a whiteout or an opaque root removes what the layers below had. */
function topLevelSymlinks(layers: LayerChanges[]): Record<string, string> {
  const entries = new Map<string, string | null>();
  for (const layer of layers) {
    if (layer.opaqueDirs.includes("")) entries.clear();
    for (const path of layer.whiteouts) entries.delete(path);
    for (const [name, target] of layer.topLevel) entries.set(name, target);
  }
  const symlinks: Record<string, string> = {};
  for (const [name, target] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (target !== null) symlinks[name] = target;
  return symlinks;
}

/** A hard link names a file of its own layer or one below; we only ever kept the files we read. */
function hardlinkTarget(target: string, layerFiles: Map<string, Node>, below: Map<string, Node>): Node {
  const path = rootPath(target);
  const node = path ? (layerFiles.get(path) ?? below.get(path)) : undefined;
  return node?.kind === "file" ? node : { kind: "other" };
}

/** A kept file's content, following symlinks among the kept paths (`/etc/os-release` → `../usr/lib/os-release`). */
function contentOf(files: Map<string, Node>, path: string): Buffer | undefined {
  let current = path;
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
    const node = files.get(current);
    if (node?.kind === "file") return node.content;
    if (node?.kind !== "symlink") return undefined;
    const next = rootPath(node.target.startsWith("/") ? node.target : posix.join(posix.dirname(current), node.target));
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

// distroless keeps each package's md5sums next to its stanza; those are file lists, not stanzas.
const NOT_STANZA_SUFFIXES = [".md5sums"];

function statusStanzas(files: Map<string, Node>, where: string): Stanza[] {
  const paths = [...files.keys()]
    .filter((path) => path.startsWith(STATUS_DIR) && !NOT_STANZA_SUFFIXES.some((suffix) => path.endsWith(suffix)))
    .sort();
  if (files.has(STATUS_FILE)) paths.push(STATUS_FILE);
  const stanzas: Stanza[] = [];
  for (const path of paths) {
    const content = contentOf(files, path);
    if (content === undefined) continue;
    try {
      stanzas.push(...parseStanzas(content.toString("utf8")));
    } catch (error) {
      throw new DebianError(`${where}: /${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  return stanzas;
}

/** os-release(5): `KEY=value` lines, values optionally quoted with shell-style escapes. */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    fields[key] = quoted ? (quoted[2] as string).replace(/\\([\\$"'`])/g, "$1") : raw;
  }
  return fields;
}

/** The first line of /etc/debian_version, only when it looks like a version (it is the image's text). */
function debianVersionOf(files: Map<string, Node>): { debianVersion?: string } {
  const line = contentOf(files, DEBIAN_VERSION_PATH)?.toString("utf8").split("\n")[0]?.trim();
  return line && /^[A-Za-z0-9][A-Za-z0-9.+~/-]{0,63}$/.test(line) ? { debianVersion: line } : {};
}

function readOsRelease(files: Map<string, Node>): Record<string, string> {
  for (const path of OS_RELEASE_PATHS) {
    const content = contentOf(files, path);
    if (content !== undefined) return parseOsRelease(content.toString("utf8"));
  }
  return {};
}
