/**
 * Errors of the OCI client. Bad references and digests are the caller's to fix (`InvalidInputError`,
 * one line); registry errors carry the registry's own code and message (`MANIFEST_UNKNOWN`,
 * `TAG_INVALID`) so a user can search for them; digest mismatches name the digest.
 */
import { oneLine } from "./untrusted-text.ts";

export class OciError extends Error {
  override name = "OciError";
}

/** Malformed user input (reference, digest, platform): `what` names the kind of value. */
export class InvalidInputError extends OciError {
  override name = "InvalidInputError";
  readonly value: string;

  constructor(what: string, value: string, problem: string) {
    // The value is what someone typed or a registry sent: kept to one bounded line.
    super(`invalid ${what} '${oneLine(value)}': ${oneLine(problem, 300)}`);
    this.value = value;
  }
}

export interface RegistryErrorDetail {
  code: string;
  message: string;
}

/** Error entries quoted from one registry answer at the most: a hostile body could list thousands. */
const MAX_QUOTED_DETAILS = 5;

/**
 * A registry answered with an error status; `codes` are the OCI error codes of its body. The codes
 * and messages are the registry's own text, so they are flattened to one line and bounded.
 */
export class RegistryError extends OciError {
  override name = "RegistryError";
  readonly status: number;
  readonly codes: string[];

  constructor(operation: string, status: number, details: RegistryErrorDetail[]) {
    const quoted = details
      .slice(0, MAX_QUOTED_DETAILS)
      .map((error) => ({ code: oneLine(error.code, 64), message: oneLine(error.message, 300) }));
    const detail = quoted.map((error) => `${error.code}: ${error.message}`).join("; ");
    super(`${operation}: HTTP ${status}${detail ? ` ${detail}` : ""}`);
    this.status = status;
    this.codes = details.map((error) => oneLine(error.code, 64));
  }

  has(code: string): boolean {
    return this.codes.includes(code);
  }
}

/** Content whose bytes do not hash to the digest it was asked for by (or whose size is wrong). */
export class DigestMismatchError extends OciError {
  override name = "DigestMismatchError";
  readonly expected: string;

  constructor(expected: string, problem: string) {
    super(`content of ${expected} failed verification: ${problem}`);
    this.expected = expected;
  }
}

export class AuthError extends OciError {
  override name = "AuthError";
}
