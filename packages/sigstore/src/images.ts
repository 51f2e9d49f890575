/**
 * Signing and verifying images by reference: resolve each tag to a digest once, sign that digest
 * (and, recursively, every manifest an index lists), verify against a key. The operations the
 * `sign` and `verify-base` actions are made of; the format is cosign's legacy `.sig` image.
 */
import {
  formatReference,
  manifestReference,
  type Reference,
  type RegistryClients,
  repositoryName,
  withDigest,
} from "@image-actions/oci";
import { VerificationError } from "./errors.ts";
import { requireLegacySignature, signImageLegacy, type VerifiedSignature } from "./keyed.ts";
import type { VerificationKey } from "./keys.ts";
import type { Signer } from "./signer.ts";

export interface SignedDigest {
  image: string;
  digest: string;
  format: "legacy";
  /** Where the signature is stored (`name:sha256-<hex>.sig`). */
  storedAt: string;
  outcome: "written" | "exists";
}

export async function signImages(
  clients: RegistryClients,
  references: Reference[],
  signer: Signer,
  options: { recursive: boolean; annotations?: Map<string, string> },
): Promise<SignedDigest[]> {
  // Each tag resolved once, up front; then the digests signed a few at a time (one .sig image per
  // digest, so they do not contend), results in the order given.
  const targets = (
    await mapLimited(references, CONCURRENCY, async (reference) => {
      const root = await clients
        .for(reference.registry)
        .getManifest(reference.repository, manifestReference(reference));
      const digests = [root.digest, ...(options.recursive ? root.manifests.map((child) => child.digest) : [])];
      return digests.map((digest) => ({ reference, digest }));
    })
  ).flat();
  return mapLimited(targets, CONCURRENCY, async ({ reference, digest }) => {
    const signed = await signImageLegacy(clients.for(reference.registry), reference.repository, digest, signer, {
      dockerReference: repositoryName(reference),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    });
    return {
      image: formatReference(withDigest(reference, digest)),
      digest,
      format: "legacy" as const,
      storedAt: `${repositoryName(reference)}:${signed.tag}`,
      outcome: signed.outcome,
    };
  });
}

const CONCURRENCY = 8;

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

export interface VerifiedImage {
  digest: string;
  /** The image pinned to the verified digest. */
  image: string;
  signatures: VerifiedSignature[];
}

/**
 * Resolve `reference` once and require a signature by `key` over that digest. Without a
 * transparency-log entry a signature is accepted only when `ignoreTlog` says so, as cosign does;
 * log entries themselves are not checked yet, so a signature that has one fails closed too.
 */
export async function verifyImageWithKey(
  clients: RegistryClients,
  reference: Reference,
  key: VerificationKey,
  options: { ignoreTlog: boolean },
): Promise<VerifiedImage> {
  const client = clients.for(reference.registry);
  // A digest reference needs no resolving: the signatures are checked over that digest itself.
  const digest =
    reference.digest ?? (await client.getManifest(reference.repository, manifestReference(reference))).digest;
  const root = { digest };
  const signatures = await requireLegacySignature(client, reference.repository, digest, key);
  const accepted = signatures.filter((signature) => !signature.tlogEntry && options.ignoreTlog);
  if (accepted.length === 0) {
    const withLog = signatures.some((signature) => signature.tlogEntry);
    throw new VerificationError(
      withLog
        ? `${root.digest} is signed with the key, but checking transparency-log entries is not implemented yet; nothing was accepted`
        : `${root.digest} is signed with the key but has no transparency-log entry; set ignore-tlog: true to accept keyed signatures without one`,
    );
  }
  return { digest: root.digest, image: formatReference(withDigest(reference, root.digest)), signatures: accepted };
}
