/**
 * The verified trivy install. Nothing from the release host is extracted or executed before it
 * matches a trust anchor:
 *
 * - the pinned version (pinned-trivy.ts): the archive's SHA-256 must equal the hash in our source;
 * - any other version: the release's `trivy_<v>_checksums.txt` must carry a keyless Sigstore
 *   signature (goreleaser runs `cosign sign-blob --bundle` on every release artifact, so the bundle
 *   is a message signature over the file's bytes) by trivy's release workflow at tag `v<v>`, checked
 *   with our `packages/sigstore` against the trusted root; then the archive's SHA-256 must equal its
 *   line in that file.
 *
 * The tool cache is treated as one more untrusted mirror. Its entry keeps the verified archive next
 * to the binary (and, for unpinned versions, the checksums file and its bundle), and a cache hit
 * repeats the whole check from those bytes: the archive against the anchor, then the cached binary
 * against the `trivy` the archive holds. A hash recorded at install time in a sidecar would not do:
 * whoever can replace the cached binary (another job on a shared self-hosted runner writing
 * RUNNER_TOOL_CACHE) can rewrite the sidecar too, while the pin in our source and the signature are
 * out of their reach.
 *
 * @actions/tool-cache reads RUNNER_TOOL_CACHE when it is called (find, cacheDir), not when it is
 * imported; downloads and extractions go under `tempDir`, so RUNNER_TEMP is never needed.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, copyFile, lstat, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getExecOutput } from "@actions/exec";
import * as toolCache from "@actions/tool-cache";
import {
  type IdentityPolicy,
  publicGoodTrustedRoot,
  type TrustedRootSource,
  trustMaterialOf,
  verifyBlobKeyless,
} from "@image-actions/sigstore";
import {
  DEFAULT_TRIVY_VERSION,
  PINNED_TRIVY,
  type PinTable,
  TRIVY_PLATFORMS,
  type TrivyPlatform,
} from "./pinned-trivy.ts";

export const TRIVY_RELEASES_URL = "https://github.com/aquasecurity/trivy/releases/download";
export const TRIVY_RELEASE_ISSUER = "https://token.actions.githubusercontent.com";
/**
 * Our tool-cache name: the entry's layout (binary, archive, signed checksums) is ours, so an entry
 * another installer left under `trivy` is neither trusted nor refused.
 */
export const TRIVY_TOOL_NAME = "trivy-verified";

/** A checksums file or bundle larger than this is not one (trivy's checksums file is a few KiB). */
const MAX_EVIDENCE_BYTES = 1024 * 1024;
const VERSION_PATTERN = /^v?(\d+\.\d+\.\d+)$/;

/** The install refused or failed; `input` names the action input the user can change, if any. */
export class TrivyInstallError extends Error {
  override name = "TrivyInstallError";
  readonly input: "trivy-version" | "trivy-path" | undefined;

  constructor(message: string, input?: "trivy-version" | "trivy-path") {
    super(message);
    this.input = input;
  }
}

export interface InstallTrivyOptions {
  /** `MAJOR.MINOR.PATCH`, optionally with a leading `v`; the pinned version when absent or empty. */
  version?: string;
  /** Where releases are served, `<baseUrl>/v<version>/<file>`: a mirror, or a test's server. */
  baseUrl?: string;
  /** `process.arch` style (`x64`, `arm64`); this process's when absent. */
  arch?: string;
  /** Versions installed by pinned hash; PINNED_TRIVY when absent. */
  pins?: PinTable;
  /** Downloads and extractions go in a fresh directory under this one (removed afterwards). */
  tempDir?: string;
  /** Trust for the checksums file's keyless signature; Sigstore public-good when absent. */
  trustedRoot?: TrustedRootSource;
  log?: (line: string) => void;
}

export interface InstalledTrivy {
  /** The trivy binary. */
  path: string;
  version: string;
  source: "download" | "cache";
  /** SHA-256 of the verified release archive the binary came from. */
  sha256: string;
  /** The anchor the archive was checked against. */
  verifiedBy: "pin" | "signed-checksums";
}

export interface TrivyAtPath {
  path: string;
  /** What the binary reports (`dev` for a build without release version stamping). */
  version: string;
}

