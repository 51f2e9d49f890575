/**
 * Test images built in memory and pushed through the registry API: real gzip'd tar layers (so
 * `crane validate` can check diff IDs), image configs, manifests and multi-arch indexes, in OCI or
 * Docker media types.
 */
import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { RegistryClients } from "@image-actions/oci";
import type { TestRegistry } from "./registry.ts";
import { expectStatus, registryRequest } from "./registry-http.ts";

export const MEDIA_TYPES = {
  oci: {
    manifest: "application/vnd.oci.image.manifest.v1+json",
    index: "application/vnd.oci.image.index.v1+json",
    config: "application/vnd.oci.image.config.v1+json",
    layer: "application/vnd.oci.image.layer.v1.tar+gzip",
  },
  docker: {
    manifest: "application/vnd.docker.distribution.manifest.v2+json",
    index: "application/vnd.docker.distribution.manifest.list.v2+json",
    config: "application/vnd.docker.container.image.v1+json",
    layer: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  },
} as const;

export type MediaTypeFamily = keyof typeof MEDIA_TYPES;

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
  artifactType?: string;
}

export interface Blob {
  data: Buffer;
  digest: string;
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

/** A one-file ustar archive: enough for a layer that unpacks and has a true diff ID. */
export function tarWithFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, "utf8");
  header.write("0000644\0", 100);
  header.write("0000000\0", 108);
  header.write("0000000\0", 116);
  header.write(`${content.length.toString(8).padStart(11, "0")}\0`, 124);
  header.write("00000000000\0", 136);
  header.write("        ", 148);
  header.write("0", 156);
  header.write("ustar\0", 257);
  header.write("00", 263);
  let checksum = 0;
  for (const byte of header) checksum += byte;
  header.write(`${checksum.toString(8).padStart(6, "0")}\0 `, 148);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

export interface Layer extends Blob {
  diffId: string;
}

/** A layer of about `size` bytes of incompressible data. */
export function makeLayer(size: number, name = `file-${randomBytes(4).toString("hex")}`): Layer {
  const tar = tarWithFile(name, randomBytes(size));
  const data = gzipSync(tar, { level: 1 });
  return { data, digest: sha256(data), diffId: sha256(tar) };
}

export async function pushBlob(registry: TestRegistry, repository: string, blob: Blob): Promise<void> {
  const scope = `repository:${repository}:pull,push`;
  const head = await registryRequest(registry, {
    method: "HEAD",
    path: `/v2/${repository}/blobs/${blob.digest}`,
    scope,
  });
  if (head.status === 200) return;
  const start = await registryRequest(registry, { method: "POST", path: `/v2/${repository}/blobs/uploads/`, scope });
  await expectStatus(start, [202], `start upload of ${blob.digest}`);
  const location = new URL(String(start.headers.location), registry.url);
  location.searchParams.set("digest", blob.digest);
  const put = await registryRequest(registry, {
    method: "PUT",
    path: location.toString(),
    scope,
    headers: { "content-type": "application/octet-stream", "content-length": String(blob.data.length) },
    body: blob.data,
  });
  await expectStatus(put, [201], `upload of ${blob.digest}`);
}

export async function pushManifest(
  registry: TestRegistry,
  repository: string,
  reference: string,
  body: Buffer,
  mediaType: string,
): Promise<string> {
  const response = await registryRequest(registry, {
    method: "PUT",
    path: `/v2/${repository}/manifests/${reference}`,
    scope: `repository:${repository}:pull,push`,
    headers: { "content-type": mediaType },
    body,
  });
  await expectStatus(response, [201], `push manifest ${repository}:${reference}`);
  return sha256(body);
}

