/**
 * A small Docker token server (the `WWW-Authenticate: Bearer realm=…` flow of Docker Hub, ECR Public
 * and GHCR). It checks Basic credentials, grants the requested repository scopes, and signs ES256
 * JWTs whose x5c header carries a certificate the registry trusts through its rootcertbundle.
 */
import { createPrivateKey, randomUUID, sign } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { CertificateFiles } from "./certs.ts";

export interface TokenIssuer {
  realm: string;
  service: string;
  issuer: string;
  /** Every token request seen, for tests that check which scopes were asked for. */
  requests: Array<{ scopes: string[]; user?: string }>;
  /** Every token handed out: secrets that tests check never show up in any output. */
  issued: string[];
  /** From now on only this password is accepted (a credential that expired and was renewed). */
  setPassword(password: string): void;
  close(): Promise<void>;
}

export interface TokenIssuerOptions {
  signing: CertificateFiles;
  service: string;
  username: string;
  password: string;
  /** Anonymous callers get pull access (like public repositories); false grants them nothing. */
  anonymousPull?: boolean;
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString("base64url");

function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, ""), "base64");
}

export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const key = createPrivateKey(await readFile(options.signing.keyFile, "utf8"));
  const certificate = pemToDer(await readFile(options.signing.certFile, "utf8"));
  const issuer = "image-actions-test-issuer";
  const requests: TokenIssuer["requests"] = [];
  const issued: string[] = [];
  let password = options.password;

  function authenticate(request: IncomingMessage): string | undefined | null {
    const header = request.headers.authorization;
    if (!header) return undefined;
    const [scheme, encoded] = header.split(" ");
    if (scheme !== "Basic" || !encoded) return null;
    const decoded = Buffer.from(encoded, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const user = decoded.slice(0, colon);
    return user === options.username && decoded.slice(colon + 1) === password ? user : null;
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? "/", "http://token.invalid");
    const user = authenticate(request);
    if (user === null) {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "bad credentials" }] }));
      return;
    }
    const scopes = url.searchParams.getAll("scope").flatMap((scope) => scope.split(" "));
    requests.push({ scopes, ...(user ? { user } : {}) });
    const access = scopes.flatMap((scope) => {
      const [type, name, actions] = scope.split(":");
      if (type !== "repository" || !name || !actions) return [];
      const wanted = actions.split(",");
      const granted = user
        ? wanted
        : options.anonymousPull === false
          ? []
          : wanted.filter((action) => action === "pull");
      return granted.length > 0 ? [{ type, name, actions: granted }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "ES256", typ: "JWT", x5c: [certificate.toString("base64")] };
    const claims = {
      iss: issuer,
      sub: user ?? "",
      aud: url.searchParams.get("service") ?? options.service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign("sha256", Buffer.from(signingInput), { key, dsaEncoding: "ieee-p1363" });
    const token = `${signingInput}.${base64url(signature)}`;
    issued.push(token);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
  }

  const server: Server = createServer(handle);
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    // A hostname, not an IP literal: go-containerregistry (so crane and cosign) refuses realms that
    // are private or loopback IP literals, a guard against token-server SSRF.
    realm: `http://localhost:${port}/token`,
    service: options.service,
    issuer,
    requests,
    issued,
    setPassword(next) {
      password = next;
    },
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
