/**
 * Attestations that travel with a promoted image. The internal key's attestations cannot travel as
 * they are: the in-toto statement `cosign attest` signs names the internal repository as its subject
 * (DESIGN.md rule 3 keeps internal names out of public registries). What can travel is what they
 * say: every attestation of the source that verifies with the internal key is read back as its
 * (predicate type, predicate) pair, to be attested again with the release key about the same digest
 * under the public name (attestImages). One that does not verify is left behind, and said so.
 *
 * Found as verify-base's policy finds them (attestation-policy.ts): Sigstore bundle referrers
 * (cosign v3) and layers of the legacy `sha256-<hex>.att` image (cosign v2), on each digest given.
 * Bundles holding cosign's signature predicate are signatures, not attestations: not looked at here.
 */
import { createHash } from "node:crypto";
import type { RegistryClient } from "@image-actions/oci";
import { checkAttestationStatement } from "./attestation.ts";
import { readStoredAttestations, type StoredAttestations, verifyLegacyKeyed } from "./attestation-policy.ts";
import { COSIGN_SIGN_PREDICATE, IN_TOTO_PAYLOAD_TYPE, verifyBundle } from "./bundle.ts";
import type { VerificationKey } from "./keys.ts";
import { escapeForMessage } from "./one-line.ts";
import type { AttestationPredicate } from "./predicates.ts";

/** A predicate the internal key attested about `digest`, once however many times it is stored. */
export interface VerifiedPredicate extends AttestationPredicate {
  digest: string;
  /** `sha256:<hex>` of the predicate as it is attested again (its JSON serialisation). */
  predicateDigest: string;
  /** Where the source holds it: `.att` layer digests and bundle referrer digests. */
  found: Array<{ format: "legacy" | "bundle"; stored: string }>;
}

/** An attestation of the source that does not verify with the key: it stays behind. */
export interface UnverifiedAttestation {
  digest: string;
  /** The type it claims, escaped for a one-line message (it is unverified outside text). */
  predicateType: string;
  format: "legacy" | "bundle";
  stored: string;
  reason: string;
}

export interface SourceAttestations {
  verified: VerifiedPredicate[];
  unverified: UnverifiedAttestation[];
}

/** The predicate type an unverified DSSE payload claims, if it is an in-toto statement at all. */
function claimedPredicateType(payload: string | undefined): string | undefined {
  if (typeof payload !== "string") return undefined;
  try {
    const statement = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { predicateType?: unknown };
    return typeof statement?.predicateType === "string" ? statement.predicateType : undefined;
  } catch {
    return undefined;
  }
}

function bundlePayload(bundle: Buffer): { payload?: string; payloadType?: string } | undefined {
  try {
    const parsed = JSON.parse(bundle.toString("utf8")) as { dsseEnvelope?: { payload?: string; payloadType?: string } };
    return parsed?.dsseEnvelope;
  } catch {
    return undefined;
  }
}

/**
 * The attestations of `digest` in `repository`: each stored one checked with `key` (the DSSE
 * signature, then that its statement is an in-toto statement about `digest` of the type it claims),
 * as `cosign verify-attestation --key … --insecure-ignore-tlog` checks it; promote verifies the
 * internal signature without the log too.
 */
function sortStored(stored: StoredAttestations, digest: string, key: VerificationKey): SourceAttestations {
  const verified = new Map<string, VerifiedPredicate>();
  const unverified: UnverifiedAttestation[] = [];
  const consider = (
    format: "legacy" | "bundle",
    where: string,
    claimed: string,
    verify: (check: (payload: Buffer) => void) => void,
  ) => {
    let statement: { predicate?: unknown } | undefined;
    try {
      verify((payload) => {
        checkAttestationStatement(payload, digest, claimed, where);
        statement = JSON.parse(payload.toString("utf8"));
      });
    } catch (error) {
      unverified.push({
        digest,
        predicateType: escapeForMessage(claimed),
        format,
        stored: escapeForMessage(where),
        reason: escapeForMessage((error as Error).message),
      });
      return;
    }
    const predicate = statement?.predicate;
    const predicateDigest = `sha256:${createHash("sha256")
      .update(JSON.stringify(predicate) ?? "")
      .digest("hex")}`;
    const same = `${claimed} ${predicateDigest}`;
    const known = verified.get(same);
    if (known) known.found.push({ format, stored: where });
    else
      verified.set(same, {
        digest,
        predicateType: claimed,
        predicate,
        predicateDigest,
        found: [{ format, stored: where }],
      });
  };
  for (const { referrer, bundle } of stored.bundles) {
    const envelope = bundlePayload(bundle);
    if (envelope?.payloadType !== IN_TOTO_PAYLOAD_TYPE) continue;
    const claimed = claimedPredicateType(envelope.payload);
    if (claimed === COSIGN_SIGN_PREDICATE) continue;
    consider("bundle", referrer, claimed ?? "(no predicate type)", (check) =>
      verifyBundle(bundle, key, digest, referrer, undefined, check),
    );
  }
  for (const layer of stored.legacy) {
    const claimed = claimedPredicateType(layer.envelope.payload) ?? layer.annotations.predicateType;
    consider("legacy", layer.layer, claimed ?? "(no predicate type)", (check) =>
      verifyLegacyKeyed(layer, key, check, undefined),
    );
  }
  return { verified: [...verified.values()], unverified };
}

/** Every attestation stored for each of `digests` (an index and its platforms), sorted by whether `key` signed it. */
export async function readSourceAttestations(
  client: RegistryClient,
  repository: string,
  digests: string[],
  key: VerificationKey,
): Promise<SourceAttestations> {
  const sorted = await Promise.all(
    [...new Set(digests)].map(async (digest) =>
      sortStored(await readStoredAttestations(client, repository, digest), digest, key),
    ),
  );
  return {
    verified: sorted.flatMap((item) => item.verified),
    unverified: sorted.flatMap((item) => item.unverified),
  };
}

/** One line for the attestations left behind, naming each one's type and digest (a few, then a count). */
export function unverifiedAttestationsWarning(unverified: UnverifiedAttestation[]): string | undefined {
  if (unverified.length === 0) return undefined;
  const shown = unverified
    .slice(0, 5)
    .map((item) => `${item.predicateType} about ${item.digest} (${item.format} ${item.stored})`);
  const more = unverified.length > 5 ? `, and ${unverified.length - 5} more` : "";
  return `left behind ${unverified.length} attestation(s) of the source that do not verify with the internal key: ${shown.join(", ")}${more}`;
}
