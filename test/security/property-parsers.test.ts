// Property-based tests (fast-check) for the parsers of outside input in packages/oci: image
// references, manifests and indexes, WWW-Authenticate challenges and docker config files. For any
// input (arbitrary text and bytes, and valid examples mutated) each either returns a value or throws
// our own one-line error (OciError or a subclass) — never a TypeError, a RangeError or anything
// else — and what it returns holds up: a parsed manifest's every descriptor has a digest that parses.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import {
  AuthError,
  digestOf,
  OciError,
  parseChallenge,
  parseDigest,
  parseManifest,
  parseReference,
} from "@image-actions/oci";
import fc from "fast-check";
import { DockerConfigCredentials, parseDockerConfig } from "../../packages/oci/src/auth/docker-config.ts";
import { EcrCredentials } from "../../packages/oci/src/auth/ecr.ts";

const RUNS = { numRuns: 400 };

/** Runs `parse`; passes when it returns, or throws `type` with a one-line message. */
function parsesOrRefuses<T>(parse: () => T, type: abstract new (...args: never[]) => Error = OciError): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof type))
      throw new Error(`threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
    if (/[\r\n\u2028\u2029\u0085]/.test(error.message))
      throw new Error(`a message of more than one line: ${JSON.stringify(error.message)}`);
    if (error.message.length > 2000) throw new Error(`a message of ${error.message.length} characters`);
    return undefined;
  }
}

/** Text with anything in it: control characters, astral planes, lone surrogates. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(...'/:@.-_[]sha256abcdef0123456789 \n\t\u0000\u2028"\\,=') }),
);

/** `base` edited at random: characters inserted, deleted or replaced. */
function mutated(examples: string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 4 }),
    insert: fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom("@", ":", "/", "..", "\n", "\u0000", "[", "]", '"', "\\"),
    ),
  });
  return fc.tuple(fc.constantFrom(...examples), fc.array(edit, { maxLength: 5 })).map(([base, edits]) =>
    edits.reduce((text, { at, remove, insert }) => {
      const where = text.length === 0 ? 0 : at % (text.length + 1);
      return text.slice(0, where) + insert + text.slice(where + remove);
    }, base),
  );
}

const DIGEST = `sha256:${"a".repeat(64)}`;

describe("parseReference", () => {
  const examples = [
    "nginx",
    "library/nginx:1.25",
    "docker.io/library/nginx:latest",
    `ghcr.io/org/app@${DIGEST}`,
    `127.0.0.1:5000/a/b:v1@${DIGEST}`,
    "[::1]:5000/app:tag",
    "localhost/app",
    "public.ecr.aws/org/app:1.2.3",
  ];

  it("any text parses or is refused with one InvalidInputError line", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(examples)), (text) => {
        const reference = parsesOrRefuses(() => parseReference(text));
        if (reference?.digest) parseDigest(reference.digest);
      }),
      RUNS,
    );
  });
});

describe("parseManifest", () => {
  const descriptor = (mediaType: string) => ({ mediaType, digest: DIGEST, size: 10 });
  const image = {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: descriptor("application/vnd.oci.image.config.v1+json"),
    layers: [descriptor("application/vnd.oci.image.layer.v1.tar+gzip")],
    subject: descriptor("application/vnd.oci.image.manifest.v1+json"),
    annotations: { a: "b" },
  };
  const index = {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [
      { ...descriptor("application/vnd.oci.image.manifest.v1+json"), platform: { os: "linux", architecture: "amd64" } },
    ],
  };

  /** Every descriptor a parsed manifest hands out must be safe to put in a request path. */
  const checkDescriptors = (bytes: Buffer, headerMediaType?: string) => {
    const manifest = parsesOrRefuses(() => parseManifest(bytes, digestOf(bytes), headerMediaType));
    if (!manifest) return;
    for (const entry of [...manifest.manifests, ...manifest.blobs, ...(manifest.subject ? [manifest.subject] : [])]) {
      parseDigest(entry.digest);
      assert.ok(Number.isSafeInteger(entry.size) && entry.size >= 0);
    }
  };

  it("arbitrary bytes and text parse or are refused with one OciError line", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array().map((bytes) => Buffer.from(bytes)),
          anyText.map((text) => Buffer.from(text)),
        ),
        (bytes) => checkDescriptors(bytes),
      ),
      RUNS,
    );
  });

  it("arbitrary JSON parses or is refused with one OciError line", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(anyText, { nil: undefined }), (value, headerMediaType) =>
        checkDescriptors(Buffer.from(JSON.stringify(value) ?? "null"), headerMediaType),
      ),
      RUNS,
    );
  });

  it("valid manifests and indexes with fields replaced by anything parse or are refused", () => {
    const fields = fc.constantFrom(
      "mediaType",
      "config",
      "layers",
      "manifests",
      "subject",
      "artifactType",
      "annotations",
    );
    const descriptorFields = fc.constantFrom(
      "mediaType",
      "digest",
      "size",
      "platform",
      "annotations",
      "urls",
      "artifactType",
    );
    const weird = fc.oneof(
      fc.jsonValue(),
      anyText,
      fc.constantFrom(
        -1,
        1.5,
        2 ** 60,
        "x/../../elsewhere",
        "latest",
        `sha256:${"A".repeat(64)}`,
        `md5:${"a".repeat(32)}`,
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(image, index),
        fc.array(fc.tuple(fields, weird), { maxLength: 3 }),
        fc.array(fc.tuple(descriptorFields, weird), { maxLength: 3 }),
        (base, topLevel, inner) => {
          const value = structuredClone(base) as Record<string, unknown>;
          for (const [field, replacement] of topLevel) value[field] = replacement;
          const listed = (value.layers ?? value.manifests) as unknown;
          if (Array.isArray(listed) && typeof listed[0] === "object" && listed[0] !== null)
            for (const [field, replacement] of inner) (listed[0] as Record<string, unknown>)[field] = replacement;
          checkDescriptors(Buffer.from(JSON.stringify(value)));
        },
      ),
      RUNS,
    );
  });

  it("mutated manifest text parses or is refused", () => {
    fc.assert(
      fc.property(mutated([JSON.stringify(image), JSON.stringify(index)]), (text) =>
        checkDescriptors(Buffer.from(text)),
      ),
      RUNS,
    );
  });
});

describe("parseChallenge", () => {
  const examples = [
    'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"',
    'Basic realm="registry"',
    "Bearer realm=https://auth.example/token, service=registry",
    'Bearer realm="a\\"b",error="invalid_token"',
  ];

  it("any header parses to Basic or Bearer with string parameters, or to nothing; it never throws", () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(anyText, mutated(examples)), { nil: undefined }), (header) => {
        const challenge = parseChallenge(header);
        if (!challenge) return;
        assert.ok(challenge.scheme === "basic" || challenge.scheme === "bearer");
        for (const value of Object.values(challenge.params)) assert.equal(typeof value, "string");
      }),
      RUNS,
    );
  });
});

describe("parseChallenge round trip", () => {
  const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/);
  // Any printable value, quoted with its quotes and backslashes escaped, as RFC 9110 allows.
  const value = fc.string({ unit: fc.constantFrom(...'abc ,=:;/\\"\u00e9xyz0123456789') });
  const quote = (text: string) => `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;

  it("a challenge with quoted parameters parses back to exactly those parameters", () => {
    fc.assert(
      fc.property(fc.constantFrom("Bearer", "Basic", "bearer"), fc.dictionary(key, value), (scheme, params) => {
        const header = `${scheme} ${Object.entries(params)
          .map(([name, text]) => `${name}=${quote(text)}`)
          .join(", ")}`;
        const challenge = parseChallenge(header);
        assert.ok(challenge);
        assert.equal(challenge.scheme, scheme.toLowerCase());
        assert.deepEqual({ ...challenge.params }, { ...params });
      }),
      RUNS,
    );
  });
});

