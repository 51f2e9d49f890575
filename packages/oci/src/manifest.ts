/**
 * Manifests as bytes plus the fields the client needs. The bytes are what gets pushed: a manifest is
 * never re-serialised, because re-encoding would change its digest.
 */
import { OciError } from "./errors.ts";
import { DOCKER_MANIFEST_LIST, isIndexMediaType, OCI_INDEX } from "./media-types.ts";
import type { Platform } from "./reference.ts";

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
  artifactType?: string;
  urls?: string[];
}

/** A manifest or index: its exact bytes, its digest, its media type, and what it points to. */
export interface Manifest {
  bytes: Buffer;
  digest: string;
  mediaType: string;
  /** Index entries (children manifests); empty for an image manifest. */
  manifests: Descriptor[];
  /** Config and layers (blobs); empty for an index. */
  blobs: Descriptor[];
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** The largest manifest the client accepts, as the distribution spec recommends registries do. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

interface RawManifest {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/**
 * Parse verified manifest bytes. `headerMediaType` is the registry's Content-Type; the manifest's own
 * mediaType field wins when present (some registries answer with a generic type).
 */
export function parseManifest(bytes: Buffer, digest: string, headerMediaType?: string): Manifest {
  let raw: RawManifest;
  try {
    raw = JSON.parse(bytes.toString("utf8")) as RawManifest;
  } catch (error) {
    throw new OciError(`manifest ${digest} is not valid JSON: ${(error as Error).message}`);
  }
  const mediaType = raw.mediaType ?? guessMediaType(raw, headerMediaType);
  const manifest: Manifest = {
    bytes,
    digest,
    mediaType,
    manifests: isIndexMediaType(mediaType) ? (raw.manifests ?? []) : [],
    blobs: isIndexMediaType(mediaType) ? [] : [...(raw.config ? [raw.config] : []), ...(raw.layers ?? [])],
    ...(raw.subject ? { subject: raw.subject } : {}),
    ...(raw.artifactType ? { artifactType: raw.artifactType } : {}),
    ...(raw.annotations ? { annotations: raw.annotations } : {}),
  };
  return manifest;
}

function guessMediaType(raw: RawManifest, headerMediaType?: string): string {
  if (headerMediaType && headerMediaType !== "application/json") return headerMediaType;
  if (raw.manifests) return headerMediaType === DOCKER_MANIFEST_LIST ? DOCKER_MANIFEST_LIST : OCI_INDEX;
  return "application/vnd.oci.image.manifest.v1+json";
}

/** The kind of artifact a manifest is, for referrer filtering: its artifactType or config type. */
export function artifactTypeOf(manifest: Manifest): string {
  return manifest.artifactType ?? manifest.blobs[0]?.mediaType ?? manifest.mediaType;
}
