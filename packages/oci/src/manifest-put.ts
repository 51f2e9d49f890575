/**
 * Putting a manifest while another writer puts the same content into the same repository: two
 * processes copying one image to one destination, two signers uploading the same empty config.
 *
 * The CNCF distribution registry keeps, per repository, a "link" file for every blob and manifest
 * revision, and rewrites it in place when the same content is uploaded or put again: its
 * filesystem driver's PutContent opens the file O_WRONLY|O_CREATE and truncates it before writing
 * the digest (registry/storage/driver/filesystem/driver.go, Writer; blobStore.link and readlink in
 * registry/storage/blobstore.go). A manifest put that checks its blobs or child manifests in that
 * instant reads an empty link and is refused with DIGEST_INVALID ("provided digest did not match
 * uploaded content") and MANIFEST_BLOB_UNKNOWN, although everything it names is there. Raced with
 * two `image-actions copy` processes on one image (test/security/copy-races.test.ts), one run in
 * ten failed so.
 *
 * So such a refusal is looked into: every blob and child manifest the manifest names is looked up
 * with a HEAD (present, with the right digest and size). All there: the refusal was the rewrite of
 * a link, and the put is tried again after a jittered pause. Something missing at two looks a
 * pause apart: it is missing (a link is empty for microseconds), and the registry's error stands.
 */
import { RegistryError } from "./errors.ts";
import { type Descriptor, type Manifest, parseManifest } from "./manifest.ts";
import type { RequestStats } from "./transport.ts";

/** What the content check needs from a registry client. */
export interface ContentLookup {
  headBlob(repository: string, digest: string, stats?: RequestStats): Promise<Partial<Descriptor> | undefined>;
  headManifest(repository: string, reference: string, stats?: RequestStats): Promise<Descriptor | undefined>;
}

export interface LinkRaceOptions {
  stats?: RequestStats;
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

const ATTEMPTS = 5;

/** Whether a manifest put was refused as naming content the registry does not know. */
export function isNamedContentRefusal(error: unknown): boolean {
  return error instanceof RegistryError && (error.has("MANIFEST_BLOB_UNKNOWN") || error.has("DIGEST_INVALID"));
}

/** Run `put` (a manifest PUT), trying again while a refusal is the rewrite of a link (above). */
export async function putThroughLinkRewrites(
  lookup: ContentLookup,
  repository: string,
  manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
  put: () => Promise<void>,
  options: LinkRaceOptions = {},
): Promise<void> {
  const attempts = options.attempts ?? ATTEMPTS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let missingBefore = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await put();
    } catch (error) {
      if (!isNamedContentRefusal(error) || attempt >= attempts) throw error;
      const named = namedContent(manifest);
      if (!named) throw error;
      const missing = (await missingContent(lookup, repository, named, options.stats)).length > 0;
      if (missing && missingBefore) throw error;
      missingBefore = missing;
      if (options.stats) options.stats.retries++;
      await sleep(50 * attempt + Math.random() * 100);
    }
  }
}

/** The blobs and child manifests a manifest names; undefined when its bytes do not parse. */
function namedContent(
  manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
): Pick<Manifest, "blobs" | "manifests"> | undefined {
  try {
    return parseManifest(manifest.bytes, manifest.digest, manifest.mediaType);
  } catch {
    return undefined;
  }
}

/** The named content a HEAD does not find with its digest and size. */
async function missingContent(
  lookup: ContentLookup,
  repository: string,
  named: Pick<Manifest, "blobs" | "manifests">,
  stats?: RequestStats,
): Promise<string[]> {
  const matches = (wanted: Descriptor, found: Partial<Descriptor> | undefined): boolean =>
    found !== undefined &&
    (found.digest === undefined || found.digest === wanted.digest) &&
    // A HEAD without Content-Length says nothing about the size (0 from headManifest).
    (!found.size || found.size === wanted.size);
  // A HEAD that fails (distribution answers 500 for a link it reads empty) counts as not found.
  const found = (wanted: Descriptor, head: Promise<Partial<Descriptor> | undefined>) =>
    head.then(
      (answer) => (matches(wanted, answer) ? undefined : wanted.digest),
      () => wanted.digest,
    );
  const checks = [
    ...named.blobs.map((blob) => found(blob, lookup.headBlob(repository, blob.digest, stats))),
    ...named.manifests.map((child) => found(child, lookup.headManifest(repository, child.digest, stats))),
  ];
  return (await Promise.all(checks)).filter((digest): digest is string => digest !== undefined);
}
