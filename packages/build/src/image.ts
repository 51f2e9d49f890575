/**
 * The image around the new layers: its config (the base's, with the added layers, the caller's
 * entrypoint, cmd, env, user, workdir and labels, and `created` and history from
 * `source-date-epoch`), its manifest, and the index over several platforms. Every document is
 * serialised with sorted keys and no whitespace, so the same inputs give the same bytes — and so the
 * same digests — on any machine, in any time zone, at any hour.
 */
import { digestOf, OCI_INDEX, OCI_MANIFEST, type Platform } from "@image-actions/oci";

export const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";

export interface BlobDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: Platform;
}

export interface Document {
  bytes: Buffer;
  digest: string;
  mediaType: string;
}

/** JSON with object keys sorted at every level: one text for one value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}

function document(value: unknown, mediaType: string): Document {
  const bytes = Buffer.from(canonicalJson(value));
  return { bytes, digest: digestOf(bytes), mediaType };
}

export interface ConfigChanges {
  /** Replaces the base's; as in a Dockerfile, a new entrypoint also drops the base's cmd. */
  entrypoint?: string[];
  cmd?: string[];
  /** Merged over the base's Env by name; the base's PATH stays unless set here. */
  env: Map<string, string>;
  labels: Map<string, string>;
  user?: string;
  workdir?: string;
}

export interface AddedLayer {
  diffId: string;
  /** What the history says made it (`debian packages: ca-certificates, libpam0g`). */
  createdBy: string;
}

type BaseConfig = Record<string, unknown> & {
  config?: Record<string, unknown>;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: unknown[];
};

/** The base's config with the added layers and the caller's changes; `created` from the epoch. */
export function buildConfig(
  base: BaseConfig,
  layers: AddedLayer[],
  changes: ConfigChanges,
  sourceDateEpoch: number,
): Document {
  const created = new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z");
  const inner: Record<string, unknown> = { ...(base.config ?? {}) };
  if (changes.entrypoint) {
    inner.Entrypoint = changes.entrypoint;
    if (!changes.cmd) delete inner.Cmd;
  }
  if (changes.cmd) inner.Cmd = changes.cmd;
  if (changes.env.size > 0) inner.Env = mergeEnv((inner.Env as string[] | undefined) ?? [], changes.env);
  if (changes.labels.size > 0)
    inner.Labels = {
      ...((inner.Labels as Record<string, string> | undefined) ?? {}),
      ...Object.fromEntries(changes.labels),
    };
  if (changes.user !== undefined) inner.User = changes.user;
  if (changes.workdir !== undefined) inner.WorkingDir = changes.workdir;
  const config = {
    ...base,
    created,
    config: inner,
    rootfs: { type: "layers", diff_ids: [...(base.rootfs?.diff_ids ?? []), ...layers.map((layer) => layer.diffId)] },
    history: [
      ...((base.history as unknown[] | undefined) ?? []),
      ...layers.map((layer) => ({ created, created_by: layer.createdBy })),
    ],
  };
  return document(config, OCI_CONFIG);
}

/** `NAME=value` entries with `changes` applied by name, in the base's order, new names after, sorted. */
export function mergeEnv(base: string[], changes: Map<string, string>): string[] {
  const nameOf = (entry: string) => (entry.includes("=") ? entry.slice(0, entry.indexOf("=")) : entry);
  const merged = base.map((entry) =>
    changes.has(nameOf(entry)) ? `${nameOf(entry)}=${changes.get(nameOf(entry))}` : entry,
  );
  const present = new Set(base.map(nameOf));
  const added = [...changes.keys()].filter((name) => !present.has(name)).sort();
  return [...merged, ...added.map((name) => `${name}=${changes.get(name)}`)];
}

export function buildManifest(
  config: Document,
  layers: BlobDescriptor[],
  annotations: Record<string, string>,
): Document {
  return document(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
      layers: layers.map(({ mediaType, digest, size, annotations: layerAnnotations }) => ({
        mediaType,
        digest,
        size,
        ...(layerAnnotations ? { annotations: layerAnnotations } : {}),
      })),
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    OCI_MANIFEST,
  );
}

/** An index of per-platform manifests, in the order given (the caller sorts platforms). */
export function buildIndex(
  manifests: Array<{ manifest: Document; platform: Platform }>,
  annotations: Record<string, string>,
): Document {
  return document(
    {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: manifests.map(({ manifest, platform }) => ({
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.bytes.length,
        platform,
      })),
      ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    },
    OCI_INDEX,
  );
}

export interface ProvenanceContext {
  /** `org.opencontainers.image.source`: the repository URL (GITHUB_SERVER_URL/GITHUB_REPOSITORY). */
  source?: string;
  revision?: string;
  version?: string;
}

/** The OCI annotations every built manifest carries: the base it came from, when, and from what. */
export function imageAnnotations(
  base: { name: string; digest: string },
  sourceDateEpoch: number,
  provenance: ProvenanceContext,
): Record<string, string> {
  return {
    "org.opencontainers.image.base.name": base.name,
    "org.opencontainers.image.base.digest": base.digest,
    "org.opencontainers.image.created": new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z"),
    ...(provenance.source ? { "org.opencontainers.image.source": provenance.source } : {}),
    ...(provenance.revision ? { "org.opencontainers.image.revision": provenance.revision } : {}),
    ...(provenance.version ? { "org.opencontainers.image.version": provenance.version } : {}),
  };
}
