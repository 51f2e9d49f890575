/**
 * The local end-to-end demo: the pipeline of DESIGN.md on registries started on loopback. A
 * distroless-like base, signed by its publisher with cosign, sits in the internal registry;
 * verify-base checks it and pins it; build-distroless lays dumb-init from this machine's Debian
 * archive and an application .deb on it for amd64 and arm64, smoke-tests it and pushes it with its
 * SBOMs; sign signs the candidate with a fresh internal key; trivy-scan checks it against a fixture
 * vulnerability DB into a fake Code Scanning API (the gate fails on a fixable critical, then passes
 * once the findings are accepted in .trivyignore); promote plans, then verifies, copies, re-signs
 * with a fresh release key and tags; cosign checks the result; a second promotion to the same tag
 * is refused; mirror copies the release to two third-party registries (one without the referrers
 * API), SBOMs included, and audits them; the scheduled rescan finds the release from the public
 * tags; the nightly rebuild gives the published digest again, so it stops there. Each step says
 * plainly what happened, and the demo fails if one did not go as the pipeline promises.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RegistryClients } from "@image-actions/oci";
import { type ActionRun, runAction } from "../test/support/action-runner.ts";
import { machineMainArchive, sourceLines } from "../test/support/apt-root.ts";
import { cosignSign, cosignVerify, generateKeyPair } from "../test/support/cosign.ts";
import { buildDistrolessBase } from "../test/support/distroless-base.ts";
import { writeDockerConfig } from "../test/support/docker-config.ts";
import { startFakeCodeScanning } from "../test/support/fake-code-scanning.ts";
import { pushIndex } from "../test/support/images.ts";
import { makeAppDeb } from "../test/support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../test/support/registry.ts";
import { toolPath } from "../test/support/tools.ts";
import { buildTrivyDb, pushTrivyDb } from "../test/support/trivy-db.ts";

const rows: Array<[string, string]> = [];
const failures: string[] = [];
/** Records a step; `ok: false` marks one that did not go as the pipeline promises, failing the demo. */
const step = (name: string, outcome: string, ok = true): void => {
  rows.push([name, outcome]);
  if (!ok) failures.push(name);
  console.log(`\n▶ ${name}${ok ? "" : " — NOT AS EXPECTED"}\n  ${outcome}`);
};

function outcomeOf(run: ActionRun): string {
  if (run.exitCode !== 0) return `exit ${run.exitCode}: ${run.errors.join("; ")}`;
  const signatures = run.outputs.signatures ? (JSON.parse(run.outputs.signatures) as unknown[]).length : 0;
  return `succeeded: ${run.outputs.image ?? run.outputs.digest ?? ""}${signatures ? ` (${signatures} signatures)` : ""}`;
}

