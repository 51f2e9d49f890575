/**
 * A client for one registry (OCI distribution spec): one object for the copy engine and the actions
 * to hold, over one file per concern, each of which takes the registry's authorized sender
 * (RegistryContext) as a plain argument:
 *
 *   registry-session.ts    base URL, token scopes, auth challenges, ECR pacing, pull allowance
 *   registry-manifests.ts  manifests and tags
 *   registry-blobs.ts      blobs, uploads and mounts
 *   registry-referrers.ts  the referrers API and the `sha256-<hex>` fallback index
 */
import type { Readable } from "node:stream";
import type { Descriptor, Manifest } from "./manifest.ts";
import type { PullRate } from "./pull-rate.ts";
import {
  hasBlob,
  headBlob,
  openBlob,
  readBlob,
  type UploadOptions,
  type UploadResult,
  type UploadsInFlight,
  uploadBlob,
} from "./registry-blobs.ts";
import type { RegistryRequest } from "./registry-context.ts";
import { deleteManifest, getManifest, headManifest, listTags, putManifest } from "./registry-manifests.ts";
import {
  addToFallbackIndex,
  type FallbackIndexUpdate,
  fallbackIndex,
  type ReferrersApiProbes,
  referrers,
  updateFallbackIndex,
} from "./registry-referrers.ts";
import { type ClientOptions, RegistrySession } from "./registry-session.ts";
import type { HttpResponse, RequestStats } from "./transport.ts";

/** A client for one registry. */
export class RegistryClient {
  readonly registry: string;
  private readonly session: RegistrySession;
  private readonly referrersApiProbes: ReferrersApiProbes = new Map();
  private readonly uploadsInFlight: UploadsInFlight = new Map();

  constructor(registry: string, options: ClientOptions) {
    this.registry = registry;
    this.session = new RegistrySession(registry, options);
  }

  // Requests (registry-session.ts).

  baseUrl(): Promise<string> {
    return this.session.baseUrl();
  }

  willPush(repository: string): void {
    this.session.willPush(repository);
  }

  preconnect(counts: { requests?: number; largeGets?: number }): void {
    this.session.preconnect(counts);
  }

  send(request: RegistryRequest): Promise<HttpResponse> {
    return this.session.send(request);
  }

  expect(operation: string, request: RegistryRequest, ok: number[]): Promise<HttpResponse> {
    return this.session.expect(operation, request, ok);
  }

  pullRate(): PullRate | undefined {
    return this.session.pullRate();
  }

  // Manifests and tags (registry-manifests.ts).

  getManifest(repository: string, reference: string, stats?: RequestStats): Promise<Manifest> {
    return getManifest(this.session, repository, reference, stats);
  }

  headManifest(repository: string, reference: string, stats?: RequestStats): Promise<Descriptor | undefined> {
    return headManifest(this.session, repository, reference, stats);
  }

  putManifest(
    repository: string,
    reference: string,
    manifest: Pick<Manifest, "bytes" | "digest" | "mediaType">,
    stats?: RequestStats,
  ): Promise<void> {
    return putManifest(this.session, repository, reference, manifest, stats);
  }

  deleteManifest(repository: string, digest: string): Promise<"deleted" | "absent" | "refused"> {
    return deleteManifest(this.session, repository, digest);
  }

  listTags(repository: string): Promise<string[]> {
    return listTags(this.session, repository);
  }

  // Blobs (registry-blobs.ts).

  hasBlob(repository: string, digest: string, stats?: RequestStats): Promise<boolean> {
    return hasBlob(this.session, repository, digest, stats);
  }

  headBlob(
    repository: string,
    digest: string,
    stats?: RequestStats,
  ): Promise<{ digest?: string; size?: number } | undefined> {
    return headBlob(this.session, repository, digest, stats);
  }

  openBlob(
    repository: string,
    descriptor: Descriptor,
    stats?: RequestStats,
    onBytes?: (bytes: number) => void,
  ): Readable {
    return openBlob(this.session, repository, descriptor, stats, onBytes);
  }

  readBlob(repository: string, descriptor: Descriptor, limit?: number, stats?: RequestStats): Promise<Buffer> {
    return readBlob(this.session, repository, descriptor, limit, stats);
  }

  uploadBlob(
    repository: string,
    descriptor: Descriptor,
    source: () => Readable | Buffer,
    options?: UploadOptions,
  ): Promise<UploadResult> {
    return uploadBlob(this.session, this.uploadsInFlight, repository, descriptor, source, options);
  }

  // Referrers (registry-referrers.ts).

  referrers(
    repository: string,
    digest: string,
    stats?: RequestStats,
  ): Promise<{ descriptors: Descriptor[]; api: boolean }> {
    return referrers(this.session, this.referrersApiProbes, repository, digest, stats);
  }

  addToFallbackIndex(repository: string, subject: string, manifests: Manifest[], stats?: RequestStats): Promise<void> {
    return addToFallbackIndex(this.session, repository, subject, manifests, stats);
  }

  updateFallbackIndex(
    repository: string,
    subject: string,
    update: FallbackIndexUpdate,
    stats?: RequestStats,
  ): Promise<"written" | "exists"> {
    return updateFallbackIndex(this.session, repository, subject, update, stats);
  }

  fallbackIndex(repository: string, digest: string, stats?: RequestStats): Promise<Manifest | undefined> {
    return fallbackIndex(this.session, repository, digest, stats);
  }
}
