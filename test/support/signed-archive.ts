/**
 * A small signed Debian archive made in a test: any suites, components and Packages indexes
 * (binary-<arch> and binary-all) listing the .debs given, a Release with whatever fields the test
 * names (Architectures, No-Support-for-Architecture-all, …), clearsigned into InRelease by gpg with
 * a throwaway key — and served over loopback HTTP, logging each request with its User-Agent, so a
 * test can say which files our client and apt each read from the same archive. The key is also
 * exported as a binary keyring file for apt's `Signed-By`. Keys and signatures can be dated in the
 * past (gpg's faked clock), and a served path can be mapped, so one server plays snapshot.debian.org:
 * `/archive/<name>/<time>/…` answered from the newest archive state at or before that time.
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { basename, join } from "node:path";
import { readKeyring } from "@image-actions/debian";
import { mustExec } from "./exec.ts";

export interface ArchiveKey {
  /** The gpg home holding the secret key. */
  home: string;
  uid: string;
  /** The public key as a binary keyring, as apt's `Signed-By` takes it. */
  keyringFile: string;
  keys: Awaited<ReturnType<typeof readKeyring>>;
}

export interface SuiteSpec {
  suite: string;
  /** When the Release is dated and signed (gpg's clock faked); now when absent. */
  signedAt?: Date;
  /** `Valid-Until`: a week after signing by default; `null` writes none. */
  validUntil?: Date | null;
  /** component → architecture (or `all`) → the .debs its Packages index lists. */
  indexes: Record<string, Record<string, string[]>>;
  /** Release fields written as given, after Suite/Codename/Date and before SHA256. */
  fields?: Record<string, string>;
}

export interface ServedArchive {
  url: string;
  /** Every request, in order. */
  requests: Array<{ path: string; userAgent: string }>;
  close(): Promise<void>;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const rfc2822 = (date: Date) => date.toUTCString().replace("GMT", "UTC");
/** gpg's `--faked-system-time` form, the trailing `!` freezing the clock there. */
const gpgTime = (date: Date) =>
  `${date
    .toISOString()
    .replace(/\.\d{3}Z$/, "")
    .replace(/[-:]/g, "")}!`;

async function gpg(home: string, args: string[]): Promise<string> {
  const result = await mustExec("gpg", [
    "--homedir",
    home,
    "--batch",
    "--quiet",
    "--pinentry-mode",
    "loopback",
    "--passphrase",
    "",
    ...args,
  ]);
  return result.stdout;
}

/** A fresh ed25519 signing key in its own gpg home under `dir`, made at `createdAt` (now by default). */
export async function makeArchiveKey(dir: string, createdAt?: Date): Promise<ArchiveKey> {
  const home = join(dir, "gnupg");
  await mkdir(home, { recursive: true, mode: 0o700 });
  const uid = "Test Archive <archive@example.invalid>";
  const clock = createdAt ? ["--faked-system-time", gpgTime(createdAt)] : [];
  await gpg(home, [...clock, "--quick-gen-key", uid, "ed25519", "sign", "never"]);
  const keyringFile = join(dir, "archive-keyring.gpg");
  await gpg(home, ["--export", "--output", keyringFile, uid]);
  return { home, uid, keyringFile, keys: await readKeyring(await readFile(keyringFile), keyringFile) };
}

/**
 * Writes `dists/<suite>/` under `root` (and the .debs under `pool/<component>/`), over what an
 * earlier call wrote for the suite: each index as
 * `Packages` and `Packages.xz`, both listed with their SHA-256 and size, and the InRelease signed
 * by `key`. Returns the InRelease path.
 */
export async function writeSignedSuite(root: string, key: ArchiveKey, spec: SuiteSpec): Promise<string> {
  const dists = join(root, "dists", spec.suite);
  const listed: string[] = [];
  for (const [component, byArchitecture] of Object.entries(spec.indexes)) {
    for (const [architecture, debs] of Object.entries(byArchitecture)) {
      const stanzas: string[] = [];
      for (const deb of debs) {
        const pool = join(root, "pool", component);
        await mkdir(pool, { recursive: true });
        await copyFile(deb, join(pool, basename(deb)));
        const bytes = await readFile(deb);
        const { stdout: control } = await mustExec("dpkg-deb", ["--field", deb]);
        stanzas.push(
          `${control.trimEnd()}\nFilename: pool/${component}/${basename(deb)}\nSize: ${bytes.length}\nSHA256: ${sha256(bytes)}\n`,
        );
      }
      const directory = join(dists, component, `binary-${architecture}`);
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, "Packages"), stanzas.join("\n"));
      await mustExec("xz", ["-k", "-f", join(directory, "Packages")]);
      listed.push(`${component}/binary-${architecture}/Packages`, `${component}/binary-${architecture}/Packages.xz`);
    }
  }
  const lines: string[] = [];
  for (const path of listed.sort()) {
    const bytes = await readFile(join(dists, path));
    lines.push(` ${sha256(bytes)} ${String(bytes.length).padStart(8)} ${path}`);
  }
  // A minute back by default: apt refuses a Release dated in its future.
  const date = spec.signedAt ?? new Date(Date.now() - 60_000);
  const validUntil = spec.validUntil === undefined ? new Date(date.getTime() + 7 * 86_400_000) : spec.validUntil;
  const release = [
    "Origin: Test",
    `Suite: ${spec.suite}`,
    `Codename: ${spec.suite}`,
    `Date: ${rfc2822(date)}`,
    ...(validUntil ? [`Valid-Until: ${rfc2822(validUntil)}`] : []),
    `Components: ${Object.keys(spec.indexes).join(" ")}`,
    ...Object.entries(spec.fields ?? {}).map(([name, value]) => `${name}: ${value}`),
    "SHA256:",
    ...lines,
    "",
  ].join("\n");
  await writeFile(join(dists, "Release"), release);
  const inRelease = join(dists, "InRelease");
  // A suite published again (the next day's state) replaces its InRelease; gpg will not overwrite.
  await rm(inRelease, { force: true });
  const clock = spec.signedAt ? ["--faked-system-time", gpgTime(spec.signedAt)] : [];
  await gpg(key.home, [
    ...clock,
    "--local-user",
    key.uid,
    "--clearsign",
    "--output",
    inRelease,
    join(dists, "Release"),
  ]);
  return inRelease;
}

/**
 * Serves `root` read-only on a loopback port. `map` turns a requested path into the path under
 * `root` to answer with (undefined: 404); the path itself by default.
 */
export function serveArchive(
  root: string,
  map: (path: string) => string | undefined = (path) => path,
): Promise<ServedArchive> {
  const requests: ServedArchive["requests"] = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push({ path, userAgent: request.headers["user-agent"] ?? "" });
    if (path.split("/").includes("..")) return void response.writeHead(400).end();
    const mapped = map(path);
    const bytes = mapped === undefined ? undefined : await readFile(join(root, mapped)).catch(() => undefined);
    if (!bytes) return void response.writeHead(404).end();
    response.writeHead(200, { "content-length": bytes.length }).end(bytes);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    }),
  );
}
