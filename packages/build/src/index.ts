export { type ArtifactFile, attachArtifact, createdAt } from "./artifact-referrer.ts";
export {
  type BuildOptions,
  type BuildResult,
  buildDistroless,
  type PlatformReport,
  type SbomFormat,
} from "./build.ts";
export { builtImagePackages } from "./built-packages.ts";
export {
  type AddedLayer,
  type BlobDescriptor,
  buildConfig,
  buildIndex,
  buildManifest,
  type ConfigChanges,
  canonicalJson,
  type Document,
  imageAnnotations,
  mergeEnv,
  OCI_CONFIG,
  type ProvenanceContext,
} from "./image.ts";
export {
  buildPackageLayer,
  LAYER_FORMAT_VERSION,
  LAYER_MEDIA_TYPE,
  type LayerPackage,
  type PackageLayer,
  type PackageLayerInput,
} from "./layer.ts";
export {
  type CachedLayerInput,
  type CachedPackageLayer,
  cachedPackageLayer,
  LAYER_CACHE_MAX_AGE_DAYS,
  LAYER_CACHE_MAX_BYTES,
  type LayerCacheKeyInput,
  layerCacheKey,
  type PruneOptions,
  pruneLayerCache,
} from "./layer-cache.ts";
export { isKnownSpdxLicenseId, licensesFromCopyright, spdxLicenseId } from "./licences.ts";
export {
  attachLocks,
  type ImageLock,
  installedLockBytes,
  LOCK_ARTIFACT_TYPE,
  LOCK_FILE_NAME,
  readImageLock,
} from "./lock-referrer.ts";
export {
  BUILD_DISTROLESS_BUILD_TYPE,
  type BuildParameters,
  type BuildRun,
  externalParameters,
  LOCAL_BUILDER_ID,
  type LocalDeb,
  type ProvenanceInput,
  provenancePredicate,
  SLSA_PROVENANCE_V1,
} from "./provenance.ts";
export { type ProvenanceFile, writeProvenanceFiles } from "./provenance-files.ts";
export {
  type BuiltImage,
  type BuiltPlatform,
  type PushStats,
  pushImage,
  topDocument,
  writeOciLayout,
} from "./publish.ts";
export { pushBuild } from "./push-build.ts";
export { RootfsError, type RootfsLayer, resolveInRootfs, unpackRootfs } from "./rootfs.ts";
export { SANDBOX_HOST_ID } from "./sandbox.ts";
export {
  CYCLONEDX_MEDIA_TYPE,
  cyclonedxDocument,
  debianDistro,
  debianPurl,
  type OciImageName,
  ociPurl,
  type SbomInput,
  type SbomPackage,
  type SbomSubject,
  SPDX_MEDIA_TYPE,
  spdxDocument,
} from "./sbom.ts";
export { attachSbom, attachSboms } from "./sbom-referrer.ts";
export {
  type ImageSmokeTestOptions,
  type ImageSmokeTestReport,
  runnerPlatform,
  SmokeTestFailed,
  smokeTestImage,
} from "./smoke-image.ts";
export { runSmokeTest, SmokeTestError, type SmokeTestOptions, type SmokeTestResult } from "./smoke-test.ts";
