// Sigstore bundles (cosign v3's default format) as OCI referrers agree with the real cosign v3 both
// ways, on a registry with the referrers API and on one that needs the fallback tag index.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { RegistryClients } from "@image-actions/oci";
import {
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  readBundles,
  verifyBundle,
  writeBundleSignature,
} from "@image-actions/sigstore";
import { runAction } from "../support/action-runner.ts";
import {
  type CosignKeyPair,
  cosignSign,
  cosignVerify,
  cosignVerifyAttestation,
  generateKeyPair,
} from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { fetchManifest, pushImage } from "../support/images.ts";
import { type RegistryOptions, startRegistry, type TestRegistry } from "../support/registry.ts";

const kinds: Array<[string, RegistryOptions]> = [
  ["with the referrers API", { kind: "referrers" }],
  ["without it (fallback tag index, basic auth)", { auth: "basic" }],
];

for (const [name, options] of kinds) {
  describe(`bundle signatures on a registry ${name}`, () => {
    let registry: TestRegistry;
    let clients: RegistryClients;
    let env: NodeJS.ProcessEnv;
    let key: CosignKeyPair;
    let other: CosignKeyPair;

    before(async () => {
      registry = await startRegistry(options);
      env = { DOCKER_CONFIG: await writeDockerConfig([registry]) };
      clients = new RegistryClients({ env, onSecret: () => {} });
      const dir = await mkdtemp(join(tmpdir(), "ia-bundle-keys-"));
      key = await generateKeyPair(3, dir, "bundle-pw");
      other = await generateKeyPair(2, dir, "other-pw");
    });
    after(async () => {
      await clients.close();
      await registry.stop();
    });

    it("we sign a bundle; cosign v3 verifies it; signing again adds nothing", async () => {
      const image = await pushImage(registry, "ours/app", "1.0.0");
      const signer = localSigner(loadSigningKey(await readFile(key.keyFile, "utf8"), key.password));
      const subject = { mediaType: image.mediaType, digest: image.digest, size: image.size };
      const client = clients.for(registry.host);
      assert.equal(
        (await writeBundleSignature(client, "ours/app", signer, { subject, created: new Date() })).outcome,
        "written",
      );
      const verified = await cosignVerify(3, image.ref, key.pubFile, [registry], "bundle");
      assert.equal(verified.code, 0, verified.stderr);
      assert.equal(
        (await writeBundleSignature(client, "ours/app", signer, { subject, created: new Date() })).outcome,
        "exists",
      );
      assert.equal((await readBundles(client, "ours/app", image.digest)).length, 1);
      if (registry.kind !== "referrers") {
        const fallback = await fetchManifest(registry, "ours/app", image.digest.replace(":", "-"));
        assert.equal(fallback.status, 200, "the fallback index lists the bundle");
      }
    });

    it("cosign v3 signs a bundle; we verify it with its key and refuse another key", async () => {
      const image = await pushImage(registry, "theirs/app", "1.0.0");
      await cosignSign(3, image.ref, key, [registry], "bundle");
      const client = clients.for(registry.host);
      const [stored] = await readBundles(client, "theirs/app", image.digest);
      assert.ok(stored, "cosign's bundle is found");
      const good = verifyBundle(
        stored.bundle,
        loadVerificationKey(await readFile(key.pubFile, "utf8")),
        image.digest,
        stored.referrer,
      );
      assert.equal(good.format, "bundle");
      assert.throws(
        () =>
          verifyBundle(
            stored.bundle,
            loadVerificationKey(readFileSync(other.pubFile, "utf8")),
            image.digest,
            stored.referrer,
          ),
        /does not verify with this key/,
      );
      const otherImage = await pushImage(registry, "theirs/app", "2.0.0");
      assert.throws(
        () =>
          verifyBundle(
            stored.bundle,
            loadVerificationKey(readFileSync(key.pubFile, "utf8")),
            otherImage.digest,
            stored.referrer,
          ),
        new RegExp(`is for ${image.digest}, not ${otherImage.digest}`),
      );
    });

    it("the sign action with format both writes both; verify-base accepts either; cosign v2 and v3 agree", async () => {
      const image = await pushImage(registry, "both/app", "1.0.0");
      const run = await runAction(
        "sign",
        { images: image.ref, key: key.keyFile, "key-password": key.password, format: "both" },
        { env },
      );
      assert.equal(run.exitCode, 0, run.stdout);
      const formats = (JSON.parse(run.outputs.signatures as string) as Array<{ format: string }>).map(
        (item) => item.format,
      );
      assert.deepEqual(formats.sort(), ["bundle", "legacy"]);
      assert.equal((await cosignVerify(3, image.ref, key.pubFile, [registry], "bundle")).code, 0);
      const verify = await runAction(
        "verify-base",
        { image: image.ref, key: key.pubFile, "ignore-tlog": "true" },
        { env },
      );
      assert.equal(verify.exitCode, 0, verify.stdout);
      const verifiedFormats = (JSON.parse(verify.outputs.signatures as string) as Array<{ format: string }>).map(
        (item) => item.format,
      );
      assert.deepEqual(verifiedFormats.sort(), ["bundle", "legacy"]);
    });
  });
}

