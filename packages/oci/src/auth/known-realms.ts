/**
 * The token realms of well-known registries, known before their first answer. A fresh process
 * learns a registry's realm from the 401 its first request meets, then asks the realm for a token
 * and sends the request again: three requests and a round trip to a second host before the first
 * useful answer. Where the realm is known in advance the token is asked for at once and the first
 * request carries it: one request per registry after connection set-up.
 *
 * What keeps this safe: an entry is used only for the exact registry name it is written for (no
 * suffix, no port, no case folding: `ghcr.io.example` and `ghcr.io:8443` are other hosts), the
 * built-in entries are code, never read from a file another step could write (a cache of realms
 * learnt in an earlier run would let that file aim our credentials at a host of its choosing), and
 * a realm from here passes the same checks as a challenge's (https, realm-address.ts). When the
 * registry answers with a challenge of its own, its own word wins from then on.
 *
 * The realms and services are the ones each registry names in its own challenge:
 * - Docker Hub: `Bearer realm="https://auth.docker.io/token",service="registry.docker.io"`, the
 *   example of the token authentication spec (https://distribution.github.io/distribution/spec/auth/token/).
 * - GHCR: `Bearer realm="https://ghcr.io/token",service="ghcr.io"` (the challenge GHCR sends, as
 *   other clients' challenge-parsing tests quote it).
 * - ECR Public: `Bearer realm="https://public.ecr.aws/token/",service="public.ecr.aws",scope="aws"`
 *   (quoted in crashappsec/chalk's challenge parser; test/support/ecr-quirks.ts reproduces it).
 * - Quay: `Bearer realm="https://quay.io/v2/auth",service="quay.io"` (quoted the same way). Quay serves public
 *   repositories to anonymous callers without a challenge, so without credentials nothing is
 *   fetched ahead (it would be a request the registry never asked for).
 * - Artifact Registry, `<location>-docker.pkg.dev`: `Bearer realm="https://<host>/v2/token",
 *   service="<host>"` on its own host (apple/container#2274 quotes us-docker.pkg.dev's).
 */

export interface KnownRealm {
  /** The token realm's URL, as the registry's challenge names it. */
  realm: string;
  /** The challenge's `service`, when it names one. */
  service?: string;
  /**
   * Whether the registry challenges anonymous requests (Docker Hub, GHCR, ECR Public and Artifact
   * Registry do, even for public images); when it does not, a token is fetched ahead only for a
   * caller with credentials.
   */
  challengesAnonymous: boolean;
}

/** The realm known for a registry (by its name in image references), or undefined. */
export type RealmTable = (registry: string) => KnownRealm | undefined;

/** No realm known in advance: every registry's is learnt from its challenge. */
export const noKnownRealms: RealmTable = () => undefined;

/** A table of fixed entries, each for exactly the registry name it is keyed by. */
export function realmTable(entries: Record<string, KnownRealm>): RealmTable {
  const table = new Map(Object.entries(entries));
  return (registry) => table.get(registry);
}

const FIXED = realmTable({
  "docker.io": { realm: "https://auth.docker.io/token", service: "registry.docker.io", challengesAnonymous: true },
  "ghcr.io": { realm: "https://ghcr.io/token", service: "ghcr.io", challengesAnonymous: true },
  "public.ecr.aws": { realm: "https://public.ecr.aws/token/", service: "public.ecr.aws", challengesAnonymous: true },
  "quay.io": { realm: "https://quay.io/v2/auth", service: "quay.io", challengesAnonymous: false },
});

/** Artifact Registry's Docker hosts: one per location (`us`, `europe-west1`, ...), nothing else. */
const ARTIFACT_REGISTRY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-docker\.pkg\.dev$/;

/** The built-in table: what the actions and the CLI use. */
export const WELL_KNOWN_REALMS: RealmTable = (registry) => {
  const fixed = FIXED(registry);
  if (fixed) return fixed;
  if (ARTIFACT_REGISTRY.test(registry))
    return { realm: `https://${registry}/v2/token`, service: registry, challengesAnonymous: true };
  return undefined;
};
