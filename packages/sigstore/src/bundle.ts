/**
 * cosign v3's signature format: a Sigstore bundle (v0.3) holding a DSSE envelope over an in-toto
 * statement with predicate type `https://sigstore.dev/cosign/sign/v1` whose subject is the image
 * digest, stored as an OCI 1.1 referrer of the image — a manifest with artifact type
 * `application/vnd.dev.sigstore.bundle.v0.3+json`, the empty config, the bundle as its one layer —
 * listed through the referrers API, or in the `sha256-<hex>` fallback index where there is none.
 * Key-based bundles carry a hint (the base64 SHA-256 of the public key's DER) instead of a certificate.
 */
import { createHash } from "node:crypto";
import {
  type Descriptor,
  digestOf,
  EMPTY_CONFIG,
  type Manifest,
  OCI_EMPTY_CONFIG,
  OCI_MANIFEST,
  parseManifest,
  type RegistryClient,
} from "@image-actions/oci";
import { bundleFromJSON, type Bundle as SigstoreBundle } from "@sigstore/bundle";
import { type EquivalentBundle, listBundleReferrer, readBundles } from "./bundle-referrers.ts";
import { VerificationError } from "./errors.ts";
import { verifyKeyedLogEntry } from "./keyed-log.ts";
import type { TrustedRootSource } from "./keyless/trusted-root.ts";
import type { VerificationKey } from "./keys.ts";
import { verifyBytes } from "./signature.ts";
import type { Signer } from "./signer.ts";

export const BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
export const COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";
export const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
const IN_TOTO_STATEMENT = "https://in-toto.io/Statement/v1";

export { readBundles };

/** DSSE's pre-authentication encoding: what is actually signed. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

export function signStatement(digest: string, annotations?: Map<string, string>): Buffer {
  const [algorithm, hex] = digest.split(":") as [string, string];
  const sorted = Object.fromEntries([...(annotations ?? new Map())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return Buffer.from(
    JSON.stringify({
      _type: IN_TOTO_STATEMENT,
      subject: [{ digest: { [algorithm]: hex }, annotations: sorted }],
      predicateType: COSIGN_SIGN_PREDICATE,
      predicate: {},
    }),
  );
}

export function keyHint(key: { publicKey: VerificationKey["publicKey"] }): string {
  return createHash("sha256")
    .update(key.publicKey.export({ type: "spki", format: "der" }))
    .digest("base64");
}

export async function buildKeyedBundle(signer: Signer, statement: Buffer): Promise<Buffer> {
  const signature = await signer.sign(pae(IN_TOTO_PAYLOAD_TYPE, statement));
  return Buffer.from(
    JSON.stringify({
      mediaType: BUNDLE_MEDIA_TYPE,
      verificationMaterial: { publicKey: { hint: keyHint(signer) } },
      dsseEnvelope: {
        payload: statement.toString("base64"),
        payloadType: IN_TOTO_PAYLOAD_TYPE,
        signatures: [{ sig: signature.toString("base64") }],
      },
    }),
  );
}

interface Bundle {
  mediaType?: string;
  verificationMaterial?: { publicKey?: { hint?: string }; tlogEntries?: unknown[] };
  dsseEnvelope?: { payload?: string; payloadType?: string; signatures?: Array<{ sig?: string }> };
}

export interface VerifiedBundle {
  format: "bundle";
  digest: string;
  referrer: string;
  tlogEntry: boolean;
  /** The Rekor log index of an entry that was verified (only when a trusted root was given). */
  logIndex?: string;
}

/**
 * Check one bundle: the DSSE signature with `key`, then that it is a cosign signature over
 * `digest` (or whatever `checkStatement` requires of the signed statement: an attestation's);
 * with `log`, its transparency-log entry too, against that trusted root.
 */
