/**
 * Network benchmark (issue #17): ours against crane, regctl, skopeo and cosign across a realistic
 * network — every registry on TLS behind a latency-injecting TCP proxy (bench/latency-proxy.ts:
 * one-way delay per direction on every byte, a round trip per connection set-up, TLS handshakes
 * paying their own), bearer-token auth on the destinations with the token service on a host of its
 * own, at several one-way delays. Scenarios: cold multi-arch copy (a fresh destination repository
 * each run), warm no-op copy, 3-destination fan-out, verify of N signed images, promote end to end.
 * Wall time is the median of N runs; connections and TLS handshakes are counted by the latency
 * proxies in the timed runs; requests (which TLS hides from them) in separate, untimed runs through
 * plain-HTTP counting proxies in front of the same registries, with token requests counted by the
 * token service. Go tools run with HTTP/2 off (GODEBUG=http2client=0); their HTTP/2 copy figures are
 * taken once per delay. Results go to bench/results/ and stdout as Markdown.
 *
 *   node bench/net-bench.ts [--runs 3] [--latency 0,10,40] [--layer-mib 16] [--layers 4]
 *                           [--images 20] [--bandwidth-mbit 0] [--window-mib 4]
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runAction } from "../test/support/action-runner.ts";
import { cosignBinary, generateKeyPair } from "../test/support/cosign.ts";
import { execTool } from "../test/support/exec.ts";
import { type FaultProxy, startFaultProxy } from "../test/support/fault-proxy.ts";
import { pushImage, pushIndex } from "../test/support/images.ts";
import { repoRoot, toolPath } from "../test/support/tools.ts";
import {
  benchAddress,
  bundles,
  cliPath,
  copyCommand,
  type NetRegistry,
  PEERS,
  PROMOTE_SCRIPT,
  snapshotDist,
  startNetRegistry,
  TOOLS,
  type Tool,
  type ToolEnvironment,
  tokenCertificate,
  toolEnvironment,
} from "./net-setup.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    latency: { type: "string", default: "0,10,40" },
    "layer-mib": { type: "string", default: "16" },
    layers: { type: "string", default: "4" },
    images: { type: "string", default: "20" },
    "bandwidth-mbit": { type: "string", default: "0" },
    "window-mib": { type: "string", default: "4" },
  },
});
const runs = Number(values.runs);
const latencies = values.latency.split(",").map(Number);
const layerBytes = Number(values["layer-mib"]) * 1024 * 1024;
const layerCount = Number(values.layers);
const imageCount = Number(values.images);
const bandwidthBitsPerSecond = Number(values["bandwidth-mbit"]) * 1_000_000;
const windowBytes = Number(values["window-mib"]) * 1024 * 1024;

interface Sample {
  seconds: number;
  connections: number;
  handshakes: number;
  resumed: number;
}

const work = await mkdtemp(join(tmpdir(), "ia-net-bench-"));
await snapshotDist(work);
const cli = cliPath();
const address = benchAddress();
const token = await tokenCertificate(work, address);
const net = {
  delayMs: 0,
  windowBytes,
  ...(bandwidthBitsPerSecond ? { bandwidthBitsPerSecond } : {}),
};
const started: NetRegistry[] = [];
const faultProxies: FaultProxy[] = [];
const loadAverages: string[] = [`start ${loadavg()[0]?.toFixed(2)}`];
const stamp = new Date().toISOString().replace(/[:.]/g, "-");

async function exec(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await execTool(command, args, { env, timeoutMs: 900_000 });
  if (result.code !== 0)
    throw new Error(`${command} ${args.slice(0, 4).join(" ")} … exited ${result.code}: ${result.stderr.slice(-1500)}`);
  return result.stdout;
}

try {
  // The source (anonymous, like a public or internal registry) and three bearer destinations.
  const source = await startNetRegistry(false, address, token, net);
  started.push(source);
  const destinations = await Promise.all([1, 2, 3].map(() => startNetRegistry(true, address, token, net)));
  started.push(...destinations);
  const [destination] = destinations as [NetRegistry];
  const proxies = started.flatMap((item) => item.proxies);
  const caPems = [token.ca.pem, ...started.map((item) => item.registry.ca?.pem ?? "")];
  const internalKey = await generateKeyPair(2, await mkdtemp(join(work, "keys-")), "internal-pw");
  const releaseKey = await generateKeyPair(2, await mkdtemp(join(work, "keys-")), "release-pw");
  const environment = await toolEnvironment(
    started.map((item) => ({ host: item.host, registry: item.registry })),
    caPems,
  );
  /** Ours knows each bearer registry's realm in advance, as it knows Docker Hub's, GHCR's, ... */
  const realmArgs = (hostOf: (item: NetRegistry) => string) =>
    started.flatMap((item) => (item.tokenRealm ? ["--token-realm", `${hostOf(item)}=${item.tokenRealm}`] : []));
  environment.ourArgs = realmArgs((item) => item.host);

  console.error(
    `generating 2 platforms × ${layerCount} layers of ${layerBytes / 1048576} MiB; ${imageCount} signed images ...`,
  );
  await pushIndex(source.registry, "bench/app", "v1", { layers: Array(layerCount).fill(layerBytes) });
  const sourceRef = `${source.host}/bench/app:v1`;
  const signedRefs: string[] = [];
  for (let i = 0; i < imageCount; i++) {
    await pushImage(destination.registry, "signed/app", `i${i}`, { layers: [1024] });
    signedRefs.push(`${destination.host}/signed/app:i${i}`);
  }
  // Signed with ours (cosign verifies it: interop is tested elsewhere): the release key for the 20
  // images, the internal key for the promote candidate.
  await exec(process.execPath, [cli, "sign", "--key", releaseKey.keyFile, ...signedRefs], {
    ...environment.env,
    COSIGN_PASSWORD: releaseKey.password,
  });
  await exec(process.execPath, [cli, "sign", "--key", internalKey.keyFile, sourceRef], {
    ...environment.env,
    COSIGN_PASSWORD: internalKey.password,
  });
  const promoteScript = join(work, "promote.sh");
  await writeFile(promoteScript, PROMOTE_SCRIPT);

  const counts = () =>
    proxies
      .map((proxy) => proxy.counts())
      .reduce(
        (sum, item) => ({
          connections: sum.connections + item.connections,
          handshakes: sum.handshakes + item.tlsHandshakes,
          resumed: sum.resumed + item.tlsResumed,
        }),
        { connections: 0, handshakes: 0, resumed: 0 },
      );
  async function timed(work: () => Promise<unknown>): Promise<Sample> {
    const before = counts();
    const begun = performance.now();
    await work();
    const seconds = (performance.now() - begun) / 1000;
    const after = counts();
    return {
      seconds,
      connections: after.connections - before.connections,
      handshakes: after.handshakes - before.handshakes,
      resumed: after.resumed - before.resumed,
    };
  }
  const copy = (tool: Tool, from: string, to: string[], env: ToolEnvironment, http2 = false) => {
    const [command, args, extra] = copyCommand(tool, from, to, env);
    return exec(command, args, { ...(http2 ? env.http2Env : env.env), ...extra });
  };
  const cosignVerify = (refs: string[]) =>
    exec(
      cosignBinary(2),
      ["verify", "--key", releaseKey.pubFile, "--insecure-ignore-tlog=true", ...refs],
      environment.env,
    );
  const promoteOurs = async (repository: string) => {
    const run = await runAction(
      "promote",
      {
        source: sourceRef,
        destinations: `${destination.host}/${repository}:1.0.0`,
        "verify-key": internalKey.pubFile,
        "sign-key": releaseKey.keyFile,
        "sign-key-password": releaseKey.password,
      },
      {
        distDir: bundles.dir,
        env: {
          DOCKER_CONFIG: environment.dockerConfig,
          NODE_EXTRA_CA_CERTS: environment.env.NODE_EXTRA_CA_CERTS,
          ...(environment.env.NODE_COMPILE_CACHE ? { NODE_COMPILE_CACHE: environment.env.NODE_COMPILE_CACHE } : {}),
        },
      },
    );
    if (run.exitCode !== 0) throw new Error(`promote failed: ${run.stdout.slice(-1500)}${run.stderr.slice(-1500)}`);
  };
  const promoteScripted = (repository: string) =>
    exec("bash", [promoteScript, `${source.host}/bench/app`, "v1", `${destination.host}/${repository}`, "1.0.0"], {
      ...environment.env,
      CRANE: toolPath("crane"),
      COSIGN: cosignBinary(2),
      VERIFY_KEY: internalKey.pubFile,
      SIGN_KEY: releaseKey.keyFile,
      COSIGN_PASSWORD: releaseKey.password,
    });

  /** results[latency][scenario][tool] = samples */
  const results: Record<number, Record<string, Record<string, Sample[]>>> = {};
  const note = (latency: number, scenario: string, tool: string, sample: Sample) => {
    const byLatency = results[latency] ?? {};
    results[latency] = byLatency;
    const byScenario = byLatency[scenario] ?? {};
    byLatency[scenario] = byScenario;
    byScenario[tool] = [...(byScenario[tool] ?? []), sample];
  };

  for (const latency of latencies) {
    for (const proxy of proxies) proxy.setDelay(latency);
    for (let run = 0; run < runs; run++) {
      const tag = `l${latency}-r${run}`;
      // Interleaved, so drift in the machine's state touches every tool alike.
      for (const tool of TOOLS) {
        const target = [`${destination.host}/copy/${tool}-${tag}:v1`];
        note(latency, "cold copy", tool, await timed(() => copy(tool, sourceRef, target, environment)));
        note(latency, "warm copy", tool, await timed(() => copy(tool, sourceRef, target, environment)));
      }
      if (run === 0) {
        for (const tool of ["crane", "regctl"] as const) {
          const target = [`${destination.host}/h2/${tool}-${tag}:v1`];
          note(latency, "cold copy, HTTP/2", tool, await timed(() => copy(tool, sourceRef, target, environment, true)));
          note(latency, "warm copy, HTTP/2", tool, await timed(() => copy(tool, sourceRef, target, environment, true)));
        }
      }
      const fanTargets = (tool: string) => destinations.map((item) => `${item.host}/fan/${tool}-${tag}:v1`);
      note(
        latency,
        "fan-out to 3",
        "image-actions",
        await timed(() => copy("image-actions", sourceRef, fanTargets("image-actions"), environment)),
      );
      for (const tool of PEERS) {
        const sequential = fanTargets(`${tool}-seq`);
        note(
          latency,
          "fan-out to 3",
          `${tool} (sequential)`,
          await timed(async () => {
            for (const target of sequential) await copy(tool, sourceRef, [target], environment);
          }),
        );
        note(
          latency,
          "fan-out to 3",
          `${tool} (3 in parallel)`,
          await timed(() =>
            Promise.all(fanTargets(`${tool}-par`).map((target) => copy(tool, sourceRef, [target], environment))),
          ),
        );
      }
      note(
        latency,
        `verify ${imageCount}`,
        "image-actions",
        await timed(() =>
          exec(
            process.execPath,
            [cli, "verify", "--key", releaseKey.pubFile, ...(environment.ourArgs ?? []), ...signedRefs],
            environment.env,
          ),
        ),
      );
      note(latency, `verify ${imageCount}`, "cosign (one invocation)", await timed(() => cosignVerify(signedRefs)));
      note(
        latency,
        `verify ${imageCount}`,
        "cosign (one invocation per image)",
        await timed(async () => {
          for (const ref of signedRefs) await cosignVerify([ref]);
        }),
      );
      note(latency, "promote", "image-actions", await timed(() => promoteOurs(`promote/ours-${tag}`)));
      note(latency, "promote", "crane + cosign", await timed(() => promoteScripted(`promote/script-${tag}`)));
      console.error(`${latency} ms: run ${run + 1}/${runs} done`);
    }
    loadAverages.push(`after ${latency} ms ${loadavg()[0]?.toFixed(2)}`);
    // Kept as it goes: a run that fails later still leaves the delays it finished.
    await mkdir(join(repoRoot, "bench", "results"), { recursive: true });
    await writeFile(
      join(repoRoot, "bench", "results", `net-${stamp}-partial.json`),
      JSON.stringify({ results, loadAverages }),
    );
  }

  // --- Requests: untimed runs through plain-HTTP counting proxies in front of the same registries.
  for (const proxy of proxies) proxy.setDelay(0);
  const counting = new Map<NetRegistry, FaultProxy>();
  for (const item of started) {
    const proxy = await startFaultProxy({
      url: item.registry.url,
      ...(item.registry.ca ? { ca: item.registry.ca.pem } : {}),
    });
    counting.set(item, proxy);
    faultProxies.push(proxy);
  }
  const countingEnv = await toolEnvironment(
    started.map((item) => ({ host: (counting.get(item) as FaultProxy).host, registry: item.registry })),
    caPems,
  );
  const via = (item: NetRegistry) => (counting.get(item) as FaultProxy).host;
  countingEnv.ourArgs = realmArgs(via);
  const countedSource = `${via(source)}/bench/app:v1`;
  type Tally = Record<string, number>;
  /** Requests per kind, per registry role, while `work` runs. */
  async function tally(work: () => Promise<unknown>): Promise<{ total: number; byKind: Tally; byRegistry: Tally }> {
    const requestsBefore = started.map((item) => (counting.get(item) as FaultProxy).requests.length);
    const tokensBefore = started.map((item) => item.registry.tokenIssuer?.requests.length ?? 0);
    await work();
    const byKind: Tally = {};
    const byRegistry: Tally = {};
    started.forEach((item, i) => {
      const role = item === source ? "source" : `destination ${destinations.indexOf(item) + 1}`;
      const seen = (counting.get(item) as FaultProxy).requests.slice(requestsBefore[i]);
      for (const request of seen) {
        const kind = requestKind(request.method, request.path);
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      }
      const tokens = (item.registry.tokenIssuer?.requests.length ?? 0) - (tokensBefore[i] as number);
      if (tokens > 0) byKind["token GET"] = (byKind["token GET"] ?? 0) + tokens;
      if (seen.length + tokens > 0) byRegistry[role] = seen.length + tokens;
    });
    return { total: Object.values(byKind).reduce((sum, n) => sum + n, 0), byKind, byRegistry };
  }
  const requestCounts: Record<string, Record<string, Awaited<ReturnType<typeof tally>>>> = {};
  const count = async (scenario: string, tool: string, work: () => Promise<unknown>) => {
    requestCounts[scenario] ??= {};
    requestCounts[scenario][tool] = await tally(work);
  };
  const countedCopy = (tool: Tool, from: string, to: string[]) => {
    const [command, args, extra] = copyCommand(tool, from, to, countingEnv, true);
    return exec(command, args, { ...countingEnv.env, ...extra });
  };
  for (const tool of TOOLS) {
    const target = [`${via(destination)}/counted/${tool}:v1`];
    await count("cold copy", tool, () => countedCopy(tool, countedSource, target));
    await count("warm copy", tool, () => countedCopy(tool, countedSource, target));
  }
  await count("fan-out to 3", "image-actions", () =>
    countedCopy(
      "image-actions",
      countedSource,
      destinations.map((item) => `${via(item)}/counted-fan/image-actions:v1`),
    ),
  );
  for (const tool of PEERS) {
    await count("fan-out to 3", `${tool} (sequential)`, async () => {
      for (const item of destinations) await countedCopy(tool, countedSource, [`${via(item)}/counted-fan/${tool}:v1`]);
    });
  }
  const countedSigned = signedRefs.map((ref) => ref.replace(destination.host, via(destination)));
  await count(`verify ${imageCount}`, "image-actions", () =>
    exec(
      process.execPath,
      [cli, "verify", "--key", releaseKey.pubFile, ...(countingEnv.ourArgs ?? []), ...countedSigned],
      countingEnv.env,
    ),
  );
  await count(`verify ${imageCount}`, "cosign (one invocation)", () =>
    exec(
      cosignBinary(2),
      ["verify", "--key", releaseKey.pubFile, "--insecure-ignore-tlog=true", ...countedSigned],
      countingEnv.env,
    ),
  );
  await count("promote", "image-actions", async () => {
    const run = await runAction(
      "promote",
      {
        source: countedSource,
        destinations: `${via(destination)}/counted-promote/ours:1.0.0`,
        "verify-key": internalKey.pubFile,
        "sign-key": releaseKey.keyFile,
        "sign-key-password": releaseKey.password,
      },
      {
        distDir: bundles.dir,
        env: { DOCKER_CONFIG: countingEnv.dockerConfig, NODE_EXTRA_CA_CERTS: countingEnv.env.NODE_EXTRA_CA_CERTS },
      },
    );
    if (run.exitCode !== 0) throw new Error(`promote failed: ${run.stdout.slice(-1500)}`);
  });
  await count("promote", "crane + cosign", () =>
    exec(
      "bash",
      [promoteScript, `${via(source)}/bench/app`, "v1", `${via(destination)}/counted-promote/script`, "1.0.0"],
      {
        ...countingEnv.env,
        CRANE: toolPath("crane"),
        COSIGN: cosignBinary(2),
        VERIFY_KEY: internalKey.pubFile,
        SIGN_KEY: releaseKey.keyFile,
        COSIGN_PASSWORD: releaseKey.password,
      },
    ),
  );

  // --- The start-up lever: a warm no-op copy at the last delay, with and without a compile cache.
  const leverLatency = latencies.includes(10) ? 10 : (latencies.at(-1) as number);
  for (const proxy of proxies) proxy.setDelay(leverLatency);
  const leverTarget = [`${destination.host}/copy/image-actions-l${leverLatency}-r0:v1`];
  const compileCache = await mkdtemp(join(work, "compile-cache-"));
  const lever: Record<string, number[]> = {};
  const leverRun = async (name: string, command: string, args: string[], env: NodeJS.ProcessEnv) => {
    const sample = await timed(() => exec(command, args, env));
    lever[name] = [...(lever[name] ?? []), sample.seconds];
  };
  const [copyCommandLine, copyArgs] = copyCommand("image-actions", sourceRef, leverTarget, environment);
  const noCache = { ...environment.env, NODE_DISABLE_COMPILE_CACHE: "1" };
  const withCache = { ...environment.env, NODE_COMPILE_CACHE: compileCache };
  await exec(copyCommandLine, copyArgs, withCache); // fills the cache
  for (let run = 0; run < Math.max(runs, 5); run++) {
    await leverRun("node -e 0", process.execPath, ["-e", "0"], noCache);
    await leverRun("cli --help, no compile cache", process.execPath, [cli, "--help"], noCache);
    await leverRun("cli --help, warm compile cache", process.execPath, [cli, "--help"], withCache);
    await leverRun("warm copy, no compile cache", copyCommandLine, copyArgs, noCache);
    await leverRun("warm copy, warm compile cache", copyCommandLine, copyArgs, withCache);
    await leverRun(
      "regctl warm copy",
      ...(copyCommand(
        "regctl",
        sourceRef,
        [`${destination.host}/copy/regctl-l${leverLatency}-r0:v1`],
        environment,
      ).slice(0, 2) as [string, string[]]),
      environment.env,
    );
  }
  // The promote bundle does not enable the cache itself: a no-op re-promote, without and with it.
  const promoteRepository = `promote/ours-l${leverLatency}-r0`;
  for (let run = 0; run < Math.max(runs, 3); run++) {
    const begun = performance.now();
    await promoteOurs(promoteRepository);
    lever["no-op promote, no compile cache"] = [
      ...(lever["no-op promote, no compile cache"] ?? []),
      (performance.now() - begun) / 1000,
    ];
  }
  environment.env.NODE_COMPILE_CACHE = compileCache;
  await promoteOurs(promoteRepository);
  for (let run = 0; run < Math.max(runs, 3); run++) {
    const begun = performance.now();
    await promoteOurs(promoteRepository);
    lever["no-op promote, warm compile cache"] = [
      ...(lever["no-op promote, warm compile cache"] ?? []),
      (performance.now() - begun) / 1000,
    ];
  }
  delete environment.env.NODE_COMPILE_CACHE;
  loadAverages.push(`end ${loadavg()[0]?.toFixed(2)}`);

  const report = formatReport({ results, requestCounts, lever, leverLatency, loadAverages });
  console.log(report);
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true });
  await writeFile(join(repoRoot, "bench", "results", `net-${stamp}.md`), `${report}\n`);
  await writeFile(
    join(repoRoot, "bench", "results", `net-${stamp}.json`),
    `${JSON.stringify({ results, requestCounts, lever, loadAverages }, null, 1)}\n`,
  );
} finally {
  await Promise.all(faultProxies.map((proxy) => proxy.close()));
  await Promise.all(started.map((item) => item.stop()));
  await rm(work, { recursive: true, force: true });
}

