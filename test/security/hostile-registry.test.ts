// The OCI client against a registry that lies (test/support/hostile-registry.ts): content that does
// not match its digest is refused; endless bodies are cut off and trickling ones abandoned at their
// deadline and resumed; self-referencing, path-like, colon-less and over-deep index entries are
// refused before anything is requested by them; credentials never reach another origin (an upload
// Location or a redirect to a collector on another port) and nothing moves from HTTPS to HTTP;
// unparseable registry answers are the registry's one-line error, never an echo of their body; and
// a malformed docker config fails every command with one AuthError line, never an unhandled rejection.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { getCACertificates, setDefaultCACertificates } from "node:tls";
import {
  AuthError,
  copyImage,
  DigestMismatchError,
  OciError,
  parseReference,
  RegistryClients,
  RegistryError,
} from "@image-actions/oci";
import type { TransportOptions } from "../../packages/oci/src/transport.ts";
import { createCA, issueCertificate } from "../support/certs.ts";
import { type HostileRegistry, sha256, startHostileRegistry } from "../support/hostile-registry.ts";

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
const OCI_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
const INJECTED = "x\n::warning::pwned";

const fast: TransportOptions = { backoff: { retries: 3, baseDelayMs: 10, maxDelayMs: 50 } };

interface Image {
  digest: string;
  size: number;
  layers: Array<{ digest: string; size: number; data: Buffer }>;
}

/** An image (config plus layers of these sizes) stored in `registry`, optionally tagged. */
function storeImage(registry: HostileRegistry, repository: string, tag?: string, layerSizes = [2048]): Image {
  const config = registry.putBlob(Buffer.from(JSON.stringify({ architecture: "amd64", os: "linux" })));
  const layers = layerSizes.map((size) => {
    const data = randomBytes(size);
    return { ...registry.putBlob(data), data };
  });
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, ...config },
      layers: layers.map(({ digest, size }) => ({ mediaType: OCI_LAYER, digest, size })),
    }),
  );
  return { digest: registry.putManifest(repository, bytes, OCI_MANIFEST, tag), size: bytes.length, layers };
}

/** An index listing `children` as they are given (digests unchecked: that is the point). */
function storeIndex(
  registry: HostileRegistry,
  repository: string,
  children: Array<{ digest: string; size: number; mediaType?: string }>,
  tag?: string,
): { digest: string; size: number } {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: children.map((child) => ({
        mediaType: child.mediaType ?? OCI_MANIFEST,
        digest: child.digest,
        size: child.size,
        platform: { os: "linux", architecture: "amd64" },
      })),
    }),
  );
  return { digest: registry.putManifest(repository, bytes, OCI_INDEX, tag), size: bytes.length };
}

async function dockerConfig(content: string | object): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ia-hostile-config-"));
  await writeFile(join(dir, "config.json"), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

const emptyConfig = dockerConfig({});

async function clientsFor(options: { config?: string; transport?: TransportOptions } = {}): Promise<RegistryClients> {
  return new RegistryClients({
    env: { DOCKER_CONFIG: options.config ?? (await emptyConfig) },
    onSecret: () => {},
    transportOptions: { ...fast, ...options.transport },
  });
}

/** Headers, then one byte every `everyMs` until the client goes away. */
function trickle(response: ServerResponse, length: number, everyMs = 100): void {
  response.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(length) });
  const timer = setInterval(() => response.write("x"), everyMs);
  response.on("close", () => clearInterval(timer));
}

/** A body that never ends, until the client goes away. */
function endless(response: ServerResponse, contentType = "application/octet-stream"): void {
  response.writeHead(200, { "content-type": contentType });
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const pump = (): void => {
    while (!response.destroyed && response.write(chunk));
    if (!response.destroyed) response.once("drain", pump);
  };
  pump();
}

function assertOneLine(error: unknown, type: new (...args: never[]) => Error = OciError): Error {
  assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
  assert.doesNotMatch(error.message, /[\r\n\u2028\u2029]/, error.message);
  assert.doesNotMatch(error.message, /::warning::/, error.message);
  return error;
}

function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}

