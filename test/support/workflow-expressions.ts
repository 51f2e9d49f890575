/**
 * GitHub Actions expressions (`${{ … }}`) for the test workflow runner: literals, contexts with
 * property and index access (and the `.*` filter), `!`, comparisons, `&&`/`||`, parentheses and the
 * functions contains, startsWith, endsWith, format, join, toJSON, fromJSON and the status checks.
 * Everything else — hashFiles, an unknown context or function, a context that is not available
 * where the expression stands, text around `${{ }}` in an `if:` — throws UnsupportedExpression:
 * a workflow that would do something else on GitHub than here must not pass a test quietly.
 *
 * Semantics follow GitHub's documentation: `&&`/`||` return an operand, not a boolean; comparisons
 * of different types go through numbers; strings compare ignoring case; a missing property is null.
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** Marks a context object whose missing keys are a mistake in the workflow, not a null. */
export const STRICT: unique symbol = Symbol("strict context");

export type StrictObject = { [key: string]: Value } & { [STRICT]?: string };

/** Marks a context object whose missing keys are null, as on GitHub, but reported to a callback. */
export const ON_MISSING: unique symbol = Symbol("report missing keys");

/** Mark `object` so that looking up a key it lacks calls `report(key)` and gives null. */
export function reporting<T extends object>(object: T, report: (key: string) => void): T {
  Object.defineProperty(object, ON_MISSING, { value: report, enumerable: false });
  return object;
}

/** Mark `object` strict: looking up a key it lacks throws, saying what `what` is. */
export function strict<T extends object>(object: T, what: string): T {
  Object.defineProperty(object, STRICT, { value: what, enumerable: false });
  return object;
}

/** A problem of the workflow runner, not of the workflow under test: the test must fail loudly. */
export class WorkflowRunnerError extends Error {
  override name = "WorkflowRunnerError";
}

export class UnsupportedExpression extends WorkflowRunnerError {
  override name = "UnsupportedExpression";
  readonly expression: string;
  readonly reason: string;
  readonly where: string;
  constructor(expression: string, reason: string, where = "") {
    super(`${where ? `${where}: ` : ""}unsupported expression \`${expression}\`: ${reason}`);
    this.expression = expression;
    this.reason = reason;
    this.where = where;
  }

  /** The same error, told where it happened (workflow, job, step). */
  at(where: string): UnsupportedExpression {
    return new UnsupportedExpression(this.expression, this.reason, where);
  }
}

/** Status of the job so far, for success(), failure(), always() and cancelled() in `if:`. */
export interface StatusChecks {
  success: boolean;
  failure: boolean;
}

export interface EvaluationScope {
  /** The contexts available where the expression stands; any other known context is refused. */
  contexts: Partial<Record<ContextName, Value>>;
  /** Only in `if:`: the status functions need it. */
  status?: StatusChecks;
}

const CONTEXT_NAMES = [
  "github",
  "env",
  "vars",
  "job",
  "jobs",
  "steps",
  "runner",
  "secrets",
  "strategy",
  "matrix",
  "needs",
  "inputs",
] as const;
export type ContextName = (typeof CONTEXT_NAMES)[number];

type Node =
  | { kind: "literal"; value: Value }
  | { kind: "context"; name: string }
  | { kind: "member"; object: Node; key: Node }
  | { kind: "filter"; object: Node }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "not"; operand: Node }
  | { kind: "binary"; op: BinaryOp; left: Node; right: Node };

type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=";

type Token =
  | { type: "punct"; text: string }
  | { type: "string"; value: string }
  | { type: "number"; value: number }
  | { type: "ident"; text: string };

/** A problem inside one expression; the caller adds the expression text and the place. */
class ExpressionProblem extends Error {}

