/**
 * Signing with a transparency-log entry, through sigstore-js: the signer is Fulcio's short-lived
 * certificate (keyless) or our own key (keyed with `tlog-upload`), and every signature is recorded
 * in Rekor before it is stored. Stored as cosign stores it:
 * - legacy: a `.sig` layer (or a `.att` DSSE layer for attestations) whose annotations carry the
 *   certificate, if any, and the Rekor entry with its signed entry timestamp;
 * - bundle: a Sigstore bundle referrer (DSSE over the in-toto statement, log entry inside).
 * A keyed signature already there (same key, same payload, logged) is not signed or logged again;
 * every keyless signature has a certificate of its own, so signing again appends, as cosign does.
 */
import { createHash } from "node:crypto";
import {
  formatReference,
  isIndexReferrerRefusal,
  legacyTag,
  type Reference,
  type RegistryClient,
  type RegistryClients,
  repositoryName,
  withDigest,
} from "@image-actions/oci";
import { type Bundle, bundleToJSON } from "@sigstore/bundle";
import type { Signer as SigstoreSigner } from "@sigstore/sign";
import { attestationStatement, DSSE_MEDIA_TYPE, findLegacyAttestation } from "./attestation.ts";
import {
  hasLogEntry,
  IN_TOTO_PAYLOAD_TYPE,
  keyHint,
  readBundles,
  sameSignedStatement,
  sameStatementBySigner,
  signStatement,
  verifyBundle,
  writeBundleReferrer,
} from "./bundle.ts";
import { SigstoreError } from "./errors.ts";
import type {
  AttestedDigest,
  AttestImagesOptions,
  RefusedBundle,
  SignedDigest,
  SignImagesOptions,
  SigningTarget,
} from "./images.ts";
import {
  CONCURRENCY,
  legacyAttestationStandIn,
  mapLimited,
  resolveSubject,
  signingTargets,
  withLegacyStandIns,
} from "./images.ts";
import { bundleToLegacyAnnotations, REKOR_BUNDLE_ANNOTATION } from "./keyless/legacy-bundle.ts";
import { publicKeyPem } from "./keys.ts";
import {
  appendLegacyLayer,
  type LegacySignature,
  readLegacyAttestationLayers,
  readLegacySignatures,
  writeLegacySignature,
} from "./legacy.ts";
import { verifyBytes } from "./signature.ts";
import type { Signer } from "./signer.ts";
import { simpleSigningPayload } from "./simple-signing.ts";

export interface LoggedSigning {
  /** Fulcio's signer (keyless) or keyedSigstoreSigner(key). */
  signer: SigstoreSigner;
  rekorURL: string;
  /** The key of keyed signing: what "already signed" is checked against. None keyless. */
  key?: Signer;
  /** What signs, for messages: "keyless" or the key's description. */
  description: string;
}

/**
 * Our signer (local key or KMS) in the shape sigstore-js signs with. No hint: sigstore-js would make
 * it the DSSE signature's key ID, which cosign's envelope check then requires its own verifier to
 * match; cosign leaves it empty. The bundle gets its hint once logged (bundleBytes).
 */
export function keyedSigstoreSigner(signer: Signer): SigstoreSigner {
  const publicKey = publicKeyPem(signer);
  return {
    sign: async (data) => ({ signature: await signer.sign(data), key: { $case: "publicKey", publicKey, hint: "" } }),
  };
}

/**
 * sigstore-js's bundle builders with a Rekor witness. @sigstore/sign (and its fetch stack, most of
 * a bundle's code) is loaded only here, so keyed verification and unlogged signing start fast.
 */
async function builders(logged: LoggedSigning) {
  const { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness } = await import("@sigstore/sign");
  const { signer, rekorURL: rekorBaseURL } = logged;
  return {
    messages: new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL })] }),
    // DSSE envelopes are logged as `intoto` entries (as cosign attest does), whose log body keeps the
    // envelope's signatures and hashes as proposed; a `dsse` entry's body is rewritten by Rekor, which
    // a log stand-in cannot reproduce, so only `intoto` can be tested end to end here.
    envelopes: new DSSEBundleBuilder({
      signer,
      witnesses: [new RekorWitness({ rekorBaseURL, entryType: "intoto" })],
    }),
  };
}

