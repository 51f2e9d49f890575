/**
 * Amazon ECR and ECR Public logins through the AWS SDK with the ambient AWS credentials.
 * ECR: GetAuthorizationToken in the registry's region gives `AWS:<password>` for basic auth, valid
 * 12 hours. ECR Public: its control plane exists only in us-east-1, whatever region the job runs in,
 * and its token is the basic credential for the bearer-token flow of public.ecr.aws.
 */
import { AuthError } from "../errors.ts";
import type { Credential, CredentialProvider, LookupOptions, SecretSink } from "./credentials.ts";

const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
export const ECR_PUBLIC_HOST = "public.ecr.aws";
/** Tokens are renewed this long before they expire, so a long copy never runs on a dying token. */
const REFRESH_MARGIN_MS = 15 * 60 * 1000;

export function ecrRegion(registry: string): string | undefined {
  return ECR_HOST.exec(registry)?.[2];
}

/** The AWS account a private ECR host belongs to (its registry id). */
export function ecrAccount(registry: string): string | undefined {
  return ECR_HOST.exec(registry)?.[1];
}

export function isEcrRegistry(registry: string): boolean {
  return ECR_HOST.test(registry) || registry === ECR_PUBLIC_HOST;
}

interface CachedToken {
  credential: Credential;
  expiresAt: number;
}

export interface EcrCredentialOptions {
  onSecret: SecretSink;
  /** Region for hosts whose name does not carry one (credential helper `ecr-login` on a custom host). */
  defaultRegion?: string;
  now?: () => number;
  /**
   * Extra AWS SDK client configuration (a request handler, credentials). Tests use it to stub the
   * transport of ECR Public, for which no emulator exists.
   */
  sdkConfig?: { requestHandler?: unknown; credentials?: unknown };
}

function decodeToken(token: string | undefined, registry: string): Credential {
  const decoded = Buffer.from(token ?? "", "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (!token || colon < 0)
    throw new AuthError(`${registry}: the ECR authorization token is not of the form AWS:<password>`);
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * ECR credentials for `registry`. `force` makes any host use ECR (the `ecr-login` helper name in a
 * docker config), in the region its name carries or the default one.
 */
export class EcrCredentials implements CredentialProvider {
  private readonly cache = new Map<string, Promise<CachedToken>>();
  private readonly options: EcrCredentialOptions;
  private readonly forced = new Set<string>();

  constructor(options: EcrCredentialOptions) {
    this.options = options;
  }

  force(registry: string): void {
    this.forced.add(registry);
  }

  async get(registry: string, options: LookupOptions = {}): Promise<Credential | undefined> {
    if (!isEcrRegistry(registry) && !this.forced.has(registry)) return undefined;
    const now = this.options.now ?? Date.now;
    const cached = this.cache.get(registry);
    // A refused token is not given again, whatever its stated expiry: the registry has the last word.
    if (cached && !options.refresh) {
      const token = await cached.catch(() => undefined);
      if (token && token.expiresAt - REFRESH_MARGIN_MS > now()) return token.credential;
    }
    const fetching = this.fetch(registry);
    this.cache.set(registry, fetching);
    try {
      return (await fetching).credential;
    } catch (error) {
      this.cache.delete(registry);
      throw error;
    }
  }

  // biome-ignore lint/suspicious/noExplicitAny: the SDK's config types differ per client; ours is a pass-through.
  private sdkConfig(): any {
    return this.options.sdkConfig ?? {};
  }

  private async fetch(registry: string): Promise<CachedToken> {
    let token: string | undefined;
    let expiresAt: Date | undefined;
    try {
      // The SDK is loaded on first use: most copies never meet ECR and need not pay its start-up.
      if (registry === ECR_PUBLIC_HOST) {
        const { ECRPUBLICClient, GetAuthorizationTokenCommand: GetPublicAuthorizationTokenCommand } = await import(
          "@aws-sdk/client-ecr-public"
        );
        const client = new ECRPUBLICClient({ ...this.sdkConfig(), region: "us-east-1" });
        const response = await client.send(new GetPublicAuthorizationTokenCommand({}));
        token = response.authorizationData?.authorizationToken;
        expiresAt = response.authorizationData?.expiresAt;
      } else {
        const { ECRClient, GetAuthorizationTokenCommand } = await import("@aws-sdk/client-ecr");
        const region = ecrRegion(registry) ?? this.options.defaultRegion;
        const client = new ECRClient({ ...this.sdkConfig(), ...(region ? { region } : {}) });
        const response = await client.send(new GetAuthorizationTokenCommand({}));
        token = response.authorizationData?.[0]?.authorizationToken;
        expiresAt = response.authorizationData?.[0]?.expiresAt;
      }
    } catch (error) {
      throw new AuthError(`${registry}: could not get an ECR authorization token: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (token) this.options.onSecret(token);
    const credential = decodeToken(token, registry);
    if ("password" in credential) this.options.onSecret(credential.password);
    const now = (this.options.now ?? Date.now)();
    return { credential, expiresAt: expiresAt?.getTime() ?? now + 12 * 3600 * 1000 };
  }
}
