import { code, inGroup, log, md, writeJobSummary, writeOutputs } from "@image-actions/action-kit";
import { ALL_REFERRERS, MirrorError, type MirrorReport, mirrorFailures, mirrorImage } from "@image-actions/mirror";
import { type AuditReport, auditCopies, formatReference, withDigest } from "@image-actions/oci";
import { parseImageInput, registryClients, verificationKeyInput } from "../shared/runtime.ts";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  const inputs = getInputs();
  const source = parseImageInput("source", inputs.source);
  const destinations = inputs.destinations.map((destination) => parseImageInput("destinations", destination));
  const verifyKey = inputs.verifyKey ? await verificationKeyInput("verify-key", inputs.verifyKey) : undefined;
  const clients = registryClients();
  try {
    if (inputs.mode === "audit") {
      const referrerKinds = inputs.signatures === "copy" ? ALL_REFERRERS : (["sbom", "other"] as const);
      const audit = await inGroup("Audit the mirrors", () =>
        auditCopies(clients, source, destinations, { referrerKinds }),
      );
      writeOutputs({ digest: audit.digest, image: formatReference(withDigest(source, audit.digest)), report: audit });
      await writeJobSummary(auditSummary(audit));
      const differing = audit.destinations.filter((item) => item.differences.length > 0);
      if (differing.length > 0)
        throw new MirrorError(
          `${differing.length} of ${audit.destinations.length} mirror(s) differ from ${audit.source}: ${differing
            .map((item) => `${item.destination}: ${item.differences.join(", ")}`)
            .join("; ")}`,
        );
      return;
    }
    const report = await inGroup(inputs.mode === "plan" ? "Plan the mirror (no writes)" : "Mirror", () =>
      mirrorImage(clients, {
        source,
        destinations,
        signatures: inputs.signatures,
        ...(verifyKey ? { verifyKey } : {}),
        mutableTags: inputs.mutableTags,
        plan: inputs.mode === "plan",
      }),
    );
    writeOutputs({ digest: report.digest, image: formatReference(withDigest(source, report.digest)), report });
    for (const line of report.warnings) log.warning(line);
    for (const rate of report.pullRates.filter((item) => item.low)) log.warning(pullRateLine(rate));
    await writeJobSummary(mirrorSummary(report));
    const failures = mirrorFailures(report);
    if (failures) throw new MirrorError(failures);
  } finally {
    await clients.close();
  }
}

function pullRateLine(rate: MirrorReport["pullRates"][number]): string {
  const window = rate.windowSeconds ? ` per ${rate.windowSeconds / 3600} h` : "";
  return `${rate.registry}: ${rate.remaining}${rate.limit !== undefined ? ` of ${rate.limit}` : ""} pulls left${window}${rate.low ? " — nearly spent; later pulls may fail with 429" : ""}`;
}

function mirrorSummary(report: MirrorReport) {
  const verified = report.verified ? md`; verified with verify-key (${report.verified.signatures})` : "";
  return {
    title: report.plan ? "mirror (plan)" : "mirror",
    lines: [
      md`${report.plan ? md`**Plan, nothing written.** ` : ""}${code(report.source)} (${report.digest}) to ${report.destinations.length} destination(s)${verified}; ${report.sourceBytesRead} bytes read from the source for ${report.blobBytes} bytes of blobs.`,
      ...report.pullRates.map((rate) => md`Pull allowance: ${pullRateLine(rate)}.`),
    ],
    tables: [
      {
        header: [
          "destination",
          "status",
          "tag",
          "manifests",
          "blobs copied / mounted / present",
          "bytes",
          "signatures / attestations / SBOMs / other",
          "verified",
        ],
        rows: report.destinations.map((item) => [
          item.destination,
          item.status === "failed" ? `failed: ${item.error}` : item.status,
          tagStateLabel(item.tag.state),
          String(item.manifests),
          `${item.blobs.copied} / ${item.blobs.mounted} / ${item.blobs.skipped}`,
          String(item.bytes),
          (["signature", "attestation", "sbom", "other"] as const)
            .map((kind) => String(item.referrersByKind[kind] ?? 0))
            .join(" / "),
          item.verifiedSignatures === undefined ? "—" : `${item.verifiedSignatures} signature(s)`,
        ]),
      },
    ],
  };
}

function tagStateLabel(state: MirrorReport["destinations"][number]["tag"]["state"]): string {
  return { same: "already there", moves: "moves (mutable)", absent: "new", unreachable: "not checked" }[state];
}

function auditSummary(audit: AuditReport) {
  return {
    title: "mirror audit",
    lines: [md`${code(audit.source)} (${audit.digest}) compared with ${audit.destinations.length} mirror(s).`],
    tables: [
      {
        header: ["mirror", "tag holds", "differences"],
        rows: audit.destinations.map((item) => [
          item.destination,
          item.tagDigest ?? "—",
          item.differences.length === 0 ? "none: identical" : item.differences.join("; "),
        ]),
      },
    ],
  };
}
