// The archive client against a local signed Debian archive on a loopback HTTP server: real .debs
// (fetched once with `apt-get download`), Packages / Packages.xz / Release generated here, InRelease
// clearsigned by gpg with throwaway keys. A good archive verifies down to each .deb; each way an
// archive can be wrong is refused with its own message naming the file — unsigned, signed by a key
// outside the keyring, signed by a key expired today, Packages tampered (hash, and size), a .deb
// tampered, Valid-Until past — while a snapshot-style URL is judged at its own date. A warm run
// revalidates InRelease (304) and downloads nothing else.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { homedir, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import {
  ArchiveClient,
  ArchiveVerificationError,
  DebianError,
  readDebControl,
  readKeyring,
} from "@image-actions/debian";

const run = promisify(execFile);
const DEB_CACHE = join(homedir(), ".cache", "image-actions", "test-debs", "archive-client");
const PACKAGES = ["dumb-init", "libcap2"];
const SUITE = "bookworm";
/** The keys' and the "past" signatures' moment: gpg's clock is faked so a snapshot can predate today. */
const KEY_TIME = "20240101T000000";
const PAST_SIGNING_TIME = "20240601T000000";
const KEY_LIFE_SIGNING_TIME = "20240101T120000";
const SNAPSHOT = "20240605T000000Z";
const gpgTimeToDate = (time: string) =>
  new Date(time.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/, "$1-$2-$3T$4:$5:$6Z"));

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");
const flipByte = (bytes: Buffer, at: number) => bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
const rfc2822 = (date: Date) => date.toUTCString().replace("GMT", "UTC");

/** The real .debs, downloaded into the test cache once. */
async function realDebs(): Promise<string[]> {
  await mkdir(DEB_CACHE, { recursive: true });
  const have = async () => (await readdir(DEB_CACHE)).filter((name) => name.endsWith("_amd64.deb"));
  if ((await have()).length < PACKAGES.length) {
    await run("apt-get", ["download", ...PACKAGES.map((name) => `${name}:amd64`)], { cwd: DEB_CACHE });
  }
  return (await have()).map((name) => join(DEB_CACHE, name)).sort();
}

interface Gpg {
  home: string;
  trusted: string;
  foreign: string;
  expiring: string;
}

