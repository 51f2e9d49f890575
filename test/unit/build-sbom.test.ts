// The SBOMs build-distroless attaches to each platform image: they are deterministic (same input →
// byte-identical JSON, whatever order the packages come in), their purls are exact for Debian
// versions with epochs, '+' and '~', licences come from real machine-readable copyright files as
// SPDX ids, the CycloneDX document passes the CycloneDX 1.6 strict JSON schema (the CycloneDX
// library's own validator), and the SPDX document passes a focused SPDX 2.3 schema plus the spec
// rules a schema cannot say (both checks in test/support/sbom-schemas.ts, shared with the e2e tests).
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { knownSpdxLicenseIds, licensesFromCopyright, spdxLicenseId } from "../../packages/build/src/licences.ts";
import {
  CYCLONEDX_MEDIA_TYPE,
  cyclonedxDocument,
  debianPurl,
  ociPurl,
  type SbomInput,
  type SbomPackage,
  SPDX_MEDIA_TYPE,
  spdxDocument,
} from "../../packages/build/src/sbom.ts";
import { SCHEMA_FILES, spdx23Errors, validateCycloneDx16 } from "../support/sbom-schemas.ts";

const DIGEST = `sha256:${"ab".repeat(32)}`;
const BASE_DIGEST = `sha256:${"ba".repeat(32)}`;
const DEB_SHA = "0f".repeat(32);

const PACKAGES: SbomPackage[] = [
  { name: "base-files", version: "12.4+deb12u5", architecture: "amd64", source: "", origin: "base" },
  {
    name: "libc6",
    version: "2.36-9+deb12u4",
    architecture: "amd64",
    source: "glibc",
    origin: "base",
    licenses: ["GPL-2.0-or-later", "LGPL-2.1-or-later"],
  },
  {
    name: "libpam0g",
    version: "1.5.2-6+deb12u1",
    architecture: "amd64",
    source: "pam",
    origin: "archive",
    url: "https://archive.example/debian/pool/main/p/pam/libpam0g_1.5.2-6+deb12u1_amd64.deb",
    sha256: DEB_SHA,
    licenses: ["BSD-3-Clause", "GPL-2.0-or-later", "public-domain"],
  },
  {
    name: "dumb-init",
    version: "1.2.5-2",
    architecture: "amd64",
    source: "",
    origin: "archive",
    url: "https://archive.example/debian/pool/main/d/dumb-init/dumb-init_1.2.5-2_amd64.deb",
    sha256: "1e".repeat(32),
    licenses: ["MIT"],
  },
  { name: "libgcc-s1", version: "12.2.0-14", architecture: "amd64", source: "gcc-12 (12.2.0-14)", origin: "base" },
  {
    name: "my-app",
    version: "1:2.0~rc1+git5",
    architecture: "all",
    source: "",
    origin: "file",
    sha256: "aa".repeat(32),
  },
];

function input(packages: SbomPackage[] = PACKAGES): SbomInput {
  return {
    subject: {
      repository: "registry.example/org/app",
      tag: "1",
      digest: DIGEST,
      platform: { os: "linux", architecture: "amd64" },
      base: { repository: "registry.example/distroless/cc", digest: BASE_DIGEST },
    },
    packages,
    osRelease: {
      ID: "debian",
      VERSION_ID: "12",
      VERSION_CODENAME: "bookworm",
      PRETTY_NAME: "Debian GNU/Linux 12 (bookworm)",
    },
    sourceDateEpoch: 1700000000,
    toolVersion: "0.1.0",
  };
}

// biome-ignore lint/suspicious/noExplicitAny: documents are checked as plain JSON
type Json = any;

describe("SBOM media types", () => {
  it("are the ones referrers and attestations use", () => {
    assert.equal(SPDX_MEDIA_TYPE, "application/spdx+json");
    assert.equal(CYCLONEDX_MEDIA_TYPE, "application/vnd.cyclonedx+json");
  });
});

