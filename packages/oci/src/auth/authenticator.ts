/**
 * Authorization for one registry: answers a 401 challenge with Basic credentials or with a bearer
 * token from the challenge's realm, asked for every repository scope the operation needs at once
 * (a cross-repository mount needs pull on the source and push on the target in one token). Tokens
 * are cached per scope set until shortly before they expire.
 *
 * The credential is looked up once, and looked up again once when the registry (or its token
 * server) refuses it: ECR's GetAuthorizationToken password lives 12 hours and a GITHUB_TOKEN or a
 * credential helper's OAuth token can expire in a long job. A refused credential is renewed at
 * most once, however many requests meet the refusal at the same moment, and only a different
 * credential is worth a retry: an unchanged one leaves the 401 standing.
 *
 * A registry whose realm is known in advance (known-realms.ts) starts with that realm as its
 * challenge, so its first request already carries a token; the registry's own challenge replaces
 * it the moment one arrives.
 */
import { AuthError } from "../errors.ts";
import { isLoopbackRegistry } from "../reference.ts";
import { discard, type HttpResponse, readBody, type Transport } from "../transport.ts";
import { type Challenge, parseChallenge } from "./challenge.ts";
import type { Credential, SecretSink } from "./credentials.ts";
import type { KnownRealm } from "./known-realms.ts";
import { type HostAddress, type HostLookup, systemLookup, vetRealmHost } from "./realm-address.ts";

export interface AuthenticatorOptions {
  /** Resolves the token realm's host (all addresses); the system resolver by default. */
  lookupHost?: HostLookup;
  /** This registry's realm, known before its first challenge (only ever the entry for this very registry). */
  knownRealm?: KnownRealm;
}

/** Looks the registry's credential up; `refresh`: the last one was refused, do not answer from a cache. */
export type CredentialLookup = (refresh: boolean) => Promise<Credential | undefined>;

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Tokens are dropped this long before they expire: a blob upload can take a while. */
const TOKEN_MARGIN_MS = 30_000;

/**
 * Repository scopes one token request asks for at the most. A token grants every scope it was
 * asked for, and its size grows with them: ACR, behind nginx, answers `400 Request Header Or Cookie
 * Too Large` to a bearer token covering many repositories (regclient/regclient#797, regsync asking
 * one token for every repository it touched; its fix is a token per repository). Our requests ask
 * for their own repository and, for a cross-repository mount, its source; scopes past this many
 * are dropped, the first (the request's own repository) always kept. A mount whose source scope
 * was dropped is refused by the registry and the blob is uploaded instead.
 */
export const MAX_SCOPES_PER_TOKEN = 8;

/** What identifies a credential: two lookups that give the same key gave the same credential. */
function credentialKey(credential: Credential): string {
  return "password" in credential ? basicHeader(credential) : `identity ${credential.identityToken}`;
}

function basicHeader(credential: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
}

export class RegistryAuthenticator {
  private challenge: Challenge | undefined;
  /** The challenge is the known realm's, not yet confirmed nor replaced by the registry's own. */
  private challengeFromTable: KnownRealm | undefined;
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  private credential: Promise<Credential | undefined> | undefined;
  /** The lookup made after each refused credential (by credentialKey): one per refusal, shared. */
  private readonly renewals = new Map<string, Promise<Credential | undefined>>();

  private readonly registry: string;
  private readonly transport: Transport;
  private readonly lookup: CredentialLookup;
  private readonly onSecret: SecretSink;
  private readonly lookupHost: HostLookup;

  constructor(
    registry: string,
    transport: Transport,
    lookup: CredentialLookup,
    onSecret: SecretSink,
    options: AuthenticatorOptions = {},
  ) {
    this.registry = registry;
    this.transport = transport;
    this.lookup = lookup;
    this.onSecret = onSecret;
    this.lookupHost = options.lookupHost ?? systemLookup;
    const known = options.knownRealm;
    if (known) {
      this.challenge = {
        scheme: "bearer",
        params: { realm: known.realm, ...(known.service !== undefined ? { service: known.service } : {}) },
      };
      this.challengeFromTable = known;
    }
  }

  /** Whether the token realm is the one known in advance, not yet answered by the registry itself. */
  realmKnownAhead(): boolean {
    return this.challengeFromTable !== undefined;
  }

  /** The Authorization header for `scopes`, or undefined before any challenge was seen. */
  async header(scopes: string[]): Promise<string | undefined> {
    const challenge = this.challenge;
    if (!challenge) return undefined;
    if (challenge.scheme === "basic") {
      const credential = await this.getCredential();
      if (!credential || !("password" in credential)) return undefined;
      return basicHeader(credential);
    }
    const fromTable = this.challengeFromTable;
    if (fromTable && !fromTable.challengesAnonymous && !(await this.getCredential().catch(() => undefined)))
      return undefined;
    const asked = scopes.slice(0, MAX_SCOPES_PER_TOKEN);
    const key = tokenKey(asked);
    const cached = this.tokens.get(key);
    if (cached) {
      const token = await cached.catch(() => undefined);
      if (token && token.expiresAt > Date.now()) return token.header;
    }
    // A realm known in advance is asked once, without retries: if it fails, the registry's own
    // challenge names the realm to ask (with retries) at the cost of one 401.
    const fetching = this.fetchToken(challenge, asked, fromTable === undefined);
    this.tokens.set(key, fetching);
    try {
      return (await fetching).header;
    } catch (error) {
      if (this.tokens.get(key) === fetching) this.tokens.delete(key);
      // A realm known in advance that does not answer as expected is not an error yet: the request
      // goes without a token and the registry's own challenge says where to ask.
      if (fromTable && this.challengeFromTable === fromTable) {
        this.challenge = undefined;
        this.challengeFromTable = undefined;
      }
      if (fromTable) return this.challenge ? this.header(scopes) : undefined;
      throw error;
    }
  }

