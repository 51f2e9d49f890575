// Every registry setup the harness offers really works, and really enforces what it claims:
// crane pushes and pulls through each, and an unauthenticated push is refused where auth is on.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { cosignEnv } from "../support/cosign.ts";
import { execTool, mustExec } from "../support/exec.ts";
import { fetchManifest, pushImage, pushIndex, tarWithFile } from "../support/images.ts";
import { type RegistryOptions, startRegistry, type TestRegistry } from "../support/registry.ts";
import { rawRequest } from "../support/registry-http.ts";
import { toolPath } from "../support/tools.ts";

const setups: Array<[string, RegistryOptions]> = [
  ["anonymous HTTP", {}],
  ["htpasswd basic auth", { auth: "basic" }],
  ["bearer token auth", { auth: "bearer", anonymousPull: false }],
  ["TLS with a throwaway CA", { tls: true, auth: "basic" }],
  ["referrers API registry", { kind: "referrers" }],
];

for (const [name, options] of setups) {
  describe(`registry fixture: ${name}`, () => {
    let registry: TestRegistry;
    let env: NodeJS.ProcessEnv;
    before(async () => {
      registry = await startRegistry(options);
      env = await cosignEnv([registry]);
    });
    after(() => registry.stop());

    it("accepts a crane push and serves it back to crane pull", async () => {
      const dir = await mkdtemp(join(tmpdir(), "ia-crane-"));
      const layer = join(dir, "layer.tar");
      await writeFile(layer, tarWithFile("hello.txt", Buffer.from("hello from crane\n")));
      const ref = `${registry.host}/crane/hello:v1`;
      await mustExec(toolPath("crane"), ["append", "-f", layer, "-t", ref], { env });
      const digest = (await mustExec(toolPath("crane"), ["digest", ref], { env })).stdout.trim();
      assert.match(digest, /^sha256:[0-9a-f]{64}$/);
      await mustExec(toolPath("crane"), ["pull", ref, join(dir, "pulled.tar")], { env });
      await mustExec(toolPath("crane"), ["validate", "--remote", `${registry.host}/crane/hello@${digest}`], { env });
    });

    it("takes images and indexes pushed by the fixture helper, which crane validates", async () => {
      const image = await pushImage(registry, "fixture/single", "v1", { layers: [2048, 4096], mediaTypes: "docker" });
      const index = await pushIndex(registry, "fixture/multi", "v1");
      await mustExec(toolPath("crane"), ["validate", "--remote", image.ref], { env });
      await mustExec(toolPath("crane"), ["validate", "--remote", index.ref], { env });
      const read = await fetchManifest(registry, "fixture/multi", "v1");
      assert.equal(read.digest, index.digest);
      assert.equal(read.mediaType, index.mediaType);
    });

    if (options.auth) {
      it("refuses an anonymous push", async () => {
        const response = await rawRequest(`${registry.url}/v2/anonymous/blobs/uploads/`, {
          method: "POST",
          ...(registry.ca ? { ca: registry.ca.pem } : {}),
        });
        assert.equal(response.status, 401);
        const challenge = String(response.headers["www-authenticate"]);
        assert.match(challenge, options.auth === "bearer" ? /^Bearer realm="[^"]+",service="[^"]+"/ : /^Basic realm=/);
      });

      it("refuses crane with wrong credentials", async () => {
        const wrongEnv = { ...env, DOCKER_CONFIG: await mkdtemp(join(tmpdir(), "ia-wrong-")) };
        await writeFile(
          join(wrongEnv.DOCKER_CONFIG as string, "config.json"),
          JSON.stringify({ auths: { [registry.host]: { auth: Buffer.from("ia-user:wrong").toString("base64") } } }),
        );
        const result = await execTool(toolPath("crane"), ["digest", `${registry.host}/fixture/single:v1`], {
          env: wrongEnv,
        });
        assert.notEqual(result.code, 0);
      });
    }
  });
}

describe("referrers support differs between the two registry kinds", () => {
  it("the referrers registry lists an artifact by its subject; distribution has no referrers API", async () => {
    const withApi = await startRegistry({ kind: "referrers" });
    const without = await startRegistry();
    try {
      for (const registry of [withApi, without]) {
        const subject = await pushImage(registry, "app", "v1");
        const artifact = await pushImage(registry, "app", undefined, {
          annotations: { "org.example.kind": "sbom" },
        });
        // Re-push the artifact's manifest with a subject pointing at the image.
        const manifest = JSON.parse(artifact.manifest.toString()) as Record<string, unknown>;
        manifest.subject = { mediaType: subject.mediaType, digest: subject.digest, size: subject.size };
        manifest.artifactType = "application/vnd.example.sbom";
        const body = Buffer.from(JSON.stringify(manifest));
        const { pushManifest, sha256 } = await import("../support/images.ts");
        await pushManifest(registry, "app", sha256(body), body, subject.mediaType);
        const response = await rawRequest(`${registry.url}/v2/app/referrers/${subject.digest}`, { method: "GET" });
        if (registry === withApi) {
          assert.equal(response.status, 200);
          const index = JSON.parse(response.body.toString()) as { manifests: Array<{ digest: string }> };
          assert.deepEqual(
            index.manifests.map((descriptor) => descriptor.digest),
            [sha256(body)],
          );
        } else {
          assert.equal(response.status, 404);
        }
      }
    } finally {
      await Promise.all([withApi.stop(), without.stop()]);
    }
  });
});
