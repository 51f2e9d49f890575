// Job summaries show what outsiders said as text (issue 23, item 4). Every way outside text reaches
// a summary (title, lines with text and code spans, table headers and cells, the details label and
// JSON) is rendered by a real CommonMark + GFM renderer (micromark, with raw HTML let through as
// GitHub's sanitiser lets <img> and <a> through): 9 hostile values (a forged "Gate: passed"
// paragraph, an <img>, Markdown images and links, bare URLs, a Markdown table, fences, C1 and
// Unicode line separators) show no image, no link, no forged paragraph, and any generated text reads
// back exactly (fast-check). trivy-scan's summary with a hostile DB source and date, or hostile
// compare-with findings and image names, forges nothing;
// and a vulnerability DB whose metadata.json carries a hostile UpdatedAt, pulled from a real
// registry by the committed trivy-scan bundle, is "updated unknown" to the action, with nothing of
// the value in its log or summary.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { code, md, writeJobSummary } from "@image-actions/action-kit";
import fc from "fast-check";
import { scanSummary } from "../../actions/trivy-scan/summary.ts";
import type { SarifLog } from "../../packages/scan/src/sarif.ts";
import { findingDelta } from "../../packages/scan/src/scan-delta.ts";
import { countFindings, DEFAULT_SLA } from "../../packages/scan/src/sla.ts";
import { runAction } from "../support/action-runner.ts";
import { pushImage } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";
import { finding, target } from "../support/scan-findings.ts";
import { renderSummary } from "../support/summary-text.ts";
import { toolPath } from "../support/tools.ts";
import { buildTrivyDb, pushTrivyDb, type TrivyDb } from "../support/trivy-db.ts";

/** What a hostile artifact or registry would put into a value we show. */
const HOSTILE_VALUES = [
  "2024-01-01T00:00:00Z).\n\nGate: passed — no fixable finding at CRITICAL, HIGH.\n\n<img src=https://evil.example/i.png>",
  '<img src="https://evil.example/pixel.png" onerror="alert(1)">',
  "[click me](https://evil.example/phish) ![tracker](https://evil.example/t.png)",
  "https://evil.example/bare www.evil.example user@evil.example <https://evil.example/auto>",
  "x\r\n\r\n# Gate: passed\r\n\r\n| a | b |\n|---|---|\n| c | d |",
  "``` \n```\n<img src=x>\n```",
  "`a` ``b`` <a href=https://evil.example>link</a> &lt;img src=x&gt; &#60;img&#62;",
  "\u0085\u2028\u2029Gate: passed\u2028<img src=x>",
  "*emphasis* __strong__ ~~gone~~ [^1] [ ] [x] > quote - item 1. item",
];

/** What the rendered summary must not hold: an image, a link, a forged gate paragraph or heading. */
function forgeries(html: string): string[] {
  const found: string[] = [];
  if (/<img\b/i.test(html)) found.push("an <img>");
  if (/<a\b/i.test(html)) found.push("a link");
  if (/<(p|h\d)>\s*Gate: passed/.test(html)) found.push("a forged 'Gate: passed'");
  if (/<h1>/.test(html)) found.push("a heading of the value's own");
  if (/<table>\s*<thead>/.test(html)) found.push("a Markdown table of the value's own");
  return found;
}

/** micromark's entity encoding undone: the text a reader sees. */
function decode(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The value as one line: summaries flatten line breaks and controls to spaces. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls are what is flattened.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
}

/**
 * One summary file for the process: @actions/core resolves GITHUB_STEP_SUMMARY once and appends,
 * so it is emptied before each write and read after it.
 */
const summaryFile = join(await mkdtemp(join(tmpdir(), "ia-summary-")), "summary.md");
process.env.GITHUB_STEP_SUMMARY = summaryFile;

async function summaryOf(write: () => Promise<void>): Promise<string> {
  await writeFile(summaryFile, "");
  await write();
  const markdown = await readFile(summaryFile, "utf8");
  // writeJobSummary only warns when it cannot write: an empty file would prove nothing.
  assert.match(markdown, /<h2>/, "the summary was written");
  return markdown;
}

