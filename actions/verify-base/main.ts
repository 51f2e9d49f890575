import { inGroup, NotImplementedError, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import { keyHint, verifyImageWithKey } from "@image-actions/sigstore";
import { parseImageInput, registryClients, verificationKeyInput } from "../shared/runtime.ts";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  if (!inputs.key) throw new NotImplementedError("verify-base: keyless verification", "issue #4");
  const reference = parseImageInput("image", inputs.image);
  const key = await verificationKeyInput("key", inputs.key);
  const clients = registryClients();
  try {
    const verified = await inGroup("Verify", () =>
      verifyImageWithKey(clients, reference, key, { ignoreTlog: inputs.ignoreTlog }),
    );
    const signatures = verified.signatures.map((signature) => ({
      format: signature.format,
      key: `${key.algorithm} sha256:${Buffer.from(keyHint(key), "base64").toString("hex")}`,
      logIndex: null,
      stored: signature.format === "legacy" ? signature.layerDigest : signature.referrer,
    }));
    writeOutputs({
      digest: verified.digest,
      image: verified.image,
      signatures,
      report: { requested: inputs.image, ...verified },
    });
    await writeJobSummary({
      title: "verify-base",
      lines: [
        `\`${inputs.image}\` is pinned to \`${verified.image}\`: ${signatures.length} signature(s) verified with the ${key.algorithm} key.`,
      ],
      tables: [
        {
          header: ["format", "key", "transparency log", "stored as"],
          rows: signatures.map((item) => [item.format, item.key, "none (ignore-tlog)", item.stored]),
        },
      ],
    });
  } finally {
    await clients.close();
  }
}
