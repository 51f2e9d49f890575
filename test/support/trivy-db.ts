/**
 * A tiny trivy vulnerability DB, built from YAML fixtures and served as trivy-db is served, so that
 * trivy (or trivy-scan's own DB download) fetches it through the same path as the real one.
 *
 * - `loadTrivyFixtures` reads bolt-fixtures YAML (test/fixtures/trivy-db by default) and resolves
 *   the one extension those files use: `PublishedDaysAgo: N` on a vulnerability becomes its
 *   PublishedDate and LastModifiedDate, N days before `now`, so SLA ages do not drift with the
 *   calendar.
 * - `buildTrivyDb` writes `trivy.db` and `metadata.json` with the Go program in trivy-db/ (bbolt
 *   through github.com/aquasecurity/bolt-fixtures, the loader trivy's own tests use).
 * - `pushTrivyDb` pushes them with our registry client as the artifact `oras push --artifact-type
 *   application/vnd.aquasec.trivy.config.v1+json <ref> db.tar.gz:application/vnd.aquasec.trivy.db.layer.v1.tar+gzip`
 *   makes (trivy-db's publishing workflow, oras 1.2): an OCI image manifest with that
 *   `artifactType`, the empty config, and one layer — gzip(tar of trivy.db and metadata.json) —
 *   titled `db.tar.gz`. trivy requires exactly one layer, that layer media type, and the title
 *   annotation (it names the downloaded file, whose `.tar.gz` suffix decides how it is unpacked).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import {
  digestOf,
  OCI_EMPTY_CONFIG,
  OCI_MANIFEST,
  parseReference,
  RegistryClients,
  staticCredentials,
} from "@image-actions/oci";
import { pack } from "tar-stream";
import { parse, stringify } from "yaml";
import type { TestRegistry } from "./registry.ts";
import { repoRoot, toolPathDirs } from "./tools.ts";

/** trivy-db's pkg/db SchemaVersion at the revision trivy v0.74.0 is built with. */
export const TRIVY_DB_SCHEMA_VERSION = 2;

export const TRIVY_DB_ARTIFACT_TYPE = "application/vnd.aquasec.trivy.config.v1+json";
export const TRIVY_DB_LAYER_MEDIA_TYPE = "application/vnd.aquasec.trivy.db.layer.v1.tar+gzip";
/** The layer's `org.opencontainers.image.title`: trivy saves the layer under this name, then unpacks it by its suffix. */
export const TRIVY_DB_LAYER_TITLE = "db.tar.gz";

export const TRIVY_FIXTURES_DIR = join(repoRoot, "test", "fixtures", "trivy-db");

/** trivy-db's severity numbers (pkg/types: SeverityUnknown = 0 … SeverityCritical = 4). */
export const TRIVY_SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;

/** One node of bolt-fixtures YAML: a bucket with pairs, or a key with a value. */
export type BoltFixture = { bucket: string; pairs: BoltFixture[] } | { key: string; value: unknown };

