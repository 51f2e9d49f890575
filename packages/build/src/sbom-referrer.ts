/**
 * An SBOM attached to the manifest it describes, as an OCI 1.1 referrer: an artifact manifest whose
 * `subject` is the platform manifest and whose one layer is the SBOM, listed by the registry's
 * referrers API or, where there is none, in the `sha256-<hex>` fallback index (the same code the
 * signatures use, so promote and mirror carry SBOMs like everything else). Its bytes depend only on
 * the SBOM and the subject, so attaching it again writes nothing new.
 */
import {
  type Descriptor,
  digestOf,
  EMPTY_CONFIG,
  OCI_EMPTY_CONFIG,
  OCI_MANIFEST,
  parseManifest,
  type Reference,
  type RegistryClient,
  type RegistryClients,
} from "@image-actions/oci";
import type { BuildResult } from "./build.ts";
import { canonicalJson } from "./image.ts";
import { CYCLONEDX_MEDIA_TYPE, SPDX_MEDIA_TYPE } from "./sbom.ts";

export async function attachSbom(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  sbom: { bytes: Buffer; mediaType: string },
  created: string,
): Promise<string> {
  const layer: Descriptor = { mediaType: sbom.mediaType, size: sbom.bytes.length, digest: digestOf(sbom.bytes) };
  const config: Descriptor = {
    mediaType: OCI_EMPTY_CONFIG,
    size: EMPTY_CONFIG.length,
    digest: digestOf(EMPTY_CONFIG),
  };
  await client.uploadBlob(repository, layer, () => sbom.bytes);
  await client.uploadBlob(repository, config, () => EMPTY_CONFIG);
  const bytes = Buffer.from(
    canonicalJson({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: sbom.mediaType,
      config,
      layers: [layer],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations: { "org.opencontainers.image.created": created },
    }),
  );
  const manifest = parseManifest(bytes, digestOf(bytes), OCI_MANIFEST);
  await client.putManifest(repository, manifest.digest, manifest);
  const { api } = await client.referrers(repository, subject.digest);
  if (!api) await client.addToFallbackIndex(repository, subject.digest, [manifest]);
  return manifest.digest;
}

/** Each platform's SBOMs as referrers of its manifest, in every destination repository. */
export async function attachSboms(
  clients: RegistryClients,
  result: BuildResult,
  destinations: Reference[],
  sourceDateEpoch: number,
): Promise<void> {
  const created = new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z");
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
