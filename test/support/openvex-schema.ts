/**
 * The OpenVEX v0.2.0 JSON schema, vendored at a pinned openvex/spec commit
 * (test/fixtures/openvex/README.md), compiled offline with ajv's draft 2020-12 build. Its formats
 * are checked, not ignored: `date-time` and `uri` by ajv-formats; `iri` as RFC 3987 §3.1 defines
 * it, an IRI being valid when the URI it maps to (non-ASCII characters percent-encoded as UTF-8) is
 * an RFC 3986 URI. (ajv-formats-draft2019's `iri` also demands an IANA-registered scheme, which the
 * RFC does not, and refuses the `pkg:` purls OpenVEX's own examples use as product IDs.)
 */

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { repoRoot } from "./tools.ts";

type Ajv2020Class = typeof import("ajv/dist/2020.js").default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Module) as Ajv2020Class;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<Ajv2020Class>) => unknown;

/** RFC 3987 §3.1: an IRI is valid when its URI mapping is; non-ASCII characters become %XX of their UTF-8. */
function isIri(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
  const mapped = value.replace(/[^\u0000-\u007f]+/gu, (chars) => encodeURIComponent(chars));
  return (fullFormats.uri as (text: string) => boolean)(mapped);
}

export const OPENVEX_SCHEMA_FILE = join(repoRoot, "test", "fixtures", "openvex", "openvex_json_schema.json");
/** The SHA-256 the README pins: a changed file is refused rather than trusted. */
const OPENVEX_SCHEMA_SHA256 = "9373597734ed1d3ea5161a8b46d3866c4a8cfe76fd632fdd16aef01fb34b3238";

let validator: ValidateFunction | undefined;

/** The document's departures from the OpenVEX v0.2.0 schema, as `path message` lines; empty when it conforms. */
export function openVexSchemaProblems(document: unknown): string[] {
  if (!validator) {
    const bytes = readFileSync(OPENVEX_SCHEMA_FILE);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (sha256 !== OPENVEX_SCHEMA_SHA256)
      throw new Error(`${OPENVEX_SCHEMA_FILE}: SHA-256 ${sha256}, not the pinned one`);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat("iri", isIri);
    validator = ajv.compile(JSON.parse(bytes.toString("utf8")) as object);
  }
  if (validator(JSON.parse(JSON.stringify(document)))) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`);
}
