// Two signers with different keys on one digest at the same moment both keep their signature: the
// registry has no atomic append, so each writer reads its `.sig` / `.att` image or fallback index
// back after writing and merges again when the other replaced it. Raced for real — two CLI
// processes, two sign-action runs, bundles through distribution's fallback tag index, two SBOM
// attestations — on a real registry, each over several trials and several digests per trial, and
// checked with our verifier for every digest and key and with the real cosign for one per trial.
// Two signers with the SAME key racing on bundles (signatures, SBOM attestations) leave one referrer
// per digest, not two equivalent ones (signing twice with one key is a no-op), on distribution's
// fallback tag index and on a registry with the referrers API, and never none.
import assert from "node:assert/strict";
import { generateKeyPairSync, verify } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import { ignoreSecrets, legacyTag, parseReference, RegistryClients } from "@image-actions/oci";
import {
  loadVerificationKey,
  pae,
  readBundles,
  SPDX_PREDICATE,
  verifyBundle,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { runAction } from "../support/action-runner.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { cosignVerify, cosignVerifyAttestation } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { fetchManifest, pushImage } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

/** Trials per race; each races on DIGESTS_PER_TRIAL digests at once, so a lost write shows up reliably. */
const TRIALS = 10;
const DIGESTS_PER_TRIAL = 4;
/** Action runs cost more than CLI runs; the attestation race is the same code path as the signature's. */
const ATTESTATION_TRIALS = 5;

interface Envelope {
  payload: string;
  payloadType: string;
  signatures: Array<{ sig: string }>;
}

interface KeyFiles {
  name: string;
  keyFile: string;
  pubFile: string;
}

/** An unencrypted P-256 key pair, as files: cheap to make, no scrypt delay skewing the race. */
async function makeKey(dir: string, name: string): Promise<KeyFiles> {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const keyFile = join(dir, `${name}.key`);
  const pubFile = join(dir, `${name}.pub`);
  await writeFile(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }));
  await writeFile(pubFile, publicKey.export({ type: "spki", format: "pem" }));
  return { name, keyFile, pubFile };
}

