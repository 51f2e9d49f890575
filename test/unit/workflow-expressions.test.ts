// The test workflow runner's expressions evaluate as GitHub documents them — operands from && and
// ||, loose comparisons through numbers, case-insensitive strings and lookups, the functions our
// workflows use — and anything else is refused by name instead of evaluating to something.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  type EvaluationScope,
  evaluateCondition,
  evaluateExpression,
  evaluateTemplate,
  interpolate,
  strict,
  UnsupportedExpression,
  type Value,
} from "../support/workflow-expressions.ts";

const scope: EvaluationScope = {
  contexts: {
    github: { event_name: "workflow_dispatch", ref: "refs/tags/v1.2.3", event: { inputs: { flag: "true" } } },
    steps: strict(
      {
        scan: { outputs: { failed: "true", results: '[{"major":"3"},{"major":"2"}]' }, outcome: "success" },
        later: null,
      },
      "the steps of job 'test'",
    ),
    needs: { list: { result: "success", outputs: { versions: '["3.1.0","2.9.4"]', empty: "" } } },
    matrix: { version: "3.1.0", major: 3 },
    inputs: { version: "1.2.3", dry: false },
    vars: strict({ REGION: "eu-west-1" }, "vars given by the test"),
    env: { LEVEL: "step" },
  },
};

const value = (source: string): Value => evaluateExpression(source, scope);

describe("workflow expressions", () => {
  it("evaluates literals, lookups, operators and functions as GitHub does", () => {
    const cases: Array<[string, Value]> = [
      ["'it''s'", "it's"],
      ["0x10", 16],
      ["-2.5e1", -25],
      ["null", null],
      ["steps.scan.outputs.failed", "true"],
      ["steps.scan.outputs.failed == 'TRUE'", true], // strings compare ignoring case
      ["STEPS.Scan.Outputs.FAILED", "true"], // and lookups too
      ["steps.scan.outputs['failed']", "true"],
      ["steps.scan.outputs.missing", null],
      ["steps.later.outputs.anything", null], // a step that has not run yet
      ["needs.list.outputs.empty != ''", false],
      ["needs.list.outputs.versions != ''", true],
      ["needs.list.result == 'success' && matrix.version", "3.1.0"], // && returns an operand
      ["inputs.version || 'latest'", "1.2.3"],
      ["needs.list.outputs.empty || 'latest'", "latest"],
      ["!inputs.dry", true],
      ["matrix.major == '3'", true], // different types compare as numbers
      ["matrix.major > 2 && matrix.major <= 3", true],
      ["'' == 0", true],
      ["null == false", true],
      ["'abc' < 'ABD'", true],
      ["!(github.event_name == 'schedule' || inputs.dry)", true],
      ["fromJSON(needs.list.outputs.versions)[1]", "2.9.4"],
      ["fromJson(steps.scan.outputs.results).*.major", ["3", "2"]],
      ["contains(fromJSON(needs.list.outputs.versions), '2.9.4')", true],
      ["contains(github.ref, 'TAGS')", true],
      ["startsWith(github.ref, 'refs/tags/v')", true],
      ["endsWith(github.ref, '.3')", true],
      ["format('{0}:{1} {{literal}}', 'app', matrix.version)", "app:3.1.0 {literal}"],
      ["join(fromJSON(needs.list.outputs.versions), ' ')", "3.1.0 2.9.4"],
      ["join('one')", "one"],
      ["toJSON(matrix)", '{\n  "version": "3.1.0",\n  "major": 3\n}'],
      ["fromJSON('{\"a\":[1,true]}')", { a: [1, true] }],
      ["github.event.inputs.flag == 'true'", true],
      ["vars.REGION", "eu-west-1"],
      ["env.UNSET", null],
    ];
    for (const [source, expected] of cases) assert.deepEqual(value(source), expected, source);
  });

  it("keeps the type of a value that is one whole expression, and makes text of the rest", () => {
    assert.deepEqual(evaluateTemplate(`\${{ fromJSON(needs.list.outputs.versions) }}`, scope), ["3.1.0", "2.9.4"]);
    assert.equal(evaluateTemplate(`v\${{ matrix.major }}`, scope), "v3");
    assert.equal(interpolate(`app:\${{ matrix.version }}-\${{ inputs.dry }}`, scope), "app:3.1.0-false");
    assert.equal(interpolate(`echo '}}' \${{ format('{0}}}', 'x') }}`, scope), "echo '}}' x}");
    assert.equal(interpolate("no expressions", scope), "no expressions");
  });

  it("applies success() to an if: without a status function, and honours the status functions", () => {
    const failing: EvaluationScope = { ...scope, status: { success: false, failure: true } };
    const cases: Array<[string, EvaluationScope, boolean]> = [
      ["steps.scan.outputs.failed == 'true'", scope, true],
      ["steps.scan.outputs.failed == 'true'", failing, false],
      [`\${{ steps.scan.outputs.failed == 'true' }}`, scope, true],
      ["always()", failing, true],
      ["failure()", failing, true],
      ["failure() && steps.scan.outputs.failed == 'true'", failing, true],
      ["success()", failing, false],
      ["!cancelled()", failing, true],
      ["cancelled()", scope, false],
      ["needs.list.outputs.empty != ''", scope, false],
    ];
    for (const [source, where, expected] of cases) assert.equal(evaluateCondition(source, where), expected, source);
    assert.equal(evaluateCondition(true, scope), true);
  });

  it("refuses what it does not support, naming the expression and the reason", () => {
    const cases: Array<[string, RegExp]> = [
      ["hashFiles('**/go.sum')", /hashFiles\(\) is not supported/],
      ["secrets.TOKEN", /'secrets' context is not available here/],
      ["foo.bar", /'foo' is not a context/],
      ["steps.scna.outputs.failed", /the steps of job 'test' has no 'scna' \(it has: scan, later\)/],
      ["matrix.version + 1", /unexpected character '\+'/],
      ["matrix.version == ", /unexpected end of expression/],
      ["success()", /success\(\) can only be used in 'if:'/],
      ["fromJSON('not json')", /fromJSON\(\) of text that is not JSON/],
      ["format('{1}', 'a')", /bad or missing argument reference/],
      ["'unterminated", /unterminated string literal/],
    ];
    for (const [source, reason] of cases) {
      assert.throws(
        () => value(source),
        (error: unknown) =>
          error instanceof UnsupportedExpression && error.expression === source.trim() && reason.test(error.message),
        source,
      );
    }
    assert.throws(() => interpolate(`\${{ matrix }}`, scope), /use toJSON\(\)/);
    assert.throws(() => interpolate(`\${{ matrix.version`, scope), /no closing '}}'/);
    assert.throws(() => evaluateCondition(`x \${{ always() }}`, scope), /always true on GitHub/);
    const placed = new UnsupportedExpression("a", "b").at("release.yml, job 'x', step 'y'");
    assert.match(placed.message, /^release\.yml, job 'x', step 'y': unsupported expression `a`: b$/);
  });
});
