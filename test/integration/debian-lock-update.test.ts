// Re-resolving a lock on purpose (issue 25, item 1), against a local signed archive on loopback and
// the distroless-like base fixture. Day one locks fixture-tool (→ fixture-lib) and a local .deb
// (→ fixture-extra) from the main suite. With nothing new, `image-actions lock --update` gives the
// old lock back byte for byte and says `unchanged`. The next day the security suite publishes
// fixture-lib 1.0-1+deb12u1: `--update` with that suite picks it up (and only it), keeps the local
// .deb's dependency, records the new sources, and an update of the updated lock against the sources
// it records is unchanged again. build-distroless with `lock-update: true` does the same in a build
// (lock-changed true, then false with the file untouched, the local .deb still installed), while a
// release build (`lock-update` off) keeps installing the committed lock. A missing old lock, text
// that is not a lock, and lock-update without a lockfile each fail in one line naming the input.
import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseLockfile } from "@image-actions/debian";
import { runActionInProcess } from "../support/action-in-process.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import {
  type ArchiveKey,
  makeArchiveKey,
  type ServedArchive,
  serveArchive,
  writeSignedSuite,
} from "../support/signed-archive.ts";
import { summaryText } from "../support/summary-text.ts";

const FIXED = "1.0-1+deb12u1";

/** A small amd64 library or tool of the fixture archive, depending on what it names. */
function archiveDeb(dir: string, name: string, version: string, depends: string): Promise<string> {
  return makeDeb(dir, {
    name,
    version,
    architecture: "amd64",
    depends,
    files: { [`usr/share/${name}/version`]: { content: `${version}\n` } },
  });
}

