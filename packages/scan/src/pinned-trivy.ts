/**
 * The trivy release the action installs unless told otherwise, with the SHA-256 of each Linux
 * release archive as aquasecurity published them. A pinned hash in our source is the trust anchor
 * for the default install: no tag, release page or checksums file on the release host is consulted,
 * so a hijacked release (CVE-2026-33634, March 2026) cannot reach a default install.
 *
 * Updating the pin: take the hashes from the release's `trivy_<version>_checksums.txt` after its
 * Sigstore bundle verifies for trivy's release workflow (the install path for unpinned versions does
 * exactly that), then change the version and both hashes here in one commit.
 */

/** The archive name's platform part, as trivy's goreleaser names Linux archives. */
export type TrivyPlatform = "Linux-64bit" | "Linux-ARM64";

/** version (`MAJOR.MINOR.PATCH`, no `v`) → platform → lowercase hex SHA-256 of the release archive. */
export type PinTable = Readonly<Record<string, Readonly<Partial<Record<TrivyPlatform, string>>>>>;

export const DEFAULT_TRIVY_VERSION = "0.74.0";

export const PINNED_TRIVY: PinTable = {
  "0.74.0": {
    "Linux-64bit": "2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a",
    "Linux-ARM64": "b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5",
  },
};

/** `process.arch` → the archive platform; only the runners' Linux architectures are released for us. */
export const TRIVY_PLATFORMS: Readonly<Record<string, TrivyPlatform>> = {
  x64: "Linux-64bit",
  arm64: "Linux-ARM64",
};
