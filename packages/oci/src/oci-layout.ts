/**
 * An OCI image layout on disk (`oci-layout`, `index.json`, `blobs/sha256/<hex>`), as tools such as
 * trivy, syft and umoci read it. A blob is written to a temporary name and renamed into place once
 * complete, so a blob file that exists is whole: writing it again is skipped. The digest a file is
 * named by is the one its source was verified against (registry blobs stream through the client's
 * digest check), or bytes we hashed ourselves.
 */
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseDigest } from "./digest.ts";
import type { Descriptor } from "./manifest.ts";

export class OciLayoutWriter {
  readonly dir: string;
  private readonly blobs: string;

  constructor(dir: string) {
    this.dir = dir;
    this.blobs = join(dir, "blobs", "sha256");
  }

  /** Writes one blob unless a complete copy is there; `source` is only called when it is not. */
  async putBlob(digest: string, source: () => Readable | Buffer): Promise<void> {
    const hex = parseDigest(digest).slice("sha256:".length);
    const path = join(this.blobs, hex);
    if (await exists(path)) return;
    await mkdir(this.blobs, { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    try {
      const data = source();
      if (Buffer.isBuffer(data)) await writeFile(temporary, data);
      else await pipeline(data, createWriteStream(temporary));
      await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /** `oci-layout` and `index.json` naming `entries` (each with an optional ref name). */
  async writeIndex(entries: Array<{ descriptor: Descriptor; refName?: string }>): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const manifests = entries.map(({ descriptor, refName }) => ({
      mediaType: descriptor.mediaType,
      digest: descriptor.digest,
      size: descriptor.size,
      ...(descriptor.platform ? { platform: descriptor.platform } : {}),
      ...(refName ? { annotations: { "org.opencontainers.image.ref.name": refName } } : {}),
    }));
    await writeFile(join(this.dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
    await writeFile(join(this.dir, "index.json"), JSON.stringify({ schemaVersion: 2, manifests }));
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
