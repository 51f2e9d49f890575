// A key and the transparency log, end to end through the bundles: `sign` with `tlog-upload: true`
// logs each signature in Rekor (the stand-in, through SIGSTORE_REKOR_URL) in both formats, and
// attests an SBOM; `verify-base` with the key checks the log entries against the trusted root the
// `trusted-root` input names, reports their log indexes, and refuses the public-good root (which does
// not know this log) unless told to ignore the log.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, generateKeyPair } from "../support/cosign.ts";
import { pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { type SigstoreMock, startSigstoreMock } from "../support/sigstore-mock.ts";
import { summaryText } from "../support/summary-text.ts";

describe("sign and verify-base actions (key and transparency log)", () => {
  let registry: TestRegistry;
  let mock: SigstoreMock;
  let keys: CosignKeyPair;
  let dir: string;

  before(async () => {
    registry = await startRegistry({ kind: "distribution" });
    dir = await mkdtemp(join(tmpdir(), "ia-keyed-tlog-e2e-"));
    mock = await startSigstoreMock(dir, "unused@example.com");
    keys = await generateKeyPair(2, dir, "e2e-pw");
  });
  after(async () => {
    await mock.close();
    await registry.stop();
  });

  it("logs keyed signatures and an SBOM attestation; verify-base checks the entries", async () => {
    const index = await pushIndex(registry, "logged/app", "1.0.0", { layers: [512] });
    const ref = `${registry.host}/logged/app:1.0.0`;
    const sbom = join(dir, "sbom.cdx.json");
    await writeFile(sbom, JSON.stringify({ bomFormat: "CycloneDX", specVersion: "1.5", components: [] }));
    const signInputs = { images: ref, key: keys.keyFile, format: "both", "tlog-upload": "true", sbom };
    const env = { COSIGN_PASSWORD: keys.password, SIGSTORE_REKOR_URL: mock.rekorURL };
    const signed = await runAction("sign", signInputs, { env });
    assert.equal(signed.exitCode, 0, signed.stdout + signed.stderr);
    const stored = JSON.parse(signed.outputs.signatures as string) as Array<{ format: string }>;
    assert.equal(stored.filter((item) => item.format.endsWith("-attestation")).length, 2);
    assert.equal(stored.length, 2 * (1 + index.children.length) + 2);
    assert.ok(summaryText(signed.summary).includes(`logged in Rekor at ${mock.rekorURL}`), signed.summary);
    const logged = mock.requests.filter((request) => request === "POST /api/v1/log/entries").length;
    assert.equal(logged, stored.length);

    // Again: every signature and attestation is found, nothing new is logged.
    const again = await runAction("sign", signInputs, { env });
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.match(again.summary, /Signed 0 digests/);
    assert.equal(mock.requests.filter((request) => request === "POST /api/v1/log/entries").length, logged);

    const verified = await runAction("verify-base", {
      image: ref,
      key: keys.pubFile,
      "trusted-root": mock.trustedRootFile,
    });
    assert.equal(verified.exitCode, 0, verified.stdout + verified.stderr);
    assert.equal(verified.outputs.digest, index.digest);
    const found = JSON.parse(verified.outputs.signatures as string) as Array<Record<string, string>>;
    assert.deepEqual(found.map((item) => item.format).sort(), ["bundle", "legacy"]);
    for (const item of found) assert.match(item.logIndex as string, /^\d+$/);
    assert.match(verified.summary, /Rekor log index \d+/);

    const publicGood = await runAction("verify-base", { image: ref, key: keys.pubFile });
    assert.equal(publicGood.exitCode, 1, publicGood.stdout);
    assert.equal(publicGood.errors.length, 1);
    assert.match(publicGood.errors[0] as string, /transparency-log entry does not verify against Sigstore public-good/);

    const ignoring = await runAction("verify-base", { image: ref, key: keys.pubFile, "ignore-tlog": "true" });
    assert.equal(ignoring.exitCode, 0, ignoring.stdout + ignoring.stderr);
    assert.match(ignoring.summary, /not checked \(ignore-tlog\)/);
  });
});
