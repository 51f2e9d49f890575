/**
 * cosign's legacy signature storage: an OCI image at tag `sha256-<hex>.sig` in the signed image's
 * repository, one layer per signature. Each layer is a simple-signing payload
 * (`application/vnd.dev.cosign.simplesigning.v1+json`) with its base64 signature in the
 * `dev.cosignproject.cosign/signature` annotation; the config lists the payloads as diff IDs. New
 * signatures are appended, and read back to survive concurrent signers (appendLegacyLayer); one
 * already there (same payload, verifying with the same key) is not added twice.
 */
import {
  ConcurrentUpdateError,
  type Descriptor,
  digestOf,
  legacyTag,
  OCI_MANIFEST,
  type RegistryClient,
  RegistryError,
  readMergeWrite,
} from "@image-actions/oci";
import { SigstoreError } from "./errors.ts";

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
  const layers = await readLegacyLayers(client, repository, legacyTag(digest, "sig"));
  return layers && { layers };
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
 * the same (then, or when a concurrent run with the same key got there first, "exists").
 */
export async function writeLegacySignature(
  client: RegistryClient,
  repository: string,
  digest: string,
  signature: NewLegacySignature,
  isDuplicate: (existing: LegacySignature) => boolean,
): Promise<{ outcome: "written" | "exists"; tag: string }> {
  const layer = {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    data: signature.payload,
    annotations: { [SIGNATURE_ANNOTATION]: signature.signature.toString("base64"), ...signature.annotations },
  };
  return appendLegacyLayer(client, repository, digest, "sig", layer, async (layers) =>
    (await signaturesOf(client, repository, { layers })).some(isDuplicate),
  );
}

/** The layers of cosign's `sha256-<hex>.att` attestation image, if there is one. */
export async function readLegacyAttestationLayers(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<Descriptor[]> {
  return (await readLegacyLayers(client, repository, legacyTag(digest, "att"))) ?? [];
}

async function readLegacyLayers(
  client: RegistryClient,
  repository: string,
  tag: string,
): Promise<Descriptor[] | undefined> {
  return (await readLegacyImage(client, repository, tag))?.layers;
}

/** The `.sig`/`.att` image's layers and the digest of the manifest they were read from. */
async function readLegacyImage(
  client: RegistryClient,
  repository: string,
  tag: string,
): Promise<{ digest: string; layers: Descriptor[] } | undefined> {
  try {
    const manifest = await client.getManifest(repository, tag);
    return { digest: manifest.digest, layers: manifest.blobs.slice(1) };
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}

export interface NewLegacyLayer {
  mediaType: string;
  data: Buffer;
  annotations: Record<string, string>;
}

/**
 * Append one layer to cosign's `.sig` or `.att` image of `digest` (config rebuilt to list it),
 * unless the image holds it already or `holdsEquivalent` finds one as good (the same statement or
 * payload signed by the same key: ECDSA signatures differ on every run). Other signers append to
 * the same tag concurrently and the registry has no atomic append, so the image is read back after
 * writing and merged again until our layer is there (readMergeWrite); "exists" when it already was.
 */
export async function appendLegacyLayer(
  client: RegistryClient,
  repository: string,
  digest: string,
  suffix: "sig" | "att",
  add: NewLegacyLayer,
  holdsEquivalent: (layers: Descriptor[]) => Promise<boolean>,
): Promise<{ outcome: "written" | "exists"; tag: string }> {
  const tag = legacyTag(digest, suffix);
  const layer: Descriptor = {
    mediaType: add.mediaType,
    size: add.data.length,
    digest: digestOf(add.data),
    annotations: add.annotations,
  };
  // The layer before reading, so that from our read to our write only the small config goes up:
  // the shorter that span, the less often concurrent signers overwrite each other. (An unused
  // upload, when the signature turns out to be there already, is left for the registry's GC.)
  // Most often missing (a new signature over a new digest): the session opens beside the HEAD.
  await client.uploadBlob(repository, layer, () => add.data, { startAlongsideCheck: true });
  try {
    const outcome = await readMergeWrite(`${client.registry}/${repository}:${tag}`, {
      read: () => readLegacyImage(client, repository, tag),
      holds: async (image) =>
        (image?.layers ?? []).some((item) => sameLayer(item, layer)) || holdsEquivalent(image?.layers ?? []),
      write: (image) => putLegacyImage(client, repository, tag, [...(image?.layers ?? []), layer], image?.digest),
    });
    return { outcome, tag };
  } catch (error) {
    if (error instanceof ConcurrentUpdateError)
      throw new SigstoreError(`cannot store the ${suffix === "sig" ? "signature" : "attestation"}: ${error.message}`, {
        cause: error,
      });
    throw error;
  }
}

/**
 * Our very layer: the digest alone is not enough, since every `.sig` layer over one digest has the
 * same payload blob and only its signature annotation tells the signers apart.
 */
function sameLayer(stored: Descriptor, ours: Descriptor): boolean {
  return (
    stored.digest === ours.digest &&
    Object.entries(ours.annotations ?? {}).every(([name, value]) => stored.annotations?.[name] === value)
  );
}

/**
 * Put the `.sig`/`.att` image with these layers: its config (listing them) first, the manifest last.
 * `readFrom` is the manifest the layers were read from (undefined: there was none); when the tag no
 * longer holds it just before the PUT, another signer wrote meanwhile and nothing is put ("stale":
 * readMergeWrite merges again), rather than replacing that signer's layer.
 */
async function putLegacyImage(
  client: RegistryClient,
  repository: string,
  tag: string,
  layers: Descriptor[],
  readFrom: string | undefined,
): Promise<undefined | "stale"> {
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
  // A config listing exactly these layers is new but for a re-run's: the session opens beside the
  // HEAD, which keeps our read-to-write span (and so every concurrent signer's settle wait) short.
  await client.uploadBlob(repository, configDescriptor, () => config, { startAlongsideCheck: true });
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
  if ((await client.headManifest(repository, tag))?.digest !== readFrom) return "stale";
  await client.putManifest(repository, tag, {
    bytes: manifest,
    digest: digestOf(manifest),
    mediaType: OCI_MANIFEST,
  });
}
