// Every committed bundle runs the way GitHub runs it: a missing required input fails with one line
// naming it, bad values fail naming theirs, and an action whose capability is not built yet fails
// with "not implemented yet" after validating its inputs — it never pretends to succeed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ACTIONS } from "../../scripts/actions-list.ts";
import { type ActionRun, runAction } from "../support/action-runner.ts";
import { loadContracts } from "../support/contracts.ts";
import { repoRoot } from "../support/tools.ts";

const DIGEST = `sha256:${"a".repeat(64)}`;

/** Inputs that pass validation for each action. */
const VALID_INPUTS: Record<(typeof ACTIONS)[number], Record<string, string>> = {
  "verify-base": { image: "cgr.example/base:1", preset: "distroless" },
  "build-distroless": { base: `gcr.io/distroless/static@${DIGEST}`, tags: "registry.example/app:1.0.0" },
  sign: { images: "registry.example/app:1.0.0" },
  "trivy-scan": { images: `registry.example/app@${DIGEST}`, upload: "false" },
  promote: {
    source: "internal.example/app:rc1",
    destinations: "public.example/app:1.0.0",
    "verify-key": "internal.pub",
    "sign-key": "release.key",
  },
  mirror: { source: "public.example/app:1.0.0", destinations: "quay.example/app:1.0.0" },
};

/** Actions whose every capability is built (their end-to-end tests live in their own files). */
const BUILT = new Set<string>(["verify-base", "build-distroless", "sign", "trivy-scan", "promote", "mirror"]);

