/**
 * `image-actions`: the OCI client on the command line, so a release engineer can try a copy or a
 * promotion from a laptop, with the same auth and errors as the actions.
 *
 *   image-actions copy <source> <destination>... [--platform P]... [--referrers all|none|KIND,...]
 *                      [--concurrency N] [--dry-run] [--json]
 *   image-actions digest <ref>
 *   image-actions inspect <ref>
 *   image-actions diff <old-ref> <new-ref> [--platform os/arch]... [--scan] [--json]
 *   image-actions lock --from-image <ref> [--platform os/arch] [-o lock.json]
 *
 * Every command takes `--token-realm REGISTRY=URL` (repeatable): the token realm of a registry
 * that is not in the built-in table of well-known ones, so that its first request carries a token.
 */
import { parseArgs } from "node:util";
import { neutraliseWorkflowCommands } from "@image-actions/action-kit/workflow-commands";
// Only the error classes: the rest of the Debian package loads with its commands.
import { DebianError } from "@image-actions/debian/errors";
import {
  type CopyReport,
  copyImage,
  formatReference,
  InvalidInputError,
  ignoreSecrets,
  manifestReference,
  OciError,
  parsePlatform,
  parseReference,
  REFERRER_KINDS,
  type RealmTable,
  type ReferrerKind,
  RegistryClients,
  realmTable,
  WELL_KNOWN_REALMS,
} from "@image-actions/oci";
import {
  loadSigningKey,
  loadVerificationKey,
  localSigner,
  mapLimited,
  SigstoreError,
  signImages,
  verifyImageWithKey,
} from "@image-actions/sigstore";
import { buildCommand, debsCommand, KeyringFileError, lockCommand } from "./debian-commands.ts";
import { diffCommand } from "./diff-command.ts";
import { loadKeyFile } from "./key-file.ts";
import { lockFromImageCommand } from "./lock-from-image.ts";
import { ScanDiffError } from "./scan-diff-error.ts";

const USAGE = `usage:
  image-actions copy <source> <destination>... [--platform os/arch[/variant]]... [--referrers all|none|${REFERRER_KINDS.join(",")}] [--concurrency N] [--dry-run] [--json]
  image-actions digest <ref>
  image-actions inspect <ref>
  image-actions diff <old-ref> <new-ref> [--platform os/arch]... [--json]   (base and Debian packages, per platform)
                     [--scan [--trivy-path FILE] [--db-repository REF]... [--cache-dir DIR]]   (and the CVE delta, one trivy DB for both)
  image-actions sign --key <cosign.key> <ref>...      [--format legacy|bundle]  (password from COSIGN_PASSWORD)
  image-actions verify --key <cosign.pub> <ref>...    (keyed; legacy and bundle signatures; no transparency log)
  image-actions lock --base <image> [--source 'URL SUITE… [components: …]']... [--keyring FILE] [--platform os/arch]... [--deb FILE]... PACKAGE[=VERSION]... [-o lock.json]
  image-actions lock --update OLD.json --base <image> [--source 'URL SUITE…']... [--keyring FILE] [--platform os/arch]... [--deb FILE]... [-o NEW.json] [--json]
                     (both: [--snapshot-time TIME] fills {snapshot} in a source URL; today 00:00 UTC without it)
  image-actions lock --from-image <ref> [--platform os/arch] [-o lock.json]  (the lock the image was built from)
  image-actions debs --lock lock.json --platform os/arch -o DIR
  every command: [--token-realm REGISTRY=URL]...   (the registry's token realm, with ?service=… if it names one: its first request then carries a token)
  image-actions build --base <image@sha256:…> [--source …]... [--platform os/arch]... [--deb FILE]... [--lock lock.json] [--entrypoint JSON] (--tag REF... | -o DIR) PACKAGE[=VERSION]...`;

class UsageError extends Error {}

