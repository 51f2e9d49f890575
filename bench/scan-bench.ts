/**
 * trivy-scan benchmark: 5 images (one of them a 2-platform index) scanned the trivy-action way and
 * by ours, against the same fixture vulnerability DB (trivy-db's OCI artifact on the same loopback
 * registry as the images), in one run, interleaved.
 *
 * - The trivy-action way: one `trivy image <ref> --format sarif` per image, as one step per image
 *   does (trivy-action writes SARIF for Code Scanning). The action scans one platform of an index
 *   unless it is run per platform, so the index is scanned twice, `--platform linux/amd64` and
 *   `--platform linux/arm64`: 6 trivy runs cover what ours covers. In sequence, as steps run.
 *   (a) a fresh `--cache-dir` per scan, as each trivy-action step has unless the user wires
 *   actions/cache: the DB is downloaded by every scan; (b) one cache dir for the job: the DB is
 *   downloaded by the first scan and checked by the others (and trivy's layer cache is shared);
 *   (b, warm) the same cache dir again, as actions/cache would restore it in the next job.
 * - Ours: `node dist/trivy-scan/index.js` run as the runner runs it (INPUT_* and the runner's files,
 *   as test/support/action-runner.ts does) with the 5 references, `upload: false`, a fresh
 *   cache-dir (cold: the DB downloaded once), then the same cache-dir again (warm). Ours writes
 *   trivy's JSON and a SARIF per platform.
 *
 * Same flags where the two differ only in what this machine lacks: the trivy-action way runs with
 * `--scanners vuln` (what ours scans for; trivy's default adds secret scanning), `--image-src
 * remote` (a runner would try the Docker daemon first) and `--skip-version-check
 * --disable-telemetry` (there is no internet here). Installing trivy is out of both: ours is given
 * `trivy-path`, the trivy-action way calls the same binary.
 *
 * Requests are counted in separate, untimed runs through a pass-through proxy in front of the
 * registry: GETs of the DB layer blob (DB downloads), and GETs of the images' blobs.
 *
 * The fixture DB is a few KiB; trivy-db's real one is ~1 GiB unpacked and ~8× smaller gzipped.
 * `--db-mib N` pads the fixture's trivy.db to about N MiB (an eighth of it random data, so it
 * gzips about as well as the real one); bolt ignores pages past its high-water mark, so trivy
 * opens it as before, and the download, gunzip and write cost what a DB of that size costs.
 *
 * Where ours' time goes: one more untimed run of ours, cold, with a trivy-path that is a wrapper
 * recording when each trivy run starts and ends, so the run splits into before the first trivy
 * (Node start-up, the DB, resolving and fetching images), trivy, and after the last.
 *
 * `--dist DIR` runs the bundles (trivy-scan, build-distroless) from a copy of dist/, so a rebuild of
 * dist/ mid-run cannot change what is measured.
 *
 *   node bench/scan-bench.ts [--runs 3] [--payload-mib 8] [--db-mib 0] [--dist dist]
 */
import { randomBytes } from "node:crypto";
import { appendFile, chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseCommandFile, runAction } from "../test/support/action-runner.ts";
import { buildDistrolessBase, fetchDebs } from "../test/support/distroless-base.ts";
import { execTool } from "../test/support/exec.ts";
import { type FaultProxy, type ProxiedRequest, startFaultProxy } from "../test/support/fault-proxy.ts";
import { makeDeb } from "../test/support/local-debs.ts";
import { startRegistry, type TestRegistry } from "../test/support/registry.ts";
import { repoRoot, toolPath } from "../test/support/tools.ts";
import { buildTrivyDb, pushTrivyDb } from "../test/support/trivy-db.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "payload-mib": { type: "string", default: "8" },
    "db-mib": { type: "string", default: "0" },
    dist: { type: "string" },
  },
});
const runs = Number(values.runs);
const payloadMiB = Number(values["payload-mib"]);
const dbMiB = Number(values["db-mib"]);
const distDir = resolve(values.dist ?? join(repoRoot, "dist"));

