/**
 * A release tag never moves. ECR Public has no tag immutability and the distribution spec has no
 * compare-and-swap on tags, so the rule is enforced by the writers themselves, in three places:
 * 1. before anything is written, every destination tag is looked at (`checkDestinationTags`): absent,
 *    or already holding the digest, is fine; holding another digest refuses the whole operation unless
 *    the tag matches one of `mutableTags` (globs such as `latest` or `nightly-*`);
 * 2. immediately before a tag is written it is looked at again (`writeReleaseTag`): the copy and the
 *    signing in between take seconds, long enough for another job to have taken the tag;
 * 3. after writing, once a concurrent writer that passed its own check at the same moment has had
 *    time to write too, the tag is read back: the run whose digest is not there has lost, and says so,
 *    naming the digest that won. It never reports a release that is not what the tag holds.
 * What remains is a window of one request's latency between a writer's re-check and its write, and
 * only when the winner's read-back came before that write; a workflow `concurrency:` group per
 * destination repository closes it.
 */
import type { RegistryClients } from "./clients.ts";
import { OciError, RegistryError } from "./errors.ts";
import type { Manifest } from "./manifest.ts";
import { formatReference, type Reference } from "./reference.ts";
import type { RegistryClient } from "./registry-client.ts";
import { sleep } from "./retry.ts";

/** A tag that would move, or moved under us: the user's to resolve (one line, no stack). */
export class TagMoveError extends OciError {
  override name = "TagMoveError";
}

export type TagState = "absent" | "same" | "moves";

export interface TagCheck {
  destination: string;
  tag: string;
  state: TagState;
  /** The digest the tag holds now, if it exists. */
  existing?: string;
}

/** A destination whose tag could not be looked at (unreachable, refused): the others go on. */
export interface UnreachableTag {
  destination: string;
  tag: string;
  state: "unreachable";
  error: string;
}

/** `*` matches any run of characters, `?` one; everything else literally. The whole tag must match. */
export function tagGlob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

export function isMutableTag(tag: string, mutableTags: string[]): boolean {
  return mutableTags.some((pattern) => tagGlob(pattern).test(tag));
}

export interface CheckTagsOptions {
  /**
   * Keep going when a destination cannot be looked at (mirror: one unreachable registry must not stop
   * the others) and report it as `unreachable`; otherwise its error is thrown.
   */
  tolerateUnreachable?: boolean;
}

/**
 * Looks at every destination tag before anything is written. A tag holding another digest refuses
 * everything, naming each such tag and both digests, unless it is mutable.
 */
export async function checkDestinationTags(
  clients: RegistryClients,
  digest: string,
  destinations: Reference[],
  mutableTags: string[],
  options: { tolerateUnreachable: true },
): Promise<Array<TagCheck | UnreachableTag>>;
export async function checkDestinationTags(
  clients: RegistryClients,
  digest: string,
  destinations: Reference[],
  mutableTags: string[],
  options?: CheckTagsOptions,
): Promise<TagCheck[]>;
export async function checkDestinationTags(
  clients: RegistryClients,
  digest: string,
  destinations: Reference[],
  mutableTags: string[],
  options: CheckTagsOptions = {},
): Promise<Array<TagCheck | UnreachableTag>> {
  for (const destination of destinations)
    if (!destination.tag) throw new TagMoveError(`${formatReference(destination)}: a destination needs a tag`);
  const checks = await Promise.all(
    destinations.map(async (destination): Promise<TagCheck | UnreachableTag> => {
      const tag = destination.tag as string;
      try {
        return await lookAtTag(clients.for(destination.registry), destination, digest);
      } catch (error) {
        if (!options.tolerateUnreachable) throw error;
        return {
          destination: formatReference(destination),
          tag,
          state: "unreachable",
          error: (error as Error).message,
        };
      }
    }),
  );
  const refused = checks.filter(
    (check): check is TagCheck => check.state === "moves" && !isMutableTag(check.tag, mutableTags),
  );
  if (refused.length > 0)
    throw new TagMoveError(
      `refusing to move release tags (nothing was written): ${refused
        .map((check) => `${check.destination} holds ${check.existing}, not ${digest}`)
        .join("; ")}; list a tag in mutable-tags only if it is meant to move`,
    );
  return checks;
}

