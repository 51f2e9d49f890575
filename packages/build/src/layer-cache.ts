/**
 * A content-addressed cache of built package layers, so a rebuild with nothing changed skips
 * unpacking the .debs and deflating the layer (most of a no-change rebuild's time before it).
 *
 * A layer's bytes are a pure function of its inputs (layer.ts is deterministic by construction), so
 * an entry is keyed by the SHA-256 of a canonical JSON of every one of those inputs (see
 * `layerCacheKey`) and holds `<key>.tar.gz` (the blob) and `<key>.json` (its digest, diff_id, size
 * and the packages it reports: everything `buildPackageLayer` returns, so the config, manifest and
 * SBOMs made from a hit are the same as from a build).
 *
 * Fail closed, and nothing in the directory is believed: a restored Actions cache or a shared
 * self-hosted runner can plant a blob with a record of its own (issue 23: diff_id all zeros, package
 * `openssl 99:9.9`), and the key is no secret (the .debs' hashes are public). So every hit is
 * checked against the inputs themselves: the .debs are read and the layer's tar made again, hashed
 * and never deflated (`packageLayerContent`: deflate is the larger part of a build, ~2/3 of it for
 * small layers and nearly all of it for large ones, and that part the cache still saves), while the
 * blob is copied to where the build wants it, its compressed bytes and its gunzipped tar both hashed
 * on the way. The hit is used only when the blob's digest and size are the record's, its tar is
 * exactly the tar the inputs make (diff_id), and the record's packages are the ones the .debs are;
 * the packages reported are those made from the .debs, never the record's. Anything else is
 * logged, rebuilt and the entry overwritten. Entries are written to a
 * temporary name and renamed into place, the blob before its record, so a record names a whole blob
 * and a killed run leaves at worst a temporary file. Failing to store or prune only logs: the layer
 * is built either way.
 *
 * Bounded: when an entry is stored, entries not used for `LAYER_CACHE_MAX_AGE_DAYS` are removed, then
 * the least recently used ones until the rest fit in `LAYER_CACHE_MAX_BYTES` (a hit marks its
 * record's mtime as the time of use). Leftover temporary files over a day old go too.
 */
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { canonicalJson } from "./image.ts";
import {
  buildPackageLayer,
  LAYER_FORMAT_VERSION,
  LAYER_MEDIA_TYPE,
  type LayerPackage,
  type PackageLayer,
  type PackageLayerInput,
  packageLayerContent,
} from "./layer.ts";
import { DEFLATE_BLOCK, GZIP_LEVEL, PAKO_VERSION } from "./tar-writer.ts";

export const LAYER_CACHE_MAX_AGE_DAYS = 30;
export const LAYER_CACHE_MAX_BYTES = 2 * 1024 * 1024 * 1024;
const TEMPORARY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const ENTRY_FILE = /^([0-9a-f]{64})\.(tar\.gz|json)$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export interface LayerCacheKeyInput {
  kind: "archive" | "local";
  /** The Debian architecture of the platform the layer is for. */
  architecture: string;
  /** Each input .deb's SHA-256 (hex), in the order given to the layer builder. */
  debSha256: string[];
  sourceDateEpoch: number;
  mergedUsr: Record<string, string>;
}

/**
 * The cache key: every input the layer's bytes (and the packages it reports) depend on. What is
 * deliberately left out, and why that is safe:
 * - the .debs' paths: the builder orders packages by (name, version, architecture) and refuses two
 *   .debs of one package, so a path only ever appears in error messages;
 * - the base's digest and layers: a package layer never reads the base except for its top-level
 *   symlinks (in the key), so a new base with the same links rightly reuses the layer, as the
 *   debug variant of a build does;
 * - the output path and the spool budgets: where the blob is written and how bodies are buffered
 *   do not change a byte of it.
 */
