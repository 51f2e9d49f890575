/**
 * The network benchmark's world: TLS registries behind latency proxies, a bearer token service
 * behind TLS and a latency proxy of its own (a separate host, as Docker Hub's and ECR Public's
 * are), one CA bundle every client trusts, credentials keyed by the proxies' addresses, and the
 * command line of each tool for each operation.
 *
 * The registry proxies listen on this machine's first non-loopback IPv4 address when it has one:
 * to our client a loopback registry is one that may speak plain HTTP, and it probes for TLS first
 * (a GET /v2/ no remote registry gets), so loopback addresses would charge it a round trip a real
 * registry never costs. Go's clients likewise treat loopback names specially.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { connect as tcpConnect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { createServer as createTlsServer, type Server as TlsServer } from "node:tls";
import { type CertificateAuthority, createCA, issueCertificate } from "../test/support/certs.ts";
import { execTool } from "../test/support/exec.ts";
import { startRegistry, type TestRegistry } from "../test/support/registry.ts";
import { repoRoot, toolPath } from "../test/support/tools.ts";
import { type LatencyProxy, startLatencyProxy } from "./latency-proxy.ts";

export type Peer = "crane" | "regctl" | "skopeo";
export type Tool = "image-actions" | Peer;
export const PEERS: Peer[] = ["crane", "regctl", "skopeo"];
export const TOOLS: Tool[] = ["image-actions", ...PEERS];

/** This machine's first non-internal IPv4 address, else loopback. */
export function benchAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === "IPv4" && !address.internal) return address.address;
  }
  return "127.0.0.1";
}

export interface NetOptions {
  delayMs: number;
  bandwidthBitsPerSecond?: number;
  windowBytes?: number;
}

export interface NetRegistry {
  registry: TestRegistry;
  /** The proxy's `address:port`: what every image reference names. */
  host: string;
  proxies: LatencyProxy[];
  /**
   * Bearer only: the token realm the registry's challenge names, with its service in the query: what
   * ours is handed with `--token-realm`, as the built-in table hands the realms of Docker Hub, GHCR,
   * ECR Public, Quay and Artifact Registry.
   */
  tokenRealm?: string;
  stop(): Promise<void>;
}

