/**
 * The trusted root inside @sigstore/tuf's TUF seeds, read from the installed package. Only the
 * regeneration script (update-trusted-root.ts) and its drift test use it; bundles embed the copy.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const PUBLIC_GOOD_TUF = "https://tuf-repo-cdn.sigstore.dev";

export async function publicGoodSeedRoot(): Promise<unknown> {
  const seedsPath = createRequire(import.meta.url).resolve("@sigstore/tuf/seeds.json");
  const seeds = JSON.parse(await readFile(seedsPath, "utf8")) as Record<
    string,
    { targets?: Record<string, string> } | undefined
  >;
  const encoded = seeds[PUBLIC_GOOD_TUF]?.targets?.["trusted_root.json"];
  if (!encoded) throw new Error(`@sigstore/tuf's seeds have no trusted_root.json for ${PUBLIC_GOOD_TUF}`);
  return JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
}
