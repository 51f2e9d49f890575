// The resolver adds what apt would add on top of a base image, and nothing more: Depends and
// Pre-Depends, `|` alternatives (an installed or already chosen one first, else the first with a
// candidate), virtual packages (installed provider, chosen provider, Priority: required, highest
// version, name), version relations with dpkg's ordering (epochs, `~`), the highest version meeting
// every constraint seen, `:any` and `[arch]`, only `all` and the target architecture, what the base
// satisfies left alone, cycles that end; failures name the whole chain; the output is deterministic.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { ResolutionError } from "../../packages/debian/src/errors.ts";
import { parseProvides, parseRelations } from "../../packages/debian/src/relations.ts";
import { type ResolutionRequest, resolveDependencies } from "../../packages/debian/src/resolver.ts";
import type { InstalledPackage, PackageRecord } from "../../packages/debian/src/types.ts";

interface Fields {
  depends?: string;
  preDepends?: string;
  provides?: string;
  architecture?: string;
  priority?: string;
  multiArch?: string;
  origin?: string;
}

function record(name: string, version: string, fields: Fields = {}): PackageRecord {
  const origin = fields.origin ?? "https://archive.test/debian";
  const architecture = fields.architecture ?? "amd64";
  return {
    name,
    version,
    architecture,
    source: name,
    depends: parseRelations(fields.depends ?? ""),
    preDepends: parseRelations(fields.preDepends ?? ""),
    provides: parseProvides(fields.provides ?? ""),
    ...(fields.priority ? { priority: fields.priority } : {}),
    ...(fields.multiArch ? { multiArch: fields.multiArch } : {}),
    filename: `pool/main/${name}_${version}_${architecture}.deb`,
    size: 1000,
    sha256: "0".repeat(64),
    origin,
  };
}

function local(name: string, version: string, fields: Fields = {}): PackageRecord {
  return { ...record(name, version, fields), filename: `/ci/${name}.deb`, origin: "file" };
}

function installed(name: string, version: string, fields: Fields = {}): InstalledPackage {
  return {
    name,
    version,
    architecture: fields.architecture ?? "amd64",
    provides: parseProvides(fields.provides ?? ""),
    ...(fields.multiArch ? { multiArch: fields.multiArch } : {}),
  };
}

function request(partial: Partial<ResolutionRequest>): ResolutionRequest {
  return { architecture: "amd64", requested: [], local: [], candidates: [], installed: [], ...partial };
}

/** What a user reads first: `name version` of each package to install, and what the base satisfied. */
function outcome(partial: Partial<ResolutionRequest>): { install: string[]; base: string[] } {
  const resolution = resolveDependencies(request(partial));
  return {
    install: resolution.packages.map((chosen) => `${chosen.name} ${chosen.version}`),
    base: resolution.satisfiedByBase,
  };
}

function failure(partial: Partial<ResolutionRequest>): ResolutionError {
  try {
    resolveDependencies(request(partial));
  } catch (error) {
    assert.ok(error instanceof ResolutionError, String(error));
    assert.doesNotMatch(error.message, /\n/);
    return error;
  }
  assert.fail("resolution succeeded");
}

const app = (depends: string, fields: Fields = {}) => local("app", "1.0", { ...fields, depends });

