/**
 * Comparing copies with their source: every manifest of the image (each platform), every referrer
 * and cosign tag of the kinds asked for, and the destination tag. The same planning a copy does,
 * without its shortcut of trusting a tag that names the right digest (an audit must notice a
 * platform or a signature deleted behind it), and with each difference named instead of counted.
 */
import { formatPlatform, formatReference, type Reference } from "../reference.ts";
import type { ReferrerKind } from "../referrer-kinds.ts";
import type { ClientLookup } from "./copy.ts";
import { planDestination } from "./plan.ts";
import { collectSource, type GraphManifest } from "./source-graph.ts";

export interface DestinationAudit {
  destination: string;
  /** What the destination tag holds, if it exists. */
  tagDigest?: string;
  /** One line per difference; empty when the destination matches the source. */
  differences: string[];
}

export interface AuditReport {
  source: string;
  digest: string;
  destinations: DestinationAudit[];
}

export async function auditCopies(
  clients: ClientLookup,
  source: Reference,
  destinations: Reference[],
  options: { referrerKinds: readonly ReferrerKind[] },
): Promise<AuditReport> {
  const graph = await collectSource(clients.for(source.registry), source, { referrerKinds: options.referrerKinds });
  const platforms = new Map(
    (graph.root.manifests ?? []).map((child) => [child.digest, child.platform ? formatPlatform(child.platform) : ""]),
  );
  const describe = (item: GraphManifest): string => {
    if (item.kind !== "image") return `${item.kind} ${item.manifest.digest}${item.tag ? ` (${item.tag})` : ""}`;
    if (item.manifest.digest === graph.root.digest) return `image ${item.manifest.digest}`;
    const platform = platforms.get(item.manifest.digest);
    return `${platform ? `platform ${platform}` : "child"} ${item.manifest.digest}`;
  };
  const audits = await Promise.all(
    destinations.map(async (destination): Promise<DestinationAudit> => {
      const where = formatReference(destination);
      try {
        const plan = await planDestination(clients.for(destination.registry), destination, graph, {
          trustTag: false,
        });
        const differences: string[] = [];
        if (destination.tag && plan.existingTagDigest === undefined)
          differences.push(`tag ${destination.tag} is missing`);
        else if (destination.tag && plan.existingTagDigest !== graph.root.digest)
          differences.push(`tag ${destination.tag} holds ${plan.existingTagDigest}, not ${graph.root.digest}`);
        for (const item of graph.manifests)
          if (plan.missingManifests.has(item.manifest.digest)) differences.push(`${describe(item)} is missing`);
        for (const tag of plan.staleTags) differences.push(`cosign tag ${tag} is missing or names another manifest`);
        return {
          destination: where,
          ...(plan.existingTagDigest ? { tagDigest: plan.existingTagDigest } : {}),
          differences,
        };
      } catch (error) {
        return { destination: where, differences: [`could not be read: ${(error as Error).message}`] };
      }
    }),
  );
  return { source: formatReference(source), digest: graph.root.digest, destinations: audits };
}
