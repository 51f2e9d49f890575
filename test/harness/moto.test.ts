// moto's server answers the ECR API the way AWS does: GetAuthorizationToken returns a base64
// `AWS:<password>` token, and repositories can be created and listed.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type MotoServer, startMoto } from "../support/moto.ts";
import { rawRequest } from "../support/registry-http.ts";

async function ecrCall(moto: MotoServer, action: string, body: unknown): Promise<unknown> {
  const response = await rawRequest(moto.url, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AmazonEC2ContainerRegistry_V20150921.${action}`,
      // moto does not check signatures; the header only has to name the service and region.
      authorization:
        "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=0",
    },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, response.body.toString());
  return JSON.parse(response.body.toString());
}

describe("moto server (ECR)", () => {
  let moto: MotoServer;
  before(async () => {
    moto = await startMoto();
  });
  after(() => moto.stop());

  it("issues an authorization token of the form AWS:<password>", async () => {
    const result = (await ecrCall(moto, "GetAuthorizationToken", {})) as {
      authorizationData: Array<{ authorizationToken: string; proxyEndpoint: string; expiresAt: number }>;
    };
    const data = result.authorizationData[0];
    assert.ok(data);
    const decoded = Buffer.from(data.authorizationToken, "base64").toString("utf8");
    assert.match(decoded, /^AWS:.+/);
    assert.match(data.proxyEndpoint, /^https:\/\/\d{12}\.dkr\.ecr\.us-east-1\.amazonaws\.com$/);
  });

  it("creates a repository with tag immutability and lists it", async () => {
    await ecrCall(moto, "CreateRepository", { repositoryName: "app", imageTagMutability: "IMMUTABLE" });
    const result = (await ecrCall(moto, "DescribeRepositories", { repositoryNames: ["app"] })) as {
      repositories: Array<{ repositoryName: string; imageTagMutability: string }>;
    };
    assert.equal(result.repositories[0]?.imageTagMutability, "IMMUTABLE");
  });
});
