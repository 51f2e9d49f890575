export const id = 924;
export const ids = [924,111];
export const modules = {

/***/ 53924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArchiveClient: () => (/* reexport */ archive_client/* ArchiveClient */.C),
  ArchiveVerificationError: () => (/* reexport */ errors/* ArchiveVerificationError */.QD),
  DEFAULT_DEB_UNPACK_LIMITS: () => (/* reexport */ deb/* DEFAULT_DEB_UNPACK_LIMITS */.kA),
  DebianError: () => (/* reexport */ errors/* DebianError */.c4),
  LOCKFILE_VERSION: () => (/* reexport */ lockfile/* LOCKFILE_VERSION */.Rb),
  MAINTAINER_SCRIPTS: () => (/* reexport */ deb/* MAINTAINER_SCRIPTS */.wb),
  ResolutionError: () => (/* reexport */ errors/* ResolutionError */.fe),
  appliesOnArchitecture: () => (/* reexport */ relations/* appliesOnArchitecture */.Dn),
  codenameOf: () => (/* reexport */ sources/* codenameOf */.aj),
  comparePackages: () => (/* reexport */ comparePackages),
  compareVersions: () => (/* reexport */ version/* compareVersions */.Zy),
  debianArchitecture: () => (/* reexport */ architectures/* debianArchitecture */.D),
  decompressed: () => (/* reexport */ decompress/* decompressed */.ji),
  defaultDebianCacheDir: () => (/* reexport */ cache_dir/* defaultDebianCacheDir */._),
  defaultKeyring: () => (/* reexport */ keyring.defaultKeyring),
  diffAgainst: () => (/* reexport */ diffAgainst),
  diffImages: () => (/* reexport */ diffImages),
  fetchLockedDebs: () => (/* reexport */ lock/* fetchLockedDebs */.V_),
  field: () => (/* reexport */ control/* field */.ZZ),
  formatAlternatives: () => (/* reexport */ relations/* formatAlternatives */.YU),
  formatLockChange: () => (/* reexport */ formatLockChange),
  formatRelation: () => (/* reexport */ relations/* formatRelation */.sE),
  formatSnapshotTime: () => (/* reexport */ snapshot_time/* formatSnapshotTime */.L),
  identicalImages: () => (/* reexport */ identicalImages),
  installedPackagesFrom: () => (/* reexport */ packages_index/* installedPackagesFrom */.w9),
  layerCompression: () => (/* reexport */ decompress/* layerCompression */.AH),
  lockChanges: () => (/* reexport */ lockChanges),
  lockPackages: () => (/* reexport */ lock/* lockPackages */.zC),
  packageRecordsFrom: () => (/* reexport */ packages_index/* packageRecordsFrom */.TC),
  packageRecordsFromIndex: () => (/* reexport */ packages_index/* packageRecordsFromIndex */.LZ),
  parseLockfile: () => (/* reexport */ lockfile/* parseLockfile */.tg),
  parseOsRelease: () => (/* reexport */ base_image/* parseOsRelease */.HU),
  parseProvides: () => (/* reexport */ relations/* parseProvides */.AS),
  parseRelations: () => (/* reexport */ relations/* parseRelations */.Hd),
  parseRelease: () => (/* reexport */ release/* parseRelease */.B),
  parseRequestedPackage: () => (/* reexport */ lock/* parseRequestedPackage */.sN),
  parseSnapshotTime: () => (/* reexport */ snapshot_time/* parseSnapshotTime */.P3),
  parseSourceLine: () => (/* reexport */ sources/* parseSourceLine */.zO),
  parseSources: () => (/* reexport */ sources/* parseSources */.ur),
  parseStanzas: () => (/* reexport */ control/* parseStanzas */.kw),
  parseVersion: () => (/* reexport */ version/* parseVersion */.ot),
  platformKey: () => (/* reexport */ platformKey),
  platformOf: () => (/* reexport */ architectures/* platformOf */.t),
  platformWanted: () => (/* reexport */ platformWanted),
  quoteForMessage: () => (/* reexport */ control/* quoteForMessage */.Hx),
  readBaseImage: () => (/* reexport */ base_image/* readBaseImage */.l2),
  readDebControl: () => (/* reexport */ deb/* readDebControl */.R2),
  readDebData: () => (/* reexport */ deb/* readDebData */.gJ),
  readImagePackages: () => (/* reexport */ readImagePackages),
  readKeyring: () => (/* reexport */ keyring.readKeyring),
  readLayersContent: () => (/* reexport */ base_image/* readLayersContent */.E$),
  readLockfile: () => (/* reexport */ lockfile/* readLockfile */.GQ),
  recordedBase: () => (/* reexport */ recordedBase),
  resolveDependencies: () => (/* reexport */ resolver/* resolveDependencies */._),
  satisfiesVersion: () => (/* reexport */ version/* satisfiesVersion */.qB),
  serializeLockfile: () => (/* reexport */ lockfile/* serializeLockfile */.c5),
  snapshotDate: () => (/* reexport */ sources/* snapshotDate */.zF),
  snapshotDayOf: () => (/* reexport */ snapshot_time/* snapshotDayOf */.EF),
  sourceLinesOf: () => (/* reexport */ sourceLinesOf),
  updateLock: () => (/* reexport */ updateLock),
  verifyInRelease: () => (/* reexport */ inrelease.verifyInRelease)
});

