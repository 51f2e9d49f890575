/**
 * One registry's authorized requests: its base URL, the token scopes a request asks for, the
 * answers to auth challenges (through the authenticator, auth/), ECR's request pacing and Docker
 * Hub's pull allowance. The registry operations send everything through here (RegistryContext).
 */
import { RegistryAuthenticator } from "./auth/authenticator.ts";
import type { Credential, LookupOptions, SecretSink } from "./auth/credentials.ts";
import type { RealmTable } from "./auth/known-realms.ts";
import type { EcrTarget } from "./ecr-repositories.ts";
import { type PullRate, pullRateOf, spentAllowance } from "./pull-rate.ts";
import { type EcrPacers, ecrPacers } from "./rate-pacer.ts";
import { apiHost, isLoopbackRegistry } from "./reference.ts";
import { type RegistryContext, type RegistryRequest, registryError, registryUrl } from "./registry-context.ts";
import { discard, type HttpResponse, headerValue, refuseDowngrade, type Transport } from "./transport.ts";

export interface ClientOptions {
  transport: Transport;
  /** The registry's credential; `refresh` after the last one was refused (see RegistryAuthenticator). */
  credentials: (registry: string, options?: LookupOptions) => Promise<Credential | undefined>;
  onSecret: SecretSink;
  /** Force plain HTTP (only honoured for loopback registries). */
  insecureHttp?: boolean;
  /** Which ECR this registry is, if any: its requests are then paced to ECR's published rates. */
  ecrTarget?: () => Promise<EcrTarget | undefined>;
  /**
   * Awaited before every request; throws when a credential source is broken (a docker config that
   * does not parse), so that every registry fails with its one-line error, anonymous ones too.
   */
  credentialsReady?: () => Promise<void>;
  /** Token realms known in advance (auth/known-realms.ts); the entry for this registry's own name only. */
  knownRealms?: RealmTable;
}

export class RegistrySession implements RegistryContext {
  readonly registry: string;
  private readonly transport: Transport;
  private readonly auth: RegistryAuthenticator;
  private base: Promise<string> | undefined;
  /** Repositories this run is about to write to (willPush). */
  private readonly pushingTo = new Set<string>();
  private readonly insecureHttp: boolean;
  private readonly ecrTarget: (() => Promise<EcrTarget | undefined>) | undefined;
  private readonly credentialsReady: (() => Promise<void>) | undefined;
  private pacers: Promise<EcrPacers> | undefined;
  private lowestPullRate: PullRate | undefined;
  /** Whether the first request's connection was opened while its token was being fetched. */
  private connectedBesideToken = false;

  constructor(registry: string, options: ClientOptions) {
    this.registry = registry;
    this.transport = options.transport;
    this.insecureHttp = options.insecureHttp ?? false;
    this.ecrTarget = options.ecrTarget;
    this.credentialsReady = options.credentialsReady;
    this.auth = new RegistryAuthenticator(
      registry,
      options.transport,
      (refresh) => options.credentials(registry, refresh ? { refresh } : {}),
      options.onSecret,
      (() => {
        const knownRealm = options.knownRealms?.(registry);
        return knownRealm ? { knownRealm } : {};
      })(),
    );
  }

  /**
   * The registry's base URL. HTTPS always; a loopback registry that does not speak TLS is reached
   * over plain HTTP, as Docker allows for localhost and nothing else.
   */
  baseUrl(): Promise<string> {
    this.base ??= this.resolveBase();
    return this.base;
  }

  private async resolveBase(): Promise<string> {
    const host = apiHost(this.registry);
    if (!isLoopbackRegistry(this.registry)) return `https://${host}`;
    if (this.insecureHttp) return `http://${host}`;
    try {
      const response = await this.transport.send({ method: "GET", url: `https://${host}/v2/`, retry: false });
      discard(response);
      return `https://${host}`;
    } catch {
      return `http://${host}`;
    }
  }

  /**
   * Say that this run will write to `repository`: its reads then ask the token service for push as
   * well, so the token the first lookup fetches also serves the uploads that follow, instead of a
   * second token request (a round trip to another host) on the way to the first write. Token
   * services grant the part of a scope the caller holds, so a read still works for a caller who may
   * only pull; one that refuses the wider scope outright is asked again for pull alone.
   */
  willPush(repository: string): void {
    this.pushingTo.add(repository);
  }

  /**
   * Open connections ahead of a burst of requests (see Transport.preconnect). Not for a registry
   * whose base is still to be found: that probe is a request of its own.
   */
  preconnect(counts: { requests?: number; largeGets?: number }): void {
    void this.baseUrl().then(
      (base) => this.transport.preconnect(base, counts),
      () => {},
    );
  }

