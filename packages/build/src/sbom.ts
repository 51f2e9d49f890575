// The SBOMs of one platform image, as SPDX 2.3 and CycloneDX 1.6 JSON. Pure functions: the caller
// gathers the packages (the base's status.d, the archive's and local .debs) and writes the bytes.
// Both documents are deterministic: ids and namespaces derive from content, timestamps from
// SOURCE_DATE_EPOCH, and every list is sorted, so the same image always gets the same SBOM digest.
import { createHash } from "node:crypto";
import { isKnownSpdxLicenseId } from "./licences.ts";

export const SPDX_MEDIA_TYPE = "application/spdx+json";
export const CYCLONEDX_MEDIA_TYPE = "application/vnd.cyclonedx+json";

export interface SbomPackage {
  name: string;
  version: string;
  architecture: string;
  /** The control file's Source field: "name", "name (version)", or empty when it equals the package. */
  source: string;
  origin: "base" | "archive" | "file";
  /** Where the .deb was downloaded from (archive packages). */
  url?: string;
  /** SHA-256 of the .deb, hex. */
  sha256?: string;
  /** SPDX ids where known, else Debian short names (see licensesFromCopyright). */
  licenses?: string[];
}

export interface SbomSubject {
  /** e.g. registry.example/org/app */
  repository: string;
  /** The platform manifest digest. */
  digest: string;
  platform: { os: string; architecture: string; variant?: string };
}

export interface SbomInput {
  subject: SbomSubject;
  packages: SbomPackage[];
  osRelease: Record<string, string>;
  sourceDateEpoch: number;
  toolVersion: string;
}

const TOOL_NAME = "image-actions";
const NOASSERTION = "NOASSERTION";
const ORIGIN_ORDER: Record<SbomPackage["origin"], number> = { base: 0, archive: 1, file: 2 };

