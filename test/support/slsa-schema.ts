/**
 * The SLSA v1 provenance schema the provenance of build-distroless must pass, offline: the file
 * vendored in test/fixtures/slsa/provenance-v1.schema.json (its $comment names the spec sources it
 * was written from, since no JSON schema is published), compiled with the ajv the suite pins.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

const SCHEMA = JSON.parse(
  readFileSync(new URL("../fixtures/slsa/provenance-v1.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(SCHEMA);
const schemaId = SCHEMA.$id as string;
const validatePredicate = ajv.compile({ $ref: `${schemaId}#/definitions/provenance` });
const validateStatement = ajv.compile({ $ref: `${schemaId}#/definitions/statement` });

function errorsOf(validate: typeof validatePredicate, value: unknown): string[] {
  return validate(JSON.parse(JSON.stringify(value)))
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
}

/** Errors of a provenance predicate (`{buildDefinition, runDetails}`); empty when it passes. */
export function slsaProvenanceErrors(predicate: unknown): string[] {
  return errorsOf(validatePredicate, predicate);
}

/** Errors of a whole in-toto Statement v1 carrying SLSA v1 provenance; empty when it passes. */
export function slsaStatementErrors(statement: unknown): string[] {
  return errorsOf(validateStatement, statement);
}
