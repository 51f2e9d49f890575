/**
 * Two images scanned in one run for their CVE delta (`image-actions diff OLD NEW --scan`, issue
 * 25): the DB is made ready once (vulnerability-db.ts), both images are scanned against it
 * (scan-images.ts), and each platform of the new image is compared with the same platform of the
 * old one (scan-delta.ts says how findings are matched). trivy-scan's `compare-with` does the same
 * inside its own run, beside its other images.
 */
import { formatReference, type Reference, type RegistryClients, repositoryName } from "@image-actions/oci";
import { type ScannedFindings, scanDeltas, type TargetDelta, unpairedBaseline } from "./scan-delta.ts";
import { type ImageToScan, scanImages } from "./scan-images.ts";
import { findingsFromTrivyReport, suppressedFindingsFromTrivyReport } from "./trivy-report.ts";
import type { ScanTarget } from "./types.ts";
import { type DbFetchResult, ensureVulnerabilityDb } from "./vulnerability-db.ts";

export interface CompareImagesOptions {
  /** Clients for the two images. */
  clients: RegistryClients;
  /** Clients for the DB repositories (a short Retry-After bound suits alternatives). */
  dbClients: RegistryClients;
  oldImage: Reference;
  newImage: Reference;
  /** Only these platforms (`os/arch[/variant]`); all of each image when absent. */
  platforms?: string[];
  trivyPath: string;
  dbRepositories: string[];
  /** Where the DB is kept (vulnerability-db.ts checks what it finds there). */
  cacheDir: string;
  /** Scratch space for layouts, trivy's layer cache and reports. */
  workDir: string;
  now?: Date;
  log?: (line: string) => void;
}

export interface PlatformScanDelta extends TargetDelta {
  /** `both`, or the one image that has this platform (then there is no delta). */
  in: "both" | "old" | "new";
  old?: ScanTarget;
  new?: ScanTarget;
}

export interface ImagesScanDelta {
  old: { image: string; digest: string };
  new: { image: string; digest: string };
  db: DbFetchResult;
  platforms: PlatformScanDelta[];
}

export async function compareImageScans(options: CompareImagesOptions): Promise<ImagesScanDelta> {
  const db = await ensureVulnerabilityDb({
    clients: options.dbClients,
    repositories: options.dbRepositories,
    cacheDir: options.cacheDir,
    now: options.now ?? new Date(),
    ...(options.log ? { log: options.log } : {}),
  });
  const image = (reference: Reference): ImageToScan => ({
    requested: formatReference(reference),
    reference,
    category: "",
  });
  const [oldImage, newImage] = [image(options.oldImage), image(options.newImage)];
  const scanned = await scanImages({
    clients: options.clients,
    images: [oldImage, newImage],
    trivyPath: options.trivyPath,
    cacheDir: options.cacheDir,
    workDir: options.workDir,
    ...(options.platforms ? { platforms: options.platforms } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  const findingsOf = (which: ImageToScan): ScannedFindings[] =>
    scanned
      .filter((item) => item.image === which)
      .map((item) => ({
        target: item.target,
        findings: findingsFromTrivyReport(item.report),
        accepted: suppressedFindingsFromTrivyReport(item.report).map((suppressed) => suppressed.finding),
      }));
  const [before, after] = [findingsOf(oldImage), findingsOf(newImage)];
  const platforms: PlatformScanDelta[] = scanDeltas(after, before).map(({ against, ...delta }, index) => ({
    ...delta,
    in: against ? "both" : "new",
    ...(against ? { old: against } : {}),
    new: (after[index] as ScannedFindings).target,
  }));
  for (const item of unpairedBaseline(after, before))
    platforms.push({ platform: item.target.platform ?? null, in: "old", old: item.target });
  const side = (which: ImageToScan) => {
    const digest = scanned.find((item) => item.image === which)?.target.digest ?? "";
    return { image: `${repositoryName(which.reference)}@${digest}`, digest };
  };
  return { old: side(oldImage), new: side(newImage), db, platforms };
}