describe("job summaries render outside text as text", () => {
  it("every part of a summary: no image, link, forged paragraph or table from any hostile value", async () => {
    for (const value of HOSTILE_VALUES) {
      const markdown = await summaryOf(() =>
        writeJobSummary({
          title: `mirror ${value}`,
          lines: [md`Built ${code(value)} from ${value}.`, md`**Plan, nothing written.** ${value}`],
          tables: [{ header: ["destination", value], rows: [[value, `failed: ${value}`]] }],
          details: { label: value, json: { error: value } },
        }),
      );
      const html = renderSummary(markdown);
      assert.deepEqual(forgeries(html), [], `${JSON.stringify(value)} rendered as:\n${html}`);
      const firstWord = oneLine(value).trim().split(" ")[0] as string;
      assert.ok(decode(html).includes(firstWord), `${JSON.stringify(firstWord)} is still shown:\n${html}`);
    }
  });

  it("trivy-scan's summary: a DB source and date that got past their parsers still forge nothing", async () => {
    for (const updatedAt of HOSTILE_VALUES) {
      const summary = scanSummary([], {
        now: new Date(),
        // The gate is off: any "Gate: passed" paragraph is forged.
        failOn: [],
        db: {
          cacheDir: "/tmp/cache",
          source: `registry.example/aquasec/trivy-db:2 ${updatedAt}`,
          downloaded: true,
          metadata: { version: 2, nextUpdate: "2099-01-01T00:00:00Z", updatedAt },
          skipped: [],
        },
        trivyVersion: "0.74.0",
      });
      const html = renderSummary(await summaryOf(() => writeJobSummary(summary)));
      assert.deepEqual(forgeries(html), [], html);
    }
  });

  it("trivy-scan's compare-with tables: hostile findings and image names forge nothing", async () => {
    for (const value of HOSTILE_VALUES) {
      const delta = findingDelta(
        [finding({ vulnerabilityId: value, packageName: value, installedVersion: value })],
        [finding({ vulnerabilityId: `${value}2`, packageName: value, fixedVersion: value })],
      );
      const summary = scanSummary(
        [
          {
            target: target({ repository: value, platform: value }),
            findings: [],
            counts: countFindings([], DEFAULT_SLA, new Date()),
            gate: [],
            sarifPath: value,
            sarif: { version: "2.1.0", runs: [] } as unknown as SarifLog,
            toolVersion: "0.74.0",
            comparison: { platform: value, delta },
          },
        ],
        {
          now: new Date(),
          failOn: [],
          db: {
            cacheDir: "/tmp/cache",
            source: "db",
            downloaded: true,
            metadata: { version: 2, nextUpdate: "" },
            skipped: [],
          },
          trivyVersion: "0.74.0",
          compareWith: value,
        },
      );
      const html = renderSummary(await summaryOf(() => writeJobSummary(summary)));
      assert.deepEqual(forgeries(html), [], html);
      assert.ok(decode(html).includes(oneLine(value).trim().split(" ")[0] as string), html);
    }
  });

  it("any text interpolated into a line reads back exactly, as one paragraph of text (fast-check)", () => {
    const text = fc.string({ unit: "binary", maxLength: 60 });
    const markdownish = fc
      .array(
        fc.oneof(
          text,
          fc.constantFrom(..."`*_[]()!<>&#|~\\:.@-=+\"' \n\r\t\u0085\u2028"),
          fc.constantFrom("www.", "https://", "<img ", "](", "![", "&amp;", "```", "\n\n", "    "),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(markdownish, (value) => {
        const html = renderSummary(md`a ${value} b`.source);
        const paragraph = /^<p>a ([\s\S]*) b<\/p>\n?$/.exec(html);
        assert.ok(paragraph, html);
        assert.doesNotMatch(paragraph[1] as string, /</, html);
        assert.equal(decode(paragraph[1] as string), oneLine(value));
      }),
      { numRuns: 1500 },
    );
  });

  it("any text as a code span reads back exactly inside one <code> (fast-check)", () => {
    const value = fc
      .array(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("`", "``", " ", "\n", "<a>")), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) => parts.join(""))
      .filter((joined) => oneLine(joined) !== "");
    fc.assert(
      fc.property(value, (raw) => {
        const html = renderSummary(md`a ${code(raw)} b`.source);
        const span = /^<p>a <code>([\s\S]*)<\/code> b<\/p>\n?$/.exec(html);
        assert.ok(span, html);
        assert.doesNotMatch(span[1] as string, /</, html);
        assert.equal(decode(span[1] as string), oneLine(raw));
      }),
      { numRuns: 1500 },
    );
  });
});

describe("trivy-scan with a hostile vulnerability DB", () => {
  // trivy itself reads metadata.json with Go's strict RFC 3339 time parsing, so a DB whose
  // UpdatedAt is not a date fails the scan in trivy, before any summary; what the action says about
  // the DB on the way there (its log line, the summary if one were written) must not carry the
  // value. The summary's own escaping is proven above, where the value gets that far.
  let registry: TestRegistry;
  let db: TrivyDb;
  let dbRef: string;
  let image: string;
  let work: string;
  const updatedAt = HOSTILE_VALUES[0] as string;

  before(async () => {
    registry = await startRegistry();
    work = await mkdtemp(join(tmpdir(), "ia-hostile-db-"));
    db = await buildTrivyDb();
    const metadata = { ...db.metadata, UpdatedAt: updatedAt };
    await writeFile(join(db.dir, "metadata.json"), JSON.stringify(metadata));
    dbRef = (await pushTrivyDb(registry, "aquasec/trivy-db:2", db.dir)).ref;
    image = (await pushImage(registry, "org/app", "1.0.0")).ref;
  });
  after(async () => {
    await rm(dirname(summaryFile), { recursive: true, force: true });
    await db?.remove();
    await registry?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  const scan = (cacheDir: string) =>
    runAction("trivy-scan", {
      images: image,
      "trivy-path": toolPath("trivy"),
      "db-repositories": dbRef,
      "cache-dir": cacheDir,
      "fail-on": "",
      upload: "false",
    });

  it("pulled from the registry: 'updated unknown', and nothing of the value in the log or the summary", async () => {
    const run = await scan(join(work, "pulled"));
    assert.match(run.stdout, /vulnerability DB from .*\(updated unknown, next update /);
    for (const text of [run.stdout, run.stderr, run.summary])
      assert.doesNotMatch(text, /evil\.example|Gate: passed — no fixable finding at CRITICAL/, text);
    if (run.summary) assert.deepEqual(forgeries(renderSummary(run.summary)), [], run.summary);
  });
});
