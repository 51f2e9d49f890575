// The verified trivy install against a loopback server posing as trivy's release host: a pinned
// version installs only when its archive matches the pinned SHA-256 (the real trivy we built, run
// afterwards), and a cache hit repeats the check, so a tampered or consistently rebuilt cache entry is
// refused; an unpinned version installs only through a checksums file whose Sigstore bundle (signed
// by @sigstore/mock's Fulcio and Rekor) verifies for trivy's release workflow at that tag. Every
// refusal leaves nothing cached and nothing executed: the stand-in trivy writes a marker when run.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { promisify } from "node:util";
import { readTrustedRoot, type TrustedRootSource } from "@image-actions/sigstore";
import { bundleToJSON } from "@sigstore/bundle";
import { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness } from "@sigstore/sign";
import {
  checksumFor,
  type InstallTrivyOptions,
  installTrivy,
  parseTrivyVersion,
  TrivyInstallError,
  trivyPlatform,
  useTrivyPath,
} from "../../packages/scan/src/install.ts";
import { DEFAULT_TRIVY_VERSION, PINNED_TRIVY, type PinTable } from "../../packages/scan/src/pinned-trivy.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";

const run = promisify(execFile);
const REAL_TRIVY = join(homedir(), ".cache/image-actions/tools/trivy-v0.74.0/bin/trivy");
const ISSUER = "https://token.actions.githubusercontent.com";
const releaseIdentity = (version: string) =>
  `https://github.com/aquasecurity/trivy/.github/workflows/reusable-release.yaml@refs/tags/v${version}`;
const PLATFORM = trivyPlatform(process.arch);
const UNPINNED = "0.75.0";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** A release archive laid out as goreleaser's: the binary and its documents at the top level. */
async function releaseArchive(dir: string, name: string, trivy: { binary?: string; script?: string }): Promise<string> {
  const stage = join(dir, `${name}.d`);
  await mkdir(join(stage, "contrib"), { recursive: true });
  if (trivy.binary) await symlink(trivy.binary, join(stage, "trivy"));
  else await writeFile(join(stage, "trivy"), trivy.script ?? "", { mode: 0o755 });
  await writeFile(join(stage, "LICENSE"), "Apache License 2.0\n");
  await writeFile(join(stage, "README.md"), "# trivy\n");
  await writeFile(join(stage, "contrib", "html.tpl"), "<html></html>\n");
  const archive = join(dir, name);
  // -h stores the real binary behind the symlink; gzip -1 because the binary is 230 MB.
  await run("sh", ["-c", 'tar -C "$1" -chf - trivy LICENSE README.md contrib | gzip -1 > "$2"', "sh", stage, archive]);
  return archive;
}

/** A shell-script trivy that reports `version` and leaves `marker` behind, so running it shows. */
function standInTrivy(version: string, marker: string): string {
  return `#!/bin/sh\necho ran >> '${marker}'\necho '{"Version":"${version}"}'\n`;
}

function unsignedJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "RS256", typ: "JWT" })}.${encode(claims)}.${randomBytes(32).toString("base64url")}`;
}

/** `cosign sign-blob --bundle` as trivy's release does it, against the mock Fulcio and Rekor. */
async function signBlob(mock: SigstoreMock, bytes: Buffer, subject: string, issuer = ISSUER): Promise<Buffer> {
  const now = Math.floor(Date.now() / 1000);
  const token = unsignedJwt({ iss: issuer, sub: subject, aud: "sigstore", iat: now, exp: now + 300 });
  const builder = new MessageSignatureBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: mock.fulcioURL, identityProvider: { getToken: async () => token } }),
    witnesses: [new RekorWitness({ rekorBaseURL: mock.rekorURL })],
  });
  const bundle = await builder.create({ data: bytes });
  return Buffer.from(JSON.stringify(bundleToJSON(bundle)));
}

/** The release host: `/v<version>/<file>` from a table the test rewrites; every request logged. */
interface ReleaseHost {
  url: string;
  files: Map<string, Buffer | { file: string }>;
  requests: string[];
  close(): Promise<void>;
}

async function startReleaseHost(): Promise<ReleaseHost> {
  const files = new Map<string, Buffer | { file: string }>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    const body = files.get(path);
    if (request.method !== "GET" || !body) {
      response.writeHead(404).end("Not Found");
      return;
    }
    if (Buffer.isBuffer(body)) {
      response.writeHead(200, { "content-length": body.length }).end(body);
      return;
    }
    response.writeHead(200, { "content-type": "application/octet-stream" });
    createReadStream(body.file).pipe(response);
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases/download`,
    files,
    requests,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise())),
  };
}

