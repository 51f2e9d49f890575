/**
 * Every Debian package an image has installed, per platform, read from its registry as the base
 * reader reads a base (base-image.ts: `/var/lib/dpkg/status.d/*` and `/var/lib/dpkg/status`, layers
 * merged as the OCI layer rules say) — base and added packages alike, for any image, not only the
 * ones we built — and the base each platform records, where it records one.
 *
 * The base is known only where the image says: the OCI pre-defined annotations
 * `org.opencontainers.image.base.digest` / `.base.name` on the platform's manifest (image-spec
 * annotations.md; build-distroless writes them, image.ts `imageAnnotations`), else config labels of
 * the same names (what `docker buildx` and docker/metadata-action write). Nothing is guessed from
 * layers.
 *
 * Platforms are named in containerd's normal form (containerd/platforms `Normalize`: arm64's `v8`
 * left out, a bare `arm` is `arm/v7`), so `linux/arm64` and `linux/arm64/v8` are one platform when
 * two images are compared. An index's entries that are not images of a platform — BuildKit's
 * attestation manifests (`unknown/unknown`, docs.docker.com/build/metadata/attestations/
 * attestation-storage) and entries with no platform — are not platforms of the image.
 */
import {
  type Descriptor,
  formatPlatform,
  isIndexMediaType,
  type Manifest,
  manifestReference,
  type Platform,
  parseDigest,
  type Reference,
  type RegistryClient,
  type RegistryClients,
} from "@image-actions/oci";
import { readLayersContent } from "./base-image.ts";
import { quoteForMessage } from "./control.ts";
import { DebianError } from "./errors.ts";
import type { InstalledPackage } from "./types.ts";

/** The base an image records: its digest, and the name it was given by, when that is recorded too. */
export interface RecordedBase {
  name: string | null;
  digest: string;
}

export interface PlatformPackages {
  /** `os/arch[/variant]` in containerd's normal form. */
  platform: string;
  manifestDigest: string;
  /** null when the image records no base for this platform. */
  base: RecordedBase | null;
  installed: InstalledPackage[];
}

export interface ImagePackages {
  /** `registry/repository@digest`: what was read, by digest. */
  image: string;
  /** What the reference resolved to (the index's digest for a multi-platform image). */
  digest: string;
  platforms: PlatformPackages[];
}

export interface ReadImagePackagesOptions {
  /** Only these platforms (os and architecture must match, and the variant when one is given); all when absent. */
  platforms?: Platform[];
}

const BASE_DIGEST = "org.opencontainers.image.base.digest";
const BASE_NAME = "org.opencontainers.image.base.name";
const MAX_INDEX_DEPTH = 4;
/** Each platform costs a read of all its layers: an index listing hundreds is not an image we compare. */
const MAX_PLATFORMS = 32;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const MAX_BASE_NAME_LENGTH = 512;
/** As parsePlatform (oci) takes them: a registry's platform strings go into keys, messages and summaries. */
const PLATFORM_PART = /^[a-z0-9_]{1,32}$/;

/** containerd's normal form of a platform, as `os/arch[/variant]`. */
export function platformKey(platform: Platform): string {
  let { variant } = platform;
  if (platform.architecture === "arm64" && (variant === "v8" || variant === "8")) variant = undefined;
  if (platform.architecture === "arm" && !variant) variant = "v7";
  if (platform.architecture === "amd64" && variant === "v1") variant = undefined;
  return formatPlatform({ os: platform.os, architecture: platform.architecture, ...(variant ? { variant } : {}) });
}

/** Whether `platform` is one that `wanted` asks for: os and architecture, and the variant if given. */
export function platformWanted(platform: Platform, wanted: Platform[] | undefined): boolean {
  if (!wanted) return true;
  const [os, architecture, variant] = platformKey(platform).split("/");
  return wanted.some((item) => {
    const [wantedOs, wantedArchitecture, wantedVariant] = platformKey(item).split("/");
    if (wantedOs !== os || wantedArchitecture !== architecture) return false;
    return !item.variant || wantedVariant === variant;
  });
}

export async function readImagePackages(
  clients: RegistryClients,
  reference: Reference,
  options: ReadImagePackagesOptions = {},
): Promise<ImagePackages> {
  const client = clients.for(reference.registry);
  const top = await client.getManifest(reference.repository, manifestReference(reference));
  const image = `${reference.registry}/${reference.repository}@${top.digest}`;
  const leaves = await platformManifests(client, reference.repository, top, image, options.platforms, new Set());
  const platforms: PlatformPackages[] = [];
  for (const leaf of leaves)
    platforms.push(
      await readPlatform(client, reference.repository, leaf.manifest, platformKey(leaf.platform), leaf.config, image),
    );
  return { image, digest: top.digest, platforms };
}

interface PlatformManifest {
  platform: Platform;
  manifest: Manifest;
  /** The config, when it had to be read to learn the platform (a single-platform image). */
  config?: ImageConfig;
}

interface ImageConfig {
  os?: unknown;
  architecture?: unknown;
  variant?: unknown;
  config?: { Labels?: unknown };
}

