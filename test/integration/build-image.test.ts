// The image around a build's layers, against real registries and independent tools: the config keeps
// the base's and applies the changes as documented (env merged by name, PATH kept, a new entrypoint
// drops the base's cmd, created and history from source-date-epoch), its bytes depend only on its
// inputs; an image of the distroless-like base plus one new layer, as an index over amd64 and
// arm64, pushes to another registry with the tag written last and passes `crane validate`, and
// pushing it again uploads nothing; written as an OCI layout instead, skopeo copies it whole and
// umoci unpacks a single-platform one.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import {
  type BuiltImage,
  buildConfig,
  buildIndex,
  buildManifest,
  imageAnnotations,
  mergeEnv,
  pushImage,
  writeOciLayout,
} from "@image-actions/build";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { tarWithFile } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const sha256 = (data: Buffer) => `sha256:${createHash("sha256").update(data).digest("hex")}`;

describe("the image config", () => {
  const base = {
    architecture: "amd64",
    os: "linux",
    config: {
      Env: ["PATH=/usr/local/bin:/usr/bin:/bin", "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"],
      Cmd: ["/bin/sh"],
    },
    rootfs: { type: "layers", diff_ids: ["sha256:aa"] },
    history: [{ created: "2020-01-01T00:00:00Z" }],
  };

  it("applies the changes to the base's config, with created and history from the epoch", () => {
    const config = buildConfig(
      base,
      [{ diffId: "sha256:bb", createdBy: "debian packages: dumb-init" }],
      {
        entrypoint: ["/usr/bin/dumb-init", "--"],
        env: new Map([
          ["LANG", "C.UTF-8"],
          ["SSL_CERT_FILE", "/etc/ca.pem"],
        ]),
        labels: new Map([["org.example.team", "release"]]),
        user: "65532",
      },
      1_700_000_000,
    );
    const parsed = JSON.parse(config.bytes.toString()) as typeof base & { created: string };
    assert.equal(parsed.created, "2023-11-14T22:13:20Z");
    assert.deepEqual(parsed.config, {
      Entrypoint: ["/usr/bin/dumb-init", "--"],
      Env: ["PATH=/usr/local/bin:/usr/bin:/bin", "SSL_CERT_FILE=/etc/ca.pem", "LANG=C.UTF-8"],
      Labels: { "org.example.team": "release" },
      User: "65532",
    });
    assert.deepEqual(parsed.rootfs.diff_ids, ["sha256:aa", "sha256:bb"]);
    assert.deepEqual(parsed.history.at(-1), {
      created: "2023-11-14T22:13:20Z",
      created_by: "debian packages: dumb-init",
    });
    assert.equal(config.digest, sha256(config.bytes));
  });

  it("gives the same bytes for the same inputs, whatever the order of the maps", () => {
    const one = buildConfig(
      base,
      [],
      {
        env: new Map([
          ["A", "1"],
          ["B", "2"],
        ]),
        labels: new Map([
          ["x", "1"],
          ["y", "2"],
        ]),
      },
      0,
    );
    const two = buildConfig(
      base,
      [],
      {
        env: new Map([
          ["A", "1"],
          ["B", "2"],
        ]),
        labels: new Map([
          ["y", "2"],
          ["x", "1"],
        ]),
      },
      0,
    );
    assert.equal(one.digest, two.digest);
    assert.deepEqual(
      mergeEnv(
        ["PATH=/bin"],
        new Map([
          ["Z", "1"],
          ["A", "2"],
        ]),
      ),
      ["PATH=/bin", "A=2", "Z=1"],
    );
  });
});

