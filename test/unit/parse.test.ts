// Table tests for the input parsers every action shares: good values parse, bad ones fail with one
// line that names the input.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  InputError,
  parseBoolean,
  parseCommand,
  parseEnum,
  parseInteger,
  parseKeyValues,
  parseList,
} from "@image-actions/action-kit";

function assertInputError(fn: () => unknown, input: string, pattern: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    assert.equal(error.input, input);
    assert.ok(error.message.startsWith(`input '${input}':`), error.message);
    assert.doesNotMatch(error.message, /\n/);
    assert.match(error.message, pattern);
    return true;
  });
}

describe("parseBoolean", () => {
  for (const [raw, expected] of [
    ["true", true],
    ["True", true],
    ["TRUE", true],
    [" false ", false],
    ["False", false],
  ] as const) {
    it(`'${raw}' is ${expected}`, () => assert.equal(parseBoolean("push", raw), expected));
  }
  for (const raw of ["yes", "1", "on", "", "tru"]) {
    it(`'${raw}' is an error naming the input`, () =>
      assertInputError(() => parseBoolean("push", raw), "push", /expected true or false/));
  }
});

describe("parseList", () => {
  const cases: Array<[string, boolean, string[]]> = [
    ["a\nb\n\n c \n", false, ["a", "b", "c"]],
    ["a,b\nc", true, ["a", "b", "c"]],
    ["a,b\nc", false, ["a,b", "c"]],
    ["# comment\nx", false, ["x"]],
    ["", false, []],
  ];
  for (const [raw, commas, expected] of cases) {
    it(`${JSON.stringify(raw)} (commas: ${commas})`, () => assert.deepEqual(parseList(raw, { commas }), expected));
  }
});

describe("parseEnum", () => {
  it("accepts an allowed value", () =>
    assert.equal(parseEnum("format", "bundle", ["legacy", "bundle", "both"]), "bundle"));
  it("rejects another, listing the allowed ones", () =>
    assertInputError(
      () => parseEnum("format", "sigstore", ["legacy", "bundle", "both"]),
      "format",
      /one of legacy, bundle, both, got 'sigstore'/,
    ));
});

describe("parseInteger", () => {
  it("parses a whole number", () => assert.equal(parseInteger("discover-majors", "3"), 3));
  for (const [raw, pattern] of [
    ["3.5", /whole number/],
    ["x", /whole number/],
    ["0", /at least 1/],
    ["99999999999999999999", /too large/],
  ] as const) {
    it(`'${raw}' fails`, () =>
      assertInputError(() => parseInteger("discover-majors", raw, { min: 1 }), "discover-majors", pattern));
  }
});

describe("parseKeyValues", () => {
  it("keeps '=' inside values and empty values", () =>
    assert.deepEqual(
      [...parseKeyValues("env", "A=1\nB=x=y\nC=")],
      [
        ["A", "1"],
        ["B", "x=y"],
        ["C", ""],
      ],
    ));
  for (const [raw, pattern] of [
    ["novalue", /KEY=VALUE/],
    ["=v", /KEY=VALUE/],
    ["A=1\nA=2", /given twice/],
    ["A B=1", /whitespace/],
  ] as const) {
    it(`${JSON.stringify(raw)} fails`, () => assertInputError(() => parseKeyValues("labels", raw), "labels", pattern));
  }
});

describe("parseCommand", () => {
  const cases: Array<[string, string[]]> = [
    ['["/app", "--port", "8080"]', ["/app", "--port", "8080"]],
    ["/app --port 8080", ["/app", "--port", "8080"]],
    [`/bin/sh -c 'echo "hi there"'`, ["/bin/sh", "-c", 'echo "hi there"']],
    [`a "b c" d\\ e`, ["a", "b c", "d e"]],
    [`"" x`, ["", "x"]],
    ["$HOME `id`", ["$HOME", "`id`"]],
    ["", []],
  ];
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)}`, () => assert.deepEqual(parseCommand("entrypoint", raw), expected));
  }
  for (const [raw, pattern] of [
    ["[1, 2]", /array of strings/],
    ["[oops", /invalid JSON/],
    ["'unterminated", /unterminated/],
    ["trailing\\", /backslash/],
  ] as const) {
    it(`${JSON.stringify(raw)} fails`, () =>
      assertInputError(() => parseCommand("entrypoint", raw), "entrypoint", pattern));
  }
});
