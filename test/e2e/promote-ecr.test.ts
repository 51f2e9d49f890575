// promote between ECR-style registries, end to end through dist/promote/index.js: both registries
// accept only the AWS:<token> pair that moto's ECR GetAuthorizationToken issues, and the docker
// config names `ecr-login` for them, so every login goes through the AWS SDK. `create-repository`
// creates the missing destination repository in moto's ECR with the settings asked for (tag
// immutability with the mutable tags exempt, scan on push, KMS), leaves an existing one alone, and
// only looks in a dry run.
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { runAction } from "../support/action-runner.ts";
import { type CosignKeyPair, cosignSign, cosignVerify, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { fetchManifest, pushIndex } from "../support/images.ts";
import { ecrApiCall, type MotoServer, motoEcrCredentials, startMoto } from "../support/moto.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { summaryText } from "../support/summary-text.ts";

interface EcrRepository {
  repositoryName: string;
  imageTagMutability: string;
  imageTagMutabilityExclusionFilters?: Array<{ filterType: string; filter: string }>;
  imageScanningConfiguration: { scanOnPush: boolean };
  encryptionConfiguration: { encryptionType: string; kmsKey?: string };
}

describe("promote with ECR logins and create-repository (moto)", () => {
  let moto: MotoServer;
  let internal: TestRegistry;
  let ecr: TestRegistry;
  let env: NodeJS.ProcessEnv;
  let internalKey: CosignKeyPair;
  let releaseKey: CosignKeyPair;

  before(async () => {
    moto = await startMoto();
    const { username, password } = await motoEcrCredentials(moto);
    [internal, ecr] = await Promise.all([
      startRegistry({ auth: "basic", credentials: { username, password } }),
      startRegistry({ auth: "basic", credentials: { username, password } }),
    ]);
    // No stored password for either: only the SDK can log in.
    const dockerConfig = await writeDockerConfig([], {
      credHelpers: { [internal.host]: "ecr-login", [ecr.host]: "ecr-login" },
    });
    env = { DOCKER_CONFIG: dockerConfig, ...moto.env };
    const keyPair = async (secret: string) =>
      generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-promote-ecr-")), secret);
    [internalKey, releaseKey] = await Promise.all([keyPair("internal-pw"), keyPair("release-pw")]);
  });
  after(() => Promise.all([moto.stop(), internal.stop(), ecr.stop()]));

  const describeRepository = async (name: string): Promise<EcrRepository | undefined> => {
    const all = (await ecrApiCall(moto, "DescribeRepositories")) as { repositories: EcrRepository[] };
    return all.repositories.find((repository) => repository.repositoryName === name);
  };

  const inputs = (source: string, destinations: string[], extra: Record<string, string> = {}) => ({
    source,
    destinations: destinations.join("\n"),
    "verify-key": internalKey.pubFile,
    "sign-key": releaseKey.keyFile,
    "sign-key-password": releaseKey.password,
    ...extra,
  });

  it("creates the missing repository as asked, promotes into it, and finds it there on a re-run", async () => {
    const index = await pushIndex(internal, "candidates/app", "rc1", { layers: [1024] });
    await cosignSign(2, index.ref, internalKey, [internal]);
    const run = await runAction(
      "promote",
      inputs(`${internal.host}/candidates/app:rc1`, [`${ecr.host}/team/app:1.0.0`, `${ecr.host}/team/app:latest`], {
        "mutable-tags": "latest",
        "create-repository": "scan-on-push: false\nkms-key: alias/releases",
      }),
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const created = await describeRepository("team/app");
    assert.ok(created, "the repository was created in ECR");
    assert.equal(created.imageTagMutability, "IMMUTABLE_WITH_EXCLUSION");
    assert.deepEqual(created.imageTagMutabilityExclusionFilters, [{ filterType: "WILDCARD", filter: "latest" }]);
    assert.equal(created.imageScanningConfiguration.scanOnPush, false);
    assert.equal(created.encryptionConfiguration.encryptionType, "KMS");
    assert.equal(created.encryptionConfiguration.kmsKey, "alias/releases");
    const report = JSON.parse(run.outputs.report as string) as { destinations: Array<{ repository: string }> };
    assert.deepEqual(
      report.destinations.map((destination) => destination.repository),
      ["created", "created"],
    );
    assert.match(run.summary, /<td>created<\/td>/);
    assert.equal((await fetchManifest(ecr, "team/app", "1.0.0")).digest, index.digest);
    assert.equal((await cosignVerify(2, `${ecr.host}/team/app:1.0.0`, releaseKey.pubFile, [ecr])).code, 0);
    // The ECR token is masked: it appears only in the mask command itself.
    const token = ecr.credentials?.password as string;
    assert.match(run.stdout, new RegExp(`^::add-mask::${token}$`, "m"));
    assert.ok(
      !`${run.stdout}${run.stderr}${run.summary}${summaryText(run.summary)}`
        .replaceAll(`::add-mask::${token}`, "")
        .includes(token),
    );

    const again = await runAction(
      "promote",
      inputs(`${internal.host}/candidates/app:rc1`, [`${ecr.host}/team/app:1.0.0`], { "create-repository": "true" }),
      { env },
    );
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    const second = JSON.parse(again.outputs.report as string) as { destinations: Array<{ repository: string }> };
    assert.equal(second.destinations[0]?.repository, "exists");
    assert.equal((await describeRepository("team/app"))?.encryptionConfiguration.kmsKey, "alias/releases");
  });

  it("only looks in a dry run, and creates nothing", async () => {
    const index = await pushIndex(internal, "candidates/planned", "rc1", { layers: [1024] });
    await cosignSign(2, index.ref, internalKey, [internal]);
    const run = await runAction(
      "promote",
      inputs(`${internal.host}/candidates/planned:rc1`, [`${ecr.host}/team/planned:1.0.0`], {
        "create-repository": "true",
        "dry-run": "true",
      }),
      { env },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const report = JSON.parse(run.outputs.report as string) as { destinations: Array<{ repository: string }> };
    assert.equal(report.destinations[0]?.repository, "would create");
    assert.equal(await describeRepository("team/planned"), undefined);
  });
});
