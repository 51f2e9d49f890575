/**
 * Credentials from a docker config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`):
 * `credHelpers` per registry first, then `credsStore`, then `auths`. Helpers are the
 * `docker-credential-<name>` executables, run with arguments (never a shell) and the host on stdin.
 * The `ecr-login` helper is handled natively through the AWS SDK, for any host.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { AuthError } from "../errors.ts";
import type { Credential, CredentialProvider, SecretSink } from "./credentials.ts";
import { type EcrCredentials, isEcrRegistry } from "./ecr.ts";

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

export interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export function dockerConfigPath(env: Record<string, string | undefined>): string {
  return join(env.DOCKER_CONFIG ?? join(homedir(), ".docker"), "config.json");
}

export async function loadDockerConfig(path: string): Promise<DockerConfig> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new AuthError(`cannot read docker config ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (error) {
    throw new AuthError(`docker config ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The keys a registry may be stored under: `host`, `https://host`, and Docker Hub's legacy URL. */
function candidateKeys(registry: string): string[] {
  const keys = [
    registry,
    `https://${registry}`,
    `http://${registry}`,
    `https://${registry}/v1/`,
    `https://${registry}/v2/`,
  ];
  if (registry === "docker.io") keys.push("https://index.docker.io/v1/", "index.docker.io", "registry-1.docker.io");
  return keys;
}

function fromAuthEntry(entry: AuthEntry, registry: string): Credential | undefined {
  if (entry.identitytoken) return { identityToken: entry.identitytoken };
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new AuthError(`docker config: the auth entry for ${registry} is not base64 of user:password`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return undefined;
}

export function runCredentialHelper(helper: string, registry: string): Promise<Credential | undefined> {
  const program = `docker-credential-${helper}`;
  return new Promise((resolvePromise, reject) => {
    const child = execFile(program, ["get"], { timeout: 60_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        // Helpers say "credentials not found" on stdout or stderr with a non-zero exit: anonymous.
        if (/credentials not found/i.test(`${stdout}${stderr}`)) return resolvePromise(undefined);
        return reject(
          new AuthError(
            `credential helper ${program} failed for ${registry}: ${(stderr || error.message).trim().split("\n")[0]}`,
          ),
        );
      }
      try {
        const parsed = JSON.parse(stdout) as { Username?: string; Secret?: string };
        if (!parsed.Secret) return resolvePromise(undefined);
        // By Docker's convention a username of <token> marks an identity token.
        resolvePromise(
          parsed.Username === "<token>"
            ? { identityToken: parsed.Secret }
            : { username: parsed.Username ?? "", password: parsed.Secret },
        );
      } catch {
        reject(new AuthError(`credential helper ${program} printed something that is not JSON for ${registry}`));
      }
    });
    child.stdin?.end(registry);
  });
}

export class DockerConfigCredentials implements CredentialProvider {
  private readonly config: Promise<DockerConfig>;
  private readonly ecr: EcrCredentials;
  private readonly onSecret: SecretSink;

  constructor(configPath: string, ecr: EcrCredentials, onSecret: SecretSink) {
    this.config = loadDockerConfig(configPath);
    this.ecr = ecr;
    this.onSecret = onSecret;
  }

  /** Whether the config sends `registry` to the `ecr-login` helper: an ECR registry by another name. */
  async usesEcrLogin(registry: string): Promise<boolean> {
    const config = await this.config;
    const perHost = config.credHelpers?.[registry];
    return perHost === "ecr-login" || (!perHost && config.credsStore === "ecr-login" && isEcrRegistry(registry));
  }

  async get(registry: string): Promise<Credential | undefined> {
    const config = await this.config;
    const perHost = config.credHelpers?.[registry];
    if (await this.usesEcrLogin(registry)) {
      this.ecr.force(registry);
      return this.ecr.get(registry);
    }
    let credential: Credential | undefined;
    if (perHost) {
      credential = await runCredentialHelper(perHost, registry);
    } else {
      for (const key of candidateKeys(registry)) {
        const entry = config.auths?.[key];
        credential = entry ? fromAuthEntry(entry, registry) : undefined;
        if (credential) break;
      }
      if (!credential && config.credsStore && config.credsStore !== "ecr-login") {
        credential = await runCredentialHelper(config.credsStore, registry);
      }
    }
    if (credential) this.onSecret("password" in credential ? credential.password : credential.identityToken);
    return credential;
  }
}
