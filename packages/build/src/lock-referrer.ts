/**
 * Every pushed image carries the lock it was built from (issue 25), so any rebuild can be
 * reproduced later from the image alone: `image-actions lock --from-image REF` gives the lock back.
 *
 * The lock file's exact bytes are an OCI 1.1 referrer (artifact-referrer.ts) of artifact type
 * `application/vnd.image-actions.debian-lock.v1+json`, a type of our own (image-spec manifest.md
 * asks an artifact to name its type; the lock is no SBOM, signature or attestation, so promote and
 * mirror carry it as a referrer of kind "other"), its layer titled `debian-lock.json` (the name
 * `oras pull` saves it under). It is attached to each platform manifest and not to the index:
 * Amazon ECR refuses a referrer whose subject is an image index (index-referrers.ts,
 * aws/containers-roadmap#2783) while it holds referrers of image manifests, the SBOMs sit on the
 * same manifests, and `--platform` lands on one. One lock covers every architecture, so each
 * platform's referrer holds the same bytes (one blob per repository). Its `created` is the build's
 * source-date-epoch, so a rebuild from the lock attaches the very same referrer.
 */
import { readFile } from "node:fs/promises";
import { DebianError, type Lockfile, parseLockfile, serializeLockfile } from "@image-actions/debian";
import {
  classifyReferrer,
  configPlatform,
  type Descriptor,
  formatPlatform,
  formatReference,
  isIndexMediaType,
  type Manifest,
  manifestReference,
  type Platform,
  platformMatches,
  type Reference,
  type RegistryClient,
  type RegistryClients,
  RegistryError,
} from "@image-actions/oci";
import { attachArtifact, createdAt } from "./artifact-referrer.ts";
import type { BuildResult } from "./build.ts";

export const LOCK_ARTIFACT_TYPE = "application/vnd.image-actions.debian-lock.v1+json";
export const LOCK_FILE_NAME = "debian-lock.json";
/** Far above a real lock (some 400 bytes a package per architecture), far below a bad day. */
const MAX_LOCK_BYTES = 8 * 1024 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * The exact bytes of the lock a build installed from: the lock file when there is one (as read,
 * hand formatting kept, or as just written), else the resolution as it would be written. A file
 * that no longer says what was installed is refused rather than attached.
 */
export async function installedLockBytes(lock: { path?: string; content: Lockfile }): Promise<Buffer> {
  const serialized = serializeLockfile(lock.content);
  if (lock.path === undefined) return Buffer.from(serialized);
  const bytes = await readFile(lock.path);
  if (serializeLockfile(parseLockfile(bytes.toString("utf8"), lock.path)) !== serialized)
    throw new DebianError(`lock file ${lock.path} changed while the build was using it`);
  return bytes;
}

/** The build's lock as a referrer of each platform manifest, in every destination repository. */
export async function attachLocks(
  clients: RegistryClients,
  result: BuildResult,
  destinations: Reference[],
  sourceDateEpoch: number,
): Promise<void> {
  const bytes = result.lockBytes;
  if (!bytes) return;
  const created = createdAt(sourceDateEpoch);
  const repositories = new Map(destinations.map((item) => [`${item.registry}/${item.repository}`, item]));
  for (const destination of repositories.values()) {
    for (const { manifest } of result.image.platforms) {
      await attachArtifact(
        clients.for(destination.registry),
        destination.repository,
        { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length },
        {
          bytes,
          mediaType: LOCK_ARTIFACT_TYPE,
          annotations: { "org.opencontainers.image.title": LOCK_FILE_NAME },
        },
        created,
      );
    }
  }
}

export interface ImageLock {
  /** The lock file's bytes, as the image carries them (digest-verified). */
  bytes: Buffer;
  lockfile: Lockfile;
  /** The lock blob's digest. */
  digest: string;
  /** The referrer manifests that hold it. */
  referrers: string[];
}

/**
 * The lock an image carries: looked for on the image (an index and each of its manifests, or the
 * one platform `platform` names), read, verified against its digest and parsed as a lock. One line
 * of error when there is none, or more than one that differ.
 */
