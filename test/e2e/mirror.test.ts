// mirror, end to end through dist/mirror/index.js: a released multi-arch image signed by the real
// cosign in both formats (v2's legacy `.sig` tag and v3's Sigstore bundle, stored through the
// fallback tag where the source has no referrers API), with v2's `.att` SBOM attestation and an SBOM
// referrer, mirrored to a registry
// with the referrers API (zot) and two without (distribution). cosign verifies both signatures at
// every mirror, the SBOM is there, digests are equal, and the source is read once for all three.
// The audit finds a re-pointed tag, a deleted signature and a missing platform; one destination
// failing persistently fails the step, naming it, while the others are mirrored. Plan mode writes
// nothing; a tag that would move refuses the mirror everywhere; a low Docker Hub allowance warns.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { RegistryClients } from "@image-actions/oci";
import { runAction } from "../support/action-runner.ts";
import {
  type CosignKeyPair,
  cosignBinary,
  cosignEnv,
  cosignSign,
  cosignVerify,
  cosignVerifyAttestation,
  generateKeyPair,
} from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { mustExec } from "../support/exec.ts";
import { startFaultProxy } from "../support/fault-proxy.ts";
import { fetchManifest, type PushedIndex, pushImage, pushIndex, pushSbomReferrer } from "../support/images.ts";
import { freePort } from "../support/ports.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { registryRequest } from "../support/registry-http.ts";
import { summaryText } from "../support/summary-text.ts";

interface Report {
  digest: string;
  sourceBytesRead: number;
  blobBytes: number;
  destinations: Array<{
    destination: string;
    status: string;
    referrers: number;
    referrersByKind: Record<string, number>;
    verifiedSignatures?: number;
  }>;
}

