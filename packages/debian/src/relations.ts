/**
 * Package relation fields (Debian Policy §7.1): `Depends: a (>= 1.0) | b:any [amd64], c`.
 * Commas separate groups that must all hold; `|` separates alternatives of which one must hold.
 * Used for Depends and Pre-Depends of binary packages; `Provides` has its own, narrower grammar
 * (§7.5: no alternatives, and only `=` versions).
 */
import { quoteForMessage } from "./control.ts";
import { DebianError } from "./errors.ts";
import type { Relation, RelationField, VersionOperator } from "./types.ts";
import { parseVersion } from "./version.ts";

// dpkg's package-name check: an alphanumeric first, then alphanumerics and `+ - . _` (Policy §5.6.1
// asks for lowercase and no `_`; dpkg accepts both, and so do we, not to refuse what dpkg installs).
const PACKAGE_NAME = "[A-Za-z0-9][A-Za-z0-9+._-]*";
const ARCHITECTURE_NAME = "[a-z0-9][a-z0-9-]*";
const SPACE = "[ \\t\\r\\n]*";
// Not starting with an operator character, so `(>= )` cannot be read as `>` and a version `=`.
const VERSION = "[^ \\t\\r\\n()<>=][^ \\t\\r\\n()]*";
const RELATION = new RegExp(
  `^(${PACKAGE_NAME})(?::(${ARCHITECTURE_NAME}))?${SPACE}` +
    `(?:\\(${SPACE}(<<|<=|>=|>>|=|<|>)${SPACE}(${VERSION})${SPACE}\\)${SPACE})?` +
    `(?:\\[([^\\]]*)\\])?$`,
);
const PROVIDE = new RegExp(`^(${PACKAGE_NAME})${SPACE}(?:\\(${SPACE}=${SPACE}(${VERSION})${SPACE}\\))?$`);

/** Parses a Depends or Pre-Depends value; an empty value has no groups. */
export function parseRelations(text: string): RelationField {
  if (text.trim() === "") return [];
  return text.split(",").map((group) =>
    group.split("|").map((alternative) => {
      try {
        return parseRelation(alternative.trim());
      } catch (error) {
        if (!(error instanceof DebianError)) throw error;
        throw new DebianError(`relation field ${quoteForMessage(text)}: ${error.message}`);
      }
    }),
  );
}

/** Parses a Provides value: virtual package names, each with the version it provides if any. */
export function parseProvides(text: string): Array<{ name: string; version?: string }> {
  if (text.trim() === "") return [];
  return text.split(",").map((entry) => {
    const match = PROVIDE.exec(entry.trim());
    if (!match) throw new DebianError(`Provides ${quoteForMessage(text)}: malformed entry ${quoteForMessage(entry)}`);
    const [, name, version] = match as unknown as [string, string, string?];
    if (version === undefined) return { name };
    parseVersion(version);
    return { name, version };
  });
}

/** Formats a relation back the way Policy §7.1 writes it, for error chains and reasons. */
export function formatRelation(relation: Relation): string {
  let text = relation.name;
  if (relation.archQualifier) text += `:${relation.archQualifier}`;
  if (relation.version) text += ` (${relation.version.operator} ${relation.version.version})`;
  if (relation.architectures) text += ` [${relation.architectures.join(" ")}]`;
  return text;
}

/** Formats a group of alternatives: `a (>= 1) | b`. */
export function formatAlternatives(group: Relation[]): string {
  return group.map(formatRelation).join(" | ");
}

/**
 * Whether an alternative applies on `architecture`: `[amd64 arm64]` lists where it does, `[!armhf]`
 * where it does not (Policy §7.1). Wildcards (`linux-any`, `any-arm64`) match Debian's
 * `os-cpu` tuples; every architecture this project builds for is a Linux one.
 */
export function appliesOnArchitecture(relation: Relation, architecture: string): boolean {
  const restrictions = relation.architectures;
  if (!restrictions || restrictions.length === 0) return true;
  const negated = restrictions[0]?.startsWith("!") ?? false;
  const matched = restrictions.some((entry) => architectureMatches(entry.replace(/^!/, ""), architecture));
  return negated ? !matched : matched;
}

function architectureMatches(pattern: string, architecture: string): boolean {
  if (pattern === architecture || pattern === "any") return true;
  const [os, cpu] = splitArchitecture(architecture);
  const dash = pattern.indexOf("-");
  if (dash < 0) return false;
  const patternOs = pattern.slice(0, dash);
  const patternCpu = pattern.slice(dash + 1);
  return (patternOs === "any" || patternOs === os) && (patternCpu === "any" || patternCpu === cpu);
}

// Debian architecture names leave out the `linux-` of their os-cpu tuple: `arm64` is `linux-arm64`.
function splitArchitecture(architecture: string): [string, string] {
  const dash = architecture.indexOf("-");
  return dash < 0 ? ["linux", architecture] : [architecture.slice(0, dash), architecture.slice(dash + 1)];
}

function parseRelation(text: string): Relation {
  if (text === "") throw new DebianError("an empty alternative");
  const match = RELATION.exec(text);
  if (!match) {
    // Build profiles (`<!nocheck>`) belong to Build-Depends; a binary package's relations never have them.
    const outsideVersion = text.replace(/\([^)]*\)/g, "");
    const problem = outsideVersion.includes("<") ? "build profiles are for Build-Depends" : "malformed relation";
    throw new DebianError(`${problem}: ${quoteForMessage(text)}`);
  }
  const [, name, archQualifier, operator, version, architectureList] = match as unknown as [
    string,
    string,
    string?,
    string?,
    string?,
    string?,
  ];
  const relation: Relation = { name };
  if (archQualifier !== undefined) relation.archQualifier = archQualifier;
  if (operator !== undefined && version !== undefined) {
    parseVersion(version);
    relation.version = { operator: normalizedOperator(operator), version };
  }
  if (architectureList !== undefined) relation.architectures = parseArchitectureList(text, architectureList);
  return relation;
}

// dpkg still reads the obsolete `<` and `>` as `<=` and `>=` (Policy §7.1 forbids them in new packages).
function normalizedOperator(operator: string): VersionOperator {
  if (operator === "<") return "<=";
  if (operator === ">") return ">=";
  return operator as VersionOperator;
}

function parseArchitectureList(relation: string, list: string): string[] {
  const entries = list.split(/[ \t\r\n]+/).filter((entry) => entry !== "");
  if (entries.length === 0) throw new DebianError(`${quoteForMessage(relation)}: an empty architecture list`);
  const entryPattern = new RegExp(`^!?${ARCHITECTURE_NAME}$`);
  for (const entry of entries)
    if (!entryPattern.test(entry))
      throw new DebianError(`${quoteForMessage(relation)}: malformed architecture ${quoteForMessage(entry)}`);
  // Policy §7.1: a list is either all negated or none negated.
  const negated = entries.filter((entry) => entry.startsWith("!")).length;
  if (negated !== 0 && negated !== entries.length)
    throw new DebianError(`${quoteForMessage(relation)}: an architecture list mixes negated and plain entries`);
  return entries;
}
