// `image-actions lock` with `{snapshot}` in a source URL (issue 25), against a local signed archive
// played as snapshot.debian.org plays it: two archive states (a package at 1.0, then at 1.1 a day
// later), each signed at its own time, and `/archive/debian/<time>/…` answered from the newest state
// at or before <time>. With `--snapshot-time` the lock resolves against the state of that time and
// records the filled URL (never the placeholder) as its source and in every package URL; without
// it, against today's state at 00:00 UTC; `lock --update` with a later time moves the lock to the
// later state (the nightly's path); a bad time is refused in one line naming the option.
// The CLI runs from dist/ (npm run build).
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  formatSnapshotTime,
  type Lockfile,
  parseLockfile,
  serializeLockfile,
  snapshotDayOf,
} from "@image-actions/debian";
import { cliEnv, runCli } from "../support/cli.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { makeArchiveKey, type ServedArchive, serveArchive, writeSignedSuite } from "../support/signed-archive.ts";

const PLATFORM = "linux/amd64";
const SUITE = "bookworm";
/** The archive states, by the time snapshot.debian.org would name each; the package's version in it. */
const STATES: Array<{ time: string; version: string }> = [
  { time: "20240601T000000Z", version: "1.0" },
  { time: "20240602T000000Z", version: "1.1" },
];
const KEY_CREATED = new Date("2024-01-01T00:00:00Z");
const SNAPSHOT_PATH = /^\/archive\/debian\/(\d{8}T\d{6}Z)(\/.*)$/;
const timeOf = (name: string) =>
  new Date(name.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));

