// A registry on the network cannot aim our credentials at the token realm of its choice: a realm on
// plain HTTP, or on a loopback, private, link-local (cloud metadata) or unspecified address — IPv4,
// IPv6, or IPv4 written as IPv6 — is refused before any request is sent.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Transport } from "@image-actions/oci";
import { RegistryAuthenticator } from "../../packages/oci/src/auth/authenticator.ts";

const SCOPES = ["repository:org/app:pull"];

async function realmRefusal(realm: string): Promise<string> {
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
  );
  try {
    await auth.onUnauthorized(`Bearer realm="${realm}",service="registry.example"`, SCOPES, false);
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
  ];
  for (const [realm, why] of refused) {
    it(`refuses ${realm}`, async () => assert.match(await realmRefusal(realm), why));
  }
});
