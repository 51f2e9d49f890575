// Discovery for rescans: of a repository's tags only releases (`v?MAJOR.MINOR.PATCH`) count, compared
// as numbers; the newest release of each of the newest N majors is scanned, newest first (the issue's
// example, and properties over any tags: sorted, one per major, never a pre-release, at most N, and
// nothing newer left out). Categories name the registry, repository, major and platform, one
// spelling per repository; the categories of majors below the window retire, and nothing else does.
// The tag lister is the registry client's own, following its pages.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { RegistryClients } from "@image-actions/oci";
import fc from "fast-check";
import {
  defaultCategory,
  listRepositoryTags,
  parseReleaseVersion,
  releasesToScan,
  retiredMajors,
} from "../../packages/scan/src/discover.ts";
import { type HostileRegistry, startHostileRegistry } from "../support/hostile-registry.ts";

describe("releases to scan", () => {
  it("takes the newest release of each of the newest majors (the issue's example)", () => {
    const tags = ["1.0.0", "1.2.0", "2.0.1", "2.1.0", "3.0.0", "4.0.0-rc1", "4.1.0", "latest"];
    assert.deepEqual(releasesToScan(tags, 3), [
      { major: 4, tag: "4.1.0", version: "4.1.0" },
      { major: 3, tag: "3.0.0", version: "3.0.0" },
      { major: 2, tag: "2.1.0", version: "2.1.0" },
    ]);
  });

  it("compares numbers, not strings", () => {
    assert.deepEqual(releasesToScan(["1.9.0", "1.10.0", "1.2.10", "9.0.0", "10.0.0", "10.0.10", "10.0.9"], 2), [
      { major: 10, tag: "10.0.10", version: "10.0.10" },
      { major: 9, tag: "9.0.0", version: "9.0.0" },
    ]);
    assert.deepEqual(
      releasesToScan(["1.9.0", "1.10.0"], 1).map((release) => release.tag),
      ["1.10.0"],
    );
  });

  it("keeps the tag as written, and prefers the one without v when both name a release", () => {
    assert.deepEqual(releasesToScan(["v2.0.0", "v1.4.2"], 5), [
      { major: 2, tag: "v2.0.0", version: "2.0.0" },
      { major: 1, tag: "v1.4.2", version: "1.4.2" },
    ]);
    assert.deepEqual(releasesToScan(["v3.1.0", "3.1.0"], 1), [{ major: 3, tag: "3.1.0", version: "3.1.0" }]);
    assert.deepEqual(releasesToScan(["3.1.0", "v3.1.0"], 1), [{ major: 3, tag: "3.1.0", version: "3.1.0" }]);
  });

  it("takes a release's newest nightly rebuild (X.Y.Z-YYYYMMDD) over the release, and a newer release over both", () => {
    assert.deepEqual(releasesToScan(["1.2.3", "1.2.3-20261202", "1.2.3-20261130", "1.2.4-rc1"], 1), [
      { major: 1, tag: "1.2.3-20261202", version: "1.2.3" },
    ]);
    assert.deepEqual(releasesToScan(["1.2.3-20261202", "1.2.4", "v1.2.3-20261203"], 1), [
      { major: 1, tag: "1.2.4", version: "1.2.4" },
    ]);
  });

  const notReleases: Array<[string, string]> = [
    ["1.2.3-2026120", "a seven-digit rebuild date"],
    ["1.2.3-20261301", "a rebuild date in month 13"],
    ["1.2.3-19991201", "a rebuild date before 2000"],
    ["latest", "a name"],
    ["4.0.0-rc1", "a pre-release"],
    ["4.0.0+build.5", "build metadata"],
    ["1.2", "two parts"],
    ["1.2.3.4", "four parts"],
    ["01.2.3", "a leading zero"],
    ["1.02.3", "a leading zero in the minor"],
    ["V1.2.3", "a capital V"],
    ["version1.2.3", "a word before"],
    ["1.2.3-", "a trailing dash"],
    ["sha256-abc.sig", "a signature tag"],
    ["99999999999999999999.0.0", "a major beyond exact numbers"],
  ];
  for (const [tag, why] of notReleases) {
    it(`ignores ${tag} (${why})`, () => {
      assert.equal(parseReleaseVersion(tag), undefined);
      assert.deepEqual(releasesToScan([tag], 3), []);
    });
  }

  it("scans nothing for no majors, and refuses a count that is not a whole number", () => {
    assert.deepEqual(releasesToScan(["1.0.0"], 0), []);
    assert.throws(() => releasesToScan(["1.0.0"], -1), RangeError);
    assert.throws(() => releasesToScan(["1.0.0"], 1.5), RangeError);
  });

  const version = fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12));
  const tag = fc.oneof(
    version.map(([major, minor, patch]) => `${major}.${minor}.${patch}`),
    version.map(([major, minor, patch]) => `v${major}.${minor}.${patch}`),
    fc
      .tuple(version, fc.constantFrom("-rc1", "-alpha.2", "+build", "-1", "-20261201", "-20270115"))
      .map(([[major, minor, patch], suffix]) => `${major}.${minor}.${patch}${suffix}`),
    fc.constantFrom("latest", "main", "sha256-abc.sig", "1.2", "nightly-2026-01-01"),
    fc.string({ maxLength: 12 }),
  );
  const parse = (text: string) => text.split(".").map(Number) as [number, number, number];

  it("properties: newest first, one per major, only releases, at most N, and the newest of each major", () => {
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 40 }), fc.nat(6), (tags, majors) => {
        const releases = releasesToScan(tags, majors);
        assert.ok(releases.length <= majors);
        const seen = releases.map((release) => release.major);
        assert.equal(new Set(seen).size, seen.length, "one release per major");
        for (let i = 1; i < releases.length; i++) {
          assert.ok((releases[i - 1]?.major ?? 0) > (releases[i]?.major ?? 0), "newest major first");
        }
        const all = tags
          .filter((candidate) => parseReleaseVersion(candidate) !== undefined)
          .map((t) => t.replace(/^v/, "").replace(/-\d{8}$/, ""));
        for (const release of releases) {
          assert.ok(tags.includes(release.tag));
          assert.match(release.tag, /^v?\d+\.\d+\.\d+(-\d{8})?$/, "never a pre-release or build; a rebuild may be");
          assert.equal(release.tag.replace(/^v/, "").replace(/-\d{8}$/, ""), release.version);
          const [major, minor, patch] = parse(release.version);
          for (const other of all.map(parse)) {
            if (other[0] !== major) continue;
            assert.ok(other[1] < minor || (other[1] === minor && other[2] <= patch), "the newest of its major");
          }
        }
        // No newer major was passed over: the window is the newest majors there are.
        const majorsThere = [...new Set(all.map((text) => parse(text)[0]))].sort((a, b) => b - a);
        assert.deepEqual(seen, majorsThere.slice(0, majors));
      }),
      { numRuns: 500 },
    );
  });

  it("property: the order the registry lists tags in changes nothing", () => {
    fc.assert(
      fc.property(
        fc
          .array(tag, { maxLength: 30 })
          .chain((tags) => fc.tuple(fc.constant(tags), fc.shuffledSubarray(tags, { minLength: tags.length }))),
        fc.nat(5),
        ([tags, shuffled], majors) => {
          assert.deepEqual(releasesToScan(shuffled, majors), releasesToScan(tags, majors));
        },
      ),
    );
  });
});

