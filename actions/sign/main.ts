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
  attestImages,
  publicKeyPem,
  type SignatureFormat,
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
    const first = signatures[0];
    writeOutputs({
      signatures: signatures.map(({ image, digest, format, storedAt }) => ({ image, digest, format, storedAt })),
      "public-key": "",
      digest: first?.digest,
      image: first?.image,
      report: { key: "keyless", signatures },
    });
    await writeJobSummary({
      title: "sign",
      lines: [
        `Signed ${signatures.length} digests keylessly with the workflow's identity (Fulcio certificate, Rekor entry).`,
      ],
      tables: [
        {
          header: ["image", "format", "stored at", "outcome"],
          rows: signatures.map((item) => [item.image, item.format, item.storedAt, item.outcome]),
        },
      ],
    });
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
    const first = signatures[0];
    writeOutputs({
      signatures: [...signatures, ...attestations].map(({ image, digest, format, storedAt }) => ({
        image,
        digest,
        format,
        storedAt,
      })),
      "public-key": publicKeyPem(signer),
      digest: first?.digest,
      image: first?.image,
      report: { key: signer.description, signatures, attestations },
    });
    await writeJobSummary({
      title: "sign",
      lines: [
        `Signed ${signatures.filter((item) => item.outcome === "written").length} digests with ${signer.description} (${signatures.filter((item) => item.outcome === "exists").length} already signed by it).`,
      ],
      tables: [
        {
          header: ["image", "format", "stored at", "outcome"],
          rows: [...signatures, ...attestations].map((item) => [item.image, item.format, item.storedAt, item.outcome]),
        },
      ],
    });
  } finally {
    await clients.close();
  }
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
