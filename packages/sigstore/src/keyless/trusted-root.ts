/**
 * Trust for keyless verification: which Fulcio CAs, certificate-transparency logs and Rekor logs
 * (and for how long) vouch for a short-lived certificate. The Sigstore public-good root is embedded;
 * a `trusted_root.json` (the format `cosign trusted-root create` writes and the TUF repository
 * serves) replaces it for a private deployment or a fresher copy.
 */
import { readFile } from "node:fs/promises";
import { TrustedRoot } from "@sigstore/protobuf-specs";
import { type KeyFinderFunc, type TrustMaterial, toTrustMaterial } from "@sigstore/verify";
import { KeyError } from "../errors.ts";
import { PUBLIC_GOOD_TRUSTED_ROOT } from "./public-good-root.ts";

const TRUSTED_ROOT_MEDIA_TYPE = "application/vnd.dev.sigstore.trustedroot";

export interface TrustedRootSource {
  /** Where it came from, for messages: a file path or "Sigstore public-good". */
  name: string;
  root: TrustedRoot;
}

export function publicGoodTrustedRoot(): TrustedRootSource {
  return { name: "Sigstore public-good", root: TrustedRoot.fromJSON(PUBLIC_GOOD_TRUSTED_ROOT) };
}

/** Parse a trusted_root.json; anything that is not one is a one-line error naming `name`. */
export function parseTrustedRoot(text: string, name: string): TrustedRootSource {
  let json: { mediaType?: unknown; certificateAuthorities?: unknown; tlogs?: unknown };
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyError(`trusted root ${name} is not JSON`);
  }
  if (typeof json?.mediaType !== "string" || !json.mediaType.startsWith(TRUSTED_ROOT_MEDIA_TYPE))
    throw new KeyError(`trusted root ${name} is not a Sigstore trusted root (mediaType ${String(json?.mediaType)})`);
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (error) {
    throw new KeyError(`trusted root ${name} is malformed: ${(error as Error).message}`);
  }
  if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0)
    throw new KeyError(`trusted root ${name} names no certificate authority and no transparency log`);
  return { name, root };
}

export async function readTrustedRoot(path: string): Promise<TrustedRootSource> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new KeyError(`cannot read trusted root ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return parseTrustedRoot(text, path);
}

/** Trust material for @sigstore/verify; `keys` adds public keys (keyed signatures with log entries). */
export function trustMaterialOf(source: TrustedRootSource, keys?: KeyFinderFunc): TrustMaterial {
  return toTrustMaterial(source.root, keys);
}
