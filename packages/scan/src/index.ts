export {
  analysisCategories,
  type CategoryAnalysis,
  CodeScanningError,
  defaultRefAndSha,
  type Octokit,
  type ProcessingStatus,
  type UploadReceipt,
  uploadSarif,
  waitForProcessing,
} from "./code-scanning.ts";
export {
  type CompareImagesOptions,
  compareImageScans,
  type ImagesScanDelta,
  type PlatformScanDelta,
} from "./compare-images.ts";
export {
  CATEGORY_PREFIX,
  defaultCategory,
  listRepositoryTags,
  parseReleaseVersion,
  type ReleaseToScan,
  releasesToScan,
  retiredMajors,
} from "./discover.ts";
export { compareFindings, gateFailures, isFixable, reportedFindings, severityRank } from "./filter.ts";
export { type FetchedTarget, resolveScanTargets, writeScanLayout } from "./image-layout.ts";
export {
  type InstalledTrivy,
  type InstallTrivyOptions,
  installTrivy,
  type TrivyAtPath,
  TrivyInstallError,
  useTrivyPath,
} from "./install.ts";
export {
  type AcceptedFindingsOptions,
  type AcceptedFindingsTarget,
  type AcceptedFindingsVex,
  acceptedFindingsVex,
  ignoreFileComments,
  justificationIn,
  OPENVEX_CONTEXT,
  OPENVEX_JUSTIFICATIONS,
  type OpenVexDocument,
  type OpenVexJustification,
  type OpenVexStatement,
  ociPackageUrl,
} from "./openvex.ts";
export { DEFAULT_TRIVY_VERSION, PINNED_TRIVY, type PinTable } from "./pinned-trivy.ts";
export { OFFLINE_FLAGS, runTrivy, TrivyRunError, type TrivyRunOptions, trivyArguments } from "./run-trivy.ts";
export {
  emptyRun,
  encodeSarif,
  SarifError,
  type SarifLog,
  sarifLog,
  TRIVY_TOOL_NAME as SARIF_TOOL_NAME,
  trimSarif,
} from "./sarif.ts";
export {
  type DeltaFinding,
  type FindingDelta,
  findingDelta,
  pairedTarget,
  type ScannedFindings,
  scanDeltas,
  type TargetDelta,
  unpairedBaseline,
  type VersionChangedFinding,
} from "./scan-delta.ts";
export { type ImageToScan, platformSuffix, type ScannedTarget, scanImages } from "./scan-images.ts";
export { countFindings, DEFAULT_SLA, dueDate, isOverdue } from "./sla.ts";
export {
  findingsFromTrivyReport,
  reportMetadata,
  type SuppressedFinding,
  type SuppressionStatus,
  scannedOsOf,
  suppressedFindingsFromTrivyReport,
  TrivyReportError,
  trivyVersionOf,
} from "./trivy-report.ts";
export * from "./types.ts";
export { SCAN_USER_ERRORS } from "./user-errors.ts";
export {
  type DbFetchOptions,
  type DbFetchResult,
  type DbMetadata,
  DEFAULT_DB_REPOSITORIES,
  ensureVulnerabilityDb,
  TRIVY_DB_LAYER,
  VulnerabilityDbError,
} from "./vulnerability-db.ts";
