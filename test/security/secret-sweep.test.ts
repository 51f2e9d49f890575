// The canary-secret sweep: every action bundle and the CLI, run with step debug on, succeeding and
// failing, against a basic-auth registry and a bearer-token registry whose passwords are canaries,
// with an encrypted cosign key whose password is a canary (as an input, through COSIGN_PASSWORD and
// through env://). No canary — registry passwords, every bearer token the token server issued, key
// passwords, the private key's PEM lines — appears in stdout, stderr, the job summary or any output,
// except in the runner's own `::add-mask::` lines that hide it.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type ActionRun, runAction } from "../support/action-runner.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { type CosignKeyPair, generateKeyPair } from "../support/cosign.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { summaryText } from "../support/summary-text.ts";
import { toolPath } from "../support/tools.ts";
import { buildTrivyDb, pushTrivyDb } from "../support/trivy-db.ts";

const canary = (what: string) => `canary-${what}-${randomBytes(8).toString("hex")}`;
const DEBUG = { RUNNER_DEBUG: "1", ACTIONS_STEP_DEBUG: "true" };

describe("no secret is printed, with step debug on", () => {
  let internal: TestRegistry;
  let release: TestRegistry;
  let key: CosignKeyPair;
  let keyPem: string;
  let releaseKeyPem: string;
  let env: NodeJS.ProcessEnv;
  const keyPassword = canary("key-password");
  const wrongPassword = canary("wrong-password");
  const githubToken = canary("github-token");
  let trivyDb: string;
  let checked = 0;

  before(async () => {
    [internal, release] = await Promise.all([startRegistry({ auth: "basic" }), startRegistry({ auth: "bearer" })]);
    const [internalKey, releaseKey] = await Promise.all(
      [1, 2].map(async () => generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-sweep-")), keyPassword)),
    );
    key = internalKey as CosignKeyPair;
    keyPem = await readFile(key.keyFile, "utf8");
    releaseKeyPem = await readFile((releaseKey as CosignKeyPair).keyFile, "utf8");
    env = { DOCKER_CONFIG: await writeDockerConfig([internal, release]), ...DEBUG };
    await pushIndex(internal, "candidates/app", "rc1", { layers: [1024] });
    await pushIndex(release, "org/app", "seed", { layers: [512] });
    trivyDb = (await pushTrivyDb(internal, "aquasec/trivy-db:2", await buildTrivyDb())).ref;
  });
  after(async (t) => {
    await Promise.all([internal.stop(), release.stop()]);
    (t as unknown as { diagnostic?: (message: string) => void }).diagnostic?.(`${checked} secret checks`);
  });

  /** Every secret in play now: passwords, issued tokens, the key's password and PEM lines. */
  function secrets(): string[] {
    const pemLines = `${keyPem}\n${releaseKeyPem}`
      .split("\n")
      .filter((line) => line.length >= 16 && !line.startsWith("-----"));
    return [
      internal.credentials?.password as string,
      release.credentials?.password as string,
      ...(release.tokenIssuer?.issued ?? []),
      keyPassword,
      wrongPassword,
      githubToken,
      ...pemLines,
    ];
  }

  function assertNothingLeaked(where: string, text: string): void {
    // The runner hides what follows `::add-mask::`; that line itself is how a secret is masked.
    const visible = text
      .split("\n")
      .filter((line) => !line.startsWith("::add-mask::"))
      .join("\n");
    for (const secret of secrets()) {
      checked++;
      assert.ok(!visible.includes(secret), `${where} printed a secret (${secret.slice(0, 14)}…)`);
    }
  }

  function assertActionClean(action: string, run: ActionRun): void {
    assertNothingLeaked(
      action,
      [
        run.stdout,
        run.stderr,
        run.summary,
        summaryText(run.summary),
        ...Object.values(run.outputs),
        ...Object.values(run.exportedEnv),
      ].join("\n"),
    );
  }

  const actionCases: Array<[string, string, () => Record<string, string>, NodeJS.ProcessEnv?, boolean?]> = [
    [
      "sign",
      "key file and key-password",
      () => ({ images: `${release.host}/org/app:seed`, key: key.keyFile, "key-password": keyPassword }),
    ],
    [
      "sign",
      "env:// key and COSIGN_PASSWORD",
      () => ({ images: `${internal.host}/candidates/app:rc1`, key: "env://SWEEP_SIGNING_KEY" }),
      { COSIGN_PASSWORD: keyPassword },
    ],
    [
      "sign",
      "a wrong key password",
      () => ({ images: `${release.host}/org/app:seed`, key: keyPem, "key-password": wrongPassword }),
      {},
      false,
    ],
    [
      "verify-base",
      "keyed",
      () => ({ image: `${internal.host}/candidates/app:rc1`, key: key.pubFile, "ignore-tlog": "true" }),
    ],
    [
      "promote",
      "basic to bearer",
      () => ({
        source: `${internal.host}/candidates/app:rc1`,
        destinations: `${release.host}/org/app:1.0.0`,
        "verify-key": key.pubFile,
        "sign-key": releaseKeyPem,
        "sign-key-password": keyPassword,
      }),
    ],
    [
      "promote",
      "a wrong sign-key-password",
      () => ({
        source: `${internal.host}/candidates/app:rc1`,
        destinations: `${release.host}/org/app:1.0.1`,
        "verify-key": key.pubFile,
        "sign-key": releaseKeyPem,
        "sign-key-password": wrongPassword,
      }),
      {},
      false,
    ],
    [
      "mirror",
      "bearer to basic",
      () => ({ source: `${release.host}/org/app:1.0.0`, destinations: `${internal.host}/mirror/app:1.0.0` }),
    ],
    [
      "mirror",
      "audit",
      () => ({
        source: `${release.host}/org/app:1.0.0`,
        destinations: `${internal.host}/mirror/app:1.0.0`,
        mode: "audit",
      }),
    ],
    [
      "build-distroless",
      "an unpinned base from the basic-auth registry, pushed to the bearer one",
      () => ({
        base: `${internal.host}/candidates/app:rc1`,
        "allow-unpinned-base": "true",
        tags: `${release.host}/org/built:1`,
      }),
    ],
    [
      "trivy-scan",
      "the DB from the basic-auth registry, the image from the bearer one, a GitHub token given",
      () => ({
        images: `${release.host}/org/app:seed`,
        "trivy-path": toolPath("trivy"),
        "db-repositories": trivyDb,
        upload: "false",
        "fail-on": "",
        token: githubToken,
      }),
    ],
  ];
  for (const [action, what, inputs, extraEnv, succeeds] of actionCases) {
    it(`${action} (${what}) prints no secret`, async () => {
      const run = await runAction(action, inputs(), {
        env: { ...env, SWEEP_SIGNING_KEY: keyPem, ...extraEnv },
      });
      if (succeeds !== false) assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      else assert.notEqual(run.exitCode, 0, run.stdout);
      assertActionClean(action, run);
      // And masked before anything could print it: each secret the step was given, and the password
      // of each registry a successful step logged in to.
      const given = [...Object.values(inputs()), ...Object.values(extraEnv ?? {})].filter((value): value is string =>
        secrets().includes(value as string),
      );
      const loggedIn = [internal, release].filter(
        (registry) => succeeds !== false && JSON.stringify(inputs()).includes(registry.host),
      );
      for (const secret of [...given, ...loggedIn.map((registry) => registry.credentials?.password as string)])
        assert.ok(run.stdout.includes(`::add-mask::${secret}`), `${action} did not mask ${secret.slice(0, 14)}…`);
    });
  }

  it("the CLI prints no secret: copy, sign, verify, and a wrong password", async () => {
    const cli = await cliEnv([internal, release], { env: { ...DEBUG, COSIGN_PASSWORD: keyPassword } });
    const runs = [
      await runCli(["copy", `${internal.host}/candidates/app:rc1`, `${release.host}/org/cli:1`], cli),
      await runCli(["sign", "--key", key.keyFile, `${release.host}/org/cli:1`], cli),
      await runCli(["verify", "--key", key.pubFile, `${release.host}/org/cli:1`], cli),
      await runCli(["sign", "--key", key.keyFile, `${release.host}/org/cli:1`], {
        ...cli,
        COSIGN_PASSWORD: wrongPassword,
      }),
    ];
    assert.deepEqual(
      runs.map((run) => run.code),
      [0, 0, 0, 1],
      runs.map((run) => run.stdout + run.stderr).join("\n"),
    );
    // The CLI masks nothing: a secret may not appear in any form.
    for (const run of runs) {
      for (const secret of secrets()) {
        checked++;
        assert.ok(!(run.stdout + run.stderr).includes(secret), `the CLI printed a secret (${secret.slice(0, 14)}…)`);
      }
    }
  });
});
