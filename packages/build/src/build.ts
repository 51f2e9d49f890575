/**
 * A distroless build, start to finish, for every platform from its own base manifest and its own
 * architecture's packages (nothing from a package runs, so no emulation):
 * 1. the base's installed packages and os-release are read per platform;
 * 2. the Debian packages are locked (or the lock file given is used as it is) and fetched, each
 *    verified by SHA-256;
 * 3. archive packages go into one layer and local .debs into another, so a new application build
 *    reuses the dependencies layer byte for byte; a layer whose inputs are unchanged since an earlier
 *    build comes from the cache of built layers (layer-cache.ts) instead of being made again;
 * 4. the config, manifest and (for several platforms) index are made, every byte from the inputs;
 * 5. the SBOMs are made per platform.
 * Publishing (push or OCI layout) and attaching the SBOMs are the caller's next steps.
 */
import { createHash } from "node:crypto";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type BaseImage,
  DebianError,
  debianArchitecture,
  fetchLockedDebs,
  field,
  type LockedPackageChange,
  type Lockfile,
  lockPackages,
  parseStanzas,
  readBaseImage,
  readDebControl,
  readLockfile,
  serializeLockfile,
  updateLock,
} from "@image-actions/debian";
import {
  formatPlatform,
  formatReference,
  manifestReference,
  type Platform,
  type Reference,
  type RegistryClients,
  repositoryName,
} from "@image-actions/oci";
import type { PublicKey } from "openpgp";
import {
  buildConfig,
  buildIndex,
  buildManifest,
  type ConfigChanges,
  imageAnnotations,
  type ProvenanceContext,
} from "./image.ts";
import { LAYER_FORMAT_VERSION, type PackageLayer } from "./layer.ts";
import { cachedPackageLayer } from "./layer-cache.ts";
import { installedLockBytes } from "./lock-referrer.ts";
import type { BuildRun, LocalDeb } from "./provenance.ts";
import {
  fileSha256,
  type PlatformProvenanceInput,
  type ProvenanceFile,
  writeProvenanceFiles,
} from "./provenance-files.ts";
import type { BuiltImage, BuiltPlatform } from "./publish.ts";
import { cyclonedxDocument, debianDistro, type SbomPackage, spdxDocument } from "./sbom.ts";

export type SbomFormat = "spdx-json" | "cyclonedx-json";

export interface BuildOptions {
  clients: RegistryClients;
  /** The base, pinned by digest (the entry resolves a tag once, with a warning, when allowed). */
  base: Reference;
  platforms: Platform[];
  debianPackages: string[];
  debianSources: string[];
  keys?: PublicKey[];
  /** A lock file path: used as it is when it exists, written when it does not. */
  lockfile?: string;
  /**
   * Re-resolve the existing lock file's packages against `debianSources` (newest allowed versions)
   * and rewrite it when a package changed (lock-update.ts); a release leaves this off.
   */
  lockUpdate?: boolean;
  /** Local .deb files (globs already expanded by the entry). */
  localDebs: string[];
  config: ConfigChanges;
  sourceDateEpoch: number;
  sbomFormats: SbomFormat[];
  /**
   * What the SBOMs call the built image: the first destination's repository (registry included) and
   * tag; a bare name when it only goes to an OCI layout. Never the base's name.
   */
  imageName: { repository: string; tag?: string };
  provenance: ProvenanceContext;
  /** Who runs the build, for the SLSA provenance files; absent: a local run (provenance.ts). */
  run?: BuildRun;
  /**
   * The user's annotations, on every manifest and on the index. Those naming
   * `org.opencontainers.image.source`, `revision` or `version` replace the workflow's, so a rebuild
   * from another workflow run (a nightly on the default branch) can say the same provenance as the
   * release build did, and come out with the same digest.
   */
  annotations?: Record<string, string>;
  /** Verified .debs and indexes; built layers are kept in its `layers/` (see layer-cache.ts). */
  cacheDir: string;
  /** Where layers and SBOM files are written. */
  workDir: string;
  toolVersion: string;
  /** Progress worth a log line (a layer reused from the cache, or a cache entry that failed its check). */
  log?: (message: string) => void;
}

