// Referrers lookups and fallback indexes against the registries users push to, as each is
// documented to answer (test/support/registry-personalities.ts): GHCR (404, or a 303 to a web page),
// Artifact Registry (a redirect to a sign-in page on another host), GitLab (the fallback tag read as
// the subject itself; a write there refused or not), Quay (no OCI-Subject header), Nexus and
// Artifactory (no referrers API, or Artifactory's from 7.90.1). On each: a multi-arch image signed
// in both formats verifies, every platform too, with ONE referrers-API probe per repository per
// client where there is no API; its fallback index lists only manifests whose subject is the image
// (none of its platform manifests); a copy with referrers carries every signature and nothing else.
// Then: credentials never follow a referrers redirect to another host, not even to answer its
// challenge; a 5xx from the registry is an error, not "no API"; GitLab's refused fallback write is
// one line naming the refusal.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { copyImage, parseReference, REFERRER_KINDS, RegistryClients, referrersTag } from "@image-actions/oci";
import {
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  type SignedDigest,
  signImages,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { type HostileRegistry, startHostileRegistry } from "../support/hostile-registry.ts";
import { fetchManifest, type PushedIndex, pushImage, pushIndex, pushManifest } from "../support/images.ts";
import type { RegistryOptions } from "../support/registry.ts";
import {
  OCI_INDEX_TYPE,
  type PersonalityRegistry,
  personality,
  REFERRERS_PATH,
  startPersonality,
} from "../support/registry-personalities.ts";

const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const signer = localSigner(loadSigningKey(privateKey.export({ type: "pkcs8", format: "pem" }).toString()));
const key = loadVerificationKey(publicKey.export({ type: "spki", format: "pem" }).toString());
const pool = (env: NodeJS.ProcessEnv = {}) => new RegistryClients({ env, onSecret: () => {} });

/** A quirk's `what`, looked up so that a renamed quirk fails here rather than silently running all. */
function quirk(name: string, starts: string): string {
  const found = personality(name).quirks.find((candidate) => candidate.what.startsWith(starts));
  if (!found) throw new Error(`${name} has no quirk starting "${starts}"`);
  return found.what;
}

interface Variant {
  name: string;
  label: string;
  without?: string[];
  registry?: RegistryOptions;
  /** Whether the registry has the referrers API (then every lookup is a listing, not a probe). */
  api: boolean;
}

const VARIANTS: Variant[] = [
  { name: "ghcr", label: "303 to its web UI", api: false },
  { name: "ghcr", label: "404", without: [quirk("ghcr", "answers the referrers API with a 303")], api: false },
  { name: "gar", label: "redirect to sign-in", api: false },
  { name: "gitlab", label: "fallback tag written", api: false },
  { name: "quay", label: "no OCI-Subject", api: true },
  { name: "nexus", label: "404 page", api: false },
  { name: "nexus", label: "distribution's 404", without: [quirk("nexus", "has no referrers API")], api: false },
  { name: "artifactory", label: "before 7.90.1", api: false },
  { name: "artifactory", label: "404", without: [quirk("artifactory", "answers the referrers API 400")], api: false },
  {
    name: "artifactory",
    label: "7.90.1 with the referrers API",
    without: [quirk("artifactory", "answers the referrers API 400")],
    registry: { kind: "referrers" },
    api: true,
  },
];

/** Referrers-API GETs the proxy saw from `mark` on, per repository. */
function referrersRequests(target: PersonalityRegistry, mark: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of target.proxy.requests.slice(mark)) {
    if (request.method !== "GET" || !REFERRERS_PATH.test(request.path)) continue;
    const repository = request.path.replace(/^\/v2\//, "").replace(/\/referrers\/.*$/, "");
    counts.set(repository, (counts.get(repository) ?? 0) + 1);
  }
  return counts;
}

/** The formats that verify for `digest` in `repository`, through a client of its own. */
async function verifiedFormats(
  target: PersonalityRegistry,
  clients: RegistryClients,
  repository: string,
  digest: string,
) {
  const verified = await verifyImageWithKey(clients, parseReference(`${target.host}/${repository}@${digest}`), key, {
    ignoreTlog: true,
  });
  return [...new Set(verified.signatures.map((signature) => signature.format))].sort();
}

for (const variant of VARIANTS) {
  describe(`${personality(variant.name).title} (${variant.label}): a signed multi-arch image`, () => {
    let target: PersonalityRegistry;
    let image: PushedIndex;
    let signed: SignedDigest[];
    let signProbes: Map<string, number>;

    before(async () => {
      target = await startPersonality(variant.name, {
        ...(variant.without ? { without: variant.without } : {}),
        ...(variant.registry ? { registry: variant.registry } : {}),
      });
      // Set-up straight to the registry underneath: the image is not what is under test.
      image = await pushIndex(target.registry, "app/signed", "1");
      const mark = target.proxy.requests.length;
      const clients = pool();
      signed = await signImages(clients, [parseReference(`${target.host}/app/signed:1`)], signer, {
        recursive: true,
        formats: ["bundle", "legacy"],
      }).finally(() => clients.close());
      signProbes = referrersRequests(target, mark);
    });
    after(() => target.stop());

    it("is signed in both formats, the index and every platform, with one referrers probe per repository", () => {
      const digests = [image.digest, ...image.children.map((child) => child.digest)];
      assert.deepEqual(
        signed.map((item) => `${item.digest} ${item.format}`).sort(),
        digests.flatMap((digest) => [`${digest} bundle`, `${digest} legacy`]).sort(),
      );
      if (!variant.api) assert.deepEqual([...signProbes], [["app/signed", 1]]);
    });

    it("writes a fallback tag only where the referrers API does not answer (with or without OCI-Subject)", async () => {
      const tagged = await fetchManifest(target.registry, "app/signed", referrersTag(image.digest));
      assert.equal(tagged.status === 200, !variant.api);
    });

    it("verifies in both formats, the index and every platform, with one probe per repository", async () => {
      const mark = target.proxy.requests.length;
      const clients = pool();
      try {
        for (const digest of [image.digest, ...image.children.map((child) => child.digest)])
          assert.deepEqual(await verifiedFormats(target, clients, "app/signed", digest), ["bundle", "legacy"], digest);
      } finally {
        await clients.close();
      }
      if (!variant.api) assert.deepEqual([...referrersRequests(target, mark)], [["app/signed", 1]]);
    });

    it("lists as referrers of the index only manifests whose subject is the index, none of its platforms", async () => {
      const clients = pool();
      try {
        const client = clients.for(target.host);
        const { descriptors, api } = await client.referrers("app/signed", image.digest);
        assert.equal(api, variant.api);
        assert.ok(descriptors.length > 0, "the index's bundle is listed");
        for (const descriptor of descriptors) {
          assert.ok(!image.children.some((child) => child.digest === descriptor.digest), "a platform listed");
          const manifest = await client.getManifest("app/signed", descriptor.digest);
          assert.equal(manifest.subject?.digest, image.digest, `${descriptor.digest} is a referrer of the index`);
        }
      } finally {
        await clients.close();
      }
    });

    it("copies with every signature and nothing else, one referrers probe per repository", async () => {
      const mark = target.proxy.requests.length;
      const clients = pool();
      const report = await copyImage(
        clients,
        parseReference(`${target.host}/app/signed:1`),
        [parseReference(`${target.host}/app/copied:1`)],
        { referrerKinds: [...REFERRER_KINDS] },
      ).finally(() => clients.close());
      const destination = report.destinations[0];
      assert.equal(destination?.status, "copied", destination?.error);
      assert.equal(destination?.referrers, signed.length, "every bundle and .sig image, nothing more");
      assert.deepEqual(report.excludedReferrers, []);
      if (!variant.api)
        assert.deepEqual([...referrersRequests(target, mark)].sort(), [
          ["app/copied", 1],
          ["app/signed", 1],
        ]);
      const verifying = pool();
      try {
        for (const digest of [image.digest, ...image.children.map((child) => child.digest)])
          assert.deepEqual(await verifiedFormats(target, verifying, "app/copied", digest), ["bundle", "legacy"]);
      } finally {
        await verifying.close();
      }
    });
  });
}

describe("a fallback index that names a manifest which is no referrer of the image", () => {
  let target: PersonalityRegistry;
  before(async () => {
    target = await startPersonality("nexus");
  });
  after(() => target.stop());

  it("is read past: the copy carries the image's own bundle and not the stranger", async () => {
    const image = await pushIndex(target.registry, "app/claimed", "1");
    const clients = pool();
    const signed = await signImages(clients, [parseReference(`${target.host}/app/claimed:1`)], signer, {
      recursive: false,
      formats: ["bundle"],
    }).finally(() => clients.close());
    // Anyone who may push can write the fallback tag: it now also names an unrelated image.
    const stranger = await pushImage(target.registry, "app/claimed", undefined);
    const tag = referrersTag(image.digest);
    const index = JSON.parse((await fetchManifest(target.registry, "app/claimed", tag)).body.toString()) as {
      manifests: unknown[];
    };
    index.manifests.push({ mediaType: stranger.mediaType, digest: stranger.digest, size: stranger.size });
    await pushManifest(target.registry, "app/claimed", tag, Buffer.from(JSON.stringify(index)), OCI_INDEX_TYPE);

    const copying = pool();
    const report = await copyImage(
      copying,
      parseReference(`${target.host}/app/claimed:1`),
      [parseReference(`${target.host}/app/carried:1`)],
      { referrerKinds: [...REFERRER_KINDS] },
    ).finally(() => copying.close());
    assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
    assert.equal(report.destinations[0]?.referrers, signed.length);
    const carried = await fetchManifest(target.registry, "app/carried", tag);
    assert.ok(!carried.body.toString().includes(stranger.digest), "the stranger is listed at the destination");
  });
});

describe("GitLab, where a write under the fallback tag is refused", () => {
  let target: PersonalityRegistry;
  let image: PushedIndex;
  before(async () => {
    // GitLab's answer to that PUT is not documented (the gitlab personality says why): here, the
    // refusal a registry reading `sha256-<hex>` as the digest would give.
    target = await startPersonality("gitlab");
    target.proxy.addRule({
      method: "PUT",
      path: /^\/v2\/.+\/manifests\/sha256-[0-9a-f]{64}$/,
      fault: {
        type: "status",
        status: 400,
        errors: [{ code: "DIGEST_INVALID", message: "provided digest did not match uploaded content" }],
      },
    });
    image = await pushIndex(target.registry, "app/refused", "1");
  });
  after(() => target.stop());

  it("a bundle signature fails in one line naming the refusal; the legacy format signs and verifies", async () => {
    const clients = pool();
    try {
      const reference = parseReference(`${target.host}/app/refused@${image.digest}`);
      await assert.rejects(
        signImages(clients, [reference], signer, { recursive: false, formats: ["bundle"] }),
        (error: Error) => {
          assert.match(error.message, /refused the referrers index .*DIGEST_INVALID.*legacy signature format/);
          assert.doesNotMatch(error.message, /\n/);
          return true;
        },
      );
      await signImages(clients, [reference], signer, { recursive: false, formats: ["legacy"] });
      assert.deepEqual(await verifiedFormats(target, clients, "app/refused", image.digest), ["legacy"]);
    } finally {
      await clients.close();
    }
  });
});

describe("GitLab, should a written fallback tag still answer with the subject itself", () => {
  let target: PersonalityRegistry;
  before(async () => {
    // Both GitLab quirks out, and a rule of our own: the tag is read as the digest always, written or not.
    target = await startPersonality("gitlab", {
      without: personality("gitlab").quirks.map((item) => item.what),
    });
    for (const method of ["GET", "HEAD"])
      target.proxy.addRule({
        method,
        path: /^\/v2\/.+\/manifests\/sha256-[0-9a-f]{64}$/,
        fault: { type: "rewrite", path: (path) => path.replace("/manifests/sha256-", "/manifests/sha256:") },
      });
  });
  after(() => target.stop());

  it("a bundle signature fails in one line saying the registry answers the tag with the image", async () => {
    const image = await pushIndex(target.registry, "app/shadowed", "1");
    const clients = pool();
    try {
      await assert.rejects(
        signImages(clients, [parseReference(`${target.host}/app/shadowed@${image.digest}`)], signer, {
          recursive: false,
          formats: ["bundle"],
        }),
        (error: Error) => {
          assert.match(error.message, new RegExp(`answers this tag with the image ${image.digest} itself`));
          assert.doesNotMatch(error.message, /\n/);
          return true;
        },
      );
    } finally {
      await clients.close();
    }
  });
});

describe("referrers answers that are errors, and redirects to another host", () => {
  let target: PersonalityRegistry;
  let elsewhere: HostileRegistry;
  let image: PushedIndex;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    // Artifact Registry with credentials, its sign-in redirect aimed at a host that records what it
    // is sent and answers with a bearer challenge of its own.
    target = await startPersonality("gar", {
      without: [quirk("gar", "redirects the referrers API")],
      registry: { auth: "basic" },
    });
    elsewhere = await startHostileRegistry();
    elsewhere.route((_request, response) => {
      response.writeHead(401, {
        "content-type": "text/html",
        "www-authenticate": `Bearer realm="${elsewhere.url}/token",service="elsewhere"`,
      });
      response.end("<html>sign in</html>");
      return true;
    });
    const credentials = target.registry.credentials as { username: string; password: string };
    const dir = await mkdtemp(join(tmpdir(), "ia-referrers-quirks-"));
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
    await writeFile(join(dir, "config.json"), JSON.stringify({ auths: { [target.host]: { auth } } }));
    env = { DOCKER_CONFIG: dir };
    image = await pushIndex(target.registry, "app/private", "1");
  });
  after(async () => {
    await elsewhere.close();
    await target.stop();
  });

  it("a redirect to another host gets no credentials, and its challenge is not answered", async () => {
    const redirect = target.proxy.addRule({
      method: "GET",
      path: REFERRERS_PATH,
      fault: { type: "answer", status: 302, headers: { location: `${elsewhere.url}/v3/signin/identifier` } },
    });
    const clients = pool(env);
    try {
      const reference = parseReference(`${target.host}/app/private@${image.digest}`);
      await signImages(clients, [reference], signer, { recursive: false, formats: ["bundle"] });
      assert.deepEqual(await verifiedFormats(target, clients, "app/private", image.digest), ["bundle"]);
    } finally {
      await clients.close();
      target.proxy.clearRules();
    }
    assert.ok(redirect.injected() > 0, "the registry redirected");
    assert.ok(elsewhere.requests.length > 0, "the redirect was followed");
    assert.deepEqual(
      elsewhere.requests.filter((request) => request.authorization !== undefined || request.path.startsWith("/token")),
      [],
    );
  });

  it("a 5xx from the registry itself is an error naming it, not 'no referrers API'", async () => {
    target.proxy.addRule({ method: "GET", path: REFERRERS_PATH, fault: { type: "status", status: 503 } });
    const clients = new RegistryClients({
      env,
      onSecret: () => {},
      transportOptions: { backoff: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } },
    });
    try {
      await assert.rejects(clients.for(target.host).referrers("app/private", image.digest), /referrers.*503/);
    } finally {
      await clients.close();
      target.proxy.clearRules();
    }
  });
});
