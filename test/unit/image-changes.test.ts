// The comparison of two images' package sets (debian's image-changes.ts) and what it takes from an
// image's annotations (image-packages.ts), case by case: a version change, a package added and one
// removed, a name co-installed for two architectures matched by architecture, an `all` package
// turned per-architecture, a platform only one image has, bytewise order; the base an image
// records when all its platforms agree, and whether it changed only when both are known; platforms
// in containerd's normal form; a recorded base whose digest is not one is no base.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  comparePackages,
  type ImagePackages,
  type InstalledPackage,
  type PlatformPackages,
  platformKey,
  platformWanted,
  recordedBase,
} from "@image-actions/debian";
import { parsePlatform } from "@image-actions/oci";

const BASE_A = { name: `registry.example/base@sha256:${"a".repeat(64)}`, digest: `sha256:${"a".repeat(64)}` };
const BASE_B = { name: `registry.example/base@sha256:${"b".repeat(64)}`, digest: `sha256:${"b".repeat(64)}` };

function installed(...specs: string[]): InstalledPackage[] {
  return specs.map((spec) => {
    const [name, version, architecture] = spec.split(" ") as [string, string, string];
    return { name, version, architecture, provides: [] };
  });
}

function platform(
  name: string,
  packages: InstalledPackage[],
  base: PlatformPackages["base"] = BASE_A,
): PlatformPackages {
  return { platform: name, manifestDigest: `sha256:${"c".repeat(64)}`, base, installed: packages };
}

function image(digest: string, ...platforms: PlatformPackages[]): ImagePackages {
  return {
    image: `registry.example/app@sha256:${digest.repeat(64)}`,
    digest: `sha256:${digest.repeat(64)}`,
    platforms,
  };
}

describe("comparePackages", () => {
  it("a version change, an addition and a removal, in bytewise name order; the rest counted unchanged", () => {
    const changes = comparePackages(
      image(
        "1",
        platform(
          "linux/amd64",
          installed("libc6 2.36-9 amd64", "zlib1g 1:1.2 amd64", "old-tool 1.0 amd64", "Zed 1 amd64"),
        ),
      ),
      image(
        "2",
        platform(
          "linux/amd64",
          installed("libc6 2.36-9+deb12u1 amd64", "zlib1g 1:1.2 amd64", "new-tool 2.0 all", "Zed 1 amd64"),
        ),
      ),
    );
    const [amd64] = changes.platforms;
    assert.deepEqual(amd64, {
      platform: "linux/amd64",
      in: "both",
      old: { manifestDigest: `sha256:${"c".repeat(64)}`, base: BASE_A },
      new: { manifestDigest: `sha256:${"c".repeat(64)}`, base: BASE_A },
      added: [{ name: "new-tool", architecture: "all", version: "2.0" }],
      removed: [{ name: "old-tool", architecture: "amd64", version: "1.0" }],
      changed: [{ name: "libc6", architecture: "amd64", old: "2.36-9", new: "2.36-9+deb12u1" }],
      unchanged: 2,
    });
    assert.equal(changes.identical, false);
  });

  it("a name co-installed for two architectures is matched by architecture", () => {
    const changes = comparePackages(
      image("1", platform("linux/amd64", installed("libfoo 1.0 amd64", "libfoo 1.0 i386"))),
      image("2", platform("linux/amd64", installed("libfoo 1.1 amd64"))),
    );
    const [amd64] = changes.platforms;
    assert.deepEqual(amd64?.changed, [{ name: "libfoo", architecture: "amd64", old: "1.0", new: "1.1" }]);
    assert.deepEqual(amd64?.removed, [{ name: "libfoo", architecture: "i386", version: "1.0" }]);
  });

  it("one package of a name on each side is one package, whatever its architecture", () => {
    const changes = comparePackages(
      image("1", platform("linux/arm64", installed("tzdata 2024a all"))),
      image("2", platform("linux/arm64", installed("tzdata 2024a arm64"))),
    );
    assert.deepEqual(changes.platforms[0]?.changed, [
      { name: "tzdata", architecture: "arm64", old: "2024a", new: "2024a", oldArchitecture: "all" },
    ]);
  });

  it("a platform only one image has is reported as such, with no package lists", () => {
    const changes = comparePackages(
      image("1", platform("linux/amd64", installed("a 1 amd64")), platform("linux/arm/v7", installed("a 1 armhf"))),
      image("2", platform("linux/amd64", installed("a 1 amd64")), platform("linux/arm64", installed("a 1 arm64"))),
    );
    assert.deepEqual(
      changes.platforms.map((item) => [
        item.platform,
        item.in,
        item.added.length,
        item.removed.length,
        item.old === null,
      ]),
      [
        ["linux/amd64", "both", 0, 0, false],
        ["linux/arm/v7", "old", 0, 0, false],
        ["linux/arm64", "new", 0, 0, true],
      ],
    );
  });

  it("the image's base is the one all its platforms record; changed only when both images record one", () => {
    const moved = comparePackages(
      image("1", platform("linux/amd64", [], BASE_A), platform("linux/arm64", [], BASE_A)),
      image("2", platform("linux/amd64", [], BASE_B), platform("linux/arm64", [], BASE_B)),
    );
    assert.deepEqual(moved.base, { old: BASE_A, new: BASE_B, changed: true });
    const split = comparePackages(
      image("1", platform("linux/amd64", [], BASE_A), platform("linux/arm64", [], BASE_B)),
      image("2", platform("linux/amd64", [], BASE_B)),
    );
    assert.deepEqual(split.base, { old: null, new: BASE_B, changed: null });
    const none = comparePackages(
      image("1", platform("linux/amd64", [], null)),
      image("2", platform("linux/amd64", [], null)),
    );
    assert.deepEqual(none.base, { old: null, new: null, changed: null });
  });
});

