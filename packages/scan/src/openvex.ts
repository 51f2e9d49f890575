/**
 * The findings a team accepted, as an OpenVEX v0.2.0 document that can travel with the image.
 *
 * Only what trivy itself suppressed in this run becomes a statement (its `--show-suppressed`
 * report, trivy-report.ts): an ignore-file entry that matched nothing writes nothing, an expired one
 * (trivy drops it, pkg/result/ignore.go `Prune`) writes nothing, and a finding is never re-derived
 * from the ignore file's text.
 *
 * Each statement names the image as a `pkg:oci` purl by digest and the package as trivy reported it,
 * because that is what trivy matches when it reads VEX for an image (trivy v0.74 pkg/vex/vex.go
 * `filterVulnerabilities` walks from the package to the image, asking the document with
 * product = the image's purl and subcomponent = the package's `PkgIdentifier.PURL`; go-vex v0.2.7
 * `PurlMatches` compares type, namespace, name and version, and needs every qualifier of OUR purl
 * in trivy's):
 * - the image purl follows the purl spec's `oci` type and trivy's pkg/purl `parseOCI`: name = the
 *   repository's last path segment, lower-case; version = the digest trivy reads the image by (the
 *   index's for a multi-arch image: `RepoDigests` is the digest the reference resolves to, and
 *   `--vex oci` looks for attestations there) with `:` percent-encoded; `arch` when the target is
 *   one platform, so a statement about the amd64 image does not cover the arm64 one.
 * - no `repository_url` and no `tag`: trivy's purl carries the repository it scanned, and a
 *   qualifier of ours it lacks would fail the match. The image is promoted and mirrored digest for
 *   digest, so a location in the purl would make the VEX stop working at every copy, and (scanned as
 *   a candidate) would publish the internal registry's name, which promotion exists to keep private.
 *   The digest alone identifies the image wherever it is.
 *
 * OpenVEX fields (openvex/spec v0.2.0 OPENVEX-SPEC.md): an ignore-file entry is `not_affected`; the
 * spec requires a justification or an impact statement for that status, so the entry's own words
 * (the `.trivyignore.yaml` `statement`, or the `#` comment above or after a `.trivyignore` line)
 * become the impact statement, and the justification label too when those words name one of the
 * five. A finding a VEX document suppressed keeps that document's status and justification.
 * The document's `timestamp` is given by the caller (trivy-scan passes the vulnerability DB's
 * UpdatedAt: the findings were judged against that DB), statements inherit it, and `@id` is the
 * SHA-256 of the rest of the document, so the same image, ignore file and DB give the same bytes.
 */
import { createHash } from "node:crypto";
import type { SuppressedFinding } from "./trivy-report.ts";

export const OPENVEX_CONTEXT = "https://openvex.dev/ns/v0.2.0";
// The document's in-toto predicate type, when sign attests it, is sigstore's OPENVEX_PREDICATE.

/** The status justification labels of OpenVEX v0.2.0 ("Status Justifications"). */
export const OPENVEX_JUSTIFICATIONS = [
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist",
] as const;
export type OpenVexJustification = (typeof OPENVEX_JUSTIFICATIONS)[number];

export interface OpenVexStatement {
  vulnerability: { name: string };
  products: Array<{ "@id": string; subcomponents?: Array<{ "@id": string }> }>;
  status: "not_affected" | "fixed";
  justification?: OpenVexJustification;
  impact_statement?: string;
  status_notes?: string;
}

export interface OpenVexDocument {
  "@context": string;
  "@id": string;
  author: string;
  timestamp: string;
  version: number;
  tooling: string;
  statements: OpenVexStatement[];
}

/** One scanned target and what trivy suppressed on it. */
export interface AcceptedFindingsTarget {
  /** `registry/repository` (no tag, no digest). */
  repository: string;
  /** The digest the image is known by: the index's for one platform of a multi-arch image. */
  digest: string;
  /** `os/arch[/variant]` when the target is one platform. */
  platform?: string;
  suppressed: SuppressedFinding[];
}

export interface AcceptedFindingsOptions {
  targets: AcceptedFindingsTarget[];
  /** The ignore file trivy was given: its file name (never a runner path) and its text. */
  ignoreFile?: { name: string; text: string };
  /** Who accepts: the spec asks for an individual or organisation, ideally the signer. */
  author: string;
  /** RFC 3339; the document's issue time (see the module comment). */
  timestamp: string;
  tooling: string;
}

export interface AcceptedFindingsVex {
  /** Absent when nothing was suppressed: OpenVEX requires at least one statement. */
  document?: OpenVexDocument;
  /** Suppressed findings with no package purl from trivy: no statement could name their package. */
  withoutPurl: Array<{ target: AcceptedFindingsTarget; finding: SuppressedFinding }>;
}

/**
 * `pkg:oci/<name>@sha256%3A<hex>[?arch=<arch>]` for an image in `repository` at `digest`
 * (purl-spec PURL-TYPES `oci`; see the module comment for what is left out and why).
 */
export function ociPackageUrl(repository: string, digest: string, platform?: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  const path = repository.split("/");
  const name = (path[path.length - 1] ?? "").toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new Error(`no image name in repository ${repository}`);
  const arch = platform?.split("/")[1];
  const qualifiers = arch && /^[a-z0-9_]+$/.test(arch) ? `?arch=${arch}` : "";
  return `pkg:oci/${name}@${digest.replace(":", "%3A")}${qualifiers}`;
}