describe("categories", () => {
  const cases: Array<[string, string, Parameters<typeof defaultCategory>[1], string]> = [
    ["a repository", "ghcr.io/acme/app", {}, "trivy/ghcr.io/acme/app"],
    ["a release line", "ghcr.io/acme/app", { major: 4 }, "trivy/ghcr.io/acme/app:4"],
    ["a platform", "ghcr.io/acme/app", { platform: "linux/arm64" }, "trivy/ghcr.io/acme/app/linux-arm64"],
    [
      "a release line's platform with a variant",
      "public.ecr.aws/acme/app",
      { major: 0, platform: "linux/arm/v7" },
      "trivy/public.ecr.aws/acme/app:0/linux-arm-v7",
    ],
    [
      "a platform object",
      "ghcr.io/acme/app",
      { platform: { os: "linux", architecture: "amd64" } },
      "trivy/ghcr.io/acme/app/linux-amd64",
    ],
    ["Docker Hub's short name, normalised", "nginx", {}, "trivy/docker.io/library/nginx"],
    [
      "Docker Hub's other host, normalised",
      "index.docker.io/library/nginx",
      { major: 1 },
      "trivy/docker.io/library/nginx:1",
    ],
    ["a registry with a port", "localhost:5000/team/app", { major: 2 }, "trivy/localhost:5000/team/app:2"],
    ["a registry host in capitals", "Registry.Example.com/app", {}, "trivy/registry.example.com/app"],
  ];
  for (const [name, repository, options, expected] of cases) {
    it(name, () => assert.equal(defaultCategory(repository, options), expected));
  }

  it("refuses a tag or a digest in the repository (alerts must follow releases), and bad parts", () => {
    assert.throws(() => defaultCategory("ghcr.io/acme/app:1.0.0"), /without tag or digest/);
    assert.throws(() => defaultCategory(`ghcr.io/acme/app@sha256:${"a".repeat(64)}`), /without tag or digest/);
    assert.throws(() => defaultCategory("ghcr.io/Acme/app"), /lowercase/);
    assert.throws(() => defaultCategory("ghcr.io/acme/app", { major: -1 }), RangeError);
    assert.throws(() => defaultCategory("ghcr.io/acme/app", { platform: "linux" }), /os\/architecture/);
  });

  it("retires the majors below the window, with and without platforms, and nothing else", () => {
    const prefix = defaultCategory("ghcr.io/acme/app");
    const existing = [
      "trivy/ghcr.io/acme/app:1",
      "trivy/ghcr.io/acme/app:1/linux-amd64",
      "trivy/ghcr.io/acme/app:1/linux-arm-v7/",
      "trivy/ghcr.io/acme/app:2",
      "trivy/ghcr.io/acme/app:3",
      "trivy/ghcr.io/acme/app:4/linux-amd64",
      "trivy/ghcr.io/acme/app:7",
      "trivy/ghcr.io/acme/app",
      "trivy/ghcr.io/acme/app/linux-amd64",
      "trivy/ghcr.io/acme/app-legacy:1",
      "trivy/ghcr.io/acme/app/sub:1",
      "trivy/ghcr.io/acme/app:1x",
      "trivy/ghcr.io/acme/app:01",
      "trivy/docker.io/acme/app:1",
      "/language:go",
    ];
    assert.deepEqual(retiredMajors(existing, [4, 3, 2], prefix), [
      "trivy/ghcr.io/acme/app:1",
      "trivy/ghcr.io/acme/app:1/linux-amd64",
      "trivy/ghcr.io/acme/app:1/linux-arm-v7",
    ]);
    assert.deepEqual(retiredMajors(existing, [], prefix), [], "no release found retires nothing");
    assert.deepEqual(retiredMajors(existing, [7], prefix), [
      "trivy/ghcr.io/acme/app:1",
      "trivy/ghcr.io/acme/app:1/linux-amd64",
      "trivy/ghcr.io/acme/app:1/linux-arm-v7",
      "trivy/ghcr.io/acme/app:2",
      "trivy/ghcr.io/acme/app:3",
      "trivy/ghcr.io/acme/app:4/linux-amd64",
    ]);
  });

  it("property: retired categories are never ones the kept releases upload under", () => {
    const prefix = defaultCategory("registry.test/acme/app");
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(20), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(20), fc.constantFrom(undefined, "linux/amd64", "linux/arm64")), { maxLength: 20 }),
        (kept, uploaded) => {
          const existing = uploaded.map(([major, platform]) =>
            defaultCategory("registry.test/acme/app", { major, ...(platform ? { platform } : {}) }),
          );
          const retired = retiredMajors(existing, kept, prefix);
          for (const category of retired) {
            const major = Number(/:(\d+)/.exec(category)?.[1]);
            assert.ok(kept.every((keptMajor) => keptMajor > major));
            assert.ok(existing.includes(category));
          }
          // Nothing kept (no release found) retires nothing.
          const lowest = kept.length === 0 ? Number.NEGATIVE_INFINITY : Math.min(...kept);
          assert.equal(
            retired.length,
            new Set(existing.filter((category) => Number(/:(\d+)/.exec(category)?.[1]) < lowest)).size,
          );
        },
      ),
    );
  });
});

