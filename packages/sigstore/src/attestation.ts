/**
 * Attestations, as `cosign attest --type <type> --predicate <file>` makes them: an in-toto statement
 * whose predicate is the file's document (an SBOM, SLSA provenance, OpenVEX; see predicates.ts),
 * signed in a DSSE envelope. Legacy format: the envelope is a layer
 * (`application/vnd.dsse.envelope.v1+json`, with a `predicateType` annotation) of the
 * `sha256-<hex>.att` image. Bundle format: a Sigstore bundle referrer, like a signature but with the
 * predicate's type.
 */
import { type Descriptor, legacyTag, type RegistryClient } from "@image-actions/oci";
import { IN_TOTO_PAYLOAD_TYPE, pae, writeBundleSignature } from "./bundle.ts";
import { SigstoreError, VerificationError } from "./errors.ts";
import type { VerificationKey } from "./keys.ts";
import { appendLegacyLayer, readLegacyAttestationLayers } from "./legacy.ts";
import type { AttestationPredicate } from "./predicates.ts";
import { verifyBytes } from "./signature.ts";
import type { Signer } from "./signer.ts";

export const DSSE_MEDIA_TYPE = "application/vnd.dsse.envelope.v1+json";
export const SPDX_PREDICATE = "https://spdx.dev/Document";
export const CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom";

/** The predicate type of an SBOM document, from its own content. */
export function sbomPredicateType(sbom: unknown): string {
  const document = sbom as { spdxVersion?: unknown; bomFormat?: unknown };
  if (typeof document?.spdxVersion === "string") return SPDX_PREDICATE;
  if (document?.bomFormat === "CycloneDX") return CYCLONEDX_PREDICATE;
  throw new SigstoreError("the SBOM is neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat)");
}

/**
 * The `.att` layer that already holds `statement` signed by `key` (ECDSA signatures differ on every
 * run, so "the same" means the same statement and a signature over it that verifies with the key).
 */
export async function findLegacyAttestation(
  client: RegistryClient,
  repository: string,
  layers: Descriptor[],
  wanted: { predicateType: string; statement: Buffer; key: VerificationKey },
): Promise<Descriptor | undefined> {
  for (const layer of layers) {
    if (layer.annotations?.predicateType !== wanted.predicateType) continue;
    let envelope: { payload?: unknown; signatures?: unknown };
    try {
      envelope = JSON.parse((await client.readBlob(repository, layer, 16 * 1024 * 1024)).toString("utf8"));
    } catch (error) {
      // Not an envelope (someone else's layer, a damaged one): not ours, so not the one we look for.
      if (error instanceof SyntaxError) continue;
      throw error;
    }
    const same =
      typeof envelope?.payload === "string" && Buffer.from(envelope.payload, "base64").equals(wanted.statement);
    const signatures = Array.isArray(envelope?.signatures) ? (envelope.signatures as Array<{ sig?: unknown }>) : [];
    const signed = signatures.some(
      (signature) =>
        typeof signature?.sig === "string" &&
        verifyBytes(wanted.key, pae(IN_TOTO_PAYLOAD_TYPE, wanted.statement), Buffer.from(signature.sig, "base64")),
    );
    if (same && signed) return layer;
  }
  return undefined;
}

/**
 * Check that a signed in-toto statement attests `predicateType` about `digest` (any statement
 * version: cosign v2 writes v0.1, v3 and others v1; https://github.com/in-toto/attestation
 * spec/v1/statement.md). `where` names the stored attestation in the message.
 */
export function checkAttestationStatement(payload: Buffer, digest: string, predicateType: string, where: string): void {
  let statement: { _type?: unknown; predicateType?: unknown; subject?: unknown };
  try {
    statement = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new VerificationError(`${where}: the signed statement is not JSON`);
  }
  if (typeof statement?._type !== "string" || !statement._type.startsWith("https://in-toto.io/Statement/"))
    throw new VerificationError(`${where}: the signed payload is not an in-toto statement`);
  if (statement.predicateType !== predicateType)
    throw new VerificationError(`${where}: predicate ${String(statement.predicateType)}, not ${predicateType}`);
  const [algorithm, hex] = digest.split(":") as [string, string];
  const subjects = Array.isArray(statement.subject) ? (statement.subject as Array<{ digest?: unknown }>) : [];
  const named = subjects.map((subject) => (subject?.digest as Record<string, unknown> | undefined)?.[algorithm]);
  if (!named.includes(hex)) throw new VerificationError(`${where}: the statement is not about ${digest}`);
}

/** The statement cosign v2 writes for `cosign attest` (in-toto v0.1, the subject named). */
export function attestationStatement(name: string, digest: string, predicateType: string, predicate: unknown): Buffer {
  const [algorithm, hex] = digest.split(":") as [string, string];
  return Buffer.from(
    JSON.stringify({
      _type: "https://in-toto.io/Statement/v0.1",
      predicateType,
      subject: [{ name, digest: { [algorithm]: hex } }],
      predicate,
    }),
  );
}

export interface AttestOptions {
  /** `registry/repository`, the subject's name in the statement. */
  name: string;
  subject: Descriptor;
  /** What is attested: the predicate document and its type. */
  predicate: AttestationPredicate;
  format: "legacy" | "bundle";
  created?: Date;
}

/** Attest one predicate about `options.subject`, unless this signer's same attestation is there. */
export async function attestPredicate(
  client: RegistryClient,
  repository: string,
  signer: Signer,
  options: AttestOptions,
): Promise<{ outcome: "written" | "exists"; storedAt: string; predicateType: string }> {
  const { predicateType, predicate } = options.predicate;
  const statement = attestationStatement(options.name, options.subject.digest, predicateType, predicate);
  if (options.format === "bundle") {
    const written = await writeBundleSignature(
      client,
      repository,
      signer,
      { subject: options.subject, created: options.created ?? new Date() },
      { statement, predicateType },
    );
    return { outcome: written.outcome, storedAt: `${options.name}@${written.referrer}`, predicateType };
  }
  const ours = { predicateType, statement, key: signer };
  // Looked for before signing too, so a re-run signs and uploads nothing (appendLegacyLayer looks again).
  const previous = await readLegacyAttestationLayers(client, repository, options.subject.digest);
  if (await findLegacyAttestation(client, repository, previous, ours))
    return {
      outcome: "exists",
      storedAt: `${options.name}:${legacyTag(options.subject.digest, "att")}`,
      predicateType,
    };
  const signature = await signer.sign(pae(IN_TOTO_PAYLOAD_TYPE, statement));
  const envelope = Buffer.from(
    JSON.stringify({
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      payload: statement.toString("base64"),
      signatures: [{ keyid: "", sig: signature.toString("base64") }],
    }),
  );
  // cosign leaves the signature annotation empty on attestation layers: the signature is in the envelope.
  const appended = await appendLegacyLayer(
    client,
    repository,
    options.subject.digest,
    "att",
    {
      mediaType: DSSE_MEDIA_TYPE,
      data: envelope,
      annotations: { "dev.cosignproject.cosign/signature": "", predicateType },
    },
    async (layers) => (await findLegacyAttestation(client, repository, layers, ours)) !== undefined,
  );
  return { outcome: appended.outcome, storedAt: `${options.name}:${appended.tag}`, predicateType };
}
