/**
 * `image-actions diff OLD-REF NEW-REF [--platform os/arch]… [--scan …] [--json]`: what changed between two
 * images — the base each records (old → new) and, per platform, every Debian package added, removed
 * or changed, read from both images' dpkg status (debian's image-changes.ts). The question asked of
 * every base-image bump and every nightly rebuild; the answer is the same report build-distroless
 * writes as its `changes` output. Exit 0 whatever changed: a difference is an answer, not a failure.
 * `--scan` adds the CVE delta, both images scanned with one DB (scan-diff.ts): the JSON's
 * `vulnerabilities` (null for one image), and its lines after the packages'.
 *
 * Package names, architectures and base names come from the images: anything that is not what
 * Debian Policy allows there is printed quoted, so no image can forge a line of the report.
 */
import type { ImageChanges, PackageEntry, RecordedBase } from "@image-actions/debian";
import { formatPlatform, parsePlatform, parseReference, quoteValue, type RegistryClients } from "@image-actions/oci";
import type { ScanDiffReport, ScanDiffValues } from "./scan-diff.ts";

export interface DiffCommandValues extends ScanDiffValues {
  platform?: string[];
  json?: boolean;
  scan?: boolean;
}

export async function diffCommand(
  values: DiffCommandValues,
  args: string[],
  clients: RegistryClients,
  print: (text: string) => void,
  printJson: (value: unknown) => void,
  usage: (problem: string) => Error,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  if (!values.scan)
    for (const option of ["trivy-path", "db-repository", "cache-dir"] as const)
      if (values[option] !== undefined) throw usage(`--${option} goes with --scan`);
  if (args.length !== 2) throw usage("diff takes two image references: OLD NEW");
  const [oldReference, newReference] = (args as [string, string]).map(parseReference) as [
    ReturnType<typeof parseReference>,
    ReturnType<typeof parseReference>,
  ];
  const platforms = values.platform?.length ? values.platform.map(parsePlatform) : undefined;
  // Loaded here: copy, sign and verify do not pay for the Debian package at start-up.
  const { diffImages } = await import("@image-actions/debian");
  const report = await diffImages(clients, oldReference, newReference, platforms ? { platforms } : {});
  if (platforms && !report.identical && report.platforms.length === 0) {
    console.error(`image-actions: neither image has ${platforms.map(formatPlatform).join(" or ")}`);
    return 1;
  }
  let vulnerabilities: ScanDiffReport | null = null;
  if (values.scan && !report.identical) {
    // Scanned by the digests the diff resolved, so both halves of the report are of the same images.
    const { scanDiff } = await import("./scan-diff.ts");
    vulnerabilities = await scanDiff(
      values,
      parseReference(report.old.image),
      parseReference(report.new.image),
      clients,
      env,
      (line) => console.error(line),
    );
  }
  if (values.json) printJson(values.scan ? { ...report, vulnerabilities } : report);
  else {
    const lines = formatImageChanges(report);
    if (vulnerabilities) lines.push(...(await import("./scan-diff.ts")).formatScanDiff(vulnerabilities));
    print(lines.join("\n"));
  }
  return 0;
}

// Debian Policy §5.6.1 (Package), §5.6.8 (Architecture): what a real name looks like.
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]*$/;
const ARCHITECTURE = /^[a-z0-9-]+$/;
/** A reference as people write them: no space, no control, nothing a line could be forged with. */
const REFERENCE_TEXT = /^[A-Za-z0-9._:/@+-]+$/;

/** Outside text as it is when it looks like what it claims to be, quoted otherwise. */
function shown(text: string, looksRight: RegExp): string {
  return looksRight.test(text) ? text : quoteValue(text);
}

function baseText(base: RecordedBase | null): string {
  if (!base) return "not recorded";
  return base.name ? `${shown(base.name, REFERENCE_TEXT)} (${base.digest})` : base.digest;
}

function packageText(item: PackageEntry): string {
  return `${shown(item.name, PACKAGE_NAME)} ${item.version} (${shown(item.architecture, ARCHITECTURE)})`;
}

/** The report as lines a person reads; a caller may append its own sections (a scan's delta). */
export function formatImageChanges(report: ImageChanges): string[] {
  const lines = [`old: ${report.old.image}`, `new: ${report.new.image}`];
  if (report.identical) return [...lines, `the same image (${report.new.digest}): nothing changed`];
  const base = report.base;
  if (base) {
    if (base.changed === false) lines.push(`base: unchanged, ${baseText(base.new)}`);
    else if (base.old || base.new) lines.push(`base: ${baseText(base.old)} → ${baseText(base.new)}`);
    else lines.push("base: not recorded (see each platform)");
  }
  for (const platform of report.platforms) {
    if (platform.in !== "both") {
      lines.push(`${platform.platform}: only in the ${platform.in} image`);
      continue;
    }
    const counts = `${platform.changed.length} changed, ${platform.added.length} added, ${platform.removed.length} removed, ${platform.unchanged} unchanged`;
    lines.push(`${platform.platform}: ${counts}`);
    const oldBase = platform.old?.base ?? null;
    const newBase = platform.new?.base ?? null;
    // Said per platform only where the image-wide line could not say it.
    if (!base?.old && !base?.new && (oldBase || newBase) && oldBase?.digest !== newBase?.digest)
      lines.push(`  base: ${baseText(oldBase)} → ${baseText(newBase)}`);
    for (const item of platform.changed) {
      const architecture =
        item.oldArchitecture !== undefined
          ? `${shown(item.oldArchitecture, ARCHITECTURE)} → ${shown(item.architecture, ARCHITECTURE)}`
          : shown(item.architecture, ARCHITECTURE);
      lines.push(`  ~ ${shown(item.name, PACKAGE_NAME)} ${item.old} → ${item.new} (${architecture})`);
    }
    for (const item of platform.added) lines.push(`  + ${packageText(item)}`);
    for (const item of platform.removed) lines.push(`  - ${packageText(item)}`);
  }
  return lines;
}
