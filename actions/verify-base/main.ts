import { code, inGroup, md, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import { parseReference, type RegistryClients } from "@image-actions/oci";
import {
  DISTROLESS_POLICY,
  describeMatch,
  type IdentityPolicy,
  keyHint,
  type Match,
  type RequiredAttestation,
  requireAttestations,
  type SatisfiedAttestation,
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
    const attestations = await verifyAttestations(inputs, verified.image, clients);
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
      report: { requested: inputs.image, ...(root ? { trustedRoot: root.name } : {}), ...verified, attestations },
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
        ...attestationTable(attestations),
      ],
    });
  }

  async function verifyKeyless(inputs: VerifyBaseInputs, clients: RegistryClients): Promise<void> {
    const identity = identityPolicy(inputs);
    const root = await trustedRootInput("trusted-root", inputs.trustedRoot);
    const verified = await inGroup("Verify", () =>
      verifyImageKeyless(clients, reference, { trust: trustMaterialOf(root), identity }),
    );
    const attestations = await verifyAttestations(inputs, verified.image, clients);
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
      report: { requested: inputs.image, trustedRoot: root.name, ...verified, attestations },
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
        ...attestationTable(attestations),
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

/**
 * The attestations `require-attestations` asks of the verified image (pinned by digest): each found
 * and verified, or one error naming every one missing.
 */
async function verifyAttestations(
  inputs: VerifyBaseInputs,
  image: string,
  clients: RegistryClients,
): Promise<SatisfiedAttestation[]> {
  if (inputs.requireAttestations.length === 0) return [];
  const required: RequiredAttestation[] = [];
  for (const requirement of inputs.requireAttestations) {
    if ("key" in requirement) {
      const key = await verificationKeyInput("require-attestations", requirement.key);
      const description = `the ${key.algorithm} key sha256:${Buffer.from(keyHint(key), "base64").toString("hex")}`;
      required.push({ ...requirement, signer: { key, description } });
    } else {
      const identity = { subject: { exact: requirement.identity }, issuer: { exact: requirement.issuer } };
      required.push({
        ...requirement,
        signer: { identity, description: `${requirement.identity} (issuer ${requirement.issuer})` },
      });
    }
  }
  const trustedRoot = await trustedRootInput("trusted-root", inputs.trustedRoot);
  const pinned = parseReference(image);
  return inGroup("Verify attestations", () =>
    requireAttestations(clients, { ...pinned, digest: pinned.digest as string }, required, {
      ignoreTlog: inputs.ignoreTlog,
      trustedRoot,
    }),
  );
}

function attestationTable(attestations: SatisfiedAttestation[]) {
  if (attestations.length === 0) return [];
  return [
    {
      header: ["attestation", "signed by", "found on", "format", "stored as"],
      rows: attestations.flatMap((item) =>
        item.found.map((found) => [item.name, item.signer, found.platform ?? found.digest, found.format, found.stored]),
      ),
    },
  ];
}