export async function readImageLock(
  clients: RegistryClients,
  reference: Reference,
  options: { platform?: Platform } = {},
): Promise<ImageLock> {
  const client = clients.for(reference.registry);
  const repository = reference.repository;
  const name = formatReference(reference);
  const top = await client.getManifest(repository, manifestReference(reference));
  const subjects = await subjectsOf(client, repository, name, top, options.platform);
  const carried = new Map<string, CarriedLock>();
  for (const subject of subjects) {
    for (const lock of await locksReferring(client, repository, name, subject.digest)) {
      const entry = carried.get(lock.digest) ?? {
        digest: lock.digest,
        bytes: lock.bytes,
        lockfile: parseLockfile(lock.bytes.toString("utf8"), `the lock ${name} carries (${lock.digest})`),
        referrers: [],
        on: new Set<string>(),
      };
      entry.referrers.push(lock.referrer);
      entry.on.add(subject.label);
      carried.set(lock.digest, entry);
    }
  }
  // Locks that say the same in another layout (a lock file formatted by hand, rebuilt into the same
  // image as the file the tool wrote) are one lock; the tool's own layout is given when present.
  const meanings = new Map<string, CarriedLock[]>();
  for (const lock of carried.values()) {
    const meaning = serializeLockfile(lock.lockfile);
    meanings.set(meaning, [...(meanings.get(meaning) ?? []), lock]);
  }
  const where = options.platform ? ` on ${formatPlatform(options.platform)}` : "";
  const [only, ...others] = meanings.entries();
  if (!only)
    throw new DebianError(
      `${name} carries no lock (no referrer of type ${LOCK_ARTIFACT_TYPE}${where}): it was not built by build-distroless, or built before images carried their lock`,
    );
  if (others.length > 0) {
    const described = [only, ...others].map(([, same]) =>
      same.map((lock) => `${lock.digest} on ${[...lock.on].join(", ")}`).join(" = "),
    );
    throw new DebianError(
      `${name} carries ${meanings.size} different locks${where} (${described.join("; ")})${options.platform ? "" : "; name one platform with --platform if they differ by platform"}`,
    );
  }
  const [meaning, same] = only;
  const byDigest = [...same].sort((a, b) => (a.digest < b.digest ? -1 : 1));
  const chosen = same.find((lock) => lock.bytes.toString("utf8") === meaning) ?? (byDigest[0] as CarriedLock);
  return {
    bytes: chosen.bytes,
    lockfile: chosen.lockfile,
    digest: chosen.digest,
    referrers: same.flatMap((lock) => lock.referrers),
  };
}

interface CarriedLock {
  digest: string;
  bytes: Buffer;
  lockfile: Lockfile;
  referrers: string[];
  /** The subjects it refers to: a platform, the index, the image. */
  on: Set<string>;
}

/** Where a lock may refer: an index and every manifest it lists, or the one `platform` picks. */
async function subjectsOf(
  client: RegistryClient,
  repository: string,
  name: string,
  top: Manifest,
  platform: Platform | undefined,
): Promise<Array<{ digest: string; label: string }>> {
  if (!isIndexMediaType(top.mediaType)) {
    if (platform) await checkImagePlatform(client, repository, name, top, platform);
    return [{ digest: top.digest, label: "the image" }];
  }
  const children = top.manifests.map((child) => ({
    digest: child.digest,
    label: child.platform ? formatPlatform(child.platform) : child.digest,
    platform: child.platform,
  }));
  if (!platform) return [{ digest: top.digest, label: "the index" }, ...children];
  const chosen = children.find((child) => platformMatches(child.platform, platform));
  if (!chosen)
    throw new DebianError(
      `${name} has no ${formatPlatform(platform)} image (it has ${children.map((child) => child.label).join(", ") || "none"})`,
    );
  return [chosen];
}

/** A single-platform image names its platform only in its config. */
async function checkImagePlatform(
  client: RegistryClient,
  repository: string,
  name: string,
  image: Manifest,
  platform: Platform,
): Promise<void> {
  const [config] = image.blobs;
  let stated: Platform | undefined;
  if (config) {
    try {
      stated = configPlatform(
        JSON.parse((await client.readBlob(repository, config, MAX_CONFIG_BYTES)).toString("utf8")),
      );
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw new DebianError(`${name}: its config ${config.digest} is not JSON`);
    }
  }
  if (!platformMatches(stated, platform))
    throw new DebianError(
      `${name} is a single image for ${stated ? formatPlatform(stated) : "no stated platform"}, not ${formatPlatform(platform)}`,
    );
}

/**
 * The locks referring to `subject`. A listing's artifactType is optional and some registries list
 * the config's type there instead (referrer-kinds.ts, listedReferrerKind), so only entries listed
 * as a known other kind (a signature, an SBOM) are passed over unread; the manifest decides. A
 * manifest gone since the listing (a signer withdrawing a duplicate) is passed over too.
 */
async function locksReferring(
  client: RegistryClient,
  repository: string,
  name: string,
  subject: string,
): Promise<Array<{ referrer: string; digest: string; bytes: Buffer }>> {
  const { descriptors } = await client.referrers(repository, subject);
  const locks: Array<{ referrer: string; digest: string; bytes: Buffer }> = [];
  for (const descriptor of descriptors) {
    if (descriptor.artifactType !== LOCK_ARTIFACT_TYPE && classifyReferrer(descriptor) !== "other") continue;
    const manifest = await readIfPresent(() => client.getManifest(repository, descriptor.digest));
    // A listing naming a manifest that refers elsewhere is the registry's confusion, not a lock of ours.
    if (manifest?.artifactType !== LOCK_ARTIFACT_TYPE || manifest.subject?.digest !== subject) continue;
    const layers = manifest.blobs.slice(1).filter((blob: Descriptor) => blob.mediaType === LOCK_ARTIFACT_TYPE);
    const [layer] = layers;
    if (!layer || layers.length > 1)
      throw new DebianError(
        `${name}: the lock referrer ${manifest.digest} holds ${layers.length} lock layers, not one`,
      );
    const bytes = await client.readBlob(repository, layer, MAX_LOCK_BYTES);
    locks.push({ referrer: manifest.digest, digest: layer.digest, bytes });
  }
  return locks;
}

async function readIfPresent(read: () => Promise<Manifest>): Promise<Manifest | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}
