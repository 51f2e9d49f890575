export {
  attestationStatement,
  attestPredicate,
  CYCLONEDX_PREDICATE,
  SPDX_PREDICATE,
  sbomPredicateType,
} from "./attestation.ts";
export {
  type AttestationPolicyOptions,
  type AttestationSigner,
  type FoundAttestation,
  type RequiredAttestation,
  requireAttestations,
  type SatisfiedAttestation,
} from "./attestation-policy.ts";
export { type AwsKmsKeyName, awsKmsSigner, awsKmsVerificationKey, parseAwsKmsUri } from "./aws-kms.ts";
export {
  BUNDLE_MEDIA_TYPE,
  buildKeyedBundle,
  keyHint,
  pae,
  readBundles,
  signStatement,
  type VerifiedBundle,
  verifyBundle,
  writeBundleSignature,
} from "./bundle.ts";
export {
  readSourceAttestations,
  type SourceAttestations,
  type UnverifiedAttestation,
  unverifiedAttestationsWarning,
  type VerifiedPredicate,
} from "./carried-attestations.ts";
export { decryptCosignKey, ENCRYPTED_KEY_LABELS } from "./encrypted-key.ts";
export { KeyError, SigstoreError, VerificationError } from "./errors.ts";
export {
  type AttestedDigest,
  type AttestImagesOptions,
  attestImages,
  legacyStandInWarning,
  mapLimited,
  type SignatureFormat,
  type SignedDigest,
  signImages,
  type VerifiedImage,
  type VerifiedKeylessImage,
  verifyImageKeyless,
  verifyImageWithKey,
} from "./images.ts";
export { type KeySource, type KeySourceContext, resolveKeySource } from "./key-reference.ts";
export {
  requireLegacySignature,
  signImageLegacy,
  type VerificationResult,
  type VerifiedSignature,
  verifyImageLegacy,
} from "./keyed.ts";
export {
  type CertificateIdentity,
  checkIdentity,
  DISTROLESS_POLICY,
  describeMatch,
  type IdentityPolicy,
  type Match,
} from "./keyless/identity-policy.ts";
export {
  bundleToLegacyAnnotations,
  CERTIFICATE_ANNOTATION,
  CHAIN_ANNOTATION,
  legacyLayerToBundle,
} from "./keyless/legacy-bundle.ts";
export {
  type KeylessSigning,
  keylessSigning,
  PUBLIC_GOOD_FULCIO,
  PUBLIC_GOOD_REKOR,
  signImagesKeyless,
} from "./keyless/sign.ts";
export {
  parseTrustedRoot,
  publicGoodTrustedRoot,
  readTrustedRoot,
  type TrustedRootSource,
  trustMaterialOf,
} from "./keyless/trusted-root.ts";
export {
  type KeylessPolicy,
  type VerifiedKeyless,
  verifyBlobKeyless,
  verifyBundleKeyless,
  verifyLegacyKeyless,
} from "./keyless/verify.ts";
export {
  type KeyAlgorithm,
  loadSigningKey,
  loadVerificationKey,
  parsePem,
  publicKeyPem,
  type SigningKey,
  type VerificationKey,
} from "./keys.ts";
export {
  type LegacySignature,
  readLegacySignatures,
  SIGNATURE_ANNOTATION,
  SIMPLE_SIGNING_MEDIA_TYPE,
  writeLegacySignature,
} from "./legacy.ts";
export {
  attestImagesLogged,
  keyedSigstoreSigner,
  type LoggedSigning,
  signImagesLogged,
} from "./logged-signing.ts";
export {
  type AttestationPredicate,
  COSIGN_PREDICATE_TYPES,
  OPENVEX_PREDICATE,
  type PredicateDocumentKind,
  predicateOf,
  resolvePredicateType,
  SLSA_PROVENANCE_V1_PREDICATE,
} from "./predicates.ts";
export { signBytes, verifyBytes } from "./signature.ts";
export { localSigner, type Signer } from "./signer.ts";
export { checkSimpleSigning, SIMPLE_SIGNING_TYPE, simpleSigningPayload } from "./simple-signing.ts";
