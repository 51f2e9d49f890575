/**
 * build-distroless benchmark: the same .debs added to the distroless-like base fixture, pushed to a
 * local registry, by ours (`image-actions build`) and by Debian's buildah (`buildah bud`, vfs
 * storage, chroot isolation) running the equivalent unpack-and-copy Dockerfile, in one run,
 * interleaved. Everything is local: the base is on a loopback registry, the .debs are files (real
 * ones fetched once from the machine's Debian archive into the test cache, plus a generated
 * application .deb), so no network is involved.
 *
 * buildah's Dockerfile has to unpack the .debs itself, and the base has no shell, so it has two
 * stages: an "unpacker" image made here from the host's own dash, dpkg-deb, GNU tar and mkdir (and
 * the libraries `ldd` names), which runs `dpkg-deb -x` for each .deb into /out and writes each
 * package's control stanza to /out/var/lib/dpkg/status.d/ as distroless does; then `FROM <base>` and
 * `COPY --from=unpack /out/ /`. The unpacker stands for our CLI's own code, so it is pulled into
 * each fresh storage before the clock starts; the base is not (buildah pulls it, as ours reads it).
 *
 * - cold: ours with an empty cache; buildah with a fresh storage root (`--root`, `--runroot`) and
 *   `--layers`. Each goes to a registry of its own (containers/image remembers in a machine-wide
 *   blob-info cache where it pushed blobs and would mount them from there).
 * - no-change rebuild: the same command again (buildah: the same storage, so its layer cache
 *   applies), pushing to the same place.
 * - blob uploads: counted in separate, untimed runs through a pass-through proxy.
 * - peak RSS with a generated package of incompressible data (200 MiB by default).
 *
 *   node bench/build-bench.ts [--runs 3] [--big-mib 200]
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, copyFile, lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { cliEnv } from "../test/support/cli.ts";
import { buildDistrolessBase, crane, fetchDebs } from "../test/support/distroless-base.ts";
import { execTool } from "../test/support/exec.ts";
import { type FaultProxy, type ProxiedRequest, startFaultProxy } from "../test/support/fault-proxy.ts";
import { startRegistry, type TestRegistry } from "../test/support/registry.ts";
import { repoRoot } from "../test/support/tools.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "big-mib": { type: "string", default: "200" },
  },
});
const runs = Number(values.runs);
const bigMiB = Number(values["big-mib"]);

/** Real packages whose dependencies the base or this list satisfy (libpam0g is left out: it needs debconf, and perl behind it). */
const ARCHIVE_PACKAGES = [
  "dumb-init",
  "libcap-ng0",
  "libaudit-common",
  "libaudit1",
  "zlib1g",
  "libsqlite3-0",
  "libzstd1",
  "libexpat1",
  "liblz4-1",
];
const PLATFORM = "linux/amd64";
const UNPACKER_TOOLS = ["/bin/sh", "/usr/bin/dpkg-deb", "/usr/bin/tar", "/usr/bin/mkdir"];
const BUILDAH = "/usr/bin/buildah";

interface Measurement {
  seconds: number;
  peakRssMiB: number;
  /** User + system CPU seconds of the process and its children. */
  cpu: number;
  /** The digest of the image pushed, to tell whether a rebuild reproduced the same image. */
  digest?: string;
  /** buildah only: the seconds of `buildah bud` (the rest is `buildah push`). */
  budSeconds?: number;
}

type Tool = "image-actions" | "buildah";
const TOOLS: Tool[] = ["image-actions", "buildah"];

async function must(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const result = await execTool(command, args, { ...options, timeoutMs: 1_800_000 });
  if (result.code !== 0)
    throw new Error(`${command} ${args.slice(0, 6).join(" ")} failed (${result.code}): ${result.stderr.slice(-2000)}`);
  return result;
}

/** One process under `/usr/bin/time`: wall time, peak RSS (the largest of it and its children), CPU. */
async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<Measurement & { stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), "ia-build-bench-time-"));
  const timeFile = join(dir, "time");
  const started = performance.now();
  const { stdout } = await must("/usr/bin/time", ["-o", timeFile, "-f", "%M %U %S", command, ...args], { env });
  const seconds = (performance.now() - started) / 1000;
  const [peakKiB, user, system] = ((await readFile(timeFile, "utf8")).trim().split("\n").pop() ?? "")
    .split(" ")
    .map(Number) as [number, number, number];
  await rm(dir, { recursive: true, force: true });
  return { seconds, peakRssMiB: peakKiB / 1024, cpu: user + system, stdout };
}