describe("platforms and recorded bases", () => {
  for (const [given, normal] of [
    ["linux/arm64/v8", "linux/arm64"],
    ["linux/arm64", "linux/arm64"],
    ["linux/arm", "linux/arm/v7"],
    ["linux/arm/v6", "linux/arm/v6"],
    ["linux/amd64/v1", "linux/amd64"],
    ["linux/amd64/v3", "linux/amd64/v3"],
  ] as const)
    it(`${given} is ${normal}`, () => assert.equal(platformKey(parsePlatform(given)), normal));

  it("--platform os/arch takes any variant; os/arch/variant only that one", () => {
    assert.ok(platformWanted(parsePlatform("linux/arm64/v8"), [parsePlatform("linux/arm64")]));
    assert.ok(platformWanted(parsePlatform("linux/arm64"), [parsePlatform("linux/arm64/v8")]));
    assert.ok(platformWanted(parsePlatform("linux/arm/v6"), [parsePlatform("linux/arm")]));
    assert.ok(!platformWanted(parsePlatform("linux/arm/v6"), [parsePlatform("linux/arm/v7")]));
    assert.ok(!platformWanted(parsePlatform("linux/amd64"), [parsePlatform("linux/arm64")]));
    assert.ok(platformWanted(parsePlatform("linux/amd64"), undefined));
  });

  it("a recorded base needs a real digest; a name that is not a short string is left out", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    const fields = (name: unknown, value: unknown) => ({
      "org.opencontainers.image.base.name": name,
      "org.opencontainers.image.base.digest": value,
    });
    assert.deepEqual(recordedBase(fields("base:1", digest)), { name: "base:1", digest });
    assert.deepEqual(recordedBase(fields("x".repeat(513), digest)), { name: null, digest });
    assert.deepEqual(recordedBase(fields(7, digest)), { name: null, digest });
    for (const bad of ["sha256:../../x", "latest", `sha256:${"A".repeat(64)}`, 42, undefined])
      assert.equal(recordedBase(fields("base", bad)), null, String(bad));
    assert.equal(recordedBase(null), null);
    assert.equal(recordedBase("text"), null);
  });
});
