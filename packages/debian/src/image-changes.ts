/**
 * What changed between two images, as their Debian packages say: the base each records (old →
 * new), and per platform every package added, removed or changed (name, old → new version) —
 * base and added packages alike, since both are read from the images' dpkg status (image-packages.ts).
 * Platforms are matched by os/arch/variant in containerd's normal form; a platform only one image
 * has is reported as such, with no package lists.
 *
 * The report is plain data, the same for `image-actions diff --json` and build-distroless's
 * `changes` output; a caller may add to it (the CVE delta of a scan of both images).
 */
import { type Reference, type RegistryClients, withDigest } from "@image-actions/oci";
import {
  type ImagePackages,
  type PlatformPackages,
  type ReadImagePackagesOptions,
  type RecordedBase,
  readImagePackages,
} from "./image-packages.ts";
import type { InstalledPackage } from "./types.ts";

export interface PackageEntry {
  name: string;
  architecture: string;
  version: string;
}

export interface PackageChange {
  name: string;
  architecture: string;
  old: string;
  new: string;
  /** When the architecture changed too (an `all` package rebuilt per architecture, or back). */
  oldArchitecture?: string;
}

/** One side of a platform: its manifest and the base it records. */
export interface PlatformSide {
  manifestDigest: string;
  base: RecordedBase | null;
}

export interface PlatformChanges {
  /** `os/arch[/variant]`, containerd's normal form. */
  platform: string;
  /** `both`, or the one image that has this platform (then no package lists). */
  in: "both" | "old" | "new";
  old: PlatformSide | null;
  new: PlatformSide | null;
  added: PackageEntry[];
  removed: PackageEntry[];
  changed: PackageChange[];
  /** Packages in both at the same version. */
  unchanged: number;
}

export interface ImageChanges {
  old: { image: string; digest: string };
  new: { image: string; digest: string };
  /** The same digest: the same image, so nothing changed and no layer was read. */
  identical: boolean;
  /**
   * The base each image records (the same for all its platforms; null when one differs or none is
   * recorded: see each platform's), and whether it changed (null unless both are known). Null
   * when `identical`.
   */
  base: { old: RecordedBase | null; new: RecordedBase | null; changed: boolean | null } | null;
  platforms: PlatformChanges[];
}

/** Resolves both references once, then compares what each holds; the same digest reads no layer. */
export async function diffImages(
  clients: RegistryClients,
  oldReference: Reference,
  newReference: Reference,
  options: ReadImagePackagesOptions = {},
): Promise<ImageChanges> {
  const [oldPinned, newPinned] = await Promise.all([pinned(clients, oldReference), pinned(clients, newReference)]);
  if (oldPinned.digest === newPinned.digest)
    return identicalImages(imageOf(oldPinned), imageOf(newPinned), oldPinned.digest as string);
  const [oldPackages, newPackages] = await Promise.all([
    readImagePackages(clients, oldPinned, options),
    readImagePackages(clients, newPinned, options),
  ]);
  return comparePackages(oldPackages, newPackages);
}

/**
 * `oldReference` against an image the caller reads itself (a build not pushed yet): `read` is
 * called only when the digests differ.
 */
export async function diffAgainst(
  clients: RegistryClients,
  oldReference: Reference,
  newImage: { image: string; digest: string; read: () => Promise<ImagePackages> },
): Promise<ImageChanges> {
  const oldPinned = await pinned(clients, oldReference);
  if (oldPinned.digest === newImage.digest) return identicalImages(imageOf(oldPinned), newImage.image, newImage.digest);
  const [oldPackages, newPackages] = await Promise.all([readImagePackages(clients, oldPinned), newImage.read()]);
  return comparePackages(oldPackages, newPackages);
}

/** The report of two images that are one: nothing changed. */
export function identicalImages(oldImage: string, newImage: string, digest: string): ImageChanges {
  return {
    old: { image: oldImage, digest },
    new: { image: newImage, digest },
    identical: true,
    base: null,
    platforms: [],
  };
}

