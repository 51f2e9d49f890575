/**
 * GitHub's REST contract as GitHub publishes it (the api.github.com OpenAPI 3.0 description shipped
 * in @octokit/openapi), for fakes of GitHub endpoints: which operation a method and path address,
 * and whether a request (path and query parameters, JSON body) and a response (status, JSON body)
 * keep to that operation's schemas. Schemas are compiled with ajv on first use; the description is
 * read once per process (it is 13 MB; the dereferenced variant is five times that).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: Json;
}

export interface ContractOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/code-scanning/sarifs`. */
  path: string;
}

export interface ContractMatch {
  operation: ContractOperation;
  /** Path parameters, decoded. */
  params: Record<string, string>;
}

export interface GitHubRestContract {
  /** The operation GitHub serves at this method and path, or undefined when it serves none. */
  match(method: string, pathname: string): ContractMatch | undefined;
  /** What in a request breaks the operation's contract (empty when nothing does). */
  checkRequest(
    operation: ContractOperation,
    request: { params: Record<string, string>; query: URLSearchParams; body: unknown },
  ): string[];
  /** What in a response breaks the operation's contract (empty when nothing does). */
  checkResponse(operation: ContractOperation, status: number, body: unknown): string[];
}

// Answers GitHub gives on any operation whether or not the description lists them: 401 for a missing
// or bad token, 422 for a request that fails validation.
const ANY_OPERATION_RESPONSES: Record<number, string> = { 401: "basic-error", 422: "validation-error" };

const COMPONENTS_ID = "github-rest-components";

interface CompiledPath {
  template: string;
  pattern: RegExp;
  names: string[];
  /** Literal segments first: `/repos/{owner}/{repo}/tags` beats a template that matches it too. */
  literals: number;
}

let loaded: GitHubRestContract | undefined;

/** The api.github.com contract, loaded on first call and shared by every fake in the process. */
export function loadGitHubRestContract(): GitHubRestContract {
  loaded ??= buildContract();
  return loaded;
}

