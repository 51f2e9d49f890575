/**
 * What kind of artifact a referrer or a cosign tag is, so a copy can keep some and drop others
 * (promote leaves internal signatures behind but carries SBOMs).
 */
import type { Descriptor } from "./manifest.ts";

export const REFERRER_KINDS = ["signature", "attestation", "sbom", "other"] as const;
export type ReferrerKind = (typeof REFERRER_KINDS)[number];

const SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle";
const COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";

/** cosign's legacy tags: `sha256-<hex>.sig`, `.att`, `.sbom`. */
export const LEGACY_TAG_KINDS: Record<string, ReferrerKind> = { sig: "signature", att: "attestation", sbom: "sbom" };

export function legacyTag(digest: string, suffix: keyof typeof LEGACY_TAG_KINDS): string {
  return `${digest.replace(":", "-")}.${suffix}`;
}

export function classifyReferrer(
  descriptor: Pick<Descriptor, "artifactType" | "annotations" | "mediaType">,
): ReferrerKind {
  const type = (descriptor.artifactType ?? "").toLowerCase();
  if (type.startsWith(SIGSTORE_BUNDLE)) {
    // A bundle over the cosign "sign" predicate is a signature; any other predicate is an attestation.
    const predicate = descriptor.annotations?.["dev.sigstore.bundle.predicateType"];
    return predicate === undefined || predicate === COSIGN_SIGN_PREDICATE ? "signature" : "attestation";
  }
  if (type.includes("notary.signature") || type.includes("cosign.signature") || type.includes("simplesigning"))
    return "signature";
  if (type.includes("in-toto") || type.includes("attestation")) return "attestation";
  if (type.includes("spdx") || type.includes("cyclonedx") || type.includes("sbom") || type.includes("syft"))
    return "sbom";
  return "other";
}
