/**
 * OCI platforms and Debian architectures name the same machines differently: `linux/arm/v7` is
 * Debian's `armhf`, `linux/386` its `i386`. Each platform is resolved and downloaded on its own;
 * nothing from a package runs, so no emulation is needed for any of them.
 */
import { formatPlatform, type Platform } from "@image-actions/oci";
import { DebianError } from "./errors.ts";

const BY_PLATFORM: Record<string, string> = {
  "linux/amd64": "amd64",
  "linux/arm64": "arm64",
  "linux/arm64/v8": "arm64",
  "linux/arm/v7": "armhf",
  "linux/arm/v6": "armel",
  "linux/arm/v5": "armel",
  "linux/386": "i386",
  "linux/ppc64le": "ppc64el",
  "linux/s390x": "s390x",
  "linux/riscv64": "riscv64",
  "linux/mips64le": "mips64el",
};

export function debianArchitecture(platform: Platform): string {
  const architecture = BY_PLATFORM[formatPlatform(platform)];
  if (!architecture)
    throw new DebianError(
      `platform ${formatPlatform(platform)} has no Debian architecture (one of ${Object.keys(BY_PLATFORM).join(", ")})`,
    );
  return architecture;
}

/** The platform a Debian architecture builds for, as image indexes name it. */
export function platformOf(architecture: string): Platform {
  const entry = Object.entries(BY_PLATFORM).find(([, arch]) => arch === architecture);
  if (!entry) throw new DebianError(`Debian architecture '${architecture}' has no OCI platform`);
  const [os, arch, variant] = entry[0].split("/") as [string, string, string?];
  return { os, architecture: arch, ...(variant ? { variant } : {}) };
}
