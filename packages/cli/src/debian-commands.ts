/**
 * `image-actions lock` and `image-actions debs`: the Debian half of a build from a laptop or a CI
 * step. The Debian package (and openpgp.js with it) is loaded only by these commands, so copy, sign
 * and verify start as fast as before.
 *
 *   image-actions lock --base IMAGE [--source 'URL SUITE…']… [--keyring FILE] [--platform os/arch]…
 *                      [--deb FILE]… PACKAGE[=VERSION]… [-o lock.json]
 *   image-actions debs --lock lock.json --platform linux/arm64 -o DIR
 */
import { readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { parsePlatform, parseReference, type RegistryClients } from "@image-actions/oci";

export interface DebianCommandValues {
  base?: string;
  source?: string[];
  keyring?: string;
  platform?: string[];
  deb?: string[];
  lock?: string;
  output?: string;
}

/** Where verified indexes and .debs are kept between runs: the runner's tool cache, else ~/.cache. */
function cacheDir(env: Record<string, string | undefined>): string {
  return env.RUNNER_TOOL_CACHE
    ? join(env.RUNNER_TOOL_CACHE, "image-actions", "debian")
    : join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "image-actions", "debian");
}

export async function lockCommand(
  values: DebianCommandValues,
  packages: string[],
  clients: RegistryClients,
  env: Record<string, string | undefined>,
  print: (text: string) => void,
  usage: (problem: string) => Error,
): Promise<number> {
  if (!values.base) throw usage("lock needs --base IMAGE");
  if (packages.length === 0 && (values.deb ?? []).length === 0)
    throw usage("lock needs packages to resolve (PACKAGE[=VERSION]…) or --deb files");
  const debian = await import("@image-actions/debian");
  const keys = values.keyring
    ? await debian.readKeyring(await readFile(values.keyring).catch(keyringUnreadable(values.keyring)), values.keyring)
    : undefined;
  const result = await debian.lockPackages({
    clients,
    base: parseReference(values.base),
    sources: values.source ?? [],
    ...(keys ? { keys } : {}),
    platforms: (values.platform?.length ? values.platform : ["linux/amd64"]).map(parsePlatform),
    localDebs: values.deb ?? [],
    packages,
    cacheDir: cacheDir(env),
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
    cacheDir: cacheDir(env),
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

function keyringUnreadable(path: string): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    throw new KeyringFileError(`--keyring ${path}: cannot read it (${error.code ?? "error"})`);
  };
}

export class KeyringFileError extends Error {
  override name = "KeyringFileError";
}
