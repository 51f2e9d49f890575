/**
 * What the action entries share beyond action-kit: registry clients whose secrets are masked, the
 * package errors that count as user errors, and turning reference and key inputs into values, with
 * failures reported against the input that caused them.
 */
import { readFile } from "node:fs/promises";
import { type ErrorClass, InputError, maskSecret, UserError } from "@image-actions/action-kit";
import { OciError, parseReference, type Reference, RegistryClients } from "@image-actions/oci";
import {
  KeyError,
  loadSigningKey,
  loadVerificationKey,
  resolveKeySource,
  type SigningKey,
  SigstoreError,
  type VerificationKey,
} from "@image-actions/sigstore";

/** Registry refusals, bad references, failed verifications: the user's to act on, one line each. */
export const USER_ERROR_CLASSES: ErrorClass[] = [OciError, SigstoreError];

export function registryClients(): RegistryClients {
  return new RegistryClients({ env: process.env, onSecret: maskSecret });
}

export function parseImageInput(input: string, value: string): Reference {
  try {
    return parseReference(value);
  } catch (error) {
    throw new InputError(input, (error as Error).message);
  }
}

async function keyPem(input: string, value: string): Promise<string> {
  try {
    const source = await resolveKeySource(value, { env: process.env, readFile: (path) => readFile(path, "utf8") });
    if (source.kind === "kms")
      throw new UserError(`input '${input}': AWS KMS keys are not implemented yet (tracked in issue #4)`);
    return source.pem;
  } catch (error) {
    if (error instanceof KeyError) throw new InputError(input, error.message);
    throw error;
  }
}

export async function signingKeyInput(input: string, value: string, password: string | undefined): Promise<SigningKey> {
  const pem = await keyPem(input, value);
  maskSecret(pem);
  try {
    return loadSigningKey(pem, password);
  } catch (error) {
    if (error instanceof KeyError) throw new InputError(input, error.message);
    throw error;
  }
}

export async function verificationKeyInput(input: string, value: string): Promise<VerificationKey> {
  try {
    return loadVerificationKey(await keyPem(input, value));
  } catch (error) {
    if (error instanceof KeyError) throw new InputError(input, error.message);
    throw error;
  }
}
