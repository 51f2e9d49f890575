/**
 * The archive client: fetches what a Debian archive serves and trusts nothing it has not checked
 * against a signature. The chain (Debian's repository format, as apt walks it): `dists/<suite>/
 * InRelease` verified with the keyring → each `Packages` index checked against the SHA-256 and size
 * InRelease lists for it (the compressed file before it is decompressed, then the decompressed text
 * when InRelease lists that too) → each `.deb` checked against the SHA-256 and size its Packages
 * stanza (or a lock file) gives. Verified content is cached by SHA-256, so a warm run downloads no
 * index and no .deb; InRelease is revalidated with If-None-Match / If-Modified-Since and a 304's
 * cached copy is verified again as if it had just arrived.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Transport } from "@image-actions/oci";
import type { PublicKey } from "openpgp";
import { ContentStore } from "./content-store.ts";
import { type Compression, decompressed } from "./decompress.ts";
import { ArchiveVerificationError, DebianError } from "./errors.ts";
import type { VerifiedRelease } from "./inrelease.ts";
import { binaryAllIndexesRead, type ReleaseFileEntry } from "./release.ts";
import { snapshotDate } from "./sources.ts";

/** The package's index exports Transport but not its response type. */
type HttpResponse = Awaited<ReturnType<Transport["send"]>>;

/** An InRelease is a few hundred kB; anything far larger is not one. */
const INRELEASE_LIMIT = 32 * 1024 * 1024;
/** A bound for a decompressed index InRelease gives no size for (Debian's largest are ~100 MB). */
const UNLISTED_INDEX_LIMIT = 1024 * 1024 * 1024;
/**
 * gzip before xz, unlike apt: Node decodes gzip natively (~0.25 s for bookworm's 50 MB amd64 index)
 * but xz only through WebAssembly (several times slower), which costs more than the extra 3 MB of
 * the download. xz remains for archives that list nothing else.
 */
const INDEX_COMPRESSIONS: Array<{ suffix: string; compression: Compression }> = [
  { suffix: ".gz", compression: "gzip" },
  { suffix: ".xz", compression: "xz" },
  { suffix: "", compression: "none" },
];

export interface ArchiveClientOptions {
  /** Where verified content is cached (`$RUNNER_TOOL_CACHE/image-actions/debian`, …): the caller's choice. */
  cacheDir: string;
  /** The keys InRelease must be signed by: defaultKeyring() or the user's. */
  keys: PublicKey[];
  /** Shared with other clients to share connections; one is made (and closed by close()) otherwise. */
  transport?: Transport;
  /** The present, for signature and Valid-Until checks; tests fix it. */
  now?: () => Date;
  /** Downloads in flight at once for fetchDebs. */
  concurrency?: number;
  /** Lines worth a warning: a cached file that was not what its name says (removed and fetched again). */
  log?: (line: string) => void;
}

export interface ArchiveLocation {
  /** Archive root, without a trailing slash. */
  url: string;
  suite: string;
}

/** One verified `Packages` index, decompressed. */
export interface PackagesIndex {
  archive: string;
  suite: string;
  component: string;
  /** `amd64`, …, or `all` for a `binary-all` index. */
  architecture: string;
  /** The file fetched, as InRelease names it (`main/binary-amd64/Packages.xz`). */
  path: string;
  text: string;
}

/** What a run did, for logs and for tests that count downloads. */
export interface ArchiveClientStats {
  inReleaseDownloads: number;
  inReleaseNotModified: number;
  indexDownloads: number;
  debDownloads: number;
  cacheHits: number;
}

export interface ExpectedContent {
  sha256: string;
  size: number;
}

export class ArchiveClient {
  readonly stats: ArchiveClientStats = {
    inReleaseDownloads: 0,
    inReleaseNotModified: 0,
    indexDownloads: 0,
    debDownloads: 0,
    cacheHits: 0,
  };
  private readonly store: ContentStore;
  private readonly keys: PublicKey[];
  private readonly transport: Transport;
  private readonly ownsTransport: boolean;
  private readonly now: () => Date;
  private readonly concurrency: number;
  private readonly log: (line: string) => void;
  private readonly releases = new Map<string, Promise<VerifiedRelease>>();