function buildContract(): GitHubRestContract {
  const require = createRequire(import.meta.url);
  const file = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = JSON.parse(readFileSync(file, "utf8")) as {
    paths: Record<string, Record<string, Json>>;
    components: Json & {
      parameters: Record<string, Parameter>;
      responses: Record<string, Json>;
      requestBodies?: Record<string, Json>;
    };
  };
  // OpenAPI 3.0 schemas carry keywords JSON Schema does not know (`example`, `x-github`); ajv knows
  // `nullable`. validateSchema is off because the components object is not itself a schema.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ $id: COMPONENTS_ID, components: spec.components });
  const validators = new Map<string, ValidateFunction>();

  const compiledPaths: CompiledPath[] = Object.keys(spec.paths)
    .map((template) => {
      const names: string[] = [];
      const segments = template.split("/").map((segment) => {
        const parameter = /^\{([^}]+)\}$/.exec(segment);
        if (!parameter) return segment.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
        names.push(parameter[1] as string);
        return "([^/]+)";
      });
      return {
        template,
        pattern: new RegExp(`^${segments.join("/")}$`),
        names,
        literals: template.split("/").length - names.length,
      };
    })
    .sort((a, b) => b.literals - a.literals);

  const deref = <T>(value: T | { $ref: string }): T => {
    const ref = (value as { $ref?: string }).$ref;
    if (!ref) return value as T;
    let target: unknown = spec;
    for (const part of ref.replace(/^#\//, "").split("/")) {
      target = (target as Json)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return target as T;
  };

  // A schema from the description, with its local refs pointed at the components registered above.
  const validatorFor = (key: string, schema: Json): ValidateFunction => {
    let validate = validators.get(key);
    if (!validate) {
      const rebased = JSON.parse(
        JSON.stringify(schema, (name, value) =>
          name === "$ref" && typeof value === "string" && value.startsWith("#/") ? `${COMPONENTS_ID}${value}` : value,
        ),
      ) as Json;
      validate = ajv.compile(rebased);
      validators.set(key, validate);
    }
    return validate;
  };

  const operationOf = (operation: ContractOperation): Json => {
    const found = spec.paths[operation.path]?.[operation.method.toLowerCase()];
    if (!found) throw new Error(`no operation ${operation.method} ${operation.path} in GitHub's description`);
    return found;
  };

  const explain = (where: string, errors: ErrorObject[] | null | undefined): string[] =>
    (errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? error.keyword}`);

  // Query strings carry text; the description types them (`per_page` is an integer), so a value is
  // converted to the type its schema names before it is checked, as GitHub's router does.
  const fromQuery = (text: string, schema: Json | undefined): unknown => {
    const type = (deref(schema ?? {}) as Json).type;
    if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
    return text;
  };

  return {
    match(method, pathname) {
      for (const path of compiledPaths) {
        const found = path.pattern.exec(pathname);
        if (!found) continue;
        const operation = spec.paths[path.template]?.[method.toLowerCase()];
        if (!operation) continue;
        const params: Record<string, string> = {};
        path.names.forEach((name, i) => {
          params[name] = decodeURIComponent(found[i + 1] as string);
        });
        return {
          operation: { operationId: String(operation.operationId), method: method.toUpperCase(), path: path.template },
          params,
        };
      }
      return undefined;
    },

    checkRequest(operation, request) {
      const described = operationOf(operation);
      const problems: string[] = [];
      const parameters = ((described.parameters as Array<Parameter | { $ref: string }> | undefined) ?? []).map(
        (parameter) => deref<Parameter>(parameter),
      );
      for (const parameter of parameters) {
        if (parameter.in !== "path" && parameter.in !== "query") continue;
        const raw = parameter.in === "path" ? request.params[parameter.name] : request.query.get(parameter.name);
        if (raw === undefined || raw === null) {
          if (parameter.required) problems.push(`${parameter.in} parameter ${parameter.name} is required`);
          continue;
        }
        const validate = validatorFor(
          `${operation.operationId} ${parameter.in} ${parameter.name}`,
          parameter.schema ?? {},
        );
        if (!validate(fromQuery(raw, parameter.schema))) {
          problems.push(...explain(`${parameter.in} parameter ${parameter.name}`, validate.errors));
        }
      }
      const known = new Set(parameters.filter((parameter) => parameter.in === "query").map((p) => p.name));
      for (const name of new Set(request.query.keys())) {
        if (!known.has(name)) problems.push(`query parameter ${name} is not one ${operation.operationId} takes`);
      }
      const requestBody = described.requestBody ? deref<Json>(described.requestBody as Json) : undefined;
      if (!requestBody) {
        if (request.body !== undefined) problems.push(`${operation.operationId} takes no request body`);
        return problems;
      }
      if (request.body === undefined) {
        if (requestBody.required) problems.push(`${operation.operationId} requires a request body`);
        return problems;
      }
      const schema = (requestBody.content as Record<string, { schema?: Json }> | undefined)?.["application/json"]
        ?.schema;
      if (!schema) {
        problems.push(`${operation.operationId} takes no JSON body`);
        return problems;
      }
      const validate = validatorFor(`${operation.operationId} body`, schema);
      if (!validate(request.body)) problems.push(...explain("body", validate.errors));
      return problems;
    },

    checkResponse(operation, status, body) {
      const described = operationOf(operation);
      const responses = described.responses as Record<string, Json | { $ref: string }>;
      const declared = responses[String(status)] ?? responses.default;
      let schema: Json | undefined;
      if (declared) {
        const response = deref<Json>(declared);
        schema = (response.content as Record<string, { schema?: Json }> | undefined)?.["application/json"]?.schema;
      } else if (ANY_OPERATION_RESPONSES[status]) {
        schema = { $ref: `#/components/schemas/${ANY_OPERATION_RESPONSES[status]}` };
      } else {
        return [`${operation.operationId} does not answer ${status}`];
      }
      // A declared status without a described body (the upload's 400 and 413) constrains nothing more.
      if (!schema) return [];
      const validate = validatorFor(`${operation.operationId} response ${status}`, schema);
      return validate(body) ? [] : explain(`response ${status} body`, validate.errors);
    },
  };
}
