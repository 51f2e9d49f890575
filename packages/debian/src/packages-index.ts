/**
 * Package records from the stanzas of a `Packages` index (or a .deb's control file), and installed
 * packages from a dpkg status database (`/var/lib/dpkg/status`, or distroless's one-file-per-package
 * `/var/lib/dpkg/status.d/*`). A record we would download must say where its file is and what its
 * bytes are (Filename, Size, SHA256); one that does not is refused, never skipped.
 */
import { fieldLookup, quoteForMessage } from "./control.ts";
import { DebianError } from "./errors.ts";
import { parseProvides, parseRelations } from "./relations.ts";
import type { InstalledPackage, PackageRecord, RelationField, Stanza } from "./types.ts";
import { parseVersion } from "./version.ts";

type FieldLookup = ReturnType<typeof fieldLookup>;

const SHA256 = /^[0-9a-fA-F]{64}$/;
const SIZE = /^[0-9]+$/;

/** Every stanza of a `Packages` index as a record; `origin` is the archive root URL, or `file`. */
export function packageRecordsFrom(stanzas: Stanza[], origin: string): PackageRecord[] {
  return stanzas.map((stanza) => {
    const field = fieldLookup(stanza);
    const name = required(stanza, field, "Package", origin);
    const fail = (problem: string) => new DebianError(`${origin}: package ${quoteForMessage(name)}: ${problem}`);
    const get = (fieldName: string) => {
      const value = field(fieldName);
      if (value === undefined || value === "") throw fail(`no ${fieldName} field`);
      return value;
    };
    const version = checkedVersion(get("Version"), fail);
    const size = get("Size");
    if (!SIZE.test(size) || !Number.isSafeInteger(Number(size)))
      throw fail(`Size ${quoteForMessage(size)} is not a byte count`);
    const sha256 = get("SHA256");
    if (!SHA256.test(sha256)) throw fail(`SHA256 ${quoteForMessage(sha256)} is not 64 hexadecimal digits`);

    const record: PackageRecord = {
      name,
      version,
      architecture: get("Architecture"),
      // Policy §5.6.1: Source may carry the source version in parentheses when it differs.
      source: sourceName(field("Source"), name, fail),
      depends: relations(field, "Depends", fail),
      preDepends: relations(field, "Pre-Depends", fail),
      provides: provides(field, fail),
      filename: get("Filename"),
      size: Number(size),
      sha256: sha256.toLowerCase(),
      origin,
    };
    const priority = field("Priority");
    if (priority) record.priority = priority;
    const multiArch = field("Multi-Arch");
    if (multiArch) record.multiArch = multiArch;
    const essential = field("Essential");
    if (essential) record.essential = essential === "yes";
    return record;
  });
}

/**
 * The packages a dpkg status database says are installed. With a Status field only the state
 * `installed` counts (whatever the selection: `hold ok installed` is as installed as `install ok
 * installed`; `deinstall ok config-files` left only configuration behind). Distroless writes its
 * status.d stanzas without Status: those packages are installed.
 */
export function installedPackagesFrom(stanzas: Stanza[]): InstalledPackage[] {
  const installed: InstalledPackage[] = [];
  for (const stanza of stanzas) {
    const field = fieldLookup(stanza);
    const name = required(stanza, field, "Package", "dpkg status");
    const fail = (problem: string) => new DebianError(`dpkg status: package ${quoteForMessage(name)}: ${problem}`);
    const status = field("Status");
    if (status !== undefined && !isInstalled(status)) continue;
    const version = field("Version");
    if (!version) throw fail("no Version field");
    const architecture = field("Architecture");
    if (!architecture) throw fail("no Architecture field");
    const entry: InstalledPackage = {
      name,
      version: checkedVersion(version, fail),
      architecture,
      provides: provides(field, fail),
    };
    const multiArch = field("Multi-Arch");
    if (multiArch) entry.multiArch = multiArch;
    installed.push(entry);
  }
  return installed;
}

// dpkg's Status is `want flag state`; only a clean (`ok`) `installed` state satisfies dependencies.
function isInstalled(status: string): boolean {
  const [, flag, state] = status.trim().split(/\s+/);
  return flag === "ok" && state === "installed";
}

function required(stanza: Stanza, field: FieldLookup, name: string, where: string): string {
  const value = field(name);
  if (!value)
    throw new DebianError(
      `${where}: a stanza without a ${name} field (fields: ${quoteForMessage(Object.keys(stanza).join(", "))})`,
    );
  return value;
}

function checkedVersion(version: string, fail: (problem: string) => DebianError): string {
  try {
    parseVersion(version);
  } catch (error) {
    if (error instanceof DebianError) throw fail(error.message);
    throw error;
  }
  return version.trim();
}

function sourceName(source: string | undefined, name: string, fail: (problem: string) => DebianError): string {
  if (source === undefined || source === "") return name;
  const match = /^([A-Za-z0-9][A-Za-z0-9+._-]*)(?:\s*\([^()]+\))?$/.exec(source);
  if (!match?.[1]) throw fail(`Source ${quoteForMessage(source)} is malformed`);
  return match[1];
}

function relations(field: FieldLookup, name: string, fail: (problem: string) => DebianError): RelationField {
  try {
    return parseRelations(field(name) ?? "");
  } catch (error) {
    if (error instanceof DebianError) throw fail(`${name}: ${error.message}`);
    throw error;
  }
}

function provides(field: FieldLookup, fail: (problem: string) => DebianError): InstalledPackage["provides"] {
  try {
    return parseProvides(field("Provides") ?? "");
  } catch (error) {
    if (error instanceof DebianError) throw fail(error.message);
    throw error;
  }
}