/** A .deb made with dpkg-deb from `files` (path in the package → bytes or a size of random data). */
async function generateDeb(
  work: string,
  name: string,
  control: Record<string, string>,
  files: Record<string, Buffer | number>,
  compression: "gzip" | "none",
): Promise<string> {
  const root = await mkdtemp(join(work, `${name}-`));
  await mkdir(join(root, "DEBIAN"));
  const stanza = {
    Package: name,
    Version: "1.0.0",
    Architecture: "amd64",
    Maintainer: "bench <bench@example.com>",
    ...control,
  };
  await writeFile(
    join(root, "DEBIAN", "control"),
    `${Object.entries(stanza)
      .map(([key, value]) => `${key}: ${value}`)
      .join("\n")}\nDescription: generated for bench/build-bench.ts\n`,
  );
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    if (Buffer.isBuffer(content)) await writeFile(target, content);
    else {
      // Written in chunks so a 200 MiB package never sits in the generator's memory.
      const out = createWriteStream(target);
      for (let written = 0; written < content; written += 4 << 20)
        if (!out.write(randomBytes(Math.min(4 << 20, content - written))))
          await new Promise<void>((resolvePromise) => out.once("drain", () => resolvePromise()));
      await new Promise<void>((resolvePromise) => out.end(() => resolvePromise()));
    }
    if (path.includes("/bin/")) await chmod(target, 0o755);
  }
  const deb = join(work, `${name}_1.0.0_amd64.deb`);
  await must("dpkg-deb", ["--root-owner-group", `-Z${compression}`, "--build", root, deb]);
  await rm(root, { recursive: true, force: true });
  return deb;
}

/**
 * The unpacker stage's image: the host's dash, dpkg-deb, GNU tar (dpkg-deb -x runs `tar`) and mkdir
 * with the shared libraries ldd lists, at their host paths, the host's top-level symlinks
 * (merged /usr) recreated. Pushed with crane as `<registry>/bench/unpacker:1`.
 */
