/**
 * Where a built image goes: pushed to registries (base layers mounted from the base's repository
 * when it is on the same registry, otherwise streamed from it and verified; blobs already there
 * skipped; manifests by digest, then the index, then the tags last, so a tag never names content
 * that is not all there), or written as an OCI image layout (`push: false`).
 */
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import {
  type Descriptor,
  OciLayoutWriter,
  type Platform,
  type Reference,
  type RegistryClients,
} from "@image-actions/oci";
import type { BlobDescriptor, Document } from "./image.ts";

export interface BuiltPlatform {
  platform: Platform;
  /** The base image's repository (registry and name) its layers are read or mounted from. */
  base: Reference;
  baseLayers: Descriptor[];
  /** The layers this build made, each in a local file. */
  newLayers: Array<BlobDescriptor & { path: string }>;
  config: Document;
  manifest: Document;
}

export interface BuiltImage {
  platforms: BuiltPlatform[];
  /** The index over the platforms, when there is more than one. */
  index?: Document;
}

/** The document a tag names: the index, or the only platform's manifest. */
export function topDocument(image: BuiltImage): Document {
  return image.index ?? (image.platforms[0] as BuiltPlatform).manifest;
}

export interface PushStats {
  blobsUploaded: number;
  blobsMounted: number;
  blobsSkipped: number;
  bytesUploaded: number;
}

/**
 * Push to every destination (one repository once, however many of its tags are named).
 * `beforeTags` runs once every repository holds the image and before any tag names it, for what
 * must be there when a tag appears (the SBOM referrers).
 */
export async function pushImage(
  clients: RegistryClients,
  image: BuiltImage,
  destinations: Reference[],
  beforeTags?: () => Promise<void>,
): Promise<PushStats> {
  const stats: PushStats = { blobsUploaded: 0, blobsMounted: 0, blobsSkipped: 0, bytesUploaded: 0 };
  const repositories = new Map<string, Reference>();
  for (const destination of destinations)
    repositories.set(`${destination.registry}/${destination.repository}`, destination);
  await Promise.all([...repositories.values()].map((destination) => pushContent(clients, image, destination, stats)));
  await beforeTags?.();
  const top = topDocument(image);
  // Tags last, once every repository holds everything they name.
  for (const destination of destinations) {
    if (!destination.tag) continue;
    await clients.for(destination.registry).putManifest(destination.repository, destination.tag, top);
  }
  return stats;
}

async function pushContent(
  clients: RegistryClients,
  image: BuiltImage,
  destination: Reference,
  stats: PushStats,
): Promise<void> {
  const client = clients.for(destination.registry);
  const repository = destination.repository;
  const count = (outcome: string, size: number) => {
    if (outcome === "exists") stats.blobsSkipped++;
    else if (outcome === "mounted") stats.blobsMounted++;
    else {
      stats.blobsUploaded++;
      stats.bytesUploaded += size;
    }
  };
  for (const built of image.platforms) {
    const sameRegistry = built.base.registry === destination.registry;
    const baseClient = clients.for(built.base.registry);
    for (const layer of built.baseLayers) {
      const result = await client.uploadBlob(
        repository,
        layer,
        () => baseClient.openBlob(built.base.repository, layer),
        sameRegistry ? { mountFrom: built.base.repository } : {},
      );
      count(result.outcome, layer.size);
    }
    for (const layer of built.newLayers) {
      const result = await client.uploadBlob(repository, layer, () => createReadStream(layer.path));
      count(result.outcome, layer.size);
    }
    const config = built.config;
    const result = await client.uploadBlob(
      repository,
      { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
      () => config.bytes,
    );
    count(result.outcome, config.bytes.length);
    await client.putManifest(repository, built.manifest.digest, built.manifest);
  }
  if (image.index) await client.putManifest(repository, image.index.digest, image.index);
}

/**
 * Writes the image as an OCI image layout in `dir` (`oci-layout`, `index.json`, `blobs/sha256/…`),
 * base layers included (read from the base's registry and verified). `refName` names it in
 * index.json (`org.opencontainers.image.ref.name`).
 */
export async function writeOciLayout(
  clients: RegistryClients,
  image: BuiltImage,
  dir: string,
  refName: string | undefined,
): Promise<void> {
  const layout = new OciLayoutWriter(dir);
  const put = (digest: string, source: () => Readable | Buffer) => layout.putBlob(digest, source);
  for (const built of image.platforms) {
    const baseClient = clients.for(built.base.registry);
    for (const layer of built.baseLayers)
      await put(layer.digest, () => baseClient.openBlob(built.base.repository, layer));
    for (const layer of built.newLayers) await put(layer.digest, () => createReadStream(layer.path));
    await put(built.config.digest, () => built.config.bytes);
    await put(built.manifest.digest, () => built.manifest.bytes);
  }
  if (image.index) {
    const index = image.index;
    await put(index.digest, () => index.bytes);
  }
  const top = topDocument(image);
  await layout.writeIndex([
    {
      descriptor: { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length },
      ...(refName ? { refName } : {}),
    },
  ]);
}
