/**
 * Scanning a set of images: each reference resolved once, each platform of an index a target of its
 * own (category `<category>/<os>-<arch>`), each target fetched into its layout and scanned by trivy
 * against the one DB in `cacheDir`. Fetches run concurrently up to `concurrency`; trivy runs one at a
 * time, since its layer cache admits one process (and on two cores, two trivy runs at once measured
 * no faster than one after the other), while the next targets are being fetched.
 *
 * trivy's layer cache (`fanal/fanal.db` under its `--cache-dir`) lives in `workDir`, this job's
 * scratch space, never in `cacheDir`: trivy 0.74 keys a layer's analysis by the diff_id the image's
 * config names (pkg/fanal/artifact/image/image.go, `calcCacheKeys`) and does not read a layer whose
 * key it has, so a `cache-dir` restored from a poisoned Actions cache or left on a shared runner
 * could say "no packages here" for any published layer (diff_ids are public) and hide every finding
 * in it (issue 23). Per job, a base shared by several images is still analysed once; across jobs,
 * every layer is analysed again (~0.1–0.4 s a scan). The DB is reached through a `db` symlink to
 * `<cacheDir>/db`, which vulnerability-db.ts has checked.
 */

import { mkdir, readFile, symlink } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { jsonSyntaxProblem, type Reference, type RegistryClients, repositoryName } from "@image-actions/oci";
import { resolveScanTargets, writeScanLayout } from "./image-layout.ts";
import { runTrivy, TrivyRunError } from "./run-trivy.ts";
import type { ScanTarget } from "./types.ts";

export interface ImageToScan {
  /** What the user (or discovery) named, for reports. */
  requested: string;
  reference: Reference;
  /** The category of its runs; a platform suffix is added for each platform of an index. */
  category: string;
}

export interface ScannedTarget {
  /** The image this target belongs to (the very object given in `images`). */
  image: ImageToScan;
  target: ScanTarget;
  /** trivy's JSON report, as written (the caller parses it: it is outside data). */
  reportFile: string;
  report: unknown;
}

export interface ScanImagesOptions {
  clients: RegistryClients;
  images: ImageToScan[];
  trivyPath: string;
  /** trivy's cache dir, holding the DB (vulnerability-db.ts). */
  cacheDir: string;
  /** Scratch space for layouts and reports. */
  workDir: string;
  ignoreFile?: string;
  vex?: string[];
  /** Only these platforms (`os/arch[/variant]`) of an index are scanned; all when absent. */
  platforms?: string[];
  /** Images fetched at once; the machine's cores by default (at most 4). */
  concurrency?: number;
  log?: (line: string) => void;
}

/** `linux/arm64/v8` → `linux-arm64-v8`: a category suffix with no slash of its own. */
export function platformSuffix(platform: string): string {
  return platform.replaceAll("/", "-");
}

export async function scanImages(options: ScanImagesOptions): Promise<ScannedTarget[]> {
  const targets: Array<{ image: ImageToScan; target: ScanTarget; manifest: Parameters<typeof writeScanLayout>[2] }> =
    [];
  for (const image of options.images) {
    const { digest, manifests } = await resolveScanTargets(options.clients, image.reference);
    const perPlatform = manifests.length > 1;
    for (const { manifest, platform } of manifests) {
      if (options.platforms && platform && !options.platforms.includes(platform)) continue;
      targets.push({
        image,
        manifest,
        target: {
          repository: repositoryName(image.reference),
          requested: image.requested,
          digest,
          manifestDigest: manifest.digest,
          ...(platform ? { platform } : {}),
          category: perPlatform && platform ? `${image.category}/${platformSuffix(platform)}` : image.category,
        },
      });
    }
  }
  const trivyCacheDir = await jobTrivyCacheDir(options.cacheDir, options.workDir);
  const concurrency = Math.max(1, options.concurrency ?? Math.min(4, availableParallelism()));
  const results: ScannedTarget[] = new Array(targets.length);
  // One manifest named by several references (tags of one release, say) is scanned once.
  const scans = new Map<string, Promise<{ reportFile: string; report: unknown }>>();
  const scanManifest = (item: (typeof targets)[number], index: number) => {
    const key = item.target.manifestDigest;
    let scan = scans.get(key);
    if (!scan) {
      scan = (async () => {
        const client = options.clients.for(item.image.reference.registry);
        const layoutDir = await writeScanLayout(
          client,
          item.image.reference.repository,
          item.manifest,
          options.workDir,
        );
        const reportFile = join(options.workDir, `trivy-${key.slice("sha256:".length, 23)}-${index}.json`);
        const platform = item.target.platform ? ` (${item.target.platform})` : "";
        options.log?.(`scanning ${item.target.repository}@${key}${platform}`);
        await oneAtATime(() =>
          runTrivy({
            trivyPath: options.trivyPath,
            layoutDir,
            cacheDir: trivyCacheDir,
            outputFile: reportFile,
            ...(options.ignoreFile ? { ignoreFile: options.ignoreFile } : {}),
            ...(options.vex ? { vex: options.vex } : {}),
          }),
        );
        return { reportFile, report: await readReport(reportFile) };
      })();
      scans.set(key, scan);
    }
    return scan;
  };
  // trivy's turns: each run starts when the one before it has ended.
  let turn: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const mine = turn.then(work, work);
    turn = mine.catch(() => {});
    return mine;
  };
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      const item = targets[index] as (typeof targets)[number];
      results[index] = { image: item.image, target: item.target, ...(await scanManifest(item, index)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return results;
}

/** `<workDir>/trivy-cache`, its `db` linked to the checked DB in `cacheDir` (see the module comment). */
async function jobTrivyCacheDir(cacheDir: string, workDir: string): Promise<string> {
  const dir = join(workDir, "trivy-cache");
  await mkdir(dir, { recursive: true });
  await symlink(resolve(cacheDir, "db"), join(dir, "db")).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return dir;
}

async function readReport(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new TrivyRunError(`trivy's report ${path} is not JSON: ${jsonSyntaxProblem(error)}`);
  }
}
