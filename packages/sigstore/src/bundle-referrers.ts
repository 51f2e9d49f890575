/**
 * Reading the Sigstore bundles stored as referrers of a digest, and listing a new one so that two
 * signers with the same key racing on one digest leave ONE referrer, not two equivalent ones.
 *
 * Why converge after writing rather than make the two bundles identical: a keyed bundle is made
 * identical for the same (key, statement) only if the signature is deterministic, and ours are not
 * in general: ECDSA P-256 (cosign's default key, and every AWS KMS ECDSA key) signs with a random
 * nonce through OpenSSL and KMS, and the referrer manifest carries its creation time. So each of
 * two concurrent signers pushes its own referrer (different digests), and the registry has no
 * compare-and-swap to stop the second. Instead, every writer settles on the same one afterwards:
 * among the bundles that are EQUIVALENT to its own — the same statement signed by the same key, and
 * logged in a transparency log exactly when its own is — the one with the lowest referrer digest is
 * kept and every other is withdrawn. All writers pick the same one, and the lowest of all the
 * equivalent bundles ever listed is never withdrawn by anyone (no one sees a lower one), so a valid
 * signature is never lost: at worst a registry that refuses deletes keeps both, which verify alike.
 *
 * - Referrers API (OCI distribution spec 1.1, "Listing Referrers"): a pushed manifest with a
 *   subject is listed at once, so the second of two racing writers to list sees both and deletes
 *   the higher (DELETE of the manifest, which takes it out of the listing). A writer that listed
 *   first and saw only its own may thus have reported a referrer that the other then deleted; the
 *   kept one is the same statement by the same key.
 * - Fallback tag index (spec 1.1, "Referrers Tag Schema"): the index is rewritten with
 *   read-merge-write until a read-back shows exactly one equivalent bundle listed: ours is added
 *   only when none is, and surplus ones are unlisted. The unlisted manifest is left in place, not
 *   deleted: a concurrent writer of another key that read the index before our rewrite can put its
 *   entry back, and a listed referrer must still resolve. Unlisted, it is garbage for the
 *   registry's collector, as cosign leaves a replaced `.sig` image.
 * cosign itself does neither: `cosign sign` with the bundle format pushes a new referrer every run.
 * Verifiers (ours, cosign) accept any one of several equivalent referrers, so "one" is about what
 * stays at rest, not about what verifies.
 */
import {
  ConcurrentUpdateError,
  type Descriptor,
  type Manifest,
  type RegistryClient,
  RegistryError,
} from "@image-actions/oci";
import { SigstoreError } from "./errors.ts";

const BUNDLE_PREFIX = "application/vnd.dev.sigstore.bundle";
const MAX_BUNDLE_BYTES = 1024 * 1024;

/** Whether a stored bundle says the same as ours: same statement, same key, logged alike. */
export type EquivalentBundle = (bundle: Buffer) => boolean;

