/**
 * One file attached to the manifest it describes, as an OCI 1.1 referrer (image-spec manifest.md,
 * "Guidelines for Artifact Usage"): an artifact manifest whose `artifactType` names what it holds,
 * whose config is the OCI empty config, whose one layer is the file and whose `subject` is the
 * manifest. Listed by the registry's referrers API or, where there is none, in the `sha256-<hex>`
 * fallback index (the same code the signatures use, so promote and mirror carry it like everything
 * else). Its bytes depend only on the file, its type, the subject and `created`, so attaching it
 * again writes nothing new and a rebuild stays reproducible.
 */
import {
  type Descriptor,
  digestOf,
  EMPTY_CONFIG,
  OCI_EMPTY_CONFIG,
  OCI_MANIFEST,
  parseManifest,
  type RegistryClient,
} from "@image-actions/oci";
import { canonicalJson } from "./image.ts";

export interface ArtifactFile {
  bytes: Buffer;
  /** The layer's media type and the manifest's artifactType. */
  mediaType: string;
  /** On the layer, e.g. `org.opencontainers.image.title`, the name `oras pull` saves it under. */
  annotations?: Record<string, string>;
}

/** Attaches `file` to `subject` in `repository`; returns the referrer manifest's digest. */
export async function attachArtifact(
  client: RegistryClient,
  repository: string,
  subject: Descriptor,
  file: ArtifactFile,
  created: string,
): Promise<string> {
  const layer: Descriptor = {
    mediaType: file.mediaType,
    size: file.bytes.length,
    digest: digestOf(file.bytes),
    ...(file.annotations ? { annotations: file.annotations } : {}),
  };
  const config: Descriptor = {
    mediaType: OCI_EMPTY_CONFIG,
    size: EMPTY_CONFIG.length,
    digest: digestOf(EMPTY_CONFIG),
  };
  await client.uploadBlob(repository, layer, () => file.bytes);
  await client.uploadBlob(repository, config, () => EMPTY_CONFIG);
  const bytes = Buffer.from(
    canonicalJson({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: file.mediaType,
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

/** `org.opencontainers.image.created` of a build's referrers: its source-date-epoch, to the second. */
export function createdAt(sourceDateEpoch: number): string {
  return new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z");
}