export interface PlatformReport {
  platform: string;
  architecture: string;
  manifestDigest: string;
  layers: Array<{ kind: "archive" | "local"; digest: string; size: number }>;
  packages: SbomPackage[];
}

export interface BuildResult {
  image: BuiltImage;
  /** What the tags will name: the index's digest, or the one manifest's. */
  digest: string;
  platforms: PlatformReport[];
  /** Per platform and format: the SBOM document and the file it was written to. */
  sboms: Array<{ platform: Platform; manifestDigest: string; format: SbomFormat; path: string; bytes: Buffer }>;
  /** SLSA v1 provenance predicates: one file per platform manifest, and the index's (provenance-files.ts). */
  provenance: ProvenanceFile[];
  lockfile?: LockUse;
  /**
   * The exact bytes of the lock the packages were installed from; absent when the build added no
   * packages. Every pushed image carries them (lock-referrer.ts).
   */
  lockBytes?: Buffer;
  /** Packages carrying maintainer scripts, which never run here. */
  maintainerScripts: string[];
}

export async function buildDistroless(options: BuildOptions): Promise<BuildResult> {
  const baseClient = options.clients.for(options.base.registry);
  const top = await baseClient.getManifest(options.base.repository, manifestReference(options.base));
  await mkdir(options.workDir, { recursive: true });

  const platforms = [...options.platforms].sort((a, b) => formatPlatform(a).localeCompare(formatPlatform(b)));
  const userAnnotations = options.annotations ?? {};
  // Read once per platform: the resolution and the build both stand on it.
  // Cached under each platform manifest's digest (base-cache.ts): a rebuild on the same base fetches no layer.
  const baseCache = { cacheDir: join(options.cacheDir, "bases"), ...(options.log ? { log: options.log } : {}) };
  const bases = await Promise.all(
    platforms.map((platform) => readBaseImage(options.clients, options.base, platform, baseCache)),
  );
  const lock = await lockOrRead(options, platforms, bases);
  const layerCacheDir = join(options.cacheDir, "layers");
  const reports: PlatformReport[] = [];
  const built: BuiltPlatform[] = [];
  const sboms: BuildResult["sboms"] = [];
  const provenanceInputs: PlatformProvenanceInput[] = [];
  const scripted = new Set<string>();
  for (const [index, platform] of platforms.entries()) {
    const architecture = debianArchitecture(platform);
    const baseImage = bases[index] as BaseImage;
    const baseManifest = await baseClient.getManifest(options.base.repository, baseImage.manifestDigest);
    const [configDescriptor, ...baseLayers] = baseManifest.blobs;
    if (!configDescriptor)
      throw new DebianError(`base ${formatReference(options.base)} has no config for ${formatPlatform(platform)}`);
    const baseConfig = JSON.parse(
      (await baseClient.readBlob(options.base.repository, configDescriptor)).toString("utf8"),
    ) as Record<string, unknown>;

    const fetched = lock.content.architectures[architecture]
      ? await fetchLockedDebs({
          lockfile: lock.content,
          architecture,
          cacheDir: options.cacheDir,
          ...(options.log ? { log: options.log } : {}),
        })
      : { debs: [] };
    for (const deb of fetched.debs) if (deb.maintainerScripts.length > 0) scripted.add(deb.name);
    const locals = await localsFor(options.localDebs, architecture);
    const layers: Array<{ kind: "archive" | "local"; layer: PackageLayer }> = [];
    if (fetched.debs.length > 0)
      layers.push({
        kind: "archive",
        layer: await cachedPackageLayer({
          kind: "archive",
          architecture,
          // The lock's hashes: each file was checked against its own before it entered the cache.
          debs: fetched.debs.map((deb) => ({ path: deb.path, sha256: deb.sha256 })),
          mergedUsr: baseImage.topLevelSymlinks,
          sourceDateEpoch: options.sourceDateEpoch,
          outFile: join(options.workDir, `${architecture}-archive.tar.gz`),
          cacheDir: layerCacheDir,
          ...(options.log ? { log: options.log } : {}),
        }),
      });
    if (locals.length > 0)
      layers.push({
        kind: "local",
        layer: await cachedPackageLayer({
          kind: "local",
          architecture,
          debs: locals.map((deb) => ({ path: deb.path })),
          mergedUsr: baseImage.topLevelSymlinks,
          sourceDateEpoch: options.sourceDateEpoch,
          outFile: join(options.workDir, `${architecture}-local.tar.gz`),
          cacheDir: layerCacheDir,
          ...(options.log ? { log: options.log } : {}),
        }),
      });

    const config = buildConfig(
      baseConfig,
      layers.map(({ kind, layer }) => ({
        diffId: layer.diffId,
        createdBy: `image-actions build-distroless: ${kind === "archive" ? "Debian packages" : "local .debs"} ${layer.packages.map((item) => item.name).join(", ")}`,
      })),
      options.config,
      options.sourceDateEpoch,
    );
    const newLayers = layers.map(({ layer }) => ({
      mediaType: layer.mediaType,
      digest: layer.digest,
      size: layer.size,
      path: layer.path,
    }));
    const manifest = buildManifest(config, [...baseLayers, ...newLayers], {
      ...imageAnnotations(
        { name: formatReference(options.base), digest: top.digest },
        options.sourceDateEpoch,
        options.provenance,
      ),
      ...userAnnotations,
    });
    built.push({ platform, base: options.base, baseLayers, newLayers, config, manifest });

    const lockedByName = new Map((lock.content.architectures[architecture] ?? []).map((item) => [item.name, item]));
    const packages: SbomPackage[] = [
      ...baseImage.installed.map((item) => ({
        name: item.name,
        version: item.version,
        architecture: item.architecture,
        source: item.name,
        origin: "base" as const,
      })),
      ...layers.flatMap(({ kind, layer }) =>
        layer.packages.map((item): SbomPackage => {
          const locked = lockedByName.get(item.name);
          return {
            name: item.name,
            version: item.version,
            architecture: item.architecture,
            source: item.source,
            origin: kind === "archive" ? "archive" : "file",
            ...(kind === "archive" && locked ? { url: locked.url, sha256: locked.sha256 } : {}),
          };
        }),
      ),
    ];
    provenanceInputs.push({
      platform,
      architecture,
      manifestDigest: manifest.digest,
      baseManifestDigest: baseImage.manifestDigest,
      packages: lock.content.architectures[architecture] ?? [],
      localDebs: locals,
    });
    reports.push({
      platform: formatPlatform(platform),
      architecture,
      manifestDigest: manifest.digest,
      layers: layers.map(({ kind, layer }) => ({ kind, digest: layer.digest, size: layer.size })),
      packages,
    });
    for (const format of options.sbomFormats) {
      const input = {
        subject: {
          ...options.imageName,
          digest: manifest.digest,
          platform,
          base: {
            // repositoryName, not formatReference: a reference without tag or digest formats as `:latest`.
            repository: repositoryName(options.base),
            ...(options.base.tag ? { tag: options.base.tag } : {}),
            digest: baseImage.manifestDigest,
          },
        },
        packages,
        osRelease: baseImage.osRelease,
        ...(baseImage.debianVersion ? { debianVersion: baseImage.debianVersion } : {}),
        sourceDateEpoch: options.sourceDateEpoch,
        toolVersion: options.toolVersion,
      };
      const document = format === "spdx-json" ? spdxDocument(input) : cyclonedxDocument(input);
      const bytes = Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
      const path = join(options.workDir, `sbom-${architecture}.${format === "spdx-json" ? "spdx" : "cdx"}.json`);
      await writeFile(path, bytes);
      sboms.push({ platform, manifestDigest: manifest.digest, format, path, bytes });
    }
  }
  const image: BuiltImage = {
    platforms: built,
    ...(built.length > 1
      ? {
          index: buildIndex(
            built.map((item) => ({ manifest: item.manifest, platform: item.platform })),
            userAnnotations,
          ),
        }
      : {}),
  };
  const lockBytes =
    options.debianPackages.length > 0 || options.localDebs.length > 0 ? await installedLockBytes(lock) : undefined;
  const provenance = await writeProvenanceFiles({
    workDir: options.workDir,
    parameters: {
      base: formatReference(options.base),
      platforms: platforms.map(formatPlatform),
      debianPackages: options.debianPackages,
      debianSources: options.debianSources,
      debianKeyring: (options.keys ?? []).map((key) => key.getFingerprint()).sort(),
      ...(options.lockfile && lockBytes
        ? { lockfile: { path: options.lockfile, sha256: createHash("sha256").update(lockBytes).digest("hex") } }
        : {}),
      lockUpdate: options.lockUpdate ?? false,
      localDebs: options.localDebs,
      config: options.config,
      annotations: userAnnotations,
      sourceDateEpoch: options.sourceDateEpoch,
      sbomFormats: options.sbomFormats,
    },
    ...(options.run ? { run: options.run } : {}),
    base: {
      repository: repositoryName(options.base),
      ...(options.base.tag ? { tag: options.base.tag } : {}),
      topDigest: top.digest,
    },
    platforms: provenanceInputs,
    ...(image.index ? { indexDigest: image.index.digest } : {}),
    ...(bases[0] ? { distro: debianDistro(bases[0].osRelease, bases[0].debianVersion) } : {}),
    toolVersion: options.toolVersion,
    internalParameters: { layerFormat: LAYER_FORMAT_VERSION },
  });
  return {
    image,
    digest: (image.index ?? (built[0] as BuiltPlatform).manifest).digest,
    platforms: reports,
    sboms,
    provenance,
    ...(lock.path !== undefined || lock.written ? { lockfile: lock } : {}),
    ...(lockBytes ? { lockBytes } : {}),
    maintainerScripts: [...scripted].sort(),
  };
}