describe("resolveDependencies", () => {
  it("takes the first satisfiable alternative, preferring one installed or already chosen", () => {
    const cases: Array<[string, Partial<ResolutionRequest>, string[], string[]]> = [
      [
        "the first alternative",
        { local: [app("x | y")], candidates: [record("x", "1"), record("y", "1")] },
        ["app 1.0", "x 1"],
        [],
      ],
      ["the first with a candidate", { local: [app("x | y")], candidates: [record("y", "1")] }, ["app 1.0", "y 1"], []],
      [
        "an installed later alternative",
        { local: [app("x | y")], candidates: [record("x", "1"), record("y", "1")], installed: [installed("y", "1")] },
        ["app 1.0"],
        ["y"],
      ],
      [
        "an already chosen later alternative",
        { local: [app("y, x | y")], candidates: [record("x", "1"), record("y", "1")] },
        ["app 1.0", "y 1"],
        [],
      ],
      [
        "an alternative whose version does not fit is skipped",
        { local: [app("x (>= 2) | y")], candidates: [record("x", "1"), record("y", "1")] },
        ["app 1.0", "y 1"],
        [],
      ],
    ];
    for (const [what, partial, install, base] of cases) assert.deepEqual(outcome(partial), { install, base }, what);
  });

  it("picks a provider of a virtual package: installed, chosen, Priority: required, highest version, name", () => {
    const exim = record("exim4-daemon-light", "4.96-15", { provides: "mail-transport-agent", priority: "standard" });
    const postfix = record("postfix", "3.7.11-0", { provides: "mail-transport-agent", priority: "optional" });
    const required = record("tiny-mta", "0.1", { provides: "mail-transport-agent", priority: "required" });
    const cases: Array<[string, Partial<ResolutionRequest>, string[], string[]]> = [
      [
        "an installed provider",
        {
          local: [app("mail-transport-agent")],
          candidates: [exim, postfix, required],
          installed: [installed("postfix", "3.7.11-0", { provides: "mail-transport-agent" })],
        },
        ["app 1.0"],
        ["postfix"],
      ],
      [
        "an already chosen provider",
        { local: [app("postfix, mail-transport-agent")], candidates: [exim, postfix, required] },
        ["app 1.0", "postfix 3.7.11-0"],
        [],
      ],
      [
        "Priority: required",
        { local: [app("mail-transport-agent")], candidates: [exim, postfix, required] },
        ["app 1.0", "tiny-mta 0.1"],
        [],
      ],
      [
        "the highest version",
        { local: [app("mail-transport-agent")], candidates: [postfix, exim] },
        ["app 1.0", "exim4-daemon-light 4.96-15"],
        [],
      ],
      [
        "the name when versions tie",
        {
          local: [app("mta")],
          candidates: [record("zmta", "1", { provides: "mta" }), record("amta", "1", { provides: "mta" })],
        },
        ["amta 1", "app 1.0"],
        [],
      ],
      [
        "only a versioned Provides meets a versioned relation (Policy §7.5)",
        {
          local: [app("zlib-api (>= 1.2)")],
          candidates: [record("a", "9", { provides: "zlib-api" }), record("b", "1", { provides: "zlib-api (= 1.3)" })],
        },
        ["app 1.0", "b 1"],
        [],
      ],
    ];
    for (const [what, partial, install, base] of cases) assert.deepEqual(outcome(partial), { install, base }, what);
  });

  it("picks the highest version meeting every relation seen, with dpkg's ordering", () => {
    const libx = (version: string, fields: Fields = {}) => record("libx", version, fields);
    const cases: Array<[string, Partial<ResolutionRequest>, string[]]> = [
      [
        "the highest",
        { local: [app("libx")], candidates: [libx("1.0"), libx("2.0"), libx("1.10")] },
        ["app 1.0", "libx 2.0"],
      ],
      [
        "<< excludes",
        { local: [app("libx (<< 2.0)")], candidates: [libx("1.0"), libx("2.0"), libx("1.10")] },
        ["app 1.0", "libx 1.10"],
      ],
      ["= pins", { local: [app("libx (= 1.0)")], candidates: [libx("1.0"), libx("2.0")] }, ["app 1.0", "libx 1.0"]],
      [
        "an epoch outranks",
        { local: [app("libx")], candidates: [libx("1:1.0"), libx("2.0")] },
        ["app 1.0", "libx 1:1.0"],
      ],
      [
        "~ meets >= its own prerelease",
        { local: [app("libx (>= 2.0~rc1)")], candidates: [libx("1.9"), libx("2.0~rc1")] },
        ["app 1.0", "libx 2.0~rc1"],
      ],
      [
        "a constraint seen later lowers an earlier choice",
        {
          local: [app("libx (>= 1), b")],
          candidates: [libx("1"), libx("2"), libx("3"), record("b", "1", { depends: "libx (<< 3)" })],
        },
        ["app 1.0", "b 1", "libx 2"],
      ],
      [
        "several sources: the highest version wins",
        {
          local: [app("libx")],
          candidates: [
            libx("1.0", { origin: "https://a.test/debian" }),
            libx("1.1", { origin: "https://b.test/debian-security" }),
          ],
        },
        ["app 1.0", "libx 1.1"],
      ],
      [
        "Pre-Depends is a dependency",
        { local: [local("app", "1", { preDepends: "libz (>= 1)" })], candidates: [record("libz", "1.2")] },
        ["app 1", "libz 1.2"],
      ],
      [
        "a cycle ends",
        {
          local: [app("a")],
          candidates: [record("a", "1", { depends: "b" }), record("b", "1", { depends: "a (= 1)" })],
        },
        ["a 1", "app 1.0", "b 1"],
      ],
      [
        "a self-dependency ends",
        { local: [app("a")], candidates: [record("a", "1", { depends: "a" })] },
        ["a 1", "app 1.0"],
      ],
      [
        "a requested package and its pin",
        {
          requested: [{ name: "libx", version: "1.0" }],
          candidates: [libx("1.0", { depends: "liby" }), libx("2.0"), record("liby", "1")],
        },
        ["libx 1.0", "liby 1"],
      ],
    ];
    for (const [what, partial, install] of cases) assert.deepEqual(outcome(partial).install, install, what);
  });

  it("leaves alone what the base satisfies, and replaces what it does not", () => {
    const base = [
      installed("libc6", "2.36-9"),
      installed("libgcc-s1", "12.2.0-14", { provides: "libgcc1 (= 1:12.2.0-14)" }),
    ];
    const cases: Array<[string, Partial<ResolutionRequest>, string[], string[]]> = [
      [
        "a satisfied relation",
        { local: [app("libc6 (>= 2.36)")], candidates: [record("libc6", "2.36-9+deb12u4")], installed: base },
        ["app 1.0"],
        ["libc6"],
      ],
      [
        "a provided one",
        { local: [app("libgcc1 (>= 1:4.2)")], candidates: [record("libgcc1", "1:10")], installed: base },
        ["app 1.0"],
        ["libgcc-s1"],
      ],
      [
        "a requested package the base has",
        { requested: [{ name: "libc6" }], candidates: [record("libc6", "2.36-9+deb12u4")], installed: base },
        [],
        ["libc6"],
      ],
      [
        "too old in the base: a newer one is installed",
        { local: [app("libc6 (>= 2.36-9+deb12u1)")], candidates: [record("libc6", "2.36-9+deb12u4")], installed: base },
        ["app 1.0", "libc6 2.36-9+deb12u4"],
        [],
      ],
      [
        "a replacement that would break an earlier relation is lowered",
        {
          local: [app("libx (<< 2), b")],
          candidates: [record("b", "1", { depends: "libx (>= 1.5)" }), record("libx", "1.8"), record("libx", "2.5")],
          installed: [installed("libx", "1.0")],
        },
        ["app 1.0", "b 1", "libx 1.8"],
        [],
      ],
      [
        "installed packages of the status database do not need candidates",
        { local: [app("base-files, libc6")], installed: [...base, installed("base-files", "12.4+deb12u5")] },
        ["app 1.0"],
        ["base-files", "libc6"],
      ],
    ];
    for (const [what, partial, install, base] of cases) assert.deepEqual(outcome(partial), { install, base }, what);
  });

  it("honours [arch] restrictions, :any and Multi-Arch, and only all and the target architecture", () => {
    const cases: Array<[string, Partial<ResolutionRequest>, string[]]> = [
      [
        "[arm64] and [!amd64] on amd64",
        {
          local: [app("liba [arm64], libb [!amd64], libc [amd64]")],
          candidates: [record("liba", "1"), record("libb", "1"), record("libc", "1")],
        },
        ["app 1.0", "libc 1"],
      ],
      [
        "the same on arm64",
        {
          architecture: "arm64",
          local: [app("liba [arm64], libb [!amd64], libc [amd64]", { architecture: "arm64" })],
          candidates: ["liba", "libb", "libc"].map((name) => record(name, "1", { architecture: "arm64" })),
        },
        ["app 1.0", "liba 1", "libb 1"],
      ],
      [
        "an alternative dropped by its restriction",
        { local: [app("liba [arm64] | libb")], candidates: [record("liba", "1"), record("libb", "1")] },
        ["app 1.0", "libb 1"],
      ],
      [
        ":any by a Multi-Arch: allowed package",
        {
          local: [app("python3:any (>= 3.11)")],
          candidates: [record("python3", "3.11.2-1", { multiArch: "allowed" })],
        },
        ["app 1.0", "python3 3.11.2-1"],
      ],
      [
        ":native and the target architecture",
        {
          local: [app("libz:native, liby:amd64")],
          candidates: [record("libz", "1", { architecture: "all" }), record("liby", "1")],
        },
        ["app 1.0", "liby 1", "libz 1"],
      ],
      [
        "other architectures' records are not candidates",
        {
          local: [app("libx")],
          candidates: [
            record("libx", "9", { architecture: "arm64" }),
            record("libx", "1"),
            record("libx", "5", { architecture: "i386" }),
          ],
        },
        ["app 1.0", "libx 1"],
      ],
      [
        "Architecture: all",
        { local: [app("tzdata")], candidates: [record("tzdata", "2024a-0+deb12u1", { architecture: "all" })] },
        ["app 1.0", "tzdata 2024a-0+deb12u1"],
      ],
    ];
    for (const [what, partial, install] of cases) assert.deepEqual(outcome(partial).install, install, what);

    const anyInstalled = outcome({
      local: [app("perl:any")],
      installed: [installed("perl", "5.36.0-7", { multiArch: "allowed" })],
    });
    assert.deepEqual(
      anyInstalled,
      { install: ["app 1.0"], base: ["perl"] },
      ":any by an installed Multi-Arch: allowed",
    );
  });

  it("fails with the whole chain, each step the relation that was needed", () => {
    const cases: Array<[string, Partial<ResolutionRequest>, string[], string]> = [
      [
        "an unsatisfiable dependency deep down",
        {
          local: [app("libpam0g (>= 1.5)")],
          candidates: [record("libpam0g", "1.5.2-6", { depends: "libaudit1 (>= 1:2.2.1)" })],
        },
        ["app", "libpam0g (>= 1.5)", "libaudit1 (>= 1:2.2.1)"],
        "app → libpam0g (>= 1.5) → libaudit1 (>= 1:2.2.1): no candidate",
      ],
      [
        "an impossible pin",
        { requested: [{ name: "dumb-init", version: "9.9" }], candidates: [record("dumb-init", "1.2.5-2")] },
        ["dumb-init=9.9"],
        "dumb-init=9.9: no candidate (available: 1.2.5-2)",
      ],
      [
        "a requested package no source has",
        { requested: [{ name: "no-such-package" }], candidates: [record("dumb-init", "1.2.5-2")] },
        ["no-such-package"],
        "no-such-package: no candidate",
      ],
      [
        "a chain through a virtual package names the provider",
        { local: [app("mta")], candidates: [record("tiny-mta", "1", { provides: "mta", depends: "libgone" })] },
        ["app", "mta", "tiny-mta", "libgone"],
        "app → mta → tiny-mta → libgone: no candidate",
      ],
      [
        "no alternative has a candidate",
        { local: [app("x | y (>= 2)")], candidates: [record("y", "1")] },
        ["app", "x | y (>= 2)"],
        "app → x | y (>= 2): no candidate for any alternative",
      ],
      [
        "a version only the prerelease reaches",
        { local: [app("libx (>= 2.0)")], candidates: [record("libx", "2.0~rc1")] },
        ["app", "libx (>= 2.0)"],
        "app → libx (>= 2.0): no candidate (available: 2.0~rc1)",
      ],
      [
        "relations that exclude each other",
        {
          local: [app("libx (>= 2), b")],
          candidates: [record("libx", "1"), record("libx", "3"), record("b", "1", { depends: "libx (<< 2)" })],
        },
        ["app", "libx (>= 2)"],
        "app → libx (>= 2): no candidate also satisfies libx (<< 2) (needed by app → b → libx (<< 2))",
      ],
      [
        ":any by a package that is not Multi-Arch: allowed",
        { local: [app("perl:any")], candidates: [record("perl", "5.36.0-7")] },
        ["app", "perl:any"],
        "app → perl:any: no candidate",
      ],
      [
        "only another architecture has it",
        { local: [app("libarm")], candidates: [record("libarm", "1", { architecture: "arm64" })] },
        ["app", "libarm"],
        "app → libarm: no candidate for amd64 (only arm64)",
      ],
      [
        "a local package that does not meet a relation on it",
        { local: [app("lib (>= 2)"), local("lib", "1")] },
        ["app", "lib (>= 2)"],
        "app → lib (>= 2): local package lib 1 does not satisfy it",
      ],
      [
        "a local package for another architecture",
        { local: [local("app", "1", { architecture: "arm64" })] },
        ["app"],
        "app: local package is for arm64, not amd64",
      ],
    ];
    for (const [what, partial, chain, message] of cases) {
      const error = failure(partial);
      assert.deepEqual(error.chain, chain, what);
      assert.equal(error.message, message, what);
    }
  });

  it("says why each package is installed", () => {
    const resolution = resolveDependencies(
      request({
        local: [app("libpam0g (>= 1.5) | libpam-alt")],
        candidates: [record("libpam0g", "1.5.2-6", { depends: "libaudit1" }), record("libaudit1", "1:3.0.9-1")],
      }),
    );
    assert.deepEqual(resolution.reasons, {
      app: ["app"],
      libaudit1: ["app", "libpam0g (>= 1.5) | libpam-alt", "libpam0g", "libaudit1"],
      libpam0g: ["app", "libpam0g (>= 1.5) | libpam-alt", "libpam0g"],
    });
  });

  it("gives the same answer whatever order its inputs come in", () => {
    const candidates = [
      record("a", "1", { depends: "b | c, mta" }),
      record("b", "2", { depends: "d (>= 1)" }),
      record("b", "1"),
      record("c", "1"),
      record("d", "1", { depends: "a" }),
      record("d", "2", { depends: "libc6 (>= 2.36)" }),
      record("postfix", "3", { provides: "mta" }),
      record("exim", "4", { provides: "mta" }),
      record("e", "1", { depends: "python3:any", architecture: "all" }),
      record("python3", "3.11", { multiArch: "allowed" }),
    ];
    const requested = [{ name: "a" }, { name: "e" }, { name: "d", version: "2" }];
    const installedSet = [installed("libc6", "2.36-9"), installed("base-files", "12")];
    const expected = resolveDependencies(request({ requested, candidates, installed: installedSet }));
    assert.deepEqual(
      expected.packages.map((chosen) => `${chosen.name} ${chosen.version}`),
      ["a 1", "b 2", "d 2", "e 1", "exim 4", "python3 3.11"],
    );
    assert.deepEqual(expected.satisfiedByBase, ["libc6"]);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(candidates, { minLength: candidates.length }),
        fc.shuffledSubarray(requested, { minLength: requested.length }),
        fc.shuffledSubarray(installedSet, { minLength: installedSet.length }),
        (shuffledCandidates, shuffledRequested, shuffledInstalled) => {
          const again = resolveDependencies(
            request({ requested: shuffledRequested, candidates: shuffledCandidates, installed: shuffledInstalled }),
          );
          assert.deepEqual(again, expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
