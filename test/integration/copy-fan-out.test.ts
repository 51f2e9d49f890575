// One copy to many destinations that share registries and repositories — what a mirror to the
// version's tag and its floating tags (`1.2.3`, `1.2`, `1`, `latest`) on two registries is. Each
// blob larger than a stream's buffer must reach every repository without the source stream waiting
// on a branch nobody reads: several tags of one repository share one upload (the client answers a
// second upload of the same blob and repository with the first's outcome and never reads its
// branch, which hung such a mirror), and a second repository on a registry mounts from the first.
// Every destination then holds the index, and each source blob was read once.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { copyImage, parseReference, RegistryClients } from "@image-actions/oci";
import { fetchManifest, type PushedIndex, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

/** Far longer than the copy takes (well under a second here): past it, the copy hung. */
const HANG_MS = 60_000;

function withinDeadline<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${HANG_MS} ms: it hung`)), HANG_MS);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

describe("copy to many tags and repositories at once", () => {
  let source: TestRegistry;
  let first: TestRegistry;
  let second: TestRegistry;
  let index: PushedIndex;

  before(async () => {
    [source, first, second] = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
    // Layers of 3 MiB: larger than a branch's 1 MiB buffer, so a branch nobody reads stops the source.
    index = await pushIndex(source, "app", "1.2.3", {
      platforms: [
        { os: "linux", architecture: "amd64" },
        { os: "linux", architecture: "arm64" },
      ],
      layers: [3 * 1024 * 1024, 3 * 1024 * 1024],
    });
  });
  after(() => Promise.all([source.stop(), first.stop(), second.stop()]));

  it("four tags in one repository on each of two registries, plus a second repository: every one holds the index", async () => {
    const tags = ["1.2.3", "1.2", "1", "latest"];
    const destinations = [
      ...tags.map((tag) => `${first.host}/org/app:${tag}`),
      ...tags.map((tag) => `${second.host}/org/app:${tag}`),
      `${second.host}/other/app:1.2.3`,
    ];
    const clients = new RegistryClients({ env: {}, onSecret: () => {} });
    const report = await withinDeadline(
      copyImage(
        clients,
        parseReference(`${source.host}/app@${index.digest}`),
        destinations.map((destination) => parseReference(destination)),
      ),
      "the copy",
    );
    const failed = report.destinations.filter((item) => item.status === "failed");
    assert.deepEqual(failed, [], "no destination failed");
    const layerBytes = index.children.reduce(
      (sum, child) => sum + child.layers.reduce((total, layer) => total + layer.data.length, 0),
      0,
    );
    assert.ok(
      report.sourceBytesRead < 2 * layerBytes,
      `each source blob read once for all destinations (${report.sourceBytesRead} bytes read, layers ${layerBytes})`,
    );
    for (const destination of destinations) {
      const reference = parseReference(destination);
      const registry = reference.registry === first.host ? first : second;
      const there = await fetchManifest(registry, reference.repository, reference.tag as string);
      assert.equal(there.digest, index.digest, `${destination} holds the index`);
    }
  });
});
