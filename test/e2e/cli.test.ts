// The bundled CLI as a user meets it: ECR logins through the AWS SDK (moto's ECR API) and the
// `ecr-login` helper name handled natively, credentials that never appear in any output, and bad
// input answered with one line.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cliEnv, runCli } from "../support/cli.ts";
import { fetchManifest, pushImage } from "../support/images.ts";
import { type MotoServer, motoEcrCredentials, startMoto } from "../support/moto.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

describe("ECR logins through the AWS SDK against moto", () => {
  let moto: MotoServer;
  let ecr: TestRegistry;
  let source: TestRegistry;
  before(async () => {
    moto = await startMoto();
    // moto issues AWS:<account>-auth-token; the registry accepts exactly that, as ECR's does.
    const { username, password } = await motoEcrCredentials(moto);
    ecr = await startRegistry({ auth: "basic", credentials: { username, password } });
    source = await startRegistry();
  });
  after(() => Promise.all([moto.stop(), ecr.stop(), source.stop()]));

  it("pushes to a registry whose credential helper is ecr-login, with a token from GetAuthorizationToken", async () => {
    const image = await pushImage(source, "candidate", "rc1");
    // No stored password for the ECR-style registry: only the SDK can log in.
    const env = await cliEnv([source], { dockerConfig: { credHelpers: { [ecr.host]: "ecr-login" } }, env: moto.env });
    const result = await runCli(["copy", `${source.host}/candidate:rc1`, `${ecr.host}/team/app:rc1`], env);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal((await fetchManifest(ecr, "team/app", "rc1")).digest, image.digest);
    assert.ok(
      !`${result.stdout}${result.stderr}`.includes(ecr.credentials?.password as string),
      "the ECR token is never printed",
    );
  });

  it("without AWS credentials the login fails with one line naming the registry", async () => {
    const env = await cliEnv([source], {
      dockerConfig: { credHelpers: { [ecr.host]: "ecr-login" } },
      env: {
        ...moto.env,
        AWS_ACCESS_KEY_ID: "",
        AWS_SECRET_ACCESS_KEY: "",
        AWS_PROFILE: "image-actions-none",
        AWS_CONFIG_FILE: "/nonexistent",
        AWS_SHARED_CREDENTIALS_FILE: "/nonexistent",
        AWS_EC2_METADATA_DISABLED: "true",
      },
    });
    const result = await runCli(["digest", `${ecr.host}/team/app:rc1`], env);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr.trim(),
      new RegExp(`^image-actions: ${ecr.host.replace(".", "\\.")}: could not get an ECR authorization token`),
    );
    assert.equal(result.stderr.trim().split("\n").length, 1);
  });
});

describe("secrets never reach any output", () => {
  let basic: TestRegistry;
  let bearer: TestRegistry;
  before(async () => {
    [basic, bearer] = await Promise.all([
      startRegistry({ auth: "basic" }),
      startRegistry({ auth: "bearer", anonymousPull: false }),
    ]);
  });
  after(() => Promise.all([basic.stop(), bearer.stop()]));

  it("canary passwords and tokens appear in no output of a copy, a digest or a failure", async () => {
    await pushImage(basic, "app", "v1");
    const env = await cliEnv([basic, bearer]);
    const outputs = [
      await runCli(["copy", `${basic.host}/app:v1`, `${bearer.host}/app:v1`, "--json"], env),
      await runCli(["digest", `${bearer.host}/app:v1`], env),
      await runCli(["inspect", `${bearer.host}/app:v1`], env),
      await runCli(["copy", `${basic.host}/app:missing`, `${bearer.host}/app:v2`], env),
    ];
    assert.equal(outputs[0]?.code, 0, outputs[0]?.stderr);
    assert.equal(outputs[3]?.code, 1);
    const text = outputs.map((output) => output.stdout + output.stderr).join("\n");
    for (const registry of [basic, bearer]) {
      const { username, password } = registry.credentials ?? { username: "", password: "" };
      assert.ok(!text.includes(password), `${registry.auth} password leaked`);
      assert.ok(
        !text.includes(Buffer.from(`${username}:${password}`).toString("base64")),
        `${registry.auth} basic header leaked`,
      );
    }
    assert.ok(!/Bearer ey|"token"/.test(text), "no bearer token leaked");
  });

  it("wrong credentials fail with one line and do not echo them", async () => {
    const env = await cliEnv([]);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      `${env.DOCKER_CONFIG}/config.json`,
      JSON.stringify({ auths: { [basic.host]: { username: "ia-user", password: "canary-wrong-pw-77" } } }),
    );
    const result = await runCli(["digest", `${basic.host}/app:v1`], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr.trim(), /HTTP 401/);
    assert.ok(!result.stderr.includes("canary-wrong-pw-77"));
  });
});

describe("bad input is one line, exit 1", () => {
  const cases: Array<[string[], RegExp]> = [
    [["digest", "Upper/Case"], /invalid image reference 'Upper\/Case': repository names must be lowercase/],
    [["digest", "app@sha256:123"], /invalid digest 'sha256:123'/],
    [["digest", "app:-tag"], /bad tag/],
    [["copy", "a:1", "b:1", "--platform", "linux"], /invalid platform 'linux'/],
    [["copy", "a:1", "b:1", "--referrers", "signatures"], /--referrers: 'signatures' is not one of/],
    [["copy", "a:1", "b:1", "--concurrency", "0"], /--concurrency/],
    [["copy", "a:1"], /copy needs a source and at least one destination/],
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["copy", "a:1", "b:1", "--no-such-flag"], /Unknown option '--no-such-flag'/],
  ];
  for (const [args, pattern] of cases) {
    it(args.join(" "), async () => {
      const result = await runCli(args, { ...process.env, DOCKER_CONFIG: "/nonexistent" });
      assert.equal(result.code, 1, result.stdout + result.stderr);
      const first = result.stderr.split("\n")[0] as string;
      assert.match(first, pattern);
      assert.doesNotMatch(result.stderr, /^\s+at /m, "no stack trace");
    });
  }
});

describe("sign and verify from the CLI", () => {
  it("signs what cosign then verifies, verifies what cosign signed, and says NOT verified for another key", async () => {
    const { generateKeyPair, cosignSign, cosignVerify } = await import("../support/cosign.ts");
    const { mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const registry = await startRegistry();
    try {
      const dir = await mkdtemp(`${tmpdir()}/ia-cli-sign-`);
      const ours = await generateKeyPair(2, dir, "cli-pw");
      const other = await generateKeyPair(3, dir, "other-pw");
      const [a, b] = await Promise.all([pushImage(registry, "app-a", "1"), pushImage(registry, "app-b", "1")]);
      const env = await cliEnv([registry], { env: { COSIGN_PASSWORD: ours.password } });
      const signed = await runCli(["sign", "--key", ours.keyFile, `${registry.host}/app-a:1`], env);
      assert.equal(signed.code, 0, signed.stderr);
      const cosignResult = await cosignVerify(2, a.ref, ours.pubFile, [registry], "legacy");
      assert.equal(cosignResult.code, 0, cosignResult.stderr);
      await cosignSign(2, b.ref, ours, [registry], "legacy");
      const verified = await runCli(["verify", "--key", ours.pubFile, a.ref, b.ref], env);
      assert.equal(verified.code, 0, verified.stdout);
      assert.equal(verified.stdout.match(/: verified/g)?.length, 2);
      const refused = await runCli(["verify", "--key", other.pubFile, a.ref], env);
      assert.equal(refused.code, 1);
      assert.match(refused.stdout, /NOT verified: .*does not verify with this key/);
    } finally {
      await registry.stop();
    }
  });
});
