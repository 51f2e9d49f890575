// What scanners see in a build-distroless image, end to end through dist/build-distroless/index.js:
// one build (the distroless-like base fixture, dumb-init and libpam0g from the machine's real Debian
// archive, the local demo application .deb; amd64 and arm64; `sbom: both`) pushed to a registry
// with the OCI referrers API. For each platform: its SPDX and CycloneDX SBOMs are referrers of its
// manifest, pass the SPDX 2.3 and CycloneDX 1.6 JSON schemas, and list exactly the packages
// status.d records in the image's filesystem (crane export); trivy (`--list-all-pkgs --format
// json`) and syft (`syft-json`), run offline on an OCI layout of that platform's image (crane pull),
// each find exactly those Debian packages, with the same version and architecture, and trivy places
// each in the layer it belongs to (base, archive packages, local .debs).
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Descriptor, RegistryClients } from "@image-actions/oci";
import { runAction } from "../support/action-runner.ts";
import { machineMainArchive, sourceLines } from "../support/apt-root.ts";
import { buildDistrolessBase, crane } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { makeAppDeb } from "../support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { spdx23Errors, validateCycloneDx16 } from "../support/sbom-schemas.ts";
import { toolPath } from "../support/tools.ts";

const SPDX = "application/spdx+json";
const CYCLONEDX = "application/vnd.cyclonedx+json";
const ARCHITECTURES = ["amd64", "arm64"] as const;
type Architecture = (typeof ARCHITECTURES)[number];

// biome-ignore lint/suspicious/noExplicitAny: SBOMs and scanner reports are read as plain JSON
type Json = any;

/** `name version architecture`, one per Debian package: what every source is compared on. */
type PackageSet = string[];
const key = (name: string, version: string, architecture: string) => `${name} ${version} ${architecture}`;
const sorted = (keys: Iterable<string>): PackageSet => [...new Set(keys)].sort();

interface Platform {
  digest: string;
  spdx: Json;
  cyclonedx: Json;
  /** An OCI image layout holding this platform's image alone. */
  layout: string;
  /** The image's flattened filesystem. */
  rootfs: string;
  /** Where each package came from, as the action's `packages` output says: base, archive or file. */
  origins: Map<string, string>;
}

/** A Debian package purl's qualifier (`arch`), decoded. */
function purlQualifier(purl: string, name: string): string | undefined {
  const query = purl.split("?")[1] ?? "";
  const value = new URLSearchParams(query).get(name);
  return value ?? undefined;
}

/** What status.d says, read with a regex rather than the code under test. */
async function statusDPackages(rootfs: string): Promise<PackageSet> {
  const dir = join(rootfs, "var", "lib", "dpkg", "status.d");
  const keys: string[] = [];
  for (const file of await readdir(dir)) {
    if (file.endsWith(".md5sums")) continue;
    const stanza = await readFile(join(dir, file), "utf8");
    const field = (name: string) => new RegExp(`^${name}: *(.*)$`, "m").exec(stanza)?.[1]?.trim() ?? "";
    assert.equal(field("Package"), file, `status.d/${file} names its package`);
    keys.push(key(field("Package"), field("Version"), field("Architecture")));
  }
  return sorted(keys);
}

function spdxPackages(doc: Json): PackageSet {
  return sorted(
    doc.packages
      .filter((p: Json) => p.primaryPackagePurpose !== "CONTAINER")
      .map((p: Json) => {
        const purl = p.externalRefs.find((ref: Json) => ref.referenceType === "purl").referenceLocator as string;
        return key(p.name, p.versionInfo, purlQualifier(purl, "arch") ?? "?");
      }),
  );
}

function cyclonedxPackages(doc: Json): PackageSet {
  // Libraries only: the base image is a component too (type container).
  return sorted(
    doc.components
      .filter((c: Json) => c.type === "library")
      .map((c: Json) => key(c.name, c.version, purlQualifier(c.purl, "arch") ?? "?")),
  );
}

/**
 * trivy's OS packages of an OCI layout, offline: `--scanners license` reads only the image (no
 * vulnerability DB to download), and `--list-all-pkgs` lists every package it found. Returned by
 * package key, with the diff ID of the layer trivy attributes each package to.
 */