function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A UUID (version 5 layout, RFC 9562) from a SHA-256 of `text`, so equal content gives equal ids. */
function uuidFromContent(text: string): string {
  const hex = sha256Hex(text).slice(0, 32).split("");
  hex[12] = "5";
  hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Percent-encodes everything but the purl spec's unreserved set (A-Z a-z 0-9 . - _ ~). */
function purlEncode(value: string, keep = ""): string {
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9._~-]/.test(ch) || keep.includes(ch)) out += ch;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Qualifiers sorted by key, as the purl spec's canonical form requires; empty values dropped. */
function purlQualifiers(qualifiers: Record<string, string | undefined>): string {
  const parts = Object.entries(qualifiers)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    // ':' and '/' are left readable in values (repository_url=host:5000/org/app), as the spec allows.
    .map(([key, value]) => `${key}=${purlEncode(value, ":/")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/**
 * The distro qualifier: `debian-<VERSION_ID>`; testing and sid have no VERSION_ID, so their
 * codename stands in; nothing when os-release names neither.
 */
function debianDistro(osRelease: Record<string, string>): string | undefined {
  const version = osRelease.VERSION_ID || osRelease.VERSION_CODENAME;
  return version ? `debian-${version}` : undefined;
}

export function debianPurl(pkg: Pick<SbomPackage, "name" | "version" | "architecture">, distro?: string): string {
  return `pkg:deb/debian/${purlEncode(pkg.name)}@${purlEncode(pkg.version)}${purlQualifiers({ arch: pkg.architecture, distro })}`;
}

export function ociPurl(subject: SbomSubject): string {
  const name = subject.repository.split("/").pop()?.toLowerCase() ?? subject.repository;
  const { architecture, variant } = subject.platform;
  return `pkg:oci/${purlEncode(name)}@${purlEncode(subject.digest)}${purlQualifiers({
    arch: variant ? `${architecture}/${variant}` : architecture,
    repository_url: subject.repository,
  })}`;
}

/** The source package's name and version from a Source field; the binary's own when absent. */
function sourcePackage(pkg: SbomPackage): { name: string; version: string } {
  const match = /^\s*(\S+)(?:\s+\(([^)]+)\))?\s*$/.exec(pkg.source);
  if (!match?.[1]) return { name: pkg.name, version: pkg.version };
  return { name: match[1], version: match[2]?.trim() ?? pkg.version };
}

interface PreparedPackage {
  pkg: SbomPackage;
  purl: string;
  licenses: string[];
}

/**
 * Sorted by name, architecture, version, origin, and one entry per purl: a package listed twice
 * (the base's and the archive's copy of the same version) keeps the later origin, which carries the
 * download URL and checksum.
 */
function preparePackages(packages: SbomPackage[], osRelease: Record<string, string>): PreparedPackage[] {
  const distro = debianDistro(osRelease);
  const byPurl = new Map<string, PreparedPackage>();
  const sorted = [...packages].sort(
    (a, b) =>
      compare(a.name, b.name) ||
      compare(a.architecture, b.architecture) ||
      compare(a.version, b.version) ||
      ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin],
  );
  for (const pkg of sorted) {
    const purl = debianPurl(pkg, distro);
    byPurl.set(purl, { pkg, purl, licenses: [...new Set(pkg.licenses ?? [])].sort() });
  }
  return [...byPurl.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isoFromEpoch(sourceDateEpoch: number): string {
  if (!Number.isInteger(sourceDateEpoch) || sourceDateEpoch < 0) {
    throw new Error(`source-date-epoch must be a non-negative integer, got ${sourceDateEpoch}`);
  }
  // SPDX wants YYYY-MM-DDThh:mm:ssZ, without milliseconds.
  return new Date(sourceDateEpoch * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function platformString(platform: SbomSubject["platform"]): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** SPDXRef-[idstring] allows letters, digits, '.' and '-'; the hash keeps ids unique after sanitising. */
function spdxPackageId(prefix: string, name: string, key: string): string {
  return `SPDXRef-${prefix}-${name.replace(/[^A-Za-z0-9.-]/g, "-")}-${sha256Hex(key).slice(0, 16)}`;
}

/** LicenseRef-[idstring] for a licence name that is not on the SPDX list. */
function licenseRef(name: string): string {
  return `LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "") || "unknown"}`;
}

function osName(osRelease: Record<string, string>): string {
  return osRelease.PRETTY_NAME || osRelease.NAME || "Debian";
}

/** SPDX 2.3 JSON for one platform image: the image DESCRIBED, CONTAINS each Debian package. */
export function spdxDocument(input: SbomInput): object {
  const { subject, osRelease, toolVersion } = input;
  const created = isoFromEpoch(input.sourceDateEpoch);
  const imagePurl = ociPurl(subject);
  const imageId = spdxPackageId("Image", subject.repository.split("/").pop() ?? "image", imagePurl);
  const extracted = new Map<string, string>();

  const packages = preparePackages(input.packages, osRelease).map(({ pkg, purl, licenses }) => {
    const source = sourcePackage(pkg);
    const ids = licenses.map((license) => {
      if (isKnownSpdxLicenseId(license)) return license;
      const ref = licenseRef(license);
      extracted.set(ref, license);
      return ref;
    });
    return {
      name: pkg.name,
      SPDXID: spdxPackageId("Package-deb", pkg.name, `${purl}#${pkg.origin}`),
      versionInfo: pkg.version,
      supplier: NOASSERTION,
      downloadLocation: pkg.origin === "archive" && pkg.url ? pkg.url : NOASSERTION,
      filesAnalyzed: false,
      ...(pkg.sha256 ? { checksums: [{ algorithm: "SHA256", checksumValue: pkg.sha256.toLowerCase() }] } : {}),
      sourceInfo: `built from source package ${source.name} ${source.version}; ${originText(pkg.origin)}`,
      licenseConcluded: NOASSERTION,
      // Every licence the copyright file names applies to some file of the package, hence AND.
      licenseDeclared: ids.length > 0 ? ids.join(" AND ") : NOASSERTION,
      copyrightText: NOASSERTION,
      externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: purl }],
      primaryPackagePurpose: "LIBRARY",
    };
  });

  const image = {
    name: subject.repository,
    SPDXID: imageId,
    versionInfo: subject.digest,
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    comment: `${platformString(subject.platform)} image on ${osName(osRelease)}`,
    externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: imagePurl }],
    primaryPackagePurpose: "CONTAINER",
  };

  const document: Record<string, unknown> = {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: `${subject.repository}@${subject.digest} (${platformString(subject.platform)})`,
    documentNamespace: "",
    creationInfo: {
      created,
      creators: [`Tool: ${TOOL_NAME}-${toolVersion}`],
    },
    packages: [image, ...packages],
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: imageId },
      ...packages.map((p) => ({ spdxElementId: imageId, relationshipType: "CONTAINS", relatedSpdxElement: p.SPDXID })),
    ],
  };
  if (extracted.size > 0) {
    document.hasExtractedLicensingInfos = [...extracted.entries()]
      .sort(([a], [b]) => compare(a, b))
      .map(([licenseId, name]) => ({
        licenseId,
        name,
        extractedText: `Debian copyright-format short name "${name}"; the text is in /usr/share/doc/<package>/copyright.`,
      }));
  }
  // The namespace must be unique per document content: derive it from everything else in it.
  document.documentNamespace = `https://spdx.org/spdxdocs/${TOOL_NAME}/${purlEncode(subject.repository.split("/").pop() ?? "image")}-${uuidFromContent(JSON.stringify(document))}`;
  return document;
}

