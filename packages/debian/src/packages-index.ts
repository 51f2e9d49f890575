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
  return stanzas.map((stanza) => recordFrom(stanza, fieldLookup(stanza), origin));
}

/** The fields a record is made of: the rest of a stanza (Description, Tag, MD5sum…) is never read. */
const RECORD_FIELDS = new Map(
  [
    "Package",
    "Version",
    "Architecture",
    "Source",
    "Depends",
    "Pre-Depends",
    "Provides",
    "Priority",
    "Multi-Arch",
    "Essential",
    "Filename",
    "Size",
    "SHA256",
  ].map((name) => [name.toLowerCase(), name]),
);

/**
 * The records of a whole `Packages` index, straight from its (verified) text: the same records as
 * `packageRecordsFrom(parseStanzas(text))`, read several times faster because only the fields a
 * record is made of are kept. bookworm's amd64 index is 50 MB and 63,000 stanzas, read once per
 * architecture on every cold resolution.
 */
export function packageRecordsFromIndex(text: string, origin: string): PackageRecord[] {
  const records: PackageRecord[] = [];
  let stanza: Stanza | undefined;
  let current: string | undefined;
  const finish = () => {
    if (stanza) records.push(recordFrom(stanza, (name) => stanza?.[name], origin));
    stanza = undefined;
    current = undefined;
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const first = line.charCodeAt(0);
    if (line === "" || ((first === 32 || first === 9) && line.trim() === "")) {
      finish();
      continue;
    }
    if (first === 32 || first === 9) {
      // A folded value continues the field above it; only kept fields are carried along.
      if (stanza && current) stanza[current] = `${stanza[current]}\n${line.slice(1).trimEnd()}`;
      continue;
    }
    if (first === 35) continue; // `#` comment
    const colon = line.indexOf(":");
    if (colon < 0) throw new DebianError(`${origin}: index line ${quoteForMessage(line)} is not "Field: value"`);
    const canonical = RECORD_FIELDS.get(line.slice(0, colon).toLowerCase());
    stanza ??= {};
    current = canonical;
    if (canonical) {
      if (Object.hasOwn(stanza, canonical))
        throw new DebianError(`${origin}: field ${canonical} appears twice in one paragraph`);
      stanza[canonical] = line.slice(colon + 1).trim();
    }
  }
  finish();
  return records;
}

function recordFrom(stanza: Stanza, field: FieldLookup, origin: string): PackageRecord {
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
    depends: [],
    preDepends: [],
    provides: provides(field, fail),
    filename: get("Filename"),
    size: Number(size),
    sha256: sha256.toLowerCase(),
    origin,
  };
  // An index lists some 60,000 packages and a resolution reads the relations of a few dozen: each
  // is parsed when first read (and a malformed one refused then), not all up front.
  lazyRelations(record, "depends", field, "Depends", fail);
  lazyRelations(record, "preDepends", field, "Pre-Depends", fail);
  const priority = field("Priority");
  if (priority) record.priority = priority;
  const multiArch = field("Multi-Arch");
  if (multiArch) record.multiArch = multiArch;
  const essential = field("Essential");
  if (essential) record.essential = essential === "yes";
  return record;
}

function lazyRelations(
  record: PackageRecord,
  property: "depends" | "preDepends",
  field: FieldLookup,
  fieldName: string,
  fail: (problem: string) => DebianError,
): void {
  const text = field(fieldName);
  if (text === undefined || text === "") return;
  let parsed: RelationField | undefined;
  Object.defineProperty(record, property, {
    enumerable: true,
    configurable: true,
    get: () => {
      parsed ??= relations(() => text, fieldName, fail);
      return parsed;
    },
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
