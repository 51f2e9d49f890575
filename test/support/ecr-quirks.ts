/**
 * Amazon ECR's and ECR Public's documented departures from the distribution spec, as fault-proxy
 * rules for their personalities (registry-personalities.ts). Each names its source; where a source
 * gives the behaviour but not the exact answer on the registry API, the comment says what is ours.
 */
import type { FaultRule, SeenRequest } from "./fault-proxy.ts";
import type { Quirk } from "./registry-personalities.ts";

const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
const MIB = 1024 * 1024;

function json(errors: Array<{ code: string; message: string }>): string {
  return JSON.stringify({ errors });
}

/** The `subject` media type of a manifest PUT's body, if it has one. */
function subjectMediaType(body: Buffer): string | undefined {
  try {
    return (JSON.parse(body.toString("utf8")) as { subject?: { mediaType?: string } }).subject?.mediaType;
  } catch {
    return undefined;
  }
}

/** `/v2/<name>/manifests/<tag>` → name and tag; undefined for a digest reference. */
function taggedManifest(path: string): { name: string; tag: string } | undefined {
  const match = /^\/v2\/(.+)\/manifests\/([^/?]+)/.exec(path);
  if (!match || (match[2] as string).includes(":")) return undefined;
  return { name: match[1] as string, tag: match[2] as string };
}

/**
 * A referrer of an image index is refused with 405 (aws/containers-roadmap#2783, open: "Amazon ECR
 * returns `405 Method Not Allowed` when pushing OCI 1.1 referrer manifests" whose subject is an
 * index, met with `oras copy -r`). The issue quotes the status, not the body; the body is the one
 * ECR's other 405 manifest refusals carry (oras-project/oras#1133, opcr-io/policy#149).
 */
export const ecrIndexReferrers: Quirk = {
  what: "refuses a referrer whose subject is an image index (405)",
  source: "https://github.com/aws/containers-roadmap/issues/2783",
  confirmed: true,
  rules: () => [
    {
      method: "PUT",
      path: /^\/v2\/.+\/manifests\//,
      when: (request) => [OCI_INDEX, DOCKER_LIST].includes(subjectMediaType(request.body) ?? ""),
      fault: {
        type: "answer",
        status: 405,
        headers: { "content-type": "application/json" },
        body: json([
          {
            code: "UNSUPPORTED",
            message: "Invalid parameter at 'ImageManifest' failed to satisfy constraint: 'Invalid JSON syntax'",
          },
        ]),
      },
    },
  ],
};

/**
 * Tag immutability (the repository setting release pipelines use): a second write of a tag is
 * refused with `TAG_INVALID` — "The image tag '<tag>' already exists in the '<repository>'
 * repository and cannot be overwritten because the tag is immutable." (as go-containerregistry
 * prints it, osscontainertools/kaniko#204; older ECR said "because the repository is immutable",
 * aws/containers-roadmap#862), even when the digest is the same (aws/containers-roadmap#2179);
 * the API's PutImage calls it ImageTagAlreadyExistsException. The status is not quoted by those
 * sources: 400, as the distribution spec gives TAG_INVALID. The tags written through the proxy are
 * remembered; `sha256-*` (cosign's and the referrers fallback tags) and `latest` are exempt, as the
 * IMMUTABLE_WITH_EXCLUSION setting lets a repository exempt them.
 */
export const ecrImmutableTags: Quirk = {
  what: "refuses a second write of an immutable tag (TAG_INVALID)",
  metIn: "test/integration/registry-ecr-quirks.test.ts",
  source: "https://github.com/osscontainertools/kaniko/pull/204",
  confirmed: true,
  rules: () => {
    const written = new Set<string>();
    const exempt = (tag: string) => tag.startsWith("sha256-") || tag === "latest";
    return [
      {
        method: "PUT",
        path: /^\/v2\/.+\/manifests\//,
        when: (request) => {
          const tagged = taggedManifest(request.path);
          if (!tagged || exempt(tagged.tag)) return false;
          const key = `${tagged.name}:${tagged.tag}`;
          if (written.has(key)) return true;
          written.add(key);
          return false;
        },
        fault: {
          type: "answer",
          status: 400,
          headers: { "content-type": "application/json" },
          body: (request: SeenRequest) => {
            const { name, tag } = taggedManifest(request.path) as { name: string; tag: string };
            return json([
              {
                code: "TAG_INVALID",
                message: `The image tag '${tag}' already exists in the '${name}' repository and cannot be overwritten because the tag is immutable.`,
              },
            ]);
          },
        },
      },
    ];
  },
};

