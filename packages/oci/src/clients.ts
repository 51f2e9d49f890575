/**
 * One RegistryClient per registry, sharing a transport (connection pools, per-host limits) and the
 * standard credential sources: ECR / ECR Public through the AWS SDK, then the docker config.
 */
import { type CredentialProvider, firstOf, type SecretSink } from "./auth/credentials.ts";
import { DockerConfigCredentials, dockerConfigPath } from "./auth/docker-config.ts";
import { ECR_PUBLIC_HOST, EcrCredentials, ecrAccount, ecrRegion } from "./auth/ecr.ts";
import type { RealmTable } from "./auth/known-realms.ts";
import type { EcrTarget } from "./ecr-repositories.ts";
import { RegistryClient } from "./registry-client.ts";
import { Transport, type TransportOptions } from "./transport.ts";

export interface ClientsOptions {
  /** Environment to read DOCKER_CONFIG from; process.env by default, passed in by the entry. */
  env?: Record<string, string | undefined>;
  onSecret: SecretSink;
  transport?: Transport;
  transportOptions?: TransportOptions;
  credentials?: CredentialProvider;
  /**
   * Token realms known before a registry's first answer: the entry points pass WELL_KNOWN_REALMS
   * (auth/known-realms.ts); without it every realm is learnt from the registry's challenge.
   */
  knownRealms?: RealmTable;
}

export class RegistryClients {
  readonly transport: Transport;
  private readonly clients = new Map<string, RegistryClient>();
  private readonly credentials: CredentialProvider;
  private readonly dockerConfig: DockerConfigCredentials | undefined;
  private readonly onSecret: SecretSink;
  private readonly knownRealms: RealmTable | undefined;

  constructor(options: ClientsOptions) {
    this.transport = options.transport ?? new Transport(options.transportOptions);
    this.onSecret = options.onSecret;
    this.knownRealms = options.knownRealms;
    const ecr = new EcrCredentials({ onSecret: options.onSecret });
    this.dockerConfig = options.credentials
      ? undefined
      : new DockerConfigCredentials(dockerConfigPath(options.env ?? {}), ecr, options.onSecret);
    this.credentials = options.credentials ?? firstOf(ecr, this.dockerConfig as DockerConfigCredentials);
  }

  /**
   * Which ECR `registry` is, if any: ECR Public and private ECR by their host names, and any host
   * the docker config logs in to with `ecr-login` as private ECR in the SDK's default region.
   */
  async ecrTarget(registry: string): Promise<EcrTarget | undefined> {
    if (registry === ECR_PUBLIC_HOST) return { kind: "public" };
    const region = ecrRegion(registry);
    const registryId = ecrAccount(registry);
    if (region && registryId) return { kind: "private", region, registryId };
    if (await this.dockerConfig?.usesEcrLogin(registry)) return { kind: "private" };
    return undefined;
  }

  for(registry: string): RegistryClient {
    let client = this.clients.get(registry);
    if (!client) {
      client = new RegistryClient(registry, {
        transport: this.transport,
        credentials: (host, lookup) => this.credentials.get(host, lookup),
        onSecret: this.onSecret,
        ecrTarget: () => this.ecrTarget(registry),
        ...(this.knownRealms ? { knownRealms: this.knownRealms } : {}),
        ...(this.dockerConfig
          ? { credentialsReady: () => (this.dockerConfig as DockerConfigCredentials).check() }
          : {}),
      });
      this.clients.set(registry, client);
    }
    return client;
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