describe("a hostile registry", () => {
  let source: HostileRegistry;
  let destination: HostileRegistry;
  before(async () => {
    source = await startHostileRegistry();
    destination = await startHostileRegistry();
  });
  after(async () => {
    await Promise.all([source.close(), destination.close()]);
  });

  const copy = async (from: string, to: string, options: Parameters<typeof copyImage>[3] = {}, transport = {}) => {
    const clients = await clientsFor({ transport });
    try {
      return await copyImage(clients, parseReference(from), [parseReference(to)], options);
    } finally {
      await clients.close();
    }
  };

  describe("content that does not match its digest", () => {
    it("a manifest fetched by digest whose bytes hash otherwise is refused", async () => {
      const image = storeImage(source, "wrong/manifest", "v1");
      const other = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] }));
      source.route((request, response, url) => {
        if (url.pathname !== `/v2/wrong/manifest/manifests/${image.digest}`) return false;
        response.writeHead(200, { "content-type": OCI_MANIFEST, "content-length": String(other.length) });
        response.end(request.method === "HEAD" ? undefined : other);
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).getManifest("wrong/manifest", image.digest), DigestMismatchError);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("a tag whose Docker-Content-Digest disagrees with its bytes is refused", async () => {
      storeImage(source, "wrong/header", "v1");
      const liar = sha256("something else");
      source.route((request, response, url) => {
        if (url.pathname !== "/v2/wrong/header/manifests/v1") return false;
        const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] }));
        response.writeHead(200, { "content-type": OCI_MANIFEST, "docker-content-digest": liar });
        response.end(request.method === "HEAD" ? undefined : body);
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).getManifest("wrong/header", "v1"), DigestMismatchError);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("a blob with the wrong bytes fails the copy and leaves no destination tag", async () => {
      const image = storeImage(source, "wrong/blob", "v1");
      const layer = image.layers[0] as Image["layers"][number];
      source.route((_request, response, url) => {
        if (!url.pathname.endsWith(`/blobs/${layer.digest}`)) return false;
        response.writeHead(200, { "content-length": String(layer.size) });
        response.end(randomBytes(layer.size));
        return true;
      });
      try {
        const report = await copy(`${source.host}/wrong/blob:v1`, `${destination.host}/dst/wrong-blob:v1`, {
          blobAttempts: 2,
        });
        assert.equal(report.destinations[0]?.status, "failed");
        assert.match(report.destinations[0]?.error ?? "", /failed verification/);
        assert.equal(destination.hasManifest("dst/wrong-blob", "v1"), false);
      } finally {
        source.clearRoutes();
      }
    });
  });

  describe("bodies that never end", () => {
    it("an endless manifest is cut off at the 4 MiB limit", async () => {
      source.route((_request, response, url) => {
        if (url.pathname !== "/v2/endless/manifest/manifests/v1") return false;
        endless(response, OCI_MANIFEST);
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).getManifest("endless/manifest", "v1"), /4194304-byte limit/);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("an endless blob is refused past its size and no destination tag is written", async () => {
      const image = storeImage(source, "endless/blob", "v1");
      const layer = image.layers[0] as Image["layers"][number];
      source.route((_request, response, url) => {
        if (!url.pathname.endsWith(`/blobs/${layer.digest}`)) return false;
        endless(response);
        return true;
      });
      try {
        const report = await copy(`${source.host}/endless/blob:v1`, `${destination.host}/dst/endless:v1`, {
          blobAttempts: 1,
        });
        assert.equal(report.destinations[0]?.status, "failed");
        assert.match(report.destinations[0]?.error ?? "", /more than the expected/);
        assert.equal(destination.hasManifest("dst/endless", "v1"), false);
      } finally {
        source.clearRoutes();
      }
    });
  });

  describe("bodies that trickle", () => {
    const deadlines: TransportOptions = {
      idleTimeoutMs: 5_000,
      deadlineMs: 800,
      sizedDeadline: { baseMs: 800, minBytesPerSecond: 1024 * 1024 * 1024 },
    };

    for (const [name, size] of [
      ["a small blob (node:http)", 4096],
      ["a large blob (bare socket)", 300_000],
    ] as const) {
      it(`${name} trickling a byte at a time is abandoned at its deadline and resumed`, {
        timeout: 30_000,
      }, async () => {
        const repository = `trickle/blob-${size}`;
        const image = storeImage(source, repository, "v1", [size]);
        const layer = image.layers[0] as Image["layers"][number];
        let trickled = 0;
        source.route((request, response, url) => {
          if (request.method !== "GET" || !url.pathname.endsWith(`/blobs/${layer.digest}`) || trickled > 0)
            return false;
          trickled++;
          trickle(response, layer.size);
          return true;
        });
        try {
          const started = Date.now();
          const report = await copy(
            `${source.host}/${repository}:v1`,
            `${destination.host}/dst/${repository}:v1`,
            {},
            deadlines,
          );
          assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
          assert.equal(trickled, 1);
          const gets = source.requests.filter((seen) => seen.method === "GET" && seen.path.endsWith(layer.digest));
          assert.ok(gets.length >= 2, `the blob was read ${gets.length} times`);
          assert.ok(Date.now() - started < 15_000);
        } finally {
          source.clearRoutes();
        }
      });
    }

    it("a trickling manifest is abandoned at its deadline and read again", { timeout: 30_000 }, async () => {
      const image = storeImage(source, "trickle/manifest", "v1");
      let trickled = 0;
      source.route((request, response, url) => {
        if (request.method !== "GET" || url.pathname !== "/v2/trickle/manifest/manifests/v1" || trickled > 0)
          return false;
        trickled++;
        trickle(response, image.size);
        return true;
      });
      const clients = await clientsFor({ transport: deadlines });
      try {
        const manifest = await clients.for(source.host).getManifest("trickle/manifest", "v1");
        assert.equal(manifest.digest, image.digest);
        assert.equal(trickled, 1);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("a manifest that always trickles fails with the deadline, in bounded time", { timeout: 30_000 }, async () => {
      source.route((request, response, url) => {
        if (request.method !== "GET" || url.pathname !== "/v2/trickle/always/manifests/v1") return false;
        trickle(response, 1000);
        return true;
      });
      const clients = await clientsFor({ transport: deadlines });
      const started = Date.now();
      try {
        await assert.rejects(clients.for(source.host).getManifest("trickle/always", "v1"), /deadline/);
        assert.ok(Date.now() - started < 15_000);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });
  });

  describe("index entries that are not digests, and indexes without end", () => {
    const refusedCopy = async (repository: string, pattern: RegExp) => {
      await assert.rejects(
        copy(`${source.host}/${repository}:v1`, `${destination.host}/dst/${repository}:v1`),
        (error) => {
          assertOneLine(error);
          assert.match((error as Error).message, pattern);
          return true;
        },
      );
      assert.equal(destination.hasManifest(`dst/${repository}`, "v1"), false);
    };

    it("an index listing itself by tag is refused, not walked or trusted", async () => {
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_INDEX,
          manifests: [{ mediaType: OCI_INDEX, digest: "v1", size: 100 }],
        }),
      );
      const digest = source.putManifest("self/ref", index, OCI_INDEX, "v1");
      await refusedCopy("self/ref", new RegExp(`manifest ${digest}: manifests\\[0\\] has a bad digest "v1"`));
      // Fetched once as the root, never again as its own child.
      const gets = source.requests.filter((seen) => seen.method === "GET" && seen.path === "/v2/self/ref/manifests/v1");
      assert.equal(gets.length, 1);
    });

    it("a colon-less child digest naming another tag is refused and never fetched as a tag", async () => {
      storeImage(source, "colonless/child", "unverified");
      storeIndex(source, "colonless/child", [{ digest: "unverified", size: 10 }], "v1");
      await refusedCopy("colonless/child", /bad digest "unverified"/);
      assert.ok(!source.requests.some((seen) => seen.path.endsWith("/manifests/unverified")));
    });

    it("a path-like child digest is refused and never requested", async () => {
      storeIndex(source, "pathlike/child", [{ digest: "x/../../elsewhere/manifests/stolen", size: 10 }], "v1");
      await refusedCopy("pathlike/child", /bad digest "x\/\.\.\/\.\.\/elsewhere\/manifests\/stolen"/);
      assert.ok(!source.requests.some((seen) => /elsewhere|stolen/.test(seen.path)));
    });

    it("a path-like layer digest is refused and never requested", async () => {
      const bytes = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, digest: sha256("{}"), size: 2 },
          layers: [{ mediaType: OCI_LAYER, digest: "sha256:../../../v2/elsewhere/blobs/x", size: 1 }],
        }),
      );
      source.putManifest("pathlike/layer", bytes, OCI_MANIFEST, "v1");
      await refusedCopy("pathlike/layer", /layers\[0\] has a bad digest/);
      assert.ok(!source.requests.some((seen) => /elsewhere/.test(seen.path)));
    });

    it("a Docker-Content-Digest that is not a digest is refused before it is used", async () => {
      source.route((request, response, url) => {
        if (request.method !== "HEAD" || url.pathname !== "/v2/pathlike/header/manifests/v1") return false;
        response.writeHead(200, { "docker-content-digest": "../../elsewhere", "content-length": "10" });
        response.end();
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).headManifest("pathlike/header", "v1"), (error) => {
          assertOneLine(error);
          assert.match((error as Error).message, /bad Docker-Content-Digest "\.\.\/\.\.\/elsewhere"/);
          return true;
        });
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("a chain of indexes nested more than 4 deep is refused before its end is fetched", async () => {
      const image = storeImage(source, "deep/chain");
      let child: { digest: string; size: number; mediaType?: string } = image;
      for (let level = 1; level <= 10; level++) {
        child = { ...storeIndex(source, "deep/chain", [child], level === 10 ? "v1" : undefined), mediaType: OCI_INDEX };
      }
      await refusedCopy("deep/chain", /nested more than 4 indexes deep/);
      assert.ok(!source.requests.some((seen) => seen.path.endsWith(`/manifests/${image.digest}`)));
    });

    it("indexes nested 3 deep, as real images may be, still copy", async () => {
      const image = storeImage(source, "nested/ok");
      let child: { digest: string; size: number; mediaType?: string } = image;
      for (let level = 1; level <= 3; level++) {
        child = { ...storeIndex(source, "nested/ok", [child], level === 3 ? "v1" : undefined), mediaType: OCI_INDEX };
      }
      const report = await copy(`${source.host}/nested/ok:v1`, `${destination.host}/dst/nested/ok:v1`);
      assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
      assert.equal(destination.hasManifest("dst/nested/ok", image.digest), true);
    });
  });

  describe("answers that do not parse", () => {
    it("an unparseable referrers answer is the registry's one-line error, not an echo of it", async () => {
      const image = storeImage(source, "garbage/referrers", "v1");
      source.route((_request, response, url) => {
        if (!url.pathname.startsWith("/v2/garbage/referrers/referrers/")) return false;
        response.writeHead(200, { "content-type": OCI_INDEX });
        response.end(INJECTED);
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).referrers("garbage/referrers", image.digest), (error) => {
          assertOneLine(error);
          assert.match(
            (error as Error).message,
            /^list referrers of 127\.0\.0\.1:\d+\/garbage\/referrers@sha256:\w+: .*not valid JSON/,
          );
          return true;
        });
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("a referrers answer listing a path-like digest is refused", async () => {
      const image = storeImage(source, "pathlike/referrers", "v1");
      source.route((_request, response, url) => {
        if (!url.pathname.startsWith("/v2/pathlike/referrers/referrers/")) return false;
        response.writeHead(200, { "content-type": OCI_INDEX });
        response.end(
          JSON.stringify({
            schemaVersion: 2,
            manifests: [{ mediaType: OCI_MANIFEST, digest: "x/../../elsewhere", size: 1 }],
          }),
        );
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).referrers("pathlike/referrers", image.digest), /bad digest/);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("an unparseable tag list is the registry's one-line error, not an echo of it", async () => {
      source.route((_request, response, url) => {
        if (url.pathname !== "/v2/garbage/tags/tags/list") return false;
        response.writeHead(200, { "content-type": "application/json" });
        response.end(INJECTED);
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).listTags("garbage/tags"), (error) => {
          assertOneLine(error);
          assert.match((error as Error).message, /^list tags of 127\.0\.0\.1:\d+\/garbage\/tags: .*not valid JSON/);
          return true;
        });
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("a tag list whose next page is on another origin, or whose pages never end, is refused", async () => {
      source.route((_request, response, url) => {
        if (url.pathname === "/v2/paging/away/tags/list") {
          response.writeHead(200, {
            "content-type": "application/json",
            link: `<http://127.0.0.1:9/v2/paging/away/tags/list?last=a>; rel="next"`,
          });
          response.end(JSON.stringify({ name: "paging/away", tags: ["a"] }));
          return true;
        }
        if (url.pathname !== "/v2/paging/forever/tags/list") return false;
        const page = Number(url.searchParams.get("page") ?? 0);
        response.writeHead(200, {
          "content-type": "application/json",
          link: `</v2/paging/forever/tags/list?page=${page + 1}>; rel="next"`,
        });
        response.end(JSON.stringify({ name: "paging/forever", tags: [`t${page}`] }));
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).listTags("paging/away"), /next page is on another origin/);
        await assert.rejects(clients.for(source.host).listTags("paging/forever"), /more than 1000 pages, refused/);
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });

    it("an unparseable manifest is the registry's one-line error, not an echo of it", async () => {
      source.putManifest("garbage/manifest", Buffer.from(INJECTED), OCI_MANIFEST, "v1");
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).getManifest("garbage/manifest", "v1"), (error) => {
          assertOneLine(error);
          assert.match(
            (error as Error).message,
            /^get manifest 127\.0\.0\.1:\d+\/garbage\/manifest:v1: .*not valid JSON/,
          );
          return true;
        });
      } finally {
        await clients.close();
      }
    });

    for (const [name, body] of [
      ["not JSON", INJECTED],
      ["JSON null", "null"],
      ["a token with a line break", JSON.stringify({ token: "a\r\nx-injected: 1" })],
    ] as const) {
      it(`a token server answering ${name} is one AuthError line naming it`, async () => {
        source.route((request, response, url) => {
          if (url.pathname === "/token") {
            response.writeHead(200, { "content-type": "application/json" });
            response.end(body);
            return true;
          }
          if (!url.pathname.startsWith("/v2/garbage/token/") || request.headers.authorization) return false;
          response.writeHead(401, { "www-authenticate": `Bearer realm="${source.url}/token",service="hostile"` });
          response.end();
          return true;
        });
        const clients = await clientsFor();
        try {
          await assert.rejects(clients.for(source.host).getManifest("garbage/token", "v1"), (error) => {
            assertOneLine(error, AuthError);
            assert.ok((error as Error).message.includes(`${source.url}/token`), (error as Error).message);
            return true;
          });
        } finally {
          source.clearRoutes();
          await clients.close();
        }
      });
    }

    it("an error body's code and message are flattened to one bounded line", async () => {
      source.route((_request, response, url) => {
        if (url.pathname !== "/v2/garbage/errors/manifests/v1") return false;
        const body = JSON.stringify({
          errors: [{ code: "DENIED\n::error::injected", message: `${INJECTED}${"y".repeat(10_000)}` }],
        });
        response.writeHead(403, { "content-type": "application/json" });
        response.end(body);
        return true;
      });
      const clients = await clientsFor();
      try {
        await assert.rejects(clients.for(source.host).getManifest("garbage/errors", "v1"), (error) => {
          assert.ok(error instanceof RegistryError);
          assert.doesNotMatch(error.message, /[\r\n]/);
          assert.ok(error.message.length < 1000, `${error.message.length} characters`);
          return true;
        });
      } finally {
        source.clearRoutes();
        await clients.close();
      }
    });
  });
});

describe("credentials stay with the registry's origin", () => {
  const credentials = { username: "canary", password: `canary-${randomBytes(8).toString("hex")}` };
  let registry: HostileRegistry;
  let collector: HostileRegistry;
  let config: string;
  before(async () => {
    registry = await startHostileRegistry({ credentials });
    // The foreign host: accepts everything it is sent, records every header.
    collector = await startHostileRegistry();
    config = await dockerConfig({
      auths: { [registry.host]: { auth: btoa(`${credentials.username}:${credentials.password}`) } },
    });
  });
  after(async () => {
    await Promise.all([registry.close(), collector.close()]);
  });

  const assertCollectorSawNoCredentials = () => {
    assert.ok(collector.requests.length > 0, "the collector was never asked");
    for (const seen of collector.requests) assert.equal(seen.authorization, undefined, `${seen.method} ${seen.path}`);
  };

  it("an upload Location on another host gets the PUT without the registry's credentials", async () => {
    collector.clearRoutes();
    collector.requests.length = 0;
    collector.route((request, response) => {
      request.resume();
      request.on("end", () => {
        response.writeHead(201, { "content-length": "0" });
        response.end();
      });
      return true;
    });
    registry.route((request, response, url) => {
      if (request.method !== "POST" || !url.pathname.endsWith("/blobs/uploads/")) return false;
      response.writeHead(202, { location: `http://127.0.0.1:${collector.port}/upload/1?signature=s3cr3t` });
      response.end();
      return true;
    });
    const clients = await clientsFor({ config });
    try {
      const data = randomBytes(1000);
      const outcome = await clients
        .for(registry.host)
        .uploadBlob("app", { mediaType: OCI_LAYER, digest: sha256(data), size: data.length }, () => data);
      assert.equal(outcome.outcome, "uploaded");
      assertCollectorSawNoCredentials();
      assert.ok(
        registry.requests.some((seen) => seen.authorization === basicAuth(credentials.username, credentials.password)),
      );
    } finally {
      registry.clearRoutes();
      collector.clearRoutes();
      await clients.close();
    }
  });

  it("the PATCH-then-PUT fallback to another host gets no credentials either", async () => {
    collector.requests.length = 0;
    collector.route((request, response) => {
      request.resume();
      request.on("end", () => {
        // Refuse content on the closing PUT: the client falls back to one PATCH, then an empty PUT.
        const status = request.method === "PATCH" ? 202 : request.headers["content-length"] === "0" ? 201 : 415;
        response.writeHead(status, {
          "content-length": "0",
          ...(status === 202 ? { location: `http://127.0.0.1:${collector.port}/upload/2` } : {}),
        });
        response.end();
      });
      return true;
    });
    registry.route((request, response, url) => {
      if (request.method !== "POST" || !url.pathname.endsWith("/blobs/uploads/")) return false;
      response.writeHead(202, { location: `http://127.0.0.1:${collector.port}/upload/1` });
      response.end();
      return true;
    });
    const clients = await clientsFor({ config });
    try {
      const data = randomBytes(1000);
      await clients
        .for(registry.host)
        .uploadBlob("app", { mediaType: OCI_LAYER, digest: sha256(data), size: data.length }, () => data);
      assert.deepEqual(
        collector.requests.map((seen) => seen.method),
        ["PUT", "PATCH", "PUT"],
      );
      assertCollectorSawNoCredentials();
    } finally {
      registry.clearRoutes();
      collector.clearRoutes();
      await clients.close();
    }
  });

  for (const size of [2048, 300_000]) {
    it(`a blob GET (${size} bytes) redirected to another port is fetched there without credentials`, async () => {
      collector.requests.length = 0;
      const data = randomBytes(size);
      const digest = sha256(data);
      collector.route((_request, response) => {
        response.writeHead(200, { "content-length": String(data.length) });
        response.end(data);
        return true;
      });
      registry.route((_request, response, url) => {
        if (!url.pathname.endsWith(`/blobs/${digest}`)) return false;
        response.writeHead(307, { location: `http://127.0.0.1:${collector.port}/storage/blob?X-Amz-Signature=x` });
        response.end();
        return true;
      });
      const clients = await clientsFor({ config });
      try {
        const read = await clients.for(registry.host).readBlob("app", { mediaType: OCI_LAYER, digest, size });
        assert.ok(read.equals(data));
        assertCollectorSawNoCredentials();
      } finally {
        registry.clearRoutes();
        collector.clearRoutes();
        await clients.close();
      }
    });
  }

  describe("from HTTPS", () => {
    let secure: HostileRegistry;
    let secureConfig: string;
    before(async () => {
      const dir = await mkdtemp(join(tmpdir(), "ia-hostile-tls-"));
      const ca = await createCA(dir);
      const certificate = await issueCertificate(ca, dir, "hostile");
      const { readFile } = await import("node:fs/promises");
      // Trust the throwaway CA in this test process, as NODE_EXTRA_CA_CERTS would at start-up.
      setDefaultCACertificates([...getCACertificates("default"), ca.pem]);
      secure = await startHostileRegistry({
        credentials,
        tls: { cert: await readFile(certificate.certFile, "utf8"), key: await readFile(certificate.keyFile, "utf8") },
      });
      secureConfig = await dockerConfig({
        auths: { [secure.host]: { auth: btoa(`${credentials.username}:${credentials.password}`) } },
      });
    });
    after(() => secure.close());

    it("an upload Location on plain HTTP is refused, naming the registry and the refused origin only", async () => {
      collector.requests.length = 0;
      secure.route((request, response, url) => {
        if (request.method !== "POST" || !url.pathname.endsWith("/blobs/uploads/")) return false;
        response.writeHead(202, { location: `http://127.0.0.1:${collector.port}/upload/1?X-Amz-Signature=s3cr3t` });
        response.end();
        return true;
      });
      const clients = await clientsFor({ config: secureConfig });
      try {
        const data = randomBytes(1000);
        await assert.rejects(
          clients
            .for(secure.host)
            .uploadBlob("app", { mediaType: OCI_LAYER, digest: sha256(data), size: data.length }, () => data),
          (error) => {
            assertOneLine(error);
            const message = (error as Error).message;
            assert.ok(message.includes(secure.host), message);
            assert.ok(message.includes(`http://127.0.0.1:${collector.port}`), message);
            assert.doesNotMatch(message, /s3cr3t|X-Amz|upload\/1/);
            return true;
          },
        );
        assert.equal(collector.requests.length, 0);
        // The registry itself was reached over HTTPS, with its credentials.
        assert.ok(secure.requests.some((seen) => seen.authorization !== undefined));
      } finally {
        secure.clearRoutes();
        await clients.close();
      }
    });

    it("a redirect to plain HTTP is refused and never followed", async () => {
      collector.requests.length = 0;
      const data = randomBytes(2048);
      const digest = sha256(data);
      secure.route((_request, response, url) => {
        if (!url.pathname.endsWith(`/blobs/${digest}`)) return false;
        response.writeHead(302, { location: `http://127.0.0.1:${collector.port}/storage?X-Amz-Signature=s3cr3t` });
        response.end();
        return true;
      });
      const clients = await clientsFor({ config: secureConfig });
      try {
        await assert.rejects(
          clients.for(secure.host).readBlob("app", { mediaType: OCI_LAYER, digest, size: data.length }),
          (error) => {
            assertOneLine(error);
            const message = (error as Error).message;
            assert.match(message, /leaves HTTPS for plain HTTP/);
            assert.doesNotMatch(message, /s3cr3t/);
            return true;
          },
        );
        assert.equal(collector.requests.length, 0);
      } finally {
        secure.clearRoutes();
        await clients.close();
      }
    });
  });
});

describe("a malformed docker config", () => {
  let registry: HostileRegistry;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  before(async () => {
    registry = await startHostileRegistry();
    storeImage(registry, "anonymous/app", "v1");
    process.on("unhandledRejection", onUnhandled);
  });
  after(async () => {
    process.off("unhandledRejection", onUnhandled);
    await registry.close();
  });

  for (const [name, content, pattern] of [
    ["text that is not JSON", '{"auths": {', /^docker config \S+config\.json is not valid JSON: /],
    ["auths that is a list", '{"auths": []}', /^docker config \S+config\.json: "auths" is not an object$/],
    ["an auth entry that is not an object", '{"auths": {"x": "y"}}', /"auths" entry "x" is not an object/],
    [
      "a credential helper name with a path",
      '{"credsStore": "../../bin/sh"}',
      /"credsStore" is not a credential helper name/,
    ],
  ] as const) {
    it(`${name}: an anonymous pull fails with one AuthError line, and nothing is left unhandled`, async () => {
      const config = await dockerConfig(content);
      const clients = await clientsFor({ config });
      try {
        await assert.rejects(clients.for(registry.host).getManifest("anonymous/app", "v1"), (error) => {
          assertOneLine(error, AuthError);
          assert.match((error as Error).message, pattern);
          assert.ok((error as Error).message.includes(join(config, "config.json")));
          return true;
        });
        await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
        assert.deepEqual(unhandled, []);
      } finally {
        await clients.close();
      }
    });
  }

  it("a config holding a password does not echo it in its JSON error", async () => {
    const config = await dockerConfig('{"auths": {"r": {"auth": c2VjcmV0LXBhc3N3b3Jk}}}');
    const clients = await clientsFor({ config });
    try {
      await assert.rejects(clients.for(registry.host).getManifest("anonymous/app", "v1"), (error) => {
        assertOneLine(error, AuthError);
        assert.doesNotMatch((error as Error).message, /c2VjcmV0/);
        return true;
      });
    } finally {
      await clients.close();
    }
  });
});
