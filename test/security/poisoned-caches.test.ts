// Caches are checked, not believed (issue 23, item 2). Each case plants what a poisoned Actions
// cache or a shared self-hosted runner could leave in a cache directory, then runs the real code
// path over it:
// - the Debian content store: junk of the right size, or a symlink, under `sha256/<genuine hash>`
//   is re-hashed, removed and the .deb downloaded again (it was served with 0 downloads);
// - the layer cache: a planted blob with its own record (diff_id all zeros, package
//   `openssl 99:9.9`), a forger's fully self-consistent record for another layer, and the genuine
//   blob under a record whose packages lie, are each rebuilt (one was reused as `cached: true`);
// - trivy's DB: a junk `trivy.db` with `NextUpdate` in 2099 and no record of ours, a DB file
//   swapped under a genuine record, and metadata re-dated to 2099 under one, are each downloaded
//   again; a genuine DB past its NextUpdate is never used when no repository answers;
// - trivy's layer-analysis cache: a `cache-dir` whose fanal cache was filled from an image whose
//   config claims another image's diff_ids hides that image's findings from trivy run over it, and
//   hides nothing from scanImages, which keeps trivy's layer cache per job.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { lstat, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { buildPackageLayer, cachedPackageLayer, layerCacheKey } from "@image-actions/build";
import { ArchiveClient } from "@image-actions/debian";
import { parseReference, RegistryClients } from "@image-actions/oci";
import {
  ensureVulnerabilityDb,
  findingsFromTrivyReport,
  resolveScanTargets,
  runTrivy,
  scanImages,
  VulnerabilityDbError,
  writeScanLayout,
} from "@image-actions/scan";
import { pack } from "tar-stream";
import { pushBlob, pushManifest, sha256 } from "../support/images.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { toolPath } from "../support/tools.ts";
import { buildTrivyDb, type PushedTrivyDb, pushTrivyDb, type TrivyDb } from "../support/trivy-db.ts";

