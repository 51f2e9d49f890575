/**
 * `image-actions lock` and `image-actions debs`: the Debian half of a build from a laptop or a CI
 * step. The Debian package (and openpgp.js with it) is loaded only by these commands, so copy, sign
 * and verify start as fast as before.
 *
 *   image-actions lock --base IMAGE [--source 'URL SUITE…']… [--keyring FILE] [--platform os/arch]…
 *                      [--deb FILE]… PACKAGE[=VERSION]… [-o lock.json]
 *   image-actions lock --update OLD.json --base IMAGE [--source …]… [-o NEW.json] [--json]
 *   image-actions debs --lock lock.json --platform linux/arm64 -o DIR
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { defaultDebianCacheDir } from "@image-actions/debian/cache-dir";
import { parsePlatform, parseReference, type RegistryClients, repositoryName } from "@image-actions/oci";
import { lockUpdateCommand } from "./lock-update-command.ts";

export interface DebianCommandValues {
  base?: string;
  source?: string[];
  keyring?: string;
  platform?: string[];
  deb?: string[];
  lock?: string;
  output?: string;
  /** The time `{snapshot}` in a `--source` URL names (snapshot-time.ts); today 00:00 UTC when absent. */
  "snapshot-time"?: string;
  /** `lock --update OLD.json` (lock-update-command.ts). */
  update?: string;
  json?: boolean;
}

export async function lockCommand(
  values: DebianCommandValues,
  packages: string[],
  clients: RegistryClients,
  env: Record<string, string | undefined>,
  print: (text: string) => void,
  usage: (problem: string) => Error,
  printJson: (value: unknown) => void,
): Promise<number> {
  if (values.update !== undefined) {
    const keys = values.keyring ? await keyringFile(values.keyring) : undefined;
    return lockUpdateCommand(values, packages, keys, clients, env, print, printJson, usage);
  }
  if (!values.base) throw usage("lock needs --base IMAGE");
  if (packages.length === 0 && (values.deb ?? []).length === 0)
    throw usage("lock needs packages to resolve (PACKAGE[=VERSION]…) or --deb files");
  const debian = await import("@image-actions/debian");
  const snapshotTime =
    values["snapshot-time"] !== undefined
      ? debian.parseSnapshotTime(values["snapshot-time"], "--snapshot-time")
      : undefined;
  const keys = values.keyring ? await keyringFile(values.keyring) : undefined;
  const result = await debian.lockPackages({
    clients,
    base: parseReference(values.base),
    sources: values.source ?? [],
    ...(keys ? { keys } : {}),
    platforms: (values.platform?.length ? values.platform : ["linux/amd64"]).map(parsePlatform),
    localDebs: values.deb ?? [],
    packages,
    cacheDir: defaultDebianCacheDir(env),
    ...(snapshotTime ? { snapshotTime } : {}),
  });
  const text = debian.serializeLockfile(result.lockfile);
  if (values.output) await writeFile(values.output, text);
  else print(text.trimEnd());
  for (const lock of result.architectures) {
    const count = result.lockfile.architectures[lock.architecture]?.length ?? 0;
    const lines = [
      `${lock.architecture}: ${count} package(s) from the archive, ${lock.local.length} local, ${lock.satisfiedByBase.length} already in the base`,
    ];
    // To stderr with the summary, so `lock > lock.json` stays a clean file.
    console.error(lines.join("\n"));
  }
  if (values.output) console.error(`wrote ${values.output}`);
  return 0;
}

export async function debsCommand(
  values: DebianCommandValues,
  env: Record<string, string | undefined>,
  print: (text: string) => void,
  usage: (problem: string) => Error,
): Promise<number> {
  if (!values.lock) throw usage("debs needs --lock lock.json");
  if (!values.output) throw usage("debs needs -o DIR");
  if ((values.platform ?? []).length !== 1) throw usage("debs needs exactly one --platform");
  const debian = await import("@image-actions/debian/fetch");
  const lockfile = await debian.readLockfile(values.lock);
  const architecture = debian.debianArchitecture(parsePlatform((values.platform as string[])[0] as string));
  const result = await debian.fetchLockedDebs({
    lockfile,
    architecture,
    cacheDir: defaultDebianCacheDir(env),
    outDir: values.output,
  });
  for (const deb of result.debs) print(deb.path);
  const scripted = result.debs.filter((deb) => deb.maintainerScripts.length > 0);
  if (scripted.length > 0)
    console.error(
      `notice: maintainer scripts never run in a distroless image: ${scripted
        .map((deb) => `${deb.name} (${deb.maintainerScripts.join(", ")})`)
        .join(", ")}`,
    );
  return 0;
}