/**
 * The image manifests a reference serves that `wanted` asks for, each with its platform, in the
 * index's order; `seen` holds the platforms already taken: a runtime pulls the first entry for a
 * platform, so a later one is never what the image serves.
 */
async function platformManifests(
  client: RegistryClient,
  repository: string,
  manifest: Manifest,
  image: string,
  wanted: Platform[] | undefined,
  seen: Set<string>,
  depth = 0,
): Promise<PlatformManifest[]> {
  if (!isIndexMediaType(manifest.mediaType)) {
    if (manifest.blobs.length === 0) throw new DebianError(`${image}: manifest ${manifest.digest} is not an image`);
    const config = await readConfig(client, repository, manifest, image);
    const platform = checkedPlatform(
      { os: config.os, architecture: config.architecture, variant: config.variant },
      `${image}: the config of ${manifest.digest}`,
    );
    return platformWanted(platform, wanted) ? [{ platform, manifest, config }] : [];
  }
  if (depth >= MAX_INDEX_DEPTH) throw new DebianError(`${image}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
  const platformEntries = manifest.manifests.filter((entry) => entry.platform && !isAttestation(entry));
  if (platformEntries.length > MAX_PLATFORMS)
    throw new DebianError(`${image}: index ${manifest.digest} lists more than ${MAX_PLATFORMS} platform images`);
  const found: PlatformManifest[] = [];
  for (const entry of platformEntries) {
    const platform = checkedPlatform(entry.platform as Platform, `${image}: index ${manifest.digest}`);
    const nested = isIndexMediaType(entry.mediaType);
    if (!nested && (seen.has(platformKey(platform)) || !platformWanted(platform, wanted))) continue;
    const child = await client.getManifest(repository, entry.digest);
    if (isIndexMediaType(child.mediaType)) {
      found.push(...(await platformManifests(client, repository, child, image, wanted, seen, depth + 1)));
    } else if (!seen.has(platformKey(platform)) && platformWanted(platform, wanted)) {
      seen.add(platformKey(platform));
      found.push({ platform, manifest: child });
    }
  }
  return found;
}

function isAttestation(entry: Descriptor): boolean {
  return (
    entry.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" ||
    (entry.platform?.os === "unknown" && entry.platform.architecture === "unknown")
  );
}

function checkedPlatform(
  platform: { os?: unknown; architecture?: unknown; variant?: unknown },
  where: string,
): Platform {
  const { os, architecture, variant } = platform;
  const valid = (part: unknown) => typeof part === "string" && PLATFORM_PART.test(part);
  if (!valid(os) || !valid(architecture) || (variant !== undefined && variant !== "" && !valid(variant)))
    throw new DebianError(
      `${where} names a platform that is not os/arch[/variant]: ${quoteForMessage(
        [os, architecture, variant]
          .filter((part) => part !== undefined)
          .map(String)
          .join("/"),
      )}`,
    );
  return {
    os: os as string,
    architecture: architecture as string,
    ...(typeof variant === "string" && variant !== "" ? { variant } : {}),
  };
}

async function readConfig(
  client: RegistryClient,
  repository: string,
  manifest: Manifest,
  image: string,
): Promise<ImageConfig> {
  const descriptor = manifest.blobs[0] as Descriptor;
  let parsed: unknown;
  try {
    parsed = JSON.parse((await client.readBlob(repository, descriptor, MAX_CONFIG_BYTES)).toString("utf8"));
  } catch (error) {
    if (error instanceof SyntaxError) throw new DebianError(`${image}: the config of ${manifest.digest} is not JSON`);
    throw error;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new DebianError(`${image}: the config of ${manifest.digest} is not a JSON object`);
  return parsed as ImageConfig;
}

async function readPlatform(
  client: RegistryClient,
  repository: string,
  manifest: Manifest,
  platform: string,
  config: ImageConfig | undefined,
  image: string,
): Promise<PlatformPackages> {
  const [, ...layers] = manifest.blobs;
  let base = recordedBase(manifest.annotations);
  if (!base) {
    const labels = (config ?? (await readConfig(client, repository, manifest, image))).config?.Labels;
    base = recordedBase(labels);
  }
  const { installed } = await readLayersContent(
    layers.map((layer) => ({ descriptor: layer, open: () => client.openBlob(repository, layer) })),
    `${image} (${platform}, ${manifest.digest})`,
  );
  return { platform, manifestDigest: manifest.digest, base, installed };
}

/** The base recorded in annotations or labels; a digest that is not one is as good as none. */
export function recordedBase(fields: unknown): RecordedBase | null {
  if (typeof fields !== "object" || fields === null) return null;
  const { [BASE_DIGEST]: digest, [BASE_NAME]: name } = fields as Record<string, unknown>;
  if (typeof digest !== "string") return null;
  try {
    parseDigest(digest);
  } catch {
    return null;
  }
  return {
    name: typeof name === "string" && name !== "" && name.length <= MAX_BASE_NAME_LENGTH ? name : null,
    digest,
  };
}