/**
 * The comment of each entry of a plain `.trivyignore`: the `#` lines right above an ID (no blank
 * line between) and a `#` comment after it on its line. trivy itself reads only the ID and `exp:`
 * (pkg/result/ignore.go `parseIgnore`); comments are the file's convention for saying why.
 */
export function ignoreFileComments(text: string): Map<string, string> {
  const comments = new Map<string, string>();
  let above: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") {
      above = [];
      continue;
    }
    if (line.startsWith("#")) {
      above.push(line.replace(/^#+\s*/, ""));
      continue;
    }
    const [id = ""] = line.split(/\s+/);
    const hash = line.indexOf("#");
    const after = hash >= 0 ? line.slice(hash).replace(/^#+\s*/, "") : "";
    const comment = [...above, after].filter((part) => part !== "").join(" ");
    if (comment !== "" && !comments.has(id)) comments.set(id, comment);
    above = [];
  }
  return comments;
}

/** The first justification label the text names, if any. */
export function justificationIn(text: string): OpenVexJustification | undefined {
  return OPENVEX_JUSTIFICATIONS.find((label) => new RegExp(`\\b${label}\\b`).test(text));
}

interface StatementFacts {
  vulnerability: string;
  status: OpenVexStatement["status"];
  justification?: OpenVexJustification;
  impactStatement?: string;
  statusNotes: string;
}

function statementFacts(finding: SuppressedFinding, comments: Map<string, string>, ignoreName: string): StatementFacts {
  const vulnerability = finding.vulnerabilityId;
  if (finding.status === "ignored") {
    const reason = finding.statement || comments.get(vulnerability) || "";
    const justification = justificationIn(reason);
    return {
      vulnerability,
      status: "not_affected",
      ...(justification ? { justification } : {}),
      impactStatement: reason || `Accepted in ${ignoreName}, which gives no reason.`,
      statusNotes: `Accepted in ${ignoreName}; trivy suppressed this finding when the image was scanned.`,
    };
  }
  const label = OPENVEX_JUSTIFICATIONS.find((known) => known === finding.statement);
  const notes = `Marked ${finding.status} by a VEX document given to the scan.`;
  if (finding.status === "fixed") return { vulnerability, status: "fixed", statusNotes: notes };
  return {
    vulnerability,
    status: "not_affected",
    ...(label ? { justification: label } : { impactStatement: finding.statement || notes }),
    statusNotes: notes,
  };
}

/**
 * The accepted findings of `targets` as one OpenVEX document: one statement per vulnerability and
 * reason, listing each image (product) with the packages (subcomponents) it was accepted in.
 */
export function acceptedFindingsVex(options: AcceptedFindingsOptions): AcceptedFindingsVex {
  const isYaml = /\.ya?ml$/i.test(options.ignoreFile?.name ?? "");
  const comments = options.ignoreFile && !isYaml ? ignoreFileComments(options.ignoreFile.text) : new Map();
  const ignoreName = options.ignoreFile?.name ?? "the ignore file";
  const withoutPurl: AcceptedFindingsVex["withoutPurl"] = [];
  const grouped = new Map<string, { facts: StatementFacts; products: Map<string, Set<string>> }>();
  for (const target of options.targets) {
    const product = ociPackageUrl(target.repository, target.digest, target.platform);
    for (const finding of target.suppressed) {
      // A statement without the package would cover the vulnerability in every package of the image.
      if (finding.packagePurl === "") {
        withoutPurl.push({ target, finding });
        continue;
      }
      const facts = statementFacts(finding, comments, ignoreName);
      const key = JSON.stringify(facts);
      const group = grouped.get(key) ?? { facts, products: new Map<string, Set<string>>() };
      grouped.set(key, group);
      const subcomponents = group.products.get(product) ?? new Set<string>();
      group.products.set(product, subcomponents.add(finding.packagePurl));
    }
  }
  if (grouped.size === 0) return { withoutPurl };
  const statements = [...grouped.values()]
    .map(
      ({ facts, products }): OpenVexStatement => ({
        vulnerability: { name: facts.vulnerability },
        products: [...products.keys()].sort(byCodeUnit).map((id) => ({
          "@id": id,
          subcomponents: [...(products.get(id) ?? [])].sort(byCodeUnit).map((sub) => ({ "@id": sub })),
        })),
        status: facts.status,
        ...(facts.justification ? { justification: facts.justification } : {}),
        ...(facts.impactStatement ? { impact_statement: facts.impactStatement } : {}),
        status_notes: facts.statusNotes,
      }),
    )
    .sort((a, b) => byCodeUnit(JSON.stringify(a), JSON.stringify(b)));
  const content = {
    "@context": OPENVEX_CONTEXT,
    author: options.author,
    timestamp: new Date(options.timestamp).toISOString(),
    version: 1,
    tooling: options.tooling,
    statements,
  };
  // The spec's shared `public` namespace (OPENVEX-SPEC.md "Public IRI Namespaces"), named by a
  // content hash as vexctl does, so no two different documents share an @id.
  const id = `https://openvex.dev/docs/public/vex-${createHash("sha256").update(JSON.stringify(content)).digest("hex")}`;
  const { "@context": context, ...rest } = content;
  return { document: { "@context": context, "@id": id, ...rest }, withoutPurl };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