export async function signImagesLogged(
  clients: RegistryClients,
  references: Reference[],
  logged: LoggedSigning,
  options: SignImagesOptions,
): Promise<SignedDigest[]> {
  const { messages, envelopes } = await builders(logged);
  const targets = await signingTargets(clients, references, options);
  const signLegacy = async ({ reference, subject }: SigningTarget): Promise<SignedDigest> => {
    const client = clients.for(reference.registry);
    const image = formatReference(withDigest(reference, subject.digest));
    const name = repositoryName(reference);
    const result = { image, digest: subject.digest, format: "legacy" as const };
    const payload = simpleSigningPayload(name, subject.digest, options.annotations);
    const key = logged.key;
    const isDuplicate = (stored: LegacySignature) =>
      key !== undefined &&
      Boolean(stored.annotations[REKOR_BUNDLE_ANNOTATION]) &&
      stored.payload.equals(payload) &&
      verifyBytes(key, stored.payload, Buffer.from(stored.signature, "base64"));
    // Checked before signing as well as when writing, so a repeat run does not add to the log.
    if (key && (await readLegacySignatures(client, reference.repository, subject.digest)).some(isDuplicate))
      return { ...result, storedAt: `${name}:${legacyTag(subject.digest, "sig")}`, outcome: "exists" };
    const bundle = await sigstoreStep(`sign ${image}`, () => messages.create({ data: payload }));
    if (bundle.content.$case !== "messageSignature") throw new SigstoreError(`sign ${image}: no message signature`);
    const written = await writeLegacySignature(
      client,
      reference.repository,
      subject.digest,
      { payload, signature: bundle.content.messageSignature.signature, annotations: bundleToLegacyAnnotations(bundle) },
      isDuplicate,
    );
    return { ...result, storedAt: `${name}:${written.tag}`, outcome: written.outcome };
  };
  const results = await mapLimited(targets, CONCURRENCY, async (target): Promise<SignedDigest | RefusedBundle> => {
    const { reference, subject, format } = target;
    if (format === "legacy") return signLegacy(target);
    const client = clients.for(reference.registry);
    const image = formatReference(withDigest(reference, subject.digest));
    const name = repositoryName(reference);
    const result = { image, digest: subject.digest, format };
    const existing = await findLoggedBundle(client, reference.repository, subject.digest, logged.key);
    if (existing) return { ...result, storedAt: `${name}@${existing}`, outcome: "exists" };
    const statement = signStatement(subject.digest, options.annotations);
    const bundle = await sigstoreStep(`sign ${image}`, () =>
      envelopes.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE }),
    );
    // A concurrent run with the same key may be storing its own logged bundle of this statement:
    // the two converge to one referrer (bundle-referrers.ts). Keyless bundles each have their own
    // certificate and are all kept, as cosign keeps them.
    try {
      const written = await writeBundleReferrer(
        client,
        reference.repository,
        bundleBytes(bundle, logged.key),
        { subject, created: options.created ?? new Date() },
        undefined,
        logged.key && sameSignedStatement(logged.key, statement, true),
      );
      return { ...result, storedAt: `${name}@${written.referrer}`, outcome: written.outcome };
    } catch (error) {
      // The bundle is logged by now and stays in the log, unstored: the registry's refusal comes
      // only once the referrer is put, after the log entry it must carry.
      if (isIndexReferrerRefusal(error, subject)) return { refused: target };
      throw error;
    }
  });
  return withLegacyStandIns(results, signLegacy);
}

/**
 * Attach a logged attestation of each predicate to each image (its root digest), in each format
 * asked for.
 */
export async function attestImagesLogged(
  clients: RegistryClients,
  references: Reference[],
  logged: LoggedSigning,
  options: AttestImagesOptions,
): Promise<AttestedDigest[]> {
  const { envelopes } = await builders(logged);
  const results: AttestedDigest[] = [];
  for (const reference of references) {
    const client = clients.for(reference.registry);
    const repository = reference.repository;
    const { subject } = await resolveSubject(clients, reference);
    const digest = subject.digest;
    const name = repositoryName(reference);
    for (const { predicateType, predicate } of options.predicates) {
      // Per predicate, so that a refused bundle's stand-in is the `.att` of the same predicate.
      const attested: AttestedDigest[] = [];
      const statement = attestationStatement(name, digest, predicateType, predicate);
      const image = formatReference(withDigest(reference, digest));
      const attest = async () => {
        const bundle = await sigstoreStep(`attest ${image}`, () =>
          envelopes.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE }),
        );
        if (bundle.content.$case !== "dsseEnvelope") throw new SigstoreError(`attest ${image}: no DSSE envelope`);
        return bundle;
      };
      const attestLegacy = async (): Promise<AttestedDigest> => {
        const result = { image, digest, format: "legacy-attestation" as const, predicateType };
        const previous = await readLegacyAttestationLayers(client, repository, digest);
        const existing =
          logged.key &&
          (await findLegacyAttestation(client, repository, previous, { predicateType, statement, key: logged.key }));
        if (existing?.annotations?.[REKOR_BUNDLE_ANNOTATION])
          return { ...result, storedAt: `${name}:${legacyTag(digest, "att")}`, outcome: "exists" };
        const bundle = await attest();
        const appended = await appendLegacyLayer(
          client,
          repository,
          digest,
          "att",
          {
            mediaType: DSSE_MEDIA_TYPE,
            data: legacyEnvelope(bundle),
            annotations: { ...bundleToLegacyAnnotations(bundle), predicateType },
          },
          // A concurrent run with the same key may have logged and stored the same statement meanwhile.
          async (layers) =>
            logged.key !== undefined &&
            Boolean(
              (await findLegacyAttestation(client, repository, layers, { predicateType, statement, key: logged.key }))
                ?.annotations?.[REKOR_BUNDLE_ANNOTATION],
            ),
        );
        return { ...result, storedAt: `${name}:${appended.tag}`, outcome: appended.outcome };
      };
      for (const format of options.formats) {
        if (format === "legacy") {
          attested.push(await attestLegacy());
          continue;
        }
        const result = { image, digest, format: "bundle-attestation" as const, predicateType };
        const existing = await findLoggedBundle(client, repository, digest, logged.key, statement);
        if (existing) {
          attested.push({ ...result, storedAt: `${name}@${existing}`, outcome: "exists" });
          continue;
        }
        try {
          const written = await writeBundleReferrer(
            client,
            repository,
            bundleBytes(await attest(), logged.key),
            { subject, created: options.created ?? new Date() },
            predicateType,
            logged.key && sameSignedStatement(logged.key, statement, true),
          );
          attested.push({ ...result, storedAt: `${name}@${written.referrer}`, outcome: written.outcome });
        } catch (error) {
          if (!isIndexReferrerRefusal(error, subject)) throw error;
          attested.push(...(await legacyAttestationStandIn(attested, image, attestLegacy)));
        }
      }
      results.push(...attested);
    }
  }
  return results;
}

