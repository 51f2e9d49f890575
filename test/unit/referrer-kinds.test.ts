// How a referrer's kind is decided: a referrers listing (the API's answer or a fallback index) is
// believed only when its artifactType names a known kind; a missing artifactType, the OCI empty
// config type or an image config type (what go-containerregistry's registry lists) leaves the
// decision to the manifest, by its own artifactType, then its config, then its layers' media types.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseManifest } from "@image-actions/oci";
import { classifyReferrerManifest, listedReferrerKind } from "../../packages/oci/src/referrer-kinds.ts";

const blob = (mediaType: string, annotations?: Record<string, string>) => ({
  mediaType,
  digest: `sha256:${"ab".repeat(32)}`,
  size: 2,
  ...(annotations ? { annotations } : {}),
});
const EMPTY = "application/vnd.oci.empty.v1+json";
const IMAGE_CONFIG = "application/vnd.oci.image.config.v1+json";
const BUNDLE = "application/vnd.dev.sigstore.bundle.v0.3+json";
const DSSE = "application/vnd.dsse.envelope.v1+json";

/** A referrer manifest as a registry would serve it, parsed the way the client parses one. */
function referrer(fields: { artifactType?: string; config: string; layers: string[]; annotations?: object }) {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      ...(fields.artifactType ? { artifactType: fields.artifactType } : {}),
      config: blob(fields.config),
      layers: fields.layers.map((type) =>
        blob(type, type === DSSE ? { predicateType: "https://spdx.dev/Document" } : undefined),
      ),
      subject: blob("application/vnd.oci.image.manifest.v1+json"),
      ...(fields.annotations ? { annotations: fields.annotations } : {}),
    }),
  );
  return parseManifest(bytes, `sha256:${"cd".repeat(32)}`);
}

describe("listedReferrerKind: is the listing conclusive?", () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    [BUNDLE, "signature"],
    ["application/spdx+json", "sbom"],
    ["application/vnd.cyclonedx+json", "sbom"],
    ["application/vnd.in-toto+json", "attestation"],
    ["application/vnd.dev.cosign.artifact.sig.v1+json", "signature"],
    ["application/vnd.cncf.notary.signature", "signature"],
    [undefined, undefined],
    [EMPTY, undefined],
    [IMAGE_CONFIG, undefined],
    ["application/vnd.docker.container.image.v1+json", undefined],
    ["application/vnd.example.readme", undefined],
  ];
  for (const [artifactType, kind] of cases)
    it(`${artifactType ?? "(none)"} → ${kind ?? "not conclusive"}`, () =>
      assert.equal(listedReferrerKind(artifactType ? { artifactType } : {}), kind));

  it("a bundle listed with a non-signing predicate is an attestation", () =>
    assert.equal(
      listedReferrerKind({
        artifactType: BUNDLE,
        annotations: { "dev.sigstore.bundle.predicateType": "https://slsa.dev/provenance/v1" },
      }),
      "attestation",
    ));
});

describe("classifyReferrerManifest: the manifest decides what the listing could not", () => {
  const cases: Array<[string, Parameters<typeof referrer>[0], string]> = [
    [
      "an SBOM typed by its artifactType, with an image config",
      { artifactType: "application/spdx+json", config: IMAGE_CONFIG, layers: ["application/spdx+json"] },
      "sbom",
    ],
    ["an SBOM with no artifactType: its layer", { config: EMPTY, layers: ["application/vnd.cyclonedx+json"] }, "sbom"],
    [
      "an SBOM typed only by its config (older ORAS)",
      { config: "text/spdx+json", layers: ["application/octet-stream"] },
      "sbom",
    ],
    [
      "a cosign v3 signing bundle",
      {
        artifactType: BUNDLE,
        config: EMPTY,
        layers: [BUNDLE],
        annotations: { "dev.sigstore.bundle.predicateType": "https://sigstore.dev/cosign/sign/v1" },
      },
      "signature",
    ],
    [
      "a bundle without artifactType: its layer and the predicate annotation",
      {
        config: EMPTY,
        layers: [BUNDLE],
        annotations: { "dev.sigstore.bundle.predicateType": "https://spdx.dev/Document" },
      },
      "attestation",
    ],
    [
      "cosign's OCI 1.1 signature referrer (typed config, simple-signing layer)",
      {
        config: "application/vnd.dev.cosign.artifact.sig.v1+json",
        layers: ["application/vnd.dev.cosign.simplesigning.v1+json"],
      },
      "signature",
    ],
    [
      "a simple-signing layer under an image config",
      { config: IMAGE_CONFIG, layers: ["application/vnd.dev.cosign.simplesigning.v1+json"] },
      "signature",
    ],
    ["a DSSE envelope (cosign .att layer)", { config: IMAGE_CONFIG, layers: [DSSE] }, "attestation"],
    ["a platform image", { config: IMAGE_CONFIG, layers: ["application/vnd.oci.image.layer.v1.tar+gzip"] }, "other"],
  ];
  for (const [what, fields, kind] of cases)
    it(`${what} → ${kind}`, () => assert.equal(classifyReferrerManifest(referrer(fields), {}), kind));

  it("falls back on a conclusive listing when the manifest names nothing", () =>
    assert.equal(
      classifyReferrerManifest(referrer({ config: EMPTY, layers: ["application/octet-stream"] }), {
        artifactType: "application/spdx+json",
      }),
      "sbom",
    ));
  it("the manifest's own type wins over the listing's", () =>
    assert.equal(
      classifyReferrerManifest(referrer({ artifactType: "application/spdx+json", config: EMPTY, layers: [] }), {
        artifactType: BUNDLE,
      }),
      "sbom",
    ));
  it("an index is a referrer only by its own artifactType", () => {
    const bytes = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [] }),
    );
    assert.equal(classifyReferrerManifest(parseManifest(bytes, `sha256:${"ef".repeat(32)}`), {}), "other");
  });
});
