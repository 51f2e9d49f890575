/**
 * The OpenPGP keys an archive's InRelease must be signed by: Debian's archive keys shipped with the
 * project (embedded, so a bundled action needs no asset file), or a keyring the user gives, armored
 * (`.asc`) or binary (`.gpg`, as apt's `Signed-By` files are).
 */
import { type PublicKey, readKeys } from "openpgp";
import { DEBIAN_ARCHIVE_KEYRING_ARMOR } from "./debian-archive-keyring.ts";
import { DebianError } from "./errors.ts";

const ARMOR_START = "-----BEGIN PGP PUBLIC KEY BLOCK-----";

/**
 * Reads every public key in `data`. Private keys are reduced to their public halves: verifying
 * needs nothing more, and nothing secret should stay in memory. `name` says where the keys came
 * from in errors.
 */
export async function readKeyring(data: string | Uint8Array, name: string): Promise<PublicKey[]> {
  const text = typeof data === "string" ? data : undefined;
  const bytes = typeof data === "string" ? undefined : data;
  const armored = text ?? (bytes && Buffer.from(bytes.subarray(0, 256)).toString("latin1").includes(ARMOR_START));
  let keys: Awaited<ReturnType<typeof readKeys>>;
  try {
    keys = armored
      ? await readKeys({ armoredKeys: text ?? Buffer.from(bytes as Uint8Array).toString("utf8") })
      : await readKeys({ binaryKeys: bytes as Uint8Array });
  } catch (error) {
    throw new DebianError(`keyring ${name}: not an OpenPGP keyring (${(error as Error).message})`);
  }
  if (keys.length === 0) throw new DebianError(`keyring ${name}: holds no keys`);
  return keys.map((key) => key.toPublic());
}

let shipped: Promise<PublicKey[]> | undefined;

/** Debian's archive keys as shipped (see packages/debian/keys/README.md); read once per process. */
export function defaultKeyring(): Promise<PublicKey[]> {
  shipped ??= readKeyring(DEBIAN_ARCHIVE_KEYRING_ARMOR, "debian-archive-keyring (shipped)");
  return shipped;
}
