/**
 * The shapes the Debian package's modules share: control stanzas, package relations, package
 * records from a `Packages` index, installed packages from a dpkg status database, and the archive
 * sources they come from. Every module takes and returns these; none reaches into another's
 * internals.
 */

/** One deb822 paragraph: field names as written (look them up with `field()`), values unfolded. */
export type Stanza = Record<string, string>;

export type VersionOperator = "<<" | "<=" | "=" | ">=" | ">>";

/** One package named in a relation field: `name[:archqual] [(op version)] [[arch…]]`. */
export interface Relation {
  name: string;
  /** `:any`, `:native` or an architecture, when the relation names one. */
  archQualifier?: string;
  version?: { operator: VersionOperator; version: string };
  /** `[amd64 arm64]` or `[!armhf]`: the architectures the relation applies on (build profiles aside). */
  architectures?: string[];
}

/** A relation field: every group must be satisfied, by any one of its alternatives (`a | b`). */
export type RelationField = Relation[][];

/** A binary package as a `Packages` index (or a local .deb's control file) describes it. */
export interface PackageRecord {
  name: string;
  version: string;
  architecture: string;
  /** The source package name (without its version), or the package's own name. */
  source: string;
  depends: RelationField;
  preDepends: RelationField;
  /** Virtual packages this one provides, each with the version it provides if given. */
  provides: Array<{ name: string; version?: string }>;
  priority?: string;
  multiArch?: string;
  essential?: boolean;
  /** Path under the archive root (`pool/main/…`), or a local path for a .deb given as a file. */
  filename: string;
  size: number;
  /** Lowercase hex. */
  sha256: string;
  /** Where the record came from: the archive root URL, or `file`. */
  origin: string;
}

/** A package the base image already has, from `/var/lib/dpkg/status.d/*` or `/var/lib/dpkg/status`. */
export interface InstalledPackage {
  name: string;
  version: string;
  architecture: string;
  provides: Array<{ name: string; version?: string }>;
  /** The stanza's Multi-Arch, when it has one: `pkg:any` is satisfied only by `allowed` (deb-control(5)). */
  multiArch?: string;
}

/** One `debian-sources` line: `URL SUITE… [components: main contrib]`. */
export interface ArchiveSource {
  /** Archive root, without a trailing slash. */
  url: string;
  suites: string[];
  components: string[];
}