describe("publishing a built image", () => {
  let source: TestRegistry;
  let destination: TestRegistry;
  let base: DistrolessBase;
  let clients: RegistryClients;
  let image: BuiltImage;

  before(async () => {
    [source, destination] = await Promise.all([startRegistry(), startRegistry()]);
    base = await buildDistrolessBase(source, "distroless/base");
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    const work = await mkdtemp(join(tmpdir(), "ia-build-image-"));
    const tar = tarWithFile("app/hello.txt", Buffer.from("hello from the build\n"));
    const layerFile = join(work, "layer.tar.gz");
    const gz = gzipSync(tar);
    await writeFile(layerFile, gz);
    const baseRef = parseReference(base.ref);
    const platforms = await Promise.all(
      base.children.map(async (child) => {
        const manifest = await clients.for(source.host).getManifest("distroless/base", child.digest);
        const [configDescriptor, ...baseLayers] = manifest.blobs;
        const baseConfig = JSON.parse(
          (await clients.for(source.host).readBlob("distroless/base", configDescriptor as never)).toString(),
        ) as Record<string, unknown>;
        const layer = {
          mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
          digest: sha256(gz),
          size: (await stat(layerFile)).size,
          path: layerFile,
        };
        const config = buildConfig(
          baseConfig,
          [{ diffId: sha256(tar), createdBy: "test layer" }],
          {
            env: new Map(),
            labels: new Map(),
          },
          0,
        );
        const built = buildManifest(
          config,
          [...baseLayers, layer],
          imageAnnotations({ name: base.taggedRef, digest: base.digest }, 0, {}),
        );
        return {
          platform: parsePlatform(child.platform),
          base: baseRef,
          baseLayers,
          newLayers: [layer],
          config,
          manifest: built,
        };
      }),
    );
    image = {
      platforms,
      index: buildIndex(
        platforms.map((item) => ({ manifest: item.manifest, platform: item.platform })),
        {},
      ),
    };
  });
  after(async () => {
    await clients.close();
    await Promise.all([source.stop(), destination.stop()]);
  });

  it("pushes to another registry, tag last; crane validates it; a second push uploads nothing", async () => {
    const target = parseReference(`${destination.host}/built/app:1.0.0`);
    const first = await pushImage(clients, image, [target]);
    assert.ok(first.blobsUploaded > 0);
    const digest = await crane(destination, ["digest", `${destination.host}/built/app:1.0.0`]);
    assert.equal(digest, image.index?.digest);
    await crane(destination, ["validate", "--remote", `${destination.host}/built/app:1.0.0`]);
    const again = await pushImage(clients, image, [target]);
    assert.equal(again.blobsUploaded, 0);
    assert.equal(again.bytesUploaded, 0);
  });

  it("mounts the base's layers within one registry instead of uploading them", async () => {
    const stats = await pushImage(clients, image, [parseReference(`${source.host}/built/app:1.0.0`)]);
    assert.ok(stats.blobsMounted > 0, JSON.stringify(stats));
    assert.equal(stats.blobsUploaded, 3, "the new layer once and one config per platform");
  });

  it("writes OCI layouts: skopeo copies the index and all its blobs, umoci unpacks one platform", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-layout-"));
    await writeOciLayout(clients, image, join(dir, "layout"), "1.0.0");
    const index = JSON.parse(await readFile(join(dir, "layout", "index.json"), "utf8")) as {
      manifests: Array<{ digest: string }>;
    };
    assert.equal(index.manifests[0]?.digest, image.index?.digest);
    // skopeo reads every manifest and blob of every platform, checking each digest as it copies.
    await mustExec("skopeo", ["copy", "--all", `oci:${join(dir, "layout")}:1.0.0`, `oci:${join(dir, "copy")}:1.0.0`]);
    // umoci takes one image, not an index: a single-platform build is written without one.
    const single: BuiltImage = { platforms: [image.platforms[0] as BuiltImage["platforms"][number]] };
    await writeOciLayout(clients, single, join(dir, "single"), "1.0.0");
    await mustExec("umoci", ["unpack", "--rootless", "--image", `${join(dir, "single")}:1.0.0`, join(dir, "bundle")]);
    assert.equal(await readFile(join(dir, "bundle", "rootfs", "app", "hello.txt"), "utf8"), "hello from the build\n");
    assert.match(await readFile(join(dir, "bundle", "rootfs", "etc", "passwd"), "utf8"), /^nonroot:x:65532:/m);
  });
});
