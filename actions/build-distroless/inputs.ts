import {
  InputError,
  readBoolean,
  readCommand,
  readEnum,
  readInteger,
  readKeyValues,
  readList,
  readRequired,
  readString,
} from "@image-actions/action-kit";

export interface BuildDistrolessInputs {
  base: string;
  allowUnpinnedBase: boolean;
  debianPackages: string[];
  debianSources: string[];
  debianKeyring?: string;
  lockfile?: string;
  /** An image to compare the build with (`changes`): base and packages per platform. */
  compareWith?: string;
  lockUpdate: boolean;
  packages: string[];
  platforms: string[];
  tags: string[];
  entrypoint: string[];
  cmd: string[];
  env: Map<string, string>;
  labels: Map<string, string>;
  annotations: Map<string, string>;
  workdir?: string;
  user?: string;
  debugBase?: string;
  debugTags: string[];
  sbom: "spdx-json" | "cyclonedx-json" | "both" | "none";
  sourceDateEpoch: number;
  /** The smoke test's argv (a JSON array, or a string split like a shell would); empty for none. */
  smokeTest: string[];
  smokeTestTimeout: number;
  push: boolean;
  output?: string;
}

const DIGEST_PINNED = /@sha256:[0-9a-f]{64}$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;

export function getInputs(environment: NodeJS.ProcessEnv = process.env): BuildDistrolessInputs {
  const inputs: BuildDistrolessInputs = {
    base: readRequired("base"),
    allowUnpinnedBase: readBoolean("allow-unpinned-base", false),
    debianPackages: readList("debian-packages"),
    debianSources: readList("debian-sources"),
    debianKeyring: readString("debian-keyring") || undefined,
    lockfile: readString("lockfile") || undefined,
    compareWith: readString("compare-with") || undefined,
    lockUpdate: readBoolean("lock-update", false),
    packages: readList("packages"),
    platforms: readList("platforms", { commas: true }),
    tags: readList("tags"),
    entrypoint: readCommand("entrypoint"),
    cmd: readCommand("cmd"),
    env: readKeyValues("env"),
    labels: readKeyValues("labels"),
    annotations: readKeyValues("annotations"),
    workdir: readString("workdir") || undefined,
    user: readString("user") || undefined,
    debugBase: readString("debug-base") || undefined,
    debugTags: readList("debug-tags"),
    sbom: readEnum("sbom", ["spdx-json", "cyclonedx-json", "both", "none"] as const, "spdx-json"),
    // SOURCE_DATE_EPOCH is the reproducible-builds convention; 0 keeps builds reproducible without it.
    sourceDateEpoch: readInteger("source-date-epoch", Number(environment.SOURCE_DATE_EPOCH ?? 0) || 0, { min: 0 }),
    smokeTest: readCommand("smoke-test"),
    smokeTestTimeout: readInteger("smoke-test-timeout", 60, { min: 1 }),
    push: readBoolean("push", true),
    output: readString("output") || undefined,
  };
  if (inputs.platforms.length === 0) inputs.platforms = ["linux/amd64"];
  for (const platform of inputs.platforms) {
    if (!PLATFORM.test(platform)) throw new InputError("platforms", `'${platform}' is not os/arch[/variant]`);
  }
  if (!inputs.allowUnpinnedBase && !DIGEST_PINNED.test(inputs.base)) {
    throw new InputError(
      "base",
      `'${inputs.base}' is not digest-pinned (name@sha256:…); pin it or set allow-unpinned-base`,
    );
  }
  if (inputs.debugBase && !DIGEST_PINNED.test(inputs.debugBase)) {
    throw new InputError("debug-base", `'${inputs.debugBase}' is not digest-pinned (name@sha256:…)`);
  }
  if (inputs.debugBase && inputs.debugTags.length === 0) {
    throw new InputError("debug-tags", "is required when debug-base is given");
  }
  if (inputs.push && inputs.tags.length === 0) {
    throw new InputError("tags", "is required unless push is false (the destination references)");
  }
  if (inputs.debianPackages.length > 0 && inputs.debianSources.length === 0) {
    throw new InputError("debian-sources", "is required with debian-packages (archive lines: URL SUITE...)");
  }
  if (inputs.lockUpdate && !inputs.lockfile) {
    throw new InputError("lockfile", "is required with lock-update: true (the lock file to re-resolve and rewrite)");
  }
  if (!inputs.push && !inputs.output) {
    throw new InputError("output", "is required when push is false (the OCI layout directory)");
  }
  return inputs;
}
