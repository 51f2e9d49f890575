// Relation fields as Debian Policy §7.1 writes them: groups and `|` alternatives, version relations
// (the obsolete `<`/`>` read as dpkg reads them), `:any`/`:native`/architecture qualifiers, `[arch]`
// restrictions (and which architectures they apply on); Provides with its `=`-only versions; malformed
// input refused with a one-line DebianError, and on arbitrary text nothing else is ever thrown.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { DebianError } from "../../packages/debian/src/errors.ts";
import {
  appliesOnArchitecture,
  formatAlternatives,
  parseProvides,
  parseRelations,
} from "../../packages/debian/src/relations.ts";
import type { RelationField } from "../../packages/debian/src/types.ts";

describe("parseRelations", () => {
  it("reads groups, alternatives, versions, qualifiers and architecture lists", () => {
    const cases: Array<[string, RelationField]> = [
      ["", []],
      ["libc6", [[{ name: "libc6" }]]],
      ["libc6 (>= 2.36)", [[{ name: "libc6", version: { operator: ">=", version: "2.36" } }]]],
      ["libc6(>=2.36)", [[{ name: "libc6", version: { operator: ">=", version: "2.36" } }]]],
      [
        "a (>= 1.0) | b:any [amd64], c",
        [
          [
            { name: "a", version: { operator: ">=", version: "1.0" } },
            { name: "b", archQualifier: "any", architectures: ["amd64"] },
          ],
          [{ name: "c" }],
        ],
      ],
      [
        "libpam0g (>= 1.5),\n libaudit1 (<< 1:3.0~) | x",
        [
          [{ name: "libpam0g", version: { operator: ">=", version: "1.5" } }],
          [{ name: "libaudit1", version: { operator: "<<", version: "1:3.0~" } }, { name: "x" }],
        ],
      ],
      [
        "a (<< 2), b (<= 2), c (= 2), d (>> 2)",
        [
          [{ name: "a", version: { operator: "<<", version: "2" } }],
          [{ name: "b", version: { operator: "<=", version: "2" } }],
          [{ name: "c", version: { operator: "=", version: "2" } }],
          [{ name: "d", version: { operator: ">>", version: "2" } }],
        ],
      ],
      // dpkg still reads `<` and `>` as `<=` and `>=`; they are normalised to what they mean.
      [
        "a (< 2), b (> 2)",
        [
          [{ name: "a", version: { operator: "<=", version: "2" } }],
          [{ name: "b", version: { operator: ">=", version: "2" } }],
        ],
      ],
      [
        "python3:native, gcc:arm64",
        [[{ name: "python3", archQualifier: "native" }], [{ name: "gcc", archQualifier: "arm64" }]],
      ],
      ["a [!armhf !armel]", [[{ name: "a", architectures: ["!armhf", "!armel"] }]]],
      [
        "a (>= 1) [linux-any]",
        [[{ name: "a", version: { operator: ">=", version: "1" }, architectures: ["linux-any"] }]],
      ],
      ["libstdc++6, g++-12", [[{ name: "libstdc++6" }], [{ name: "g++-12" }]]],
    ];
    for (const [text, expected] of cases) assert.deepEqual(parseRelations(text), expected, JSON.stringify(text));
  });

  it("formats a group back the way it reads", () => {
    const [group] = parseRelations("a (>= 1.0) | b:any [amd64]");
    assert.equal(group && formatAlternatives(group), "a (>= 1.0) | b:any [amd64]");
  });

  it("refuses malformed relations with a one-line DebianError", () => {
    const cases: Array<[string, RegExp]> = [
      ["a,", /empty alternative/],
      [", a", /empty alternative/],
      ["a | | b", /empty alternative/],
      ["a (>= )", /malformed relation/],
      ["a (=> 1)", /malformed relation/],
      ["a (>= 1.0", /malformed relation/],
      ["a (>= abc)", /does not start with a digit/],
      ["a b", /malformed relation/],
      ["-a", /malformed relation/],
      ["a:", /malformed relation/],
      ["a []", /empty architecture list/],
      ["a [amd64 !arm64]", /mixes negated and plain/],
      ["a [AMD64]", /malformed architecture/],
      ["a <!nocheck>", /build profiles are for Build-Depends/],
      ["a\n\u2028b", /malformed relation/],
    ];
    for (const [text, message] of cases) {
      assert.throws(() => parseRelations(text), DebianError, JSON.stringify(text));
      assert.throws(() => parseRelations(text), message, JSON.stringify(text));
    }
  });

  it("returns or throws a one-line DebianError on arbitrary text", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc
        .array(
          fc.constantFrom("a", "b1", " ", ",", "|", "(", ")", ">=", "<<", "1.0", ":any", "[", "]", "!", "\n", "~", "<"),
        )
        .map((tokens) => tokens.join("")),
    );
    fc.assert(
      fc.property(text, (input) => {
        for (const parse of [parseRelations, parseProvides]) {
          try {
            parse(input);
          } catch (error) {
            assert.ok(error instanceof DebianError, String(error));
            assert.doesNotMatch(error.message, /[\n\r\u0085\u2028\u2029]/);
            assert.ok(error.message.length < 400, error.message);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("appliesOnArchitecture", () => {
  it("applies [arch] lists, negations and os-cpu wildcards as Policy §7.1 describes", () => {
    const cases: Array<[string, string, boolean]> = [
      ["a", "amd64", true],
      ["a [amd64]", "amd64", true],
      ["a [amd64]", "arm64", false],
      ["a [amd64 arm64]", "arm64", true],
      ["a [!armhf]", "armhf", false],
      ["a [!armhf]", "amd64", true],
      ["a [!armhf !armel]", "armel", false],
      ["a [linux-any]", "arm64", true],
      ["a [any-arm64]", "arm64", true],
      ["a [any-arm64]", "amd64", false],
      ["a [kfreebsd-any]", "amd64", false],
      ["a [!linux-any]", "amd64", false],
      ["a [any]", "armhf", true],
    ];
    for (const [text, architecture, expected] of cases) {
      const relation = parseRelations(text)[0]?.[0];
      assert.ok(relation);
      assert.equal(appliesOnArchitecture(relation, architecture), expected, `${text} on ${architecture}`);
    }
  });
});

describe("parseProvides", () => {
  it("reads virtual names with optional = versions", () => {
    const cases: Array<[string, Array<{ name: string; version?: string }>]> = [
      ["", []],
      ["mail-transport-agent", [{ name: "mail-transport-agent" }]],
      ["libz (= 1:1.2.13), zlib-api", [{ name: "libz", version: "1:1.2.13" }, { name: "zlib-api" }]],
      ["a(=1)", [{ name: "a", version: "1" }]],
    ];
    for (const [text, expected] of cases) assert.deepEqual(parseProvides(text), expected, text);
  });

  it("refuses what Provides may not hold (Policy §7.5)", () => {
    for (const text of ["a | b", "a (>= 1)", "a,", "a:any", "a (= x)"])
      assert.throws(() => parseProvides(text), DebianError, text);
  });
});
