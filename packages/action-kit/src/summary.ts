import * as core from "@actions/core";
import { htmlText, type Markdown } from "./markdown.ts";

export type SummaryRow = Array<string | number | boolean>;

export interface SummaryTable {
  header: string[];
  rows: SummaryRow[];
}

export interface JobSummary {
  /** Plain text (escaped). */
  title: string;
  /** Short paragraphs shown under the title, built with `md` so outside values stay text. */
  lines?: Markdown[];
  tables?: SummaryTable[];
  /** Machine-readable detail, shown folded. */
  details?: { label: string; json: unknown };
}

/**
 * Write the job summary. A failure to write it is a warning, not a failed step: the work is done.
 *
 * Everything from outside is text: the title, headers, cells and the details label go into HTML
 * that @actions/core writes as it is given, so they are HTML-escaped and kept on one line; lines
 * are `Markdown` (markdown.ts). Every HTML element is followed by a blank line: CommonMark (§4.6)
 * reads the lines after `<h2>…</h2>` or `<table>…</table>` as part of that HTML block until a blank
 * line, where Markdown is not parsed and backslash escapes mean nothing.
 */
export async function writeJobSummary(summary: JobSummary): Promise<void> {
  try {
    core.summary.addHeading(htmlText(summary.title), 2).addEOL();
    for (const line of summary.lines ?? []) core.summary.addRaw(`${line.source}\n\n`);
    for (const table of summary.tables ?? []) {
      core.summary
        .addTable([
          table.header.map((data) => ({ data: htmlText(data), header: true })),
          ...table.rows.map((row) => row.map((cell) => htmlText(String(cell)))),
        ])
        .addEOL();
    }
    if (summary.details) {
      // JSON.stringify escapes every line break inside strings, so no line of it can close the fence.
      const json = JSON.stringify(summary.details.json, null, 2);
      core.summary.addDetails(htmlText(summary.details.label), `\n\n\`\`\`json\n${json}\n\`\`\`\n\n`);
    }
    await core.summary.write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}
