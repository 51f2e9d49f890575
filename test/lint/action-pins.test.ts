// Every `uses:` in our own workflows and in the examples users copy either runs code from this
// repository or is pinned by a full commit SHA with its version in a comment: a tag can be moved
// to other code (trivy-action, March 2026), a commit cannot. The examples may also use the
// documented `org/image-actions/<action>@v1`, and show at least once how to pin us by SHA.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { isScalar, parseDocument, visit } from "yaml";
import { ACTIONS } from "../../scripts/actions-list.ts";
import { repoRoot } from "../support/tools.ts";

type Place = "workflows" | "examples";

interface Use {
  file: string;
  line: number;
  ref: string;
  /** The comment after the value, `# v1.2.3` → "v1.2.3". */
  comment: string;
}

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+(\.\d+){0,2}\b/;
const OURS = /^org\/image-actions\/([a-z-]+)@(.+)$/;

/** Why this `uses:` is not acceptable in this place, or undefined when it is. */
export function pinProblem(use: Pick<Use, "ref" | "comment">, place: Place): string | undefined {
  const { ref, comment } = use;
  if (ref.startsWith("./")) return undefined;
  if (ref.startsWith("docker://")) {
    return /@sha256:[0-9a-f]{64}$/.test(ref) ? undefined : "a docker:// image must be pinned by @sha256 digest";
  }
  const ours = OURS.exec(ref);
  if (ours) {
    const [, action = "", version = ""] = ours;
    if (!(ACTIONS as readonly string[]).includes(action)) return `org/image-actions has no action "${action}"`;
    if (version === "v1") {
      return place === "examples" ? undefined : "our own actions are used as ./<action> in this repository";
    }
  }
  const at = ref.lastIndexOf("@");
  if (at <= 0) return "no @<commit SHA>";
  const version = ref.slice(at + 1);
  if (!SHA.test(version)) return `pinned to "${version}", not a full 40-hex (lower-case) commit SHA`;
  if (!VERSION_COMMENT.test(comment)) return "no version comment after the SHA (`# vX.Y.Z`)";
  return undefined;
}

/** Every `uses:` of a workflow file (steps and reusable-workflow jobs), with its line and comment. */
export function usesOf(file: string, text: string): Use[] {
  const doc = parseDocument(text);
  const [error] = doc.errors;
  if (error) throw new Error(`${file}: ${error.message}`);
  const found: Use[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "uses" || !isScalar(pair.value)) return;
      const offset = pair.value.range?.[0] ?? 0;
      found.push({
        file,
        line: text.slice(0, offset).split("\n").length,
        ref: String(pair.value.value),
        comment: (pair.value.comment ?? "").trim(),
      });
    },
  });
  return found;
}

async function workflowUses(dir: string): Promise<Use[]> {
  const abs = join(repoRoot, dir);
  const files = existsSync(abs) ? (await readdir(abs)).filter((file) => /\.ya?ml$/.test(file)).sort() : [];
  const all: Use[] = [];
  for (const file of files) all.push(...usesOf(join(dir, file), await readFile(join(abs, file), "utf8")));
  return all;
}

function problems(uses: Use[], place: Place): string[] {
  return uses.flatMap((use) => {
    const problem = pinProblem(use, place);
    return problem ? [`${use.file}:${use.line}: uses: ${use.ref} — ${problem}`] : [];
  });
}

describe("action pins", () => {
  it("the check itself: what it accepts and refuses", () => {
    const sha = "8e8c483db84b4bee98b60c0593521ed34d9990e8";
    const cases: [string, string, Place, boolean][] = [
      [`actions/checkout@${sha}`, "v6.0.1", "workflows", true],
      [`actions/checkout@${sha}`, "", "workflows", false],
      ["actions/checkout@v6", "", "workflows", false],
      ["actions/checkout@v6.0.1", "", "workflows", false],
      ["actions/checkout@main", "", "workflows", false],
      ["actions/checkout@8e8c483", "v6.0.1", "workflows", false],
      [`actions/checkout@${sha.toUpperCase()}`, "v6.0.1", "workflows", false],
      [`github/codeql-action/upload-sarif@${sha}`, "v3.29.0", "examples", true],
      ["./promote", "", "workflows", true],
      ["org/image-actions/promote@v1", "", "examples", true],
      ["org/image-actions/promote@v1", "", "workflows", false],
      ["org/image-actions/promote@v1.2.3", "", "examples", false],
      ["org/image-actions/no-such-action@v1", "", "examples", false],
      [`org/image-actions/promote@${sha}`, "v1.2.3", "examples", true],
      [`docker://alpine@sha256:${"a".repeat(64)}`, "", "workflows", true],
      ["docker://alpine:3.20", "", "workflows", false],
    ];
    for (const [ref, comment, place, ok] of cases) {
      assert.equal(pinProblem({ ref, comment }, place) === undefined, ok, `${ref} # ${comment} in ${place}`);
    }
  });

  it("reads uses: with its line and version comment from the YAML", () => {
    const text = [
      "jobs:",
      "  a:",
      "    steps:",
      "      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1",
      "      - name: x",
      "        uses: org/image-actions/sign@v1",
      "  b:",
      "    uses: org/shared/.github/workflows/w.yml@main",
    ].join("\n");
    assert.deepEqual(
      usesOf("w.yml", text).map(({ line, ref, comment }) => [line, ref, comment]),
      [
        [4, "actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8", "v6.0.1"],
        [6, "org/image-actions/sign@v1", ""],
        [8, "org/shared/.github/workflows/w.yml@main", ""],
      ],
    );
  });

  it("every uses: in .github/workflows/ is local or pinned by commit SHA with its version", async () => {
    const uses = await workflowUses(".github/workflows");
    assert.ok(uses.length > 0, "the repository's workflows use actions");
    assert.deepEqual(problems(uses, "workflows"), []);
    for (const use of uses.filter((u) => u.ref.startsWith("./"))) {
      const dir = join(repoRoot, use.ref.replace(/@.*$/, ""));
      assert.ok(existsSync(join(dir, "action.yml")), `${use.file}:${use.line}: ${use.ref} has no action.yml`);
    }
  });

  it("every uses: in workflows-examples/ is ours (@v1 or by SHA) or pinned by commit SHA with its version", async () => {
    const uses = await workflowUses("workflows-examples");
    assert.ok(uses.length > 0, "the examples use actions");
    assert.deepEqual(problems(uses, "examples"), []);
  });

  it("the examples show how to pin image-actions itself by commit SHA", async () => {
    const uses = await workflowUses("workflows-examples");
    const pinned = uses.filter((use) => {
      const ours = OURS.exec(use.ref);
      return ours !== null && SHA.test(ours[2] ?? "") && /^v\d+\.\d+\.\d+$/.test(use.comment);
    });
    assert.ok(
      pinned.length > 0,
      "no example uses org/image-actions/<action>@<40-hex SHA> # vX.Y.Z (the README's recommended pin)",
    );
  });
});
