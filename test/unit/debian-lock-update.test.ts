// What re-resolving a lock counts as a change (issue 25): a package added, removed, at another
// version or with other bytes, per architecture; never where it is downloaded from (a nightly's
// snapshot URL moves every night). The sources a lock records read back as the same sources.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatLockChange,
  type LockedPackage,
  type Lockfile,
  lockChanges,
  parseSources,
  sourceLinesOf,
} from "@image-actions/debian";

const DAY_ONE = "https://snapshot.debian.org/archive/debian/20261201T000000Z";
const DAY_TWO = "https://snapshot.debian.org/archive/debian/20261202T000000Z";

function locked(name: string, version: string, options: { at?: string; sha?: string; size?: number } = {}) {
  const at = options.at ?? DAY_ONE;
  return {
    name,
    version,
    architecture: "amd64",
    source: name,
    url: `${at}/pool/main/${name}_${version}_amd64.deb`,
    size: options.size ?? 1000,
    sha256: (options.sha ?? "a").repeat(64),
    from: `${at} bookworm main`,
  } satisfies LockedPackage;
}

function lock(architectures: Record<string, LockedPackage[]>): Lockfile {
  return {
    requested: ["libfoo1"],
    sources: [{ url: DAY_ONE, suites: ["bookworm"], components: ["main"] }],
    architectures,
  };
}

describe("lockChanges", () => {
  const cases: Array<[string, Lockfile, Lockfile, string[]]> = [
    [
      "the same packages from another snapshot: no change",
      lock({ amd64: [locked("libfoo1", "1.0-1"), locked("libbar2", "2.0-1")] }),
      lock({ amd64: [locked("libbar2", "2.0-1", { at: DAY_TWO }), locked("libfoo1", "1.0-1", { at: DAY_TWO })] }),
      [],
    ],
    [
      "a newer version",
      lock({ amd64: [locked("libfoo1", "1.0-1")] }),
      lock({ amd64: [locked("libfoo1", "1.0-1+deb12u1", { sha: "b" })] }),
      ["amd64 libfoo1 1.0-1 → 1.0-1+deb12u1"],
    ],
    [
      "the same version with other bytes",
      lock({ amd64: [locked("libfoo1", "1.0-1")] }),
      lock({ amd64: [locked("libfoo1", "1.0-1", { sha: "c" })] }),
      ["amd64 libfoo1 1.0-1 → 1.0-1 (other bytes)"],
    ],
    [
      "the same version and hash, another size",
      lock({ amd64: [locked("libfoo1", "1.0-1")] }),
      lock({ amd64: [locked("libfoo1", "1.0-1", { size: 1001 })] }),
      ["amd64 libfoo1 1.0-1 → 1.0-1 (other bytes)"],
    ],
    [
      "a dependency added and one removed",
      lock({ amd64: [locked("libfoo1", "1.0-1"), locked("libold0", "0.9-1")] }),
      lock({ amd64: [locked("libfoo1", "1.0-1"), locked("libnew3", "3.0-1")] }),
      ["amd64 libnew3 3.0-1 (added)", "amd64 libold0 0.9-1 (removed)"],
    ],
    [
      "an architecture added",
      lock({ amd64: [locked("libfoo1", "1.0-1")] }),
      lock({ amd64: [locked("libfoo1", "1.0-1")], arm64: [{ ...locked("libfoo1", "1.0-1"), architecture: "arm64" }] }),
      ["arm64 libfoo1 1.0-1 (added)"],
    ],
  ];
  for (const [what, before, after, expected] of cases) {
    it(what, () => {
      assert.deepEqual(lockChanges(before, after).map(formatLockChange), expected);
    });
  }
});

describe("sourceLinesOf", () => {
  it("the sources a lock records parse back as the same sources", () => {
    const sources = parseSources([
      `${DAY_ONE} bookworm bookworm-updates`,
      "https://snapshot.debian.org/archive/debian-security/20261201T000000Z bookworm-security components: main contrib",
    ]);
    assert.deepEqual(parseSources(sourceLinesOf(sources)), sources);
  });
});
