/**
 * Creating missing ECR and ECR Public repositories, through the AWS SDK with the ambient AWS
 * credentials. A registry does not create repositories on push in either service, so a promotion to
 * a new image name needs this first. Existing repositories are left exactly as they are: their
 * settings are the account owner's, not this run's.
 */
import { OciError } from "./errors.ts";

/** Which ECR a registry host is. */
export type EcrTarget =
  | { kind: "private"; region?: string; registryId?: string }
  | {
      kind: "public";
    };

export interface RepositorySettings {
  /** Private ECR: tags cannot be overwritten (the registry backs up the promotion's own rule). */
  tagImmutability: boolean;
  /** Private ECR: tags exempt from immutability (ECR wildcard filters), e.g. the `mutable-tags`. */
  mutableTagFilters: string[];
  /** Private ECR: basic scan on push. */
  scanOnPush: boolean;
  /** Private ECR: a KMS key (ARN, id or alias) to encrypt with; AES-256 when absent. */
  kmsKey?: string;
  /** ECR Public: what the gallery shows. */
  catalog?: {
    description?: string;
    aboutText?: string;
    usageText?: string;
    architectures?: string[];
    operatingSystems?: string[];
  };
}

export type RepositoryOutcome = "exists" | "created" | "would create";

export interface EnsureOptions {
  dryRun?: boolean;
  /** Extra SDK client configuration (a stubbed request handler in tests). */
  sdkConfig?: Record<string, unknown>;
}

/**
 * The repository name the ECR Public API knows: `public.ecr.aws/<alias>/<name>` is repository
 * `<name>` in the registry behind `<alias>`.
 */
export function ecrPublicRepositoryName(repository: string): string {
  const slash = repository.indexOf("/");
  if (slash < 0)
    throw new OciError(`public.ecr.aws/${repository}: an ECR Public name is <registry alias>/<repository>`);
  return repository.slice(slash + 1);
}

const isNamed = (error: unknown, name: string): boolean => (error as { name?: string }).name === name;

function failure(where: string, action: string, error: unknown): OciError {
  return new OciError(`${where}: could not ${action} the repository: ${(error as Error).message}`, { cause: error });
}

/** Makes sure `repository` exists in the ECR that `target` names; creates it with `settings` if not. */
export async function ensureEcrRepository(
  registry: string,
  target: EcrTarget,
  repository: string,
  settings: RepositorySettings,
  options: EnsureOptions = {},
): Promise<RepositoryOutcome> {
  const where = `${registry}/${repository}`;
  return target.kind === "public"
    ? ensurePublic(where, ecrPublicRepositoryName(repository), settings, options)
    : ensurePrivate(where, target, repository, settings, options);
}

/**
 * The look-then-create both services share: `describe` throws RepositoryNotFoundException when the
 * repository is missing; `create` may find that another job created it in between, which is as good.
 */
async function lookThenCreate(
  where: string,
  dryRun: boolean | undefined,
  describe: () => Promise<unknown>,
  create: () => Promise<unknown>,
): Promise<RepositoryOutcome> {
  try {
    await describe();
    return "exists";
  } catch (error) {
    if (!isNamed(error, "RepositoryNotFoundException")) throw failure(where, "look up", error);
  }
  if (dryRun) return "would create";
  try {
    await create();
    return "created";
  } catch (error) {
    if (isNamed(error, "RepositoryAlreadyExistsException")) return "exists";
    throw failure(where, "create", error);
  }
}

async function ensurePrivate(
  where: string,
  target: { region?: string; registryId?: string },
  repositoryName: string,
  settings: RepositorySettings,
  options: EnsureOptions,
): Promise<RepositoryOutcome> {
  // Loaded on use: most runs never create a repository.
  const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } = await import("@aws-sdk/client-ecr");
  const client = new ECRClient({ ...options.sdkConfig, ...(target.region ? { region: target.region } : {}) });
  const registryId = target.registryId ? { registryId: target.registryId } : {};
  const exclusions = settings.tagImmutability ? settings.mutableTagFilters : [];
  try {
    return await lookThenCreate(
      where,
      options.dryRun,
      () => client.send(new DescribeRepositoriesCommand({ ...registryId, repositoryNames: [repositoryName] })),
      () =>
        client.send(
          new CreateRepositoryCommand({
            ...registryId,
            repositoryName,
            imageTagMutability: !settings.tagImmutability
              ? "MUTABLE"
              : exclusions.length > 0
                ? "IMMUTABLE_WITH_EXCLUSION"
                : "IMMUTABLE",
            ...(exclusions.length > 0
              ? {
                  imageTagMutabilityExclusionFilters: exclusions.map((filter) => ({
                    filterType: "WILDCARD" as const,
                    filter,
                  })),
                }
              : {}),
            imageScanningConfiguration: { scanOnPush: settings.scanOnPush },
            encryptionConfiguration: settings.kmsKey
              ? { encryptionType: "KMS", kmsKey: settings.kmsKey }
              : { encryptionType: "AES256" },
          }),
        ),
    );
  } finally {
    client.destroy();
  }
}

async function ensurePublic(
  where: string,
  repositoryName: string,
  settings: RepositorySettings,
  options: EnsureOptions,
): Promise<RepositoryOutcome> {
  const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRPUBLICClient } = await import(
    "@aws-sdk/client-ecr-public"
  );
  // ECR Public's control plane exists only in us-east-1.
  const client = new ECRPUBLICClient({ ...options.sdkConfig, region: "us-east-1" });
  const catalogData = Object.fromEntries(
    Object.entries(settings.catalog ?? {}).filter(([, value]) => value !== undefined && value !== ""),
  );
  try {
    return await lookThenCreate(
      where,
      options.dryRun,
      () => client.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] })),
      () =>
        client.send(
          new CreateRepositoryCommand({
            repositoryName,
            ...(Object.keys(catalogData).length > 0 ? { catalogData } : {}),
          }),
        ),
    );
  } finally {
    client.destroy();
  }
}
