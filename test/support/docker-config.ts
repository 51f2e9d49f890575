/** A throwaway DOCKER_CONFIG directory holding the fixtures' credentials, for every client we run. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestRegistry } from "./registry.ts";

/** Writes config.json with `auths` for `registries` plus `extra` keys (credHelpers, credsStore). */
export async function writeDockerConfig(
  registries: TestRegistry[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ia-docker-config-"));
  const auths = Object.assign({}, ...registries.map((registry) => registry.dockerAuth()));
  await writeFile(join(dir, "config.json"), JSON.stringify({ auths, ...extra }));
  return dir;
}
