/**
 * What the action entries share beyond action-kit: registry clients whose secrets are masked, the
 * package errors that count as user errors, and turning reference and key inputs into values, with
 * failures reported against the input that caused them.
 */
import { readFile } from "node:fs/promises";
import { type ErrorClass, InputError, maskSecret } from "@image-actions/action-kit";
import { OciError, parseReference, type Reference, RegistryClients, WELL_KNOWN_REALMS } from "@image-actions/oci";
import {
  awsKmsSigner,
  awsKmsVerificationKey,
  KeyError,
  type KeySource,
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  publicGoodTrustedRoot,
  readTrustedRoot,
  resolveKeySource,
  type Signer,
  SigstoreError,
  type TrustedRootSource,
  type VerificationKey,
} from "@image-actions/sigstore";

/** Registry refusals, bad references, failed verifications: the user's to act on, one line each. */
export const USER_ERROR_CLASSES: ErrorClass[] = [OciError, SigstoreError];

export function registryClients(): RegistryClients {
  return new RegistryClients({ env: process.env, onSecret: maskSecret, knownRealms: WELL_KNOWN_REALMS });
}

export function parseImageInput(input: string, value: string): Reference {
  try {
    return parseReference(value);
  } catch (error) {
    throw new InputError(input, (error as Error).message);
  }
}

/** Turn a key input into its source; a KeyError becomes an error naming the input. */
async function keySource(input: string, value: string): Promise<KeySource> {
  try {
    return await resolveKeySource(value, { env: process.env, readFile: (path) => readFile(path, "utf8") });
  } catch (error) {
    if (error instanceof KeyError) throw new InputError(input, error.message);
    throw error;
  }
}

async function asInputError<T>(input: string, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof KeyError) throw new InputError(input, error.message);
    throw error;
  }
}

export async function signerInput(input: string, value: string, password: string | undefined): Promise<Signer> {
  const source = await keySource(input, value);
  if (source.kind === "kms") return asInputError(input, () => awsKmsSigner(source.uri));
  maskSecret(source.pem);
  return asInputError(input, () => localSigner(loadSigningKey(source.pem, password)));
}

export async function verificationKeyInput(input: string, value: string): Promise<VerificationKey> {
  const source = await keySource(input, value);
  if (source.kind === "kms") return asInputError(input, () => awsKmsVerificationKey(source.uri));
  return asInputError(input, () => loadVerificationKey(source.pem));
}

/** The trusted root of keyless verification: a trusted_root.json path, or the embedded public-good one. */
export async function trustedRootInput(input: string, path: string | undefined): Promise<TrustedRootSource> {
  return path ? asInputError(input, () => readTrustedRoot(path)) : publicGoodTrustedRoot();
}
