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
  type BuiltImage,
  type BuiltPlatform,
  type PushStats,
  pushImage,
  topDocument,
  writeOciLayout,
} from "./publish.ts";
export { isKnownSpdxLicenseId, licensesFromCopyright, spdxLicenseId } from "./licences.ts";
export { CYCLONEDX_MEDIA_TYPE, cyclonedxDocument, debianPurl, ociPurl, SPDX_MEDIA_TYPE, type SbomInput, type SbomPackage, type SbomSubject, spdxDocument } from "./sbom.ts";
export { buildPackageLayer, LAYER_MEDIA_TYPE, type LayerPackage, type PackageLayer, type PackageLayerInput } from "./layer.ts";
export { RootfsError, type RootfsLayer, resolveInRootfs, unpackRootfs } from "./rootfs.ts";
export { runSmokeTest, SmokeTestError, type SmokeTestOptions, type SmokeTestResult } from "./smoke-test.ts";
