// A registry whose token realm is known in advance (a built-in table for Docker Hub, GHCR, ECR
// Public, Quay and Artifact Registry; here a table entry made for the bearer test registry, handed
// in as the entries hand in the built-in one) is asked nothing twice: a copy whose tag already names
// the image sends ONE request to each registry (the token is fetched before the first request, not
// after its 401), a verify of many images meets no 401 at all and probes the referrers API once per
// repository, and a realm known in advance that does not answer is only a detour through the
// registry's own challenge. Counted through fault proxies and the token service's log, never timed.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { before, describe, it } from "node:test";
import {
  copyImage,
  type KnownRealm,
  parseReference,
  type Reference,
  RegistryClients,
  realmTable,
  staticCredentials,
} from "@image-actions/oci";
import {
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  mapLimited,
  signImages,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { pushImage, pushIndex } from "../support/images.ts";
import { proxiedRegistries } from "../support/proxied-registries.ts";

describe("a registry whose token realm is known in advance", () => {
  const world = proxiedRegistries({ auth: "bearer", anonymousPull: false });
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const signingKey = loadSigningKey(privateKey.export({ type: "pkcs8", format: "pem" }).toString());
  const verificationKey = loadVerificationKey(publicKey.export({ type: "spki", format: "pem" }).toString());

  /** The destination's realm, as the table would hold it for its exact name. */
  const knownRealm = (): KnownRealm => {
    const issuer = world.destination.tokenIssuer;
    assert.ok(issuer);
    return { realm: issuer.realm, service: issuer.service, challengesAnonymous: true };
  };
  const clientsWith = (entry: KnownRealm | undefined) =>
    new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({
        [world.destinationProxy.host]: world.destination.credentials as { username: string; password: string },
      }),
      ...(entry ? { knownRealms: realmTable({ [world.destinationProxy.host]: entry }) } : {}),
    });
  /** The requests each registry (and the destination's token service) saw while `work` ran. */
  const seen = async (work: () => Promise<unknown>) => {
    const marks = {
      source: world.sourceProxy.requests.length,
      destination: world.destinationProxy.requests.length,
      tokens: world.destination.tokenIssuer?.requests.length ?? 0,
    };
    await work();
    return {
      source: world.sourceProxy.requests.slice(marks.source).map((request) => `${request.method} ${request.status}`),
      destination: world.destinationProxy.requests
        .slice(marks.destination)
        .map((request) => `${request.method} ${request.path} ${request.status}`),
      tokens: world.destination.tokenIssuer?.requests.slice(marks.tokens) ?? [],
    };
  };
  const copy = async (repository: string, entry: KnownRealm | undefined) => {
    const clients = clientsWith(entry);
    const report = await copyImage(clients, parseReference(`${world.sourceProxy.host}/src/app:v1`), [
      parseReference(`${world.destinationProxy.host}/${repository}:v1`),
    ]).finally(() => clients.close());
    assert.notEqual(report.destinations[0]?.status, "failed", report.destinations[0]?.error);
    return report;
  };

  before(async () => {
    await pushIndex(world.source, "src/app", "v1", { layers: [3000, 2000] });
  });

  it("a copy whose tag already names the image sends one request to each registry", async () => {
    await copy("known/warm", knownRealm());
    let status = "";
    const requests = await seen(async () => {
      status = (await copy("known/warm", knownRealm())).destinations[0]?.status ?? "";
    });
    assert.equal(status, "up-to-date");
    assert.deepEqual(requests.source, ["GET 200"]);
    assert.deepEqual(requests.destination, ["HEAD /v2/known/warm/manifests/v1 200"]);
    assert.equal(requests.tokens.length, 1, "one token, fetched before the first request");
  });

  it("a cold copy meets no 401 and still fetches one token, for pull and push", async () => {
    const requests = await seen(() => copy("known/cold", knownRealm()));
    assert.ok(requests.destination.some((request) => request.startsWith("PUT ")));
    assert.deepEqual(
      requests.destination.filter((request) => request.endsWith(" 401")),
      [],
    );
    assert.deepEqual(
      requests.tokens.map((token) => token.scopes),
      [["repository:known/cold:pull,push"]],
    );
  });

  it("verify meets no 401 and probes the referrers API once per repository", async () => {
    const references: Reference[] = [];
    for (let i = 0; i < 12; i++) {
      await pushImage(world.destination, "known/signed", `v${i}`, { layers: [512] });
      references.push(parseReference(`${world.destinationProxy.host}/known/signed:v${i}`));
    }
    const signing = clientsWith(undefined);
    await signImages(signing, references, localSigner(signingKey), { recursive: false, formats: ["legacy"] }).finally(
      () => signing.close(),
    );
    const clients = clientsWith(knownRealm());
    const requests = await seen(() =>
      mapLimited(references, 8, (reference) =>
        verifyImageWithKey(clients, reference, verificationKey, { ignoreTlog: true }),
      ).finally(() => clients.close()),
    );
    assert.deepEqual(
      requests.destination.filter((request) => request.endsWith(" 401")),
      [],
      "every first request carried the token",
    );
    assert.deepEqual(
      requests.destination.filter((request) => request.includes("/referrers/")).length,
      1,
      "one referrers probe for the repository",
    );
    assert.equal(requests.tokens.length, 1);
  });

  it("a known realm that does not answer is left for the registry's own challenge", async () => {
    // Nothing listens at this realm: the copy goes on as the registry's 401 says.
    const silent: KnownRealm = { realm: "http://127.0.0.1:9/token", service: "nowhere", challengesAnonymous: true };
    const requests = await seen(() => copy("known/detour", silent));
    assert.equal(requests.destination[0], "HEAD /v2/known/detour/manifests/v1 401");
    assert.ok(requests.tokens.length >= 1, "the token came from the realm the registry named");
  });
});
