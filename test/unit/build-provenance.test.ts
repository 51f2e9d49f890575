// The SLSA v1 provenance predicate build-distroless writes (packages/build/src/provenance.ts): it
// passes the SLSA v1 provenance schema (test/fixtures/slsa, written from the spec's proto and text)
// alone and inside an in-toto Statement v1, and the schema rejects broken documents; it names the
// build type and builder, the action's inputs under their input names, the base by digest, every
// locked package (URL, SHA-256, purl) and every local .deb (SHA-256); it is the same text for the
// same inputs whatever order they come in, and two runs of one build differ only in the run's
// invocationId.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LockedPackage } from "@image-actions/debian";
import {
  BUILD_DISTROLESS_BUILD_TYPE,
  type BuildRun,
  externalParameters,
  type ProvenanceInput,
  provenancePredicate,
  SLSA_PROVENANCE_V1,
} from "../../packages/build/src/provenance.ts";
import { debianPurl } from "../../packages/build/src/sbom.ts";
import { slsaProvenanceErrors, slsaStatementErrors } from "../support/slsa-schema.ts";

// biome-ignore lint/suspicious/noExplicitAny: documents are checked as plain JSON
type Json = any;

const BASE_DIGEST = `sha256:${"ba".repeat(32)}`;
const locked = (name: string, version: string, sha: string): LockedPackage => ({
  name,
  version,
  architecture: "amd64",
  source: name,
  url: `https://snapshot.debian.org/archive/debian/20250101T000000Z/pool/main/${name[0]}/${name}/${name}_${version}_amd64.deb`,
  size: 1000,
  sha256: sha.repeat(32),
  from: "https://snapshot.debian.org/archive/debian/20250101T000000Z bookworm main",
});
const PACKAGES = [locked("libpam0g", "1.5.2-6+deb12u1", "0f"), locked("dumb-init", "1.2.5-2", "1e")];
const LOCAL = {
  path: "dist/app_1.0_all.deb",
  sha256: "aa".repeat(32),
  name: "app",
  version: "1:1.0",
  architecture: "all",
};

const RUN: BuildRun = {
  builderId: "https://github.com/org/image-actions/build-distroless@v1",
  invocationId: "https://github.com/o/r/actions/runs/1/attempts/1",
  source: { repository: "https://github.com/o/r", ref: "refs/tags/v1.0.0", revision: "c0".repeat(20) },
  workflow: "o/r/.github/workflows/release.yml@refs/tags/v1.0.0",
};

function input(overrides: Partial<ProvenanceInput> = {}): ProvenanceInput {
  const run = overrides.run ?? RUN;
  return {
    externalParameters: externalParameters(
      {
        base: `registry.example/distroless/cc@${BASE_DIGEST}`,
        platforms: ["linux/amd64"],
        debianPackages: ["dumb-init", "libpam0g"],
        debianSources: ["https://snapshot.debian.org/archive/debian/20250101T000000Z bookworm"],
        debianKeyring: [],
        lockfile: { path: "debian.lock.json", sha256: "dd".repeat(32) },
        lockUpdate: false,
        localDebs: [LOCAL.path],
        config: {
          entrypoint: ["/usr/bin/dumb-init"],
          env: new Map([
            ["Z", "1"],
            ["A", "2"],
          ]),
          labels: new Map(),
          user: "65532",
        },
        annotations: {},
        sourceDateEpoch: 1700000000,
        sbomFormats: ["spdx-json"],
      },
      run,
    ),
    internalParameters: { layerFormat: 1, architecture: "amd64" },
    base: { repository: "registry.example/distroless/cc", digest: BASE_DIGEST },
    basePlatform: { os: "linux", architecture: "amd64" },
    packages: PACKAGES,
    localDebs: [LOCAL],
    distro: "debian-12",
    run,
    toolVersion: "0.1.0",
    ...overrides,
  };
}

