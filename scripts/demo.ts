/**
 * The local end-to-end demo: the pipeline of DESIGN.md on registries started on loopback, run with
 * what exists today. Each step says plainly what happened; steps whose action is not built yet show
 * the action validating its inputs and refusing with "not implemented yet".
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction } from "../test/support/action-runner.ts";
import { cosignSign, cosignVerify, generateKeyPair } from "../test/support/cosign.ts";
import { writeDockerConfig } from "../test/support/docker-config.ts";
import { execTool } from "../test/support/exec.ts";
import { pushIndex } from "../test/support/images.ts";
import { startRegistry, type TestRegistry } from "../test/support/registry.ts";

const rows: Array<[string, string]> = [];
const step = (name: string, outcome: string): void => {
  rows.push([name, outcome]);
  console.log(`\n▶ ${name}\n  ${outcome}`);
};

const work = await mkdtemp(join(tmpdir(), "ia-demo-"));
const registries: TestRegistry[] = [];
try {
  // ECR authenticates with basic auth (AWS + a token); ECR Public with the bearer-token flow.
  const internal = await startRegistry({ auth: "basic" });
  const publicRegistry = await startRegistry({ auth: "bearer" });
  registries.push(internal, publicRegistry);
  step(
    "start registries",
    `internal (basic auth) at ${internal.host}; public (bearer tokens) at ${publicRegistry.host}`,
  );

  const candidate = await pushIndex(internal, "team/app", "1.2.3-rc1", { layers: [256 * 1024, 64 * 1024] });
  step(
    "push a candidate",
    `${internal.host}/team/app:1.2.3-rc1 → ${candidate.digest} (index of ${candidate.children.length} platforms)`,
  );

  const internalKey = await generateKeyPair(2, work, "demo-internal-password");
  await cosignSign(2, candidate.ref, internalKey, [internal]);
  const verified = await cosignVerify(2, candidate.ref, internalKey.pubFile, [internal]);
  step(
    "sign it with a fresh internal key (real cosign)",
    verified.code === 0 ? "cosign verify --key internal.pub: OK" : `cosign verify FAILED: ${verified.stderr}`,
  );

  const dockerConfig = await writeDockerConfig([internal, publicRegistry]);
  const env = { DOCKER_CONFIG: dockerConfig, COSIGN_PASSWORD: internalKey.password };

  // The copy engine promote will stand on: digest-for-digest, internal signature left behind.
  const cli = join(import.meta.dirname, "..", "dist", "cli", "index.js");
  const copied = await execTool(
    process.execPath,
    [
      cli,
      "copy",
      `${internal.host}/team/app:1.2.3-rc1`,
      `${publicRegistry.host}/org/app:1.2.3`,
      "--referrers",
      "sbom,other",
      "--json",
    ],
    { env: { ...process.env, ...env } },
  );
  if (copied.code !== 0) throw new Error(`image-actions copy failed: ${copied.stdout}${copied.stderr}`);
  const report = JSON.parse(copied.stdout) as {
    digest: string;
    excludedReferrers: Array<{ kind: string; tag?: string }>;
    destinations: Array<{ status: string; blobs: { copied: number }; bytes: number }>;
  };
  const destination = report.destinations[0];
  step(
    "copy it to the public registry (image-actions copy)",
    `${destination?.status}: ${destination?.blobs.copied} blobs, ${destination?.bytes} bytes; digest ${report.digest === candidate.digest ? "unchanged" : "CHANGED"}; left behind: ${report.excludedReferrers.map((item) => `${item.kind} ${item.tag ?? ""}`).join(", ")}`,
  );
  const atPublic = await cosignVerify(2, `${publicRegistry.host}/org/app@${candidate.digest}`, internalKey.pubFile, [
    publicRegistry,
  ]);
  step(
    "the internal signature did not travel",
    atPublic.code === 0
      ? "UNEXPECTED: it verifies at the public registry"
      : "cosign verify --key internal.pub at the public registry: no signatures (as intended)",
  );

  const releaseKey = await generateKeyPair(3, work, "demo-release-password");
  const publicRef = `${publicRegistry.host}/org/app:1.2.3`;
  const pipeline: Array<[string, Record<string, string>, NodeJS.ProcessEnv]> = [
    [
      "verify-base",
      { image: `${internal.host}/team/app:1.2.3-rc1`, key: internalKey.pubFile, "ignore-tlog": "true" },
      env,
    ],
    ["sign", { images: publicRef, key: releaseKey.keyFile }, { ...env, COSIGN_PASSWORD: releaseKey.password }],
    ["trivy-scan", { images: candidate.ref, upload: "false" }, env],
    [
      "promote",
      {
        source: `${internal.host}/team/app:1.2.3-rc1`,
        destinations: publicRef,
        "verify-key": internalKey.pubFile,
        "sign-key": releaseKey.keyFile,
      },
      env,
    ],
    ["mirror", { source: publicRef, destinations: `${internal.host}/mirror/app:1.2.3`, mode: "plan" }, env],
  ];
  for (const [action, inputs, actionEnv] of pipeline) {
    const run = await runAction(action, inputs, { env: actionEnv });
    const signatures = run.outputs.signatures ? (JSON.parse(run.outputs.signatures) as unknown[]).length : 0;
    const outcome =
      run.exitCode === 0
        ? `succeeded: ${run.outputs.image ?? ""}${signatures ? ` (${signatures} signatures)` : ""}`
        : `exit ${run.exitCode}: ${run.errors.join("; ")}`;
    step(`action ${action} (node dist/${action}/index.js)`, outcome);
  }

  const released = await cosignVerify(3, `${publicRegistry.host}/org/app@${candidate.digest}`, releaseKey.pubFile, [
    publicRegistry,
  ]);
  step(
    "the release signature verifies at the public registry (real cosign v3)",
    released.code === 0 ? "cosign verify --key release.pub: OK" : `FAILED: ${released.stderr}`,
  );
  console.log(
    "\nA user checks a release the same way: cosign verify --key release.pub --insecure-ignore-tlog=true IMAGE@DIGEST",
  );

  console.log("\n| step | outcome |\n|---|---|");
  for (const [name, outcome] of rows) console.log(`| ${name} | ${outcome.replaceAll("|", "\\|")} |`);
} finally {
  await Promise.all(registries.map((registry) => registry.stop()));
  await rm(work, { recursive: true, force: true });
}
