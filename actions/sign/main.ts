import { readFile } from "node:fs/promises";
import {
  InputError,
  inGroup,
  log,
  type Markdown,
  md,
  readIdToken,
  writeJobSummary,
  writeOutputs,
} from "@image-actions/action-kit";
import type { Reference } from "@image-actions/oci";
import {
  type AttestationPredicate,
  type AttestedDigest,
  attestImages,
  attestImagesLogged,
  keyedSigstoreSigner,
  keylessSigning,
  type LoggedSigning,
  legacyStandInWarning,
  type PredicateDocumentKind,
  PUBLIC_GOOD_REKOR,
  predicateOf,
  publicKeyPem,
  type SignatureFormat,
  type SignedDigest,
  signImages,
  signImagesLogged,
} from "@image-actions/sigstore";
import { parseImageInput, registryClients, signerInput } from "../shared/runtime.ts";
import { getInputs, type SignInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  const references = inputs.images.map((image) => parseImageInput("images", image));
  const formats: SignatureFormat[] = inputs.format === "both" ? ["legacy", "bundle"] : [inputs.format];
  if (!inputs.key && !inputs.tlogUpload)
    throw new InputError("tlog-upload", "keyless signatures need the transparency log: a certificate lives 10 minutes");
  const predicates = await readPredicates(inputs);
  if (inputs.key && !inputs.tlogUpload) await signWithKey(inputs.key, inputs, references, formats, predicates);
  else await signLogged(inputs, references, formats, predicates);
}

/**
 * Signing with a Rekor entry: keyless (the workflow's OIDC token buys a Fulcio certificate) or with
 * a key and `tlog-upload: true`. Public-good Rekor and Fulcio unless SIGSTORE_REKOR_URL /
 * SIGSTORE_FULCIO_URL name a private deployment.
 */
async function signLogged(
  inputs: SignInputs,
  references: Reference[],
  formats: SignatureFormat[],
  predicates: AttestationPredicate[],
): Promise<void> {
  const rekorURL = process.env.SIGSTORE_REKOR_URL || PUBLIC_GOOD_REKOR;
  let logged: LoggedSigning;
  let publicKey = "";
  if (inputs.key) {
    const signer = await signerInput("key", inputs.key, inputs.keyPassword);
    logged = { signer: keyedSigstoreSigner(signer), key: signer, rekorURL, description: signer.description };
    publicKey = publicKeyPem(signer);
  } else {
    logged = keylessSigning({
      identityToken: await readIdToken("sigstore"),
      ...(process.env.SIGSTORE_FULCIO_URL ? { fulcioURL: process.env.SIGSTORE_FULCIO_URL } : {}),
      rekorURL,
    });
  }
  const clients = registryClients();
  try {
    const options = { recursive: inputs.recursive, annotations: inputs.annotations, formats };
    const signatures = await inGroup(`Sign (${logged.description}, logged in ${rekorURL})`, () =>
      signImagesLogged(clients, references, logged, options),
    );
    const attestations =
      predicates.length > 0
        ? await inGroup("Attest", () => attestImagesLogged(clients, references, logged, { predicates, formats }))
        : [];
    const signer = inputs.key ? logged.description : "the workflow's identity (Fulcio certificate)";
    await reportSigned(
      signatures,
      attestations,
      { publicKey, key: logged.description },
      md`Signed ${countOf(signatures, "written")} digests with ${signer}, each logged in Rekor at ${rekorURL} (${countOf(signatures, "exists")} already signed by it).`,
    );
  } finally {
    await clients.close();
  }
}

/** Signing with a key and no transparency log: cosign's `--tlog-upload=false`. */
async function signWithKey(
  key: string,
  inputs: SignInputs,
  references: Reference[],
  formats: SignatureFormat[],
  predicates: AttestationPredicate[],
): Promise<void> {
  const signer = await signerInput("key", key, inputs.keyPassword);
  const clients = registryClients();
  try {
    const signatures = await inGroup("Sign", () =>
      signImages(clients, references, signer, {
        recursive: inputs.recursive,
        annotations: inputs.annotations,
        formats,
      }),
    );
    const attestations =
      predicates.length > 0
        ? await inGroup("Attest", () => attestImages(clients, references, signer, { predicates, formats }))
        : [];
    await reportSigned(
      signatures,
      attestations,
      { publicKey: publicKeyPem(signer), key: signer.description },
      md`Signed ${countOf(signatures, "written")} digests with ${signer.description} (${countOf(signatures, "exists")} already signed by it).`,
    );
  } finally {
    await clients.close();
  }
}

function countOf(signatures: SignedDigest[], outcome: SignedDigest["outcome"]): number {
  return signatures.filter((item) => item.outcome === outcome).length;
}

/** The outputs and the job summary of either way of signing. */
async function reportSigned(
  signatures: SignedDigest[],
  attestations: AttestedDigest[],
  signer: { publicKey: string; key: string },
  headline: Markdown,
): Promise<void> {
  const stored = [...signatures, ...attestations];
  // A registry that refused an image index's bundle (aws/containers-roadmap#2783): said once.
  const standIn = legacyStandInWarning(stored);
  if (standIn) log.warning(standIn);
  const first = signatures[0];
  writeOutputs({
    signatures: stored.map(({ image, digest, format, storedAt }) => ({ image, digest, format, storedAt })),
    "public-key": signer.publicKey,
    digest: first?.digest,
    image: first?.image,
    report: { key: signer.key, signatures, attestations },
  });
  await writeJobSummary({
    title: "sign",
    lines: [headline],
    tables: [
      {
        header: ["image", "format", "stored at", "outcome"],
        rows: stored.map((item) => [
          item.image,
          item.bundleRefused ? `${item.format} (the registry refused the bundle)` : item.format,
          item.storedAt,
          item.outcome,
        ]),
      },
    ],
  });
}

/**
 * What each input's file says of itself when it is not JSON: the kind of document expected, as
 * `cosign attest --predicate` takes it (the predicate alone, not an in-toto statement).
 */
const EXPECTED_DOCUMENT: Record<PredicateDocumentKind, string> = {
  sbom: "SPDX JSON or CycloneDX JSON",
  provenance: "an SLSA v1 provenance predicate",
  vex: "an OpenVEX document",
};

/** The predicates to attest, from the `sbom`, `provenance` and `vex` inputs, in that order. */
async function readPredicates(inputs: SignInputs): Promise<AttestationPredicate[]> {
  const files: Array<[PredicateDocumentKind, string | undefined]> = [
    ["sbom", inputs.sbom],
    ["provenance", inputs.provenance],
    ["vex", inputs.vex],
  ];
  const predicates: AttestationPredicate[] = [];
  for (const [input, path] of files) if (path) predicates.push(await readPredicate(input, path));
  return predicates;
}

/** One input's file: read, parsed as JSON, and checked for the shape of its kind of document. */
async function readPredicate(input: PredicateDocumentKind, path: string): Promise<AttestationPredicate> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(
      input,
      `cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new InputError(input, `'${path}' is not JSON (${EXPECTED_DOCUMENT[input]} expected)`);
  }
  try {
    return predicateOf(input, document);
  } catch (error) {
    throw new InputError(input, `'${path}' ${(error as Error).message}`);
  }
}
