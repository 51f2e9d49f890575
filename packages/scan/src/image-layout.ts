/**
 * The images to scan, fetched by us: each reference is resolved to a digest once; an index is
 * split into its platform manifests (attestation and other non-runnable entries skipped), and each
 * manifest is written, with its config and layers, to an OCI image layout of its own that trivy
 * reads with `--input`. So trivy never talks to a registry: it needs none of our credentials, and
 * every byte it reads was digest-checked by our client on the way in. Blobs shared between targets
 * (one base under several images) are written once into a shared blob store and hard-linked.
 */
import { link, mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  type Descriptor,
  formatPlatform,
  isIndexMediaType,
  type Manifest,
  manifestReference,
  OciLayoutWriter,
  type Reference,
  type RegistryClient,
  type RegistryClients,
  repositoryName,
} from "@image-actions/oci";

export interface FetchedTarget {
  reference: Reference;
  /** The digest the reference resolved to (the index's, for a multi-arch image). */
  digest: string;
  manifestDigest: string;
  platform?: string;
  /** An OCI layout holding exactly this manifest. */
  layoutDir: string;
}

/** Layer downloads in flight at once for one image. */
const PARALLEL_BLOBS = 4;

/** Resolves `reference` and lists the manifests to scan (one, or one per runnable platform). */
export async function resolveScanTargets(
  clients: RegistryClients,
  reference: Reference,
): Promise<{ digest: string; manifests: Array<{ manifest: Manifest; platform?: string }> }> {
  const client = clients.for(reference.registry);
  const top = await client.getManifest(reference.repository, manifestReference(reference));
  if (!isIndexMediaType(top.mediaType)) return { digest: top.digest, manifests: [{ manifest: top }] };
  const manifests: Array<{ manifest: Manifest; platform?: string }> = [];
  for (const child of top.manifests) {
    // BuildKit lists attestations as unknown/unknown; nested indexes are not images to scan.
    if (!child.platform || child.platform.os === "unknown" || isIndexMediaType(child.mediaType)) continue;
    const manifest = await client.getManifest(reference.repository, child.digest);
    manifests.push({ manifest, platform: formatPlatform(child.platform) });
  }
  if (manifests.length === 0)
    throw new Error(`${repositoryName(reference)}@${top.digest} is an index with no platform image to scan`);
  return { digest: top.digest, manifests };
}

/**
 * Writes `manifest` and its blobs to `<workDir>/layouts/<hex>/`, blobs shared through
 * `<workDir>/blobs/` so the same layer is fetched once per job whatever number of images use it.
 */
export async function writeScanLayout(
  client: RegistryClient,
  repository: string,
  manifest: Manifest,
  workDir: string,
): Promise<string> {
  const hex = manifest.digest.slice("sha256:".length);
  const shared = new OciLayoutWriter(join(workDir, "shared"));
  const layoutDir = join(workDir, "layouts", hex);
  const blobDir = join(layoutDir, "blobs", "sha256");
  await mkdir(blobDir, { recursive: true });
  const queue = [...manifest.blobs];
  const worker = async () => {
    for (let blob = queue.shift(); blob; blob = queue.shift()) {
      const descriptor: Descriptor = blob;
      await shared.putBlob(descriptor.digest, () => client.openBlob(repository, descriptor));
      await linkInto(shared.dir, blobDir, descriptor.digest);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BLOBS }, worker));
  const layout = new OciLayoutWriter(layoutDir);
  await layout.putBlob(manifest.digest, () => manifest.bytes);
  await layout.writeIndex([
    { descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length } },
  ]);
  return layoutDir;
}

async function linkInto(sharedDir: string, blobDir: string, digest: string): Promise<void> {
  const hex = digest.slice("sha256:".length);
  await link(join(sharedDir, "blobs", "sha256", hex), join(blobDir, hex)).catch((error: NodeJS.ErrnoException) => {
    // Already linked (by an earlier or a concurrent write of the same manifest's layout).
    if (error.code !== "EEXIST") throw error;
  });
}
