/**
 * Re-resolving a lock on purpose (issue 25): the same requested packages, resolved again against
 * today's sources on today's base, newest allowed versions. A release builds from its committed lock
 * byte for byte and never comes here; a nightly asks for it to pick up security fixes.
 *
 * What counts as a change is what would change the image: a package added, removed, or at another
 * version or other bytes (SHA-256, size) on some architecture. Where a package is downloaded from
 * (`url`, `from`) is not: a nightly's sources name a new snapshot date every night, and a lock whose
 * packages are all the same is kept as it was, byte for byte, rather than rewritten with new URLs.
 */
import type { Platform } from "@image-actions/oci";
import { platformOf } from "./architectures.ts";
import { type LockOptions, type LockResult, lockPackages } from "./lock.ts";
import type { LockedPackage, Lockfile } from "./lockfile.ts";
import type { ArchiveSource } from "./types.ts";

export interface LockUpdateOptions extends Omit<LockOptions, "packages" | "sources" | "platforms"> {
  /** The lock to update: its requested packages are resolved again. */
  old: Lockfile;
  /** `debian-sources` lines to resolve against; the old lock's sources when absent or empty. */
  sources?: string[];
  /** The platforms to resolve for; those of the old lock's architectures when absent or empty. */
  platforms?: Platform[];
}

/** One package that differs between two locks on one architecture; `before`/`after` absent when added/removed. */
export interface LockedPackageChange {
  architecture: string;
  name: string;
  before?: string;
  after?: string;
}

export interface LockUpdate {
  /** The new resolution when any package changed; otherwise the old lock, unchanged. */
  lockfile: Lockfile;
  changed: boolean;
  changes: LockedPackageChange[];
  /** The resolution itself (per-architecture reasons, what the base satisfied, archive stats). */
  resolution: LockResult;
}

export async function updateLock(options: LockUpdateOptions): Promise<LockUpdate> {
  const { old, sources, platforms, ...rest } = options;
  const resolution = await lockPackages({
    ...rest,
    packages: old.requested,
    sources: sources && sources.length > 0 ? sources : sourceLinesOf(old.sources),
    platforms: platforms && platforms.length > 0 ? platforms : Object.keys(old.architectures).sort().map(platformOf),
  });
  const changes = lockChanges(old, resolution.lockfile);
  return {
    lockfile: changes.length > 0 ? resolution.lockfile : old,
    changed: changes.length > 0,
    changes,
    resolution,
  };
}

/** The sources a lock records, as `debian-sources` lines again. */
export function sourceLinesOf(sources: ArchiveSource[]): string[] {
  return sources.map((source) => `${source.url} ${source.suites.join(" ")} components: ${source.components.join(" ")}`);
}

/**
 * Every package added, removed or changed (version, SHA-256 or size) per architecture, sorted by
 * architecture then name. A version written again with other bytes (a binNMU gone wrong, a
 * republished .deb) is a change too: `before` and `after` then show the same version.
 */
export function lockChanges(old: Lockfile, next: Lockfile): LockedPackageChange[] {
  const changes: LockedPackageChange[] = [];
  const architectures = [...new Set([...Object.keys(old.architectures), ...Object.keys(next.architectures)])].sort();
  for (const architecture of architectures) {
    const before = byName(old.architectures[architecture] ?? []);
    const after = byName(next.architectures[architecture] ?? []);
    for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const was = before.get(name);
      const now = after.get(name);
      if (was && now && was.version === now.version && was.sha256 === now.sha256 && was.size === now.size) continue;
      changes.push({
        architecture,
        name,
        ...(was ? { before: was.version } : {}),
        ...(now ? { after: now.version } : {}),
      });
    }
  }
  return changes;
}

/** `amd64 libssl3 3.0.15-1~deb12u1 → 3.0.16-1~deb12u1`, `… (added)`, `… (removed)`. */
export function formatLockChange(change: LockedPackageChange): string {
  const { architecture, name, before, after } = change;
  if (before === undefined) return `${architecture} ${name} ${after} (added)`;
  if (after === undefined) return `${architecture} ${name} ${before} (removed)`;
  return `${architecture} ${name} ${before} → ${after}${before === after ? " (other bytes)" : ""}`;
}

function byName(packages: LockedPackage[]): Map<string, LockedPackage> {
  return new Map(packages.map((item) => [item.name, item]));
}
