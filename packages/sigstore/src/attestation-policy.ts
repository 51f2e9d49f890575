/**
 * Attestations an image must carry, each signed by a given key or keyless identity: the policy
 * verify-base's `require-attestations` states about a base. An attestation is found where cosign
 * stores one, as a Sigstore bundle referrer (cosign v3) or a layer of the legacy `.att` image
 * (cosign v2), checked as `cosign verify-attestation --type <type>` checks it: the DSSE signature
 * (with the key, or the Fulcio certificate chain, identity and log entry), then that the signed
 * in-toto statement has the predicate type and names the image's digest.
 *
 * Where: on the digest given (an index, as verify-base pins it), or, when the index carries none, on
 * every platform manifest it lists (attestations made per platform, as `cosign attest` of each
 * platform's digest does). The index's entries for build attestations (platform `unknown/unknown`,
 * BuildKit's) are not platforms.
 */
import {
  formatPlatform,
  formatReference,
  type Manifest,
  type Reference,
  type RegistryClient,
  type RegistryClients,
  withDigest,
} from "@image-actions/oci";
import { checkAttestationStatement } from "./attestation.ts";
import { IN_TOTO_PAYLOAD_TYPE, pae, readBundles, verifyBundle } from "./bundle.ts";
import { VerificationError } from "./errors.ts";
import { verifyKeyedLogEntry } from "./keyed-log.ts";
import type { IdentityPolicy } from "./keyless/identity-policy.ts";
import { type DsseEnvelopeJson, legacyLayerToBundle, REKOR_BUNDLE_ANNOTATION } from "./keyless/legacy-bundle.ts";
import { type TrustedRootSource, trustMaterialOf } from "./keyless/trusted-root.ts";
import { verifyDsseBundleKeyless, verifyLegacyAttestationKeyless } from "./keyless/verify.ts";
import type { VerificationKey } from "./keys.ts";
import { readLegacyAttestationLayers } from "./legacy.ts";
import { verifyBytes } from "./signature.ts";

/** Who must have signed an attestation: a key, or a keyless identity and issuer. */
export type AttestationSigner =
  | { key: VerificationKey; description: string }
  | { identity: IdentityPolicy; description: string };

export interface RequiredAttestation {
  /** The predicate type as the policy wrote it (cosign short name or URI), for messages. */
  name: string;
  predicateType: string;
  signer: AttestationSigner;
}

export interface AttestationPolicyOptions {
  /** Keyed attestations: accept them without a transparency-log entry (cosign's --insecure-ignore-tlog). */
  ignoreTlog: boolean;
  /** Checks keyless certificates and, unless `ignoreTlog`, keyed log entries. */
  trustedRoot: TrustedRootSource;
}

export interface FoundAttestation {
  /** The digest the attestation is about: the image's own, or one platform's. */
  digest: string;
  platform?: string;
  format: "legacy" | "bundle";
  /** The `.att` layer digest or the referrer manifest digest. */
  stored: string;
  logIndex?: string;
}

export interface SatisfiedAttestation {
  name: string;
  predicateType: string;
  signer: string;
  found: FoundAttestation[];
}

/** The attestations stored for one digest, both ways, read once for every requirement. */
export interface StoredAttestations {
  bundles: Array<{ referrer: string; bundle: Buffer }>;
  legacy: Array<{ layer: string; envelope: DsseEnvelopeJson; annotations: Record<string, string> }>;
}

const MAX_ENVELOPE_BYTES = 16 * 1024 * 1024;