export function layerCacheKey(input: LayerCacheKeyInput): string {
  for (const sha256 of input.debSha256)
    if (!SHA256_HEX.test(sha256)) throw new Error(`layer cache key: ${JSON.stringify(sha256)} is not a SHA-256`);
  const keyed = {
    // What layer.ts and tar-writer.ts make of everything below: bumped by hand whenever their output
    // could change, since no hash of their code is taken.
    format: LAYER_FORMAT_VERSION,
    // The gzip stream: the same tar deflated at another level, in other blocks or by another pako
    // is another blob (another digest), even though its diff_id is the same.
    gzip: { level: GZIP_LEVEL, block: DEFLATE_BLOCK, pako: PAKO_VERSION, mediaType: LAYER_MEDIA_TYPE },
    // Not a byte of the layer depends on these beyond the .debs, but an archive layer and a local one
    // (or two platforms' layers) are different things to find in the cache and in its log lines.
    kind: input.kind,
    architecture: input.architecture,
    // The content itself: every entry, control stanza and md5sums comes out of these files. In the
    // order given: the builder sorts them itself, so another order can only miss, never mis-hit.
    debs: input.debSha256,
    // Every mtime is clamped to it, and status.d entries and generated parents carry it.
    sourceDateEpoch: input.sourceDateEpoch,
    // The merged-usr rewrite: with `bin -> usr/bin` in the base, `./bin/x` is written at `usr/bin/x`
    // and `bin` itself is dropped; the same .debs on a non-merged base give a different tar.
    mergedUsr: input.mergedUsr,
  };
  return createHash("sha256").update(canonicalJson(keyed)).digest("hex");
}

export interface CachedLayerInput extends Omit<PackageLayerInput, "debs"> {
  /** `sha256` when it is already known and trusted (a locked archive .deb); else the file is hashed. */
  debs: Array<{ path: string; sha256?: string }>;
  kind: "archive" | "local";
  architecture: string;
  /** The cache's directory (created when missing). */
  cacheDir: string;
  log?: (message: string) => void;
}

export interface CachedPackageLayer extends PackageLayer {
  /** True when the layer came from the cache, false when it was built (and stored). */
  cached: boolean;
}

interface LayerRecord {
  key: string;
  digest: string;
  diffId: string;
  size: number;
  mediaType: typeof LAYER_MEDIA_TYPE;
  packages: LayerPackage[];
}

/** `buildPackageLayer`, answered from the cache when an entry for exactly these inputs verifies. */
export async function cachedPackageLayer(input: CachedLayerInput): Promise<CachedPackageLayer> {
  const log = input.log ?? (() => {});
  const label = `${input.architecture} ${input.kind} layer`;
  const debSha256 = await Promise.all(input.debs.map((deb) => deb.sha256 ?? sha256OfFile(deb.path)));
  const key = layerCacheKey({
    kind: input.kind,
    architecture: input.architecture,
    debSha256,
    sourceDateEpoch: input.sourceDateEpoch,
    mergedUsr: input.mergedUsr,
  });
  const blob = join(input.cacheDir, `${key}.tar.gz`);
  const recordPath = join(input.cacheDir, `${key}.json`);

  const reused = await reuse({
    key,
    blob,
    recordPath,
    outFile: input.outFile,
    label,
    log,
    expected: () =>
      packageLayerContent(
        {
          debs: input.debs.map(({ path }) => ({ path })),
          mergedUsr: input.mergedUsr,
          sourceDateEpoch: input.sourceDateEpoch,
        },
        dirname(input.outFile),
      ),
  });
  if (reused) return reused;

  const layer = await buildPackageLayer({
    debs: input.debs.map(({ path }) => ({ path })),
    mergedUsr: input.mergedUsr,
    sourceDateEpoch: input.sourceDateEpoch,
    outFile: input.outFile,
  });
  try {
    await store(input.cacheDir, key, layer);
    await pruneLayerCache(input.cacheDir, { keep: key });
  } catch (error) {
    log(`layer cache: could not store the ${label} (${(error as Error).message}); the build goes on without it`);
  }
  return { ...layer, cached: false };
}