// EXTERNAL MODULE: ./packages/debian/src/architectures.ts
var architectures = __webpack_require__(76955);
// EXTERNAL MODULE: ./packages/debian/src/archive-client.ts + 1 modules
var archive_client = __webpack_require__(34728);
// EXTERNAL MODULE: ./packages/debian/src/base-image.ts + 1 modules
var base_image = __webpack_require__(98422);
// EXTERNAL MODULE: ./packages/debian/src/cache-dir.ts
var cache_dir = __webpack_require__(5543);
// EXTERNAL MODULE: ./packages/debian/src/control.ts
var control = __webpack_require__(81654);
// EXTERNAL MODULE: ./packages/debian/src/deb.ts
var deb = __webpack_require__(26420);
// EXTERNAL MODULE: ./packages/debian/src/decompress.ts
var decompress = __webpack_require__(28732);
// EXTERNAL MODULE: ./packages/debian/src/errors.ts
var errors = __webpack_require__(47476);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
;// CONCATENATED MODULE: ./packages/debian/src/image-packages.ts
/**
 * Every Debian package an image has installed, per platform, read from its registry as the base
 * reader reads a base (base-image.ts: `/var/lib/dpkg/status.d/*` and `/var/lib/dpkg/status`, layers
 * merged as the OCI layer rules say) — base and added packages alike, for any image, not only the
 * ones we built — and the base each platform records, where it records one.
 *
 * The base is known only where the image says: the OCI pre-defined annotations
 * `org.opencontainers.image.base.digest` / `.base.name` on the platform's manifest (image-spec
 * annotations.md; build-distroless writes them, image.ts `imageAnnotations`), else config labels of
 * the same names (what `docker buildx` and docker/metadata-action write). Nothing is guessed from
 * layers.
 *
 * Platforms are named in containerd's normal form (containerd/platforms `Normalize`: arm64's `v8`
 * left out, a bare `arm` is `arm/v7`), so `linux/arm64` and `linux/arm64/v8` are one platform when
 * two images are compared. An index's entries that are not images of a platform — BuildKit's
 * attestation manifests (`unknown/unknown`, docs.docker.com/build/metadata/attestations/
 * attestation-storage) and entries with no platform — are not platforms of the image.
 */




