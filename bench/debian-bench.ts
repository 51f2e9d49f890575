/**
 * Debian packages benchmark: resolve and fetch one package set for amd64 and arm64 on top of the
 * distroless-like base, from the machine's Debian archive, ours against `apt-get install
 * --download-only` on a private root (`-o Dir=`) whose dpkg status is the same base, in the same run.
 *
 * - cold: nothing cached. Ours: `image-actions lock` (both platforms) then `image-actions debs` per
 *   platform. apt: per architecture, `apt-get update` then `install --download-only`.
 * - warm: the lock file is present and the cache full. Ours: `image-actions debs` per platform. apt:
 *   the same roots again (lists and archives there), `install --download-only`.
 *
 *   node bench/debian-bench.ts [--runs 3]
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readBaseImage } from "@image-actions/debian";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { type AptRoot, machineMainArchive, privateAptRoot, sourceLines } from "../test/support/apt-root.ts";
import { cliEnv } from "../test/support/cli.ts";
import { buildDistrolessBase } from "../test/support/distroless-base.ts";
import { execTool } from "../test/support/exec.ts";
import { startRegistry } from "../test/support/registry.ts";
import { repoRoot } from "../test/support/tools.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
const PACKAGES = ["curl", "libpam0g", "dumb-init", "openssl", "libsqlite3-0"];
const ARCHITECTURES = [
  { platform: "linux/amd64", architecture: "amd64" },
  { platform: "linux/arm64", architecture: "arm64" },
];

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function must(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const result = await execTool(command, args, { ...(env ? { env } : {}), timeoutMs: 900_000 });
  if (result.code !== 0) throw new Error(`${command} ${args.slice(0, 4).join(" ")}: ${result.stderr.slice(-1500)}`);
}

async function aptMust(root: AptRoot, args: string[]): Promise<void> {
  const result = await root.run(args);
  if (result.code !== 0) throw new Error(`apt-get ${args.join(" ")}: ${result.stderr.slice(-1500)}`);
}

const registry = await startRegistry();
const clients = new RegistryClients({ env: {}, onSecret: () => {} });
try {
  const base = await buildDistrolessBase(registry, "bench/distroless");
  const archive = await machineMainArchive();
  const status = new Map<string, string>();
  for (const { platform, architecture } of ARCHITECTURES) {
    const { installed } = await readBaseImage(clients, parseReference(base.ref), parsePlatform(platform));
    status.set(
      architecture,
      installed
        .map(
          (item) =>
            `Package: ${item.name}\nStatus: install ok installed\nArchitecture: ${item.architecture}\nVersion: ${item.version}\n`,
        )
        .join("\n"),
    );
  }
  const cli = join(repoRoot, "dist", "cli", "index.js");
  const times: Record<string, number[]> = { "ours cold": [], "apt cold": [], "ours warm": [], "apt warm": [] };
  for (let run = 0; run < runs; run++) {
    const cache = await mkdtemp(join(tmpdir(), "ia-debian-bench-"));
    const env = await cliEnv([registry], { env: { XDG_CACHE_HOME: cache, RUNNER_TOOL_CACHE: "" } });
    const lockFile = join(cache, "lock.json");
    const debs = () =>
      Promise.all(
        ARCHITECTURES.map(({ platform, architecture }) =>
          must(
            process.execPath,
            [cli, "debs", "--lock", lockFile, "--platform", platform, "-o", join(cache, architecture)],
            env,
          ),
        ),
      ).then(() => undefined);
    times["ours cold"]?.push(
      await timed(async () => {
        await must(
          process.execPath,
          [
            cli,
            "lock",
            "--base",
            base.ref,
            ...sourceLines(archive).flatMap((line) => ["--source", line]),
            ...ARCHITECTURES.flatMap(({ platform }) => ["--platform", platform]),
            "-o",
            lockFile,
            ...PACKAGES,
          ],
          env,
        );
        await debs();
      }),
    );
    times["ours warm"]?.push(await timed(debs));

    const roots: AptRoot[] = [];
    times["apt cold"]?.push(
      await timed(async () => {
        for (const { architecture } of ARCHITECTURES) {
          const root = await privateAptRoot(architecture, status.get(architecture) ?? "", archive);
          await aptMust(root, ["install", "--download-only", "-y", "-qq", ...PACKAGES]);
          roots.push(root);
        }
      }),
    );
    times["apt warm"]?.push(
      await timed(async () => {
        for (const root of roots) await aptMust(root, ["install", "--download-only", "-y", "-qq", ...PACKAGES]);
      }),
    );
    await Promise.all([
      rm(cache, { recursive: true, force: true }),
      ...roots.map((root) => rm(root.dir, { recursive: true, force: true })),
    ]);
    console.error(`run ${run + 1}/${runs} done`);
  }
  const ratio = (ours: string, theirs: string) =>
    `${(median(times[theirs] ?? []) / median(times[ours] ?? [])).toFixed(2)}×`;
  console.log(
    `${PACKAGES.join(", ")} for amd64 and arm64 on the distroless-like base; the machine's Debian archive; median of ${runs} runs.\n`,
  );
  console.log("| case | ours (s) | apt-get (s) | ours faster by |");
  console.log("|---|---|---|---|");
  for (const kind of ["cold", "warm"])
    console.log(
      `| ${kind} | ${median(times[`ours ${kind}`] ?? []).toFixed(2)} | ${median(times[`apt ${kind}`] ?? []).toFixed(2)} | ${ratio(`ours ${kind}`, `apt ${kind}`)} |`,
    );
} finally {
  await clients.close();
  await registry.stop();
}
