/**
 * Raw signatures as cosign makes them: ECDSA over SHA-256 in ASN.1 DER, RSA PKCS#1 v1.5 over
 * SHA-256, Ed25519 over the message itself. Pure functions over bytes and keys.
 */
import { sign, verify } from "node:crypto";
import type { SigningKey, VerificationKey } from "./keys.ts";

export function signBytes(key: SigningKey, message: Buffer): Buffer {
  return sign(key.algorithm === "ed25519" ? null : "sha256", message, key.privateKey);
}

export function verifyBytes(key: VerificationKey, message: Buffer, signature: Buffer): boolean {
  try {
    return verify(key.algorithm === "ed25519" ? null : "sha256", message, key.publicKey, signature);
  } catch {
    return false;
  }
}
