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

/** An image by digest, where it lives (a repository, or a bare name when it only went to an OCI layout). */
export interface OciImageName {
  /** e.g. registry.example/org/app; without a tag. A name without '/' has no registry (an OCI layout). */
  repository: string;
  /** The tag it was pushed or pulled under, if any: a purl qualifier, never part of the name. */
  tag?: string;
  digest: string;
}

export interface SbomSubject extends OciImageName {
  /** The built platform manifest's digest (`digest`), under the image's own destination repository. */
  platform: { os: string; architecture: string; variant?: string };
  /** The base this platform image was built on, by the digest of the base's manifest for this platform. */
  base?: OciImageName;
}

export interface SbomInput {
  subject: SbomSubject;
  packages: SbomPackage[];
  osRelease: Record<string, string>;
  /** /etc/debian_version's first line, when the image has one (the purls' distro qualifier). */
  debianVersion?: string;
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
 * The distro qualifier, as the scanners write it so that purls from their SBOMs and ours join:
 * `debian-<point release>` from /etc/debian_version (`debian-12.15`) when that is a number — syft
 * then uses it over os-release (syft/linux/supplement_release.go), and trivy always uses
 * debian_version (pkg/fanal/analyzer/os/debian, pkg/purl/purl.go parseDeb) — else
 * `debian-<VERSION_ID>`; testing and sid have neither, so their codename stands in.
 */
export function debianDistro(osRelease: Record<string, string>, debianVersion?: string): string | undefined {
  const pointRelease = debianVersion && /^\d+(?:\.\d+)?$/.test(debianVersion) ? debianVersion : undefined;
  const version = pointRelease || osRelease.VERSION_ID || osRelease.VERSION_CODENAME;
  return version ? `debian-${version}` : undefined;
}

export function debianPurl(pkg: Pick<SbomPackage, "name" | "version" | "architecture">, distro?: string): string {
  return `pkg:deb/debian/${purlEncode(pkg.name)}@${purlEncode(pkg.version)}${purlQualifiers({ arch: pkg.architecture, distro })}`;
}

/**
 * The purl of an image by digest, as the purl spec's `oci` type defines it (package-url/purl-spec
 * types/oci-definition.json): no namespace; the name is the repository's last path segment,
 * lowercased; the version is the digest; `repository_url` is the repository without tag or digest;
 * the tag, when there is one, is only the `tag` qualifier. trivy names images the same way
 * (pkg/purl/purl.go parseOCI), so its SBOMs and ours join on this purl.
 */
export function ociPurl(image: OciImageName, platform?: SbomSubject["platform"]): string {
  const name = image.repository.split("/").pop()?.toLowerCase() || image.repository.toLowerCase();
  return `pkg:oci/${purlEncode(name)}@${purlEncode(image.digest)}${purlQualifiers({
    arch: platform
      ? platform.variant
        ? `${platform.architecture}/${platform.variant}`
        : platform.architecture
      : undefined,
    // Only a real repository has a URL; a bare name (an OCI layout's) is not one.
    repository_url: image.repository.includes("/") ? image.repository : undefined,
    tag: image.tag,
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
function preparePackages(
  packages: SbomPackage[],
  osRelease: Record<string, string>,
  debianVersion: string | undefined,
): PreparedPackage[] {
  const distro = debianDistro(osRelease, debianVersion);
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
  const { osRelease, toolVersion } = input;
  const subject = describedImage(input.subject);
  const created = isoFromEpoch(input.sourceDateEpoch);
  const imagePurl = ociPurl(subject, subject.platform);
  const imageId = spdxPackageId("Image", lastSegment(subject.repository), imagePurl);
  const base = subject.base ? spdxBaseImage(subject.base, subject.platform) : undefined;
  const extracted = new Map<string, string>();

  const packages = preparePackages(input.packages, osRelease, input.debianVersion).map(({ pkg, purl, licenses }) => {
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

  const image = spdxContainer({
    name: subject.repository,
    id: imageId,
    digest: subject.digest,
    purl: imagePurl,
    comment: `${platformString(subject.platform)} image on ${osName(osRelease)}`,
  });

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
    packages: [image, ...(base ? [base] : []), ...packages],
    relationships: [
      { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: imageId },
      // SPDX 2.3 section 11.1: DESCENDANT_OF is "same lineage but postdates": the image is its base
      // plus layers, made after it.
      ...(base ? [{ spdxElementId: imageId, relationshipType: "DESCENDANT_OF", relatedSpdxElement: base.SPDXID }] : []),
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
  document.documentNamespace = `https://spdx.org/spdxdocs/${TOOL_NAME}/${purlEncode(lastSegment(subject.repository))}-${uuidFromContent(JSON.stringify(document))}`;
  return document;
}

function lastSegment(repository: string): string {
  return repository.split("/").pop() || "image";
}

/**
 * The built image as its SBOMs name it: by its repository's last segment, digest and tag, never by
 * where it was pushed. The SBOMs travel with the image from the internal candidate registry to
 * every public copy (promote carries referrers; DESIGN rule 3 keeps internal registry names from
 * being published), so the internal host and path stay out; the purl then has no repository_url and
 * names every copy alike. The base keeps its repository: it is what the image was built from.
 */
function describedImage(subject: SbomSubject): SbomSubject {
  return { ...subject, repository: lastSegment(subject.repository) };
}

/** An image as an SPDX package: a container, by digest, known by its purl. */
function spdxContainer(image: { name: string; id: string; digest: string; purl: string; comment: string }) {
  return {
    name: image.name,
    SPDXID: image.id,
    versionInfo: image.digest,
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    comment: image.comment,
    externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: image.purl }],
    primaryPackagePurpose: "CONTAINER",
  };
}

/** The base image as an SPDX package of its own: a container, by its platform manifest's digest. */
function spdxBaseImage(base: OciImageName, platform: SbomSubject["platform"]) {
  const purl = ociPurl(base, platform);
  return spdxContainer({
    name: base.repository,
    id: spdxPackageId("BaseImage", lastSegment(base.repository), purl),
    digest: base.digest,
    purl,
    comment: `the base image (${platformString(platform)}) the image was built on`,
  });
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
  const { osRelease, toolVersion } = input;
  const subject = describedImage(input.subject);
  const imagePurl = ociPurl(subject, subject.platform);
  const base = subject.base
    ? {
        type: "container",
        name: subject.base.repository,
        version: subject.base.digest,
        purl: ociPurl(subject.base, subject.platform),
      }
    : undefined;
  const components = preparePackages(input.packages, osRelease, input.debianVersion).map(({ pkg, purl, licenses }) => {
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
        // CycloneDX 1.6 pedigree.ancestors: "components in which a component is derived from" — the
        // base the image is built on (listed again under components, where the bom-ref lives).
        ...(base ? { pedigree: { ancestors: [base] } } : {}),
        properties: [
          { name: `${TOOL_NAME}:platform`, value: platformString(subject.platform) },
          { name: `${TOOL_NAME}:os`, value: osName(osRelease) },
        ],
      },
    },
    components: [...(base ? [{ ...base, "bom-ref": base.purl }] : []), ...components],
  };
  document.serialNumber = `urn:uuid:${uuidFromContent(JSON.stringify(document))}`;
  return document;
}
