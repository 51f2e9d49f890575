/**
 * Copy benchmark: ours against crane, regctl and skopeo in one run, on two local registries, with a
 * generated multi-arch image (2 platforms × 8 layers of incompressible data, 256 MiB by default).
 * Cold (empty destination repository) and warm (already there), N runs each; medians, ratios,
 * request counts and peak RSS. Also the raw lower bound, a 3-destination fan-out, and the peak RSS
 * of copying one 1 GiB layer. Results go to bench/results/ and stdout as Markdown.
 *
 *   node bench/copy-bench.ts [--runs 5] [--layer-mib 16] [--big-layer-mib 1024]
 */
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { request } from "undici";
import { execTool } from "../test/support/exec.ts";
import { type FaultProxy, startFaultProxy } from "../test/support/fault-proxy.ts";
import { type PushedIndex, pushIndex, pushManifest, sha256 } from "../test/support/images.ts";
import { startRegistry, type TestRegistry } from "../test/support/registry.ts";
import { repoRoot, toolPath } from "../test/support/tools.ts";
import { type RawImage, rawCopy } from "./raw-copy.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    "layer-mib": { type: "string", default: "16" },
    "big-layer-mib": { type: "string", default: "1024" },
  },
});
const runs = Number(values.runs);
const layerBytes = Number(values["layer-mib"]) * 1024 * 1024;
const bigLayerBytes = Number(values["big-layer-mib"]) * 1024 * 1024;

interface Measurement {
  seconds: number;
  peakRssMiB: number;
  /** User + system CPU seconds of the copying process. */
  clientCpu: number;
  /** CPU seconds both registries spent serving the copy: on a 2-core machine they compete with the client. */
  registryCpu: number;
}

type Tool = "image-actions" | "crane" | "regctl" | "skopeo";
const TOOLS: Tool[] = ["image-actions", "crane", "regctl", "skopeo"];

function commandFor(tool: Tool, source: string, destinations: string[]): [string, string[]] {
  const hostsOf = (refs: string[]) => [...new Set(refs.map((ref) => ref.slice(0, ref.indexOf("/"))))];
  switch (tool) {
    case "image-actions":
      // Referrers off: crane, regctl and skopeo do not copy them either (by default, as run here).
      return [
        process.execPath,
        [join(repoRoot, "dist", "cli", "index.js"), "copy", source, ...destinations, "--json", "--referrers", "none"],
      ];
    case "crane":
      return [toolPath("crane"), ["copy", source, destinations[0] as string]];
    case "regctl":
      return [
        toolPath("regctl"),
        [
          ...hostsOf([source, ...destinations]).flatMap((host) => ["--host", `reg=${host},tls=disabled`]),
          "image",
          "copy",
          source,
          destinations[0] as string,
        ],
      ];
    case "skopeo":
      return [
        toolPath("skopeo"),
        [
          "copy",
          "--all",
          "--preserve-digests",
          "--src-tls-verify=false",
          "--dest-tls-verify=false",
          "-q",
          `docker://${source}`,
          `docker://${destinations[0]}`,
        ],
      ];
  }
}

