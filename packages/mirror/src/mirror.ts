/**
 * Mirroring a released image to third-party registries without changing a byte: the source is
 * resolved once (and verified, given a key), every destination tag is checked before anything is
 * written (the release-tag rule of @image-actions/oci; a destination that cannot even be looked at
 * fails alone), then one fan-out copy reads each source blob once for
 * all destinations and carries the signatures, attestations, SBOMs and other referrers in whatever
 * form each destination supports (referrers API or fallback tag, detected per destination; cosign's
 * legacy tags as they are). A destination that fails does not stop the others; the mirror fails at
 * the end naming each one. Release tags are looked at again just before they are written and read
 * back after: one that another writer took meanwhile fails that destination, naming the digest it
 * holds. With a key, every destination is verified after the copy.
 */

import {
  type CopyReport,
  checkDestinationTags,
  copyImage,
  type DestinationReport,
  formatReference,
  isLowPullRate,
  leftBehindWarning,
  manifestReference,
  type PullRate,
  type Reference,
  type ReferrerKind,
  type RegistryClients,
  type TagCheck,
  type UnreachableTag,
  withDigest,
} from "@image-actions/oci";
import { type VerificationKey, verifyImageWithKey } from "@image-actions/sigstore";

export class MirrorError extends Error {
  override name = "MirrorError";
}

export interface MirrorOptions {
  source: Reference;
  destinations: Reference[];
  /** `skip` leaves signatures and signature-bearing attestations behind; SBOMs always travel. */
  signatures: "copy" | "skip";
  verifyKey?: VerificationKey;
  mutableTags: string[];
  /** Plan only: report what each destination lacks, write nothing. */
  plan: boolean;
  /** How long to wait before reading release tags back (tests shorten it); see writeReleaseTag. */
  tagSettleMs?: number;
}

export interface MirroredDestination {
  destination: string;
  status: "copied" | "up-to-date" | "planned" | "failed";
  /** The digest mirrored there (the source's: bytes are never changed). */
  digest: string;
  tag: TagCheck | UnreachableTag;
  manifests: number;
  blobs: { copied: number; mounted: number; skipped: number };
  bytes: number;
  /** Referrers and cosign tags (signatures, attestations, SBOMs, other) carried. */
  referrers: number;
  referrersByKind: DestinationReport["referrersByKind"];
  /** Referrers of the image index the destination could not hold (DestinationReport.leftBehind). */
  leftBehind?: DestinationReport["leftBehind"];
  /** Signatures by `verifyKey` that verified there after the copy. */
  verifiedSignatures?: number;
  error?: string;
}

export interface MirrorReport {
  source: string;
  digest: string;
  plan: boolean;
  verified: { signatures: number } | null;
  sourceBytesRead: number;
  blobBytes: number;
  excludedReferrers: CopyReport["excludedReferrers"];
  destinations: MirroredDestination[];
  /** What the action says once each, in one line (referrers a destination could not hold). */
  warnings: string[];
  /** Pull allowances registries reported (Docker Hub), with `low` set when nearly spent. */
  pullRates: Array<PullRate & { registry: string; low: boolean }>;
}

export const ALL_REFERRERS: ReferrerKind[] = ["signature", "attestation", "sbom", "other"];
const WITHOUT_SIGNATURES: ReferrerKind[] = ["sbom", "other"];

