/**
 * cosign's legacy signature storage: an OCI image at tag `sha256-<hex>.sig` in the signed image's
 * repository, one layer per signature. Each layer is a simple-signing payload
 * (`application/vnd.dev.cosign.simplesigning.v1+json`) with its base64 signature in the
 * `dev.cosignproject.cosign/signature` annotation; the config lists the payloads as diff IDs. New
 * signatures are appended; one already there (same payload, verifying with the same key) is not
 * added twice.
 */
import {
  type Descriptor,
  digestOf,
  legacyTag,
  OCI_MANIFEST,
  type RegistryClient,
  RegistryError,
} from "@image-actions/oci";

export const SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
export const SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
const CONFIG_MEDIA_TYPE = "application/vnd.oci.image.config.v1+json";
/** Go's zero time, which cosign writes for every timestamp so signatures are reproducible. */
const ZERO_TIME = "0001-01-01T00:00:00Z";

export interface LegacySignature {
  payload: Buffer;
  /** Base64, as stored in the annotation. */
  signature: string;
  annotations: Record<string, string>;
  layer: Descriptor;
}

interface SignatureImage {
  layers: Descriptor[];
}

async function readSignatureImage(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<SignatureImage | undefined> {
  try {
    const manifest = await client.getManifest(repository, legacyTag(digest, "sig"));
    return { layers: manifest.blobs.slice(1) };
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}

/** Every signature stored for `digest` in the legacy format, payloads read and digest-verified. */
export async function readLegacySignatures(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<LegacySignature[]> {
  return signaturesOf(client, repository, await readSignatureImage(client, repository, digest));
}

async function signaturesOf(
  client: RegistryClient,
  repository: string,
  image: SignatureImage | undefined,
): Promise<LegacySignature[]> {
  const layers = (image?.layers ?? []).filter(
    (layer) => layer.mediaType === SIMPLE_SIGNING_MEDIA_TYPE && layer.annotations?.[SIGNATURE_ANNOTATION],
  );
  return Promise.all(
    layers.map(async (layer) => ({
      payload: await client.readBlob(repository, layer, 1024 * 1024),
      signature: layer.annotations?.[SIGNATURE_ANNOTATION] as string,
      annotations: layer.annotations ?? {},
      layer,
    })),
  );
}

export interface NewLegacySignature {
  payload: Buffer;
  signature: Buffer;
  /** More layer annotations (certificate, chain, Rekor bundle for keyless signatures). */
  annotations?: Record<string, string>;
}

/**
 * Append a signature to the `.sig` image of `digest`, unless `isDuplicate` says an existing one is
 * the same. Blobs first, the manifest and its tag last.
 */
export async function writeLegacySignature(
  client: RegistryClient,
  repository: string,
  digest: string,
  signature: NewLegacySignature,
  isDuplicate: (existing: LegacySignature) => boolean,
): Promise<{ outcome: "written" | "exists"; tag: string }> {
  const image = await readSignatureImage(client, repository, digest);
  if ((await signaturesOf(client, repository, image)).some(isDuplicate))
    return { outcome: "exists", tag: legacyTag(digest, "sig") };
  const layer = {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    data: signature.payload,
    annotations: { [SIGNATURE_ANNOTATION]: signature.signature.toString("base64"), ...signature.annotations },
  };
  return {
    outcome: "written",
    tag: await appendLegacyLayer(client, repository, digest, "sig", image?.layers ?? [], layer),
  };
}

/** The layers of cosign's `sha256-<hex>.att` attestation image, if there is one. */
export async function readLegacyAttestationLayers(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<Descriptor[]> {
  try {
    return (await client.getManifest(repository, legacyTag(digest, "att"))).blobs.slice(1);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return [];
    throw error;
  }
}

/** Append one layer to cosign's `.sig` or `.att` image of `digest` (config rebuilt to list it). */
export async function appendLegacyLayer(
  client: RegistryClient,
  repository: string,
  digest: string,
  suffix: "sig" | "att",
  previous: Descriptor[],
  add: { mediaType: string; data: Buffer; annotations: Record<string, string> },
): Promise<string> {
  const tag = legacyTag(digest, suffix);
  const layer: Descriptor = {
    mediaType: add.mediaType,
    size: add.data.length,
    digest: digestOf(add.data),
    annotations: add.annotations,
  };
  const layers = [...previous, layer];
  const config = Buffer.from(
    JSON.stringify({
      architecture: "",
      created: ZERO_TIME,
      history: layers.map(() => ({ created: ZERO_TIME })),
      os: "",
      rootfs: { type: "layers", diff_ids: layers.map((item) => item.digest) },
      config: {},
    }),
  );
  const configDescriptor: Descriptor = { mediaType: CONFIG_MEDIA_TYPE, size: config.length, digest: digestOf(config) };
  await Promise.all([
    client.uploadBlob(repository, layer, () => add.data),
    client.uploadBlob(repository, configDescriptor, () => config),
  ]);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: configDescriptor.mediaType, size: configDescriptor.size, digest: configDescriptor.digest },
      layers: layers.map((item) => ({
        mediaType: item.mediaType,
        size: item.size,
        digest: item.digest,
        ...(item.annotations ? { annotations: item.annotations } : {}),
      })),
    }),
  );
  await client.putManifest(repository, tag, { bytes: manifest, digest: digestOf(manifest), mediaType: OCI_MANIFEST });
  return tag;
}
