/**
 * A release tag never moves. ECR Public has no tag immutability, so before anything is written the
 * promotion looks at every destination tag: absent, or already holding the promoted digest, is fine;
 * holding another digest refuses the whole promotion unless the tag is one of `mutableTags` (globs
 * such as `latest` or `nightly-*`). All destinations are checked before any is written to, so a
 * refused promotion writes nothing anywhere.
 */
import { formatReference, type Reference, type RegistryClients } from "@image-actions/oci";

export type TagState = "absent" | "same" | "moves";

export interface TagCheck {
  destination: string;
  tag: string;
  state: TagState;
  /** The digest the tag holds now, if it exists. */
  existing?: string;
}

export class TagMoveError extends Error {
  override name = "TagMoveError";
}

/** `*` matches any run of characters, `?` one; everything else literally. The whole tag must match. */
export function tagGlob(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

export async function checkDestinationTags(
  clients: RegistryClients,
  digest: string,
  destinations: Reference[],
  mutableTags: string[],
): Promise<TagCheck[]> {
  const mutable = mutableTags.map(tagGlob);
  const checks = await Promise.all(
    destinations.map(async (destination): Promise<TagCheck> => {
      const tag = destination.tag;
      if (!tag) throw new TagMoveError(`${formatReference(destination)}: a destination needs a tag to promote to`);
      const head = await clients.for(destination.registry).headManifest(destination.repository, tag);
      const name = formatReference(destination);
      if (!head) return { destination: name, tag, state: "absent" };
      if (head.digest === digest) return { destination: name, tag, state: "same", existing: head.digest };
      return { destination: name, tag, state: "moves", existing: head.digest };
    }),
  );
  const refused = checks.filter((check) => check.state === "moves" && !mutable.some((glob) => glob.test(check.tag)));
  if (refused.length > 0)
    throw new TagMoveError(
      `refusing to move release tags (nothing was written): ${refused
        .map((check) => `${check.destination} holds ${check.existing}, not ${digest}`)
        .join("; ")}; list a tag in mutable-tags only if it is meant to move`,
    );
  return checks;
}
