// The README's main job (scripts/demo.ts, which scripts/demo.sh runs after set-up) must keep
// working: it exits 0 only when every step went as the pipeline promises, and it shows the build,
// the scan's SLA table and failing gate, the promote summary, the rescan, the nightly no-op and the
// cosign commands a user would run.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { execTool } from "../support/exec.ts";
import { repoRoot } from "../support/tools.ts";

describe("the demo (main job)", () => {
  it("runs the pipeline end to end and every step goes as expected", async () => {
    const result = await execTool(process.execPath, [join(repoRoot, "scripts", "demo.ts")], { cwd: repoRoot });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /NOT AS EXPECTED/);
    assert.match(result.stdout, /== promote \(dry run\) ==/);
    assert.match(result.stdout, /== build-distroless ==/);
    assert.match(result.stdout, /gate failed as it should, after uploading 2 SARIF run\(s\): fail-on CRITICAL,HIGH/);
    assert.match(result.stdout, /CVE-2099-0001 \| HIGH \| libc6 \|.*\*\*overdue\*\*/);
    assert.match(result.stdout, /org\/app:1\.0\.0 \| 1\.0\.0: written \| — \| copied \| \d+ \/ 0 \|/);
    assert.match(result.stdout, /org\/app:1\.0\.0 → trivy\/\S+\/org\/app:1; 2 SARIF upload\(s\)/);
    assert.match(result.stdout, /equal to the published 1\.0\.0; stop with a notice/);
    assert.match(result.stdout, /cosign verify --key release\.pub: OK/);
    assert.match(result.stdout, /promote another candidate to the same release tag\n {2}refused, nothing written/);
    assert.match(result.stdout, /cosign verify --key release\.pub --insecure-ignore-tlog=true \S+\/org\/app:1\.0\.0/);
  });
});