const PUNCTUATION = ["==", "!=", "<=", ">=", "&&", "||", "(", ")", "[", "]", ",", ".", "!", "<", ">", "*"];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= source.length) throw new ExpressionProblem("unterminated string literal");
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i];
        i++;
      }
      tokens.push({ type: "string", value });
      continue;
    }
    const afterOperand = tokens.length > 0 && isOperandEnd(tokens[tokens.length - 1] as Token);
    const next = source[i + 1] ?? "";
    // No arithmetic in GitHub expressions: a `-` or `.` before a digit starts a number unless it
    // follows an operand (`steps.a.outputs.x.5` is not a thing, `.5` there is a syntax error).
    if (/\d/.test(char) || ((char === "-" || char === ".") && !afterOperand && /[\d.]/.test(next))) {
      const number = /^-?(?:0x[0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(source.slice(i));
      if (!number) throw new ExpressionProblem(`bad number at '${source.slice(i)}'`);
      tokens.push({ type: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i));
    if (ident) {
      tokens.push({ type: "ident", text: ident[0] });
      i += ident[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
    if (punct) {
      tokens.push({ type: "punct", text: punct });
      i += punct.length;
      continue;
    }
    throw new ExpressionProblem(`unexpected character '${char}'`);
  }
  return tokens;
}

function isOperandEnd(token: Token): boolean {
  return token.type !== "punct" || [")", "]", "*"].includes(token.text);
}

class Parser {
  private position = 0;
  private readonly tokens: Token[];
  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  parse(): Node {
    if (this.tokens.length === 0) throw new ExpressionProblem("empty expression");
    const node = this.or();
    const rest = this.tokens[this.position];
    if (rest) throw new ExpressionProblem(`unexpected ${describe(rest)}`);
    return node;
  }

  private peek(text: string): boolean {
    const token = this.tokens[this.position];
    return token?.type === "punct" && token.text === text;
  }

  private accept(text: string): boolean {
    if (!this.peek(text)) return false;
    this.position++;
    return true;
  }

  private expect(text: string): void {
    if (!this.accept(text)) {
      const token = this.tokens[this.position];
      throw new ExpressionProblem(`expected '${text}' but found ${token ? describe(token) : "the end"}`);
    }
  }

  private or(): Node {
    let left = this.and();
    while (this.accept("||")) left = { kind: "binary", op: "||", left, right: this.and() };
    return left;
  }

  private and(): Node {
    let left = this.equality();
    while (this.accept("&&")) left = { kind: "binary", op: "&&", left, right: this.equality() };
    return left;
  }

  private equality(): Node {
    let left = this.comparison();
    for (;;) {
      const op = this.accept("==") ? "==" : this.accept("!=") ? "!=" : undefined;
      if (!op) return left;
      left = { kind: "binary", op, left, right: this.comparison() };
    }
  }

  private comparison(): Node {
    let left = this.unary();
    for (;;) {
      const op = (["<=", ">=", "<", ">"] as const).find((candidate) => this.accept(candidate));
      if (!op) return left;
      left = { kind: "binary", op, left, right: this.unary() };
    }
  }

  private unary(): Node {
    if (this.accept("!")) return { kind: "not", operand: this.unary() };
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.primary();
    for (;;) {
      if (this.accept(".")) {
        if (this.accept("*")) {
          node = { kind: "filter", object: node };
          continue;
        }
        const token = this.tokens[this.position++];
        if (token?.type !== "ident") throw new ExpressionProblem("expected a property name after '.'");
        node = { kind: "member", object: node, key: { kind: "literal", value: token.text } };
      } else if (this.accept("[")) {
        if (this.accept("*")) {
          this.expect("]");
          node = { kind: "filter", object: node };
          continue;
        }
        const key = this.or();
        this.expect("]");
        node = { kind: "member", object: node, key };
      } else {
        return node;
      }
    }
  }

  private primary(): Node {
    const token = this.tokens[this.position++];
    if (!token) throw new ExpressionProblem("unexpected end of expression");
    if (token.type === "string" || token.type === "number") return { kind: "literal", value: token.value };
    if (token.type === "punct") {
      if (token.text === "(") {
        const inner = this.or();
        this.expect(")");
        return inner;
      }
      throw new ExpressionProblem(`unexpected ${describe(token)}`);
    }
    const keyword: Record<string, Value> = { true: true, false: false, null: null, NaN: Number.NaN };
    if (token.text in keyword) return { kind: "literal", value: keyword[token.text] as Value };
    if (token.text === "Infinity") return { kind: "literal", value: Number.POSITIVE_INFINITY };
    if (this.accept("(")) {
      const args: Node[] = [];
      if (!this.accept(")")) {
        do args.push(this.or());
        while (this.accept(","));
        this.expect(")");
      }
      return { kind: "call", name: token.text, args };
    }
    return { kind: "context", name: token.text };
  }
}

function describe(token: Token): string {
  if (token.type === "string") return `string '${token.value}'`;
  if (token.type === "number") return `number ${token.value}`;
  return `'${token.text}'`;
}

const FILTERED: unique symbol = Symbol("filtered");
type FilteredArray = Value[] & { [FILTERED]?: true };

function filtered(values: Value[]): Value[] {
  Object.defineProperty(values, FILTERED, { value: true, enumerable: false });
  return values;
}

function typeOf(value: Value): "null" | "boolean" | "number" | "string" | "array" | "object" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "boolean" | "number" | "string" | "object";
}

export function truthy(value: Value): boolean {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  if (typeof value === "string") return value !== "";
  return true;
}

function toNumber(value: Value): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value.trim());
  return Number.NaN;
}