/** The job summary GitHub would render, as plain text for a terminal. */
function summaryAsText(html: string): string {
  return html
    .replace(/<h2>(.*?)<\/h2>/g, "== $1 ==")
    .replace(/<\/tr>/g, "\n")
    .replace(/<\/t[hd]>/g, " | ")
    .replace(/<[^>]+>/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const indent = (text: string): string =>
  text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");

/** How many SPDX SBOMs refer to each platform manifest at a registry (referrers API or fallback tag). */
async function countSbomReferrers(
  host: string,
  repository: string,
  platforms: Array<{ platform: string; digest: string }>,
  env: Record<string, string>,
): Promise<Array<[string, number]>> {
  const clients = new RegistryClients({ env, onSecret: () => {} });
  try {
    const counts: Array<[string, number]> = [];
    for (const { platform, digest } of platforms) {
      const { descriptors } = await clients.for(host).referrers(repository, digest);
      counts.push([platform, descriptors.filter((item) => item.artifactType === "application/spdx+json").length]);
    }
    return counts;
  } finally {
    await clients.close();
  }
}

/** The workflow's GITHUB_TOKEN, as the fake Code Scanning API expects it (masked like any token). */
const DEMO_GITHUB_TOKEN = "ghs_demoTokenForTheFakeCodeScanningApi00000";

const work = await mkdtemp(join(tmpdir(), "ia-demo-"));
const registries: TestRegistry[] = [];
const stoppers: Array<() => Promise<void>> = [];
try {
  // ECR authenticates with basic auth (AWS + a token); ECR Public with the bearer-token flow.
  const internal = await startRegistry({ auth: "basic" });
  const publicRegistry = await startRegistry({ auth: "bearer" });
  registries.push(internal, publicRegistry);
  step(
    "start registries",
    `internal (basic auth) at ${internal.host}; public (bearer tokens) at ${publicRegistry.host}`,
  );

  const base = await buildDistrolessBase(internal, "distroless/base");
  step(
    "an upstream base in the internal registry, signed by its publisher (real cosign)",
    `${base.taggedRef} → ${base.digest} (linux/amd64 and linux/arm64)`,
  );

  const dockerConfig = await writeDockerConfig([internal, publicRegistry]);
  const env = { DOCKER_CONFIG: dockerConfig };
  const internalKey = await generateKeyPair(2, work, "demo-internal-password");
  const releaseKey = await generateKeyPair(3, work, "demo-release-password");

  const verifiedBase = await runAction(
    "verify-base",
    { image: base.taggedRef, key: base.publicKeyFile, "ignore-tlog": "true" },
    { env },
  );
  step(
    "action verify-base: the publisher's signature on the base; its output is pinned to the verified digest",
    outcomeOf(verifiedBase),
    verifiedBase.exitCode === 0,
  );

  const source = `${internal.host}/team/app:1.0.0-rc1`;
  const buildInputs = {
    base: verifiedBase.outputs.image ?? "",
    "debian-packages": "dumb-init",
    "debian-sources": sourceLines(await machineMainArchive()).join("\n"),
    packages: await makeAppDeb(work),
    platforms: "linux/amd64,linux/arm64",
    tags: source,
    entrypoint: '["/usr/bin/dumb-init", "--", "/usr/bin/demo-app"]',
    "smoke-test": '["dumb-init", "--version"]',
    lockfile: join(work, "debian.lock.json"),
    "source-date-epoch": "1700000000",
  };
  const built = await runAction("build-distroless", buildInputs, { env });
  step(
    "action build-distroless: dumb-init from this machine's Debian archive and the app's .deb on the verified base, two platforms, smoke-tested, SBOMs attached",
    outcomeOf(built),
    built.exitCode === 0,
  );
  console.log(indent(summaryAsText(built.summary)));
  const candidate = built.outputs.image ?? "";

  const signed = await runAction(
    "sign",
    { images: candidate, key: internalKey.keyFile, "key-password": internalKey.password },
    { env },
  );
  step("action sign: the candidate with a fresh internal key", outcomeOf(signed), signed.exitCode === 0);
  const verified = await cosignVerify(2, candidate, internalKey.pubFile, [internal]);
  step(
    "the internal signature verifies (real cosign)",
    verified.code === 0 ? "cosign verify --key internal.pub: OK" : `cosign verify FAILED: ${verified.stderr}`,
    verified.code === 0,
  );

  // The scan: the fixture vulnerability DB (fake CVE-2099-* advisories on real packages) served by
  // the internal registry as trivy-db's artifact, pulled once by the action; SARIF goes to a fake
  // Code Scanning API that holds every request to GitHub's published contract.
  const db = await buildTrivyDb();
  const pushedDb = await pushTrivyDb(internal, "aquasec/trivy-db:2", db);
  const github = await startFakeCodeScanning({ token: DEMO_GITHUB_TOKEN, repository: "example/image-actions-test" });
  stoppers.push(() => github.stop());
  const scanEnv = { ...env, GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: "push" };
  {
    const scanInputs = {
      images: candidate,
      "trivy-path": toolPath("trivy"),
      "db-repositories": pushedDb.ref,
      "fail-on": "CRITICAL,HIGH",
      token: DEMO_GITHUB_TOKEN,
    };
    const gated = await runAction("trivy-scan", scanInputs, { env: scanEnv });
    step(
      "action trivy-scan: per platform into Code Scanning (fake), then the gate on fixable CRITICAL/HIGH findings",
      gated.exitCode !== 0
        ? `gate failed as it should, after uploading ${github.uploads.length} SARIF run(s): ${gated.errors.join("; ")}`
        : "UNEXPECTED: the gate passed an image with a fixable critical",
      gated.exitCode !== 0 && github.uploads.length === 2 && github.violations.length === 0,
    );
    console.log(indent(summaryAsText(gated.summary)));
    // The security team accepts the findings for this release, with a reason, in the repository.
    const ignoreFile = join(work, ".trivyignore");
    await writeFile(
      ignoreFile,
      "# accepted for 1.0.0: fixed in the next release (ticket SEC-1)\nCVE-2099-0003\n# glibc: the fixed build is not out for bookworm yet\nCVE-2099-0001\n",
    );
    const accepted = await runAction("trivy-scan", { ...scanInputs, "ignore-file": ignoreFile }, { env: scanEnv });
    step(
      "action trivy-scan again with the accepted findings in .trivyignore: the gate passes",
      outcomeOf(accepted),
      accepted.exitCode === 0,
    );
  }

  const publicRef = `${publicRegistry.host}/org/app:1.0.0`;
  const promoteInputs = {
    source,
    destinations: `${publicRef}\n${publicRegistry.host}/org/app:latest`,
    "verify-key": internalKey.pubFile,
    "sign-key": releaseKey.keyFile,
    "sign-key-password": releaseKey.password,
    "mutable-tags": "latest",
  };

  const plan = await runAction("promote", { ...promoteInputs, "dry-run": "true" }, { env });
  step("action promote, dry run: the plan, nothing written", outcomeOf(plan), plan.exitCode === 0);
  console.log(indent(summaryAsText(plan.summary)));

  const promoted = await runAction("promote", promoteInputs, { env });
  step(
    "action promote: verify, copy, re-sign with a fresh release key, tag last",
    outcomeOf(promoted),
    promoted.exitCode === 0,
  );
  console.log(indent(summaryAsText(promoted.summary)));

  const released = await cosignVerify(3, publicRef, releaseKey.pubFile, [publicRegistry]);
  step(
    "the release signature verifies at the public registry (real cosign v3)",
    released.code === 0 ? "cosign verify --key release.pub: OK" : `FAILED: ${released.stderr}`,
    released.code === 0,
  );
  const leaked = await cosignVerify(2, publicRef, internalKey.pubFile, [publicRegistry]);
  step(
    "the internal signature did not travel",
    leaked.code === 0
      ? "UNEXPECTED: cosign verify --key internal.pub passes at the public registry"
      : "cosign verify --key internal.pub at the public registry: no matching signatures (as intended)",
    leaked.code !== 0,
  );

  const rc2 = await pushIndex(internal, "team/app", "1.0.0-rc2", { layers: [64 * 1024] });
  await cosignSign(2, rc2.ref, internalKey, [internal]);
  const moved = await runAction(
    "promote",
    { ...promoteInputs, source: `${internal.host}/team/app:1.0.0-rc2` },
    { env },
  );
  step(
    "promote another candidate to the same release tag",
    moved.exitCode === 0 ? "UNEXPECTED: the release tag moved" : `refused, nothing written: ${moved.errors.join("; ")}`,
    moved.exitCode !== 0,
  );

  // Third-party mirrors: one with the OCI referrers API, one without (as Docker Hub).
  const withApi = await startRegistry({ kind: "referrers" });
  const withoutApi = await startRegistry();
  registries.push(withApi, withoutApi);
  const mirrorEnv = { DOCKER_CONFIG: await writeDockerConfig([publicRegistry, withApi, withoutApi]) };
  const mirrorInputs = {
    source: publicRef,
    destinations: `${withApi.host}/org/app:1.0.0\n${withoutApi.host}/org/app:1.0.0`,
  };
  const mirrored = await runAction("mirror", { ...mirrorInputs, "verify-key": releaseKey.pubFile }, { env: mirrorEnv });
  step(
    "action mirror: to a registry with the referrers API and one without, verified there",
    outcomeOf(mirrored),
    mirrored.exitCode === 0,
  );
  console.log(indent(summaryAsText(mirrored.summary)));
  const audited = await runAction("mirror", { ...mirrorInputs, mode: "audit" }, { env: mirrorEnv });
  step("action mirror, audit: the mirrors match the release", outcomeOf(audited), audited.exitCode === 0);
  console.log(indent(summaryAsText(audited.summary)));
  const mirroredRelease = await cosignVerify(3, `${withoutApi.host}/org/app:1.0.0`, releaseKey.pubFile, [withoutApi]);
  step(
    "the release signature verifies at the mirror without the referrers API (real cosign v3)",
    mirroredRelease.code === 0 ? "cosign verify --key release.pub: OK" : `FAILED: ${mirroredRelease.stderr}`,
    mirroredRelease.code === 0,
  );

  const platforms = JSON.parse(built.outputs.platforms ?? "[]") as Array<{ platform: string; digest: string }>;
  const sboms = await countSbomReferrers(withoutApi.host, "org/app", platforms, mirrorEnv);
  step(
    "each platform's SBOM travelled from the build to the mirror without the referrers API",
    sboms.map(([platform, count]) => `${platform}: ${count} SPDX SBOM referrer(s)`).join(", "),
    sboms.length === 2 && sboms.every(([, count]) => count === 1),
  );

  // The scheduled rescan (workflows-examples/rescan.yml): every supported release line of the public
  // repository, found from its tags, one Code Scanning category per major.
  const uploadsBefore = github.uploads.length;
  const rescan = await runAction(
    "trivy-scan",
    {
      "discover-repository": `${publicRegistry.host}/org/app`,
      "trivy-path": toolPath("trivy"),
      "db-repositories": pushedDb.ref,
      "fail-on": "",
      token: DEMO_GITHUB_TOKEN,
    },
    { env: scanEnv },
  );
  const rescanned = JSON.parse(rescan.outputs.images ?? "[]") as Array<{ requested: string; category: string }>;
  step(
    "action trivy-scan, rescan: the newest release of each supported major, found from the public tags",
    rescan.exitCode === 0
      ? `${rescanned.map((image) => `${image.requested} → ${image.category}`).join(", ")}; ${github.uploads.length - uploadsBefore} SARIF upload(s)`
      : outcomeOf(rescan),
    rescan.exitCode === 0 && rescanned.length === 1 && github.uploads.length - uploadsBefore === 2,
  );

  // The nightly rebuild (workflows-examples/nightly-rebuild.yml): the same lock file, the same .deb,
  // the same source-date-epoch on the freshly verified base. Nothing changed, so the digest is the
  // published one and the night ends there.
  const rebuilt = await runAction(
    "build-distroless",
    { ...buildInputs, tags: `${internal.host}/team/app:nightly-1.0.0` },
    { env },
  );
  const published = promoted.outputs.digest ?? "";
  step(
    "nightly rebuild of 1.0.0: the same inputs give the published digest, so nothing is signed or promoted",
    rebuilt.exitCode !== 0
      ? outcomeOf(rebuilt)
      : rebuilt.outputs.digest === published
        ? `rebuilt ${rebuilt.outputs.digest}: equal to the published 1.0.0; stop with a notice (reproducible build)`
        : `UNEXPECTED: rebuilt ${rebuilt.outputs.digest}, published ${published}`,
    rebuilt.exitCode === 0 && rebuilt.outputs.digest === published,
  );

  console.log(`
How a user checks this release (here the registries are gone when the demo ends):
  cosign verify --key release.pub --insecure-ignore-tlog=true ${publicRef}
  cosign verify --key release.pub --insecure-ignore-tlog=true ${publicRegistry.host}/org/app@${built.outputs.digest}
For a real release, with the key's Rekor entries checked:
  cosign verify --key release.pub public.ecr.aws/org/app:1.0.0`);

  console.log("\n| step | outcome |\n|---|---|");
  for (const [name, outcome] of rows) console.log(`| ${name} | ${outcome.replaceAll("|", "\\|")} |`);
  if (failures.length > 0) {
    console.error(`\ndemo: ${failures.length} step(s) did not go as expected: ${failures.join("; ")}`);
    process.exitCode = 1;
  }
} finally {
  await Promise.all([...stoppers.map((stop) => stop()), ...registries.map((registry) => registry.stop())]);
  await rm(work, { recursive: true, force: true });
}