const BASE_DIGEST = "org.opencontainers.image.base.digest";
const BASE_NAME = "org.opencontainers.image.base.name";
const MAX_INDEX_DEPTH = 4;
/** Each platform costs a read of all its layers: an index listing hundreds is not an image we compare. */
const MAX_PLATFORMS = 32;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const MAX_BASE_NAME_LENGTH = 512;
/** As parsePlatform (oci) takes them: a registry's platform strings go into keys, messages and summaries. */
const PLATFORM_PART = /^[a-z0-9_]{1,32}$/;
/** containerd's normal form of a platform, as `os/arch[/variant]`. */
function platformKey(platform) {
    let { variant } = platform;
    if (platform.architecture === "arm64" && (variant === "v8" || variant === "8"))
        variant = undefined;
    if (platform.architecture === "arm" && !variant)
        variant = "v7";
    if (platform.architecture === "amd64" && variant === "v1")
        variant = undefined;
    return (0,src/* formatPlatform */.Bq)({ os: platform.os, architecture: platform.architecture, ...(variant ? { variant } : {}) });
}
/** Whether `platform` is one that `wanted` asks for: os and architecture, and the variant if given. */
function platformWanted(platform, wanted) {
    if (!wanted)
        return true;
    const [os, architecture, variant] = platformKey(platform).split("/");
    return wanted.some((item) => {
        const [wantedOs, wantedArchitecture, wantedVariant] = platformKey(item).split("/");
        if (wantedOs !== os || wantedArchitecture !== architecture)
            return false;
        return !item.variant || wantedVariant === variant;
    });
}
async function readImagePackages(clients, reference, options = {}) {
    const client = clients.for(reference.registry);
    const top = await client.getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
    const image = `${reference.registry}/${reference.repository}@${top.digest}`;
    const leaves = await platformManifests(client, reference.repository, top, image, options.platforms, new Set());
    const platforms = [];
    for (const leaf of leaves)
        platforms.push(await readPlatform(client, reference.repository, leaf.manifest, platformKey(leaf.platform), leaf.config, image));
    return { image, digest: top.digest, platforms };
}
/**
 * The image manifests a reference serves that `wanted` asks for, each with its platform, in the
 * index's order; `seen` holds the platforms already taken: a runtime pulls the first entry for a
 * platform, so a later one is never what the image serves.
 */
