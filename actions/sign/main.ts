import { readFile } from "node:fs/promises";
import {
  InputError,
  inGroup,
  NotImplementedError,
  readIdToken,
  writeJobSummary,
  writeOutputs,
} from "@image-actions/action-kit";
import type { Reference } from "@image-actions/oci";
import {
  type AttestedDigest,
  attestImages,
  publicKeyPem,
  type SignatureFormat,
  type SignedDigest,
  signImages,
  signImagesKeyless,
} from "@image-actions/sigstore";
import { parseImageInput, registryClients, signerInput } from "../shared/runtime.ts";
import { getInputs, type SignInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  const references = inputs.images.map((image) => parseImageInput("images", image));
  const formats: SignatureFormat[] = inputs.format === "both" ? ["legacy", "bundle"] : [inputs.format];
  if (inputs.key) await signWithKey(inputs, inputs.key, references, formats);
  else await signKeyless(inputs, references, formats);
}

/**
 * Keyless: the workflow's OIDC token buys a Fulcio certificate, and every signature is logged in
 * Rekor (public-good unless SIGSTORE_FULCIO_URL / SIGSTORE_REKOR_URL name a private deployment).
 */
async function signKeyless(inputs: SignInputs, references: Reference[], formats: SignatureFormat[]): Promise<void> {
  if (!inputs.tlogUpload)
    throw new InputError("tlog-upload", "keyless signatures need the transparency log: a certificate lives 10 minutes");
  if (inputs.sbom) throw new InputError("sbom", "SBOM attestations are signed with a key for now; give `key`");
  const identityToken = await readIdToken("sigstore");
  const clients = registryClients();
  try {
    const signatures = await inGroup("Sign (keyless)", () =>
      signImagesKeyless(
        clients,
        references,
        {
          identityToken,
          ...(process.env.SIGSTORE_FULCIO_URL ? { fulcioURL: process.env.SIGSTORE_FULCIO_URL } : {}),
          ...(process.env.SIGSTORE_REKOR_URL ? { rekorURL: process.env.SIGSTORE_REKOR_URL } : {}),
        },
        { recursive: inputs.recursive, annotations: inputs.annotations, formats },
      ),
    );
    await reportSigned(
      signatures,
      [],
      { publicKey: "", key: "keyless" },
      `Signed ${signatures.length} digests keylessly with the workflow's identity (Fulcio certificate, Rekor entry).`,
    );
  } finally {
    await clients.close();
  }
}

async function signWithKey(
  inputs: SignInputs,
  key: string,
  references: Reference[],
  formats: SignatureFormat[],
): Promise<void> {
  if (inputs.tlogUpload)
    throw new NotImplementedError("sign: tlog-upload with a key", "issue #4 (keyless signing logs to Rekor already)");
  const sbom = inputs.sbom ? await readSbom(inputs.sbom) : undefined;
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
    const attestations = sbom
      ? await inGroup("Attest SBOM", () => attestImages(clients, references, signer, { sbom, formats }))
      : [];
    await reportSigned(
      signatures,
      attestations,
      { publicKey: publicKeyPem(signer), key: signer.description },
      `Signed ${signatures.filter((item) => item.outcome === "written").length} digests with ${signer.description} (${signatures.filter((item) => item.outcome === "exists").length} already signed by it).`,
    );
  } finally {
    await clients.close();
  }
}

/** The outputs and the job summary of either way of signing. */
async function reportSigned(
  signatures: SignedDigest[],
  attestations: AttestedDigest[],
  signer: { publicKey: string; key: string },
  headline: string,
): Promise<void> {
  const stored = [...signatures, ...attestations];
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
        rows: stored.map((item) => [item.image, item.format, item.storedAt, item.outcome]),
      },
    ],
  });
}

/** The SBOM file to attest: JSON, SPDX or CycloneDX (which one is decided by its content). */
async function readSbom(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(
      "sbom",
      `cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError("sbom", `'${path}' is not JSON (SPDX JSON or CycloneDX JSON expected)`);
  }
}
