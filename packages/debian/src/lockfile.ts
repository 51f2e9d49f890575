/**
 * The lock file: what a resolution chose, pinned by URL, size and SHA-256, so a rebuild installs the
 * same bytes without reading any index. JSON with a fixed key order (written field by field, never
 * from an object's insertion order) and packages sorted by name, so the same resolution always
 * writes the same file and a change shows as a small diff.
 *
 *   {
 *     "lockfileVersion": 1,
 *     "requested": ["ca-certificates", "libpam0g=1.5.2-6+deb12u1"],
 *     "sources": [{ "url": "https://snapshot.debian.org/archive/debian/20261201T000000Z",
 *                   "suites": ["bookworm"], "components": ["main"] }],
 *     "architectures": {
 *       "amd64": [{ "name": "…", "version": "…", "architecture": "amd64", "source": "…",
 *                   "url": "…/pool/main/….deb", "size": 1234, "sha256": "…", "suite": "…" }]
 *     }
 *   }
 */
import { readFile } from "node:fs/promises";
import { DebianError } from "./errors.ts";
import type { ArchiveSource } from "./types.ts";

export const LOCKFILE_VERSION = 1;

export interface LockedPackage {
  name: string;
  version: string;
  architecture: string;
  source: string;
  /** Where the .deb is downloaded from. */
  url: string;
  size: number;
  sha256: string;
  /** The source line it came from: `URL SUITE COMPONENT`. */
  from: string;
}

export interface Lockfile {
  requested: string[];
  sources: ArchiveSource[];
  /** Per Debian architecture (amd64, arm64, armhf…), the packages to install, sorted by name. */
  architectures: Record<string, LockedPackage[]>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function serializeLockfile(lock: Lockfile): string {
  const architectures: Record<string, unknown> = {};
  for (const architecture of Object.keys(lock.architectures).sort()) {
    architectures[architecture] = [...(lock.architectures[architecture] ?? [])]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((item) => ({
        name: item.name,
        version: item.version,
        architecture: item.architecture,
        source: item.source,
        url: item.url,
        size: item.size,
        sha256: item.sha256,
        from: item.from,
      }));
  }
  const ordered = {
    lockfileVersion: LOCKFILE_VERSION,
    requested: [...lock.requested],
    sources: lock.sources.map((source) => ({
      url: source.url,
      suites: [...source.suites],
      components: [...source.components],
    })),
    architectures,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Reads and checks a lock file; every problem names the file and the entry. */
export async function readLockfile(path: string): Promise<Lockfile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new DebianError(`lock file ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return parseLockfile(text, path);
}

export function parseLockfile(text: string, where = "lock file"): Lockfile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DebianError(`${where} is not valid JSON`);
  }
  const fail = (problem: string): never => {
    throw new DebianError(`${where}: ${problem}`);
  };
  if (!isObject(raw)) return fail("expected a JSON object");
  if (raw.lockfileVersion !== LOCKFILE_VERSION)
    fail(`lockfileVersion ${JSON.stringify(raw.lockfileVersion)} is not ${LOCKFILE_VERSION}`);
  const requested = stringArray(raw.requested) ?? fail("'requested' must be a list of strings");
  if (!Array.isArray(raw.sources)) fail("'sources' must be a list");
  const sources = (raw.sources as unknown[]).map((source, index): ArchiveSource => {
    if (!isObject(source) || typeof source.url !== "string") return fail(`sources[${index}] needs a url`);
    return {
      url: source.url,
      suites: stringArray(source.suites) ?? fail(`sources[${index}].suites must be a list of strings`),
      components: stringArray(source.components) ?? fail(`sources[${index}].components must be a list of strings`),
    };
  });
  if (!isObject(raw.architectures)) return fail("'architectures' must be an object");
  const architectures: Record<string, LockedPackage[]> = {};
  for (const [architecture, list] of Object.entries(raw.architectures)) {
    if (!Array.isArray(list)) return fail(`architectures.${architecture} must be a list`);
    architectures[architecture] = list.map((entry, index) =>
      lockedPackage(entry, `architectures.${architecture}[${index}]`, fail),
    );
  }
  return { requested, sources, architectures };
}

function lockedPackage(entry: unknown, at: string, fail: (problem: string) => never): LockedPackage {
  if (!isObject(entry)) return fail(`${at} must be an object`);
  const text = (name: string): string =>
    typeof entry[name] === "string" && entry[name] !== "" ? (entry[name] as string) : fail(`${at}.${name} is missing`);
  const sha256 = text("sha256");
  if (!SHA256.test(sha256)) fail(`${at}.sha256 is not 64 lowercase hex digits`);
  const size = entry.size;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) fail(`${at}.size is not a byte count`);
  const url = text("url");
  if (!/^https?:\/\//.test(url)) fail(`${at}.url is not an http(s) URL`);
  return {
    name: text("name"),
    version: text("version"),
    architecture: text("architecture"),
    source: text("source"),
    url,
    size: size as number,
    sha256,
    from: text("from"),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : undefined;
}