const servedPath = (version: string, name: string) => `/releases/download/v${version}/${name}`;
const archiveName = (version: string) => `trivy_${version}_${PLATFORM}.tar.gz`;
const checksumsName = (version: string) => `trivy_${version}_checksums.txt`;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function refusal(promise: Promise<unknown>): Promise<TrivyInstallError> {
  const error = await promise.then(
    () => assert.fail("the install was expected to be refused"),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof TrivyInstallError, `expected a TrivyInstallError, got ${error}`);
  assert.doesNotMatch(error.message, /\n/, "one line");
  return error;
}

describe("trivy install, verified", () => {
  let root: string;
  let host: ReleaseHost;
  let mock: SigstoreMock;
  let trustedRoot: TrustedRootSource;
  let realArchive: string;
  let realArchiveHash: string;
  let standInArchive: string;
  let standInArchiveHash: string;
  let marker: string;
  let toolCache: string;
  let options: (extra?: InstallTrivyOptions) => InstallTrivyOptions;

  /** Serves UNPINNED's stand-in archive with a checksums file signed as `subject`. */
  async function serveUnpinned(config: { subject?: string; checksums?: string; bundle?: "none" | "other-bytes" }) {
    const checksums = Buffer.from(
      config.checksums ??
        `${"0".repeat(64)}  trivy_${UNPINNED}_Linux-32bit.tar.gz\n${standInArchiveHash}  ${archiveName(UNPINNED)}\n`,
    );
    host.files.set(servedPath(UNPINNED, archiveName(UNPINNED)), { file: standInArchive });
    host.files.set(servedPath(UNPINNED, checksumsName(UNPINNED)), checksums);
    const bundlePath = servedPath(UNPINNED, `${checksumsName(UNPINNED)}.sigstore.json`);
    if (config.bundle === "none") return;
    const signed = config.bundle === "other-bytes" ? Buffer.concat([checksums, Buffer.from("\n")]) : checksums;
    host.files.set(bundlePath, await signBlob(mock, signed, config.subject ?? releaseIdentity(UNPINNED)));
  }

  async function assertNothingInstalled() {
    assert.deepEqual(await readdir(toolCache).catch(() => []), [], "nothing in the tool cache");
    assert.equal(await exists(marker), false, "the stand-in trivy never ran");
  }

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "ia-scan-install-"));
    host = await startReleaseHost();
    mock = await startSigstoreMock(root, releaseIdentity(UNPINNED));
    trustedRoot = await readTrustedRoot(mock.trustedRootFile);
    marker = join(root, "stand-in-ran");
    realArchive = await releaseArchive(root, archiveName(DEFAULT_TRIVY_VERSION), { binary: REAL_TRIVY });
    realArchiveHash = await sha256File(realArchive);
    standInArchive = await releaseArchive(root, archiveName(UNPINNED), { script: standInTrivy(UNPINNED, marker) });
    standInArchiveHash = sha256(await readFile(standInArchive));
    host.files.set(servedPath(DEFAULT_TRIVY_VERSION, archiveName(DEFAULT_TRIVY_VERSION)), { file: realArchive });
  });
  after(async () => {
    await host.close();
    await mock.close();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(async () => {
    // @actions/tool-cache reads RUNNER_TOOL_CACHE on each call, so a fresh cache per test is enough.
    toolCache = await mkdtemp(join(root, "tool-cache-"));
    process.env.RUNNER_TOOL_CACHE = toolCache;
    await rm(marker, { force: true });
    host.requests.length = 0;
    for (const key of [...host.files.keys()]) if (key.includes(`/v${UNPINNED}/`)) host.files.delete(key);
    const tempDir = await mkdtemp(join(root, "temp-"));
    options = (extra = {}) => ({ baseUrl: host.url, tempDir, trustedRoot, ...extra });
  });

  describe("the pinned version", () => {
    const pinsFor = (hash: string): PinTable => ({ [DEFAULT_TRIVY_VERSION]: { [PLATFORM]: hash } });

    it("installs the real trivy whose archive matches the pin, runs it, and re-verifies it on a cache hit", async () => {
      const pins = pinsFor(realArchiveHash);
      const lines: string[] = [];
      const installed = await installTrivy(options({ pins, log: (line) => lines.push(line) }));
      assert.equal(installed.source, "download");
      assert.equal(installed.verifiedBy, "pin");
      assert.equal(installed.version, DEFAULT_TRIVY_VERSION);
      assert.equal(installed.sha256, realArchiveHash);
      assert.ok(installed.path.startsWith(toolCache));
      assert.equal(await sha256File(installed.path), await sha256File(REAL_TRIVY));
      // Built with `go install`, so it reports "dev" rather than a release version.
      assert.deepEqual(await useTrivyPath(installed.path), { path: installed.path, version: "dev" });
      assert.ok(lines.some((line) => line.includes("matches the pinned SHA-256")));
      // Only the binary and the evidence are kept: the archive's documents are not.
      assert.deepEqual((await readdir(join(installed.path, ".."))).sort(), [
        "trivy",
        archiveName(DEFAULT_TRIVY_VERSION),
      ]);

      const again = await installTrivy(options({ pins }));
      assert.deepEqual(again, { ...installed, source: "cache" });
      assert.equal(host.requests.length, 1, "the cache hit downloaded nothing");

      // Tampered: the cached binary replaced, its archive left alone.
      await writeFile(installed.path, standInTrivy("0.74.0", marker), { mode: 0o755 });
      const error = await refusal(installTrivy(options({ pins })));
      assert.match(
        error.message,
        new RegExp(`${installed.path} has SHA-256 ${sha256(Buffer.from(standInTrivy("0.74.0", marker)))}`),
      );
      assert.match(error.message, /not [0-9a-f]{64} of the trivy in the verified trivy_0\.74\.0_/);
      assert.equal(await exists(marker), false);
    });

    it("refuses a cache entry rebuilt consistently (archive and binary) because the pin lives in our source", async () => {
      const pins = pinsFor(standInArchiveHash);
      host.files.set(servedPath(DEFAULT_TRIVY_VERSION, archiveName(DEFAULT_TRIVY_VERSION)), { file: standInArchive });
      try {
        const installed = await installTrivy(options({ pins }));
        // Someone with write access to the tool cache swaps in another archive and the binary it holds.
        const other = await releaseArchive(root, "other.tar.gz", { script: standInTrivy("9.9.9", marker) });
        const cachedArchive = join(installed.path, "..", archiveName(DEFAULT_TRIVY_VERSION));
        await writeFile(cachedArchive, await readFile(other));
        await writeFile(installed.path, standInTrivy("9.9.9", marker), { mode: 0o755 });
        const error = await refusal(installTrivy(options({ pins })));
        assert.match(
          error.message,
          new RegExp(`has SHA-256 ${sha256(await readFile(other))}, not the pinned SHA-256's ${standInArchiveHash}`),
        );
        assert.match(error.message, /remove the directory to reinstall/);
        assert.equal(await exists(marker), false);
      } finally {
        host.files.set(servedPath(DEFAULT_TRIVY_VERSION, archiveName(DEFAULT_TRIVY_VERSION)), { file: realArchive });
      }
    });

    it("refuses an archive that does not match the pin: nothing extracted, cached or run", async () => {
      const wrong = "f".repeat(64);
      host.files.set(servedPath(DEFAULT_TRIVY_VERSION, archiveName(DEFAULT_TRIVY_VERSION)), { file: standInArchive });
      try {
        const error = await refusal(installTrivy(options({ pins: pinsFor(wrong) })));
        assert.equal(
          error.message,
          `${archiveName(DEFAULT_TRIVY_VERSION)}: SHA-256 ${standInArchiveHash} does not match the pinned SHA-256's ${wrong}; nothing was extracted`,
        );
        await assertNothingInstalled();
      } finally {
        host.files.set(servedPath(DEFAULT_TRIVY_VERSION, archiveName(DEFAULT_TRIVY_VERSION)), { file: realArchive });
      }
    });

    it("by default installs the pinned release, whose published hash our locally built archive does not have", async () => {
      const error = await refusal(installTrivy(options()));
      const pinned = PINNED_TRIVY[DEFAULT_TRIVY_VERSION]?.[PLATFORM];
      assert.equal(
        error.message,
        `${archiveName(DEFAULT_TRIVY_VERSION)}: SHA-256 ${realArchiveHash} does not match the pinned SHA-256's ${pinned}; nothing was extracted`,
      );
      await assertNothingInstalled();
    });

    it("refuses a pinned version with no hash for this platform", async () => {
      assert.equal(PINNED_TRIVY[DEFAULT_TRIVY_VERSION]?.["Linux-64bit"]?.length, 64);
      assert.equal(PINNED_TRIVY[DEFAULT_TRIVY_VERSION]?.["Linux-ARM64"]?.length, 64);
      const error = await refusal(installTrivy(options({ pins: { [DEFAULT_TRIVY_VERSION]: {} } })));
      assert.match(error.message, new RegExp(`pinned without a SHA-256 for ${PLATFORM}`));
      assert.deepEqual(host.requests, []);
    });
  });

  describe("a version other than the pinned one", () => {
    it("installs through its signed checksums file and re-verifies the signature on a cache hit", async () => {
      await serveUnpinned({});
      const installed = await installTrivy(options({ version: `v${UNPINNED}` }));
      assert.equal(installed.source, "download");
      assert.equal(installed.verifiedBy, "signed-checksums");
      assert.equal(installed.version, UNPINNED);
      assert.equal(installed.sha256, standInArchiveHash);
      assert.deepEqual(await useTrivyPath(installed.path), { path: installed.path, version: UNPINNED });
      assert.equal(await exists(marker), true);

      const requests = host.requests.length;
      const again = await installTrivy(options({ version: UNPINNED }));
      assert.deepEqual(again, { ...installed, source: "cache" });
      assert.equal(host.requests.length, requests, "the cache hit downloaded nothing");

      // The cached checksums file edited to bless another archive no longer matches its signature.
      const cachedChecksums = join(installed.path, "..", checksumsName(UNPINNED));
      await writeFile(cachedChecksums, `${"a".repeat(64)}  ${archiveName(UNPINNED)}\n`);
      const error = await refusal(installTrivy(options({ version: UNPINNED })));
      assert.match(error.message, /trivy 0\.75\.0 refused: trivy_0\.75\.0_checksums\.txt: /);
    });

    const refusals: Array<{
      name: string;
      serve: Parameters<typeof serveUnpinned>[0];
      message: RegExp;
    }> = [
      {
        name: "a bundle signed by another workflow",
        serve: {
          subject: "https://github.com/attacker/trivy/.github/workflows/reusable-release.yaml@refs/tags/v0.75.0",
        },
        message:
          /signed by https:\/\/github\.com\/attacker\/trivy\/.*, not https:\/\/github\.com\/aquasecurity\/trivy\//,
      },
      {
        name: "a bundle trivy's workflow made for another tag",
        serve: { subject: releaseIdentity("0.74.0") },
        message: /signed by .*@refs\/tags\/v0\.74\.0, not .*@refs\/tags\/v0\.75\.0/,
      },
      {
        name: "a bundle over other bytes than the checksums file",
        serve: { bundle: "other-bytes" },
        message: /trivy 0\.75\.0 refused: trivy_0\.75\.0_checksums\.txt: /,
      },
      {
        name: "no bundle at all",
        serve: { bundle: "none" },
        message: /cannot download the Sigstore bundle .*trivy_0\.75\.0_checksums\.txt\.sigstore\.json: HTTP 404/,
      },
      {
        name: "a signed checksums file without the archive's line",
        serve: { checksums: `${"1".repeat(64)}  trivy_0.75.0_Linux-32bit.tar.gz\n` },
        message: /the signed trivy_0\.75\.0_checksums\.txt has no line for trivy_0\.75\.0_Linux-/,
      },
      {
        name: "a signed checksums file naming the archive by a path",
        serve: { checksums: `${"1".repeat(64)}  ../trivy_0.75.0_${PLATFORM}.tar.gz\n` },
        message: /has no line for/,
      },
    ];
    for (const { name, serve, message } of refusals)
      it(`refuses ${name}: the archive is never fetched`, async () => {
        await serveUnpinned(serve);
        const error = await refusal(installTrivy(options({ version: UNPINNED })));
        assert.match(error.message, message);
        assert.ok(!host.requests.includes(servedPath(UNPINNED, archiveName(UNPINNED))), host.requests.join(", "));
        await assertNothingInstalled();
      });

    it("refuses an archive whose hash differs from its signed line: nothing extracted, cached or run", async () => {
      const listed = "2".repeat(64);
      await serveUnpinned({ checksums: `${listed}  ${archiveName(UNPINNED)}\n` });
      const error = await refusal(installTrivy(options({ version: UNPINNED })));
      assert.equal(
        error.message,
        `${archiveName(UNPINNED)}: SHA-256 ${standInArchiveHash} does not match the signed checksums file's ${listed}; nothing was extracted`,
      );
      await assertNothingInstalled();
    });

    it("refuses a bundle that only the mock's trusted root vouches for under the public-good root", async () => {
      await serveUnpinned({});
      const error = await refusal(installTrivy({ ...options({ version: UNPINNED }), trustedRoot: undefined }));
      assert.match(error.message, /trivy 0\.75\.0 refused: trivy_0\.75\.0_checksums\.txt: /);
      await assertNothingInstalled();
    });
  });

  describe("inputs", () => {
    const bad = ["latest", "0.74", "0.74.0-rc1", "v0.74.0 ", "../0.74.0", "0.74.0/../x", "V0.74.0", "0.74.0\n1.0.0"];
    for (const text of bad)
      it(`trivy-version ${JSON.stringify(text)} is refused, naming the input`, async () => {
        const error = await refusal(installTrivy(options({ version: text })));
        assert.equal(error.input, "trivy-version");
        assert.match(error.message, /^trivy-version ".*" is not a release version: use MAJOR\.MINOR\.PATCH/);
        assert.deepEqual(host.requests, []);
      });

    it("trivy-version with or without a leading v means the same release", () => {
      assert.equal(parseTrivyVersion("v0.74.0"), "0.74.0");
      assert.equal(parseTrivyVersion("0.74.0"), "0.74.0");
    });

    it("an architecture trivy is not installed for is refused before any download", async () => {
      const error = await refusal(installTrivy(options({ arch: "ia32" })));
      assert.match(error.message, /Linux x64 and arm64 runners only, not "ia32"/);
      assert.deepEqual(host.requests, []);
    });

    it("trivy-path that is not a file, or not trivy, is refused naming the input", async () => {
      const missing = await refusal(useTrivyPath(join(root, "no-such-trivy")));
      assert.equal(missing.input, "trivy-path");
      const notTrivy = join(root, "not-trivy");
      await writeFile(notTrivy, "#!/bin/sh\necho hello\n", { mode: 0o755 });
      const error = await refusal(useTrivyPath(notTrivy));
      assert.equal(error.input, "trivy-path");
      assert.match(error.message, /did not report a trivy version/);
    });

    it("checksum lines: exact names only, and two hashes for one name are refused", () => {
      const hash = "3".repeat(64);
      const text = `${hash}  a.tar.gz\n${"4".repeat(64)} *b.tar.gz\r\nnot a line\n`;
      assert.equal(checksumFor(text, "a.tar.gz", "sums"), hash);
      assert.equal(checksumFor(text, "b.tar.gz", "sums"), "4".repeat(64));
      assert.equal(checksumFor(text, "tar.gz", "sums"), undefined);
      assert.throws(
        () => checksumFor(`${text}${"5".repeat(64)}  a.tar.gz\n`, "a.tar.gz", "sums"),
        /2 different hashes/,
      );
    });
  });
});
