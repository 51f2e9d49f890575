/**
 * The smoke test of a built image: the platform the runner itself is (no emulation) is unpacked into
 * a root filesystem — the base's layers read from its registry, ours from the files the build wrote —
 * and the command runs in it under the image's own Env, WorkingDir and User (smoke-test.ts). Every
 * other platform is reported as not smoke tested. A command that fails or times out is a
 * SmokeTestFailed carrying the end of its output, so the caller stops before anything is pushed.
 */
import { createReadStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { join } from "node:path";
import { formatPlatform, type RegistryClients } from "@image-actions/oci";
import type { BuildResult } from "./build.ts";
import { unpackRootfs } from "./rootfs.ts";
import { runSmokeTest } from "./smoke-test.ts";

export interface ImageSmokeTestOptions {
  command: string[];
  timeoutSeconds: number;
  /** Where the root filesystem is unpacked (removed when the test ends). */
  workDir: string;
  /** `os/arch` of the machine running the test, e.g. `linux/amd64`. */
  runnerPlatform: string;
}

export interface ImageSmokeTestReport {
  platform: string;
  passed: boolean;
  exitCode: number | null;
  output: string;
  /** Platforms of the image the runner cannot run natively. */
  notTested: string[];
}

/** The image has no platform the runner can run, or the command failed or timed out in it. */
export class SmokeTestFailed extends Error {
  override name = "SmokeTestFailed";
}

/** `linux/amd64` or `linux/arm64`: the platform this process runs on, as an image names it. */
export function runnerPlatform(arch: string = process.arch): string {
  return `linux/${arch === "x64" ? "amd64" : arch}`;
}

export async function smokeTestImage(
  clients: RegistryClients,
  result: BuildResult,
  options: ImageSmokeTestOptions,
): Promise<ImageSmokeTestReport> {
  const runner = options.runnerPlatform;
  const built = result.image.platforms.find((item) => formatPlatform(item.platform) === runner);
  const notTested = result.image.platforms
    .map((item) => formatPlatform(item.platform))
    .filter((name) => name !== runner);
  if (!built)
    throw new SmokeTestFailed(`smoke test: the image has no ${runner} platform (the runner's own) to run it in`);
  const rootfs = await mkdtemp(join(options.workDir, "rootfs-"));
  const baseClient = clients.for(built.base.registry);
  await unpackRootfs(
    [
      ...built.baseLayers.map((layer) => ({
        mediaType: layer.mediaType,
        open: () => baseClient.openBlob(built.base.repository, layer),
      })),
      ...built.newLayers.map((layer) => ({ mediaType: layer.mediaType, open: () => createReadStream(layer.path) })),
    ],
    rootfs,
  );
  const config = JSON.parse(built.config.bytes.toString("utf8")) as {
    config?: { Env?: string[]; WorkingDir?: string; User?: string };
  };
  const outcome = await runSmokeTest({
    rootfs,
    command: options.command,
    env: config.config?.Env ?? [],
    ...(config.config?.WorkingDir ? { workdir: config.config.WorkingDir } : {}),
    ...(config.config?.User ? { user: config.config.User } : {}),
    timeoutSeconds: options.timeoutSeconds,
  });
  if (!outcome.passed) {
    const how = outcome.timedOut ? `timed out after ${options.timeoutSeconds} s` : `exited ${outcome.exitCode}`;
    const tail = outcome.output.trim().split("\n").slice(-3).join(" | ");
    throw new SmokeTestFailed(
      `smoke test ${JSON.stringify(options.command)} ${how} in ${runner}; nothing was pushed: ${tail}`,
    );
  }
  return { platform: runner, passed: true, exitCode: outcome.exitCode, output: outcome.output, notTested };
}