/** A TLS front for the (plain HTTP) token issuer. */
async function startTlsFront(upstreamPort: number, certificate: { cert: string; key: string }): Promise<TlsServer> {
  const server = createTlsServer({ cert: certificate.cert, key: certificate.key }, (socket) => {
    const upstream = tcpConnect({ host: "127.0.0.1", port: upstreamPort });
    socket.pipe(upstream).pipe(socket);
    socket.on("error", () => upstream.destroy());
    upstream.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  return server;
}

export async function startNetRegistry(
  bearer: boolean,
  address: string,
  tokenCertificate: { cert: string; key: string },
  net: NetOptions,
): Promise<NetRegistry> {
  const proxies: LatencyProxy[] = [];
  const servers: TlsServer[] = [];
  let advertised: string | undefined;
  const proxyOptions = {
    delayMs: net.delayMs,
    ...(net.bandwidthBitsPerSecond ? { bandwidthBitsPerSecond: net.bandwidthBitsPerSecond } : {}),
    ...(net.windowBytes ? { windowBytes: net.windowBytes } : {}),
  };
  const registry = await startRegistry({
    tls: true,
    certificateIps: [address],
    ...(bearer
      ? {
          auth: "bearer" as const,
          advertisedRealm: async (realm: string) => {
            const front = await startTlsFront(Number(new URL(realm).port), tokenCertificate);
            servers.push(front);
            const frontAddress = front.address();
            const frontPort = typeof frontAddress === "object" && frontAddress ? frontAddress.port : 0;
            const proxy = await startLatencyProxy({
              upstream: `127.0.0.1:${frontPort}`,
              listen: address,
              ...proxyOptions,
            });
            proxies.push(proxy);
            // Not loopback: regctl refuses a realm on a local name for a registry that is not local,
            // and go-containerregistry one on a loopback or private IP literal.
            advertised = `https://${proxy.host}/token`;
            return advertised;
          },
        }
      : {}),
  });
  const proxy = await startLatencyProxy({ upstream: registry.host, listen: address, ...proxyOptions });
  proxies.unshift(proxy);
  return {
    registry,
    host: proxy.host,
    proxies,
    ...(advertised && registry.tokenIssuer
      ? { tokenRealm: `${advertised}?service=${encodeURIComponent(registry.tokenIssuer.service)}` }
      : {}),
    stop: async () => {
      await Promise.all(proxies.map((item) => item.close()));
      await Promise.all(
        servers.map((server) => new Promise((resolvePromise) => server.close(() => resolvePromise(undefined)))),
      );
      await registry.stop();
    },
  };
}

/** The CA for the token service's TLS front and its certificate (for `address`). */
export async function tokenCertificate(
  dir: string,
  address: string,
): Promise<{ ca: CertificateAuthority; cert: string; key: string }> {
  const ca = await createCA(dir, "image-actions bench token CA");
  const files = await issueCertificate(ca, dir, "token-front", ["localhost"], [...new Set(["127.0.0.1", address])]);
  return { ca, cert: await readFile(files.certFile, "utf8"), key: await readFile(files.keyFile, "utf8") };
}

export interface SourceAndDestination {
  /** Anonymous, like a public or internal registry. */
  source: NetRegistry;
  /** Bearer tokens from a token service on a host of its own. */
  destination: NetRegistry;
  /** The environment every tool runs in: credentials for the destination, trust in every CA. */
  environment: ToolEnvironment;
  stop(): Promise<void>;
}

/** The two-registry world of the timelines and traces, at no delay yet. */
export async function startSourceAndDestination(work: string): Promise<SourceAndDestination> {
  const address = benchAddress();
  const token = await tokenCertificate(work, address);
  const source = await startNetRegistry(false, address, token, { delayMs: 0 });
  const destination = await startNetRegistry(true, address, token, { delayMs: 0 }).catch(async (error) => {
    await source.stop();
    throw error;
  });
  const stop = () => Promise.all([source.stop(), destination.stop()]).then(() => undefined);
  try {
    const environment = await toolEnvironment(
      [{ host: destination.host, registry: destination.registry }],
      [token.ca.pem, source.registry.ca?.pem ?? "", destination.registry.ca?.pem ?? ""],
    );
    return { source, destination, environment, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface ToolEnvironment {
  /** For every timed command: credentials, the CA bundle, HTTP/1.1 for Go clients. */
  env: NodeJS.ProcessEnv;
  /** The same with Go's HTTP/2 left on. */
  http2Env: NodeJS.ProcessEnv;
  dockerConfig: string;
  /** A directory holding the CA bundle as ca.crt, for skopeo's --cert-dir. */
  certDir: string;
  /** More arguments for ours (`--token-realm REGISTRY=URL` for each bearer registry). */
  ourArgs?: string[];
}

/**
 * Credentials for `hosts` (registry host → the credentials of the registry behind it) and trust in
 * every CA, for Node (NODE_EXTRA_CA_CERTS) and Go (SSL_CERT_FILE replaces the system roots: nothing
 * here needs them).
 */
export async function toolEnvironment(
  credentials: Array<{ host: string; registry: TestRegistry }>,
  caPems: string[],
  extra: NodeJS.ProcessEnv = {},
): Promise<ToolEnvironment> {
  const dir = await mkdtemp(join(tmpdir(), "ia-net-env-"));
  const auths: Record<string, { auth: string }> = {};
  for (const { host, registry } of credentials) {
    if (registry.credentials)
      auths[host] = {
        auth: Buffer.from(`${registry.credentials.username}:${registry.credentials.password}`).toString("base64"),
      };
  }
  await writeFile(join(dir, "config.json"), JSON.stringify({ auths }));
  const bundle = join(dir, "ca.crt");
  await writeFile(bundle, caPems.join("\n"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_CONFIG: dir,
    REGISTRY_AUTH_FILE: join(dir, "config.json"),
    NODE_EXTRA_CA_CERTS: bundle,
    SSL_CERT_FILE: bundle,
    // Offline: cosign must not try to reach the public Sigstore TUF mirror.
    TUF_ROOT: join(dir, "tuf"),
    ...extra,
  };
  return { env: { ...env, GODEBUG: "http2client=0" }, http2Env: env, dockerConfig: dir, certDir: dir };
}

/**
 * The bundles the benchmark runs: a copy of dist/ taken under the build lock (see snapshotDist), so
 * that a rebuild by someone else mid-run neither breaks nor changes what is measured.
 */
export const bundles = { dir: join(repoRoot, "dist") };
export const cliPath = (): string => join(bundles.dir, "cli", "index.js");

export async function snapshotDist(work: string): Promise<void> {
  const target = join(work, "dist");
  await mkdir(target, { recursive: true });
  const result = await execTool("flock", [
    "/tmp/ia-build.lock",
    "cp",
    "-r",
    join(repoRoot, "dist", "cli"),
    join(repoRoot, "dist", "promote"),
    target,
  ]);
  if (result.code !== 0) throw new Error(`copying dist/: ${result.stderr}`);
  bundles.dir = target;
}

/**
 * skopeo remembers where it pushed each blob (its blob-info cache) and mounts from there; a
 * "cold" copy into a second repository of the same registry would be a warm one. Each run gets an
 * empty cache, as a fresh CI runner has: a private tmpfs over the cache directory for root,
 * XDG_DATA_HOME elsewhere.
 */
function skopeo(args: string[]): [string, string[], NodeJS.ProcessEnv] {
  if (process.getuid?.() === 0) {
    return [
      "unshare",
      [
        "-m",
        "sh",
        "-c",
        'mkdir -p /var/lib/containers/cache && mount -t tmpfs tmpfs /var/lib/containers/cache && exec "$0" "$@"',
        toolPath("skopeo"),
        ...args,
      ],
      {},
    ];
  }
  return [
    toolPath("skopeo"),
    args,
    { XDG_DATA_HOME: join(tmpdir(), `ia-net-skopeo-${randomBytes(6).toString("hex")}`) },
  ];
}

/**
 * One copy by `tool`: `plainHttp` for the untimed counting runs through the (plain HTTP) counting
 * proxies. Only ours takes several destinations at once.
 */
export function copyCommand(
  tool: Tool,
  source: string,
  destinations: string[],
  environment: ToolEnvironment,
  plainHttp = false,
): [string, string[], NodeJS.ProcessEnv] {
  const destination = destinations[0] as string;
  if (tool !== "image-actions" && destinations.length !== 1) throw new Error(`${tool} copies to one destination`);
  const hostOf = (ref: string) => ref.slice(0, ref.indexOf("/"));
  switch (tool) {
    case "image-actions":
      // Referrers off: the peers, as run here, copy none either.
      return [
        process.execPath,
        [cliPath(), "copy", source, ...destinations, "--json", "--referrers", "none", ...(environment.ourArgs ?? [])],
        {},
      ];
    case "crane":
      return [toolPath("crane"), ["copy", source, destination], {}];
    case "regctl":
      return [
        toolPath("regctl"),
        [
          ...(plainHttp
            ? [...new Set([hostOf(source), hostOf(destination)])].flatMap((host) => [
                "--host",
                `reg=${host},tls=disabled`,
              ])
            : []),
          "image",
          "copy",
          source,
          destination,
        ],
        {},
      ];
    case "skopeo":
      return skopeo([
        "copy",
        "--all",
        "--preserve-digests",
        "-q",
        ...(plainHttp
          ? ["--src-tls-verify=false", "--dest-tls-verify=false"]
          : ["--src-cert-dir", environment.certDir, "--dest-cert-dir", environment.certDir]),
        "--dest-authfile",
        join(environment.dockerConfig, "config.json"),
        `docker://${source}`,
        `docker://${destination}`,
      ]);
  }
}

/**
 * What promote does, scripted with crane and cosign: resolve the candidate, verify its internal
 * signature, copy it by digest, sign the copy (index and platforms) with the release key, and only
 * then tag it.
 */
export const PROMOTE_SCRIPT = `set -euo pipefail
source_repo=$1 source_tag=$2 destination_repo=$3 tag=$4
digest=$("$CRANE" digest "$source_repo:$source_tag")
"$COSIGN" verify --key "$VERIFY_KEY" --insecure-ignore-tlog=true "$source_repo@$digest" >/dev/null
"$CRANE" copy "$source_repo@$digest" "$destination_repo@$digest"
"$COSIGN" sign --key "$SIGN_KEY" --tlog-upload=false --yes --recursive "$destination_repo@$digest"
"$CRANE" tag "$destination_repo@$digest" "$tag"
`;