async function reuse(entry: {
  key: string;
  blob: string;
  recordPath: string;
  outFile: string;
  label: string;
  log: (message: string) => void;
  /** What the inputs make: the diff_id and packages the blob and record must agree with. */
  expected: () => Promise<{ diffId: string; packages: LayerPackage[] }>;
}): Promise<CachedPackageLayer | undefined> {
  let text: string;
  try {
    text = await readFile(entry.recordPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      entry.log(
        `layer cache: ${entry.recordPath} is unreadable (${(error as Error).message}); rebuilding the ${entry.label}`,
      );
    return undefined;
  }
  const record = parseRecord(text, entry.key);
  if (!record) {
    entry.log(`layer cache: ${entry.recordPath} is not a valid record; rebuilding the ${entry.label}`);
    return undefined;
  }
  // The copy and the inputs' tar at once: one is I/O and native gunzip, the other the .debs'
  // decompression. An error making the expected tar is the build's own error (a miss would hit it
  // too), so it is thrown, not logged.
  const [copied, expected] = await Promise.allSettled([copyHashing(entry.blob, entry.outFile), entry.expected()]);
  const fail = async (why: string) => {
    await rm(entry.outFile, { force: true });
    entry.log(`layer cache: ${entry.blob} ${why}; rebuilding the ${entry.label} and replacing the entry`);
    return undefined;
  };
  if (expected.status === "rejected") {
    await rm(entry.outFile, { force: true });
    throw expected.reason;
  }
  if (copied.status === "rejected") return fail(`could not be read (${(copied.reason as Error).message})`);
  const { digest, size } = copied.value;
  if (digest !== record.digest || size !== record.size)
    return fail(`is ${digest} (${size} bytes), not the recorded ${record.digest} (${record.size} bytes)`);
  if ("gunzipError" in copied.value) return fail(`does not gunzip (${copied.value.gunzipError})`);
  const { diffId } = copied.value;
  if (diffId !== expected.value.diffId || record.diffId !== expected.value.diffId)
    return fail(
      `does not hold the layer its inputs make: its tar is ${diffId} (recorded ${record.diffId}), the inputs' ${expected.value.diffId}`,
    );
  if (canonicalJson(record.packages) !== canonicalJson(expected.value.packages))
    return fail("has a record whose packages are not the ones its .debs are");
  const now = new Date();
  await utimes(entry.recordPath, now, now).catch(() => undefined);
  entry.log(`layer cache: the ${entry.label} is reused (${digest})`);
  return {
    path: entry.outFile,
    digest,
    diffId,
    size,
    mediaType: LAYER_MEDIA_TYPE,
    packages: expected.value.packages,
    cached: true,
  };
}

/**
 * Copies `from` to `to`, hashing the bytes copied and their gunzipped tar: what the build goes on
 * with is what was checked, not the cache file as it was before the copy.
 */
async function copyHashing(
  from: string,
  to: string,
): Promise<{ digest: string; size: number; diffId: string } | { digest: string; size: number; gunzipError: string }> {
  const hash = createHash("sha256");
  const tarHash = createHash("sha256");
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  let gunzipError: string | undefined;
  gunzip.on("data", (chunk: Buffer) => tarHash.update(chunk));
  const gunzipped = new Promise<void>((resolve) => {
    gunzip.on("end", resolve);
    // A blob that is not whole gzip still copies, so its digest can be told apart from the record's.
    gunzip.on("error", (error) => {
      gunzipError ??= error.message;
      resolve();
    });
  });
  let size = 0;
  try {
    await pipeline(
      createReadStream(from, { highWaterMark: 256 * 1024 }),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          if (gunzipError === undefined && !gunzip.write(chunk))
            await Promise.race([once(gunzip, "drain").catch(() => undefined), gunzipped]);
          yield chunk;
        }
        if (gunzipError === undefined) gunzip.end();
      },
      createWriteStream(to),
    );
    await gunzipped;
  } finally {
    gunzip.destroy();
  }
  const digest = `sha256:${hash.digest("hex")}`;
  return gunzipError === undefined
    ? { digest, size, diffId: `sha256:${tarHash.digest("hex")}` }
    : { digest, size, gunzipError };
}

