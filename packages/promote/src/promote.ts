/**
 * Promotion: a candidate signed with the internal key becomes a release signed with the release key,
 * digest for digest, in one or more public repositories. In order:
 * 1. the source is resolved to a digest once, and its internal signature verified (nothing is
 *    written for an unsigned or wrongly signed candidate);
 * 2. every destination tag is checked before anything is written (the release-tag rule of
 *    @image-actions/oci); missing ECR repositories are created if asked;
 * 3. the image is copied by digest, untagged, with its SBOMs and other referrers; internal
 *    signatures and attestations stay behind unless asked for;
 * 4. every promoted manifest is signed with the release key, and what the internal key attested
 *    about it (SBOMs, provenance, VEX: read and verified in step 1) is attested again with the
 *    release key, naming the public repository;
 * 5. the end state is verified: the release signature verifies, the internal one is not there;
 * 6. only then are the tags written, so a public tag never names an unsigned image: each is looked at
 *    again just before and read back after, release tags before mutable ones, so that of two
 *    promotions racing for one tag exactly one succeeds, and `latest` only follows a release that
 *    won its own tags.
 * Each step skips what is already done (present blobs and manifests, signatures by the same key),
 * so a re-run after a failure anywhere finishes the work and repeats none of it.
 */
import {
  type CopyReport,
  checkDestinationTags,
  copyImage,
  type DestinationReport,
  ensureEcrRepository,
  formatReference,
  isMutableTag,
  leftBehindWarning,
  manifestReference,
  type Reference,
  type ReferrerKind,
  type RegistryClients,
  type RepositoryOutcome,
  type RepositorySettings,
  type TagCheck,
  type TagWriteOutcome,
  withDigest,
  writeReleaseTag,
} from "@image-actions/oci";
import {
  type AttestedDigest,
  attestImages,
  legacyStandInWarning,
  mapLimited,
  readSourceAttestations,
  type SignatureFormat,
  type Signer,
  type SourceAttestations,
  signImages,
  unverifiedAttestationsWarning,
  type VerificationKey,
  type VerifiedPredicate,
  verifyImageWithKey,
} from "@image-actions/sigstore";

export class PromotionError extends Error {
  override name = "PromotionError";
}

export interface PromoteOptions {
  source: Reference;
  destinations: Reference[];
  /** The internal key the candidate must be signed with; undefined skips verification. */
  verifyKey?: VerificationKey;
  /** The release key; undefined leaves the copies unsigned. */
  signer?: Signer;
  formats: SignatureFormat[];
  copySignatures: boolean;
  mutableTags: string[];
  /** Create missing ECR / ECR Public repositories with these settings; undefined creates none. */
  createRepositories?: RepositorySettings;
  dryRun: boolean;
  /** How long to wait before reading a written tag back (tests shorten it); see writeReleaseTag. */
  tagSettleMs?: number;
}

export interface PromotedDestination {
  destination: string;
  /** `name@sha256:…` of the promoted image there. */
  image: string;
  tag: TagCheck;
  /** With create-repository: what became of the repository ("not ECR": nothing to create there). */
  repository?: RepositoryOutcome | "not ECR";
  copy: DestinationReport;
  /**
   * `standIns`: legacy signatures written where the registry refused an image index's bundle
   * (ECR, aws/containers-roadmap#2783), counted in `written`/`existing` too.
   */
  signatures: { written: number; existing: number; planned: number; standIns?: number };
  tagWritten: boolean;
  /** A mutable tag another promotion moved on right after ours: the digest it holds now. */
  tagOvertakenBy?: string;
}

/**
 * An attestation of the source verified with the internal key and attested again at a destination
 * with the release key (`written`, `exists` on a re-run, `planned` in a dry run), or one that did
 * not verify and stayed behind (`left behind`, with the source's `image` and the reason).
 */
export interface PromotedAttestation {
  /** `name@sha256:…` the attestation is about: a destination's, or the source's when left behind. */
  image: string;
  digest: string;
  predicateType: string;
  /** `sha256:` of the predicate attested (the same at the source and at every destination). */
  predicateDigest?: string;
  format: SignatureFormat;
  outcome: "written" | "exists" | "planned" | "left behind";
  /** Where it is stored: the destination's `.att` tag or bundle referrer, or the source's. */
  storedAt?: string;
  /** A legacy `.att` attestation standing in for a bundle the registry refused (see SignedDigest.bundleRefused). */
  bundleRefused?: true;
  reason?: string;
}

