// The whole pipeline against each registry personality (test/support/registry-personalities.ts:
// a real registry behind a proxy playing that registry's documented quirks): sign in both formats
// and in the bundle format alone, verify-base, promote (and the release-tag rule against a second
// digest), mirror's plan, copy and audit, trivy-scan's tag discovery with the DB pulled from the same
// registry, and a build's SBOM and lock referrers. The actions run in-process from source
// (action-in-process.ts), one personality at a time. Nothing may be lost (every signature verifies
// where it was promoted or mirrored, every SBOM arrives) and nothing bogus may appear (no platform
// manifest listed as a referrer); where a registry cannot hold something, the action says so in
// one warning line.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { attachSbom, LOCK_ARTIFACT_TYPE } from "@image-actions/build";
import { RegistryClients } from "@image-actions/oci";
import { runActionInProcess, warningsOf } from "../support/action-in-process.ts";
import type { ActionRun } from "../support/action-runner.ts";
import { type CosignKeyPair, generateKeyPair } from "../support/cosign.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { pushIndex } from "../support/images.ts";
import { makeDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { PERSONALITIES, type PersonalityRegistry, startPersonality } from "../support/registry-personalities.ts";
import { toolPath } from "../support/tools.ts";
import { buildTrivyDb, pushTrivyDb, type TrivyDb } from "../support/trivy-db.ts";

const SPDX = "application/spdx+json";

interface PromoteReport {
  digest: string;
  destinations: Array<{ signatures: { written: number; existing: number }; tagWritten: boolean }>;
}

interface MirrorReport {
  destinations: Array<{ destination: string; status?: string }>;
}

/** A run that must have worked: its log is the failure message when it did not. */
function succeeded(run: ActionRun, what: string): ActionRun {
  assert.equal(run.exitCode, 0, `${what} failed:\n${run.stdout}`);
  return run;
}

describe("the pipeline against each registry personality", () => {
  let internalKey: CosignKeyPair;
  let releaseKey: CosignKeyPair;
  let db: TrivyDb;
  let work: string;
  /** Where the build's base comes from: a plain registry, so the quirks meet only the push. */
  let baseRegistry: TestRegistry;
  let base: DistrolessBase;
  let appDeb: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "ia-personalities-"));
    baseRegistry = await startRegistry();
    [internalKey, releaseKey, db, base, appDeb] = await Promise.all([
      generateKeyPair(2, await mkdtemp(join(work, "internal-")), "internal-pw"),
      generateKeyPair(2, await mkdtemp(join(work, "release-")), "release-pw"),
      buildTrivyDb(),
      buildDistrolessBase(baseRegistry, "distroless/base"),
      makeDeb(work, {
        name: "personality-app",
        version: "1.0.0",
        architecture: "all",
        files: { "usr/bin/personality-app": { content: "#!/bin/sh\necho app\n", mode: 0o755 } },
      }),
    ]);
  });
  after(() => baseRegistry?.stop());

  for (const personality of PERSONALITIES) {
    describe(personality.title, () => {
      let target: PersonalityRegistry;
      let env: Record<string, string>;
      let clients: RegistryClients;
      let host: string;

      before(async () => {
        target = await startPersonality(personality);
        host = target.host;
        const dockerConfig = await mkdtemp(join(work, "docker-"));
        const auth = target.registry.dockerAuth()[target.registry.host];
        await writeFile(join(dockerConfig, "config.json"), JSON.stringify({ auths: auth ? { [host]: auth } : {} }));
        env = { DOCKER_CONFIG: dockerConfig };
        clients = new RegistryClients({ env, onSecret: () => {} });
      });
      after(async () => {
        await clients?.close();
        await target?.stop();
      });

      /** A multi-arch candidate pushed past the quirks (set-up, not under test). */
      const candidate = (repository: string, tag: string) =>
        pushIndex(target.registry, repository, tag, { layers: [2048, 512] });

      it("sign (both formats, and bundle alone) and verify-base find what was written", async () => {
        const both = await candidate("internal/app", "rc1");
        const bundleOnly = await candidate("internal/bundled", "rc1");
        for (const [image, format] of [
          [`${host}/internal/app:rc1`, "both"],
          [`${host}/internal/bundled:rc1`, "bundle"],
        ] as const) {
          const run = succeeded(
            await runActionInProcess(
              "sign",
              { images: image, key: internalKey.keyFile, "key-password": internalKey.password, format },
              env,
            ),
            `sign --format ${format} ${image}`,
          );
          const digests = (JSON.parse(run.outputs.signatures as string) as Array<{ digest: string }>).map(
            (item) => item.digest,
          );
          const signedIndex = format === "both" ? both : bundleOnly;
          for (const digest of [signedIndex.digest, ...signedIndex.children.map((child) => child.digest)])
            assert.ok(digests.includes(digest), `${format}: ${digest} signed`);
          assert.ok(warningsOf(run).length <= 1, `at most one warning line:\n${warningsOf(run).join("\n")}`);
        }
        for (const index of [both, bundleOnly]) {
          const repository = index === both ? "internal/app" : "internal/bundled";
          for (const digest of [index.digest, ...index.children.map((child) => child.digest)]) {
            succeeded(
              await runActionInProcess(
                "verify-base",
                { image: `${host}/${repository}@${digest}`, key: internalKey.pubFile, "ignore-tlog": "true" },
                env,
              ),
              `verify-base ${repository}@${digest}`,
            );
          }
        }
        // No platform manifest of the image is ever taken for one of its referrers.
        const client = clients.for(host);
        for (const index of [both, bundleOnly]) {
          const repository = index === both ? "internal/app" : "internal/bundled";
          const { descriptors } = await client.referrers(repository, index.digest);
          for (const child of index.children)
            assert.ok(!descriptors.some((entry) => entry.digest === child.digest), `${child.digest} is no referrer`);
        }
      });

      it("promote carries the image, SBOMs and a release signature; a second digest never moves the tag", async () => {
        const client = clients.for(host);
        const sbom = Buffer.from(JSON.stringify({ spdxVersion: "SPDX-2.3", name: `${personality.name} sbom` }));
        const index = await client.getManifest("internal/app", "rc1");
        const child = index.manifests?.[0];
        assert.ok(child, "the candidate is an index");
        await attachSbom(client, "internal/app", child, { bytes: sbom, mediaType: SPDX }, "1970-01-01T00:00:00Z");
        const inputs = (source: string) => ({
          source,
          destinations: `${host}/org/app:1.0.0`,
          "verify-key": internalKey.pubFile,
          "sign-key": releaseKey.keyFile,
          "sign-key-password": releaseKey.password,
        });
        const run = succeeded(await runActionInProcess("promote", inputs(`${host}/internal/app:rc1`), env), "promote");
        const report = JSON.parse(run.outputs.report as string) as PromoteReport;
        assert.equal(report.destinations[0]?.tagWritten, true);
        succeeded(
          await runActionInProcess(
            "verify-base",
            { image: `${host}/org/app:1.0.0`, key: releaseKey.pubFile, "ignore-tlog": "true" },
            env,
          ),
          "verify-base of the promoted image",
        );
        // By the manifest, not the listing: go-containerregistry's registry lists the config's type.
        const arrived = await client.referrers("org/app", child.digest);
        const types = await Promise.all(
          arrived.descriptors.map(async (entry) => (await client.getManifest("org/app", entry.digest)).artifactType),
        );
        assert.ok(types.includes(SPDX), "the SBOM referrer travelled with the platform manifest");

        const other = await candidate("internal/other", "rc1");
        succeeded(
          await runActionInProcess(
            "sign",
            { images: `${host}/internal/other:rc1`, key: internalKey.keyFile, "key-password": internalKey.password },
            env,
          ),
          "sign the second candidate",
        );
        const refused = await runActionInProcess("promote", inputs(`${host}/internal/other:rc1`), env);
        assert.equal(refused.exitCode, 1, refused.stdout);
        assert.equal(refused.errors.length, 1, refused.stdout);
        assert.match(refused.errors[0] as string, /1\.0\.0/);
        assert.equal((await client.getManifest("org/app", "1.0.0")).digest, report.digest, "the tag stayed");
        assert.notEqual(other.digest, report.digest);
      });

      it("mirror: the plan, then the copy, then an audit that finds nothing different", async () => {
        const base = {
          source: `${host}/org/app:1.0.0`,
          destinations: `${host}/mirror/app:1.0.0`,
          "verify-key": releaseKey.pubFile,
        };
        const plan = succeeded(await runActionInProcess("mirror", { ...base, mode: "plan" }, env), "mirror plan");
        assert.match(plan.summary, /Plan, nothing written/);
        const copy = succeeded(await runActionInProcess("mirror", base, env), "mirror");
        const report = JSON.parse(copy.outputs.report as string) as MirrorReport;
        assert.equal(report.destinations.length, 1);
        succeeded(await runActionInProcess("mirror", { ...base, mode: "audit" }, env), "mirror audit");
        succeeded(
          await runActionInProcess(
            "verify-base",
            { image: `${host}/mirror/app:1.0.0`, key: releaseKey.pubFile, "ignore-tlog": "true" },
            env,
          ),
          "verify-base of the mirrored image",
        );
      });

      it("trivy-scan discovers the release by its tags and pulls its DB from the same registry", async () => {
        await pushTrivyDb(target.registry, "aquasec/trivy-db:2", db);
        const cacheDir = await mkdtemp(join(work, "trivy-cache-"));
        const run = succeeded(
          await runActionInProcess(
            "trivy-scan",
            {
              "discover-repository": `${host}/org/app`,
              "discover-majors": "1",
              "db-repositories": `${host}/aquasec/trivy-db:2`,
              "trivy-path": toolPath("trivy"),
              "cache-dir": cacheDir,
              upload: "false",
              "fail-on": "",
            },
            env,
          ),
          "trivy-scan",
        );
        const results = JSON.parse(run.outputs.results as string) as Array<{ image: string; platform: string | null }>;
        assert.ok(results.length >= 2, "each platform of the discovered release was scanned");
        for (const result of results) assert.match(result.image, /org\/app/);
      });

      it("build-distroless pushes a two-platform image with each platform's SBOM and lock as its referrers", async () => {
        const run = succeeded(
          await runActionInProcess(
            "build-distroless",
            {
              base: base.ref,
              packages: appDeb,
              platforms: "linux/amd64,linux/arm64",
              tags: `${host}/built/app:1.0.0`,
              "source-date-epoch": "1700000000",
            },
            env,
          ),
          "build-distroless",
        );
        const client = clients.for(host);
        const platforms = JSON.parse(run.outputs.platforms as string) as Array<{ digest: string }>;
        assert.equal(platforms.length, 2);
        for (const item of platforms) {
          const { descriptors } = await client.referrers("built/app", item.digest);
          const types = await Promise.all(
            descriptors.map(async (entry) => (await client.getManifest("built/app", entry.digest)).artifactType),
          );
          assert.ok(types.includes(SPDX), `an SPDX SBOM refers to ${item.digest}`);
          assert.ok(types.includes(LOCK_ARTIFACT_TYPE), `the lock it was built from refers to ${item.digest}`);
        }
      });

      it("met every quirk of the registry on the way", () => {
        for (const { quirk, hits } of target.quirkHits()) {
          if (quirk.metIn) continue;
          assert.ok(hits > 0, `the pipeline never met: ${quirk.what}`);
        }
      });
    });
  }
});
