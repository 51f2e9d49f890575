/**
 * Where a cold copy's time goes, request by request: our copy engine run in a child process (so the
 * throwaway CAs are trusted through NODE_EXTRA_CA_CERTS, as in the bench) with a transport that
 * notes when each request was sent, when its headers came back and when its body ended. Same world
 * as net-bench.ts (TLS, bearer auth on the destination, latency proxies), one delay; the wall time of
 * crane and regctl (and of our bundled CLI) on the same copy, with their CPU, is printed alongside.
 *
 * With `--promote`, the same for a promotion (verify the internal signature, copy, sign with the
 * release key, check, tag) against the crane + cosign script net-bench.ts times.
 *
 *   node bench/net-trace.ts [--latency 40] [--promote] [--concurrency 4] [--per-host 8] [--layer-mib 16] [--layers 4]
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { signerInput, verificationKeyInput } from "../actions/shared/runtime.ts";
import { RegistryClients } from "../packages/oci/src/clients.ts";
import { copyImage } from "../packages/oci/src/copy/copy.ts";
import { parseReference } from "../packages/oci/src/reference.ts";
import { type HttpRequest, type HttpResponse, Transport } from "../packages/oci/src/transport.ts";
import { promoteImage } from "../packages/promote/src/promote.ts";
import { cosignBinary, generateKeyPair } from "../test/support/cosign.ts";
import { execTool } from "../test/support/exec.ts";
import { pushIndex } from "../test/support/images.ts";
import { toolPath } from "../test/support/tools.ts";
import { cliPath, copyCommand, PROMOTE_SCRIPT, startSourceAndDestination } from "./net-setup.ts";

const { values } = parseArgs({
  options: {
    latency: { type: "string", default: "40" },
    concurrency: { type: "string", default: "4" },
    "per-host": { type: "string", default: "8" },
    "layer-mib": { type: "string", default: "16" },
    layers: { type: "string", default: "4" },
    child: { type: "boolean", default: false },
    promote: { type: "boolean", default: false },
    "verify-key": { type: "string" },
    "sign-key": { type: "string" },
    /** Print what the copy wrote to stderr (NODE_DEBUG=http output, say). */
    "show-stderr": { type: "boolean", default: false },
    source: { type: "string" },
    destination: { type: "string" },
  },
});

interface Traced {
  method: string;
  what: string;
  sent: number;
  headers?: number;
  ended?: number;
  status?: number;
}

/** A request's path with digests shortened and the upload session left out. */
function describe(request: HttpRequest): string {
  const url = new URL(request.url);
  return url.pathname
    .replace(/sha256:([0-9a-f]{6})[0-9a-f]+/g, "$1")
    .replace(/\/blobs\/uploads\/[^/]+$/, "/blobs/uploads/<session>");
}

class TracingTransport extends Transport {
  readonly log: Traced[] = [];
  origin = performance.now();

  override async send(request: HttpRequest): Promise<HttpResponse> {
    const entry: Traced = { method: request.method, what: describe(request), sent: performance.now() - this.origin };
    this.log.push(entry);
    const response = await super.send(request);
    entry.headers = performance.now() - this.origin;
    entry.status = response.status;
    response.body.once("end", () => {
      entry.ended = performance.now() - this.origin;
    });
    response.body.once("close", () => {
      entry.ended ??= performance.now() - this.origin;
    });
    return response;
  }
}