export interface PromotionReport {
  source: string;
  digest: string;
  dryRun: boolean;
  verified: { signatures: number } | null;
  excludedReferrers: CopyReport["excludedReferrers"];
  destinations: PromotedDestination[];
  /**
   * With verify and sign (and copy-signatures false): the source's attestations, carried (attested
   * again with the release key at each destination) or left behind.
   */
  attestations: PromotedAttestation[];
  /** What the action says once each, in one line: referrers a destination could not hold, and signatures stored otherwise than asked. */
  warnings: string[];
}

const WITHOUT_SIGNATURES: ReferrerKind[] = ["sbom", "other"];
const EVERYTHING: ReferrerKind[] = ["signature", "attestation", "sbom", "other"];

export async function promoteImage(clients: RegistryClients, options: PromoteOptions): Promise<PromotionReport> {
  const sourceClient = clients.for(options.source.registry);
  const root = await sourceClient.getManifest(options.source.repository, manifestReference(options.source));
  const digest = root.digest;
  const pinnedSource = withDigest(options.source, digest);

  // The destinations' tokens are asked for push from the first lookup on (one token each, not a
  // pull token for the tag check and a push token for the copy).
  if (!options.dryRun)
    for (const destination of options.destinations) clients.for(destination.registry).willPush(destination.repository);
  // The signature check and the tag check only read, and on registries 10–80 ms away each is a chain
  // of round trips: they run side by side. Nothing is written before both pass; an unsigned
  // candidate is reported as such even when a tag check fails too.
  // Attestations are carried by attesting their predicates again with the release key, when the
  // internal key's are checked and a release key signs; copy-signatures copies them as they are.
  const carry = options.verifyKey && options.signer && !options.copySignatures ? options.verifyKey : undefined;
  const [verification, tagCheck, sourceAttestations] = await Promise.allSettled([
    options.verifyKey
      ? verifyImageWithKey(clients, pinnedSource, options.verifyKey, { ignoreTlog: true }).catch((error) => {
          throw new PromotionError(
            `${formatReference(pinnedSource)} is not signed with the internal key, nothing was promoted: ${(error as Error).message}`,
          );
        })
      : Promise.resolve(undefined),
    checkDestinationTags(clients, digest, options.destinations, options.mutableTags),
    carry
      ? readSourceAttestations(
          sourceClient,
          options.source.repository,
          [digest, ...root.manifests.map((entry) => entry.digest)],
          carry,
        )
      : Promise.resolve(undefined),
  ]);
  if (verification.status === "rejected") throw verification.reason;
  if (tagCheck.status === "rejected") throw tagCheck.reason;
  if (sourceAttestations.status === "rejected") throw sourceAttestations.reason;
  const attestations = sourceAttestations.value;
  const verified = verification.value;
  const tags = tagCheck.value;

  // Untagged, once per repository (two tags in one repository are one copy): the tags are written
  // last, once the copies are signed and checked.
  const repositories = new Map(
    options.destinations.map((destination) => {
      const pinned = withDigest(destination, digest);
      return [formatReference(pinned), pinned] as const;
    }),
  );
  const untagged = [...repositories.values()];
  const repositoryOutcomes = options.createRepositories
    ? await createRepositories(clients, untagged, options.createRepositories, options.dryRun)
    : undefined;
  const copy = await copyImage(clients, pinnedSource, untagged, {
    referrerKinds: options.copySignatures ? EVERYTHING : WITHOUT_SIGNATURES,
    dryRun: options.dryRun,
    sourceRoot: root,
  });
  const failed = copy.destinations.filter((destination) => destination.status === "failed");
  if (failed.length > 0)
    throw new PromotionError(
      `copy failed, no tag was written (a re-run finishes it): ${failed.map((item) => `${item.destination}: ${item.error}`).join("; ")}`,
    );

  const formats = options.formats;
  const manifestsToSign = 1 + root.manifests.length;
  const report: PromotionReport = {
    source: formatReference(options.source),
    digest,
    dryRun: options.dryRun,
    verified: verified ? { signatures: verified.signatures.length } : null,
    excludedReferrers: copy.excludedReferrers,
    destinations: options.destinations.map((destination, index) => ({
      destination: formatReference(destination),
      image: formatReference(withDigest(destination, digest)),
      tag: tags[index] as TagCheck,
      ...(repositoryOutcomes
        ? { repository: repositoryOutcomes.get(formatReference(withDigest(destination, digest))) }
        : {}),
      copy: copy.destinations[
        [...repositories.keys()].indexOf(formatReference(withDigest(destination, digest)))
      ] as DestinationReport,
      signatures: { written: 0, existing: 0, planned: options.signer ? manifestsToSign * formats.length : 0 },
      tagWritten: false,
    })),
    attestations: attestations ? leftBehind(pinnedSource, attestations) : [],
    warnings: [leftBehindWarning(copy), attestations && unverifiedAttestationsWarning(attestations.unverified)].filter(
      (line): line is string => line !== undefined,
    ),
  };
  if (options.dryRun) {
    if (attestations) report.attestations.unshift(...plannedAttestations(untagged, attestations.verified, formats));
    return report;
  }

  if (options.signer) {
    const signed = await signImages(clients, untagged, options.signer, { recursive: true, formats, written: [root] });
    for (const destination of report.destinations) {
      const repository = destination.image.slice(0, destination.image.lastIndexOf("@") + 1);
      const mine = signed.filter((item) => item.image.startsWith(repository));
      destination.signatures.written = mine.filter((item) => item.outcome === "written").length;
      destination.signatures.existing = mine.filter((item) => item.outcome === "exists").length;
      const standIns = mine.filter((item) => item.bundleRefused).length;
      if (standIns > 0) destination.signatures.standIns = standIns;
    }
    const attested = attestations
      ? await attestAtDestinations(clients, untagged, attestations.verified, options.signer, formats)
      : [];
    report.attestations.unshift(...attested.map(({ predicate, attested }) => promotedAttestation(predicate, attested)));
    const standIn = legacyStandInWarning([...signed, ...attested.map((item) => item.attested)]);
    if (standIn) report.warnings.push(standIn);
  }

  await Promise.all(untagged.map((pinned) => checkEndState(clients, pinned, options)));

  await writeTags(clients, options, root, report);
  return report;
}

