/**
 * A distroless-like Debian base image, built with independent tools only — `apt-get download`,
 * `dpkg-deb`, GNU `tar`, `crane` and `cosign` — never with our own builder, so tests of the Debian
 * package and of build-distroless read an image nobody in this repository made.
 *
 * It is laid out as GoogleContainerTools/distroless lays out `base-debian12`: the packages' files
 * unpacked (no maintainer script ever ran), one `/var/lib/dpkg/status.d/<package>` per package
 * holding that package's control stanza as the .deb carries it (no `Status:` field, as distroless
 * writes them) with its `<package>.md5sums` beside it, distroless's `/etc/passwd` and `/etc/group`,
 * and the CA bundle `update-ca-certificates` would have made. The `debug` flavour adds a second
 * layer with Debian's static busybox at `/busybox/busybox`; as in distroless, busybox is not
 * recorded in status.d. The `mergedUsr` option lays it out as Debian 13 does (`/bin`, `/sbin`, `/lib`
 * symlinks into `usr/`). The index is signed with the real cosign, so a demo can verify it.
 *
 * The .debs come from this machine's configured Debian archive (apt reads the host from
 * /etc/apt/sources.list.d; it is never written here) through a private apt state per architecture,
 * so no foreign architecture is added to the machine. They are cached under
 * ~/.cache/image-actions/test-debs/<arch>/: a warm run downloads nothing.
 *
 * Each platform's image is deterministic (fixed mtimes, sorted tar, crane's gzip), and two dozen
 * test files build one, so the built images are cached too, as OCI layouts under
 * ~/.cache/image-actions/distroless-images/<key>/, the key a hash of everything that makes their
 * bytes: the .debs' contents, the options, this file's source and crane's version. A hit is pushed
 * with `crane push` after every blob is checked against its digest (a mismatch rebuilds); the index
 * and its cosign signature are made afresh on every call, as before.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type CosignKeyPair, cosignSign, generateKeyPair } from "./cosign.ts";
import { writeDockerConfig } from "./docker-config.ts";
import type { TestRegistry } from "./registry.ts";
import { toolPath } from "./tools.ts";

export type DistrolessFlavour = "base" | "debug";

export interface DistrolessOptions {
  flavour?: DistrolessFlavour;
  /** `linux/amd64`, `linux/arm64`, `linux/arm/v7`; both of the first two by default. */
  platforms?: string[];
  /** Tag of the index; the flavour's name by default. */
  tag?: string;
  /**
   * Trixie-style merged /usr: `/bin`, `/sbin`, `/lib` (and `/lib64` on amd64) are symlinks to their
   * `usr/` directories in the base layer, the packages' files moved there, as Debian 13's base-files
   * ships them.
   */
  mergedUsr?: boolean;
  /** Sign with this publisher key (a re-publication keeps its key); a fresh cosign v2 key by default. */
  key?: CosignKeyPair;
  /**
   * Package → the Version its status.d stanza records instead of the .deb's (the files stay the
   * .deb's): the base as a scanner and the resolver see it after that package was patched, without
   * a patched .deb to unpack.
   */
  statusVersions?: Record<string, string>;
}

export interface FixturePackage {
  name: string;
  version: string;
  /** As the control stanza says: the Debian architecture, or `all`. */
  architecture: string;
}

export interface DistrolessChild {
  platform: string;
  /** The Debian architecture of this child (`amd64`, `arm64`). */
  debianArchitecture: string;
  digest: string;
  /** `host/repository@digest` of the child manifest. */
  ref: string;
  /** What this child's status.d records. */
  packages: FixturePackage[];
}

export interface DistrolessBase {
  /** Digest of the index. */
  digest: string;
  /** `host/repository@digest` of the index. */
  ref: string;
  /** `host/repository:tag`. */
  taggedRef: string;
  children: DistrolessChild[];
  /** cosign v2 public key that verifies the index's signature. */
  publicKeyFile: string;
  key: CosignKeyPair;
  /** Every package of every child (an `all` package once per child's record, deduplicated). */
  packages: FixturePackage[];
}

/** What distroless's base-debian12 holds from Debian, less libssl3 (which no test needs). */
export const DISTROLESS_PACKAGES = ["base-files", "netbase", "tzdata", "libc6", "libgcc-s1", "ca-certificates"];
export const DEBUG_PACKAGE = "busybox-static";

