// Credentials that expire in a long job, and tokens that outgrow a header. ECR's registry password
// (GetAuthorizationToken) lives 12 hours and a GITHUB_TOKEN or a credential helper's OAuth token
// can expire mid-job: a copy job whose credential is replaced half-way carries on, on a Basic-auth
// registry (ECR's kind) and on a bearer-token one (GHCR's kind), with exactly one new lookup however
// many requests met the refusal; a credential still refused after that one lookup fails the job
// with one line, after a counted, small number of requests (no loop). ACR (regclient/regclient#797)
// refuses a token covering many repositories: a request asking for scopes on many repositories
// gets a token for a bounded number of them and goes through.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, it } from "node:test";
import {
  type Credential,
  type CredentialProvider,
  copyImage,
  MAX_SCOPES_PER_TOKEN,
  parseReference,
  RegistryClients,
  staticCredentials,
  Transport,
} from "@image-actions/oci";
import { type FaultProxy, startFaultProxy } from "../support/fault-proxy.ts";
import { type PushedImage, pushImage } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { registryRequest } from "../support/registry-http.ts";
import { startPersonality } from "../support/registry-personalities.ts";

/** A transport that also counts the requests sent to token servers. */
function countingTransport(): { transport: Transport; tokenRequests: () => number } {
  const transport = new Transport();
  const send = transport.send.bind(transport);
  let count = 0;
  transport.send = (request) => {
    if (new URL(request.url).pathname === "/token") count++;
    return send(request);
  };
  return { transport, tokenRequests: () => count };
}

/** A credential source like ECR's: whatever it holds now, and a record of every lookup. */
function rotatingCredentials(username: string, password: string) {
  const state = { password, lookups: [] as boolean[] };
  const provider: CredentialProvider = {
    async get(_registry, options): Promise<Credential> {
      state.lookups.push(options?.refresh ?? false);
      return { username, password: state.password };
    },
  };
  return { state, provider };
}

const newPassword = () => `canary-${randomBytes(9).toString("hex")}`;