describe("SBOM attestations", () => {
  it("the sign action attests an SPDX SBOM in both formats; cosign verify-attestation (v2 legacy, v3 bundle) accepts them", async () => {
    const { writeFile } = await import("node:fs/promises");
    const registry = await startRegistry({ kind: "referrers" });
    try {
      const dir = await mkdtemp(join(tmpdir(), "ia-sbom-"));
      const key = await generateKeyPair(2, dir, "sbom-pw");
      const sbom = join(dir, "sbom.spdx.json");
      await writeFile(
        sbom,
        JSON.stringify({
          spdxVersion: "SPDX-2.3",
          SPDXID: "SPDXRef-DOCUMENT",
          name: "app",
          packages: [{ name: "libc6", versionInfo: "2.36" }],
        }),
      );
      const image = await pushImage(registry, "sbom/app", "1.0.0");
      const env = { DOCKER_CONFIG: await writeDockerConfig([registry]) };
      const run = await runAction(
        "sign",
        { images: image.ref, key: key.keyFile, "key-password": key.password, format: "both", sbom },
        { env },
      );
      assert.equal(run.exitCode, 0, run.stdout);
      const formats = (JSON.parse(run.outputs.signatures as string) as Array<{ format: string }>)
        .map((item) => item.format)
        .sort();
      assert.deepEqual(formats, ["bundle", "bundle-attestation", "legacy", "legacy-attestation"]);
      // cosign v2.6 switches to bundle verification once it sees a bundle referrer; v3 checks the
      // legacy .att image when asked to.
      const legacy = await cosignVerifyAttestation(image.ref, key.pubFile, [registry], "legacy");
      assert.equal(legacy.code, 0, legacy.stderr);
      assert.match(legacy.stdout, /"payloadType":"application\/vnd.in-toto\+json"/);
      const bundle = await cosignVerifyAttestation(image.ref, key.pubFile, [registry], "bundle");
      assert.equal(bundle.code, 0, bundle.stderr);
      assert.ok(bundle.stdout.length > 0 || bundle.stderr.includes("Verified OK"));
      // A second run attests nothing new.
      const again = await runAction(
        "sign",
        { images: image.ref, key: key.keyFile, "key-password": key.password, format: "both", sbom },
        { env },
      );
      const report = JSON.parse(again.outputs.report as string) as { attestations: Array<{ outcome: string }> };
      assert.deepEqual(
        report.attestations.map((item) => item.outcome),
        ["exists", "exists"],
      );
    } finally {
      await registry.stop();
    }
  });

  it("a file that is not an SBOM is a one-line error naming the input", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-sbom-bad-"));
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "sbom.json"), "not json");
    const run = await runAction("sign", {
      images: "registry.example/app:1",
      key: "env://IA_UNUSED",
      sbom: join(dir, "sbom.json"),
    });
    assert.deepEqual(run.errors, [
      `input 'sbom': '${join(dir, "sbom.json")}' is not JSON (SPDX JSON or CycloneDX JSON expected)`,
    ]);
  });
});