function originText(origin: SbomPackage["origin"]): string {
  switch (origin) {
    case "base":
      return "installed in the base image";
    case "archive":
      return "added from the Debian archive";
    case "file":
      return "added from a local .deb";
  }
}

/** CycloneDX 1.6 JSON for one platform image: the image as metadata.component, each Debian package a library. */
export function cyclonedxDocument(input: SbomInput): object {
  const { subject, osRelease, toolVersion } = input;
  const imagePurl = ociPurl(subject);
  const components = preparePackages(input.packages, osRelease).map(({ pkg, purl, licenses }) => {
    const source = sourcePackage(pkg);
    const properties = [
      { name: `${TOOL_NAME}:deb:architecture`, value: pkg.architecture },
      { name: `${TOOL_NAME}:deb:origin`, value: pkg.origin },
      { name: `${TOOL_NAME}:deb:source`, value: source.name },
      { name: `${TOOL_NAME}:deb:source-version`, value: source.version },
    ];
    return {
      type: "library",
      "bom-ref": purl,
      name: pkg.name,
      version: pkg.version,
      purl,
      ...(pkg.sha256 ? { hashes: [{ alg: "SHA-256", content: pkg.sha256.toLowerCase() }] } : {}),
      ...(licenses.length > 0
        ? {
            licenses: licenses.map((license) =>
              isKnownSpdxLicenseId(license) ? { license: { id: license } } : { license: { name: license } },
            ),
          }
        : {}),
      ...(pkg.origin === "archive" && pkg.url ? { externalReferences: [{ type: "distribution", url: pkg.url }] } : {}),
      properties,
    };
  });

  const document = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: "",
    version: 1,
    metadata: {
      timestamp: isoFromEpoch(input.sourceDateEpoch),
      tools: { components: [{ type: "application", name: TOOL_NAME, version: toolVersion }] },
      component: {
        type: "container",
        "bom-ref": imagePurl,
        name: subject.repository,
        version: subject.digest,
        purl: imagePurl,
        properties: [
          { name: `${TOOL_NAME}:platform`, value: platformString(subject.platform) },
          { name: `${TOOL_NAME}:os`, value: osName(osRelease) },
        ],
      },
    },
    components,
  };
  document.serialNumber = `urn:uuid:${uuidFromContent(JSON.stringify(document))}`;
  return document;
}