async function child(): Promise<void> {
  const transport = new TracingTransport({ perHostConcurrency: Number(values["per-host"]) });
  const clients = new RegistryClients({ env: process.env, onSecret: () => {}, transport });
  const source = parseReference(values.source as string);
  const destination = parseReference(values.destination as string);
  if (values.promote) {
    const verifyKey = await verificationKeyInput("verify-key", values["verify-key"] as string);
    const signer = await signerInput("sign-key", values["sign-key"] as string, process.env.COSIGN_PASSWORD);
    // The keys are read before the clock starts, as the action reads its inputs.
    transport.origin = performance.now();
    await promoteImage(clients, {
      source,
      destinations: [destination],
      verifyKey,
      signer,
      formats: ["legacy"],
      copySignatures: false,
      mutableTags: ["latest"],
      dryRun: false,
    });
  } else {
    const report = await copyImage(clients, source, [destination], { concurrency: Number(values.concurrency) });
    if (report.destinations.some((item) => item.status === "failed"))
      throw new Error(JSON.stringify(report.destinations));
  }
  const total = performance.now() - transport.origin;
  await clients.close();
  const delay = Number(values.latency) || 1;
  for (const entry of transport.log) {
    const cell = (value: number | undefined) => (value === undefined ? "     -" : value.toFixed(0).padStart(6));
    console.log(
      `${cell(entry.sent)} ${cell(entry.headers)} ${cell(entry.ended)}  ${String(entry.status ?? "").padEnd(3)} ${entry.method.padEnd(5)} ${entry.what}`,
    );
  }
  const cpu = process.cpuUsage();
  console.log(
    `ours in-process: ${total.toFixed(0)} ms (${(total / delay).toFixed(1)} one-way delays); CPU of the whole process ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
  );
}

async function parent(): Promise<void> {
  const delay = Number(values.latency);
  const work = await mkdtemp(join(tmpdir(), "ia-net-trace-"));
  const world = await startSourceAndDestination(work);
  try {
    const { source, destination, environment } = world;
    const layerBytes = Number(values["layer-mib"]) * 1024 * 1024;
    await pushIndex(source.registry, "bench/app", "v1", { layers: Array(Number(values.layers)).fill(layerBytes) });
    const sourceRef = `${source.host}/bench/app:v1`;
    const keys = values.promote
      ? {
          internal: await generateKeyPair(2, await mkdtemp(join(work, "keys-")), "internal-pw"),
          release: await generateKeyPair(2, await mkdtemp(join(work, "keys-")), "release-pw"),
        }
      : undefined;
    if (keys) {
      const signed = await execTool(process.execPath, [cliPath(), "sign", "--key", keys.internal.keyFile, sourceRef], {
        env: { ...environment.env, COSIGN_PASSWORD: keys.internal.password },
      });
      if (signed.code !== 0) throw new Error(signed.stderr.slice(-2000));
    }
    for (const proxy of [...source.proxies, ...destination.proxies]) proxy.setDelay(delay);
    const run = Date.now();
    const ours = await execTool(
      process.execPath,
      [
        import.meta.filename,
        "--child",
        "--latency",
        String(delay),
        "--concurrency",
        String(values.concurrency),
        "--per-host",
        String(values["per-host"]),
        "--source",
        sourceRef,
        "--destination",
        `${destination.host}/trace/ours-${run}:${keys ? "1.0.0" : "v1"}`,
        ...(keys ? ["--promote", "--verify-key", keys.internal.pubFile, "--sign-key", keys.release.keyFile] : []),
      ],
      { env: { ...environment.env, ...(keys ? { COSIGN_PASSWORD: keys.release.password } : {}) } },
    );
    if (ours.code !== 0) throw new Error(ours.stderr.slice(-2000));
    if (values["show-stderr"]) console.error(ours.stderr);
    console.log("  sent  heads  ended  status, request (ms since the copy started)");
    console.log(ours.stdout.trimEnd());
    if (keys) {
      const script = join(work, "promote.sh");
      await writeFile(script, PROMOTE_SCRIPT);
      const spawned = performance.now();
      const result = await execTool(
        "bash",
        [script, `${source.host}/bench/app`, "v1", `${destination.host}/trace/script-${run}`, "1.0.0"],
        {
          env: {
            ...environment.env,
            CRANE: toolPath("crane"),
            COSIGN: cosignBinary(2),
            VERIFY_KEY: keys.internal.pubFile,
            SIGN_KEY: keys.release.keyFile,
            COSIGN_PASSWORD: keys.release.password,
          },
        },
      );
      if (result.code !== 0) throw new Error(`script: ${result.stderr.slice(-1000)}`);
      console.log(`crane + cosign script whole process: ${(performance.now() - spawned).toFixed(0)} ms`);
      return;
    }
    for (const tool of ["image-actions", "crane", "regctl"] as const) {
      const [command, args, extra] = copyCommand(
        tool,
        sourceRef,
        [`${destination.host}/trace/${tool}-${run}:v1`],
        environment,
      );
      const spawned = performance.now();
      // GNU time reports the process's CPU: on two cores shared with the registries and proxies, CPU
      // per copy decides the time once the round trips are few.
      const result = await execTool("/usr/bin/time", ["-f", "cpu %U %S", command, ...args], {
        env: { ...environment.env, ...extra },
      });
      if (result.code !== 0) throw new Error(`${tool}: ${result.stderr.slice(-1000)}`);
      const [user, system] = (/cpu ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? []).slice(1).map(Number);
      console.log(
        `${tool} whole process: ${(performance.now() - spawned).toFixed(0)} ms, CPU ${(((user ?? 0) + (system ?? 0)) * 1000).toFixed(0)} ms`,
      );
    }
  } finally {
    await world.stop();
    await rm(work, { recursive: true, force: true });
  }
}

if (values.child) await child();
else await parent();
