/**
 * cosign's legacy keyless signature, as a Sigstore bundle. A `.sig` layer carries the payload, the
 * signature, the Fulcio certificate (and chain) and a Rekor "bundle" annotation: the log entry's
 * canonicalized body, integrated time, index and log ID, with the log's signed entry timestamp
 * (SET) over them. That is exactly a v0.1 bundle's message signature with an inclusion promise, so
 * the checks (chain, SCT, SET, log body against the signature, signature) are @sigstore/verify's.
 * Going the other way, a bundle made by keyless signing becomes the layer's annotations.
 */
import { createHash, X509Certificate } from "node:crypto";
import { type Bundle, bundleFromJSON } from "@sigstore/bundle";
import { VerificationError } from "../errors.ts";

export const CERTIFICATE_ANNOTATION = "dev.sigstore.cosign/certificate";
export const CHAIN_ANNOTATION = "dev.sigstore.cosign/chain";
export const REKOR_BUNDLE_ANNOTATION = "dev.sigstore.cosign/bundle";
const BUNDLE_V01 = "application/vnd.dev.sigstore.bundle+json;version=0.1";

/** The `dev.sigstore.cosign/bundle` annotation: Rekor's answer, as cosign stores it. */
interface RekorBundleAnnotation {
  SignedEntryTimestamp?: string;
  Payload?: { body?: string; integratedTime?: number; logIndex?: number; logID?: string };
}

function pemToDer(pem: string, what: string): Buffer {
  try {
    return Buffer.from(new X509Certificate(pem).raw);
  } catch {
    throw new VerificationError(`the ${what} is not a PEM certificate`);
  }
}

/** A DSSE envelope as a `.att` layer stores it (https://github.com/secure-systems-lab/dsse). */
export interface DsseEnvelopeJson {
  payloadType: string;
  payload: string;
  signatures: Array<{ keyid?: string; sig: string }>;
}

/**
 * Rebuild the v0.1 bundle a legacy signature with a Rekor entry (keyless, or keyed) amounts to. A
 * `.att` layer's `envelope` (its signature inside it, logged as an `intoto` entry) becomes the
 * bundle's DSSE content; a `.sig` layer's payload and signature its message signature.
 */
export function legacyLayerToBundle(
  payload: Buffer,
  signature: string,
  annotations: Record<string, string>,
  envelope?: DsseEnvelopeJson,
): Bundle {
  const rekorText = annotations[REKOR_BUNDLE_ANNOTATION];
  if (!rekorText)
    throw new VerificationError("no transparency-log entry (dev.sigstore.cosign/bundle) is stored with it");
  let rekor: RekorBundleAnnotation;
  try {
    rekor = JSON.parse(rekorText);
  } catch {
    throw new VerificationError("its transparency-log entry is not JSON");
  }
  const entry = rekor.Payload;
  if (!rekor.SignedEntryTimestamp || !entry?.body || entry.integratedTime === undefined || !entry.logID)
    throw new VerificationError("its transparency-log entry lacks a signed entry timestamp, body, time or log ID");
  let kind: { kind?: string; apiVersion?: string };
  try {
    kind = JSON.parse(Buffer.from(entry.body, "base64").toString("utf8"));
  } catch {
    throw new VerificationError("its transparency-log entry body is not JSON");
  }
  // A keyed signature has no certificate: its key is the verifier's, found by the (empty) hint.
  const certificate = annotations[CERTIFICATE_ANNOTATION];
  const verificationMaterial = {
    ...(certificate
      ? {
          x509CertificateChain: {
            certificates: [{ rawBytes: pemToDer(certificate, "certificate").toString("base64") }],
          },
        }
      : { publicKey: { hint: "" } }),
    tlogEntries: [
      {
        logIndex: String(entry.logIndex ?? 0),
        logId: { keyId: Buffer.from(entry.logID, "hex").toString("base64") },
        kindVersion: { kind: kind.kind ?? "", version: kind.apiVersion ?? "" },
        integratedTime: String(entry.integratedTime),
        inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
        canonicalizedBody: entry.body,
      },
    ],
    timestampVerificationData: { rfc3161Timestamps: [] },
  };
  try {
    return bundleFromJSON({
      mediaType: BUNDLE_V01,
      verificationMaterial,
      ...(envelope
        ? {
            dsseEnvelope: {
              payloadType: envelope.payloadType,
              payload: envelope.payload,
              signatures: envelope.signatures.map(({ sig }) => ({ sig, keyid: "" })),
            },
          }
        : {
            messageSignature: {
              messageDigest: {
                algorithm: "SHA2_256",
                digest: createHash("sha256").update(payload).digest("base64"),
              },
              signature,
            },
          }),
    });
  } catch (error) {
    throw new VerificationError(`its signature material is malformed: ${(error as Error).message}`);
  }
}

function toPem(der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

/**
 * The annotations of a `.sig` layer (message signature) or `.att` layer (DSSE envelope, whose
 * signature is inside it) for a bundle made by logged signing: the certificate, if keyless, and the
 * Rekor entry with its promise, as cosign v2 writes them.
 */
export function bundleToLegacyAnnotations(bundle: Bundle): Record<string, string> {
  const material = bundle.verificationMaterial;
  const annotations: Record<string, string> = {
    "dev.cosignproject.cosign/signature":
      bundle.content.$case === "messageSignature" ? bundle.content.messageSignature.signature.toString("base64") : "",
  };
  const content = material.content;
  const leaf =
    content.$case === "certificate"
      ? content.certificate.rawBytes
      : content.$case === "x509CertificateChain"
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (leaf) annotations[CERTIFICATE_ANNOTATION] = toPem(leaf);
  const entry = material.tlogEntries[0];
  if (entry?.inclusionPromise) {
    annotations[REKOR_BUNDLE_ANNOTATION] = JSON.stringify({
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString("base64"),
      Payload: {
        body: entry.canonicalizedBody.toString("base64"),
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: entry.logId?.keyId.toString("hex"),
      },
    });
  }
  return annotations;
}
