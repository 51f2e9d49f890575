/**
 * Authorization for one registry: answers a 401 challenge with Basic credentials or with a bearer
 * token from the challenge's realm, asked for every repository scope the operation needs at once
 * (a cross-repository mount needs pull on the source and push on the target in one token). Tokens
 * are cached per scope set until shortly before they expire.
 */
import { AuthError } from "../errors.ts";
import { isLoopbackRegistry } from "../reference.ts";
import { readBody, type Transport } from "../transport.ts";
import { type Challenge, parseChallenge } from "./challenge.ts";
import type { Credential, SecretSink } from "./credentials.ts";
import { type HostAddress, type HostLookup, systemLookup, vetRealmHost } from "./realm-address.ts";

export interface AuthenticatorOptions {
  /** Resolves the token realm's host (all addresses); the system resolver by default. */
  lookupHost?: HostLookup;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Tokens are dropped this long before they expire: a blob upload can take a while. */
const TOKEN_MARGIN_MS = 30_000;

export class RegistryAuthenticator {
  private challenge: Challenge | undefined;
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  private credential: Promise<Credential | undefined> | undefined;

  private readonly registry: string;
  private readonly transport: Transport;
  private readonly lookup: () => Promise<Credential | undefined>;
  private readonly onSecret: SecretSink;
  private readonly lookupHost: HostLookup;

  constructor(
    registry: string,
    transport: Transport,
    lookup: () => Promise<Credential | undefined>,
    onSecret: SecretSink,
    options: AuthenticatorOptions = {},
  ) {
    this.registry = registry;
    this.transport = transport;
    this.lookup = lookup;
    this.onSecret = onSecret;
    this.lookupHost = options.lookupHost ?? systemLookup;
  }

  /** The Authorization header for `scopes`, or undefined before any challenge was seen. */
  async header(scopes: string[]): Promise<string | undefined> {
    const challenge = this.challenge;
    if (!challenge) return undefined;
    if (challenge.scheme === "basic") {
      const credential = await this.getCredential();
      if (!credential || !("password" in credential)) return undefined;
      return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
    }
    const key = [...scopes].sort().join(" ");
    const cached = this.tokens.get(key);
    if (cached) {
      const token = await cached.catch(() => undefined);
      if (token && token.expiresAt > Date.now()) return token.header;
    }
    const fetching = this.fetchToken(challenge, scopes);
    this.tokens.set(key, fetching);
    try {
      return (await fetching).header;
    } catch (error) {
      this.tokens.delete(key);
      throw error;
    }
  }

  /**
   * Record a 401's challenge and say whether retrying can help. A request sent without credentials
   * is always worth one retry (parallel first requests all meet the challenge at once). One sent
   * with them is retried only when a bearer token may have expired; refused Basic credentials are
   * final.
   */
  async onUnauthorized(
    wwwAuthenticate: string | undefined,
    scopes: string[],
    sentCredentials: boolean,
  ): Promise<boolean> {
    const challenge = parseChallenge(wwwAuthenticate);
    if (!challenge) return false;
    const sameScheme = this.challenge?.scheme === challenge.scheme;
    this.challenge = challenge;
    if (!sentCredentials || !sameScheme) return true;
    if (challenge.scheme === "bearer") {
      // A token for these scopes was refused: drop it so the next attempt fetches a fresh one.
      const key = [...scopes].sort().join(" ");
      const wasCached = this.tokens.has(key);
      this.tokens.delete(key);
      return wasCached;
    }
    return false;
  }

  private getCredential(): Promise<Credential | undefined> {
    this.credential ??= this.lookup();
    return this.credential;
  }

  private validateRealm(realm: string): URL {
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new AuthError(`${this.registry}: the token realm '${realm}' is not a URL`);
    }
    // Plain HTTP only for loopback registries; a registry on the network must not send our
    // credentials to an http:// realm. Where it may point us is realm-address.ts's to say.
    if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackRegistry(this.registry))) {
      throw new AuthError(`${this.registry}: refusing token realm '${realm}' (not https)`);
    }
    return url;
  }

  /**
   * Resolves and judges the realm's host before anything is sent, and gives the transport a
   * resolver that answers with that judged address (and judges any host a redirect leads to the
   * same way), so the token request connects where the check looked.
   */
  private async realmResolver(realm: string, url: URL): Promise<(hostname: string) => Promise<HostAddress>> {
    const vet = (hostname: string) =>
      vetRealmHost({ registry: this.registry, realm, hostname, lookup: this.lookupHost });
    const realmHost = url.hostname.replace(/^\[|\]$/g, "");
    const vetted = await vet(realmHost);
    return async (hostname) => (hostname.replace(/^\[|\]$/g, "") === realmHost ? vetted : vet(hostname));
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm) throw new AuthError(`${this.registry}: bearer challenge without a realm`);
    const url = this.validateRealm(realm);
    const resolveHost = await this.realmResolver(realm, url);
    const credential = await this.getCredential();
    const service = challenge.params.service;
    let response: Awaited<ReturnType<Transport["send"]>>;
    if (credential && "identityToken" in credential) {
      // OAuth2 refresh-token grant, as Docker does for identity tokens.
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credential.identityToken,
        client_id: "image-actions",
      });
      if (service) form.set("service", service);
      if (scopes.length > 0) form.set("scope", scopes.join(" "));
      response = await this.transport.send({
        method: "POST",
        url: url.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.from(form.toString()),
        resolveHost,
      });
    } else {
      if (service) url.searchParams.set("service", service);
      for (const scope of scopes) url.searchParams.append("scope", scope);
      const headers: Record<string, string> = {};
      if (credential)
        headers.authorization = `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
      response = await this.transport.send({ method: "GET", url: url.toString(), headers, resolveHost });
    }
    const body = await readBody(response, 1024 * 1024);
    if (response.status !== 200) {
      const why = response.status === 401 ? "the credentials were refused" : `HTTP ${response.status}`;
      throw new AuthError(`${this.registry}: token request to ${url.origin}${url.pathname} failed: ${why}`);
    }
    const where = `${url.origin}${url.pathname}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      // Not quoted: the parser's message would carry the server's text into ours.
      throw new AuthError(`${this.registry}: the token server ${where} answered with something that is not JSON`);
    }
    const answer = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<string, unknown>;
    const token = [answer.token, answer.access_token].find((value) => typeof value === "string" && value !== "");
    if (typeof token !== "string") throw new AuthError(`${this.registry}: the token server ${where} gave no token`);
    // A token goes into a header: anything but visible ASCII would break it, or smuggle another.
    if (!/^[\x21-\x7e]+$/.test(token))
      throw new AuthError(`${this.registry}: the token server ${where} gave a token that is not visible ASCII`);
    this.onSecret(token);
    // RFC 6749: expires_in defaults to 60 seconds when the server does not say (or says nonsense).
    const expiresIn = answer.expires_in;
    const seconds = typeof expiresIn === "number" && Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 60;
    const lifetimeMs = seconds * 1000;
    return {
      header: `Bearer ${token}`,
      expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2),
    };
  }
}
