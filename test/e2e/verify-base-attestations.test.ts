// verify-base's require-attestations, end to end through dist/verify-base: a base attested by the
// sign action with key K (an SPDX SBOM on the index, in both formats) passes `spdxjson key=K` (and
// the same type as a URI), and fails in one line naming the predicate type and the signer for
// `slsaprovenance1 key=K` and for `spdxjson key=OTHER`; provenance attested on every platform (not
// the index) passes, and on one platform only fails naming the other. Bad lines are one-line input
// errors naming the input and the line.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const PROVENANCE = {
  buildDefinition: { buildType: "https://example.com/build/v1", externalParameters: {} },
  runDetails: { builder: { id: "https://example.com/builder" } },
};

describe("verify-base require-attestations", () => {
  let registry: TestRegistry;
  let env: NodeJS.ProcessEnv;
  let key: CosignKeyPair;
  let other: CosignKeyPair;
  let sbom: string;
  let provenance: string;

  before(async () => {
    registry = await startRegistry({ kind: "referrers" });
    env = { DOCKER_CONFIG: await writeDockerConfig([registry]) };
    const dir = await mkdtemp(join(tmpdir(), "ia-require-att-"));
    [key, other] = await Promise.all([generateKeyPair(2, dir, "k-pw"), generateKeyPair(3, dir, "o-pw")]);
    sbom = join(dir, "sbom.spdx.json");
    provenance = join(dir, "provenance.json");
    await writeFile(sbom, JSON.stringify({ spdxVersion: "SPDX-2.3", name: "base", packages: [] }));
    await writeFile(provenance, JSON.stringify(PROVENANCE));
  });
  after(async () => {
    await registry.stop();
  });

  const sign = async (images: string, extra: Record<string, string>) => {
    const run = await runAction(
      "sign",
      { images, key: key.keyFile, "key-password": key.password, format: "both", recursive: "false", ...extra },
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  };
  const verify = (image: string, requirements: string) =>
    runAction(
      "verify-base",
      { image, key: key.pubFile, "ignore-tlog": "true", "require-attestations": requirements },
      { env },
    );

  it("passes with the SBOM signed by K, fails naming what is missing otherwise", async () => {
    const index = await pushIndex(registry, "base/sbom", "1", { layers: [256] });
    await sign(index.ref, { sbom });
    for (const line of [`spdxjson key=${key.pubFile}`, `https://spdx.dev/Document key=${key.pubFile}`]) {
      const run = await verify(index.ref, line);
      assert.equal(run.exitCode, 0, run.stdout);
      const report = JSON.parse(run.outputs.report as string) as {
        attestations: Array<{ predicateType: string; found: Array<{ digest: string }> }>;
      };
      assert.deepEqual(
        report.attestations.map((item) => [item.predicateType, item.found.map((found) => found.digest)]),
        [["https://spdx.dev/Document", [index.digest]]],
      );
    }
    const missingType = await verify(index.ref, `slsaprovenance1 key=${key.pubFile}`);
    assert.equal(missingType.exitCode, 1);
    assert.equal(missingType.errors.length, 1, missingType.stdout);
    assert.match(
      missingType.errors[0] as string,
      /carries no slsaprovenance1 \(https:\/\/slsa\.dev\/provenance\/v1\) attestation signed by the [a-z0-9-]+ key sha256:[0-9a-f]{64}/,
    );
    const otherKey = await verify(index.ref, `spdxjson key=${other.pubFile}`);
    assert.equal(otherKey.exitCode, 1);
    assert.equal(otherKey.errors.length, 1, otherKey.stdout);
    assert.match(
      otherKey.errors[0] as string,
      /carries no spdxjson \(https:\/\/spdx\.dev\/Document\) attestation signed by/,
    );
    assert.match(otherKey.errors[0] as string, /does not verify with this key/);
    assert.deepEqual(otherKey.outputs, {});
  });

  it("accepts an attestation on every platform, and names the platform without one", async () => {
    const every = await pushIndex(registry, "base/platforms", "1", { layers: [128] });
    await sign(every.ref, {});
    for (const child of every.children) await sign(`${registry.host}/base/platforms@${child.digest}`, { provenance });
    const passed = await verify(every.ref, `slsaprovenance1 key=${key.pubFile}`);
    assert.equal(passed.exitCode, 0, passed.stdout);

    const partial = await pushIndex(registry, "base/partial", "1", { layers: [64] });
    await sign(partial.ref, {});
    const [first] = partial.children;
    await sign(`${registry.host}/base/partial@${first?.digest}`, { provenance });
    const failed = await verify(partial.ref, `slsaprovenance1 key=${key.pubFile}`);
    assert.equal(failed.exitCode, 1);
    assert.equal(failed.errors.length, 1, failed.stdout);
    assert.match(failed.errors[0] as string, /on the index nor on every platform \(linux\/[a-z0-9/]+ without one\)/);
  });

  it("a bad line is one error naming the input and the line", async () => {
    const cases: Array<[string, RegExp]> = [
      ["spdxjson", /line 1 "spdxjson": expected `PREDICATE-TYPE key=…`/],
      ["nosuchtype key=k.pub", /line 1 "nosuchtype key=k.pub": 'nosuchtype' is neither a cosign predicate type/],
      ["spdxjson identity=x", /line 1 "spdxjson identity=x": expected/],
      ["spdxjson key=a key=b", /key= is given twice/],
      ["# comment\n\nopenvex key=a identity=b issuer=c", /line 3 "openvex key=a identity=b issuer=c": expected/],
      ["spdxjson colour=red", /expected/],
    ];
    for (const [requirements, message] of cases) {
      const run = await runAction("verify-base", {
        image: "registry.example/base:1",
        key: "env://IA_UNUSED",
        "require-attestations": requirements,
      });
      assert.equal(run.exitCode, 1);
      assert.equal(run.errors.length, 1, run.stdout);
      assert.ok(run.errors[0]?.startsWith("input 'require-attestations': "), run.errors[0]);
      assert.match(run.errors[0] as string, message);
    }
  });
});
