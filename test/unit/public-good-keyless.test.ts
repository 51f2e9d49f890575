// A real public-good legacy keyless signature (Fulcio certificate, SCT, Rekor entry and signed
// entry timestamp, made by cosign on GitHub Actions) verifies offline against the embedded trusted
// root, and each way it can be wrong fails closed with the check that failed.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import {
  type IdentityPolicy,
  type LegacySignature,
  parseTrustedRoot,
  publicGoodTrustedRoot,
  trustMaterialOf,
  VerificationError,
  verifyLegacyKeyless,
} from "@image-actions/sigstore";
import { PUBLIC_GOOD_TRUSTED_ROOT } from "../../packages/sigstore/src/keyless/public-good-root.ts";
import { publicGoodSeedRoot } from "../../scripts/seed-trusted-root.ts";

interface Fixture {
  image: { digest: string };
  identity: { subject: string; issuer: string };
  payload: string;
  layer: { digest: string; size: number; mediaType: string; annotations: Record<string, string> };
}

const fixture = JSON.parse(
  await readFile(join(import.meta.dirname, "..", "fixtures", "public-good", "legacy-keyless-signature.json"), "utf8"),
) as Fixture;

const stored = (changes: Partial<LegacySignature> = {}, annotations: Record<string, string> = {}): LegacySignature => ({
  payload: Buffer.from(fixture.payload),
  signature: fixture.layer.annotations["dev.cosignproject.cosign/signature"] as string,
  annotations: { ...fixture.layer.annotations, ...annotations },
  layer: fixture.layer,
  ...changes,
});
const exact: IdentityPolicy = {
  subject: { exact: fixture.identity.subject },
  issuer: { exact: fixture.identity.issuer },
};
const publicGood = () => ({ trust: trustMaterialOf(publicGoodTrustedRoot()), identity: exact });

function rejects(run: () => unknown, reason: RegExp): void {
  assert.throws(run, (error: Error) => {
    assert.ok(error instanceof VerificationError, `${error.name}: ${error.message}`);
    assert.match(error.message, reason);
    assert.doesNotMatch(error.message, /\n/);
    return true;
  });
}

describe("a public-good legacy keyless signature, verified offline", () => {
  it("verifies with the exact identity and issuer, naming the Rekor entry", () => {
    const verified = verifyLegacyKeyless(stored(), fixture.image.digest, publicGood());
    assert.deepEqual(verified.identity, fixture.identity);
    assert.equal(verified.logIndex, "1004096555");
    assert.equal(verified.format, "legacy");
    assert.equal(verified.stored, fixture.layer.digest);
  });

  it("verifies with an anchored identity regexp and issuer regexp", () => {
    const policy = {
      trust: trustMaterialOf(publicGoodTrustedRoot()),
      identity: {
        subject: { regexp: /^https:\/\/github\.com\/salrashid123\/go-bazel-github-workflow\// },
        issuer: { regexp: /^https:\/\/token\.actions\.githubusercontent\.com$/ },
      },
    };
    assert.equal(
      verifyLegacyKeyless(stored(), fixture.image.digest, policy).identity.subject,
      fixture.identity.subject,
    );
  });

  it("fails for another identity, another issuer, or a regexp that does not match", () => {
    const trust = trustMaterialOf(publicGoodTrustedRoot());
    rejects(
      () =>
        verifyLegacyKeyless(stored(), fixture.image.digest, {
          trust,
          identity: { ...exact, subject: { exact: `${fixture.identity.subject}x` } },
        }),
      /signed by https:\/\/github\.com\/salrashid123.*, not/,
    );
    rejects(
      () =>
        verifyLegacyKeyless(stored(), fixture.image.digest, {
          trust,
          identity: { ...exact, issuer: { exact: "https://accounts.google.com" } },
        }),
      /issuer https:\/\/token\.actions\.githubusercontent\.com vouched for the signer, not https:\/\/accounts\.google\.com/,
    );
    rejects(
      () =>
        verifyLegacyKeyless(stored(), fixture.image.digest, {
          trust,
          identity: { ...exact, subject: { regexp: /^https:\/\/github\.com\/someone-else\// } },
        }),
      /not \/\^https/,
    );
  });

  it("fails for another digest, a tampered payload, a swapped signature or a missing log entry", () => {
    rejects(
      () => verifyLegacyKeyless(stored(), `sha256:${"0".repeat(64)}`, publicGood()),
      /the signature is for sha256:c05263d2.*, not sha256:0000/,
    );
    const tampered = Buffer.from(fixture.payload.replace("server_image", "server_imagf"));
    rejects(
      () => verifyLegacyKeyless(stored({ payload: tampered }), fixture.image.digest, publicGood()),
      /digest mismatch \(TLOG_BODY_ERROR\)/,
    );
    const otherSignature =
      "MEUCIQCEDpmlDTmbJ8BN8U6TB/icB3kTQupzGI9GcLvpb7WB8AIgKY4MrPejlN9mnwFwm0096lLJ04tc9wp6qcppWYr7Ggk=";
    rejects(
      () => verifyLegacyKeyless(stored({ signature: otherSignature }), fixture.image.digest, publicGood()),
      /signature mismatch \(TLOG_BODY_ERROR\)/,
    );
    const { "dev.sigstore.cosign/bundle": _dropped, ...withoutLog } = fixture.layer.annotations;
    rejects(
      () => verifyLegacyKeyless({ ...stored(), annotations: withoutLog }, fixture.image.digest, publicGood()),
      /no transparency-log entry/,
    );
  });

  it("fails against a trusted root that does not hold Sigstore's CA and logs", () => {
    const foreign = parseTrustedRoot(
      JSON.stringify({ ...PUBLIC_GOOD_TRUSTED_ROOT, certificateAuthorities: [], ctlogs: [] }),
      "foreign.json",
    );
    rejects(
      () => verifyLegacyKeyless(stored(), fixture.image.digest, { trust: trustMaterialOf(foreign), identity: exact }),
      /Failed to verify certificate chain/,
    );
  });

  it("embeds the trusted root of the pinned @sigstore/tuf seeds, unchanged", async () => {
    assert.deepEqual(PUBLIC_GOOD_TRUSTED_ROOT, await publicGoodSeedRoot());
  });

  it("refuses a trusted root that is not one, in one line", () => {
    for (const [text, reason] of [
      ["not json", /trusted root bad\.json is not JSON/],
      ['{"mediaType":"application/json"}', /is not a Sigstore trusted root/],
      ['{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}', /names no certificate authority/],
    ] as const) {
      assert.throws(() => parseTrustedRoot(text, "bad.json"), reason);
    }
  });
});
