/**
 * Signing and verification keys from PEM: PKCS#8 and SEC1 private keys, cosign's encrypted keys, and
 * SPKI public keys. ECDSA P-256 is what cosign makes; RSA and Ed25519 are accepted as well.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { decryptCosignKey, ENCRYPTED_KEY_LABELS } from "./encrypted-key.ts";
import { KeyError } from "./errors.ts";

export type KeyAlgorithm = "ecdsa-p256" | "rsa" | "ed25519";

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  algorithm: KeyAlgorithm;
}

export interface VerificationKey {
  publicKey: KeyObject;
  algorithm: KeyAlgorithm;
}

interface PemBlock {
  label: string;
  body: Buffer;
}

export function parsePem(text: string): PemBlock {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) throw new KeyError("not a PEM block (-----BEGIN …-----)");
  return { label: match[1] as string, body: Buffer.from((match[2] as string).replace(/\s+/g, ""), "base64") };
}

export function algorithmOf(key: KeyObject): KeyAlgorithm {
  const type = key.asymmetricKeyType;
  if (type === "ec") {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve !== "prime256v1" && curve !== "P-256")
      throw new KeyError(`unsupported elliptic curve '${curve}' (cosign keys are P-256)`);
    return "ecdsa-p256";
  }
  if (type === "rsa") return "rsa";
  if (type === "ed25519") return "ed25519";
  throw new KeyError(`unsupported key type '${type}' (ECDSA P-256, RSA or Ed25519)`);
}

/** A private key from PEM; `password` decrypts cosign's encrypted keys (empty is a valid password). */
export function loadSigningKey(pem: string, password?: string): SigningKey {
  const block = parsePem(pem);
  let privateKey: KeyObject;
  try {
    if ((ENCRYPTED_KEY_LABELS as readonly string[]).includes(block.label)) {
      if (password === undefined)
        throw new KeyError("the key is encrypted: give its password (key-password or COSIGN_PASSWORD)");
      privateKey = createPrivateKey({ key: decryptCosignKey(block.body, password), format: "der", type: "pkcs8" });
    } else if (block.label === "PRIVATE KEY" || block.label === "EC PRIVATE KEY" || block.label === "RSA PRIVATE KEY") {
      privateKey = createPrivateKey(pem);
    } else {
      throw new KeyError(`a '${block.label}' PEM block is not a private key`);
    }
  } catch (error) {
    if (error instanceof KeyError) throw error;
    throw new KeyError(`the private key cannot be read: ${(error as Error).message}`);
  }
  return { privateKey, publicKey: createPublicKey(privateKey), algorithm: algorithmOf(privateKey) };
}

export function loadVerificationKey(pem: string): VerificationKey {
  const block = parsePem(pem);
  if (block.label !== "PUBLIC KEY" && block.label !== "RSA PUBLIC KEY") {
    throw new KeyError(`a '${block.label}' PEM block is not a public key`);
  }
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey(pem);
  } catch (error) {
    throw new KeyError(`the public key cannot be read: ${(error as Error).message}`);
  }
  return { publicKey, algorithm: algorithmOf(publicKey) };
}

export function publicKeyPem(key: { publicKey: KeyObject }): string {
  return key.publicKey.export({ type: "spki", format: "pem" }).toString();
}