export function verifyBundle(
  bytes: Buffer,
  key: VerificationKey,
  digest: string,
  referrer: string,
  log?: TrustedRootSource,
  checkStatement: (payload: Buffer) => void = (payload) => checkSignStatement(payload, digest, referrer),
): VerifiedBundle {
  let bundle: Bundle;
  try {
    bundle = JSON.parse(bytes.toString("utf8")) as Bundle;
  } catch {
    throw new VerificationError(`${referrer}: the bundle is not JSON`);
  }
  if (!bundle.mediaType?.startsWith("application/vnd.dev.sigstore.bundle"))
    throw new VerificationError(`${referrer}: not a Sigstore bundle`);
  const envelope = bundle.dsseEnvelope;
  if (!envelope?.payload || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw new VerificationError(`${referrer}: no in-toto DSSE envelope in the bundle`);
  const payload = Buffer.from(envelope.payload, "base64");
  const verifies = (envelope.signatures ?? []).some(
    (signature) =>
      signature.sig &&
      verifyBytes(key, pae(envelope.payloadType as string, payload), Buffer.from(signature.sig, "base64")),
  );
  if (!verifies) throw new VerificationError(`${referrer}: the signature does not verify with this key`);
  checkStatement(payload);
  const tlogEntry = (bundle.verificationMaterial?.tlogEntries ?? []).length > 0;
  if (!tlogEntry || !log) return { format: "bundle", digest, referrer, tlogEntry };
  let parsed: SigstoreBundle;
  try {
    parsed = bundleFromJSON(bundle);
  } catch (error) {
    throw new VerificationError(`${referrer}: its transparency-log entry is malformed: ${(error as Error).message}`);
  }
  return {
    format: "bundle",
    digest,
    referrer,
    tlogEntry,
    logIndex: verifyKeyedLogEntry(parsed, key, log, undefined, referrer),
  };
}

/** Check that a signed in-toto statement is cosign's signature predicate over `digest`. */
export function checkSignStatement(payload: Buffer, digest: string, referrer: string): void {
  let statement: { _type?: string; predicateType?: string; subject?: Array<{ digest?: Record<string, string> }> };
  try {
    statement = JSON.parse(payload.toString("utf8"));
  } catch {
    throw new VerificationError(`${referrer}: the signed statement is not JSON`);
  }
  if (statement.predicateType !== COSIGN_SIGN_PREDICATE)
    throw new VerificationError(`${referrer}: predicate ${statement.predicateType} is not a cosign signature`);
  const [algorithm, hex] = digest.split(":") as [string, string];
  const subjects = (statement.subject ?? []).map((subject) => subject.digest?.[algorithm]);
  if (!subjects.includes(hex))
    throw new VerificationError(
      `${referrer}: the signature is for ${subjects.map((item) => `${algorithm}:${item}`).join(", ")}, not ${digest}`,
    );
}

/** Whether a stored bundle is this very statement, signed by this key. */
export function sameStatementBySigner(bytes: Buffer, key: VerificationKey, statement: Buffer): boolean {
  let envelope: Bundle["dsseEnvelope"];
  try {
    envelope = (JSON.parse(bytes.toString("utf8")) as Bundle).dsseEnvelope;
  } catch {
    return false;
  }
  if (!envelope?.payload || Buffer.from(envelope.payload, "base64").compare(statement) !== 0) return false;
  return (envelope.signatures ?? []).some(
    (signature) =>
      signature.sig && verifyBytes(key, pae(IN_TOTO_PAYLOAD_TYPE, statement), Buffer.from(signature.sig, "base64")),
  );
}

/** Whether a stored bundle carries a transparency-log entry. */
export function hasLogEntry(bytes: Buffer): boolean {
  try {
    const bundle = JSON.parse(bytes.toString("utf8")) as Bundle;
    return (bundle.verificationMaterial?.tlogEntries ?? []).length > 0;
  } catch {
    return false;
  }
}

/**
 * What makes a stored bundle equivalent to one we write: the same statement signed by the same key,
 * logged exactly when ours is (a logged one is never withdrawn in favour of one without its entry,
 * nor one with other annotations in its statement). See bundle-referrers.ts.
 */
export function sameSignedStatement(key: VerificationKey, statement: Buffer, logged: boolean): EquivalentBundle {
  return (bytes) => sameStatementBySigner(bytes, key, statement) && hasLogEntry(bytes) === logged;
}

export interface WriteBundleOptions {
  subject: Descriptor;
  annotations?: Map<string, string>;
  /** `org.opencontainers.image.created`, as cosign stamps it. */
  created: Date;
}

/** An in-toto statement and its predicate type, for attestations stored as bundles. */
export interface BundleStatement {
  statement: Buffer;
  predicateType: string;
}

/** Sign `subject` into a bundle referrer, unless one by this key over it is there already. */
export async function writeBundleSignature(
  client: RegistryClient,
  repository: string,
  signer: Signer,
  options: WriteBundleOptions,
  attestation?: BundleStatement,
): Promise<{ outcome: "written" | "exists"; referrer: string }> {
  const predicateType = attestation?.predicateType ?? COSIGN_SIGN_PREDICATE;
  const digest = options.subject.digest;
  for (const existing of await readBundles(client, repository, digest)) {
    try {
      if (attestation) {
        if (sameStatementBySigner(existing.bundle, signer, attestation.statement))
          return { outcome: "exists", referrer: existing.referrer };
        continue;
      }
      verifyBundle(existing.bundle, signer, digest, existing.referrer);
      return { outcome: "exists", referrer: existing.referrer };
    } catch {
      // Another key's signature: ours is still to be written.
    }
  }
  const statement = attestation?.statement ?? signStatement(digest, options.annotations);
  const bundle = await buildKeyedBundle(signer, statement);
  // A concurrent run with this key may be writing its own bundle of this statement right now.
  const equivalent = sameSignedStatement(signer, statement, false);
  return writeBundleReferrer(client, repository, bundle, options, predicateType, equivalent);
}

/**
 * Store a bundle as a referrer of `options.subject` (and in the fallback index without the API).
 * Given `equivalent`, a concurrent writer's equivalent bundle and ours converge to one referrer
 * (bundle-referrers.ts); the referrer returned is the one kept, ours ("written") or theirs ("exists").
 */
export async function writeBundleReferrer(
  client: RegistryClient,
  repository: string,
  bundle: Buffer,
  options: WriteBundleOptions,
  predicateType: string = COSIGN_SIGN_PREDICATE,
  equivalent?: EquivalentBundle,
): Promise<{ outcome: "written" | "exists"; referrer: string }> {
  const digest = options.subject.digest;
  const layer: Descriptor = { mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: digestOf(bundle) };
  const config: Descriptor = { mediaType: OCI_EMPTY_CONFIG, size: EMPTY_CONFIG.length, digest: digestOf(EMPTY_CONFIG) };
  await Promise.all([
    client.uploadBlob(repository, layer, () => bundle),
    client.uploadBlob(repository, config, () => EMPTY_CONFIG),
  ]);
  const annotations = {
    "dev.sigstore.bundle.content": "dsse-envelope",
    "dev.sigstore.bundle.predicateType": predicateType,
    "org.opencontainers.image.created": options.created.toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { ...config, artifactType: BUNDLE_MEDIA_TYPE },
      layers: [layer],
      annotations,
      subject: { mediaType: options.subject.mediaType, size: options.subject.size, digest },
      artifactType: BUNDLE_MEDIA_TYPE,
    }),
  );
  const manifest: Manifest = parseManifest(bytes, digestOf(bytes), OCI_MANIFEST);
  await client.putManifest(repository, manifest.digest, manifest);
  return listBundleReferrer(client, repository, digest, manifest, equivalent);
}