for (const auth of ["basic", "bearer"] as const) {
  describe(`a credential that expires mid-job (${auth === "basic" ? "Basic, as ECR" : "bearer, as GHCR"})`, () => {
    let source: TestRegistry;
    let target: TestRegistry;
    let proxy: FaultProxy;
    let images: PushedImage[];

    before(async () => {
      [source, target] = await Promise.all([
        startRegistry(),
        startRegistry({ auth, ...(auth === "bearer" ? { anonymousPull: false } : {}) }),
      ]);
      proxy = await startFaultProxy({ url: target.url });
      images = await Promise.all([1, 2, 3].map((n) => pushImage(source, "src/app", `v${n}`, { layers: [2048, 512] })));
    });
    after(async () => {
      await proxy?.close();
      await Promise.all([source?.stop(), target?.stop()]);
    });

    const copy = (clients: RegistryClients, tag: string, repository: string) =>
      copyImage(clients, parseReference(`${source.host}/src/app:${tag}`), [
        parseReference(`${proxy.host}/${repository}:${tag}`),
      ]);

    it("is looked up again once, and the job carries on with the new one", async () => {
      const username = target.credentials?.username as string;
      const { state, provider } = rotatingCredentials(username, target.credentials?.password as string);
      const clients = new RegistryClients({ env: {}, onSecret: () => {}, credentials: provider });
      try {
        const first = await copy(clients, "v1", "job/one");
        assert.equal(first.destinations[0]?.status, "copied", first.destinations[0]?.error);
        // The credential expires; its source now hands out a new one.
        const renewed = newPassword();
        await target.changePassword(renewed);
        state.password = renewed;
        const mark = proxy.requests.length;
        // Another repository (a bearer token must be fetched for it) with several blobs at once.
        const second = await copy(clients, "v2", "job/two");
        assert.equal(second.destinations[0]?.status, "copied", second.destinations[0]?.error);
        assert.deepEqual(state.lookups, [false, true], "one lookup at the start, one after the refusal");
        if (auth === "basic")
          assert.ok(
            proxy.requests.slice(mark).some((request) => request.status === 401),
            "the registry refused the expired password",
          );
        const pulled = await clients.for(proxy.host).headManifest("job/two", "v2");
        assert.equal(pulled?.digest, images[1]?.digest);
      } finally {
        await clients.close();
      }
    });

    for (const renewal of ["unchanged", "another refused one"] as const) {
      it(`still refused after the lookup (${renewal}): fails in one line, without a loop`, async () => {
        const username = target.credentials?.username as string;
        const { state, provider } = rotatingCredentials(username, target.credentials?.password as string);
        const { transport, tokenRequests } = countingTransport();
        const clients = new RegistryClients({ env: {}, onSecret: () => {}, credentials: provider, transport });
        try {
          const warm = await copy(clients, "v1", `refused/${renewal === "unchanged" ? "a" : "b"}`);
          assert.equal(warm.destinations[0]?.status, "copied", warm.destinations[0]?.error);
          const stale = state.password;
          // Expired, and nothing the source hands out is accepted any more.
          await target.changePassword(newPassword());
          if (renewal === "another refused one") state.password = newPassword();
          const registryMark = proxy.requests.length;
          const tokenMark = tokenRequests();
          const failure = await clients
            .for(proxy.host)
            .getManifest(`refused/${renewal === "unchanged" ? "c" : "d"}`, "v1")
            .then(
              () => undefined,
              (error: Error) => error,
            );
          assert.ok(failure, "the lookup failed");
          assert.doesNotMatch(failure.message, /\n/, "one line");
          assert.ok(!failure.message.includes(stale) && !failure.message.includes(state.password), "no secret");
          assert.deepEqual(state.lookups, [false, true], "looked up again exactly once");
          const sent = proxy.requests.slice(registryMark);
          if (auth === "basic") {
            assert.match(failure.message, /HTTP 401/);
            // The password known to be wrong, then (when the lookup gave another) that one: nothing more.
            assert.equal(sent.length, renewal === "unchanged" ? 1 : 2, JSON.stringify(sent));
          } else {
            assert.match(
              failure.message,
              renewal === "unchanged"
                ? /the credentials were refused \(looked up again: unchanged\)/
                : /the credentials were refused, also when looked up again/,
            );
            // A new repository: one token request with the stale password, one with the renewed one if any.
            assert.equal(tokenRequests() - tokenMark, renewal === "unchanged" ? 1 : 2);
            assert.equal(sent.length, 0, "nothing reached the registry without a token");
          }
        } finally {
          await target.changePassword(state.password);
          await clients.close();
        }
      });
    }
  });
}

describe("ACR: a token for many repositories outgrows a header (regclient/regclient#797)", () => {
  it("a request asking for scopes on many repositories is sent with a token for a bounded number of them", async () => {
    const acr = await startPersonality("acr", { registry: { kind: "distribution", auth: "bearer" } });
    const credentials = acr.registry.credentials as { username: string; password: string };
    const clients = new RegistryClients({
      env: {},
      onSecret: () => {},
      credentials: staticCredentials({ [acr.host]: credentials }),
    });
    try {
      const image = await pushImage(acr.registry, "team/app", "v1");
      const blobPath = `/v2/team/app/blobs/${image.config.digest}`;
      const many = Array.from({ length: 120 }, (_, i) => `repository:team/other-${i}:pull`);
      // The personality does refuse such a token: asked for all of these, it answers 400.
      const direct = await registryRequest(
        { ...acr.registry, url: acr.proxy.url },
        {
          method: "HEAD",
          path: blobPath,
          scope: ["repository:team/app:pull", ...many].join(" "),
        },
      );
      assert.equal(direct.status, 400, "the personality refuses a token covering every repository asked");
      const tokenMark = acr.registry.tokenIssuer?.requests.length ?? 0;
      const response = await clients.for(acr.host).send({
        method: "HEAD",
        path: blobPath,
        repository: "team/app",
        actions: ["pull"],
        extraScopes: many,
      });
      response.body.resume();
      assert.equal(response.status, 200);
      const asked = acr.registry.tokenIssuer?.requests.slice(tokenMark) ?? [];
      assert.ok(asked.length > 0);
      for (const request of asked) {
        assert.ok(request.scopes.length <= MAX_SCOPES_PER_TOKEN, `${request.scopes.length} scopes in one token`);
        assert.ok(request.scopes.includes("repository:team/app:pull"), "the request's own repository is kept");
      }
    } finally {
      await clients.close();
      await acr.stop();
    }
  });
});
