/**
 * Signing and verifying images by reference: resolve each tag to a digest once, sign that digest
 * (and, recursively, every manifest an index lists), verify against a key. The operations the
 * `sign` and `verify-base` actions are made of; the format is cosign's legacy `.sig` image.
 */
import {
  type Descriptor,
  formatReference,
  indexReferrerLimit,
  isIndexReferrerRefusal,
  type Manifest,
  manifestReference,
  parseReference,
  type Reference,
  type RegistryClients,
  repositoryName,
  withDigest,
} from "@image-actions/oci";
import { attestPredicate } from "./attestation.ts";
import { readBundles, type VerifiedBundle, verifyBundle, writeBundleSignature } from "./bundle.ts";
import { noSignatureVerified, VerificationError } from "./errors.ts";
import { signImageLegacy, type VerifiedSignature as VerifiedLegacySignature, verifyImageLegacy } from "./keyed.ts";
import { describeMatch } from "./keyless/identity-policy.ts";
import { publicGoodTrustedRoot, type TrustedRootSource } from "./keyless/trusted-root.ts";
import {
  type KeylessPolicy,
  type VerifiedKeyless,
  verifyBundleKeyless,
  verifyLegacyKeyless,
} from "./keyless/verify.ts";
import type { VerificationKey } from "./keys.ts";
import { readLegacySignatures } from "./legacy.ts";
import type { AttestationPredicate } from "./predicates.ts";
import type { Signer } from "./signer.ts";

export type SignatureFormat = "legacy" | "bundle";

export interface SignedDigest {
  image: string;
  digest: string;
  format: SignatureFormat;
  /** Where the signature is stored: `name:sha256-<hex>.sig`, or the referrer `name@sha256:…`. */
  storedAt: string;
  outcome: "written" | "exists";
  /**
   * The registry refused a bundle referrer of this image index (ECR, aws/containers-roadmap#2783;
   * see @image-actions/oci's index-referrers.ts): this legacy `.sig` signature (or `.att`
   * attestation) stands in for it. Set on the legacy entry, written for the purpose or, with
   * `format: both`, the one written anyway.
   */
  bundleRefused?: true;
}

export interface SignImagesOptions {
  recursive: boolean;
  annotations?: Map<string, string>;
  formats: SignatureFormat[];
  /** The creation time bundle referrers are stamped with. */
  created?: Date;
  /**
   * Manifests the caller has just written to the references' repositories (a promotion's copy): a
   * reference pinned to one of their digests is not read back to find what to sign.
   */
  written?: Manifest[];
}

export interface SigningTarget {
  reference: Reference;
  subject: Descriptor;
  format: SignatureFormat;
}

/**
 * What to sign: each tag resolved once, up front, to its digest (and, recursively, the manifests an
 * index lists), once per format. A digest reached twice in one repository (two tags of one image,
 * an index and its child both named) is signed once: signed concurrently, both copies would be
 * written. The digests are then signed a few at a time: each has its own .sig image and referrers,
 * so they do not contend.
 */