describe("SLSA v1 provenance predicate", () => {
  const predicate = provenancePredicate(input()) as Json;

  it("passes the SLSA v1 provenance schema, alone and as an in-toto Statement v1", () => {
    assert.deepEqual(slsaProvenanceErrors(predicate), []);
    const statement = {
      _type: "https://in-toto.io/Statement/v1",
      subject: [{ name: "registry.example/org/app", digest: { sha256: "ab".repeat(32) } }],
      predicateType: SLSA_PROVENANCE_V1,
      predicate,
    };
    assert.deepEqual(slsaStatementErrors(statement), []);
  });

  it("the schema rejects what cosign would drop or the spec forbids (the check can fail)", () => {
    assert.notDeepEqual(slsaProvenanceErrors({ ...predicate, buildDefinition: undefined }), []);
    assert.notDeepEqual(slsaProvenanceErrors({ ...predicate, extra: 1 }), []);
    assert.notDeepEqual(
      slsaProvenanceErrors({
        ...predicate,
        runDetails: { ...predicate.runDetails, metadata: { invocationID: "x" } },
      }),
      [],
    );
    const noIdentity = { annotations: { role: "nothing to identify it" } };
    assert.notDeepEqual(
      slsaProvenanceErrors({
        ...predicate,
        buildDefinition: { ...predicate.buildDefinition, resolvedDependencies: [noIdentity] },
      }),
      [],
    );
  });

  it("names this suite's build type and builder, and the run as invocationId", () => {
    assert.equal(predicate.buildDefinition.buildType, BUILD_DISTROLESS_BUILD_TYPE);
    assert.equal(predicate.runDetails.builder.id, RUN.builderId);
    assert.equal(predicate.runDetails.metadata.invocationId, RUN.invocationId);
  });

  it("externalParameters are the action's inputs under their input names, maps sorted", () => {
    const external = predicate.buildDefinition.externalParameters;
    assert.equal(external.base, `registry.example/distroless/cc@${BASE_DIGEST}`);
    assert.deepEqual(external["debian-packages"], ["dumb-init", "libpam0g"]);
    assert.deepEqual(external.lockfile, { path: "debian.lock.json", sha256: "dd".repeat(32) });
    assert.deepEqual(Object.keys(external.env), ["A", "Z"]);
    assert.equal(external["source-date-epoch"], 1700000000);
    assert.equal(external.workflow, RUN.workflow);
    assert.equal(external.user, "65532");
  });

  it("resolvedDependencies: the base by digest, the workflow's commit, every locked package and local .deb", () => {
    const deps = predicate.buildDefinition.resolvedDependencies as Json[];
    const [base, source] = deps;
    assert.equal(base.digest.sha256, "ba".repeat(32));
    assert.equal(
      base.uri,
      `pkg:oci/cc@sha256%3A${"ba".repeat(32)}?arch=amd64&repository_url=registry.example/distroless/cc`,
    );
    assert.deepEqual(source.digest, { gitCommit: RUN.source?.revision });
    for (const pkg of PACKAGES) {
      const dep = deps.find((item) => item.annotations?.package === pkg.name);
      assert.equal(dep.uri, pkg.url);
      assert.deepEqual(dep.digest, { sha256: pkg.sha256 });
      assert.equal(dep.name, debianPurl(pkg, "debian-12"));
      assert.equal(dep.annotations.version, pkg.version);
      assert.equal(dep.annotations.architecture, "amd64");
    }
    const local = deps.find((item) => item.annotations?.role === "local package");
    assert.deepEqual(local.digest, { sha256: LOCAL.sha256 });
    assert.equal(local.annotations.path, LOCAL.path);
    assert.equal(local.name, "pkg:deb/debian/app@1%3A1.0?arch=all&distro=debian-12");
  });

  it("the same inputs in another order give the same text", () => {
    const again = provenancePredicate(input({ packages: [...PACKAGES].reverse() }));
    assert.equal(JSON.stringify(again), JSON.stringify(predicate));
  });

  it("another run of the same build differs only in invocationId", () => {
    const rerun = provenancePredicate(
      input({ run: { ...RUN, invocationId: "https://github.com/o/r/actions/runs/2/attempts/1" } }),
    ) as Json;
    assert.notEqual(JSON.stringify(rerun), JSON.stringify(predicate));
    rerun.runDetails.metadata.invocationId = RUN.invocationId;
    assert.equal(JSON.stringify(rerun), JSON.stringify(predicate));
  });

  it("a local run (no workflow) has the local builder and no run metadata", () => {
    const local = provenancePredicate(
      input({ run: { builderId: "https://github.com/org/image-actions/build-distroless" } }),
    ) as Json;
    assert.equal(local.runDetails.metadata, undefined);
    assert.equal(local.buildDefinition.externalParameters.workflow, undefined);
    assert.deepEqual(slsaProvenanceErrors(local), []);
  });
});
