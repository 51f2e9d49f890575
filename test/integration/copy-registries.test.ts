// The copy engine, through the bundled CLI, between every registry setup of the harness: single
// images with Docker media types and multi-arch OCI indexes arrive digest-for-digest, and crane and
// skopeo accept what arrived.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cliEnv, runCli } from "../support/cli.ts";
import { mustExec } from "../support/exec.ts";
import { fetchManifest, pushImage, pushIndex } from "../support/images.ts";
import { type RegistryOptions, startRegistry, type TestRegistry } from "../support/registry.ts";
import { toolPath } from "../support/tools.ts";

const setups: Array<[string, RegistryOptions]> = [
  ["anonymous HTTP", {}],
  ["basic auth", { auth: "basic" }],
  ["bearer tokens", { auth: "bearer", anonymousPull: false }],
  ["TLS", { tls: true, auth: "basic" }],
  ["referrers API", { kind: "referrers" }],
];

async function skopeoInspect(registry: TestRegistry, ref: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  const args = ["inspect", "--raw", `docker://${ref}`];
  if (registry.tls) args.splice(1, 0, "--cert-dir", await certDir(registry));
  else args.splice(1, 0, "--tls-verify=false");
  if (registry.credentials)
    args.splice(1, 0, "--creds", `${registry.credentials.username}:${registry.credentials.password}`);
  return JSON.parse((await mustExec(toolPath("skopeo"), args, { env })).stdout);
}

async function certDir(registry: TestRegistry): Promise<string> {
  const { mkdtemp, copyFile } = await import("node:fs/promises");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = await mkdtemp(join(tmpdir(), "ia-certs-"));
  await copyFile(registry.ca?.certFile as string, join(dir, "ca.crt"));
  return dir;
}

describe("copy between registry setups", () => {
  let source: TestRegistry;
  before(async () => {
    source = await startRegistry();
  });
  after(() => source.stop());

  for (const [name, options] of setups) {
    describe(name, () => {
      let destination: TestRegistry;
      before(async () => {
        destination = await startRegistry(options);
      });
      after(() => destination.stop());

      it("a multi-arch OCI index arrives whole, digest-for-digest, and crane and skopeo accept it", async () => {
        // One layer over 256 KiB: read through bareGet in every setup, TLS included.
        const index = await pushIndex(source, "src/multi", "v1", { layers: [4096, 300_000] });
        const env = await cliEnv([source, destination]);
        const target = `${destination.host}/dst/multi:v1`;
        const result = await runCli(["copy", `${source.host}/src/multi:v1`, target, "--json"], env);
        assert.equal(result.code, 0, result.stderr);
        const report = JSON.parse(result.stdout) as {
          digest: string;
          destinations: Array<{ status: string; blobs: { copied: number } }>;
        };
        assert.equal(report.digest, index.digest);
        assert.equal(report.destinations[0]?.status, "copied");
        assert.equal(report.destinations[0]?.blobs.copied, 6);
        const arrived = await fetchManifest(destination, "dst/multi", "v1");
        assert.equal(arrived.digest, index.digest);
        assert.equal(arrived.mediaType, index.mediaType);
        for (const child of index.children) {
          assert.equal((await fetchManifest(destination, "dst/multi", child.digest)).status, 200);
        }
        await mustExec(toolPath("crane"), ["validate", "--remote", `${destination.host}/dst/multi@${index.digest}`], {
          env,
        });
        const raw = (await skopeoInspect(destination, target, env)) as { manifests: unknown[] };
        assert.equal(raw.manifests.length, 2);
      });

      it("a single image with Docker media types arrives, and copies back out unchanged", async () => {
        const image = await pushImage(source, "src/single", "v1", { mediaTypes: "docker", layers: [1000, 2000, 3000] });
        const env = await cliEnv([source, destination]);
        const there = await runCli(["copy", `${source.host}/src/single:v1`, `${destination.host}/dst/single:v1`], env);
        assert.equal(there.code, 0, there.stderr);
        const back = await runCli(["copy", `${destination.host}/dst/single:v1`, `${source.host}/back/single:v1`], env);
        assert.equal(back.code, 0, back.stderr);
        const arrived = await fetchManifest(source, "back/single", "v1");
        assert.equal(arrived.digest, image.digest);
        assert.equal(arrived.mediaType, "application/vnd.docker.distribution.manifest.v2+json");
        await mustExec(toolPath("crane"), ["validate", "--remote", `${destination.host}/dst/single@${image.digest}`], {
          env,
        });
        const digest = await runCli(["digest", `${destination.host}/dst/single:v1`], env);
        assert.equal(digest.stdout.trim(), image.digest);
      });
    });
  }
});
