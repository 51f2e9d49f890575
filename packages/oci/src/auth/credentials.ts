/** What a registry login is: a username and password, or an OAuth2 identity (refresh) token. */
export type Credential = { username: string; password: string } | { identityToken: string };

export interface LookupOptions {
  /**
   * The credential last given was refused (expired): look again at the source (a new ECR token,
   * the docker config read again, the credential helper run again) rather than answer from a cache.
   */
  refresh?: boolean;
}

/** Finds the credential for a registry host, or undefined for anonymous access. */
export interface CredentialProvider {
  get(registry: string, options?: LookupOptions): Promise<Credential | undefined>;
}

/** Called with every secret the moment it is known, so the caller can mask it in logs. */
export type SecretSink = (secret: string) => void;

export const ignoreSecrets: SecretSink = () => {};

/** Tries providers in order; the first that knows the registry wins. */
export function firstOf(...providers: CredentialProvider[]): CredentialProvider {
  return {
    async get(registry, options) {
      for (const provider of providers) {
        const credential = await provider.get(registry, options);
        if (credential) return credential;
      }
      return undefined;
    },
  };
}

/** Fixed credentials per host, for callers that already hold them. */
export function staticCredentials(entries: Record<string, Credential>): CredentialProvider {
  return { get: async (registry) => entries[registry] };
}
