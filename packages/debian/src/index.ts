export type {
  ArchiveSource,
  InstalledPackage,
  PackageRecord,
  Relation,
  RelationField,
  Stanza,
  VersionOperator,
} from "./types.ts";
