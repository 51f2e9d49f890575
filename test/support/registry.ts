/**
 * Real registries on random loopback ports with temporary storage:
 * - `distribution`: the CNCF reference registry (no referrers API: the fallback tag schema), with
 *   anonymous, htpasswd basic or bearer-token auth, over HTTP or TLS;
 * - `referrers`: go-containerregistry's registry with the OCI 1.1 referrers API on
 *   (referrers-registry/main.go). zot is the registry TESTING.md names for this, but its Go module
 *   cannot be fetched here; this one stands in for it and is anonymous-only.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import bcrypt from "bcryptjs";
import { stringify } from "yaml";
import { type CertificateAuthority, createCA, issueCertificate } from "./certs.ts";
import { freePort, waitFor } from "./ports.ts";
import { startTokenIssuer, type TokenIssuer } from "./token-issuer.ts";
import { toolPath } from "./tools.ts";

export type RegistryAuth = "none" | "basic" | "bearer";

export interface RegistryOptions {
  kind?: "distribution" | "referrers";
  auth?: RegistryAuth;
  tls?: boolean;
  /** Bearer only: whether anonymous callers may pull. */
  anonymousPull?: boolean;
  /** Fixed credentials (e.g. the AWS:<token> pair moto's ECR issues); random canaries otherwise. */
  credentials?: Credentials;
  /**
   * Bearer only: the token realm the registry advertises, given the issuer's own. The network
   * benchmark puts a TLS, latency-injecting front on the issuer this way; the harness keeps using
   * the issuer directly.
   */
  advertisedRealm?: (realm: string) => Promise<string>;
  /** TLS only: more IP addresses the certificate is valid for, besides 127.0.0.1. */
  certificateIps?: string[];
}

export interface Credentials {
  username: string;
  password: string;
}

export interface TestRegistry {
  /** `host:port`, as it appears in image references. */
  host: string;
  /** `http://host:port` or `https://host:port`. */
  url: string;
  kind: "distribution" | "referrers";
  auth: RegistryAuth;
  tls: boolean;
  credentials?: Credentials;
  /** The CA that signed this registry's certificate (TLS only). */
  ca?: CertificateAuthority;
  tokenIssuer?: TokenIssuer;
  /** A docker config.json `auths` entry for this registry, for tools that read DOCKER_CONFIG. */
  dockerAuth(): Record<string, { auth: string }>;
  /**
   * Basic and bearer only: from now on only `password` is accepted, as when a credential expires
   * and a new one is issued (distribution reads its htpasswd file again when it changes).
   */
  changePassword(password: string): Promise<void>;
  /** CPU seconds (user + system) the registry process has used so far; the benchmark's CPU budget. */
  cpuSeconds(): Promise<number>;
  stop(): Promise<void>;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const kind = options.kind ?? "distribution";
  const auth = options.auth ?? "none";
  const tls = options.tls ?? false;
  if (kind === "referrers" && (auth !== "none" || tls)) {
    throw new Error("the referrers registry fixture is anonymous HTTP only");
  }
  const dir = await mkdtemp(join(tmpdir(), "ia-registry-"));
  // A canary-looking password: tests assert secrets never show up in any output.
  const credentials =
    auth === "none"
      ? undefined
      : (options.credentials ?? { username: "ia-user", password: `canary-${randomBytes(9).toString("hex")}` });
  let tokenIssuer: TokenIssuer | undefined;
  let ca: CertificateAuthority | undefined;
  let child: ChildProcess | undefined;