export async function signingTargets(
  clients: RegistryClients,
  references: Reference[],
  options: Pick<SignImagesOptions, "recursive" | "formats" | "written">,
): Promise<SigningTarget[]> {
  const targets = (
    await mapLimited(references, CONCURRENCY, async (reference) => {
      const written = options.written?.find((manifest) => reference.digest && manifest.digest === reference.digest);
      const { manifest, subject } = written
        ? { manifest: written, subject: subjectOf(written) }
        : await resolveSubject(clients, reference);
      const subjects: Descriptor[] = [subject, ...(options.recursive ? manifest.manifests : [])];
      return subjects.flatMap((subject) => options.formats.map((format) => ({ reference, subject, format })));
    })
  ).flat();
  const seen = new Set<string>();
  return targets.filter(({ reference, subject, format }) => {
    const key = `${repositoryName(reference)}@${subject.digest} ${format}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A reference's manifest, read once, and the descriptor a signature or attestation names it by. */
export async function resolveSubject(
  clients: RegistryClients,
  reference: Reference,
): Promise<{ manifest: Manifest; subject: Descriptor }> {
  const manifest = await clients
    .for(reference.registry)
    .getManifest(reference.repository, manifestReference(reference));
  return { manifest, subject: subjectOf(manifest) };
}

function subjectOf(manifest: Manifest): Descriptor {
  return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}

export async function signImages(
  clients: RegistryClients,
  references: Reference[],
  signer: Signer,
  options: SignImagesOptions,
): Promise<SignedDigest[]> {
  const targets = await signingTargets(clients, references, options);
  const signLegacy = async ({ reference, subject }: SigningTarget): Promise<SignedDigest> => {
    const signed = await signImageLegacy(
      clients.for(reference.registry),
      reference.repository,
      subject.digest,
      signer,
      {
        dockerReference: repositoryName(reference),
        ...(options.annotations ? { annotations: options.annotations } : {}),
      },
    );
    return {
      image: formatReference(withDigest(reference, subject.digest)),
      digest: subject.digest,
      format: "legacy",
      storedAt: `${repositoryName(reference)}:${signed.tag}`,
      outcome: signed.outcome,
    };
  };
  const results = await mapLimited(targets, CONCURRENCY, async (target): Promise<SignedDigest | RefusedBundle> => {
    const { reference, subject, format } = target;
    if (format === "legacy") return signLegacy(target);
    let written: { outcome: "written" | "exists"; referrer: string };
    try {
      written = await writeBundleSignature(clients.for(reference.registry), reference.repository, signer, {
        subject,
        created: options.created ?? new Date(),
        ...(options.annotations ? { annotations: options.annotations } : {}),
      });
    } catch (error) {
      if (isIndexReferrerRefusal(error, subject)) return { refused: target };
      throw error;
    }
    return {
      image: formatReference(withDigest(reference, subject.digest)),
      digest: subject.digest,
      format,
      storedAt: `${repositoryName(reference)}@${written.referrer}`,
      outcome: written.outcome,
    };
  });
  return withLegacyStandIns(results, signLegacy);
}

/** A bundle target the registry refused as a referrer of an image index. */
export interface RefusedBundle {
  refused: SigningTarget;
}

/**
 * Each refused bundle replaced by the legacy signature of its subject: the one a `format: both`
 * run wrote anyway (marked), or one signed now, after the others, so that it never races the
 * signing of the same `.sig` tag.
 */
export async function withLegacyStandIns(
  results: Array<SignedDigest | RefusedBundle>,
  signLegacy: (target: SigningTarget) => Promise<SignedDigest>,
): Promise<SignedDigest[]> {
  const signed: SignedDigest[] = [];
  for (const result of results) {
    if (!("refused" in result)) {
      signed.push(result);
      continue;
    }
    const { reference, subject } = result.refused;
    const image = formatReference(withDigest(reference, subject.digest));
    const legacy = results.find(
      (other): other is SignedDigest => !("refused" in other) && other.image === image && other.format === "legacy",
    );
    if (legacy) legacy.bundleRefused = true;
    else signed.push({ ...(await signLegacy({ ...result.refused, format: "legacy" })), bundleRefused: true });
  }
  return signed;
}

/**
 * One line for the legacy signatures and attestations that stand in for bundles a registry refused
 * (SignedDigest.bundleRefused), naming the registry, the reason and the digests; undefined if none.
 */
export function legacyStandInWarning(stored: Array<SignedDigest | AttestedDigest>): string | undefined {
  const standIns = stored.filter((item) => item.bundleRefused);
  if (standIns.length === 0) return undefined;
  const digests = (attestations: boolean) => [
    ...new Set(
      standIns.filter((item) => item.format.endsWith("-attestation") === attestations).map((item) => item.digest),
    ),
  ];
  const signatures = digests(false);
  const attestations = digests(true);
  const parts = [
    ...(signatures.length > 0 ? [`signed ${signatures.join(", ")} with the legacy .sig tag`] : []),
    ...(attestations.length > 0 ? [`attested ${attestations.join(", ")} with the legacy .att tag`] : []),
  ];
  const registries = standIns.map((item) => parseReference(item.image).registry);
  return `${indexReferrerLimit(registries)}: ${parts.join(" and ")} instead`;
}

export const CONCURRENCY = 8;

/** Map with at most `limit` calls in flight, keeping the input order. */
export async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export type VerifiedSignature = VerifiedLegacySignature | VerifiedBundle;

export interface VerifiedImage {
  digest: string;
  /** The image pinned to the verified digest. */
  image: string;
  signatures: VerifiedSignature[];
}

/**
 * Resolve `reference` once and require a signature by `key` over that digest whose
 * transparency-log entry verifies against the trusted root (public-good unless given); with
 * `ignoreTlog`, as cosign's --insecure-ignore-tlog, entries are neither required nor checked.
 */
export async function verifyImageWithKey(
  clients: RegistryClients,
  reference: Reference,
  key: VerificationKey,
  options: { ignoreTlog: boolean; trustedRoot?: TrustedRootSource },
): Promise<VerifiedImage> {
  const client = clients.for(reference.registry);
  const digest = await resolveDigest(clients, reference);
  const log = options.ignoreTlog ? undefined : (options.trustedRoot ?? publicGoodTrustedRoot());
  const [legacy, bundles] = await Promise.all([
    verifyImageLegacy(client, reference.repository, digest, key, log),
    readBundles(client, reference.repository, digest),
  ]);
  const verified: VerifiedSignature[] = [...legacy.verified];
  const rejected = [...legacy.rejected];
  for (const { referrer, bundle } of bundles) {
    try {
      verified.push(verifyBundle(bundle, key, digest, referrer, log));
    } catch (error) {
      rejected.push((error as Error).message);
    }
  }
  if (verified.length === 0)
    throw noSignatureVerified(`${digest} has no signature that verifies with the key`, rejected);
  const accepted = options.ignoreTlog ? verified : verified.filter((signature) => signature.logIndex !== undefined);
  if (accepted.length === 0)
    throw new VerificationError(
      `${digest} is signed with the key but has no transparency-log entry; set ignore-tlog: true to accept keyed signatures without one`,
    );
  return { digest, image: formatReference(withDigest(reference, digest)), signatures: accepted };
}

/**
 * A digest reference needs no resolving: the signatures are checked over that digest itself. A tag
 * is resolved with a HEAD, which Docker Hub does not count against the pull allowance (a GET is a
 * pull: https://docs.docker.com/docker-hub/usage/pulls/); a tag the HEAD does not find is read with
 * a GET, for the registry's own error.
 */
async function resolveDigest(clients: RegistryClients, reference: Reference): Promise<string> {
  if (reference.digest) return reference.digest;
  const client = clients.for(reference.registry);
  const tag = manifestReference(reference);
  const head = await client.headManifest(reference.repository, tag);
  return head?.digest ?? (await client.getManifest(reference.repository, tag)).digest;
}

export interface VerifiedKeylessImage {
  digest: string;
  image: string;
  signatures: VerifiedKeyless[];
}

/**
 * Resolve `reference` once and require a keyless signature over that digest, in either format,
 * whose certificate chains to the trusted root, is logged, and names the policy's identity.
 */
export async function verifyImageKeyless(
  clients: RegistryClients,
  reference: Reference,
  policy: KeylessPolicy,
): Promise<VerifiedKeylessImage> {
  const client = clients.for(reference.registry);
  const digest = await resolveDigest(clients, reference);
  const [legacy, bundles] = await Promise.all([
    readLegacySignatures(client, reference.repository, digest),
    readBundles(client, reference.repository, digest),
  ]);
  const verified: VerifiedKeyless[] = [];
  const rejected: string[] = [];
  const attempt = (verify: () => VerifiedKeyless) => {
    try {
      verified.push(verify());
    } catch (error) {
      rejected.push((error as Error).message);
    }
  };
  for (const stored of legacy) attempt(() => verifyLegacyKeyless(stored, digest, policy));
  for (const { referrer, bundle } of bundles) attempt(() => verifyBundleKeyless(bundle, digest, referrer, policy));
  if (verified.length === 0)
    throw noSignatureVerified(
      `${digest} has no keyless signature by ${describeMatch(policy.identity.subject)} (issuer ${describeMatch(policy.identity.issuer)})`,
      rejected,
    );
  return { digest, image: formatReference(withDigest(reference, digest)), signatures: verified };
}

export interface AttestedDigest extends Omit<SignedDigest, "format"> {
  format: `${SignatureFormat}-attestation`;
  predicateType: string;
}

export interface AttestImagesOptions {
  /** What to attest about each image: one attestation per predicate and format. */
  predicates: AttestationPredicate[];
  formats: SignatureFormat[];
  created?: Date;
}

/** Attach a signed attestation of each predicate to each image (its root digest), in each format asked for. */
export async function attestImages(
  clients: RegistryClients,
  references: Reference[],
  signer: Signer,
  options: AttestImagesOptions,
): Promise<AttestedDigest[]> {
  const results: AttestedDigest[] = [];
  for (const reference of references) {
    const { subject } = await resolveSubject(clients, reference);
    for (const predicate of options.predicates)
      results.push(...(await attestSubject(clients, reference, subject, signer, predicate, options)));
  }
  return results;
}

/** One predicate attested about one image, in each format asked for. */
async function attestSubject(
  clients: RegistryClients,
  reference: Reference,
  subject: Descriptor,
  signer: Signer,
  predicate: AttestationPredicate,
  options: AttestImagesOptions,
): Promise<AttestedDigest[]> {
  const client = clients.for(reference.registry);
  const image = formatReference(withDigest(reference, subject.digest));
  const attest = async (format: SignatureFormat): Promise<AttestedDigest> => {
    const attested = await attestPredicate(client, reference.repository, signer, {
      name: repositoryName(reference),
      subject,
      predicate,
      format,
      ...(options.created ? { created: options.created } : {}),
    });
    return {
      image,
      digest: subject.digest,
      format: `${format}-attestation`,
      storedAt: attested.storedAt,
      outcome: attested.outcome,
      predicateType: attested.predicateType,
    };
  };
  const results: AttestedDigest[] = [];
  for (const format of options.formats) {
    try {
      results.push(await attest(format));
    } catch (error) {
      if (format !== "bundle" || !isIndexReferrerRefusal(error, subject)) throw error;
      results.push(...(await legacyAttestationStandIn(results, image, () => attest("legacy"))));
    }
  }
  return results;
}

/**
 * For an attestation bundle the registry refused (an image index's, see SignedDigest.bundleRefused):
 * the legacy `.att` attestation of `image` (`name@digest`) already made (`format: both`) is marked;
 * otherwise one is made now, and returned to be added.
 */
export async function legacyAttestationStandIn(
  results: AttestedDigest[],
  image: string,
  attestLegacy: () => Promise<AttestedDigest>,
): Promise<AttestedDigest[]> {
  const made = results.find((item) => item.image === image && item.format === "legacy-attestation");
  if (made) {
    made.bundleRefused = true;
    return [];
  }
  return [{ ...(await attestLegacy()), bundleRefused: true }];
}