/** distroless's users: root, nobody, and the nonroot user its `:nonroot` tags run as. */
const PASSWD = [
  "root:x:0:0:root:/root:/sbin/nologin",
  "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin",
  "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin",
  "",
].join("\n");
const GROUP = ["root:x:0:", "nobody:x:65534:", "tty:x:5:", "staff:x:50:", "nonroot:x:65532:", ""].join("\n");
const NSSWITCH = ["passwd: files", "group: files", "shadow: files", "hosts: files dns", ""].join("\n");
const NONROOT_UID = 65532;
/** Fixed mtimes make each layer's bytes, and so the image's digests, depend on the .debs alone. */
const LAYER_MTIME = "@946684800";
const BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const BUSYBOX_APPLETS = ["sh", "ls", "cat", "env", "id", "echo", "wget", "ps"];

/**
 * Runs a tool with no stdin at all: exec.ts's runner writes to the child's stdin, which fails with
 * EPIPE when a quick tool (ln, dpkg-deb) has already exited, and dozens run here.
 */
async function mustExec(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<{ stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 300_000,
      maxBuffer: 64 * 1024 * 1024,
      encoding: "utf8",
    });
    return { stdout };
  } catch (error) {
    const failure = error as Error & { stderr?: string; code?: number | string };
    throw new Error(`${command} ${args.join(" ")} exited ${failure.code}:\n${failure.stderr ?? failure.message}`);
  }
}

export function testDebsDir(): string {
  const root =
    process.env.IMAGE_ACTIONS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "image-actions");
  return join(root, "test-debs");
}

/** OCI platform → Debian architecture; nothing is executed, so any architecture can be built. */
export function debianArchitecture(platform: string): string {
  const known: Record<string, string> = {
    "linux/amd64": "amd64",
    "linux/arm64": "arm64",
    "linux/arm64/v8": "arm64",
    "linux/arm/v7": "armhf",
    "linux/386": "i386",
    "linux/ppc64le": "ppc64el",
    "linux/s390x": "s390x",
  };
  const arch = known[platform];
  if (!arch) throw new Error(`no Debian architecture for platform ${platform}`);
  return arch;
}

/** The cached .deb of `name` for `arch`, if there is one (`name_<version>_<arch|all>.deb`). */
async function cachedDeb(dir: string, name: string, arch: string): Promise<string | undefined> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const found = files.find(
    (file) => file.startsWith(`${name}_`) && (file.endsWith(`_${arch}.deb`) || file.endsWith("_all.deb")),
  );
  return found ? join(dir, found) : undefined;
}

/**
 * The .debs of `names` for `arch`, downloaded on first use. apt runs with a private state
 * (lists, cache) per architecture and `APT::Architecture` set to it, against the machine's own
 * sources and keyring, so arm64 needs no `dpkg --add-architecture`; `flock` keeps parallel test
 * files from running apt on the same state at once, and files land in the cache by rename only.
 */