/** `v0.74.0` / `0.74.0` → `0.74.0`; anything else is the user's `trivy-version` mistake. */
export function parseTrivyVersion(text: string): string {
  const match = VERSION_PATTERN.exec(text);
  if (!match?.[1])
    throw new TrivyInstallError(
      `trivy-version ${quote(text)} is not a release version: use MAJOR.MINOR.PATCH, e.g. ${DEFAULT_TRIVY_VERSION}`,
      "trivy-version",
    );
  return match[1];
}

export function trivyPlatform(arch: string): TrivyPlatform {
  const platform = Object.hasOwn(TRIVY_PLATFORMS, arch) ? TRIVY_PLATFORMS[arch] : undefined;
  if (!platform)
    throw new TrivyInstallError(
      `trivy is installed for Linux x64 and arm64 runners only, not ${quote(arch)}: pass trivy-path to use a trivy you installed`,
    );
  return platform;
}

export function trivyArchiveName(version: string, platform: TrivyPlatform): string {
  return `trivy_${version}_${platform}.tar.gz`;
}

export function trivyChecksumsName(version: string): string {
  return `trivy_${version}_checksums.txt`;
}

/** The certificate identity trivy's release workflow signs `v<version>`'s artifacts with. */
export function trivyReleaseIdentity(version: string): IdentityPolicy {
  return {
    subject: {
      exact: `https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/v${version}`,
    },
    issuer: { exact: TRIVY_RELEASE_ISSUER },
  };
}

/**
 * The SHA-256 `checksums` gives for `fileName`, or undefined. Lines are `<hex>  <name>` (or
 * `<hex> *<name>`); names are compared as strings, never used as paths. Two different hashes for
 * one name are refused rather than picked from.
 */
export function checksumFor(checksums: string, fileName: string, where: string): string | undefined {
  const found = new Set<string>();
  for (const line of checksums.split("\n")) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+?)\r?$/.exec(line);
    if (match?.[1] && match[2] === fileName) found.add(match[1].toLowerCase());
  }
  if (found.size > 1) throw new TrivyInstallError(`${where} lists ${fileName} with ${found.size} different hashes`);
  return [...found][0];
}

