// The cache of built layers: a second build with the same inputs is a hit whose blob is byte for
// byte the one a fresh build makes, with the same digest, diff_id and packages; a whole
// build-distroless run against a registry gives the same image and SBOM from a hit. Changing any
// input the bytes depend on (another .deb, another source-date-epoch, a merged-usr base or not; in
// the key alone also the kind, architecture and .deb order) misses; the key ignores map order. A
// cached blob swapped or truncated, or a record that does not parse, is detected, logged, rebuilt
// and replaced.
// Pruning drops entries unused for 30 days and the least recently used beyond the size bound. The
// pako version the key names is the one installed.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  buildDistroless,
  buildPackageLayer,
  cachedPackageLayer,
  type LayerCacheKeyInput,
  layerCacheKey,
  pruneLayerCache,
} from "@image-actions/build";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { PAKO_VERSION } from "../../packages/build/src/tar-writer.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const EPOCH = 1_700_000_000;
const MERGED_USR = { bin: "usr/bin", lib: "usr/lib" };

let work: string;
let toolDeb: string;
let dataDeb: string;
let changedToolDeb: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "ia-layer-cache-"));
  const debs = join(work, "debs");
  await mkdir(join(debs, "changed"), { recursive: true });
  // Ships ./bin/…, so a merged-usr base moves it: the layer differs with the base's links.
  toolDeb = await makeDeb(debs, {
    name: "cache-tool",
    version: "1.0",
    architecture: "amd64",
    files: {
      "bin/cache-tool": { content: "#!/bin/sh\necho tool\n", mode: 0o755 },
      "usr/share/doc/cache-tool/README": { content: "a tool\n" },
    },
  });
  dataDeb = await makeDeb(debs, {
    name: "cache-data",
    version: "2.0",
    architecture: "all",
    files: { "usr/share/cache-data/data.txt": { content: "data\n".repeat(1000) } },
  });
  // Same name and version, one byte of content different: only its SHA-256 tells it apart.
  changedToolDeb = await makeDeb(join(debs, "changed"), {
    name: "cache-tool",
    version: "1.0",
    architecture: "amd64",
    files: {
      "bin/cache-tool": { content: "#!/bin/sh\necho TOOL\n", mode: 0o755 },
      "usr/share/doc/cache-tool/README": { content: "a tool\n" },
    },
  });
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

interface Run {
  cacheDir: string;
  debs?: string[];
  sourceDateEpoch?: number;
  mergedUsr?: Record<string, string>;
}

/** One cached build into a fresh output file; the log lines it wrote come back with it. */
async function cachedBuild(run: Run) {
  const out = await mkdtemp(join(work, "out-"));
  const logs: string[] = [];
  const layer = await cachedPackageLayer({
    kind: "local",
    architecture: "amd64",
    debs: (run.debs ?? [toolDeb, dataDeb]).map((path) => ({ path })),
    mergedUsr: run.mergedUsr ?? MERGED_USR,
    sourceDateEpoch: run.sourceDateEpoch ?? EPOCH,
    outFile: join(out, "layer.tar.gz"),
    cacheDir: run.cacheDir,
    log: (message) => logs.push(message),
  });
  return { layer, logs, bytes: await readFile(layer.path) };
}

/** The same layer made without the cache. */
async function freshBuild(run: Omit<Run, "cacheDir">) {
  const out = await mkdtemp(join(work, "fresh-"));
  const layer = await buildPackageLayer({
    debs: (run.debs ?? [toolDeb, dataDeb]).map((path) => ({ path })),
    mergedUsr: run.mergedUsr ?? MERGED_USR,
    sourceDateEpoch: run.sourceDateEpoch ?? EPOCH,
    outFile: join(out, "layer.tar.gz"),
  });
  return { layer, bytes: await readFile(layer.path) };
}

async function entriesIn(cacheDir: string): Promise<string[]> {
  return (await readdir(cacheDir)).sort();
}