/**
 * Chunked uploads: a PATCH is answered 201, not 202 (openai/tart#273, dotnet/sdk-container-builds#279
 * by the AWS .NET SDK team, jdx/mise#11376); every PATCH after a session's first is answered 201
 * with its body discarded (aws/containers-roadmap#2831); and every part but the last must be at
 * least 5 MB (dotnet/sdk-container-builds#279; CloudTrail names the refusal
 * LayerPartTooSmallException, "All layer parts except the last part should be at least 5MB",
 * dotnet/sdk-container-builds#424). How the registry API answers that refusal is not quoted: ours
 * is a 400 carrying CloudTrail's words. A monolithic upload (POST, one PUT with the body) is taken
 * whole (kitops-ml/kitops#821).
 */
export const ecrChunkedUploads: Quirk = {
  what: "chunked uploads: PATCH answers 201, later PATCHes are dropped, parts under 5 MB refused",
  metIn: "test/integration/registry-ecr-quirks.test.ts",
  source: "https://github.com/aws/containers-roadmap/issues/2831",
  confirmed: true,
  rules: () => {
    /** The sizes of the PATCHes forwarded, per upload session (its path without the query). */
    const parts = new Map<string, number[]>();
    const session = (request: SeenRequest) => request.path.split("?")[0] as string;
    const lastPartTooSmall = (request: SeenRequest) => {
      const sizes = parts.get(session(request)) ?? [];
      return sizes.length > 0 && (sizes.at(-1) as number) < 5 * MIB;
    };
    const tooSmall = {
      type: "answer" as const,
      status: 400,
      headers: { "content-type": "application/json" },
      body: json([
        { code: "LayerPartTooSmallException", message: "All layer parts except the last part should be at least 5MB" },
      ]),
    };
    const uploads = /^\/v2\/.+\/blobs\/uploads\/[^/?]+/;
    const rules: FaultRule[] = [
      // A part after one under 5 MB: that one was not the last.
      { method: "PATCH", path: uploads, when: lastPartTooSmall, fault: tooSmall },
      {
        method: "PUT",
        path: uploads,
        when: (request) => request.body.length > 0 && lastPartTooSmall(request),
        fault: tooSmall,
      },
      // A second PATCH: 201, and its bytes are gone.
      {
        method: "PATCH",
        path: uploads,
        when: (request) => parts.has(session(request)),
        fault: { type: "answer", status: 201 },
      },
      {
        method: "PATCH",
        path: uploads,
        when: (request) => {
          parts.set(session(request), [request.body.length]);
          return true;
        },
        fault: { type: "restatus", status: 201 },
      },
    ];
    return rules;
  },
};

/**
 * ECR Public takes its GetAuthorizationToken token as a Bearer token and answers Basic with 401
 * DENIED "Your Authorization Token is invalid." (kreuzwerker/terraform-provider-docker#666, where
 * both curl answers are quoted).
 */
export const ecrPublicBearerOnly: Quirk = {
  what: "refuses Basic credentials (401 DENIED): its token goes as a Bearer token",
  metIn: "test/integration/registry-ecr-quirks.test.ts",
  source: "https://github.com/kreuzwerker/terraform-provider-docker/pull/666",
  confirmed: true,
  rules: () => [
    {
      path: /^\/v2\//,
      when: (request) => /^basic /i.test(String(request.headers.authorization ?? "")),
      fault: {
        type: "answer",
        status: 401,
        headers: { "content-type": "application/json" },
        body: json([{ code: "DENIED", message: "Your Authorization Token is invalid." }]),
      },
    },
  ],
};

/** The anonymous token ECR Public's own realm hands out (a stand-in: any opaque string). */
export const ECR_PUBLIC_ANONYMOUS_TOKEN = "ecr-public-anonymous";

/**
 * Anonymous pulls go through ECR Public's own token realm, whose challenge names the scope `aws`
 * rather than a repository scope: `Bearer realm="https://public.ecr.aws/token/",
 * service="public.ecr.aws",scope="aws"` (quoted in crashappsec/chalk's challenge parser and in
 * other clients' tests). Here the realm is the proxy's `/token/`, and it hands anyone a token.
 */
export const ecrPublicTokenRealm: Quirk = {
  what: "anonymous pulls take a token from its own realm, scope aws",
  source: "https://github.com/crashappsec/chalk",
  confirmed: true,
  rules: () => [
    {
      method: "GET",
      path: /^\/token\//,
      fault: {
        type: "answer",
        status: 200,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: ECR_PUBLIC_ANONYMOUS_TOKEN }),
      },
    },
    {
      path: /^\/v2\//,
      when: (request) => !request.headers.authorization,
      fault: {
        type: "answer",
        status: 401,
        headers: (request: SeenRequest) => ({
          "content-type": "application/json",
          "www-authenticate": `Bearer realm="http://${request.headers.host}/token/",service="public.ecr.aws",scope="aws"`,
        }),
        body: json([{ code: "UNAUTHORIZED", message: "authentication required" }]),
      },
    },
  ],
};