async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  registries: TestRegistry[] = [],
): Promise<Measurement & { stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), "ia-bench-time-"));
  const timeFile = join(dir, "time");
  const registryCpu = async () =>
    (await Promise.all(registries.map((registry) => registry.cpuSeconds()))).reduce((sum, cpu) => sum + cpu, 0);
  const registryCpuBefore = await registryCpu();
  const started = performance.now();
  const result = await execTool("/usr/bin/time", ["-o", timeFile, "-f", "%M %U %S", command, ...args], {
    env,
    timeoutMs: 900_000,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr.slice(-2000)}`);
  const [peakKiB, user, system] = ((await readFile(timeFile, "utf8")).trim().split("\n").pop() ?? "")
    .split(" ")
    .map(Number) as [number, number, number];
  await rm(dir, { recursive: true, force: true });
  return {
    seconds,
    peakRssMiB: peakKiB / 1024,
    clientCpu: user + system,
    registryCpu: (await registryCpu()) - registryCpuBefore,
    stdout: result.stdout,
  };
}

function record(table: Record<string, Measurement[]>, key: string, measurement: Measurement): void {
  table[key] = [...(table[key] ?? []), measurement];
}

/** Requests one copy makes, counted by a pass-through proxy in front of each registry (not timed). */
async function countRequests(
  tool: Tool,
  source: FaultProxy,
  destination: FaultProxy,
  repository: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const before = source.requests.length + destination.requests.length;
  const [command, args] = commandFor(tool, `${source.host}/bench/app:v1`, [`${destination.host}/${repository}:v1`]);
  await measure(command, args, env);
  return source.requests.length + destination.requests.length - before;
}

function rawImageOf(index: PushedIndex): RawImage {
  const blobs = index.children.flatMap((child) => [
    { mediaType: "config", digest: child.config.digest, size: child.config.data.length },
    ...child.layers.map((layer) => ({ mediaType: "layer", digest: layer.digest, size: layer.data.length })),
  ]);
  return {
    blobs,
    manifests: [
      ...index.children.map((child) => ({ digest: child.digest, mediaType: child.mediaType, bytes: child.manifest })),
      { digest: index.digest, mediaType: index.mediaType, bytes: index.manifest },
    ],
  };
}

/** Push one large layer streamed from a file, so the generator never holds it in memory. */
async function pushBigImage(registry: TestRegistry, repository: string, bytes: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "ia-bench-big-"));
  const file = join(dir, "layer");
  const hash = createHash("sha256");
  const out = createWriteStream(file);
  for (let written = 0; written < bytes; written += 4 * 1024 * 1024) {
    const chunk = randomBytes(Math.min(4 * 1024 * 1024, bytes - written));
    hash.update(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolvePromise) => out.once("drain", () => resolvePromise()));
  }
  await new Promise<void>((resolvePromise) => out.end(() => resolvePromise()));
  const digest = `sha256:${hash.digest("hex")}`;
  const size = (await stat(file)).size;
  const start = await request(`${registry.url}/v2/${repository}/blobs/uploads/`, { method: "POST" });
  await start.body.dump();
  const location = new URL(String(start.headers.location), registry.url);
  location.searchParams.set("digest", digest);
  const put = await request(location, {
    method: "PUT",
    headers: { "content-length": String(size) },
    body: createReadStream(file),
  });
  await put.body.dump();
  const config = Buffer.from(
    JSON.stringify({ architecture: "amd64", os: "linux", rootfs: { type: "layers", diff_ids: [digest] } }),
  );
  const configDigest = sha256(config);
  const configStart = await request(`${registry.url}/v2/${repository}/blobs/uploads/`, { method: "POST" });
  await configStart.body.dump();
  const configLocation = new URL(String(configStart.headers.location), registry.url);
  configLocation.searchParams.set("digest", configDigest);
  await (await request(configLocation, { method: "PUT", body: config })).body.dump();
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: configDigest, size: config.length },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar", digest, size }],
    }),
  );
  await pushManifest(registry, repository, "v1", manifest, "application/vnd.oci.image.manifest.v1+json");
  await rm(dir, { recursive: true, force: true });
}

const registries: TestRegistry[] = [];
const proxies: FaultProxy[] = [];
try {
  const source = await startRegistry();
  const destination = await startRegistry();
  const extra = [await startRegistry(), await startRegistry()];
  registries.push(source, destination, ...extra);
  const env = { ...process.env, DOCKER_CONFIG: await mkdtemp(join(tmpdir(), "ia-bench-docker-")) };
  await writeFile(join(env.DOCKER_CONFIG as string, "config.json"), "{}");

  console.error(`generating 2 platforms × 8 layers of ${layerBytes / 1048576} MiB ...`);
  const index = await pushIndex(source, "bench/app", "v1", { layers: Array(8).fill(layerBytes) });
  const totalBytes = rawImageOf(index).blobs.reduce((sum, blob) => sum + blob.size, 0);
  const sourceRef = `${source.host}/bench/app:v1`;

  const cold: Record<string, Measurement[]> = {};
  const warm: Record<string, Measurement[]> = {};
  for (let run = 0; run < runs; run++) {
    // Interleaved so that drift in the machine's state touches every tool alike. Each cold copy goes
    // to a registry of its own: skopeo remembers where it has pushed blobs before and mounts them
    // from there, which would make a second "cold" copy into the same registry a warm one.
    for (const tool of [...TOOLS, "raw" as const]) {
      const fresh = await startRegistry();
      try {
        if (tool === "raw") {
          const started = performance.now();
          await rawCopy(source.url, "bench/app", fresh.url, "raw/app", "v1", rawImageOf(index));
          record(cold, "raw", {
            seconds: (performance.now() - started) / 1000,
            peakRssMiB: Number.NaN,
            clientCpu: Number.NaN,
            registryCpu: Number.NaN,
          });
          continue;
        }
        const [command, args] = commandFor(tool, sourceRef, [`${fresh.host}/${tool}/app:v1`]);
        record(cold, tool, await measure(command, args, env, [source, fresh]));
        record(warm, tool, await measure(command, args, env, [source, fresh]));
      } finally {
        await fresh.stop();
      }
    }
    console.error(`run ${run + 1}/${runs} done`);
  }

  // Request counts through pass-through proxies (separate, untimed runs).
  const sourceProxy = await startFaultProxy({ url: source.url });
  const destinationProxy = await startFaultProxy({ url: destination.url });
  proxies.push(sourceProxy, destinationProxy);
  const requests: Record<string, { cold: number; warm: number }> = {};
  for (const tool of TOOLS) {
    const repository = `${tool}/counted`;
    requests[tool] = {
      cold: await countRequests(tool, sourceProxy, destinationProxy, repository, env),
      warm: await countRequests(tool, sourceProxy, destinationProxy, repository, env),
    };
  }

  // The floor under any warm copy by a Node program: starting Node and exiting.
  const nodeStartups: number[] = [];
  for (let run = 0; run < runs; run++) nodeStartups.push((await measure(process.execPath, ["-e", "0"], env)).seconds);

  // Fan-out: one copy to three registries; the report says how many source bytes were read.
  const fanTargets = [destination, ...extra].map((registry) => `${registry.host}/fanout/app:v1`);
  const [fanCommand, fanArgs] = commandFor("image-actions", sourceRef, fanTargets);
  const fan = await measure(fanCommand, fanArgs, env);
  const fanReport = JSON.parse(fan.stdout) as { sourceBytesRead: number; blobBytes: number };

  // Peak memory with one very large layer.
  console.error(`pushing one ${bigLayerBytes / 1048576} MiB layer ...`);
  await pushBigImage(source, "bench/big", bigLayerBytes);
  const big: Record<string, Measurement> = {};
  for (const tool of ["image-actions", "crane"] as Tool[]) {
    const [command, args] = commandFor(tool, `${source.host}/bench/big:v1`, [`${destination.host}/big-${tool}:v1`]);
    big[tool] = await measure(command, args, env);
  }

  const medianOf = (list: Measurement[] | undefined, key: keyof Measurement) =>
    median((list ?? []).map((item) => item[key]));
  const fastestPeer = (table: Record<string, Measurement[]>) =>
    Math.min(...(["crane", "regctl", "skopeo"] as const).map((tool) => medianOf(table[tool], "seconds")));
  const ours = (table: Record<string, Measurement[]>) => medianOf(table["image-actions"], "seconds");
  const lines: string[] = [];
  lines.push(
    `Image: 2 platforms × 8 layers, ${(totalBytes / 1048576).toFixed(0)} MiB of blobs; ${runs} runs each, medians; loopback registries (CNCF distribution ${"v3"}); ${new Date().toISOString().slice(0, 10)}.`,
    "",
  );
  lines.push(
    "| tool | cold (s) | warm (s) | cold vs ours | warm vs ours | requests cold / warm | peak RSS cold (MiB) | CPU cold: client / registries (s) |",
    "|---|---|---|---|---|---|---|---|",
  );
  for (const tool of TOOLS) {
    const c = medianOf(cold[tool], "seconds");
    const w = medianOf(warm[tool], "seconds");
    lines.push(
      `| ${tool} | ${c.toFixed(2)} | ${w.toFixed(3)} | ${(c / ours(cold)).toFixed(2)}× | ${(w / ours(warm)).toFixed(2)}× | ${requests[tool]?.cold} / ${requests[tool]?.warm} | ${medianOf(cold[tool], "peakRssMiB").toFixed(0)} | ${medianOf(cold[tool], "clientCpu").toFixed(2)} / ${medianOf(cold[tool], "registryCpu").toFixed(2)} |`,
    );
  }
  lines.push(
    `| raw GET→PUT bound | ${medianOf(cold.raw, "seconds").toFixed(2)} | | ${(medianOf(cold.raw, "seconds") / ours(cold)).toFixed(2)}× | | | | |`,
    "",
  );
  lines.push(
    `- cold: ours is ${(fastestPeer(cold) / ours(cold)).toFixed(2)}× faster than the fastest peer (target ≥ 1.3×) and ${(ours(cold) / medianOf(cold.raw, "seconds")).toFixed(2)}× the raw bound (target ≤ 1.25×)`,
  );
  // With every core busy, a copy cannot finish faster than all the CPU it needs divided by the cores.
  const cores = availableParallelism();
  const registryCpu = Math.min(
    ...TOOLS.map((tool) => medianOf(cold[tool], "registryCpu")).filter((cpu) => Number.isFinite(cpu)),
  );
  const target = fastestPeer(cold) / 1.3;
  lines.push(
    `- CPU budget on ${cores} cores: the registries alone need ${registryCpu.toFixed(2)} s of CPU per cold copy, so a copy taking ${target.toFixed(2)} s (1.3× faster than the fastest peer) leaves at most ${(target * cores - registryCpu).toFixed(2)} s of CPU for the client, which must read, SHA-256 and write ${(totalBytes / 1048576).toFixed(0)} MiB`,
  );
  lines.push(
    `- warm: ours is ${(fastestPeer(warm) / ours(warm)).toFixed(2)}× faster than the fastest peer (target ≥ 2×, i.e. ≤ ${(fastestPeer(warm) / 2).toFixed(3)} s); \`node -e 0\` alone takes ${median(nodeStartups).toFixed(3)} s`,
  );
  lines.push(
    `- fan-out to 3 registries: ${fan.seconds.toFixed(2)} s; source bytes read ${fanReport.sourceBytesRead} for ${fanReport.blobBytes} bytes of blobs (${(fanReport.sourceBytesRead / fanReport.blobBytes).toFixed(2)}×)`,
  );
  lines.push(
    `- one ${bigLayerBytes / 1048576} MiB layer: ours ${big["image-actions"]?.seconds.toFixed(2)} s, peak RSS ${big["image-actions"]?.peakRssMiB.toFixed(0)} MiB (target < 200); crane ${big.crane?.seconds.toFixed(2)} s, ${big.crane?.peakRssMiB.toFixed(0)} MiB`,
  );
  const text = lines.join("\n");
  console.log(text);
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true });
  await writeFile(
    join(repoRoot, "bench", "results", `copy-${new Date().toISOString().replace(/[:.]/g, "-")}.md`),
    `${text}\n`,
  );
} finally {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await Promise.all(registries.map((registry) => registry.stop()));
}
