/**
 * Errors of the Debian package: all the user's to act on (a source that does not verify, a package
 * with no candidate, a file that does not match its hash), so each is one line naming the file,
 * package or source and what did not match. Outside text in them is quoted on one line.
 */
export class DebianError extends Error {
  override name = "DebianError";
}

/** Something downloaded did not match what a signed index says (hash, size, signature, expiry). */
export class ArchiveVerificationError extends DebianError {
  override name = "ArchiveVerificationError";
}

/** A dependency no candidate satisfies; `chain` is the path from the requested package to it. */
export class ResolutionError extends DebianError {
  override name = "ResolutionError";
  readonly chain: string[];

  constructor(chain: string[], problem: string) {
    super(`${chain.join(" → ")}: ${problem}`);
    this.chain = chain;
  }
}