/**
 * The four single-platform images: each real Debian packages (whose dependencies the base
 * satisfies) and an application of its own with a payload of random data, so no two share a
 * manifest or an application layer; all four share the base's layers, as images of one base do.
 */
const APPS: Array<{ name: string; packages: string[] }> = [
  { name: "api", packages: ["dumb-init"] },
  { name: "worker", packages: ["zlib1g", "libsqlite3-0"] },
  { name: "gateway", packages: ["libzstd1", "libexpat1", "liblz4-1"] },
  { name: "audit", packages: ["libcap-ng0", "libaudit-common", "libaudit1"] },
];
const INDEX_PLATFORMS = ["linux/amd64", "linux/arm64"];

type Approach = "trivy-action, fresh cache per scan" | "trivy-action, one cache for the job" | "image-actions";
interface Measurement {
  seconds: number;
  /** The largest peak RSS of any one process (trivy, or ours with the trivy runs it waits for). */
  peakRssMiB: number;
  /** User + system CPU seconds, children included. */
  cpu: number;
  /** trivy processes started. */
  trivyRuns: number;
  /** The trivy-action way: the seconds of each scan, in order. */
  scans?: number[];
}

/** One process under `/usr/bin/time`: wall time, peak RSS (the largest of it and its children), CPU. */
async function measure(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Measurement & { stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), "ia-scan-bench-time-"));
  const timeFile = join(dir, "time");
  const started = performance.now();
  const result = await execTool("/usr/bin/time", ["-o", timeFile, "-f", "%M %U %S", command, ...args], {
    ...options,
    timeoutMs: 1_800_000,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0)
    throw new Error(
      `${command} ${args.slice(0, 6).join(" ")} failed (${result.code}): ${(result.stderr + result.stdout).slice(-3000)}`,
    );
  const [peakKiB, user, system] = ((await readFile(timeFile, "utf8")).trim().split("\n").pop() ?? "")
    .split(" ")
    .map(Number) as [number, number, number];
  await rm(dir, { recursive: true, force: true });
  return { seconds, peakRssMiB: peakKiB / 1024, cpu: user + system, trivyRuns: 1, stdout: result.stdout };
}

/** What one `trivy image` step of trivy-action scans: a reference, and a platform for an index. */
interface ActionScan {
  ref: string;
  platform?: string;
}

/**
 * The trivy-action way: the scans one after the other, as steps run, each `trivy image` pulling its
 * image from the registry and checking (or downloading) the DB itself.
 */
