/**
 * The lower bound for a copy: every blob piped GET → PUT in parallel with no logic at all (no
 * existence checks, no verification, no retries), then the manifests. Nothing can be faster and
 * still move the same bytes over the same HTTP.
 */
import { request } from "undici";
import type { Descriptor } from "../packages/oci/src/manifest.ts";

export interface RawImage {
  blobs: Descriptor[];
  /** Children first, the root (tagged) last. */
  manifests: Array<{ digest: string; mediaType: string; bytes: Buffer }>;
}

export async function rawCopy(
  sourceUrl: string,
  sourceRepo: string,
  destinationUrl: string,
  destinationRepo: string,
  tag: string,
  image: RawImage,
): Promise<number> {
  let requests = 0;
  await Promise.all(
    image.blobs.map(async (blob) => {
      const source = await request(`${sourceUrl}/v2/${sourceRepo}/blobs/${blob.digest}`);
      requests++;
      const start = await request(`${destinationUrl}/v2/${destinationRepo}/blobs/uploads/`, { method: "POST" });
      requests++;
      await start.body.dump();
      const location = new URL(String(start.headers.location), destinationUrl);
      location.searchParams.set("digest", blob.digest);
      const put = await request(location, {
        method: "PUT",
        headers: { "content-length": String(blob.size), "content-type": "application/octet-stream" },
        body: source.body,
      });
      requests++;
      await put.body.dump();
      if (put.statusCode !== 201) throw new Error(`raw PUT ${blob.digest}: ${put.statusCode}`);
    }),
  );
  for (const [i, manifest] of image.manifests.entries()) {
    const reference = i === image.manifests.length - 1 ? tag : manifest.digest;
    const put = await request(`${destinationUrl}/v2/${destinationRepo}/manifests/${reference}`, {
      method: "PUT",
      headers: { "content-type": manifest.mediaType },
      body: manifest.bytes,
    });
    requests++;
    await put.body.dump();
    if (put.statusCode !== 201) throw new Error(`raw PUT manifest: ${put.statusCode}`);
  }
  return requests;
}
