// The registry personalities hold to their own rules: every quirk cites a public source and has
// rules that do something, every personality has its row in the README's Registries table, and
// every test that row names exists. A personality's quirks are exercised by the whole-pipeline test
// (e2e/registry-personalities.test.ts), which also checks that each one fired.
import assert from "node:assert/strict";
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { PERSONALITIES } from "../support/registry-personalities.ts";
import { repoRoot } from "../support/tools.ts";

/** The rows of the README's "Registries" table, by their first cell. */
async function registriesTable(): Promise<Map<string, string>> {
  const readme = await readFile(join(repoRoot, "README.md"), "utf8");
  const start = readme.indexOf("\n## Registries\n");
  assert.ok(start >= 0, "the README has a Registries section");
  const section = readme.slice(start + 1, readme.indexOf("\n## ", start + 1));
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 3 || /^-+$/.test(cells[1] ?? "") || cells[1] === "Registry") continue;
    rows.set(cells[1] as string, line);
  }
  return rows;
}

describe("registry personalities", () => {
  for (const personality of PERSONALITIES) {
    it(`${personality.title}: each quirk says what it is, where it is documented, and has rules`, () => {
      for (const quirk of personality.quirks) {
        assert.ok(quirk.what.length > 0);
        assert.match(quirk.source, /https:\/\/\S+/, `${quirk.what}: a public source`);
        assert.ok(quirk.rules().length > 0, `${quirk.what}: rules that reproduce it`);
      }
    });
  }

  it("every personality has a row in the README's Registries table, naming tests that exist", async () => {
    const rows = await registriesTable();
    for (const personality of PERSONALITIES) {
      const row = rows.get(personality.title);
      assert.ok(row, `a README row for ${personality.title}`);
      const tests = [...row.matchAll(/`(test\/[\w./-]+\.test\.ts)`/g)].map((match) => match[1] as string);
      assert.ok(tests.length > 0, `${personality.title}: the row names its tests`);
      for (const test of tests) await access(join(repoRoot, test));
    }
  });
});
