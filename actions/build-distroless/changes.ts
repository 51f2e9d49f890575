/**
 * `compare-with`: what the build changes against an image (what a release line serves now) — the
 * base digest old → new and, per platform, every Debian package added, removed or changed, both
 * images read from their dpkg status — as the `changes` output (debian's ImageChanges, the same
 * report as `image-actions diff --json`) and a part of the job summary. Names and versions come from
 * images: the summary keeps them text (action-kit's md and table cells).
 */
import { code, type JobSummary, md } from "@image-actions/action-kit";
import { type BuildResult, builtImagePackages } from "@image-actions/build";
import { diffAgainst, type ImageChanges, type RecordedBase } from "@image-actions/debian";
import type { Reference, RegistryClients } from "@image-actions/oci";

/** The build (named `image`) against `compareWith`; an image with the build's digest reads no layer. */
export async function changesAgainst(
  clients: RegistryClients,
  compareWith: Reference,
  result: BuildResult,
  image: string,
): Promise<ImageChanges> {
  return diffAgainst(clients, compareWith, {
    image,
    digest: result.digest,
    read: () => builtImagePackages(clients, result, image),
  });
}

/** The version cell of a package one side does not have. */
const NONE = "—";

function baseText(base: RecordedBase | null) {
  if (!base) return md`not recorded`;
  return base.name ? md`${code(base.name)} (${code(base.digest)})` : code(base.digest);
}

/** `summary` with the changes' lines and tables after its own. */
export function withChanges(summary: JobSummary, changes: ImageChanges | undefined): JobSummary {
  if (!changes) return summary;
  const lines = [...(summary.lines ?? [])];
  const tables = [...(summary.tables ?? [])];
  if (changes.identical) {
    lines.push(md`Compared with ${code(changes.old.image)}: the same digest, nothing changed.`);
    return { ...summary, lines, tables };
  }
  lines.push(md`Compared with ${code(changes.old.image)}:`);
  const base = changes.base;
  if (base?.changed === false) lines.push(md`- base unchanged: ${baseText(base.new)}`);
  else if (base?.old || base?.new) lines.push(md`- base: ${baseText(base.old)} → ${baseText(base.new)}`);
  else lines.push(md`- base: not recorded by both images alike (see the \`changes\` output per platform)`);
  for (const platform of changes.platforms)
    if (platform.in !== "both")
      lines.push(
        md`- ${platform.platform}: ${platform.in === "new" ? "new in this build" : "in the compared image only, not built"}`,
      );
  const compared = changes.platforms.filter((platform) => platform.in === "both");
  tables.push({
    header: ["platform", "changed", "added", "removed", "unchanged"],
    rows: compared.map((platform) => [
      platform.platform,
      platform.changed.length,
      platform.added.length,
      platform.removed.length,
      platform.unchanged,
    ]),
  });
  const rows = compared.flatMap((platform) => [
    ...platform.changed.map((item) => [platform.platform, item.name, item.architecture, item.old, item.new]),
    ...platform.added.map((item) => [platform.platform, item.name, item.architecture, NONE, item.version]),
    ...platform.removed.map((item) => [platform.platform, item.name, item.architecture, item.version, NONE]),
  ]);
  if (rows.length > 0) tables.push({ header: ["platform", "package", "architecture", "old", "new"], rows });
  return { ...summary, lines, tables };
}
