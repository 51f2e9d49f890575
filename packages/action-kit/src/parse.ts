/**
 * Pure parsers for the value shapes action inputs take. Each throws an InputError naming the input,
 * so the same parser serves the action entries and the CLI, and is tested without @actions/core.
 */
import { InputError } from "./errors.ts";

const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);

/** YAML 1.2 core-schema booleans, as @actions/core accepts them; anything else is an error. */
export function parseBoolean(input: string, raw: string): boolean {
  const value = raw.trim();
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new InputError(input, `expected true or false, got '${value}'`);
}

export interface ListOptions {
  /** Also split on commas: only for values that can never contain one. */
  commas?: boolean;
}

/** Newline-separated values (commas too where allowed); blank entries and `#` comment lines dropped. */
export function parseList(raw: string, options: ListOptions = {}): string[] {
  const separator = options.commas ? /[\n,]/ : /\n/;
  return raw
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== "" && !item.startsWith("#"));
}

export function parseEnum<T extends string>(input: string, raw: string, allowed: readonly T[]): T {
  const value = raw.trim();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(input, `expected one of ${allowed.join(", ")}, got '${value}'`);
}

export function parseInteger(input: string, raw: string, range: { min?: number; max?: number } = {}): number {
  const value = raw.trim();
  if (!/^-?\d+$/.test(value)) throw new InputError(input, `expected a whole number, got '${value}'`);
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new InputError(input, `'${value}' is too large`);
  if (range.min !== undefined && number < range.min) {
    throw new InputError(input, `expected at least ${range.min}, got ${number}`);
  }
  if (range.max !== undefined && number > range.max) {
    throw new InputError(input, `expected at most ${range.max}, got ${number}`);
  }
  return number;
}

/**
 * `KEY=VALUE` lines. The value may contain `=`; the key may not be empty or contain whitespace.
 * A repeated key is an error: silently keeping one of two values loses data.
 */
export function parseKeyValues(input: string, raw: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const line of parseList(raw)) {
    const equals = line.indexOf("=");
    if (equals <= 0) throw new InputError(input, `expected KEY=VALUE lines, got '${line}'`);
    const key = line.slice(0, equals).trim();
    if (/\s/.test(key)) throw new InputError(input, `key '${key}' contains whitespace`);
    if (pairs.has(key)) throw new InputError(input, `key '${key}' is given twice`);
    pairs.set(key, line.slice(equals + 1));
  }
  return pairs;
}

/**
 * A command as a JSON array of strings, or a string split the way a POSIX shell splits words
 * (quotes and backslashes honoured; no expansion of any kind, nothing is executed).
 */
export function parseCommand(input: string, raw: string): string[] {
  const value = raw.trim();
  if (value === "") return [];
  if (value.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new InputError(input, `invalid JSON array: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) {
      throw new InputError(input, "expected a JSON array of strings");
    }
    return parsed;
  }
  return splitShellWords(input, value);
}

export function splitShellWords(input: string, text: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) word += text[++i];
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === "\\") {
      if (i + 1 >= text.length) throw new InputError(input, "ends with a lone backslash");
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) throw new InputError(input, `unterminated ${quote} quote`);
  if (inWord) words.push(word);
  return words;
}
