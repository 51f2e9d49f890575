// A registry on the network cannot aim our credentials at the token realm of its choice: a realm on
// plain HTTP, or on a loopback, private, link-local (cloud metadata) or unspecified address — IPv4,
// IPv6, or IPv4 written as IPv6 — is refused before any request is sent; and so is a realm whose
// host NAME resolves to such an address (any one of its addresses: `localhost` through the system
// resolver, and names given to an injected resolver), unless the registry itself is on that kind of
// address (a private registry with its token service beside it). The token request then connects to
// the address that was judged: the resolver is asked once, and a second, different answer (DNS
// rebinding) is never used.
import assert from "node:assert/strict";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createTcpServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { Transport } from "@image-actions/oci";
import { RegistryAuthenticator } from "../../packages/oci/src/auth/authenticator.ts";
import { type HostLookup, systemLookup, vetRealmHost } from "../../packages/oci/src/auth/realm-address.ts";

const SCOPES = ["repository:org/app:pull"];

/** A resolver from a table, as DNS would answer; unknown names do not resolve. */
function tableLookup(table: Record<string, string[]>, calls: string[] = []): HostLookup {
  return async (hostname) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
}

/** The names of the cases below; the registry itself is on a public (TEST-NET) address. */
const NAMES = tableLookup({
  "registry.example": ["203.0.113.10"],
  "auth.example": ["203.0.113.11"],
  "mixed.example": ["203.0.113.12", "169.254.169.254"],
  "metadata.example": ["169.254.169.254"],
  "imds6.example": ["fd00:ec2::254"],
  "internal.example": ["10.0.0.7"],
  "cgnat.example": ["100.64.1.1"],
  "loopback6.example": ["::1"],
  "mapped.example": ["::ffff:127.0.0.1"],
  "zero.example": ["0.0.0.0"],
});

async function realmRefusal(realm: string, lookupHost: HostLookup = NAMES): Promise<string> {
  const transport = new Transport();
  const sent: string[] = [];
  const send = transport.send.bind(transport);
  transport.send = (request) => {
    sent.push(request.url);
    return send(request);
  };
  const auth = new RegistryAuthenticator(
    "registry.example",
    transport,
    async () => ({ username: "u", password: "p" }),
    () => {},
    { lookupHost },
  );
  try {
    await auth.onUnauthorized(`Bearer realm="${realm}",service="registry.example"`, SCOPES, undefined);
    const refusal = await auth.header(SCOPES).then(
      () => "",
      (error: Error) => error.message,
    );
    assert.deepEqual(sent, [], "nothing was sent to the realm");
    return refusal;
  } finally {
    await transport.close();
  }
}

describe("token realms a registry on the network may not name", () => {
  const refused: Array<[string, RegExp]> = [
    ["http://auth.example/token", /not https/],
    ["https://127.0.0.1/token", /private or loopback/],
    ["https://127.9.9.9:8443/token", /private or loopback/],
    ["https://[::1]/token", /private or loopback/],
    ["https://[::ffff:127.0.0.1]/token", /private or loopback/],
    ["https://[::ffff:10.0.0.1]/token", /private or loopback/],
    ["https://10.1.2.3/token", /private or loopback/],
    ["https://172.20.0.1/token", /private or loopback/],
    ["https://192.168.1.1/token", /private or loopback/],
    ["https://169.254.169.254/latest/meta-data", /private or loopback/],
    ["https://100.64.0.1/token", /private or loopback/],
    ["https://0.0.0.0/token", /private or loopback/],
    ["https://[fd00::1]/token", /private or loopback/],
    ["https://[fe80::1]/token", /private or loopback/],
    ["not a url", /is not a URL/],
    // Names (issue 23, item 9): judged by every address they resolve to.
    ["https://mixed.example/token", /mixed\.example resolves to 169\.254\.169\.254, link-local/],
    ["https://metadata.example/latest/meta-data", /resolves to 169\.254\.169\.254, link-local/],
    ["https://imds6.example/latest/api/token", /resolves to fd00:ec2::254, private/],
    ["https://internal.example/token", /resolves to 10\.0\.0\.7, private/],
    ["https://cgnat.example/token", /resolves to 100\.64\.1\.1, private/],
    ["https://loopback6.example/token", /resolves to ::1, loopback/],
    ["https://mapped.example/token", /resolves to ::ffff:127\.0\.0\.1, loopback/],
    ["https://zero.example/token", /resolves to 0\.0\.0\.0, unspecified/],
    ["https://nowhere.example/token", /does not resolve \(ENOTFOUND\)/],
  ];
  for (const [realm, why] of refused) {
    it(`refuses ${realm}`, async () => assert.match(await realmRefusal(realm), why));
  }

  it("refuses https://localhost/token, resolved by the system resolver (/etc/hosts)", async () => {
    const registryOnly = tableLookup({ "registry.example": ["203.0.113.10"] });
    const lookupHost: HostLookup = (hostname) =>
      hostname === "localhost" ? systemLookup(hostname) : registryOnly(hostname);
    assert.match(await realmRefusal("https://localhost/token", lookupHost), /localhost resolves to .*, loopback/);
  });
});

