export { ArchiveVerificationError, DebianError, ResolutionError } from "./errors.ts";
export {
  LOCKFILE_VERSION,
  type LockedPackage,
  type Lockfile,
  parseLockfile,
  readLockfile,
  serializeLockfile,
} from "./lockfile.ts";
export { codenameOf, parseSourceLine, parseSources, snapshotDate } from "./sources.ts";
export type {
  ArchiveSource,
  InstalledPackage,
  PackageRecord,
  Relation,
  RelationField,
  Stanza,
  VersionOperator,
} from "./types.ts";
