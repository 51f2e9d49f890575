// The sign and verify-base actions, run from their bundles as GitHub runs them, against a registry
// with basic auth and the real cosign: keyed signatures in the legacy format, both directions.
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, cosignSign, cosignVerify, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { pushImage, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

describe("sign and verify-base actions (keyed, legacy format)", () => {
  let registry: TestRegistry;
  let env: NodeJS.ProcessEnv;
  let internal: CosignKeyPair;
  let other: CosignKeyPair;

  before(async () => {
    registry = await startRegistry({ auth: "basic" });
    env = { DOCKER_CONFIG: await writeDockerConfig([registry]) };
    const dir = await mkdtemp(join(tmpdir(), "ia-action-keys-"));
    internal = await generateKeyPair(2, dir, "internal-canary-pw");
    other = await generateKeyPair(3, dir, "other-pw");
  });
  after(() => registry.stop());

  it("sign: a tag is resolved once and signed by digest; cosign v2 and v3 verify it; outputs chain", async () => {
    const image = await pushImage(registry, "app", "1.0.0");
    const run = await runAction(
      "sign",
      { images: `${registry.host}/app:1.0.0`, key: internal.keyFile, "key-password": internal.password },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.digest, image.digest);
    assert.equal(run.outputs.image, `${registry.host}/app@${image.digest}`);
    const signatures = JSON.parse(run.outputs.signatures as string) as Array<{
      digest: string;
      format: string;
      storedAt: string;
    }>;
    assert.deepEqual(signatures, [
      {
        image: `${registry.host}/app@${image.digest}`,
        digest: image.digest,
        format: "legacy",
        storedAt: `${registry.host}/app:${image.digest.replace(":", "-")}.sig`,
      },
    ]);
    assert.equal(run.outputs["public-key"]?.trim(), (await readFile(internal.pubFile, "utf8")).trim());
    assert.match(run.summary, /<td>legacy<\/td>.*<td>written<\/td>/);
    for (const version of [2, 3] as const)
      assert.equal((await cosignVerify(version, image.ref, internal.pubFile, [registry], "legacy")).code, 0);
    assert.ok(
      !(run.stdout + run.stderr).replaceAll(`::add-mask::${internal.password}`, "").includes(internal.password),
      "the password is never printed",
    );
  });

  it("sign: recursive signs the index and every platform; signing again adds nothing", async () => {
    const index = await pushIndex(registry, "multi", "1.0.0");
    const inputs = { images: `${registry.host}/multi:1.0.0`, key: "env://RELEASE_KEY" };
    const keyEnv = {
      ...env,
      RELEASE_KEY: await readFile(internal.keyFile, "utf8"),
      COSIGN_PASSWORD: internal.password,
    };
    const first = await runAction("sign", inputs, { env: keyEnv });
    assert.equal(first.exitCode, 0, first.stdout);
    const signed = (JSON.parse(first.outputs.signatures as string) as Array<{ digest: string }>).map(
      (item) => item.digest,
    );
    assert.deepEqual(signed, [index.digest, ...index.children.map((child) => child.digest)]);
    for (const digest of signed) {
      assert.equal(
        (await cosignVerify(2, `${registry.host}/multi@${digest}`, internal.pubFile, [registry], "legacy")).code,
        0,
      );
    }
    const again = await runAction("sign", inputs, { env: keyEnv });
    const report = JSON.parse(again.outputs.report as string) as { signatures: Array<{ outcome: string }> };
    assert.deepEqual(
      report.signatures.map((item) => item.outcome),
      ["exists", "exists", "exists"],
    );
  });

  it("verify-base: a cosign-signed base verifies and is pinned to the verified digest", async () => {
    const base = await pushImage(registry, "base", "bookworm");
    await cosignSign(2, base.ref, internal, [registry], "legacy");
    const run = await runAction(
      "verify-base",
      { image: `${registry.host}/base:bookworm`, key: internal.pubFile, "ignore-tlog": "true" },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.digest, base.digest);
    assert.equal(run.outputs.image, `${registry.host}/base@${base.digest}`);
    const signatures = JSON.parse(run.outputs.signatures as string) as Array<{ format: string; logIndex: null }>;
    assert.equal(signatures.length, 1);
    assert.equal(signatures[0]?.format, "legacy");
    // The key is named by the SHA-256 of its public key, so a reader can tell which key vouched.
    const { createHash, createPublicKey } = await import("node:crypto");
    const spki = createPublicKey(await readFile(internal.pubFile, "utf8")).export({ type: "spki", format: "der" });
    assert.equal(
      (signatures[0] as unknown as { key: string }).key,
      `ecdsa-p256 sha256:${createHash("sha256").update(spki).digest("hex")}`,
    );
  });

  it("verify-base: PEM text as the key works too", async () => {
    const base = await pushImage(registry, "base-pem", "1");
    await cosignSign(3, base.ref, other, [registry], "legacy");
    const run = await runAction(
      "verify-base",
      { image: base.ref, key: await readFile(other.pubFile, "utf8"), "ignore-tlog": "true" },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout);
  });

  const refusals: Array<[string, () => Promise<Record<string, string>>, RegExp]> = [
    [
      "another key's signature",
      async () => {
        const base = await pushImage(registry, "base-other", "1");
        await cosignSign(2, base.ref, internal, [registry], "legacy");
        return { image: base.ref, key: other.pubFile, "ignore-tlog": "true" };
      },
      /has no signature that verifies with the key: .*does not verify with this key/,
    ],
    [
      "an unsigned image",
      async () => ({
        image: (await pushImage(registry, "base-unsigned", "1")).ref,
        key: internal.pubFile,
        "ignore-tlog": "true",
      }),
      /no signatures are stored for it/,
    ],
    [
      "a keyed signature without a log entry while ignore-tlog is false",
      async () => {
        const base = await pushImage(registry, "base-notlog", "1");
        await cosignSign(2, base.ref, internal, [registry], "legacy");
        return { image: base.ref, key: internal.pubFile };
      },
      /has no transparency-log entry; set ignore-tlog: true/,
    ],
    [
      "an image that does not exist",
      async () => ({ image: `${registry.host}/nothing:here`, key: internal.pubFile, "ignore-tlog": "true" }),
      /get manifest .*nothing:here: HTTP 404 MANIFEST_UNKNOWN/,
    ],
  ];
  for (const [name, inputs, pattern] of refusals) {
    it(`verify-base refuses ${name}, in one line, and outputs nothing`, async () => {
      const run = await runAction("verify-base", await inputs(), { env });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.errors.length, 1, run.stdout);
      assert.match(run.errors[0] as string, pattern);
      assert.doesNotMatch(run.stdout, /^\s+at /m);
      assert.equal(run.outputs.digest, undefined);
    });
  }

  it("sign: a wrong key password is a one-line input error", async () => {
    await pushImage(registry, "wrongpw", "1");
    const run = await runAction(
      "sign",
      { images: `${registry.host}/wrongpw:1`, key: internal.keyFile, "key-password": "not-it" },
      { env },
    );
    assert.equal(run.exitCode, 1);
    assert.deepEqual(run.errors, ["input 'key': wrong password for the encrypted key (or the key is damaged)"]);
  });
});
