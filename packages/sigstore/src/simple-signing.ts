/**
 * The "simple signing" payload cosign signs for an image (the containers/image format). Its bytes
 * are what is signed and stored, so they are produced in exactly cosign's form: the field order of
 * its Go structs, and `optional` as a JSON object with sorted keys, or null.
 */
import { VerificationError } from "./errors.ts";

export const SIMPLE_SIGNING_TYPE = "cosign container image signature";

export function simpleSigningPayload(
  dockerReference: string,
  digest: string,
  annotations?: Map<string, string> | Record<string, string>,
): Buffer {
  const entries = annotations instanceof Map ? [...annotations] : Object.entries(annotations ?? {});
  const optional =
    entries.length === 0 ? null : Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { "docker-reference": dockerReference },
        image: { "docker-manifest-digest": digest },
        type: SIMPLE_SIGNING_TYPE,
      },
      optional,
    }),
  );
}

export interface SimpleSigning {
  dockerReference: string;
  digest: string;
  annotations: Record<string, unknown>;
}

/** Parse a payload and check it is a cosign image signature for `expectedDigest`. */
export function checkSimpleSigning(payload: Buffer, expectedDigest: string): SimpleSigning {
  let parsed: {
    critical?: {
      identity?: { "docker-reference"?: string };
      image?: { "docker-manifest-digest"?: string };
      type?: string;
    };
    optional?: Record<string, unknown> | null;
  };
  try {
    parsed = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new VerificationError("the signed payload is not JSON");
  }
  if (parsed.critical?.type !== SIMPLE_SIGNING_TYPE)
    throw new VerificationError(
      `the signed payload is of type '${parsed.critical?.type}', not a cosign image signature`,
    );
  const digest = parsed.critical.image?.["docker-manifest-digest"];
  if (digest !== expectedDigest) throw new VerificationError(`the signature is for ${digest}, not ${expectedDigest}`);
  return {
    dockerReference: parsed.critical.identity?.["docker-reference"] ?? "",
    digest,
    annotations: parsed.optional ?? {},
  };
}
