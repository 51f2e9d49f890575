export { debianArchitecture, platformOf } from "./architectures.ts";
export {
  ArchiveClient,
  type ArchiveClientOptions,
  type ArchiveLocation,
  type PackagesIndex,
} from "./archive-client.ts";
export {
  type BaseImage,
  type ImageLayer,
  type LayersContent,
  parseOsRelease,
  type ReadBaseOptions,
  readBaseImage,
  readLayersContent,
} from "./base-image.ts";
export { defaultDebianCacheDir } from "./cache-dir.ts";
export { field, parseStanzas, quoteForMessage } from "./control.ts";
export {
  DEFAULT_DEB_UNPACK_LIMITS,
  type DebControl,
  type DebDataEntry,
  type DebUnpackLimits,
  MAINTAINER_SCRIPTS,
  readDebControl,
  readDebData,
} from "./deb.ts";
export { type Compression, decompressed, layerCompression } from "./decompress.ts";
export { ArchiveVerificationError, DebianError, ResolutionError } from "./errors.ts";
export {
  comparePackages,
  diffAgainst,
  diffImages,
  type ImageChanges,
  identicalImages,
  type PackageChange,
  type PackageEntry,
  type PlatformChanges,
  type PlatformSide,
} from "./image-changes.ts";
export {
  type ImagePackages,
  type PlatformPackages,
  platformKey,
  platformWanted,
  type ReadImagePackagesOptions,
  type RecordedBase,
  readImagePackages,
  recordedBase,
} from "./image-packages.ts";
export { type InReleaseOptions, type VerifiedRelease, verifyInRelease } from "./inrelease.ts";
export { defaultKeyring, readKeyring } from "./keyring.ts";
export {
  type ArchitectureLock,
  type FetchedDeb,
  type FetchOptions,
  type FetchResult,
  fetchLockedDebs,
  type LockOptions,
  type LockResult,
  lockPackages,
  parseRequestedPackage,
  type RequestedPackage,
} from "./lock.ts";
export {
  formatLockChange,
  type LockedPackageChange,
  type LockUpdate,
  type LockUpdateOptions,
  lockChanges,
  sourceLinesOf,
  updateLock,
} from "./lock-update.ts";
export {
  LOCKFILE_VERSION,
  type LockedPackage,
  type Lockfile,
  parseLockfile,
  readLockfile,
  serializeLockfile,
} from "./lockfile.ts";
export { installedPackagesFrom, packageRecordsFrom, packageRecordsFromIndex } from "./packages-index.ts";
export {
  appliesOnArchitecture,
  formatAlternatives,
  formatRelation,
  parseProvides,
  parseRelations,
} from "./relations.ts";
export { parseRelease, type Release, type ReleaseFileEntry } from "./release.ts";
export { type Resolution, type ResolutionRequest, resolveDependencies } from "./resolver.ts";
export { formatSnapshotTime, parseSnapshotTime, snapshotDayOf } from "./snapshot-time.ts";
export { codenameOf, parseSourceLine, parseSources, type SourcePlaceholders, snapshotDate } from "./sources.ts";
export type {
  ArchiveSource,
  InstalledPackage,
  PackageRecord,
  Relation,
  RelationField,
  Stanza,
  VersionOperator,
} from "./types.ts";
export { compareVersions, type DebianVersion, parseVersion, satisfiesVersion } from "./version.ts";
