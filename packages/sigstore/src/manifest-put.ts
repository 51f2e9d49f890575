/**
 * Putting a signature's manifest right after uploading its blobs, when other signers upload the
 * same blobs at the same moment (every bundle referrer has the same empty config; two `.sig`
 * images merged from the same layers have the same config). The distribution registry rewrites a
 * repository's link to a blob in place when a second upload of it completes, and a manifest put
 * that checks the link meanwhile is refused with MANIFEST_BLOB_UNKNOWN or DIGEST_INVALID although
 * the blob is there: seen with two signers racing on one digest. The blob is there a moment later,
 * so the put is tried again a few times.
 */
import { type Manifest, type RegistryClient, RegistryError } from "@image-actions/oci";

const ATTEMPTS = 4;

export async function putManifestAfterBlobs(
  client: RegistryClient,
  repository: string,
  reference: string,
  manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.putManifest(repository, reference, manifest);
    } catch (error) {
      const blobRace =
        error instanceof RegistryError && (error.has("MANIFEST_BLOB_UNKNOWN") || error.has("DIGEST_INVALID"));
      if (!blobRace || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
