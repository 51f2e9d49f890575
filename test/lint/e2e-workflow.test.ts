// .github/workflows/e2e.yml runs the real chain on GitHub's runners, where these tests cannot go. What
// keeps it honest here: every `uses: ./<action>` step in it has a counterpart in workflows-examples/
// (the same action, with at least the same input names), and the examples run end to end in the
// tests (test/e2e/workflows.test.ts) — so each step e2e.yml takes is a step proven locally. A few
// inputs only make sense on GitHub and are allowed by name below, each with its reason. The rest
// checks what the issue asked of the file: the whole chain, least-privilege permissions per job,
// registries pinned by digest, keyless signing only on a push to main, Debian from snapshots only.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { ACTIONS } from "../../scripts/actions-list.ts";
import { repoRoot } from "../support/tools.ts";

const E2E = ".github/workflows/e2e.yml";
const EXAMPLES = "workflows-examples";

/** Inputs e2e.yml may give that no example gives, by action, each with why. Keep it short. */
export const E2E_ONLY_INPUTS: Record<string, Record<string, string>> = {
  "trivy-scan": {
    category:
      "the test category keeps the dogfooding run's alerts apart from real ones; the examples use the default (trivy/<repository>), per platform",
  },
  "verify-base": {
    "certificate-identity":
      "this workflow's own keyless identity exists only on GitHub; the examples verify distroless's identity through `preset: distroless`, which sets exactly this input and the issuer, and test/e2e/keyless.test.ts verifies by identity against Sigstore stand-ins",
    "certificate-oidc-issuer": "with certificate-identity: GitHub's issuer for this workflow's identity",
  },
};

interface Step {
  /** Where it is, for messages: `file job "name"`. */
  where: string;
  job: string;
  action: string;
  inputs: string[];
  with: Record<string, unknown>;
}

interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  services?: Record<string, { image?: string }>;
  steps?: { name?: string; uses?: string; with?: Record<string, unknown> }[];
}

interface Workflow {
  on?: unknown;
  permissions?: Record<string, string> | string;
  jobs?: Record<string, Job>;
}

const LOCAL = /^\.\/([a-z-]+)$/;
const OURS = /^org\/image-actions\/([a-z-]+)@(?:v1|[0-9a-f]{40})$/;

/** Our action steps of a workflow: `./<action>` in e2e.yml, `org/image-actions/<action>@…` in the examples. */
export function actionSteps(file: string, workflow: Workflow, pattern: RegExp): Step[] {
  const steps: Step[] = [];
  for (const [job, body] of Object.entries(workflow.jobs ?? {})) {
    for (const [index, step] of (body.steps ?? []).entries()) {
      const match = pattern.exec(step.uses ?? "");
      if (!match) continue;
      const withs = step.with ?? {};
      steps.push({
        where: `${file} ${job} "${step.name ?? `step ${index + 1}`}"`,
        job,
        action: match[1] ?? "",
        inputs: Object.keys(withs).sort(),
        with: withs,
      });
    }
  }
  return steps;
}

/**
 * For each e2e step, its counterpart among the example steps (same action, a superset of its input
 * names once the allowed e2e-only inputs are set aside); a problem for each step without one.
 */
export function counterpartProblems(
  e2e: Step[],
  examples: Step[],
  allowed: Record<string, Record<string, string>> = E2E_ONLY_INPUTS,
): string[] {
  return e2e.flatMap((step) => {
    const needed = step.inputs.filter((input) => !Object.hasOwn(allowed[step.action] ?? {}, input));
    const candidates = examples.filter((example) => example.action === step.action);
    if (candidates.length === 0) return [`${step.where}: no example uses ${step.action}`];
    const missing = candidates
      .map((example) => ({ example, missing: needed.filter((input) => !example.inputs.includes(input)) }))
      .sort((a, b) => a.missing.length - b.missing.length);
    const [closest] = missing;
    if (!closest || closest.missing.length === 0) return [];
    return [
      `${step.where}: no example step of ${step.action} has the inputs ${needed.join(", ")}; the closest, ${closest.example.where}, lacks ${closest.missing.join(", ")}`,
    ];
  });
}

async function readWorkflow(file: string): Promise<Workflow> {
  return parse(await readFile(join(repoRoot, file), "utf8")) as Workflow;
}

async function exampleSteps(): Promise<Step[]> {
  const files = (await readdir(join(repoRoot, EXAMPLES))).filter((file) => /\.ya?ml$/.test(file)).sort();
  const steps: Step[] = [];
  for (const file of files) {
    steps.push(...actionSteps(`${EXAMPLES}/${file}`, await readWorkflow(`${EXAMPLES}/${file}`), OURS));
  }
  return steps;
}

const permissionsOf = (job: Job): Record<string, string> =>
  typeof job.permissions === "object" && job.permissions !== null ? job.permissions : {};

