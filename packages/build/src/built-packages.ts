/**
 * A build's own image read as any image is read for a comparison (debian's image-packages.ts): each
 * platform's dpkg status from its merged layers — the base's streamed from its registry and
 * digest-checked, ours from the files the build wrote — and the base its manifest records. So the
 * `changes` of a build list what a scanner of the pushed image will see, and they are known before
 * anything is pushed (or when nothing is: `push: false`).
 *
 * Reading the layers, not the build's package list, is the point: a package of ours that replaces
 * one the base has, or a whiteout, shows as the merged filesystem says.
 */
import { createReadStream } from "node:fs";
import { type ImagePackages, platformKey, readLayersContent, recordedBase } from "@image-actions/debian";
import { formatPlatform, type RegistryClients } from "@image-actions/oci";
import type { BuildResult } from "./build.ts";

/** `image` names the build in the report (the first tag by digest, or the OCI layout's path). */
export async function builtImagePackages(
  clients: RegistryClients,
  result: BuildResult,
  image: string,
): Promise<ImagePackages> {
  const platforms = [];
  for (const built of result.image.platforms) {
    const baseClient = clients.for(built.base.registry);
    const { installed } = await readLayersContent(
      [
        ...built.baseLayers.map((layer) => ({
          descriptor: layer,
          open: () => baseClient.openBlob(built.base.repository, layer),
        })),
        ...built.newLayers.map((layer) => ({ descriptor: layer, open: () => createReadStream(layer.path) })),
      ],
      `the built image (${formatPlatform(built.platform)}, ${built.manifest.digest})`,
    );
    const manifest = JSON.parse(built.manifest.bytes.toString("utf8")) as { annotations?: Record<string, string> };
    platforms.push({
      platform: platformKey(built.platform),
      manifestDigest: built.manifest.digest,
      base: recordedBase(manifest.annotations),
      installed,
    });
  }
  return { image, digest: result.digest, platforms };
}
