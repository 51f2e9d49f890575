import { inGroup, NotImplementedError, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import { publicKeyPem, signImages } from "@image-actions/sigstore";
import { parseImageInput, registryClients, signerInput } from "../shared/runtime.ts";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  if (!inputs.key) throw new NotImplementedError("sign: keyless signing", "issue #4");
  if (inputs.tlogUpload) throw new NotImplementedError("sign: tlog-upload", "issue #4");
  if (inputs.sbom) throw new NotImplementedError("sign: SBOM attestations", "issue #4");
  const references = inputs.images.map((image) => parseImageInput("images", image));
  const signer = await signerInput("key", inputs.key, inputs.keyPassword);
  const clients = registryClients();
  try {
    const signatures = await inGroup("Sign", () =>
      signImages(clients, references, signer, {
        recursive: inputs.recursive,
        annotations: inputs.annotations,
        formats: inputs.format === "both" ? ["legacy", "bundle"] : [inputs.format],
      }),
    );
    const first = signatures[0];
    writeOutputs({
      signatures: signatures.map(({ image, digest, format, storedAt }) => ({ image, digest, format, storedAt })),
      "public-key": publicKeyPem(signer),
      digest: first?.digest,
      image: first?.image,
      report: { key: signer.description, signatures },
    });
    await writeJobSummary({
      title: "sign",
      lines: [
        `Signed ${signatures.filter((item) => item.outcome === "written").length} digests with ${signer.description} (${signatures.filter((item) => item.outcome === "exists").length} already signed by it).`,
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