describe("token realms on the registry's own kind of network", () => {
  it("a registry on a private network may keep its token service there; not on link-local", async () => {
    const lookup = tableLookup({
      "harbor.corp.example": ["10.1.1.1"],
      "auth.corp.example": ["10.1.1.2"],
      "metadata.example": ["169.254.169.254"],
    });
    const vet = (hostname: string) =>
      vetRealmHost({ registry: "harbor.corp.example:443", realm: `https://${hostname}/`, hostname, lookup });
    assert.deepEqual(await vet("auth.corp.example"), { address: "10.1.1.2", family: 4 });
    await assert.rejects(vet("metadata.example"), /link-local, where the registry is not/);
  });

  it("a loopback registry's realm may be anywhere (the tests' registries and token issuers)", async () => {
    const lookup = tableLookup({ "token.test": ["169.254.169.254"] });
    const address = await vetRealmHost({ registry: "127.0.0.1:5000", realm: "x", hostname: "token.test", lookup });
    assert.equal(address.address, "169.254.169.254");
  });
});

describe("the token request connects to the address that was judged", () => {
  let tokenServer: Server;
  let port: number;
  const requests: string[] = [];

  before(async () => {
    tokenServer = createHttpServer((request, response) => {
      requests.push(`${request.headers.host} ${request.url}`);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ token: "pinned-token", expires_in: 300 }));
    });
    await new Promise<void>((resolvePromise) => tokenServer.listen(0, "127.0.0.1", resolvePromise));
    port = (tokenServer.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolvePromise) => tokenServer.close(() => resolvePromise())));

  it("a name only the injected resolver knows: asked once, its answer connected to, the Host header kept", async () => {
    const calls: string[] = [];
    let answers = 0;
    // First answer loopback (where the token server is), then an address nothing listens on.
    const lookupHost: HostLookup = async (hostname) => {
      calls.push(hostname);
      return [{ address: answers++ === 0 ? "127.0.0.1" : "192.0.2.1", family: 4 }];
    };
    const transport = new Transport();
    const auth = new RegistryAuthenticator(
      `127.0.0.1:${port}`,
      transport,
      async () => undefined,
      () => {},
      {
        lookupHost,
      },
    );
    try {
      await auth.onUnauthorized(`Bearer realm="http://token.test:${port}/token",service="test"`, SCOPES, undefined);
      assert.equal(await auth.header(SCOPES), "Bearer pinned-token");
      assert.deepEqual(calls, ["token.test"], "resolved once, for the check");
      assert.match(requests.at(-1) ?? "", new RegExp(`^token\\.test:${port} /token\\?`));
    } finally {
      await transport.close();
    }
  });

  it("DNS rebinding: a name that answers public for the check and loopback after is never connected on loopback", async () => {
    // A listener on loopback that must see no connection: the rebound answer's target.
    let connections = 0;
    const trap = createTcpServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolvePromise) => trap.listen(0, "127.0.0.1", resolvePromise));
    const trapPort = (trap.address() as AddressInfo).port;
    const calls: string[] = [];
    const lookupHost: HostLookup = async (hostname) => {
      calls.push(hostname);
      if (hostname === "registry.example") return [{ address: "203.0.113.10", family: 4 }];
      // TEST-NET-1 (RFC 5737): public by its kind, and nothing answers there.
      return [
        { address: calls.filter((name) => name === hostname).length === 1 ? "192.0.2.1" : "127.0.0.1", family: 4 },
      ];
    };
    const transport = new Transport({ backoff: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 }, idleTimeoutMs: 300 });
    const auth = new RegistryAuthenticator(
      "registry.example",
      transport,
      async () => undefined,
      () => {},
      {
        lookupHost,
      },
    );
    try {
      await auth.onUnauthorized(`Bearer realm="https://rebind.example:${trapPort}/token"`, SCOPES, undefined);
      await assert.rejects(auth.header(SCOPES));
      assert.equal(connections, 0, "the rebound loopback address was never connected to");
      assert.deepEqual(
        calls.filter((name) => name === "rebind.example"),
        ["rebind.example"],
      );
    } finally {
      await transport.close();
      await new Promise<void>((resolvePromise) => trap.close(() => resolvePromise()));
    }
  });
});