async function pushUnpacker(registry: TestRegistry, work: string): Promise<string> {
  const root = await mkdtemp(join(work, "unpacker-"));
  for (const top of ["bin", "sbin", "lib", "lib64"]) {
    const target = await readlink(`/${top}`).catch(() => undefined);
    if (target) {
      await mkdir(join(root, target), { recursive: true });
      await symlink(target, join(root, top));
    }
  }
  const paths = new Set(UNPACKER_TOOLS);
  for (const tool of UNPACKER_TOOLS) {
    const { stdout } = await must("ldd", [tool]);
    for (const match of stdout.matchAll(/(\/\S+) \(0x/g)) paths.add(match[1] as string);
  }
  // Each path as the host has it: the symlinks along the way (/bin/sh -> dash, the loader's ABI
  // path -> the real file) recreated, then the file itself.
  for (let path of paths) {
    for (;;) {
      const inRoot = join(root, path);
      await mkdir(dirname(inRoot), { recursive: true });
      if ((await lstat(path)).isSymbolicLink()) {
        const target = await readlink(path);
        if (!(await lstat(inRoot).catch(() => undefined))) await symlink(target, inRoot);
        path = resolve(dirname(path), target);
        continue;
      }
      await copyFile(path, inRoot);
      await chmod(inRoot, 0o755);
      break;
    }
  }
  await mkdir(join(root, "tmp"), { mode: 0o1777 });
  const layer = join(work, "unpacker.tar");
  await must("tar", ["-cf", layer, "--numeric-owner", "--owner=0", "--group=0", "-C", root, "."]);
  const staged = `${registry.host}/bench/unpacker:staged`;
  await crane(registry, ["append", "--oci-empty-base", "-f", layer, "-t", staged]);
  await crane(registry, [
    "mutate",
    staged,
    "--set-platform",
    PLATFORM,
    "--env",
    "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
    "-t",
    `${registry.host}/bench/unpacker:1`,
  ]);
  await rm(root, { recursive: true, force: true });
  return `${registry.host}/bench/unpacker:1`;
}

/** The Dockerfile's build context: the .debs under debs/ and the two-stage Dockerfile. */
async function buildahContext(work: string, debs: string[], unpacker: string, base: string): Promise<string> {
  const context = await mkdtemp(join(work, "context-"));
  await mkdir(join(context, "debs"));
  for (const deb of debs) await copyFile(deb, join(context, "debs", deb.slice(deb.lastIndexOf("/") + 1)));
  await writeFile(
    join(context, "Dockerfile"),
    [
      `FROM ${unpacker} AS unpack`,
      "COPY debs/ /debs/",
      "RUN mkdir -p /out/var/lib/dpkg/status.d && for deb in /debs/*.deb; do" +
        ' dpkg-deb -x "$deb" /out && dpkg-deb -f "$deb" > "/out/var/lib/dpkg/status.d/$(dpkg-deb -f "$deb" Package)"' +
        " || exit 1; done",
      `FROM ${base}`,
      "COPY --from=unpack /out/ /",
      "",
    ].join("\n"),
  );
  return context;
}

interface BuildahStorage {
  dir: string;
  global: string[];
}

async function freshBuildahStorage(unpacker: string): Promise<BuildahStorage> {
  const dir = await mkdtemp(join(tmpdir(), "ia-build-bench-buildah-"));
  const storage = {
    dir,
    global: ["--root", join(dir, "root"), "--runroot", join(dir, "run"), "--storage-driver", "vfs"],
  };
  // Untimed: the unpacker stands for the builder's own code, which ours has on disk before it starts.
  await must(BUILDAH, [...storage.global, "pull", "--quiet", "--tls-verify=false", unpacker]);
  return storage;
}

async function buildahBuild(storage: BuildahStorage, context: string, destination: string): Promise<Measurement> {
  const env = { ...process.env, BUILDAH_ISOLATION: "chroot" };
  const bud = await measure(
    BUILDAH,
    [
      ...storage.global,
      "bud",
      "--quiet",
      "--isolation",
      "chroot",
      "--layers",
      "--tls-verify=false",
      "-t",
      "bench/app:latest",
      "-f",
      join(context, "Dockerfile"),
      context,
    ],
    env,
  );
  const digestFile = join(storage.dir, "digest");
  const push = await measure(
    BUILDAH,
    [
      ...storage.global,
      "push",
      "--quiet",
      "--tls-verify=false",
      "--digestfile",
      digestFile,
      "bench/app:latest",
      `docker://${destination}`,
    ],
    env,
  );
  // Run one after the other, the two steps are one build: times and CPU add up, the peak is the larger.
  return {
    seconds: bud.seconds + push.seconds,
    peakRssMiB: Math.max(bud.peakRssMiB, push.peakRssMiB),
    cpu: bud.cpu + push.cpu,
    digest: (await readFile(digestFile, "utf8")).trim(),
    budSeconds: bud.seconds,
  };
}

async function oursBuild(
  baseRef: string,
  debs: string[],
  destination: string,
  env: NodeJS.ProcessEnv,
): Promise<Measurement> {
  const { stdout, ...measured } = await measure(
    process.execPath,
    [
      // IA_BENCH_CPU_PROF=DIR: a V8 CPU profile of each of ours' runs, to see where the time goes.
      ...(process.env.IA_BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.IA_BENCH_CPU_PROF] : []),
      join(repoRoot, "dist", "cli", "index.js"),
      "build",
      "--base",
      baseRef,
      "--platform",
      PLATFORM,
      ...debs.flatMap((deb) => ["--deb", deb]),
      "--tag",
      destination,
    ],
    env,
  );
  return { ...measured, digest: stdout.trim() };
}

async function oursEnv(registries: TestRegistry[]): Promise<{ env: NodeJS.ProcessEnv; cache: string }> {
  const cache = await mkdtemp(join(tmpdir(), "ia-build-bench-cache-"));
  return { cache, env: await cliEnv(registries, { env: { XDG_CACHE_HOME: cache, RUNNER_TOOL_CACHE: "" } }) };
}

/** What a push did to the destination, from the proxy's log of requests. */
function uploadsIn(requests: ProxiedRequest[]) {
  const starts = requests.filter((item) => item.method === "POST" && /\/blobs\/uploads\/?(\?|$)/.test(item.path));
  return {
    blobUploads: starts.filter((item) => !item.path.includes("mount=")).length,
    mounts: starts.filter((item) => item.path.includes("mount=")).length,
    blobPuts: requests.filter((item) => item.method === "PUT" && item.path.includes("/blobs/uploads/")).length,
    manifestPuts: requests.filter((item) => item.method === "PUT" && item.path.includes("/manifests/")).length,
    requests: requests.length,
  };
}

