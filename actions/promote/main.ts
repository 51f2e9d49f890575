import { code, inGroup, log, md, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import { type PromotionReport, promoteImage } from "@image-actions/promote";
import type { SignatureFormat } from "@image-actions/sigstore";
import { parseImageInput, registryClients, signerInput, verificationKeyInput } from "../shared/runtime.ts";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  const source = parseImageInput("source", inputs.source);
  const destinations = inputs.destinations.map((destination) => parseImageInput("destinations", destination));
  const verifyKey = inputs.verifyKey ? await verificationKeyInput("verify-key", inputs.verifyKey) : undefined;
  const signer = inputs.signKey ? await signerInput("sign-key", inputs.signKey, inputs.signKeyPassword) : undefined;
  const formats: SignatureFormat[] = inputs.format === "both" ? ["legacy", "bundle"] : [inputs.format];
  const clients = registryClients();
  try {
    const report = await inGroup(inputs.dryRun ? "Plan the promotion (dry run)" : "Promote", () =>
      promoteImage(clients, {
        source,
        destinations,
        ...(verifyKey ? { verifyKey } : {}),
        ...(signer ? { signer } : {}),
        formats,
        copySignatures: inputs.copySignatures,
        mutableTags: inputs.mutableTags,
        ...(inputs.createRepository ? { createRepositories: inputs.createRepository } : {}),
        dryRun: inputs.dryRun,
      }),
    );
    for (const line of report.warnings) log.warning(line);
    for (const item of report.destinations.filter((destination) => destination.tagOvertakenBy))
      log.warning(
        `${item.destination} was moved on to ${item.tagOvertakenBy} by another promotion right after this one wrote it (a mutable tag)`,
      );
    const images = report.destinations.map((destination) => destination.image);
    writeOutputs({ digest: report.digest, image: images[0], images, report });
    await writeJobSummary(summaryOf(report, signer?.description));
  } finally {
    await clients.close();
  }
}

function summaryOf(report: PromotionReport, signer: string | undefined) {
  const verb = report.dryRun ? "would promote" : "promoted";
  const verified = report.verified
    ? md`internal signature verified (${report.verified.signatures})`
    : md`internal signature NOT verified (verify: false)`;
  const lines = [
    md`${report.dryRun ? md`**Dry run, nothing written.** ` : ""}${code(report.source)} (${report.digest}) ${verb} to ${report.destinations.length} destination(s); ${verified}; ${signer ? md`signed with ${signer}` : "not signed (sign: false)"}.`,
  ];
  const attestations = attestationsLine(report);
  if (attestations) lines.push(attestations);
  const behind = report.destinations.flatMap((item) =>
    (item.copy.leftBehind ?? []).map((entry) => `${entry.kind} ${entry.digest} at ${item.destination}`),
  );
  if (behind.length > 0)
    lines.push(md`The registry could not hold these referrers of the image index: ${behind.join(", ")}.`);
  if (report.excludedReferrers.length > 0)
    lines.push(
      md`Not copied, as configured (internal signatures stay behind unless copy-signatures is true): ${report.excludedReferrers.map((item) => `${item.kind} ${item.tag ?? item.digest}`).join(", ")}.`,
    );
  return {
    title: report.dryRun ? "promote (dry run)" : "promote",
    lines,
    tables: [
      {
        header: ["destination", "tag", "repository", "copy", "blobs copied / present", "bytes", "signatures"],
        rows: report.destinations.map((item, index) => {
          // Two tags in one repository are one copy and one set of signatures: count them once.
          const first = report.destinations.findIndex((other) => other.image === item.image);
          if (first < index)
            return [
              item.destination,
              tagSummary(item, report.dryRun),
              item.repository ?? "—",
              `same copy as ${report.destinations[first]?.tag.tag}`,
              "—",
              "—",
              "—",
            ];
          return [
            item.destination,
            tagSummary(item, report.dryRun),
            item.repository ?? "—",
            item.copy.status,
            `${item.copy.blobs.copied} / ${item.copy.blobs.skipped}`,
            String(item.copy.bytes),
            report.dryRun
              ? `${item.signatures.planned} to sign`
              : `${item.signatures.written} written, ${item.signatures.existing} present${item.signatures.standIns ? ` (${item.signatures.standIns} legacy in place of a refused bundle)` : ""}`,
          ];
        }),
      },
    ],
  };
}

function tagSummary(item: PromotionReport["destinations"][number], dryRun: boolean): string {
  if (item.tag.state === "same") return `${item.tag.tag}: already ${item.tag.existing?.slice(0, 19)}…`;
  const moves = item.tag.state === "moves" ? ` (moves from ${item.tag.existing?.slice(0, 19)}…, mutable)` : "";
  const state = dryRun
    ? "to write"
    : item.tagOvertakenBy
      ? `written, then moved on to ${item.tagOvertakenBy.slice(0, 19)}…`
      : item.tagWritten
        ? "written"
        : "not written";
  return `${item.tag.tag}: ${state}${moves}`;
}

/**
 * What became of the source's attestations: carried (verified with the internal key, attested again
 * with the release key under the public name) and left behind (not signed by the internal key).
 */
function attestationsLine(report: PromotionReport) {
  if (report.attestations.length === 0) return undefined;
  const count = (outcome: PromotionReport["attestations"][number]["outcome"]) =>
    report.attestations.filter((item) => item.outcome === outcome).length;
  const carried = report.attestations.filter((item) => item.outcome !== "left behind");
  const types = [...new Set(carried.map((item) => item.predicateType))].join(", ");
  const done = report.dryRun
    ? `${count("planned")} to attest`
    : `${count("written")} written, ${count("exists")} present`;
  const behind = count("left behind");
  return md`Attestations verified with the internal key, attested again with the release key: ${carried.length > 0 ? `${done} (${types})` : "none"}${behind > 0 ? md`; ${behind} left behind, not signed with the internal key (see the warning)` : ""}.`;
}
