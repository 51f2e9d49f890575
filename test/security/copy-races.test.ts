// Several OS processes copying one image to one destination at the same moment all succeed, and the
// destination holds the whole image. Raced for real — three `image-actions copy` CLI processes per
// trial, a four-platform index whose platforms share nothing but whose processes share every blob
// and manifest — on the CNCF distribution registry and on the referrers-API registry, with the
// source on another registry (plain uploads) and on the same one (cross-repository mounts). On
// distribution a second upload of a blob, or put of a manifest, rewrites the repository's link file
// in place, and a manifest put that checks it meanwhile is refused with DIGEST_INVALID and
// MANIFEST_BLOB_UNKNOWN (packages/oci/src/manifest-put.ts): before the fix one trial in four had a
// process fail so. Each destination is checked with crane validate, an independent reader. And the
// retry does not hide a real refusal: a manifest naming a blob that is not there still fails, with
// the registry's codes, after one second look.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { digestOf, ignoreSecrets, OCI_MANIFEST, RegistryClients, RegistryError } from "@image-actions/oci";
import { cliEnv, runCli } from "../support/cli.ts";
import { cosignEnv } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { mustExec } from "../support/exec.ts";
import { fetchManifest, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { toolPath } from "../support/tools.ts";

/** Processes racing per trial: three collide more often than two, so a failure shows up in few trials. */
const PROCESSES = 3;
/** Trials per setup on distribution, where the race was seen; fewer on the referrers registry, a guard. */
const TRIALS = { distribution: 12, referrers: 4 } as const;
const PLATFORMS = ["amd64", "arm64", "s390x", "ppc64le"].map((architecture) => ({ os: "linux", architecture }));
/** One layer over the engine's small-blob size, the rest small: many blobs and links per platform. */
const LAYERS = [1_500_000, 1024, 1024, 1024, 1024];

for (const kind of ["distribution", "referrers"] as const)
  for (const sourceWhere of ["another registry", "the same registry"] as const)
    describe(`${PROCESSES} processes copying one image to one ${kind} destination, source on ${sourceWhere}`, () => {
      let destination: TestRegistry;
      let source: TestRegistry;
      let env: NodeJS.ProcessEnv;
      let craneEnv: NodeJS.ProcessEnv;

      before(async () => {
        destination = await startRegistry({ kind });
        source = sourceWhere === "the same registry" ? destination : await startRegistry();
        const registries = source === destination ? [destination] : [source, destination];
        env = await cliEnv(registries);
        craneEnv = await cosignEnv(registries);
      });
      after(async () => {
        await destination.stop();
        if (source !== destination) await source.stop();
      });

      it("every process succeeds and the destination holds the whole image", async (t) => {
        let failedTrials = 0;
        const failures: string[] = [];
        for (let trial = 0; trial < TRIALS[kind]; trial++) {
          const image = await pushIndex(source, `src/t${trial}`, "1", { platforms: PLATFORMS, layers: LAYERS });
          const target = `${destination.host}/dst/t${trial}:1`;
          const runs = await Promise.all(
            Array.from({ length: PROCESSES }, () => runCli(["copy", image.ref, target], env)),
          );
          const failed = runs.filter((run) => run.code !== 0);
          if (failed.length > 0) failedTrials++;
          failures.push(
            ...failed.map((run) => `trial ${trial}: ${(run.stdout + run.stderr).trim().split("\n").at(-1)}`),
          );
          if (failed.length === runs.length) continue;
          const copied = await fetchManifest(destination, `dst/t${trial}`, "1");
          assert.equal(
            copied.digest,
            image.digest,
            `${target} holds ${copied.digest}, not the source's ${image.digest}`,
          );
          await mustExec(
            toolPath("crane"),
            ["validate", "--remote", `${destination.host}/dst/t${trial}@${image.digest}`],
            {
              env: craneEnv,
            },
          );
        }
        t.diagnostic(
          `${kind}, source on ${sourceWhere}: ${TRIALS[kind]} trials × ${PROCESSES} processes, ${failedTrials} trials had a process fail`,
        );
        assert.equal(
          failedTrials,
          0,
          `${failedTrials} of ${TRIALS[kind]} trials had a copy fail; first: ${failures.slice(0, 3).join("\n")}`,
        );
      });
    });

describe("a manifest put refused for a blob that is really missing", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  before(async () => {
    registry = await startRegistry();
    clients = new RegistryClients({
      env: { DOCKER_CONFIG: await writeDockerConfig([registry]) },
      onSecret: ignoreSecrets,
    });
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  it("still fails with the registry's MANIFEST_BLOB_UNKNOWN, after one look at what it names", async () => {
    const config = Buffer.from(`{"never":"uploaded ${Date.now()}"}`);
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: "application/vnd.oci.image.config.v1+json",
          digest: digestOf(config),
          size: config.length,
        },
        layers: [],
      }),
    );
    const stats = { requests: 0, retries: 0 };
    const put = clients
      .for(registry.host)
      .putManifest("missing/app", "1", { bytes, digest: digestOf(bytes), mediaType: OCI_MANIFEST }, stats);
    await assert.rejects(put, (error: unknown) => error instanceof RegistryError && error.has("MANIFEST_BLOB_UNKNOWN"));
    // Two puts, each followed by a HEAD of the one blob: missing at both looks, so missing.
    assert.equal(stats.retries, 1, `${stats.retries} retries`);
  });
});