describe("mirror action", () => {
  let source: TestRegistry;
  let zot: TestRegistry;
  let plain: TestRegistry;
  let plain2: TestRegistry;
  let key: CosignKeyPair;
  let env: NodeJS.ProcessEnv;
  let clients: RegistryClients;
  let released: PushedIndex;
  let sbomDigest: string;
  const all = () => [source, zot, plain, plain2];

  before(async () => {
    [source, zot, plain, plain2] = await Promise.all([
      startRegistry(),
      startRegistry({ kind: "referrers" }),
      startRegistry(),
      startRegistry(),
    ]);
    key = await generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-mirror-")), "release-pw");
    const dockerConfig = await writeDockerConfig(all());
    env = { DOCKER_CONFIG: dockerConfig };
    clients = new RegistryClients({ env: { DOCKER_CONFIG: dockerConfig }, onSecret: () => {} });

    released = await pushIndex(source, "org/app", "1.0.0", { layers: [40_000, 300_000] });
    // An SBOM referrer, listed in the fallback tag (distribution has no referrers API).
    sbomDigest = await pushSbomReferrer(
      source,
      "org/app",
      { mediaType: released.mediaType, digest: released.digest, size: released.manifest.length },
      clients,
    );
    await cosignSign(2, released.ref, key, [source], "legacy");
    // An SBOM attestation in cosign's legacy form: the `.att` tag.
    const predicate = join(await mkdtemp(join(tmpdir(), "ia-mirror-sbom-")), "sbom.spdx.json");
    await writeFile(predicate, JSON.stringify({ spdxVersion: "SPDX-2.3", name: "app" }));
    await mustExec(
      cosignBinary(2),
      [
        "attest",
        "--key",
        key.keyFile,
        "--type",
        "spdxjson",
        "--predicate",
        predicate,
        "--tlog-upload=false",
        "--yes",
        released.ref,
      ],
      { env: await cosignEnv([source], key.password) },
    );
    await cosignSign(3, released.ref, key, [source], "bundle");
  });
  after(async () => {
    await clients.close();
    await Promise.all(all().map((registry) => registry.stop()));
  });

  const mirrors = () => [
    `${zot.host}/mirror/app:1.0.0`,
    `${plain.host}/mirror/app:1.0.0`,
    `${plain2.host}/mirror/app:1.0.0`,
  ];

  it("mirrors byte for byte with both signatures and the SBOM, reading the source once", async () => {
    const run = await runAction(
      "mirror",
      { source: `${source.host}/org/app:1.0.0`, destinations: mirrors().join("\n"), "verify-key": key.pubFile },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.outputs.report as string) as Report;
    assert.equal(report.digest, released.digest);
    assert.equal(run.outputs.image, `${source.host}/org/app@${released.digest}`);
    assert.equal(report.sourceBytesRead, report.blobBytes, "each source blob read once for three destinations");
    for (const [registry, item] of [zot, plain, plain2].map(
      (registry, i) => [registry, report.destinations[i]] as const,
    )) {
      assert.equal(item?.status, "copied");
      assert.ok((item?.verifiedSignatures ?? 0) >= 1, "verified with verify-key after the copy");
      // cosign's .sig tag and its bundle referrer; the .att tag; the SBOM.
      assert.deepEqual(item?.referrersByKind, { signature: 2, attestation: 1, sbom: 1 });
      assert.equal((await fetchManifest(registry, "mirror/app", "1.0.0")).digest, released.digest);
      const ref = `${registry.host}/mirror/app:1.0.0`;
      const legacy = await cosignVerify(3, ref, key.pubFile, [registry], "legacy");
      assert.equal(legacy.code, 0, `legacy at ${ref}: ${legacy.stderr}`);
      const bundle = await cosignVerify(3, ref, key.pubFile, [registry], "bundle");
      assert.equal(bundle.code, 0, `bundle at ${ref}: ${bundle.stderr}`);
      const attestation = await cosignVerifyAttestation(ref, key.pubFile, [registry], "legacy");
      assert.equal(attestation.code, 0, `the .att attestation at ${ref}: ${attestation.stderr}`);
      const { descriptors, api } = await clients.for(registry.host).referrers("mirror/app", released.digest);
      assert.equal(api, registry === zot, "the referrers API where the registry has it, the fallback tag elsewhere");
      // By digest: this referrers registry reports a manifest's config media type as its
      // artifactType, whatever the manifest's own artifactType says.
      assert.ok(
        descriptors.some((descriptor) => descriptor.digest === sbomDigest),
        `the SBOM at ${ref}`,
      );
    }
    assert.match(run.summary, /mirror/);

    const again = await runAction(
      "mirror",
      { source: `${source.host}/org/app:1.0.0`, destinations: mirrors().join("\n"), mode: "audit" },
      { env },
    );
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.equal((again.summary.match(/none: identical/g) ?? []).length, 3);
  });

  it("audit names a re-pointed tag, a deleted signature and a missing platform", async () => {
    // plain: the tag now names something else.
    await pushImage(plain, "mirror/app", "1.0.0", { layers: [10] });
    // plain2: cosign's signature tag and the arm64 image are gone.
    const hex = released.digest.slice("sha256:".length);
    const signature = await fetchManifest(plain2, "mirror/app", `sha256-${hex}.sig`);
    const arm = released.children[1]?.digest as string;
    for (const digest of [signature.digest, arm]) {
      const deleted = await registryRequest(plain2, {
        method: "DELETE",
        path: `/v2/mirror/app/manifests/${digest}`,
        scope: "repository:mirror/app:*",
      });
      assert.equal(deleted.status, 202);
    }
    const audit = await runAction(
      "mirror",
      { source: `${source.host}/org/app:1.0.0`, destinations: mirrors().join("\n"), mode: "audit" },
      { env },
    );
    assert.equal(audit.exitCode, 1);
    assert.equal(audit.errors.length, 1);
    const error = audit.errors[0] as string;
    assert.match(error, /^2 of 3 mirror\(s\) differ/);
    assert.match(
      error,
      new RegExp(`${plain.host}/mirror/app:1.0.0: tag 1.0.0 holds sha256:[0-9a-f]{64}, not ${released.digest}`),
    );
    assert.match(error, new RegExp(`cosign tag sha256-${hex}.sig is missing or names another manifest`));
    assert.match(error, new RegExp(`platform linux/arm64/v8 ${arm} is missing`));
    assert.doesNotMatch(error, new RegExp(zot.host));
  });

  it("one destination failing persistently fails the step, naming it; the others are mirrored", async () => {
    const [good, broken] = await Promise.all([startRegistry(), startRegistry()]);
    const proxy = await startFaultProxy({ url: broken.url });
    proxy.addRule({ method: "PUT", path: /\/manifests\//, fault: { type: "status", status: 500 } });
    try {
      const run = await runAction(
        "mirror",
        { source: `${source.host}/org/app:1.0.0`, destinations: `${good.host}/m/app:1.0.0\n${proxy.host}/m/app:1.0.0` },
        { env: { DOCKER_CONFIG: await writeDockerConfig([source, good, broken]) } },
      );
      assert.equal(run.exitCode, 1);
      assert.match(
        run.errors[0] ?? "",
        new RegExp(`^1 of 2 destination\\(s\\) failed \\(the others were mirrored\\): ${proxy.host}/m/app:1.0.0: `),
      );
      assert.equal((await fetchManifest(good, "m/app", "1.0.0")).digest, released.digest);
      assert.equal((await fetchManifest(broken, "m/app", "1.0.0")).status, 404);
      const report = JSON.parse(run.outputs.report as string) as Report;
      assert.deepEqual(
        report.destinations.map((item) => item.status),
        ["copied", "failed"],
      );
    } finally {
      await proxy.close();
      await Promise.all([good.stop(), broken.stop()]);
    }
  });

  it("an unreachable destination (nothing listening) fails alone; the others are mirrored", async () => {
    const good = await startRegistry();
    // A loopback port nobody listens on: the tag check itself cannot reach it.
    const unreachable = `127.0.0.1:${await freePort()}`;
    try {
      const run = await runAction(
        "mirror",
        {
          source: `${source.host}/org/app:1.0.0`,
          destinations: `${unreachable}/m/app:1.0.0\n${good.host}/m/app:1.0.0`,
        },
        { env: { DOCKER_CONFIG: await writeDockerConfig([source, good]) } },
      );
      assert.equal(run.exitCode, 1, run.stdout);
      assert.match(
        run.errors[0] ?? "",
        new RegExp(
          `^1 of 2 destination\\(s\\) failed \\(the others were mirrored\\): ${unreachable}/m/app:1.0.0: its tag could not be checked`,
        ),
      );
      assert.equal((await fetchManifest(good, "m/app", "1.0.0")).digest, released.digest);
      const report = JSON.parse(run.outputs.report as string) as Report;
      assert.deepEqual(
        report.destinations.map((item) => item.status),
        ["failed", "copied"],
      );
    } finally {
      await good.stop();
    }
  });

  it("reports a nearly spent pull allowance (Docker Hub's rate-limit headers) as a warning", async () => {
    const destination = await startRegistry();
    const hub = await startFaultProxy({ url: source.url });
    hub.addRule({
      path: /\/manifests\//,
      fault: { type: "headers", headers: { "ratelimit-limit": "100;w=21600", "ratelimit-remaining": "4;w=21600" } },
    });
    try {
      const run = await runAction(
        "mirror",
        { source: `${hub.host}/org/app:1.0.0`, destinations: `${destination.host}/hub/app:1.0.0` },
        { env: { DOCKER_CONFIG: await writeDockerConfig([source, destination]) } },
      );
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const line = `${hub.host}: 4 of 100 pulls left per 6 h — nearly spent; later pulls may fail with 429`;
      assert.ok(run.stdout.includes(`::warning::${line}`), run.stdout);
      assert.ok(summaryText(run.summary).includes(`Pull allowance: ${line}.`), run.summary);
    } finally {
      await hub.close();
      await destination.stop();
    }
  });

  it("plan mode writes nothing; a destination tag holding another digest refuses the mirror everywhere", async () => {
    const [fresh, taken] = await Promise.all([startRegistry(), startRegistry()]);
    const config = await writeDockerConfig([source, fresh, taken]);
    try {
      const destinations = `${fresh.host}/m/app:1.0.0\n${taken.host}/m/app:1.0.0`;
      const plan = await runAction(
        "mirror",
        { source: `${source.host}/org/app:1.0.0`, destinations, mode: "plan" },
        { env: { DOCKER_CONFIG: config } },
      );
      assert.equal(plan.exitCode, 0, plan.stdout + plan.stderr);
      assert.deepEqual(
        (JSON.parse(plan.outputs.report as string) as Report).destinations.map((item) => item.status),
        ["planned", "planned"],
      );
      assert.match(plan.summary, /Plan, nothing written/);
      assert.equal((await fetchManifest(fresh, "m/app", released.digest)).status, 404);

      const other = await pushImage(taken, "m/app", "1.0.0", { layers: [10] });
      const refused = await runAction(
        "mirror",
        { source: `${source.host}/org/app:1.0.0`, destinations },
        { env: { DOCKER_CONFIG: config } },
      );
      assert.equal(refused.exitCode, 1);
      assert.match(refused.errors[0] ?? "", new RegExp(`${taken.host}/m/app:1.0.0 holds ${other.digest}`));
      assert.equal((await fetchManifest(fresh, "m/app", released.digest)).status, 404, "nothing written anywhere");
      assert.equal((await fetchManifest(taken, "m/app", "1.0.0")).digest, other.digest, "the tag did not move");
    } finally {
      await Promise.all([fresh.stop(), taken.stop()]);
    }
  });
});
