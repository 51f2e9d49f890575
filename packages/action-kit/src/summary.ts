import * as core from "@actions/core";

export type SummaryRow = Array<string | number | boolean>;

export interface SummaryTable {
  header: string[];
  rows: SummaryRow[];
}

export interface JobSummary {
  title: string;
  /** Short paragraphs shown under the title. */
  lines?: string[];
  tables?: SummaryTable[];
  /** Machine-readable detail, shown folded. */
  details?: { label: string; json: unknown };
}

/**
 * Write the job summary. A failure to write it is a warning, not a failed step: the work is done.
 */
export async function writeJobSummary(summary: JobSummary): Promise<void> {
  try {
    core.summary.addHeading(summary.title, 2);
    for (const line of summary.lines ?? []) core.summary.addRaw(`${line}\n\n`);
    for (const table of summary.tables ?? []) {
      // @actions/core puts cells into an HTML table as they are; cells carry outside text (a
      // registry's error message), which must not become markup.
      core.summary.addTable([
        table.header.map((data) => ({ data: escapeHtml(data), header: true })),
        ...table.rows.map((row) => row.map((cell) => escapeHtml(String(cell)))),
      ]);
    }
    if (summary.details) {
      const json = JSON.stringify(summary.details.json, null, 2);
      core.summary.addDetails(summary.details.label, `\n\n\`\`\`json\n${json}\n\`\`\`\n\n`);
    }
    await core.summary.write();
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