describe("purls", () => {
  const cases: [string, string, string, string][] = [
    ["libc6", "2.36-9+deb12u4", "amd64", "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"],
    ["libpam0g", "1.5.2-6+deb12u1", "arm64", "pkg:deb/debian/libpam0g@1.5.2-6%2Bdeb12u1?arch=arm64&distro=debian-12"],
    ["tzdata", "2024a-0+deb12u1", "all", "pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all&distro=debian-12"],
    ["libgcc-s1", "12.2.0-14", "amd64", "pkg:deb/debian/libgcc-s1@12.2.0-14?arch=amd64&distro=debian-12"],
    ["my-app", "1:2.0~rc1+git5", "all", "pkg:deb/debian/my-app@1%3A2.0~rc1%2Bgit5?arch=all&distro=debian-12"],
    ["libstdc++6", "12.2.0-14", "amd64", "pkg:deb/debian/libstdc%2B%2B6@12.2.0-14?arch=amd64&distro=debian-12"],
    ["perl", "5.36.0-7+deb12u1", "i386", "pkg:deb/debian/perl@5.36.0-7%2Bdeb12u1?arch=i386&distro=debian-12"],
  ];
  for (const [name, version, architecture, expected] of cases) {
    it(`${name} ${version} ${architecture}`, () => {
      assert.equal(debianPurl({ name, version, architecture }, "debian-12"), expected);
    });
  }

  // package-url/purl-spec types/oci-definition.json: name = the repository's last segment,
  // lowercased; version = the digest; repository_url without tag; the tag only as `tag`.
  it("the image: pkg:oci with the platform digest, arch, repository_url and the tag as a qualifier", () => {
    assert.equal(
      ociPurl(
        { repository: "registry.example:5000/org/App", tag: "1.2.3", digest: DIGEST },
        { os: "linux", architecture: "arm64", variant: "v8" },
      ),
      `pkg:oci/app@sha256%3A${"ab".repeat(32)}?arch=arm64/v8&repository_url=registry.example:5000/org/App&tag=1.2.3`,
    );
  });

  it("the image without a tag: no tag anywhere; an OCI layout's bare name: no repository_url", () => {
    const purl = ociPurl({ repository: "registry.example/distroless/cc", digest: DIGEST });
    assert.equal(purl, `pkg:oci/cc@sha256%3A${"ab".repeat(32)}?repository_url=registry.example/distroless/cc`);
    assert.equal(ociPurl({ repository: "layout", digest: DIGEST }), `pkg:oci/layout@sha256%3A${"ab".repeat(32)}`);
  });

  // syft/linux/supplement_release.go and trivy's pkg/purl parseDeb: the point release of
  // /etc/debian_version, so the same package gets the same purl from all three tools.
  it("distro is the point release of /etc/debian_version when it is a number, as trivy and syft write it", () => {
    const purls = (debianVersion: string | undefined) =>
      (cyclonedxDocument({ ...input(), ...(debianVersion ? { debianVersion } : {}) }) as Json).components
        .filter((c: Json) => c.type === "library")
        .map((c: Json) => new URLSearchParams(c.purl.split("?")[1]).get("distro"));
    assert.ok(purls("12.15").every((distro: string) => distro === "debian-12.15"));
    assert.ok(
      purls("trixie/sid").every((distro: string) => distro === "debian-12"),
      "not a number: os-release",
    );
    assert.ok(purls(undefined).every((distro: string) => distro === "debian-12"));
  });

  it("distro falls back to the codename when os-release has no VERSION_ID (testing, sid)", () => {
    const doc = cyclonedxDocument({ ...input(), osRelease: { ID: "debian", VERSION_CODENAME: "trixie" } }) as Json;
    assert.ok(
      doc.components
        .filter((c: Json) => c.type === "library")
        .every((c: Json) => c.purl.endsWith("&distro=debian-trixie")),
    );
  });
});