/** A value as text, the way `${{ }}` puts it into a string; objects and arrays need toJSON(). */
export function toText(value: Value): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "string") return value;
  throw new ExpressionProblem(
    `an ${typeOf(value)} cannot be used as text here (GitHub would write 'Object'/'Array'); use toJSON()`,
  );
}

function looseEquals(left: Value, right: Value): boolean {
  const leftType = typeOf(left);
  const rightType = typeOf(right);
  if (leftType === rightType) {
    if (typeof left === "string" && typeof right === "string") return left.toUpperCase() === right.toUpperCase();
    if (leftType === "array" || leftType === "object") return left === right;
    return left === right;
  }
  if (leftType === "array" || leftType === "object" || rightType === "array" || rightType === "object") return false;
  return toNumber(left) === toNumber(right);
}

function compare(op: "<" | "<=" | ">" | ">=", left: Value, right: Value): boolean {
  let a: number | string;
  let b: number | string;
  if (typeof left === "string" && typeof right === "string") {
    a = left.toUpperCase();
    b = right.toUpperCase();
  } else {
    a = toNumber(left);
    b = toNumber(right);
    if (Number.isNaN(a) || Number.isNaN(b)) return false;
  }
  if (op === "<") return a < b;
  if (op === "<=") return a <= b;
  if (op === ">") return a > b;
  return a >= b;
}

/** Look a key up the way GitHub does: exact, then ignoring case; missing is null unless strict. */
function lookup(object: Value, key: Value): Value {
  if (object === null || typeof object !== "object") return null;
  if (Array.isArray(object)) {
    if ((object as FilteredArray)[FILTERED] && typeof key === "string") {
      return filtered(object.flatMap((item) => lookupFiltered(item, key)));
    }
    const index = toNumber(key);
    return Number.isInteger(index) ? (object[index] ?? null) : null;
  }
  const name = toText(key);
  if (Object.hasOwn(object, name)) return object[name] ?? null;
  const folded = Object.keys(object).find((candidate) => candidate.toUpperCase() === name.toUpperCase());
  if (folded !== undefined) return object[folded] ?? null;
  const report = (object as { [ON_MISSING]?: (key: string) => void })[ON_MISSING];
  if (report) {
    report(name);
    return null;
  }
  const what = (object as StrictObject)[STRICT];
  if (what) {
    const known = Object.keys(object);
    throw new ExpressionProblem(
      `${what} has no '${name}'${known.length > 0 ? ` (it has: ${known.join(", ")})` : " (it is empty)"}`,
    );
  }
  return null;
}

function lookupFiltered(item: Value, key: string): Value[] {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return [];
  const value = lookup(item, key);
  return value === null ? [] : [value];
}

const STATUS_FUNCTIONS = new Set(["success", "failure", "always", "cancelled"]);

/** Whether the expression calls success(), failure(), always() or cancelled() anywhere. */
function callsStatusFunction(node: Node): boolean {
  switch (node.kind) {
    case "call":
      return STATUS_FUNCTIONS.has(node.name.toLowerCase()) || node.args.some(callsStatusFunction);
    case "member":
      return callsStatusFunction(node.object) || callsStatusFunction(node.key);
    case "filter":
      return callsStatusFunction(node.object);
    case "not":
      return callsStatusFunction(node.operand);
    case "binary":
      return callsStatusFunction(node.left) || callsStatusFunction(node.right);
    default:
      return false;
  }
}

