// Pure rules of the transport and auth layers: challenges, Retry-After, backoff, referrer kinds.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  backoffDelay,
  classifyReferrer,
  isLowPullRate,
  parseChallenge,
  parseRetryAfter,
  pullRateOf,
} from "@image-actions/oci";

describe("parseChallenge", () => {
  it("reads a bearer challenge with a quoted, comma-bearing scope", () => {
    assert.deepEqual(
      parseChallenge(
        'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push"',
      ),
      {
        scheme: "bearer",
        params: { realm: "https://auth.example/token", service: "registry.example", scope: "repository:a/b:pull,push" },
      },
    );
  });
  it("reads Basic, case-insensitively", () =>
    assert.deepEqual(parseChallenge('basic realm="Registry Realm"'), {
      scheme: "basic",
      params: { realm: "Registry Realm" },
    }));
  it("handles escaped quotes and unquoted values", () =>
    assert.deepEqual(parseChallenge('Bearer realm="a\\"b", service=svc'), {
      scheme: "bearer",
      params: { realm: 'a"b', service: "svc" },
    }));
  for (const header of [undefined, "", "Negotiate abc", "Digest realm=x"]) {
    it(`ignores ${JSON.stringify(header)}`, () => assert.equal(parseChallenge(header), undefined));
  }
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-23T10:00:00Z");
  it("reads seconds", () => assert.equal(parseRetryAfter("7", now), 7000));
  it("reads an HTTP-date", () => assert.equal(parseRetryAfter("Mon, 23 Nov 2026 10:00:30 GMT", now), 30_000));
  it("treats a date in the past as now", () => assert.equal(parseRetryAfter("Mon, 23 Nov 2026 09:00:00 GMT", now), 0));
  it("caps absurd waits", () => assert.equal(parseRetryAfter("86400", now), 120_000));
  it("ignores garbage", () => assert.equal(parseRetryAfter("soon", now), undefined));
});

describe("backoffDelay", () => {
  const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
  it("grows exponentially between half and all of the ceiling", () => {
    assert.equal(
      backoffDelay(0, policy, () => 0),
      50,
    );
    assert.equal(
      backoffDelay(0, policy, () => 1),
      100,
    );
    assert.equal(
      backoffDelay(3, policy, () => 0),
      400,
    );
  });
  it("stops at the maximum", () =>
    assert.equal(
      backoffDelay(10, policy, () => 1),
      1000,
    ));
});

describe("classifyReferrer", () => {
  const cases: Array<[Parameters<typeof classifyReferrer>[0], string]> = [
    [
      {
        mediaType: "m",
        artifactType: "application/vnd.dev.sigstore.bundle.v0.3+json",
        annotations: { "dev.sigstore.bundle.predicateType": "https://sigstore.dev/cosign/sign/v1" },
      },
      "signature",
    ],
    [
      {
        mediaType: "m",
        artifactType: "application/vnd.dev.sigstore.bundle.v0.3+json",
        annotations: { "dev.sigstore.bundle.predicateType": "https://spdx.dev/Document" },
      },
      "attestation",
    ],
    [{ mediaType: "m", artifactType: "application/vnd.cncf.notary.signature" }, "signature"],
    [{ mediaType: "m", artifactType: "application/spdx+json" }, "sbom"],
    [{ mediaType: "m", artifactType: "application/vnd.cyclonedx+json" }, "sbom"],
    [{ mediaType: "m", artifactType: "application/vnd.example.readme" }, "other"],
  ];
  for (const [descriptor, kind] of cases)
    it(`${descriptor.artifactType} → ${kind}`, () => assert.equal(classifyReferrer(descriptor), kind));
});

describe("pullRateOf (Docker Hub's rate-limit headers)", () => {
  it("reads the remaining pulls, the limit and the window", () =>
    assert.deepEqual(pullRateOf({ "ratelimit-limit": "100;w=21600", "ratelimit-remaining": "76;w=21600" }), {
      remaining: 76,
      limit: 100,
      windowSeconds: 21600,
    }));
  it("reads a bare count", () => assert.deepEqual(pullRateOf({ "ratelimit-remaining": "3" }), { remaining: 3 }));
  it("ignores responses without the headers", () => assert.equal(pullRateOf({}), undefined));
  it("calls under a tenth of the limit low", () => {
    assert.equal(isLowPullRate({ remaining: 9, limit: 100 }), true);
    assert.equal(isLowPullRate({ remaining: 10, limit: 100 }), false);
    assert.equal(isLowPullRate({ remaining: 9 }), true);
  });
});