const hex = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "ia-poisoned-"));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("a poisoned Debian content store", () => {
  let server: Server;
  let base: string;
  let deb: Buffer;
  let requests = 0;

  before(async () => {
    const path = await makeDeb(join(work, "debs"), {
      name: "hello-store",
      version: "1.0",
      architecture: "amd64",
      files: { "usr/bin/hello-store": { content: "#!/bin/sh\necho genuine\n", mode: 0o755 } },
    });
    deb = await readFile(path);
    server = createServer((request, response) => {
      requests++;
      if (request.url === "/pool/hello-store.deb") response.end(deb);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const fetchOnce = async (cacheDir: string) => {
    const lines: string[] = [];
    const client = new ArchiveClient({ cacheDir, keys: [], log: (line) => lines.push(line) });
    try {
      const path = await client.fetchDeb(`${base}/pool/hello-store.deb`, { sha256: hex(deb), size: deb.length });
      return { bytes: await readFile(path), stats: { ...client.stats }, lines };
    } finally {
      await client.close();
    }
  };

  const plants: Array<[string, (path: string) => Promise<void>]> = [
    // The attack: other bytes of the same size under the genuine hash's name.
    ["junk of the same size", (path) => writeFile(path, Buffer.alloc(deb.length, 0x41))],
    [
      "a symlink to another file",
      async (path) => {
        const other = join(work, `other-${Math.random()}`);
        await writeFile(other, Buffer.alloc(deb.length, 0x42));
        await symlink(other, path);
      },
    ],
  ];
  for (const [what, plant] of plants) {
    it(`${what} under sha256/<the .deb's hash> is removed and the genuine .deb downloaded`, async () => {
      const cacheDir = await mkdtemp(join(work, "store-"));
      await mkdir(join(cacheDir, "sha256"), { recursive: true });
      await plant(join(cacheDir, "sha256", hex(deb)));
      const before = requests;
      const fetched = await fetchOnce(cacheDir);
      assert.ok(fetched.bytes.equals(deb), "the bytes served are the genuine .deb");
      assert.equal(fetched.stats.debDownloads, 1);
      assert.equal(fetched.stats.cacheHits, 0);
      assert.equal(requests, before + 1);
      assert.match(fetched.lines.join("\n"), /not what its name says; removed, fetching it again/);
      assert.ok((await lstat(join(cacheDir, "sha256", hex(deb)))).isFile(), "the entry is the download now");
      const warm = await fetchOnce(cacheDir);
      assert.equal(warm.stats.cacheHits, 1, "the genuine entry is a hit");
      assert.deepEqual(warm.lines, []);
    });
  }
});

describe("a poisoned layer cache", () => {
  const EPOCH = 1_700_000_000;
  const MERGED_USR = { bin: "usr/bin", lib: "usr/lib" };
  let genuineDeb: string;
  let hostileDeb: string;

  before(async () => {
    genuineDeb = await makeDeb(join(work, "layer-debs"), {
      name: "openssl",
      version: "3.0.17-1~deb12u2",
      architecture: "amd64",
      files: { "usr/bin/openssl": { content: "#!/bin/sh\necho genuine openssl\n", mode: 0o755 } },
    });
    hostileDeb = await makeDeb(join(work, "layer-debs", "hostile"), {
      name: "openssl",
      version: "99:9.9",
      architecture: "amd64",
      files: { "usr/bin/openssl": { content: "#!/bin/sh\necho planted\n", mode: 0o755 } },
    });
  });

  const layerInput = (cacheDir: string, out: string) => ({
    kind: "archive" as const,
    architecture: "amd64",
    debs: [{ path: genuineDeb }],
    mergedUsr: MERGED_USR,
    sourceDateEpoch: EPOCH,
    outFile: join(out, "layer.tar.gz"),
    cacheDir,
  });
  /** The key a build of the genuine .deb looks under: computable by anyone who has the .deb's hash. */
  const genuineKey = async () =>
    layerCacheKey({
      kind: "archive",
      architecture: "amd64",
      debSha256: [hex(await readFile(genuineDeb))],
      sourceDateEpoch: EPOCH,
      mergedUsr: MERGED_USR,
    });
  const buildOf = async (debPath: string) => {
    const out = await mkdtemp(join(work, "layer-out-"));
    return buildPackageLayer({
      debs: [{ path: debPath }],
      mergedUsr: MERGED_USR,
      sourceDateEpoch: EPOCH,
      outFile: join(out, "layer.tar.gz"),
    });
  };

  /** Plants `blob` with `record` under the genuine inputs' key, then builds from the cache. */
  const plantAndBuild = async (blob: Buffer, record: Record<string, unknown>) => {
    const cacheDir = await mkdtemp(join(work, "layers-"));
    const key = await genuineKey();
    await writeFile(join(cacheDir, `${key}.tar.gz`), blob);
    await writeFile(join(cacheDir, `${key}.json`), JSON.stringify({ key, ...record }));
    const logs: string[] = [];
    const layer = await cachedPackageLayer({
      ...layerInput(cacheDir, await mkdtemp(join(work, "layer-out-"))),
      log: (line) => logs.push(line),
    });
    return { layer, logs, bytes: await readFile(layer.path) };
  };

  const hostileRecord = async () => {
    const hostile = await buildOf(hostileDeb);
    const blob = await readFile(hostile.path);
    return { hostile, blob };
  };

  it("a planted blob with its own record (diff_id all zeros, openssl 99:9.9) is not reused", async () => {
    const { hostile, blob } = await hostileRecord();
    const genuine = await buildOf(genuineDeb);
    const result = await plantAndBuild(blob, {
      digest: hostile.digest,
      diffId: `sha256:${"0".repeat(64)}`,
      size: hostile.size,
      mediaType: hostile.mediaType,
      packages: [{ name: "openssl", version: "99:9.9", architecture: "amd64", source: "openssl", files: 1 }],
    });
    assert.equal(result.layer.cached, false);
    assert.equal(result.layer.digest, genuine.digest);
    assert.equal(result.layer.diffId, genuine.diffId);
    assert.deepEqual(result.layer.packages, genuine.packages);
    assert.ok(result.bytes.equals(await readFile(genuine.path)));
    assert.match(result.logs.join("\n"), /does not hold the layer its inputs make.*rebuilding/);
  });

  it("a forger's record that is true of the planted blob (its digest, diff_id and packages) is not reused", async () => {
    const { hostile, blob } = await hostileRecord();
    const genuine = await buildOf(genuineDeb);
    const result = await plantAndBuild(blob, {
      digest: hostile.digest,
      diffId: hostile.diffId,
      size: hostile.size,
      mediaType: hostile.mediaType,
      packages: hostile.packages,
    });
    assert.equal(result.layer.cached, false);
    assert.equal(result.layer.diffId, genuine.diffId);
    assert.deepEqual(result.layer.packages, genuine.packages);
    assert.ok(!result.bytes.includes("planted"), "the planted script is not in the layer");
  });

  it("the genuine blob under a record whose packages lie is not reused, and never reports the record's packages", async () => {
    const genuine = await buildOf(genuineDeb);
    const result = await plantAndBuild(await readFile(genuine.path), {
      digest: genuine.digest,
      diffId: genuine.diffId,
      size: genuine.size,
      mediaType: genuine.mediaType,
      packages: [{ name: "openssl", version: "99:9.9", architecture: "amd64", source: "openssl", files: 1 }],
    });
    assert.equal(result.layer.cached, false);
    assert.deepEqual(result.layer.packages, genuine.packages);
    assert.match(result.logs.join("\n"), /packages are not the ones its \.debs are/);
  });

  it("an entry the cache wrote itself is still reused (the check costs no hit)", async () => {
    const cacheDir = await mkdtemp(join(work, "layers-"));
    const first = await cachedPackageLayer(layerInput(cacheDir, await mkdtemp(join(work, "layer-out-"))));
    const second = await cachedPackageLayer(layerInput(cacheDir, await mkdtemp(join(work, "layer-out-"))));
    assert.equal(first.cached, false);
    assert.equal(second.cached, true);
    assert.equal(second.digest, first.digest);
    assert.equal(second.diffId, first.diffId);
  });
});

/** Clients as the action makes them for DB repositories. */
function dbClients(): RegistryClients {
  return new RegistryClients({ env: {}, onSecret: () => {} });
}

describe("a poisoned trivy DB in cache-dir", () => {
  let registry: TestRegistry;
  let genuine: TrivyDb;
  let pushed: PushedTrivyDb;
  let clients: RegistryClients;

  before(async () => {
    registry = await startRegistry();
    genuine = await buildTrivyDb();
    pushed = await pushTrivyDb(registry, "aquasec/trivy-db:2", genuine);
    clients = dbClients();
  });
  after(async () => {
    await clients.close();
    await registry.stop();
    await genuine.remove();
  });

  const junkMetadata = () =>
    JSON.stringify({
      Version: 2,
      NextUpdate: "2099-01-01T00:00:00Z",
      UpdatedAt: "2098-12-31T00:00:00Z",
      DownloadedAt: "0001-01-01T00:00:00Z",
    });
  const ensure = (cacheDir: string, lines: string[] = []) =>
    ensureVulnerabilityDb({ clients, repositories: [pushed.ref], cacheDir, log: (line) => lines.push(line) });
  const assertGenuineDownloaded = async (cacheDir: string, result: Awaited<ReturnType<typeof ensure>>) => {
    assert.equal(result.downloaded, true, "a request was made");
    assert.equal(result.source, pushed.ref);
    assert.equal(result.metadata.nextUpdate, genuine.metadata.NextUpdate);
    assert.deepEqual(
      await readFile(join(cacheDir, "db", "trivy.db")),
      await readFile(join(genuine.dir, "trivy.db")),
      "the DB on disk is the genuine one",
    );
  };

  it("a junk trivy.db with NextUpdate in 2099 and no record of ours is not used: the DB is downloaded", async () => {
    const cacheDir = await mkdtemp(join(work, "db-"));
    await mkdir(join(cacheDir, "db"), { recursive: true });
    await writeFile(join(cacheDir, "db", "trivy.db"), "junk, not a bolt database");
    await writeFile(join(cacheDir, "db", "metadata.json"), junkMetadata());
    const lines: string[] = [];
    await assertGenuineDownloaded(cacheDir, await ensure(cacheDir, lines));
    assert.match(lines.join("\n"), /not reused: it has no image-actions-db\.json/);
  });

  it("a trivy.db swapped under a genuine record is not used: the DB is downloaded", async () => {
    const cacheDir = await mkdtemp(join(work, "db-"));
    await ensure(cacheDir);
    const size = (await lstat(join(cacheDir, "db", "trivy.db"))).size;
    await writeFile(join(cacheDir, "db", "trivy.db"), Buffer.alloc(size, 0x5a));
    const lines: string[] = [];
    await assertGenuineDownloaded(cacheDir, await ensure(cacheDir, lines));
    assert.match(lines.join("\n"), /trivy\.db does not hash to the recorded/);
  });

  it("metadata re-dated to NextUpdate 2099 under a genuine record is not believed: past the real NextUpdate, it is downloaded", async () => {
    const cacheDir = await mkdtemp(join(work, "db-"));
    await ensure(cacheDir);
    await writeFile(join(cacheDir, "db", "metadata.json"), junkMetadata());
    const later = new Date(Date.parse(genuine.metadata.NextUpdate) + 1000);
    const result = await ensureVulnerabilityDb({ clients, repositories: [pushed.ref], cacheDir, now: later });
    assert.equal(result.downloaded, true);
    assert.equal(result.metadata.nextUpdate, genuine.metadata.NextUpdate);
  });

  it("a trivy.db that is a symlink (even to the genuine file) is not used", async () => {
    const cacheDir = await mkdtemp(join(work, "db-"));
    await ensure(cacheDir);
    await rm(join(cacheDir, "db", "trivy.db"));
    await symlink(join(genuine.dir, "trivy.db"), join(cacheDir, "db", "trivy.db"));
    const lines: string[] = [];
    await assertGenuineDownloaded(cacheDir, await ensure(cacheDir, lines));
    assert.match(lines.join("\n"), /trivy\.db is missing or not a regular file/);
  });

  it("a genuine DB past its NextUpdate is never used, even with no repository answering", async () => {
    const cacheDir = await mkdtemp(join(work, "db-"));
    await ensure(cacheDir);
    const later = new Date(Date.parse(genuine.metadata.NextUpdate) + 1000);
    const missing = `${registry.host}/missing/trivy-db:2`;
    await assert.rejects(
      ensureVulnerabilityDb({ clients, repositories: [missing], cacheDir, now: later }),
      (error: Error) =>
        error instanceof VulnerabilityDbError &&
        error.message.includes(missing) &&
        error.message.includes("past its NextUpdate"),
    );
  });

  it("a DB downloaded and left untouched is reused without a request", async () => {
    const cacheDir = await mkdtemp(join(work, "db-"));
    const first = await ensure(cacheDir);
    const again = await ensure(cacheDir);
    assert.equal(first.downloaded, true);
    assert.equal(again.downloaded, false);
    assert.equal(again.source, "cache");
    assert.equal(again.layerDigest, first.layerDigest);
  });
});

describe("a poisoned trivy layer-analysis cache in cache-dir", () => {
  let registry: TestRegistry;
  let db: TrivyDb;
  let pushedDb: PushedTrivyDb;
  let clients: RegistryClients;
  let vulnerable: string;
  let decoy: string;

  /** gzip(tar) of `files`, and its diff_id. */
  const layerOf = async (files: Record<string, string>) => {
    const archive = pack();
    const chunks: Buffer[] = [];
    archive.on("data", (chunk: unknown) => {
      chunks.push(chunk as Buffer);
    });
    const ended = new Promise<void>((resolve) => archive.on("end", () => resolve()));
    for (const [name, content] of Object.entries(files)) archive.entry({ name, mode: 0o644 }, content);
    archive.finalize();
    await ended;
    const tar = Buffer.concat(chunks);
    const data = gzipSync(tar);
    return { data, digest: sha256(data), diffId: sha256(tar) };
  };
  const pushWith = async (repository: string, config: Buffer, layer: { data: Buffer; digest: string }) => {
    await pushBlob(registry, repository, { data: config, digest: sha256(config) });
    await pushBlob(registry, repository, layer);
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: sha256(config), size: config.length },
        layers: [
          { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: layer.digest, size: layer.data.length },
        ],
      }),
    );
    const digest = await pushManifest(
      registry,
      repository,
      "1",
      manifest,
      "application/vnd.oci.image.manifest.v1+json",
    );
    return `${registry.host}/${repository}@${digest}`;
  };

  before(async () => {
    registry = await startRegistry();
    db = await buildTrivyDb();
    pushedDb = await pushTrivyDb(registry, "aquasec/trivy-db:2", db);
    clients = dbClients();
    // A Debian 12 root with a libc6 the fixture DB has a fixable advisory for.
    const real = await layerOf({
      "etc/os-release": 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\n',
      "etc/debian_version": "12.11\n",
      "var/lib/dpkg/status.d/libc6":
        "Package: libc6\nVersion: 2.36-9+deb12u10\nArchitecture: amd64\nSource: glibc\nMaintainer: Test <t@example.invalid>\nDescription: C library\n",
    });
    const config = Buffer.from(
      JSON.stringify({
        architecture: "amd64",
        os: "linux",
        config: {},
        rootfs: { type: "layers", diff_ids: [real.diffId] },
        history: [{ created_by: "test" }],
      }),
    );
    vulnerable = await pushWith("victim/app", config, real);
    // The decoy: the victim's config byte for byte (so its diff_ids), over a layer with nothing in it.
    decoy = await pushWith("attacker/decoy", config, await layerOf({ README: "nothing to see\n" }));
  });
  after(async () => {
    await clients.close();
    await registry.stop();
    await db.remove();
  });

  const vulnerabilityIds = (report: unknown) =>
    findingsFromTrivyReport(report as Record<string, unknown>)
      .map((finding) => `${finding.vulnerabilityId} ${finding.packageName}`)
      .sort();

  /** A cache-dir as a poisoned cache restores it: the genuine DB, and trivy's cache filled from the decoy. */
  const poisonedCacheDir = async () => {
    const cacheDir = await mkdtemp(join(work, "trivy-cache-"));
    await ensureVulnerabilityDb({ clients, repositories: [pushedDb.ref], cacheDir });
    await trivyOver(decoy, cacheDir);
    return cacheDir;
  };
  /** trivy itself over `image`'s first platform with `cacheDir`, as a job that trusts the cache would run it. */
  const trivyOver = async (image: string, cacheDir: string): Promise<string> => {
    const scratch = await mkdtemp(join(work, "direct-"));
    const reference = parseReference(image);
    const { manifests } = await resolveScanTargets(clients, reference);
    const layout = await writeScanLayout(
      clients.for(reference.registry),
      reference.repository,
      (manifests[0] as (typeof manifests)[number]).manifest,
      scratch,
    );
    const outputFile = join(scratch, "r.json");
    await runTrivy({ trivyPath: toolPath("trivy"), layoutDir: layout, cacheDir, outputFile });
    return outputFile;
  };
  const scan = async (cacheDir: string) => {
    const [scanned] = await scanImages({
      clients,
      images: [{ requested: vulnerable, reference: parseReference(vulnerable), category: "test" }],
      trivyPath: toolPath("trivy"),
      cacheDir,
      workDir: await mkdtemp(join(work, "scan-")),
    });
    return vulnerabilityIds(scanned?.report);
  };

  it("cannot hide the victim's findings from scanImages, though trivy run over it directly believes it", async () => {
    const clean = await scan(
      await mkdtemp(join(work, "trivy-clean-")).then(async (dir) => {
        await ensureVulnerabilityDb({ clients, repositories: [pushedDb.ref], cacheDir: dir });
        return dir;
      }),
    );
    assert.ok(
      clean.some((id) => id.endsWith(" libc6")),
      `a clean scan finds libc6's advisory: ${clean}`,
    );

    const cacheDir = await poisonedCacheDir();
    // The attack works on trivy itself: its cache answers for the victim's diff_ids.
    const believed = vulnerabilityIds(JSON.parse(await readFile(await trivyOver(vulnerable, cacheDir), "utf8")));
    assert.deepEqual(believed, [], "trivy over the poisoned cache sees nothing: the attack is real");

    assert.deepEqual(await scan(cacheDir), clean, "scanImages over the same cache-dir finds what a clean scan finds");
  });
});
