/**
 * cosign's encrypted private keys: a PEM block (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`) whose body is JSON — scrypt parameters and salt, a NaCl secretbox
 * nonce, and the ciphertext of the PKCS#8 DER key. The key is scrypt(password, salt) → 32 bytes.
 */
import { scryptSync } from "node:crypto";
import nacl from "tweetnacl";
import { KeyError } from "./errors.ts";
import { quoteForMessage } from "./one-line.ts";

export const ENCRYPTED_KEY_LABELS = ["ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"] as const;

/** As parsed from the key file: any field may be missing or of any type. */
interface EncryptedKeyJson {
  kdf?: { name?: unknown; params?: { N?: unknown; r?: unknown; p?: unknown }; salt?: unknown };
  cipher?: { name?: unknown; nonce?: unknown };
  ciphertext?: unknown;
}

const MAX_SCRYPT_N = 2 ** 20;
/** scrypt's memory, 128·N·r bytes: four times what cosign's own keys take. */
const MAX_SCRYPT_BYTES = 256 * 1024 * 1024;

/** Decrypt the body (the base64 inside the PEM armour) to PKCS#8 DER. */
export function decryptCosignKey(body: Buffer, password: string): Buffer {
  let parsed: EncryptedKeyJson;
  try {
    parsed = JSON.parse(body.toString("utf8")) as EncryptedKeyJson;
  } catch {
    throw new KeyError("the encrypted key is not cosign's JSON format");
  }
  const { kdf, cipher, ciphertext } = parsed ?? {};
  if (kdf?.name !== "scrypt" || typeof kdf.salt !== "string") {
    throw new KeyError(
      `the encrypted key uses an unsupported key derivation ${typeof kdf?.name === "string" ? quoteForMessage(kdf.name, 64) : "none"} (expected scrypt)`,
    );
  }
  if (cipher?.name !== "nacl/secretbox" || typeof cipher.nonce !== "string" || typeof ciphertext !== "string") {
    throw new KeyError(
      `the encrypted key uses an unsupported cipher ${typeof cipher?.name === "string" ? quoteForMessage(cipher.name, 64) : "none"} (expected nacl/secretbox)`,
    );
  }
  const { N, r, p } = scryptParameters(kdf.params);
  const nonce = Buffer.from(cipher.nonce, "base64");
  if (nonce.length !== nacl.secretbox.nonceLength)
    throw new KeyError(`the encrypted key's nonce is ${nonce.length} bytes, not ${nacl.secretbox.nonceLength}`);
  // Node refuses scrypt beyond 32 MiB unless told: cosign's N=65536, r=8 is 64 MiB.
  const key = scryptSync(Buffer.from(password, "utf8"), Buffer.from(kdf.salt, "base64"), 32, {
    N,
    r,
    p,
    maxmem: 128 * N * r + 1024 * 1024,
  });
  const opened = nacl.secretbox.open(
    new Uint8Array(Buffer.from(ciphertext, "base64")),
    new Uint8Array(nonce),
    new Uint8Array(key),
  );
  if (!opened) throw new KeyError("wrong password for the encrypted key (or the key is damaged)");
  return Buffer.from(opened);
}

/**
 * The key file chooses scrypt's cost, so it is bounded before anything is derived: cosign writes
 * N=65536, r=8, p=1 (64 MiB); a hostile or damaged file must not make us allocate gigabytes or
 * spin for minutes. N is a power of two, as scrypt requires.
 */
function scryptParameters(params: { N?: unknown; r?: unknown; p?: unknown } | undefined): {
  N: number;
  r: number;
  p: number;
} {
  const { N, r, p } = params ?? {};
  const whole = (value: unknown, max: number): value is number =>
    typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= max;
  if (
    !whole(N, MAX_SCRYPT_N) ||
    N < 2 ||
    (N & (N - 1)) !== 0 ||
    !whole(r, 32) ||
    !whole(p, 16) ||
    128 * N * r > MAX_SCRYPT_BYTES
  )
    throw new KeyError(
      `the encrypted key's scrypt parameters are unsupported (N a power of two up to ${MAX_SCRYPT_N}, r up to 32, p up to 16, at most ${MAX_SCRYPT_BYTES / 1024 / 1024} MiB)`,
    );
  return { N, r, p };
}
