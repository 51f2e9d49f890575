/**
 * Where verified indexes and .debs are kept between runs: the runner's tool cache (so actions/cache
 * or a self-hosted runner keeps them), else the user's cache directory. The environment is passed
 * in: this package reads none of its own accord.
 */
import { homedir } from "node:os";
import { join } from "node:path";

export function defaultDebianCacheDir(env: Record<string, string | undefined>): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, "image-actions", "debian");
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "image-actions", "debian");
}