export function parseReferrerKinds(text: string): ReferrerKind[] {
  if (text === "all") return [...REFERRER_KINDS];
  if (text === "none" || text === "") return [];
  const kinds = text.split(",").map((kind) => kind.trim());
  for (const kind of kinds) {
    if (!(REFERRER_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--referrers: '${kind}' is not one of all, none, ${REFERRER_KINDS.join(", ")}`);
    }
  }
  return kinds as ReferrerKind[];
}

/**
 * The realms the command line names (`REGISTRY=URL`), each for exactly that registry, before the
 * built-in table. The URL is the realm as the registry's challenge names it; a `service` goes in
 * its query (the token request keeps the realm's query).
 */
export function parseTokenRealms(values: string[]): RealmTable {
  const entries: Record<string, { realm: string; challengesAnonymous: true }> = {};
  for (const value of values) {
    const equals = value.indexOf("=");
    const registry = value.slice(0, equals);
    const realm = value.slice(equals + 1);
    let url: URL | undefined;
    try {
      url = new URL(realm);
    } catch {}
    if (equals <= 0 || /[\s/]/.test(registry) || !url || (url.protocol !== "https:" && url.protocol !== "http:"))
      throw new UsageError(`--token-realm: '${value}' is not REGISTRY=URL (an http or https URL)`);
    entries[registry] = { realm, challengesAnonymous: true };
  }
  const given = realmTable(entries);
  return (registry) => given(registry) ?? WELL_KNOWN_REALMS(registry);
}

function formatCopyReport(report: CopyReport): string {
  const lines = [`${report.source} → ${report.digest} (${report.mediaType})`];
  for (const destination of report.destinations) {
    const detail = `${destination.manifests.copied} manifests, ${destination.blobs.copied} blobs copied (${destination.bytes} bytes), ${destination.blobs.mounted} mounted, ${destination.blobs.skipped} present; ${destination.requests} requests, ${destination.retries} retries`;
    lines.push(
      `  ${destination.destination}: ${destination.status}${destination.error ? `: ${destination.error}` : ` — ${detail}`}`,
    );
  }
  if (report.excludedReferrers.length > 0)
    lines.push(
      `  left behind: ${report.excludedReferrers.map((item) => `${item.kind} ${item.tag ?? item.digest}`).join(", ")}`,
    );
  return lines.join("\n");
}

/**
 * Everything the CLI prints may quote a registry (an error, a manifest): in a workflow's `run:` step
 * no such line may start a workflow command.
 */
function print(text: string): void {
  console.log(neutraliseWorkflowCommands(text));
}

/**
 * JSON cannot start a line with `::`, but a string in it may hold the legacy `##[command]` form: its
 * bracket is written as the JSON escape \u005b, so the data parses the same and means nothing to the
 * runner.
 */
function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2).replace(/##\[/g, "##\\u005b"));
}

export async function main(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      platform: { type: "string", multiple: true },
      referrers: { type: "string", default: "all" },
      // Four transfers at once, as crane does: measured on loopback, more only adds contention.
      concurrency: { type: "string", default: "4" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      key: { type: "string" },
      format: { type: "string", default: "legacy" },
      base: { type: "string" },
      source: { type: "string", multiple: true },
      keyring: { type: "string" },
      deb: { type: "string", multiple: true },
      lock: { type: "string" },
      "from-image": { type: "string" },
      scan: { type: "boolean" },
      "trivy-path": { type: "string" },
      "db-repository": { type: "string", multiple: true },
      "cache-dir": { type: "string" },
      "snapshot-time": { type: "string" },
      update: { type: "string" },
      output: { type: "string", short: "o" },
      tag: { type: "string", multiple: true },
      entrypoint: { type: "string" },
      "token-realm": { type: "string", multiple: true },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  const clients = new RegistryClients({
    env,
    onSecret: ignoreSecrets,
    knownRealms: parseTokenRealms(values["token-realm"] ?? []),
  });
  try {
    switch (command) {
      case "copy": {
        const [source, ...destinations] = args;
        if (!source || destinations.length === 0)
          throw new UsageError("copy needs a source and at least one destination");
        const concurrency = Number(values.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1)
          throw new UsageError(`--concurrency: '${values.concurrency}' is not a positive whole number`);
        const report = await copyImage(clients, parseReference(source), destinations.map(parseReference), {
          platforms: (values.platform ?? []).map(parsePlatform),
          referrerKinds: parseReferrerKinds(values.referrers),
          concurrency,
          dryRun: values["dry-run"],
        });
        if (values.json) printJson(report);
        else print(formatCopyReport(report));
        return report.destinations.some((destination) => destination.status === "failed") ? 1 : 0;
      }
      case "digest":
      case "inspect": {
        if (args.length !== 1) throw new UsageError(`${command} takes one image reference`);
        const reference = parseReference(args[0] as string);
        const manifest = await clients
          .for(reference.registry)
          .getManifest(reference.repository, manifestReference(reference));
        if (command === "digest") print(manifest.digest);
        else {
          const body = JSON.parse(manifest.bytes.toString("utf8")) as unknown;
          printJson({
            reference: formatReference(reference),
            digest: manifest.digest,
            mediaType: manifest.mediaType,
            size: manifest.bytes.length,
            manifest: body,
          });
        }
        return 0;
      }
      case "sign":
      case "verify": {
        if (!values.key) throw new UsageError(`${command} needs --key`);
        if (args.length === 0) throw new UsageError(`${command} needs at least one image reference`);
        const references = args.map(parseReference);
        const keyFile = values.key;
        const format = values.format === "bundle" ? "bundle" : "legacy";
        if (values.format !== "legacy" && values.format !== "bundle")
          throw new UsageError(`--format: '${values.format}' is not legacy or bundle`);
        if (command === "sign") {
          const key = await loadKeyFile(keyFile, (pem) => loadSigningKey(pem, env.COSIGN_PASSWORD));
          const signed = await signImages(clients, references, localSigner(key), {
            recursive: false,
            formats: [format],
          });
          for (const item of signed)
            print(`${item.image}: ${item.outcome === "written" ? "signed" : "already signed"} (${item.storedAt})`);
          return 0;
        }
        const key = await loadKeyFile(keyFile, loadVerificationKey);
        const results = await mapLimited(references, 8, async (reference) => {
          try {
            const verified = await verifyImageWithKey(clients, reference, key, { ignoreTlog: true });
            return { ok: true, line: `${verified.image}: verified (${verified.signatures.length} signatures)` };
          } catch (error) {
            if (!(error instanceof SigstoreError || error instanceof OciError)) throw error;
            return { ok: false, line: `${formatReference(reference)}: NOT verified: ${error.message}` };
          }
        });
        for (const { line } of results) print(line);
        return results.every(({ ok }) => ok) ? 0 : 1;
      }
      case "lock":
        if (values["from-image"] !== undefined)
          return await lockFromImageCommand(values, args, clients, print, (problem) => new UsageError(problem));
        return await lockCommand(
          values,
          args,
          clients,
          env,
          print,
          (problem) => new UsageError(problem),
          (value) => printJson(value),
        );
      case "diff":
        return await diffCommand(values, args, clients, print, printJson, (problem) => new UsageError(problem), env);
      case "debs":
        return await debsCommand(values, env, print, (problem) => new UsageError(problem));
      case "build":
        return await buildCommand(values, args, clients, env, print, (problem) => new UsageError(problem));
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } finally {
    await clients.close();
  }
}

/**
 * User errors, registry errors and signing errors (a key file, a password, a failed check) are one
 * line; anything else is a bug and keeps its stack.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `image-actions: ${error.message}\n${USAGE}`;
  if (
    error instanceof OciError ||
    error instanceof InvalidInputError ||
    error instanceof SigstoreError ||
    error instanceof KeyringFileError ||
    error instanceof DebianError ||
    error instanceof ScanDiffError
  )
    return `image-actions: ${error.message.replace(/\s*\n\s*/g, " ")}`;
  if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
    return `image-actions: ${error.message}\n${USAGE}`;
  return `image-actions: unexpected error (a bug; please report it): ${(error as Error).stack ?? String(error)}`;
}