describe("the layer cache", () => {
  it("answers a second build with the same inputs with the same bytes, digests and packages", async () => {
    const cacheDir = join(work, "cache-same");
    const first = await cachedBuild({ cacheDir });
    const second = await cachedBuild({ cacheDir });
    const fresh = await freshBuild({});
    assert.equal(first.layer.cached, false);
    assert.equal(second.layer.cached, true);
    assert.ok(
      second.logs.some((line) => line.includes("reused")),
      second.logs.join("\n"),
    );
    assert.ok(second.bytes.equals(first.bytes));
    assert.ok(second.bytes.equals(fresh.bytes));
    for (const layer of [first.layer, second.layer]) {
      assert.equal(layer.digest, fresh.layer.digest);
      assert.equal(layer.diffId, fresh.layer.diffId);
      assert.equal(layer.size, fresh.layer.size);
      assert.equal(layer.mediaType, fresh.layer.mediaType);
      assert.deepEqual(layer.packages, fresh.layer.packages);
    }
    assert.notEqual(second.layer.path, first.layer.path);
    const names = await entriesIn(cacheDir);
    assert.equal(names.length, 2, names.join(", "));
    assert.ok(names.some((name) => name.endsWith(".tar.gz")) && names.some((name) => name.endsWith(".json")));
  });

  // Functions: the .debs are made in `before`, after the table is read.
  const misses: Array<{ name: string; change: () => Omit<Run, "cacheDir"> }> = [
    { name: "a .deb with other content (same name and version)", change: () => ({ debs: [changedToolDeb, dataDeb] }) },
    { name: "one .deb fewer", change: () => ({ debs: [toolDeb] }) },
    { name: "another source-date-epoch", change: () => ({ sourceDateEpoch: EPOCH + 1 }) },
    { name: "a base that is not merged-usr", change: () => ({ mergedUsr: {} }) },
    { name: "another merged-usr link", change: () => ({ mergedUsr: { ...MERGED_USR, sbin: "usr/sbin" } }) },
  ];
  for (const { name, change: makeChange } of misses)
    it(`misses on ${name}, and gives what a fresh build gives`, async () => {
      const change = makeChange();
      const cacheDir = await mkdtemp(join(work, "cache-miss-"));
      const original = await cachedBuild({ cacheDir });
      const changed = await cachedBuild({ cacheDir, ...change });
      const fresh = await freshBuild(change);
      assert.equal(changed.layer.cached, false);
      assert.equal(changed.layer.digest, fresh.layer.digest);
      assert.ok(changed.bytes.equals(fresh.bytes));
      assert.equal((await entriesIn(cacheDir)).length, 4);
      // Both entries now answer their own inputs.
      assert.equal((await cachedBuild({ cacheDir })).layer.digest, original.layer.digest);
      assert.equal((await cachedBuild({ cacheDir, ...change })).layer.cached, true);
    });

  it("keys on every input the bytes depend on, and on nothing else", () => {
    const base: LayerCacheKeyInput = {
      kind: "archive",
      architecture: "amd64",
      debSha256: ["a".repeat(64), "b".repeat(64)],
      sourceDateEpoch: EPOCH,
      mergedUsr: { bin: "usr/bin", lib: "usr/lib" },
    };
    const key = layerCacheKey(base);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(layerCacheKey({ ...base, mergedUsr: { lib: "usr/lib", bin: "usr/bin" } }), key, "object key order");
    const variants: Array<[string, Partial<LayerCacheKeyInput>]> = [
      ["kind", { kind: "local" }],
      ["architecture", { architecture: "arm64" }],
      ["a .deb", { debSha256: ["a".repeat(64), "c".repeat(64)] }],
      ["the .debs' order", { debSha256: ["b".repeat(64), "a".repeat(64)] }],
      ["a .deb more", { debSha256: ["a".repeat(64), "b".repeat(64), "c".repeat(64)] }],
      ["source-date-epoch", { sourceDateEpoch: EPOCH + 1 }],
      ["no merged-usr", { mergedUsr: {} }],
      ["a merged-usr target", { mergedUsr: { bin: "usr/sbin", lib: "usr/lib" } }],
    ];
    const keys = new Set([key]);
    for (const [what, change] of variants) {
      const changed = layerCacheKey({ ...base, ...change });
      assert.ok(!keys.has(changed), `changing ${what} must change the key`);
      keys.add(changed);
    }
    assert.throws(() => layerCacheKey({ ...base, debSha256: ["not-a-hash"] }), /not a SHA-256/);
  });

  it("detects a swapped cached blob, logs it, rebuilds and replaces the entry", async () => {
    const cacheDir = join(work, "cache-tampered");
    const first = await cachedBuild({ cacheDir });
    const blob = join(cacheDir, (await entriesIn(cacheDir)).find((name) => name.endsWith(".tar.gz")) as string);
    // Another valid layer of the same size would pass a size check: flip one byte instead.
    const tampered = Buffer.from(first.bytes);
    tampered[tampered.length - 10] = (tampered[tampered.length - 10] as number) ^ 0xff;
    await writeFile(blob, tampered);
    const second = await cachedBuild({ cacheDir });
    assert.equal(second.layer.cached, false);
    assert.ok(
      second.logs.some((line) => line.includes("not the recorded") && line.includes("rebuilding")),
      second.logs.join("\n"),
    );
    assert.ok(second.bytes.equals(first.bytes));
    assert.equal(second.layer.digest, first.layer.digest);
    assert.ok((await readFile(blob)).equals(first.bytes), "the entry is replaced");
    assert.equal((await cachedBuild({ cacheDir })).layer.cached, true);

    await writeFile(blob, first.bytes.subarray(0, 100));
    const truncated = await cachedBuild({ cacheDir });
    assert.equal(truncated.layer.cached, false);
    assert.ok(truncated.bytes.equals(first.bytes));
  });

  it("rebuilds when the record is missing, unparseable or lies about its fields", async () => {
    const cacheDir = join(work, "cache-record");
    const first = await cachedBuild({ cacheDir });
    const record = join(cacheDir, (await entriesIn(cacheDir)).find((name) => name.endsWith(".json")) as string);
    const valid = JSON.parse(await readFile(record, "utf8")) as Record<string, unknown>;
    const broken: Array<[string, string]> = [
      ["not JSON", "{"],
      ["another key", JSON.stringify({ ...valid, key: "0".repeat(64) })],
      ["a digest that is not one", JSON.stringify({ ...valid, digest: "sha256:xyz" })],
      ["a package without a name", JSON.stringify({ ...valid, packages: [{ version: "1" }] })],
    ];
    for (const [what, text] of broken) {
      await writeFile(record, text);
      const rebuilt = await cachedBuild({ cacheDir });
      assert.equal(rebuilt.layer.cached, false, what);
      assert.ok(rebuilt.bytes.equals(first.bytes), what);
      assert.ok(
        rebuilt.logs.some((line) => line.includes("not a valid record")),
        what,
      );
    }
    await rm(record);
    const missing = await cachedBuild({ cacheDir });
    assert.equal(missing.layer.cached, false);
    assert.deepEqual(missing.logs, []);
  });

  it("prunes entries unused for 30 days, then the least recently used beyond the size bound", async () => {
    const cacheDir = join(work, "cache-prune");
    await mkdir(cacheDir);
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const entry = async (key: string, bytes: number, usedDaysAgo: number) => {
      const used = new Date(now - usedDaysAgo * day);
      await writeFile(join(cacheDir, `${key}.tar.gz`), Buffer.alloc(bytes));
      await writeFile(join(cacheDir, `${key}.json`), "{}");
      await utimes(join(cacheDir, `${key}.json`), used, used);
    };
    const [fresh, recent, older, stale, kept] = ["1", "2", "3", "4", "5"].map((digit) => digit.repeat(64)) as [
      string,
      string,
      string,
      string,
      string,
    ];
    await entry(fresh, 1000, 0);
    await entry(recent, 1000, 1);
    await entry(older, 1000, 2);
    await entry(stale, 10, 31);
    await entry(kept, 1000, 40);
    await writeFile(join(cacheDir, ".tmp-left-by-a-killed-run"), "x");
    await utimes(join(cacheDir, ".tmp-left-by-a-killed-run"), new Date(now - 2 * day), new Date(now - 2 * day));
    await writeFile(join(cacheDir, "unrelated.txt"), "x");
    const removed = await pruneLayerCache(cacheDir, { keep: kept, maxBytes: 3100, now });
    assert.deepEqual(removed.sort(), [older, stale].sort());
    assert.deepEqual(await entriesIn(cacheDir), [
      `${fresh}.json`,
      `${fresh}.tar.gz`,
      `${recent}.json`,
      `${recent}.tar.gz`,
      `${kept}.json`,
      `${kept}.tar.gz`,
      "unrelated.txt",
    ]);
  });

  it("names the pako that is installed", async () => {
    const pako = JSON.parse(await readFile(join("node_modules", "pako", "package.json"), "utf8")) as {
      version: string;
    };
    assert.equal(PAKO_VERSION, pako.version, "bump PAKO_VERSION in tar-writer.ts with the dependency");
  });
});