  /**
   * Record a 401's challenge and say whether retrying can help. A request sent without credentials
   * is always worth one retry (parallel first requests all meet the challenge at once). One sent
   * with a bearer token is retried with a fresh token (fetched with a renewed credential if the
   * token server refuses the old one). One sent with Basic credentials (`sent`, the Authorization
   * header it carried) is retried only when the credential, looked up again, is a different one.
   */
  async onUnauthorized(
    wwwAuthenticate: string | undefined,
    scopes: string[],
    sent: string | undefined,
  ): Promise<boolean> {
    const challenge = parseChallenge(wwwAuthenticate);
    if (!challenge) return false;
    const sameScheme = this.challenge?.scheme === challenge.scheme;
    if (this.challengeFromTable) {
      // The registry speaks for itself now. If it names another realm than the one known in
      // advance, tokens from that one are dropped and the request is tried once more, as it asks.
      const sameRealm =
        challenge.scheme === "bearer" &&
        challenge.params.realm === this.challenge?.params.realm &&
        challenge.params.service === this.challenge?.params.service;
      this.challengeFromTable = undefined;
      if (!sameRealm) {
        this.tokens.clear();
        this.challenge = challenge;
        return true;
      }
    }
    this.challenge = challenge;
    if (sent === undefined || !sameScheme) return true;
    if (challenge.scheme === "bearer") {
      // A token for these scopes was refused: drop it so the next attempt fetches a fresh one.
      const key = tokenKey(scopes.slice(0, MAX_SCOPES_PER_TOKEN));
      const wasCached = this.tokens.has(key);
      this.tokens.delete(key);
      return wasCached;
    }
    return this.renewCredential(sent);
  }

  private getCredential(): Promise<Credential | undefined> {
    this.credential ??= this.lookup(false);
    return this.credential;
  }

  /**
   * The credential whose key is `refused` was refused: look it up again, once for all the requests
   * refused with it, and say whether there is now a different one to try. A credential some other
   * refusal already replaced is simply retried with its replacement.
   */
  private async renewCredential(refused: string): Promise<boolean> {
    if (!this.renewals.has(refused)) {
      const current = await this.getCredential().catch(() => undefined);
      // Asked again after the wait: another request refused with it may have started the renewal.
      if (!this.renewals.has(refused)) {
        if (current && credentialKey(current) !== refused) return true;
        const renewal = this.lookup(true);
        this.renewals.set(refused, renewal);
        this.credential = renewal;
      }
    }
    const fresh = await this.renewals.get(refused);
    return fresh !== undefined && credentialKey(fresh) !== refused;
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

  /** One request to the token server: the refresh-token grant for an identity token, else a GET. */
  private requestToken(
    realmUrl: URL,
    challenge: Challenge,
    scopes: string[],
    credential: Credential | undefined,
    resolveHost: (hostname: string) => Promise<HostAddress>,
    retry: boolean,
  ): Promise<HttpResponse> {
    const url = new URL(realmUrl);
    const service = challenge.params.service;
    if (credential && "identityToken" in credential) {
      // OAuth2 refresh-token grant, as Docker does for identity tokens.
      const form = new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: credential.identityToken,
        client_id: "image-actions",
      });
      if (service) form.set("service", service);
      if (scopes.length > 0) form.set("scope", scopes.join(" "));
      return this.transport.send({
        method: "POST",
        url: url.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.from(form.toString()),
        resolveHost,
        ...(retry ? {} : { retry: false }),
      });
    }
    if (service) url.searchParams.set("service", service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const headers: Record<string, string> = credential ? { authorization: basicHeader(credential) } : {};
    return this.transport.send({
      method: "GET",
      url: url.toString(),
      headers,
      resolveHost,
      ...(retry ? {} : { retry: false }),
    });
  }

  private async fetchToken(challenge: Challenge, scopes: string[], retry: boolean): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm) throw new AuthError(`${this.registry}: bearer challenge without a realm`);
    const url = this.validateRealm(realm);
    const resolveHost = await this.realmResolver(realm, url);
    const where = `${url.origin}${url.pathname}`;
    const refused = (why: string) =>
      new AuthError(`${this.registry}: token request to ${where} failed: the credentials were refused${why}`);
    let credential = await this.getCredential();
    let response = await this.requestToken(url, challenge, scopes, credential, resolveHost, retry);
    if (response.status === 401 && credential) {
      // The token server refused the credential (expired since it was looked up): look it up
      // again once, and ask again only with a different one.
      discard(response);
      if (!(await this.renewCredential(credentialKey(credential)))) throw refused(" (looked up again: unchanged)");
      credential = await this.getCredential();
      response = await this.requestToken(url, challenge, scopes, credential, resolveHost, retry);
      if (response.status === 401) {
        discard(response);
        throw refused(", also when looked up again");
      }
    }
    const body = await readBody(response, 1024 * 1024);
    if (response.status !== 200) {
      throw response.status === 401
        ? refused("")
        : new AuthError(`${this.registry}: token request to ${where} failed: HTTP ${response.status}`);
    }
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

/** Tokens are cached per set of scopes, in any order. */
function tokenKey(scopes: string[]): string {
  return [...scopes].sort().join(" ");
}
