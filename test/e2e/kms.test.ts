// AWS KMS keys (`awskms://`) through the AWS SDK against moto's KMS: the sign action signs with an
// ECC_NIST_P256 KMS key, the real cosign verifies with the public key the action outputs, and
// verify-base verifies with the KMS key itself.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { cosignVerify } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { pushImage } from "../support/images.ts";
import { kmsApiCall, type MotoServer, startMoto } from "../support/moto.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { summaryText } from "../support/summary-text.ts";

describe("AWS KMS keys against moto", () => {
  let moto: MotoServer;
  let registry: TestRegistry;
  let env: NodeJS.ProcessEnv;
  let keyId: string;

  before(async () => {
    [moto, registry] = await Promise.all([startMoto(), startRegistry()]);
    // No instance metadata lookups: credentials come from the environment moto's helper sets.
    env = { ...moto.env, AWS_EC2_METADATA_DISABLED: "true", DOCKER_CONFIG: await writeDockerConfig([registry]) };
    const created = (await kmsApiCall(moto, "CreateKey", { KeySpec: "ECC_NIST_P256", KeyUsage: "SIGN_VERIFY" })) as {
      KeyMetadata: { KeyId: string };
    };
    keyId = created.KeyMetadata.KeyId;
    await kmsApiCall(moto, "CreateAlias", { AliasName: "alias/release", TargetKeyId: keyId });
  });
  after(() => Promise.all([moto.stop(), registry.stop()]));

  it("sign with awskms:///alias/NAME; cosign v2 and v3 verify with the output public key", async () => {
    const image = await pushImage(registry, "kms-app", "1.0.0");
    const run = await runAction(
      "sign",
      { images: `${registry.host}/kms-app:1.0.0`, key: "awskms:///alias/release" },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const pubFile = join(await mkdtemp(join(tmpdir(), "ia-kms-")), "release.pub");
    await writeFile(pubFile, run.outputs["public-key"] as string);
    for (const version of [2, 3] as const) {
      const verified = await cosignVerify(version, image.ref, pubFile, [registry], "legacy");
      assert.equal(verified.code, 0, `cosign v${version}: ${verified.stderr}`);
    }
    assert.match(summaryText(run.summary), /awskms:\/\/\/alias\/release/);
  });

  it("verify-base with awskms:///KEY-ID verifies what the KMS key signed", async () => {
    const image = await pushImage(registry, "kms-base", "1");
    assert.equal((await runAction("sign", { images: image.ref, key: `awskms:///${keyId}` }, { env })).exitCode, 0);
    const run = await runAction(
      "verify-base",
      { image: image.ref, key: `awskms:///${keyId}`, "ignore-tlog": "true" },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout);
    assert.equal(run.outputs.digest, image.digest);
  });

  it("an unknown KMS key is a one-line error naming the input", async () => {
    const run = await runAction(
      "sign",
      { images: `${registry.host}/kms-app:1.0.0`, key: "awskms:///alias/does-not-exist" },
      { env },
    );
    assert.equal(run.exitCode, 1);
    assert.equal(run.errors.length, 1);
    assert.match(run.errors[0] as string, /^input 'key': KMS key alias\/does-not-exist: GetPublicKey failed/);
  });

  it("a malformed awskms URI is refused before any call", async () => {
    const run = await runAction("verify-base", { image: "base:1", key: "awskms:///not a key" }, { env });
    assert.match(run.errors[0] as string, /^input 'key': 'not a key' in 'awskms:\/\/\/not a key' is not a KMS key id/);
  });
});
