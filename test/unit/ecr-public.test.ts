// ECR Public logins through the real AWS SDK client with a stubbed HTTP handler (no emulator exists
// for ECR Public): the request is the published GetAuthorizationToken call, signed for us-east-1
// whatever region the job runs in, and the token is cached until shortly before it expires.
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { EcrCredentials } from "@image-actions/oci";

interface StubRequest {
  hostname: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

function stubHandler(expiresAt: Date, seen: StubRequest[]) {
  return {
    handle: async (request: StubRequest) => {
      seen.push(request);
      const token = Buffer.from("AWS:public-token-canary").toString("base64");
      const body = JSON.stringify({
        authorizationData: { authorizationToken: token, expiresAt: expiresAt.getTime() / 1000 },
      });
      return {
        response: {
          statusCode: 200,
          headers: { "content-type": "application/x-amz-json-1.1" },
          body: Readable.from([Buffer.from(body)]),
        },
      };
    },
  };
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

describe("ECR Public credentials", () => {
  it("call GetAuthorizationToken on the us-east-1 endpoint, whatever AWS_REGION says", async () => {
    const previous = process.env.AWS_REGION;
    process.env.AWS_REGION = "eu-west-1";
    try {
      const seen: StubRequest[] = [];
      const secrets: string[] = [];
      const ecr = new EcrCredentials({
        onSecret: (secret) => secrets.push(secret),
        sdkConfig: { requestHandler: stubHandler(new Date(Date.now() + 12 * 3600 * 1000), seen), credentials },
      });
      assert.deepEqual(await ecr.get("public.ecr.aws"), { username: "AWS", password: "public-token-canary" });
      const request = seen[0];
      assert.ok(request);
      assert.equal(request.method, "POST");
      assert.equal(request.hostname, "api.ecr-public.us-east-1.amazonaws.com");
      assert.equal(request.headers["x-amz-target"], "SpencerFrontendService.GetAuthorizationToken");
      assert.match(
        request.headers.authorization ?? "",
        /Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/ecr-public\/aws4_request/,
      );
      assert.ok(secrets.includes("public-token-canary"), "the password is handed to the mask before use");
    } finally {
      if (previous === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = previous;
    }
  });

  it("reuse a token until 15 minutes before it expires, then fetch a new one", async () => {
    let now = Date.parse("2026-11-23T10:00:00Z");
    const seen: StubRequest[] = [];
    const ecr = new EcrCredentials({
      onSecret: () => {},
      now: () => now,
      sdkConfig: { requestHandler: stubHandler(new Date(now + 12 * 3600 * 1000), seen), credentials },
    });
    await ecr.get("public.ecr.aws");
    now += 11 * 3600 * 1000;
    await ecr.get("public.ecr.aws");
    assert.equal(seen.length, 1, "cached while more than 15 minutes remain");
    now += 50 * 60 * 1000;
    await ecr.get("public.ecr.aws");
    assert.equal(seen.length, 2, "refreshed inside the margin");
  });

  it("leave other registries alone", async () => {
    const ecr = new EcrCredentials({
      onSecret: () => {},
      sdkConfig: { requestHandler: stubHandler(new Date(), []), credentials },
    });
    assert.equal(await ecr.get("quay.io"), undefined);
  });
});
