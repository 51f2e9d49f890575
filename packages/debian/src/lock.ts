/**
 * Locking and fetching: the two halves a build stands on.
 *
 * `lockPackages` reads the base image's installed set and os-release for each platform, verifies
 * every source's InRelease and Packages indexes, resolves the requested packages (and the local
 * .debs' dependencies) per Debian architecture against what the base already has, and returns the
 * lock file: each package pinned by URL, size and SHA-256.
 *
 * `fetchLockedDebs` then downloads exactly the lock file's .debs for one architecture, each verified
 * against its SHA-256 and size, without reading any index: the lock is the authority.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Platform, Reference, RegistryClients, Transport } from "@image-actions/oci";
import type { PublicKey } from "openpgp";
import { debianArchitecture } from "./architectures.ts";
import { ArchiveClient, type ArchiveClientStats, type PackagesIndex } from "./archive-client.ts";
import { type BaseImage, readBaseImage } from "./base-image.ts";
import { parseStanzas } from "./control.ts";
import { readDebControl } from "./deb.ts";
import { DebianError } from "./errors.ts";
import type { LockedPackage, Lockfile } from "./lockfile.ts";
import { packageRecordsFrom, packageRecordsFromIndex } from "./packages-index.ts";
import { resolveDependencies } from "./resolver.ts";
import { snapshotDayOf } from "./snapshot-time.ts";
import { parseSources } from "./sources.ts";
import type { ArchiveSource, PackageRecord } from "./types.ts";

/** Debian Policy §5.6.1: lowercase letters, digits, `+ - .`, at least two characters. */
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+$/;
/** Debian Policy §5.6.12: an optional epoch, upstream version and revision. */
const PACKAGE_VERSION = /^(?:\d+:)?[A-Za-z0-9.+~-]+$/;

export interface RequestedPackage {
  name: string;
  version?: string;
}

/** `name` or `name=version`, as `debian-packages` lines and the CLI take them. */
export function parseRequestedPackage(text: string): RequestedPackage {
  const [name, version, extra] = text.trim().split("=");
  if (
    extra !== undefined ||
    !name ||
    !PACKAGE_NAME.test(name) ||
    (version !== undefined && !PACKAGE_VERSION.test(version))
  )
    throw new DebianError(`package ${JSON.stringify(text.slice(0, 120))}: expected name or name=version`);
  return version === undefined ? { name } : { name, version };
}

export interface LockOptions {
  clients: RegistryClients;
  /** The base image (digest-pinned in a build); its installed set and os-release are read per platform. */
  base: Reference;
  /** `debian-sources` lines: `URL SUITE… [components: …]`, `{codename}` and `{snapshot}` allowed. */
  sources: string[];
  /** The time `{snapshot}` names; the start of today (UTC, by `now`) when absent (snapshot-time.ts says why). */
  snapshotTime?: Date;
  /** The keys every InRelease must be signed by; Debian's archive keys when absent. */
  keys?: PublicKey[];
  platforms: Platform[];
  /** Local .deb files (the application): installed where their Architecture allows, deps resolved. */
  localDebs?: string[];
  /** `name` or `name=version`. */
  packages: string[];
  cacheDir: string;
  now?: () => Date;
  transport?: Transport;
  /** Lines worth a warning (a cached file that failed its re-hash): see ArchiveClientOptions. */
  log?: (line: string) => void;
  /** The base as `readBaseImage` read it for each of `platforms`, in that order, when the caller has it. */
  bases?: BaseImage[];
}

export interface ArchitectureLock {
  architecture: string;
  platform: Platform;
  /** The base's packages that satisfied a request or a dependency. */
  satisfiedByBase: string[];
  /** The local .debs installed on this architecture. */
  local: PackageRecord[];
  /** Why each package is in: the chain from a request or local .deb. */
  reasons: Record<string, string[]>;
}

export interface LockResult {
  lockfile: Lockfile;
  architectures: ArchitectureLock[];
  codename: string | undefined;
  stats: ArchiveClientStats;
}