describe("determinism", () => {
  for (const [format, make] of [
    ["SPDX", spdxDocument],
    ["CycloneDX", cyclonedxDocument],
  ] as const) {
    it(`${format}: same input gives the same bytes, whatever the package order`, () => {
      const a = JSON.stringify(make(input()));
      const b = JSON.stringify(make(input([...PACKAGES].reverse())));
      const c = JSON.stringify(
        make(input([PACKAGES[3], PACKAGES[0], PACKAGES[5], PACKAGES[1], PACKAGES[4], PACKAGES[2]] as SbomPackage[])),
      );
      assert.equal(a, b);
      assert.equal(a, c);
    });

    it(`${format}: a different image digest gives a different document id`, () => {
      const a = make(input()) as Json;
      const other = input();
      other.subject = { ...other.subject, digest: `sha256:${"cd".repeat(32)}` };
      const b = make(other) as Json;
      const id = (doc: Json) => doc.documentNamespace ?? doc.serialNumber;
      assert.notEqual(id(a), id(b));
    });
  }

  it("timestamps come from source-date-epoch, not the clock", () => {
    const spdx = spdxDocument(input()) as Json;
    const cdx = cyclonedxDocument(input()) as Json;
    assert.equal(spdx.creationInfo.created, "2023-11-14T22:13:20Z");
    assert.equal(cdx.metadata.timestamp, "2023-11-14T22:13:20Z");
  });

  it("packages come out sorted by name", () => {
    const names = (cyclonedxDocument(input()) as Json).components
      .filter((c: Json) => c.type === "library")
      .map((c: Json) => c.name);
    assert.deepEqual(names, [...names].sort());
    const spdxNames = (spdxDocument(input()) as Json).packages
      .filter((p: Json) => p.primaryPackagePurpose !== "CONTAINER")
      .map((p: Json) => p.name);
    assert.deepEqual(spdxNames, names);
  });

  it("a package listed by both the base and the archive appears once, with the archive's URL and checksum", () => {
    const libpam = PACKAGES[2] as SbomPackage;
    const doc = cyclonedxDocument(
      input([...PACKAGES, { ...libpam, origin: "base", url: undefined, sha256: undefined }]),
    ) as Json;
    const found = doc.components.filter((c: Json) => c.name === "libpam0g");
    assert.equal(found.length, 1);
    assert.equal(found[0].hashes[0].content, DEB_SHA);
  });
});

describe("SPDX 2.3 document", () => {
  const doc = spdxDocument(input()) as Json;
  const byName = (name: string) => doc.packages.find((p: Json) => p.name === name);

  it("validates against the SPDX 2.3 schema (focused) and the spec's rules", () => {
    assert.deepEqual(spdx23Errors(doc), []);
  });

  it("an invalid document is rejected by the same check (the check can fail)", () => {
    const broken = {
      ...doc,
      packages: [...doc.packages, { ...doc.packages[1], licenseDeclared: "LicenseRef-undefined" }],
    };
    assert.notDeepEqual(spdx23Errors(broken), []);
    assert.notDeepEqual(spdx23Errors({ ...doc, spdxVersion: "SPDX-2.2" }), []);
  });

  it("describes the built image by its own name, tag and digest, never where it was pushed; descended from the base", () => {
    const [image, base] = doc.packages;
    assert.equal(image.name, "app");
    assert.equal(image.versionInfo, DIGEST);
    assert.equal(image.externalRefs[0].referenceLocator, `pkg:oci/app@sha256%3A${"ab".repeat(32)}?arch=amd64&tag=1`);
    // The SBOM travels to every public copy: the candidate registry's name is in no field of it.
    assert.ok(!JSON.stringify(doc).includes("registry.example/org"), "no internal repository in the SBOM");
    assert.equal(base.name, "registry.example/distroless/cc");
    assert.equal(base.versionInfo, BASE_DIGEST);
    assert.equal(base.primaryPackagePurpose, "CONTAINER");
    assert.equal(
      base.externalRefs[0].referenceLocator,
      `pkg:oci/cc@sha256%3A${"ba".repeat(32)}?arch=amd64&repository_url=registry.example/distroless/cc`,
    );
    assert.deepEqual(
      doc.relationships.filter((r: Json) => r.relatedSpdxElement === base.SPDXID),
      [{ spdxElementId: image.SPDXID, relationshipType: "DESCENDANT_OF", relatedSpdxElement: base.SPDXID }],
    );
  });

  it("describes the image, which contains every package", () => {
    const image = doc.packages[0];
    assert.equal(image.primaryPackagePurpose, "CONTAINER");
    assert.equal(
      image.externalRefs[0].referenceLocator,
      ociPurl({ ...input().subject, repository: "app" }, input().subject.platform),
    );
    assert.deepEqual(doc.relationships[0], {
      spdxElementId: "SPDXRef-DOCUMENT",
      relationshipType: "DESCRIBES",
      relatedSpdxElement: image.SPDXID,
    });
    const contained = doc.relationships.filter((r: Json) => r.relationshipType === "CONTAINS");
    assert.equal(contained.length, PACKAGES.length);
    assert.ok(contained.every((r: Json) => r.spdxElementId === image.SPDXID));
  });

  it("archive packages carry their download URL and SHA-256; others NOASSERTION", () => {
    assert.equal(byName("libpam0g").downloadLocation, PACKAGES[2]?.url);
    assert.deepEqual(byName("libpam0g").checksums, [{ algorithm: "SHA256", checksumValue: DEB_SHA }]);
    assert.equal(byName("libc6").downloadLocation, "NOASSERTION");
    assert.equal(byName("libc6").checksums, undefined);
    assert.equal(byName("my-app").downloadLocation, "NOASSERTION");
  });

  it("licences: declared from the copyright file, unknown names as defined LicenseRefs, concluded NOASSERTION", () => {
    assert.equal(byName("libpam0g").licenseDeclared, "BSD-3-Clause AND GPL-2.0-or-later AND LicenseRef-public-domain");
    assert.equal(byName("libpam0g").licenseConcluded, "NOASSERTION");
    assert.equal(byName("base-files").licenseDeclared, "NOASSERTION");
    assert.deepEqual(
      doc.hasExtractedLicensingInfos.map((l: Json) => l.licenseId),
      ["LicenseRef-public-domain"],
    );
  });

  it("source package and purl for each Debian package", () => {
    assert.match(byName("libgcc-s1").sourceInfo, /source package gcc-12 12\.2\.0-14/);
    assert.match(byName("libc6").sourceInfo, /source package glibc 2\.36-9\+deb12u4/);
    assert.match(byName("dumb-init").sourceInfo, /source package dumb-init 1\.2\.5-2/);
    assert.equal(
      byName("my-app").externalRefs[0].referenceLocator,
      "pkg:deb/debian/my-app@1%3A2.0~rc1%2Bgit5?arch=all&distro=debian-12",
    );
  });
});