  constructor(options: ArchiveClientOptions) {
    this.store = new ContentStore(options.cacheDir);
    this.keys = options.keys;
    this.ownsTransport = options.transport === undefined;
    this.transport = options.transport ?? new Transport({ userAgent: "image-actions (debian)" });
    this.now = options.now ?? (() => new Date());
    this.concurrency = options.concurrency ?? 8;
    this.log = options.log ?? (() => {});
  }

  /** The verified Release of `suite`, fetched (or revalidated) once per client. */
  release(location: ArchiveLocation): Promise<VerifiedRelease> {
    const url = inReleaseUrl(location);
    let pending = this.releases.get(url);
    if (!pending) {
      pending = this.fetchRelease(location, url);
      pending.catch(() => this.releases.delete(url));
      this.releases.set(url, pending);
    }
    return pending;
  }

  /**
   * The verified Packages indexes of each component and architecture of `suite`, plus each
   * component's `binary-all` when the Release says to read it (binaryAllIndexesRead) and lists it.
   */
  async packagesIndexes(
    location: ArchiveLocation,
    components: string[],
    architectures: string[],
  ): Promise<PackagesIndex[]> {
    const { release } = await this.release(location);
    const file = inReleaseUrl(location);
    const wanted: Array<{ component: string; architecture: string; required: boolean }> = [];
    for (const component of components) {
      // debian-security lists its components as `updates/main` while its files sit under `main/`,
      // and apt takes `main` for it: so does this.
      if (
        release.components.length > 0 &&
        !release.components.includes(component) &&
        !release.components.includes(`updates/${component}`)
      )
        throw new DebianError(
          `${file}: the suite has no component ${component} (it has ${release.components.join(", ")})`,
        );
      for (const architecture of architectures) {
        if (release.architectures.length > 0 && !release.architectures.includes(architecture))
          throw new DebianError(
            `${file}: the suite has no architecture ${architecture} (it has ${release.architectures.join(", ")})`,
          );
        wanted.push({ component, architecture, required: true });
      }
      // binary-all only as apt reads it (release.ts says when); like apt's implicit `all` target it
      // is optional: a Release that supports `all` but lists no binary-all index simply has none.
      if (binaryAllIndexesRead(release)) wanted.push({ component, architecture: "all", required: false });
    }
    const indexes = await Promise.all(
      wanted.map(async ({ component, architecture, required }) => {
        const base = `${component}/binary-${architecture}/Packages`;
        const choice = INDEX_COMPRESSIONS.find(({ suffix }) => release.files.has(base + suffix));
        if (!choice) {
          if (!required) return undefined;
          throw new ArchiveVerificationError(`${file}: lists no ${base} (.xz, .gz or uncompressed)`);
        }
        const text = await this.packagesText(location, base, choice, release.acquireByHash);
        const index: PackagesIndex = {
          archive: location.url,
          suite: location.suite,
          component,
          architecture,
          path: base + choice.suffix,
          text,
        };
        return index;
      }),
    );
    return indexes.filter((index) => index !== undefined);
  }

  /**
   * The .deb at `url`, verified against `expected` while it streams to the cache; returns its path
   * in the cache. A cached copy is used without a request.
   */
  async fetchDeb(url: string, expected: ExpectedContent): Promise<string> {
    const cached = await this.findCached(expected);
    if (cached) {
      this.stats.cacheHits++;
      return cached;
    }
    this.stats.debDownloads++;
    const response = await this.get(url, url, expected.size);
    if (response.status !== 200) {
      response.body.resume();
      throw new DebianError(
        `${url}: the archive answered ${response.status}` +
          (response.status === 404 ? " (a snapshot.debian.org URL keeps every file it ever served)" : ""),
      );
    }
    return this.storeVerified(response.body, expected, url, "its Packages stanza lists");
  }

