// Licences of a Debian package, read from its machine-readable copyright file (DEP-5,
// https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/). Scanners (trivy, syft) read
// the same file in the image; the SBOM states what they would find, in SPDX identifiers.

/**
 * Debian short names (copyright-format 1.0, "License specification") whose SPDX identifier differs
 * from the name. Keys are lower-cased. Debian's "GPL-2" means version 2 only and "GPL-2+" version 2
 * or later, which is what SPDX's `-only` / `-or-later` ids say.
 */
const DEBIAN_TO_SPDX: Readonly<Record<string, string>> = {
  "gpl-1": "GPL-1.0-only",
  "gpl-1+": "GPL-1.0-or-later",
  "gpl-2": "GPL-2.0-only",
  "gpl-2+": "GPL-2.0-or-later",
  "gpl-3": "GPL-3.0-only",
  "gpl-3+": "GPL-3.0-or-later",
  "lgpl-2": "LGPL-2.0-only",
  "lgpl-2+": "LGPL-2.0-or-later",
  "lgpl-2.1": "LGPL-2.1-only",
  "lgpl-2.1+": "LGPL-2.1-or-later",
  "lgpl-3": "LGPL-3.0-only",
  "lgpl-3+": "LGPL-3.0-or-later",
  "agpl-3": "AGPL-3.0-only",
  "agpl-3+": "AGPL-3.0-or-later",
  "gfdl-1.2": "GFDL-1.2-only",
  "gfdl-1.2+": "GFDL-1.2-or-later",
  "gfdl-1.3": "GFDL-1.3-only",
  "gfdl-1.3+": "GFDL-1.3-or-later",
  expat: "MIT",
  "apache-2": "Apache-2.0",
  "apache-2+": "Apache-2.0",
  artistic: "Artistic-1.0",
  "artistic-1": "Artistic-1.0",
  "artistic-2": "Artistic-2.0",
  cc0: "CC0-1.0",
  "mpl-1.1": "MPL-1.1",
  "mpl-2": "MPL-2.0",
  "psf-2": "PSF-2.0",
  "bsd-tcp_wrappers": "TCP-wrappers",
  "permissive-fsf": "FSFAP",
};

/**
 * SPDX license-list identifiers that Debian copyright files commonly name as they are (matched
 * case-insensitively, "BSD-3-clause" → "BSD-3-Clause"), plus every value of the table above. Every
 * entry is checked against the SPDX license list shipped with the CycloneDX library in the tests.
 */
const SPDX_IDS: readonly string[] = [
  "0BSD",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "Apache-1.0",
  "Apache-1.1",
  "Apache-2.0",
  "Artistic-1.0",
  "Artistic-1.0-Perl",
  "Artistic-2.0",
  "Beerware",
  "BSD-1-Clause",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "BSD-4-Clause",
  "BSL-1.0",
  "bzip2-1.0.6",
  "CC-BY-3.0",
  "CC-BY-4.0",
  "CC-BY-SA-3.0",
  "CC-BY-SA-4.0",
  "CC0-1.0",
  "curl",
  "EPL-1.0",
  "EPL-2.0",
  "FSFAP",
  "FSFUL",
  "FSFULLR",
  "FTL",
  "GFDL-1.2-only",
  "GFDL-1.2-or-later",
  "GFDL-1.3-only",
  "GFDL-1.3-or-later",
  "GPL-1.0-only",
  "GPL-1.0-or-later",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "HPND",
  "ICU",
  "IJG",
  "ISC",
  "LGPL-2.0-only",
  "LGPL-2.0-or-later",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "Libpng",
  "MIT",
  "MIT-0",
  "MPL-1.1",
  "MPL-2.0",
  "NTP",
  "OpenSSL",
  "PSF-2.0",
  "Python-2.0",
  "Ruby",
  "TCP-wrappers",
  "Unicode-DFS-2016",
  "Unlicense",
  "WTFPL",
  "X11",
  "Zlib",
  "ZPL-2.1",
];

const KNOWN_SPDX_IDS: ReadonlySet<string> = new Set([...SPDX_IDS, ...Object.values(DEBIAN_TO_SPDX)]);
const SPDX_ID_BY_LOWER: ReadonlyMap<string, string> = new Map(SPDX_IDS.map((id) => [id.toLowerCase(), id] as const));

/** Whether `id` is one of the SPDX license-list identifiers this module knows (exact case). */
export function isKnownSpdxLicenseId(id: string): boolean {
  return KNOWN_SPDX_IDS.has(id);
}

/** Every SPDX id this module can produce, for tests that check them against the SPDX license list. */
export function knownSpdxLicenseIds(): string[] {
  return [...KNOWN_SPDX_IDS].sort();
}

/**
 * The SPDX id of one Debian licence short name, or the name itself (trimmed) when it has none.
 * A "with <X> exception" suffix is dropped: the list states the licences named, and the exception
 * only relaxes the base licence.
 */
export function spdxLicenseId(debianName: string): string {
  const name = debianName
    .trim()
    .replace(/\s+with\s+.*$/i, "")
    .trim();
  const lower = name.toLowerCase();
  return DEBIAN_TO_SPDX[lower] ?? SPDX_ID_BY_LOWER.get(lower) ?? name;
}

interface Dep5Paragraph {
  fields: Map<string, string>;
}

/** Splits a deb822 text into paragraphs of first-line field values (continuation lines are licence text, skipped). */
function paragraphs(text: string): Dep5Paragraph[] {
  const result: Dep5Paragraph[] = [];
  let current: Map<string, string> | undefined;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line.trim() === "") {
      if (current && current.size > 0) result.push({ fields: current });
      current = undefined;
      continue;
    }
    if (line.startsWith("#") || /^[ \t]/.test(line)) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    current ??= new Map();
    current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  if (current && current.size > 0) result.push({ fields: current });
  return result;
}

/** The header's Format field names copyright-format 1.0 (or its draft URL, still found in old packages). */
function isMachineReadable(header: Dep5Paragraph | undefined): boolean {
  const format = header?.fields.get("format");
  return format !== undefined && /copyright-format\/1\.0|\/deps?\/dep5/i.test(format);
}

/**
 * The licences named by the Files paragraphs of a machine-readable Debian copyright file, as SPDX
 * ids where known and Debian short names otherwise; deduplicated and sorted. A compound licence
 * ("GPL-2+ or Artistic", "MIT and BSD-3-clause", "A, B") contributes each licence it names.
 * Empty for a file that is not DEP-5: free-form copyright files are not guessed at.
 */
export function licensesFromCopyright(text: string): string[] {
  const all = paragraphs(text);
  if (!isMachineReadable(all[0])) return [];
  const found = new Set<string>();
  for (const paragraph of all.slice(1)) {
    if (!paragraph.fields.has("files")) continue;
    const license = paragraph.fields.get("license");
    if (!license) continue;
    for (const part of license.split(/\s+or\s+|\s+and\s+|\s*,\s*/i)) {
      const id = spdxLicenseId(part);
      if (id !== "") found.add(id);
    }
  }
  return [...found].sort();
}