describe("listing a repository's tags", () => {
  let registry: HostileRegistry;
  let clients: RegistryClients;

  before(async () => {
    registry = await startHostileRegistry();
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
  });
  after(async () => {
    await clients.close();
    await registry.close();
  });

  it("follows the registry's pages, and discovery picks from all of them", async () => {
    const pages = [
      ["1.0.0", "1.2.0", "2.0.1"],
      ["2.1.0", "3.0.0", "4.0.0-rc1"],
      ["4.1.0", "latest"],
    ];
    registry.route((_request, response, url) => {
      if (url.pathname !== "/v2/acme/app/tags/list") return false;
      const page = Number(url.searchParams.get("page") ?? 0);
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (page + 1 < pages.length) headers.link = `</v2/acme/app/tags/list?n=3&page=${page + 1}>; rel="next"`;
      response.writeHead(200, headers);
      response.end(JSON.stringify({ name: "acme/app", tags: pages[page] }));
      return true;
    });
    const tags = await listRepositoryTags(clients.for(registry.host), "acme/app");
    assert.deepEqual(tags, pages.flat());
    assert.deepEqual(
      releasesToScan(tags, 3).map((release) => release.tag),
      ["4.1.0", "3.0.0", "2.1.0"],
    );
    const retired = retiredMajors(
      [
        defaultCategory(`${registry.host}/acme/app`, { major: 1 }),
        defaultCategory(`${registry.host}/acme/app`, { major: 4 }),
      ],
      releasesToScan(tags, 3).map((release) => release.major),
      defaultCategory(`${registry.host}/acme/app`),
    );
    assert.deepEqual(retired, [`trivy/${registry.host}/acme/app:1`]);
  });
});
