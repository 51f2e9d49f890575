/**
 * Keyless signing, as cosign does it: sigstore-js gets a short-lived certificate from Fulcio for an
 * ephemeral key (Fulcio binds it to the identity in the workflow's OIDC token), signs, and records
 * the signature in Rekor; storing it is logged signing's (a `.sig` layer with the certificate and
 * the Rekor entry as annotations, or a bundle referrer).
 */

import type { Reference, RegistryClients } from "@image-actions/oci";
import type { Signer as SigstoreSigner } from "@sigstore/sign";
import type { SignedDigest, SignImagesOptions } from "../images.ts";
import { type LoggedSigning, signImagesLogged } from "../logged-signing.ts";

export const PUBLIC_GOOD_FULCIO = "https://fulcio.sigstore.dev";
export const PUBLIC_GOOD_REKOR = "https://rekor.sigstore.dev";

export interface KeylessSigning {
  /** The OIDC identity token Fulcio exchanges for a certificate (a secret: never printed). */
  identityToken: string;
  fulcioURL?: string;
  rekorURL?: string;
}

/** Fulcio and Rekor (public-good unless told otherwise) as logged signing's signer and log. */
export function keylessSigning(keyless: KeylessSigning): LoggedSigning {
  // Created on first use: @sigstore/sign is loaded only when something is signed keylessly.
  let fulcio: Promise<SigstoreSigner> | undefined;
  const signer: SigstoreSigner = {
    sign: async (data) => {
      fulcio ??= import("@sigstore/sign").then(
        ({ FulcioSigner }) =>
          new FulcioSigner({
            fulcioBaseURL: keyless.fulcioURL ?? PUBLIC_GOOD_FULCIO,
            identityProvider: { getToken: async () => keyless.identityToken },
          }),
      );
      return (await fulcio).sign(data);
    },
  };
  return { signer, rekorURL: keyless.rekorURL ?? PUBLIC_GOOD_REKOR, description: "keyless" };
}

export async function signImagesKeyless(
  clients: RegistryClients,
  references: Reference[],
  keyless: KeylessSigning,
  options: SignImagesOptions,
): Promise<SignedDigest[]> {
  return signImagesLogged(clients, references, keylessSigning(keyless), options);
}