async function gpg(home: string, args: string[], options: { input?: string } = {}): Promise<string> {
  const child = run(
    "gpg",
    ["--homedir", home, "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "", ...args],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (options.input !== undefined) child.child.stdin?.end(options.input);
  return (await child).stdout;
}

async function makeKeys(home: string): Promise<Gpg> {
  await mkdir(home, { recursive: true, mode: 0o700 });
  const faked = ["--faked-system-time", `${KEY_TIME}!`];
  await gpg(home, [
    ...faked,
    "--quick-gen-key",
    "Trusted Archive <trusted@example.invalid>",
    "ed25519",
    "sign",
    "never",
  ]);
  await gpg(home, [
    ...faked,
    "--quick-gen-key",
    "Foreign Archive <foreign@example.invalid>",
    "ed25519",
    "sign",
    "never",
  ]);
  // Valid for one day from 2024-01-01: it signs within that day, and has long expired by now.
  await gpg(home, [
    ...faked,
    "--quick-gen-key",
    "Expiring Archive <expiring@example.invalid>",
    "ed25519",
    "sign",
    "1d",
  ]);
  return {
    home,
    trusted: "trusted@example.invalid",
    foreign: "foreign@example.invalid",
    expiring: "expiring@example.invalid",
  };
}

interface ArchiveSpec {
  signer?: "trusted" | "foreign" | "expiring";
  validUntil?: Date;
  /** When gpg signs: now, at the snapshot's time, or within the expiring key's one day of life. */
  signedAt?: "now" | "past" | "key-life";
  /** Break the served Packages.xz (same size, one byte) or lengthen it (one byte more). */
  tamperIndex?: "hash" | "size";
  /** Serve one .deb with a byte changed. */
  tamperDeb?: boolean;
}

/** Writes an archive under `root` (pool/, dists/<suite>/) from the real .debs, per `spec`. */
async function buildArchive(root: string, debs: string[], keys: Gpg, spec: ArchiveSpec): Promise<void> {
  const stanzas: string[] = [];
  for (const deb of debs) {
    // apt-get download escapes the epoch's colon (`1%3a2.66`); archives drop the epoch from names.
    const name = basename(deb).replace(/_\d+%3a/i, "_");
    const pool = join(root, "pool", "main", name);
    await mkdir(join(root, "pool", "main"), { recursive: true });
    const bytes = await readFile(deb);
    const { stdout: control } = await run("dpkg-deb", ["--field", deb], { encoding: "utf8" });
    stanzas.push(
      `${control.trimEnd()}\nFilename: pool/main/${name}\nSize: ${bytes.length}\nSHA256: ${sha256(bytes)}\n`,
    );
    if (spec.tamperDeb && deb === debs[0]) flipByte(bytes, Math.floor(bytes.length / 2));
    await writeFile(pool, bytes);
  }
  const dists = join(root, "dists", SUITE);
  const binary = join(dists, "main", "binary-amd64");
  await mkdir(binary, { recursive: true });
  const packages = stanzas.join("\n");
  await writeFile(join(binary, "Packages"), packages);
  await run("xz", ["-k", "-f", join(binary, "Packages")]);
  const listed = ["main/binary-amd64/Packages", "main/binary-amd64/Packages.xz"];
  const lines: string[] = [];
  for (const path of listed) {
    const bytes = await readFile(join(dists, path));
    lines.push(` ${sha256(bytes)} ${String(bytes.length).padStart(8)} ${path}`);
  }
  const signingTime = { past: PAST_SIGNING_TIME, "key-life": KEY_LIFE_SIGNING_TIME, now: undefined }[
    spec.signedAt ?? "now"
  ];
  const date = signingTime ? gpgTimeToDate(signingTime) : new Date();
  const release = [
    "Origin: Test",
    `Suite: ${SUITE}`,
    `Codename: ${SUITE}`,
    `Date: ${rfc2822(date)}`,
    ...(spec.validUntil ? [`Valid-Until: ${rfc2822(spec.validUntil)}`] : []),
    "Architectures: amd64",
    "Components: main",
    "Description: a test archive",
    "SHA256:",
    ...lines,
    "",
  ].join("\n");
  await writeFile(join(dists, "Release"), release);
  if (spec.signer) {
    const faked = signingTime ? ["--faked-system-time", `${signingTime}!`] : [];
    await gpg(keys.home, [
      ...faked,
      "--local-user",
      keys[spec.signer],
      "--clearsign",
      "--output",
      join(dists, "InRelease"),
      join(dists, "Release"),
    ]);
  } else {
    await writeFile(join(dists, "InRelease"), release);
  }
  if (spec.tamperIndex) {
    const path = join(binary, "Packages.xz");
    const bytes = await readFile(path);
    if (spec.tamperIndex === "hash") flipByte(bytes, bytes.length - 20);
    await writeFile(path, spec.tamperIndex === "hash" ? bytes : Buffer.concat([bytes, Buffer.from([0])]));
  }
}

/** Serves `root` with ETag / Last-Modified and 304s, counting requests per path. */
function serve(root: string): Promise<{ server: Server; url: string; requests: Map<string, number> }> {
  const requests = new Map<string, number>();
  const started = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (path.includes("..")) return void response.writeHead(400).end();
    const bytes = await readFile(join(root, path)).catch(() => undefined);
    if (!bytes) return void response.writeHead(404).end();
    const etag = `"${sha256(bytes).slice(0, 16)}"`;
    if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { etag, "last-modified": started, "content-length": bytes.length }).end(bytes);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}`, requests });
    }),
  );
}

describe("archive client against a local signed archive", () => {
  let work: string;
  let debs: string[];
  let keys: Gpg;
  let keyring: Awaited<ReturnType<typeof readKeyring>>;
  let site: Awaited<ReturnType<typeof serve>>;
  const cacheDirs: string[] = [];
  const client = (cacheDir?: string) => {
    const dir = cacheDir ?? join(work, `cache-${cacheDirs.length}`);
    cacheDirs.push(dir);
    return new ArchiveClient({ cacheDir: dir, keys: keyring });
  };

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "debian-archive-"));
    debs = await realDebs();
    assert.equal(debs.length, PACKAGES.length, `expected ${PACKAGES.join(", ")} in ${DEB_CACHE}`);
    keys = await makeKeys(join(work, "gnupg"));
    // The keyring holds the trusted and the expiring key, never the foreign one.
    keyring = await readKeyring(
      await gpg(keys.home, ["--export", "--armor", keys.trusted, keys.expiring]),
      "test keyring",
    );
    const site_ = join(work, "site");
    const future = new Date(Date.now() + 7 * 86_400_000);
    const past = new Date("2024-06-08T00:00:00Z");
    const specs: Record<string, ArchiveSpec> = {
      good: { signer: "trusted", validUntil: future },
      unsigned: { validUntil: future },
      foreign: { signer: "foreign", validUntil: future },
      "expired-key": { signer: "expiring", signedAt: "key-life", validUntil: future },
      "tampered-hash": { signer: "trusted", validUntil: future, tamperIndex: "hash" },
      "tampered-size": { signer: "trusted", validUntil: future, tamperIndex: "size" },
      "tampered-deb": { signer: "trusted", validUntil: future, tamperDeb: true },
      expired: { signer: "trusted", signedAt: "past", validUntil: past },
      [`archive/debian/${SNAPSHOT}`]: { signer: "trusted", signedAt: "past", validUntil: past },
    };
    for (const [name, spec] of Object.entries(specs)) await buildArchive(join(site_, name), debs, keys, spec);
    site = await serve(site_);
  });
  after(async () => {
    site?.server.close();
    await rm(work, { recursive: true, force: true });
  });

  async function fetchAll(archive: ArchiveClient, name: string): Promise<string[]> {
    const location = { url: `${site.url}/${name}`, suite: SUITE };
    const [index] = await archive.packagesIndexes(location, ["main"], ["amd64"]);
    assert.ok(index);
    const records = index.text.split(/\n\n+/).filter((stanza) => stanza.trim() !== "");
    return archive.fetchDebs(
      records.map((stanza) => ({
        url: `${location.url}/${/^Filename: (.*)$/m.exec(stanza)?.[1]}`,
        sha256: /^SHA256: (.*)$/m.exec(stanza)?.[1] as string,
        size: Number(/^Size: (.*)$/m.exec(stanza)?.[1]),
      })),
    );
  }

  it("accepts a good archive: InRelease, Packages.xz and every .deb verify, and the .debs are the real ones", async () => {
    const archive = client();
    const paths = await fetchAll(archive, "good");
    const names = await Promise.all(
      paths.map(async (path) => /^Package: (.*)$/m.exec((await readDebControl(path)).control)?.[1]),
    );
    assert.deepEqual(names.sort(), [...PACKAGES].sort());
    const release = await archive.release({ url: `${site.url}/good`, suite: SUITE });
    assert.equal(release.release.suite, SUITE);
    assert.equal(release.signedBy.length, 1);
    assert.ok(site.requests.get("/good/dists/bookworm/main/binary-amd64/Packages.xz"), "the xz index was preferred");
    assert.equal(site.requests.get("/good/dists/bookworm/main/binary-amd64/Packages"), undefined);
    await archive.close();
  });

  it("a warm run revalidates InRelease (304) and downloads no index and no .deb", async () => {
    const cacheDir = join(work, "warm-cache");
    const cold = client(cacheDir);
    await fetchAll(cold, "good");
    await cold.close();
    const before = new Map(site.requests);
    const warm = client(cacheDir);
    const paths = await fetchAll(warm, "good");
    await warm.close();
    const delta = [...site.requests].filter(([path, count]) => count !== (before.get(path) ?? 0)).map(([path]) => path);
    assert.deepEqual(delta, ["/good/dists/bookworm/InRelease"]);
    assert.deepEqual(warm.stats, {
      inReleaseDownloads: 0,
      inReleaseNotModified: 1,
      indexDownloads: 0,
      debDownloads: 0,
      cacheHits: 3,
    });
    assert.equal(paths.length, PACKAGES.length);
  });

  const refusals: Array<{ name: string; archive: string; message: RegExp }> = [
    {
      name: "an unsigned InRelease",
      archive: "unsigned",
      message: /\/unsigned\/dists\/bookworm\/InRelease: is not signed/,
    },
    {
      name: "an InRelease signed by a key outside the keyring",
      archive: "foreign",
      message: /\/foreign\/dists\/bookworm\/InRelease: signed by key [0-9A-F]{16}, which is not in the keyring/,
    },
    {
      name: "an InRelease signed by a key that has expired",
      archive: "expired-key",
      message: /\/expired-key\/dists\/bookworm\/InRelease: signature by key [0-9A-F]{16} does not verify at .*expired/i,
    },
    {
      name: "a tampered Packages.xz (same size, other bytes)",
      archive: "tampered-hash",
      message:
        /\/tampered-hash\/dists\/bookworm\/main\/binary-amd64\/Packages\.xz: SHA-256 [0-9a-f]{64}, but InRelease lists [0-9a-f]{64}/,
    },
    {
      name: "a tampered Packages.xz (one byte longer)",
      archive: "tampered-size",
      message:
        /\/tampered-size\/dists\/bookworm\/main\/binary-amd64\/Packages\.xz: size over \d+ bytes, which InRelease lists/,
    },
    {
      name: "a tampered .deb",
      archive: "tampered-deb",
      message:
        /\/tampered-deb\/pool\/main\/dumb-init_[^:]+\.deb: SHA-256 [0-9a-f]{64}, but its Packages stanza lists [0-9a-f]{64}/,
    },
    {
      name: "an InRelease whose Valid-Until has passed",
      archive: "expired",
      message: /\/expired\/dists\/bookworm\/InRelease: expired: Valid-Until 2024-06-08T00:00:00.000Z is before /,
    },
  ];
  for (const { name, archive: path, message } of refusals) {
    it(`refuses ${name}`, async () => {
      const archive = client();
      await assert.rejects(fetchAll(archive, path), (error: Error) => {
        assert.ok(error instanceof ArchiveVerificationError, `${error.name}: ${error.message}`);
        assert.match(error.message, message);
        return true;
      });
      await archive.close();
    });
  }

  it("accepts a snapshot-style URL whose Valid-Until has passed, judging it at the snapshot's date", async () => {
    const archive = client();
    const paths = await fetchAll(archive, `archive/debian/${SNAPSHOT}`);
    assert.equal(paths.length, PACKAGES.length);
    await archive.close();
  });

  it("refuses a suite name the signed Release does not carry", async () => {
    const archive = client();
    await mkdir(join(work, "site", "good", "dists", "trixie"), { recursive: true });
    await copyFile(
      join(work, "site", "good", "dists", SUITE, "InRelease"),
      join(work, "site", "good", "dists", "trixie", "InRelease"),
    );
    await assert.rejects(
      archive.release({ url: `${site.url}/good`, suite: "trixie" }),
      (error: Error) =>
        error instanceof DebianError && /InRelease: is the Release of "bookworm", not of trixie/.test(error.message),
    );
    await archive.close();
  });
});