describe("CycloneDX 1.6 document", () => {
  const doc = cyclonedxDocument(input()) as Json;
  const byName = (name: string) => doc.components.find((c: Json) => c.name === name);

  it("validates with the CycloneDX library's strict 1.6 JSON schema", async () => {
    const errors = await validateCycloneDx16(JSON.stringify(doc));
    assert.equal(errors, null, JSON.stringify(errors, null, 2));
  });

  it("an invalid document is rejected by the same validator (the check can fail)", async () => {
    const broken = { ...doc, components: [{ ...doc.components[0], type: "not-a-type" }] };
    const errors = await validateCycloneDx16(JSON.stringify(broken));
    assert.notEqual(errors, null);
  });

  it("the image is metadata.component, type container, with its pkg:oci purl", () => {
    assert.equal(doc.metadata.component.type, "container");
    assert.equal(
      doc.metadata.component.purl,
      ociPurl({ ...input().subject, repository: "app" }, input().subject.platform),
    );
    assert.equal(doc.metadata.component.name, "app");
    assert.ok(!JSON.stringify(doc).includes("registry.example/org"), "no internal repository in the SBOM");
    assert.match(doc.serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("the base is a container component and the image's pedigree ancestor, by its digest", () => {
    const basePurl = `pkg:oci/cc@sha256%3A${"ba".repeat(32)}?arch=amd64&repository_url=registry.example/distroless/cc`;
    const base = doc.components.find((c: Json) => c.type === "container");
    assert.deepEqual(
      { name: base.name, version: base.version, purl: base.purl, ref: base["bom-ref"] },
      { name: "registry.example/distroless/cc", version: BASE_DIGEST, purl: basePurl, ref: basePurl },
    );
    assert.deepEqual(
      doc.metadata.component.pedigree.ancestors.map((a: Json) => a.purl),
      [basePurl],
    );
  });

  it("components are libraries with purl bom-refs, hashes, licences and origin properties", () => {
    const libpam = byName("libpam0g");
    assert.equal(libpam.type, "library");
    assert.equal(libpam["bom-ref"], libpam.purl);
    assert.deepEqual(libpam.hashes, [{ alg: "SHA-256", content: DEB_SHA }]);
    assert.deepEqual(libpam.licenses, [
      { license: { id: "BSD-3-Clause" } },
      { license: { id: "GPL-2.0-or-later" } },
      { license: { name: "public-domain" } },
    ]);
    const props = Object.fromEntries(libpam.properties.map((p: Json) => [p.name, p.value]));
    assert.equal(props["image-actions:deb:architecture"], "amd64");
    assert.equal(props["image-actions:deb:origin"], "archive");
    assert.equal(props["image-actions:deb:source"], "pam");
    assert.equal(byName("base-files").licenses, undefined);
  });
});

describe("licensesFromCopyright", () => {
  it("every SPDX id it can produce is on the SPDX license list", () => {
    const spdxList = new Set<string>(JSON.parse(readFileSync(SCHEMA_FILES.SPDX.JSON_SCHEMA, "utf8")).enum);
    const unknown = knownSpdxLicenseIds().filter((id) => !spdxList.has(id));
    assert.deepEqual(unknown, []);
  });

  const realFile = "/usr/share/doc/libpam0g/copyright";
  it("a real DEP-5 file: libpam0g's copyright on this machine", {
    skip: !existsSync(realFile) && `${realFile} absent`,
  }, () => {
    const licenses = licensesFromCopyright(readFileSync(realFile, "utf8"));
    // Known to be named by libpam0g's Files paragraphs (Debian bookworm..trixie).
    for (const expected of ["BSD-3-Clause", "GPL-2.0-or-later"])
      assert.ok(licenses.includes(expected), `${expected} in ${licenses}`);
    assert.deepEqual(licenses, [...new Set(licenses)].sort(), "deduplicated and sorted");
    assert.ok(!licenses.some((l) => l.includes(" ")), `single licences only: ${licenses}`);
  });

  const FORMAT = "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: x\n";
  const cases: [string, string, string[]][] = [
    ["not DEP-5 (free-form)", "This package was debianized by someone.\n\nLicense: GPL-2+\n", []],
    ["empty", "", []],
    ["one Files paragraph", `${FORMAT}\nFiles: *\nCopyright: 2020 A\nLicense: GPL-2+\n`, ["GPL-2.0-or-later"]],
    [
      "Debian names mapped, deduplicated, sorted",
      `${FORMAT}\nFiles: *\nLicense: LGPL-2.1+\n\nFiles: a/*\nLicense: Expat\n\nFiles: b/*\nLicense: BSD-3-clause\n\nFiles: c/*\nLicense: Expat\n`,
      ["BSD-3-Clause", "LGPL-2.1-or-later", "MIT"],
    ],
    [
      "already SPDX ids",
      `${FORMAT}\nFiles: *\nLicense: Apache-2.0\n\nFiles: z/*\nLicense: zlib\n`,
      ["Apache-2.0", "Zlib"],
    ],
    [
      "or / and / comma",
      `${FORMAT}\nFiles: *\nLicense: GPL-1+ or Artistic\n\nFiles: x/*\nLicense: MIT and ISC, BSD-2-clause\n`,
      ["Artistic-1.0", "BSD-2-Clause", "GPL-1.0-or-later", "ISC", "MIT"],
    ],
    [
      "exception dropped from the base licence",
      `${FORMAT}\nFiles: *\nLicense: GPL-3+ with Bison exception\n`,
      ["GPL-3.0-or-later"],
    ],
    ["unknown names kept as they are", `${FORMAT}\nFiles: *\nLicense: public-domain\n`, ["public-domain"]],
    [
      "standalone License paragraphs and licence text lines are not Files paragraphs",
      `${FORMAT}\nFiles: *\nLicense: GPL-2\n This program is free software; License: MIT\n .\n\nLicense: GPL-2\n On Debian systems, see /usr/share/common-licenses/GPL-2.\n\nLicense: Apache-2.0\n text\n`,
      ["GPL-2.0-only"],
    ],
    [
      "old http:// Format URL and CRLF",
      `${FORMAT.replace("https:", "http:").replace(/\n/g, "\r\n")}\r\nFiles: *\r\nLicense: MPL-2.0\r\n`,
      ["MPL-2.0"],
    ],
    ["draft DEP-5 URL", "Format: http://dep.debian.net/deps/dep5\n\nFiles: *\nLicense: GPL-3\n", ["GPL-3.0-only"]],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(licensesFromCopyright(text), expected));
  }

  it("spdxLicenseId maps one short name", () => {
    assert.equal(spdxLicenseId("GPL-2+"), "GPL-2.0-or-later");
    assert.equal(spdxLicenseId("expat"), "MIT");
    assert.equal(spdxLicenseId("Custom-Thing"), "Custom-Thing");
  });
});
