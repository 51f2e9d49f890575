/**
 * Where a token realm may send us. A registry names its token realm in its 401 challenge, and we
 * send it the user's credentials; a hostile registry on the network must not aim that request at
 * the runner's loopback services, its private network or the cloud metadata service (169.254.169.254,
 * whose answers the token parser would hand back to the registry as a bearer token). A literal IP
 * is judged as it is; a host name is resolved (every address it has) and judged by all of them —
 * and the request then connects to the very address that was judged, never to a second DNS answer
 * (DNS rebinding: a name that answers public for the check and 169.254.169.254 for the connect).
 *
 * The rule: a realm address of a non-public kind is accepted only when the registry itself is on
 * that kind (a registry on a private network may well keep its token service there, as Harbor,
 * GitLab or Nexus do on premises), and anything goes for a loopback registry (a developer's or a
 * test's registry, whose realm is on loopback too).
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { AuthError } from "../errors.ts";
import { isLoopbackRegistry } from "../reference.ts";

export interface HostAddress {
  address: string;
  family: number;
}

/** Every address of a host name, as the system resolver orders them. Injected in tests. */
export type HostLookup = (hostname: string) => Promise<HostAddress[]>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type AddressKind = "public" | "unspecified" | "loopback" | "link-local" | "private";

/**
 * IPv4 and IPv6 ranges by kind; an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged by its
 * IPv4 address (BlockList does so). Link-local holds the metadata services (169.254.169.254, and
 * fd00:ec2::254 is in the private fc00::/7).
 */
const RANGES: Array<[Exclude<AddressKind, "public">, BlockList]> = (
  [
    [
      "unspecified",
      [
        ["0.0.0.0", 8, "ipv4"],
        ["::", 128, "ipv6"],
      ],
    ],
    [
      "loopback",
      [
        ["127.0.0.0", 8, "ipv4"],
        ["::1", 128, "ipv6"],
      ],
    ],
    [
      "link-local",
      [
        ["169.254.0.0", 16, "ipv4"],
        ["fe80::", 10, "ipv6"],
      ],
    ],
    [
      "private",
      [
        ["10.0.0.0", 8, "ipv4"],
        ["172.16.0.0", 12, "ipv4"],
        ["192.168.0.0", 16, "ipv4"],
        // RFC 6598 shared address space (carrier-grade NAT), not routed on the internet.
        ["100.64.0.0", 10, "ipv4"],
        ["fc00::", 7, "ipv6"],
      ],
    ],
  ] as const
).map(([kind, subnets]) => {
  const list = new BlockList();
  for (const [network, prefix, family] of subnets) list.addSubnet(network, prefix, family);
  return [kind, list];
});

export function addressKind(address: string): AddressKind {
  const host = address.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  if (family === 0) return "public";
  return RANGES.find(([, list]) => list.check(host, family === 4 ? "ipv4" : "ipv6"))?.[0] ?? "public";
}

/**
 * The address to connect to for `hostname` on behalf of `registry`'s token realm, or an AuthError
 * saying why none may be used. `realm` is only for the message.
 */
export async function vetRealmHost(options: {
  registry: string;
  realm: string;
  hostname: string;
  lookup: HostLookup;
}): Promise<HostAddress> {
  const { registry, realm, lookup } = options;
  const hostname = options.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(hostname);
  const addresses = literal
    ? [{ address: hostname, family: literal }]
    : await lookup(hostname).catch((error: NodeJS.ErrnoException) => {
        throw new AuthError(
          `${registry}: the token realm's host ${hostname} does not resolve (${error.code ?? error.message})`,
        );
      });
  const first = addresses[0];
  if (!first) throw new AuthError(`${registry}: the token realm's host ${hostname} has no address`);
  if (isLoopbackRegistry(registry)) return first;
  let registryKinds: Set<AddressKind> | undefined;
  for (const { address } of addresses) {
    const kind = addressKind(address);
    if (kind === "public") continue;
    registryKinds ??= await kindsOfRegistry(registry, lookup);
    if (registryKinds.has(kind)) continue;
    const where = literal ? "" : `: ${hostname} resolves to ${address}`;
    throw new AuthError(
      `${registry}: refusing token realm '${realm}' (private or loopback address${where}, ${kind}, where the registry is not)`,
    );
  }
  return first;
}

/** The kinds of address the registry's own host is on (none when it does not resolve). */
async function kindsOfRegistry(registry: string, lookup: HostLookup): Promise<Set<AddressKind>> {
  const host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.replace(/:\d+$/, "");
  const family = isIP(host);
  const addresses = family ? [{ address: host, family }] : await lookup(host).catch(() => []);
  return new Set(addresses.map(({ address }) => addressKind(address)));
}