export async function installTrivy(options: InstallTrivyOptions = {}): Promise<InstalledTrivy> {
  const version = options.version ? parseTrivyVersion(options.version) : DEFAULT_TRIVY_VERSION;
  const arch = options.arch ?? process.arch;
  const platform = trivyPlatform(arch);
  const pins = options.pins ?? PINNED_TRIVY;
  const pinned = Object.hasOwn(pins, version) ? pins[version] : undefined;
  const log = options.log ?? (() => {});
  const context: InstallContext = {
    version,
    archiveName: trivyArchiveName(version, platform),
    pinnedHash: pinned ? pinnedHashFor(pinned, version, platform) : undefined,
    baseUrl: (options.baseUrl ?? TRIVY_RELEASES_URL).replace(/\/+$/, ""),
    trustedRoot: options.trustedRoot,
    log,
  };
  const work = await mkdtemp(join(options.tempDir ?? tmpdir(), "trivy-install-"));
  try {
    const cached = toolCache.find(TRIVY_TOOL_NAME, version, arch);
    if (cached) {
      const installed = await reverifyCached(context, cached, work);
      log(`trivy ${version}: tool cache hit at ${cached}, re-verified against ${describeAnchor(installed.verifiedBy)}`);
      return installed;
    }
    return await downloadAndCache(context, arch, work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Use a trivy already on disk (`trivy-path`): it must run and report its version. */
export async function useTrivyPath(path: string): Promise<TrivyAtPath> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) throw new TrivyInstallError(`trivy-path ${quote(path)} is not a file`, "trivy-path");
  let output: { exitCode: number; stdout: string; stderr: string };
  try {
    output = await getExecOutput(absolute, ["--version", "--format", "json"], { silent: true, ignoreReturnCode: true });
  } catch (error) {
    throw new TrivyInstallError(`trivy-path ${quote(path)} cannot be run: ${(error as Error).message}`, "trivy-path");
  }
  if (output.exitCode !== 0)
    throw new TrivyInstallError(
      `trivy-path ${quote(path)} --version exited ${output.exitCode}: ${quote(lastLine(output.stderr))}`,
      "trivy-path",
    );
  let reported: unknown;
  try {
    reported = (JSON.parse(output.stdout) as { Version?: unknown }).Version;
  } catch {
    reported = undefined;
  }
  // A release prints its semver; `go install` builds print "dev". Anything else is not trivy's answer.
  if (typeof reported !== "string" || !/^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/.test(reported))
    throw new TrivyInstallError(
      `trivy-path ${quote(path)} did not report a trivy version (--version --format json printed ${quote(output.stdout)})`,
      "trivy-path",
    );
  return { path: absolute, version: reported };
}

interface InstallContext {
  version: string;
  archiveName: string;
  /** Set for a pinned version: the only hash its archive may have. */
  pinnedHash: string | undefined;
  baseUrl: string;
  trustedRoot: TrustedRootSource | undefined;
  log: (line: string) => void;
}

function pinnedHashFor(pinned: PinTable[string], version: string, platform: TrivyPlatform): string {
  const hash = pinned[platform];
  if (!hash || !/^[0-9a-f]{64}$/.test(hash))
    throw new TrivyInstallError(`trivy ${version} is pinned without a SHA-256 for ${platform}: refusing to install it`);
  return hash;
}

function describeAnchor(verifiedBy: InstalledTrivy["verifiedBy"]): string {
  return verifiedBy === "pin" ? "the pinned SHA-256" : "the signed checksums file";
}

async function downloadAndCache(context: InstallContext, arch: string, work: string): Promise<InstalledTrivy> {
  const { version, archiveName } = context;
  const stage = join(work, "stage");
  await mkdir(stage);
  // For an unpinned version the small signed file is checked first: no archive is fetched for a
  // version whose checksums do not verify.
  const { expected, verifiedBy } = await expectedArchiveHash(context, async (checksumsName, bundleName) => {
    const checksums = await downloadEvidence(context, checksumsName, join(work, checksumsName), "checksums file");
    const bundle = await downloadEvidence(context, bundleName, join(work, bundleName), "Sigstore bundle");
    // Kept beside the binary, so a cache hit can verify it all again.
    await writeFile(join(stage, checksumsName), checksums);
    await writeFile(join(stage, bundleName), bundle);
    return { checksums, bundle };
  });

  const archive = await download(context, archiveName, join(work, archiveName), "release archive");
  const actual = await sha256File(archive);
  if (actual !== expected) {
    await rm(archive, { force: true });
    throw new TrivyInstallError(
      `${archiveName}: SHA-256 ${actual} does not match ${describeAnchor(verifiedBy)}'s ${expected}; nothing was extracted`,
    );
  }
  context.log(`trivy ${version}: ${archiveName} matches ${describeAnchor(verifiedBy)} (sha256:${actual})`);

  const binary = await extractTrivyBinary(archive, join(work, "extract"), archiveName);
  await copyFile(binary, join(stage, "trivy"));
  await chmod(join(stage, "trivy"), 0o755);
  await copyFile(archive, join(stage, archiveName));
  const cached = await toolCache.cacheDir(stage, TRIVY_TOOL_NAME, version, arch);
  context.log(`trivy ${version}: installed in the tool cache at ${cached}`);
  return { path: join(cached, "trivy"), version, source: "download", sha256: actual, verifiedBy };
}

async function reverifyCached(context: InstallContext, cached: string, work: string): Promise<InstalledTrivy> {
  const { version, archiveName } = context;
  const refuse = (problem: string) =>
    new TrivyInstallError(
      `tool cache ${cached}: ${problem}; refusing the cached trivy (remove the directory to reinstall)`,
    );
  const archive = join(cached, archiveName);
  if (!(await isRegularFile(archive)))
    throw refuse(`${archiveName} is missing, so the cached trivy cannot be verified`);

  const { expected, verifiedBy } = await expectedArchiveHash(context, async (checksumsName, bundleName) => ({
    checksums: await readEvidence(join(cached, checksumsName), refuse),
    bundle: await readEvidence(join(cached, bundleName), refuse),
  }));
  const actual = await sha256File(archive);
  if (actual !== expected)
    throw refuse(`${archiveName} has SHA-256 ${actual}, not ${describeAnchor(verifiedBy)}'s ${expected}`);

  // The archive is genuine; the binary beside it must be the one it holds.
  const fromArchive = await sha256File(await extractTrivyBinary(archive, join(work, "extract"), archiveName));
  const binary = join(cached, "trivy");
  if (!(await isRegularFile(binary))) throw refuse("trivy is missing or not a regular file");
  const cachedHash = await sha256File(binary);
  if (cachedHash !== fromArchive)
    throw refuse(`${binary} has SHA-256 ${cachedHash}, not ${fromArchive} of the trivy in the verified ${archiveName}`);
  return { path: binary, version, source: "cache", sha256: actual, verifiedBy };
}

/**
 * What the release archive must hash to: the pin, or (for an unpinned version) its line in the
 * checksums file once that file's signature verifies; `evidence` fetches or reads the two files.
 */
async function expectedArchiveHash(
  context: InstallContext,
  evidence: (checksumsName: string, bundleName: string) => Promise<{ checksums: Buffer; bundle: Buffer }>,
): Promise<{ expected: string; verifiedBy: InstalledTrivy["verifiedBy"] }> {
  if (context.pinnedHash) return { expected: context.pinnedHash, verifiedBy: "pin" };
  const checksumsName = trivyChecksumsName(context.version);
  const { checksums, bundle } = await evidence(checksumsName, `${checksumsName}.sigstore.json`);
  return { expected: verifiedChecksum(context, checksums, bundle), verifiedBy: "signed-checksums" };
}

/** The checksums file's signature must verify for trivy's release identity; then the archive's line. */
function verifiedChecksum(context: InstallContext, checksums: Buffer, bundle: Buffer): string {
  const { version, archiveName } = context;
  const checksumsName = trivyChecksumsName(version);
  const trust = trustMaterialOf(context.trustedRoot ?? publicGoodTrustedRoot());
  try {
    verifyBlobKeyless(bundle, checksums, checksumsName, { trust, identity: trivyReleaseIdentity(version) });
  } catch (error) {
    throw new TrivyInstallError(
      `trivy ${version} refused: ${(error as Error).message} (an unpinned trivy-version is accepted only through its release's signed checksums file)`,
    );
  }
  const hash = checksumFor(checksums.toString("utf8"), archiveName, checksumsName);
  if (!hash)
    throw new TrivyInstallError(`trivy ${version} refused: the signed ${checksumsName} has no line for ${archiveName}`);
  context.log(`trivy ${version}: ${checksumsName} is signed by trivy's release workflow for v${version}`);
  return hash;
}

async function download(context: InstallContext, name: string, dest: string, what: string): Promise<string> {
  const url = `${context.baseUrl}/v${context.version}/${name}`;
  context.log(`trivy ${context.version}: downloading ${url}`);
  try {
    return await toolCache.downloadTool(url, dest);
  } catch (error) {
    const status = (error as { httpStatusCode?: number }).httpStatusCode;
    const reason = status ? `HTTP ${status}` : (error as Error).message;
    throw new TrivyInstallError(`trivy ${context.version}: cannot download the ${what} ${url}: ${reason}`);
  }
}

async function downloadEvidence(context: InstallContext, name: string, dest: string, what: string): Promise<Buffer> {
  const path = await download(context, name, dest, what);
  if ((await stat(path)).size > MAX_EVIDENCE_BYTES)
    throw new TrivyInstallError(
      `trivy ${context.version}: the ${what} ${name} is larger than ${MAX_EVIDENCE_BYTES} bytes`,
    );
  return readFile(path);
}

async function readEvidence(path: string, refuse: (problem: string) => Error): Promise<Buffer> {
  if (!(await isRegularFile(path))) throw refuse(`${path} is missing, so the cached trivy cannot be verified`);
  if ((await stat(path)).size > MAX_EVIDENCE_BYTES) throw refuse(`${path} is larger than ${MAX_EVIDENCE_BYTES} bytes`);
  return readFile(path);
}

/**
 * Extracts a verified archive into a directory of its own and returns its top-level `trivy`, which
 * must be a regular file: nothing else in the archive (docs, contrib templates) is taken.
 */
async function extractTrivyBinary(archive: string, dest: string, archiveName: string): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  await toolCache.extractTar(archive, dest);
  const binary = join(dest, "trivy");
  if (!(await isRegularFile(binary)))
    throw new TrivyInstallError(`${archiveName} has no regular file trivy at its top level`);
  return binary;
}

async function isRegularFile(path: string): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  return info?.isFile() ?? false;
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split("\n")
      .filter((line) => line.trim())
      .at(-1) ?? ""
  );
}

/** Outside text on one line: JSON-escaped and bounded. */
function quote(text: string): string {
  const bounded = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return JSON.stringify(bounded).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
