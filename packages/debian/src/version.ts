/**
 * Debian version numbers and their ordering, as dpkg defines them (deb-version(7), Debian Policy
 * §5.6.12): `[epoch:]upstream[-revision]`. The ordering is dpkg's exactly, because the archive,
 * dpkg and apt all judge relations with it; a resolver that orders differently picks packages apt
 * would not.
 */
import { quoteForMessage as quoteVersion } from "./control.ts";
import { DebianError } from "./errors.ts";
import type { VersionOperator } from "./types.ts";

export interface DebianVersion {
  /** 0 when the version has no epoch. */
  epoch: number;
  upstream: string;
  /** "" when the version has no revision; dpkg orders that the same as "0". */
  revision: string;
}

// dpkg keeps epochs in an int; a bigger one is refused rather than compared imprecisely.
const MAX_EPOCH = 2 ** 31 - 1;
const UPSTREAM_CHARACTERS = /^[A-Za-z0-9.+~:-]*$/;
const REVISION_CHARACTERS = /^[A-Za-z0-9.+~]*$/;

/** Parses a version, refusing what dpkg refuses or warns about, with a one-line DebianError. */
export function parseVersion(text: string): DebianVersion {
  // dpkg strips surrounding whitespace but refuses it inside.
  const version = text.trim();
  const fail = (problem: string): never => {
    throw new DebianError(`version ${quoteVersion(text)} ${problem}`);
  };
  if (version === "") fail("is empty");
  if (/\s/.test(version)) fail("has embedded whitespace");

  let rest = version;
  let epoch = 0;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    const epochText = rest.slice(0, colon);
    if (epochText === "") fail("has an empty epoch");
    if (!/^[0-9]+$/.test(epochText)) fail("has an epoch that is not a number");
    epoch = Number(epochText);
    if (epoch > MAX_EPOCH) fail("has an epoch that is too big");
    rest = rest.slice(colon + 1);
    if (rest === "") fail("has nothing after the epoch's colon");
  }

  // The revision is everything after the last hyphen, so the upstream part may hold hyphens.
  let upstream = rest;
  let revision = "";
  const hyphen = rest.lastIndexOf("-");
  if (hyphen >= 0) {
    upstream = rest.slice(0, hyphen);
    revision = rest.slice(hyphen + 1);
    if (revision === "") fail("has an empty revision");
  }
  if (upstream === "") fail("has an empty upstream version");
  // Policy §5.6.12: the upstream version should start with a digit; dpkg warns, we refuse.
  if (!/^[0-9]/.test(upstream)) fail("does not start with a digit");
  if (!UPSTREAM_CHARACTERS.test(upstream)) fail("has an invalid character in its upstream version");
  if (!REVISION_CHARACTERS.test(revision)) fail("has an invalid character in its revision");
  return { epoch, upstream, revision };
}

/** Negative when a sorts before b, zero when dpkg considers them equal, positive otherwise. */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (left.epoch !== right.epoch) return left.epoch < right.epoch ? -1 : 1;
  return compareFragments(left.upstream, right.upstream) || compareFragments(left.revision, right.revision);
}

/**
 * Whether `version` satisfies `operator wanted` (Policy §7.1). dpkg still accepts the obsolete
 * `<` and `>`, meaning `<=` and `>=` (not strict!), so they are taken here with that meaning.
 */
export function satisfiesVersion(version: string, operator: VersionOperator | "<" | ">", wanted: string): boolean {
  const order = compareVersions(version, wanted);
  switch (operator) {
    case "<<":
      return order < 0;
    case "<=":
    case "<":
      return order <= 0;
    case "=":
      return order === 0;
    case ">=":
    case ">":
      return order >= 0;
    case ">>":
      return order > 0;
    default:
      throw new DebianError(`version operator ${quoteVersion(String(operator))} is not one of << <= = >= >>`);
  }
}

/**
 * dpkg's comparison of an upstream version or a revision: alternate runs of non-digits and digits.
 * Non-digit runs compare character by character with `weight`; digit runs compare as numbers.
 * An absent revision is "", which this ordering makes equal to "0".
 */
function compareFragments(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // Non-digit run: compare position by position; the end of a run weighs 0, as a digit does.
    while ((i < a.length && !isDigit(a, i)) || (j < b.length && !isDigit(b, j))) {
      const difference = weight(a, i) - weight(b, j);
      if (difference !== 0) return difference < 0 ? -1 : 1;
      i++;
      j++;
    }
    // Digit run: compare numerically without converting, so long runs cannot overflow.
    while (a[i] === "0") i++;
    while (b[j] === "0") j++;
    const digitsA = digitRunEnd(a, i);
    const digitsB = digitRunEnd(b, j);
    const lengthDifference = digitsA - i - (digitsB - j);
    if (lengthDifference !== 0) return lengthDifference < 0 ? -1 : 1;
    const runA = a.slice(i, digitsA);
    const runB = b.slice(j, digitsB);
    if (runA !== runB) return runA < runB ? -1 : 1;
    i = digitsA;
    j = digitsB;
  }
  return 0;
}

/**
 * dpkg's character weights: `~` before everything (even the end of the string, so `1.0~rc1` sorts
 * before `1.0`), then the end of the run, then letters, then every other character.
 */
function weight(text: string, index: number): number {
  if (index >= text.length || isDigit(text, index)) return 0;
  const code = text.charCodeAt(index);
  if (code === 0x7e) return -1;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return code;
  return code + 256;
}

function isDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

function digitRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isDigit(text, end)) end++;
  return end;
}