async function lookAtTag(client: RegistryClient, destination: Reference, digest: string): Promise<TagCheck> {
  const tag = destination.tag as string;
  const name = formatReference(destination);
  const head = await client.headManifest(destination.repository, tag);
  if (!head) return { destination: name, tag, state: "absent" };
  return { destination: name, tag, state: head.digest === digest ? "same" : "moves", existing: head.digest };
}

export interface WriteTagOptions {
  mutable: boolean;
  /**
   * How long to wait before reading the tag back. A writer that passed its re-check at the same
   * moment as us writes one request later; waiting several request latencies lets its write land
   * before we look. One second covers a registry across an ocean.
   */
  settleMs?: number;
}

export type TagWriteOutcome =
  /** Written, and still ours when read back. */
  | { outcome: "written" }
  /** Another writer put the same digest there first: nothing to do. */
  | { outcome: "same" }
  /** A mutable tag another writer moved on after us: not an error, but not ours any more. */
  | { outcome: "overtaken"; holder: string };

const DEFAULT_SETTLE_MS = 1000;

/**
 * Writes `destination`'s tag to `root` with the re-check before and the read-back after. A release
 * tag taken by another digest meanwhile fails with TagMoveError naming it; a mutable one reports
 * `overtaken`.
 */
export async function writeReleaseTag(
  client: RegistryClient,
  destination: Reference,
  root: Pick<Manifest, "bytes" | "digest" | "mediaType">,
  options: WriteTagOptions,
): Promise<TagWriteOutcome> {
  const tag = destination.tag as string;
  const name = formatReference(destination);
  const before = await lookAtTag(client, destination, root.digest);
  if (before.state === "same") return { outcome: "same" };
  if (before.state === "moves" && !options.mutable)
    throw new TagMoveError(
      `${name} was taken by ${before.existing} while this run was copying and signing ${root.digest}; not moving it (the copy of ${root.digest} stays, untagged)`,
    );
  let refusal: RegistryError | undefined;
  try {
    await client.putManifest(destination.repository, tag, root);
  } catch (error) {
    if (!isImmutableTagRefusal(error)) throw error;
    refusal = error;
  }
  // Jitter, so two writers that raced do not read back in lockstep either.
  await sleep((options.settleMs ?? DEFAULT_SETTLE_MS) * (1 + Math.random() / 4));
  const after = await lookAtTag(client, destination, root.digest);
  if (after.state === "same") return { outcome: refusal ? "same" : "written" };
  const holder = after.existing ?? "nothing (the tag was deleted)";
  if (refusal) {
    // The registry keeps the tag immutable and it holds another digest: a mutable tag the user
    // meant to move cannot move there; a release tag was taken by another writer since our look.
    if (options.mutable)
      throw new TagMoveError(
        `${name}: the registry refuses to move this immutable tag to ${root.digest}: ${refusal.message}`,
      );
    throw new TagMoveError(
      `${name} lost a race: another writer tagged ${holder} first and the registry keeps the tag immutable, so ${root.digest} was refused there; this release did not happen (serialise releases with a workflow concurrency group per repository)`,
    );
  }
  if (options.mutable) return { outcome: "overtaken", holder };
  throw new TagMoveError(
    `${name} lost a race: another writer tagged ${holder} at the same moment, so the tag does not hold ${root.digest}; this release did not happen (serialise releases with a workflow concurrency group per repository)`,
  );
}

/**
 * A tag write refused because the registry keeps tags immutable. Private ECR with tag immutability
 * answers `TAG_INVALID: The image tag '<tag>' already exists in the '<repository>' repository and
 * cannot be overwritten because the tag is immutable.` (osscontainertools/kaniko#204; "because the
 * repository is immutable" before, aws/containers-roadmap#862), also for the same digest
 * (aws/containers-roadmap#2179); its API calls it ImageTagAlreadyExistsException. Other registries'
 * immutable tags say "immutable" in their refusal too (Harbor, Quay).
 */
function isImmutableTagRefusal(error: unknown): error is RegistryError {
  return (
    error instanceof RegistryError &&
    error.status >= 400 &&
    error.status < 500 &&
    (error.has("TAG_INVALID") || /ImageTagAlreadyExists|immutable/i.test(error.message))
  );
}