/** The lock a build installed from; `written` when the lock file was written (new, or changed by `lockUpdate`). */
export interface LockUse {
  path?: string;
  written: boolean;
  content: Lockfile;
  /** With `lockUpdate`: what the re-resolution changed (nothing: the file was left as it was). */
  changes?: LockedPackageChange[];
}

async function lockOrRead(options: BuildOptions, platforms: Platform[], bases: BaseImage[]): Promise<LockUse> {
  if (options.debianPackages.length === 0 && options.localDebs.length === 0)
    return { written: false, content: { requested: [], sources: [], architectures: {} } };
  // What a resolution needs, whether it locks anew or updates a lock.
  const resolution = {
    clients: options.clients,
    base: options.base,
    sources: options.debianSources,
    ...(options.keys ? { keys: options.keys } : {}),
    platforms,
    bases,
    localDebs: options.localDebs,
    cacheDir: options.cacheDir,
    ...(options.log ? { log: options.log } : {}),
  };
  if (options.lockfile && (await exists(options.lockfile))) {
    const content = await readLockfile(options.lockfile);
    const wanted = [...options.debianPackages].map((item) => item.trim()).sort();
    const locked = [...content.requested].sort();
    if (wanted.join("\n") !== locked.join("\n"))
      throw new DebianError(
        `lockfile ${options.lockfile} was made for ${locked.join(", ") || "no packages"}, not ${wanted.join(", ") || "no packages"}; delete it to lock again`,
      );
    if (!options.lockUpdate) return { path: options.lockfile, written: false, content };
    const update = await updateLock({ ...resolution, old: content });
    // Unchanged packages leave the file alone, byte for byte (lock-update.ts says why).
    if (update.changed) await writeFile(options.lockfile, serializeLockfile(update.lockfile));
    return {
      path: options.lockfile,
      written: update.changed,
      changes: update.changes,
      content: update.lockfile,
    };
  }
  const result = await lockPackages({ ...resolution, packages: options.debianPackages });
  if (options.lockfile) await writeFile(options.lockfile, serializeLockfile(result.lockfile));
  return {
    ...(options.lockfile ? { path: options.lockfile } : {}),
    written: Boolean(options.lockfile),
    content: result.lockfile,
  };
}

/** The local .debs whose Architecture is `architecture` or `all`, with what the provenance says of each. */
async function localsFor(paths: string[], architecture: string): Promise<LocalDeb[]> {
  const chosen: LocalDeb[] = [];
  for (const path of paths) {
    const { control } = await readDebControl(path);
    const stanza = parseStanzas(control)[0] ?? {};
    const declared = field(stanza, "Architecture");
    if (!declared) throw new DebianError(`${path}: the .deb's control file has no Architecture`);
    if (declared === architecture || declared === "all")
      chosen.push({
        path,
        sha256: await fileSha256(path),
        name: field(stanza, "Package") ?? "",
        version: field(stanza, "Version") ?? "",
        architecture: declared,
      });
  }
  return chosen;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
