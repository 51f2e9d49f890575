// debian-sources lines and the lock file: sources parse as written (suites, components, {codename}
// from os-release, snapshot dates) and bad lines fail naming the line; a lock file round-trips
// byte for byte whatever order it was built in, and any other text is refused with one line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  codenameOf,
  DebianError,
  type Lockfile,
  parseLockfile,
  parseSources,
  serializeLockfile,
  snapshotDate,
} from "@image-actions/debian";
import fc from "fast-check";

const SNAPSHOT = "https://snapshot.debian.org/archive/debian/20261201T000000Z";

describe("debian-sources lines", () => {
  it("reads URL, suites and components, filling {codename}", () => {
    assert.deepEqual(
      parseSources(
        [
          `${SNAPSHOT}/ {codename} {codename}-updates`,
          "",
          "# a comment",
          "https://snapshot.debian.org/archive/debian-security/20261201T000000Z {codename}-security components: main contrib",
        ],
        { codename: "bookworm" },
      ),
      [
        { url: SNAPSHOT, suites: ["bookworm", "bookworm-updates"], components: ["main"] },
        {
          url: "https://snapshot.debian.org/archive/debian-security/20261201T000000Z",
          suites: ["bookworm-security"],
          components: ["main", "contrib"],
        },
      ],
    );
  });

  const refused: Array<[string, RegExp]> = [
    ["bookworm", /is not a URL/],
    [`${SNAPSHOT}`, /name at least one suite/],
    [`ftp://example.org/debian bookworm`, /must be http or https/],
    [`https://user:pw@example.org/debian bookworm`, /may not carry credentials/],
    [`${SNAPSHOT} {codename}`, /\{codename\} needs the base image's VERSION_CODENAME/],
    [`${SNAPSHOT} ../../etc`, /is not a suite or component name/],
    [`${SNAPSHOT} bookworm components:`, /lists none/],
  ];
  for (const [line, why] of refused) {
    it(`refuses ${JSON.stringify(line)}`, () =>
      assert.throws(
        () => parseSources([line]),
        (error: Error) => error instanceof DebianError && why.test(error.message) && !error.message.includes("\n"),
      ));
  }

  it("takes the codename from os-release, or from Debian's version number", () => {
    assert.equal(codenameOf({ VERSION_CODENAME: "trixie", VERSION_ID: "13" }), "trixie");
    assert.equal(codenameOf({ VERSION_ID: "12" }), "bookworm");
    assert.equal(codenameOf({ ID: "debian" }), undefined);
  });

  it("knows a snapshot's date, and only a snapshot's", () => {
    assert.equal(snapshotDate(SNAPSHOT)?.toISOString(), "2026-12-01T00:00:00.000Z");
    assert.equal(snapshotDate(`${SNAPSHOT}/`)?.toISOString(), "2026-12-01T00:00:00.000Z");
    assert.equal(snapshotDate("https://example.org/debian"), undefined);
  });
});

describe("the lock file", () => {
  const entry = (name: string, architecture: string) => ({
    name,
    version: "1.0-1",
    architecture,
    source: name,
    url: `${SNAPSHOT}/pool/main/${name[0]}/${name}/${name}_1.0-1_${architecture}.deb`,
    size: 1234,
    sha256: "ab".repeat(32),
    from: `${SNAPSHOT} bookworm main`,
  });
  const lock = (order: "forward" | "reverse"): Lockfile => {
    const names = order === "forward" ? ["a", "b", "c"] : ["c", "b", "a"];
    const architectures: Lockfile["architectures"] = {};
    for (const arch of order === "forward" ? ["amd64", "arm64"] : ["arm64", "amd64"])
      architectures[arch] = names.map((name) => entry(name, arch));
    return {
      requested: ["a", "b=1.0-1"],
      sources: [{ url: SNAPSHOT, suites: ["bookworm"], components: ["main"] }],
      architectures,
    };
  };

  it("is the same text whatever order it was built in, and reads back to what was written", () => {
    const text = serializeLockfile(lock("forward"));
    assert.equal(serializeLockfile(lock("reverse")), text);
    assert.equal(serializeLockfile(parseLockfile(text)), text);
    assert.deepEqual(Object.keys(JSON.parse(text)), ["lockfileVersion", "requested", "sources", "architectures"]);
  });

  type Entries = Record<string, Array<Record<string, unknown>>>;
  const entryOf = (value: Record<string, unknown>, architecture: string, index: number) =>
    ((value.architectures as Entries)[architecture] as Array<Record<string, unknown>>)[index] as Record<
      string,
      unknown
    >;
  const broken: Array<[string, (value: Record<string, unknown>) => void, RegExp]> = [
    ["a wrong version", (value) => (value.lockfileVersion = 2), /lockfileVersion 2 is not 1/],
    [
      "a bad hash",
      (value) => (entryOf(value, "amd64", 0).sha256 = "x"),
      /architectures\.amd64\[0\]\.sha256 is not 64 lowercase hex/,
    ],
    [
      "a negative size",
      (value) => (entryOf(value, "arm64", 1).size = -1),
      /architectures\.arm64\[1\]\.size is not a byte count/,
    ],
    ["a file URL", (value) => (entryOf(value, "amd64", 2).url = "file:///etc/passwd"), /url is not an http\(s\) URL/],
  ];
  for (const [what, breakIt, why] of broken) {
    it(`refuses ${what}, naming the entry`, () => {
      const value = JSON.parse(serializeLockfile(lock("forward"))) as Record<string, unknown>;
      breakIt(value);
      assert.throws(() => parseLockfile(JSON.stringify(value), "lock.json"), why);
    });
  }

  it("refuses any other text with one DebianError line", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          parseLockfile(text);
        } catch (error) {
          assert.ok(error instanceof DebianError, String(error));
          assert.doesNotMatch(error.message, /\n/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
