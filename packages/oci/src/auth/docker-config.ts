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
import { jsonSyntaxProblem, quoteValue } from "../untrusted-text.ts";
import type { Credential, CredentialProvider, LookupOptions, SecretSink } from "./credentials.ts";
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
  return parseDockerConfig(text, path);
}

const AUTH_ENTRY_FIELDS = ["auth", "username", "password", "identitytoken", "registrytoken"] as const;
/** A credential helper is a program `docker-credential-<name>` on the PATH, never a path. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The text of a docker config, checked for the shape the credential lookup relies on; anything
 * else is one AuthError line naming the file. JSON errors are reported without the excerpt the
 * parser quotes: the file holds passwords.
 */
export function parseDockerConfig(text: string, path: string): DockerConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AuthError(`docker config ${path} is not valid JSON: ${jsonSyntaxProblem(error)}`);
  }
  const problem = (what: string) => new AuthError(`docker config ${path}: ${what}`);
  if (!isObject(parsed)) throw problem("the file is not a JSON object");
  const { auths, credsStore, credHelpers } = parsed;
  if (auths !== undefined && auths !== null) {
    if (!isObject(auths)) throw problem(`"auths" is not an object`);
    for (const [key, entry] of Object.entries(auths)) {
      if (!isObject(entry)) throw problem(`the "auths" entry ${quoteValue(key)} is not an object`);
      for (const field of AUTH_ENTRY_FIELDS)
        if (entry[field] !== undefined && typeof entry[field] !== "string")
          throw problem(`"${field}" of the "auths" entry ${quoteValue(key)} is not a string`);
    }
  }
  if (
    credsStore !== undefined &&
    credsStore !== "" &&
    (typeof credsStore !== "string" || !HELPER_NAME.test(credsStore))
  )
    throw problem(`"credsStore" is not a credential helper name`);
  if (credHelpers !== undefined && credHelpers !== null) {
    if (!isObject(credHelpers)) throw problem(`"credHelpers" is not an object`);
    for (const [registry, helper] of Object.entries(credHelpers))
      if (typeof helper !== "string" || !HELPER_NAME.test(helper))
        throw problem(`"credHelpers" names a bad helper for ${quoteValue(registry)}`);
  }
  return parsed as DockerConfig;
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
        const parsed = JSON.parse(stdout) as { Username?: unknown; Secret?: unknown } | null;
        if (typeof parsed !== "object" || parsed === null) throw new TypeError("not an object");
        if (!parsed.Secret || typeof parsed.Secret !== "string") return resolvePromise(undefined);
        if (parsed.Username !== undefined && typeof parsed.Username !== "string") throw new TypeError("bad Username");
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
  private readonly configPath: string;
  private loaded: Promise<DockerConfig> | undefined;
  private readonly ecr: EcrCredentials;
  private readonly onSecret: SecretSink;

  constructor(configPath: string, ecr: EcrCredentials, onSecret: SecretSink) {
    this.configPath = configPath;
    this.ecr = ecr;
    this.onSecret = onSecret;
  }

  /**
   * The config, read once, on first use: a promise started in the constructor and awaited only
   * when a registry asked for credentials would reject unhandled (and crash the process) in every
   * run that never needed them.
   */
  private config(): Promise<DockerConfig> {
    this.loaded ??= loadDockerConfig(this.configPath);
    return this.loaded;
  }

  /**
   * Throws the config's AuthError if it cannot be read or parsed. Registry clients call this
   * before their first request, so a broken config fails an anonymous pull too, with one line,
   * rather than being ignored until some registry asks for credentials.
   */
  async check(): Promise<void> {
    await this.config();
  }

  /** Whether the config sends `registry` to the `ecr-login` helper: an ECR registry by another name. */
  async usesEcrLogin(registry: string): Promise<boolean> {
    const config = await this.config();
    const perHost = config.credHelpers?.[registry];
    return perHost === "ecr-login" || (!perHost && config.credsStore === "ecr-login" && isEcrRegistry(registry));
  }

  async get(registry: string, options: LookupOptions = {}): Promise<Credential | undefined> {
    // After a refusal the file is read again: a later login may have replaced what it held.
    if (options.refresh) this.loaded = undefined;
    const config = await this.config();
    const perHost = config.credHelpers?.[registry];
    if (await this.usesEcrLogin(registry)) {
      this.ecr.force(registry);
      return this.ecr.get(registry, options);
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
