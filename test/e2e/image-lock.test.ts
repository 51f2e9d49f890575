// Every image carries the lock it was built from (issue 25 item 2). build-distroless (in-process,
// from source) builds dumb-init from the machine's real Debian archive plus a local .deb on the
// distroless-like base fixture, for amd64 and arm64, and pushes to a registry without the referrers
// API (the fallback tag schema). Then, through the CLI bundle: `lock --from-image` gives back the
// lock file the build wrote, byte for byte (with -o and on stdout, for the image and for one
// platform); the lock is a referrer of each platform manifest, typed as the lock, dated by
// source-date-epoch, and not of the index; a build from that lock gives the same digest; a build
// with no lock file input still carries the lock it resolved; a hand-formatted lock travels as it
// was read, and beside the tool's own layout of the same lock it is the same lock; promote and
// mirror carry the lock to a registry with the referrers API (which lists a referrer by its config's
// type, so the manifest decides) and back. An image without a lock, a platform it does not have,
// two locks that differ, a lock referrer that holds no lock and one past the size limit each fail in
// one line.
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { attachArtifact, LOCK_ARTIFACT_TYPE } from "@image-actions/build";
import { parseLockfile, serializeLockfile } from "@image-actions/debian";
import { RegistryClients } from "@image-actions/oci";
import { runActionInProcess } from "../support/action-in-process.ts";
import type { ActionRun } from "../support/action-runner.ts";
import { machineMainArchive, sourceLines } from "../support/apt-root.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { pushIndex } from "../support/images.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const SOURCE_DATE_EPOCH = 1700000000;

function succeeded(run: ActionRun, what: string): ActionRun {
  assert.equal(run.exitCode, 0, `${what} failed:\n${run.errors.join("\n")}\n${run.stdout.slice(-3000)}`);
  return run;
}

/** A CLI failure: exit 1 and exactly one line, naming what `pattern` says. */
function failsInOneLine(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.equal(result.code, 1, result.stdout + result.stderr);
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0] as string, /^image-actions: /);
  assert.doesNotMatch(result.stderr, /unexpected error|\n\s+at /);
  assert.match(lines[0] as string, pattern);
}

