/**
 * The transparency-log entry of a keyed signature (cosign signs with a key and uploads to Rekor by
 * default in v2): @sigstore/verify checks the entry's signed entry timestamp or inclusion proof
 * against a Rekor key of the trusted root, that the logged body records this very signature and
 * key, and the signature itself. The key is the verifier's own: whatever hint the signature names,
 * it is checked against exactly that key.
 */
import type { Bundle } from "@sigstore/bundle";
import { toSignedEntity, Verifier } from "@sigstore/verify";
import { VerificationError } from "./errors.ts";
import { type TrustedRootSource, trustMaterialOf } from "./keyless/trusted-root.ts";
import type { VerificationKey } from "./keys.ts";

/** Verify `bundle`'s log entry for `key`; returns the log index that vouches for the signature. */
export function verifyKeyedLogEntry(
  bundle: Bundle,
  key: VerificationKey,
  root: TrustedRootSource,
  artifact: Buffer | undefined,
  where: string,
): string {
  const trust = trustMaterialOf(root, () => ({ publicKey: key.publicKey, validFor: () => true }));
  try {
    new Verifier(trust).verify(toSignedEntity(bundle, artifact));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new VerificationError(
      `${where}: its transparency-log entry does not verify against ${root.name}: ${(error as Error).message}${code ? ` (${code})` : ""}`,
    );
  }
  return bundle.verificationMaterial.tlogEntries[0]?.logIndex ?? "";
}
