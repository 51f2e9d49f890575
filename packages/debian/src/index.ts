export { ArchiveVerificationError, DebianError, ResolutionError } from "./errors.ts";
export type {
  ArchiveSource,
  InstalledPackage,
  PackageRecord,
  Relation,
  RelationField,
  Stanza,
  VersionOperator,
} from "./types.ts";
