// The copy engine under faults injected between it and real registries: transient faults are
// survived with an identical result, persistent ones fail clearly, no destination tag ever points at
// missing content, a re-run moves only what is missing, and corrupt bytes fail naming the digest.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { copyImage, parseReference, RegistryClients } from "@image-actions/oci";
import { writeDockerConfig } from "../support/docker-config.ts";
import { startFaultProxy } from "../support/fault-proxy.ts";
import { fetchManifest, type PushedIndex, pushIndex } from "../support/images.ts";
import { proxiedRegistries } from "../support/proxied-registries.ts";
import { startRegistry } from "../support/registry.ts";

const fastRetries = { backoff: { retries: 4, baseDelayMs: 20, maxDelayMs: 200 } };

function clients(): RegistryClients {
  return new RegistryClients({ env: {}, onSecret: () => {}, transportOptions: fastRetries });
}

describe("copy under injected faults", () => {
  const world = proxiedRegistries();
  let index: PushedIndex;
  let run = 0;

  before(async () => {
    index = await pushIndex(world.source, "src/app", "v1", { layers: [300_000, 20_000] });
  });

  const copy = (repository: string, options = {}) => {
    const pool = clients();
    return copyImage(
      pool,
      parseReference(`${world.sourceProxy.host}/src/app:v1`),
      [parseReference(`${world.destinationProxy.host}/${repository}:v1`)],
      options,
    ).finally(() => pool.close());
  };

  const transient: Array<[string, () => void]> = [
    [
      "503 twice on blob uploads",
      () =>
        world.destinationProxy.addRule({
          method: "PUT",
          path: /\/blobs\/uploads\//,
          fault: { type: "status", status: 503 },
          times: 2,
        }),
    ],
    [
      "429 with Retry-After seconds on manifest pushes",
      () =>
        world.destinationProxy.addRule({
          method: "PUT",
          path: /\/manifests\//,
          fault: { type: "retry-after", seconds: 1, form: "seconds" },
          times: 1,
        }),
    ],
    [
      "429 with an HTTP-date Retry-After on blob HEADs",
      () =>
        world.destinationProxy.addRule({
          method: "HEAD",
          path: /\/blobs\//,
          fault: { type: "retry-after", seconds: 1, form: "http-date" },
          times: 2,
        }),
    ],
    [
      "502 on source manifest reads",
      () =>
        world.sourceProxy.addRule({
          method: "GET",
          path: /\/manifests\//,
          fault: { type: "status", status: 502 },
          times: 2,
        }),
    ],
    [
      "connection reset mid-body on a source blob",
      () => world.sourceProxy.addRule({ method: "GET", path: /\/blobs\/sha256/, fault: { type: "reset" }, times: 1 }),
    ],
    [
      "a truncated source blob (resumed with Range)",
      () =>
        world.sourceProxy.addRule({ method: "GET", path: /\/blobs\/sha256/, fault: { type: "truncate" }, times: 2 }),
    ],
    [
      "slow responses",
      () => world.destinationProxy.addRule({ path: /\/blobs\//, fault: { type: "delay", ms: 150 }, times: 3 }),
    ],
  ];
  for (const [name, inject] of transient) {
    it(`survives ${name} with an identical result`, async () => {
      const repository = `transient/r${++run}`;
      inject();
      const report = await copy(repository);
      assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
      const arrived = await fetchManifest(world.destination, repository, "v1");
      assert.equal(arrived.digest, index.digest);
      for (const child of index.children)
        assert.equal((await fetchManifest(world.destination, repository, child.digest)).status, 200);
    });
  }

  it("fails a persistent fault clearly, leaves no tag behind, and a re-run moves only what is missing", async () => {
    const repository = "persistent/app";
    // Every push of the index fails (by digest, or by its tag, which is how a copy with nothing to
    // attach writes it): blobs and child manifests land, the index and tag must not.
    world.destinationProxy.addRule({
      method: "PUT",
      path: new RegExp(`/manifests/(${index.digest}|v1)$`),
      fault: { type: "status", status: 500 },
    });
    const failed = await copy(repository);
    const failure = failed.destinations[0];
    assert.equal(failure?.status, "failed");
    assert.match(failure?.error ?? "", /put manifest .*:v1.*HTTP 500/);
    assert.equal((await fetchManifest(world.destination, repository, "v1")).status, 404, "the tag must not exist");

    world.destinationProxy.clearRules();
    const rerun = await copy(repository);
    const done = rerun.destinations[0];
    assert.equal(done?.status, "copied");
    assert.equal(done?.blobs.copied, 0, "no blob is sent again");
    assert.equal(done?.blobs.skipped, 6);
    assert.equal(done?.manifests.copied, 1, "only the index is pushed");
    assert.equal((await fetchManifest(world.destination, repository, "v1")).digest, index.digest);
  });

  it("fails naming the digest when the source serves corrupt bytes, and writes no tag", async () => {
    const repository = "corrupt/app";
    world.sourceProxy.addRule({ method: "GET", path: /\/blobs\/sha256/, fault: { type: "corrupt" } });
    const report = await copy(repository);
    const result = report.destinations[0];
    assert.equal(result?.status, "failed");
    assert.match(result?.error ?? "", /sha256:[0-9a-f]{64} failed verification|DIGEST_INVALID/);
    assert.equal((await fetchManifest(world.destination, repository, "v1")).status, 404);
  });

  it("fails a corrupt manifest read naming the digest", async () => {
    world.sourceProxy.addRule({
      method: "GET",
      path: new RegExp(`/manifests/${index.children[0]?.digest}`),
      fault: { type: "corrupt" },
    });
    await assert.rejects(copy("corrupt/manifest"), new RegExp(`${index.children[0]?.digest}.*failed verification`));
  });

  it("a second run of a finished copy decides with one HEAD that there is nothing to do", async () => {
    const repository = "noop/app";
    await copy(repository);
    const before = world.destinationProxy.requests.length;
    const report = await copy(repository);
    assert.equal(report.destinations[0]?.status, "up-to-date");
    const requests = world.destinationProxy.requests.slice(before);
    assert.deepEqual(
      requests.map((request) => `${request.method} ${request.path}`),
      [`HEAD /v2/${repository}/manifests/v1`],
    );
  });
});

describe("fan-out", () => {
  it("reads each source blob once for three destinations, and one failing destination does not stop the others", async () => {
    const source = await startRegistry();
    const destinations = await Promise.all([
      startRegistry(),
      startRegistry({ auth: "basic" }),
      startRegistry({ kind: "referrers" }),
    ]);
    const broken = await startFaultProxy({ url: destinations[0]?.url as string });
    try {
      const index = await pushIndex(source, "src/app", "v1", { layers: [500_000, 100_000, 50_000] });
      broken.addRule({ method: "PUT", path: /\/manifests\//, fault: { type: "status", status: 500 } });
      const dir = await writeDockerConfig(destinations);
      const pool = new RegistryClients({
        env: { DOCKER_CONFIG: dir },
        onSecret: () => {},
        transportOptions: fastRetries,
      });
      const targets = [`${destinations[1]?.host}/app:v1`, `${destinations[2]?.host}/app:v1`, `${broken.host}/app:v1`];
      const report = await copyImage(
        pool,
        parseReference(`${source.host}/src/app:v1`),
        targets.map(parseReference),
      ).finally(() => pool.close());
      assert.equal(report.sourceBytesRead, report.blobBytes, "every source blob byte read exactly once");
      assert.deepEqual(
        report.destinations.map((destination) => destination.status),
        ["copied", "copied", "failed"],
      );
      for (const destination of destinations.slice(1))
        assert.equal((await fetchManifest(destination, "app", "v1")).digest, index.digest);
    } finally {
      await broken.close();
      await Promise.all([source, ...destinations].map((registry) => registry.stop()));
    }
  });
});
