// Debian version ordering is dpkg's exactly: dpkg's documented examples (epochs, `~` before
// everything, letters before other characters, digit runs compared as numbers, an absent revision
// equal to `0`) hold; malformed versions are refused with one-line DebianErrors; relations with every
// operator (and the obsolete `<`/`>` as dpkg reads them) agree; and over generated versions the
// ordering is antisymmetric and transitive and agrees with the real `dpkg --compare-versions`.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import fc from "fast-check";
import { DebianError } from "../../packages/debian/src/errors.ts";
import { compareVersions, parseVersion, satisfiesVersion } from "../../packages/debian/src/version.ts";

const run = promisify(execFile);

describe("compareVersions", () => {
  it("orders dpkg's documented examples as dpkg does", () => {
    const cases: Array<[string, "<" | "=" | ">", string, string]> = [
      ["1.0~rc1", "<", "1.0", "~ sorts before the end of the string"],
      ["1.0~~", "<", "1.0~", "two tildes before one"],
      ["1.0~~a", ">", "1.0~~", "a letter after the tildes sorts after the end"],
      ["1.0-1", "<", "1.0-1.1", "a longer revision with more parts"],
      ["1:0.1", ">", "2.0", "the epoch decides first"],
      ["0:1.0", "=", "1.0", "a missing epoch is 0"],
      ["1.0", "=", "1.0-0", "a missing revision is 0"],
      ["1.0-0", "=", "1.0-00", "digit runs compare as numbers"],
      ["1.2", "<", "1.10", "2 < 10 numerically, not as text"],
      ["1.0a", "<", "1.0+", "letters before non-letters"],
      ["1.0a", "<", "1.0.", "letters before ."],
      ["1.0+dfsg", "<", "1.0.dfsg", "+ before . (ASCII order among non-letters)"],
      ["1.0", "<", "1.0a", "the end of a run before a letter"],
      ["1.0", "<", "1.0.", "the end of a run before a non-letter"],
      ["1.0", "<", "1.0+b1", "a binNMU sorts after its base"],
      ["1.0.0", ">", "1.0", "an extra component sorts after"],
      ["1.0-1~bpo1", "<", "1.0-1", "a backport sorts before the release it backports"],
      ["2.36-9+deb12u4", ">", "2.36-9", "a stable update after the release"],
      ["1.0-a", ">", "1.0-0", "a letter revision after 0"],
      ["2:1.0", ">", "1:9.9", "higher epoch wins whatever follows"],
      ["1.0-2-1", ">", "1.0-1-9", "the revision is after the last hyphen"],
      ["10:1", ">", "9:1", "epochs compare numerically"],
      ["1.000000000000000000000001", "=", "1.1", "leading zeros do not count, however many"],
      ["1.99999999999999999999999", ">", "1.99999999999999999999998", "long digit runs do not overflow"],
    ];
    for (const [a, expected, b, why] of cases) {
      const sign = Math.sign(compareVersions(a, b));
      assert.equal(sign, { "<": -1, "=": 0, ">": 1 }[expected], `${a} ${expected} ${b}: ${why}`);
      assert.equal(Math.sign(compareVersions(b, a)), -sign || 0, `${b} vs ${a} reversed`);
    }
  });

  it("is antisymmetric and transitive over generated versions", () => {
    fc.assert(
      fc.property(version(), version(), version(), (a, b, c) => {
        assert.equal(Math.sign(compareVersions(a, b)), -Math.sign(compareVersions(b, a)) || 0);
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) assert.ok(compareVersions(a, c) <= 0);
        if (compareVersions(a, b) === 0 && compareVersions(b, c) === 0) assert.equal(compareVersions(a, c), 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with dpkg --compare-versions on generated pairs", async () => {
    await fc.assert(
      fc.asyncProperty(version(), version(), async (a, b) => {
        const [less, greater] = await Promise.all([dpkgSays(a, "lt", b), dpkgSays(a, "gt", b)]);
        const dpkgSign = less ? -1 : greater ? 1 : 0;
        assert.equal(Math.sign(compareVersions(a, b)), dpkgSign, `${a} vs ${b}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseVersion", () => {
  it("splits epoch, upstream and revision as dpkg does", () => {
    const cases: Array<[string, { epoch: number; upstream: string; revision: string }]> = [
      ["1.0", { epoch: 0, upstream: "1.0", revision: "" }],
      ["1:2.3-4", { epoch: 1, upstream: "2.3", revision: "4" }],
      ["2.0-rc1-3", { epoch: 0, upstream: "2.0-rc1", revision: "3" }],
      ["1:2:3-4", { epoch: 1, upstream: "2:3", revision: "4" }],
      [" 1.0 ", { epoch: 0, upstream: "1.0", revision: "" }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(parseVersion(text), expected, text);
  });

  it("refuses malformed versions with a one-line DebianError saying what is wrong", () => {
    const cases: Array<[string, RegExp]> = [
      ["", /is empty/],
      ["   ", /is empty/],
      ["1.0 2", /embedded whitespace/],
      [":1.0", /empty epoch/],
      ["a:1.0", /epoch that is not a number/],
      ["99999999999:1.0", /epoch that is too big/],
      ["1:", /nothing after the epoch/],
      ["1.0-", /empty revision/],
      ["-1", /empty upstream/],
      ["abc", /does not start with a digit/],
      ["1.0_2", /invalid character in its upstream/],
      ["1.0-1_2", /invalid character in its revision/],
      ["1:1.0-1:2", /invalid character in its revision/],
      ["1.0-1:2", /epoch that is not a number/],
      ["1.0\n\u2028x", /embedded whitespace/],
    ];
    for (const [text, message] of cases) {
      assert.throws(() => parseVersion(text), DebianError, JSON.stringify(text));
      assert.throws(() => parseVersion(text), message, JSON.stringify(text));
      try {
        parseVersion(text);
      } catch (error) {
        assert.doesNotMatch((error as Error).message, /[\n\r\u2028\u2029]/, "one line");
      }
    }
  });
});

describe("satisfiesVersion", () => {
  it("reads every operator as Policy §7.1 and dpkg do, the obsolete < and > as <= and >=", () => {
    const cases: Array<[string, Parameters<typeof satisfiesVersion>[1], string, boolean]> = [
      ["1.0", "<<", "1.1", true],
      ["1.1", "<<", "1.1", false],
      ["1.1", "<=", "1.1", true],
      ["1.2", "<=", "1.1", false],
      ["1.1-0", "=", "1.1", true],
      ["0:1.1", "=", "1.1", true],
      ["1.1", "=", "1.1-1", false],
      ["1.1", ">=", "1.1", true],
      ["1.1~rc1", ">=", "1.1", false],
      ["1.1", ">>", "1.1", false],
      ["1:0", ">>", "9.9", true],
      ["1.1", "<", "1.1", true],
      ["1.1", ">", "1.1", true],
      ["1.0", "<", "1.1", true],
      ["1.2", ">", "1.1", true],
    ];
    for (const [version, operator, wanted, expected] of cases)
      assert.equal(satisfiesVersion(version, operator, wanted), expected, `${version} ${operator} ${wanted}`);
  });
});

/** Valid Debian versions, short and from a small alphabet so ties, `~` and letters meet often. */
function version(): fc.Arbitrary<string> {
  const part = (alphabet: string, max: number) =>
    fc.array(fc.constantFrom(...alphabet), { maxLength: max }).map((characters) => characters.join(""));
  return fc
    .record({
      epoch: fc.option(fc.constantFrom("0", "1", "2", "10", "01"), { nil: undefined }),
      first: fc.constantFrom(..."0123456789"),
      upstream: part("0019aZz.+~-:", 6),
      revision: fc.option(
        fc.constantFrom("", "0").chain((lead) => part("0129az.+~", 4).map((r) => lead + r)),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ epoch, first, upstream, revision }) => {
      let body = first + upstream;
      // Without an epoch a colon would be read as one; without a revision a hyphen as its start.
      if (epoch === undefined) body = body.replaceAll(":", ".");
      if (revision === undefined || revision === "") body = body.replaceAll("-", "+");
      return `${epoch === undefined ? "" : `${epoch}:`}${body}${revision ? `-${revision}` : ""}`;
    });
}

async function dpkgSays(a: string, relation: "lt" | "gt", b: string): Promise<boolean> {
  try {
    await run("dpkg", ["--compare-versions", a, relation, b]);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 1) return false;
    throw error;
  }
}
