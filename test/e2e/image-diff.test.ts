// What changed between two images (issue 25, item 3, the package half), through a real registry:
// nightly-like builds of build-distroless (run in-process) from a local signed archive on the
// distroless-like base fixture, amd64 and arm64. Night two's archive publishes fixture-tool's next
// version: build-distroless with `compare-with` night one lists, per platform, exactly that
// package old → new and the base unchanged, in `changes` and in the summary. Night three is built
// on a patched base (libc6's status.d version moved): the base digest old → new and libc6 old → new
// on each platform, nothing else. A rebuild of night three has night three's digest (the nightly
// workflow's notice step compares exactly that) and `changes` says identical. `image-actions diff`
// says the same as the action in JSON, and in text; `--platform` keeps one platform; a single-platform image against the index reports the other platform as only in
// the new image, and a base only one image records. Hostile package names, architectures and base
// names read from an image are quoted in the CLI's text and kept text in the summary: none forges
// a line, a workflow command, an HTML tag or a link.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { ImageChanges } from "@image-actions/debian";
import { runActionInProcess } from "../support/action-in-process.ts";
import type { ActionRun } from "../support/action-runner.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import {
  type ArchiveKey,
  makeArchiveKey,
  type ServedArchive,
  serveArchive,
  writeSignedSuite,
} from "../support/signed-archive.ts";
import { renderSummary, summaryText } from "../support/summary-text.ts";

const PLATFORMS = ["linux/amd64", "linux/arm64"];
const ARCHITECTURES = ["amd64", "arm64"];
const DAY_ONE = "1.0-1";
const DAY_TWO = "1.0-1+deb12u1";

/** Every table row of a rendered summary, cells as text. */
function tableRows(markdown: string): string[][] {
  const decode = (text: string) =>
    text.replace(
      /&(quot|lt|gt|#39|amp);/g,
      (_, name: string) => ({ quot: '"', lt: "<", gt: ">", "#39": "'", amp: "&" })[name] ?? "",
    );
  return [...renderSummary(markdown).matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] as string).matchAll(/<t[dh]>(.*?)<\/t[dh]>/gs)].map((cell) => decode(cell[1] as string)),
  );
}

/** A day's archive: fixture-tool at `version` for amd64 and arm64, in one signed suite. */
async function archiveOf(work: string, key: ArchiveKey, day: string, version: string): Promise<ServedArchive> {
  const site = join(work, day);
  const indexes: Record<string, string[]> = {};
  for (const architecture of ARCHITECTURES)
    indexes[architecture] = [
      await makeDeb(join(work, `${day}-${architecture}`), {
        name: "fixture-tool",
        version,
        architecture,
        depends: "libc6",
        files: { "usr/share/fixture-tool/version": { content: `${version}\n` } },
      }),
    ];
  await writeSignedSuite(join(site, "debian"), key, {
    suite: "bookworm",
    fields: { Architectures: ARCHITECTURES.join(" ") },
    indexes: { main: indexes },
  });
  return serveArchive(site);
}