describe("concurrent signers with different keys on one digest keep both signatures", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  let keys: [KeyFiles, KeyFiles];
  let trial = 0;

  before(async () => {
    registry = await startRegistry();
    dir = await mkdtemp(join(tmpdir(), "ia-signer-races-"));
    keys = [await makeKey(dir, "alice"), await makeKey(dir, "bob")];
    env = await cliEnv([registry]);
    clients = new RegistryClients({
      env: { DOCKER_CONFIG: await writeDockerConfig([registry]) },
      onSecret: ignoreSecrets,
    });
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  /** Fresh digests for one trial: nothing signed yet, so both contenders start from nothing. */
  async function freshImages(race: string): Promise<string[]> {
    trial++;
    const images = await Promise.all(
      Array.from({ length: DIGESTS_PER_TRIAL }, (_, index) => pushImage(registry, `${race}/t${trial}-${index}`, "1")),
    );
    // Digest references: `host/repository@sha256:…`.
    return images.map((image) => image.ref);
  }

  /** The (image, key) pairs whose signature our verifier does not find: lost writes. */
  async function lostSignatures(refs: string[]): Promise<string[]> {
    const lost: string[] = [];
    for (const ref of refs)
      for (const key of keys) {
        try {
          await verifyImageWithKey(
            clients,
            parseReference(ref),
            loadVerificationKey(await readFile(key.pubFile, "utf8")),
            {
              ignoreTlog: true,
            },
          );
        } catch (error) {
          lost.push(`${ref} ${key.name}: ${(error as Error).message}`);
        }
      }
    return lost;
  }

  async function cosignAgrees(ref: string, format: "legacy" | "bundle"): Promise<void> {
    const results = await Promise.all(
      keys.map((key) => cosignVerify(format === "bundle" ? 3 : 2, ref, key.pubFile, [registry], format)),
    );
    for (const [index, result] of results.entries())
      assert.equal(result.code, 0, `cosign verify --key ${keys[index]?.name} ${ref}: ${result.stderr}`);
  }

  async function race(
    t: TestContext,
    name: string,
    contend: (key: KeyFiles, refs: string[]) => Promise<{ ok: boolean; log: string }>,
    check: (refs: string[]) => Promise<string[]>,
    cosignCheck: (ref: string) => Promise<void>,
  ): Promise<void> {
    let lostTrials = 0;
    const lost: string[] = [];
    for (let round = 0; round < TRIALS; round++) {
      const refs = await freshImages(name);
      const runs = await Promise.all(keys.map((key) => contend(key, refs)));
      for (const run of runs) assert.ok(run.ok, run.log);
      const missing = await check(refs);
      if (missing.length > 0) lostTrials++;
      lost.push(...missing);
      if (missing.length === 0) await cosignCheck(refs[0] as string);
    }
    t.diagnostic(`${name}: ${TRIALS} trials × ${DIGESTS_PER_TRIAL} digests, ${lostTrials} trials lost a signature`);
    assert.equal(
      lostTrials,
      0,
      `${lostTrials} of ${TRIALS} trials lost a signature while every run reported success; first: ${lost.slice(0, 3).join("\n")}`,
    );
  }

  it("two CLI `image-actions sign` processes, legacy .sig", async (t) => {
    await race(
      t,
      "cli-legacy",
      async (key, refs) => {
        const result = await runCli(["sign", "--key", key.keyFile, ...refs], env);
        return { ok: result.code === 0, log: result.stdout + result.stderr };
      },
      lostSignatures,
      (ref) => cosignAgrees(ref, "legacy"),
    );
  });

  it("two sign-action runs, legacy .sig", async (t) => {
    const actionEnv = { DOCKER_CONFIG: env.DOCKER_CONFIG };
    await race(
      t,
      "action-legacy",
      async (key, refs) => {
        const run = await runAction("sign", { images: refs.join("\n"), key: key.keyFile }, { env: actionEnv });
        return { ok: run.exitCode === 0, log: run.stdout + run.stderr };
      },
      lostSignatures,
      (ref) => cosignAgrees(ref, "legacy"),
    );
  });

  it("two CLI processes, bundles through distribution's fallback tag index", async (t) => {
    await race(
      t,
      "cli-bundle",
      async (key, refs) => {
        const result = await runCli(["sign", "--key", key.keyFile, "--format", "bundle", ...refs], env);
        return { ok: result.code === 0, log: result.stdout + result.stderr };
      },
      lostSignatures,
      (ref) => cosignAgrees(ref, "bundle"),
    );
  });

  it("two CLI processes with the same key: one signature, not two, and signing again is a no-op", async () => {
    const [alice] = keys;
    for (let round = 0; round < 3; round++) {
      const refs = await freshImages("same-key");
      const runs = await Promise.all([0, 1].map(() => runCli(["sign", "--key", alice.keyFile, ...refs], env)));
      for (const run of runs) assert.equal(run.code, 0, run.stderr);
      const again = await runCli(["sign", "--key", alice.keyFile, ...refs], env);
      assert.equal(again.stdout.match(/: already signed/g)?.length, refs.length, again.stdout);
      for (const ref of refs) {
        const { repository, digest } = parseReference(ref);
        const sig = await fetchManifest(registry, repository, legacyTag(digest as string, "sig"));
        const layers = (JSON.parse(sig.body.toString("utf8")) as { layers: unknown[] }).layers;
        assert.equal(layers.length, 1, `${ref}: ${layers.length} signature layers by one key`);
      }
    }
  });

  it("two sign-action runs attesting an SBOM, legacy .att", async (t) => {
    const sbom = join(dir, "sbom.spdx.json");
    await writeFile(sbom, JSON.stringify({ spdxVersion: "SPDX-2.3", name: "app", packages: [] }));
    const actionEnv = { DOCKER_CONFIG: env.DOCKER_CONFIG };
    await race(
      t,
      "action-att",
      async (key, refs) => {
        const run = await runAction("sign", { images: refs.join("\n"), key: key.keyFile, sbom }, { env: actionEnv });
        return { ok: run.exitCode === 0, log: run.stdout + run.stderr };
      },
      async (refs) => {
        const lost = await lostSignatures(refs);
        for (const ref of refs) {
          // Each ref is `host/repository@digest`: the .att image must hold one envelope per key.
          const { repository, digest } = parseReference(ref);
          const att = await fetchManifest(registry, repository, legacyTag(digest as string, "att"));
          const layers =
            att.status === 200 ? (JSON.parse(att.body.toString("utf8")) as { layers: unknown[] }).layers : [];
          if (layers.length !== keys.length)
            lost.push(`${ref}: ${layers.length} attestation layers, not ${keys.length}`);
        }
        return lost;
      },
      async (ref) => {
        const results = await Promise.all(
          keys.map((key) => cosignVerifyAttestation(ref, key.pubFile, [registry], "legacy")),
        );
        for (const [index, result] of results.entries())
          assert.equal(result.code, 0, `cosign verify-attestation --key ${keys[index]?.name} ${ref}: ${result.stderr}`);
      },
    );
  });
});

for (const kind of ["distribution", "referrers"] as const)
  describe(`concurrent bundle signers with one key on ${kind} leave one referrer`, () => {
    let registry: TestRegistry;
    let clients: RegistryClients;
    let env: NodeJS.ProcessEnv;
    let alice: KeyFiles;
    let trial = 0;

    before(async () => {
      registry = await startRegistry({ kind });
      alice = await makeKey(await mkdtemp(join(tmpdir(), "ia-same-key-races-")), "alice");
      env = await cliEnv([registry]);
      clients = new RegistryClients({
        env: { DOCKER_CONFIG: await writeDockerConfig([registry]) },
        onSecret: ignoreSecrets,
      });
    });
    after(async () => {
      await clients.close();
      await registry.stop();
    });

    /** Per digest, the referrers holding a bundle that verifies with alice's key over it. */
    async function aliceBundles(refs: string[]): Promise<Map<string, string[]>> {
      const key = loadVerificationKey(await readFile(alice.pubFile, "utf8"));
      const found = new Map<string, string[]>();
      for (const ref of refs) {
        const { registry: host, repository, digest } = parseReference(ref);
        const bundles = await readBundles(clients.for(host), repository, digest as string);
        found.set(
          ref,
          bundles
            .filter(({ bundle, referrer }) => {
              try {
                verifyBundle(bundle, key, digest as string, referrer);
                return true;
              } catch {
                return false;
              }
            })
            .map(({ referrer }) => referrer),
        );
      }
      return found;
    }

    it("two CLI `sign --format bundle` processes: one bundle referrer per digest, and signing again is a no-op", async (t) => {
      let duplicateTrials = 0;
      const problems: string[] = [];
      for (let round = 0; round < TRIALS; round++) {
        trial++;
        const refs = (
          await Promise.all(
            Array.from({ length: DIGESTS_PER_TRIAL }, (_, index) =>
              pushImage(registry, `same-key/t${trial}-${index}`, "1"),
            ),
          )
        ).map((image) => image.ref);
        const runs = await Promise.all(
          [0, 1].map(() => runCli(["sign", "--key", alice.keyFile, "--format", "bundle", ...refs], env)),
        );
        for (const run of runs) assert.equal(run.code, 0, run.stdout + run.stderr);
        const found = await aliceBundles(refs);
        const wrong = [...found].filter(([, referrers]) => referrers.length !== 1);
        // None at all would be a lost signature: worse than a duplicate, and never acceptable.
        for (const [ref, referrers] of wrong) assert.notEqual(referrers.length, 0, `${ref}: the signature was lost`);
        if (wrong.length > 0) duplicateTrials++;
        problems.push(...wrong.map(([ref, referrers]) => `${ref}: ${referrers.length} bundles by one key`));
        if (round === 0) {
          const verified = await cosignVerify(3, refs[0] as string, alice.pubFile, [registry], "bundle");
          assert.equal(verified.code, 0, `cosign verify ${refs[0]}: ${verified.stderr}`);
          const again = await runCli(["sign", "--key", alice.keyFile, "--format", "bundle", ...refs], env);
          assert.equal(again.stdout.match(/: already signed/g)?.length, refs.length, again.stdout + again.stderr);
        }
      }
      t.diagnostic(
        `${kind}: ${TRIALS} trials × ${DIGESTS_PER_TRIAL} digests, ${duplicateTrials} trials left two equivalent referrers`,
      );
      assert.equal(
        duplicateTrials,
        0,
        `${duplicateTrials} of ${TRIALS} trials left equivalent referrers by one key; first: ${problems.slice(0, 3).join("\n")}`,
      );
    });

    it("two sign-action runs attesting one SBOM as bundles: one attestation referrer per digest", async (t) => {
      const sbom = join(await mkdtemp(join(tmpdir(), "ia-same-key-sbom-")), "sbom.spdx.json");
      await writeFile(sbom, JSON.stringify({ spdxVersion: "SPDX-2.3", name: "app", packages: [] }));
      const publicKey = loadVerificationKey(await readFile(alice.pubFile, "utf8")).publicKey;
      /** Bundles over `ref` holding an SPDX attestation DSSE-signed by alice. */
      const attestations = async (ref: string): Promise<number> => {
        const { registry: host, repository, digest } = parseReference(ref);
        const bundles = await readBundles(clients.for(host), repository, digest as string);
        return bundles.filter(({ bundle }) => {
          const envelope = (JSON.parse(bundle.toString("utf8")) as { dsseEnvelope: Envelope }).dsseEnvelope;
          const payload = Buffer.from(envelope.payload, "base64");
          const statement = JSON.parse(payload.toString("utf8")) as { predicateType: string };
          return (
            statement.predicateType === SPDX_PREDICATE &&
            envelope.signatures.some((signature) =>
              verify("sha256", pae(envelope.payloadType, payload), publicKey, Buffer.from(signature.sig, "base64")),
            )
          );
        }).length;
      };
      const actionEnv = { DOCKER_CONFIG: env.DOCKER_CONFIG };
      let duplicateTrials = 0;
      const problems: string[] = [];
      for (let round = 0; round < ATTESTATION_TRIALS; round++) {
        trial++;
        const refs = (
          await Promise.all(
            Array.from({ length: DIGESTS_PER_TRIAL }, (_, index) =>
              pushImage(registry, `same-key-att/t${trial}-${index}`, "1"),
            ),
          )
        ).map((image) => image.ref);
        const runs = await Promise.all(
          [0, 1].map(() =>
            runAction(
              "sign",
              { images: refs.join("\n"), key: alice.keyFile, sbom, format: "bundle" },
              { env: actionEnv },
            ),
          ),
        );
        for (const run of runs) assert.equal(run.exitCode, 0, run.stdout + run.stderr);
        const counts = await Promise.all(refs.map(attestations));
        for (const [index, count] of counts.entries())
          assert.notEqual(count, 0, `${refs[index]}: the attestation was lost`);
        if (counts.some((count) => count !== 1)) duplicateTrials++;
        problems.push(
          ...counts.flatMap((count, index) => (count === 1 ? [] : [`${refs[index]}: ${count} attestations`])),
        );
      }
      t.diagnostic(
        `${kind}: ${ATTESTATION_TRIALS} trials × ${DIGESTS_PER_TRIAL} digests, ${duplicateTrials} trials left two equivalent attestations`,
      );
      assert.equal(duplicateTrials, 0, `first: ${problems.slice(0, 3).join("\n")}`);
    });
  });
