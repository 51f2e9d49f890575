/**
 * A build's push: the image to every destination, then each platform's SBOMs and the lock it was
 * built from as referrers, and the tags last — so a tag never names an image whose SBOM or lock is
 * not there yet.
 */
import type { Reference, RegistryClients } from "@image-actions/oci";
import type { BuildResult } from "./build.ts";
import { attachLocks } from "./lock-referrer.ts";
import { type PushStats, pushImage } from "./publish.ts";
import { attachSboms } from "./sbom-referrer.ts";

export async function pushBuild(
  clients: RegistryClients,
  result: BuildResult,
  destinations: Reference[],
  sourceDateEpoch: number,
): Promise<PushStats> {
  return pushImage(clients, result.image, destinations, async () => {
    await attachSboms(clients, result, destinations, sourceDateEpoch);
    await attachLocks(clients, result, destinations, sourceDateEpoch);
  });
}
