import { readFile } from "node:fs/promises";
import { InputError, inGroup, NotImplementedError, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import { attestImages, publicKeyPem, type SignatureFormat, signImages } from "@image-actions/sigstore";
import { parseImageInput, registryClients, signerInput } from "../shared/runtime.ts";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  if (!inputs.key) throw new NotImplementedError("sign: keyless signing", "issue #4");
  if (inputs.tlogUpload) throw new NotImplementedError("sign: tlog-upload", "issue #4");
  const references = inputs.images.map((image) => parseImageInput("images", image));
  const sbom = inputs.sbom ? await readSbom(inputs.sbom) : undefined;
  const signer = await signerInput("key", inputs.key, inputs.keyPassword);
  const formats: SignatureFormat[] = inputs.format === "both" ? ["legacy", "bundle"] : [inputs.format];
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
