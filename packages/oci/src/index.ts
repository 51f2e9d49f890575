export { MAX_SCOPES_PER_TOKEN } from "./auth/authenticator.ts";
export { parseChallenge } from "./auth/challenge.ts";
export {
  type Credential,
  type CredentialProvider,
  firstOf,
  ignoreSecrets,
  type LookupOptions,
  type SecretSink,
  staticCredentials,
} from "./auth/credentials.ts";
export { DockerConfigCredentials, dockerConfigPath, loadDockerConfig } from "./auth/docker-config.ts";
export { EcrCredentials, ecrAccount, ecrRegion, isEcrRegistry } from "./auth/ecr.ts";
export {
  type KnownRealm,
  noKnownRealms,
  type RealmTable,
  realmTable,
  WELL_KNOWN_REALMS,
} from "./auth/known-realms.ts";
export { RegistryClients } from "./clients.ts";
export { type AuditReport, auditCopies, type DestinationAudit } from "./copy/audit.ts";
export {
  type CopyOptions,
  type CopyReport,
  copyImage,
  type DestinationReport,
  leftBehindWarning,
} from "./copy/copy.ts";
export { DigestVerifier, digestOf, parseDigest, verifyContent } from "./digest.ts";
export {
  type EcrTarget,
  ecrPublicRepositoryName,
  ensureEcrRepository,
  type RepositoryOutcome,
  type RepositorySettings,
} from "./ecr-repositories.ts";
export { AuthError, DigestMismatchError, InvalidInputError, OciError, RegistryError } from "./errors.ts";
export { HostLimiter } from "./host-limiter.ts";
export { INDEX_REFERRER_ISSUE, indexReferrerLimit, isIndexReferrerRefusal } from "./index-referrers.ts";
export { type Descriptor, type Manifest, parseManifest } from "./manifest.ts";
export * from "./media-types.ts";
export { OciLayoutWriter } from "./oci-layout.ts";
export { isLowPullRate, type PullRate, pullRateOf } from "./pull-rate.ts";
export { type EcrPacers, ecrPacers, RatePacer } from "./rate-pacer.ts";
export { ConcurrentUpdateError, type MergeTarget, readMergeWrite } from "./read-merge-write.ts";
export {
  apiHost,
  configPlatform,
  formatPlatform,
  formatReference,
  isLoopbackRegistry,
  manifestReference,
  type Platform,
  parsePlatform,
  parseReference,
  platformMatches,
  type Reference,
  repositoryName,
  withDigest,
} from "./reference.ts";
export { classifyReferrer, legacyTag, REFERRER_KINDS, type ReferrerKind } from "./referrer-kinds.ts";
export { RegistryClient } from "./registry-client.ts";
export { type FallbackIndexUpdate, referrersTag } from "./registry-referrers.ts";
export {
  type CheckTagsOptions,
  checkDestinationTags,
  isMutableTag,
  type TagCheck,
  TagMoveError,
  type TagState,
  type TagWriteOutcome,
  tagGlob,
  type UnreachableTag,
  writeReleaseTag,
} from "./release-tags.ts";
export { backoffDelay, parseRetryAfter } from "./retry.ts";
export { Transport } from "./transport.ts";
export { jsonSyntaxProblem, oneLine, quoteValue } from "./untrusted-text.ts";
