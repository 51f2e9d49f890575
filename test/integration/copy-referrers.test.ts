// Signatures and other referrers travel with a copy in the form each destination supports: through
// the referrers API where it exists, the sha256-<hex> fallback tag where it does not, and cosign's
// legacy .sig tags as tags. The real cosign verifies the copies; kinds left out stay behind.
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { copyImage, parseReference, REFERRER_KINDS, RegistryClients, referrersTag } from "@image-actions/oci";
import { type CosignKeyPair, cosignSign, cosignVerify, generateKeyPair } from "../support/cosign.ts";
import { fetchManifest, pushImage, pushIndex, pushManifest, sha256 } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { rawRequest } from "../support/registry-http.ts";

/** Attach an SBOM-typed artifact to `subject` as an OCI referrer (pushed by the fixture helper). */
async function attachSbom(
  registry: TestRegistry,
  repository: string,
  subject: { digest: string; mediaType: string; size: number },
): Promise<string> {
  const artifact = await pushImage(registry, repository, undefined, { annotations: { "org.example.note": "sbom" } });
  const manifest = JSON.parse(artifact.manifest.toString()) as Record<string, unknown>;
  manifest.artifactType = "application/spdx+json";
  manifest.subject = { mediaType: subject.mediaType, digest: subject.digest, size: subject.size };
  const body = Buffer.from(JSON.stringify(manifest));
  await pushManifest(registry, repository, sha256(body), body, artifact.mediaType);
  return sha256(body);
}

