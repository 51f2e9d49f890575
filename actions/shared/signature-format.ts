/** The `format` input of `sign` and `promote`: which of cosign's storage formats to write. */
export const SIGNATURE_FORMAT_INPUTS = ["legacy", "bundle", "both"] as const;
export type SignatureFormatInput = (typeof SIGNATURE_FORMAT_INPUTS)[number];
