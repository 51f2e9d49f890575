/**
 * The cache of verified archive content, addressed by SHA-256: `<dir>/sha256/<hex>` holds bytes
 * whose hash was checked against a signed index before they were stored, so a warm run reads them
 * without downloading anything. A hit is hashed again every time it is found (`find`): the directory
 * is not ours alone — a restored Actions cache or a shared self-hosted runner can put any bytes under
 * a genuine hash's name (issue 23) — so a file whose content is not its name is removed and treated
 * as a miss, and only the signed index's hash decides what is served. Writes go
 * to a temporary name and are renamed into place, so a killed run leaves no half file behind.
 * InRelease files are kept apart with the validators (ETag, Last-Modified) to revalidate them by.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface CachedInRelease {
  url: string;
  etag?: string;
  lastModified?: string;
  /** The InRelease as served, signature and all: it is verified again on every use. */
  text: string;
}

export class ContentStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  pathOf(sha256: string): string {
    return join(this.dir, "sha256", sha256);
  }

  /**
   * The path of content stored with this hash and size whose bytes still hash to it, or undefined.
   * A file there that is not that content (planted, truncated, a symlink) is removed and reported
   * through `onMismatch`, so the caller downloads it again. Hashing is streamed (a .deb or an index
   * of tens of MB costs a few buffers and ~0.1 s) and cheap beside the download it replaces.
   */
  async find(
    sha256: string,
    size: number,
    onMismatch?: (path: string, reason: string) => void,
  ): Promise<string | undefined> {
    const path = this.pathOf(sha256);
    // lstat: the store writes regular files only, so a symlink here was put by someone else.
    const found = await lstat(path).catch(() => undefined);
    if (!found) return undefined;
    let reason: string | undefined;
    if (!found.isFile()) reason = "is not a regular file";
    else if (found.size !== size) reason = `is ${found.size} bytes, not ${size}`;
    else {
      const actual = await sha256OfFile(path).catch((error: Error) => `unreadable (${error.message})`);
      if (actual !== sha256) reason = `hashes to ${actual}`;
    }
    if (reason === undefined) return path;
    await rm(path, { force: true });
    onMismatch?.(path, reason);
    return undefined;
  }

  /** A fresh temporary path inside the store, on the same file system as its final place. */
  async temporaryPath(): Promise<string> {
    await mkdir(join(this.dir, "tmp"), { recursive: true });
    return join(this.dir, "tmp", randomUUID());
  }

  /** Moves a verified temporary file into place under its hash. */
  async commit(temporary: string, sha256: string): Promise<string> {
    const path = this.pathOf(sha256);
    await mkdir(join(this.dir, "sha256"), { recursive: true });
    await rename(temporary, path);
    return path;
  }

  async put(bytes: Uint8Array, sha256: string): Promise<string> {
    const temporary = await this.temporaryPath();
    await writeFile(temporary, bytes);
    return this.commit(temporary, sha256);
  }

  async discard(temporary: string): Promise<void> {
    await rm(temporary, { force: true });
  }

  async readInRelease(url: string): Promise<CachedInRelease | undefined> {
    const text = await readFile(this.inReleasePath(url), "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const cached = JSON.parse(text) as CachedInRelease;
      return cached.url === url && typeof cached.text === "string" ? cached : undefined;
    } catch {
      return undefined;
    }
  }

  async writeInRelease(entry: CachedInRelease): Promise<void> {
    const temporary = await this.temporaryPath();
    await writeFile(temporary, JSON.stringify(entry));
    await mkdir(join(this.dir, "inrelease"), { recursive: true });
    await rename(temporary, this.inReleasePath(entry.url));
  }

  private inReleasePath(url: string): string {
    return join(this.dir, "inrelease", `${createHash("sha256").update(url).digest("hex")}.json`);
  }
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
