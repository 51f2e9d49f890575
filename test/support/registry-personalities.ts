/**
 * Registry personalities: the documented departures from the OCI distribution spec of the
 * registries users push to, reproduced by a fault proxy (fault-proxy.ts) in front of a real
 * registry. None of these registries can run here (they are hosted services or need a licence), so
 * this is the fake TESTING.md allows for what cannot run locally; underneath each is a real
 * registry (the CNCF distribution registry, which has no referrers API, or go-containerregistry's,
 * which has it), and the clients under test are the real ones.
 *
 * Every quirk names its public source (an issue, a vendor page). Where a behaviour could not be
 * confirmed from a source, `confirmed` is false and the tests run both answers (the personality
 * with the quirk and without it).
 */

import {
  ecrChunkedUploads,
  ecrImmutableTags,
  ecrIndexReferrers,
  ecrPublicBearerOnly,
  ecrPublicTokenRealm,
} from "./ecr-quirks.ts";
import type { Fault, FaultProxy, FaultRule, SeenRequest } from "./fault-proxy.ts";
import { startFaultProxy } from "./fault-proxy.ts";
import { type RegistryOptions, startRegistry, type TestRegistry } from "./registry.ts";

export interface Quirk {
  /** What the registry does, in a few words. */
  what: string;
  /** Where it is documented: an issue or a vendor page. */
  source: string;
  /** False when no source confirms it: tests then cover the registry with and without it. */
  confirmed: boolean;
  /** The proxy rules that reproduce it, made fresh for each start (rules count what they matched). */
  rules: () => FaultRule[];
  /**
   * Where the quirk is met, when the whole-pipeline test (e2e/registry-personalities.test.ts) does
   * not meet it (a token that expires after 12 hours): that test checks every other quirk fired.
   */
  metIn?: string;
}

export interface Personality {
  /** Short name used in test titles and the README's Registries table. */
  name: string;
  title: string;
  /** The real registry underneath: `referrers` where the registry has the OCI 1.1 referrers API. */
  upstream: RegistryOptions;
  quirks: Quirk[];
}

export const OCI_INDEX_TYPE = "application/vnd.oci.image.index.v1+json";
export const DOCKER_LIST_TYPE = "application/vnd.docker.distribution.manifest.list.v2+json";

