/**
 * A node:test reporter that prints the slowest tests and test files once the run ends, so that a
 * test that grows slow shows up in every run's log (the warm test command has a time budget).
 * Used beside the spec reporter by scripts/test.sh.
 */
import { relative } from "node:path";

interface TestEvent {
  type: string;
  data: { name: string; file?: string; nesting: number; details?: { duration_ms?: number; type?: string } };
}

const SHOWN = 20;

export default async function* slowestTests(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const tests: Array<{ name: string; file: string; ms: number }> = [];
  const files = new Map<string, number>();
  for await (const event of source) {
    if (event.type !== "test:pass" && event.type !== "test:fail") continue;
    const { name, file, nesting, details } = event.data;
    const ms = details?.duration_ms ?? 0;
    const where = file ? relative(process.cwd(), file) : "?";
    // Top-level entries are a file's suites (or its lone tests): summed per file.
    if (nesting === 0) files.set(where, (files.get(where) ?? 0) + ms);
    if (details?.type !== "suite") tests.push({ name, file: where, ms });
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
  yield `\nSlowest test files:\n`;
  for (const [file, ms] of [...files].sort((a, b) => b[1] - a[1]).slice(0, SHOWN)) yield `${seconds(ms)}  ${file}\n`;
  yield `Slowest tests:\n`;
  for (const test of tests.sort((a, b) => b.ms - a.ms).slice(0, SHOWN))
    yield `${seconds(test.ms)}  ${test.file}: ${test.name}\n`;
}
