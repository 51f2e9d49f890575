/**
 * deb822 control data (deb822(5), Debian Policy §5.1): the format of `Packages` indexes, `Release`
 * files, dpkg's status database and a .deb's `control` file. Paragraphs are separated by blank
 * lines; a field is `Name: value`; a line starting with a space or tab continues the field above.
 */
import { DebianError } from "./errors.ts";
import type { Stanza } from "./types.ts";

const QUOTED_LENGTH = 80;

/**
 * Quotes outside text for an error message: bounded, and on one line whatever it holds. JSON
 * escapes the C0 controls only; DEL, the C1 controls (NEL among them, which the Actions runner takes
 * as a line break) and the Unicode line and paragraph separators are escaped here as well.
 */
export function quoteForMessage(text: string): string {
  const bounded = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
  return JSON.stringify(bounded).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

// Policy §5.1: field names are printable US-ASCII other than the colon, not starting with `#` or `-`.
const FIELD_NAME = /^[!-9;-~]+$/;

/**
 * Splits deb822 text into paragraphs. Multi-line values keep their line breaks: the first line's
 * value, then each continuation line without its leading space or tab; a continuation line that is
 * only `.` stands for an empty line (Policy §5.6.13). CRLF line ends are taken as LF.
 */
export function parseStanzas(text: string): Stanza[] {
  const stanzas: Stanza[] = [];
  let current: Stanza | undefined;
  let currentField: string | undefined;
  const seenInCurrent = new Set<string>();
  const lines = text.split("\n");
  // A final newline leaves an empty last element, which is not a line of its own.
  if (lines.at(-1) === "") lines.pop();

  for (let index = 0; index < lines.length; index++) {
    const rawLine = lines[index] as string;
    const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    // Made only on error: an index has millions of lines.
    const malformed = (problem: string) => malformedLine(index, line, problem);
    // Policy §5.1 lets parsers take whitespace-only lines as paragraph separators; apt does.
    if (line === "" || ((line[0] === " " || line[0] === "\t") && line.trim() === "")) {
      current = undefined;
      currentField = undefined;
      continue;
    }
    if (line.startsWith("#")) continue;
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (current === undefined || currentField === undefined)
        throw malformed("a continuation line with no field above it");
      const continuation = line.slice(1).trimEnd();
      current[currentField] = `${current[currentField]}\n${continuation.trim() === "." ? "" : continuation}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 0) throw malformed('expected "Field: value"');
    const name = line.slice(0, colon);
    if (!FIELD_NAME.test(name) || name.startsWith("-")) throw malformed("malformed field name");
    if (current === undefined) {
      current = {};
      seenInCurrent.clear();
      stanzas.push(current);
    }
    // Field names are case-insensitive, so `Package` and `package` in one paragraph are one field twice.
    const key = name.toLowerCase();
    if (seenInCurrent.has(key)) throw malformed(`field ${name} appears twice in one paragraph`);
    seenInCurrent.add(key);
    const value = line.slice(colon + 1).trim();
    // A field named `__proto__` must be an own field like any other, not the object's prototype.
    if (name === "__proto__")
      Object.defineProperty(current, name, { value, writable: true, enumerable: true, configurable: true });
    else current[name] = value;
    currentField = name;
  }
  return stanzas;
}

function malformedLine(index: number, line: string, problem: string): DebianError {
  return new DebianError(`control data line ${index + 1}: ${problem}: ${quoteForMessage(line)}`);
}

/**
 * A field's value by name, ignoring case as deb822 does; undefined when the paragraph lacks it.
 * For many lookups in one stanza, `fieldLookup` builds the case-folded index once.
 */
export function field(stanza: Stanza, name: string): string | undefined {
  if (Object.hasOwn(stanza, name)) return stanza[name];
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(stanza)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** A case-insensitive lookup over one stanza, for reading many fields of it. */
export function fieldLookup(stanza: Stanza): (name: string) => string | undefined {
  // Fields are nearly always written as Policy spells them: try that first, and fold the case of
  // every name only for a stanza that needs it (an index has tens of thousands of stanzas).
  let byLowercaseName: Map<string, string> | undefined;
  return (name) => {
    if (Object.hasOwn(stanza, name)) return stanza[name];
    if (!byLowercaseName) {
      byLowercaseName = new Map();
      for (const [key, value] of Object.entries(stanza)) byLowercaseName.set(key.toLowerCase(), value);
    }
    return byLowercaseName.get(name.toLowerCase());
  };
}