/** A manifest PUT's body, parsed; undefined when it is not JSON. */
export function manifestBody(body: Buffer): { subject?: { mediaType?: string }; mediaType?: string } | undefined {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** A referrers-API GET (`/v2/<name>/referrers/<digest>`). */
export const REFERRERS_PATH = /^\/v2\/.+\/referrers\/[^/?]+/;

/** The request's own `host:port`, as the client addressed the proxy. */
function proxyPort(request: SeenRequest): string {
  return String(request.headers.host ?? "").replace(/^.*:/, "");
}

/**
 * A redirect of the referrers API to a web page on ANOTHER host: `localhost` instead of the
 * `127.0.0.1` the client addressed, the same proxy underneath (a different origin, so the client
 * must drop its credentials), where `pagePath` is answered with an HTML page by the second rule.
 * The Location is made per request, from the port the request came to.
 */
function referrersRedirectToWebPage(
  status: number,
  pagePath: (request: SeenRequest) => string,
  page: { path: RegExp; status: number; html: string },
): FaultRule[] {
  const redirect: Extract<Fault, { type: "answer" }> = { type: "answer", status, headers: {} };
  return [
    {
      method: "GET",
      path: REFERRERS_PATH,
      fault: redirect,
      when: (request) => {
        redirect.headers = {
          location: `http://localhost:${proxyPort(request)}${pagePath(request)}`,
          "content-type": "text/html; charset=utf-8",
        };
        return true;
      },
    },
    {
      method: "GET",
      path: page.path,
      fault: {
        type: "answer",
        status: page.status,
        headers: { "content-type": "text/html; charset=utf-8" },
        body: page.html,
      },
    },
  ];
}

/** `/v2/<name>/manifests/sha256-<hex>`: a referrers fallback tag, as a manifest path. */
const FALLBACK_TAG_PATH = /^\/v2\/.+\/manifests\/sha256-[0-9a-f]{64}$/;

/**
 * GitLab's reading of a referrers fallback tag: `sha256-<hex>` resolves to the manifest
 * `sha256:<hex>` (the subject itself) while no manifest was written under that tag through this
 * personality; once one was, the tag answers with what was written.
 */
function fallbackTagReadAsSubject(): FaultRule[] {
  const written = new Set<string>();
  const unwritten = (request: SeenRequest) => !written.has(request.path);
  const asDigest: Fault = {
    type: "rewrite",
    path: (path) => path.replace(/\/manifests\/sha256-/, "/manifests/sha256:"),
  };
  return [
    {
      method: "PUT",
      path: FALLBACK_TAG_PATH,
      fault: { type: "delay", ms: 0 },
      when: (request) => {
        written.add(request.path);
        return false;
      },
    },
    { method: "GET", path: FALLBACK_TAG_PATH, fault: asDigest, when: unwritten },
    { method: "HEAD", path: FALLBACK_TAG_PATH, fault: asDigest, when: unwritten },
  ];
}

/** A manifest GET or HEAD (`/v2/<name>/manifests/<reference>`). */
const MANIFEST_PATH = /^\/v2\/.+\/manifests\/[^/?]+$/;

/**
 * The longest header line ACR's front (nginx, `large_client_header_buffers 4 8k`) takes: a longer
 * one is answered `400 Request Header Or Cookie Too Large` before the registry sees it.
 */
export const ACR_HEADER_LINE_LIMIT = 8 * 1024;

/** ACR refusing a bearer token that covers too many repositories to fit in a header line. */
function acrHeaderTooLarge(): FaultRule[] {
  return [
    {
      when: (request) => `authorization: ${request.headers.authorization ?? ""}`.length > ACR_HEADER_LINE_LIMIT,
      fault: {
        type: "answer",
        status: 400,
        headers: { "content-type": "text/html" },
        body: "<html>\r\n<head><title>400 Request Header Or Cookie Too Large</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>Request Header Or Cookie Too Large</center>\r\n<hr><center>AzureContainerRegistry</center>\r\n</body>\r\n</html>\r\n",
      },
    },
  ];
}

/**
 * Docker Hub's pull allowance (https://docs.docker.com/docker-hub/usage/pulls/): a manifest GET is
 * a pull and spends one, a HEAD spends none; both answers carry `ratelimit-limit` and
 * `ratelimit-remaining` (`<count>;w=<seconds>`); once spent, a GET is answered 429 TOOMANYREQUESTS
 * (with the same headers, remaining 0) until the window turns. `limit` pulls per window.
 */
export function dockerHubPullAllowance(limit: number, windowSeconds = 21_600): FaultRule[] {
  let remaining = limit;
  // One object the rules share and update in place: the proxy reads it as it answers.
  const headers: Record<string, string> = {
    "ratelimit-limit": `${limit};w=${windowSeconds}`,
    "ratelimit-remaining": `${remaining};w=${windowSeconds}`,
    "docker-ratelimit-source": "127.0.0.1",
  };
  return [
    {
      method: "GET",
      path: MANIFEST_PATH,
      when: () => remaining <= 0,
      fault: {
        type: "answer",
        status: 429,
        headers: { ...headers, "ratelimit-remaining": `0;w=${windowSeconds}`, "content-type": "application/json" },
        body: JSON.stringify({
          errors: [
            {
              code: "TOOMANYREQUESTS",
              message:
                "You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
            },
          ],
        }),
      },
    },
    {
      method: "GET",
      path: MANIFEST_PATH,
      when: () => {
        remaining--;
        headers["ratelimit-remaining"] = `${remaining};w=${windowSeconds}`;
        return true;
      },
      fault: { type: "headers", headers },
    },
    { method: "HEAD", path: MANIFEST_PATH, fault: { type: "headers", headers } },
  ];
}

/**
 * A Harbor behind a load balancer or proxy under load, as an HTTP/1.1 client meets it: every
 * `every`-th GET of a manifest or blob has its connection reset half-way through the answer (where
 * an HTTP/2 client would get a GOAWAY, a proxy in front translates it into a closed or reset
 * connection). Played to this suite's client only (its user agent): trivy and cosign in the
 * pipeline tests have their own recovery, which is not what this proves.
 */
function harborResetsUnderLoad(every: number): FaultRule[] {
  let gets = 0;
  return [
    {
      method: "GET",
      path: /^\/v2\/.+\/(?:manifests|blobs)\/[^/?]+$/,
      when: (request) =>
        String(request.headers["user-agent"] ?? "").startsWith("image-actions") && ++gets % every === 0,
      fault: { type: "reset" },
    },
  ];
}

/**
 * The personalities, by name. Each registry's entry holds its quirks; a registry that behaves like
 * the spec on a path has no quirk for it.
 */
export const PERSONALITIES: Personality[] = [
  {
    name: "ghcr",
    title: "GitHub Container Registry",
    upstream: { kind: "distribution" },
    quirks: [
      {
        what: "answers the referrers API with a 303 to github.com's web UI",
        source: "https://github.com/artifacthub/hub/issues/4785",
        confirmed: true,
        // The web UI's packages API, which the issue saw rate-limited (429); here a page, so the
        // personality stays fast. The Location truncates the digest, as the issue shows.
        rules: () =>
          referrersRedirectToWebPage(
            303,
            (request) =>
              `/-/v2/packages/container/package/${encodeURIComponent(
                request.path.replace(/^\/v2\//, "").replace(/:[0-9a-f]+$/, ""),
              )}`,
            { path: /^\/-\/v2\/packages\//, status: 200, html: "<!DOCTYPE html><html><title>GitHub</title></html>" },
          ),
      },
      {
        // Seen when the 303 above is not (tests leave it out to run this answer).
        what: "answers the referrers API 404 MANIFEST_UNKNOWN",
        source: "https://github.com/NVIDIA/aicr/issues/1957",
        confirmed: true,
        metIn: "test/integration/registry-referrers-quirks.test.ts",
        rules: () => [
          {
            method: "GET",
            path: REFERRERS_PATH,
            fault: {
              type: "status",
              status: 404,
              errors: [{ code: "MANIFEST_UNKNOWN", message: "manifest unknown" }],
            },
          },
        ],
      },
    ],
  },
  {
    name: "gitlab",
    title: "GitLab container registry",
    upstream: { kind: "distribution" },
    quirks: [
      {
        // What a PUT under that tag answers is not documented (GitLab's registry source is not on
        // GitHub, and no report shows such a write). Taken here: it is stored as a tag, which the
        // tag then answers with. Read as the digest on a PUT too, a distribution-based registry
        // would refuse the index as not hashing to it (DIGEST_INVALID), or the tag could go on
        // answering the subject: registry-referrers-quirks.test.ts runs both answers.
        what: "resolves the referrers fallback tag sha256-<hex> to the subject manifest itself",
        source: "https://github.com/oras-project/oras-go/issues/1396",
        confirmed: true,
        rules: fallbackTagReadAsSubject,
      },
    ],
  },
  {
    name: "gar",
    title: "Google Artifact Registry",
    upstream: { kind: "distribution" },
    quirks: [
      {
        what: "redirects the referrers API to its sign-in page on another host",
        source: "https://github.com/awslabs/soci-snapshotter/pull/512",
        confirmed: true,
        rules: () =>
          referrersRedirectToWebPage(
            302,
            (request) => `/v3/signin/identifier?continue=${encodeURIComponent(request.path)}`,
            {
              path: /^\/v3\/signin\//,
              status: 200,
              html: "<!DOCTYPE html><html><title>Sign in - Google Accounts</title></html>",
            },
          ),
      },
    ],
  },
  {
    // The referrers API since 2024 (ECR's "support for OCI v1.1", docs.aws.amazon.com
    // AmazonECR/latest/userguide/images.html); its quirks are in ecr-quirks.ts.
    name: "ecr",
    title: "Amazon ECR (private)",
    upstream: { kind: "referrers" },
    quirks: [ecrIndexReferrers, ecrImmutableTags, ecrChunkedUploads],
  },
  {
    // The referrers API too: signatures stored through it, "verified to be supported by public
    // ECR" (aws-observability/aws-otel-python-instrumentation#837). Quirks in ecr-quirks.ts.
    name: "ecr-public",
    title: "Amazon ECR Public",
    upstream: { kind: "referrers" },
    // No tag immutability there (smartcontractkit/.github#1526): tags move, as the spec has them, so
    // nothing to play; the release-tag rule is the suite's own.
    quirks: [ecrPublicTokenRealm, ecrPublicBearerOnly],
  },
  {
    name: "docker-hub",
    title: "Docker Hub",
    upstream: { kind: "referrers" },
    quirks: [
      {
        what: "meters manifest GETs (not HEADs) against a pull allowance it reports in ratelimit-* headers, and answers 429 TOOMANYREQUESTS once it is spent",
        source: "https://docs.docker.com/docker-hub/usage/pulls/",
        confirmed: true,
        // An allowance the whole pipeline cannot spend; registry-limits.test.ts spends a small one.
        rules: () => dockerHubPullAllowance(10_000),
      },
    ],
  },
  {
    name: "acr",
    title: "Azure Container Registry",
    upstream: { kind: "referrers" },
    quirks: [
      {
        what: "answers 400 Request Header Or Cookie Too Large to a bearer token covering many repositories (a header line over 8 KiB)",
        source:
          "https://github.com/regclient/regclient/issues/797 (regsync's one token for every repository), https://github.com/Azure/acr/issues/797 (the same refusal of a 6,090-character login)",
        confirmed: true,
        // Only bearer tokens grow with scopes; the pipeline runs on the anonymous upstream.
        metIn: "test/integration/registry-auth-quirks.test.ts",
        rules: acrHeaderTooLarge,
      },
    ],
  },
  {
    name: "quay",
    title: "Quay",
    upstream: { kind: "referrers" },
    quirks: [
      {
        // go-containerregistry's registry underneath sends no OCI-Subject either (v0.22.1's
        // pkg/registry sets none); the rule keeps the personality true to Quay on any upstream.
        what: "sends no OCI-Subject header on a manifest PUT with a subject",
        source: "https://github.com/opencontainers/distribution-spec/pull/563",
        confirmed: true,
        rules: () => [
          {
            method: "PUT",
            path: /^\/v2\/.+\/manifests\//,
            fault: { type: "drop-headers", names: ["oci-subject"] },
            when: (request) => manifestBody(request.body)?.subject !== undefined,
          },
        ],
      },
    ],
  },
  {
    name: "harbor",
    title: "Harbor",
    upstream: { kind: "referrers" },
    quirks: [
      {
        what: "resets connections under load (behind a load balancer; HTTP/2 GOAWAY where the client speaks HTTP/2)",
        source:
          "https://github.com/goharbor/harbor/issues/20148 (pulls from Harbor behind an AWS ALB fail with 'connection reset by peer'); GOAWAY under load is reported of registries in general (werf/werf#2684), not of Harbor in its tracker: unconfirmed there",
        confirmed: false,
        rules: () => harborResetsUnderLoad(4),
      },
    ],
  },
  {
    name: "artifactory",
    title: "JFrog Artifactory",
    upstream: { kind: "distribution" },
    quirks: [
      {
        // The referrers API came in 7.90.1 (the vendor page); before it, or with it off, the
        // answer to the path is not documented. Artifactory answers v2 requests it does not
        // support 400 "Unsupported docker v2 repository request" (jfrog/charts#455), taken here
        // as its likely answer; tests run with it and without (the distribution 404).
        what: "answers the referrers API 400 'Unsupported docker v2 repository request' before 7.90.1",
        source:
          "https://jfrog.com/help/r/jfrog-artifactory-documentation/use-referrers-rest-api-to-discover-oci-references, https://github.com/jfrog/charts/issues/455",
        confirmed: false,
        rules: () => [
          {
            method: "GET",
            path: REFERRERS_PATH,
            fault: {
              type: "answer",
              status: 400,
              headers: { "content-type": "application/json;charset=ISO-8859-1" },
              body: JSON.stringify({
                errors: [{ status: 400, message: "Unsupported docker v2 repository request for 'referrers'" }],
              }),
            },
          },
        ],
      },
    ],
  },
  {
    name: "nexus",
    title: "Sonatype Nexus Repository",
    upstream: { kind: "distribution" },
    quirks: [
      {
        // The vendor page lists OCI 1.0.0 and 1.0.1 support and no referrers API; what the path
        // answers is not documented. Taken here: a 404 page that is no OCI error; tests run with
        // it and without (the distribution 404).
        what: "has no referrers API: the path answers a 404 page",
        source: "https://help.sonatype.com/en/docker-registry.html",
        confirmed: false,
        rules: () => [
          {
            method: "GET",
            path: REFERRERS_PATH,
            fault: {
              type: "answer",
              status: 404,
              headers: { "content-type": "text/html" },
              body: "<html><body><h1>404 - Not Found</h1></body></html>",
            },
          },
        ],
      },
    ],
  },
];

export function personality(name: string): Personality {
  const found = PERSONALITIES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no registry personality named ${name}`);
  return found;
}

export interface PersonalityRegistry {
  personality: Personality;
  /** The real registry underneath (for set-up that should not meet the quirks). */
  registry: TestRegistry;
  /** The proxy playing the personality: what clients under test are pointed at. */
  proxy: FaultProxy;
  /** `127.0.0.1:<port>` of the proxy. */
  host: string;
  /** How many requests each quirk's rules have answered so far. */
  quirkHits(): Array<{ quirk: Quirk; hits: number }>;
  stop(): Promise<void>;
}

/**
 * Start a personality: its real registry and a proxy with its quirks' rules. `without` leaves out
 * the quirks whose `what` it names (to run an unconfirmed quirk's other answer).
 */
export async function startPersonality(
  which: Personality | string,
  options: { without?: string[]; registry?: RegistryOptions } = {},
): Promise<PersonalityRegistry> {
  const chosen = typeof which === "string" ? personality(which) : which;
  const registry = await startRegistry({ ...chosen.upstream, ...options.registry });
  const proxy = await startFaultProxy({ url: registry.url, ...(registry.ca ? { ca: registry.ca.pem } : {}) });
  const hits: Array<{ quirk: Quirk; injected: Array<() => number> }> = [];
  for (const quirk of chosen.quirks) {
    if (options.without?.includes(quirk.what)) continue;
    hits.push({ quirk, injected: quirk.rules().map((rule) => proxy.addRule(rule).injected) });
  }
  return {
    personality: chosen,
    registry,
    proxy,
    host: proxy.host,
    quirkHits: () =>
      hits.map(({ quirk, injected }) => ({ quirk, hits: injected.reduce((sum, count) => sum + count(), 0) })),
    async stop() {
      await proxy.close();
      await registry.stop();
    },
  };
}