function evaluateNode(node: Node, scope: EvaluationScope): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "context": {
      const name = node.name.toLowerCase();
      if (!(CONTEXT_NAMES as readonly string[]).includes(name)) {
        throw new ExpressionProblem(`'${node.name}' is not a context (contexts: ${CONTEXT_NAMES.join(", ")})`);
      }
      const value = scope.contexts[name as ContextName];
      if (value === undefined) {
        const available = Object.keys(scope.contexts).join(", ");
        throw new ExpressionProblem(`the '${name}' context is not available here (available: ${available})`);
      }
      return value;
    }
    case "member":
      return lookup(evaluateNode(node.object, scope), evaluateNode(node.key, scope));
    case "filter": {
      const object = evaluateNode(node.object, scope);
      if (Array.isArray(object)) return filtered([...object]);
      if (object !== null && typeof object === "object") return filtered(Object.values(object));
      return filtered([]);
    }
    case "not":
      return !truthy(evaluateNode(node.operand, scope));
    case "binary": {
      const left = evaluateNode(node.left, scope);
      if (node.op === "&&") return truthy(left) ? evaluateNode(node.right, scope) : left;
      if (node.op === "||") return truthy(left) ? left : evaluateNode(node.right, scope);
      const right = evaluateNode(node.right, scope);
      if (node.op === "==") return looseEquals(left, right);
      if (node.op === "!=") return !looseEquals(left, right);
      return compare(node.op, left, right);
    }
    case "call":
      return callFunction(node, scope);
  }
}

function callFunction(node: Extract<Node, { kind: "call" }>, scope: EvaluationScope): Value {
  const name = node.name.toLowerCase();
  const arity = (min: number, max = min): void => {
    if (node.args.length < min || node.args.length > max) {
      throw new ExpressionProblem(`${node.name}() takes ${min === max ? min : `${min} to ${max}`} arguments`);
    }
  };
  const args = (): Value[] => node.args.map((arg) => evaluateNode(arg, scope));
  if (STATUS_FUNCTIONS.has(name)) {
    arity(0);
    if (!scope.status) throw new ExpressionProblem(`${node.name}() can only be used in 'if:'`);
    if (name === "always") return true;
    if (name === "cancelled") return false; // the runner never cancels a run
    return name === "success" ? scope.status.success : scope.status.failure;
  }
  switch (name) {
    case "contains": {
      arity(2);
      const [search, item] = args() as [Value, Value];
      if (Array.isArray(search)) return search.some((element) => looseEquals(element, item));
      return toText(search).toUpperCase().includes(toText(item).toUpperCase());
    }
    case "startswith": {
      arity(2);
      const [text, prefix] = args() as [Value, Value];
      return toText(text).toUpperCase().startsWith(toText(prefix).toUpperCase());
    }
    case "endswith": {
      arity(2);
      const [text, suffix] = args() as [Value, Value];
      return toText(text).toUpperCase().endsWith(toText(suffix).toUpperCase());
    }
    case "format": {
      arity(1, Number.POSITIVE_INFINITY);
      const [template, ...values] = args() as [Value, ...Value[]];
      return format(toText(template), values);
    }
    case "join": {
      arity(1, 2);
      const [array, separator] = args() as [Value, Value | undefined];
      const glue = separator === undefined ? "," : toText(separator);
      return Array.isArray(array) ? array.map(toText).join(glue) : toText(array);
    }
    case "tojson": {
      arity(1);
      return JSON.stringify(args()[0], null, 2);
    }
    case "fromjson": {
      arity(1);
      const text = toText(args()[0] as Value);
      try {
        return JSON.parse(text) as Value;
      } catch (error) {
        throw new ExpressionProblem(`fromJSON() of text that is not JSON (${(error as Error).message}): ${text}`);
      }
    }
    default:
      throw new ExpressionProblem(
        `the function ${node.name}() is not supported by the test runner (supported: contains, startsWith, endsWith, format, join, toJSON, fromJSON, success, failure, always, cancelled)`,
      );
  }
}

function format(template: string, values: Value[]): string {
  let result = "";
  for (let i = 0; i < template.length; i++) {
    const char = template[i] as string;
    if (char === "{" && template[i + 1] === "{") {
      result += "{";
      i++;
    } else if (char === "}" && template[i + 1] === "}") {
      result += "}";
      i++;
    } else if (char === "{") {
      const end = template.indexOf("}", i);
      const index = end < 0 ? Number.NaN : Number(template.slice(i + 1, end));
      if (!Number.isInteger(index) || index < 0 || index >= values.length) {
        throw new ExpressionProblem(`format() string '${template}' has a bad or missing argument reference`);
      }
      result += toText(values[index] as Value);
      i = end;
    } else if (char === "}") {
      throw new ExpressionProblem(`format() string '${template}' has an unmatched '}'`);
    } else {
      result += char;
    }
  }
  return result;
}

