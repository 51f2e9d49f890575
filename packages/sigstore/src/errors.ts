/** Errors of signing and verification: the caller's to fix (a key, a password) or a failed check. */
export class SigstoreError extends Error {
  override name = "SigstoreError";
}

/** Key material that cannot be used: malformed, unsupported, or the wrong password. */
export class KeyError extends SigstoreError {
  override name = "KeyError";
}

/** A signature that does not verify; `reason` says which check failed. Verification fails closed. */
export class VerificationError extends SigstoreError {
  override name = "VerificationError";
}

/** Nothing verified: why each stored signature was rejected, or that there are none. */
export function noSignatureVerified(what: string, rejected: string[]): VerificationError {
  return new VerificationError(
    `${what}: ${rejected.length === 0 ? "no signatures are stored for it" : rejected.join("; ")}`,
  );
}