/** The keys of a `--keyring` file; a file that cannot be read is one line naming it. */
async function keyringFile(path: string) {
  const { readKeyring } = await import("@image-actions/debian");
  const data = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new KeyringFileError(`--keyring ${path}: cannot read it (${error.code ?? "error"})`);
  });
  return readKeyring(data, path);
}

export class KeyringFileError extends Error {
  override name = "KeyringFileError";
}

/**
 * `image-actions build`: build-distroless from the command line. Pushes to every `--tag` (SBOMs
 * attached), or writes an OCI layout to `-o DIR` when no tag is given.
 */
export async function buildCommand(
  values: DebianCommandValues & { tag?: string[]; entrypoint?: string },
  packages: string[],
  clients: RegistryClients,
  env: Record<string, string | undefined>,
  print: (text: string) => void,
  usage: (problem: string) => Error,
): Promise<number> {
  if (!values.base) throw usage("build needs --base IMAGE (pinned by digest)");
  const tags = (values.tag ?? []).map(parseReference);
  if (tags.length === 0 && !values.output) throw usage("build needs --tag REF (to push) or -o DIR (an OCI layout)");
  const base = parseReference(values.base);
  if (!base.digest) throw usage("--base must be pinned by digest (name@sha256:…), as a reproducible build needs");
  let entrypoint: unknown;
  try {
    entrypoint = values.entrypoint ? JSON.parse(values.entrypoint) : undefined;
  } catch {
    throw usage("--entrypoint must be a JSON array of strings");
  }
  if (entrypoint !== undefined && !(Array.isArray(entrypoint) && entrypoint.every((item) => typeof item === "string")))
    throw usage("--entrypoint must be a JSON array of strings");
  const build = await import("@image-actions/build");
  const keys = values.keyring ? await keyringFile(values.keyring) : undefined;
  const sourceDateEpoch = Number(env.SOURCE_DATE_EPOCH ?? 0) || 0;
  const workDir = await mkdtemp(join(tmpdir(), "image-actions-build-"));
  const result = await build.buildDistroless({
    clients,
    base,
    platforms: (values.platform?.length ? values.platform : ["linux/amd64"]).map(parsePlatform),
    debianPackages: packages,
    debianSources: values.source ?? [],
    ...(keys ? { keys } : {}),
    ...(values.lock ? { lockfile: values.lock } : {}),
    localDebs: values.deb ?? [],
    config: {
      ...(entrypoint ? { entrypoint: entrypoint as string[] } : {}),
      env: new Map(),
      labels: new Map(),
    },
    sourceDateEpoch,
    sbomFormats: ["spdx-json"],
    // The SBOM names the first destination, or the OCI layout's directory: never the base.
    imageName: tags[0]
      ? { repository: repositoryName(tags[0]), ...(tags[0].tag ? { tag: tags[0].tag } : {}) }
      : { repository: basename(resolve(values.output as string)) },
    provenance: {},
    cacheDir: defaultDebianCacheDir(env),
    workDir,
    toolVersion: "0.1.0",
    log: (message) => console.error(message),
  });
  if (tags.length > 0) {
    const stats = await build.pushBuild(clients, result, tags, sourceDateEpoch);
    console.error(
      `${stats.blobsUploaded} blob(s) uploaded (${stats.bytesUploaded} bytes), ${stats.blobsSkipped} present`,
    );
  } else {
    await build.writeOciLayout(clients, result.image, values.output as string, "latest");
  }
  for (const platform of result.platforms)
    console.error(
      `${platform.platform}: ${platform.manifestDigest}, ${platform.packages.filter((item) => item.origin !== "base").length} package(s) added`,
    );
  print(result.digest);
  return 0;
}