async function trivyPackages(layout: string, cacheDir: string): Promise<Map<string, string>> {
  const { stdout } = await mustExec(toolPath("trivy"), [
    "image",
    "--input",
    layout,
    "--format",
    "json",
    "--list-all-pkgs",
    "--scanners",
    "license",
    "--skip-db-update",
    "--skip-java-db-update",
    "--offline-scan",
    "--skip-version-check",
    "--disable-telemetry",
    "--cache-dir",
    cacheDir,
    "--quiet",
  ]);
  const report = JSON.parse(stdout) as Json;
  const found = new Map<string, string>();
  for (const result of report.Results ?? []) {
    if (result.Class !== "os-pkgs") continue;
    assert.equal(result.Type, "debian", "trivy detects a Debian image");
    for (const pkg of result.Packages ?? []) {
      // trivy splits a Debian version into epoch, upstream version and revision.
      const version = `${pkg.Epoch ? `${pkg.Epoch}:` : ""}${pkg.Version}${pkg.Release ? `-${pkg.Release}` : ""}`;
      found.set(key(pkg.Name, version, pkg.Arch), pkg.Layer?.DiffID ?? "");
    }
  }
  return found;
}

/** syft's Debian packages of an OCI layout, from its own JSON (status.d read by its dpkg cataloger). */
async function syftPackages(layout: string, cacheDir: string): Promise<PackageSet> {
  const { stdout } = await mustExec(toolPath("syft"), ["scan", `oci-dir:${layout}`, "-o", "syft-json", "-q"], {
    env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: "false", SYFT_CACHE_DIR: cacheDir },
  });
  const report = JSON.parse(stdout) as Json;
  assert.equal(report.distro?.id, "debian", "syft detects a Debian image");
  return sorted(
    report.artifacts
      .filter((artifact: Json) => artifact.type === "deb")
      .map((artifact: Json) => key(artifact.name, artifact.version, artifact.metadata?.architecture ?? "?")),
  );
}

/** The diff IDs of the one image in an OCI layout, base layers first. */
async function layoutDiffIds(layout: string): Promise<string[]> {
  const blob = async (digest: string) =>
    JSON.parse(await readFile(join(layout, "blobs", ...digest.split(":")), "utf8")) as Json;
  const index = JSON.parse(await readFile(join(layout, "index.json"), "utf8")) as Json;
  assert.equal(index.manifests.length, 1);
  const manifest = await blob(index.manifests[0].digest);
  return (await blob(manifest.config.digest)).rootfs.diff_ids;
}

