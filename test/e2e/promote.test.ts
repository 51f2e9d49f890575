// promote, end to end through dist/promote/index.js: an internal registry with basic auth holding a
// candidate (a multi-arch index with an SBOM referrer) signed with the internal key by the real
// cosign, promoted into a public registry with bearer auth. The real cosign then verifies the
// release key there and refuses the internal key; the SBOM arrives, the internal signature does not.
// Refusals (unsigned, wrong key, a tag that would move) write nothing; a dry run's plan is what the
// real run then does; a re-run, or a run after a crash between copying and signing, finishes only
// what is missing. Runs killed with SIGKILL while an upload or a signature PUT hangs (fault proxy)
// leave no tag, and their re-runs send only what never arrived.
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { copyImage, parseReference, RegistryClients, referrersTag } from "@image-actions/oci";
import { loadSigningKey, localSigner, signImages } from "@image-actions/sigstore";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, cosignSign, cosignVerify, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { fetchManifest, type PushedIndex, pushImage, pushIndex, pushSbomReferrer } from "../support/images.ts";
import { runKilledAtHeldRequest } from "../support/killed-run.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

interface Report {
  digest: string;
  destinations: Array<{
    destination: string;
    copy: { status: string; blobs: { copied: number; skipped: number }; manifests: { copied: number } };
    signatures: { written: number; existing: number; planned: number };
    tag: { state: string };
    tagWritten: boolean;
  }>;
  excludedReferrers: Array<{ kind: string }>;
}

