// Copy options and protocol details a user relies on: the explicit platform filter (and that it
// changes the digest), cross-repository mounts within one registry, redirects that must not carry
// the registry's credentials to another host, oversized manifests refused, and docker credential
// helper executables.
import assert from "node:assert/strict";
import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  copyImage,
  parsePlatform,
  parseReference,
  RegistryClients,
  staticCredentials,
  Transport,
} from "@image-actions/oci";
import { cliEnv, runCli } from "../support/cli.ts";
import { fetchManifest, type PushedIndex, pushIndex, sha256 } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const pool = () => new RegistryClients({ env: {}, onSecret: () => {} });

describe("copy options", () => {
  let source: TestRegistry;
  let destination: TestRegistry;
  let index: PushedIndex;
  before(async () => {
    [source, destination] = await Promise.all([startRegistry(), startRegistry()]);
    index = await pushIndex(source, "multi", "v1", {
      platforms: [
        { os: "linux", architecture: "amd64" },
        { os: "linux", architecture: "arm64", variant: "v8" },
        { os: "linux", architecture: "s390x" },
      ],
    });
  });
  after(() => Promise.all([source.stop(), destination.stop()]));

  it("one platform of an index copies that platform's manifest, by its own digest", async () => {
    const clients = pool();
    const report = await copyImage(
      clients,
      parseReference(`${source.host}/multi:v1`),
      [parseReference(`${destination.host}/one:v1`)],
      {
        platforms: [parsePlatform("linux/arm64")],
      },
    ).finally(() => clients.close());
    assert.equal(report.digest, index.children[1]?.digest);
    assert.equal((await fetchManifest(destination, "one", "v1")).digest, index.children[1]?.digest);
  });

  it("two platforms of three make a new index: an explicit, digest-changing choice", async () => {
    const clients = pool();
    const report = await copyImage(
      clients,
      parseReference(`${source.host}/multi:v1`),
      [parseReference(`${destination.host}/two:v1`)],
      {
        platforms: [parsePlatform("linux/amd64"), parsePlatform("linux/s390x")],
      },
    ).finally(() => clients.close());
    assert.notEqual(report.digest, index.digest);
    const arrived = await fetchManifest(destination, "two", "v1");
    assert.equal(arrived.digest, report.digest);
    const listed = (JSON.parse(arrived.body.toString()) as { manifests: Array<{ digest: string }> }).manifests.map(
      (entry) => entry.digest,
    );
    assert.deepEqual(listed, [index.children[0]?.digest, index.children[2]?.digest]);
  });

  it("a platform the index lacks is a clear error naming what it has", async () => {
    const clients = pool();
    await assert.rejects(
      copyImage(clients, parseReference(`${source.host}/multi:v1`), [parseReference(`${destination.host}/none:v1`)], {
        platforms: [parsePlatform("windows/amd64")],
      }).finally(() => clients.close()),
      /no windows\/amd64 \(it has linux\/amd64, linux\/arm64\/v8, linux\/s390x\)/,
    );
  });

  it("within one registry, blobs are mounted from the source repository, not sent again", async () => {
    const clients = pool();
    const report = await copyImage(clients, parseReference(`${source.host}/multi:v1`), [
      parseReference(`${source.host}/mounted/copy:v1`),
    ]).finally(() => clients.close());
    const result = report.destinations[0];
    assert.equal(result?.status, "copied");
    assert.equal(result?.blobs.mounted, 6);
    assert.equal(result?.blobs.copied, 0);
    assert.equal(result?.bytes, 0);
    assert.equal((await fetchManifest(source, "mounted/copy", "v1")).digest, index.digest);
  });

  for (const chunked of [false, true]) {
    it(`a manifest over 4 MiB is refused (${chunked ? "chunked" : "with Content-Length"})`, async () => {
      // Real registries refuse to store such a manifest, so a misbehaving server serves one.
      const huge = Buffer.alloc(4 * 1024 * 1024 + 10, 0x20);
      const server = createServer((_request, response) => {
        response.writeHead(200, {
          "content-type": "application/vnd.oci.image.index.v1+json",
          ...(chunked ? {} : { "content-length": String(huge.length) }),
        });
        response.end(huge);
      });
      await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
      const clients = pool();
      try {
        await assert.rejects(
          clients.for(`127.0.0.1:${(server.address() as { port: number }).port}`).getManifest("huge", "v1"),
          /limited to 4 MiB/,
        );
      } finally {
        await clients.close();
        server.close();
      }
    });
  }
});

