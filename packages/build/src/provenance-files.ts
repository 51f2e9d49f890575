/**
 * A build's SLSA v1 provenance files (provenance.ts): one per platform manifest, and one for the
 * index when there are several platforms. Each names the base by the digest it stands on (the
 * base's manifest for that platform; the base's top digest for the index) and the packages that
 * went into it. Files, not referrers: `sign` attests them, so nothing here can move a digest.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LockedPackage } from "@image-actions/debian";
import type { Platform } from "@image-actions/oci";
import {
  type BuildParameters,
  type BuildRun,
  externalParameters,
  LOCAL_BUILDER_ID,
  type LocalDeb,
  provenancePredicate,
} from "./provenance.ts";

export interface PlatformProvenanceInput {
  platform: Platform;
  architecture: string;
  manifestDigest: string;
  baseManifestDigest: string;
  packages: LockedPackage[];
  localDebs: LocalDeb[];
}

export interface ProvenanceFile {
  /** Absent for the index's. */
  platform?: Platform;
  /** The manifest or index the provenance is about: what `sign` attests it to. */
  digest: string;
  path: string;
  bytes: Buffer;
}

export async function writeProvenanceFiles(options: {
  workDir: string;
  parameters: BuildParameters;
  run?: BuildRun;
  base: { repository: string; tag?: string; topDigest: string };
  platforms: PlatformProvenanceInput[];
  indexDigest?: string;
  distro?: string;
  toolVersion: string;
  /** Build-side facts that are not inputs (the layer format), for internalParameters. */
  internalParameters: Record<string, unknown>;
}): Promise<ProvenanceFile[]> {
  const run = options.run ?? { builderId: LOCAL_BUILDER_ID };
  const external = externalParameters(options.parameters, run);
  const baseName = { repository: options.base.repository, ...(options.base.tag ? { tag: options.base.tag } : {}) };
  const common = { externalParameters: external, run, toolVersion: options.toolVersion, distro: options.distro };
  const files: ProvenanceFile[] = [];
  const write = async (name: string, digest: string, predicate: object, platform?: Platform) => {
    const bytes = Buffer.from(`${JSON.stringify(predicate, null, 2)}\n`);
    const path = join(options.workDir, name);
    await writeFile(path, bytes);
    files.push({ ...(platform ? { platform } : {}), digest, path, bytes });
  };
  for (const item of options.platforms) {
    await write(
      `provenance-${item.architecture}.slsa.json`,
      item.manifestDigest,
      provenancePredicate({
        ...common,
        internalParameters: { ...options.internalParameters, architecture: item.architecture },
        base: { ...baseName, digest: item.baseManifestDigest },
        basePlatform: item.platform,
        packages: item.packages,
        localDebs: item.localDebs,
      }),
      item.platform,
    );
  }
  if (options.indexDigest) {
    // A .deb of Architecture: all goes to every platform: listed once.
    const locals = new Map(options.platforms.flatMap((item) => item.localDebs.map((deb) => [deb.path, deb])));
    await write(
      "provenance-index.slsa.json",
      options.indexDigest,
      provenancePredicate({
        ...common,
        internalParameters: options.internalParameters,
        base: { ...baseName, digest: options.base.topDigest },
        packages: options.platforms.flatMap((item) => item.packages),
        localDebs: [...locals.values()],
      }),
    );
  }
  return files;
}

/** SHA-256 of a file, hex, read as a stream (a local .deb may be large). */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
