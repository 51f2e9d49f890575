/**
 * The cache of verified archive content, addressed by SHA-256: `<dir>/sha256/<hex>` holds bytes
 * whose hash was checked against a signed index before they were stored, so a warm run reads them
 * without downloading anything and a file can never be in the cache under the wrong name. Writes go
 * to a temporary name and are renamed into place, so a killed run leaves no half file behind.
 * InRelease files are kept apart with the validators (ETag, Last-Modified) to revalidate them by.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
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

  /** The path of content already stored with this hash and size, or undefined. */
  async find(sha256: string, size: number): Promise<string | undefined> {
    const path = this.pathOf(sha256);
    const found = await stat(path).catch(() => undefined);
    return found?.isFile() && found.size === size ? path : undefined;
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