/**
 * The bundle referrer of `digest` that `key` already signed and logged: a cosign signature over it,
 * or with `statement`, that very attestation. Never one for keyless signing.
 */
async function findLoggedBundle(
  client: RegistryClient,
  repository: string,
  digest: string,
  key: Signer | undefined,
  statement?: Buffer,
): Promise<string | undefined> {
  if (!key) return undefined;
  for (const { referrer, bundle } of await readBundles(client, repository, digest)) {
    try {
      const logged = statement
        ? sameStatementBySigner(bundle, key, statement) && hasLogEntry(bundle)
        : verifyBundle(bundle, key, digest, referrer).tlogEntry;
      if (logged) return referrer;
    } catch {
      // Another signer's bundle, or not a signature over this digest.
    }
  }
  return undefined;
}

/** A bundle as stored; a keyed one names its key by hint, as our unlogged keyed bundles do. */
function bundleBytes(bundle: Bundle, key: Signer | undefined): Buffer {
  const json = bundleToJSON(bundle);
  if (key && json.verificationMaterial?.publicKey) json.verificationMaterial.publicKey.hint = keyHint(key);
  return Buffer.from(JSON.stringify(json));
}

/**
 * A logged DSSE bundle's envelope as the `.att` layer: cosign checks that the SHA-256 of the layer
 * is the `hash` of its `intoto` log entry, and Rekor hashes the envelope in canonical JSON with
 * each signature's verifier (the certificate or public key PEM) beside it. So the layer is exactly
 * that JSON, rebuilt from the logged signatures and checked against the logged hash; readers of the
 * envelope ignore the extra field.
 */
function legacyEnvelope(bundle: Bundle): Buffer {
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (bundle.content.$case !== "dsseEnvelope" || !entry)
    throw new SigstoreError("an attestation needs a DSSE envelope and its log entry");
  const body = JSON.parse(entry.canonicalizedBody.toString("utf8")) as {
    spec?: {
      content?: {
        hash?: { value?: string };
        envelope?: { signatures?: Array<{ keyid?: string; publicKey?: string; sig?: string }> };
      };
    };
  };
  const content = body.spec?.content;
  const decode = (value: string | undefined) => Buffer.from(value ?? "", "base64").toString("utf8");
  const envelope = {
    payload: bundle.content.dsseEnvelope.payload.toString("base64"),
    payloadType: bundle.content.dsseEnvelope.payloadType,
    signatures: (content?.envelope?.signatures ?? []).map((signature) => ({
      ...(signature.keyid ? { keyid: signature.keyid } : {}),
      publicKey: decode(signature.publicKey),
      sig: decode(signature.sig),
    })),
  };
  // Keys in sorted order, no whitespace: canonical JSON for an object of strings.
  const bytes = Buffer.from(JSON.stringify(envelope));
  if (createHash("sha256").update(bytes).digest("hex") !== content?.hash?.value)
    throw new SigstoreError("the attestation's log entry does not hash the envelope it was given");
  return bytes;
}

/** sigstore-js failures (Fulcio refusing the token, Rekor down) as errors saying which step. */
async function sigstoreStep<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause = error as Error & { code?: string; cause?: Error };
    const detail = cause.cause?.message ? `: ${cause.cause.message}` : "";
    throw new SigstoreError(`${what}: ${cause.message}${detail}`, { cause });
  }
}
