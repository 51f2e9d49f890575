// mutable-tags globs: `*` and `?` only, matching the whole tag; every other character is literal.
import assert from "node:assert/strict";
import { it } from "node:test";
import { tagGlob } from "@image-actions/oci";

it("matches whole tags with * and ?, and nothing else specially", () => {
  const cases: Array<[string, string, boolean]> = [
    ["latest", "latest", true],
    ["latest", "latest2", false],
    ["nightly-*", "nightly-2026-11-23", true],
    ["nightly-*", "xnightly-1", false],
    ["1.?", "1.2", true],
    ["1.?", "1.20", false],
    ["1.2", "1x2", false],
    ["v(1)+", "v(1)+", true],
    ["v(1)+", "v11", false],
  ];
  for (const [pattern, tag, expected] of cases)
    assert.equal(tagGlob(pattern).test(tag), expected, `${pattern} ~ ${tag}`);
});