describe("a build-distroless run from the layer cache", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  let base: DistrolessBase;

  before(async () => {
    registry = await startRegistry();
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    base = await buildDistrolessBase(registry, "cache/base", { platforms: ["linux/amd64"] });
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  it("makes the same image and SBOM the second time, with the layer reused", async () => {
    const cacheDir = join(work, "build-cache");
    const build = async () => {
      const logs: string[] = [];
      const result = await buildDistroless({
        clients,
        base: parseReference(base.ref),
        platforms: [parsePlatform("linux/amd64")],
        debianPackages: [],
        debianSources: [],
        localDebs: [toolDeb, dataDeb],
        config: { env: new Map(), labels: new Map() },
        sourceDateEpoch: EPOCH,
        sbomFormats: ["spdx-json", "cyclonedx-json"],
        imageName: { repository: `${registry.host}/cache/app` },
        provenance: {},
        cacheDir,
        workDir: await mkdtemp(join(work, "build-")),
        toolVersion: "0.1.0",
        log: (message) => logs.push(message),
      });
      return { result, logs };
    };
    const first = await build();
    const second = await build();
    assert.deepEqual(first.logs, []);
    assert.equal(second.logs.length, 1, second.logs.join("\n"));
    assert.match(second.logs[0] as string, /amd64 local layer is reused/);
    assert.equal(second.result.digest, first.result.digest);
    assert.deepEqual(second.result.platforms, first.result.platforms);
    assert.deepEqual(
      second.result.sboms.map((sbom) => sbom.bytes.toString()),
      first.result.sboms.map((sbom) => sbom.bytes.toString()),
    );
    const [firstLayer, secondLayer] = [first, second].map(
      ({ result }) => result.image.platforms[0]?.newLayers[0]?.path as string,
    );
    assert.ok((await readFile(secondLayer as string)).equals(await readFile(firstLayer as string)));
    assert.deepEqual(
      (await readdir(join(cacheDir, "layers"))).map((name) => name.replace(/^[0-9a-f]{64}/, "<key>")).sort(),
      ["<key>.json", "<key>.tar.gz"],
    );
  });
});
