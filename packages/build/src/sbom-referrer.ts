/**
 * Each platform's SBOM attached to the manifest it describes, as an OCI 1.1 referrer whose
 * artifactType and one layer are the SBOM's media type (artifact-referrer.ts): attaching it again
 * writes nothing new.
 */
import type { Descriptor, Reference, RegistryClient, RegistryClients } from "@image-actions/oci";
import { attachArtifact, createdAt } from "./artifact-referrer.ts";
import type { BuildResult } from "./build.ts";
import { CYCLONEDX_MEDIA_TYPE, SPDX_MEDIA_TYPE } from "./sbom.ts";

export function attachSbom(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  sbom: { bytes: Buffer; mediaType: string },
  created: string,
): Promise<string> {
  return attachArtifact(client, repository, subject, { bytes: sbom.bytes, mediaType: sbom.mediaType }, created);
}

/** Each platform's SBOMs as referrers of its manifest, in every destination repository. */
export async function attachSboms(
  clients: RegistryClients,
  result: BuildResult,
  destinations: Reference[],
  sourceDateEpoch: number,
): Promise<void> {
  const created = createdAt(sourceDateEpoch);
  const repositories = new Map(destinations.map((item) => [`${item.registry}/${item.repository}`, item]));
  for (const destination of repositories.values()) {
    for (const sbom of result.sboms) {
      const manifest = result.image.platforms.find((item) => item.manifest.digest === sbom.manifestDigest)?.manifest;
      if (!manifest) continue;
      await attachSbom(
        clients.for(destination.registry),
        destination.repository,
        { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length },
        { bytes: sbom.bytes, mediaType: sbom.format === "spdx-json" ? SPDX_MEDIA_TYPE : CYCLONEDX_MEDIA_TYPE },
        created,
      );
    }
  }
}
