/**
 * Where a warm no-op copy's time goes on a slow network: for ours, crane and regctl, when each
 * connection to the source, the destination and the destination's token service was opened, when
 * its first bytes went out, relative to the process's spawn; and how many one-way delays the whole
 * copy took. Same world as net-bench.ts (TLS, bearer auth, latency proxies), one delay.
 *
 *   node bench/net-timeline.ts [--latency 40] [--runs 3]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { execTool } from "../test/support/exec.ts";
import { pushIndex } from "../test/support/images.ts";
import type { LatencyProxy } from "./latency-proxy.ts";
import { copyCommand, startSourceAndDestination, type Tool } from "./net-setup.ts";

const { values } = parseArgs({
  options: { latency: { type: "string", default: "40" }, runs: { type: "string", default: "3" } },
});
const delay = Number(values.latency);
const runs = Number(values.runs);

const work = await mkdtemp(join(tmpdir(), "ia-net-timeline-"));
const world = await startSourceAndDestination(work);
try {
  const { source, destination, environment } = world;
  await pushIndex(source.registry, "bench/app", "v1", { layers: [4096, 4096] });
  const sourceRef = `${source.host}/bench/app:v1`;
  const roles: Array<[string, LatencyProxy]> = [
    ["source", source.proxies[0] as LatencyProxy],
    ["destination", destination.proxies[0] as LatencyProxy],
    ["token", destination.proxies[1] as LatencyProxy],
  ];
  const tools: Tool[] = ["image-actions", "crane", "regctl"];
  for (const tool of tools) {
    const [command, args, extra] = copyCommand(
      tool,
      sourceRef,
      [`${destination.host}/timeline/${tool}:v1`],
      environment,
    );
    const env = { ...environment.env, ...extra };
    const first = await execTool(command, args, { env });
    if (first.code !== 0) throw new Error(`${tool}: ${first.stderr.slice(-1000)}`);
    for (const [, proxy] of roles) proxy.setDelay(delay);
    for (let run = 0; run < runs; run++) {
      const marks = roles.map(([, proxy]) => proxy.connectionLog.length);
      const spawned = performance.now();
      const result = await execTool(command, args, { env });
      const total = performance.now() - spawned;
      if (result.code !== 0) throw new Error(`${tool}: ${result.stderr.slice(-1000)}`);
      const events = roles.flatMap(([role, proxy], i) =>
        proxy.connectionLog.slice(marks[i]).map((entry) => ({
          role,
          opened: entry.accepted - spawned,
          sent: (entry.firstUp ?? Number.NaN) - spawned,
        })),
      );
      events.sort((a, b) => a.opened - b.opened);
      console.log(
        `${tool} run ${run + 1}: ${total.toFixed(0)} ms (${(total / delay).toFixed(1)} one-way delays); connections: ${events
          .map((event) => `${event.role} opened ${event.opened.toFixed(0)} ms, first bytes ${event.sent.toFixed(0)} ms`)
          .join("; ")}`,
      );
    }
    for (const [, proxy] of roles) proxy.setDelay(0);
  }
} finally {
  await world.stop();
  await rm(work, { recursive: true, force: true });
}