async function pinned(clients: RegistryClients, reference: Reference): Promise<Reference> {
  if (reference.digest) return reference;
  const manifest = await clients.for(reference.registry).getManifest(reference.repository, reference.tag as string);
  return withDigest(reference, manifest.digest);
}

function imageOf(reference: Reference): string {
  return `${reference.registry}/${reference.repository}@${reference.digest}`;
}

/** The comparison itself, on what was read of each image. */
export function comparePackages(oldImage: ImagePackages, newImage: ImagePackages): ImageChanges {
  const oldBase = imageBase(oldImage.platforms);
  const newBase = imageBase(newImage.platforms);
  const oldByPlatform = new Map(oldImage.platforms.map((item) => [item.platform, item]));
  const newByPlatform = new Map(newImage.platforms.map((item) => [item.platform, item]));
  const keys = [...new Set([...oldByPlatform.keys(), ...newByPlatform.keys()])].sort(byText);
  return {
    old: { image: oldImage.image, digest: oldImage.digest },
    new: { image: newImage.image, digest: newImage.digest },
    identical: oldImage.digest === newImage.digest,
    base: { old: oldBase, new: newBase, changed: oldBase && newBase ? oldBase.digest !== newBase.digest : null },
    platforms: keys.map((key) => comparePlatform(key, oldByPlatform.get(key), newByPlatform.get(key))),
  };
}

function imageBase(platforms: PlatformPackages[]): RecordedBase | null {
  const first = platforms[0]?.base;
  if (!first) return null;
  return platforms.every((item) => item.base?.digest === first.digest && item.base.name === first.name) ? first : null;
}

function sideOf(item: PlatformPackages | undefined): PlatformSide | null {
  return item ? { manifestDigest: item.manifestDigest, base: item.base } : null;
}

function comparePlatform(
  platform: string,
  oldItem: PlatformPackages | undefined,
  newItem: PlatformPackages | undefined,
): PlatformChanges {
  const changes: PlatformChanges = {
    platform,
    in: oldItem && newItem ? "both" : oldItem ? "old" : "new",
    old: sideOf(oldItem),
    new: sideOf(newItem),
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
  };
  if (!oldItem || !newItem) return changes;
  const oldByName = byName(oldItem.installed);
  const newByName = byName(newItem.installed);
  for (const name of [...new Set([...oldByName.keys(), ...newByName.keys()])].sort(byText)) {
    const before = oldByName.get(name) ?? [];
    const after = newByName.get(name) ?? [];
    // One of a name on each side is the common case, whatever its architecture; several (a
    // Multi-Arch: same library co-installed for two architectures) are matched by architecture.
    if (before.length === 1 && after.length === 1) {
      compareOne(changes, before[0] as InstalledPackage, after[0] as InstalledPackage);
      continue;
    }
    const architectures = [...new Set([...before, ...after].map((item) => item.architecture))].sort(byText);
    for (const architecture of architectures) {
      const was = before.find((item) => item.architecture === architecture);
      const is = after.find((item) => item.architecture === architecture);
      if (was && is) compareOne(changes, was, is);
      else if (is) changes.added.push(entryOf(is));
      else if (was) changes.removed.push(entryOf(was));
    }
  }
  return changes;
}

function compareOne(changes: PlatformChanges, was: InstalledPackage, is: InstalledPackage): void {
  if (was.version === is.version && was.architecture === is.architecture) {
    changes.unchanged++;
    return;
  }
  changes.changed.push({
    name: is.name,
    architecture: is.architecture,
    old: was.version,
    new: is.version,
    ...(was.architecture !== is.architecture ? { oldArchitecture: was.architecture } : {}),
  });
}

function entryOf(item: InstalledPackage): PackageEntry {
  return { name: item.name, architecture: item.architecture, version: item.version };
}

function byName(installed: InstalledPackage[]): Map<string, InstalledPackage[]> {
  const grouped = new Map<string, InstalledPackage[]>();
  for (const item of installed) grouped.set(item.name, [...(grouped.get(item.name) ?? []), item]);
  return grouped;
}

/** Bytewise order: the same on every machine, whatever its locale. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
