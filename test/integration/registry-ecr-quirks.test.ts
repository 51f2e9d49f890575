// Amazon ECR and ECR Public, as their personalities play them (test/support/ecr-quirks.ts: a real
// registry behind a proxy with each documented quirk), against the real clients and actions:
// - a referrer of an image index is refused with 405 (aws/containers-roadmap#2783): `sign` stores
//   the index's signature (and attestation) in the legacy .sig/.att tag instead and says so in one
//   warning line, and verify-base, our verifier and cosign find it; `format: both` only warns; a
//   registry answering 400 gets the same; a mirror or promote leaves the index's referrers behind,
//   says so in one line, counts them apart, and a mirror with verify-key does not call an index
//   verified whose signature stayed behind;
// - a second write of an immutable tag is refused with TAG_INVALID: two promotions (or mirrors)
//   racing for one release tag end with exactly one winner, the loser naming the tag and the digest
//   that won, as the release-tag rule says;
// - chunked uploads answer a PATCH with 201, drop later PATCHes and refuse parts under 5 MB: a
//   multi-MiB layer is copied whole, and where the closing PUT refuses content the one PATCH's 201
//   is taken;
// - ECR Public: anonymous pulls through its own token realm (scope `aws`) and its referrers API;
//   Basic credentials are refused with DENIED.
import assert from "node:assert/strict";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { mirrorImage } from "@image-actions/mirror";
import { copyImage, parseReference, RegistryClients, TagMoveError } from "@image-actions/oci";
import { PromotionError, promoteImage } from "@image-actions/promote";
import {
  attestImages,
  legacyStandInWarning,
  loadSigningKey,
  localSigner,
  predicateOf,
  readBundles,
  signImages,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { runActionInProcess, warningsOf } from "../support/action-in-process.ts";
import { cosignVerify } from "../support/cosign.ts";
import { ECR_PUBLIC_ANONYMOUS_TOKEN, ecrIndexReferrers } from "../support/ecr-quirks.ts";
import { fetchManifest, pushIndex, pushSbomReferrer, sha256 } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type PersonalityRegistry, startPersonality } from "../support/registry-personalities.ts";

