/**
 * Keyless verification of one stored signature, in either format: @sigstore/verify checks the
 * certificate chain up to a Fulcio CA of the trusted root at the time the log vouches for, the
 * embedded SCT against the certificate-transparency logs, the transparency-log entry (signed entry
 * timestamp or inclusion proof) and that it records this very signature, and the signature; then
 * the certificate's identity must satisfy the policy and the payload must be a signature over the
 * image digest. Every failure says which check failed.
 */
import { type Bundle, bundleFromJSON } from "@sigstore/bundle";
import { type Signer, type TrustMaterial, toSignedEntity, Verifier } from "@sigstore/verify";
import { checkSignStatement } from "../bundle.ts";
import { VerificationError } from "../errors.ts";
import type { LegacySignature } from "../legacy.ts";
import { checkSimpleSigning } from "../simple-signing.ts";
import { type CertificateIdentity, checkIdentity, type IdentityPolicy } from "./identity-policy.ts";
import { CERTIFICATE_ANNOTATION, type DsseEnvelopeJson, legacyLayerToBundle } from "./legacy-bundle.ts";

export interface KeylessPolicy {
  trust: TrustMaterial;
  identity: IdentityPolicy;
}

export interface VerifiedKeyless {
  format: "legacy" | "bundle";
  identity: CertificateIdentity;
  /** The Rekor log index that vouches for the signature. */
  logIndex: string;
  /** The `.sig` layer digest or the referrer manifest digest. */
  stored: string;
}

function verifyEntity(bundle: Bundle, policy: KeylessPolicy, artifact: Buffer | undefined, where: string) {
  let signer: Signer;
  try {
    signer = new Verifier(policy.trust).verify(toSignedEntity(bundle, artifact));
  } catch (error) {
    // @sigstore/verify's messages are terse ("digest mismatch"); its code names the check.
    const code = (error as { code?: string }).code;
    throw new VerificationError(`${where}: ${(error as Error).message}${code ? ` (${code})` : ""}`);
  }
  const identity = {
    subject: signer.identity?.subjectAlternativeName ?? "",
    issuer: signer.identity?.extensions?.issuer ?? "",
  };
  try {
    checkIdentity(policy.identity, identity);
  } catch (error) {
    throw new VerificationError(`${where}: ${(error as Error).message}`);
  }
  return { identity, logIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex ?? "" };
}

export function verifyLegacyKeyless(stored: LegacySignature, digest: string, policy: KeylessPolicy): VerifiedKeyless {
  const where = stored.layer.digest;
  if (!stored.annotations[CERTIFICATE_ANNOTATION])
    throw new VerificationError(`${where}: it has no certificate: a keyed signature, not a keyless one`);
  let bundle: Bundle;
  try {
    bundle = legacyLayerToBundle(stored.payload, stored.signature, stored.annotations);
  } catch (error) {
    throw new VerificationError(`${where}: ${(error as Error).message}`);
  }
  const verified = verifyEntity(bundle, policy, stored.payload, where);
  try {
    checkSimpleSigning(stored.payload, digest);
  } catch (error) {
    throw new VerificationError(`${where}: ${(error as Error).message}`);
  }
  return { format: "legacy", ...verified, stored: where };
}

export function verifyBundleKeyless(
  bytes: Buffer,
  digest: string,
  referrer: string,
  policy: KeylessPolicy,
): VerifiedKeyless {
  return verifyDsseBundleKeyless(bytes, referrer, policy, (payload) => checkSignStatement(payload, digest, referrer));
}

/**
 * A keyless bundle holding a DSSE envelope: the certificate, log entry and signature verified, then
 * `checkStatement` run over the signed in-toto statement (a cosign signature, or an attestation).
 */
export function verifyDsseBundleKeyless(
  bytes: Buffer,
  referrer: string,
  policy: KeylessPolicy,
  checkStatement: (payload: Buffer) => void,
): VerifiedKeyless {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(bytes.toString("utf8")));
  } catch (error) {
    throw new VerificationError(`${referrer}: not a valid Sigstore bundle: ${(error as Error).message}`);
  }
  if (bundle.verificationMaterial.content.$case === "publicKey")
    throw new VerificationError(`${referrer}: signed with a key, not keyless`);
  if (bundle.content.$case !== "dsseEnvelope")
    throw new VerificationError(`${referrer}: the bundle holds no DSSE envelope`);
  const verified = verifyEntity(bundle, policy, undefined, referrer);
  checkStatement(bundle.content.dsseEnvelope.payload);
  return { format: "bundle", ...verified, stored: referrer };
}

/**
 * A keyless legacy `.att` layer: its DSSE envelope with the certificate and Rekor entry of the
 * layer's annotations (legacyLayerToBundle), verified as a bundle; then `checkStatement` over the
 * signed statement.
 */
export function verifyLegacyAttestationKeyless(
  envelope: DsseEnvelopeJson,
  annotations: Record<string, string>,
  where: string,
  policy: KeylessPolicy,
  checkStatement: (payload: Buffer) => void,
): VerifiedKeyless {
  if (!annotations[CERTIFICATE_ANNOTATION])
    throw new VerificationError(`${where}: it has no certificate: a keyed attestation, not a keyless one`);
  let bundle: Bundle;
  try {
    bundle = legacyLayerToBundle(Buffer.alloc(0), "", annotations, envelope);
  } catch (error) {
    throw new VerificationError(`${where}: ${(error as Error).message}`);
  }
  const verified = verifyEntity(bundle, policy, undefined, where);
  checkStatement(Buffer.from(envelope.payload, "base64"));
  return { format: "legacy", ...verified, stored: where };
}

/**
 * A file signed as `cosign sign-blob --bundle` does (a release's checksums file, say): the bundle
 * must hold a message signature over exactly `artifact`'s bytes. A DSSE bundle is refused: its
 * signature covers the envelope's payload, which says nothing about these bytes by itself.
 */
export function verifyBlobKeyless(
  bundleBytes: Buffer,
  artifact: Buffer,
  name: string,
  policy: KeylessPolicy,
): VerifiedKeyless {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(bundleBytes.toString("utf8")));
  } catch (error) {
    throw new VerificationError(`${name}: not a valid Sigstore bundle: ${(error as Error).message}`);
  }
  if (bundle.verificationMaterial.content.$case === "publicKey")
    throw new VerificationError(`${name}: signed with a key, not keyless`);
  if (bundle.content.$case !== "messageSignature")
    throw new VerificationError(
      `${name}: the bundle holds no message signature (a DSSE envelope is not a blob signature)`,
    );
  const verified = verifyEntity(bundle, policy, artifact, name);
  return { format: "bundle", ...verified, stored: name };
}