function parseExpression(source: string): Node {
  try {
    return new Parser(tokenize(source)).parse();
  } catch (error) {
    if (error instanceof ExpressionProblem) throw new UnsupportedExpression(source.trim(), error.message);
    throw error;
  }
}

/** Evaluate one expression (the text inside `${{ }}`, or a bare `if:`). */
export function evaluateExpression(source: string, scope: EvaluationScope): Value {
  const node = parseExpression(source);
  try {
    return unfilter(evaluateNode(node, scope));
  } catch (error) {
    if (error instanceof ExpressionProblem) throw new UnsupportedExpression(source.trim(), error.message);
    throw error;
  }
}

function unfilter(value: Value): Value {
  return Array.isArray(value) && (value as FilteredArray)[FILTERED] ? [...value] : value;
}

interface TemplatePart {
  text?: string;
  expression?: string;
}

/** Split text into literal parts and `${{ … }}` expressions; `}}` inside a string literal is text. */
function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf("${{", i);
    if (start < 0) {
      parts.push({ text: text.slice(i) });
      break;
    }
    if (start > i) parts.push({ text: text.slice(i, start) });
    let j = start + 3;
    let inString = false;
    for (; j < text.length; j++) {
      if (text[j] === "'") inString = !inString;
      else if (!inString && text.startsWith("}}", j)) break;
    }
    if (j >= text.length) throw new UnsupportedExpression(text.slice(start), "no closing '}}'");
    parts.push({ expression: text.slice(start + 3, j) });
    i = j + 2;
  }
  return parts;
}

export function hasExpression(text: string): boolean {
  return text.includes("${{");
}

/**
 * Evaluate a value that may hold `${{ }}`: a value that is exactly one expression keeps its type
 * (a matrix from fromJSON stays an object); anything else becomes text.
 */
export function evaluateTemplate(text: string, scope: EvaluationScope): Value {
  const parts = splitTemplate(text);
  const expressions = parts.filter((part) => part.expression !== undefined);
  if (expressions.length === 1 && parts.every((part) => part.expression !== undefined || part.text?.trim() === "")) {
    return evaluateExpression(expressions[0]?.expression as string, scope);
  }
  return interpolate(text, scope);
}

/** Evaluate every `${{ }}` in text into a string, as GitHub does to `with:`, `env:` and `run:`. */
export function interpolate(text: string, scope: EvaluationScope): string {
  let result = "";
  for (const part of splitTemplate(text)) {
    if (part.expression === undefined) {
      result += part.text;
      continue;
    }
    const value = evaluateExpression(part.expression, scope);
    try {
      result += toText(value);
    } catch (error) {
      if (error instanceof ExpressionProblem) throw new UnsupportedExpression(part.expression.trim(), error.message);
      throw error;
    }
  }
  return result;
}

/**
 * Evaluate an `if:`: a bare expression or one `${{ }}`; without a status function it is
 * `success() && (…)`, as on GitHub. Text around `${{ }}` would make GitHub see an always-true
 * string, so it is refused.
 */
export function evaluateCondition(text: string | boolean | number, scope: EvaluationScope): boolean {
  if (typeof text !== "string") return truthy(text);
  let source = text.trim();
  if (hasExpression(source)) {
    const parts = splitTemplate(source);
    if (parts.length !== 1 || parts[0]?.expression === undefined) {
      throw new UnsupportedExpression(
        source,
        "an 'if:' with text around the expression is a non-empty string, always true on GitHub",
      );
    }
    source = parts[0].expression;
  }
  const node = parseExpression(source);
  const status = scope.status ?? { success: true, failure: false };
  try {
    const value = evaluateNode(node, { ...scope, status });
    return callsStatusFunction(node) ? truthy(value) : status.success && truthy(value);
  } catch (error) {
    if (error instanceof ExpressionProblem) throw new UnsupportedExpression(source.trim(), error.message);
    throw error;
  }
}