export async function readStoredAttestations(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<StoredAttestations> {
  const [bundles, layers] = await Promise.all([
    readBundles(client, repository, digest),
    readLegacyAttestationLayers(client, repository, digest),
  ]);
  const legacy: StoredAttestations["legacy"] = [];
  for (const layer of layers) {
    let envelope: Partial<DsseEnvelopeJson>;
    try {
      envelope = JSON.parse((await client.readBlob(repository, layer, MAX_ENVELOPE_BYTES)).toString("utf8"));
    } catch (error) {
      // Not an envelope: nothing this policy can accept, and not a reason to stop reading the others.
      if (error instanceof SyntaxError) continue;
      throw error;
    }
    if (
      typeof envelope?.payload !== "string" ||
      typeof envelope.payloadType !== "string" ||
      !Array.isArray(envelope.signatures)
    )
      continue;
    legacy.push({ layer: layer.digest, envelope: envelope as DsseEnvelopeJson, annotations: layer.annotations ?? {} });
  }
  return { bundles, legacy };
}

/** One legacy `.att` envelope signed by `key` (and, unless ignored, logged), about `digest`. */
export function verifyLegacyKeyed(
  stored: StoredAttestations["legacy"][number],
  key: VerificationKey,
  check: (payload: Buffer) => void,
  log: TrustedRootSource | undefined,
): string | undefined {
  const { envelope, layer } = stored;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new VerificationError(`${layer}: payload type ${envelope.payloadType} is not in-toto`);
  const payload = Buffer.from(envelope.payload, "base64");
  const signed = envelope.signatures.some(
    (signature) =>
      typeof signature?.sig === "string" &&
      verifyBytes(key, pae(envelope.payloadType, payload), Buffer.from(signature.sig, "base64")),
  );
  if (!signed) throw new VerificationError(`${layer}: the signature does not verify with this key`);
  check(payload);
  if (!log) return undefined;
  if (!stored.annotations[REKOR_BUNDLE_ANNOTATION])
    throw new VerificationError(`${layer}: signed with the key but has no transparency-log entry`);
  let bundle: ReturnType<typeof legacyLayerToBundle>;
  try {
    bundle = legacyLayerToBundle(Buffer.alloc(0), "", stored.annotations, envelope);
  } catch (error) {
    throw new VerificationError(`${layer}: ${(error as Error).message}`);
  }
  return verifyKeyedLogEntry(bundle, key, log, undefined, layer);
}

/** The first stored attestation of `digest` that satisfies `required`, and why each other one did not. */
function findAttestation(
  stored: StoredAttestations,
  digest: string,
  required: RequiredAttestation,
  options: AttestationPolicyOptions,
): { found?: Omit<FoundAttestation, "platform">; rejected: string[] } {
  const rejected: string[] = [];
  const attempt = (verify: () => Omit<FoundAttestation, "platform">) => {
    try {
      return verify();
    } catch (error) {
      rejected.push((error as Error).message);
      return undefined;
    }
  };
  const { signer, predicateType } = required;
  const checkFor = (where: string) => (payload: Buffer) =>
    checkAttestationStatement(payload, digest, predicateType, where);
  const log = options.ignoreTlog ? undefined : options.trustedRoot;
  const keyless =
    "identity" in signer ? { trust: trustMaterialOf(options.trustedRoot), identity: signer.identity } : undefined;
  for (const { referrer, bundle } of stored.bundles) {
    const found = attempt(() => {
      if (keyless) {
        const verified = verifyDsseBundleKeyless(bundle, referrer, keyless, checkFor(referrer));
        return { digest, format: "bundle", stored: referrer, logIndex: verified.logIndex };
      }
      const key = (signer as { key: VerificationKey }).key;
      const verified = verifyBundle(bundle, key, digest, referrer, log, checkFor(referrer));
      if (log && verified.logIndex === undefined)
        throw new VerificationError(`${referrer}: signed with the key but has no transparency-log entry`);
      return {
        digest,
        format: "bundle",
        stored: referrer,
        ...(verified.logIndex ? { logIndex: verified.logIndex } : {}),
      };
    });
    if (found) return { found, rejected };
  }
  for (const layer of stored.legacy) {
    const found = attempt(() => {
      if (keyless) {
        const verified = verifyLegacyAttestationKeyless(
          layer.envelope,
          layer.annotations,
          layer.layer,
          keyless,
          checkFor(layer.layer),
        );
        return { digest, format: "legacy", stored: layer.layer, logIndex: verified.logIndex };
      }
      const logIndex = verifyLegacyKeyed(layer, (signer as { key: VerificationKey }).key, checkFor(layer.layer), log);
      return { digest, format: "legacy", stored: layer.layer, ...(logIndex ? { logIndex } : {}) };
    });
    if (found) return { found, rejected };
  }
  return { rejected };
}

/** The platform manifests an index lists (not BuildKit's `unknown/unknown` attestation entries). */
function platformsOf(manifest: Manifest): Array<{ digest: string; platform: string }> {
  return manifest.manifests
    .filter((entry) => entry.platform?.os !== "unknown")
    .map((entry) => ({
      digest: entry.digest,
      platform: entry.platform ? formatPlatform(entry.platform) : entry.digest,
    }));
}

/**
 * Require each attestation of `required` on `reference` (pinned by digest), or on every platform of
 * it; throws one VerificationError naming every requirement that is missing, with the signer
 * required and why what was found did not count.
 */
export async function requireAttestations(
  clients: RegistryClients,
  reference: Reference & { digest: string },
  required: RequiredAttestation[],
  options: AttestationPolicyOptions,
): Promise<SatisfiedAttestation[]> {
  if (required.length === 0) return [];
  const client = clients.for(reference.registry);
  const cache = new Map<string, Promise<StoredAttestations>>();
  const storedFor = (digest: string) => {
    let stored = cache.get(digest);
    if (!stored) {
      stored = readStoredAttestations(client, reference.repository, digest);
      cache.set(digest, stored);
    }
    return stored;
  };
  let manifest: Promise<Manifest> | undefined;
  const manifestOnce = () => {
    manifest ??= client.getManifest(reference.repository, reference.digest);
    return manifest;
  };
  const satisfied: SatisfiedAttestation[] = [];
  const missing: string[] = [];
  for (const requirement of required) {
    const type =
      requirement.name === requirement.predicateType
        ? requirement.name
        : `${requirement.name} (${requirement.predicateType})`;
    const described = `${type} attestation signed by ${requirement.signer.description}`;
    const own = findAttestation(await storedFor(reference.digest), reference.digest, requirement, options);
    if (own.found) {
      satisfied.push(satisfiedBy(requirement, [own.found]));
      continue;
    }
    const platforms = platformsOf(await manifestOnce());
    if (platforms.length === 0) {
      missing.push(`no ${described}${reasons(own.rejected)}`);
      continue;
    }
    const found: FoundAttestation[] = [];
    const lacking: string[] = [];
    for (const { digest, platform } of platforms) {
      const result = findAttestation(await storedFor(digest), digest, requirement, options);
      if (result.found) found.push({ ...result.found, platform });
      else lacking.push(platform);
    }
    if (lacking.length === 0) satisfied.push(satisfiedBy(requirement, found));
    else
      missing.push(
        `no ${described} on the index nor on every platform (${lacking.join(", ")} without one)${reasons(own.rejected)}`,
      );
  }
  if (missing.length > 0)
    throw new VerificationError(
      `${formatReference(withDigest(reference, reference.digest))} carries ${missing.join("; and ")}`,
    );
  return satisfied;
}

function satisfiedBy(requirement: RequiredAttestation, found: FoundAttestation[]): SatisfiedAttestation {
  return {
    name: requirement.name,
    predicateType: requirement.predicateType,
    signer: requirement.signer.description,
    found,
  };
}

/** Why what was found did not count, bounded: a base may carry many attestations. */
function reasons(rejected: string[]): string {
  if (rejected.length === 0) return "";
  const shown = rejected.slice(0, 3).join(", ");
  return ` (found: ${shown}${rejected.length > 3 ? `, and ${rejected.length - 3} more` : ""})`;
}
