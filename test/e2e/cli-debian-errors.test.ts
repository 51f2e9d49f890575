// The bundled CLI's Debian commands fail as every command does: one line naming what was wrong
// (the lock file, the platform, a missing option), a non-zero exit, never "a bug" and a stack.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli } from "../support/cli.ts";

describe("image-actions lock and debs refuse bad input in one line", async () => {
  const dir = await mkdtemp(join(tmpdir(), "ia-cli-debian-"));
  const broken = join(dir, "broken.json");
  const valid = join(dir, "valid.json");
  await writeFile(
    valid,
    JSON.stringify({ lockfileVersion: 1, requested: [], sources: [], architectures: { amd64: [] } }),
  );
  await writeFile(
    broken,
    JSON.stringify({ lockfileVersion: 1, requested: [], sources: [], architectures: { amd64: [{}] } }),
  );
  const cases: Array<[string, string[], RegExp]> = [
    [
      "a missing lock file",
      ["debs", "--lock", join(dir, "nope.json"), "--platform", "linux/amd64", "-o", dir],
      /lock file .*nope\.json: cannot read it \(ENOENT\)/,
    ],
    [
      "a malformed lock entry",
      ["debs", "--lock", broken, "--platform", "linux/amd64", "-o", dir],
      /architectures\.amd64\[0\]\.sha256 is missing/,
    ],
    [
      "a platform Debian has no architecture for",
      ["debs", "--lock", valid, "--platform", "linux/mips", "-o", dir],
      /platform linux\/mips has no Debian architecture/,
    ],
    ["lock without a base", ["lock", "curl"], /lock needs --base IMAGE/],
    ["lock --update without a base", ["lock", "--update", valid], /lock --update needs --base IMAGE/],
    [
      "lock --update with packages of its own",
      ["lock", "--update", valid, "--base", "registry.example/base:1", "curl"],
      /lock --update takes the packages .*valid\.json requested; give no PACKAGE arguments/,
    ],
    [
      "lock --update --json without -o",
      ["lock", "--update", valid, "--base", "registry.example/base:1", "--json"],
      /lock --update --json needs -o NEW\.json/,
    ],
    [
      "a platform the lock file has no packages for",
      ["debs", "--lock", valid, "--platform", "linux/arm64", "-o", dir],
      /the lock file has no packages for arm64 \(it has amd64\)/,
    ],
    ["debs without a lock", ["debs", "--platform", "linux/amd64", "-o", dir], /debs needs --lock/],
  ];
  for (const [what, args, says] of cases) {
    it(what, async () => {
      const run = await runCli(args, { ...process.env });
      assert.equal(run.code, 1, run.stdout);
      const first = run.stderr.split("\n")[0] ?? "";
      assert.match(first, /^image-actions: /);
      assert.match(first, says);
      assert.doesNotMatch(run.stderr, /a bug|\n\s+at /);
    });
  }
});