describe("the lock an image was built from", () => {
  let registry: TestRegistry;
  let referrersRegistry: TestRegistry;
  let base: DistrolessBase;
  let clients: RegistryClients;
  let env: NodeJS.ProcessEnv;
  let work: string;
  let appDeb: string;
  let sources: string;
  let lockFile: string;
  let firstDigest: string;

  before(async () => {
    [registry, referrersRegistry] = await Promise.all([startRegistry(), startRegistry({ kind: "referrers" })]);
    work = await mkdtemp(join(tmpdir(), "ia-image-lock-"));
    [base, appDeb, sources] = await Promise.all([
      buildDistrolessBase(registry, "distroless/base"),
      makeDeb(work, {
        name: "lock-app",
        version: "1.0.0",
        architecture: "all",
        files: { "usr/bin/lock-app": { content: "#!/bin/sh\necho app\n", mode: 0o755 } },
      }),
      machineMainArchive().then((archive) => sourceLines(archive).join("\n")),
    ]);
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    env = await cliEnv([registry, referrersRegistry]);
    lockFile = join(work, "lock.json");
  });
  after(async () => {
    await clients?.close();
    await Promise.all([registry?.stop(), referrersRegistry?.stop()]);
  });

  const build = (tags: string[], extra: Record<string, string> = {}) =>
    runActionInProcess("build-distroless", {
      base: base.ref,
      "debian-packages": "dumb-init",
      "debian-sources": sources,
      packages: appDeb,
      platforms: "linux/amd64,linux/arm64",
      tags: tags.join("\n"),
      "source-date-epoch": String(SOURCE_DATE_EPOCH),
      ...extra,
    });
  const lockFrom = (reference: string, ...more: string[]) => runCli(["lock", "--from-image", reference, ...more], env);

  it("lock --from-image gives back the lock file the build wrote, byte for byte", async () => {
    const run = succeeded(await build([`${registry.host}/built/app:1.0.0`], { lockfile: lockFile }), "build");
    firstDigest = run.outputs.digest as string;
    const written = await readFile(lockFile);
    assert.deepEqual(parseLockfile(written.toString("utf8")).requested, ["dumb-init"]);

    const out = join(work, "from-image.json");
    const toFile = await lockFrom(`${registry.host}/built/app:1.0.0`, "-o", out);
    assert.equal(toFile.code, 0, toFile.stderr);
    assert.ok((await readFile(out)).equals(written), "the lock read back is the file the build wrote");

    for (const platform of ["linux/amd64", "linux/arm64"]) {
      const printed = await lockFrom(`${registry.host}/built/app@${firstDigest}`, "--platform", platform);
      assert.equal(printed.code, 0, printed.stderr);
      assert.equal(printed.stdout, written.toString("utf8"), `${platform}: the same lock on stdout`);
    }
  });

  it("is a referrer of each platform manifest, typed as the lock and dated by source-date-epoch, and not of the index", async () => {
    const client = clients.for(registry.host);
    const index = await client.getManifest("built/app", firstDigest);
    const written = await readFile(lockFile);
    assert.equal(index.manifests.length, 2);
    for (const platform of index.manifests) {
      const { descriptors } = await client.referrers("built/app", platform.digest);
      const manifests = await Promise.all(descriptors.map((entry) => client.getManifest("built/app", entry.digest)));
      const locks = manifests.filter((manifest) => manifest.artifactType === LOCK_ARTIFACT_TYPE);
      assert.equal(locks.length, 1, `one lock refers to ${platform.digest}`);
      const [lock] = locks;
      assert.equal(lock?.annotations?.["org.opencontainers.image.created"], "2023-11-14T22:13:20Z");
      const layer = lock?.blobs[1];
      assert.equal(layer?.mediaType, LOCK_ARTIFACT_TYPE);
      assert.equal(layer?.annotations?.["org.opencontainers.image.title"], "debian-lock.json");
      assert.ok(layer && (await client.readBlob("built/app", layer)).equals(written));
    }
    const onIndex = await client.referrers("built/app", firstDigest);
    assert.equal(onIndex.descriptors.length, 0, "nothing refers to the index");
  });

  it("a build from the lock the image carries gives the same digest", async () => {
    const fromImage = join(work, "reproduce.json");
    assert.equal((await lockFrom(`${registry.host}/built/app:1.0.0`, "-o", fromImage)).code, 0);
    const run = succeeded(
      await build([`${registry.host}/rebuilt/app:1.0.0`], { lockfile: fromImage }),
      "build from the image's lock",
    );
    assert.equal(run.outputs.digest, firstDigest);
  });

  it("a build with no lock file input carries the lock it resolved", async () => {
    succeeded(await build([`${registry.host}/unlocked/app:1.0.0`]), "build without a lock file");
    const printed = await lockFrom(`${registry.host}/unlocked/app:1.0.0`);
    assert.equal(printed.code, 0, printed.stderr);
    const lock = parseLockfile(printed.stdout);
    assert.deepEqual(lock.requested, ["dumb-init"]);
    assert.equal(printed.stdout, serializeLockfile(lock), "the resolution, as a lock file would hold it");
    assert.deepEqual(Object.keys(lock.architectures).sort(), ["amd64", "arm64"]);
  });

  it("promote and mirror carry the lock, through a registry with the referrers API and back", async () => {
    const promoted = `${referrersRegistry.host}/org/app:1.0.0`;
    succeeded(
      await runActionInProcess("promote", {
        source: `${registry.host}/built/app:1.0.0`,
        destinations: promoted,
        verify: "false",
        sign: "false",
      }),
      "promote",
    );
    const mirrored = `${registry.host}/mirror/app:1.0.0`;
    succeeded(await runActionInProcess("mirror", { source: promoted, destinations: mirrored }), "mirror");
    const written = await readFile(lockFile, "utf8");
    for (const reference of [promoted, mirrored]) {
      const printed = await lockFrom(reference);
      assert.equal(printed.code, 0, printed.stderr);
      assert.equal(printed.stdout, written, `${reference} carries the lock`);
    }
  });

  it("a hand-formatted lock travels as it was read; beside the tool's layout of the same lock it is one lock", async () => {
    const compact = join(work, "compact.json");
    const text = `${JSON.stringify(JSON.parse(await readFile(lockFile, "utf8")))}\n`;
    await writeFile(compact, text);
    const run = succeeded(
      await build([`${registry.host}/compact/app:1.0.0`, `${registry.host}/built/app:1.0.0`], { lockfile: compact }),
      "build from a hand-formatted lock",
    );
    assert.equal(run.outputs.digest, firstDigest, "the same packages, the same image");
    const alone = await lockFrom(`${registry.host}/compact/app:1.0.0`);
    assert.equal(alone.stdout, text);
    const beside = await lockFrom(`${registry.host}/built/app:1.0.0`);
    assert.equal(beside.code, 0, beside.stderr);
    assert.equal(beside.stdout, await readFile(lockFile, "utf8"), "the tool's own layout is given");
  });

  it("an image without a lock fails in one line, and so does a platform the image does not have", async () => {
    await pushIndex(registry, "plain/app", "1.0.0");
    failsInOneLine(await lockFrom(`${registry.host}/plain/app:1.0.0`), /plain\/app:1\.0\.0 carries no lock/);
    failsInOneLine(
      await lockFrom(`${registry.host}/built/app:1.0.0`, "--platform", "linux/s390x"),
      /has no linux\/s390x image \(it has linux\/amd64, linux\/arm64\)/,
    );
  });

  it("two locks that differ fail in one line naming both; --platform picks one", async () => {
    const image = await pushIndex(registry, "twolocks/app", "1.0.0");
    const lock = parseLockfile(await readFile(lockFile, "utf8"));
    const texts = [serializeLockfile(lock), serializeLockfile({ ...lock, requested: [...lock.requested, "libcap2"] })];
    const client = clients.for(registry.host);
    const digests: string[] = [];
    for (const [i, child] of image.children.entries()) {
      digests.push(
        await attachArtifact(
          client,
          "twolocks/app",
          { mediaType: child.mediaType, digest: child.digest, size: child.size },
          { bytes: Buffer.from(texts[i] as string), mediaType: LOCK_ARTIFACT_TYPE },
          "1970-01-01T00:00:00Z",
        ),
      );
    }
    const both = await lockFrom(`${registry.host}/twolocks/app:1.0.0`);
    failsInOneLine(
      both,
      /carries 2 different locks \(sha256:[0-9a-f]{64} on linux\/amd64; sha256:[0-9a-f]{64} on linux\/arm64/,
    );
    const arm = await lockFrom(`${registry.host}/twolocks/app:1.0.0`, "--platform", "linux/arm64");
    assert.equal(arm.code, 0, arm.stderr);
    assert.equal(arm.stdout, texts[1]);
  });

  it("a lock referrer that holds no lock, or one past the size limit, fails in one line naming the image", async () => {
    const attachTo = async (repository: string, bytes: Buffer) => {
      const [child] = (await pushIndex(registry, repository, "1.0.0")).children;
      assert.ok(child);
      await attachArtifact(
        clients.for(registry.host),
        repository,
        { mediaType: child.mediaType, digest: child.digest, size: child.size },
        { bytes, mediaType: LOCK_ARTIFACT_TYPE },
        "1970-01-01T00:00:00Z",
      );
    };
    await attachTo("badlock/app", Buffer.from('{"lockfileVersion": 1, "requested": "dumb-init"}\n'));
    failsInOneLine(
      await lockFrom(`${registry.host}/badlock/app:1.0.0`),
      /the lock .*badlock\/app:1\.0\.0 carries \(sha256:[0-9a-f]{64}\): 'requested' must be a list of strings/,
    );
    await attachTo("hugelock/app", Buffer.alloc(8 * 1024 * 1024 + 1, 0x20));
    failsInOneLine(await lockFrom(`${registry.host}/hugelock/app:1.0.0`), /over the 8388608-byte limit/);
  });
});
