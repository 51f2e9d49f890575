// A token realm known in advance sends credentials nowhere the registry itself would not: the
// built-in table answers only for the exact registry names it lists (not another port, not a name
// that merely starts or ends like one, not another case); an entry is never used for another host,
// even the same registry reached under another name; and with a known realm's token in hand, a
// redirect to another host and that host's own challenge get neither the token nor the
// registry's credentials. Hostile token servers here record whatever reaches them.
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import {
  copyImage,
  type KnownRealm,
  parseReference,
  RegistryClients,
  realmTable,
  staticCredentials,
  WELL_KNOWN_REALMS,
} from "@image-actions/oci";
import { type PushedImage, pushImage } from "../support/images.ts";
import { proxiedRegistries } from "../support/proxied-registries.ts";

describe("the built-in table of token realms", () => {
  const known = [
    "docker.io",
    "ghcr.io",
    "public.ecr.aws",
    "quay.io",
    "us-docker.pkg.dev",
    "europe-west1-docker.pkg.dev",
  ];
  for (const registry of known) {
    it(`knows ${registry}, with an https realm`, () => {
      const entry = WELL_KNOWN_REALMS(registry);
      assert.ok(entry, registry);
      assert.equal(new URL(entry.realm).protocol, "https:");
    });
  }
  it("an Artifact Registry realm is on that registry's own host", () => {
    assert.equal(new URL(WELL_KNOWN_REALMS("asia-docker.pkg.dev")?.realm ?? "").host, "asia-docker.pkg.dev");
  });
  const others = [
    "ghcr.io:443",
    "ghcr.io:8443",
    "GHCR.IO",
    "ghcr.io.attacker.example",
    "attacker-ghcr.io",
    "registry-1.docker.io.attacker.example",
    "index.docker.io:5000",
    "quay.io.",
    "public.ecr.aws.attacker.example",
    "us-docker.pkg.dev.attacker.example",
    "us-docker.pkg.dev:443",
    "attacker.example/us-docker.pkg.dev",
    "-docker.pkg.dev",
    "us_docker.pkg.dev",
    "127.0.0.1:5000",
    "localhost",
  ];
  for (const registry of others) {
    it(`knows nothing for ${registry}`, () => assert.equal(WELL_KNOWN_REALMS(registry), undefined));
  }
});

/** A token server that records every request (and its Authorization header) and hands out a token. */
async function recordingServer(
  answer: (request: IncomingMessage) => { status: number; headers?: Record<string, string>; body?: string },
) {
  const seen: Array<{ path: string; authorization?: string }> = [];
  const server: Server = createServer((request, response) => {
    seen.push({
      path: request.url ?? "",
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    });
    const { status, headers, body } = answer(request);
    response.writeHead(status, headers);
    response.end(body ?? "");
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  const port = (server.address() as AddressInfo).port;
  return {
    seen,
    host: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolvePromise) => server.close(() => resolvePromise())),
  };
}

describe("a known realm is used only for its own registry", () => {
  const world = proxiedRegistries({ auth: "bearer", anonymousPull: false });
  let image: PushedImage;
  const hostileToken = JSON.stringify({ token: "hostile-token" });
  let hostile: Awaited<ReturnType<typeof recordingServer>>;

  before(async () => {
    image = await pushImage(world.source, "src/app", "v1", { layers: [1500] });
    hostile = await recordingServer(() => ({
      status: 200,
      headers: { "content-type": "application/json" },
      body: hostileToken,
    }));
  });
  after(() => hostile.close());

  const clientsWith = (table: Record<string, KnownRealm>) =>
    new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({
        [world.destinationProxy.host]: world.destination.credentials as { username: string; password: string },
      }),
      knownRealms: realmTable(table),
    });

  it("an entry for another name of the same host, or another port, is never asked", async () => {
    const [, port] = world.destinationProxy.host.split(":");
    const entry: KnownRealm = { realm: `http://${hostile.host}/token`, service: "hostile", challengesAnonymous: true };
    const clients = clientsWith({
      "127.0.0.1": entry,
      [`localhost:${port}`]: entry,
      [`127.0.0.1:${Number(port) + 1}`]: entry,
      [`${world.destinationProxy.host}.attacker.example`]: entry,
    });
    const before = hostile.seen.length;
    const report = await copyImage(clients, parseReference(`${world.sourceProxy.host}/src/app:v1`), [
      parseReference(`${world.destinationProxy.host}/elsewhere/app:v1`),
    ]).finally(() => clients.close());
    assert.equal(report.destinations[0]?.status, "copied", report.destinations[0]?.error);
    assert.deepEqual(hostile.seen.slice(before), [], "the hostile realm was never asked");
  });

  it("a redirect to another host, and that host's challenge, get neither the token nor the credentials", async () => {
    const seeding = clientsWith({});
    await copyImage(seeding, parseReference(`${world.sourceProxy.host}/src/app:v1`), [
      parseReference(`${world.destinationProxy.host}/redirected/app:v1`),
    ]).finally(() => seeding.close());
    // Another host that challenges whoever it is sent to, naming a realm of its own.
    const elsewhere = await recordingServer(() => ({
      status: 401,
      headers: { "www-authenticate": `Bearer realm="http://${hostile.host}/token",service="hostile"` },
    }));
    const issuer = world.destination.tokenIssuer;
    assert.ok(issuer);
    const clients = clientsWith({
      [world.destinationProxy.host]: { realm: issuer.realm, service: issuer.service, challengesAnonymous: true },
    });
    const layer = image.layers[0];
    assert.ok(layer);
    world.destinationProxy.addRule({
      method: "GET",
      path: /\/blobs\//,
      fault: { type: "answer", status: 307, headers: { location: `http://${elsewhere.host}/storage/blob` } },
    });
    const before = hostile.seen.length;
    const tokensBefore = issuer.requests.length;
    try {
      await assert.rejects(
        clients.for(world.destinationProxy.host).readBlob("redirected/app", {
          mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
          digest: layer.digest,
          size: layer.data.length,
        }),
      );
      assert.equal(issuer.requests.length, tokensBefore + 1, "the token came from the known realm, ahead");
      assert.ok(elsewhere.seen.length > 0, "the redirect was followed");
      for (const request of elsewhere.seen)
        assert.equal(request.authorization, undefined, "no Authorization to another host");
      assert.deepEqual(hostile.seen.slice(before), [], "the other host's realm was never asked");
      const password = (world.destination.credentials as { password: string }).password;
      assert.ok(!JSON.stringify(elsewhere.seen).includes(password));
      assert.ok(!issuer.issued.some((token) => JSON.stringify(elsewhere.seen).includes(token)));
    } finally {
      await clients.close();
      await elsewhere.close();
    }
  });
});
