// readBaseImage with a cache directory keeps what the base's layers hold under the platform
// manifest's digest: a second read of the same base gives the same answer without fetching a single
// layer, and every hit is verified again — an entry whose bytes were altered (a package version
// changed, its recorded SHA-256 left alone), or a well-formed entry that names another manifest, is
// detected, logged, and the base read from the registry again and the entry replaced, never trusted.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { readBaseImage } from "@image-actions/debian";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const PLATFORM = parsePlatform("linux/amd64");

describe("readBaseImage with the base cache", () => {
  let registry: TestRegistry;
  let proxy: FaultProxy;
  let clients: RegistryClients;
  let base: DistrolessBase;
  let reference: ReturnType<typeof parseReference>;
  let layerDigests: string[];
  const dirs: string[] = [];

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ url: registry.url });
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    base = await buildDistrolessBase(registry, "distroless/base", { flavour: "base", platforms: ["linux/amd64"] });
    reference = parseReference(`${proxy.host}/distroless/base@${base.digest}`);
    const child = base.children.find((entry) => entry.platform === "linux/amd64");
    assert.ok(child);
    const manifest = await clients.for(registry.host).getManifest("distroless/base", child.digest);
    layerDigests = manifest.blobs.slice(1).map((blob) => blob.digest);
    assert.ok(layerDigests.length > 0);
  });
  after(async () => {
    await clients.close();
    await proxy.close();
    await registry.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function cacheDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "ia-base-cache-"));
    dirs.push(dir);
    return dir;
  }

  /** Reads the base through the proxy; returns the image, the layer GETs it made and what it logged. */
  async function read(dir: string) {
    const before = proxy.requests.length;
    const logged: string[] = [];
    const image = await readBaseImage(clients, reference, PLATFORM, {
      cacheDir: dir,
      log: (line) => logged.push(line),
    });
    const layerGets = proxy.requests
      .slice(before)
      .filter((request) => request.method === "GET" && layerDigests.some((digest) => request.path.endsWith(digest)));
    return { image, layerGets: layerGets.length, logged };
  }

  it("a second read of the same base fetches no layer and gives the same answer", async () => {
    const dir = await cacheDir();
    const uncached = await readBaseImage(clients, reference, PLATFORM);
    const first = await read(dir);
    assert.equal(first.layerGets, layerDigests.length);
    assert.deepEqual(first.image, uncached);
    const second = await read(dir);
    assert.equal(second.layerGets, 0);
    assert.deepEqual(second.image, uncached);
    assert.deepEqual(second.logged, []);
    assert.ok(uncached.installed.length > 0);
  });

  it("an entry altered on disk is detected, read again from the registry and replaced", async () => {
    const dir = await cacheDir();
    const truth = (await read(dir)).image;
    const [file] = (await readdir(dir)).filter((name) => name.endsWith(".json"));
    assert.ok(file);
    const text = await readFile(join(dir, file), "utf8");
    const victim = truth.installed[0];
    assert.ok(victim);
    const forged = text.replace(`"version":"${victim.version}"`, `"version":"99:${victim.version}"`);
    assert.notEqual(forged, text);
    await writeFile(join(dir, file), forged);

    const altered = await read(dir);
    assert.equal(altered.layerGets, layerDigests.length, "the base was read again");
    assert.deepEqual(altered.image, truth);
    assert.match(altered.logged.join("\n"), /does not match its recorded SHA-256/);
    const again = await read(dir);
    assert.equal(again.layerGets, 0, "the replaced entry verifies");
    assert.deepEqual(again.image, truth);
  });

  it("a consistent entry naming another manifest is not used for this one", async () => {
    const dir = await cacheDir();
    const truth = (await read(dir)).image;
    const [file] = (await readdir(dir)).filter((name) => name.endsWith(".json"));
    assert.ok(file);
    const other = `sha256:${"0".repeat(64)}`;
    const entry = JSON.parse(await readFile(join(dir, file), "utf8"));
    entry.manifestDigest = other;
    entry.content.installed = [];
    const bytes = Buffer.from(JSON.stringify(entry));
    await writeFile(join(dir, file), bytes);
    await writeFile(join(dir, file.replace(/\.json$/, ".sha256")), createHash("sha256").update(bytes).digest("hex"));

    const result = await read(dir);
    assert.equal(result.layerGets, layerDigests.length);
    assert.deepEqual(result.image, truth);
    assert.match(result.logged.join("\n"), /not one this version wrote for it/);
  });
});
