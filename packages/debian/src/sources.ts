/**
 * Archive sources as `debian-sources` lines give them, explicit as apko, chisel and rules_distroless
 * want them rather than apt's files: `URL SUITE… [components: main contrib]`. The reproducible form
 * is a snapshot URL (`https://snapshot.debian.org/archive/debian/20261201T000000Z bookworm`), whose
 * date is also the moment its signatures and Valid-Until are judged at. A suite may be written
 * `{codename}`, filled from the base image's os-release, so one workflow follows the base from
 * bookworm to trixie. A URL may hold `{snapshot}`, filled with a time as snapshot.debian.org names
 * it (snapshot-time.ts), so a nightly's sources follow the calendar while each lock still records
 * the one archive state it was resolved against.
 */
import { DebianError } from "./errors.ts";
import { formatSnapshotTime } from "./snapshot-time.ts";
import type { ArchiveSource } from "./types.ts";

const DEFAULT_COMPONENTS = ["main"];
/** Suites and components are path segments of the archive: letters, digits and a few marks. */
const PATH_WORD = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const CODENAME_PLACEHOLDER = "{codename}";
const SNAPSHOT_PLACEHOLDER = "{snapshot}";

/** What the placeholders of source lines are filled with. */
export interface SourcePlaceholders {
  /** `{codename}` in a suite: the base image's codename (codenameOf). */
  codename?: string | undefined;
  /** `{snapshot}` in a URL: written as `YYYYMMDDTHHMMSSZ` in UTC. */
  snapshot?: Date | undefined;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

/**
 * One source per line; blank lines and `#` comments are skipped. `placeholders` fill `{codename}`
 * and `{snapshot}`; a placeholder with nothing to fill it is an error naming the line.
 */
export function parseSources(lines: string[], placeholders: SourcePlaceholders = {}): ArchiveSource[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => parseSourceLine(line, placeholders));
}

export function parseSourceLine(line: string, placeholders: SourcePlaceholders = {}): ArchiveSource {
  const { codename, snapshot } = placeholders;
  const [head, componentsText] = splitComponents(line);
  const [written, ...suites] = head.split(/\s+/).filter((word) => word !== "");
  if (!written) throw new DebianError(`source ${quote(line)}: expected URL SUITE… [components: …]`);
  if (written.includes(SNAPSHOT_PLACEHOLDER) && !snapshot)
    throw new DebianError(`source ${quote(line)}: {snapshot} needs a time to fill it, and none was given`);
  const url = snapshot ? written.replaceAll(SNAPSHOT_PLACEHOLDER, formatSnapshotTime(snapshot)) : written;
  // Braces left over are a placeholder misspelt ({snapshots}, {date}): never a path to fetch.
  if (/[{}]/.test(url))
    throw new DebianError(
      `source ${quote(line)}: the URL holds an unknown placeholder (only {snapshot} is filled there)`,
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DebianError(`source ${quote(line)}: ${quote(url)} is not a URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new DebianError(`source ${quote(line)}: the archive URL must be http or https`);
  if (parsed.username || parsed.password || parsed.search || parsed.hash)
    throw new DebianError(`source ${quote(line)}: the archive URL may not carry credentials, a query or a fragment`);
  if (suites.length === 0) throw new DebianError(`source ${quote(line)}: name at least one suite after the URL`);
  const filled = suites.map((suite) => {
    if (!suite.includes(CODENAME_PLACEHOLDER)) return suite;
    if (!codename)
      throw new DebianError(
        `source ${quote(line)}: {codename} needs the base image's VERSION_CODENAME or VERSION_ID, which it does not have`,
      );
    return suite.replaceAll(CODENAME_PLACEHOLDER, codename);
  });
  const components =
    componentsText !== undefined
      ? componentsText
          .split(/[\s,]+/)
          .map((word) => word.trim())
          .filter((word) => word !== "")
      : DEFAULT_COMPONENTS;
  for (const word of [...filled, ...components]) {
    if (!PATH_WORD.test(word))
      throw new DebianError(`source ${quote(line)}: ${quote(word)} is not a suite or component name`);
  }
  if (components.length === 0) throw new DebianError(`source ${quote(line)}: 'components:' lists none`);
  return { url: url.replace(/\/+$/, ""), suites: filled, components };
}

function splitComponents(line: string): [string, string | undefined] {
  const match = /\s+components:\s*(.*)$/i.exec(line);
  if (!match) return [line, undefined];
  return [line.slice(0, match.index), match[1] ?? ""];
}

/** `VERSION_CODENAME`, else the codename of Debian's `VERSION_ID`; undefined when neither says. */
export function codenameOf(osRelease: Record<string, string>): string | undefined {
  if (osRelease.VERSION_CODENAME) return osRelease.VERSION_CODENAME;
  const byVersion: Record<string, string> = { "11": "bullseye", "12": "bookworm", "13": "trixie", "14": "forky" };
  return osRelease.VERSION_ID ? byVersion[osRelease.VERSION_ID.split(".")[0] as string] : undefined;
}

/**
 * The date a snapshot.debian.org URL pins (`/archive/<name>/<YYYYMMDDTHHMMSSZ>`), or undefined for
 * any other archive: signatures and Valid-Until of a snapshot are judged at that moment, not now.
 */
export function snapshotDate(url: string): Date | undefined {
  const match = /\/archive\/[^/]+\/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:\/|$)/.exec(new URL(url).pathname);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day, hour, minute, second));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
