/**
 * The fields of a (verified) Release text that the archive client acts on. Debian's repository
 * format: `SHA256` lists `hash size path` per index file relative to `dists/<suite>/`; `Date` and
 * `Valid-Until` are RFC 2822 dates in UTC; `Acquire-By-Hash: yes` means each index is also served
 * under `<dir>/by-hash/SHA256/<hash>`; `Architectures` and `No-Support-for-Architecture-all` decide
 * whether `binary-all` indexes are read at all (binaryAllIndexesRead says how). MD5Sum and SHA1 lists
 * are ignored: only SHA-256 is trusted.
 */
import { field, parseStanzas } from "./control.ts";
import { ArchiveVerificationError } from "./errors.ts";

export interface ReleaseFileEntry {
  /** Lowercase hex. */
  sha256: string;
  size: number;
}

export interface Release {
  suite?: string;
  codename?: string;
  date?: Date;
  validUntil?: Date;
  architectures: string[];
  components: string[];
  acquireByHash: boolean;
  /** `No-Support-for-Architecture-all`: the index kinds (`Packages`, …) whose `all` file is not to be read. */
  noSupportForArchitectureAll: string[];
  /** Path under `dists/<suite>/` → its SHA-256 and size. */
  files: Map<string, ReleaseFileEntry>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const SIZE = /^\d{1,15}$/;

/** Parses the verified text of a Release; `file` names it in errors. */
export function parseRelease(text: string, file: string): Release {
  const [stanza] = parseStanzas(text);
  if (!stanza) throw new ArchiveVerificationError(`${file}: the signed text holds no Release fields`);
  const words = (name: string): string[] => (field(stanza, name) ?? "").split(/\s+/).filter((word) => word !== "");
  const files = new Map<string, ReleaseFileEntry>();
  // Lines of `hash size path`; paths never hold whitespace, so the words come in threes whether the
  // field is folded across lines or not.
  const listed = words("SHA256");
  if (listed.length % 3 !== 0)
    throw new ArchiveVerificationError(`${file}: the SHA256 list is not hash-size-path lines`);
  for (let index = 0; index < listed.length; index += 3) {
    const [sha256, size, path] = listed.slice(index, index + 3) as [string, string, string];
    if (!SHA256_HEX.test(sha256) || !SIZE.test(size))
      throw new ArchiveVerificationError(`${file}: SHA256 line for ${JSON.stringify(path)} is malformed`);
    files.set(path, { sha256, size: Number(size) });
  }
  return {
    suite: field(stanza, "Suite"),
    codename: field(stanza, "Codename"),
    date: releaseDate(field(stanza, "Date"), "Date", file),
    validUntil: releaseDate(field(stanza, "Valid-Until"), "Valid-Until", file),
    architectures: words("Architectures"),
    components: words("Components"),
    acquireByHash: field(stanza, "Acquire-By-Hash")?.trim().toLowerCase() === "yes",
    noSupportForArchitectureAll: words("No-Support-for-Architecture-all"),
    files,
  };
}

/**
 * Whether the `binary-all/Packages` indexes of this Release are read, decided as apt decides it
 * (apt ≥ 1.1: debReleaseIndex::IsArchitectureAllSupportedFor, pkgAcqMetaBase::QueueIndexes).
 * Debian's repository format (wiki.debian.org/DebianRepository/Format, "Architectures" and
 * "No-Support-for-Architecture-all"): a client fetches binary-all indexes only when `all` is in
 * `Architectures` (a Release without the field supports every architecture, `all` too), and not for
 * a kind of index `No-Support-for-Architecture-all` names (`Packages`: every architecture's Packages
 * lists the `all` packages as well, binary-all only repeats them). Debian's own suites list no `all`:
 * their binary-all files exist, but no client reads them and they may lag their InRelease (issue 25:
 * a security suite's binary-all did not match the size its InRelease listed, by-hash copy absent).
 */
export function binaryAllIndexesRead(release: Release): boolean {
  const allSupported = release.architectures.length === 0 || release.architectures.includes("all");
  return allSupported && !release.noSupportForArchitectureAll.includes("Packages");
}

function releaseDate(value: string | undefined, name: string, file: string): Date | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time))
    throw new ArchiveVerificationError(`${file}: ${name} ${JSON.stringify(value.trim())} is not a date`);
  return new Date(time);
}
