/**
 * What readBaseImage learns from a base's layers (installed packages, os-release, debian_version,
 * the root's symlinks) kept on disk under the platform manifest's digest, so a rebuild on the same
 * base does not fetch and gunzip its layers again. The answer is a function of that digest alone:
 * the manifest names every layer by digest, and every layer byte was digest-verified as it was read.
 *
 * `<dir>/<hex>.json` holds the content's JSON; `<dir>/<hex>.sha256` the SHA-256 of those bytes,
 * written after them. A hit is used only when the bytes hash to the recorded digest, say which
 * manifest they are for, and parse to the expected shape; anything else is logged and the base is
 * read from the registry again, the entry replaced. Entries are written to a temporary name and
 * renamed, so a concurrent build sees a whole entry or none.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LayersContent } from "./base-image.ts";

/** Bump with any change to what readLayersContent reports: an older entry then never matches. */
const BASE_CACHE_FORMAT = 1;
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

interface BaseCacheEntry {
  format: number;
  manifestDigest: string;
  content: LayersContent;
}

function entryPaths(dir: string, manifestDigest: string): { content: string; sha256: string } {
  const match = /^sha256:([0-9a-f]{64})$/.exec(manifestDigest);
  if (!match) throw new Error(`base cache: ${JSON.stringify(manifestDigest)} is not a sha256 digest`);
  return { content: join(dir, `${match[1]}.json`), sha256: join(dir, `${match[1]}.sha256`) };
}

/** The cached content for `manifestDigest`, or undefined (absent, or failed its checks: then `log` says why). */
export async function readCachedBaseContent(
  dir: string,
  manifestDigest: string,
  log: (message: string) => void,
): Promise<LayersContent | undefined> {
  const paths = entryPaths(dir, manifestDigest);
  let bytes: Buffer;
  let recorded: string;
  try {
    recorded = (await readFile(paths.sha256, "utf8")).trim();
    bytes = await readFile(paths.content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const actual = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length > MAX_ENTRY_BYTES || actual !== recorded) {
    log(`base cache: the entry for ${manifestDigest} does not match its recorded SHA-256; reading the base again`);
    return undefined;
  }
  const entry = parseEntry(bytes);
  if (!entry || entry.format !== BASE_CACHE_FORMAT || entry.manifestDigest !== manifestDigest) {
    log(`base cache: the entry for ${manifestDigest} is not one this version wrote for it; reading the base again`);
    return undefined;
  }
  return entry.content;
}

/** Stores `content` for `manifestDigest`; a failure is the caller's to log (the build goes on). */
export async function storeBaseContent(dir: string, manifestDigest: string, content: LayersContent): Promise<void> {
  const paths = entryPaths(dir, manifestDigest);
  await mkdir(dir, { recursive: true });
  const entry: BaseCacheEntry = { format: BASE_CACHE_FORMAT, manifestDigest, content };
  const bytes = Buffer.from(JSON.stringify(entry), "utf8");
  const temporary = `.${randomBytes(8).toString("hex")}.tmp`;
  try {
    // The content first, its digest last: a reader never takes a digest for bytes not yet written.
    await writeFile(join(dir, `${temporary}.json`), bytes);
    await rename(join(dir, `${temporary}.json`), paths.content);
    await writeFile(join(dir, `${temporary}.sha256`), `${createHash("sha256").update(bytes).digest("hex")}\n`);
    await rename(join(dir, `${temporary}.sha256`), paths.sha256);
  } finally {
    await rm(join(dir, `${temporary}.json`), { force: true });
    await rm(join(dir, `${temporary}.sha256`), { force: true });
  }
}

const isString = (value: unknown): value is string => typeof value === "string";
const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(isString);

/** The entry, when its bytes have the shape storeBaseContent writes; a cache file is checked like outside data. */
function parseEntry(bytes: Buffer): BaseCacheEntry | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
  const entry = parsed as Partial<BaseCacheEntry>;
  const content = entry?.content as Partial<LayersContent> | undefined;
  if (typeof entry?.format !== "number" || !isString(entry.manifestDigest) || !content) return undefined;
  if (!isStringRecord(content.osRelease) || !isStringRecord(content.topLevelSymlinks)) return undefined;
  if (content.debianVersion !== undefined && !isString(content.debianVersion)) return undefined;
  if (!Array.isArray(content.installed)) return undefined;
  for (const item of content.installed as unknown[]) {
    const record = item as Record<string, unknown>;
    if (typeof item !== "object" || item === null) return undefined;
    if (!isString(record.name) || !isString(record.version) || !isString(record.architecture)) return undefined;
    if (record.multiArch !== undefined && !isString(record.multiArch)) return undefined;
    if (!Array.isArray(record.provides)) return undefined;
    for (const provided of record.provides as Array<Record<string, unknown>>)
      if (
        typeof provided !== "object" ||
        provided === null ||
        !isString(provided.name) ||
        (provided.version !== undefined && !isString(provided.version))
      )
        return undefined;
  }
  return entry as BaseCacheEntry;
}
