// deb822 control data as Packages indexes, dpkg status files and .deb control files are written:
// paragraphs split at blank (or whitespace-only) lines, continuation lines folded with ` .` as an
// empty line, comments skipped, CRLF tolerated, fields looked up regardless of case; malformed lines
// refused naming their line number with the line quoted, bounded and on one line; and on arbitrary
// text the parser either returns or throws such a one-line DebianError, never anything else. Package
// records from a Packages index carry every field the resolver and downloader need and are refused
// without Filename/Size/SHA256; installed packages come from status stanzas that are installed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { field, parseStanzas } from "../../packages/debian/src/control.ts";
import { DebianError } from "../../packages/debian/src/errors.ts";
import {
  installedPackagesFrom,
  packageRecordsFrom,
  packageRecordsFromIndex,
} from "../../packages/debian/src/packages-index.ts";

describe("parseStanzas", () => {
  it("reads paragraphs, folded fields, comments and line ends as deb822 writes them", () => {
    const cases: Array<[string, string, Array<Record<string, string>>]> = [
      ["one paragraph", "Package: a\nVersion: 1.0\n", [{ Package: "a", Version: "1.0" }]],
      ["no final newline", "Package: a", [{ Package: "a" }]],
      ["two paragraphs", "Package: a\n\nPackage: b\n", [{ Package: "a" }, { Package: "b" }]],
      [
        "several blank and whitespace-only separators",
        "\n\nPackage: a\n \t\n\n\nPackage: b\n\n",
        [{ Package: "a" }, { Package: "b" }],
      ],
      ["CRLF", "Package: a\r\nVersion: 1\r\n\r\nPackage: b\r\n", [{ Package: "a", Version: "1" }, { Package: "b" }]],
      [
        "a folded Depends",
        "Package: a\nDepends: libc6 (>= 2.36),\n libssl3 (>= 3.0)\n",
        [{ Package: "a", Depends: "libc6 (>= 2.36),\nlibssl3 (>= 3.0)" }],
      ],
      [
        "a description with an empty line and a verbatim line",
        "Description: short\n first\n .\n   verbatim\n",
        [{ Description: "short\nfirst\n\n  verbatim" }],
      ],
      ["a tab continuation", "Files:\n\tabc 1 x\n", [{ Files: "\nabc 1 x" }]],
      ["comments are skipped", "# header\nPackage: a\n# inside\nVersion: 1\n", [{ Package: "a", Version: "1" }]],
      ["values are trimmed", "Package:    a   \n", [{ Package: "a" }]],
      ["an empty value", "Package: a\nEssential:\n", [{ Package: "a", Essential: "" }]],
      ["a colon in the value", "Source: a (1:2.0-1)\n", [{ Source: "a (1:2.0-1)" }]],
      ["nothing", "", []],
      ["only blank lines and comments", "\n# c\n\n", []],
    ];
    for (const [what, text, expected] of cases) assert.deepEqual(parseStanzas(text), expected, what);
  });

  it("keeps a field named __proto__ as an ordinary field", () => {
    const [stanza] = parseStanzas("__proto__: x\nPackage: a\n");
    assert.equal(stanza && field(stanza, "__proto__"), "x");
    assert.equal(Object.getPrototypeOf(stanza), Object.prototype);
  });

  it("refuses malformed lines naming the line number and quoting the line", () => {
    const cases: Array<[string, string, RegExp]> = [
      [
        "a continuation first",
        " folded\n",
        /control data line 1: a continuation line with no field above it: " folded"$/,
      ],
      [
        "a continuation after a blank line",
        "Package: a\n\n more\n",
        /control data line 3: a continuation line with no field above it/,
      ],
      ["no colon", "Package: a\nnonsense\n", /control data line 2: expected "Field: value": "nonsense"$/],
      ["an empty field name", ": value\n", /control data line 1: malformed field name/],
      ["a space in the name", "Bad Name: x\n", /line 1: malformed field name/],
      ["a name starting with -", "-Field: x\n", /line 1: malformed field name/],
      ["a field twice", "Package: a\nVersion: 1\nversion: 2\n", /line 3: field version appears twice in one paragraph/],
      ["CRLF line numbers", "Package: a\r\n\r\nbad\r\n", /control data line 3: expected "Field: value": "bad"$/],
    ];
    for (const [what, text, message] of cases) {
      assert.throws(() => parseStanzas(text), DebianError, what);
      assert.throws(() => parseStanzas(text), message, what);
    }
  });

  it("bounds a quoted line and keeps it on one line", () => {
    const long = `x${"y".repeat(5000)}\u2028z`;
    assert.throws(
      () => parseStanzas(`Package: a\n${long}\n`),
      (error: Error) => error.message.length < 200 && !/[\n\r\u2028\u2029]/.test(error.message),
    );
  });

  it("returns or throws a one-line DebianError on arbitrary text", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc
        .array(
          fc.constantFrom("Package: a", "Depends: b", " cont", " .", "", "#c", "x", ":", "\r", "\u2028", "A: \u0085"),
        )
        .map((lines) => lines.join("\n")),
    );
    fc.assert(
      fc.property(text, (input) => {
        try {
          const stanzas = parseStanzas(input);
          assert.ok(Array.isArray(stanzas));
        } catch (error) {
          assert.ok(error instanceof DebianError, String(error));
          assert.doesNotMatch(error.message, /[\n\r\u0085\u2028\u2029]/);
          assert.ok(error.message.length < 300);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("field", () => {
  it("looks fields up regardless of case, as deb822 names are case-insensitive", () => {
    const [stanza] = parseStanzas("Package: a\nMulti-Arch: same\npre-depends: b\n");
    assert.ok(stanza);
    const cases: Array<[string, string | undefined]> = [
      ["Package", "a"],
      ["package", "a"],
      ["MULTI-ARCH", "same"],
      ["Pre-Depends", "b"],
      ["Depends", undefined],
      ["constructor", undefined],
    ];
    for (const [name, expected] of cases) assert.equal(field(stanza, name), expected, name);
  });
});

const SHA = "A".repeat(64);
const LIBPAM = `Package: libpam0g
Source: pam (1.5.2-6)
Version: 1.5.2-6+deb12u1
Architecture: amd64
Multi-Arch: same
Priority: optional
Pre-Depends: libc6 (>= 2.34)
Depends: libaudit1 (>= 1:2.2.1),
 debconf (>= 0.5) | debconf-2.0
Provides: libpam (= 1.5.2)
Filename: pool/main/p/pam/libpam0g_1.5.2-6+deb12u1_amd64.deb
Size: 68592
SHA256: ${SHA}
`;

describe("packageRecordsFrom", () => {
  it("reads every field a record carries", () => {
    const [record] = packageRecordsFrom(parseStanzas(LIBPAM), "https://archive.test/debian");
    assert.deepEqual(record, {
      name: "libpam0g",
      version: "1.5.2-6+deb12u1",
      architecture: "amd64",
      source: "pam",
      depends: [
        [{ name: "libaudit1", version: { operator: ">=", version: "1:2.2.1" } }],
        [{ name: "debconf", version: { operator: ">=", version: "0.5" } }, { name: "debconf-2.0" }],
      ],
      preDepends: [[{ name: "libc6", version: { operator: ">=", version: "2.34" } }]],
      provides: [{ name: "libpam", version: "1.5.2" }],
      priority: "optional",
      multiArch: "same",
      filename: "pool/main/p/pam/libpam0g_1.5.2-6+deb12u1_amd64.deb",
      size: 68592,
      sha256: "a".repeat(64),
      origin: "https://archive.test/debian",
    });
  });

  it("takes the package's own name as its source, and Essential: yes", () => {
    const text = `Package: base-files\nVersion: 12.4\nArchitecture: amd64\nEssential: yes\nFilename: f\nSize: 1\nSHA256: ${SHA}\n`;
    const [record] = packageRecordsFrom(parseStanzas(text), "o");
    assert.equal(record?.source, "base-files");
    assert.equal(record?.essential, true);
  });

  it("refuses a record it could not download or resolve, naming the package", () => {
    const without = (name: string) => LIBPAM.replace(new RegExp(`^${name}: .*\\n`, "m"), "");
    const replaced = (name: string, value: string) =>
      LIBPAM.replace(new RegExp(`^${name}: .*$`, "m"), `${name}: ${value}`);
    const cases: Array<[string, string, RegExp]> = [
      ["no Filename", without("Filename"), /o: package "libpam0g": no Filename field/],
      ["no Size", without("Size"), /package "libpam0g": no Size field/],
      ["no SHA256", without("SHA256"), /package "libpam0g": no SHA256 field/],
      ["no Version", without("Version"), /package "libpam0g": no Version field/],
      ["no Architecture", without("Architecture"), /package "libpam0g": no Architecture field/],
      ["a short SHA256", replaced("SHA256", "abc"), /SHA256 "abc" is not 64 hexadecimal digits/],
      ["a non-hex SHA256", replaced("SHA256", "g".repeat(64)), /is not 64 hexadecimal digits/],
      ["a negative Size", replaced("Size", "-1"), /Size "-1" is not a byte count/],
      ["a huge Size", replaced("Size", "9".repeat(30)), /is not a byte count/],
      ["a bad Version", replaced("Version", "x1"), /package "libpam0g": version "x1" does not start with a digit/],
      ["a bad Depends", replaced("Pre-Depends", "libc6 (>= )"), /package "libpam0g": Pre-Depends: relation field/],
      ["a bad Provides", replaced("Provides", "a | b"), /package "libpam0g": Provides/],
      ["a bad Source", replaced("Source", "pam (1.5"), /Source "pam \(1.5" is malformed/],
      ["no Package", without("Package"), /o: a stanza without a Package field/],
    ];
    // Relations are parsed when first read (an index has tens of thousands a resolution never
    // reads), so reading them is part of taking the record.
    const take = (text: string) => {
      for (const record of packageRecordsFrom(parseStanzas(text), "o")) void [record.depends, record.preDepends];
    };
    for (const [what, text, message] of cases) {
      assert.throws(() => take(text), DebianError, what);
      assert.throws(() => take(text), message, what);
    }
  });
});

describe("installedPackagesFrom", () => {
  it("keeps installed packages only, and counts status.d stanzas without Status as installed", () => {
    const text = [
      "Package: libc6\nStatus: install ok installed\nVersion: 2.36-9\nArchitecture: amd64\nMulti-Arch: same",
      "Package: held\nStatus: hold ok installed\nVersion: 1\nArchitecture: all",
      "Package: removed\nStatus: deinstall ok config-files\nVersion: 1\nArchitecture: amd64",
      "Package: half\nStatus: install ok unpacked\nVersion: 1\nArchitecture: amd64",
      "Package: broken\nStatus: install reinstreq installed\nVersion: 1\nArchitecture: amd64",
      "Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\nProvides: tzdata-bookworm",
    ].join("\n\n");
    assert.deepEqual(installedPackagesFrom(parseStanzas(text)), [
      { name: "libc6", version: "2.36-9", architecture: "amd64", provides: [], multiArch: "same" },
      { name: "held", version: "1", architecture: "all", provides: [] },
      { name: "tzdata", version: "2024a-0+deb12u1", architecture: "all", provides: [{ name: "tzdata-bookworm" }] },
    ]);
  });

  it("refuses an installed stanza it cannot judge relations against", () => {
    const cases: Array<[string, RegExp]> = [
      ["Package: a\nArchitecture: amd64", /dpkg status: package "a": no Version field/],
      ["Package: a\nVersion: 1", /dpkg status: package "a": no Architecture field/],
      ["Package: a\nVersion: -1\nArchitecture: amd64", /package "a": version "-1"/],
      ["Version: 1\nArchitecture: amd64", /dpkg status: a stanza without a Package field/],
    ];
    for (const [text, message] of cases) assert.throws(() => installedPackagesFrom(parseStanzas(text)), message, text);
  });
});

describe("packageRecordsFromIndex (the fast path over a whole index)", () => {
  const plain = (records: ReturnType<typeof packageRecordsFrom>) =>
    records.map((record) => ({ ...record, depends: record.depends, preDepends: record.preDepends }));
  const DUMB_INIT = `Package: dumb-init
Version: 1.2.5-2
Installed-Size: 72
Maintainer: Someone <someone@example.org>
Architecture: amd64
Depends: libc6 (>= 2.34)
Description: minimal init system for Linux containers
 dumb-init is a simple process supervisor
 .
 and init system.
description-md5: 0123
filename: pool/main/d/dumb-init/dumb-init_1.2.5-2_amd64.deb
Size: 14000
SHA256: ${"c".repeat(64)}
`;

  it("gives the records the general parser gives: folded fields, comments, CRLF and case included", () => {
    const text = `${LIBPAM}\n# a comment\n\n${DUMB_INIT.replace(/\n/g, "\r\n")}\n   \n${LIBPAM.replace("libpam0g", "libpam-two")}`;
    const origin = "https://archive.test/debian";
    assert.deepEqual(
      plain(packageRecordsFromIndex(text, origin)),
      plain(packageRecordsFrom(parseStanzas(text), origin)),
    );
    assert.equal(packageRecordsFromIndex(text, origin).length, 3);
  });

  it("agrees with the general parser on generated indexes", () => {
    const value = fc.stringMatching(/^[a-z0-9.+:~-]{1,12}$/);
    const stanza = fc.record({
      name: fc.stringMatching(/^[a-z0-9][a-z0-9+.-]{1,10}$/),
      version: fc.stringMatching(/^[0-9][a-z0-9.+~]{0,6}(-[0-9]{1,2})?$/),
      depends: fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9+.-]{1,8}$/), { maxLength: 3 }),
      // Distinct names: a field twice in one paragraph is refused by the general parser, and not read
      // at all by the fast path when it is not a record's field.
      extra: fc.uniqueArray(fc.tuple(fc.constantFrom("Tag", "Homepage", "Section", "MD5sum"), value), {
        maxLength: 3,
        selector: ([name]) => name,
      }),
      fold: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(stanza, { minLength: 1, maxLength: 5 }), (stanzas) => {
        const text = stanzas
          .map((item) =>
            [
              `Package: ${item.name}`,
              `Version: ${item.version}`,
              "Architecture: all",
              ...(item.depends.length > 0
                ? [item.fold ? `Depends: ${item.depends.join(",\n ")}` : `Depends: ${item.depends.join(", ")}`]
                : []),
              ...item.extra.map(([name, text]) => `${name}: ${text}`),
              `Filename: pool/${item.name}.deb`,
              "Size: 1",
              `SHA256: ${"a".repeat(64)}`,
            ].join("\n"),
          )
          .join("\n\n");
        const general = (() => {
          try {
            return plain(packageRecordsFrom(parseStanzas(text), "o"));
          } catch (error) {
            return (error as Error).name;
          }
        })();
        const fast = (() => {
          try {
            return plain(packageRecordsFromIndex(text, "o"));
          } catch (error) {
            return (error as Error).name;
          }
        })();
        assert.deepEqual(fast, general);
      }),
      { numRuns: 500 },
    );
  });
});