describe("{snapshot} in lock sources", () => {
  let work: string;
  let registry: TestRegistry;
  let base: DistrolessBase;
  let site: ServedArchive;
  let keyringFile: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "debian-snapshot-"));
    registry = await startRegistry();
    base = await buildDistrolessBase(registry, "distroless/base", { platforms: [PLATFORM] });
    const key = await makeArchiveKey(work, KEY_CREATED);
    keyringFile = key.keyringFile;
    const states = join(work, "states");
    for (const state of STATES) {
      const deb = await makeDeb(join(work, `debs-${state.time}`), {
        name: "snap-tool",
        version: state.version,
        architecture: "amd64",
        depends: "libc6",
        files: { "usr/bin/snap-tool": { content: `#!/bin/sh\necho ${state.version}\n`, mode: 0o755 } },
      });
      await writeSignedSuite(join(states, state.time), key, {
        suite: SUITE,
        indexes: { main: { amd64: [deb] } },
        fields: { Architectures: "amd64" },
        signedAt: timeOf(state.time),
        // snapshot.debian.org keeps states whose Valid-Until has passed; judged at their own time.
        validUntil: null,
      });
    }
    const names = (await readdir(states)).sort();
    // snapshot.debian.org: a time names the newest state imported at or before it.
    site = await serveArchive(states, (path) => {
      const match = SNAPSHOT_PATH.exec(path);
      if (!match) return undefined;
      const state = names.filter((name) => timeOf(name) <= timeOf(match[1] as string)).at(-1);
      return state ? `/${state}${match[2]}` : undefined;
    });
    env = await cliEnv([registry], { env: { XDG_CACHE_HOME: join(work, "cache"), RUNNER_TOOL_CACHE: "" } });
  });
  after(async () => {
    await site?.close();
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  async function lock(extra: string[]): Promise<{ code: number; stderr: string; lockfile?: Lockfile }> {
    const output = join(await mkdtemp(join(work, "lock-")), "lock.json");
    const result = await runCli(
      [
        "lock",
        "--base",
        base.ref,
        "--source",
        `${site.url}/archive/debian/{snapshot} ${SUITE}`,
        "--keyring",
        keyringFile,
        "--platform",
        PLATFORM,
        ...extra,
        "-o",
        output,
        "snap-tool",
      ],
      env,
    );
    if (result.code !== 0) return { code: result.code, stderr: result.stderr };
    return { code: 0, stderr: result.stderr, lockfile: parseLockfile(await readFile(output, "utf8")) };
  }

  function assertLockedAt(lockfile: Lockfile | undefined, snapshot: string, version: string): void {
    const archive = `${site.url}/archive/debian/${snapshot}`;
    assert.deepEqual(lockfile?.sources, [{ url: archive, suites: [SUITE], components: ["main"] }]);
    const [entry] = lockfile?.architectures.amd64 ?? [];
    assert.equal(entry?.name, "snap-tool");
    assert.equal(entry?.version, version, `the state of ${snapshot}`);
    assert.ok(entry?.url.startsWith(`${archive}/pool/`), entry?.url);
    assert.equal(entry?.from, `${archive} ${SUITE} main`);
    assert.ok(!JSON.stringify(lockfile).includes("{snapshot}"));
  }

  const [first, second] = STATES as [(typeof STATES)[number], (typeof STATES)[number]];
  for (const [given, state] of [
    ["2024-06-01T12:00:00Z", first],
    ["20240602T000000Z", second],
    ["2024-06-02T09:00:00+02:00", second],
    ["2024-06-02T01:00:00+02:00", first],
  ] as const) {
    it(`--snapshot-time ${given} locks the state of that time and records its URL`, async () => {
      const result = await lock(["--snapshot-time", given]);
      assert.equal(result.code, 0, result.stderr);
      const snapshot = formatSnapshotTime(
        new Date(given.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z")),
      );
      assertLockedAt(result.lockfile, snapshot, state.version);
    });
  }

  it("without --snapshot-time, locks today's state (00:00 UTC) and records today's URL", async () => {
    const before = snapshotDayOf(new Date());
    const result = await lock([]);
    const after = snapshotDayOf(new Date());
    assert.equal(result.code, 0, result.stderr);
    // A run across midnight may take either day.
    const url = result.lockfile?.sources[0]?.url ?? "";
    const day = [before, after].map(formatSnapshotTime).find((name) => url.endsWith(`/${name}`));
    assert.ok(day, `${url} names today at 00:00 UTC`);
    assertLockedAt(result.lockfile, day, (STATES.at(-1) as (typeof STATES)[number]).version);
  });

  it("lock --update with {snapshot} and a later --snapshot-time moves the lock to that state and records its URL", async () => {
    const [first, second] = STATES as [(typeof STATES)[number], (typeof STATES)[number]];
    const old = await lock(["--snapshot-time", first.time]);
    assert.equal(old.code, 0, old.stderr);
    const oldFile = join(await mkdtemp(join(work, "old-")), "lock.json");
    await writeFile(oldFile, serializeLockfile(old.lockfile as Lockfile));
    const output = join(await mkdtemp(join(work, "new-")), "lock.json");
    const result = await runCli(
      [
        "lock",
        "--update",
        oldFile,
        "--base",
        base.ref,
        "--source",
        `${site.url}/archive/debian/{snapshot} ${SUITE}`,
        "--keyring",
        keyringFile,
        "--platform",
        PLATFORM,
        "--snapshot-time",
        second.time,
        "-o",
        output,
      ],
      env,
    );
    assert.equal(result.code, 0, result.stderr);
    assertLockedAt(parseLockfile(await readFile(output, "utf8")), second.time, second.version);
  });

  it("a time before any state fails naming the InRelease it could not get", async () => {
    const result = await lock(["--snapshot-time", "2024-05-01"]);
    assert.notEqual(result.code, 0);
    assert.match(
      result.stderr,
      /\/archive\/debian\/20240501T000000Z\/dists\/bookworm\/InRelease: the archive answered 404/,
    );
  });

  it("a bad --snapshot-time is refused in one line naming the option", async () => {
    const result = await lock(["--snapshot-time", "yesterday"]);
    assert.notEqual(result.code, 0);
    assert.match(
      result.stderr.trim(),
      /^image-actions: --snapshot-time "yesterday": expected a time as YYYYMMDDTHHMMSSZ/,
    );
    assert.equal(result.stderr.trim().split("\n").length, 1);
  });
});
