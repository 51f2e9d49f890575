// The archive client against the real Debian archive this machine's apt is configured with (its URL
// read from /etc/apt/sources.list.d/*.sources at run time): bookworm's InRelease verifies with the
// shipped debian-archive-keyring and its signed text is byte for byte what gpgv says was signed;
// the amd64 and arm64 Packages indexes verify against it and list dumb-init for their architecture;
// a .deb named there downloads and verifies.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { ArchiveClient, defaultKeyring, readDebControl, verifyInRelease } from "@image-actions/debian";

const run = promisify(execFile);
const SUITE = "bookworm";
const SOURCES_DIR = "/etc/apt/sources.list.d";

/** The first `URIs` of a deb822 .sources paragraph whose Suites include bookworm. */
async function configuredArchive(): Promise<string> {
  for (const name of (await readdir(SOURCES_DIR)).filter((file) => file.endsWith(".sources")).sort()) {
    const text = await readFile(join(SOURCES_DIR, name), "utf8");
    for (const paragraph of text.split(/\n\s*\n/)) {
      const lines = paragraph.split("\n").filter((line) => !line.startsWith("#"));
      const value = (field: string) =>
        lines.find((line) => line.toLowerCase().startsWith(`${field.toLowerCase()}:`))?.replace(/^[^:]*:\s*/, "");
      if (value("Suites")?.split(/\s+/).includes(SUITE)) {
        const uri = value("URIs")?.split(/\s+/)[0];
        if (uri) return uri.replace(/\/+$/, "");
      }
    }
  }
  throw new Error(`no ${SUITE} source in ${SOURCES_DIR}/*.sources: the real-archive test needs apt configured`);
}

describe("the machine's configured Debian archive, verified with the shipped keys", () => {
  let work: string;
  let archiveUrl: string;
  let client: ArchiveClient;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "debian-real-"));
    archiveUrl = await configuredArchive();
    client = new ArchiveClient({ cacheDir: join(work, "cache"), keys: await defaultKeyring() });
  });
  after(async () => {
    await client?.close();
    await rm(work, { recursive: true, force: true });
  });

  it("verifies bookworm's InRelease, and trusts exactly the text gpgv says was signed", async () => {
    const response = await fetch(`${archiveUrl}/dists/${SUITE}/InRelease`);
    assert.equal(response.status, 200);
    const inRelease = await response.text();
    const verified = await verifyInRelease(inRelease, await defaultKeyring(), { now: new Date() });
    assert.equal(verified.release.codename, SUITE);
    assert.ok(verified.release.architectures.includes("arm64"));
    assert.ok(verified.signedBy.length >= 1);
    const file = join(work, "InRelease");
    await writeFile(file, inRelease);
    const { stdout } = await run(
      "gpgv",
      ["--keyring", "/usr/share/keyrings/debian-archive-keyring.gpg", "--output", "-", file],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    // RFC 4880 §7: the line end before the signature armor is not signed; gpgv prints one anyway.
    assert.ok(verified.text === stdout.slice(0, -1) && stdout.endsWith("\n"), "the verified text differs from gpgv's");
  });

  it("fetches and verifies the amd64 and arm64 Packages indexes, each listing dumb-init for its architecture", async () => {
    const indexes = await client.packagesIndexes({ url: archiveUrl, suite: SUITE }, ["main"], ["amd64", "arm64"]);
    assert.deepEqual(indexes.map((index) => [index.architecture, index.path]).sort(), [
      // gzip is preferred where listed: Node decodes it natively (xz only through WebAssembly).
      ["amd64", "main/binary-amd64/Packages.gz"],
      ["arm64", "main/binary-arm64/Packages.gz"],
    ]);
    for (const index of indexes) {
      const stanza = index.text.split("\n\n").find((paragraph) => paragraph.startsWith("Package: dumb-init\n"));
      assert.ok(stanza, `dumb-init in ${index.path}`);
      assert.match(stanza, new RegExp(`^Architecture: ${index.architecture}$`, "m"));
      assert.ok(index.text.length > 10_000_000, `${index.path} decompressed to the whole index`);
    }
    assert.equal(client.stats.indexDownloads, 2);
  });

  it("downloads and verifies the dumb-init .deb the amd64 index names", async () => {
    const [index] = await client.packagesIndexes({ url: archiveUrl, suite: SUITE }, ["main"], ["amd64"]);
    const stanza = index?.text.split("\n\n").find((paragraph) => paragraph.startsWith("Package: dumb-init\n")) ?? "";
    const filename = /^Filename: (.*)$/m.exec(stanza)?.[1];
    const sha256 = /^SHA256: (.*)$/m.exec(stanza)?.[1];
    const size = Number(/^Size: (.*)$/m.exec(stanza)?.[1]);
    assert.ok(filename && sha256 && size);
    const path = await client.fetchDeb(`${archiveUrl}/${filename}`, { sha256, size });
    assert.match((await readDebControl(path)).control, /^Package: dumb-init$/m);
  });
});
