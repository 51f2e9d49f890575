import { InputError, readBoolean, readEnum, readRequired, readString } from "@image-actions/action-kit";

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
  if (inputs.trustedRoot && !keyless && inputs.ignoreTlog) {
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