/** The bundle referrers of `digest`, with their bundle bytes (read and digest-verified). */
export async function readBundles(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<Array<{ referrer: string; bundle: Buffer }>> {
  const { descriptors } = await client.referrers(repository, digest);
  const bundles: Array<{ referrer: string; bundle: Buffer }> = [];
  for (const descriptor of descriptors) {
    const bundle = await readBundleReferrer(client, repository, digest, descriptor.digest);
    if (bundle) bundles.push({ referrer: descriptor.digest, bundle });
  }
  return bundles;
}

/**
 * The bundle a referrer of `digest` holds; undefined when it holds none, or is gone: a signer
 * removing a duplicate (above) deletes it while a listing read a moment before still names it.
 */
export async function readBundleReferrer(
  client: RegistryClient,
  repository: string,
  digest: string,
  referrer: string,
): Promise<Buffer | undefined> {
  let manifest: Manifest;
  try {
    manifest = await client.getManifest(repository, referrer);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
  // Registries report a referrer's artifact type differently (some from its config), so the
  // manifest itself decides.
  const layer = manifest.blobs.find((blob) => blob.mediaType.startsWith(BUNDLE_PREFIX));
  if (manifest.artifactType?.startsWith(BUNDLE_PREFIX) !== true || !layer) return undefined;
  if (manifest.subject?.digest !== digest) return undefined;
  try {
    return await client.readBlob(repository, layer, MAX_BUNDLE_BYTES);
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return undefined;
    throw error;
  }
}

/**
 * List the pushed bundle referrer `ours` of `subject`: in the fallback index where the registry
 * has no referrers API, and, given `equivalent`, converged to one referrer per equivalent bundle.
 * Returns the referrer that holds it at rest: ours ("written") or an equivalent one ("exists").
 */
export async function listBundleReferrer(
  client: RegistryClient,
  repository: string,
  subject: string,
  ours: Manifest,
  equivalent?: EquivalentBundle,
): Promise<{ referrer: string; outcome: "written" | "exists" }> {
  const { descriptors, api } = await client.referrers(repository, subject);
  const written = { referrer: ours.digest, outcome: "written" as const };
  if (!equivalent) {
    if (!api) await listInFallbackIndex(client, repository, subject, ours);
    return written;
  }
  const equivalents = equivalentsAmong(client, repository, subject, ours, equivalent);
  let kept: string | undefined;
  if (api) {
    const all = [...new Set([ours.digest, ...(await equivalents(descriptors))])].sort();
    kept = all[0] as string;
    for (const surplus of all.slice(1)) if ((await client.deleteManifest(repository, surplus)) === "refused") break;
  } else {
    await listInFallbackIndex(client, repository, subject, ours, {
      holds: async (listed) => {
        const found = await equivalents(listed);
        kept = found[0];
        return found.length === 1;
      },
      merge: async (listed) => {
        const found = await equivalents(listed);
        if (found.length === 0) return { keep: listed, add: [ours] };
        return { keep: listed.filter((entry) => !found.includes(entry.digest) || entry.digest === found[0]), add: [] };
      },
    });
  }
  return kept === undefined || kept === ours.digest ? written : { referrer: kept, outcome: "exists" };
}

async function listInFallbackIndex(
  client: RegistryClient,
  repository: string,
  subject: string,
  ours: Manifest,
  update?: Parameters<RegistryClient["updateFallbackIndex"]>[2],
): Promise<void> {
  try {
    if (update) await client.updateFallbackIndex(repository, subject, update);
    else await client.addToFallbackIndex(repository, subject, [ours]);
  } catch (error) {
    if (!(error instanceof ConcurrentUpdateError)) throw error;
    throw new SigstoreError(`cannot list the bundle ${ours.digest}: ${error.message}`, { cause: error });
  }
}

/**
 * The listed referrers equivalent to ours, lowest digest first. Each referrer is read once per
 * listing: a referrer is addressed by its digest, so what it holds cannot change between reads.
 */
function equivalentsAmong(
  client: RegistryClient,
  repository: string,
  subject: string,
  ours: Manifest,
  equivalent: EquivalentBundle,
): (listed: Descriptor[]) => Promise<string[]> {
  const known = new Map<string, Promise<boolean>>([[ours.digest, Promise.resolve(true)]]);
  const isEquivalent = (referrer: string): Promise<boolean> => {
    let answer = known.get(referrer);
    if (!answer) {
      answer = readBundleReferrer(client, repository, subject, referrer).then((bundle) => {
        if (!bundle) return false;
        try {
          return equivalent(bundle);
        } catch {
          // Not a bundle we can read: another writer's, never ours to withdraw.
          return false;
        }
      });
      known.set(referrer, answer);
    }
    return answer;
  };
  return async (listed) => {
    const digests = [...new Set(listed.map((entry) => entry.digest))];
    const flags = await Promise.all(digests.map(isEquivalent));
    return digests.filter((_, index) => flags[index]).sort();
  };
}