describe("build-distroless images as scanners see them", () => {
  let registry: TestRegistry;
  let clients: RegistryClients;
  let work: string;
  const platforms = new Map<Architecture, Platform>();

  /**
   * The referrer manifests of `digest` whose artifactType is `type`, each with its one layer's JSON.
   * Each manifest is read for its artifactType: go-containerregistry's registry (v0.22.1) lists
   * referrers with the config's media type as their artifactType, where the distribution spec says
   * the manifest's own artifactType comes first.
   */
  async function sbomOf(digest: string, type: string): Promise<Json> {
    const client = clients.for(registry.host);
    const { descriptors, api } = await client.referrers("built/app", digest);
    assert.equal(api, true, "listed through the referrers API");
    const manifests = await Promise.all(
      descriptors.map(async (item) =>
        JSON.parse((await client.getManifest("built/app", item.digest)).bytes.toString()),
      ),
    );
    const found = manifests.filter((manifest) => manifest.artifactType === type);
    assert.equal(found.length, 1, `one ${type} referrer of ${digest}`);
    const [layer] = found[0].layers as Descriptor[];
    assert.equal(found[0].layers.length, 1);
    assert.equal(layer?.mediaType, type);
    assert.equal(found[0].subject.digest, digest);
    return JSON.parse((await client.readBlob("built/app", layer as Descriptor)).toString());
  }

  before(async () => {
    registry = await startRegistry({ kind: "referrers" });
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    work = await mkdtemp(join(tmpdir(), "ia-build-scanners-"));
    const [base, deb, archive] = await Promise.all([
      buildDistrolessBase(registry, "distroless/base"),
      makeAppDeb(work),
      machineMainArchive(),
    ]);
    const run = await runAction("build-distroless", {
      base: base.ref,
      "debian-packages": "dumb-init\nlibpam0g",
      "debian-sources": sourceLines(archive).join("\n"),
      packages: deb,
      platforms: "linux/amd64,linux/arm64",
      tags: `${registry.host}/built/app:scanned`,
      entrypoint: '["/usr/bin/dumb-init", "--", "/usr/bin/demo-app"]',
      "source-date-epoch": "1700000000",
      sbom: "both",
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const built = JSON.parse(run.outputs.platforms as string) as Array<{ platform: string; digest: string }>;
    const packages = JSON.parse(run.outputs.packages as string) as Array<{
      platform: string;
      name: string;
      from: string;
    }>;
    await Promise.all(
      ARCHITECTURES.map(async (architecture) => {
        const digest = built.find((item) => item.platform === `linux/${architecture}`)?.digest;
        assert.ok(digest, `linux/${architecture} was built`);
        const ref = `${registry.host}/built/app@${digest}`;
        const layout = join(work, `layout-${architecture}`);
        const rootfs = join(work, `rootfs-${architecture}`);
        await mkdir(rootfs);
        await crane(registry, ["pull", "--format=oci", ref, layout]);
        await crane(registry, ["export", ref, `${rootfs}.tar`]);
        await mustExec("tar", ["-xf", `${rootfs}.tar`, "-C", rootfs, "var/lib/dpkg/status.d"]);
        platforms.set(architecture, {
          digest,
          spdx: await sbomOf(digest, SPDX),
          cyclonedx: await sbomOf(digest, CYCLONEDX),
          layout,
          rootfs,
          origins: new Map(
            packages.filter((item) => item.platform === `linux/${architecture}`).map((item) => [item.name, item.from]),
          ),
        });
      }),
    );
  });
  after(async () => {
    await clients.close();
    await registry.stop();
    await rm(work, { recursive: true, force: true });
  });

  const platform = (architecture: Architecture) => platforms.get(architecture) as Platform;

  for (const architecture of ARCHITECTURES) {
    it(`${architecture}: the SPDX SBOM referrer passes the SPDX 2.3 schema and describes this manifest`, () => {
      const { spdx, digest } = platform(architecture);
      assert.deepEqual(spdx23Errors(spdx), []);
      const image = spdx.packages.find((p: Json) => p.primaryPackagePurpose === "CONTAINER");
      assert.equal(image.versionInfo, digest);
    });

    it(`${architecture}: the CycloneDX SBOM referrer passes the CycloneDX 1.6 schema and describes this manifest`, async () => {
      const { cyclonedx, digest } = platform(architecture);
      const errors = await validateCycloneDx16(JSON.stringify(cyclonedx));
      assert.equal(errors, null, JSON.stringify(errors, null, 2));
      assert.equal(cyclonedx.specVersion, "1.6");
      assert.ok(String(cyclonedx.metadata.component.purl).includes(`@${encodeURIComponent(digest)}`));
    });

    it(`${architecture}: both SBOMs list exactly the packages status.d records, base and added`, async () => {
      const { spdx, cyclonedx, rootfs } = platform(architecture);
      const recorded = await statusDPackages(rootfs);
      for (const name of ["libc6", "base-files", "dumb-init", "libpam0g", "demo-app"])
        assert.ok(
          recorded.some((entry) => entry.startsWith(`${name} `)),
          `${name} in status.d`,
        );
      assert.ok(recorded.every((entry) => / (all|[a-z0-9]+)$/.test(entry) && !entry.endsWith(" ?")));
      assert.ok(
        recorded.filter((entry) => !entry.endsWith(" all")).every((entry) => entry.endsWith(` ${architecture}`)),
        `every architecture-specific package is ${architecture}`,
      );
      assert.deepEqual(spdxPackages(spdx), recorded, "SPDX");
      assert.deepEqual(cyclonedxPackages(cyclonedx), recorded, "CycloneDX");
    });

    it(`${architecture}: trivy finds every Debian package the SBOM lists, with the same versions, in the layer it was added in`, async () => {
      const { spdx, layout, origins } = platform(architecture);
      const found = await trivyPackages(layout, join(work, `trivy-cache-${architecture}`));
      assert.deepEqual(sorted(found.keys()), spdxPackages(spdx));
      // Base layers first, then the archive packages' layer, then the local .debs' layer.
      const diffIds = await layoutDiffIds(layout);
      const [archiveLayer, localLayer] = diffIds.slice(-2);
      for (const [entry, diffId] of found) {
        const origin = origins.get(entry.split(" ")[0] as string);
        const expected =
          origin === "file" ? [localLayer] : origin === "archive" ? [archiveLayer] : diffIds.slice(0, -2);
        assert.ok(expected.includes(diffId), `${entry} (${origin}) is in layer ${diffId}`);
      }
    });

    it(`${architecture}: syft finds every Debian package the SBOM lists, with the same versions`, async () => {
      const { cyclonedx, layout } = platform(architecture);
      assert.deepEqual(
        await syftPackages(layout, join(work, `syft-cache-${architecture}`)),
        cyclonedxPackages(cyclonedx),
      );
    });
  }
});
