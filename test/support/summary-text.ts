/**
 * A job summary as GitHub shows it. Summaries escape outside text for Markdown (`sha256\:…`,
 * `&lt;`), so a test that looks for a value, or sweeps for a leaked secret, reads the rendered text,
 * not the raw Markdown: rendered by micromark (CommonMark + GFM, raw HTML let through as GitHub's
 * sanitiser lets its tables and links through), tags dropped, entities decoded.
 */
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

export function renderSummary(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The summary's text: what a reader of the rendered page sees, tags removed and entities decoded. */
export function summaryText(markdown: string): string {
  return renderSummary(markdown)
    .replace(/<[^>]*>/g, "")
    .replace(
      /&(quot|lt|gt|#39|amp);/g,
      (_, name: string) => ({ quot: '"', lt: "<", gt: ">", "#39": "'", amp: "&" })[name] ?? "",
    );
}
