/**
 * Reading action inputs. The only reader of `INPUT_*`; everything else receives plain values.
 */
import * as core from "@actions/core";
import { InputError } from "./errors.ts";
import {
  type ListOptions,
  parseBoolean,
  parseCommand,
  parseEnum,
  parseInteger,
  parseKeyValues,
  parseList,
} from "./parse.ts";

/** Raw text of an input, trimmed; `fallback` when it is empty (action.yml defaults arrive as values). */
export function readString(name: string, fallback = ""): string {
  const value = core.getInput(name, { trimWhitespace: true });
  return value === "" ? fallback : value;
}

export function readRequired(name: string): string {
  const value = readString(name);
  if (value === "") throw new InputError(name, "is required and was not given");
  return value;
}

/** Like readRequired, for a list: at least one entry. */
export function readRequiredList(name: string, options?: ListOptions): string[] {
  const values = parseList(readRequired(name), options);
  if (values.length === 0) throw new InputError(name, "is required and has no entries");
  return values;
}

export function readList(name: string, options?: ListOptions): string[] {
  return parseList(readString(name), options);
}

export function readBoolean(name: string, fallback: boolean): boolean {
  const raw = readString(name);
  return raw === "" ? fallback : parseBoolean(name, raw);
}

/** A boolean whose default depends on other inputs: undefined when the user left it empty. */
export function readOptionalBoolean(name: string): boolean | undefined {
  const raw = readString(name);
  return raw === "" ? undefined : parseBoolean(name, raw);
}

export function readEnum<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = readString(name);
  return raw === "" ? fallback : parseEnum(name, raw, allowed);
}

export function readInteger(name: string, fallback: number, range?: { min?: number; max?: number }): number {
  const raw = readString(name);
  return raw === "" ? fallback : parseInteger(name, raw, range);
}

export function readKeyValues(name: string): Map<string, string> {
  return parseKeyValues(name, readString(name));
}

export function readCommand(name: string): string[] {
  return parseCommand(name, readString(name));
}
