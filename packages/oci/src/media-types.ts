/** Manifest and index media types of the OCI image spec and Docker's schema 2. */
export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
export const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
export const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
export const OCI_EMPTY_CONFIG = "application/vnd.oci.empty.v1+json";
/**
 * The empty descriptor's content, `{}` (image-spec 1.1, manifest.md "Guidance for an Empty
 * Descriptor"): the config of an artifact manifest (a Sigstore bundle, an SBOM referrer). Not to be
 * written to: it is every referrer's config.
 */
export const EMPTY_CONFIG: Buffer = Buffer.from("{}");

export const INDEX_MEDIA_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST] as const;
export const IMAGE_MEDIA_TYPES = [OCI_MANIFEST, DOCKER_MANIFEST] as const;

/** Sent in every manifest request's Accept, so no registry down-converts what it returns. */
export const MANIFEST_ACCEPT = [...IMAGE_MEDIA_TYPES, ...INDEX_MEDIA_TYPES].join(", ");

export function isIndexMediaType(mediaType: string): boolean {
  return (INDEX_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

export function isManifestMediaType(mediaType: string): boolean {
  return isIndexMediaType(mediaType) || (IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType);
}
