/**
 * Manifests as bytes plus the fields the client needs. The bytes are what gets pushed: a manifest is
 * never re-serialised, because re-encoding would change its digest.
 */
import { parseDigest } from "./digest.ts";
import { OciError } from "./errors.ts";
import { DOCKER_MANIFEST_LIST, isIndexMediaType, OCI_INDEX } from "./media-types.ts";
import type { Platform } from "./reference.ts";
import { quoteValue } from "./untrusted-text.ts";

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

/**
 * Indexes nested deeper than this are refused: real images nest one or two levels (an index of
 * platform images, perhaps under an index of variants); a registry serving a chain of indexes a
 * thousand deep must not be walked to the end.
 */
export const MAX_INDEX_NESTING = 4;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  throw new OciError(`${what} is not a string`);
}

function optionalStringMap(value: unknown, what: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || !Object.values(value).every((entry) => typeof entry === "string"))
    throw new OciError(`${what} is not a map of strings`);
  return value as Record<string, string>;
}

function optionalArray(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new OciError(`${what} is not a list`);
  return value;
}

/**
 * Checks one descriptor a registry sent (in a manifest, an index or a referrers answer) before
 * anything uses it: its digest goes into request paths and decides what gets verified, so a
 * path-like value (`x/../../elsewhere`) or one without an algorithm (which would be fetched as a
 * tag, unverified) is refused here. `where` names the descriptor for the message.
 */
export function parseDescriptor(value: unknown, where: string): Descriptor {
  if (!isObject(value)) throw new OciError(`${where} is not a descriptor (an object)`);
  const { digest, size, platform } = value;
  try {
    parseDigest(typeof digest === "string" ? digest : "");
  } catch {
    throw new OciError(`${where} has a bad digest ${quoteValue(digest)} (expected sha256:<64 hex digits>)`);
  }
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
    throw new OciError(`${where} has a bad size ${quoteValue(size)} (expected a non-negative integer)`);
  if (typeof value.mediaType !== "string") throw new OciError(`${where} has no mediaType`);
  optionalString(value.artifactType, `${where}: artifactType`);
  optionalStringMap(value.annotations, `${where}: annotations`);
  if (!optionalArray(value.urls, `${where}: urls`).every((url) => typeof url === "string"))
    throw new OciError(`${where}: urls are not all strings`);
  if (platform !== undefined) {
    if (!isObject(platform) || typeof platform.os !== "string" || typeof platform.architecture !== "string")
      throw new OciError(`${where} has a platform without os and architecture`);
    optionalString(platform.variant, `${where}: platform variant`);
  }
  return value as unknown as Descriptor;
}

/** A list of descriptors (an index's manifests, a manifest's layers), each checked. */
export function parseDescriptors(value: unknown, where: string): Descriptor[] {
  return optionalArray(value, where).map((entry, i) => parseDescriptor(entry, `${where}[${i}]`));
}

/**
 * Parse verified manifest bytes. `headerMediaType` is the registry's Content-Type; the manifest's own
 * mediaType field wins when present (some registries answer with a generic type). Everything that
 * is not what the image spec says is refused with an OciError naming the manifest: these bytes
 * come from a registry, and nothing a registry sends is trusted before it is checked.
 */
export function parseManifest(bytes: Buffer, digest: string, headerMediaType?: string): Manifest {
  const where = `manifest ${digest}`;
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString("utf8"));
  } catch {
    // The parser's message quotes the bytes: a hostile registry's text, never put in a message.
    throw new OciError(`${where} is not valid JSON`);
  }
  if (!isObject(raw)) throw new OciError(`${where} is not a JSON object`);
  const mediaType = optionalString(raw.mediaType, `${where}: mediaType`) ?? guessMediaType(raw, headerMediaType);
  const index = isIndexMediaType(mediaType);
  const subject = raw.subject === undefined ? undefined : parseDescriptor(raw.subject, `${where}: subject`);
  const artifactType = optionalString(raw.artifactType, `${where}: artifactType`);
  const annotations = optionalStringMap(raw.annotations, `${where}: annotations`);
  const manifest: Manifest = {
    bytes,
    digest,
    mediaType,
    manifests: index ? parseDescriptors(raw.manifests, `${where}: manifests`) : [],
    blobs: index
      ? []
      : [
          ...(raw.config !== undefined ? [parseDescriptor(raw.config, `${where}: config`)] : []),
          ...parseDescriptors(raw.layers, `${where}: layers`),
        ],
    ...(subject ? { subject } : {}),
    ...(artifactType ? { artifactType } : {}),
    ...(annotations ? { annotations } : {}),
  };
  return manifest;
}

function guessMediaType(raw: JsonObject, headerMediaType?: string): string {
  if (headerMediaType && headerMediaType !== "application/json") return headerMediaType;
  if (raw.manifests !== undefined) return headerMediaType === DOCKER_MANIFEST_LIST ? DOCKER_MANIFEST_LIST : OCI_INDEX;
  return "application/vnd.oci.image.manifest.v1+json";
}

/** The kind of artifact a manifest is, for referrer filtering: its artifactType or config type. */
export function artifactTypeOf(manifest: Manifest): string {
  return manifest.artifactType ?? manifest.blobs[0]?.mediaType ?? manifest.mediaType;
}
