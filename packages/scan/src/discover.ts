/**
 * Rescans of every supported release line: which tags of a repository are releases, the newest
 * release of each of the newest N major versions, and the Code Scanning categories that go with
 * them, including the categories of lines that left the window and should be closed.
 *
 * Categories are `trivy/<registry>/<repository>` (+ `:<major>` in discovery, + `/<os>-<arch>[-<variant>]`
 * per platform of a multi-arch image). The registry host is part of it: the same repository name on
 * two registries may hold different images, and with the host first, the `:` of a major can only
 * come after the first `/` of the path, where a repository path never has one, so no category of one
 * repository can be read as another's. Paths are normalised as image references are
 * (`nginx` → `docker.io/library/nginx`) so one repository always gets one category. Neither tag nor
 * digest is in it: alerts follow the repository (or the release line) from one release to the next.
 */
import {
  formatPlatform,
  type Platform,
  parsePlatform,
  parseReference,
  type RegistryClient,
  repositoryName,
} from "@image-actions/oci";

export interface ReleaseVersion {
  major: number;
  minor: number;
  patch: number;
  /** `YYYYMMDD` of a nightly rebuild tag (`1.2.3-20261201`), newer than the release it rebuilds. */
  rebuild?: number;
}

export interface ReleaseToScan {
  major: number;
  /** The tag as the registry has it (`v4.1.0` or `4.1.0`). */
  tag: string;
  /** `MAJOR.MINOR.PATCH`, without a `v`. */
  version: string;
}

/** The prefix of every category trivy-scan uploads under. */
export const CATEGORY_PREFIX = "trivy";

/**
 * A release: `MAJOR.MINOR.PATCH`, optionally after `v`, numbers without leading zeros; no
 * pre-release, no build — except the nightly rebuild's `-YYYYMMDD` (the tag policy in the README:
 * the same release on a fresher base), which is what that release line serves now.
 */
const RELEASE_TAG =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])))?$/;

/** The release version a tag names, or undefined for anything else (`latest`, `4.0.0-rc1`, `1.2`). */
export function parseReleaseVersion(tag: string): ReleaseVersion | undefined {
  const match = RELEASE_TAG.exec(tag);
  if (!match) return undefined;
  const [major, minor, patch] = match.slice(1, 4).map(Number) as [number, number, number];
  // Beyond 2^53 numbers stop comparing exactly; no real version gets there.
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch, ...(match[4] ? { rebuild: Number(match[4]) } : {}) };
}

function compareVersions(a: ReleaseVersion, b: ReleaseVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || (a.rebuild ?? 0) - (b.rebuild ?? 0);
}

/**
 * The newest release of each of the newest `majors` major versions, newest first. Versions compare
 * as numbers (`1.10.0` is newer than `1.9.0`). When `4.1.0` and `v4.1.0` both exist they are one
 * release; the tag without `v` is taken, whatever order the registry listed them in. A release's
 * newest nightly rebuild (`4.1.0-20261201`) is taken over the release itself: it is what the line
 * serves now, so a fix the rebuild brought shows as closed in that major's category.
 */
export function releasesToScan(tags: Iterable<string>, majors: number): ReleaseToScan[] {
  if (!Number.isSafeInteger(majors) || majors < 0) {
    throw new RangeError(`the number of major versions must be a whole number ≥ 0, not ${majors}`);
  }
  const newest = new Map<number, { version: ReleaseVersion; tag: string }>();
  for (const tag of tags) {
    const version = parseReleaseVersion(tag);
    if (!version) continue;
    const known = newest.get(version.major);
    const order = known ? compareVersions(version, known.version) : 1;
    if (!known || order > 0 || (order === 0 && tag < known.tag)) newest.set(version.major, { version, tag });
  }
  return [...newest.values()]
    .sort((a, b) => b.version.major - a.version.major)
    .slice(0, majors)
    .map(({ version, tag }) => ({
      major: version.major,
      tag,
      version: `${version.major}.${version.minor}.${version.patch}`,
    }));
}

/**
 * A repository's tags, every page of them. The registry client's lister already follows the
 * `Link` pages on the registry's own origin and stops at a bound; a repository the registry does
 * not know lists no tags.
 */
export function listRepositoryTags(client: RegistryClient, repository: string): Promise<string[]> {
  return client.listTags(repository);
}

/** `registry/repository`, normalised as an image reference is; refuses a tag or digest. */
function normalisedRepository(repositoryPath: string): string {
  const text = repositoryPath.trim();
  const lastSlash = text.lastIndexOf("/");
  if (text.includes("@") || text.lastIndexOf(":") > lastSlash) {
    throw new RangeError(`a category names a repository without tag or digest, not '${repositoryPath}'`);
  }
  return repositoryName(parseReference(text));
}

function platformSuffix(platform: string | Platform): string {
  const parsed = typeof platform === "string" ? parsePlatform(platform) : parsePlatform(formatPlatform(platform));
  return formatPlatform(parsed).replaceAll("/", "-");
}

/**
 * The default Code Scanning category of a repository (`registry/repository`, e.g.
 * `ghcr.io/acme/app`): `trivy/ghcr.io/acme/app`, with `:<major>` for a discovered release line and
 * `/<os>-<arch>[-<variant>]` for one platform of a multi-arch image. Every character comes from the
 * reference and platform grammars: lowercase letters, digits, `.`, `_`, `-`, `/` and `:` (and the
 * brackets of an IPv6 registry host), nothing GitHub could misread; the automation id adds the
 * trailing `/` GitHub splits a category from a run id at.
 */
export function defaultCategory(
  repositoryPath: string,
  options: { major?: number; platform?: string | Platform } = {},
): string {
  let category = `${CATEGORY_PREFIX}/${normalisedRepository(repositoryPath)}`;
  if (options.major !== undefined) {
    if (!Number.isSafeInteger(options.major) || options.major < 0) {
      throw new RangeError(`a major version is a whole number ≥ 0, not ${options.major}`);
    }
    category += `:${options.major}`;
  }
  if (options.platform !== undefined) category += `/${platformSuffix(options.platform)}`;
  return category;
}

/** `:<major>` and an optional `/<os>-<arch>[-<variant>]` (platform parts have no `-` of their own). */
const MAJOR_SUFFIX = /^:(0|[1-9]\d*)(?:\/[a-z0-9_]+-[a-z0-9_]+(?:-[a-z0-9_]+)?)?$/;

/**
 * The categories (from `existingCategories`, e.g. the keys of `analysisCategories`) of release lines
 * that left the window: major versions of this repository older than every kept one, with or
 * without a platform suffix, sorted. Only lines below the window retire: an empty `keptMajors` (no
 * release found, or a repository name the registry does not know) retires nothing, so a mistake
 * in discovery never closes every alert, and a major above the window (its tags removed) is left alone.
 * `repositoryCategoryPrefix` is the repository's category without a major: `defaultCategory(repository)`.
 */
export function retiredMajors(
  existingCategories: Iterable<string>,
  keptMajors: Iterable<number>,
  repositoryCategoryPrefix: string,
): string[] {
  const kept = [...keptMajors];
  if (kept.length === 0) return [];
  const oldestKept = Math.min(...kept);
  const retired = new Set<string>();
  for (const existing of existingCategories) {
    const category = existing.endsWith("/") ? existing.slice(0, -1) : existing;
    if (!category.startsWith(repositoryCategoryPrefix)) continue;
    const match = MAJOR_SUFFIX.exec(category.slice(repositoryCategoryPrefix.length));
    if (match && Number(match[1]) < oldestKept) retired.add(category);
  }
  return [...retired].sort();
}