/**
 * Each verified predicate attested again about its digest in every destination repository, with
 * the release key, in each format: the statement names the destination repository (never the
 * internal one) and carries the same predicate type and predicate. A re-run finds them there
 * ("exists") and writes nothing. One digest's predicates are attested one after another (they share
 * its `.att` image); digests and repositories side by side.
 */
async function attestAtDestinations(
  clients: RegistryClients,
  untagged: Reference[],
  predicates: VerifiedPredicate[],
  signer: Signer,
  formats: SignatureFormat[],
): Promise<Array<{ predicate: VerifiedPredicate; attested: AttestedDigest }>> {
  const digests = [...new Set(predicates.map((item) => item.digest))];
  const work = untagged.flatMap((pinned) => digests.map((digest) => withDigest(pinned, digest)));
  const done = await mapLimited(work, 4, async (reference) => {
    const results: Array<{ predicate: VerifiedPredicate; attested: AttestedDigest }> = [];
    for (const predicate of predicates.filter((item) => item.digest === reference.digest)) {
      const attested = await attestImages(clients, [reference], signer, {
        predicates: [{ predicateType: predicate.predicateType, predicate: predicate.predicate }],
        formats,
      });
      results.push(...attested.map((item) => ({ predicate, attested: item })));
    }
    return results;
  });
  return done.flat();
}

function promotedAttestation(predicate: VerifiedPredicate, attested: AttestedDigest): PromotedAttestation {
  return {
    image: attested.image,
    digest: attested.digest,
    predicateType: predicate.predicateType,
    predicateDigest: predicate.predicateDigest,
    format: attested.format === "bundle-attestation" ? "bundle" : "legacy",
    outcome: attested.outcome,
    storedAt: attested.storedAt,
    ...(attested.bundleRefused ? { bundleRefused: true as const } : {}),
  };
}

