/**
 * Text that came from outside (a registry's error body, a value in a manifest, a JSON parser's
 * message about someone's file) made fit for an error message: one line, bounded, with no control
 * characters. A registry that answers `x\n::warning::pwned` must not get a line of its own into a
 * workflow log, and a huge body must not become a huge message.
 */

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` on one line (controls become spaces) and at most `max` characters (then an ellipsis). */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(CONTROL, " ");
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * An outside value quoted for a message: JSON-escaped, bounded, every control visible as an escape
 * (`\n`, `\u0085`). JSON.stringify escapes only C0; DEL, C1 and U+2028/U+2029 it leaves raw, and
 * U+0085 (NEXT LINE) is white space to the runner, which trims it before looking for a `::` command
 * (see action-kit's workflow-commands.ts).
 */
export function quoteValue(value: unknown, max = 100): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const quoted = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return quoted.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * What a JSON.parse error says, without the excerpt of the input V8 quotes in it
 * (`Unexpected token 'x', "…" is not valid JSON`): the input may be a registry's hostile body or a
 * config file holding passwords.
 */
export function jsonSyntaxProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, ""), 120);
}