describe("promote action", () => {
  let internal: TestRegistry;
  let release: TestRegistry;
  let env: NodeJS.ProcessEnv;
  let internalKey: CosignKeyPair;
  let releaseKey: CosignKeyPair;
  let otherKey: CosignKeyPair;
  let clients: RegistryClients;

  before(async () => {
    [internal, release] = await Promise.all([startRegistry({ auth: "basic" }), startRegistry({ auth: "bearer" })]);
    const dockerConfig = await writeDockerConfig([internal, release]);
    env = { DOCKER_CONFIG: dockerConfig };
    const keyPair = async (password: string) =>
      generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-promote-")), password);
    [internalKey, releaseKey, otherKey] = await Promise.all([
      keyPair("internal-pw"),
      keyPair("release-pw"),
      keyPair("other-pw"),
    ]);
    clients = new RegistryClients({ env: { DOCKER_CONFIG: dockerConfig }, onSecret: () => {} });
  });
  after(async () => {
    await clients.close();
    await Promise.all([internal.stop(), release.stop()]);
  });

  /** A signed candidate: an index, an SBOM referrer (fallback tag: no referrers API here), cosign's signature. */
  async function candidate(repository: string, tag: string, sign = true): Promise<PushedIndex & { sbom: string }> {
    const index = await pushIndex(internal, repository, tag, { layers: [2048, 512] });
    const sbom = await pushSbomReferrer(
      internal,
      repository,
      { mediaType: index.mediaType, digest: index.digest, size: index.manifest.length },
      clients,
    );
    if (sign) await cosignSign(2, index.ref, internalKey, [internal]);
    return { ...index, sbom };
  }

  const promoteInputs = (source: string, destinations: string[], extra: Record<string, string> = {}) => ({
    source,
    destinations: destinations.join("\n"),
    "verify-key": internalKey.pubFile,
    "sign-key": releaseKey.keyFile,
    "sign-key-password": releaseKey.password,
    ...extra,
  });

  it("promotes a signed index with its SBOM; cosign verifies the release key there, not the internal one; a re-run repeats nothing", async () => {
    const image = await candidate("candidates/app", "rc1");
    const destinations = [`${release.host}/org/app:1.0.0`, `${release.host}/org/app:1.0`];
    const run = await runAction("promote", promoteInputs(`${internal.host}/candidates/app:rc1`, destinations), { env });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.digest, image.digest);
    assert.deepEqual(JSON.parse(run.outputs.images as string), [
      `${release.host}/org/app@${image.digest}`,
      `${release.host}/org/app@${image.digest}`,
    ]);
    const report = JSON.parse(run.outputs.report as string) as Report;
    assert.deepEqual(
      report.excludedReferrers.map((item) => item.kind),
      ["signature"],
    );
    assert.equal(report.destinations[0]?.signatures.written, 1 + image.children.length);
    assert.match(run.summary, /promoted to 2 destination\(s\); internal signature verified/);

    for (const tag of ["1.0.0", "1.0"]) {
      assert.equal((await fetchManifest(release, "org/app", tag)).digest, image.digest);
      const ref = `${release.host}/org/app:${tag}`;
      const accepted = await cosignVerify(2, ref, releaseKey.pubFile, [release]);
      assert.equal(accepted.code, 0, accepted.stderr);
      assert.notEqual((await cosignVerify(2, ref, internalKey.pubFile, [release])).code, 0);
    }
    for (const child of image.children) {
      const verified = await cosignVerify(2, `${release.host}/org/app@${child.digest}`, releaseKey.pubFile, [release]);
      assert.equal(verified.code, 0, verified.stderr);
    }
    const fallback = await fetchManifest(release, "org/app", referrersTag(image.digest));
    assert.ok(fallback.body.toString().includes(image.sbom), "the SBOM referrer arrived");
    assert.equal((await fetchManifest(release, "org/app", image.sbom)).status, 200);

    const again = await runAction("promote", promoteInputs(`${internal.host}/candidates/app:rc1`, destinations), {
      env,
    });
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    const second = JSON.parse(again.outputs.report as string) as Report;
    for (const destination of second.destinations) {
      assert.equal(destination.copy.blobs.copied, 0);
      assert.equal(destination.signatures.written, 0);
      assert.equal(destination.signatures.existing, 1 + image.children.length);
      assert.equal(destination.tag.state, "same");
      assert.equal(destination.tagWritten, false);
    }
  });

  it("refuses an unsigned candidate, the wrong internal key and a moving release tag, writing nothing", async () => {
    const unsigned = await candidate("candidates/unsigned", "rc1", false);
    const signed = await candidate("candidates/moving", "rc1");
    const held = await pushImage(release, "org/moving", "2.0.0", { layers: [99] });
    const cases: Array<[Record<string, string>, RegExp, string]> = [
      [
        promoteInputs(`${internal.host}/candidates/unsigned:rc1`, [`${release.host}/org/unsigned:1.0.0`]),
        /is not signed with the internal key, nothing was promoted: .*has no signature that verifies/,
        "org/unsigned",
      ],
      [
        // The signature and tag checks run side by side: an unsigned candidate is reported as that,
        // even when its release tag is taken too.
        promoteInputs(`${internal.host}/candidates/unsigned:rc1`, [`${release.host}/org/moving:2.0.0`]),
        /is not signed with the internal key, nothing was promoted/,
        "org/moving",
      ],
      [
        promoteInputs(`${internal.host}/candidates/moving:rc1`, [`${release.host}/org/wrongkey:1.0.0`], {
          "verify-key": otherKey.pubFile,
        }),
        /is not signed with the internal key/,
        "org/wrongkey",
      ],
      [
        promoteInputs(`${internal.host}/candidates/moving:rc1`, [
          `${release.host}/org/moving-other:2.0.0`,
          `${release.host}/org/moving:2.0.0`,
        ]),
        new RegExp(
          `refusing to move release tags \\(nothing was written\\): ${release.host}/org/moving:2\\.0\\.0 holds ${held.digest}, not ${signed.digest}`,
        ),
        "org/moving-other",
      ],
    ];
    for (const [inputs, reason, untouched] of cases) {
      const run = await runAction("promote", inputs, { env });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.errors.length, 1);
      assert.match(run.errors[0] as string, reason);
      assert.deepEqual(run.outputs, {});
      for (const digest of [unsigned.digest, signed.digest])
        assert.equal((await fetchManifest(release, untouched, digest)).status, 404, `${untouched} got ${digest}`);
    }
    assert.equal((await fetchManifest(release, "org/moving", "2.0.0")).digest, held.digest);

    // A tag listed in mutable-tags may move.
    const moved = await runAction(
      "promote",
      promoteInputs(`${internal.host}/candidates/moving:rc1`, [`${release.host}/org/moving:2.0.0`], {
        "mutable-tags": "2.0.*",
      }),
      { env },
    );
    assert.equal(moved.exitCode, 0, moved.stdout + moved.stderr);
    assert.equal((await fetchManifest(release, "org/moving", "2.0.0")).digest, signed.digest);
  });

  it("dry-run writes nothing and plans exactly what the real run then does", async () => {
    const image = await candidate("candidates/planned", "rc1");
    const inputs = promoteInputs(`${internal.host}/candidates/planned:rc1`, [`${release.host}/org/planned:3.0.0`], {
      format: "both",
    });
    const dry = await runAction("promote", { ...inputs, "dry-run": "true" }, { env });
    assert.equal(dry.exitCode, 0, dry.stdout + dry.stderr);
    assert.match(dry.summary, /Dry run, nothing written/);
    assert.equal((await fetchManifest(release, "org/planned", image.digest)).status, 404);
    assert.equal((await fetchManifest(release, "org/planned", "3.0.0")).status, 404);
    const plan = (JSON.parse(dry.outputs.report as string) as Report).destinations[0];

    const real = await runAction("promote", inputs, { env });
    assert.equal(real.exitCode, 0, real.stdout + real.stderr);
    const done = (JSON.parse(real.outputs.report as string) as Report).destinations[0];
    assert.equal(plan?.copy.status, "planned");
    assert.equal(done?.copy.blobs.copied, plan?.copy.blobs.copied);
    assert.equal(done?.copy.manifests.copied, plan?.copy.manifests.copied);
    assert.equal(done?.signatures.written, plan?.signatures.planned);
    assert.equal(done?.signatures.planned, 2 * (1 + image.children.length));
  });

  it("after a crash between copying and signing, a re-run copies nothing and signs only what is missing", async () => {
    const image = await candidate("candidates/crashed", "rc1");
    // What a run that died mid-sign leaves: the image copied (untagged), one child signed.
    const destination = parseReference(`${release.host}/org/crashed@${image.digest}`);
    const copied = await copyImage(clients, parseReference(image.ref), [destination], { referrerKinds: ["sbom"] });
    assert.equal(copied.destinations[0]?.status, "copied");
    const releaseSigner = localSigner(loadSigningKey(await readFile(releaseKey.keyFile, "utf8"), releaseKey.password));
    const child = parseReference(`${release.host}/org/crashed@${image.children[0]?.digest}`);
    await signImages(clients, [child], releaseSigner, { recursive: false, formats: ["legacy"] });
    assert.equal((await fetchManifest(release, "org/crashed", "4.0.0")).status, 404);

    const run = await runAction(
      "promote",
      promoteInputs(`${internal.host}/candidates/crashed:rc1`, [`${release.host}/org/crashed:4.0.0`]),
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const done = (JSON.parse(run.outputs.report as string) as Report).destinations[0];
    assert.equal(done?.copy.blobs.copied, 0);
    assert.equal(done?.signatures.existing, 1);
    assert.equal(done?.signatures.written, image.children.length);
    assert.equal(done?.tagWritten, true);
    assert.equal((await cosignVerify(2, `${release.host}/org/crashed:4.0.0`, releaseKey.pubFile, [release])).code, 0);
  });

  describe("killed mid-run (SIGKILL while a request to the public registry hangs)", () => {
    let target: TestRegistry;
    let proxy: FaultProxy;
    before(async () => {
      target = await startRegistry();
      proxy = await startFaultProxy({ url: target.url });
    });
    after(async () => {
      await proxy.close();
      await target.stop();
    });

    const killedRun = (inputs: Record<string, string>) =>
      runKilledAtHeldRequest(proxy, "promote", inputs, { env }, 10_000);

    it("mid-copy: no tag and no index are left behind; the re-run copies only the blob that was cut off", async () => {
      const image = await candidate("candidates/killed-copy", "rc1");
      const layer = image.children[0]?.layers[0];
      assert.ok(layer);
      const hung = layer.digest.slice("sha256:".length);
      proxy.clearRules();
      proxy.addRule({ method: "PUT", path: new RegExp(hung), fault: { type: "hang" } });
      const inputs = promoteInputs(`${internal.host}/candidates/killed-copy:rc1`, [`${proxy.host}/org/killed:5.0.0`]);
      await killedRun(inputs);
      assert.equal((await fetchManifest(target, "org/killed", "5.0.0")).status, 404, "no tag");
      assert.equal(
        (await fetchManifest(target, "org/killed", image.digest)).status,
        404,
        "no index over a missing blob",
      );

      proxy.clearRules();
      const rerun = await runAction("promote", inputs, { env });
      assert.equal(rerun.exitCode, 0, rerun.stdout + rerun.stderr);
      const done = (JSON.parse(rerun.outputs.report as string) as Report).destinations[0];
      assert.equal(done?.copy.blobs.copied, 1, "only the blob whose upload was cut off");
      assert.ok((done?.copy.blobs.skipped ?? 0) >= 3, "the blobs that arrived before the kill are not sent again");
      assert.equal(done?.tagWritten, true);
      assert.equal((await cosignVerify(2, `${proxy.host}/org/killed:5.0.0`, releaseKey.pubFile, [target])).code, 0);
    });

    it("mid-sign: no tag is written; the re-run copies nothing and writes only the missing signature", async () => {
      const image = await candidate("candidates/killed-sign", "rc1");
      const child = image.children[1];
      assert.ok(child);
      const hung = child.digest.slice("sha256:".length);
      proxy.clearRules();
      proxy.addRule({ method: "PUT", path: new RegExp(`/manifests/sha256-${hung}\\.sig$`), fault: { type: "hang" } });
      const inputs = promoteInputs(`${internal.host}/candidates/killed-sign:rc1`, [`${proxy.host}/org/signed:6.0.0`]);
      await killedRun(inputs);
      assert.equal(
        (await fetchManifest(target, "org/signed", "6.0.0")).status,
        404,
        "no tag on an image not fully signed",
      );

      proxy.clearRules();
      const rerun = await runAction("promote", inputs, { env });
      assert.equal(rerun.exitCode, 0, rerun.stdout + rerun.stderr);
      const done = (JSON.parse(rerun.outputs.report as string) as Report).destinations[0];
      assert.equal(done?.copy.blobs.copied, 0);
      assert.equal(done?.signatures.existing, 2);
      assert.equal(done?.signatures.written, 1);
      assert.equal(done?.tagWritten, true);
      assert.equal((await cosignVerify(2, `${proxy.host}/org/signed:6.0.0`, releaseKey.pubFile, [target])).code, 0);
    });

    it("a tag private ECR keeps immutable is refused in one line, even when mutable-tags allows moving it", async () => {
      const first = await candidate("candidates/immutable-a", "rc1");
      const inputs = (source: string) =>
        promoteInputs(source, [`${proxy.host}/org/immutable:latest`], { "mutable-tags": "latest" });
      proxy.clearRules();
      const initial = await runAction("promote", inputs(`${internal.host}/candidates/immutable-a:rc1`), { env });
      assert.equal(initial.exitCode, 0, initial.stdout + initial.stderr);
      await candidate("candidates/immutable-b", "rc1");
      // What ECR answers a PutImage over an existing tag in a repository with tag immutability.
      proxy.addRule({
        method: "PUT",
        path: /\/manifests\/latest$/,
        fault: {
          type: "status",
          status: 400,
          errors: [
            {
              code: "TAG_INVALID",
              message:
                "The image tag 'latest' already exists in the 'org/immutable' repository and cannot be overwritten because the repository is immutable.",
            },
          ],
        },
      });
      const refused = await runAction("promote", inputs(`${internal.host}/candidates/immutable-b:rc1`), { env });
      proxy.clearRules();
      assert.equal(refused.exitCode, 1);
      assert.equal(refused.errors.length, 1);
      assert.match(
        refused.errors[0] as string,
        new RegExp(`^${proxy.host}/org/immutable:latest: the registry refuses to move this immutable tag to sha256:`),
      );
      assert.equal((await fetchManifest(target, "org/immutable", "latest")).digest, first.digest, "the tag stayed");
    });
  });
});