// Other work on the machine skews every number here: the 1-minute load average is reported with them.
const loadAtStart = loadavg()[0]?.toFixed(1);
const registries: TestRegistry[] = [];
const proxies: FaultProxy[] = [];
const work = await mkdtemp(join(tmpdir(), "ia-build-bench-"));
try {
  const source = await startRegistry();
  registries.push(source);
  console.error("building the distroless-like base and the unpacker image ...");
  const base = await buildDistrolessBase(source, "bench/distroless", { platforms: [PLATFORM] });
  const unpacker = await pushUnpacker(source, work);
  const archiveDebs = [...(await fetchDebs("amd64", ARCHIVE_PACKAGES)).values()];
  const appDeb = await generateDeb(
    work,
    "bench-app",
    { Depends: "libsqlite3-0, zlib1g, libaudit1" },
    {
      "usr/bin/bench-app": 4 << 20,
      "usr/share/bench-app/assets.bin": 2 << 20,
      "etc/bench-app/config.toml": Buffer.from('listen = "0.0.0.0:8080"\n'),
    },
    "gzip",
  );
  const debs = [...archiveDebs, appDeb];
  console.error(`generating a ${bigMiB} MiB package ...`);
  const bigDeb = await generateDeb(work, "bench-big", {}, { "opt/bench-big/data.bin": bigMiB << 20 }, "none");
  const context = await buildahContext(work, debs, unpacker, base.ref);
  const bigContext = await buildahContext(work, [...debs, bigDeb], unpacker, base.ref);

  const cold: Record<Tool, Measurement[]> = { "image-actions": [], buildah: [] };
  const warm: Record<Tool, Measurement[]> = { "image-actions": [], buildah: [] };
  for (let run = 0; run < runs; run++) {
    for (const tool of TOOLS) {
      const destination = await startRegistry();
      try {
        const target = `${destination.host}/${tool}/app:v1`;
        if (tool === "image-actions") {
          const { env, cache } = await oursEnv([source, destination]);
          cold[tool].push(await oursBuild(base.ref, debs, target, env));
          warm[tool].push(await oursBuild(base.ref, debs, target, env));
          await rm(cache, { recursive: true, force: true });
        } else {
          const storage = await freshBuildahStorage(unpacker);
          cold[tool].push(await buildahBuild(storage, context, target));
          warm[tool].push(await buildahBuild(storage, context, target));
          await rm(storage.dir, { recursive: true, force: true });
        }
      } finally {
        await destination.stop();
      }
    }
    console.error(`run ${run + 1}/${runs} done`);
  }

  // Requests of a cold build and then a no-change rebuild, through a pass-through proxy (untimed).
  type Uploads = ReturnType<typeof uploadsIn>;
  const counted = {} as Record<Tool, { cold: Uploads; warm: Uploads }>;
  for (const tool of TOOLS) {
    const destination = await startRegistry();
    registries.push(destination);
    const proxy = await startFaultProxy({ url: destination.url });
    proxies.push(proxy);
    const target = `${proxy.host}/${tool}/app:v1`;
    let build: () => Promise<Measurement>;
    let scratch: string;
    if (tool === "image-actions") {
      const { env, cache } = await oursEnv([source]);
      build = () => oursBuild(base.ref, debs, target, env);
      scratch = cache;
    } else {
      const storage = await freshBuildahStorage(unpacker);
      build = () => buildahBuild(storage, context, target);
      scratch = storage.dir;
    }
    await build();
    const afterCold = proxy.requests.length;
    await build();
    counted[tool] = {
      cold: uploadsIn(proxy.requests.slice(0, afterCold)),
      warm: uploadsIn(proxy.requests.slice(afterCold)),
    };
    await rm(scratch, { recursive: true, force: true });
  }

  // The floor under any run of a Node program: starting Node and exiting.
  const nodeStartups: number[] = [];
  for (let run = 0; run < runs; run++)
    nodeStartups.push((await measure(process.execPath, ["-e", "0"], process.env)).seconds);

  // With the large package: cold builds, interleaved, `runs` of each (medians; peak memory too).
  console.error(`building with the ${bigMiB} MiB package ...`);
  const big: Record<Tool, Measurement[]> = { "image-actions": [], buildah: [] };
  for (let run = 0; run < runs; run++)
    for (const tool of TOOLS) {
      const destination = await startRegistry();
      try {
        const target = `${destination.host}/${tool}/big:v1`;
        if (tool === "image-actions") {
          const { env, cache } = await oursEnv([source, destination]);
          big[tool].push(await oursBuild(base.ref, [...debs, bigDeb], target, env));
          await rm(cache, { recursive: true, force: true });
        } else {
          const storage = await freshBuildahStorage(unpacker);
          big[tool].push(await buildahBuild(storage, bigContext, target));
          await rm(storage.dir, { recursive: true, force: true });
        }
      } finally {
        await destination.stop();
      }
    }

  const med = (list: Measurement[], key: "seconds" | "peakRssMiB" | "cpu" | "budSeconds") =>
    median(list.map((item) => item[key] ?? Number.NaN));
  const ratio = (kind: Record<Tool, Measurement[]>) =>
    med(kind.buildah, "seconds") / med(kind["image-actions"], "seconds");
  const sameImage = (tool: Tool) =>
    cold[tool].every((measured, run) => measured.digest === warm[tool][run]?.digest) ? "yes" : "no";
  const lines: string[] = [
    `${debs.length} .debs (${ARCHIVE_PACKAGES.join(", ")} and a generated 6 MiB application) on the distroless-like base, ${PLATFORM}; loopback registries (CNCF distribution v3); median of ${runs} runs; ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores, load average ${loadAtStart} at the start and ${loadavg()[0]?.toFixed(1)} at the end.`,
    "",
    "| tool | cold (s) | no-change rebuild (s) | same image on rebuild | peak RSS cold (MiB) | CPU cold (s) | blob uploads cold / rebuild | manifest PUTs cold / rebuild | requests cold / rebuild |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const tool of TOOLS)
    lines.push(
      `| ${tool} | ${med(cold[tool], "seconds").toFixed(2)} | ${med(warm[tool], "seconds").toFixed(2)} | ${sameImage(tool)} | ${med(cold[tool], "peakRssMiB").toFixed(0)} | ${med(cold[tool], "cpu").toFixed(2)} | ${counted[tool].cold.blobUploads} / ${counted[tool].warm.blobUploads} | ${counted[tool].cold.manifestPuts} / ${counted[tool].warm.manifestPuts} | ${counted[tool].cold.requests} / ${counted[tool].warm.requests} |`,
    );
  lines.push(
    "",
    `- cold: ours is ${ratio(cold).toFixed(2)}× faster than buildah (target ≥ 3×); buildah's cold is ${med(cold.buildah, "budSeconds").toFixed(2)} s of \`bud\` and ${(med(cold.buildah, "seconds") - med(cold.buildah, "budSeconds")).toFixed(2)} s of \`push\` (medians)`,
    `- no-change rebuild: ours is ${ratio(warm).toFixed(2)}× faster than buildah (target ≥ 5×, i.e. ≤ ${(med(warm.buildah, "seconds") / 5).toFixed(3)} s), with ${counted["image-actions"].warm.blobUploads} blob uploads (target 0); buildah: ${counted.buildah.warm.blobUploads}; \`node -e 0\` alone takes ${median(nodeStartups).toFixed(3)} s`,
    `- with a ${bigMiB} MiB package added (cold, medians): ours ${med(big["image-actions"], "seconds").toFixed(2)} s, peak RSS ${Math.max(...big["image-actions"].map((item) => item.peakRssMiB)).toFixed(0)} MiB at most (target < 300), CPU ${med(big["image-actions"], "cpu").toFixed(2)} s; buildah ${med(big.buildah, "seconds").toFixed(2)} s, ${med(big.buildah, "peakRssMiB").toFixed(0)} MiB, CPU ${med(big.buildah, "cpu").toFixed(2)} s: ${ratio(big).toFixed(2)}× (target ≥ 1.5×); each run: ours ${big["image-actions"].map((item) => item.seconds.toFixed(2)).join(", ")} s, buildah ${big.buildah.map((item) => item.seconds.toFixed(2)).join(", ")} s`,
  );
  const text = lines.join("\n");
  console.log(text);
  await mkdir(join(repoRoot, "bench", "results"), { recursive: true });
  await writeFile(
    join(repoRoot, "bench", "results", `build-${new Date().toISOString().replace(/[:.]/g, "-")}.md`),
    `${text}\n`,
  );
} finally {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await Promise.all(registries.map((registry) => registry.stop()));
  await rm(work, { recursive: true, force: true });
}
