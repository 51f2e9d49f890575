/**
 * What kind of artifact a referrer or a cosign tag is, so a copy can keep some and drop others
 * (promote leaves internal signatures behind but carries SBOMs).
 *
 * The media types below are the ones the tools we meet write:
 * - Sigstore bundles (cosign v3's default, sigstore/protobuf-specs "bundle media type"):
 *   `application/vnd.dev.sigstore.bundle.v0.3+json` as the referrer's artifactType and its one
 *   layer, with the manifest annotation `dev.sigstore.bundle.predicateType` (cosign
 *   pkg/oci/remote/write.go, WriteAttestationNewBundleFormat; `https://sigstore.dev/cosign/sign/v1`
 *   for a plain signature);
 * - cosign's legacy `.sig` layers `application/vnd.dev.cosign.simplesigning.v1+json` (cosign
 *   pkg/types/media.go), and its OCI 1.1 referrer mode's config type
 *   `application/vnd.dev.cosign.artifact.<sig|att|sbom>.v1+json` (cosign internal/pkg/oci/remote);
 * - in-toto attestations: `.att` layers and attestation referrers are DSSE envelopes
 *   `application/vnd.dsse.envelope.v1+json` carrying a `predicateType` annotation, listed as
 *   `application/vnd.in-toto+json` (cosign WriteAttestationsReferrer);
 * - SBOMs: SPDX `application/spdx+json` / `text/spdx+json` (cosign's SPDXJSONMediaType), CycloneDX
 *   `application/vnd.cyclonedx+json` (and `+xml`), Syft `application/vnd.syft+json`;
 * - Notary Project signatures `application/vnd.cncf.notary.signature`.
 */
import type { Descriptor, Manifest } from "./manifest.ts";
import { isIndexMediaType } from "./media-types.ts";

export const REFERRER_KINDS = ["signature", "attestation", "sbom", "other"] as const;
export type ReferrerKind = (typeof REFERRER_KINDS)[number];

const SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle";
const BUNDLE_PREDICATE_ANNOTATION = "dev.sigstore.bundle.predicateType";
const COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";

/** cosign's legacy tags: `sha256-<hex>.sig`, `.att`, `.sbom`. */
export const LEGACY_TAG_KINDS: Record<string, ReferrerKind> = { sig: "signature", att: "attestation", sbom: "sbom" };

export function legacyTag(digest: string, suffix: keyof typeof LEGACY_TAG_KINDS): string {
  return `${digest.replace(":", "-")}.${suffix}`;
}

/**
 * The kind one media type names (an artifactType, a config or a layer type), or undefined when it
 * names none: an absent type, the OCI empty config, an image config or any type we do not know.
 */
function kindOfType(mediaType: string | undefined, annotations?: Record<string, string>): ReferrerKind | undefined {
  const type = (mediaType ?? "").toLowerCase();
  if (type === "") return undefined;
  if (type.startsWith(SIGSTORE_BUNDLE)) {
    // A bundle over the cosign "sign" predicate is a signature; any other predicate is an attestation.
    const predicate = annotations?.[BUNDLE_PREDICATE_ANNOTATION];
    return predicate === undefined || predicate === COSIGN_SIGN_PREDICATE ? "signature" : "attestation";
  }
  if (
    type.includes("notary.signature") ||
    type.includes("cosign.signature") ||
    type.includes("simplesigning") ||
    type.includes("cosign.artifact.sig.")
  )
    return "signature";
  if (
    type.includes("in-toto") ||
    type.includes("dsse.envelope") ||
    type.includes("attestation") ||
    type.includes("cosign.artifact.att.")
  )
    return "attestation";
  if (
    type.includes("spdx") ||
    type.includes("cyclonedx") ||
    type.includes("sbom") ||
    type.includes("syft") ||
    type.includes("cosign.artifact.sbom.")
  )
    return "sbom";
  return undefined;
}

/** The kind a descriptor's artifactType names; `other` when it names none. */
export function classifyReferrer(
  descriptor: Pick<Descriptor, "artifactType" | "annotations" | "mediaType">,
): ReferrerKind {
  return kindOfType(descriptor.artifactType, descriptor.annotations) ?? "other";
}

/**
 * The kind a referrers listing (the API's answer or a fallback index) gives an entry, when that is
 * conclusive; undefined when only the manifest can tell. The listing's artifactType is optional
 * (image-spec descriptor.md) and differs by path: fallback indexes some tools write leave it out,
 * go-containerregistry's remote.Write puts the config media type there when the manifest has none,
 * and go-containerregistry's registry always lists the config media type (pkg/registry/manifest.go,
 * handleReferrers), so an SBOM with an image config, or a bundle with the OCI empty config, is
 * listed as `application/vnd.oci.image.config.v1+json` or `application/vnd.oci.empty.v1+json`.
 * Only a type that names a known kind is believed.
 */
export function listedReferrerKind(
  descriptor: Pick<Descriptor, "artifactType" | "annotations">,
): ReferrerKind | undefined {
  return kindOfType(descriptor.artifactType, descriptor.annotations);
}

/**
 * The kind of a referrer manifest, by what it says of itself: its artifactType, else its config
 * media type (cosign's OCI 1.1 referrer mode and older ORAS artifacts type the config), else its
 * layers' media types (a bundle, a DSSE envelope, a simple-signing payload, an SPDX document); then
 * the listing's kind if that was conclusive; `other` when nothing names a kind. An index's entries
 * are not looked into: an index is a referrer only by its own artifactType.
 */
export function classifyReferrerManifest(
  manifest: Pick<Manifest, "mediaType" | "artifactType" | "annotations" | "blobs">,
  listing?: Pick<Descriptor, "artifactType" | "annotations">,
): ReferrerKind {
  const own = kindOfType(manifest.artifactType, manifest.annotations);
  if (own) return own;
  if (!isIndexMediaType(manifest.mediaType)) {
    // parseManifest puts the config (required by image-spec manifest.md) first, then the layers.
    for (const blob of manifest.blobs) {
      const kind = kindOfType(blob.mediaType, { ...blob.annotations, ...manifest.annotations });
      if (kind) return kind;
    }
  }
  return (listing && listedReferrerKind(listing)) ?? "other";
}