export async function mirrorImage(clients: RegistryClients, options: MirrorOptions): Promise<MirrorReport> {
  const source = options.source;
  const root = await clients.for(source.registry).getManifest(source.repository, manifestReference(source));
  const pinned = withDigest(source, root.digest);

  const verified = options.verifyKey
    ? await verifyImageWithKey(clients, pinned, options.verifyKey, { ignoreTlog: true }).catch((error) => {
        throw new MirrorError(
          `${formatReference(pinned)} does not verify with verify-key, nothing was mirrored: ${(error as Error).message}`,
        );
      })
    : undefined;

  const tags = await checkDestinationTags(clients, root.digest, options.destinations, options.mutableTags, {
    tolerateUnreachable: true,
  });
  const reachable = options.destinations.filter((_, index) => tags[index]?.state !== "unreachable");
  const copy = await copyImage(clients, pinned, reachable, {
    referrerKinds: options.signatures === "copy" ? ALL_REFERRERS : WITHOUT_SIGNATURES,
    dryRun: options.plan,
    // Read a moment ago by the tag: not read again (on Docker Hub every manifest GET is a pull).
    sourceRoot: root,
    releaseTags: {
      mutableTags: options.mutableTags,
      ...(options.tagSettleMs !== undefined ? { settleMs: options.tagSettleMs } : {}),
    },
  });
  const copied = new Map(copy.destinations.map((item) => [item.destination, item]));
  const destinations = options.destinations.map((reference, index): MirroredDestination => {
    const tag = tags[index] as TagCheck | UnreachableTag;
    const item = copied.get(formatReference(reference));
    if (tag.state === "unreachable" || !item)
      return unreachableDestination(formatReference(reference), root.digest, tag as UnreachableTag);
    return {
      destination: item.destination,
      status: item.status,
      digest: root.digest,
      tag,
      manifests: item.manifests.copied,
      blobs: item.blobs,
      bytes: item.bytes,
      referrers: item.referrers,
      referrersByKind: item.referrersByKind,
      ...(item.leftBehind ? { leftBehind: item.leftBehind } : {}),
      ...(item.error ? { error: item.error } : {}),
    };
  });
  if (options.verifyKey && !options.plan) {
    const key = options.verifyKey;
    await Promise.all(
      destinations.map(async (item, index) => {
        if (item.status === "failed") return;
        const there = withDigest(options.destinations[index] as Reference, root.digest);
        try {
          const result = await verifyImageWithKey(clients, there, key, { ignoreTlog: true });
          item.verifiedSignatures = result.signatures.length;
        } catch (error) {
          item.status = "failed";
          item.error = `copied, but does not verify with verify-key there: ${(error as Error).message}`;
        }
      }),
    );
  }

  return {
    source: formatReference(source),
    digest: root.digest,
    plan: options.plan,
    verified: verified ? { signatures: verified.signatures.length } : null,
    sourceBytesRead: copy.sourceBytesRead,
    blobBytes: copy.blobBytes,
    excludedReferrers: copy.excludedReferrers,
    destinations,
    warnings: [leftBehindWarning(copy)].filter((line): line is string => line !== undefined),
    pullRates: pullRatesOf(clients, [source, ...options.destinations]),
  };
}

function unreachableDestination(destination: string, digest: string, tag: UnreachableTag): MirroredDestination {
  return {
    destination,
    status: "failed",
    digest,
    tag,
    manifests: 0,
    blobs: { copied: 0, mounted: 0, skipped: 0 },
    bytes: 0,
    referrers: 0,
    referrersByKind: {},
    error: `its tag could not be checked, nothing was written there: ${tag.error}`,
  };
}

function pullRatesOf(clients: RegistryClients, references: Reference[]): MirrorReport["pullRates"] {
  const registries = [...new Set(references.map((reference) => reference.registry))];
  return registries.flatMap((registry) => {
    const rate = clients.for(registry).pullRate();
    return rate ? [{ registry, ...rate, low: isLowPullRate(rate) }] : [];
  });
}

/** One line naming every destination that failed, or undefined when none did. */
export function mirrorFailures(report: MirrorReport): string | undefined {
  const failed = report.destinations.filter((item) => item.status === "failed");
  if (failed.length === 0) return undefined;
  return `${failed.length} of ${report.destinations.length} destination(s) failed (the others were mirrored): ${failed
    .map((item) => `${item.destination}: ${item.error}`)
    .join("; ")}`;
}
