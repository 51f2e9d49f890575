/**
 * `image-actions lock --from-image REF [--platform os/arch] [-o lock.json]`: the lock an image was
 * built from, as the image carries it (build's lock-referrer.ts), byte for byte — to rebuild it
 * (`build --lock`, or build-distroless's `lockfile`), or to read what it installed. The build
 * package (and the Debian one with it) is loaded only by this command.
 */
import { writeFile } from "node:fs/promises";
import { parsePlatform, parseReference, type RegistryClients } from "@image-actions/oci";

export interface LockFromImageValues {
  "from-image"?: string;
  platform?: string[];
  output?: string;
}

export async function lockFromImageCommand(
  values: LockFromImageValues,
  args: string[],
  clients: RegistryClients,
  print: (text: string) => void,
  usage: (problem: string) => Error,
): Promise<number> {
  const from = values["from-image"];
  if (!from) throw usage("lock --from-image needs an image reference");
  if (args.length > 0) throw usage("lock --from-image takes no packages: the image's lock names them");
  if ((values.platform ?? []).length > 1) throw usage("lock --from-image takes at most one --platform");
  const reference = parseReference(from);
  const platform = values.platform?.[0] ? parsePlatform(values.platform[0]) : undefined;
  const { readImageLock } = await import("@image-actions/build");
  const lock = await readImageLock(clients, reference, platform ? { platform } : {});
  if (values.output) {
    await writeFile(values.output, lock.bytes);
    console.error(`wrote ${values.output} (${lock.digest}, from ${lock.referrers.join(", ")})`);
  } else print(lock.bytes.toString("utf8").trimEnd());
  return 0;
}