export async function lockPackages(options: LockOptions): Promise<LockResult> {
  const requested = options.packages.map(parseRequestedPackage);
  const targets = options.platforms.map((platform) => ({ platform, architecture: debianArchitecture(platform) }));
  const bases =
    options.bases ??
    (await Promise.all(targets.map(({ platform }) => readBaseImage(options.clients, options.base, platform))));
  const codename = bases[0]?.codename;
  const snapshot = options.snapshotTime ?? snapshotDayOf(options.now?.() ?? new Date());
  const sources = parseSources(options.sources, { codename, snapshot });
  if (sources.length === 0 && requested.length > 0)
    throw new DebianError("debian-sources: give at least one archive to install packages from");
  const locals = await Promise.all((options.localDebs ?? []).map(localPackageRecord));
  const archive = new ArchiveClient({
    cacheDir: options.cacheDir,
    keys: options.keys ?? (await (await import("./keyring.ts")).defaultKeyring()),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    const results = await Promise.all(
      targets.map(async ({ platform, architecture }, index) => {
        const candidates = await archiveRecords(archive, sources, architecture);
        const local = locals.filter((record) => record.architecture === architecture || record.architecture === "all");
        const resolution = resolveDependencies({
          architecture,
          requested,
          local,
          candidates: candidates.map((item) => item.record),
          installed: (bases[index] as (typeof bases)[number]).installed,
        });
        const from = new Map(candidates.map((item) => [item.record, item.from]));
        const locked = resolution.packages
          .filter((record) => record.origin !== "file")
          .map((record) => lockedPackage(record, from.get(record) ?? record.origin));
        const lock: ArchitectureLock = {
          architecture,
          platform,
          satisfiedByBase: resolution.satisfiedByBase,
          local: resolution.packages.filter((record) => record.origin === "file"),
          reasons: resolution.reasons,
        };
        return { lock, locked };
      }),
    );
    const architectures: Lockfile["architectures"] = {};
    for (const { lock, locked } of results) architectures[lock.architecture] = locked;
    return {
      lockfile: { requested: options.packages.map((item) => item.trim()), sources, architectures },
      architectures: results.map((item) => item.lock),
      codename,
      stats: archive.stats,
    };
  } finally {
    await archive.close();
  }
}

interface SourcedRecord {
  record: PackageRecord;
  /** `URL SUITE COMPONENT`: which source line and index the record came from. */
  from: string;
}

/** Every record of every source's verified indexes for `architecture` (and `all`). */
async function archiveRecords(
  archive: ArchiveClient,
  sources: ArchiveSource[],
  architecture: string,
): Promise<SourcedRecord[]> {
  const indexes: PackagesIndex[] = (
    await Promise.all(
      sources.flatMap((source) =>
        source.suites.map((suite) =>
          archive.packagesIndexes({ url: source.url, suite }, source.components, [architecture]),
        ),
      ),
    )
  ).flat();
  return indexes.flatMap((index) =>
    packageRecordsFromIndex(index.text, index.archive).map((record) => ({
      record,
      from: `${index.archive} ${index.suite} ${index.component}`,
    })),
  );
}

function lockedPackage(record: PackageRecord, from: string): LockedPackage {
  return {
    name: record.name,
    version: record.version,
    architecture: record.architecture,
    source: record.source,
    url: `${record.origin}/${record.filename.replace(/^\/+/, "")}`,
    size: record.size,
    sha256: record.sha256,
    from,
  };
}

/** A local .deb as a package record: its control stanza, its own size and SHA-256, origin `file`. */
async function localPackageRecord(path: string): Promise<PackageRecord> {
  const [{ control }, size, sha256] = await Promise.all([readDebControl(path), fileSize(path), fileSha256(path)]);
  const stanza = parseStanzas(control)[0];
  if (!stanza) throw new DebianError(`${path}: the .deb has an empty control file`);
  const [record] = packageRecordsFrom([{ ...stanza, Filename: path, Size: String(size), SHA256: sha256 }], "file");
  return record as PackageRecord;
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw new DebianError(`${path}: cannot read the .deb (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

function fileSha256(path: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolvePromise(hash.digest("hex")));
  });
}

export interface FetchOptions {
  lockfile: Lockfile;
  architecture: string;
  cacheDir: string;
  /** Where to put the .debs (named `name_version_arch.deb`); they stay in the cache only when absent. */
  outDir?: string;
  now?: () => Date;
  transport?: Transport;
  /** Lines worth a warning (a cached file that failed its re-hash): see ArchiveClientOptions. */
  log?: (line: string) => void;
}

export interface FetchedDeb {
  name: string;
  version: string;
  path: string;
  /** The SHA-256 the lock names, which the file was checked against when it entered the cache. */
  sha256: string;
  /** Maintainer scripts the package carries: they never run in a distroless build. */
  maintainerScripts: string[];
}

export interface FetchResult {
  debs: FetchedDeb[];
  stats: ArchiveClientStats;
}

export async function fetchLockedDebs(options: FetchOptions): Promise<FetchResult> {
  const locked = options.lockfile.architectures[options.architecture];
  if (!locked)
    throw new DebianError(
      `the lock file has no packages for ${options.architecture} (it has ${Object.keys(options.lockfile.architectures).join(", ") || "none"}); lock again with that platform`,
    );
  // No keys: nothing here reads an index; each file is checked against the hash the lock names.
  const archive = new ArchiveClient({
    cacheDir: options.cacheDir,
    keys: [],
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  try {
    const cached = await archive.fetchDebs(
      locked.map((item) => ({ url: item.url, sha256: item.sha256, size: item.size })),
    );
    if (options.outDir) await mkdir(options.outDir, { recursive: true });
    const debs = await Promise.all(
      locked.map(async (item, index) => {
        const source = cached[index] as string;
        const path = options.outDir ? join(options.outDir, debFileName(item)) : source;
        if (options.outDir) await copyFile(source, path);
        const maintainerScripts = await maintainerScriptsOf(source, item.sha256, options.cacheDir);
        return { name: item.name, version: item.version, path, sha256: item.sha256, maintainerScripts };
      }),
    );
    return { debs, stats: archive.stats };
  } finally {
    await archive.close();
  }
}

/**
 * Which maintainer scripts a .deb carries, remembered beside the cache by the .deb's SHA-256 (the
 * same bytes always carry the same scripts): reading them means decompressing the control member,
 * which a warm fetch would otherwise repeat for every package on every run.
 */
async function maintainerScriptsOf(path: string, sha256: string, cacheDir: string): Promise<string[]> {
  const remembered = join(cacheDir, "deb-scripts", `${sha256}.json`);
  try {
    const scripts = JSON.parse(await readFile(remembered, "utf8")) as unknown;
    if (Array.isArray(scripts) && scripts.every((name) => typeof name === "string")) return scripts as string[];
  } catch {
    // Not remembered yet (or unreadable): read the .deb.
  }
  const { maintainerScripts } = await readDebControl(path);
  await mkdir(dirname(remembered), { recursive: true });
  const temporary = `${remembered}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(maintainerScripts));
  await rename(temporary, remembered);
  return maintainerScripts;
}

/** Debian's own naming of a .deb (an epoch's colon written `%3a`, as apt and the archive do). */
function debFileName(item: LockedPackage): string {
  return basename(`${item.name}_${item.version.replace(/:/g, "%3a")}_${item.architecture}.deb`);
}
