/**
 * The JSON schemas the SBOMs of build-distroless must pass, for unit and end-to-end tests alike:
 * CycloneDX 1.6 through the CycloneDX library's own strict validator (or, when its optional
 * ajv-formats-draft2019 is absent, the very schema files it ships, compiled with its ajv options),
 * and SPDX 2.3 through a focused schema written from the spec's JSON schema (no installed package
 * ships it) plus the spec rules a schema cannot say (unique SPDXIDs, relationships naming known
 * elements, every LicenseRef defined).
 */
import { readFileSync } from "node:fs";
import * as CycloneDx from "@cyclonedx/cyclonedx-library";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { isKnownSpdxLicenseId } from "../../packages/build/src/licences.ts";

// The library's schema file paths; exported at runtime, left out of its type declarations.
export const SCHEMA_FILES = (CycloneDx as unknown as { _Resources: { FILES: CycloneDxSchemaFiles } })._Resources.FILES;
interface CycloneDxSchemaFiles {
  CDX: { JSON_STRICT_SCHEMA: Record<string, string | undefined> };
  SPDX: { JSON_SCHEMA: string };
  CryptoDefs: { JSON_SCHEMA: string };
  JSF: { JSON_SCHEMA: string };
}
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * The CycloneDX library's strict 1.6 validator. The library loads it only when ajv-formats-draft2019
 * is installed too (for the schema's two `idn-email` fields); without it, the same schema files the
 * library ships are compiled here with the library's ajv options (see its
 * _optPlug.node/__jsonValidators/ajv), `idn-email` checked as a plain address. Returns null or the errors.
 */
export async function validateCycloneDx16(json: string): Promise<unknown> {
  try {
    return await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
  } catch (err) {
    if (!(err instanceof Validation.MissingOptionalDependencyError)) throw err;
  }
  const files = SCHEMA_FILES;
  const load = (path: string) => JSON.parse(readFileSync(path, "utf8"));
  const ajv = new Ajv({
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    schemas: {
      "http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json": load(files.SPDX.JSON_SCHEMA),
      "http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json": load(files.CryptoDefs.JSON_SCHEMA),
      "http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json": load(files.JSF.JSON_SCHEMA),
    },
  });
  addFormats(ajv);
  ajv.addFormat("idn-email", /^[^\s@]+@[^\s@]+$/u);
  ajv.addFormat("iri-reference", true);
  const schemaPath = files.CDX.JSON_STRICT_SCHEMA[Spec.Version.v1dot6];
  if (!schemaPath) throw new Error("the CycloneDX library ships no strict 1.6 schema");
  const validate = ajv.compile(load(schemaPath));
  return validate(JSON.parse(json)) ? null : validate.errors;
}

// biome-ignore lint/suspicious/noExplicitAny: documents are checked as plain JSON
type Json = any;

/**
 * The errors of an SPDX 2.3 JSON document against the focused schema and the spec's rules; empty
 * when it passes.
 */
export function spdx23Errors(document: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(SPDX_23_FOCUSED_SCHEMA);
  const plain: unknown = JSON.parse(JSON.stringify(document));
  if (!validate(plain)) return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  const doc = plain as Json;
  const errors: string[] = [];
  const ids = new Set(doc.packages.map((p: Json) => p.SPDXID));
  if (ids.size !== doc.packages.length) errors.push("SPDXIDs are not unique");
  for (const r of doc.relationships ?? []) {
    if (r.spdxElementId !== "SPDXRef-DOCUMENT" && !ids.has(r.spdxElementId))
      errors.push(`relationship from unknown element ${r.spdxElementId}`);
    if (!ids.has(r.relatedSpdxElement)) errors.push(`relationship to unknown element ${r.relatedSpdxElement}`);
  }
  // Every LicenseRef- used in an expression is defined in hasExtractedLicensingInfos (spec 10.1).
  const defined = new Set((doc.hasExtractedLicensingInfos ?? []).map((l: Json) => l.licenseId));
  for (const p of doc.packages) {
    for (const token of String(p.licenseDeclared).split(/\s+(?:AND|OR)\s+/)) {
      if (token === "NOASSERTION") continue;
      if (!(token.startsWith("LicenseRef-") ? defined.has(token) : isKnownSpdxLicenseId(token)))
        errors.push(`${p.name}: licence ${token} is neither an SPDX id nor a defined LicenseRef`);
    }
  }
  return errors;
}

