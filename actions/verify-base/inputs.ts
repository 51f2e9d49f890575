import { InputError, readBoolean, readEnum, readRequired, readString } from "@image-actions/action-kit";
import { resolvePredicateType } from "@image-actions/sigstore";

/**
 * One line of `require-attestations`: a predicate type (cosign's `--type` short names or a URI) and
 * who must have signed it, `key=…` or `identity=… issuer=…` (exact values, as cosign's
 * --certificate-identity and --certificate-oidc-issuer).
 */
export type AttestationRequirementInput = { name: string; predicateType: string } & (
  | { key: string }
  | { identity: string; issuer: string }
);

export interface VerifyBaseInputs {
  image: string;
  preset?: "distroless";
  key?: string;
  certificateIdentity?: string;
  certificateIdentityRegexp?: string;
  certificateOidcIssuer?: string;
  certificateOidcIssuerRegexp?: string;
  ignoreTlog: boolean;
  trustedRoot?: string;
  requireAttestations: AttestationRequirementInput[];
}

export function getInputs(): VerifyBaseInputs {
  const preset = readEnum("preset", ["", "distroless"] as const, "");
  const inputs: VerifyBaseInputs = {
    image: readRequired("image"),
    preset: preset === "" ? undefined : preset,
    key: readString("key") || undefined,
    certificateIdentity: readString("certificate-identity") || undefined,
    certificateIdentityRegexp: readString("certificate-identity-regexp") || undefined,
    certificateOidcIssuer: readString("certificate-oidc-issuer") || undefined,
    certificateOidcIssuerRegexp: readString("certificate-oidc-issuer-regexp") || undefined,
    ignoreTlog: readBoolean("ignore-tlog", false),
    trustedRoot: readString("trusted-root") || undefined,
    requireAttestations: parseAttestationRequirements(readString("require-attestations")),
  };
  const keyless = Boolean(inputs.preset || inputs.certificateIdentity || inputs.certificateIdentityRegexp);
  if (!inputs.key && !keyless) {
    throw new InputError("key", "no verification policy: give `key`, `certificate-identity(-regexp)` or `preset`");
  }
  if (inputs.key && keyless) {
    throw new InputError("key", "give either a key or a keyless identity/preset, not both");
  }
  if (inputs.ignoreTlog && keyless) {
    throw new InputError("ignore-tlog", "applies to keyed verification only; keyless signatures need the log");
  }
  if (inputs.certificateIdentity && inputs.certificateIdentityRegexp) {
    throw new InputError("certificate-identity-regexp", "give certificate-identity or its -regexp form, not both");
  }
  if (inputs.certificateOidcIssuer && inputs.certificateOidcIssuerRegexp) {
    throw new InputError(
      "certificate-oidc-issuer-regexp",
      "give certificate-oidc-issuer or its -regexp form, not both",
    );
  }
  if (
    inputs.preset &&
    (inputs.certificateIdentity ||
      inputs.certificateIdentityRegexp ||
      inputs.certificateOidcIssuer ||
      inputs.certificateOidcIssuerRegexp)
  ) {
    throw new InputError("preset", `${inputs.preset} already sets the identity and issuer; give one or the other`);
  }
  if (
    !keyless &&
    (inputs.certificateOidcIssuer || inputs.certificateOidcIssuerRegexp) &&
    !inputs.certificateIdentity &&
    !inputs.certificateIdentityRegexp
  ) {
    throw new InputError("certificate-identity", "an issuer was given without the identity it vouches for");
  }
  const keylessAttestations = inputs.requireAttestations.some((item) => "identity" in item);
  if (inputs.trustedRoot && !keyless && inputs.ignoreTlog && !keylessAttestations) {
    throw new InputError("trusted-root", "has no use with ignore-tlog: true (keyed log entries are then not checked)");
  }
  if (!inputs.preset && (inputs.certificateIdentity || inputs.certificateIdentityRegexp)) {
    if (!inputs.certificateOidcIssuer && !inputs.certificateOidcIssuerRegexp) {
      throw new InputError("certificate-oidc-issuer", "keyless verification needs the issuer as well as the identity");
    }
  }
  for (const name of ["certificate-identity-regexp", "certificate-oidc-issuer-regexp"] as const) {
    const pattern = readString(name);
    if (pattern) assertRegExp(name, pattern);
  }
  return inputs;
}

function assertRegExp(input: string, pattern: string): void {
  try {
    new RegExp(pattern);
  } catch (error) {
    throw new InputError(input, `not a valid regular expression: ${(error as Error).message}`);
  }
}

const REQUIREMENT_FORMS = "expected `PREDICATE-TYPE key=…` or `PREDICATE-TYPE identity=… issuer=…`";

/** The `require-attestations` lines (blank lines and `#` comments skipped), each checked. */
export function parseAttestationRequirements(text: string): AttestationRequirementInput[] {
  const requirements: AttestationRequirementInput[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const bad = (why: string) =>
      new InputError("require-attestations", `line ${index + 1} ${JSON.stringify(line)}: ${why}`);
    const [name = "", ...fields] = line.split(/\s+/);
    const predicateType = resolvePredicateType(name);
    if (!predicateType)
      throw bad(
        `'${name}' is neither a cosign predicate type (spdxjson, cyclonedx, slsaprovenance1, openvex, …) nor a URI`,
      );
    const values = new Map<string, string>();
    for (const field of fields) {
      const equals = field.indexOf("=");
      const fieldName = equals > 0 ? field.slice(0, equals) : "";
      const value = field.slice(equals + 1);
      if (!["key", "identity", "issuer"].includes(fieldName) || value === "") throw bad(REQUIREMENT_FORMS);
      if (values.has(fieldName)) throw bad(`${fieldName}= is given twice`);
      values.set(fieldName, value);
    }
    const key = values.get("key");
    const identity = values.get("identity");
    const issuer = values.get("issuer");
    if (key !== undefined && identity === undefined && issuer === undefined)
      requirements.push({ name, predicateType, key });
    else if (key === undefined && identity !== undefined && issuer !== undefined)
      requirements.push({ name, predicateType, identity, issuer });
    else throw bad(REQUIREMENT_FORMS);
  }
  return requirements;
}