/** What a request is, from its method and path: the categories the issue's levers talk about. */
function requestKind(method: string, path: string): string {
  const url = path.split("?")[0] ?? "";
  if (url === "/v2/" || url === "/v2") return `${method} /v2/ (ping)`;
  if (/\/manifests\//.test(url)) return `${method} manifest`;
  if (/\/blobs\/uploads\/?$/.test(url))
    return path.includes("mount=") ? "POST upload (mount)" : `${method} upload start`;
  if (/\/blobs\/uploads\//.test(url)) return `${method} upload`;
  if (/\/blobs\//.test(url)) return `${method} blob`;
  if (/\/tags\/list/.test(url)) return `${method} tags list`;
  if (/\/referrers\//.test(url)) return `${method} referrers`;
  return `${method} other`;
}

interface ReportInput {
  results: Record<number, Record<string, Record<string, Sample[]>>>;
  requestCounts: Record<
    string,
    Record<string, { total: number; byKind: Record<string, number>; byRegistry: Record<string, number> }>
  >;
  lever: Record<string, number[]>;
  leverLatency: number;
  loadAverages: string[];
}

function formatReport({ results, requestCounts, lever, leverLatency, loadAverages }: ReportInput): string {
  const lines: string[] = [];
  lines.push(
    `Image: 2 platforms × ${layerCount} layers × ${layerBytes / 1048576} MiB; ${imageCount} signed images; ${runs} runs, medians; TLS everywhere, bearer auth on the destinations; window ${windowBytes / 1048576} MiB per connection${bandwidthBitsPerSecond ? `, ${bandwidthBitsPerSecond / 1e6} Mbit/s per host` : ""}; ${new Date().toISOString().slice(0, 10)}; load average ${loadAverages.join(", ")}.`,
    "",
  );
  const peerOf = (scenario: string, tool: string) =>
    !tool.startsWith("image-actions") && !(scenario.startsWith("fan-out") && tool.includes("parallel"));
  for (const latency of Object.keys(results).map(Number)) {
    lines.push(`### ${latency} ms one way`, "");
    lines.push(
      "| scenario | tool | wall (s) | vs fastest peer | requests (tokens) | connections | TLS handshakes (resumed) |",
      "|---|---|---|---|---|---|---|",
    );
    for (const [scenario, byTool] of Object.entries(results[latency] ?? {})) {
      const medians = Object.fromEntries(
        Object.entries(byTool).map(([tool, samples]) => [tool, median(samples.map((sample) => sample.seconds))]),
      );
      const peerTimes = Object.entries(medians)
        .filter(([tool]) => peerOf(scenario, tool))
        .map(([, seconds]) => seconds);
      const fastest = Math.min(...peerTimes);
      for (const [tool, samples] of Object.entries(byTool)) {
        const requests = requestCounts[scenario]?.[tool];
        const tokens = requests?.byKind["token GET"] ?? 0;
        lines.push(
          `| ${scenario} | ${tool} | ${(medians[tool] as number).toFixed(3)} | ${Number.isFinite(fastest) ? `${((medians[tool] as number) / fastest).toFixed(2)}×` : ""} | ${requests ? `${requests.total} (${tokens})` : ""} | ${median(samples.map((sample) => sample.connections))} | ${median(samples.map((sample) => sample.handshakes))} (${median(samples.map((sample) => sample.resumed))}) |`,
        );
      }
    }
    lines.push("");
  }
  lines.push("### Targets", "");
  lines.push("| target | delay | result | met |", "|---|---|---|---|");
  for (const latency of Object.keys(results)
    .map(Number)
    .filter((delay) => delay > 0)) {
    const at = results[latency] ?? {};
    const time = (scenario: string, tool: string) =>
      median((at[scenario]?.[tool] ?? []).map((sample) => sample.seconds));
    const fastestPeer = (scenario: string, tools: string[]) => {
      const [best] = tools.map((tool) => [tool, time(scenario, tool)] as const).sort((a, b) => a[1] - b[1]);
      return best as readonly [string, number];
    };
    const row = (target: string, ratio: number, peer: string, wanted: number) =>
      lines.push(
        `| ${target} | ${latency} ms | ours ${ratio >= 1 ? `${ratio.toFixed(2)}× faster than` : `${(1 / ratio).toFixed(2)}× slower than`} ${peer} | ${ratio >= wanted ? "met" : "not met"} |`,
      );
    const [coldPeer, coldTime] = fastestPeer("cold copy", PEERS);
    row("cold copy ≥ 1.3× faster than the fastest peer", coldTime / time("cold copy", "image-actions"), coldPeer, 1.3);
    const warmRatio = time("warm copy", "regctl") / time("warm copy", "image-actions");
    const warmRequests = requestCounts["warm copy"]?.["image-actions"]?.byRegistry ?? {};
    const perRegistry = Object.entries(warmRequests)
      .map(([role, n]) => `${role}: ${n}`)
      .join(", ");
    const fewRequests = Object.values(warmRequests).every((n) => n <= 1);
    lines.push(
      `| warm copy ≤ 1 request per registry and faster than regctl | ${latency} ms | requests ${perRegistry}; ours ${warmRatio >= 1 ? `${warmRatio.toFixed(2)}× faster than` : `${(1 / warmRatio).toFixed(2)}× slower than`} regctl | ${fewRequests && warmRatio > 1 ? "met" : "not met"} |`,
    );
    const [fanPeer, fanTime] = fastestPeer(
      "fan-out to 3",
      PEERS.map((tool) => `${tool} (sequential)`),
    );
    row(
      "fan-out ≥ 2× faster than the fastest peer's sequential copies",
      fanTime / time("fan-out to 3", "image-actions"),
      fanPeer,
      2,
    );
    const verify = `verify ${imageCount}`;
    const [verifyPeer, verifyTime] = fastestPeer(verify, [
      "cosign (one invocation)",
      "cosign (one invocation per image)",
    ]);
    row(`${verify} ≥ 2× faster than cosign`, verifyTime / time(verify, "image-actions"), verifyPeer, 2);
    row(
      "promote ≥ 2× faster than crane + cosign",
      time("promote", "crane + cosign") / time("promote", "image-actions"),
      "crane + cosign",
      2,
    );
  }
  lines.push("");
  lines.push("### Requests by kind (untimed counting runs)", "");
  const kinds = [
    ...new Set(
      Object.values(requestCounts).flatMap((byTool) =>
        Object.values(byTool).flatMap((tally) => Object.keys(tally.byKind)),
      ),
    ),
  ].sort();
  lines.push(
    `| scenario | tool | total | per registry | ${kinds.join(" | ")} |`,
    `|---|---|---|---|${kinds.map(() => "---|").join("")}`,
  );
  for (const [scenario, byTool] of Object.entries(requestCounts)) {
    for (const [tool, tally] of Object.entries(byTool)) {
      lines.push(
        `| ${scenario} | ${tool} | ${tally.total} | ${Object.entries(tally.byRegistry)
          .map(([role, n]) => `${role}: ${n}`)
          .join(", ")} | ${kinds.map((kind) => tally.byKind[kind] ?? "").join(" | ")} |`,
      );
    }
  }
  lines.push("", `### Start-up lever (${leverLatency} ms one way, medians)`, "", "| what | wall (s) |", "|---|---|");
  for (const [name, samples] of Object.entries(lever)) lines.push(`| ${name} | ${median(samples).toFixed(3)} |`);
  return lines.join("\n");
}
