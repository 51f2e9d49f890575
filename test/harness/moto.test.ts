// moto's server answers the ECR API the way AWS does: GetAuthorizationToken returns a base64
// `AWS:<password>` token, and repositories can be created and listed.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ecrApiCall, type MotoServer, startMoto } from "../support/moto.ts";

describe("moto server (ECR)", () => {
  let moto: MotoServer;
  before(async () => {
    moto = await startMoto();
  });
  after(() => moto.stop());

  it("issues an authorization token of the form AWS:<password>", async () => {
    const result = (await ecrApiCall(moto, "GetAuthorizationToken", {})) as {
      authorizationData: Array<{ authorizationToken: string; proxyEndpoint: string; expiresAt: number }>;
    };
    const data = result.authorizationData[0];
    assert.ok(data);
    const decoded = Buffer.from(data.authorizationToken, "base64").toString("utf8");
    assert.match(decoded, /^AWS:.+/);
    assert.match(data.proxyEndpoint, /^https:\/\/\d{12}\.dkr\.ecr\.us-east-1\.amazonaws\.com$/);
  });

  it("creates a repository with tag immutability and lists it", async () => {
    await ecrApiCall(moto, "CreateRepository", { repositoryName: "app", imageTagMutability: "IMMUTABLE" });
    const result = (await ecrApiCall(moto, "DescribeRepositories", { repositoryNames: ["app"] })) as {
      repositories: Array<{ repositoryName: string; imageTagMutability: string }>;
    };
    assert.equal(result.repositories[0]?.imageTagMutability, "IMMUTABLE");
  });
});
