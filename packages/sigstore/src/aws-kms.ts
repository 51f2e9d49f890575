/**
 * AWS KMS keys, named as cosign names them: `awskms://[ENDPOINT]/KEY` where KEY is a key id, an
 * `alias/NAME` or a key or alias ARN (`awskms:///arn:aws:kms:…`). Signing calls KMS Sign with
 * ECDSA_SHA_256; verification uses the key's public half from GetPublicKey. The region is the
 * ARN's when there is one, otherwise the ambient AWS configuration's.
 */
import { createHash, createPublicKey } from "node:crypto";
import { KeyError } from "./errors.ts";
import { algorithmOf, type VerificationKey } from "./keys.ts";
import type { Signer } from "./signer.ts";

export interface AwsKmsKeyName {
  endpoint?: string;
  keyId: string;
  region?: string;
}

/** Largest message KMS signs as RAW; bigger ones are sent as their SHA-256 digest. */
const RAW_MESSAGE_LIMIT = 4096;

export function parseAwsKmsUri(uri: string): AwsKmsKeyName {
  const match = /^awskms:\/\/([^/]*)\/(.+)$/.exec(uri);
  if (!match) throw new KeyError(`'${uri}' is not awskms://[ENDPOINT]/KEY`);
  const [, endpoint, keyId] = match as unknown as [string, string, string];
  const validKey =
    /^[0-9a-f-]{36}$/.test(keyId) ||
    /^alias\/[A-Za-z0-9/_-]+$/.test(keyId) ||
    /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/.test(keyId);
  if (!validKey) throw new KeyError(`'${keyId}' in '${uri}' is not a KMS key id, alias/NAME or key ARN`);
  const region = keyId.startsWith("arn:") ? keyId.split(":")[3] : undefined;
  return { keyId, ...(endpoint ? { endpoint: `https://${endpoint}` } : {}), ...(region ? { region } : {}) };
}

export interface AwsKmsOptions {
  /** Extra SDK client configuration (tests point it at a local KMS). */
  sdkConfig?: Record<string, unknown>;
}

async function kmsClient(name: AwsKmsKeyName, options: AwsKmsOptions) {
  // Loaded on first use, like the ECR clients: most runs never touch KMS.
  const sdk = await import("@aws-sdk/client-kms");
  const client = new sdk.KMSClient({
    ...(name.region ? { region: name.region } : {}),
    ...(name.endpoint ? { endpoint: name.endpoint } : {}),
    ...options.sdkConfig,
  });
  return { sdk, client };
}

async function publicKeyOf(
  name: AwsKmsKeyName,
  options: AwsKmsOptions,
): Promise<{ key: VerificationKey; signingAlgorithms: string[] }> {
  const { sdk, client } = await kmsClient(name, options);
  const response = await client.send(new sdk.GetPublicKeyCommand({ KeyId: name.keyId })).catch((error: Error) => {
    throw new KeyError(`KMS key ${name.keyId}: GetPublicKey failed: ${error.message}`);
  });
  if (!response.PublicKey) throw new KeyError(`KMS key ${name.keyId} has no public key (is it a signing key?)`);
  const publicKey = createPublicKey({ key: Buffer.from(response.PublicKey), format: "der", type: "spki" });
  // The key itself says what it is (some KMS implementations leave KeySpec out of the answer).
  const algorithm = algorithmOf(publicKey);
  if (algorithm === "ed25519") throw new KeyError(`KMS key ${name.keyId} is not an ECDSA P-256 or RSA key`);
  return { key: { publicKey, algorithm }, signingAlgorithms: response.SigningAlgorithms ?? [] };
}

export async function awsKmsVerificationKey(uri: string, options: AwsKmsOptions = {}): Promise<VerificationKey> {
  return (await publicKeyOf(parseAwsKmsUri(uri), options)).key;
}

export async function awsKmsSigner(uri: string, options: AwsKmsOptions = {}): Promise<Signer> {
  const name = parseAwsKmsUri(uri);
  const { key } = await publicKeyOf(name, options);
  const signingAlgorithm = key.algorithm === "ecdsa-p256" ? "ECDSA_SHA_256" : "RSASSA_PKCS1_V1_5_SHA_256";
  const { sdk, client } = await kmsClient(name, options);
  return {
    algorithm: key.algorithm,
    publicKey: key.publicKey,
    description: uri,
    async sign(message) {
      // Small messages go as RAW (KMS hashes them with SHA-256, the same signature as over their
      // digest); cosign sends a DIGEST. Both are ECDSA over SHA-256 of the message.
      const raw = message.length <= RAW_MESSAGE_LIMIT;
      try {
        const response = await client.send(
          new sdk.SignCommand({
            KeyId: name.keyId,
            Message: raw ? message : createHash("sha256").update(message).digest(),
            MessageType: raw ? "RAW" : "DIGEST",
            SigningAlgorithm: signingAlgorithm,
          }),
        );
        if (!response.Signature) throw new Error("no signature in the response");
        return Buffer.from(response.Signature);
      } catch (error) {
        throw new KeyError(`KMS key ${name.keyId}: Sign failed: ${(error as Error).message}`);
      }
    },
  };
}