export interface LoadOptions {
  /** What `PublishedDaysAgo` counts back from; now by default. */
  now?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isBucket(node: BoltFixture): node is { bucket: string; pairs: BoltFixture[] } {
  return "bucket" in node;
}

function checkFixtures(value: unknown, where: string): BoltFixture[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list of buckets`);
  for (const node of value as unknown[]) {
    const entry = node as Record<string, unknown> | null;
    if (typeof entry?.bucket === "string") checkFixtures(entry.pairs ?? [], `${where} › ${entry.bucket}`);
    else if (typeof entry?.key !== "string") throw new Error(`${where}: an entry has neither bucket nor key`);
  }
  return value as BoltFixture[];
}

/** `PublishedDaysAgo: N` → PublishedDate/LastModifiedDate, in the vulnerability bucket only. */
function resolvePublishedDates(fixtures: BoltFixture[], now: Date): BoltFixture[] {
  return fixtures.map((top) => {
    if (!isBucket(top) || top.bucket !== "vulnerability") return top;
    return {
      bucket: top.bucket,
      pairs: top.pairs.map((pair) => {
        if (isBucket(pair) || typeof pair.value !== "object" || pair.value === null) return pair;
        const { PublishedDaysAgo: days, ...value } = pair.value as Record<string, unknown>;
        if (days === undefined) return pair;
        if (typeof days !== "number" || !Number.isFinite(days)) {
          throw new Error(`vulnerability ${pair.key}: PublishedDaysAgo must be a number`);
        }
        const date = new Date(now.getTime() - days * DAY_MS).toISOString().replace(/\.\d{3}Z$/, "Z");
        return { key: pair.key, value: { ...value, PublishedDate: date, LastModifiedDate: date } };
      }),
    };
  });
}

/** Every top-level bucket of every `*.yaml` in `dir` (in name order), with published dates resolved. */
export async function loadTrivyFixtures(dir = TRIVY_FIXTURES_DIR, options: LoadOptions = {}): Promise<BoltFixture[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".yaml") || name.endsWith(".yml")).sort();
  if (files.length === 0) throw new Error(`no fixture YAML in ${dir}`);
  const fixtures: BoltFixture[] = [];
  for (const file of files) {
    fixtures.push(...checkFixtures(parse(await readFile(join(dir, file), "utf8")), join(dir, file)));
  }
  return resolvePublishedDates(fixtures, options.now ?? new Date());
}

/** The value under `path` (bucket names, then the key), or undefined. */
export function fixtureValue(fixtures: BoltFixture[], path: string[]): unknown {
  let level = fixtures;
  for (const [i, name] of path.entries()) {
    const last = i === path.length - 1;
    const found = level.filter((node) =>
      last ? !isBucket(node) && node.key === name : isBucket(node) && node.bucket === name,
    );
    if (found.length === 0) return undefined;
    if (last) return (found.at(-1) as { value: unknown }).value;
    // bolt-fixtures merges buckets of the same name (several files may add to "debian 12").
    level = found.flatMap((node) => (node as { pairs: BoltFixture[] }).pairs);
  }
  return undefined;
}

/** Keys (and sub-bucket names) directly under `path`, merged across same-named buckets. */
export function fixtureChildren(fixtures: BoltFixture[], path: string[]): string[] {
  let level = fixtures;
  for (const name of path) {
    level = level
      .filter((node) => isBucket(node) && node.bucket === name)
      .flatMap((node) => (node as { pairs: BoltFixture[] }).pairs);
  }
  return [...new Set(level.map((node) => (isBucket(node) ? node.bucket : node.key)))];
}

export interface TrivyDbMetadata {
  Version: number;
  NextUpdate: string;
  UpdatedAt: string;
  DownloadedAt: string;
}

export interface BuildOptions {
  /** A directory of fixture YAML, or fixtures already loaded; test/fixtures/trivy-db by default. */
  fixtures?: string | BoltFixture[];
  /** What `PublishedDaysAgo` counts back from; now by default. */
  now?: Date;
  /** metadata UpdatedAt; now by default. */
  updatedAt?: Date;
  /** metadata NextUpdate; a day after UpdatedAt by default. */
  nextUpdate?: Date;
  /** metadata DownloadedAt; zero by default, as in the published DB (trivy stamps it on download). */
  downloadedAt?: Date;
  /** metadata Version; TRIVY_DB_SCHEMA_VERSION by default. */
  schemaVersion?: number;
}

export interface TrivyDb {
  /** Holds `trivy.db` and `metadata.json` (the layout of trivy's `<cache-dir>/db`). */
  dir: string;
  metadata: TrivyDbMetadata;
  /** The fixtures the DB holds, published dates resolved. */
  fixtures: BoltFixture[];
  remove(): Promise<void>;
}

/**
 * The fixture DB builder tools.sh builds from trivy-db/ (like referrers-registry): on the tool PATH
 * tools.sh prints, or at its `trivy-db-current` link in the tools cache.
 */
export function trivyDbBuilderPath(): string {
  const cache =
    process.env.IMAGE_ACTIONS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "image-actions");
  const candidates = [
    ...toolPathDirs().map((dir) => join(dir, "trivy-db")),
    join(cache, "tools", "trivy-db-current", "bin", "trivy-db"),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error("test tool 'trivy-db' is not installed; run: bash test/support/tools.sh");
  return found;
}

function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Builds trivy.db + metadata.json from fixtures into a new temporary directory. */
export async function buildTrivyDb(options: BuildOptions = {}): Promise<TrivyDb> {
  const now = options.now ?? new Date();
  const fixtures =
    typeof options.fixtures === "object"
      ? resolvePublishedDates(options.fixtures, now)
      : await loadTrivyFixtures(options.fixtures ?? TRIVY_FIXTURES_DIR, { now });
  const dir = await mkdtemp(join(tmpdir(), "ia-trivy-db-"));
  const work = await mkdtemp(join(tmpdir(), "ia-trivy-fixtures-"));
  try {
    const fixtureFile = join(work, "fixtures.yaml");
    await writeFile(fixtureFile, stringify(fixtures));
    const updatedAt = options.updatedAt ?? new Date();
    const args = [
      "--output",
      dir,
      "--schema-version",
      String(options.schemaVersion ?? TRIVY_DB_SCHEMA_VERSION),
      "--updated-at",
      rfc3339(updatedAt),
      "--next-update",
      rfc3339(options.nextUpdate ?? new Date(updatedAt.getTime() + DAY_MS)),
      ...(options.downloadedAt ? ["--downloaded-at", rfc3339(options.downloadedAt)] : []),
      fixtureFile,
    ];
    await promisify(execFile)(trivyDbBuilderPath(), args, { timeout: 60_000 }).catch((error: unknown) => {
      const failure = error as Error & { stderr?: string };
      throw new Error(`trivy-db ${args.join(" ")} failed: ${failure.stderr || failure.message}`);
    });
    const metadata = JSON.parse(await readFile(join(dir, "metadata.json"), "utf8")) as TrivyDbMetadata;
    return { dir, metadata, fixtures, remove: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** gzip(tar of trivy.db and metadata.json), both at the archive's root, as trivy-db's db.tar.gz. */
export async function packTrivyDb(dbDir: string): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: unknown) => {
    chunks.push(chunk as Buffer);
  });
  const ended = new Promise<void>((resolve, reject) => {
    archive.on("end", resolve);
    archive.on("error", reject);
  });
  for (const name of ["trivy.db", "metadata.json"]) {
    const content = await readFile(join(dbDir, name));
    await new Promise<void>((resolve, reject) => {
      archive.entry({ name, size: content.length, mode: 0o644, mtime: new Date(0) }, content, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  }
  archive.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

export interface PushedTrivyDb {
  /** `host/repository:tag`, what `--db-repository` (or trivy-scan's `db-repositories`) takes. */
  ref: string;
  digest: string;
  manifest: Buffer;
  layer: { digest: string; size: number };
}

export interface PushOptions {
  /** Clients to push with; by default one with the test registry's own credentials, closed after. */
  clients?: RegistryClients;
  /** `org.opencontainers.image.created` of the manifest (oras sets it); the build time by default. */
  created?: Date;
  /**
   * The layout oras 1.0 and earlier produced (and copies made with it still have): no
   * `artifactType`, the config's media type is the trivy config type and its content `{}`.
   */
  legacyConfig?: boolean;
}

/**
 * Pushes `db` (a TrivyDb or a directory with trivy.db and metadata.json) to `repositoryTag`
 * (`repository:tag`, e.g. `aquasecurity/trivy-db:2`) on `registry`.
 */
export async function pushTrivyDb(
  registry: TestRegistry,
  repositoryTag: string,
  db: TrivyDb | string,
  options: PushOptions = {},
): Promise<PushedTrivyDb> {
  const reference = parseReference(`${registry.host}/${repositoryTag}`);
  if (!reference.tag) throw new Error(`pushTrivyDb: ${repositoryTag} names no tag`);
  const dbDir = typeof db === "string" ? db : db.dir;
  const layerBytes = await packTrivyDb(dbDir);
  const emptyConfig = Buffer.from("{}");
  const layer = { mediaType: TRIVY_DB_LAYER_MEDIA_TYPE, digest: digestOf(layerBytes), size: layerBytes.length };
  const config = {
    mediaType: options.legacyConfig ? TRIVY_DB_ARTIFACT_TYPE : OCI_EMPTY_CONFIG,
    digest: digestOf(emptyConfig),
    size: emptyConfig.length,
  };
  const manifestBytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      ...(options.legacyConfig
        ? { config }
        : // oras writes the empty descriptor with its content inlined (`data`), as image-spec 1.1 allows.
          { artifactType: TRIVY_DB_ARTIFACT_TYPE, config: { ...config, data: emptyConfig.toString("base64") } }),
      layers: [{ ...layer, annotations: { "org.opencontainers.image.title": TRIVY_DB_LAYER_TITLE } }],
      annotations: { "org.opencontainers.image.created": rfc3339(options.created ?? new Date()) },
    }),
  );
  const clients =
    options.clients ??
    new RegistryClients({
      onSecret: () => {},
      credentials: staticCredentials(registry.credentials ? { [registry.host]: registry.credentials } : {}),
    });
  try {
    const client = clients.for(registry.host);
    await client.uploadBlob(reference.repository, config, () => emptyConfig);
    await client.uploadBlob(reference.repository, layer, () => layerBytes);
    const digest = digestOf(manifestBytes);
    await client.putManifest(reference.repository, reference.tag, {
      bytes: manifestBytes,
      digest,
      mediaType: OCI_MANIFEST,
    });
    return {
      ref: `${registry.host}/${reference.repository}:${reference.tag}`,
      digest,
      manifest: manifestBytes,
      layer: { digest: layer.digest, size: layer.size },
    };
  } finally {
    if (!options.clients) await clients.close();
  }
}