function assertOneLineFailure(run: ActionRun, pattern: RegExp): void {
  assert.equal(run.exitCode, 1, `exit code; stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  assert.equal(run.errors.length, 1, `exactly one error annotation:\n${run.stdout}`);
  assert.match(run.errors[0] as string, pattern);
  assert.doesNotMatch(run.stdout + run.stderr, /^\s+at /m, "no stack trace for a user error");
}

describe("action bundles", async () => {
  const contracts = await loadContracts(repoRoot);

  for (const action of ACTIONS) {
    const contract = contracts[action];
    assert.ok(contract);
    const required = Object.entries(contract.inputs)
      .filter(([, input]) => input.required)
      .map(([name]) => name);

    for (const missing of required) {
      it(`${action}: a missing '${missing}' fails with one line naming it`, async () => {
        const inputs = { ...VALID_INPUTS[action] };
        delete inputs[missing];
        const run = await runAction(action, inputs);
        assertOneLineFailure(run, new RegExp(`^input '${missing}': is required`));
      });
    }

    if (!BUILT.has(action)) {
      it(`${action}: valid inputs reach "not implemented yet" and write no outputs`, async () => {
        const run = await runAction(action, VALID_INPUTS[action]);
        assertOneLineFailure(run, /not implemented yet/);
        assert.deepEqual(run.outputs, {});
      });
    }

    const booleanInput = Object.entries(contract.inputs).find(
      ([, input]) => input.default === "true" || input.default === "false",
    );
    if (booleanInput) {
      it(`${action}: a bad boolean in '${booleanInput[0]}' fails naming it`, async () => {
        const run = await runAction(action, { ...VALID_INPUTS[action], [booleanInput[0]]: "yes please" });
        assertOneLineFailure(run, new RegExp(`^input '${booleanInput[0]}': expected true or false`));
      });
    }
  }

  const crossFieldCases: Array<[string, Record<string, string>, RegExp]> = [
    ["verify-base", { image: "base:1" }, /^input 'key': no verification policy/],
    ["verify-base", { image: "base:1", key: "k.pub", preset: "distroless" }, /^input 'key': give either/],
    [
      "verify-base",
      { image: "base:1", key: "gcpkms://projects/p/keys/k" },
      /^input 'key': key scheme 'gcpkms:\/\/' is not supported/,
    ],
    [
      "verify-base",
      { image: "base:1", key: "/nonexistent/key.pub" },
      /^input 'key': cannot read key file '\/nonexistent\/key.pub': ENOENT/,
    ],
    [
      "verify-base",
      { image: "base:1", key: "-----BEGIN PUBLIC KEY-----\nnot base64 key\n-----END PUBLIC KEY-----" },
      /^input 'key': the public key cannot be read/,
    ],
    ["verify-base", { image: "Base:1", key: "env://HOME" }, /^input 'image': invalid image reference 'Base:1'/],
    [
      "sign",
      { images: "app:1", key: "env://IA_NO_SUCH_VARIABLE" },
      /^input 'key': environment variable IA_NO_SUCH_VARIABLE is empty or not set/,
    ],
    ["verify-base", { image: "base:1", preset: "chainguard" }, /^input 'preset': expected one of/],
    [
      "verify-base",
      { image: "base:1", preset: "distroless", "certificate-identity": "me@example.com" },
      /^input 'preset': distroless already sets the identity and issuer/,
    ],
    [
      "verify-base",
      { image: "base:1", "certificate-oidc-issuer": "https://accounts.google.com" },
      /^input 'key': no verification policy/,
    ],
    [
      "verify-base",
      { image: "base:1", preset: "distroless", "trusted-root": "/nonexistent/trusted_root.json" },
      /^input 'trusted-root': cannot read trusted root \/nonexistent\/trusted_root.json: ENOENT/,
    ],
    [
      "verify-base",
      { image: "base:1", key: "k.pub", "ignore-tlog": "true", "trusted-root": "root.json" },
      /^input 'trusted-root': has no use with ignore-tlog: true/,
    ],
    [
      "sign",
      { images: "app:1" },
      /^keyless signing needs the workflow's OIDC token: give the job `permissions: id-token: write`/,
    ],
    ["sign", { images: "app:1", "tlog-upload": "false" }, /^input 'tlog-upload': keyless signatures need/],
    [
      "verify-base",
      { image: "base:1", "certificate-identity": "a@b", "certificate-oidc-issuer-regexp": "(" },
      /^input 'certificate-oidc-issuer-regexp': not a valid regular expression/,
    ],
    [
      "build-distroless",
      { base: "gcr.io/distroless/static:nonroot", tags: "app:1" },
      /^input 'base': .* is not digest-pinned/,
    ],
    [
      "build-distroless",
      { ...VALID_INPUTS["build-distroless"], platforms: "linux/amd64,windows" },
      /^input 'platforms': 'windows'/,
    ],
    [
      "build-distroless",
      { ...VALID_INPUTS["build-distroless"], push: "false" },
      /^input 'output': is required when push is false/,
    ],
    [
      "build-distroless",
      { ...VALID_INPUTS["build-distroless"], entrypoint: '["/app", 1]' },
      /^input 'entrypoint': expected a JSON array of strings/,
    ],
    [
      "build-distroless",
      { ...VALID_INPUTS["build-distroless"], sbom: "syft" },
      /^input 'sbom': expected one of spdx-json, cyclonedx-json, both, none/,
    ],
    [
      "build-distroless",
      { base: VALID_INPUTS["build-distroless"].base as string },
      /^input 'tags': is required unless push is false/,
    ],
    [
      "build-distroless",
      { ...VALID_INPUTS["build-distroless"], "debian-packages": "ca-certificates" },
      /^input 'debian-sources': is required with debian-packages/,
    ],
    [
      "build-distroless",
      { ...VALID_INPUTS["build-distroless"], "smoke-test-timeout": "0" },
      /^input 'smoke-test-timeout': expected at least 1/,
    ],
    ["sign", { images: "app:1", format: "cosign" }, /^input 'format': expected one of legacy, bundle, both/],
    ["sign", { images: "app:1", annotations: "no-equals" }, /^input 'annotations': expected KEY=VALUE/],
    ["trivy-scan", { upload: "false" }, /^input 'images': give images to scan, or discover-repository/],
    [
      "trivy-scan",
      { ...VALID_INPUTS["trivy-scan"], "fail-on": "HIGH,SEVERE" },
      /^input 'fail-on': 'SEVERE' is not one of/,
    ],
    [
      "trivy-scan",
      { ...VALID_INPUTS["trivy-scan"], "discover-majors": "0" },
      /^input 'discover-majors': expected at least 1/,
    ],
    [
      "promote",
      { source: "a:1", destinations: "b:1", "sign-key": "k" },
      /^input 'verify-key': is required while verify is true/,
    ],
    [
      "promote",
      { source: "a:1", destinations: "b:1", "verify-key": "k" },
      /^input 'sign-key': is required while sign is true/,
    ],
    [
      "promote",
      { source: "a:1", destinations: "b:1", "verify-key": "/nonexistent/internal.pub", sign: "false" },
      /^input 'verify-key': /,
    ],
    [
      "promote",
      { source: "a:1", destinations: "b:1", verify: "false", sign: "false", "create-repository": "colour: blue" },
      /^input 'create-repository': unknown setting 'colour' \(one of tag-immutability, /,
    ],
    [
      "promote",
      {
        source: "a:1",
        destinations: "b:1",
        verify: "false",
        sign: "false",
        "create-repository": "scan-on-push: maybe",
      },
      /^input 'create-repository': scan-on-push must be true or false, got 'maybe'/,
    ],
    [
      "promote",
      { source: "a:1", destinations: "b@sha256:1234", verify: "false", sign: "false" },
      /^input 'destinations': /,
    ],
    [
      "mirror",
      { source: "a:1", destinations: "b:1", mode: "sync" },
      /^input 'mode': expected one of copy, plan, audit/,
    ],
  ];
  for (const [action, inputs, pattern] of crossFieldCases) {
    it(`${action}: ${JSON.stringify(inputs)} → ${pattern.source}`, async () => {
      assertOneLineFailure(await runAction(action, inputs), pattern);
    });
  }

  it("sign masks the key password before anything could print it", async () => {
    const password = "canary-pw-3f9a1c";
    const run = await runAction("sign", { ...VALID_INPUTS.sign, "key-password": password });
    assert.match(run.stdout, new RegExp(`^::add-mask::${password}$`, "m"));
    assert.equal((run.stdout + run.stderr).replaceAll(`::add-mask::${password}`, "").includes(password), false);
  });
});
