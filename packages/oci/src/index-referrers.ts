/**
 * Registries that cannot hold a referrer of an image index. Amazon ECR answers
 * `405 Method Not Allowed` to the PUT of a manifest whose `subject` is an image index (open as
 * aws/containers-roadmap#2783 since 2026-03; met by `oras copy -r` and buildkit's
 * `oci-artifact=true`, moby/buildkit#5747), while referrers of image manifests are taken. Its
 * other manifest refusals come as 405 with `UNSUPPORTED` (oras-project/oras#1133); a registry
 * refusing the same thing with 400 is treated alike, unless its code says the manifest names
 * missing content or a bad name or tag, which are errors of their own.
 *
 * The signature of such an index goes to cosign's legacy `.sig` tag instead (and an attestation to
 * `.att`), which every registry holds and every verifier reads; a copy leaves the index's OCI
 * referrers behind and says so. Keyed on the answer, never on the host: any registry answering so
 * gets the same treatment.
 */
import { RegistryError } from "./errors.ts";
import { isIndexMediaType } from "./media-types.ts";

/** The issue to name when a registry refuses referrers of an index. */
export const INDEX_REFERRER_ISSUE = "aws/containers-roadmap#2783";

/** 400 codes that say something other than "this subject cannot be referred to". */
const OTHER_REFUSALS = new Set([
  "MANIFEST_BLOB_UNKNOWN",
  "BLOB_UNKNOWN",
  "DIGEST_INVALID",
  "SIZE_INVALID",
  "NAME_INVALID",
  "NAME_UNKNOWN",
  "TAG_INVALID",
  "UNAUTHORIZED",
  "DENIED",
]);

/**
 * Whether `error`, met putting a referrer of `subject`, is the registry refusing referrers of an
 * image index (above).
 */
export function isIndexReferrerRefusal(error: unknown, subject: { mediaType?: string } | undefined): boolean {
  if (!(error instanceof RegistryError) || !subject?.mediaType || !isIndexMediaType(subject.mediaType)) return false;
  if (error.status === 405) return true;
  return error.status === 400 && !error.codes.some((code) => OTHER_REFUSALS.has(code));
}

/** The one line saying a registry cannot hold referrers of an image index, and why. */
export function indexReferrerLimit(registries: string[]): string {
  const names = [...new Set(registries)].join(", ");
  return `${names} cannot hold referrers of an image index (${INDEX_REFERRER_ISSUE})`;
}
