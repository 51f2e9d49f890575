// binary-all indexes are read exactly when apt reads them. Against a local signed archive (one suite
// per case, real gpg signatures, .debs built by dpkg-deb) whose binary-all index lists a package no
// other index has, each combination of `Architectures` (with `all`, without, absent) and
// `No-Support-for-Architecture-all` (absent, `Packages`, another index kind) is read by our archive
// client and by the real apt-get (a private root trusting the test key): our client fetches a
// binary-all file exactly when apt does, and exactly when Debian's repository format says so, and
// returns the binary-all package then and only then. A suite shaped like Debian's security suite
// (no `all` in Architectures, a binary-all whose served bytes differ from what InRelease lists)
// reads without error, as it does for apt; one that lists `all` but no binary-all index has none.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ArchiveClient, packageRecordsFromIndex } from "@image-actions/debian";
import { privateAptRoot } from "../support/apt-root.ts";
import { makeDeb } from "../support/local-debs.ts";
import {
  type ArchiveKey,
  makeArchiveKey,
  type ServedArchive,
  serveArchive,
  writeSignedSuite,
} from "../support/signed-archive.ts";

const ARCHITECTURE = "amd64";
/** apt's user agent (`Debian APT-HTTP/1.3 (2.6.1)`), to tell its requests from ours in the log. */
const APT_AGENT = /^Debian APT/;

interface Case {
  name: string;
  fields: Record<string, string>;
  /** The repository format's answer: is binary-all/Packages read? */
  read: boolean;
  /** List no binary-all index in InRelease at all. */
  unlisted?: boolean;
  /** Serve a binary-all/Packages.xz other than the one InRelease lists (as the security mirror did). */
  stale?: boolean;
}

const CASES: Case[] = [
  { name: "Architectures without all", fields: { Architectures: "amd64 arm64" }, read: false },
  {
    name: "Architectures without all, No-Support-for-Architecture-all: Packages",
    fields: { Architectures: "amd64 arm64", "No-Support-for-Architecture-all": "Packages" },
    read: false,
  },
  { name: "Architectures with all", fields: { Architectures: "all amd64 arm64" }, read: true },
  {
    name: "Architectures with all, No-Support-for-Architecture-all: Packages",
    fields: { Architectures: "all amd64 arm64", "No-Support-for-Architecture-all": "Packages" },
    read: false,
  },
  {
    name: "Architectures with all, No-Support-for-Architecture-all naming only Contents",
    fields: { Architectures: "all amd64 arm64", "No-Support-for-Architecture-all": "Contents" },
    read: true,
  },
  {
    name: "Architectures with all, No-Support-for-Architecture-all: Contents Packages",
    fields: { Architectures: "all amd64 arm64", "No-Support-for-Architecture-all": "Contents Packages" },
    read: false,
  },
  { name: "no Architectures field", fields: {}, read: true },
  {
    name: "no Architectures field, No-Support-for-Architecture-all: Packages",
    fields: { "No-Support-for-Architecture-all": "Packages" },
    read: false,
  },
  {
    name: "Architectures with all, but no binary-all index listed",
    fields: { Architectures: "all amd64 arm64" },
    read: false,
    unlisted: true,
  },
  {
    name: "the security suite's shape: no all in Architectures, binary-all stale on the mirror",
    fields: { Architectures: "amd64 arm64 armhf i386 ppc64el" },
    read: false,
    stale: true,
  },
];

describe("binary-all indexes, read as apt reads them", () => {
  let work: string;
  let key: ArchiveKey;
  let site: ServedArchive;
  const suiteOf = (index: number) => `case${index}`;
  const binaryAllReads = (index: number, byApt: boolean) =>
    site.requests.filter(
      ({ path, userAgent }) =>
        path.startsWith(`/dists/${suiteOf(index)}/`) &&
        path.includes("/binary-all/") &&
        APT_AGENT.test(userAgent) === byApt,
    ).length;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "debian-binary-all-"));
    key = await makeArchiveKey(work);
    const debs = join(work, "debs");
    const tool = await makeDeb(debs, {
      name: "arch-tool",
      version: "1.0",
      architecture: ARCHITECTURE,
      files: { "usr/bin/arch-tool": { content: "#!/bin/sh\n", mode: 0o755 } },
    });
    const onlyInAll = await makeDeb(debs, {
      name: "only-in-all",
      version: "2.0",
      architecture: "all",
      files: { "usr/share/only-in-all/README": { content: "listed in binary-all only\n" } },
    });
    const root = join(work, "site");
    for (const [index, spec] of CASES.entries()) {
      await writeSignedSuite(root, key, {
        suite: suiteOf(index),
        indexes: { main: { [ARCHITECTURE]: [tool], ...(spec.unlisted ? {} : { all: [onlyInAll] }) } },
        fields: spec.fields,
      });
      if (spec.stale)
        await writeFile(join(root, "dists", suiteOf(index), "main", "binary-all", "Packages.xz"), "a newer generation");
    }
    site = await serveArchive(root);
  });
  after(async () => {
    await site?.close();
    await rm(work, { recursive: true, force: true });
  });

  it("the cases cover both answers of the repository format", () => {
    assert.ok(CASES.some((spec) => spec.read) && CASES.some((spec) => !spec.read));
  });

  for (const [index, spec] of CASES.entries()) {
    it(`${spec.name}: binary-all ${spec.read ? "is" : "is not"} read, by apt and by us alike`, async () => {
      const client = new ArchiveClient({ cacheDir: join(work, `cache-${index}`), keys: key.keys });
      try {
        const indexes = await client.packagesIndexes(
          { url: site.url, suite: suiteOf(index) },
          ["main"],
          [ARCHITECTURE],
        );
        const names = indexes.flatMap((item) =>
          packageRecordsFromIndex(item.text, site.url).map((record) => record.name),
        );
        assert.deepEqual(
          indexes.map((item) => item.architecture),
          spec.read ? [ARCHITECTURE, "all"] : [ARCHITECTURE],
        );
        assert.equal(names.includes("only-in-all"), spec.read, "the package only binary-all lists");
        assert.ok(names.includes("arch-tool"));
      } finally {
        await client.close();
      }
      await privateAptRoot(ARCHITECTURE, "", [
        { url: site.url, suites: [suiteOf(index)], components: ["main"], signedBy: key.keyringFile },
      ]);
      const ours = binaryAllReads(index, false);
      const apts = binaryAllReads(index, true);
      assert.equal(
        apts > 0,
        spec.read,
        `apt-get ${spec.read ? "read" : "did not read"} binary-all, as the format says`,
      );
      assert.equal(ours > 0, apts > 0, "our client reads binary-all exactly when apt does");
    });
  }
});
