// zizmor, the GitHub Actions security linter (pinned in test/support/tools.sh, run --offline), finds
// nothing at medium severity or above in this repository's workflows (.github/workflows/) or in the
// example workflows users copy (workflows-examples/), with the repository's zizmor.yml; each finding
// is printed on one line. It also proves the check can fail: workflows with the faults zizmor found
// here before (a checkout that persists the token, an action by tag, a workflow_run trigger, a cache
// restored on a tag push, ${{ }} inside a run: script) are reported through the same zizmor.yml, and
// zizmor.yml itself suppresses nothing without saying why.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { execTool } from "../support/exec.ts";
import { repoRoot, toolPath } from "../support/tools.ts";

const CONFIG = join(repoRoot, "zizmor.yml");
const AUDITED = [".github/workflows", "workflows-examples"];

/** The part of zizmor's JSON (v1) output a finding line needs. */
interface Finding {
  ident: string;
  desc: string;
  determinations: { severity: string; confidence: string };
  ignored: boolean;
  locations: Array<{
    symbolic: { key: { Local?: { verbatim_path?: string } }; annotation: string; kind: string };
    concrete: { location: { start_point: { row: number; column: number } } };
  }>;
}

/** `file:line:column [audit] severity/confidence: description (annotation)`, one line. */
function findingLine(finding: Finding): string {
  const primary = finding.locations.find((location) => location.symbolic.kind === "Primary") ?? finding.locations[0];
  const file = primary?.symbolic.key.Local?.verbatim_path ?? "?";
  const point = primary?.concrete.location.start_point;
  const where = point ? `${file}:${point.row + 1}:${point.column + 1}` : file;
  const { severity, confidence } = finding.determinations;
  const annotation = primary?.symbolic.annotation ? ` (${primary.symbolic.annotation})` : "";
  return `${where} [${finding.ident}] ${severity}/${confidence}: ${finding.desc}${annotation}`.replace(/\s+/g, " ");
}

/** zizmor over the given workflow files, offline, with zizmor.yml: the findings it did not suppress. */
async function zizmor(files: string[], cwd: string): Promise<Finding[]> {
  const result = await execTool(
    toolPath("zizmor"),
    [
      "--offline",
      "--config",
      CONFIG,
      "--min-severity",
      "medium",
      "--format",
      "json",
      // A file zizmor cannot parse fails the run instead of being skipped with a warning.
      "--strict-collection",
      ...files,
    ],
    { cwd, env: { ...process.env, NO_COLOR: "1" } },
  );
  // Exit codes: 0 clean, 10-14 findings by highest severity; anything else is zizmor failing.
  assert.ok(result.code === 0 || (result.code >= 10 && result.code <= 14), `zizmor failed: ${result.stderr}`);
  const findings = JSON.parse(result.stdout) as Finding[];
  return findings.filter((finding) => !finding.ignored);
}

async function workflowFiles(dir: string): Promise<string[]> {
  const abs = join(repoRoot, dir);
  const names = existsSync(abs) ? await readdir(abs) : [];
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

const HOSTILE_WORKFLOWS: Record<string, string> = {
  // What mirror.yml was: a workflow_run trigger, and the triggering run's data in a script.
  "after-release.yml": `name: after-release
on:
  workflow_run:
    workflows: [release]
    types: [completed]
permissions:
  contents: read
jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - run: echo "mirroring \${{ github.event.workflow_run.head_branch }}"
      - uses: org/image-actions/mirror@v1
        with:
          source: registry.example/org/app:latest
          destinations: mirror.example/org/app:latest
`,
  // What build.yml's gate was: the token persisted by checkout, a cache restored by prefix on a tag.
  "tag-gate.yml": `name: tag-gate
on:
  push:
    tags: ["v*.*.*"]
permissions:
  contents: read
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
      - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5
        with:
          path: .trivy-cache
          key: trivy-\${{ github.run_id }}
          restore-keys: trivy-
      - run: make test
`,
};

describe("zizmor", () => {
  it("finds nothing at medium or above in .github/workflows/ and workflows-examples/", async (t) => {
    const files = (await Promise.all(AUDITED.map(workflowFiles))).flat();
    assert.ok(files.includes(".github/workflows/release.yml"), "the repository's workflows are audited");
    assert.ok(files.includes("workflows-examples/release.yml"), "the examples are audited");
    const lines = (await zizmor(files, repoRoot)).map(findingLine);
    for (const line of lines) t.diagnostic(line);
    assert.deepEqual(
      lines,
      [],
      `zizmor findings (fix them, or suppress in zizmor.yml with a reason):\n${lines.join("\n")}`,
    );
  });

  it("really audits: the faults it found here before are reported, one line each", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ia-zizmor-"));
    for (const [name, text] of Object.entries(HOSTILE_WORKFLOWS)) await writeFile(join(dir, name), text);
    const findings = await zizmor(Object.keys(HOSTILE_WORKFLOWS), dir);
    const audits = new Set(findings.map((finding) => finding.ident));
    for (const audit of [
      "dangerous-triggers",
      "template-injection",
      "unpinned-uses",
      "artipacked",
      "cache-poisoning",
    ]) {
      assert.ok(audits.has(audit), `${audit} not reported; got:\n${findings.map(findingLine).join("\n")}`);
    }
    for (const line of findings.map(findingLine)) {
      assert.match(line, /^(after-release|tag-gate)\.yml:\d+:\d+ \[[a-z-]+\] (Medium|High)\/\w+: \S/);
    }
  });

  it("zizmor.yml suppresses nothing without a reason, and only lines that exist", async () => {
    const text = await readFile(CONFIG, "utf8");
    const document = parseDocument(text);
    assert.deepEqual(document.errors, []);
    const rules = document.get("rules");
    assert.ok(isMap(rules), "zizmor.yml has rules");
    const problems: string[] = [];
    for (const rule of rules.items) {
      const ignore = isMap(rule.value) ? rule.value.get("ignore", true) : undefined;
      if (ignore === undefined) continue;
      if (!isSeq(ignore)) {
        problems.push(`${String(rule.key)}: ignore is not a list`);
        continue;
      }
      for (const [index, entry] of ignore.items.entries()) {
        const value = isScalar(entry) ? String(entry.value) : "";
        // The reason is a comment above the entry (or above the list, for its first entry).
        const reason = (isScalar(entry) ? entry.commentBefore : undefined) ?? (index === 0 ? ignore.commentBefore : "");
        if (!reason?.trim()) problems.push(`${String(rule.key)}: ${value} has no comment saying why`);
        const [, file, line] = /^([^:]+\.ya?ml)(?::(\d+))?(?::\d+)?$/.exec(value) ?? [];
        const path = AUDITED.map((dir) => join(repoRoot, dir, file ?? "")).find((candidate) => existsSync(candidate));
        if (!file || !path) {
          problems.push(`${String(rule.key)}: ${value} names no audited workflow`);
        } else if (line && Number(line) > (await readFile(path, "utf8")).split("\n").length) {
          problems.push(`${String(rule.key)}: ${value} is past the end of ${file}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
