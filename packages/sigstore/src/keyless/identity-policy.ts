/**
 * Who must have signed, for keyless verification: the certificate's subject (an email or a URI such
 * as a workflow path) and the OIDC issuer that vouched for it, each exact or a regular expression.
 * Regular expressions are unanchored, like cosign's `--certificate-identity-regexp`: anchor them
 * (`^https://github\.com/org/`) to mean "starts with".
 */
import { VerificationError } from "../errors.ts";

export type Match = { exact: string } | { regexp: RegExp };

export interface IdentityPolicy {
  subject: Match;
  issuer: Match;
}

/** The identity distroless publishes its images under (GoogleContainerTools/distroless README). */
export const DISTROLESS_POLICY: IdentityPolicy = {
  subject: { exact: "keyless@distroless.iam.gserviceaccount.com" },
  issuer: { exact: "https://accounts.google.com" },
};

export interface CertificateIdentity {
  subject: string;
  issuer: string;
}

export function describeMatch(match: Match): string {
  return "exact" in match ? match.exact : `/${match.regexp.source}/`;
}

function matches(match: Match, value: string): boolean {
  return "exact" in match ? match.exact === value : match.regexp.test(value);
}

/** Throws, saying which half failed, unless `identity` satisfies `policy`. */
export function checkIdentity(policy: IdentityPolicy, identity: CertificateIdentity): void {
  if (!matches(policy.subject, identity.subject))
    throw new VerificationError(
      `signed by ${identity.subject || "(no subject)"}, not ${describeMatch(policy.subject)}`,
    );
  if (!matches(policy.issuer, identity.issuer))
    throw new VerificationError(
      `issuer ${identity.issuer || "(none)"} vouched for the signer, not ${describeMatch(policy.issuer)}`,
    );
}
