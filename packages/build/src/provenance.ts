/**
 * SLSA v1 build provenance of a build-distroless image: the predicate of an in-toto Statement whose
 * predicateType is https://slsa.dev/provenance/v1 (slsa-framework/slsa docs/spec/v1.0/provenance.md,
 * schema/provenance.proto; in-toto/attestation spec/predicates/provenance.md). The file holds the
 * predicate alone — `{buildDefinition, runDetails}` — because that is what
 * `cosign attest --type slsaprovenance1 --predicate FILE` reads: cosign wraps it in the Statement and
 * names the subject itself (cosign pkg/cosign/attestation/attestation.go,
 * generateSLSAProvenanceStatementSLSA1). Pure: the caller gathers every input and writes the bytes.
 *
 * Deterministic: everything comes from the build's inputs and what they resolved to, in a fixed
 * order; the one thing that differs between two runs of the same build is the run's own identifier
 * (runDetails.metadata.invocationId). No timestamps (startedOn/finishedOn are optional): the build's
 * time is its source-date-epoch, an external parameter. The provenance never enters the image, so
 * it cannot change a digest.
 */
import type { LockedPackage } from "@image-actions/debian";
import type { ConfigChanges } from "./image.ts";
import { debianPurl, type OciImageName, ociPurl } from "./sbom.ts";

export const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";

/**
 * What `buildDefinition.buildType` says: build-distroless's build, whose external parameters are
 * the action's inputs under their own names (README.md, "Build provenance").
 */
export const BUILD_DISTROLESS_BUILD_TYPE = "https://github.com/org/image-actions/blob/v1/README.md#build-provenance";

/** The builder when no workflow run says which (the CLI, a local run). */
export const LOCAL_BUILDER_ID = "https://github.com/org/image-actions/build-distroless";

/** Where and by whom the build ran: read from the environment by the action's entry, nowhere else. */
export interface BuildRun {
  /** runDetails.builder.id: the action, as `https://github.com/OWNER/REPO/build-distroless@REF`. */
  builderId: string;
  /** runDetails.metadata.invocationId: the workflow run and attempt (the run's own identifier). */
  invocationId?: string;
  /** The workflow's source: repository URL, the ref it ran on and the commit; a resolved dependency. */
  source?: { repository: string; ref?: string; revision: string };
  /** The workflow file that ran the build (`OWNER/REPO/.github/workflows/x.yml@REF`): an external parameter. */
  workflow?: string;
}

/** A local .deb a platform image was built with: the file's SHA-256 and the package it holds. */
export interface LocalDeb {
  path: string;
  sha256: string;
  name: string;
  version: string;
  architecture: string;
}

export interface ProvenanceInput {
  /** The action's inputs that decide the image, under their input names, already canonical. */
  externalParameters: Record<string, unknown>;
  internalParameters: Record<string, unknown>;
  /** The base: for a platform manifest its manifest for that platform, for an index the base's top digest. */
  base: OciImageName;
  basePlatform?: { os: string; architecture: string; variant?: string };
  /** Archive packages from the lock (one platform's, or every platform's for an index). */
  packages: LockedPackage[];
  localDebs: LocalDeb[];
  /** The Debian distro qualifier of the packages' purls (`debian-12`), as the SBOMs write it. */
  distro?: string;
  run: BuildRun;
  /** The suite's version: runDetails.builder.version. */
  toolVersion: string;
}

/** The SLSA v1 provenance predicate of one built manifest or index. */
export function provenancePredicate(input: ProvenanceInput): object {
  const { run } = input;
  const hex = (digest: string) => digest.replace(/^sha256:/, "");
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  const resolvedDependencies: object[] = [
    {
      uri: ociPurl(input.base, input.basePlatform),
      digest: { sha256: hex(input.base.digest) },
      name: `${input.base.repository}@${input.base.digest}`,
      annotations: { role: "base image" },
    },
    ...(run.source
      ? [
          {
            // The form GitHub's own workflow build type uses for the repository the workflow ran from.
            uri: `git+${run.source.repository}${run.source.ref ? `@${run.source.ref}` : ""}`,
            digest: { gitCommit: run.source.revision },
            annotations: { role: "workflow source" },
          },
        ]
      : []),
    // in-toto ResourceDescriptor: `uri` where the .deb came from, `digest` its SHA-256 as the lock
    // pins it, `name` its purl (the same one the SBOMs list, so the two documents join).
    ...[...input.packages].sort(byKey((item) => `${item.name} ${item.architecture} ${item.version}`)).map((item) => ({
      uri: item.url,
      digest: { sha256: item.sha256 },
      name: debianPurl(item, input.distro),
      annotations: {
        role: "debian package",
        package: item.name,
        version: item.version,
        architecture: item.architecture,
        size: item.size,
        from: item.from,
      },
    })),
    ...[...input.localDebs].sort(byKey((item) => `${item.name} ${item.architecture} ${item.path}`)).map((item) => ({
      name: debianPurl(item, input.distro),
      digest: { sha256: item.sha256 },
      annotations: {
        role: "local package",
        path: item.path,
        package: item.name,
        version: item.version,
        architecture: item.architecture,
      },
    })),
  ];
  return {
    buildDefinition: {
      buildType: BUILD_DISTROLESS_BUILD_TYPE,
      externalParameters: input.externalParameters,
      internalParameters: input.internalParameters,
      resolvedDependencies,
    },
    runDetails: {
      builder: { id: run.builderId, version: { "image-actions": input.toolVersion } },
      ...(run.invocationId ? { metadata: { invocationId: run.invocationId } } : {}),
    },
  };
}

/** The inputs of a build that decide what it makes, as they reach the build (after the entry parsed them). */
export interface BuildParameters {
  base: string;
  platforms: string[];
  debianPackages: string[];
  debianSources: string[];
  /** Fingerprints of the keys each InRelease had to be signed by; empty: Debian's shipped keys. */
  debianKeyring: string[];
  lockfile?: { path: string; sha256: string };
  lockUpdate: boolean;
  localDebs: string[];
  config: ConfigChanges;
  annotations: Record<string, string>;
  sourceDateEpoch: number;
  sbomFormats: string[];
}

/**
 * buildDefinition.externalParameters: the action's inputs under their input names (the build type's
 * contract, README.md), with maps as sorted objects so one build always writes one text.
 */
export function externalParameters(parameters: BuildParameters, run: BuildRun): Record<string, unknown> {
  const sortedObject = (entries: Iterable<[string, string]>) =>
    Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { config } = parameters;
  return {
    base: parameters.base,
    platforms: parameters.platforms,
    "debian-packages": parameters.debianPackages,
    "debian-sources": parameters.debianSources,
    ...(parameters.debianKeyring.length > 0 ? { "debian-keyring": parameters.debianKeyring } : {}),
    ...(parameters.lockfile ? { lockfile: parameters.lockfile } : {}),
    "lock-update": parameters.lockUpdate,
    packages: parameters.localDebs,
    ...(config.entrypoint ? { entrypoint: config.entrypoint } : {}),
    ...(config.cmd ? { cmd: config.cmd } : {}),
    env: sortedObject(config.env),
    labels: sortedObject(config.labels),
    annotations: sortedObject(Object.entries(parameters.annotations)),
    ...(config.user !== undefined ? { user: config.user } : {}),
    ...(config.workdir !== undefined ? { workdir: config.workdir } : {}),
    "source-date-epoch": parameters.sourceDateEpoch,
    sbom: parameters.sbomFormats,
    ...(run.workflow ? { workflow: run.workflow } : {}),
  };
}
