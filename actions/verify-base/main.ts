import { code, inGroup, md, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import type { RegistryClients } from "@image-actions/oci";
import {
  DISTROLESS_POLICY,
  describeMatch,
  type IdentityPolicy,
  keyHint,
  type Match,
  trustMaterialOf,
  verifyImageKeyless,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { parseImageInput, registryClients, trustedRootInput, verificationKeyInput } from "../shared/runtime.ts";
import { getInputs, type VerifyBaseInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  const reference = parseImageInput("image", inputs.image);
  const clients = registryClients();
  try {
    if (inputs.key) await verifyKeyed(inputs, inputs.key, clients);
    else await verifyKeyless(inputs, clients);
  } finally {
    await clients.close();
  }

  async function verifyKeyed(inputs: VerifyBaseInputs, keyInput: string, clients: RegistryClients): Promise<void> {
    const key = await verificationKeyInput("key", keyInput);
    const root = inputs.ignoreTlog ? undefined : await trustedRootInput("trusted-root", inputs.trustedRoot);
    const verified = await inGroup("Verify", () =>
      verifyImageWithKey(clients, reference, key, {
        ignoreTlog: inputs.ignoreTlog,
        ...(root ? { trustedRoot: root } : {}),
      }),
    );
    const keyName = `${key.algorithm} sha256:${Buffer.from(keyHint(key), "base64").toString("hex")}`;
    const signatures = verified.signatures.map((signature) => ({
      format: signature.format,
      key: keyName,
      logIndex: signature.logIndex ?? null,
      stored: signature.format === "legacy" ? signature.layerDigest : signature.referrer,
    }));
    writeOutputs({
      digest: verified.digest,
      image: verified.image,
      signatures,
      report: { requested: inputs.image, ...(root ? { trustedRoot: root.name } : {}), ...verified },
    });
    await writeJobSummary({
      title: "verify-base",
      lines: [
        md`${code(inputs.image)} is pinned to ${code(verified.image)}: ${signatures.length} signature(s) verified with the ${key.algorithm} key.`,
      ],
      tables: [
        {
          header: ["format", "key", "transparency log", "stored as"],
          rows: signatures.map((item) => [
            item.format,
            item.key,
            item.logIndex === null ? "not checked (ignore-tlog)" : `Rekor log index ${item.logIndex}`,
            item.stored,
          ]),
        },
      ],
    });
  }

  async function verifyKeyless(inputs: VerifyBaseInputs, clients: RegistryClients): Promise<void> {
    const identity = identityPolicy(inputs);
    const root = await trustedRootInput("trusted-root", inputs.trustedRoot);
    const verified = await inGroup("Verify", () =>
      verifyImageKeyless(clients, reference, { trust: trustMaterialOf(root), identity }),
    );
    const signatures = verified.signatures.map((signature) => ({
      format: signature.format,
      identity: signature.identity.subject,
      issuer: signature.identity.issuer,
      logIndex: signature.logIndex,
      stored: signature.stored,
    }));
    writeOutputs({
      digest: verified.digest,
      image: verified.image,
      signatures,
      report: { requested: inputs.image, trustedRoot: root.name, ...verified },
    });
    await writeJobSummary({
      title: "verify-base",
      lines: [
        md`${code(inputs.image)} is pinned to ${code(verified.image)}: ${signatures.length} keyless signature(s) by ${describeMatch(identity.subject)} (issuer ${describeMatch(identity.issuer)}), trusted root: ${root.name}.`,
      ],
      tables: [
        {
          header: ["format", "identity", "issuer", "Rekor log index", "stored as"],
          rows: signatures.map((item) => [item.format, item.identity, item.issuer, item.logIndex, item.stored]),
        },
      ],
    });
  }
}

/** The identity and issuer a keyless signature must carry: the preset's, or the inputs' (validated). */
function identityPolicy(inputs: VerifyBaseInputs): IdentityPolicy {
  if (inputs.preset === "distroless") return DISTROLESS_POLICY;
  const match = (exact: string | undefined, regexp: string | undefined): Match =>
    exact !== undefined ? { exact } : { regexp: new RegExp(regexp as string) };
  return {
    subject: match(inputs.certificateIdentity, inputs.certificateIdentityRegexp),
    issuer: match(inputs.certificateOidcIssuer, inputs.certificateOidcIssuerRegexp),
  };
}
