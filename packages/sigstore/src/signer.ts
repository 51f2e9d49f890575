/**
 * A signer: something that signs bytes with a key whose public half we know. Local keys sign in
 * process; KMS keys sign remotely. Signing code takes a Signer and does not care which.
 */
import type { KeyObject } from "node:crypto";
import type { KeyAlgorithm, SigningKey } from "./keys.ts";
import { signBytes } from "./signature.ts";

export interface Signer {
  algorithm: KeyAlgorithm;
  publicKey: KeyObject;
  /** Where the key lives, for summaries: "local key", "awskms:///alias/release". */
  description: string;
  sign(message: Buffer): Promise<Buffer>;
}

export function localSigner(key: SigningKey): Signer {
  return {
    algorithm: key.algorithm,
    publicKey: key.publicKey,
    description: `local ${key.algorithm} key`,
    sign: async (message) => signBytes(key, message),
  };
}
