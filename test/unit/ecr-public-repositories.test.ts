// Creating ECR Public repositories through the real AWS SDK client with a stubbed HTTP handler (no
// emulator exists for ECR Public). The stub answers as the published API does and checks every
// request: DescribeRepositories, then CreateRepository with the catalog data, on the us-east-1
// endpoint, with the repository name the API knows (the registry alias is not part of it).
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { ensureEcrRepository, type RepositorySettings } from "@image-actions/oci";

interface StubRequest {
  hostname: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

type Answer = { status: number; body: Record<string, unknown> };

/** Answers each call by its X-Amz-Target operation; records what was asked. */
function stub(
  answers: Record<string, Answer>,
  seen: Array<{ operation: string; request: StubRequest; body: unknown }>,
) {
  return {
    handle: async (request: StubRequest) => {
      const operation = (request.headers["x-amz-target"] ?? "").replace(/^SpencerFrontendService\./, "");
      seen.push({ operation, request, body: JSON.parse(request.body || "{}") });
      const answer = answers[operation] ?? { status: 500, body: { __type: "InternalFailure", message: "unexpected" } };
      return {
        response: {
          statusCode: answer.status,
          headers: { "content-type": "application/x-amz-json-1.1" },
          body: Readable.from([Buffer.from(JSON.stringify(answer.body))]),
        },
      };
    },
  };
}

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const notFound: Answer = {
  status: 400,
  body: { __type: "RepositoryNotFoundException", message: "The repository with name 'app' does not exist" },
};
const settings: RepositorySettings = {
  tagImmutability: true,
  mutableTagFilters: [],
  scanOnPush: true,
  catalog: { description: "The app", architectures: ["ARM 64", "x86-64"], operatingSystems: ["Linux"] },
};
const target = { kind: "public" as const };

describe("ECR Public repositories", () => {
  it("are looked up, then created with their catalog data, in us-east-1, named without the alias", async () => {
    const seen: Array<{ operation: string; request: StubRequest; body: unknown }> = [];
    const handler = stub(
      {
        DescribeRepositories: notFound,
        CreateRepository: { status: 200, body: { repository: { repositoryName: "team/app" } } },
      },
      seen,
    );
    const outcome = await ensureEcrRepository("public.ecr.aws", target, "myalias/team/app", settings, {
      sdkConfig: { requestHandler: handler, credentials, region: "eu-west-1" },
    });
    assert.equal(outcome, "created");
    assert.deepEqual(
      seen.map((call) => call.operation),
      ["DescribeRepositories", "CreateRepository"],
    );
    for (const { request } of seen) {
      assert.equal(request.method, "POST");
      assert.equal(request.hostname, "api.ecr-public.us-east-1.amazonaws.com");
      assert.match(request.headers.authorization ?? "", /\/us-east-1\/ecr-public\/aws4_request/);
    }
    assert.deepEqual(seen[0]?.body, { repositoryNames: ["team/app"] });
    assert.deepEqual(seen[1]?.body, {
      repositoryName: "team/app",
      catalogData: { description: "The app", architectures: ["ARM 64", "x86-64"], operatingSystems: ["Linux"] },
    });
  });

  it("that exist are left alone", async () => {
    const seen: Array<{ operation: string; request: StubRequest; body: unknown }> = [];
    const handler = stub(
      { DescribeRepositories: { status: 200, body: { repositories: [{ repositoryName: "app" }] } } },
      seen,
    );
    const outcome = await ensureEcrRepository("public.ecr.aws", target, "myalias/app", settings, {
      sdkConfig: { requestHandler: handler, credentials },
    });
    assert.equal(outcome, "exists");
    assert.deepEqual(
      seen.map((call) => call.operation),
      ["DescribeRepositories"],
    );
  });

  it("are only looked up in a dry run", async () => {
    const seen: Array<{ operation: string; request: StubRequest; body: unknown }> = [];
    const outcome = await ensureEcrRepository("public.ecr.aws", target, "myalias/app", settings, {
      dryRun: true,
      sdkConfig: { requestHandler: stub({ DescribeRepositories: notFound }, seen), credentials },
    });
    assert.equal(outcome, "would create");
    assert.equal(seen.length, 1);
  });

  it("count as there when another job created one first", async () => {
    const seen: Array<{ operation: string; request: StubRequest; body: unknown }> = [];
    const handler = stub(
      {
        DescribeRepositories: notFound,
        CreateRepository: { status: 400, body: { __type: "RepositoryAlreadyExistsException", message: "exists" } },
      },
      seen,
    );
    const outcome = await ensureEcrRepository("public.ecr.aws", target, "myalias/app", settings, {
      sdkConfig: { requestHandler: handler, credentials },
    });
    assert.equal(outcome, "exists");
  });

  it("fail in one line naming the repository when the caller may not look", async () => {
    const handler = stub(
      { DescribeRepositories: { status: 400, body: { __type: "AccessDeniedException", message: "not allowed" } } },
      [],
    );
    await assert.rejects(
      ensureEcrRepository("public.ecr.aws", target, "myalias/app", settings, {
        sdkConfig: { requestHandler: handler, credentials },
      }),
      /^OciError: public\.ecr\.aws\/myalias\/app: could not look up the repository: not allowed$/,
    );
  });

  it("need a registry alias in the name", async () => {
    await assert.rejects(
      ensureEcrRepository("public.ecr.aws", target, "app", settings, { sdkConfig: { credentials } }),
      /an ECR Public name is <registry alias>\/<repository>/,
    );
  });
});