  /**
   * Send a request, answering auth challenges; returns any response (callers check the status).
   * Credentials go only to the registry's own origin (scheme, host and port of its base URL), as
   * docker and go-containerregistry do: an upload Location naming another host gets the request
   * without them, and one that would move from HTTPS to HTTP is refused.
   */
  async send(request: RegistryRequest): Promise<HttpResponse> {
    const asked = [`repository:${request.repository}:${request.actions.join(",")}`, ...(request.extraScopes ?? [])];
    const widened =
      this.pushingTo.has(request.repository) && !request.actions.includes("push")
        ? [`repository:${request.repository}:${[...request.actions, "push"].join(",")}`, ...(request.extraScopes ?? [])]
        : undefined;
    let scopes = widened ?? asked;
    await this.credentialsReady?.();
    const base = new URL(await this.baseUrl());
    // An absolute path is a URL the registry gave (an upload Location, a Link to the next page).
    const target = registryUrl(request.path, base, this.registry);
    refuseDowngrade(base, target, `${this.registry}: ${request.method}`);
    const ownOrigin = target.origin === base.origin;
    const url = target.toString();
    await this.pace(request.method, url);
    if (ownOrigin && !this.connectedBesideToken && this.auth.realmKnownAhead()) {
      // The token comes from another host: the registry's connection (TCP and TLS) is opened at
      // the same time instead of after it, so the first request waits for the longer of the two.
      this.connectedBesideToken = true;
      this.transport.preconnect(base.origin, { requests: 1 });
    }
    let refusals = 0;
    for (let attempt = 0; ; attempt++) {
      let authorization: string | undefined;
      if (ownOrigin) {
        try {
          authorization = await this.auth.header(scopes);
        } catch (error) {
          if (scopes !== widened) throw error;
          scopes = asked;
          authorization = await this.auth.header(scopes);
        }
      }
      const response = await this.transport.send({
        method: request.method,
        url,
        headers: { ...(authorization ? { authorization } : {}), ...request.headers },
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.retry !== undefined ? { retry: request.retry } : {}),
        ...(request.stats ? { stats: request.stats } : {}),
        ...(request.bare ? { bare: true } : {}),
        ...(request.expectedBytes !== undefined ? { expectedBytes: request.expectedBytes } : {}),
      });
      this.notePullRate(response.headers);
      // A streamed body cannot be sent twice; its 401 goes back to the caller (the copy engine
      // retries the whole blob). Another origin's challenge is not ours to answer, nor is one from
      // where a redirect led (GHCR's and Artifact Registry's referrers paths redirect to web pages,
      // artifacthub/hub#4785, awslabs/soci-snapshotter#512): answering it would fetch a token from a
      // realm that host chose, with the registry's credentials.
      const answeredByRegistry = new URL(response.url).origin === base.origin;
      if (response.status !== 401 || attempt >= 2 || request.retry === false || !ownOrigin || !answeredByRegistry)
        return response;
      // Credentials refused once were looked up again (or a token fetched again); refused a second
      // time in one request, the 401 stands: never a loop of lookups.
      if (authorization !== undefined && refusals++ > 0) return response;
      const challenge = headerValue(response.headers, "www-authenticate");
      // Retry only when the challenge gives something new to answer with; otherwise the 401 stands.
      if (!(await this.auth.onUnauthorized(challenge, scopes, authorization))) return response;
      discard(response);
    }
  }

  /** The fewest pulls the registry said were left (Docker Hub's `ratelimit-remaining`), if it said. */
  pullRate(): PullRate | undefined {
    return this.lowestPullRate;
  }

  private notePullRate(headers: HttpResponse["headers"]): void {
    const rate = pullRateOf(headers);
    if (rate && (!this.lowestPullRate || rate.remaining < this.lowestPullRate.remaining)) this.lowestPullRate = rate;
  }

  /**
   * Waits for a slot when ECR limits this kind of request: a manifest PUT is ECR's PutImage; for
   * ECR Public, the POST that opens an upload is InitiateLayerUpload and the PUT that closes it
   * CompleteLayerUpload.
   */
  private async pace(method: string, url: string): Promise<void> {
    if ((method !== "PUT" && method !== "POST") || !this.ecrTarget) return;
    this.pacers ??= this.ecrTarget().then((target) => (target ? ecrPacers(target.kind) : {}));
    const pacers = await this.pacers;
    const path = new URL(url).pathname;
    const pacer =
      method === "PUT" && /\/manifests\/[^/]+$/.test(path)
        ? pacers.putImage
        : method === "POST" && /\/blobs\/uploads\/$/.test(path)
          ? pacers.initiateUpload
          : method === "PUT" && /\/blobs\/uploads\/./.test(path)
            ? pacers.completeUpload
            : undefined;
    await pacer?.take();
  }

  /** Like send, but any status outside `ok` becomes a RegistryError with the registry's codes. */
  async expect(operation: string, request: RegistryRequest, ok: number[]): Promise<HttpResponse> {
    const response = await this.send(request);
    if (ok.includes(response.status)) return response;
    const error = await registryError(operation, response);
    // Docker Hub's 429 once the pull allowance is spent (https://docs.docker.com/docker-hub/usage/pulls/):
    // the line says so, and that it lasts the window, not seconds.
    const spent = spentAllowance(response.status, response.headers);
    if (spent) error.message += ` (${spent}; manifest GETs count, HEADs do not; logging in raises the allowance)`;
    throw error;
  }
}