export interface ImageOptions {
  /** Sizes in bytes of each layer's content; default one layer of 1 KiB. */
  layers?: number[];
  mediaTypes?: MediaTypeFamily;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

export interface PushedImage {
  digest: string;
  manifest: Buffer;
  mediaType: string;
  size: number;
  layers: Layer[];
  config: Blob;
  /** `host/repo@sha256:…` */
  ref: string;
}

/** Push an image; tag it when `tag` is given (children of an index are pushed by digest only). */
export async function pushImage(
  registry: TestRegistry,
  repository: string,
  tag: string | undefined,
  options: ImageOptions = {},
): Promise<PushedImage> {
  const types = MEDIA_TYPES[options.mediaTypes ?? "oci"];
  const platform = options.platform ?? { os: "linux", architecture: "amd64" };
  const layers = (options.layers ?? [1024]).map((size) => makeLayer(size));
  const configJson = Buffer.from(
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant ? { variant: platform.variant } : {}),
      created: "1970-01-01T00:00:00Z",
      config: { Env: ["PATH=/usr/local/bin:/usr/bin:/bin"] },
      rootfs: { type: "layers", diff_ids: layers.map((layer) => layer.diffId) },
      history: layers.map(() => ({ created: "1970-01-01T00:00:00Z", created_by: "image-actions test fixture" })),
    }),
  );
  const config: Blob = { data: configJson, digest: sha256(configJson) };
  await Promise.all([...layers, config].map((blob) => pushBlob(registry, repository, blob)));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: types.manifest,
      config: { mediaType: types.config, digest: config.digest, size: config.data.length },
      layers: layers.map((layer) => ({ mediaType: types.layer, digest: layer.digest, size: layer.data.length })),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    }),
  );
  const digest = await pushManifest(registry, repository, tag ?? sha256(manifest), manifest, types.manifest);
  return {
    digest,
    manifest,
    mediaType: types.manifest,
    size: manifest.length,
    layers,
    config,
    ref: `${registry.host}/${repository}@${digest}`,
  };
}

export interface IndexOptions {
  platforms?: Array<{ os: string; architecture: string; variant?: string }>;
  layers?: number[];
  mediaTypes?: MediaTypeFamily;
}

export interface PushedIndex {
  digest: string;
  manifest: Buffer;
  mediaType: string;
  children: PushedImage[];
  ref: string;
}

export async function pushIndex(
  registry: TestRegistry,
  repository: string,
  tag: string,
  options: IndexOptions = {},
): Promise<PushedIndex> {
  const family = options.mediaTypes ?? "oci";
  const platforms = options.platforms ?? [
    { os: "linux", architecture: "amd64" },
    { os: "linux", architecture: "arm64", variant: "v8" },
  ];
  const children = await Promise.all(
    platforms.map((platform) =>
      pushImage(registry, repository, undefined, {
        platform,
        mediaTypes: family,
        ...(options.layers ? { layers: options.layers } : {}),
      }),
    ),
  );
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA_TYPES[family].index,
      manifests: children.map((child, i) => ({
        mediaType: child.mediaType,
        digest: child.digest,
        size: child.size,
        platform: platforms[i],
      })),
    }),
  );
  const digest = await pushManifest(registry, repository, tag, index, MEDIA_TYPES[family].index);
  return {
    digest,
    manifest: index,
    mediaType: MEDIA_TYPES[family].index,
    children,
    ref: `${registry.host}/${repository}@${digest}`,
  };
}

/** GET a manifest; returns its bytes, media type and the digest of those bytes. */
export async function fetchManifest(
  registry: TestRegistry,
  repository: string,
  reference: string,
): Promise<{ status: number; body: Buffer; mediaType: string; digest: string }> {
  const accept = [...Object.values(MEDIA_TYPES).flatMap((types) => [types.manifest, types.index])].join(", ");
  const response = await registryRequest(registry, {
    method: "GET",
    path: `/v2/${repository}/manifests/${reference}`,
    scope: `repository:${repository}:pull`,
    headers: { accept },
  });
  return {
    status: response.status,
    body: response.body,
    mediaType: String(response.headers["content-type"] ?? ""),
    digest: sha256(response.body),
  };
}

/**
 * An SBOM-typed artifact (`artifactType: application/spdx+json`) pushed with `subject` as an OCI
 * referrer; with `clients`, also listed in the subject's `sha256-<hex>` fallback index, for
 * registries without the referrers API. Returns the artifact's digest.
 */
export async function pushSbomReferrer(
  registry: TestRegistry,
  repository: string,
  subject: { digest: string; mediaType: string; size: number },
  clients?: RegistryClients,
): Promise<string> {
  const artifact = await pushImage(registry, repository, undefined, { layers: [64] });
  const manifest = JSON.parse(artifact.manifest.toString()) as Record<string, unknown>;
  manifest.artifactType = "application/spdx+json";
  manifest.subject = { mediaType: subject.mediaType, digest: subject.digest, size: subject.size };
  const body = Buffer.from(JSON.stringify(manifest));
  const digest = sha256(body);
  await pushManifest(registry, repository, digest, body, artifact.mediaType);
  if (clients) {
    const client = clients.for(registry.host);
    await client.addToFallbackIndex(repository, subject.digest, [await client.getManifest(repository, digest)]);
  }
  return digest;
}
