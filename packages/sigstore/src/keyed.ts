/**
 * Keyed signing and verification of images in cosign's legacy format: sign the simple-signing
 * payload of a digest with a key and append it to the `.sig` image; verify that at least one stored
 * signature is over this digest and verifies with the key. Fails closed, with a reason per signature.
 */
import type { RegistryClient } from "@image-actions/oci";
import { noSignatureVerified } from "./errors.ts";
import { verifyKeyedLogEntry } from "./keyed-log.ts";
import { legacyLayerToBundle, REKOR_BUNDLE_ANNOTATION } from "./keyless/legacy-bundle.ts";
import type { TrustedRootSource } from "./keyless/trusted-root.ts";
import type { VerificationKey } from "./keys.ts";
import { type LegacySignature, readLegacySignatures, writeLegacySignature } from "./legacy.ts";
import { verifyBytes } from "./signature.ts";
import type { Signer } from "./signer.ts";
import { checkSimpleSigning, type SimpleSigning, simpleSigningPayload } from "./simple-signing.ts";

export interface SignImageOptions {
  /** The repository name signed into the payload (`registry/repository`), as cosign writes it. */
  dockerReference: string;
  annotations?: Map<string, string>;
}

export async function signImageLegacy(
  client: RegistryClient,
  repository: string,
  digest: string,
  signer: Signer,
  options: SignImageOptions,
): Promise<{ outcome: "written" | "exists"; tag: string }> {
  const payload = simpleSigningPayload(options.dockerReference, digest, options.annotations);
  const signature = await signer.sign(payload);
  // ECDSA signatures differ on every run, so "already signed" means: the same payload, and a stored
  // signature over it that verifies with this key.
  const isDuplicate = (existing: LegacySignature) =>
    existing.payload.equals(payload) &&
    verifyBytes(signer, existing.payload, Buffer.from(existing.signature, "base64"));
  return writeLegacySignature(client, repository, digest, { payload, signature }, isDuplicate);
}

export interface VerifiedSignature extends SimpleSigning {
  format: "legacy";
  layerDigest: string;
  /** Whether the signature carries a Rekor bundle (a transparency-log entry). */
  tlogEntry: boolean;
  /** The Rekor log index of an entry that was verified (only when a trusted root was given). */
  logIndex?: string;
}

export interface VerificationResult {
  verified: VerifiedSignature[];
  /** Why each other stored signature was not accepted. */
  rejected: string[];
}

/**
 * The stored signatures over `digest` that verify with `key`. With `log`, a signature's
 * transparency-log entry is verified against that trusted root as well, and one that does not
 * verify rejects the signature; without, entries are only noted.
 */
export async function verifyImageLegacy(
  client: RegistryClient,
  repository: string,
  digest: string,
  key: VerificationKey,
  log?: TrustedRootSource,
): Promise<VerificationResult> {
  const result: VerificationResult = { verified: [], rejected: [] };
  for (const stored of await readLegacySignatures(client, repository, digest)) {
    if (!verifyBytes(key, stored.payload, Buffer.from(stored.signature, "base64"))) {
      result.rejected.push(`${stored.layer.digest}: the signature does not verify with this key`);
      continue;
    }
    try {
      const simpleSigning = checkSimpleSigning(stored.payload, digest);
      const tlogEntry = Boolean(stored.annotations[REKOR_BUNDLE_ANNOTATION]);
      const where = stored.layer.digest;
      const logIndex =
        tlogEntry && log
          ? verifyKeyedLogEntry(
              legacyLayerToBundle(stored.payload, stored.signature, stored.annotations),
              key,
              log,
              stored.payload,
              where,
            )
          : undefined;
      result.verified.push({
        ...simpleSigning,
        format: "legacy",
        layerDigest: where,
        tlogEntry,
        ...(logIndex !== undefined ? { logIndex } : {}),
      });
    } catch (error) {
      const message = (error as Error).message;
      result.rejected.push(message.startsWith(stored.layer.digest) ? message : `${stored.layer.digest}: ${message}`);
    }
  }
  return result;
}

/** Like verifyImageLegacy, but no verified signature is an error saying why. */
export async function requireLegacySignature(
  client: RegistryClient,
  repository: string,
  digest: string,
  key: VerificationKey,
): Promise<VerifiedSignature[]> {
  const result = await verifyImageLegacy(client, repository, digest, key);
  if (result.verified.length > 0) return result.verified;
  throw noSignatureVerified(`${digest} has no signature that verifies with the key`, result.rejected);
}