export async function fetchDebs(arch: string, names: string[]): Promise<Map<string, string>> {
  const dir = join(testDebsDir(), arch);
  await mkdir(dir, { recursive: true });
  const debs = new Map<string, string>();
  const missing: string[] = [];
  for (const name of names) {
    const file = await cachedDeb(dir, name, arch);
    if (file) debs.set(name, file);
    else missing.push(name);
  }
  if (missing.length === 0) return debs;

  const state = join(testDebsDir(), `apt-${arch}`);
  await mkdir(join(state, "lists", "partial"), { recursive: true });
  await mkdir(join(state, "cache", "archives", "partial"), { recursive: true });
  const apt = [
    "-q",
    "-o",
    `Dir::State::Lists=${join(state, "lists")}`,
    "-o",
    `Dir::Cache=${join(state, "cache")}`,
    "-o",
    `APT::Architecture=${arch}`,
    "-o",
    `APT::Architectures::=${arch}`,
  ];
  const lock = join(testDebsDir(), `.apt-${arch}.lock`);
  const staging = await mkdtemp(join(testDebsDir(), `.download-${arch}-`));
  try {
    const lists = await readdir(join(state, "lists"));
    if (!lists.some((file) => file.endsWith("_InRelease") || file.endsWith("_Release"))) {
      await mustExec("flock", [lock, "apt-get", ...apt, "update"], { timeoutMs: 600_000 });
    }
    await mustExec("flock", [lock, "apt-get", ...apt, "download", ...missing], { cwd: staging, timeoutMs: 600_000 });
    for (const file of await readdir(staging)) await rename(join(staging, file), join(dir, file));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  for (const name of missing) {
    const file = await cachedDeb(dir, name, arch);
    if (!file) throw new Error(`apt-get download did not produce ${name} for ${arch}`);
    debs.set(name, file);
  }
  return debs;
}

/** Unpacks one .deb into `root` and records it in status.d as distroless does. */
async function installDeb(
  deb: string,
  root: string,
  work: string,
  statusVersions: Record<string, string>,
): Promise<FixturePackage> {
  await mustExec("dpkg-deb", ["-x", deb, root]);
  const control = await mkdtemp(join(work, "control-"));
  await mustExec("dpkg-deb", ["-e", deb, control]);
  const original = await readFile(join(control, "control"), "utf8");
  const name = /^Package: *(\S+)/m.exec(original)?.[1];
  const version = name !== undefined && Object.hasOwn(statusVersions, name) ? statusVersions[name] : undefined;
  const stanza = version === undefined ? original : original.replace(/^Version: *.*$/m, `Version: ${version}`);
  const field = (name: string): string => {
    const value = new RegExp(`^${name}: *(.*)$`, "m").exec(stanza)?.[1]?.trim();
    if (!value) throw new Error(`${deb}: control file has no ${name}`);
    return value;
  };
  const pkg = { name: field("Package"), version: field("Version"), architecture: field("Architecture") };
  const statusDir = join(root, "var", "lib", "dpkg", "status.d");
  await mkdir(statusDir, { recursive: true });
  await writeFile(join(statusDir, pkg.name), stanza.endsWith("\n") ? stanza : `${stanza}\n`);
  await copyFile(join(control, "md5sums"), join(statusDir, `${pkg.name}.md5sums`)).catch(() => undefined);
  return pkg;
}

/** The bundle ca-certificates' postinst would write: every Mozilla certificate, in name order. */
async function writeCaBundle(root: string): Promise<void> {
  const mozilla = join(root, "usr", "share", "ca-certificates", "mozilla");
  const names = (await readdir(mozilla)).filter((name) => name.endsWith(".crt")).sort();
  const pems = await Promise.all(names.map((name) => readFile(join(mozilla, name), "utf8")));
  await mkdir(join(root, "etc", "ssl", "certs"), { recursive: true });
  await writeFile(join(root, "etc", "ssl", "certs", "ca-certificates.crt"), pems.join(""));
}

/** A reproducible layer tarball of `root`: root-owned, except /home/nonroot, which nonroot owns. */
async function tarLayer(root: string, output: string, nonrootHome: boolean): Promise<void> {
  const common = ["--sort=name", "--numeric-owner", `--mtime=${LAYER_MTIME}`, "--format=gnu", "-C", root];
  await mustExec("tar", [
    "-cf",
    output,
    "--owner=0",
    "--group=0",
    ...(nonrootHome ? ["--exclude=./home/nonroot"] : []),
    ...common,
    ".",
  ]);
  if (nonrootHome) {
    await mustExec("tar", [
      "-rf",
      output,
      `--owner=${NONROOT_UID}`,
      `--group=${NONROOT_UID}`,
      ...common,
      "./home/nonroot",
    ]);
  }
}

async function buildRootfs(
  debs: Map<string, string>,
  root: string,
  work: string,
  statusVersions: Record<string, string>,
): Promise<FixturePackage[]> {
  const packages: FixturePackage[] = [];
  for (const name of DISTROLESS_PACKAGES)
    packages.push(await installDeb(debs.get(name) as string, root, work, statusVersions));
  await writeCaBundle(root);
  await writeFile(join(root, "etc", "passwd"), PASSWD);
  await writeFile(join(root, "etc", "group"), GROUP);
  await writeFile(join(root, "etc", "nsswitch.conf"), NSSWITCH);
  for (const dir of ["root", "home/nonroot", "tmp"]) await mkdir(join(root, dir), { recursive: true });
  await chmod(join(root, "tmp"), 0o1777);
  await chmod(join(root, "root"), 0o700);
  await chmod(join(root, "home", "nonroot"), 0o700);
  // Unpacked but never configured: nothing a maintainer script would have created is there.
  await rm(join(root, "var", "lib", "dpkg", "status"), { force: true });
  return packages;
}

/** The top-level directories merged into usr/ on a merged-usr system, per Debian architecture. */
const MERGED_USR_DIRS: Record<string, string[]> = { amd64: ["bin", "sbin", "lib", "lib64"] };

/** Moves each merged directory's files into usr/ (merging trees) and leaves a relative symlink. */
async function mergeUsr(root: string, arch: string): Promise<void> {
  for (const dir of MERGED_USR_DIRS[arch] ?? ["bin", "sbin", "lib"]) {
    const from = join(root, dir);
    await mkdir(join(root, "usr", dir), { recursive: true });
    if ((await lstat(from).catch(() => undefined))?.isDirectory()) {
      await mustExec("cp", ["-a", `${from}/.`, join(root, "usr", dir)]);
      await rm(from, { recursive: true });
    }
    await symlink(`usr/${dir}`, from);
  }
}

/** The debug layer: busybox moved to /busybox, where distroless's debug images keep it. */
async function buildBusyboxLayer(deb: string, work: string, output: string): Promise<void> {
  const unpacked = await mkdtemp(join(work, "busybox-deb-"));
  await mustExec("dpkg-deb", ["-x", deb, unpacked]);
  const root = await mkdtemp(join(work, "busybox-root-"));
  await mkdir(join(root, "busybox"));
  await copyFile(join(unpacked, "bin", "busybox"), join(root, "busybox", "busybox"));
  await chmod(join(root, "busybox", "busybox"), 0o755);
  for (const applet of BUSYBOX_APPLETS) await mustExec("ln", ["-s", "busybox", join(root, "busybox", applet)]);
  await tarLayer(root, output, false);
}

interface ChildBuild {
  platform: string;
  arch: string;
  layers: string[];
  packages: FixturePackage[];
}

async function buildChildLayers(
  platform: string,
  flavour: DistrolessFlavour,
  work: string,
  mergedUsr: boolean,
  statusVersions: Record<string, string>,
): Promise<ChildBuild> {
  const arch = debianArchitecture(platform);
  const debs = await fetchDebs(
    arch,
    flavour === "debug" ? [...DISTROLESS_PACKAGES, DEBUG_PACKAGE] : DISTROLESS_PACKAGES,
  );
  const dir = await mkdtemp(join(work, `${arch}-`));
  const root = join(dir, "rootfs");
  await mkdir(root);
  const packages = await buildRootfs(debs, root, dir, statusVersions);
  if (mergedUsr) await mergeUsr(root, arch);
  const layers = [join(dir, "base.tar")];
  await tarLayer(root, layers[0] as string, true);
  if (flavour === "debug") {
    layers.push(join(dir, "busybox.tar"));
    await buildBusyboxLayer(debs.get(DEBUG_PACKAGE) as string, dir, layers[1] as string);
  }
  return { platform, arch, layers, packages };
}

/** Where built platform images are kept, one directory per cache key (see the header). */
function imageCacheDir(): string {
  return join(testDebsDir(), "..", "distroless-images");
}

/** Everything that decides a platform image's bytes, hashed: a change to any of it is a new key. */
async function childCacheKey(what: {
  platform: string;
  flavour: DistrolessFlavour;
  mergedUsr: boolean;
  statusVersions: Record<string, string>;
  debs: Map<string, string>;
}): Promise<string> {
  const hash = createHash("sha256");
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  hash.update(toolPath("crane"));
  const sortedVersions = Object.entries(what.statusVersions).sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify([what.platform, what.flavour, what.mergedUsr, sortedVersions]));
  for (const [name, file] of [...what.debs].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`\0${name}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

/** The blobs of an OCI layout, each checked against the digest it is named by. */
async function layoutIsIntact(layout: string): Promise<boolean> {
  const blobs = join(layout, "blobs", "sha256");
  const names = await readdir(blobs).catch(() => [] as string[]);
  if (names.length === 0) return false;
  for (const name of names) {
    const digest = createHash("sha256")
      .update(await readFile(join(blobs, name)))
      .digest("hex");
    if (digest !== name) return false;
  }
  return true;
}

/**
 * Pushes the cached images of `key` (the staged one and the one with platform and env set) to
 * `staged` and `target`; undefined, and nothing pushed, when there is no intact entry.
 */
async function pushCachedChild(
  registry: TestRegistry,
  key: string,
  staged: string,
  target: string,
): Promise<{ packages: FixturePackage[] } | undefined> {
  const entry = join(imageCacheDir(), key);
  const packages = await readFile(join(entry, "packages.json"), "utf8").catch(() => undefined);
  if (packages === undefined) return undefined;
  const layouts = { staged: join(entry, "staged"), target: join(entry, "target") };
  if (!(await layoutIsIntact(layouts.staged)) || !(await layoutIsIntact(layouts.target))) {
    await rm(entry, { recursive: true, force: true });
    return undefined;
  }
  await crane(registry, ["push", layouts.staged, staged]);
  await crane(registry, ["push", layouts.target, target]);
  return { packages: JSON.parse(packages) as FixturePackage[] };
}

/**
 * Builds a platform image the way distroless's tooling shape would (`crane append` onto the empty
 * OCI base, then `crane mutate` for platform, PATH and SSL_CERT_FILE), then keeps both images as
 * OCI layouts under `key`. Entries appear by rename, so a test file never reads a half-written one.
 */
async function buildAndCacheChild(
  registry: TestRegistry,
  key: string,
  what: { build: ChildBuild; flavour: DistrolessFlavour; staged: string; target: string; work: string },
): Promise<FixturePackage[]> {
  const { build, flavour, staged, target } = what;
  await crane(registry, ["append", "--oci-empty-base", ...build.layers.flatMap((l) => ["-f", l]), "-t", staged]);
  const path = flavour === "debug" ? `${BASE_PATH}:/busybox` : BASE_PATH;
  await crane(registry, [
    "mutate",
    staged,
    "--set-platform",
    build.platform,
    "--env",
    `PATH=${path}`,
    "--env",
    "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
    ...(flavour === "debug" ? ["--entrypoint", "/busybox/sh"] : []),
    "-t",
    target,
  ]);
  await mkdir(imageCacheDir(), { recursive: true });
  const entry = await mkdtemp(join(imageCacheDir(), `.${key}-`));
  try {
    await crane(registry, ["pull", "--format=oci", staged, join(entry, "staged")]);
    await crane(registry, ["pull", "--format=oci", target, join(entry, "target")]);
    await writeFile(join(entry, "packages.json"), JSON.stringify(build.packages));
    // Another test file may have cached the same key meanwhile: its entry has the same bytes.
    await rename(entry, join(imageCacheDir(), key)).catch(() => undefined);
  } finally {
    await rm(entry, { recursive: true, force: true });
  }
  return build.packages;
}

/** Runs crane against the fixture registry, with its credentials when it has any. */
export async function crane(registry: TestRegistry, args: string[]): Promise<string> {
  const env = {
    ...process.env,
    DOCKER_CONFIG: await writeDockerConfig([registry]),
    ...(registry.ca ? { SSL_CERT_FILE: registry.ca.certFile } : {}),
  };
  return (await mustExec(toolPath("crane"), [...(registry.tls ? [] : ["--insecure"]), ...args], { env })).stdout.trim();
}

/**
 * Builds, pushes and signs the fixture: one image per platform (`crane append` onto the empty OCI
 * base, then `crane mutate` for platform, PATH and SSL_CERT_FILE), an index over them
 * (`crane index append`), and a cosign v2 signature on the index.
 */
export async function buildDistrolessBase(
  registry: TestRegistry,
  repository: string,
  options: DistrolessOptions = {},
): Promise<DistrolessBase> {
  const flavour = options.flavour ?? "base";
  const platforms = options.platforms ?? ["linux/amd64", "linux/arm64"];
  const tag = options.tag ?? flavour;
  const work = await mkdtemp(join(tmpdir(), "ia-distroless-"));
  try {
    const mergedUsr = options.mergedUsr ?? false;
    const statusVersions = options.statusVersions ?? {};
    const children: DistrolessChild[] = [];
    for (const platform of platforms) {
      const arch = debianArchitecture(platform);
      const debs = await fetchDebs(
        arch,
        flavour === "debug" ? [...DISTROLESS_PACKAGES, DEBUG_PACKAGE] : DISTROLESS_PACKAGES,
      );
      const key = await childCacheKey({ platform, flavour, mergedUsr, statusVersions, debs });
      const staged = `${registry.host}/${repository}:${tag}-build-${arch}`;
      const target = `${registry.host}/${repository}:${tag}-${arch}`;
      const cached = await pushCachedChild(registry, key, staged, target);
      const packages =
        cached?.packages ??
        (await buildAndCacheChild(registry, key, {
          build: await buildChildLayers(platform, flavour, work, mergedUsr, statusVersions),
          flavour,
          staged,
          target,
          work,
        }));
      const digest = await crane(registry, ["digest", target]);
      children.push({
        platform,
        debianArchitecture: arch,
        digest,
        ref: `${registry.host}/${repository}@${digest}`,
        packages,
      });
    }
    const taggedRef = `${registry.host}/${repository}:${tag}`;
    await crane(registry, ["index", "append", ...children.flatMap((child) => ["-m", child.ref]), "-t", taggedRef]);
    const digest = await crane(registry, ["digest", taggedRef]);
    const ref = `${registry.host}/${repository}@${digest}`;
    const key =
      options.key ??
      (await generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-distroless-key-")), "distroless-fixture"));
    await cosignSign(2, ref, key, [registry]);
    const unique = new Map(
      children.flatMap((child) => child.packages).map((pkg) => [`${pkg.name}_${pkg.version}_${pkg.architecture}`, pkg]),
    );
    const packages = [...unique.values()];
    return { digest, ref, taggedRef, children, publicKeyFile: key.pubFile, key, packages };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