  /** fetchDeb for many, `concurrency` at a time; paths in the order given. */
  async fetchDebs(items: Array<{ url: string } & ExpectedContent>): Promise<string[]> {
    const paths: string[] = new Array(items.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < items.length; index = next++) {
        const item = items[index] as { url: string } & ExpectedContent;
        paths[index] = await this.fetchDeb(item.url, item);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
    return paths;
  }

  async close(): Promise<void> {
    if (this.ownsTransport) await this.transport.close();
  }

  private async fetchRelease(location: ArchiveLocation, url: string): Promise<VerifiedRelease> {
    const cached = await this.store.readInRelease(url);
    const headers: Record<string, string> = {};
    if (cached?.etag) headers["if-none-match"] = cached.etag;
    if (cached?.lastModified) headers["if-modified-since"] = cached.lastModified;
    const response = await this.send(url, url, headers);
    let text: string;
    if (response.status === 304 && cached) {
      response.body.resume();
      this.stats.inReleaseNotModified++;
      text = cached.text;
    } else if (response.status === 200) {
      this.stats.inReleaseDownloads++;
      text = (await readLimited(response.body, INRELEASE_LIMIT, url)).toString("utf8");
    } else {
      response.body.resume();
      throw new DebianError(`${url}: the archive answered ${response.status}`);
    }
    // openpgp.js loads only when an InRelease is verified: fetching by a lock file never needs it.
    const { refuseOlderRelease, verifyInRelease } = await import("./inrelease.ts");
    const judging = { now: this.now(), snapshotDate: snapshotDate(location.url), file: url };
    const verified = await verifyInRelease(text, this.keys, judging);
    // A Release of another suite, replayed under this one's path, is signed just as well; apt
    // checks the names for the same reason.
    const { suite, codename } = verified.release;
    if (suite !== location.suite && codename !== location.suite)
      throw new ArchiveVerificationError(
        `${url}: is the Release of ${JSON.stringify(suite ?? codename ?? "")}, not of ${location.suite}`,
      );
    if (response.status === 200 && cached && cached.text !== text)
      await refuseOlderRelease(verified, cached.text, this.keys, { ...judging, suite: location.suite });
    if (response.status === 200) {
      await this.store.writeInRelease({
        url,
        text,
        etag: header(response, "etag"),
        lastModified: header(response, "last-modified"),
      });
    }
    return verified;
  }

  /** The decompressed text of `base` (+ the chosen suffix), from the cache when it holds it. */
  private async packagesText(
    location: ArchiveLocation,
    base: string,
    choice: { suffix: string; compression: Compression },
    byHash: boolean,
  ): Promise<string> {
    const { release } = await this.release(location);
    const plain = release.files.get(base);
    if (plain) {
      const cached = await this.findCached(plain);
      if (cached) {
        this.stats.cacheHits++;
        return readFile(cached, "utf8");
      }
    }
    const path = base + choice.suffix;
    const listed = release.files.get(path) as ReleaseFileEntry;
    const fileUrl = `${location.url}/dists/${location.suite}/${path}`;
    let stored = await this.findCached(listed);
    if (stored) this.stats.cacheHits++;
    else stored = await this.downloadIndex(location, path, listed, byHash);
    if (choice.compression === "none") return readFile(stored, "utf8");
    const text = await readLimited(
      decompressed(createReadStream(stored), choice.compression),
      plain?.size ?? UNLISTED_INDEX_LIMIT,
      `${fileUrl} (decompressed)`,
    ).catch((error: Error) => {
      throw error instanceof DebianError
        ? error
        : new ArchiveVerificationError(`${fileUrl}: does not decompress: ${error.message}`);
    });
    if (plain) {
      checkContent(
        text,
        plain,
        `${location.url}/dists/${location.suite}/${base} (decompressed from ${path})`,
        "InRelease lists",
      );
      await this.store.put(text, plain.sha256);
    }
    return text.toString("utf8");
  }

  /**
   * With `Acquire-By-Hash: yes` the index is fetched under its hash, so an archive update between
   * our InRelease and our index request cannot hand us the next generation's file; the plain path
   * is the fallback for mirrors that do not keep by-hash files.
   */
  private async downloadIndex(
    location: ArchiveLocation,
    path: string,
    listed: ReleaseFileEntry,
    byHash: boolean,
  ): Promise<string> {
    const fileUrl = `${location.url}/dists/${location.suite}/${path}`;
    const directory = path.slice(0, path.lastIndexOf("/"));
    const urls = byHash
      ? [`${location.url}/dists/${location.suite}/${directory}/by-hash/SHA256/${listed.sha256}`, fileUrl]
      : [fileUrl];
    for (const url of urls) {
      this.stats.indexDownloads++;
      const response = await this.get(url, fileUrl, listed.size);
      if (response.status === 404 && url !== urls.at(-1)) {
        response.body.resume();
        continue;
      }
      if (response.status !== 200) {
        response.body.resume();
        throw new DebianError(`${fileUrl}: the archive answered ${response.status}`);
      }
      return this.storeVerified(response.body, listed, fileUrl, "InRelease lists");
    }
    throw new DebianError(`${fileUrl}: not served`);
  }

  /** The cached copy of `expected`, re-hashed on every hit (content-store.ts says why), or undefined. */
  private findCached(expected: ExpectedContent): Promise<string | undefined> {
    return this.store.find(expected.sha256, expected.size, (path, reason) =>
      this.log(`Debian cache: ${path} ${reason}, not what its name says; removed, fetching it again`),
    );
  }

  /** Streams `body` into the cache, hashing and counting; refuses it unless it is exactly `expected`. */
  private async storeVerified(
    body: Readable,
    expected: ExpectedContent,
    file: string,
    lister: string,
  ): Promise<string> {
    const temporary = await this.store.temporaryPath();
    const hash = createHash("sha256");
    let size = 0;
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            // Stop at the first byte too many: a server streaming forever fills no disk.
            if (size > expected.size)
              throw new ArchiveVerificationError(`${file}: size over ${expected.size} bytes, which ${lister}`);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(temporary),
      );
      const sha256 = hash.digest("hex");
      if (size !== expected.size)
        throw new ArchiveVerificationError(`${file}: size ${size} bytes, but ${lister} ${expected.size}`);
      if (sha256 !== expected.sha256)
        throw new ArchiveVerificationError(`${file}: SHA-256 ${sha256}, but ${lister} ${expected.sha256}`);
      return await this.store.commit(temporary, expected.sha256);
    } catch (error) {
      await this.store.discard(temporary);
      if (error instanceof DebianError) throw error;
      throw new DebianError(`${file}: download failed: ${(error as Error).message}`);
    }
  }

  private get(url: string, file: string, expectedBytes?: number): Promise<HttpResponse> {
    return this.send(url, file, {}, expectedBytes);
  }

  private async send(
    url: string,
    file: string,
    headers: Record<string, string>,
    expectedBytes?: number,
  ): Promise<HttpResponse> {
    try {
      return await this.transport.send({ method: "GET", url, headers, expectedBytes });
    } catch (error) {
      throw new DebianError(`${file}: ${(error as Error).message}`);
    }
  }
}

export function inReleaseUrl(location: ArchiveLocation): string {
  return `${location.url}/dists/${location.suite}/InRelease`;
}

/** Refuses `bytes` unless they are exactly the size and SHA-256 `expected` gives. */
function checkContent(bytes: Buffer, expected: ExpectedContent, file: string, lister: string): void {
  if (bytes.length !== expected.size)
    throw new ArchiveVerificationError(`${file}: size ${bytes.length} bytes, but ${lister} ${expected.size}`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== expected.sha256)
    throw new ArchiveVerificationError(`${file}: SHA-256 ${sha256}, but ${lister} ${expected.sha256}`);
}

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readLimited(body: Readable, limit: number, file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      body.destroy();
      throw new ArchiveVerificationError(`${file}: over ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