const ISSUE = /cannot hold referrers of an image index \(aws\/containers-roadmap#2783\)/;
const MIB = 1024 * 1024;

function pemKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/** The `.sig` (or `.att`) image of `digest` in the registry underneath, if any: its layer count. */
async function legacyLayers(registry: TestRegistry, repository: string, digest: string, suffix: "sig" | "att") {
  const found = await fetchManifest(registry, repository, `${digest.replace(":", "-")}.${suffix}`);
  if (found.status !== 200) return undefined;
  return (JSON.parse(found.body.toString()) as { layers: unknown[] }).layers.length;
}

describe("Amazon ECR (personality ecr)", () => {
  let ecr: PersonalityRegistry;
  let plain: TestRegistry;
  let clients: RegistryClients;
  let work: string;
  const key = pemKeyPair();
  const releaseKey = pemKeyPair();
  let pubFile: string;
  const signer = localSigner(loadSigningKey(key.privatePem));

  before(async () => {
    [ecr, plain] = await Promise.all([startPersonality("ecr"), startRegistry({ kind: "referrers" })]);
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    work = await mkdtemp(join(tmpdir(), "ia-ecr-quirks-"));
    pubFile = join(work, "key.pub");
    await writeFile(pubFile, key.publicPem);
  });
  after(async () => {
    await clients.close();
    await Promise.all([ecr.stop(), plain.stop()]);
  });

  describe("referrers of an image index (aws/containers-roadmap#2783)", () => {
    it("sign --format bundle: the index is signed with the legacy .sig tag, said once; verify-base and cosign verify find it", async () => {
      const index = await pushIndex(ecr.registry, "app/signed", "1.0.0");
      const run = await runActionInProcess("sign", {
        images: `${ecr.host}/app/signed:1.0.0`,
        key: key.privatePem,
        format: "bundle",
      });
      assert.equal(run.exitCode, 0, run.stdout);
      const warnings = warningsOf(run);
      assert.equal(warnings.length, 1, run.stdout);
      assert.match(warnings[0] as string, ISSUE);
      assert.ok(
        warnings[0]?.endsWith(`signed ${index.digest} with the legacy .sig tag instead`),
        warnings[0] as string,
      );
      assert.ok(
        ecr.proxy.requests.some((request) => request.status === 405 && request.fault === "answer"),
        "the registry refused the index's bundle",
      );
      const signatures = JSON.parse(run.outputs.signatures as string) as Array<{ digest: string; format: string }>;
      assert.deepEqual(
        signatures.map((item) => [item.digest, item.format]),
        [[index.digest, "legacy"], ...index.children.map((child) => [child.digest, "bundle"])],
      );
      assert.equal(await legacyLayers(ecr.registry, "app/signed", index.digest, "sig"), 1);
      for (const child of index.children)
        assert.equal((await readBundles(clients.for(ecr.host), "app/signed", child.digest)).length, 1);

      const verified = await runActionInProcess("verify-base", {
        image: `${ecr.host}/app/signed:1.0.0`,
        key: key.publicPem,
        "ignore-tlog": "true",
      });
      assert.equal(verified.exitCode, 0, verified.stdout);
      assert.equal(verified.outputs.digest, index.digest);
      assert.equal((await cosignVerify(2, `${ecr.host}/app/signed:1.0.0`, pubFile, [])).code, 0);
    });

    it("format both: the legacy signature already stands for the index, only the warning is added", async () => {
      const index = await pushIndex(ecr.registry, "app/both", "1.0.0");
      const run = await runActionInProcess("sign", {
        images: `${ecr.host}/app/both:1.0.0`,
        key: key.privatePem,
        format: "both",
      });
      assert.equal(run.exitCode, 0, run.stdout);
      assert.equal(warningsOf(run).length, 1, run.stdout);
      assert.match(warningsOf(run)[0] as string, ISSUE);
      assert.equal(await legacyLayers(ecr.registry, "app/both", index.digest, "sig"), 1, "one .sig layer, not two");
      const signatures = JSON.parse(run.outputs.signatures as string) as Array<{ digest: string; format: string }>;
      assert.equal(signatures.filter((item) => item.digest === index.digest).length, 1);
    });

    it("an SBOM attestation of the index in the bundle format goes to the legacy .att tag", async () => {
      const index = await pushIndex(ecr.registry, "app/attested", "1.0.0");
      const sbom = { spdxVersion: "SPDX-2.3", SPDXID: "SPDXRef-DOCUMENT", name: "app", packages: [] };
      const attested = await attestImages(clients, [parseReference(`${ecr.host}/app/attested:1.0.0`)], signer, {
        predicates: [predicateOf("sbom", sbom)],
        formats: ["bundle"],
      });
      assert.equal(attested.length, 1);
      assert.equal(attested[0]?.format, "legacy-attestation");
      assert.equal(attested[0]?.bundleRefused, true);
      assert.equal(await legacyLayers(ecr.registry, "app/attested", index.digest, "att"), 1);
      assert.match(legacyStandInWarning(attested) as string, /attested sha256:[0-9a-f]{64} with the legacy \.att tag/);
    });

    it("a registry refusing with 400 instead of 405 gets the same fallback", async () => {
      const other = await startPersonality("ecr", { without: [ecrIndexReferrers.what] });
      try {
        other.proxy.addRule({
          method: "PUT",
          path: /\/manifests\//,
          when: (request) =>
            /"subject":\{"mediaType":"application\/vnd\.oci\.image\.index/.test(request.body.toString()),
          fault: {
            type: "status",
            status: 400,
            errors: [{ code: "MANIFEST_INVALID", message: "subject unsupported" }],
          },
        });
        const index = await pushIndex(other.registry, "app/four-hundred", "1.0.0");
        const signed = await signImages(clients, [parseReference(`${other.host}/app/four-hundred:1.0.0`)], signer, {
          recursive: false,
          formats: ["bundle"],
        });
        assert.deepEqual(
          signed.map((item) => [item.digest, item.format, item.bundleRefused]),
          [[index.digest, "legacy", true]],
        );
        const verified = await verifyImageWithKey(
          clients,
          parseReference(`${other.host}/app/four-hundred:1.0.0`),
          signer,
          { ignoreTlog: true },
        );
        assert.equal(verified.signatures[0]?.format, "legacy");
      } finally {
        await other.stop();
      }
    });

    /** An index on the plain registry, signed in the bundle format (index and platforms). */
    async function bundleSignedIndex(repository: string, signedBy = signer) {
      const index = await pushIndex(plain, repository, "rc1");
      await signImages(clients, [parseReference(index.ref)], signedBy, { recursive: true, formats: ["bundle"] });
      return index;
    }

    it("mirror: the index's bundle stays behind, said in one line and counted apart; verify-key does not pass it", async () => {
      const index = await bundleSignedIndex("mirror/src");
      const run = await runActionInProcess("mirror", {
        source: `${plain.host}/mirror/src:rc1`,
        destinations: `${ecr.host}/mirror/app:1.0.0`,
      });
      assert.equal(run.exitCode, 0, run.stdout);
      const warnings = warningsOf(run);
      assert.equal(warnings.length, 1, run.stdout);
      assert.match(warnings[0] as string, ISSUE);
      assert.match(warnings[0] as string, new RegExp(`1 signature of ${index.digest} left behind at ${ecr.host}/`));
      const report = JSON.parse(run.outputs.report as string) as {
        destinations: Array<{ referrersByKind: Record<string, number>; leftBehind?: Array<{ subject: string }> }>;
      };
      assert.equal(report.destinations[0]?.referrersByKind.signature, index.children.length, "only what arrived");
      assert.deepEqual(
        report.destinations[0]?.leftBehind?.map((item) => item.subject),
        [index.digest],
      );
      assert.equal((await fetchManifest(ecr.registry, "mirror/app", "1.0.0")).digest, index.digest);
      for (const child of index.children)
        assert.equal((await readBundles(clients.for(ecr.host), "mirror/app", child.digest)).length, 1);

      // The index's only signature stayed behind: a mirror that must verify it there fails there.
      const verifying = await runActionInProcess("mirror", {
        source: `${plain.host}/mirror/src:rc1`,
        destinations: `${ecr.host}/mirror/verified:1.0.0`,
        "verify-key": key.publicPem,
      });
      assert.equal(verifying.exitCode, 1, verifying.stdout);
      assert.match(verifying.errors[0] as string, /does not verify with verify-key there/);
    });

    it("promote: the index's SBOM stays behind and its release signature goes to .sig; both said once, and counted", async () => {
      const index = await bundleSignedIndex("promote/src");
      const root = await clients.for(plain.host).getManifest("promote/src", index.digest);
      await pushSbomReferrer(plain, "promote/src", {
        digest: index.digest,
        mediaType: root.mediaType,
        size: root.bytes.length,
      });
      const run = await runActionInProcess("promote", {
        source: `${plain.host}/promote/src:rc1`,
        destinations: `${ecr.host}/release/app:1.0.0`,
        "verify-key": key.publicPem,
        "sign-key": releaseKey.privatePem,
        format: "bundle",
      });
      assert.equal(run.exitCode, 0, run.stdout);
      const warnings = warningsOf(run);
      assert.equal(warnings.length, 2, run.stdout);
      assert.ok(warnings.some((line) => /1 sbom of sha256:[0-9a-f]{64} left behind/.test(line)));
      assert.ok(warnings.some((line) => line.endsWith(`signed ${index.digest} with the legacy .sig tag instead`)));
      for (const line of warnings) assert.match(line, ISSUE);
      const report = JSON.parse(run.outputs.report as string) as {
        destinations: Array<{
          signatures: { written: number; standIns?: number };
          copy: { referrersByKind: Record<string, number>; leftBehind?: Array<{ kind: string }> };
        }>;
      };
      const destination = report.destinations[0];
      assert.equal(destination?.signatures.written, 1 + index.children.length);
      assert.equal(destination?.signatures.standIns, 1);
      assert.deepEqual(
        destination?.copy.leftBehind?.map((item) => item.kind),
        ["sbom"],
      );
      assert.equal(destination?.copy.referrersByKind.sbom, undefined, "no SBOM claimed as carried");
      assert.match(run.summary, /1 legacy in place of a refused bundle/);
      const releasePub = join(work, "release.pub");
      await writeFile(releasePub, releaseKey.publicPem);
      assert.equal((await cosignVerify(2, `${ecr.host}/release/app:1.0.0`, releasePub, [])).code, 0);
    });
  });

  describe("immutable tags (TAG_INVALID)", () => {
    const internalSigner = signer;
    const releaseSigner = localSigner(loadSigningKey(releaseKey.privatePem));

    async function candidate(name: string): Promise<string> {
      const index = await pushIndex(plain, "candidates/app", name, {
        platforms: [{ os: "linux", architecture: "amd64" }],
      });
      await signImages(clients, [parseReference(index.ref)], internalSigner, { recursive: true, formats: ["legacy"] });
      return index.digest;
    }

    it("two promotions racing for one release tag: one wins, the loser names the tag and the winner's digest", async () => {
      for (let trial = 0; trial < 2; trial++) {
        const digests = await Promise.all([candidate(`a${trial}`), candidate(`b${trial}`)]);
        const destination = parseReference(`${ecr.host}/race/app:2.0.${trial}`);
        const runs = await Promise.allSettled(
          ["a", "b"].map((name) =>
            promoteImage(clients, {
              source: parseReference(`${plain.host}/candidates/app:${name}${trial}`),
              destinations: [destination],
              verifyKey: internalSigner,
              signer: releaseSigner,
              formats: ["legacy"],
              copySignatures: false,
              mutableTags: [],
              dryRun: false,
              tagSettleMs: 100,
            }),
          ),
        );
        const won = runs.filter((run) => run.status === "fulfilled");
        const lost = runs.filter((run): run is PromiseRejectedResult => run.status === "rejected");
        assert.equal(won.length, 1, `trial ${trial}: ${lost.map((run) => run.reason).join("; ")}`);
        const held = (await fetchManifest(ecr.registry, "race/app", `2.0.${trial}`)).digest;
        assert.ok(digests.includes(held));
        const error = lost[0]?.reason as Error;
        assert.ok(error instanceof TagMoveError || error instanceof PromotionError, String(error));
        assert.ok(error.message.includes(`race/app:2.0.${trial}`), error.message);
        assert.ok(error.message.includes(held), `the loser names the winner: ${error.message}`);
      }
    });

    /**
     * Another writer takes `tag` between this run's last look and its write, deterministically: the
     * tag is written first, and hidden (404) from this run's looks until its own PUT has been refused.
     */
    function hideUntilPut(repository: string, tag: string): void {
      const manifest = new RegExp(`^/v2/${repository}/manifests/${tag.replaceAll(".", "\\.")}$`);
      const from = ecr.proxy.requests.length;
      ecr.proxy.addRule({
        path: manifest,
        when: (request) =>
          (request.method === "HEAD" || request.method === "GET") &&
          !ecr.proxy.requests.slice(from).some((seen) => seen.method === "PUT" && manifest.test(seen.path)),
        fault: { type: "answer", status: 404, headers: { "content-type": "application/json" }, body: "{}" },
      });
    }

    it("promote: a release tag taken between the last look and the write is refused by the registry, and read as the release-tag rule", async () => {
      const winner = await candidate("taken-a");
      await candidate("taken-b");
      const promote = (name: string) =>
        promoteImage(clients, {
          source: parseReference(`${plain.host}/candidates/app:${name}`),
          destinations: [parseReference(`${ecr.host}/taken/app:4.0.0`)],
          verifyKey: internalSigner,
          signer: releaseSigner,
          formats: ["legacy"],
          copySignatures: false,
          mutableTags: [],
          dryRun: false,
          tagSettleMs: 20,
        });
      await promote("taken-a");
      hideUntilPut("taken/app", "4.0.0");
      const lost = await promote("taken-b").then(
        () => assert.fail("the second promotion must not succeed"),
        (error: Error) => error,
      );
      assert.ok(lost instanceof TagMoveError, String(lost));
      assert.ok(lost.message.startsWith(`${ecr.host}/taken/app:4.0.0 lost a race`), lost.message);
      assert.ok(lost.message.includes(winner), `names the digest that holds the tag: ${lost.message}`);
      assert.equal((await fetchManifest(ecr.registry, "taken/app", "4.0.0")).digest, winner);
    });

    it("mirror: the same, for the destination that lost; two racing mirrors leave exactly one winner", async () => {
      const [first, second] = await Promise.all(
        ["ma", "mb"].map((name) => pushIndex(plain, "released/app", name, { layers: [512] })),
      );
      const mirror = (source: string, tag: string) =>
        mirrorImage(clients, {
          source: parseReference(source),
          destinations: [parseReference(`${ecr.host}/mirror-race/app:${tag}`)],
          signatures: "copy",
          mutableTags: [],
          plan: false,
          tagSettleMs: 20,
        });
      await mirror(first?.ref as string, "3.0.0");
      hideUntilPut("mirror-race/app", "3.0.0");
      const lost = (await mirror(second?.ref as string, "3.0.0")).destinations[0];
      assert.equal(lost?.status, "failed");
      assert.ok(lost?.error?.startsWith(`${ecr.host}/mirror-race/app:3.0.0 lost a race`), lost?.error);
      assert.ok(lost?.error?.includes(first?.digest as string), lost?.error);

      const reports = await Promise.all([first, second].map((item) => mirror(item?.ref as string, "3.0.1")));
      const statuses = reports.map((report) => report.destinations[0]?.status);
      assert.equal(statuses.filter((status) => status === "failed").length, 1, JSON.stringify(reports));
    });
  });

  describe("chunked uploads (PATCH 201, parts of 5 MB)", () => {
    it("a multi-MiB layer is copied whole, in one PUT, never a PATCH", async () => {
      const index = await pushIndex(plain, "big/src", "1", {
        platforms: [{ os: "linux", architecture: "amd64" }],
        layers: [6 * MIB],
      });
      const before = ecr.proxy.requests.length;
      const copied = await copyImage(clients, parseReference(index.ref), [parseReference(`${ecr.host}/big/app:1`)]);
      assert.equal(copied.destinations[0]?.status, "copied", copied.destinations[0]?.error);
      assert.equal((await fetchManifest(ecr.registry, "big/app", "1")).digest, index.digest);
      assert.ok(!ecr.proxy.requests.slice(before).some((request) => request.method === "PATCH"));
    });

    it("where the closing PUT refuses content, the one PATCH of a pushed layer is answered 201 and taken", async () => {
      const layer = randomBytes(6 * MIB);
      const descriptor = {
        mediaType: "application/vnd.oci.image.layer.v1.tar",
        size: layer.length,
        digest: sha256(layer),
      };
      // Registries that refuse content on the closing PUT (registry-blobs.ts's fallback), here ECR.
      const refuseBody = ecr.proxy.addRule({
        method: "PUT",
        path: /\/blobs\/uploads\//,
        when: (request) => request.body.length > 0,
        fault: { type: "status", status: 415, errors: [{ code: "UNSUPPORTED", message: "no content here" }] },
      });
      try {
        const pushed = await clients.for(ecr.host).uploadBlob("big/pushed", descriptor, () => layer);
        assert.equal(pushed.outcome, "uploaded");
      } finally {
        ecr.proxy.clearRules();
        for (const quirk of ecr.personality.quirks) for (const rule of quirk.rules()) ecr.proxy.addRule(rule);
      }
      assert.ok(refuseBody.injected() > 0, "the PATCH fallback was taken");
      assert.ok(ecr.proxy.requests.some((request) => request.method === "PATCH" && request.status === 201));
      const stored = await clients.for(ecr.host).readBlob("big/pushed", descriptor, 8 * MIB);
      assert.ok(stored.equals(layer));
    });

    it("a copy's streamed layer refused in one PUT is sent again in one PATCH", {
      timeout: 60_000,
    }, async () => {
      const index = await pushIndex(plain, "big/streamed", "1", {
        platforms: [{ os: "linux", architecture: "amd64" }],
        layers: [6 * MIB],
      });
      // A client of its own: the refusal is remembered per registry, for the rest of its run.
      const fresh = new RegistryClients({ env: {}, onSecret: () => {} });
      const refuseBody = ecr.proxy.addRule({
        method: "PUT",
        path: /\/blobs\/uploads\//,
        when: (request) => request.body.length > 0,
        fault: { type: "status", status: 415, errors: [{ code: "UNSUPPORTED", message: "no content here" }] },
      });
      const before = ecr.proxy.requests.length;
      try {
        const copied = await copyImage(fresh, parseReference(index.ref), [
          parseReference(`${ecr.host}/big/streamed:1`),
        ]);
        assert.equal(copied.destinations[0]?.status, "copied", copied.destinations[0]?.error);
      } finally {
        await fresh.close();
        ecr.proxy.clearRules();
        for (const quirk of ecr.personality.quirks) for (const rule of quirk.rules()) ecr.proxy.addRule(rule);
      }
      // The layer and the config go up at once: each may meet the refusal before it is remembered.
      assert.ok(refuseBody.injected() >= 1 && refuseBody.injected() <= 2, `${refuseBody.injected()} PUTs refused`);
      const patches = ecr.proxy.requests.slice(before).filter((request) => request.method === "PATCH");
      assert.ok(patches.length >= 1 && patches.every((request) => request.status === 201));
      assert.equal((await fetchManifest(ecr.registry, "big/streamed", "1")).digest, index.digest);
    });

    it("the personality refuses what ECR refuses: a part under 5 MB that is not the last", async () => {
      const start = await fetch(`${ecr.proxy.url}/v2/big/raw/blobs/uploads/`, { method: "POST" });
      const location = new URL(start.headers.get("location") as string, ecr.proxy.url);
      const first = await fetch(location, { method: "PATCH", body: Buffer.alloc(MIB) });
      assert.equal(first.status, 201);
      const next = new URL(first.headers.get("location") as string, ecr.proxy.url);
      const second = await fetch(next, { method: "PATCH", body: Buffer.alloc(MIB) });
      assert.equal(second.status, 400);
      assert.match(await second.text(), /LayerPartTooSmallException/);
    });
  });
});

describe("Amazon ECR Public (personality ecr-public)", () => {
  let ecrPublic: PersonalityRegistry;
  let clients: RegistryClients;
  const signer = localSigner(loadSigningKey(pemKeyPair().privatePem));

  before(async () => {
    ecrPublic = await startPersonality("ecr-public");
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
  });
  after(async () => {
    await clients.close();
    await ecrPublic.stop();
  });

  it("anonymous requests go through its own token realm (scope aws); bundles go through its referrers API", async () => {
    const index = await pushIndex(ecrPublic.registry, "public/app", "1.0.0");
    const reference = parseReference(`${ecrPublic.host}/public/app:1.0.0`);
    const signed = await signImages(clients, [reference], signer, { recursive: true, formats: ["bundle"] });
    assert.deepEqual(
      signed.map((item) => item.format),
      ["bundle", "bundle", "bundle"],
      "an index's referrer is held here",
    );
    const verified = await verifyImageWithKey(clients, reference, signer, { ignoreTlog: true });
    assert.equal(verified.digest, index.digest);
    const paths = ecrPublic.proxy.requests.map((request) => `${request.method} ${request.path}`);
    assert.ok(
      paths.some((path) => path.startsWith("GET /token/")),
      "the realm was asked for a token",
    );
    assert.ok(paths.some((path) => /^GET \/v2\/public\/app\/referrers\//.test(path)));
    assert.ok(!paths.some((path) => /manifests\/sha256-/.test(path) && path.startsWith("PUT")), "no fallback tag");
  });

  it("refuses Basic credentials with 401 DENIED; the realm's token is taken", async () => {
    const basic = await fetch(`${ecrPublic.proxy.url}/v2/public/app/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from("AWS:token").toString("base64")}` },
    });
    assert.equal(basic.status, 401);
    assert.match(await basic.text(), /"code":"DENIED","message":"Your Authorization Token is invalid\."/);
    const bearer = await fetch(`${ecrPublic.proxy.url}/v2/public/app/tags/list`, {
      headers: { authorization: `Bearer ${ECR_PUBLIC_ANONYMOUS_TOKEN}` },
    });
    assert.equal(bearer.status, 200);
  });
});