async function trivyActionWay(
  scans: ActionScan[],
  dbRepository: string,
  cache: "per-scan" | string,
): Promise<Measurement> {
  const work = await mkdtemp(join(tmpdir(), "ia-scan-bench-action-"));
  const measured: Measurement[] = [];
  const started = performance.now();
  try {
    for (const [index, scan] of scans.entries()) {
      const cacheDir = cache === "per-scan" ? join(work, `cache-${index}`) : cache;
      measured.push(
        await measure(toolPath("trivy"), [
          "image",
          "--format",
          "sarif",
          "--output",
          join(work, `scan-${index}.sarif`),
          "--db-repository",
          dbRepository,
          "--cache-dir",
          cacheDir,
          "--scanners",
          "vuln",
          "--image-src",
          "remote",
          "--skip-version-check",
          "--disable-telemetry",
          ...(scan.platform ? ["--platform", scan.platform] : []),
          scan.ref,
        ]),
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return {
    seconds: (performance.now() - started) / 1000,
    peakRssMiB: Math.max(...measured.map((item) => item.peakRssMiB)),
    cpu: measured.reduce((sum, item) => sum + item.cpu, 0),
    trivyRuns: measured.length,
    scans: measured.map((item) => item.seconds),
  };
}

/** Pads trivy.db to about `mib` MiB: an eighth random, the rest zeros, appended past bolt's pages. */
async function padTrivyDb(file: string, mib: number): Promise<void> {
  for (let written = 0; written < mib; written += 8) {
    await appendFile(file, randomBytes(1 << 20));
    await appendFile(file, Buffer.alloc(7 << 20));
  }
}

interface OursProfile {
  /** From the start of ours to the start of its first trivy run. */
  beforeTrivy: number;
  /** Wall time with at least one trivy running. */
  trivyBusy: number;
  /** Each trivy run's seconds, in order of start. */
  trivyRuns: number[];
  /** From the end of the last trivy run to the end of ours. */
  afterTrivy: number;
  total: number;
  /** CPU seconds of ours with its children, and of the trivy runs alone. */
  cpu: number;
  trivyCpu: number;
}

/** One cold run of ours with a trivy-path that logs each trivy run's start and end (epoch seconds). */
async function profileOurs(images: string[], dbRepository: string): Promise<OursProfile> {
  const dir = await mkdtemp(join(tmpdir(), "ia-scan-bench-profile-"));
  try {
    const log = join(dir, "trivy-runs.log");
    const wrapper = join(dir, "trivy-timed");
    // ours gives trivy only PATH and HOME: the paths are written into the script itself.
    await writeFile(
      wrapper,
      `#!/bin/sh\nstart=$(date +%s.%N)\n/usr/bin/time -o '${log}.cpu' -a -f '%U %S' '${toolPath("trivy")}' "$@"\ncode=$?\necho "$start $(date +%s.%N) $1" >> '${log}'\nexit $code\n`,
    );
    await chmod(wrapper, 0o755);
    const cacheDir = join(dir, "cache");
    await mkdir(cacheDir);
    const started = Date.now() / 1000;
    const measured = await ours(images, dbRepository, cacheDir, wrapper);
    const ended = Date.now() / 1000;
    const trivyCpu = (await readFile(`${log}.cpu`, "utf8"))
      .trim()
      .split("\n")
      .map((line) => line.split(" ").map(Number))
      .reduce((sum, [user = 0, system = 0]) => sum + user + system, 0);
    const spans = (await readFile(log, "utf8"))
      .trim()
      .split("\n")
      // Scans only: ours also runs `trivy --version` once, to report the version of trivy-path.
      .filter((line) => line.endsWith(" image"))
      .map((line) => line.split(" ").slice(0, 2).map(Number) as [number, number])
      .sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let reach = 0;
    for (const [start, end] of spans) {
      busy += Math.max(0, end - Math.max(start, reach));
      reach = Math.max(reach, end);
    }
    return {
      beforeTrivy: (spans[0]?.[0] ?? started) - started,
      trivyBusy: busy,
      trivyRuns: spans.map(([start, end]) => end - start),
      afterTrivy: ended - reach,
      total: ended - started,
      cpu: measured.cpu,
      trivyCpu,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Ours, run the way the runner runs an action (test/support/action-runner.ts's environment), under
 * `/usr/bin/time`: one process for the 5 images.
 */
async function ours(
  images: string[],
  dbRepository: string,
  cacheDir: string,
  trivyPath = toolPath("trivy"),
): Promise<Measurement> {
  const work = await mkdtemp(join(tmpdir(), "ia-scan-bench-ours-"));
  try {
    const files = {
      GITHUB_OUTPUT: join(work, "output"),
      GITHUB_STEP_SUMMARY: join(work, "summary.md"),
      GITHUB_ENV: join(work, "env"),
      GITHUB_STATE: join(work, "state"),
      GITHUB_PATH: join(work, "path"),
    };
    await Promise.all(Object.values(files).map((file) => writeFile(file, "")));
    await mkdir(join(work, "runner-temp"));
    await mkdir(join(work, "tool-cache"));
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env))
      if (!name.startsWith("INPUT_") && !name.startsWith("GITHUB_")) env[name] = value;
    Object.assign(env, files, {
      RUNNER_TEMP: join(work, "runner-temp"),
      RUNNER_TOOL_CACHE: join(work, "tool-cache"),
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: work,
      GITHUB_REPOSITORY: "example/image-actions-bench",
      GITHUB_SHA: "0".repeat(40),
      GITHUB_REF: "refs/heads/main",
      INPUT_IMAGES: images.join("\n"),
      "INPUT_TRIVY-PATH": trivyPath,
      "INPUT_DB-REPOSITORIES": dbRepository,
      "INPUT_CACHE-DIR": cacheDir,
      INPUT_UPLOAD: "false",
      "INPUT_FAIL-ON": "",
    });
    const { stdout: _stdout, ...measured } = await measure(
      process.execPath,
      [join(distDir, "trivy-scan", "index.js")],
      { env, cwd: work },
    );
    const outputs = parseCommandFile(await readFile(files.GITHUB_OUTPUT, "utf8"));
    const results = JSON.parse(outputs.results ?? "[]") as unknown[];
    if (results.length !== images.length + INDEX_PLATFORMS.length - 1)
      throw new Error(`ours scanned ${results.length} targets: ${outputs.results}`);
    return { ...measured, trivyRuns: results.length };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** What one approach asked of the registry, from the proxy's log. */
function requestsIn(requests: ProxiedRequest[], dbLayerDigest: string) {
  const blobGets = requests.filter((item) => item.method === "GET" && /\/blobs\/sha256:/.test(item.path));
  return {
    dbDownloads: blobGets.filter((item) => item.path.includes(dbLayerDigest)).length,
    imageBlobGets: blobGets.filter((item) => !item.path.includes(dbLayerDigest) && !item.path.includes("/trivy-db/"))
      .length,
    manifestRequests: requests.filter((item) => item.path.includes("/manifests/")).length,
    requests: requests.length,
  };
}

const loadAtStart = loadavg()[0]?.toFixed(1);
const registries: TestRegistry[] = [];
const proxies: FaultProxy[] = [];
const work = await mkdtemp(join(tmpdir(), "ia-scan-bench-"));
try {
  const registry = await startRegistry();
  registries.push(registry);
  console.error("building the fixture DB, the base and 4 images ...");
  const db = await buildTrivyDb();
  if (dbMiB > 0) await padTrivyDb(join(db.dir, "trivy.db"), dbMiB);
  const pushedDb = await pushTrivyDb(registry, "aquasec/trivy-db:2", db);
  await db.remove();
  const base = await buildDistrolessBase(registry, "bench/distroless", { platforms: INDEX_PLATFORMS });
  const archiveDebs = await fetchDebs(
    "amd64",
    APPS.flatMap((app) => app.packages),
  );
  const images = [base.taggedRef];
  for (const app of APPS) {
    const appDeb = await makeDeb(work, {
      name: `bench-${app.name}`,
      version: "1.0.0",
      architecture: "all",
      files: {
        [`usr/bin/bench-${app.name}`]: { content: "#!/bin/sh\nexec sleep infinity\n", mode: 0o755 },
        // base64 of random bytes: three quarters of it survives the .deb's and the layer's compression.
        [`usr/share/bench-${app.name}/assets.b64`]: { content: randomBytes(payloadMiB << 20).toString("base64") },
      },
    });
    const tag = `${registry.host}/bench/${app.name}:1.0.0`;
    const built = await runAction(
      "build-distroless",
      {
        base: base.ref,
        packages: [...app.packages.map((name) => archiveDebs.get(name) as string), appDeb].join("\n"),
        platforms: "linux/amd64",
        tags: tag,
        "source-date-epoch": "1700000000",
        sbom: "none",
      },
      { distDir },
    );
    if (built.exitCode !== 0) throw new Error(`build-distroless ${app.name}: ${built.stdout}${built.stderr}`);
    images.push(tag);
  }
  // trivy-action scans one platform of an index per step: the index once per platform.
  const actionScans = (refs: string[]): ActionScan[] => [
    ...INDEX_PLATFORMS.map((platform) => ({ ref: refs[0] as string, platform })),
    ...refs.slice(1).map((ref) => ({ ref })),
  ];

  const cold: Record<Approach, Measurement[]> = {
    "trivy-action, fresh cache per scan": [],
    "trivy-action, one cache for the job": [],
    "image-actions": [],
  };
  const warm: Partial<Record<Approach, Measurement[]>> = {
    "trivy-action, one cache for the job": [],
    "image-actions": [],
  };
  for (let run = 0; run < runs; run++) {
    cold["trivy-action, fresh cache per scan"].push(
      await trivyActionWay(actionScans(images), pushedDb.ref, "per-scan"),
    );
    const jobCache = await mkdtemp(join(tmpdir(), "ia-scan-bench-job-cache-"));
    cold["trivy-action, one cache for the job"].push(await trivyActionWay(actionScans(images), pushedDb.ref, jobCache));
    warm["trivy-action, one cache for the job"]?.push(
      await trivyActionWay(actionScans(images), pushedDb.ref, jobCache),
    );
    await rm(jobCache, { recursive: true, force: true });
    const ourCache = await mkdtemp(join(tmpdir(), "ia-scan-bench-our-cache-"));
    cold["image-actions"].push(await ours(images, pushedDb.ref, ourCache));
    warm["image-actions"]?.push(await ours(images, pushedDb.ref, ourCache));
    await rm(ourCache, { recursive: true, force: true });
    console.error(`run ${run + 1}/${runs} done`);
  }

  // Requests, untimed, through a pass-through proxy: every reference (images and DB) by its host.
  const proxy = await startFaultProxy({ url: registry.url });
  proxies.push(proxy);
  const viaProxy = (ref: string) => ref.replace(registry.host, proxy.host);
  const proxiedImages = images.map(viaProxy);
  const proxiedDb = viaProxy(pushedDb.ref);
  type Counted = ReturnType<typeof requestsIn>;
  const counts = async (work: () => Promise<unknown>): Promise<Counted> => {
    const before = proxy.requests.length;
    await work();
    return requestsIn(proxy.requests.slice(before), pushedDb.layer.digest);
  };
  const counted: Record<Approach, { cold: Counted; warm?: Counted }> = {} as never;
  counted["trivy-action, fresh cache per scan"] = {
    cold: await counts(() => trivyActionWay(actionScans(proxiedImages), proxiedDb, "per-scan")),
  };
  {
    const jobCache = await mkdtemp(join(tmpdir(), "ia-scan-bench-job-cache-"));
    counted["trivy-action, one cache for the job"] = {
      cold: await counts(() => trivyActionWay(actionScans(proxiedImages), proxiedDb, jobCache)),
      warm: await counts(() => trivyActionWay(actionScans(proxiedImages), proxiedDb, jobCache)),
    };
    await rm(jobCache, { recursive: true, force: true });
    const ourCache = await mkdtemp(join(tmpdir(), "ia-scan-bench-our-cache-"));
    counted["image-actions"] = {
      cold: await counts(() => ours(proxiedImages, proxiedDb, ourCache)),
      warm: await counts(() => ours(proxiedImages, proxiedDb, ourCache)),
    };
    await rm(ourCache, { recursive: true, force: true });
  }

  console.error("profiling ours ...");
  const profile = await profileOurs(images, pushedDb.ref);

  // The floors: starting Node, and starting trivy.
  const nodeStartups: number[] = [];
  const trivyStartups: number[] = [];
  for (let run = 0; run < runs; run++) {
    nodeStartups.push((await measure(process.execPath, ["-e", "0"])).seconds);
    trivyStartups.push((await measure(toolPath("trivy"), ["--version"])).seconds);
  }

  const approaches = Object.keys(cold) as Approach[];
  const med = (list: Measurement[] | undefined, key: "seconds" | "peakRssMiB" | "cpu" | "trivyRuns") =>
    list?.length ? median(list.map((item) => item[key])) : Number.NaN;
  const oursCold = med(cold["image-actions"], "seconds");
  const oursWarm = med(warm["image-actions"], "seconds");
  const lines: string[] = [
    `5 images (${images.map((ref) => ref.slice(registry.host.length + 1)).join(", ")}; the first a ${INDEX_PLATFORMS.join(" + ")} index; each application carries ${payloadMiB} MiB of random data as base64), one loopback registry (CNCF distribution v3) holding the images and the fixture DB (${dbMiB > 0 ? `trivy.db padded to ~${dbMiB} MiB, ` : ""}layer ${(pushedDb.layer.size / 2 ** 20).toFixed(2)} MiB); trivy ${toolPath("trivy").includes("v0.") ? toolPath("trivy").replace(/.*trivy-(v[\d.]+).*/, "$1") : ""}; median of ${runs} runs, interleaved; ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, load average ${loadAtStart} at the start and ${loadavg()[0]?.toFixed(1)} at the end.`,
    "",
    "| approach | trivy runs | cold (s) | warm (s) | cold: ours faster by | warm: ours faster by | DB downloads cold / warm | image blob GETs cold / warm | requests cold / warm | peak RSS (MiB) | CPU cold (s) |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const approach of approaches) {
    const coldSeconds = med(cold[approach], "seconds");
    const warmSeconds = med(warm[approach], "seconds");
    const count = counted[approach];
    const pair = (key: keyof Counted) => `${count.cold[key]}${count.warm ? ` / ${count.warm[key]}` : ""}`;
    lines.push(
      `| ${approach} | ${med(cold[approach], "trivyRuns")} | ${coldSeconds.toFixed(2)} | ${Number.isNaN(warmSeconds) ? "" : warmSeconds.toFixed(2)} | ${(coldSeconds / oursCold).toFixed(2)}× | ${Number.isNaN(warmSeconds) ? "" : `${(warmSeconds / oursWarm).toFixed(2)}×`} | ${pair("dbDownloads")} | ${pair("imageBlobGets")} | ${pair("requests")} | ${med(cold[approach], "peakRssMiB").toFixed(0)} | ${med(cold[approach], "cpu").toFixed(2)} |`,
    );
  }
  lines.push(
    "",
    `- every run: ${approaches.map((approach) => `${approach} cold ${cold[approach].map((item) => item.seconds.toFixed(2)).join(", ")}${warm[approach] ? `; warm ${warm[approach]?.map((item) => item.seconds.toFixed(2)).join(", ")}` : ""}`).join("; ")}`,
    `- where ours' time goes (one more cold run, trivy runs timed by a wrapper): ${profile.total.toFixed(2)} s in all; ${profile.beforeTrivy.toFixed(2)} s before the first trivy run (Node start-up, \`trivy --version\`, the DB, resolving every image and fetching the first targets), ${profile.trivyBusy.toFixed(2)} s with trivy running (${profile.trivyRuns.length} runs of ${profile.trivyRuns.map((seconds) => seconds.toFixed(2)).join(", ")} s, ${Math.min(4, availableParallelism())} at a time), ${profile.afterTrivy.toFixed(2)} s after the last (reports, SARIF, summary, exit); CPU ${profile.cpu.toFixed(2)} s, of which trivy ${profile.trivyCpu.toFixed(2)} s and Node ${(profile.cpu - profile.trivyCpu).toFixed(2)} s`,
    `- the trivy-action way, seconds per scan (median run; the index's two platforms first): ${approaches
      .filter((approach) => approach !== "image-actions")
      .map((approach) => {
        const middle = [...cold[approach]].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs / 2)];
        const middleWarm = [...(warm[approach] ?? [])].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs / 2)];
        return `${approach}: cold ${middle?.scans?.map((seconds) => seconds.toFixed(2)).join(", ")}${middleWarm ? `; warm ${middleWarm.scans?.map((seconds) => seconds.toFixed(2)).join(", ")}` : ""}`;
      })
      .join("; ")}`,
    `- \`node -e 0\`: ${median(nodeStartups).toFixed(3)} s; \`trivy --version\`: ${median(trivyStartups).toFixed(3)} s`,
  );
  const text = lines.join("\n");
  console.log(text);
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true });
  await writeFile(
    join(repoRoot, "bench", "results", `scan-${new Date().toISOString().replace(/[:.]/g, "-")}.md`),
    `${text}\n`,
  );
} finally {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await Promise.all(registries.map((registry) => registry.stop()));
  await rm(work, { recursive: true, force: true });
}
