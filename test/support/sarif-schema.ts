/**
 * The SARIF 2.1.0 JSON schema, for checking what the suite uploads to Code Scanning. The schema file
 * is the one @microsoft/jest-sarif ships (`sarif-2.1.0-rtm.5.json`, the 2.1.0 schema as the
 * SARIF TC published it at its final committee draft, a draft-04 schema), so it is compiled with
 * ajv's draft-04 build. Its `language` pattern is not a valid Unicode-mode regular expression (an
 * unbalanced `]`), hence `unicodeRegExp: false`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";

// Both packages are CommonJS with a default export; under Node's ESM loader it arrives as the module.
type AjvDraft04Class = typeof import("ajv-draft-04").default;
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvDraft04Class }).default ??
  AjvDraft04Module) as AjvDraft04Class;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<AjvDraft04Class>) => unknown;

let validator: ValidateFunction | undefined;

/** The SARIF log's departures from the 2.1.0 schema, as `path message` lines; empty when it conforms. */
export function sarifSchemaProblems(log: unknown): string[] {
  if (!validator) {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
    ) as object;
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(log)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? error.keyword}`);
}
