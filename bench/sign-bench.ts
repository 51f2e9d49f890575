/**
 * Signing benchmark: sign and then verify 50 image digests, key-based, legacy format, no
 * transparency log — ours (`image-actions sign|verify`, one process each) against the cosign binary
 * (`cosign sign|verify` with the 50 references in one invocation), in the same run. Median of N runs.
 *
 *   node bench/sign-bench.ts [--runs 3] [--images 50]
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { cosignBinary, cosignEnv, generateKeyPair } from "../test/support/cosign.ts";
import { execTool } from "../test/support/exec.ts";
import { pushImage } from "../test/support/images.ts";
import { startRegistry } from "../test/support/registry.ts";
import { repoRoot } from "../test/support/tools.ts";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, images: { type: "string", default: "50" } },
});
const runs = Number(values.runs);
const count = Number(values.images);

async function timed(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const result = await execTool(command, args, { env, timeoutMs: 900_000 });
  if (result.code !== 0)
    throw new Error(
      `${command} ${args.slice(0, 3).join(" ")} …: ${result.stdout.slice(-500)}${result.stderr.slice(-1500)}`,
    );
  return (performance.now() - started) / 1000;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] as number;

const registry = await startRegistry();
try {
  const key = await generateKeyPair(2, await mkdtemp(join(tmpdir(), "ia-sign-bench-")), "bench-pw");
  const env = await cosignEnv([registry], key.password);
  const times: Record<string, number[]> = {
    "ours sign": [],
    "cosign sign": [],
    "ours verify": [],
    "cosign verify": [],
  };
  for (let run = 0; run < runs; run++) {
    // Fresh digests each run, half for each signer, so neither finds the other's signatures.
    const images = await Promise.all(
      Array.from({ length: count * 2 }, (_, i) => pushImage(registry, `sign/r${run}`, `i${i}`, { layers: [64] })),
    );
    const ours = images.slice(0, count).map((image) => image.ref);
    const theirs = images.slice(count).map((image) => image.ref);
    const cli = join(repoRoot, "dist", "cli", "index.js");
    times["ours sign"]?.push(await timed(process.execPath, [cli, "sign", "--key", key.keyFile, ...ours], env));
    times["cosign sign"]?.push(
      await timed(cosignBinary(2), ["sign", "--key", key.keyFile, "--tlog-upload=false", "--yes", ...theirs], env),
    );
    times["ours verify"]?.push(await timed(process.execPath, [cli, "verify", "--key", key.pubFile, ...ours], env));
    times["cosign verify"]?.push(
      await timed(cosignBinary(2), ["verify", "--key", key.pubFile, "--insecure-ignore-tlog=true", ...theirs], env),
    );
    console.error(`run ${run + 1}/${runs} done`);
  }
  const lines = [
    `${count} image digests, key-based (ECDSA P-256, cosign-encrypted key), legacy format, no transparency log; median of ${runs} runs; cosign v2.`,
    "",
    "| operation | ours (s) | cosign (s) | ours faster by |",
    "|---|---|---|---|",
  ];
  for (const operation of ["sign", "verify"]) {
    const ours = median(times[`ours ${operation}`] ?? []);
    const theirs = median(times[`cosign ${operation}`] ?? []);
    lines.push(`| ${operation} | ${ours.toFixed(2)} | ${theirs.toFixed(2)} | ${(theirs / ours).toFixed(2)}× |`);
  }
  console.log(lines.join("\n"));
} finally {
  await registry.stop();
}
