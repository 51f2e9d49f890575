/**
 * Stand-ins for the Sigstore services keyless signing talks to, which cannot run here: Fulcio and
 * Rekor from @sigstore/mock (a real ephemeral CA with a CT log issuing certificates with embedded
 * SCTs, and a log returning entries with signed entry timestamps) served over loopback HTTP, the
 * trusted_root.json that trusts exactly them, and GitHub's OIDC token endpoint for workflows
 * (`ACTIONS_ID_TOKEN_REQUEST_URL`), which checks its requests against GitHub's contract: a GET with
 * `Authorization: Bearer <request token>` and the `audience` query parameter.
 */
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, rekorHandler } from "@sigstore/mock";

export interface SigstoreMock {
  fulcioURL: string;
  rekorURL: string;
  /** A trusted_root.json trusting this mock's CA, CT log and Rekor log. */
  trustedRootFile: string;
  /**
   * The same trust as PEM files in the environment variables cosign v2 reads for a private Sigstore
   * deployment (`cosign env`): v2.6 takes `--trusted-root` only with `--new-bundle-format`, so its
   * legacy-format keyless verification needs these instead.
   */
  cosignV2LegacyTrustEnv: Record<string, string>;
  /** The environment a workflow step with `id-token: write` gets. */
  oidcEnv: Record<string, string>;
  /** Audiences the OIDC endpoint was asked for. */
  audiences: string[];
  /** Requests Fulcio and Rekor answered, by path. */
  requests: string[];
  identity: { subject: string; issuer: string };
  close(): Promise<void>;
}

const GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

function unsignedJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "RS256", typ: "JWT" })}.${encode(claims)}.${randomBytes(32).toString("base64url")}`;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function startSigstoreMock(dir: string, subject: string): Promise<SigstoreMock> {
  const key = () => generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const ctlogKeys = key();
  const ctlog = await initializeCTLog(ctlogKeys);
  const ca = await initializeCA(key(), ctlog);
  const tlogKeys = key();
  const requests: string[] = [];
  const services = createServer(async (request, response) => {
    const body = await bodyOf(request);
    requests.push(`${request.method} ${request.url}`);
    const handler = [fulcio, rekor].find((candidate) => request.method === "POST" && candidate.path === request.url);
    if (!handler) {
      response.writeHead(404).end();
      return;
    }
    const result = await handler.fn(body);
    response.writeHead(result.statusCode, { "content-type": result.contentType ?? "application/json" });
    response.end(result.response);
  });
  const servicesURL = await listen(services);
  const tlog = await initializeTLog(servicesURL, tlogKeys);
  const fulcio = fulcioHandler(ca);
  const rekor = rekorHandler(tlog);

  const requestToken = `oidc-request-${randomBytes(12).toString("hex")}`;
  const audiences: string[] = [];
  const oidc = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method !== "GET" || url.pathname !== "/idtoken" || url.searchParams.get("api-version") === null) {
      response.writeHead(404).end();
      return;
    }
    if (request.headers.authorization !== `Bearer ${requestToken}`) {
      response.writeHead(401).end();
      return;
    }
    const audience = url.searchParams.get("audience") ?? "";
    audiences.push(audience);
    const now = Math.floor(Date.now() / 1000);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        value: unsignedJwt({ iss: GITHUB_ISSUER, sub: subject, aud: audience, iat: now, exp: now + 300 }),
      }),
    );
  });
  const oidcURL = await listen(oidc);

  const spki = (raw: Buffer | ArrayBufferView) => Buffer.from(raw as Uint8Array).toString("base64");
  const validFor = { start: "2020-01-01T00:00:00Z" };
  const trustedRoot = {
    mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
    tlogs: [
      {
        baseUrl: servicesURL,
        hashAlgorithm: "SHA2_256",
        publicKey: { rawBytes: spki(tlog.publicKey), keyDetails: "PKIX_ECDSA_P256_SHA_256", validFor },
        logId: { keyId: createHash("sha256").update(tlog.publicKey).digest("base64") },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: "sigstore.mock", commonName: "sigstore" },
        uri: servicesURL,
        certChain: { certificates: [{ rawBytes: spki(ca.rootCertificate) }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        baseUrl: servicesURL,
        hashAlgorithm: "SHA2_256",
        publicKey: { rawBytes: spki(ctlog.publicKey), keyDetails: "PKIX_ECDSA_P256_SHA_256", validFor },
        logId: { keyId: spki(ctlog.logID) },
      },
    ],
    timestampAuthorities: [],
  };
  const trustedRootFile = join(dir, "mock-trusted-root.json");
  await writeFile(trustedRootFile, JSON.stringify(trustedRoot, null, 2));
  const pem = async (name: string, label: string, der: Buffer | ArrayBufferView) => {
    const lines = spki(der).match(/.{1,64}/g) ?? [];
    const file = join(dir, name);
    await writeFile(file, `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`);
    return file;
  };
  const cosignV2LegacyTrustEnv = {
    SIGSTORE_ROOT_FILE: await pem("mock-fulcio-root.pem", "CERTIFICATE", ca.rootCertificate),
    SIGSTORE_REKOR_PUBLIC_KEY: await pem("mock-rekor.pub", "PUBLIC KEY", tlog.publicKey),
    SIGSTORE_CT_LOG_PUBLIC_KEY_FILE: await pem("mock-ctlog.pub", "PUBLIC KEY", ctlog.publicKey),
  };
  return {
    fulcioURL: servicesURL,
    rekorURL: servicesURL,
    trustedRootFile,
    cosignV2LegacyTrustEnv,
    oidcEnv: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${oidcURL}/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    audiences,
    requests,
    identity: { subject, issuer: GITHUB_ISSUER },
    close: async () => {
      await Promise.all(
        [services, oidc].map((server) => new Promise((resolvePromise) => server.close(resolvePromise))),
      );
    },
  };
}