function plannedAttestations(
  untagged: Reference[],
  predicates: VerifiedPredicate[],
  formats: SignatureFormat[],
): PromotedAttestation[] {
  return untagged.flatMap((pinned) =>
    predicates.flatMap((predicate) =>
      formats.map((format) => ({
        image: formatReference(withDigest(pinned, predicate.digest)),
        digest: predicate.digest,
        predicateType: predicate.predicateType,
        predicateDigest: predicate.predicateDigest,
        format,
        outcome: "planned" as const,
      })),
    ),
  );
}

function leftBehind(source: Reference, attestations: SourceAttestations): PromotedAttestation[] {
  return attestations.unverified.map((item) => ({
    image: formatReference(withDigest(source, item.digest)),
    digest: item.digest,
    predicateType: item.predicateType,
    format: item.format,
    outcome: "left behind" as const,
    storedAt: item.stored,
    reason: item.reason,
  }));
}

/** Creates the ECR repositories that are missing, after the tag check and before any copy. */
async function createRepositories(
  clients: RegistryClients,
  untagged: Reference[],
  settings: RepositorySettings,
  dryRun: boolean,
): Promise<Map<string, RepositoryOutcome | "not ECR">> {
  const outcomes = await Promise.all(
    untagged.map(async (pinned) => {
      const target = await clients.ecrTarget(pinned.registry);
      const outcome = target
        ? await ensureEcrRepository(pinned.registry, target, pinned.repository, settings, { dryRun })
        : ("not ECR" as const);
      return [formatReference(pinned), outcome] as const;
    }),
  );
  return new Map(outcomes);
}

/** The release signature verifies at the destination, and the internal one did not travel. */
async function checkEndState(clients: RegistryClients, pinned: Reference, options: PromoteOptions): Promise<void> {
  const where = formatReference(pinned);
  // Both checks read the same signatures: side by side, not one after the other.
  const [release, leaked] = await Promise.all([
    options.signer
      ? verifyImageWithKey(clients, pinned, options.signer, { ignoreTlog: true }).then(
          () => undefined,
          (error: Error) => error,
        )
      : undefined,
    options.verifyKey && !options.copySignatures
      ? verifyImageWithKey(clients, pinned, options.verifyKey, { ignoreTlog: true }).then(
          () => true,
          () => false,
        )
      : false,
  ]);
  if (release) throw new PromotionError(`${where}: the release signature does not verify: ${release.message}`);
  if (leaked)
    throw new PromotionError(
      `${where} carries a signature by the internal key; remove it before releasing (or set copy-signatures: true)`,
    );
}

/**
 * Release tags first, all at once; mutable tags (`latest`) only once every release tag is ours, so a
 * promotion that lost a race never leaves `latest` on its digest.
 */
async function writeTags(
  clients: RegistryClients,
  options: PromoteOptions,
  root: { bytes: Buffer; digest: string; mediaType: string },
  report: PromotionReport,
): Promise<void> {
  const pending = options.destinations
    .map((destination, index) => ({ destination, promoted: report.destinations[index] as PromotedDestination }))
    .filter(({ promoted }) => promoted.tag.state !== "same");
  for (const mutable of [false, true]) {
    await Promise.all(
      pending
        .filter(({ destination }) => isMutableTag(destination.tag as string, options.mutableTags) === mutable)
        .map(async ({ destination, promoted }) => {
          const written = await writeTag(clients, destination, root, mutable, options.tagSettleMs);
          promoted.tagWritten = written.outcome === "written";
          if (written.outcome === "overtaken") promoted.tagOvertakenBy = written.holder;
        }),
    );
  }
}

async function writeTag(
  clients: RegistryClients,
  destination: Reference,
  root: { bytes: Buffer; digest: string; mediaType: string },
  mutable: boolean,
  settleMs: number | undefined,
): Promise<TagWriteOutcome> {
  // A registry's own tag immutability (private ECR) is the release-tag rule's to read: see
  // writeReleaseTag.
  return writeReleaseTag(clients.for(destination.registry), destination, root, {
    mutable,
    ...(settleMs !== undefined ? { settleMs } : {}),
  });
}