/**
 * The parts of the SPDX 2.3 JSON schema (spdx/spdx-spec schemas/spdx-schema-2-3.json) that cover
 * what spdxDocument emits, with the spec's required fields and `additionalProperties: false`, so a
 * misspelt or extra field fails; plus patterns for the clauses the official schema leaves to prose
 * (SPDXID syntax, the UTC `created` format, the namespace URI, LicenseRef syntax).
 */
const SPDX_ID = { type: "string", pattern: "^SPDXRef-[A-Za-z0-9.-]+$" };
const SPDX_23_FOCUSED_SCHEMA = {
  type: "object",
  required: ["SPDXID", "creationInfo", "dataLicense", "name", "spdxVersion", "documentNamespace"],
  additionalProperties: false,
  properties: {
    SPDXID: { const: "SPDXRef-DOCUMENT" },
    spdxVersion: { const: "SPDX-2.3" },
    dataLicense: { const: "CC0-1.0" },
    name: { type: "string", minLength: 1 },
    documentNamespace: { type: "string", pattern: "^https?://[^#\\s]+$" },
    creationInfo: {
      type: "object",
      required: ["created", "creators"],
      additionalProperties: false,
      properties: {
        created: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" },
        creators: { type: "array", minItems: 1, items: { type: "string", pattern: "^(Tool|Organization|Person): .+" } },
        comment: { type: "string" },
        licenseListVersion: { type: "string" },
      },
    },
    hasExtractedLicensingInfos: {
      type: "array",
      items: {
        type: "object",
        required: ["extractedText", "licenseId"],
        additionalProperties: false,
        properties: {
          licenseId: { type: "string", pattern: "^LicenseRef-[A-Za-z0-9.-]+$" },
          extractedText: { type: "string", minLength: 1 },
          name: { type: "string" },
          comment: { type: "string" },
        },
      },
    },
    packages: {
      type: "array",
      items: {
        type: "object",
        required: ["SPDXID", "downloadLocation", "name"],
        additionalProperties: false,
        properties: {
          SPDXID: SPDX_ID,
          name: { type: "string", minLength: 1 },
          versionInfo: { type: "string" },
          supplier: { type: "string", pattern: "^(NOASSERTION|(Person|Organization): .+)$" },
          downloadLocation: { type: "string", pattern: "^(NOASSERTION|NONE|https?://\\S+)$" },
          filesAnalyzed: { type: "boolean" },
          checksums: {
            type: "array",
            items: {
              type: "object",
              required: ["algorithm", "checksumValue"],
              additionalProperties: false,
              properties: {
                algorithm: { enum: ["SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "MD5"] },
                checksumValue: { type: "string", pattern: "^[0-9a-f]+$" },
              },
            },
          },
          sourceInfo: { type: "string" },
          licenseConcluded: { type: "string", minLength: 1 },
          licenseDeclared: { type: "string", minLength: 1 },
          copyrightText: { type: "string" },
          comment: { type: "string" },
          externalRefs: {
            type: "array",
            items: {
              type: "object",
              required: ["referenceCategory", "referenceLocator", "referenceType"],
              additionalProperties: false,
              properties: {
                referenceCategory: { enum: ["OTHER", "PERSISTENT-ID", "SECURITY", "PACKAGE-MANAGER"] },
                referenceType: { type: "string" },
                referenceLocator: { type: "string", pattern: "^\\S+$" },
              },
            },
          },
          primaryPackagePurpose: {
            enum: [
              "OTHER",
              "INSTALL",
              "ARCHIVE",
              "FIRMWARE",
              "APPLICATION",
              "FRAMEWORK",
              "LIBRARY",
              "CONTAINER",
              "SOURCE",
              "DEVICE",
              "OPERATING_SYSTEM",
              "FILE",
            ],
          },
        },
      },
    },
    relationships: {
      type: "array",
      items: {
        type: "object",
        required: ["spdxElementId", "relationshipType", "relatedSpdxElement"],
        additionalProperties: false,
        properties: {
          spdxElementId: SPDX_ID,
          relatedSpdxElement: SPDX_ID,
          relationshipType: {
            enum: [
              "DESCRIBES",
              "CONTAINS",
              "DEPENDS_ON",
              "CONTAINED_BY",
              "DESCRIBED_BY",
              "DESCENDANT_OF",
              "ANCESTOR_OF",
            ],
          },
        },
      },
    },
  },
};
