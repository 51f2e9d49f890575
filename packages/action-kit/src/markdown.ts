/**
 * Markdown for job summaries, with outside text kept as text. A summary carries what registries,
 * tools and DB artifacts said (an image name, a registry's error, a DB's `UpdatedAt`); GitHub
 * renders it as GitHub Flavored Markdown with HTML, so a value such as
 * `x)\n\nGate: passed\n\n<img src=…>[click](https://…)` would otherwise forge a line, an image and
 * a link. Lines are built with the `md` template tag: its literal parts are ours and stay Markdown,
 * every interpolated value is escaped as plain text unless it is itself `Markdown` (`md`, `code`).
 * The `Markdown` type is what `JobSummary.lines` takes, so a raw string cannot get in by mistake.
 *
 * How text is kept text (CommonMark 0.31, GFM 0.29):
 * - `&`, `<`, `>` and quotes become entity references, which CommonMark (§2.5) reads as literal
 *   text, and which stay text should the line ever land inside an HTML block, where backslash
 *   escapes mean nothing;
 * - every other ASCII punctuation character is backslash-escaped (§2.4: any ASCII punctuation may
 *   be, and then means itself): no emphasis, link, image, code span, heading, list, quote, table
 *   cell or strikethrough can start, and GFM's autolink literals cannot form either (`www.` and
 *   `scheme://` must be literal, and `\.` / `\:` are not);
 * - line breaks and every other control or separator become a space: a blank line would end the
 *   paragraph (or an HTML block) and let the rest start a block of its own;
 * - code spans get a backtick fence longer than any run of backticks inside (CommonMark §6.1),
 *   padded with a space when the content starts or ends with a backtick or a space.
 */

const MADE_HERE = Symbol("Markdown made by markdown.ts");

/** Summary Markdown whose every outside part was escaped. Made only by `md`, `code`, `markdownText`. */
export class Markdown {
  readonly source: string;
  constructor(madeHere: typeof MADE_HERE, source: string) {
    if (madeHere !== MADE_HERE) throw new TypeError("Markdown is made with md, code or markdownText");
    this.source = source;
  }
  toString(): string {
    return this.source;
  }
}

function trusted(source: string): Markdown {
  return new Markdown(MADE_HERE, source);
}

export type MarkdownValue = Markdown | string | number | boolean | bigint;

/** Line breaks, C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** ASCII punctuation but `&`, `<`, `>`, `"` and `'`, which become entity references. */
const OTHER_ASCII_PUNCTUATION = /[!#-%(-/:;=?@[-`{-~]/g;

/** `text` on one line, as it reads: every Markdown and HTML character escaped. */
export function markdownText(text: string): Markdown {
  return trusted(encodeHtmlCharacters(flatten(text).replace(OTHER_ASCII_PUNCTUATION, "\\$&")));
}

/** `text` as a code span (one line); empty text gives empty Markdown. */
export function code(text: string): Markdown {
  const flat = flatten(text);
  if (flat === "") return trusted("");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  // CommonMark strips one space from each end when both ends have one (and the span is not all
  // spaces): padding both ends keeps the content exact and keeps a fence-adjacent backtick inside.
  const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? " " : "";
  return trusted(`${fence}${pad}${flat}${pad}${fence}`);
}

/** A summary line: the template's literal parts are Markdown, interpolations are escaped text. */
export function md(strings: TemplateStringsArray, ...values: MarkdownValue[]): Markdown {
  let source = strings[0] ?? "";
  values.forEach((value, index) => {
    source += value instanceof Markdown ? value.source : markdownText(String(value)).source;
    source += strings[index + 1] ?? "";
  });
  return trusted(source);
}

/** Joins Markdown pieces (each already safe) with a literal separator of ours. */
export function joinMarkdown(pieces: Markdown[], separator: string): Markdown {
  return trusted(pieces.map((piece) => piece.source).join(separator));
}

/**
 * Text for an HTML context (a table cell, a heading's text): `&`, `<`, `>` and quotes as entities,
 * on one line — a line break inside the one-line HTML table @actions/core writes would end the HTML
 * block at the next blank line and let the rest render as Markdown.
 */
export function htmlText(text: string): string {
  return encodeHtmlCharacters(flatten(text));
}

function encodeHtmlCharacters(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function flatten(text: string): string {
  return text.replace(CONTROLS, " ");
}