describe("redirects", () => {
  // A small blob goes through node:http; one of 256 KiB or more through bareGet: both must redirect alike.
  for (const [kind, content] of [
    ["a small", Buffer.from("hello")],
    ["a large", Buffer.alloc(300_000, 7)],
  ] as const) {
    it(`follow ${kind} blob's redirect to another host without the registry's Authorization header`, async () => {
      const seen: IncomingHttpHeaders[] = [];
      const storage = createServer((request, response) => {
        seen.push(request.headers);
        response.writeHead(200, { "content-length": String(content.length) });
        response.end(content);
      });
      await new Promise<void>((resolvePromise) => storage.listen(0, "127.0.0.1", resolvePromise));
      const storagePort = (storage.address() as { port: number }).port;
      const registry = createServer((request, response) => {
        if (!request.headers.authorization) {
          response.writeHead(401, { "www-authenticate": 'Basic realm="test"' });
          response.end();
          return;
        }
        // A presigned storage URL on another host, as ECR and S3-backed registries answer blob GETs.
        response.writeHead(307, { location: `http://localhost:${storagePort}/blob?signature=abc` });
        response.end();
      });
      await new Promise<void>((resolvePromise) => registry.listen(0, "127.0.0.1", resolvePromise));
      const host = `127.0.0.1:${(registry.address() as { port: number }).port}`;
      const clients = new RegistryClients({
        env: {},
        onSecret: () => {},
        credentials: staticCredentials({ [host]: { username: "u", password: "p" } }),
        transport: new Transport(),
      });
      try {
        const descriptor = { mediaType: "x", digest: sha256(content), size: content.length };
        const stream = clients.for(host).openBlob("app", descriptor);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        assert.ok(Buffer.concat(chunks).equals(content));
        assert.equal(seen.length, 1);
        assert.equal(seen[0]?.authorization, undefined, "credentials must not follow the redirect");
      } finally {
        await clients.close();
        storage.close();
        registry.close();
      }
    });
  }
});

describe("docker credential helpers", () => {
  it("runs docker-credential-<name> from credsStore with the host on stdin", async () => {
    const registry = await startRegistry({ auth: "basic" });
    try {
      const bin = await mkdtemp(join(tmpdir(), "ia-helper-"));
      const log = join(bin, "asked");
      const { username, password } = registry.credentials as { username: string; password: string };
      // A helper speaking Docker's credential-helper protocol: `get`, host on stdin, JSON on stdout.
      await writeFile(
        join(bin, "docker-credential-ia-test"),
        `#!/bin/sh\n[ "$1" = get ] || exit 1\nread host\necho "$host" >> "${log}"\nprintf '{"ServerURL":"%s","Username":"${username}","Secret":"${password}"}' "$host"\n`,
      );
      await chmod(join(bin, "docker-credential-ia-test"), 0o755);
      const env = await cliEnv([], {
        dockerConfig: { credsStore: "ia-test" },
        env: { PATH: `${bin}:${process.env.PATH}` },
      });
      const source = await startRegistry();
      try {
        const image = await pushIndex(source, "app", "v1");
        const result = await runCli(["copy", `${source.host}/app:v1`, `${registry.host}/app:v1`], env);
        assert.equal(result.code, 0, result.stdout + result.stderr);
        assert.equal((await fetchManifest(registry, "app", "v1")).digest, image.digest);
        const { readFile } = await import("node:fs/promises");
        assert.ok((await readFile(log, "utf8")).split("\n").includes(registry.host));
        assert.ok(!`${result.stdout}${result.stderr}`.includes(password));
      } finally {
        await source.stop();
      }
    } finally {
      await registry.stop();
    }
  });
});