/** What the credential lookup relies on in a config that parsed. */
function assertLookupShape(config: ReturnType<typeof parseDockerConfig>): void {
  for (const entry of Object.values(config.auths ?? {})) {
    assert.ok(typeof entry === "object" && entry !== null && !Array.isArray(entry));
    for (const field of ["auth", "username", "password", "identitytoken", "registrytoken"] as const)
      assert.ok(entry[field] === undefined || typeof entry[field] === "string", field);
  }
  for (const helper of Object.values(config.credHelpers ?? {})) assert.equal(typeof helper, "string");
  assert.ok(config.credsStore === undefined || typeof config.credsStore === "string");
}

describe("the docker config loader", () => {
  const valid = JSON.stringify({
    auths: { "registry.example": { auth: Buffer.from("user:pass").toString("base64") }, "other.example": {} },
    credHelpers: { "ecr.example": "ecr-login" },
    credsStore: "desktop",
  });

  it("any text parses or is refused with one AuthError line", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          mutated([valid]),
          fc.jsonValue().map((value) => JSON.stringify(value) ?? ""),
        ),
        (text) => {
          const parsed = parsesOrRefuses(() => parseDockerConfig(text, "/x/config.json"), AuthError);
          if (parsed) assertLookupShape(parsed);
        },
      ),
      RUNS,
    );
  });

  it("valid configs with entries replaced by anything parse or are refused", () => {
    const weird = fc.oneof(fc.jsonValue(), anyText);
    fc.assert(
      fc.property(
        fc.constantFrom("auths", "credHelpers", "credsStore"),
        weird,
        fc.boolean(),
        fc.constantFrom("auth", "username", "password", "identitytoken", "registrytoken"),
        weird,
        (top, topValue, replaceTop, field, fieldValue) => {
          const config = JSON.parse(valid) as Record<string, Record<string, Record<string, unknown>>>;
          (config.auths as Record<string, Record<string, unknown>>)["registry.example"] = { [field]: fieldValue };
          if (replaceTop) (config as Record<string, unknown>)[top] = topValue;
          const parsed = parsesOrRefuses(() => parseDockerConfig(JSON.stringify(config), "/x/config.json"), AuthError);
          if (parsed) assertLookupShape(parsed);
        },
      ),
      RUNS,
    );
  });

  it("credentials looked up from any parsed auths entry are found or refused with one AuthError line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-property-config-"));
    const path = join(dir, "config.json");
    const ecr = new EcrCredentials({ onSecret: () => {} });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom("auth", "username", "password", "identitytoken"),
          fc.oneof(anyText, fc.jsonValue()),
        ),
        async (entry) => {
          await writeFile(path, JSON.stringify({ auths: { "registry.example": entry } }));
          const provider = new DockerConfigCredentials(path, ecr, () => {});
          try {
            await provider.get("registry.example");
          } catch (error) {
            parsesOrRefuses(() => {
              throw error;
            }, AuthError);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
