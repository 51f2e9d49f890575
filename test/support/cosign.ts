/**
 * The real cosign binaries (v2 and v3) driven from tests: key pairs, signing and verification
 * against the registry fixtures, offline (no transparency log).
 */
import { join } from "node:path";
import { writeDockerConfig } from "./docker-config.ts";
import { type ExecResult, execTool, mustExec } from "./exec.ts";
import type { TestRegistry } from "./registry.ts";
import { toolPath } from "./tools.ts";

export type CosignVersion = 2 | 3;

export interface CosignKeyPair {
  keyFile: string;
  pubFile: string;
  password: string;
}

export function cosignBinary(version: CosignVersion): string {
  return toolPath(version === 2 ? "cosign2" : "cosign3");
}

/**
 * Environment for cosign talking to the fixtures: a DOCKER_CONFIG with their credentials, and
 * SSL_CERT_FILE for TLS ones (Go reads it on Linux).
 */
export async function cosignEnv(registries: TestRegistry[], password = ""): Promise<NodeJS.ProcessEnv> {
  const dockerConfig = await writeDockerConfig(registries);
  const ca = registries.find((registry) => registry.ca)?.ca;
  return {
    ...process.env,
    DOCKER_CONFIG: dockerConfig,
    COSIGN_PASSWORD: password,
    // Offline: cosign must not try to reach the public Sigstore TUF mirror.
    TUF_ROOT: join(dockerConfig, "tuf"),
    ...(ca ? { SSL_CERT_FILE: ca.certFile } : {}),
  };
}

export async function generateKeyPair(version: CosignVersion, dir: string, password: string): Promise<CosignKeyPair> {
  const prefix = join(dir, `cosign-v${version}`);
  await mustExec(cosignBinary(version), ["generate-key-pair", "--output-key-prefix", prefix], {
    env: { ...process.env, COSIGN_PASSWORD: password },
  });
  return { keyFile: `${prefix}.key`, pubFile: `${prefix}.pub`, password };
}

/** Flags that keep each cosign version offline and on the storage format a test asks for. */
function signFlags(version: CosignVersion, format: "legacy" | "bundle"): string[] {
  const flags = ["--tlog-upload=false", "--yes"];
  if (version === 3) {
    flags.push(`--new-bundle-format=${format === "bundle"}`, "--use-signing-config=false");
  } else if (format === "bundle") {
    throw new Error("cosign v2 writes the legacy format only in these tests");
  }
  return flags;
}

export async function cosignSign(
  version: CosignVersion,
  ref: string,
  key: CosignKeyPair,
  registries: TestRegistry[],
  format: "legacy" | "bundle" = "legacy",
): Promise<ExecResult> {
  const env = await cosignEnv(registries, key.password);
  return mustExec(cosignBinary(version), ["sign", "--key", key.keyFile, ...signFlags(version, format), ref], { env });
}

export async function cosignVerify(
  version: CosignVersion,
  ref: string,
  pubFile: string,
  registries: TestRegistry[],
  format: "legacy" | "bundle" = "legacy",
): Promise<ExecResult> {
  const env = await cosignEnv(registries);
  const flags = ["--key", pubFile, "--insecure-ignore-tlog=true"];
  if (version === 3) flags.push(`--new-bundle-format=${format === "bundle"}`);
  return execTool(cosignBinary(version), ["verify", ...flags, ref], { env });
}

/**
 * cosign `verify-attestation --key --type <type>` (v3 and `spdxjson` unless asked otherwise), in the
 * storage format asked for: `--new-bundle-format` says which one v3 looks at; v2.6 reads bundles
 * with it (and a trusted root), and once it finds a bundle referrer it no longer reads `.att` tags.
 */
export async function cosignVerifyAttestation(
  ref: string,
  pubFile: string,
  registries: TestRegistry[],
  format: "legacy" | "bundle",
  options: { type?: string; version?: CosignVersion; trustedRoot?: string } = {},
): Promise<ExecResult> {
  const env = await cosignEnv(registries);
  // cosign v2.6 wants a trusted root to read bundles even when it is told to ignore the log.
  const root = options.trustedRoot ? ["--trusted-root", options.trustedRoot] : [];
  return execTool(
    cosignBinary(options.version ?? 3),
    [
      "verify-attestation",
      "--key",
      pubFile,
      "--type",
      options.type ?? "spdxjson",
      "--insecure-ignore-tlog=true",
      `--new-bundle-format=${format === "bundle"}`,
      ...root,
      ref,
    ],
    { env },
  );
}

/**
 * cosign `attest --key --type <type> --predicate <file>`, offline: v3 as a Sigstore bundle referrer
 * (an in-toto v1 statement), v2 as a layer of the legacy `.att` image.
 */
export async function cosignAttest(
  version: CosignVersion,
  ref: string,
  key: CosignKeyPair,
  predicateFile: string,
  type: string,
  registries: TestRegistry[],
): Promise<ExecResult> {
  const env = await cosignEnv(registries, key.password);
  return mustExec(
    cosignBinary(version),
    [
      "attest",
      "--key",
      key.keyFile,
      "--type",
      type,
      "--predicate",
      predicateFile,
      ...signFlags(version, version === 3 ? "bundle" : "legacy"),
      ref,
    ],
    { env },
  );
}
