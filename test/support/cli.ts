/** Runs the bundled CLI (`node dist/cli/index.js`) with a docker config for the given registries. */
import { join } from "node:path";
import { writeDockerConfig } from "./docker-config.ts";
import { type ExecResult, execTool } from "./exec.ts";
import type { TestRegistry } from "./registry.ts";
import { repoRoot } from "./tools.ts";

export interface CliEnvOptions {
  /** Extra docker config content (credHelpers, credsStore). */
  dockerConfig?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
}

export async function cliEnv(registries: TestRegistry[], options: CliEnvOptions = {}): Promise<NodeJS.ProcessEnv> {
  const dir = await writeDockerConfig(registries, options.dockerConfig);
  const ca = registries.find((registry) => registry.ca)?.ca;
  return {
    ...process.env,
    DOCKER_CONFIG: dir,
    // Node reads extra CAs once, at start: the way TLS registries with a private CA are trusted.
    ...(ca ? { NODE_EXTRA_CA_CERTS: ca.certFile, SSL_CERT_FILE: ca.certFile } : {}),
    ...options.env,
  };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<ExecResult> {
  return execTool(process.execPath, [join(repoRoot, "dist", "cli", "index.js"), ...args], { env });
}
