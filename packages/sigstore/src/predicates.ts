/**
 * Attestation predicate types: cosign's short names for them, and the predicate documents `sign`
 * attests (an SBOM, SLSA v1 provenance, an OpenVEX document), each checked for its general shape
 * so that a wrong file is refused before anything is signed.
 */
import { CYCLONEDX_PREDICATE, SPDX_PREDICATE, sbomPredicateType } from "./attestation.ts";
import { SigstoreError } from "./errors.ts";

/** SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance). */
export const SLSA_PROVENANCE_V1_PREDICATE = "https://slsa.dev/provenance/v1";

/**
 * OpenVEX, as `cosign attest --type openvex` names it: cosign's OpenVexNamespace
 * (pkg/cosign/attestation/attestation.go) is the bare namespace, not a versioned context, and trivy's
 * `--vex oci` accepts that namespace or any path under it (pkg/vex/oci/oci.go,
 * isOpenVEXPredicateType). The same in cosign v2.6 and v3.
 */
export const OPENVEX_PREDICATE = "https://openvex.dev/ns";

/**
 * cosign's `--type` short names and the predicate type each stands for, as in both cosign v2.6 and
 * v3 (cmd/cosign/cli/options/predicate.go, PredicateTypeMap; the URIs are in-toto-golang's and
 * cosign's pkg/cosign/attestation constants).
 */
export const COSIGN_PREDICATE_TYPES: Readonly<Record<string, string>> = {
  custom: "https://cosign.sigstore.dev/attestation/v1",
  slsaprovenance: "https://slsa.dev/provenance/v0.2",
  slsaprovenance02: "https://slsa.dev/provenance/v0.2",
  slsaprovenance1: SLSA_PROVENANCE_V1_PREDICATE,
  spdx: SPDX_PREDICATE,
  spdxjson: SPDX_PREDICATE,
  cyclonedx: CYCLONEDX_PREDICATE,
  link: "https://in-toto.io/Link/v1",
  vuln: "https://cosign.sigstore.dev/attestation/vuln/v1",
  openvex: OPENVEX_PREDICATE,
};

/**
 * The predicate type a `--type`-style name stands for: a cosign short name, or a URI taken as it is
 * (cosign accepts any URI there too); undefined for anything else.
 */
export function resolvePredicateType(name: string): string | undefined {
  const short = COSIGN_PREDICATE_TYPES[name.toLowerCase()];
  if (short) return short;
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/i.test(name)) return undefined;
  return URL.canParse(name) ? name : undefined;
}

/** A predicate to attest: the document, and the type the in-toto statement gives it. */
export interface AttestationPredicate {
  predicateType: string;
  predicate: unknown;
}

/** What `sign` attests, each from its own input. */
export type PredicateDocumentKind = "sbom" | "provenance" | "vex";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An in-toto statement handed over where its predicate was expected: `cosign attest --predicate`
 * takes the predicate alone and wraps it, so do we; a statement would be wrapped twice.
 */
function refuseStatement(document: JsonObject): void {
  if (typeof document._type === "string" && "predicate" in document)
    throw new SigstoreError("is an in-toto statement; give its predicate alone (as cosign attest --predicate takes)");
}

/**
 * SLSA v1 provenance: the fields the spec marks REQUIRED (buildDefinition.buildType and
 * .externalParameters, runDetails.builder.id; https://slsa.dev/spec/v1.0/provenance#schema).
 */
function checkProvenance(document: JsonObject): void {
  const definition = document.buildDefinition;
  const builder = isObject(document.runDetails) ? document.runDetails.builder : undefined;
  if (!isObject(definition) || typeof definition.buildType !== "string" || !isObject(definition.externalParameters))
    throw new SigstoreError(
      "is not an SLSA v1 provenance predicate (buildDefinition with buildType and externalParameters expected)",
    );
  if (!isObject(builder) || typeof builder.id !== "string")
    throw new SigstoreError("is not an SLSA v1 provenance predicate (runDetails.builder.id expected)");
}

/**
 * OpenVEX: a document whose `@context` is an OpenVEX context (`https://openvex.dev/ns/v…`) and which
 * has a `statements` list (https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md, "Document").
 */
function checkOpenVex(document: JsonObject): void {
  const context = document["@context"];
  if (typeof context !== "string" || !(context === OPENVEX_PREDICATE || context.startsWith(`${OPENVEX_PREDICATE}/`)))
    throw new SigstoreError(`is not an OpenVEX document (@context ${OPENVEX_PREDICATE}/v… expected)`);
  if (!Array.isArray(document.statements))
    throw new SigstoreError("is not an OpenVEX document (a statements list expected)");
}

/**
 * The predicate `document` makes for its kind, after checking its general shape; a SigstoreError
 * whose message completes "'<file>' …" otherwise.
 */
export function predicateOf(kind: PredicateDocumentKind, document: unknown): AttestationPredicate {
  if (!isObject(document)) throw new SigstoreError("is not a JSON object");
  refuseStatement(document);
  switch (kind) {
    case "sbom":
      try {
        return { predicateType: sbomPredicateType(document), predicate: document };
      } catch {
        throw new SigstoreError("is neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat)");
      }
    case "provenance":
      checkProvenance(document);
      return { predicateType: SLSA_PROVENANCE_V1_PREDICATE, predicate: document };
    case "vex":
      checkOpenVex(document);
      return { predicateType: OPENVEX_PREDICATE, predicate: document };
  }
}
