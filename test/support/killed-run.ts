/**
 * Kills an action mid-run the way a cancelled job or a lost runner would: SIGKILL, once the request
 * a fault proxy holds (a `hang` rule) has arrived and nothing else has happened for 300 ms, so all
 * the work the run could do before the held request is done.
 */
import assert from "node:assert/strict";
import { type ActionRun, type ActionRunOptions, runAction } from "./action-runner.ts";
import type { FaultProxy } from "./fault-proxy.ts";

export async function runKilledAtHeldRequest(
  proxy: FaultProxy,
  action: string,
  inputs: Record<string, string>,
  options: Omit<ActionRunOptions, "signal"> = {},
  deadlineMs = 20_000,
): Promise<ActionRun> {
  const abort = new AbortController();
  const first = proxy.requests.length;
  const running = runAction(action, inputs, { ...options, signal: abort.signal });
  const deadline = Date.now() + deadlineMs;
  let seen = -1;
  let quietSince = Date.now();
  for (;;) {
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 20));
    if (proxy.requests.length !== seen) {
      seen = proxy.requests.length;
      quietSince = Date.now();
    }
    const held = proxy.requests.slice(first).some((request) => request.fault === "hang");
    if ((held && Date.now() - quietSince > 300) || Date.now() > deadline) break;
  }
  abort.abort();
  const run = await running;
  assert.ok(
    proxy.requests.slice(first).some((request) => request.fault === "hang"),
    `the held request arrived\n${run.stdout}`,
  );
  assert.equal(run.exitCode, 137, "the run was killed, not finished");
  return run;
}
