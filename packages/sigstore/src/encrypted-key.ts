/**
 * cosign's encrypted private keys: a PEM block (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`) whose body is JSON — scrypt parameters and salt, a NaCl secretbox
 * nonce, and the ciphertext of the PKCS#8 DER key. The key is scrypt(password, salt) → 32 bytes.
 */
import { scryptSync } from "node:crypto";
import nacl from "tweetnacl";
import { KeyError } from "./errors.ts";

export const ENCRYPTED_KEY_LABELS = ["ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"] as const;

interface EncryptedKeyJson {
  kdf?: { name?: string; params?: { N?: number; r?: number; p?: number }; salt?: string };
  cipher?: { name?: string; nonce?: string };
  ciphertext?: string;
}

/** Decrypt the body (the base64 inside the PEM armour) to PKCS#8 DER. */
export function decryptCosignKey(body: Buffer, password: string): Buffer {
  let parsed: EncryptedKeyJson;
  try {
    parsed = JSON.parse(body.toString("utf8")) as EncryptedKeyJson;
  } catch {
    throw new KeyError("the encrypted key is not cosign's JSON format");
  }
  const { kdf, cipher, ciphertext } = parsed;
  if (kdf?.name !== "scrypt" || !kdf.salt || !kdf.params?.N || !kdf.params.r || !kdf.params.p) {
    throw new KeyError(
      `the encrypted key uses an unsupported key derivation '${kdf?.name ?? "none"}' (expected scrypt)`,
    );
  }
  if (cipher?.name !== "nacl/secretbox" || !cipher.nonce || !ciphertext) {
    throw new KeyError(
      `the encrypted key uses an unsupported cipher '${cipher?.name ?? "none"}' (expected nacl/secretbox)`,
    );
  }
  const { N, r, p } = kdf.params;
  // scrypt needs 128·N·r bytes; cosign's N=65536, r=8 is 64 MiB, over Node's 32 MiB default.
  const key = scryptSync(Buffer.from(password, "utf8"), Buffer.from(kdf.salt, "base64"), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r + 1024 * 1024,
  });
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(ciphertext, "base64")),
    new Uint8Array(Buffer.from(cipher.nonce, "base64")),
    new Uint8Array(key),
  );
  if (!opened) throw new KeyError("wrong password for the encrypted key (or the key is damaged)");
  return Buffer.from(opened);
}
