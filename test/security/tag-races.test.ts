// Two jobs racing for one release tag, through the committed bundles: two promote runs of different
// signed candidates to the same new tag, started together, trial after trial. Exactly one may
// succeed; the tag holds the digest that run reported; the other fails naming the digest that won.
// (Before the re-check and read-back, both exited 0 in about half the trials and one of them named a
// release the tag did not hold.) Two mirror runs of different releases to one tag are held to the
// same rule, and a mutable tag may be overtaken without failing anyone.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { parseReference, RegistryClients } from "@image-actions/oci";
import { loadSigningKey, localSigner, signImages } from "@image-actions/sigstore";
import { type ActionRun, runAction } from "../support/action-runner.ts";
import { fetchManifest, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const TRIALS = 8;

function pemKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    privatePem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

/** The one that exited 0 and the one that did not; fails the test unless there is exactly one of each. */
function winnerAndLoser(runs: ActionRun[], trial: number): { winner: ActionRun; loser: ActionRun } {
  const winners = runs.filter((run) => run.exitCode === 0);
  assert.equal(
    winners.length,
    1,
    `trial ${trial}: ${winners.length} of 2 racing runs succeeded\n${runs.map((run) => run.stdout + run.stderr).join("\n----\n")}`,
  );
  return { winner: winners[0] as ActionRun, loser: runs.find((run) => run.exitCode !== 0) as ActionRun };
}

describe("racing for one release tag", () => {
  let internal: TestRegistry;
  let release: TestRegistry;
  let clients: RegistryClients;
  const internalKey = pemKeyPair();
  const releaseKey = pemKeyPair();

  before(async () => {
    [internal, release] = await Promise.all([startRegistry(), startRegistry()]);
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
  });
  after(async () => {
    await clients.close();
    await Promise.all([internal.stop(), release.stop()]);
  });

  /** A candidate signed with the internal key; each call makes different content, so a different digest. */
  async function signedCandidate(tag: string): Promise<string> {
    const index = await pushIndex(internal, "candidates/app", tag, { layers: [1024] });
    await signImages(clients, [parseReference(index.ref)], localSigner(loadSigningKey(internalKey.privatePem)), {
      recursive: true,
      formats: ["legacy"],
    });
    return index.digest;
  }

  it(`promote vs promote to one new tag: exactly one wins in each of ${TRIALS} trials, and the loser names the winner`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const candidates = await Promise.all([signedCandidate(`a${trial}`), signedCandidate(`b${trial}`)]);
      const destination = `${release.host}/org/app:1.0.${trial}`;
      const runs = await Promise.all(
        ["a", "b"].map((name) =>
          runAction("promote", {
            source: `${internal.host}/candidates/app:${name}${trial}`,
            destinations: destination,
            "verify-key": internalKey.publicPem,
            "sign-key": releaseKey.privatePem,
          }),
        ),
      );
      const { winner, loser } = winnerAndLoser(runs, trial);
      const held = (await fetchManifest(release, "org/app", `1.0.${trial}`)).digest;
      assert.equal(winner.outputs.digest, held, `trial ${trial}: the winner reported the digest the tag holds`);
      assert.ok(candidates.includes(held));
      assert.equal(loser.errors.length, 1, loser.stdout);
      assert.ok(loser.errors[0]?.includes(held), `trial ${trial}: the loser names the winner: ${loser.errors[0]}`);
    }
  });

  it(`mirror vs mirror of two releases to one new tag: exactly one wins in each of ${TRIALS} trials`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const releases = await Promise.all(
        ["a", "b"].map((name) => pushIndex(release, "org/app", `m${name}${trial}`, { layers: [1024] })),
      );
      const runs = await Promise.all(
        releases.map((item) =>
          runAction("mirror", { source: item.ref, destinations: `${internal.host}/mirror/app:2.0.${trial}` }),
        ),
      );
      const { winner, loser } = winnerAndLoser(runs, trial);
      const held = (await fetchManifest(internal, "mirror/app", `2.0.${trial}`)).digest;
      assert.equal(winner.outputs.digest, held);
      assert.ok(loser.errors[0]?.includes(held), `trial ${trial}: the loser names the winner: ${loser.errors[0]}`);
    }
  });

  it("a mutable tag (latest) may be overtaken: both runs succeed, and the one overtaken says so", async () => {
    await Promise.all([signedCandidate("la"), signedCandidate("lb")]);
    const runs = await Promise.all(
      ["la", "lb"].map((name) =>
        runAction("promote", {
          source: `${internal.host}/candidates/app:${name}`,
          destinations: `${release.host}/org/app:latest`,
          "verify-key": internalKey.publicPem,
          "sign-key": releaseKey.privatePem,
          "mutable-tags": "latest",
        }),
      ),
    );
    for (const run of runs) assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const held = (await fetchManifest(release, "org/app", "latest")).digest;
    assert.ok(runs.some((run) => run.outputs.digest === held));
  });
});