describe("what changed between two images: image-actions diff and build-distroless compare-with", () => {
  let registry: TestRegistry;
  let base: DistrolessBase;
  let patched: DistrolessBase;
  let work: string;
  let key: ArchiveKey;
  let dayOne: ServedArchive;
  let dayTwo: ServedArchive;
  let env: NodeJS.ProcessEnv;
  let libc6: { version: string; patched: string };
  const nights: ActionRun[] = [];
  const app = (tag: string) => `${registry.host}/app:${tag}`;

  const build = (tag: string, on: DistrolessBase, archive: ServedArchive, extra: Record<string, string> = {}) =>
    runActionInProcess(
      "build-distroless",
      {
        base: on.ref,
        "debian-packages": "fixture-tool",
        "debian-sources": `${archive.url}/debian bookworm`,
        "debian-keyring": key.keyringFile,
        platforms: PLATFORMS.join(","),
        tags: app(tag),
        sbom: "none",
        "source-date-epoch": "1700000000",
        ...extra,
      },
      { XDG_CACHE_HOME: join(work, "cache"), RUNNER_TOOL_CACHE: "" },
    );

  before(async () => {
    registry = await startRegistry();
    base = await buildDistrolessBase(registry, "distroless/base");
    const fixtureLibc6 = base.packages.find((item) => item.name === "libc6");
    assert.ok(fixtureLibc6);
    libc6 = { version: fixtureLibc6.version, patched: `${fixtureLibc6.version}+fix1` };
    patched = await buildDistrolessBase(registry, "distroless/base", {
      tag: "patched",
      statusVersions: { libc6: libc6.patched },
      key: base.key,
    });
    work = await mkdtemp(join(tmpdir(), "ia-image-diff-"));
    key = await makeArchiveKey(work);
    dayOne = await archiveOf(work, key, "day-one", DAY_ONE);
    dayTwo = await archiveOf(work, key, "day-two", DAY_TWO);
    env = await cliEnv([registry]);
    nights.push(await build("night-1", base, dayOne));
    nights.push(await build("night-2", base, dayTwo, { "compare-with": app("night-1") }));
    nights.push(await build("night-3", patched, dayTwo, { "compare-with": app("night-2") }));
    nights.push(await build("night-3-again", patched, dayTwo, { "compare-with": app("night-3") }));
    for (const night of nights) assert.equal(night.exitCode, 0, night.stdout);
  });
  after(async () => {
    await dayOne?.close();
    await dayTwo?.close();
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const changesOf = (run: ActionRun) => JSON.parse(run.outputs.changes as string) as ImageChanges;
  const childOf = (image: DistrolessBase, platform: string) => {
    const child = image.children.find((item) => item.platform === platform);
    assert.ok(child, platform);
    return child;
  };

  it("night two against night one: fixture-tool old → new on each platform, the base unchanged", async () => {
    const [one, two] = nights as [ActionRun, ActionRun];
    assert.equal(one.outputs.changes, "", "no compare-with, no changes");
    const changes = changesOf(two);
    assert.equal(changes.identical, false);
    assert.equal(changes.old.digest, one.outputs.digest);
    assert.equal(changes.new.digest, two.outputs.digest);
    assert.deepEqual(changes.base, {
      old: { name: base.ref, digest: base.digest },
      new: { name: base.ref, digest: base.digest },
      changed: false,
    });
    assert.deepEqual(
      changes.platforms.map((item) => item.platform),
      PLATFORMS,
    );
    for (const [index, platform] of PLATFORMS.entries()) {
      const item = changes.platforms[index];
      assert.ok(item);
      assert.equal(item.in, "both");
      assert.deepEqual(item.changed, [
        { name: "fixture-tool", architecture: ARCHITECTURES[index], old: DAY_ONE, new: DAY_TWO },
      ]);
      assert.deepEqual([item.added, item.removed], [[], []]);
      assert.equal(item.unchanged, childOf(base, platform).packages.length, "every base package, unchanged");
    }
    const rows = tableRows(two.summary);
    for (const [index, platform] of PLATFORMS.entries())
      assert.ok(
        rows.some((row) => row.join("|") === `${platform}|fixture-tool|${ARCHITECTURES[index]}|${DAY_ONE}|${DAY_TWO}`),
        `${platform}'s row in ${JSON.stringify(rows)}`,
      );
    const text = summaryText(two.summary);
    assert.match(text, new RegExp(`Compared with ${registry.host}/app`));
    assert.match(text, new RegExp(`base unchanged: ${base.ref.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  it("night three, on a patched base: the base digest old → new and libc6 old → new, nothing else", () => {
    const changes = changesOf(nights[2] as ActionRun);
    assert.deepEqual(changes.base, {
      old: { name: base.ref, digest: base.digest },
      new: { name: patched.ref, digest: patched.digest },
      changed: true,
    });
    for (const [index, platform] of PLATFORMS.entries()) {
      const item = changes.platforms[index];
      assert.ok(item);
      assert.equal(item.platform, platform);
      const architecture = childOf(base, platform).packages.find((pkg) => pkg.name === "libc6")?.architecture;
      assert.deepEqual(item.changed, [{ name: "libc6", architecture, old: libc6.version, new: libc6.patched }]);
      assert.deepEqual([item.added, item.removed], [[], []]);
    }
    const text = summaryText((nights[2] as ActionRun).summary);
    assert.ok(text.includes(`base: ${base.ref} (${base.digest}) → ${patched.ref} (${patched.digest})`), text);
  });

  it("a rebuild of night three has its digest, and changes says identical", () => {
    const [, , three, again] = nights as [ActionRun, ActionRun, ActionRun, ActionRun];
    // The nightly workflow's "Unchanged" step compares exactly these, and stops the leg with its notice.
    assert.equal(again.outputs.digest, three.outputs.digest);
    const changes = changesOf(again);
    assert.equal(changes.identical, true);
    assert.deepEqual([changes.base, changes.platforms], [null, []]);
    assert.match(summaryText(again.summary), /the same digest, nothing changed/);
  });

  it("image-actions diff --json says what the action's changes say", async () => {
    const result = await runCli(["diff", app("night-2"), app("night-3"), "--json"], env);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as ImageChanges;
    const action = changesOf(nights[2] as ActionRun);
    assert.deepEqual(report.base, action.base);
    assert.deepEqual(report.platforms, action.platforms);
    assert.equal(report.old.image, `${registry.host}/app@${(nights[1] as ActionRun).outputs.digest}`);
    assert.equal(report.new.image, `${registry.host}/app@${(nights[2] as ActionRun).outputs.digest}`);
  });

  it("image-actions diff in text: the base line, each platform's counts and its changed package", async () => {
    const result = await runCli(["diff", app("night-1"), app("night-2")], env);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split("\n");
    assert.ok(lines.includes(`base: unchanged, ${base.ref} (${base.digest})`), result.stdout);
    for (const [index, platform] of PLATFORMS.entries()) {
      const count = childOf(base, platform).packages.length;
      const at = lines.indexOf(`${platform}: 1 changed, 0 added, 0 removed, ${count} unchanged`);
      assert.ok(at >= 0, result.stdout);
      assert.equal(lines[at + 1], `  ~ fixture-tool ${DAY_ONE} → ${DAY_TWO} (${ARCHITECTURES[index]})`);
    }
  });

  it("--platform keeps one platform; a platform neither image has fails in one line", async () => {
    const arm = await runCli(["diff", app("night-2"), app("night-3"), "--platform", "linux/arm64", "--json"], env);
    assert.equal(arm.code, 0, arm.stderr);
    assert.deepEqual(
      (JSON.parse(arm.stdout) as ImageChanges).platforms.map((item) => item.platform),
      ["linux/arm64"],
    );
    const none = await runCli(["diff", app("night-2"), app("night-3"), "--platform", "linux/s390x"], env);
    assert.equal(none.code, 1);
    assert.equal(none.stderr.trim(), "image-actions: neither image has linux/s390x");
  });

  it("a single-platform base against the built index: arm64 only in the new image, the base recorded only by it", async () => {
    const amd64 = childOf(base, "linux/amd64");
    const result = await runCli(["diff", amd64.ref, app("night-1"), "--json"], env);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as ImageChanges;
    assert.deepEqual(report.base, { old: null, new: { name: base.ref, digest: base.digest }, changed: null });
    const [both, only] = report.platforms;
    assert.deepEqual(
      [both?.platform, both?.in, both?.added, both?.changed, both?.removed, both?.unchanged],
      [
        "linux/amd64",
        "both",
        [{ name: "fixture-tool", architecture: "amd64", version: DAY_ONE }],
        [],
        [],
        amd64.packages.length,
      ],
    );
    assert.deepEqual([only?.platform, only?.in, only?.old], ["linux/arm64", "new", null]);
    const text = await runCli(["diff", amd64.ref, app("night-1")], env);
    assert.ok(text.stdout.split("\n").includes("linux/arm64: only in the new image"), text.stdout);
    const same = await runCli(["diff", app("night-3"), app("night-3-again")], env);
    assert.match(same.stdout, /the same image \(sha256:[0-9a-f]{64}\): nothing changed/);
  });

  describe("hostile names in an image", () => {
    /** Each forges something if it is not kept text: a line, a workflow command, a tag, a link, a table cell. */
    const STANZAS = [
      "Package: evil\n ::warning::forged-by-a-name\nVersion: 1.0\nArchitecture: amd64\n",
      "Package: <img src=x onerror=alert(1)>[click](https://evil.example)\nVersion: 1.0\nArchitecture: amd64\n",
      "Package: pipe\nVersion: 1.0\nArchitecture: amd64|forged cell`\n",
    ];
    const BASE_NAME = "x`</code><b>bold</b>\n::warning::forged-by-a-base [link](https://evil.example)";
    let hostile: string;

    before(async () => {
      const root = join(work, "hostile");
      for (const [index, stanza] of STANZAS.entries()) {
        const path = join(root, "var/lib/dpkg/status.d", `hostile${index}`);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, stanza);
      }
      const tarball = join(work, "hostile.tar");
      await mustExec("tar", ["-cf", tarball, "--owner=0", "--group=0", "--sort=name", "-C", root, "."]);
      const amd64 = JSON.parse(await crane(registry, ["manifest", app("night-1")])) as {
        manifests: Array<{ digest: string; platform: { architecture: string } }>;
      };
      const child = amd64.manifests.find((item) => item.platform.architecture === "amd64");
      assert.ok(child);
      await crane(registry, [
        "append",
        "-b",
        `${registry.host}/app@${child.digest}`,
        "-f",
        tarball,
        "-t",
        app("hostile-layer"),
      ]);
      // A recorded base digest other than night one's, so both names are shown.
      await crane(registry, [
        "mutate",
        app("hostile-layer"),
        "--annotation",
        `org.opencontainers.image.base.name=${BASE_NAME}`,
        "--annotation",
        `org.opencontainers.image.base.digest=${patched.digest}`,
        "-t",
        app("hostile"),
      ]);
      hostile = app("hostile");
    });

    it("the CLI's text quotes them: no forged line, no workflow command", async () => {
      const result = await runCli(["diff", hostile, app("night-1")], env);
      assert.equal(result.code, 0, result.stderr);
      const lines = result.stdout.split("\n");
      for (const line of lines) assert.doesNotMatch(line.trim(), /^::/, `a workflow command: ${line}`);
      assert.ok(!lines.some((line) => line.includes("forged") && !line.includes('"')), result.stdout);
      assert.ok(lines.includes('  - "evil\\n::warning::forged-by-a-name" 1.0 (amd64)'), result.stdout);
      assert.ok(lines.includes('  - pipe 1.0 ("amd64|forged cell`")'), result.stdout);
    });

    it("build-distroless's summary keeps them text; nothing reaches a workflow command", async () => {
      const run = await build("night-2-hostile", base, dayTwo, { "compare-with": hostile });
      assert.equal(run.exitCode, 0, run.stdout);
      const html = renderSummary(run.summary);
      assert.doesNotMatch(html, /<img|<b>|<a /, "no tag and no link from an image");
      const text = summaryText(run.summary);
      assert.ok(text.includes(BASE_NAME.replace("\n", " ")), text);
      for (const line of run.stdout.split("\n"))
        assert.ok(!/^::(warning|error|notice)/.test(line.trim()) || !line.includes("forged"), line);
      const rows = tableRows(run.summary);
      assert.ok(
        rows.some(
          (row) =>
            row.join("|") === "linux/amd64|<img src=x onerror=alert(1)>[click](https://evil.example)|amd64|1.0|—",
        ),
        JSON.stringify(rows),
      );
      assert.ok(rows.some((row) => row[1] === "pipe" && row[2] === "amd64|forged cell`" && row.length === 5));
      const changes = changesOf(run);
      assert.deepEqual(changes.base?.old, { name: BASE_NAME, digest: patched.digest });
    });
  });
});