async function platformManifests(client, repository, manifest, image, wanted, seen, depth = 0) {
    if (!(0,src/* isIndexMediaType */.$$)(manifest.mediaType)) {
        if (manifest.blobs.length === 0)
            throw new errors/* DebianError */.c4(`${image}: manifest ${manifest.digest} is not an image`);
        const config = await readConfig(client, repository, manifest, image);
        const platform = checkedPlatform({ os: config.os, architecture: config.architecture, variant: config.variant }, `${image}: the config of ${manifest.digest}`);
        return platformWanted(platform, wanted) ? [{ platform, manifest, config }] : [];
    }
    if (depth >= MAX_INDEX_DEPTH)
        throw new errors/* DebianError */.c4(`${image}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
    const platformEntries = manifest.manifests.filter((entry) => entry.platform && !isAttestation(entry));
    if (platformEntries.length > MAX_PLATFORMS)
        throw new errors/* DebianError */.c4(`${image}: index ${manifest.digest} lists more than ${MAX_PLATFORMS} platform images`);
    const found = [];
    for (const entry of platformEntries) {
        const platform = checkedPlatform(entry.platform, `${image}: index ${manifest.digest}`);
        const nested = (0,src/* isIndexMediaType */.$$)(entry.mediaType);
        if (!nested && (seen.has(platformKey(platform)) || !platformWanted(platform, wanted)))
            continue;
        const child = await client.getManifest(repository, entry.digest);
        if ((0,src/* isIndexMediaType */.$$)(child.mediaType)) {
            found.push(...(await platformManifests(client, repository, child, image, wanted, seen, depth + 1)));
        }
        else if (!seen.has(platformKey(platform)) && platformWanted(platform, wanted)) {
            seen.add(platformKey(platform));
            found.push({ platform, manifest: child });
        }
    }
    return found;
}
function isAttestation(entry) {
    return (entry.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" ||
        (entry.platform?.os === "unknown" && entry.platform.architecture === "unknown"));
}
function checkedPlatform(platform, where) {
    const { os, architecture, variant } = platform;
    const valid = (part) => typeof part === "string" && PLATFORM_PART.test(part);
    if (!valid(os) || !valid(architecture) || (variant !== undefined && variant !== "" && !valid(variant)))
        throw new errors/* DebianError */.c4(`${where} names a platform that is not os/arch[/variant]: ${(0,control/* quoteForMessage */.Hx)([os, architecture, variant]
            .filter((part) => part !== undefined)
            .map(String)
            .join("/"))}`);
    return {
        os: os,
        architecture: architecture,
        ...(typeof variant === "string" && variant !== "" ? { variant } : {}),
    };
}
async function readConfig(client, repository, manifest, image) {
    const descriptor = manifest.blobs[0];
    let parsed;
    try {
        parsed = JSON.parse((await client.readBlob(repository, descriptor, MAX_CONFIG_BYTES)).toString("utf8"));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw new errors/* DebianError */.c4(`${image}: the config of ${manifest.digest} is not JSON`);
        throw error;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new errors/* DebianError */.c4(`${image}: the config of ${manifest.digest} is not a JSON object`);
    return parsed;
}
async function readPlatform(client, repository, manifest, platform, config, image) {
    const [, ...layers] = manifest.blobs;
    let base = recordedBase(manifest.annotations);
    if (!base) {
        const labels = (config ?? (await readConfig(client, repository, manifest, image))).config?.Labels;
        base = recordedBase(labels);
    }
    const { installed } = await (0,base_image/* readLayersContent */.E$)(layers.map((layer) => ({ descriptor: layer, open: () => client.openBlob(repository, layer) })), `${image} (${platform}, ${manifest.digest})`);
    return { platform, manifestDigest: manifest.digest, base, installed };
}
/** The base recorded in annotations or labels; a digest that is not one is as good as none. */
function recordedBase(fields) {
    if (typeof fields !== "object" || fields === null)
        return null;
    const { [BASE_DIGEST]: digest, [BASE_NAME]: name } = fields;
    if (typeof digest !== "string")
        return null;
    try {
        (0,src/* parseDigest */.m)(digest);
    }
    catch {
        return null;
    }
    return {
        name: typeof name === "string" && name !== "" && name.length <= MAX_BASE_NAME_LENGTH ? name : null,
        digest,
    };
}

;// CONCATENATED MODULE: ./packages/debian/src/image-changes.ts
/**
 * What changed between two images, as their Debian packages say: the base each records (old →
 * new), and per platform every package added, removed or changed (name, old → new version) —
 * base and added packages alike, since both are read from the images' dpkg status (image-packages.ts).
 * Platforms are matched by os/arch/variant in containerd's normal form; a platform only one image
 * has is reported as such, with no package lists.
 *
 * The report is plain data, the same for `image-actions diff --json` and build-distroless's
 * `changes` output; a caller may add to it (the CVE delta of a scan of both images).
 */


/** Resolves both references once, then compares what each holds; the same digest reads no layer. */
async function diffImages(clients, oldReference, newReference, options = {}) {
    const [oldPinned, newPinned] = await Promise.all([pinned(clients, oldReference), pinned(clients, newReference)]);
    if (oldPinned.digest === newPinned.digest)
        return identicalImages(imageOf(oldPinned), imageOf(newPinned), oldPinned.digest);
    const [oldPackages, newPackages] = await Promise.all([
        readImagePackages(clients, oldPinned, options),
        readImagePackages(clients, newPinned, options),
    ]);
    return comparePackages(oldPackages, newPackages);
}
/**
 * `oldReference` against an image the caller reads itself (a build not pushed yet): `read` is
 * called only when the digests differ.
 */
async function diffAgainst(clients, oldReference, newImage) {
    const oldPinned = await pinned(clients, oldReference);
    if (oldPinned.digest === newImage.digest)
        return identicalImages(imageOf(oldPinned), newImage.image, newImage.digest);
    const [oldPackages, newPackages] = await Promise.all([readImagePackages(clients, oldPinned), newImage.read()]);
    return comparePackages(oldPackages, newPackages);
}
/** The report of two images that are one: nothing changed. */
function identicalImages(oldImage, newImage, digest) {
    return {
        old: { image: oldImage, digest },
        new: { image: newImage, digest },
        identical: true,
        base: null,
        platforms: [],
    };
}
async function pinned(clients, reference) {
    if (reference.digest)
        return reference;
    const manifest = await clients.for(reference.registry).getManifest(reference.repository, reference.tag);
    return (0,src/* withDigest */.hQ)(reference, manifest.digest);
}
function imageOf(reference) {
    return `${reference.registry}/${reference.repository}@${reference.digest}`;
}
/** The comparison itself, on what was read of each image. */
function comparePackages(oldImage, newImage) {
    const oldBase = imageBase(oldImage.platforms);
    const newBase = imageBase(newImage.platforms);
    const oldByPlatform = new Map(oldImage.platforms.map((item) => [item.platform, item]));
    const newByPlatform = new Map(newImage.platforms.map((item) => [item.platform, item]));
    const keys = [...new Set([...oldByPlatform.keys(), ...newByPlatform.keys()])].sort(byText);
    return {
        old: { image: oldImage.image, digest: oldImage.digest },
        new: { image: newImage.image, digest: newImage.digest },
        identical: oldImage.digest === newImage.digest,
        base: { old: oldBase, new: newBase, changed: oldBase && newBase ? oldBase.digest !== newBase.digest : null },
        platforms: keys.map((key) => comparePlatform(key, oldByPlatform.get(key), newByPlatform.get(key))),
    };
}
function imageBase(platforms) {
    const first = platforms[0]?.base;
    if (!first)
        return null;
    return platforms.every((item) => item.base?.digest === first.digest && item.base.name === first.name) ? first : null;
}
function sideOf(item) {
    return item ? { manifestDigest: item.manifestDigest, base: item.base } : null;
}
function comparePlatform(platform, oldItem, newItem) {
    const changes = {
        platform,
        in: oldItem && newItem ? "both" : oldItem ? "old" : "new",
        old: sideOf(oldItem),
        new: sideOf(newItem),
        added: [],
        removed: [],
        changed: [],
        unchanged: 0,
    };
    if (!oldItem || !newItem)
        return changes;
    const oldByName = byName(oldItem.installed);
    const newByName = byName(newItem.installed);
    for (const name of [...new Set([...oldByName.keys(), ...newByName.keys()])].sort(byText)) {
        const before = oldByName.get(name) ?? [];
        const after = newByName.get(name) ?? [];
        // One of a name on each side is the common case, whatever its architecture; several (a
        // Multi-Arch: same library co-installed for two architectures) are matched by architecture.
        if (before.length === 1 && after.length === 1) {
            compareOne(changes, before[0], after[0]);
            continue;
        }
        const architectures = [...new Set([...before, ...after].map((item) => item.architecture))].sort(byText);
        for (const architecture of architectures) {
            const was = before.find((item) => item.architecture === architecture);
            const is = after.find((item) => item.architecture === architecture);
            if (was && is)
                compareOne(changes, was, is);
            else if (is)
                changes.added.push(entryOf(is));
            else if (was)
                changes.removed.push(entryOf(was));
        }
    }
    return changes;
}
function compareOne(changes, was, is) {
    if (was.version === is.version && was.architecture === is.architecture) {
        changes.unchanged++;
        return;
    }
    changes.changed.push({
        name: is.name,
        architecture: is.architecture,
        old: was.version,
        new: is.version,
        ...(was.architecture !== is.architecture ? { oldArchitecture: was.architecture } : {}),
    });
}
function entryOf(item) {
    return { name: item.name, architecture: item.architecture, version: item.version };
}
function byName(installed) {
    const grouped = new Map();
    for (const item of installed)
        grouped.set(item.name, [...(grouped.get(item.name) ?? []), item]);
    return grouped;
}
/** Bytewise order: the same on every machine, whatever its locale. */
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./packages/debian/src/inrelease.ts
var inrelease = __webpack_require__(73111);
// EXTERNAL MODULE: ./packages/debian/src/keyring.ts + 1 modules
var keyring = __webpack_require__(6897);
// EXTERNAL MODULE: ./packages/debian/src/lock.ts
var lock = __webpack_require__(70620);
;// CONCATENATED MODULE: ./packages/debian/src/lock-update.ts


async function updateLock(options) {
    const { old, sources, platforms, ...rest } = options;
    const resolution = await (0,lock/* lockPackages */.zC)({
        ...rest,
        packages: old.requested,
        sources: sources && sources.length > 0 ? sources : sourceLinesOf(old.sources),
        platforms: platforms && platforms.length > 0 ? platforms : Object.keys(old.architectures).sort().map(architectures/* platformOf */.t),
    });
    const changes = lockChanges(old, resolution.lockfile);
    return {
        lockfile: changes.length > 0 ? resolution.lockfile : old,
        changed: changes.length > 0,
        changes,
        resolution,
    };
}
/** The sources a lock records, as `debian-sources` lines again. */
function sourceLinesOf(sources) {
    return sources.map((source) => `${source.url} ${source.suites.join(" ")} components: ${source.components.join(" ")}`);
}
/**
 * Every package added, removed or changed (version, SHA-256 or size) per architecture, sorted by
 * architecture then name. A version written again with other bytes (a binNMU gone wrong, a
 * republished .deb) is a change too: `before` and `after` then show the same version.
 */
function lockChanges(old, next) {
    const changes = [];
    const architectures = [...new Set([...Object.keys(old.architectures), ...Object.keys(next.architectures)])].sort();
    for (const architecture of architectures) {
        const before = lock_update_byName(old.architectures[architecture] ?? []);
        const after = lock_update_byName(next.architectures[architecture] ?? []);
        for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
            const was = before.get(name);
            const now = after.get(name);
            if (was && now && was.version === now.version && was.sha256 === now.sha256 && was.size === now.size)
                continue;
            changes.push({
                architecture,
                name,
                ...(was ? { before: was.version } : {}),
                ...(now ? { after: now.version } : {}),
            });
        }
    }
    return changes;
}
/** `amd64 libssl3 3.0.15-1~deb12u1 → 3.0.16-1~deb12u1`, `… (added)`, `… (removed)`. */
function formatLockChange(change) {
    const { architecture, name, before, after } = change;
    if (before === undefined)
        return `${architecture} ${name} ${after} (added)`;
    if (after === undefined)
        return `${architecture} ${name} ${before} (removed)`;
    return `${architecture} ${name} ${before} → ${after}${before === after ? " (other bytes)" : ""}`;
}
function lock_update_byName(packages) {
    return new Map(packages.map((item) => [item.name, item]));
}

// EXTERNAL MODULE: ./packages/debian/src/lockfile.ts
var lockfile = __webpack_require__(23722);
// EXTERNAL MODULE: ./packages/debian/src/packages-index.ts
var packages_index = __webpack_require__(63271);
// EXTERNAL MODULE: ./packages/debian/src/relations.ts
var relations = __webpack_require__(3474);
// EXTERNAL MODULE: ./packages/debian/src/release.ts
var release = __webpack_require__(75170);
// EXTERNAL MODULE: ./packages/debian/src/resolver.ts
var resolver = __webpack_require__(91113);
// EXTERNAL MODULE: ./packages/debian/src/snapshot-time.ts
var snapshot_time = __webpack_require__(60313);
// EXTERNAL MODULE: ./packages/debian/src/sources.ts
var sources = __webpack_require__(14685);
// EXTERNAL MODULE: ./packages/debian/src/version.ts
var version = __webpack_require__(22543);
;// CONCATENATED MODULE: ./packages/debian/src/index.ts
























/***/ }),

/***/ 73111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseOlderRelease: () => (/* binding */ refuseOlderRelease),
/* harmony export */   verifyInRelease: () => (/* binding */ verifyInRelease)
/* harmony export */ });
/* unused harmony export MAX_FUTURE_DATE_SECONDS */
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13074);
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47476);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75170);
/**
 * Verifying an InRelease file: a Release text clearsigned by the archive (RFC 4880 §7). Only the
 * text the signature covers is ever parsed: openpgp.js undoes the dash-escaping (§7.1) and hands back
 * the canonical text — line ends as LF, trailing spaces and tabs of each line removed, because the
 * signature is computed over exactly that form, so anything else would be bytes nobody signed. It
 * fails closed: no signature, a bad one, a signer outside the keyring or a key expired at the
 * judging date is an ArchiveVerificationError naming the file. The judging date is now, or the
 * snapshot's date for a snapshot URL; Valid-Until is judged at the same date.
 *
 * Time only moves forward, as apt holds it (apt-pkg/acquire-item.cc, pkgAcqMetaBase::VerifyVendor,
 * under `Acquire::Check-Date`): a Release dated further ahead of this machine's clock than
 * MAX_FUTURE_DATE_SECONDS is refused ("Release file for … is not valid yet"), and one older than the
 * copy verified on an earlier run is refused too (refuseOlderRelease). A suite without Valid-Until
 * has nothing else that stops an old, validly signed Release from being served again.
 */




/**
 * How far a Release's `Date` may run ahead of this machine's clock: apt's own default for the same
 * check (`Acquire::Max-FutureTime`, "seconds to allow release file's Date field to be in the future
 * (default 10)", apt's doc/examples/configure-index). An archive dates and signs its Release before
 * any mirror serves it, so a genuine Date is always minutes in the past; only a clock that is behind,
 * or a file made to outrank later ones, puts it ahead. Runners keep NTP time far closer than 10 s,
 * and keeping apt's number means we accept what `apt-get update` on the same machine accepts.
 */
const MAX_FUTURE_DATE_SECONDS = 10;
const ARMOR_LINE = /^-----(BEGIN|END) PGP [A-Z ,/0-9]+-----[ \t]*\r?$/gm;
async function verifyInRelease(text, keys, options) {
    const file = options.file ?? "InRelease";
    const refuse = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArchiveVerificationError */ .QD(`${file}: ${problem}`);
    };
    requireOneClearsignedMessage(text, refuse);
    let message;
    try {
        message = await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .readCleartextMessage */ .cL)({ cleartextMessage: text });
    }
    catch (error) {
        return refuse(`not a clearsigned message (${error.message})`);
    }
    const judgedAt = options.snapshotDate ?? options.now;
    const keyIds = new Set(keys.flatMap((key) => key.getKeyIDs().map((id) => id.toHex())));
    const { data, signatures } = await (0,openpgp__WEBPACK_IMPORTED_MODULE_0__/* .verify */ .MX)({ message, verificationKeys: keys, date: judgedAt });
    if (signatures.length === 0)
        refuse("is not signed");
    const signedBy = [];
    const failures = [];
    for (const signature of signatures) {
        const id = signature.keyID.toHex();
        // A signature by a key outside the keyring is no evidence either way; apt ignores it too, as
        // long as another signature is by a trusted key. One by a keyring key that fails is refused.
        if (!keyIds.has(id)) {
            failures.push(`signed by key ${id.toUpperCase()}, which is not in the keyring`);
            signature.verified.catch(() => { });
            continue;
        }
        try {
            await signature.verified;
            const signer = keys.find((key) => key.getKeyIDs().some((keyId) => keyId.toHex() === id));
            if (!signer)
                continue;
            // openpgp.js judges the key at the signature's creation time; apt (through gpgv's EXPKEYSIG)
            // refuses a signature whose key has expired or been revoked since. So the key must also be
            // a valid signing key at the judging date: today, or the snapshot's date.
            await signer.getSigningKey(signature.keyID, judgedAt);
            signedBy.push(signer.getFingerprint());
        }
        catch (error) {
            refuse(`signature by key ${id.toUpperCase()} does not verify at ${judgedAt.toISOString()}: ${error.message}`);
        }
    }
    if (signedBy.length === 0)
        refuse(failures.join("; "));
    // The canonical text the signature covers (openpgp.js hashes exactly this, with CRLF ends).
    const signedText = data.replace(/\r\n/g, "\n");
    const release = (0,_release_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .B)(signedText, file);
    if (release.validUntil && release.validUntil.getTime() < judgedAt.getTime()) {
        refuse(`expired: Valid-Until ${release.validUntil.toISOString()} is before ${judgedAt.toISOString()}` +
            (options.snapshotDate
                ? " (the snapshot's date)"
                : "; a snapshot URL pins an archive state that stays verifiable"));
    }
    const aheadBy = release.date ? release.date.getTime() - options.now.getTime() : 0;
    if (release.date && aheadBy > MAX_FUTURE_DATE_SECONDS * 1000)
        refuse(`suite ${suiteOf(release)} is dated ${release.date.toISOString()}, ${Math.round(aheadBy / 1000)} s after this machine's clock (${options.now.toISOString()}), more than the ${MAX_FUTURE_DATE_SECONDS} s of skew allowed; apt refuses it too ("not valid yet"): check the clock`);
    return { text: signedText, release, signedBy: [...new Set(signedBy)] };
}
/**
 * Refuses `fresh` when it is older than `previousText`, the InRelease verified and cached for the
 * same URL on an earlier run: an older Release, however validly signed, is a replay (or a mirror
 * behind the one that served the cached copy), and taking it would roll the suite back to packages
 * since fixed. apt does not go back either: in pkgAcqMetaBase::VerifyVendor (acquire-item.cc) "Did we
 * get a file older than what we have?" keeps the file it has; a build has no earlier state to keep
 * going from, so it stops with both dates. A cached copy that no longer verifies (expired, a key
 * since dropped, planted) or names another suite vouches for nothing and is ignored: the fresh
 * file has just verified on its own, and replaces it.
 */
async function refuseOlderRelease(fresh, previousText, keys, options) {
    let previous;
    try {
        previous = await verifyInRelease(previousText, keys, options);
    }
    catch {
        return;
    }
    const { suite, codename, date: previousDate } = previous.release;
    if ((suite !== options.suite && codename !== options.suite) || !previousDate)
        return;
    const freshDate = fresh.release.date;
    if (freshDate && freshDate.getTime() >= previousDate.getTime())
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ArchiveVerificationError */ .QD(`${options.file ?? "InRelease"}: suite ${(0,_control_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteForMessage */ .Hx)(options.suite)} is served ` +
        (freshDate ? `dated ${freshDate.toISOString()}` : "with no Date") +
        `, older than the copy verified on an earlier run (dated ${previousDate.toISOString()}); refused as a replay (or a mirror behind the one that served that copy)`);
}
function suiteOf(release) {
    return (0,_control_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteForMessage */ .Hx)(release.codename ?? release.suite ?? "");
}
/**
 * openpgp.js skips whatever precedes the BEGIN line and follows the signature. Unsigned text there
 * would never be parsed (only the verified text is), but a file that is more than one clearsigned
 * message is not what the archive publishes, and apt refuses it too (CVE-2013-1051's lesson).
 */
function requireOneClearsignedMessage(text, refuse) {
    const armor = [...text.matchAll(ARMOR_LINE)].map((match) => match[0].trim());
    const expected = [
        "-----BEGIN PGP SIGNED MESSAGE-----",
        "-----BEGIN PGP SIGNATURE-----",
        "-----END PGP SIGNATURE-----",
    ];
    if (armor.length === 0 || armor[0] !== expected[0])
        refuse("is not signed (no clearsigned message)");
    if (armor.length !== 3 || armor.some((line, index) => line !== expected[index]))
        refuse("is not exactly one clearsigned message");
    const first = text.indexOf(expected[0]);
    const last = text.lastIndexOf(expected[2]) + expected[2].length;
    if (text.slice(0, first).trim() !== "" || text.slice(last).trim() !== "")
        refuse("has text outside the clearsigned message");
}


/***/ })

};