  const cleanup = async (): Promise<void> => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolvePromise) => child?.once("exit", resolvePromise));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolvePromise) => setTimeout(resolvePromise, 3000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await tokenIssuer?.close();
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    let stderr = "";
    if (kind === "referrers") {
      child = spawn(toolPath("referrers-registry"), ["--address", host, "--disk", join(dir, "blobs")], {
        stdio: ["ignore", "ignore", "pipe"],
      });
    } else {
      const config: Record<string, unknown> = {
        version: 0.1,
        log: { level: "warn", accesslog: { disabled: true } },
        storage: {
          filesystem: { rootdirectory: join(dir, "data") },
          delete: { enabled: true },
          maintenance: { uploadpurging: { enabled: false } },
        },
        http: { addr: host, secret: randomBytes(16).toString("hex") },
      };
      if (tls) {
        ca = await createCA(dir);
        const server = await issueCertificate(
          ca,
          dir,
          "registry",
          ["localhost"],
          ["127.0.0.1", ...(options.certificateIps ?? [])],
        );
        (config.http as Record<string, unknown>).tls = { certificate: server.certFile, key: server.keyFile };
      }
      if (auth === "basic" && credentials) {
        const htpasswd = join(dir, "htpasswd");
        await writeFile(htpasswd, `${credentials.username}:${bcrypt.hashSync(credentials.password, 5)}\n`);
        config.auth = { htpasswd: { realm: "image-actions-test", path: htpasswd } };
      }
      if (auth === "bearer" && credentials) {
        const signingCA = await createCA(dir, "token signing CA");
        const signing = await issueCertificate(signingCA, dir, "token-signer");
        tokenIssuer = await startTokenIssuer({
          signing,
          service: `registry-${port}`,
          ...credentials,
          anonymousPull: options.anonymousPull ?? true,
        });
        config.auth = {
          token: {
            realm: options.advertisedRealm ? await options.advertisedRealm(tokenIssuer.realm) : tokenIssuer.realm,
            service: tokenIssuer.service,
            issuer: tokenIssuer.issuer,
            rootcertbundle: signingCA.certFile,
          },
        };
      }
      const configFile = join(dir, "config.yml");
      await writeFile(configFile, stringify(config));
      child = spawn(toolPath("registry"), ["serve", configFile], { stdio: ["ignore", "ignore", "pipe"] });
    }
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const url = `${tls ? "https" : "http"}://${host}`;
    await waitFor(`registry ${kind} on ${host}`, async () => {
      if (child?.exitCode !== null) throw new Error(`registry exited: ${stderr}`);
      return await probeV2(host, tls ? ca : undefined);
    });
    return {
      host,
      url,
      kind,
      auth,
      tls,
      ...(credentials ? { credentials } : {}),
      ...(ca ? { ca } : {}),
      ...(tokenIssuer ? { tokenIssuer } : {}),
      dockerAuth: () =>
        credentials
          ? { [host]: { auth: Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64") } }
          : {},
      cpuSeconds: () => processCpuSeconds(child?.pid),
      async changePassword(password) {
        if (!credentials) throw new Error("changePassword: this registry has no credentials");
        if (tokenIssuer) tokenIssuer.setPassword(password);
        else {
          // Written aside and renamed into place: distribution must never read a half-written file
          // (it would keep it until the file's modification time changes again).
          await writeFile(join(dir, "htpasswd.next"), `${credentials.username}:${bcrypt.hashSync(password, 5)}\n`);
          await rename(join(dir, "htpasswd.next"), join(dir, "htpasswd"));
        }
        // The fixture helpers (pushImage, registryRequest) log in with the new one from now on.
        credentials.password = password;
      },
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** True once `/v2/` answers at all (200, or 401 when auth is on). */
async function probeV2(host: string, ca?: CertificateAuthority): Promise<boolean> {
  const { request } = await import(ca ? "node:https" : "node:http");
  return new Promise((resolvePromise) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: Number(host.split(":")[1]),
        path: "/v2/",
        method: "GET",
        ...(ca ? { ca: ca.pem } : {}),
      },
      (res: import("node:http").IncomingMessage) => {
        res.resume();
        resolvePromise(res.statusCode === 200 || res.statusCode === 401);
      },
    );
    req.on("error", () => resolvePromise(false));
    req.end();
  });
}

async function processCpuSeconds(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  // /proc/<pid>/stat: fields 14 and 15 (after the parenthesised command name) are utime and stime in
  // clock ticks, which are 100 per second on Linux.
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