describe("lock --update and build-distroless lock-update", () => {
  let registry: TestRegistry;
  let base: DistrolessBase;
  let work: string;
  let key: ArchiveKey;
  let archive: ServedArchive;
  let appDeb: string;
  let mainLine: string;
  let securityLine: string;
  let env: NodeJS.ProcessEnv;
  /** Day one's lock, as `image-actions lock` wrote it. */
  let dayOne: string;

  before(async () => {
    registry = await startRegistry();
    base = await buildDistrolessBase(registry, "distroless/base", { platforms: ["linux/amd64"] });
    work = await mkdtemp(join(tmpdir(), "ia-lock-update-"));
    key = await makeArchiveKey(work);
    const debs = join(work, "debs");
    const site = join(work, "site");
    await writeSignedSuite(join(site, "debian"), key, {
      suite: "bookworm",
      fields: { Architectures: "amd64" },
      indexes: {
        main: {
          amd64: [
            await archiveDeb(debs, "fixture-lib", "1.0-1", "libc6"),
            await archiveDeb(debs, "fixture-tool", "1.0-1", "fixture-lib (>= 1.0)"),
            await archiveDeb(debs, "fixture-extra", "1.0-1", "libc6"),
          ],
        },
      },
    });
    archive = await serveArchive(site);
    mainLine = `${archive.url}/debian bookworm`;
    securityLine = `${archive.url}/debian-security bookworm-security`;
    appDeb = await makeDeb(join(work, "app"), {
      name: "demo-app",
      version: "1.0.0",
      architecture: "all",
      depends: "fixture-extra",
      files: { "usr/bin/demo-app": { content: "#!/bin/sh\necho demo\n", mode: 0o755 } },
    });
    env = await cliEnv([registry], { env: { XDG_CACHE_HOME: join(work, "cache"), RUNNER_TOOL_CACHE: "" } });
    dayOne = join(work, "day-one.lock.json");
    const locked = await runCli(
      [
        "lock",
        "--base",
        base.ref,
        "--source",
        mainLine,
        "--keyring",
        key.keyringFile,
        "--deb",
        appDeb,
        "-o",
        dayOne,
        "fixture-tool",
      ],
      env,
    );
    assert.equal(locked.code, 0, locked.stderr);
  });
  after(async () => {
    await archive?.close();
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  let nextDay: Promise<string> | undefined;
  /** The next day: the security suite publishes fixture-lib's fix (once, whichever test needs it first). */
  const publishNextDay = () => {
    nextDay ??= (async () =>
      writeSignedSuite(join(work, "site", "debian-security"), key, {
        suite: "bookworm-security",
        fields: { Architectures: "amd64" },
        indexes: { main: { amd64: [await archiveDeb(join(work, "debs-next-day"), "fixture-lib", FIXED, "libc6")] } },
      }))();
    return nextDay;
  };
  const update = (old: string, extra: string[]) =>
    runCli(["lock", "--update", old, "--base", base.ref, "--keyring", key.keyringFile, "--deb", appDeb, ...extra], env);
  const versions = async (path: string) =>
    Object.fromEntries(
      (parseLockfile(await readFile(path, "utf8")).architectures.amd64 ?? []).map((item) => [item.name, item.version]),
    );

  it("with nothing new, the lock comes back byte for byte and the CLI says unchanged", async () => {
    assert.deepEqual(await versions(dayOne), {
      "fixture-extra": "1.0-1",
      "fixture-lib": "1.0-1",
      "fixture-tool": "1.0-1",
    });
    const next = join(work, "nothing-new.lock.json");
    const run = await update(dayOne, ["-o", next]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(await readFile(next), await readFile(dayOne));
    assert.match(run.stderr.trim().split("\n").at(-1) ?? "", /^unchanged: /);
    // The same archive under another URL (as a nightly's dated snapshot URL moves every night): the
    // packages are the same, so the lock is still the old one, byte for byte, old URLs and all.
    const moved = join(work, "moved.lock.json");
    const elsewhere = await update(dayOne, ["--source", mainLine.replace("127.0.0.1", "localhost"), "-o", moved]);
    assert.equal(elsewhere.code, 0, elsewhere.stderr);
    assert.match(elsewhere.stderr, /^unchanged: /m);
    assert.deepEqual(await readFile(moved), await readFile(dayOne));
    // Without -o, the lock goes to stdout, as `lock` prints it.
    const printed = await update(dayOne, []);
    assert.equal(printed.code, 0, printed.stderr);
    assert.equal(`${printed.stdout.trimEnd()}\n`, await readFile(dayOne, "utf8"));
  });

  it("the next day, --update with the security suite picks up the fixed version and only it", async () => {
    await publishNextDay();
    const next = join(work, "next-day.lock.json");
    const run = await update(dayOne, ["--source", mainLine, "--source", securityLine, "-o", next, "--json"]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), {
      changed: true,
      changes: [{ architecture: "amd64", name: "fixture-lib", before: "1.0-1", after: FIXED }],
      lockfile: next,
    });
    const lock = parseLockfile(await readFile(next, "utf8"));
    // The local .deb's dependency stays; the request is day one's.
    assert.deepEqual(await versions(next), { "fixture-extra": "1.0-1", "fixture-lib": FIXED, "fixture-tool": "1.0-1" });
    assert.deepEqual(lock.requested, parseLockfile(await readFile(dayOne, "utf8")).requested);
    const fixed = lock.architectures.amd64?.find((item) => item.name === "fixture-lib");
    assert.match(fixed?.url ?? "", /\/debian-security\/pool\/main\/fixture-lib_1\.0-1\+deb12u1_amd64\.deb$/);
    assert.deepEqual(
      lock.sources.map((source) => `${source.url} ${source.suites.join(" ")}`),
      [mainLine, securityLine],
    );

    // The updated lock, updated again against the sources it records: unchanged, byte for byte.
    const again = join(work, "next-day-again.lock.json");
    const repeat = await update(next, ["-o", again]);
    assert.equal(repeat.code, 0, repeat.stderr);
    assert.match(repeat.stderr, /^unchanged: /m);
    assert.deepEqual(await readFile(again), await readFile(next));
  });

  describe("build-distroless", () => {
    before(publishNextDay);
    const build = (lockfile: string, extra: Record<string, string>) =>
      runActionInProcess(
        "build-distroless",
        {
          base: base.ref,
          "debian-packages": "fixture-tool",
          "debian-sources": `${mainLine}\n${securityLine}`,
          "debian-keyring": key.keyringFile,
          packages: appDeb,
          lockfile,
          push: "false",
          output: join(work, `layout-${Math.random().toString(36).slice(2)}`),
          "source-date-epoch": "1700000000",
          ...extra,
        },
        { XDG_CACHE_HOME: join(work, "cache"), RUNNER_TOOL_CACHE: "" },
      );
    const installed = (run: Awaited<ReturnType<typeof build>>) =>
      Object.fromEntries(
        (JSON.parse(run.outputs.packages ?? "[]") as Array<{ name: string; version: string; from: string }>)
          .filter((item) => item.from !== "base")
          .map((item) => [item.name, `${item.version} (${item.from})`]),
      );

    it("a release build (lock-update off) installs the committed lock, untouched, whatever the sources now hold", async () => {
      const lockfile = join(work, "release.lock.json");
      await copyFile(dayOne, lockfile);
      const run = await build(lockfile, {});
      assert.equal(run.exitCode, 0, run.errors.join("\n"));
      assert.equal(run.outputs["lock-changed"], "false");
      assert.equal(run.outputs.lockfile, lockfile);
      assert.deepEqual(await readFile(lockfile), await readFile(dayOne));
      assert.equal(installed(run)["fixture-lib"], "1.0-1 (archive)");
    });

    it("lock-update: true rewrites the lock with the fix, then with nothing new leaves it and the digest alone", async () => {
      const lockfile = join(work, "nightly.lock.json");
      await copyFile(dayOne, lockfile);
      const first = await build(lockfile, { "lock-update": "true" });
      assert.equal(first.exitCode, 0, first.errors.join("\n"));
      assert.equal(first.outputs["lock-changed"], "true");
      assert.equal(first.outputs.lockfile, lockfile);
      assert.deepEqual(await versions(lockfile), {
        "fixture-extra": "1.0-1",
        "fixture-lib": FIXED,
        "fixture-tool": "1.0-1",
      });
      assert.deepEqual(installed(first), {
        "demo-app": "1.0.0 (file)",
        "fixture-extra": "1.0-1 (archive)",
        "fixture-lib": `${FIXED} (archive)`,
        "fixture-tool": "1.0-1 (archive)",
      });
      assert.match(summaryText(first.summary), /fixture-lib 1\.0-1 → 1\.0-1\+deb12u1/);
      const written = await readFile(lockfile);

      // The next night, nothing new, and the archive reached under another URL (a new snapshot date):
      // the lock file is left as it was.
      const second = await build(lockfile, {
        "lock-update": "true",
        "debian-sources": `${mainLine}\n${securityLine}`.replaceAll("127.0.0.1", "localhost"),
      });
      assert.equal(second.exitCode, 0, second.errors.join("\n"));
      assert.equal(second.outputs["lock-changed"], "false");
      assert.deepEqual(await readFile(lockfile), written);
      assert.equal(second.outputs.digest, first.outputs.digest);
      assert.match(summaryText(second.summary), /no package changed/);
    });

    it("lock-update without a lockfile fails in one line naming lockfile", async () => {
      const run = await build("", { "lock-update": "true" });
      assert.equal(run.exitCode, 1);
      assert.equal(run.errors.length, 1, run.stdout);
      assert.match(run.errors[0] ?? "", /lockfile.*lock-update/);
    });
  });

  it("a missing old lock, or a file that is not a lock, fails in one line naming it", async () => {
    const notALock = join(work, "not-a-lock.json");
    await writeFile(notALock, '{"name": "some-package.json"}\n');
    const cases: Array<[string, RegExp]> = [
      [join(work, "no-such.lock.json"), /^image-actions: lock file .*no-such\.lock\.json: cannot read it \(ENOENT\)$/],
      [notALock, /^image-actions: .*not-a-lock\.json: lockfileVersion undefined is not 1$/],
      [appDeb, /^image-actions: .*demo-app_1\.0\.0_all\.deb is not valid JSON$/],
    ];
    for (const [old, says] of cases) {
      const run = await update(old, ["-o", join(work, "never-written.json")]);
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stderr.trim(), says);
      assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
    }
  });
});