describe("e2e workflow (.github/workflows/e2e.yml)", () => {
  it("the check itself: a counterpart needs the same action and a superset of the input names", () => {
    const step = (where: string, action: string, inputs: string[]): Step => ({
      where,
      job: "j",
      action,
      inputs,
      with: {},
    });
    const examples = [
      step("ex sign", "sign", ["format", "images", "key", "sbom"]),
      step("ex scan", "trivy-scan", ["cache-dir", "fail-on", "images"]),
    ];
    assert.deepEqual(counterpartProblems([step("e2e sign", "sign", ["images", "key"])], examples, {}), []);
    assert.deepEqual(counterpartProblems([step("e2e sign", "sign", [])], examples, {}), []);
    assert.match(
      counterpartProblems([step("e2e sign", "sign", ["images", "key-password"])], examples, {}).join(),
      /lacks key-password/,
    );
    assert.match(
      counterpartProblems([step("e2e m", "mirror", ["source"])], examples, {}).join(),
      /no example uses mirror/,
    );
    const scan = step("e2e scan", "trivy-scan", ["category", "images"]);
    assert.match(counterpartProblems([scan], examples, {}).join(), /lacks category/);
    assert.deepEqual(counterpartProblems([scan], examples, { "trivy-scan": { category: "why" } }), []);
    // An allowance for one action does not carry over to another.
    assert.match(
      counterpartProblems([step("e2e sign", "sign", ["category", "images"])], examples, {
        "trivy-scan": { category: "why" },
      }).join(),
      /lacks category/,
    );
  });

  it("every ./<action> step has a counterpart in the tested example workflows", async () => {
    const e2e = actionSteps(E2E, await readWorkflow(E2E), LOCAL);
    const examples = await exampleSteps();
    assert.ok(examples.length > 0, "the examples use our actions");
    assert.deepEqual(counterpartProblems(e2e, examples), []);
  });

  it("each allowed e2e-only input is used in e2e.yml and given by no example (no stale allowance)", async () => {
    const e2e = actionSteps(E2E, await readWorkflow(E2E), LOCAL);
    const examples = await exampleSteps();
    for (const [action, inputs] of Object.entries(E2E_ONLY_INPUTS)) {
      for (const input of Object.keys(inputs)) {
        assert.ok(
          e2e.some((step) => step.action === action && step.inputs.includes(input)),
          `${action}'s ${input} is allowed but e2e.yml does not give it`,
        );
        const given = examples.find((step) => step.action === action && step.inputs.includes(input));
        assert.equal(given?.where, undefined, `${action}'s ${input} is in an example: it needs no allowance`);
      }
    }
  });

  it("runs the whole chain: every action, a keyed and a keyless sign, mirror's plan and audit", async () => {
    const e2e = actionSteps(E2E, await readWorkflow(E2E), LOCAL);
    for (const action of ACTIONS) {
      assert.ok(
        e2e.some((step) => step.action === action),
        `e2e.yml uses ./${action}`,
      );
    }
    const signs = e2e.filter((step) => step.action === "sign");
    assert.ok(
      signs.some((step) => step.inputs.includes("key")),
      "a sign step with a key",
    );
    assert.ok(
      signs.some((step) => !step.inputs.includes("key")),
      "a keyless sign step",
    );
    const modes = e2e.filter((step) => step.action === "mirror").map((step) => String(step.with.mode ?? "copy"));
    for (const mode of ["plan", "copy", "audit"]) assert.ok(modes.includes(mode), `mirror runs in ${mode} mode`);
    const scans = e2e.filter((step) => step.action === "trivy-scan");
    assert.ok(
      scans.some((step) => step.with.upload !== false && step.with.upload !== "false" && step.with.category),
      "a scan uploads to Code Scanning under a test category",
    );
  });

  it("least privilege: contents: read by default, id-token only where keyless signing is, security-events only for the scan", async () => {
    const workflow = await readWorkflow(E2E);
    assert.deepEqual(workflow.permissions, { contents: "read" });
    const steps = actionSteps(E2E, workflow, LOCAL);
    for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
      const permissions = permissionsOf(job);
      assert.ok(job.permissions !== undefined, `job ${name} states its permissions`);
      const mine = steps.filter((step) => step.job === name);
      const keyless = mine.some((step) => step.action === "sign" && !step.inputs.includes("key"));
      const uploads = mine.some((step) => step.action === "trivy-scan" && step.with.upload !== false);
      const expected: Record<string, string> = { contents: "read" };
      if (keyless) expected["id-token"] = "write";
      if (uploads) expected["security-events"] = "write";
      assert.deepEqual(permissions, expected, `job ${name}'s permissions`);
      if (keyless) {
        assert.match(job.if ?? "", /github\.event_name == 'push'/, `job ${name} signs keyless only on push`);
        assert.match(job.if ?? "", /github\.ref == 'refs\/heads\/main'/, `job ${name} signs keyless only on main`);
      }
    }
  });

  it("service registries are CNCF distribution pinned by digest", async () => {
    const workflow = await readWorkflow(E2E);
    const images = Object.values(workflow.jobs ?? {}).flatMap((job) =>
      Object.values(job.services ?? {}).map((service) => service.image ?? ""),
    );
    assert.ok(images.length >= 2, "an internal and a public registry");
    for (const image of images) assert.match(image, /^registry:3\.\d+\.\d+@sha256:[0-9a-f]{64}$/);
  });

  it("Debian comes from snapshot.debian.org and from no other archive host", async () => {
    const text = await readFile(join(repoRoot, E2E), "utf8");
    const urls = [...text.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((match) => match[0]);
    const debian = urls.filter((url) => /debian/i.test(url) && !url.startsWith("https://snapshot.debian.org/"));
    assert.deepEqual(debian, []);
    assert.ok(
      urls.some((url) => url.startsWith("https://snapshot.debian.org/archive/")),
      "snapshot URLs are used",
    );
  });
});
