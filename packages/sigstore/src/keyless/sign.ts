/**
 * Keyless signing, as cosign does it: sigstore-js gets a short-lived certificate from Fulcio for an
 * ephemeral key (Fulcio binds it to the identity in the workflow's OIDC token), signs, and records
 * the signature in Rekor. The result is stored in the chosen format: a legacy `.sig` layer with the
 * certificate and the Rekor entry as annotations, or a bundle referrer (DSSE over cosign's signing
 * statement, certificate and log entry inside).
 */

import { formatReference, type Reference, type RegistryClients, repositoryName, withDigest } from "@image-actions/oci";
import { bundleToJSON } from "@sigstore/bundle";
import { DSSEBundleBuilder, FulcioSigner, MessageSignatureBundleBuilder, RekorWitness } from "@sigstore/sign";
import { IN_TOTO_PAYLOAD_TYPE, signStatement, writeBundleReferrer } from "../bundle.ts";
import { SigstoreError } from "../errors.ts";
import { CONCURRENCY, mapLimited, type SignedDigest, type SignImagesOptions, signingTargets } from "../images.ts";
import { writeLegacySignature } from "../legacy.ts";
import { simpleSigningPayload } from "../simple-signing.ts";
import { bundleToLegacyAnnotations } from "./legacy-bundle.ts";

export const PUBLIC_GOOD_FULCIO = "https://fulcio.sigstore.dev";
export const PUBLIC_GOOD_REKOR = "https://rekor.sigstore.dev";

export interface KeylessSigning {
  /** The OIDC identity token Fulcio exchanges for a certificate (a secret: never printed). */
  identityToken: string;
  fulcioURL?: string;
  rekorURL?: string;
}

export async function signImagesKeyless(
  clients: RegistryClients,
  references: Reference[],
  keyless: KeylessSigning,
  options: SignImagesOptions,
): Promise<SignedDigest[]> {
  const signer = new FulcioSigner({
    fulcioBaseURL: keyless.fulcioURL ?? PUBLIC_GOOD_FULCIO,
    identityProvider: { getToken: async () => keyless.identityToken },
  });
  const rekorBaseURL = keyless.rekorURL ?? PUBLIC_GOOD_REKOR;
  const messages = new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL })] });
  // DSSE envelopes are logged as `intoto` entries (as cosign attest does), whose log body keeps the
  // envelope's signatures and hashes as proposed; a `dsse` entry's body is rewritten by Rekor, which
  // a log stand-in cannot reproduce, so only `intoto` can be tested end to end here.
  const envelopes = new DSSEBundleBuilder({
    signer,
    witnesses: [new RekorWitness({ rekorBaseURL, entryType: "intoto" })],
  });
  const targets = await signingTargets(clients, references, options);
  // Every keyless signature has a certificate of its own, so one is never a duplicate of another:
  // signing again appends, as cosign does.
  return mapLimited(targets, CONCURRENCY, async ({ reference, subject, format }): Promise<SignedDigest> => {
    const client = clients.for(reference.registry);
    const image = formatReference(withDigest(reference, subject.digest));
    if (format === "bundle") {
      const statement = signStatement(subject.digest, options.annotations);
      const bundle = await sigstoreStep(`sign ${image}`, () =>
        envelopes.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE }),
      );
      const referrer = await writeBundleReferrer(
        client,
        reference.repository,
        Buffer.from(JSON.stringify(bundleToJSON(bundle))),
        { subject, created: options.created ?? new Date() },
      );
      return {
        image,
        digest: subject.digest,
        format,
        storedAt: `${repositoryName(reference)}@${referrer}`,
        outcome: "written",
      };
    }
    const payload = simpleSigningPayload(repositoryName(reference), subject.digest, options.annotations);
    const bundle = await sigstoreStep(`sign ${image}`, () => messages.create({ data: payload }));
    if (bundle.content.$case !== "messageSignature") throw new SigstoreError(`sign ${image}: no message signature`);
    const written = await writeLegacySignature(
      client,
      reference.repository,
      subject.digest,
      { payload, signature: bundle.content.messageSignature.signature, annotations: bundleToLegacyAnnotations(bundle) },
      () => false,
    );
    return {
      image,
      digest: subject.digest,
      format,
      storedAt: `${repositoryName(reference)}:${written.tag}`,
      outcome: "written",
    };
  });
}

/** sigstore-js failures (Fulcio refusing the token, Rekor down) as errors saying which step. */
async function sigstoreStep<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause = error as Error & { code?: string; cause?: Error };
    const detail = cause.cause?.message ? `: ${cause.cause.message}` : "";
    throw new SigstoreError(`${what}: ${cause.message}${detail}`, { cause });
  }
}