describe("referrers travel with the copy", () => {
  let source: TestRegistry;
  let withApi: TestRegistry;
  let withoutApi: TestRegistry;
  let keyV2: CosignKeyPair;
  let keyV3: CosignKeyPair;

  before(async () => {
    [source, withApi, withoutApi] = await Promise.all([
      startRegistry({ kind: "referrers" }),
      startRegistry({ kind: "referrers" }),
      startRegistry(),
    ]);
    const dir = await mkdtemp(join(tmpdir(), "ia-keys-"));
    [keyV2, keyV3] = await Promise.all([generateKeyPair(2, dir, "pw2"), generateKeyPair(3, dir, "pw3")]);
  });
  after(() => Promise.all([source, withApi, withoutApi].map((registry) => registry.stop())));

  it("a legacy cosign signature, a cosign v3 bundle and an SBOM arrive where and how each destination can hold them", async () => {
    const image = await pushImage(source, "app", "1.0.0");
    await cosignSign(2, image.ref, keyV2, [source], "legacy");
    await cosignSign(3, image.ref, keyV3, [source], "bundle");
    const sbom = await attachSbom(source, "app", image);

    const pool = new RegistryClients({ env: {}, onSecret: () => {} });
    const report = await copyImage(
      pool,
      parseReference(`${source.host}/app:1.0.0`),
      [parseReference(`${withApi.host}/app:1.0.0`), parseReference(`${withoutApi.host}/app:1.0.0`)],
      { referrerKinds: ["signature", "attestation", "sbom", "other"] },
    ).finally(() => pool.close());
    for (const destination of report.destinations) assert.equal(destination.status, "copied", destination.error);

    for (const registry of [withApi, withoutApi]) {
      const ref = `${registry.host}/app@${image.digest}`;
      // cosign v2.6 switches to bundle verification (and then needs a trusted root) as soon as it sees
      // a bundle referrer, at the source as much as here; cosign v3 verifies the legacy form on request.
      const legacy = await cosignVerify(3, ref, keyV2.pubFile, [registry], "legacy");
      assert.equal(legacy.code, 0, `legacy signature at ${registry.kind}: ${legacy.stderr}`);
      const bundle = await cosignVerify(3, ref, keyV3.pubFile, [registry], "bundle");
      assert.equal(bundle.code, 0, `bundle at ${registry.kind}: ${bundle.stderr}`);
      assert.equal((await fetchManifest(registry, "app", sbom)).status, 200, "the SBOM arrived");
    }
    // The API registry lists them; the other holds the fallback tag index listing them.
    const listed = await rawRequest(`${withApi.url}/v2/app/referrers/${image.digest}`, { method: "GET" });
    assert.ok(listed.body.toString().includes(sbom));
    const fallback = await fetchManifest(withoutApi, "app", referrersTag(image.digest));
    assert.equal(fallback.status, 200);
    assert.ok(fallback.body.toString().includes(sbom));
  });

  it("with signatures excluded, SBOMs travel and signatures stay behind", async () => {
    const image = await pushImage(source, "filtered", "2.0.0");
    await cosignSign(2, image.ref, keyV2, [source], "legacy");
    await cosignSign(3, image.ref, keyV3, [source], "bundle");
    const sbom = await attachSbom(source, "filtered", image);

    const pool = new RegistryClients({ env: {}, onSecret: () => {} });
    const report = await copyImage(
      pool,
      parseReference(`${source.host}/filtered:2.0.0`),
      [parseReference(`${withoutApi.host}/filtered:2.0.0`)],
      {
        referrerKinds: ["sbom", "other"],
      },
    ).finally(() => pool.close());
    assert.equal(report.destinations[0]?.status, "copied");
    assert.deepEqual(report.excludedReferrers.map((item) => item.kind).sort(), ["signature", "signature"]);
    assert.equal((await fetchManifest(withoutApi, "filtered", sbom)).status, 200);
    const ref = `${withoutApi.host}/filtered@${image.digest}`;
    assert.notEqual((await cosignVerify(2, ref, keyV2.pubFile, [withoutApi], "legacy")).code, 0);
    assert.notEqual((await cosignVerify(3, ref, keyV3.pubFile, [withoutApi], "bundle")).code, 0);
  });

  it("an SBOM and a bundle whose listing names no kind still travel in a copy of only their kind", async () => {
    // Two listings that do not type their entries: go-containerregistry's registry (`source`) lists
    // each referrer's config media type as its artifactType (pkg/registry/manifest.go), and a
    // fallback index written without artifactType (which image-spec leaves optional), as on
    // `withoutApi`. The manifests (artifactType, config, layers) must decide.
    for (const from of [source, withoutApi]) {
      const repository = `untyped-${from.kind}`;
      const image = await pushImage(from, repository, "1.0.0");
      await cosignSign(3, image.ref, keyV3, [from], "bundle");
      const sbom = await attachSbom(from, repository, image);
      if (from === withoutApi) {
        const tag = referrersTag(image.digest);
        const index = JSON.parse((await fetchManifest(from, repository, tag)).body.toString()) as {
          manifests: Array<Record<string, unknown>>;
        };
        const sbomBody = (await fetchManifest(from, repository, sbom)).body;
        index.manifests.push({ mediaType: image.mediaType, digest: sbom, size: sbomBody.length });
        for (const entry of index.manifests) delete entry.artifactType;
        const body = Buffer.from(JSON.stringify(index));
        await pushManifest(from, repository, tag, body, "application/vnd.oci.image.index.v1+json");
      }
      const listing =
        from === source
          ? (await rawRequest(`${from.url}/v2/${repository}/referrers/${image.digest}`, { method: "GET" })).body
          : (await fetchManifest(from, repository, referrersTag(image.digest))).body;
      const types = (JSON.parse(listing.toString()) as { manifests: Array<{ artifactType?: string }> }).manifests
        .map((entry) => entry.artifactType ?? "(none)")
        .sort();
      const expected =
        from === source
          ? ["application/vnd.oci.empty.v1+json", "application/vnd.oci.image.config.v1+json"]
          : ["(none)", "(none)"];
      assert.deepEqual(types, expected, `the ${from.kind} listing names no kind`);

      const copyOnly = async (kind: "sbom" | "signature") => {
        const pool = new RegistryClients({ env: {}, onSecret: () => {} });
        const report = await copyImage(
          pool,
          parseReference(`${from.host}/${repository}:1.0.0`),
          [parseReference(`${withApi.host}/${repository}-${kind}:1.0.0`)],
          { referrerKinds: [kind] },
        ).finally(() => pool.close());
        assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
        return report;
      };
      const sbomOnly = await copyOnly("sbom");
      assert.equal((await fetchManifest(withApi, `${repository}-sbom`, sbom)).status, 200, `SBOM from ${from.kind}`);
      assert.deepEqual(
        sbomOnly.excludedReferrers.map((item) => item.kind),
        ["signature"],
      );
      const signatureOnly = await copyOnly("signature");
      assert.deepEqual(
        signatureOnly.excludedReferrers.map((item) => item.kind),
        ["sbom"],
      );
      assert.equal((await fetchManifest(withApi, `${repository}-signature`, sbom)).status, 404);
      const ref = (kind: string) => `${withApi.host}/${repository}-${kind}@${image.digest}`;
      const bundle = await cosignVerify(3, ref("signature"), keyV3.pubFile, [withApi], "bundle");
      assert.equal(bundle.code, 0, `bundle from ${from.kind}: ${bundle.stderr}`);
      assert.notEqual((await cosignVerify(3, ref("sbom"), keyV3.pubFile, [withApi], "bundle")).code, 0);
    }
  });

  it("a fallback tag that resolves to the image itself lends no referrers, of any kind", async () => {
    // GitLab's registry resolves `sha256-<hex>` to the subject (oras-go #1396): a multi-arch image's
    // fallback "referrers" are then its own platform manifests, untyped. Now that an untyped entry is
    // read and judged by its manifest, they must still neither travel as referrers nor be reported
    // as referrers left behind.
    const image = await pushIndex(withoutApi, "own-graph", "1.0.0");
    await pushManifest(withoutApi, "own-graph", referrersTag(image.digest), image.manifest, image.mediaType);
    for (const kinds of [["sbom"], [...REFERRER_KINDS]] as const) {
      const pool = new RegistryClients({ env: {}, onSecret: () => {} });
      const report = await copyImage(
        pool,
        parseReference(`${withoutApi.host}/own-graph:1.0.0`),
        [parseReference(`${withApi.host}/own-graph-${kinds.length}:1.0.0`)],
        { referrerKinds: kinds },
      ).finally(() => pool.close());
      const [destination] = report.destinations;
      assert.equal(destination?.status, "copied", destination?.error);
      assert.deepEqual(report.excludedReferrers, [], `kinds ${kinds.join(",")}: nothing left behind`);
      assert.equal(destination?.referrers, 0, `kinds ${kinds.join(",")}: nothing carried as a referrer`);
      assert.equal(destination?.manifests.copied, 1 + image.children.length, "the index and its platforms, once");
    }
  });

  it("asks a registry without the referrers API once per repository, then reads the fallback tag only", async () => {
    const image = await pushImage(withoutApi, "probe", "1.0.0");
    const other = await pushImage(withoutApi, "probe", "1.0.1", { layers: [99] });
    const pool = new RegistryClients({ env: {}, onSecret: () => {} });
    try {
      const client = pool.for(withoutApi.host);
      const first = { requests: 0, retries: 0 };
      const second = { requests: 0, retries: 0 };
      assert.deepEqual(await client.referrers("probe", image.digest, first), { descriptors: [], api: false });
      assert.deepEqual(await client.referrers("probe", other.digest, second), { descriptors: [], api: false });
      assert.equal(first.requests, 2, "the API request, answered 404, and the fallback tag");
      assert.equal(second.requests, 1, "the fallback tag only");
      const withApiClient = pool.for(withApi.host);
      const listed = { requests: 0, retries: 0 };
      await withApiClient.referrers("app", image.digest, listed);
      await withApiClient.referrers("app", other.digest, listed);
      assert.equal(listed.requests, 2, "a registry with the API is asked every time");
    } finally {
      await pool.close();
    }
  });

  it("uploads a blob once when two writers in this client push it to one repository at once", async () => {
    const pool = new RegistryClients({ env: {}, onSecret: () => {} });
    try {
      const client = pool.for(withoutApi.host);
      const data = Buffer.from(`shared config ${Date.now()}`);
      const blob = {
        mediaType: "application/vnd.oci.empty.v1+json",
        size: data.length,
        digest: sha256(data),
      };
      const stats = [
        { requests: 0, retries: 0 },
        { requests: 0, retries: 0 },
      ];
      const outcomes = await Promise.all(
        stats.map((own) => client.uploadBlob("shared", blob, () => data, { stats: own })),
      );
      assert.deepEqual(
        outcomes.map((result) => result.outcome),
        ["uploaded", "exists"],
      );
      assert.equal(stats[1]?.requests, 0, "the second writer waited for the first instead of uploading");
      assert.equal(await client.hasBlob("shared", blob.digest), true);
    } finally {
      await pool.close();
    }
  });
});