/** A record as written by `store`, for this key, every field checked; undefined otherwise. */
function parseRecord(text: string, key: string): LayerRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Partial<LayerRecord>;
  const isString = (item: unknown): item is string => typeof item === "string";
  const packagesValid =
    Array.isArray(record.packages) &&
    record.packages.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        isString(item.name) &&
        isString(item.version) &&
        isString(item.architecture) &&
        isString(item.source) &&
        Number.isSafeInteger(item.files) &&
        item.files >= 0,
    );
  if (
    record.key !== key ||
    !isString(record.digest) ||
    !DIGEST.test(record.digest) ||
    !isString(record.diffId) ||
    !DIGEST.test(record.diffId) ||
    !Number.isSafeInteger(record.size) ||
    (record.size as number) <= 0 ||
    record.mediaType !== LAYER_MEDIA_TYPE ||
    !packagesValid
  )
    return undefined;
  return {
    key,
    digest: record.digest,
    diffId: record.diffId,
    size: record.size as number,
    mediaType: LAYER_MEDIA_TYPE,
    packages: (record.packages as LayerPackage[]).map(({ name, version, architecture, source, files }) => ({
      name,
      version,
      architecture,
      source,
      files,
    })),
  };
}

/** The blob, then its record, each through a temporary name in the same directory. */
async function store(dir: string, key: string, layer: PackageLayer): Promise<void> {
  await mkdir(dir, { recursive: true });
  const record: LayerRecord = {
    key,
    digest: layer.digest,
    diffId: layer.diffId,
    size: layer.size,
    mediaType: layer.mediaType,
    packages: layer.packages,
  };
  const temporaryBlob = join(dir, `.tmp-${randomUUID()}`);
  const temporaryRecord = join(dir, `.tmp-${randomUUID()}`);
  try {
    await copyFile(layer.path, temporaryBlob);
    await rename(temporaryBlob, join(dir, `${key}.tar.gz`));
    await writeFile(temporaryRecord, `${JSON.stringify(record, null, 2)}\n`);
    await rename(temporaryRecord, join(dir, `${key}.json`));
  } finally {
    await rm(temporaryBlob, { force: true });
    await rm(temporaryRecord, { force: true });
  }
}

export interface PruneOptions {
  /** A key never removed (the entry just stored). */
  keep?: string;
  maxAgeDays?: number;
  maxBytes?: number;
  now?: number;
}

/**
 * Removes entries unused for `maxAgeDays`, then the least recently used until the rest fit in
 * `maxBytes`; an entry's last use is its record's mtime (its blob's, when it has no record).
 */
export async function pruneLayerCache(dir: string, options: PruneOptions = {}): Promise<string[]> {
  const now = options.now ?? Date.now();
  const maxAgeMs = (options.maxAgeDays ?? LAYER_CACHE_MAX_AGE_DAYS) * 24 * 60 * 60 * 1000;
  const maxBytes = options.maxBytes ?? LAYER_CACHE_MAX_BYTES;
  const entries = new Map<string, { files: string[]; bytes: number; used: number; recorded: boolean }>();
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (name.startsWith(".tmp-")) {
      if (now - info.mtimeMs > TEMPORARY_MAX_AGE_MS) await rm(path, { force: true });
      continue;
    }
    const match = ENTRY_FILE.exec(name);
    if (!match) continue;
    const key = match[1] as string;
    const entry = entries.get(key) ?? { files: [], bytes: 0, used: 0, recorded: false };
    entry.files.push(path);
    entry.bytes += info.size;
    if (match[2] === "json") {
      entry.recorded = true;
      entry.used = info.mtimeMs;
    } else if (!entry.recorded) entry.used = Math.max(entry.used, info.mtimeMs);
    entries.set(key, entry);
  }
  const kept = options.keep ? entries.get(options.keep) : undefined;
  let total = kept?.bytes ?? 0;
  const removed: string[] = [];
  const byLastUse = [...entries].filter(([key]) => key !== options.keep).sort((a, b) => b[1].used - a[1].used);
  for (const [key, entry] of byLastUse) {
    if (now - entry.used <= maxAgeMs && total + entry.bytes <= maxBytes) {
      total += entry.bytes;
      continue;
    }
    // The record first: without it the blob is never used, even if removing the blob fails.
    for (const file of entry.files.sort((a, b) => Number(b.endsWith(".json")) - Number(a.endsWith(".json"))))
      await rm(file, { force: true });
    removed.push(key);
  }
  return removed;
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
