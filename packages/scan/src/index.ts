export { type FetchedTarget, resolveScanTargets, writeScanLayout } from "./image-layout.ts";
export {
  OFFLINE_FLAGS,
  runTrivy,
  TrivyRunError,
  type TrivyRunOptions,
  trivyArguments,
  trivyVersion,
} from "./run-trivy.ts";
export * from "./types.ts";
export {
  type DbFetchOptions,
  type DbFetchResult,
  type DbMetadata,
  DEFAULT_DB_REPOSITORIES,
  ensureVulnerabilityDb,
  TRIVY_DB_LAYER,
  VulnerabilityDbError,
} from "./vulnerability-db.ts";
