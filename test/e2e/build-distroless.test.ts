// build-distroless, end to end through dist/build-distroless/index.js: on the distroless-like base
// fixture, dumb-init and libpam0g from the machine's real Debian archive plus a local application
// .deb made here, for amd64 and arm64. Checked with independent tools: crane validates the pushed
// index; each platform's filesystem (crane export) holds the packages' files and status.d stanzas,
// and dumb-init is an ELF for that platform's machine; the SPDX SBOM is attached as a referrer of each
// platform manifest. A second build in another process, with another TZ and umask, from the lock
// file the first one wrote, gives the same digest. The smoke test runs dumb-init inside the image of
// the runner's platform; a failing one pushes nothing. The debug variant on the debug base carries
// the very same added layers. Bad input fails in one line and pushes nothing.
import assert from "node:assert/strict";
import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { RegistryClients } from "@image-actions/oci";
import { runAction } from "../support/action-runner.ts";
import { machineMainArchive, sourceLines } from "../support/apt-root.ts";
import { cliEnv, runCli } from "../support/cli.ts";
import { buildDistrolessBase, crane, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { fetchManifest } from "../support/images.ts";
import { makeAppDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

/** ELF e_machine of x86-64 and AArch64. */
const MACHINE = { amd64: 0x3e, arm64: 0xb7 } as const;

describe("build-distroless action", () => {
  let registry: TestRegistry;
  let base: DistrolessBase;
  let clients: RegistryClients;
  let work: string;
  let deb: string;
  let sources: string;

  before(async () => {
    registry = await startRegistry();
    base = await buildDistrolessBase(registry, "distroless/base");
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    work = await mkdtemp(join(tmpdir(), "ia-build-e2e-"));
    deb = await makeAppDeb(work);
    sources = sourceLines(await machineMainArchive()).join("\n");
  });
  after(async () => {
    await clients.close();
    await registry.stop();
  });

  const inputs = (tag: string, extra: Record<string, string> = {}) => ({
    base: base.ref,
    "debian-packages": "dumb-init\nlibpam0g",
    "debian-sources": sources,
    packages: deb,
    platforms: "linux/amd64,linux/arm64",
    tags: `${registry.host}/built/app:${tag}`,
    entrypoint: '["/usr/bin/dumb-init", "--", "/usr/bin/demo-app"]',
    lockfile: join(work, "lock.json"),
    "source-date-epoch": "1700000000",
    ...extra,
  });

  let first: Awaited<ReturnType<typeof runAction>>;

  it("builds and pushes a two-platform index that crane validates", async () => {
    first = await runAction("build-distroless", inputs("1.0.0"));
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    const digest = await crane(registry, ["digest", `${registry.host}/built/app:1.0.0`]);
    assert.equal(first.outputs.digest, digest);
    assert.equal(first.outputs.image, `${registry.host}/built/app@${digest}`);
    await crane(registry, ["validate", "--remote", `${registry.host}/built/app:1.0.0`]);
    const index = JSON.parse((await fetchManifest(registry, "built/app", digest)).body.toString()) as {
      manifests: Array<{ platform: { architecture: string } }>;
    };
    assert.deepEqual(index.manifests.map((item) => item.platform.architecture).sort(), ["amd64", "arm64"]);
  });

  for (const architecture of ["amd64", "arm64"] as const) {
    it(`${architecture}: the files, status.d stanzas and an ELF for ${architecture}, as crane exports them`, async () => {
      const out = join(work, `export-${architecture}`);
      await mkdir(out, { recursive: true });
      const tarFile = join(out, "fs.tar");
      await crane(registry, [
        "export",
        "--platform",
        `linux/${architecture}`,
        `${registry.host}/built/app:1.0.0`,
        tarFile,
      ]);
      const listing = (await mustExec("tar", ["-tvf", tarFile, "--numeric-owner"])).stdout;
      for (const path of [
        "usr/bin/dumb-init",
        "usr/bin/demo-app",
        "var/lib/dpkg/status.d/dumb-init",
        "var/lib/dpkg/status.d/libpam0g",
        "var/lib/dpkg/status.d/demo-app",
        "etc/passwd",
      ])
        assert.match(listing, new RegExp(` \\.?/?${path.replace(/\./g, "\\.")}$`, "m"), path);
      assert.match(listing, /^-rwxr-xr-x 0\/0 .* \.?\/?usr\/bin\/demo-app$/m);
      await mustExec("tar", ["-xf", tarFile, "-C", out, "usr/bin/dumb-init"]);
      const elf = await import("node:fs/promises").then((fs) => fs.readFile(join(out, "usr", "bin", "dumb-init")));
      assert.equal(elf.readUInt16LE(18), MACHINE[architecture]);
    });
  }

  it("attaches each platform's SPDX SBOM as a referrer of its manifest", async () => {
    const platforms = JSON.parse(first.outputs.platforms as string) as Array<{ platform: string; digest: string }>;
    assert.equal(platforms.length, 2);
    for (const item of platforms) {
      const { descriptors } = await clients.for(registry.host).referrers("built/app", item.digest);
      assert.ok(
        descriptors.some((descriptor) => descriptor.artifactType === "application/spdx+json"),
        `an SPDX SBOM refers to ${item.platform}`,
      );
    }
    const packages = JSON.parse(first.outputs.packages as string) as Array<{ name: string; from: string }>;
    assert.ok(packages.some((item) => item.name === "dumb-init" && item.from === "archive"));
    assert.ok(packages.some((item) => item.name === "demo-app" && item.from === "file"));
    assert.ok(packages.some((item) => item.name === "libc6" && item.from === "base"));
  });

  it("builds the same digest again in another process, time zone and umask, from the lock file", async () => {
    const second = await runAction("build-distroless", inputs("again"), {
      env: { TZ: "Pacific/Kiritimati", UMASK: "077" },
    });
    assert.equal(second.exitCode, 0, second.stdout + second.stderr);
    assert.equal(second.outputs.digest, first.outputs.digest);
    const report = JSON.parse(second.outputs.report as string) as { upload: { blobsUploaded: number } };
    assert.equal(report.upload.blobsUploaded, 0, "nothing new to upload");
  });

  it("user annotations go on every manifest and the index, and replace the workflow's provenance: a build from another workflow run gives the same digest", async () => {
    const annotations = [
      "org.opencontainers.image.revision=1111111111111111111111111111111111111111",
      "org.opencontainers.image.version=v1.0.0",
      "com.example.team=payments",
    ].join("\n");
    const release = await runAction("build-distroless", inputs("annotated-release", { annotations }), {
      env: {
        GITHUB_SHA: "1111111111111111111111111111111111111111",
        GITHUB_REF_TYPE: "tag",
        GITHUB_REF_NAME: "v1.0.0",
      },
    });
    assert.equal(release.exitCode, 0, release.stdout + release.stderr);
    // A nightly: the default branch's head, a branch ref; the annotations carry the tag's provenance.
    const nightly = await runAction("build-distroless", inputs("annotated-nightly", { annotations }), {
      env: {
        GITHUB_SHA: "2222222222222222222222222222222222222222",
        GITHUB_REF_TYPE: "branch",
        GITHUB_REF_NAME: "main",
      },
    });
    assert.equal(nightly.exitCode, 0, nightly.stdout + nightly.stderr);
    assert.equal(nightly.outputs.digest, release.outputs.digest);
    const index = JSON.parse((await fetchManifest(registry, "built/app", "annotated-release")).body.toString()) as {
      annotations?: Record<string, string>;
      manifests: Array<{ digest: string }>;
    };
    assert.equal(index.annotations?.["com.example.team"], "payments");
    for (const child of index.manifests) {
      const manifest = JSON.parse((await fetchManifest(registry, "built/app", child.digest)).body.toString()) as {
        annotations: Record<string, string>;
      };
      assert.equal(manifest.annotations["org.opencontainers.image.revision"], "1".repeat(40));
      assert.equal(manifest.annotations["org.opencontainers.image.version"], "v1.0.0");
      assert.equal(manifest.annotations["com.example.team"], "payments");
    }
    // Without them, the workflow's own provenance differs between the two runs, and so does the digest.
    const plain = await runAction("build-distroless", inputs("plain-nightly"), {
      env: {
        GITHUB_SHA: "2222222222222222222222222222222222222222",
        GITHUB_REF_TYPE: "branch",
        GITHUB_REF_NAME: "main",
      },
    });
    assert.notEqual(plain.outputs.digest, release.outputs.digest);
  });

  it("runs the smoke test inside the runner's platform before pushing: dumb-init --version passes", async () => {
    const run = await runAction("build-distroless", inputs("smoked", { "smoke-test": "/usr/bin/dumb-init --version" }));
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /dumb-init v\d/);
    const report = JSON.parse(run.outputs.report as string) as { smokeTest: { passed: boolean; notTested: string[] } };
    assert.equal(report.smokeTest.passed, true);
    assert.deepEqual(report.smokeTest.notTested, [process.arch === "arm64" ? "linux/amd64" : "linux/arm64"]);
  });

  it("a failing smoke test fails the step with the command's output and pushes nothing", async () => {
    const run = await runAction(
      "build-distroless",
      inputs("smoke-failed", { "smoke-test": '["/usr/bin/demo-app-missing"]' }),
    );
    assert.equal(run.exitCode, 1, run.stdout);
    assert.match(run.errors[0] ?? "", /^smoke test .* nothing was pushed/);
    assert.equal((await fetchManifest(registry, "built/app", "smoke-failed")).status, 404);
  });

  it("builds the debug variant on the debug base with the very same added layers", async () => {
    const debugBase = await buildDistrolessBase(registry, "distroless/base", { flavour: "debug" });
    const run = await runAction(
      "build-distroless",
      inputs("with-debug", {
        "debug-base": debugBase.ref,
        "debug-tags": `${registry.host}/built/app:with-debug-debug`,
        "smoke-test": "/usr/bin/dumb-init --version",
      }),
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const debugDigest = await crane(registry, ["digest", `${registry.host}/built/app:with-debug-debug`]);
    assert.equal(run.outputs["debug-digest"], debugDigest);
    assert.notEqual(debugDigest, run.outputs.digest);
    const layersOf = async (digest: string) => {
      const index = JSON.parse((await fetchManifest(registry, "built/app", digest)).body.toString()) as {
        manifests: Array<{ digest: string; platform: { architecture: string } }>;
      };
      const amd64 = index.manifests.find((item) => item.platform.architecture === "amd64")?.digest as string;
      const manifest = JSON.parse((await fetchManifest(registry, "built/app", amd64)).body.toString()) as {
        layers: Array<{ digest: string }>;
      };
      return manifest.layers.map((layer) => layer.digest);
    };
    const [plain, debug] = await Promise.all([layersOf(run.outputs.digest as string), layersOf(debugDigest)]);
    assert.deepEqual(debug.slice(-2), plain.slice(-2), "the archive and local layers are the same blobs");
    const report = JSON.parse(run.outputs.report as string) as { debug: { smokeTest: { passed: boolean } } };
    assert.equal(report.debug.smokeTest.passed, true);
  });

  it("the CLI's build command builds and pushes the same way", async () => {
    const env = await cliEnv([registry], { env: { SOURCE_DATE_EPOCH: "1700000000", RUNNER_TOOL_CACHE: "" } });
    const run = await runCli(
      [
        "build",
        "--base",
        base.ref,
        ...sources.split("\n").flatMap((line) => ["--source", line]),
        "--platform",
        "linux/amd64",
        "--deb",
        deb,
        "--entrypoint",
        '["/usr/bin/dumb-init", "--", "/usr/bin/demo-app"]',
        "--tag",
        `${registry.host}/cli/app:1.0.0`,
        "dumb-init",
        "libpam0g",
      ],
      env,
    );
    assert.equal(run.code, 0, run.stderr);
    const digest = await crane(registry, ["digest", `${registry.host}/cli/app:1.0.0`]);
    assert.equal(run.stdout.trim(), digest);
    await crane(registry, ["validate", "--remote", `${registry.host}/cli/app:1.0.0`]);
  });

  const refused: Array<[string, Record<string, string>, RegExp]> = [
    ["an unpinned base", {}, /^input 'base': .* is not digest-pinned/],
    [
      "a package that does not exist",
      { "debian-packages": "no-such-package-here", lockfile: "" },
      /no-such-package-here/,
    ],
    ["a local file that is not a .deb", { packages: "/etc/hostname" }, /hostname/],
  ];
  for (const [what, extra, says] of refused) {
    it(`refuses ${what} in one line and pushes nothing`, async () => {
      const tag = `refused-${what.replace(/\W+/g, "-")}`;
      const run = await runAction("build-distroless", {
        ...inputs(tag),
        ...(what === "an unpinned base" ? { base: base.taggedRef } : extra),
      });
      assert.equal(run.exitCode, 1, run.stdout);
      assert.equal(run.errors.length, 1, run.stdout);
      assert.match(run.errors[0] as string, says);
      assert.doesNotMatch(run.errors[0] as string, /unexpected error/);
      assert.equal((await fetchManifest(registry, "built/app", tag)).status, 404);
    });
  }
});
