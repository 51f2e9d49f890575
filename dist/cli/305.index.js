export const id = 305;
export const ids = [305];
export const modules = {

/***/ 76955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ debianArchitecture),
/* harmony export */   t: () => (/* binding */ platformOf)
/* harmony export */ });
/* harmony import */ var _image_actions_oci__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47794);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47476);
/**
 * OCI platforms and Debian architectures name the same machines differently: `linux/arm/v7` is
 * Debian's `armhf`, `linux/386` its `i386`. Each platform is resolved and downloaded on its own;
 * nothing from a package runs, so no emulation is needed for any of them.
 */


const BY_PLATFORM = {
    "linux/amd64": "amd64",
    "linux/arm64": "arm64",
    "linux/arm64/v8": "arm64",
    "linux/arm/v7": "armhf",
    "linux/arm/v6": "armel",
    "linux/arm/v5": "armel",
    "linux/386": "i386",
    "linux/ppc64le": "ppc64el",
    "linux/s390x": "s390x",
    "linux/riscv64": "riscv64",
    "linux/mips64le": "mips64el",
};
function debianArchitecture(platform) {
    const architecture = BY_PLATFORM[(0,_image_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(platform)];
    if (!architecture)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`platform ${(0,_image_actions_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(platform)} has no Debian architecture (one of ${Object.keys(BY_PLATFORM).join(", ")})`);
    return architecture;
}
/** The platform a Debian architecture builds for, as image indexes name it. */
function platformOf(architecture) {
    const entry = Object.entries(BY_PLATFORM).find(([, arch]) => arch === architecture);
    if (!entry)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`Debian architecture '${architecture}' has no OCI platform`);
    const [os, arch, variant] = entry[0].split("/");
    return { os, architecture: arch, ...(variant ? { variant } : {}) };
}


/***/ }),

/***/ 34728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ ArchiveClient)
});

// UNUSED EXPORTS: inReleaseUrl

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/debian/src/content-store.ts
/**
 * The cache of verified archive content, addressed by SHA-256: `<dir>/sha256/<hex>` holds bytes
 * whose hash was checked against a signed index before they were stored, so a warm run reads them
 * without downloading anything. A hit is hashed again every time it is found (`find`): the directory
 * is not ours alone — a restored Actions cache or a shared self-hosted runner can put any bytes under
 * a genuine hash's name (issue 23) — so a file whose content is not its name is removed and treated
 * as a miss, and only the signed index's hash decides what is served. Writes go
 * to a temporary name and are renamed into place, so a killed run leaves no half file behind.
 * InRelease files are kept apart with the validators (ETag, Last-Modified) to revalidate them by.
 */




class ContentStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    pathOf(sha256) {
        return (0,external_node_path_.join)(this.dir, "sha256", sha256);
    }
    /**
     * The path of content stored with this hash and size whose bytes still hash to it, or undefined.
     * A file there that is not that content (planted, truncated, a symlink) is removed and reported
     * through `onMismatch`, so the caller downloads it again. Hashing is streamed (a .deb or an index
     * of tens of MB costs a few buffers and ~0.1 s) and cheap beside the download it replaces.
     */
    async find(sha256, size, onMismatch) {
        const path = this.pathOf(sha256);
        // lstat: the store writes regular files only, so a symlink here was put by someone else.
        const found = await (0,promises_.lstat)(path).catch(() => undefined);
        if (!found)
            return undefined;
        let reason;
        if (!found.isFile())
            reason = "is not a regular file";
        else if (found.size !== size)
            reason = `is ${found.size} bytes, not ${size}`;
        else {
            const actual = await sha256OfFile(path).catch((error) => `unreadable (${error.message})`);
            if (actual !== sha256)
                reason = `hashes to ${actual}`;
        }
        if (reason === undefined)
            return path;
        await (0,promises_.rm)(path, { force: true });
        onMismatch?.(path, reason);
        return undefined;
    }
    /** A fresh temporary path inside the store, on the same file system as its final place. */
    async temporaryPath() {
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, "tmp"), { recursive: true });
        return (0,external_node_path_.join)(this.dir, "tmp", (0,external_node_crypto_.randomUUID)());
    }
    /** Moves a verified temporary file into place under its hash. */
    async commit(temporary, sha256) {
        const path = this.pathOf(sha256);
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, "sha256"), { recursive: true });
        await (0,promises_.rename)(temporary, path);
        return path;
    }
    async put(bytes, sha256) {
        const temporary = await this.temporaryPath();
        await (0,promises_.writeFile)(temporary, bytes);
        return this.commit(temporary, sha256);
    }
    async discard(temporary) {
        await (0,promises_.rm)(temporary, { force: true });
    }
    async readInRelease(url) {
        const text = await (0,promises_.readFile)(this.inReleasePath(url), "utf8").catch(() => undefined);
        if (text === undefined)
            return undefined;
        try {
            const cached = JSON.parse(text);
            return cached.url === url && typeof cached.text === "string" ? cached : undefined;
        }
        catch {
            return undefined;
        }
    }
    async writeInRelease(entry) {
        const temporary = await this.temporaryPath();
        await (0,promises_.writeFile)(temporary, JSON.stringify(entry));
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, "inrelease"), { recursive: true });
        await (0,promises_.rename)(temporary, this.inReleasePath(entry.url));
    }
    inReleasePath(url) {
        return (0,external_node_path_.join)(this.dir, "inrelease", `${(0,external_node_crypto_.createHash)("sha256").update(url).digest("hex")}.json`);
    }
}
async function sha256OfFile(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        hash.update(chunk);
    return hash.digest("hex");
}

// EXTERNAL MODULE: ./packages/debian/src/decompress.ts
var decompress = __webpack_require__(28732);
// EXTERNAL MODULE: ./packages/debian/src/errors.ts
var errors = __webpack_require__(47476);
// EXTERNAL MODULE: ./packages/debian/src/release.ts
var src_release = __webpack_require__(75170);
// EXTERNAL MODULE: ./packages/debian/src/sources.ts
var sources = __webpack_require__(14685);
;// CONCATENATED MODULE: ./packages/debian/src/archive-client.ts
/**
 * The archive client: fetches what a Debian archive serves and trusts nothing it has not checked
 * against a signature. The chain (Debian's repository format, as apt walks it): `dists/<suite>/
 * InRelease` verified with the keyring → each `Packages` index checked against the SHA-256 and size
 * InRelease lists for it (the compressed file before it is decompressed, then the decompressed text
 * when InRelease lists that too) → each `.deb` checked against the SHA-256 and size its Packages
 * stanza (or a lock file) gives. Verified content is cached by SHA-256, so a warm run downloads no
 * index and no .deb; InRelease is revalidated with If-None-Match / If-Modified-Since and a 304's
 * cached copy is verified again as if it had just arrived.
 */










/** An InRelease is a few hundred kB; anything far larger is not one. */
const INRELEASE_LIMIT = 32 * 1024 * 1024;
/** A bound for a decompressed index InRelease gives no size for (Debian's largest are ~100 MB). */
const UNLISTED_INDEX_LIMIT = 1024 * 1024 * 1024;
/**
 * gzip before xz, unlike apt: Node decodes gzip natively (~0.25 s for bookworm's 50 MB amd64 index)
 * but xz only through WebAssembly (several times slower), which costs more than the extra 3 MB of
 * the download. xz remains for archives that list nothing else.
 */
const INDEX_COMPRESSIONS = [
    { suffix: ".gz", compression: "gzip" },
    { suffix: ".xz", compression: "xz" },
    { suffix: "", compression: "none" },
];
class ArchiveClient {
    stats = {
        inReleaseDownloads: 0,
        inReleaseNotModified: 0,
        indexDownloads: 0,
        debDownloads: 0,
        cacheHits: 0,
    };
    store;
    keys;
    transport;
    ownsTransport;
    now;
    concurrency;
    log;
    releases = new Map();
    constructor(options) {
        this.store = new ContentStore(options.cacheDir);
        this.keys = options.keys;
        this.ownsTransport = options.transport === undefined;
        this.transport = options.transport ?? new src/* Transport */.oK({ userAgent: "image-actions (debian)" });
        this.now = options.now ?? (() => new Date());
        this.concurrency = options.concurrency ?? 8;
        this.log = options.log ?? (() => { });
    }
    /** The verified Release of `suite`, fetched (or revalidated) once per client. */
    release(location) {
        const url = inReleaseUrl(location);
        let pending = this.releases.get(url);
        if (!pending) {
            pending = this.fetchRelease(location, url);
            pending.catch(() => this.releases.delete(url));
            this.releases.set(url, pending);
        }
        return pending;
    }
    /**
     * The verified Packages indexes of each component and architecture of `suite`, plus each
     * component's `binary-all` when the Release says to read it (binaryAllIndexesRead) and lists it.
     */
    async packagesIndexes(location, components, architectures) {
        const { release } = await this.release(location);
        const file = inReleaseUrl(location);
        const wanted = [];
        for (const component of components) {
            // debian-security lists its components as `updates/main` while its files sit under `main/`,
            // and apt takes `main` for it: so does this.
            if (release.components.length > 0 &&
                !release.components.includes(component) &&
                !release.components.includes(`updates/${component}`))
                throw new errors/* DebianError */.c4(`${file}: the suite has no component ${component} (it has ${release.components.join(", ")})`);
            for (const architecture of architectures) {
                if (release.architectures.length > 0 && !release.architectures.includes(architecture))
                    throw new errors/* DebianError */.c4(`${file}: the suite has no architecture ${architecture} (it has ${release.architectures.join(", ")})`);
                wanted.push({ component, architecture, required: true });
            }
            // binary-all only as apt reads it (release.ts says when); like apt's implicit `all` target it
            // is optional: a Release that supports `all` but lists no binary-all index simply has none.
            if ((0,src_release/* binaryAllIndexesRead */.F)(release))
                wanted.push({ component, architecture: "all", required: false });
        }
        const indexes = await Promise.all(wanted.map(async ({ component, architecture, required }) => {
            const base = `${component}/binary-${architecture}/Packages`;
            const choice = INDEX_COMPRESSIONS.find(({ suffix }) => release.files.has(base + suffix));
            if (!choice) {
                if (!required)
                    return undefined;
                throw new errors/* ArchiveVerificationError */.QD(`${file}: lists no ${base} (.xz, .gz or uncompressed)`);
            }
            const text = await this.packagesText(location, base, choice, release.acquireByHash);
            const index = {
                archive: location.url,
                suite: location.suite,
                component,
                architecture,
                path: base + choice.suffix,
                text,
            };
            return index;
        }));
        return indexes.filter((index) => index !== undefined);
    }
    /**
     * The .deb at `url`, verified against `expected` while it streams to the cache; returns its path
     * in the cache. A cached copy is used without a request.
     */
    async fetchDeb(url, expected) {
        const cached = await this.findCached(expected);
        if (cached) {
            this.stats.cacheHits++;
            return cached;
        }
        this.stats.debDownloads++;
        const response = await this.get(url, url, expected.size);
        if (response.status !== 200) {
            response.body.resume();
            throw new errors/* DebianError */.c4(`${url}: the archive answered ${response.status}` +
                (response.status === 404 ? " (a snapshot.debian.org URL keeps every file it ever served)" : ""));
        }
        return this.storeVerified(response.body, expected, url, "its Packages stanza lists");
    }
    /** fetchDeb for many, `concurrency` at a time; paths in the order given. */
    async fetchDebs(items) {
        const paths = new Array(items.length);
        let next = 0;
        const worker = async () => {
            for (let index = next++; index < items.length; index = next++) {
                const item = items[index];
                paths[index] = await this.fetchDeb(item.url, item);
            }
        };
        await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
        return paths;
    }
    async close() {
        if (this.ownsTransport)
            await this.transport.close();
    }
    async fetchRelease(location, url) {
        const cached = await this.store.readInRelease(url);
        const headers = {};
        if (cached?.etag)
            headers["if-none-match"] = cached.etag;
        if (cached?.lastModified)
            headers["if-modified-since"] = cached.lastModified;
        const response = await this.send(url, url, headers);
        let text;
        if (response.status === 304 && cached) {
            response.body.resume();
            this.stats.inReleaseNotModified++;
            text = cached.text;
        }
        else if (response.status === 200) {
            this.stats.inReleaseDownloads++;
            text = (await readLimited(response.body, INRELEASE_LIMIT, url)).toString("utf8");
        }
        else {
            response.body.resume();
            throw new errors/* DebianError */.c4(`${url}: the archive answered ${response.status}`);
        }
        // openpgp.js loads only when an InRelease is verified: fetching by a lock file never needs it.
        const { refuseOlderRelease, verifyInRelease } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 73111));
        const judging = { now: this.now(), snapshotDate: (0,sources/* snapshotDate */.zF)(location.url), file: url };
        const verified = await verifyInRelease(text, this.keys, judging);
        // A Release of another suite, replayed under this one's path, is signed just as well; apt
        // checks the names for the same reason.
        const { suite, codename } = verified.release;
        if (suite !== location.suite && codename !== location.suite)
            throw new errors/* ArchiveVerificationError */.QD(`${url}: is the Release of ${JSON.stringify(suite ?? codename ?? "")}, not of ${location.suite}`);
        if (response.status === 200 && cached && cached.text !== text)
            await refuseOlderRelease(verified, cached.text, this.keys, { ...judging, suite: location.suite });
        if (response.status === 200) {
            await this.store.writeInRelease({
                url,
                text,
                etag: header(response, "etag"),
                lastModified: header(response, "last-modified"),
            });
        }
        return verified;
    }
    /** The decompressed text of `base` (+ the chosen suffix), from the cache when it holds it. */
    async packagesText(location, base, choice, byHash) {
        const { release } = await this.release(location);
        const plain = release.files.get(base);
        if (plain) {
            const cached = await this.findCached(plain);
            if (cached) {
                this.stats.cacheHits++;
                return (0,promises_.readFile)(cached, "utf8");
            }
        }
        const path = base + choice.suffix;
        const listed = release.files.get(path);
        const fileUrl = `${location.url}/dists/${location.suite}/${path}`;
        let stored = await this.findCached(listed);
        if (stored)
            this.stats.cacheHits++;
        else
            stored = await this.downloadIndex(location, path, listed, byHash);
        if (choice.compression === "none")
            return (0,promises_.readFile)(stored, "utf8");
        const text = await readLimited((0,decompress/* decompressed */.ji)((0,external_node_fs_.createReadStream)(stored), choice.compression), plain?.size ?? UNLISTED_INDEX_LIMIT, `${fileUrl} (decompressed)`).catch((error) => {
            throw error instanceof errors/* DebianError */.c4
                ? error
                : new errors/* ArchiveVerificationError */.QD(`${fileUrl}: does not decompress: ${error.message}`);
        });
        if (plain) {
            checkContent(text, plain, `${location.url}/dists/${location.suite}/${base} (decompressed from ${path})`, "InRelease lists");
            await this.store.put(text, plain.sha256);
        }
        return text.toString("utf8");
    }
    /**
     * With `Acquire-By-Hash: yes` the index is fetched under its hash, so an archive update between
     * our InRelease and our index request cannot hand us the next generation's file; the plain path
     * is the fallback for mirrors that do not keep by-hash files.
     */
    async downloadIndex(location, path, listed, byHash) {
        const fileUrl = `${location.url}/dists/${location.suite}/${path}`;
        const directory = path.slice(0, path.lastIndexOf("/"));
        const urls = byHash
            ? [`${location.url}/dists/${location.suite}/${directory}/by-hash/SHA256/${listed.sha256}`, fileUrl]
            : [fileUrl];
        for (const url of urls) {
            this.stats.indexDownloads++;
            const response = await this.get(url, fileUrl, listed.size);
            if (response.status === 404 && url !== urls.at(-1)) {
                response.body.resume();
                continue;
            }
            if (response.status !== 200) {
                response.body.resume();
                throw new errors/* DebianError */.c4(`${fileUrl}: the archive answered ${response.status}`);
            }
            return this.storeVerified(response.body, listed, fileUrl, "InRelease lists");
        }
        throw new errors/* DebianError */.c4(`${fileUrl}: not served`);
    }
    /** The cached copy of `expected`, re-hashed on every hit (content-store.ts says why), or undefined. */
    findCached(expected) {
        return this.store.find(expected.sha256, expected.size, (path, reason) => this.log(`Debian cache: ${path} ${reason}, not what its name says; removed, fetching it again`));
    }
    /** Streams `body` into the cache, hashing and counting; refuses it unless it is exactly `expected`. */
    async storeVerified(body, expected, file, lister) {
        const temporary = await this.store.temporaryPath();
        const hash = (0,external_node_crypto_.createHash)("sha256");
        let size = 0;
        try {
            await (0,external_node_stream_promises_.pipeline)(body, async function* (source) {
                for await (const chunk of source) {
                    size += chunk.length;
                    // Stop at the first byte too many: a server streaming forever fills no disk.
                    if (size > expected.size)
                        throw new errors/* ArchiveVerificationError */.QD(`${file}: size over ${expected.size} bytes, which ${lister}`);
                    hash.update(chunk);
                    yield chunk;
                }
            }, (0,external_node_fs_.createWriteStream)(temporary));
            const sha256 = hash.digest("hex");
            if (size !== expected.size)
                throw new errors/* ArchiveVerificationError */.QD(`${file}: size ${size} bytes, but ${lister} ${expected.size}`);
            if (sha256 !== expected.sha256)
                throw new errors/* ArchiveVerificationError */.QD(`${file}: SHA-256 ${sha256}, but ${lister} ${expected.sha256}`);
            return await this.store.commit(temporary, expected.sha256);
        }
        catch (error) {
            await this.store.discard(temporary);
            if (error instanceof errors/* DebianError */.c4)
                throw error;
            throw new errors/* DebianError */.c4(`${file}: download failed: ${error.message}`);
        }
    }
    get(url, file, expectedBytes) {
        return this.send(url, file, {}, expectedBytes);
    }
    async send(url, file, headers, expectedBytes) {
        try {
            return await this.transport.send({ method: "GET", url, headers, expectedBytes });
        }
        catch (error) {
            throw new errors/* DebianError */.c4(`${file}: ${error.message}`);
        }
    }
}
function inReleaseUrl(location) {
    return `${location.url}/dists/${location.suite}/InRelease`;
}
/** Refuses `bytes` unless they are exactly the size and SHA-256 `expected` gives. */
function checkContent(bytes, expected, file, lister) {
    if (bytes.length !== expected.size)
        throw new errors/* ArchiveVerificationError */.QD(`${file}: size ${bytes.length} bytes, but ${lister} ${expected.size}`);
    const sha256 = (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex");
    if (sha256 !== expected.sha256)
        throw new errors/* ArchiveVerificationError */.QD(`${file}: SHA-256 ${sha256}, but ${lister} ${expected.sha256}`);
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
async function readLimited(body, limit, file) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit) {
            body.destroy();
            throw new errors/* ArchiveVerificationError */.QD(`${file}: over ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 98422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HU: () => (/* binding */ parseOsRelease),
  l2: () => (/* binding */ readBaseImage),
  E$: () => (/* binding */ readLayersContent)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/debian/src/base-cache.ts
/**
 * What readBaseImage learns from a base's layers (installed packages, os-release, debian_version,
 * the root's symlinks) kept on disk under the platform manifest's digest, so a rebuild on the same
 * base does not fetch and gunzip its layers again. The answer is a function of that digest alone:
 * the manifest names every layer by digest, and every layer byte was digest-verified as it was read.
 *
 * `<dir>/<hex>.json` holds the content's JSON; `<dir>/<hex>.sha256` the SHA-256 of those bytes,
 * written after them. A hit is used only when the bytes hash to the recorded digest, say which
 * manifest they are for, and parse to the expected shape; anything else is logged and the base is
 * read from the registry again, the entry replaced. Entries are written to a temporary name and
 * renamed, so a concurrent build sees a whole entry or none.
 */



/** Bump with any change to what readLayersContent reports: an older entry then never matches. */
const BASE_CACHE_FORMAT = 1;
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
function entryPaths(dir, manifestDigest) {
    const match = /^sha256:([0-9a-f]{64})$/.exec(manifestDigest);
    if (!match)
        throw new Error(`base cache: ${JSON.stringify(manifestDigest)} is not a sha256 digest`);
    return { content: (0,external_node_path_.join)(dir, `${match[1]}.json`), sha256: (0,external_node_path_.join)(dir, `${match[1]}.sha256`) };
}
/** The cached content for `manifestDigest`, or undefined (absent, or failed its checks: then `log` says why). */
async function readCachedBaseContent(dir, manifestDigest, log) {
    const paths = entryPaths(dir, manifestDigest);
    let bytes;
    let recorded;
    try {
        recorded = (await (0,external_node_fs_promises_.readFile)(paths.sha256, "utf8")).trim();
        bytes = await (0,external_node_fs_promises_.readFile)(paths.content);
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
    const actual = (0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex");
    if (bytes.length > MAX_ENTRY_BYTES || actual !== recorded) {
        log(`base cache: the entry for ${manifestDigest} does not match its recorded SHA-256; reading the base again`);
        return undefined;
    }
    const entry = parseEntry(bytes);
    if (!entry || entry.format !== BASE_CACHE_FORMAT || entry.manifestDigest !== manifestDigest) {
        log(`base cache: the entry for ${manifestDigest} is not one this version wrote for it; reading the base again`);
        return undefined;
    }
    return entry.content;
}
/** Stores `content` for `manifestDigest`; a failure is the caller's to log (the build goes on). */
async function storeBaseContent(dir, manifestDigest, content) {
    const paths = entryPaths(dir, manifestDigest);
    await (0,external_node_fs_promises_.mkdir)(dir, { recursive: true });
    const entry = { format: BASE_CACHE_FORMAT, manifestDigest, content };
    const bytes = Buffer.from(JSON.stringify(entry), "utf8");
    const temporary = `.${(0,external_node_crypto_.randomBytes)(8).toString("hex")}.tmp`;
    try {
        // The content first, its digest last: a reader never takes a digest for bytes not yet written.
        await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(dir, `${temporary}.json`), bytes);
        await (0,external_node_fs_promises_.rename)((0,external_node_path_.join)(dir, `${temporary}.json`), paths.content);
        await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(dir, `${temporary}.sha256`), `${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}\n`);
        await (0,external_node_fs_promises_.rename)((0,external_node_path_.join)(dir, `${temporary}.sha256`), paths.sha256);
    }
    finally {
        await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(dir, `${temporary}.json`), { force: true });
        await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(dir, `${temporary}.sha256`), { force: true });
    }
}
const isString = (value) => typeof value === "string";
const isStringRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every(isString);
/** The entry, when its bytes have the shape storeBaseContent writes; a cache file is checked like outside data. */
function parseEntry(bytes) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString("utf8"));
    }
    catch {
        return undefined;
    }
    const entry = parsed;
    const content = entry?.content;
    if (typeof entry?.format !== "number" || !isString(entry.manifestDigest) || !content)
        return undefined;
    if (!isStringRecord(content.osRelease) || !isStringRecord(content.topLevelSymlinks))
        return undefined;
    if (content.debianVersion !== undefined && !isString(content.debianVersion))
        return undefined;
    if (!Array.isArray(content.installed))
        return undefined;
    for (const item of content.installed) {
        const record = item;
        if (typeof item !== "object" || item === null)
            return undefined;
        if (!isString(record.name) || !isString(record.version) || !isString(record.architecture))
            return undefined;
        if (record.multiArch !== undefined && !isString(record.multiArch))
            return undefined;
        if (!Array.isArray(record.provides))
            return undefined;
        for (const provided of record.provides)
            if (typeof provided !== "object" ||
                provided === null ||
                !isString(provided.name) ||
                (provided.version !== undefined && !isString(provided.version)))
                return undefined;
    }
    return entry;
}

// EXTERNAL MODULE: ./packages/debian/src/control.ts
var control = __webpack_require__(81654);
// EXTERNAL MODULE: ./packages/debian/src/decompress.ts
var decompress = __webpack_require__(28732);
// EXTERNAL MODULE: ./packages/debian/src/errors.ts
var errors = __webpack_require__(47476);
// EXTERNAL MODULE: ./packages/debian/src/packages-index.ts
var packages_index = __webpack_require__(63271);
// EXTERNAL MODULE: ./packages/debian/src/sources.ts
var sources = __webpack_require__(14685);
;// CONCATENATED MODULE: ./packages/debian/src/base-image.ts
/**
 * What a base image already has, read from its registry without unpacking it: the installed set
 * (every `/var/lib/dpkg/status.d/*` stanza file, as distroless writes them, and
 * `/var/lib/dpkg/status` when there is one) and its `os-release`. Layers are streamed and
 * digest-verified as they flow; only the few small files needed are kept, each bounded in size.
 * Layers are merged as the OCI image spec's layer changesets say: a later layer's file replaces an
 * earlier one, `.wh.<name>` deletes `<name>` from the layers below, `.wh..wh..opq` empties its
 * directory of them.
 */










const STATUS_DIR = "var/lib/dpkg/status.d/";
const STATUS_FILE = "var/lib/dpkg/status";
// os-release(5): /etc/os-release wins; /usr/lib/os-release is the fallback (and usually its target).
const OS_RELEASE_PATHS = ["etc/os-release", "usr/lib/os-release"];
// base-files' point release; trivy (pkg/fanal/analyzer/os/debian) and syft (syft/linux/supplement_release.go) read it.
const DEBIAN_VERSION_PATH = "etc/debian_version";
/** Directories above the files we read: a layer putting a non-directory here hides what was under it. */
const ANCESTORS = new Set(["var", "var/lib", "var/lib/dpkg", "var/lib/dpkg/status.d", "etc", "usr", "usr/lib"]);
// Bounds on what a registry can make us hold. A distroless stanza is a few KiB; a full Debian
// system's status file a few MiB; os-release under 1 KiB.
const MAX_STANZA_FILE_BYTES = 1024 * 1024;
const MAX_STATUS_FILE_BYTES = 64 * 1024 * 1024;
const MAX_OS_RELEASE_BYTES = 64 * 1024;
const MAX_KEPT_BYTES = 128 * 1024 * 1024;
const MAX_STATUS_D_FILES = 50_000;
const MAX_INDEX_DEPTH = 4;
const MAX_SYMLINK_HOPS = 8;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const LAYER_CONCURRENCY = 4;
async function readBaseImage(clients, reference, platform, options = {}) {
    const client = clients.for(reference.registry);
    const top = await client.getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
    const manifest = await manifestForPlatform(client, reference.repository, top, platform);
    const where = `base image ${reference.registry}/${reference.repository}@${manifest.digest}`;
    const [config, ...layers] = manifest.blobs;
    if (!config)
        throw new errors/* DebianError */.c4(`${where}: the manifest has no config`);
    if (!(0,src/* isIndexMediaType */.$$)(top.mediaType))
        await checkConfigPlatform(client, reference.repository, config, platform, where);
    const log = options.log ?? (() => { });
    const cached = options.cacheDir ? await readCachedBaseContent(options.cacheDir, manifest.digest, log) : undefined;
    const content = cached ??
        (await readLayersContent(layers.map((layer) => ({ descriptor: layer, open: () => client.openBlob(reference.repository, layer) })), where));
    if (options.cacheDir && !cached)
        await storeBaseContent(options.cacheDir, manifest.digest, content).catch((error) => log(`base cache: could not store ${manifest.digest} (${error.message}); the build goes on without it`));
    return {
        digest: top.digest,
        manifestDigest: manifest.digest,
        platform,
        ...content,
        codename: (0,sources/* codenameOf */.aj)(content.osRelease),
    };
}
/** Reads and merges `layers` (bottom first); `where` names the image in messages. */
async function readLayersContent(layers, where) {
    const budget = { kept: 0 };
    const changes = await mapLimited(layers, LAYER_CONCURRENCY, (layer) => readLayerChanges(layer, budget, where));
    const files = mergeLayers(changes);
    return {
        installed: (0,packages_index/* installedPackagesFrom */.w9)(statusStanzas(files, where)),
        osRelease: readOsRelease(files),
        ...debianVersionOf(files),
        topLevelSymlinks: topLevelSymlinks(changes),
    };
}
async function manifestForPlatform(client, repository, manifest, platform, depth = 0) {
    if (!(0,src/* isIndexMediaType */.$$)(manifest.mediaType))
        return manifest;
    if (depth >= MAX_INDEX_DEPTH)
        throw new errors/* DebianError */.c4(`base image index ${manifest.digest}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
    const entry = manifest.manifests.find((candidate) => (0,src/* platformMatches */.J5)(candidate.platform, platform));
    if (!entry) {
        const offered = manifest.manifests.flatMap((candidate) => candidate.platform ? [(0,src/* formatPlatform */.Bq)(candidate.platform)] : []);
        throw new errors/* DebianError */.c4(`base image index ${manifest.digest} has no ${(0,src/* formatPlatform */.Bq)(platform)} image (it has ${offered.join(", ") || "none"})`);
    }
    const child = await client.getManifest(repository, entry.digest);
    return manifestForPlatform(client, repository, child, platform, depth + 1);
}
/** A single-platform image names its platform only in its config: a wrong one fails here, not later. */
async function checkConfigPlatform(client, repository, config, platform, where) {
    let parsed;
    try {
        parsed = JSON.parse((await client.readBlob(repository, config, MAX_CONFIG_BYTES)).toString("utf8"));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw new errors/* DebianError */.c4(`${where}: its config is not JSON`);
        throw error;
    }
    const entry = (0,src/* configPlatform */.Ko)(parsed);
    if (!(0,src/* platformMatches */.J5)(entry, platform))
        throw new errors/* DebianError */.c4(`${where} is for ${entry ? (0,src/* formatPlatform */.Bq)(entry) : "no stated platform"}, not ${(0,src/* formatPlatform */.Bq)(platform)}`);
}
/** Runs `task` over `items` with at most `limit` at once, keeping the items' order in the result. */
async function mapLimited(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** A tar member's path as a path from the root: no `./` or `/` in front, no trailing `/`, no `..`. */
function rootPath(name) {
    const normalised = external_node_path_.posix.normalize(`/${name}`).slice(1).replace(/\/+$/, "");
    return normalised === "" || normalised.startsWith("..") ? undefined : normalised;
}
function isKeptPath(path) {
    return (path === STATUS_FILE ||
        OS_RELEASE_PATHS.includes(path) ||
        path === DEBIAN_VERSION_PATH ||
        (path.startsWith(STATUS_DIR) && !path.slice(STATUS_DIR.length).includes("/")));
}
function sizeLimitOf(path) {
    if (path === STATUS_FILE)
        return MAX_STATUS_FILE_BYTES;
    if (OS_RELEASE_PATHS.includes(path) || path === DEBIAN_VERSION_PATH)
        return MAX_OS_RELEASE_BYTES;
    return MAX_STANZA_FILE_BYTES;
}
async function readLayerChanges({ descriptor: layer, open }, budget, where) {
    const layerWhere = `${where}: layer ${layer.digest}`;
    const compression = (0,decompress/* layerCompression */.AH)(layer.mediaType);
    if (!compression)
        throw new errors/* DebianError */.c4(`${layerWhere} has media type ${(0,control/* quoteForMessage */.Hx)(layer.mediaType)}, not a tar layer`);
    const changes = {
        opaqueDirs: [],
        whiteouts: [],
        shadowingEntries: [],
        kept: new Map(),
        topLevel: new Map(),
    };
    const blob = open();
    const tar = (0,tar_stream.extract)();
    // The pipeline settles only once the whole blob has flowed through the digest check.
    const flowed = (0,promises_.pipeline)((0,decompress/* decompressed */.ji)(blob, compression), tar);
    flowed.catch(() => undefined);
    try {
        for await (const entry of tar) {
            const path = rootPath(entry.header.name);
            const base = path ? external_node_path_.posix.basename(path) : "";
            const dir = path ? external_node_path_.posix.dirname(path) : "";
            if (path && !path.includes("/") && !base.startsWith(".wh."))
                changes.topLevel.set(path, entry.header.type === "symlink" ? (entry.header.linkname ?? "") : null);
            if (path && base === ".wh..wh..opq") {
                changes.opaqueDirs.push(dir === "." ? "" : dir);
            }
            else if (path && base.startsWith(".wh.")) {
                changes.whiteouts.push(external_node_path_.posix.join(dir, base.slice(".wh.".length)));
            }
            else if (path && isKeptPath(path)) {
                if (path.startsWith(STATUS_DIR) && changes.kept.size >= MAX_STATUS_D_FILES)
                    throw new errors/* DebianError */.c4(`${layerWhere} has more than ${MAX_STATUS_D_FILES} files in /${STATUS_DIR}`);
                changes.kept.set(path, await nodeOf(entry, path, budget, layerWhere));
                continue;
            }
            else if (path && ANCESTORS.has(path) && entry.header.type !== "directory") {
                changes.shadowingEntries.push(path);
            }
            entry.resume();
        }
        await flowed;
    }
    catch (error) {
        blob.destroy();
        tar.destroy();
        if (error instanceof errors/* DebianError */.c4 || !isDecodingError(error))
            throw error;
        // Altered bytes usually break the decompressor before the digest check at the blob's end can
        // say so; read the blob once more to the end so a mismatch is reported as what it is.
        for await (const _ of open())
            ;
        throw new errors/* DebianError */.c4(`${layerWhere} is not a readable tar layer: ${error.message}`, { cause: error });
    }
    return changes;
}
/** zlib's and tar-stream's errors; registry and digest errors are the oci package's and say what and where. */
function isDecodingError(error) {
    const { name } = error;
    return name === "Error" || name === "TypeError" || name === "RangeError";
}
async function nodeOf(entry, path, budget, layerWhere) {
    const { type, linkname } = entry.header;
    if (type === "symlink" || type === "link") {
        entry.resume();
        const target = linkname ?? "";
        return type === "symlink" ? { kind: "symlink", target } : { kind: "hardlink", target };
    }
    if (type !== "file" && type !== "contiguous-file") {
        entry.resume();
        return { kind: "other" };
    }
    const limit = sizeLimitOf(path);
    const size = entry.header.size ?? 0;
    if (size > limit)
        throw new errors/* DebianError */.c4(`${layerWhere}: /${path} is ${size} bytes, over the ${limit}-byte limit`);
    budget.kept += size;
    if (budget.kept > MAX_KEPT_BYTES)
        throw new errors/* DebianError */.c4(`${layerWhere}: the dpkg status files come to more than ${MAX_KEPT_BYTES} bytes`);
    const chunks = [];
    for await (const chunk of entry)
        chunks.push(chunk);
    return { kind: "file", content: Buffer.concat(chunks) };
}
function dropUnder(files, dir, includingDir) {
    const prefix = dir === "" ? "" : `${dir}/`;
    for (const path of [...files.keys()]) {
        if (path.startsWith(prefix) || (includingDir && path === dir))
            files.delete(path);
    }
}
/** Applies each layer's changes over the ones below it: the merged view of the kept paths. */
function mergeLayers(layers) {
    const files = new Map();
    for (const layer of layers) {
        // Whiteouts hide what the layers below hold, never what their own layer adds.
        for (const dir of layer.opaqueDirs)
            dropUnder(files, dir, false);
        for (const path of layer.whiteouts)
            dropUnder(files, path, true);
        for (const path of layer.shadowingEntries)
            dropUnder(files, path, true);
        for (const [path, node] of layer.kept) {
            const resolved = node.kind === "hardlink" ? hardlinkTarget(node.target, layer.kept, files) : node;
            files.set(path, resolved);
        }
    }
    return files;
}
/** The root's symlinks after every layer: a whiteout or an opaque root removes what the layers below had. */
function topLevelSymlinks(layers) {
    const entries = new Map();
    for (const layer of layers) {
        if (layer.opaqueDirs.includes(""))
            entries.clear();
        for (const path of layer.whiteouts)
            entries.delete(path);
        for (const [name, target] of layer.topLevel)
            entries.set(name, target);
    }
    const symlinks = {};
    for (const [name, target] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        if (target !== null)
            symlinks[name] = target;
    return symlinks;
}
/** A hard link names a file of its own layer or one below; we only ever kept the files we read. */
function hardlinkTarget(target, layerFiles, below) {
    const path = rootPath(target);
    const node = path ? (layerFiles.get(path) ?? below.get(path)) : undefined;
    return node?.kind === "file" ? node : { kind: "other" };
}
/** A kept file's content, following symlinks among the kept paths (`/etc/os-release` → `../usr/lib/os-release`). */
function contentOf(files, path) {
    let current = path;
    for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
        const node = files.get(current);
        if (node?.kind === "file")
            return node.content;
        if (node?.kind !== "symlink")
            return undefined;
        const next = rootPath(node.target.startsWith("/") ? node.target : external_node_path_.posix.join(external_node_path_.posix.dirname(current), node.target));
        if (!next)
            return undefined;
        current = next;
    }
    return undefined;
}
// distroless keeps each package's md5sums next to its stanza; those are file lists, not stanzas.
const NOT_STANZA_SUFFIXES = [".md5sums"];
function statusStanzas(files, where) {
    const paths = [...files.keys()]
        .filter((path) => path.startsWith(STATUS_DIR) && !NOT_STANZA_SUFFIXES.some((suffix) => path.endsWith(suffix)))
        .sort();
    if (files.has(STATUS_FILE))
        paths.push(STATUS_FILE);
    const stanzas = [];
    for (const path of paths) {
        const content = contentOf(files, path);
        if (content === undefined)
            continue;
        try {
            stanzas.push(...(0,control/* parseStanzas */.kw)(content.toString("utf8")));
        }
        catch (error) {
            throw new errors/* DebianError */.c4(`${where}: /${path}: ${error.message}`, { cause: error });
        }
    }
    return stanzas;
}
/** os-release(5): `KEY=value` lines, values optionally quoted with shell-style escapes. */
function parseOsRelease(text) {
    const fields = {};
    for (const line of text.split("\n")) {
        const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
        if (!match)
            continue;
        const [, key, raw] = match;
        const quoted = /^(["'])(.*)\1$/.exec(raw);
        fields[key] = quoted ? quoted[2].replace(/\\([\\$"'`])/g, "$1") : raw;
    }
    return fields;
}
/** The first line of /etc/debian_version, only when it looks like a version (it is the image's text). */
function debianVersionOf(files) {
    const line = contentOf(files, DEBIAN_VERSION_PATH)?.toString("utf8").split("\n")[0]?.trim();
    return line && /^[A-Za-z0-9][A-Za-z0-9.+~/-]{0,63}$/.test(line) ? { debianVersion: line } : {};
}
function readOsRelease(files) {
    for (const path of OS_RELEASE_PATHS) {
        const content = contentOf(files, path);
        if (content !== undefined)
            return parseOsRelease(content.toString("utf8"));
    }
    return {};
}


/***/ }),

/***/ 81654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ quoteForMessage),
/* harmony export */   PV: () => (/* binding */ fieldLookup),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   kw: () => (/* binding */ parseStanzas)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47476);
/**
 * deb822 control data (deb822(5), Debian Policy §5.1): the format of `Packages` indexes, `Release`
 * files, dpkg's status database and a .deb's `control` file. Paragraphs are separated by blank
 * lines; a field is `Name: value`; a line starting with a space or tab continues the field above.
 */

const QUOTED_LENGTH = 80;
/**
 * Quotes outside text for an error message: bounded, and on one line whatever it holds. JSON
 * escapes the C0 controls only; DEL, the C1 controls (NEL among them, which the Actions runner takes
 * as a line break) and the Unicode line and paragraph separators are escaped here as well.
 */
function quoteForMessage(text) {
    const bounded = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
    return JSON.stringify(bounded).replace(/[\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
// Policy §5.1: field names are printable US-ASCII other than the colon, not starting with `#` or `-`.
const FIELD_NAME = /^[!-9;-~]+$/;
/**
 * Splits deb822 text into paragraphs. Multi-line values keep their line breaks: the first line's
 * value, then each continuation line without its leading space or tab; a continuation line that is
 * only `.` stands for an empty line (Policy §5.6.13). CRLF line ends are taken as LF.
 */
function parseStanzas(text) {
    const stanzas = [];
    let current;
    let currentField;
    const seenInCurrent = new Set();
    const lines = text.split("\n");
    // A final newline leaves an empty last element, which is not a line of its own.
    if (lines.at(-1) === "")
        lines.pop();
    for (let index = 0; index < lines.length; index++) {
        const rawLine = lines[index];
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        // Made only on error: an index has millions of lines.
        const malformed = (problem) => malformedLine(index, line, problem);
        // Policy §5.1 lets parsers take whitespace-only lines as paragraph separators; apt does.
        if (line === "" || ((line[0] === " " || line[0] === "\t") && line.trim() === "")) {
            current = undefined;
            currentField = undefined;
            continue;
        }
        if (line.startsWith("#"))
            continue;
        if (line.startsWith(" ") || line.startsWith("\t")) {
            if (current === undefined || currentField === undefined)
                throw malformed("a continuation line with no field above it");
            const continuation = line.slice(1).trimEnd();
            current[currentField] = `${current[currentField]}\n${continuation.trim() === "." ? "" : continuation}`;
            continue;
        }
        const colon = line.indexOf(":");
        if (colon < 0)
            throw malformed('expected "Field: value"');
        const name = line.slice(0, colon);
        if (!FIELD_NAME.test(name) || name.startsWith("-"))
            throw malformed("malformed field name");
        if (current === undefined) {
            current = {};
            seenInCurrent.clear();
            stanzas.push(current);
        }
        // Field names are case-insensitive, so `Package` and `package` in one paragraph are one field twice.
        const key = name.toLowerCase();
        if (seenInCurrent.has(key))
            throw malformed(`field ${name} appears twice in one paragraph`);
        seenInCurrent.add(key);
        const value = line.slice(colon + 1).trim();
        // A field named `__proto__` must be an own field like any other, not the object's prototype.
        if (name === "__proto__")
            Object.defineProperty(current, name, { value, writable: true, enumerable: true, configurable: true });
        else
            current[name] = value;
        currentField = name;
    }
    return stanzas;
}
function malformedLine(index, line, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`control data line ${index + 1}: ${problem}: ${quoteForMessage(line)}`);
}
/**
 * A field's value by name, ignoring case as deb822 does; undefined when the paragraph lacks it.
 * For many lookups in one stanza, `fieldLookup` builds the case-folded index once.
 */
function field(stanza, name) {
    if (Object.hasOwn(stanza, name))
        return stanza[name];
    const wanted = name.toLowerCase();
    for (const [key, value] of Object.entries(stanza))
        if (key.toLowerCase() === wanted)
            return value;
    return undefined;
}
/** A case-insensitive lookup over one stanza, for reading many fields of it. */
function fieldLookup(stanza) {
    // Fields are nearly always written as Policy spells them: try that first, and fold the case of
    // every name only for a stanza that needs it (an index has tens of thousands of stanzas).
    let byLowercaseName;
    return (name) => {
        if (Object.hasOwn(stanza, name))
            return stanza[name];
        if (!byLowercaseName) {
            byLowercaseName = new Map();
            for (const [key, value] of Object.entries(stanza))
                byLowercaseName.set(key.toLowerCase(), value);
        }
        return byLowercaseName.get(name.toLowerCase());
    };
}


/***/ }),

/***/ 26420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ readDebControl),
/* harmony export */   gJ: () => (/* binding */ readDebData),
/* harmony export */   kA: () => (/* binding */ DEFAULT_DEB_UNPACK_LIMITS),
/* harmony export */   wb: () => (/* binding */ MAINTAINER_SCRIPTS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56118);
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81654);
/* harmony import */ var _decompress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28732);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47476);
/**
 * Reading a `.deb` without dpkg and without holding it in memory. The format (deb(5)): an `ar`
 * archive — `!<arch>\n`, then members of a 60-byte header and their data, padded to an even
 * offset — holding `debian-binary` ("2.0\n"), `control.tar[.gz|.xz|.zst]` and
 * `data.tar[.gz|.xz|.zst]` in that order; members whose names start with `_` may sit between them
 * and are ignored, as dpkg does. The ar headers are read at their offsets and each member is streamed
 * from the file, so a 200 MB package costs a few buffers.
 *
 * A .deb is outside data: each tar member is bounded while it is decompressed (see
 * DebUnpackLimits), so a small compressed bomb is stopped after the bytes a real package could
 * hold, not after it has filled a disk.
 */







const AR_MAGIC = "!<arch>\n";
const AR_HEADER_SIZE = 60;
const TAR_MEMBER = /^(control|data)\.tar(\.gz|\.xz|\.zst)?$/;
/** A control file beyond this is not one dpkg would build; refusing it bounds memory. */
const CONTROL_LIMIT = 1024 * 1024;
/** md5sums lists every file; the largest Debian packages list tens of thousands (a few MiB). */
const MD5SUMS_LIMIT = 32 * 1024 * 1024;
const DEFAULT_DEB_UNPACK_LIMITS = {
    maxUnpackedBytes: 8 * 1024 ** 3,
    maxExpansionRatio: 1000,
    ratioFloorBytes: 64 * 1024 ** 2,
};
/** The scripts dpkg runs around installation (deb-preinst(5) …, debconf's config). */
const MAINTAINER_SCRIPTS = ["preinst", "postinst", "prerm", "postrm", "config"];
/** The control stanza and the maintainer scripts of the .deb at `path`. */
async function readDebControl(path, limits) {
    const { control: member } = await debLayout(path);
    let control;
    let md5sums;
    const maintainerScripts = [];
    await readTarMember(path, member, limits, async ({ header, body }) => {
        const name = header.name.replace(/^\.?\//, "");
        if (name === "control" && header.type === "file") {
            control = (await readLimited(body, CONTROL_LIMIT, `${path}: control file`)).toString("utf8");
        }
        else if (name === "md5sums" && header.type === "file") {
            md5sums = (await readLimited(body, MD5SUMS_LIMIT, `${path}: md5sums file`)).toString("utf8");
        }
        else if (MAINTAINER_SCRIPTS.includes(name)) {
            maintainerScripts.push(name);
        }
    });
    if (control === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${path}: ${member.name} holds no control file`);
    return { control, maintainerScripts: maintainerScripts.sort(), ...(md5sums === undefined ? {} : { md5sums }) };
}
/**
 * Streams every entry of the .deb's data.tar to `onEntry`, one at a time, in archive order; the
 * member is bounded by `limits` (DEFAULT_DEB_UNPACK_LIMITS unless given).
 */
async function readDebData(path, onEntry, limits) {
    const { data } = await debLayout(path);
    await readTarMember(path, data, limits, onEntry);
}
/** Where the control and data members are, checked against deb(5) and the file's real size. */
async function debLayout(path) {
    const malformed = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${path}: not a valid .deb: ${problem}`);
    };
    const { size: fileSize } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${path}: cannot read the .deb (${error.message})`);
    });
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "r");
    try {
        const magic = Buffer.alloc(AR_MAGIC.length);
        await handle.read(magic, 0, magic.length, 0);
        if (magic.toString("latin1") !== AR_MAGIC)
            malformed("no ar archive signature");
        const members = [];
        for (let offset = AR_MAGIC.length; offset < fileSize;) {
            const header = Buffer.alloc(AR_HEADER_SIZE);
            const { bytesRead } = await handle.read(header, 0, AR_HEADER_SIZE, offset);
            if (bytesRead < AR_HEADER_SIZE)
                malformed(`truncated ar header at byte ${offset}`);
            const text = header.toString("latin1");
            if (text.slice(58, 60) !== "`\n")
                malformed(`bad ar header at byte ${offset}`);
            // GNU ar ends names with "/"; dpkg-deb pads them with spaces.
            const name = text.slice(0, 16).trimEnd().replace(/\/$/, "");
            const sizeText = text.slice(48, 58).trim();
            if (!/^\d+$/.test(sizeText))
                malformed(`ar member ${JSON.stringify(name)} has no size`);
            const size = Number(sizeText);
            const dataOffset = offset + AR_HEADER_SIZE;
            if (dataOffset + size > fileSize)
                malformed(`member ${JSON.stringify(name)} needs ${size} bytes, the file ends ${fileSize - dataOffset} bytes in (truncated)`);
            members.push({ name, offset: dataOffset, size });
            offset = dataOffset + size + (size % 2);
        }
        const [first, ...rest] = members;
        if (first?.name !== "debian-binary")
            return malformed("the first member is not debian-binary");
        const version = Buffer.alloc(Math.min(first.size, 16));
        await handle.read(version, 0, version.length, first.offset);
        // deb(5): "2.0\n"; dpkg accepts any 2.x, a later minor version only adding members.
        if (!/^2\.\d+\n/.test(version.toString("latin1")))
            malformed(`format ${JSON.stringify(version.toString("latin1"))}, not 2.x`);
        const tarMembers = rest.filter((member) => !member.name.startsWith("_"));
        const [control, data] = tarMembers.map((member) => {
            const match = TAR_MEMBER.exec(member.name);
            if (!match)
                malformed(`unexpected member ${JSON.stringify(member.name)}`);
            return { ...member, kind: match?.[1], compression: _decompress_js__WEBPACK_IMPORTED_MODULE_5__/* .COMPRESSION_BY_SUFFIX */ .Ji[match?.[2] ?? ""] };
        });
        if (control?.kind !== "control")
            malformed("no control.tar member after debian-binary");
        if (data?.kind !== "data")
            malformed("no data.tar member after control.tar");
        return { control: control, data: data };
    }
    finally {
        await handle.close();
    }
}
async function readTarMember(path, member, limits, onEntry) {
    if (member.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${path}: not a valid .deb: ${member.name} is empty`);
    const { limit, why } = unpackLimit(member.size, limits ?? DEFAULT_DEB_UNPACK_LIMITS);
    const tooLarge = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${path}: ${member.name} ${what} more than ${limit} bytes (${why}); refused as a decompression bomb`);
    let overLimit;
    let unpacked = 0;
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { start: member.offset, end: member.offset + member.size - 1 });
    const tar = (0,tar_stream__WEBPACK_IMPORTED_MODULE_3__.extract)();
    const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,_decompress_js__WEBPACK_IMPORTED_MODULE_5__/* .decompressed */ .ji)(source, member.compression), async function* (chunks) {
        for await (const chunk of chunks) {
            unpacked += chunk.length;
            if (unpacked > limit) {
                overLimit = tooLarge("unpacks to");
                throw overLimit;
            }
            yield chunk;
        }
    }, tar);
    // Where the tar stream stands by its headers: each entry is a 512-byte header and its body
    // padded to 512 (POSIX ustar). An entry whose declared size passes the limit is refused before
    // its body is read.
    let declared = 0;
    try {
        for await (const entry of tar) {
            declared += TAR_BLOCK + Math.ceil((entry.header.size ?? 0) / TAR_BLOCK) * TAR_BLOCK;
            if (declared > limit) {
                overLimit = tooLarge(`entry ${(0,_control_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteForMessage */ .Hx)(entry.header.name)} would take it to`);
                throw overLimit;
            }
            await onEntry({ header: entry.header, body: entry });
            entry.resume();
        }
        await feeding;
    }
    catch (error) {
        feeding.catch(() => { });
        source.destroy();
        // The limit stops the stream from inside the pipeline; whoever was reading it sees only that
        // it broke off.
        if (overLimit)
            throw overLimit;
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${path}: ${member.name} is corrupt: ${error.message}`);
    }
}
const TAR_BLOCK = 512;
/** The bytes a member of `compressedSize` may unpack to under `limits`, and the rule that sets it. */
function unpackLimit(compressedSize, limits) {
    const byRatio = Math.max(limits.ratioFloorBytes, compressedSize * limits.maxExpansionRatio);
    if (byRatio < limits.maxUnpackedBytes)
        return {
            limit: byRatio,
            why: `an expansion past ${limits.maxExpansionRatio}:1 of its ${compressedSize} compressed bytes, beyond a floor of ${limits.ratioFloorBytes}`,
        };
    return { limit: limits.maxUnpackedBytes, why: "the cap on any package" };
}
async function readLimited(body, limit, what) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .DebianError */ .c4(`${what} is over ${limit} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 28732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   Ji: () => (/* binding */ COMPRESSION_BY_SUFFIX),
/* harmony export */   ji: () => (/* binding */ decompressed)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var xz_decompress__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36642);
/* harmony import */ var xz_decompress__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(xz_decompress__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Streaming decompression for what Debian ships: gzip and zstd through Node's zlib, xz through a
 * WebAssembly decoder (xz-decompress; no native code to bundle), or none. Used for `.deb` members
 * (`control.tar.xz`, `data.tar.zst`, …) and for `Packages.xz`/`.gz` indexes.
 */



const xzExports = xz_decompress__WEBPACK_IMPORTED_MODULE_2__;
const XzReadableStream = (xzExports.XzReadableStream ??
    xzExports.default?.XzReadableStream);
/** File-name suffixes Debian uses for each: `Packages.xz`, `data.tar.zst`, `control.tar`. */
const COMPRESSION_BY_SUFFIX = {
    "": "none",
    ".gz": "gzip",
    ".xz": "xz",
    ".zst": "zstd",
};
/** How each tar layer media type (OCI and Docker) is compressed; undefined for anything not a layer. */
const LAYER_COMPRESSION = {
    "application/vnd.oci.image.layer.v1.tar": "none",
    "application/vnd.oci.image.layer.v1.tar+gzip": "gzip",
    "application/vnd.oci.image.layer.v1.tar+zstd": "zstd",
    "application/vnd.oci.image.layer.nondistributable.v1.tar": "none",
    "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip": "gzip",
    "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd": "zstd",
    "application/vnd.docker.image.rootfs.diff.tar": "none",
    "application/vnd.docker.image.rootfs.diff.tar.gzip": "gzip",
    "application/vnd.docker.image.rootfs.diff.tar.zstd": "zstd",
    "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip": "gzip",
};
function layerCompression(mediaType) {
    return Object.hasOwn(LAYER_COMPRESSION, mediaType) ? LAYER_COMPRESSION[mediaType] : undefined;
}
/** `input` decompressed; an error on either side (a truncated or corrupt stream) errors the result. */
function decompressed(input, compression) {
    switch (compression) {
        case "none":
            return input;
        case "gzip":
        case "zstd": {
            const inflate = compression === "gzip" ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)() : (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress)();
            (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(input, inflate, (error) => {
                if (error)
                    inflate.destroy(error);
            });
            return inflate;
        }
        case "xz": {
            const web = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.toWeb(input);
            return node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.fromWeb(new XzReadableStream(web));
        }
    }
}


/***/ }),

/***/ 70620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V_: () => (/* binding */ fetchLockedDebs),
/* harmony export */   sN: () => (/* binding */ parseRequestedPackage),
/* harmony export */   zC: () => (/* binding */ lockPackages)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _architectures_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76955);
/* harmony import */ var _archive_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34728);
/* harmony import */ var _base_image_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98422);
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81654);
/* harmony import */ var _deb_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47476);
/* harmony import */ var _packages_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(63271);
/* harmony import */ var _resolver_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(91113);
/* harmony import */ var _snapshot_time_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(60313);
/* harmony import */ var _sources_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(14685);
/**
 * Locking and fetching: the two halves a build stands on.
 *
 * `lockPackages` reads the base image's installed set and os-release for each platform, verifies
 * every source's InRelease and Packages indexes, resolves the requested packages (and the local
 * .debs' dependencies) per Debian architecture against what the base already has, and returns the
 * lock file: each package pinned by URL, size and SHA-256.
 *
 * `fetchLockedDebs` then downloads exactly the lock file's .debs for one architecture, each verified
 * against its SHA-256 and size, without reading any index: the lock is the authority.
 */














/** Debian Policy §5.6.1: lowercase letters, digits, `+ - .`, at least two characters. */
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+$/;
/** Debian Policy §5.6.12: an optional epoch, upstream version and revision. */
const PACKAGE_VERSION = /^(?:\d+:)?[A-Za-z0-9.+~-]+$/;
/** `name` or `name=version`, as `debian-packages` lines and the CLI take them. */
function parseRequestedPackage(text) {
    const [name, version, extra] = text.trim().split("=");
    if (extra !== undefined ||
        !name ||
        !PACKAGE_NAME.test(name) ||
        (version !== undefined && !PACKAGE_VERSION.test(version)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DebianError */ .c4(`package ${JSON.stringify(text.slice(0, 120))}: expected name or name=version`);
    return version === undefined ? { name } : { name, version };
}
async function lockPackages(options) {
    const requested = options.packages.map(parseRequestedPackage);
    const targets = options.platforms.map((platform) => ({ platform, architecture: (0,_architectures_js__WEBPACK_IMPORTED_MODULE_4__/* .debianArchitecture */ .D)(platform) }));
    const bases = options.bases ??
        (await Promise.all(targets.map(({ platform }) => (0,_base_image_js__WEBPACK_IMPORTED_MODULE_6__/* .readBaseImage */ .l2)(options.clients, options.base, platform))));
    const codename = bases[0]?.codename;
    const snapshot = options.snapshotTime ?? (0,_snapshot_time_js__WEBPACK_IMPORTED_MODULE_12__/* .snapshotDayOf */ .EF)(options.now?.() ?? new Date());
    const sources = (0,_sources_js__WEBPACK_IMPORTED_MODULE_13__/* .parseSources */ .ur)(options.sources, { codename, snapshot });
    if (sources.length === 0 && requested.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DebianError */ .c4("debian-sources: give at least one archive to install packages from");
    const locals = await Promise.all((options.localDebs ?? []).map(localPackageRecord));
    const archive = new _archive_client_js__WEBPACK_IMPORTED_MODULE_5__/* .ArchiveClient */ .C({
        cacheDir: options.cacheDir,
        keys: options.keys ?? (await (await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(897)]).then(__webpack_require__.bind(__webpack_require__, 6897))).defaultKeyring()),
        ...(options.transport ? { transport: options.transport } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.log ? { log: options.log } : {}),
    });
    try {
        const results = await Promise.all(targets.map(async ({ platform, architecture }, index) => {
            const candidates = await archiveRecords(archive, sources, architecture);
            const local = locals.filter((record) => record.architecture === architecture || record.architecture === "all");
            const resolution = (0,_resolver_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveDependencies */ ._)({
                architecture,
                requested,
                local,
                candidates: candidates.map((item) => item.record),
                installed: bases[index].installed,
            });
            const from = new Map(candidates.map((item) => [item.record, item.from]));
            const locked = resolution.packages
                .filter((record) => record.origin !== "file")
                .map((record) => lockedPackage(record, from.get(record) ?? record.origin));
            const lock = {
                architecture,
                platform,
                satisfiedByBase: resolution.satisfiedByBase,
                local: resolution.packages.filter((record) => record.origin === "file"),
                reasons: resolution.reasons,
            };
            return { lock, locked };
        }));
        const architectures = {};
        for (const { lock, locked } of results)
            architectures[lock.architecture] = locked;
        return {
            lockfile: { requested: options.packages.map((item) => item.trim()), sources, architectures },
            architectures: results.map((item) => item.lock),
            codename,
            stats: archive.stats,
        };
    }
    finally {
        await archive.close();
    }
}
/** Every record of every source's verified indexes for `architecture` (and `all`). */
async function archiveRecords(archive, sources, architecture) {
    const indexes = (await Promise.all(sources.flatMap((source) => source.suites.map((suite) => archive.packagesIndexes({ url: source.url, suite }, source.components, [architecture]))))).flat();
    return indexes.flatMap((index) => (0,_packages_index_js__WEBPACK_IMPORTED_MODULE_10__/* .packageRecordsFromIndex */ .LZ)(index.text, index.archive).map((record) => ({
        record,
        from: `${index.archive} ${index.suite} ${index.component}`,
    })));
}
function lockedPackage(record, from) {
    return {
        name: record.name,
        version: record.version,
        architecture: record.architecture,
        source: record.source,
        url: `${record.origin}/${record.filename.replace(/^\/+/, "")}`,
        size: record.size,
        sha256: record.sha256,
        from,
    };
}
/** A local .deb as a package record: its control stanza, its own size and SHA-256, origin `file`. */
async function localPackageRecord(path) {
    const [{ control }, size, sha256] = await Promise.all([(0,_deb_js__WEBPACK_IMPORTED_MODULE_8__/* .readDebControl */ .R2)(path), fileSize(path), fileSha256(path)]);
    const stanza = (0,_control_js__WEBPACK_IMPORTED_MODULE_7__/* .parseStanzas */ .kw)(control)[0];
    if (!stanza)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DebianError */ .c4(`${path}: the .deb has an empty control file`);
    const [record] = (0,_packages_index_js__WEBPACK_IMPORTED_MODULE_10__/* .packageRecordsFrom */ .TC)([{ ...stanza, Filename: path, Size: String(size), SHA256: sha256 }], "file");
    return record;
}
async function fileSize(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DebianError */ .c4(`${path}: cannot read the .deb (${error.code ?? "error"})`);
    }
}
function fileSha256(path) {
    return new Promise((resolvePromise, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on("data", (chunk) => hash.update(chunk))
            .on("error", reject)
            .on("end", () => resolvePromise(hash.digest("hex")));
    });
}
async function fetchLockedDebs(options) {
    const locked = options.lockfile.architectures[options.architecture];
    if (!locked)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DebianError */ .c4(`the lock file has no packages for ${options.architecture} (it has ${Object.keys(options.lockfile.architectures).join(", ") || "none"}); lock again with that platform`);
    // No keys: nothing here reads an index; each file is checked against the hash the lock names.
    const archive = new _archive_client_js__WEBPACK_IMPORTED_MODULE_5__/* .ArchiveClient */ .C({
        cacheDir: options.cacheDir,
        keys: [],
        ...(options.transport ? { transport: options.transport } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.log ? { log: options.log } : {}),
    });
    try {
        const cached = await archive.fetchDebs(locked.map((item) => ({ url: item.url, sha256: item.sha256, size: item.size })));
        if (options.outDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(options.outDir, { recursive: true });
        const debs = await Promise.all(locked.map(async (item, index) => {
            const source = cached[index];
            const path = options.outDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.outDir, debFileName(item)) : source;
            if (options.outDir)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(source, path);
            const maintainerScripts = await maintainerScriptsOf(source, item.sha256, options.cacheDir);
            return { name: item.name, version: item.version, path, sha256: item.sha256, maintainerScripts };
        }));
        return { debs, stats: archive.stats };
    }
    finally {
        await archive.close();
    }
}
/**
 * Which maintainer scripts a .deb carries, remembered beside the cache by the .deb's SHA-256 (the
 * same bytes always carry the same scripts): reading them means decompressing the control member,
 * which a warm fetch would otherwise repeat for every package on every run.
 */
async function maintainerScriptsOf(path, sha256, cacheDir) {
    const remembered = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cacheDir, "deb-scripts", `${sha256}.json`);
    try {
        const scripts = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(remembered, "utf8"));
        if (Array.isArray(scripts) && scripts.every((name) => typeof name === "string"))
            return scripts;
    }
    catch {
        // Not remembered yet (or unreadable): read the .deb.
    }
    const { maintainerScripts } = await (0,_deb_js__WEBPACK_IMPORTED_MODULE_8__/* .readDebControl */ .R2)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(remembered), { recursive: true });
    const temporary = `${remembered}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temporary, JSON.stringify(maintainerScripts));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temporary, remembered);
    return maintainerScripts;
}
/** Debian's own naming of a .deb (an epoch's colon written `%3a`, as apt and the archive do). */
function debFileName(item) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(`${item.name}_${item.version.replace(/:/g, "%3a")}_${item.architecture}.deb`);
}


/***/ }),

/***/ 23722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ readLockfile),
/* harmony export */   Rb: () => (/* binding */ LOCKFILE_VERSION),
/* harmony export */   c5: () => (/* binding */ serializeLockfile),
/* harmony export */   tg: () => (/* binding */ parseLockfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47476);
/**
 * The lock file: what a resolution chose, pinned by URL, size and SHA-256, so a rebuild installs the
 * same bytes without reading any index. JSON with a fixed key order (written field by field, never
 * from an object's insertion order) and packages sorted by name, so the same resolution always
 * writes the same file and a change shows as a small diff.
 *
 *   {
 *     "lockfileVersion": 1,
 *     "requested": ["ca-certificates", "libpam0g=1.5.2-6+deb12u1"],
 *     "sources": [{ "url": "https://snapshot.debian.org/archive/debian/20261201T000000Z",
 *                   "suites": ["bookworm"], "components": ["main"] }],
 *     "architectures": {
 *       "amd64": [{ "name": "…", "version": "…", "architecture": "amd64", "source": "…",
 *                   "url": "…/pool/main/….deb", "size": 1234, "sha256": "…", "suite": "…" }]
 *     }
 *   }
 */


const LOCKFILE_VERSION = 1;
const SHA256 = /^[0-9a-f]{64}$/;
function serializeLockfile(lock) {
    const architectures = {};
    for (const architecture of Object.keys(lock.architectures).sort()) {
        architectures[architecture] = [...(lock.architectures[architecture] ?? [])]
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
            .map((item) => ({
            name: item.name,
            version: item.version,
            architecture: item.architecture,
            source: item.source,
            url: item.url,
            size: item.size,
            sha256: item.sha256,
            from: item.from,
        }));
    }
    const ordered = {
        lockfileVersion: LOCKFILE_VERSION,
        requested: [...lock.requested],
        sources: lock.sources.map((source) => ({
            url: source.url,
            suites: [...source.suites],
            components: [...source.components],
        })),
        architectures,
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
/** Reads and checks a lock file; every problem names the file and the entry. */
async function readLockfile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`lock file ${path}: cannot read it (${error.code ?? "error"})`);
    }
    return parseLockfile(text, path);
}
function parseLockfile(text, where = "lock file") {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${where} is not valid JSON`);
    }
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${where}: ${problem}`);
    };
    if (!isObject(raw))
        return fail("expected a JSON object");
    if (raw.lockfileVersion !== LOCKFILE_VERSION)
        fail(`lockfileVersion ${JSON.stringify(raw.lockfileVersion)} is not ${LOCKFILE_VERSION}`);
    const requested = stringArray(raw.requested) ?? fail("'requested' must be a list of strings");
    if (!Array.isArray(raw.sources))
        fail("'sources' must be a list");
    const sources = raw.sources.map((source, index) => {
        if (!isObject(source) || typeof source.url !== "string")
            return fail(`sources[${index}] needs a url`);
        return {
            url: source.url,
            suites: stringArray(source.suites) ?? fail(`sources[${index}].suites must be a list of strings`),
            components: stringArray(source.components) ?? fail(`sources[${index}].components must be a list of strings`),
        };
    });
    if (!isObject(raw.architectures))
        return fail("'architectures' must be an object");
    const architectures = {};
    for (const [architecture, list] of Object.entries(raw.architectures)) {
        if (!Array.isArray(list))
            return fail(`architectures.${architecture} must be a list`);
        architectures[architecture] = list.map((entry, index) => lockedPackage(entry, `architectures.${architecture}[${index}]`, fail));
    }
    return { requested, sources, architectures };
}
function lockedPackage(entry, at, fail) {
    if (!isObject(entry))
        return fail(`${at} must be an object`);
    const text = (name) => typeof entry[name] === "string" && entry[name] !== "" ? entry[name] : fail(`${at}.${name} is missing`);
    const sha256 = text("sha256");
    if (!SHA256.test(sha256))
        fail(`${at}.sha256 is not 64 lowercase hex digits`);
    const size = entry.size;
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
        fail(`${at}.size is not a byte count`);
    const url = text("url");
    if (!/^https?:\/\//.test(url))
        fail(`${at}.url is not an http(s) URL`);
    return {
        name: text("name"),
        version: text("version"),
        architecture: text("architecture"),
        source: text("source"),
        url,
        size: size,
        sha256,
        from: text("from"),
    };
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined;
}


/***/ }),

/***/ 63271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ packageRecordsFromIndex),
/* harmony export */   TC: () => (/* binding */ packageRecordsFrom),
/* harmony export */   w9: () => (/* binding */ installedPackagesFrom)
/* harmony export */ });
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47476);
/* harmony import */ var _relations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3474);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22543);
/**
 * Package records from the stanzas of a `Packages` index (or a .deb's control file), and installed
 * packages from a dpkg status database (`/var/lib/dpkg/status`, or distroless's one-file-per-package
 * `/var/lib/dpkg/status.d/*`). A record we would download must say where its file is and what its
 * bytes are (Filename, Size, SHA256); one that does not is refused, never skipped.
 */




const SHA256 = /^[0-9a-fA-F]{64}$/;
const SIZE = /^[0-9]+$/;
/** Every stanza of a `Packages` index as a record; `origin` is the archive root URL, or `file`. */
function packageRecordsFrom(stanzas, origin) {
    return stanzas.map((stanza) => recordFrom(stanza, (0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldLookup */ .PV)(stanza), origin));
}
/** The fields a record is made of: the rest of a stanza (Description, Tag, MD5sum…) is never read. */
const RECORD_FIELDS = new Map([
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
].map((name) => [name.toLowerCase(), name]));
/**
 * The records of a whole `Packages` index, straight from its (verified) text: the same records as
 * `packageRecordsFrom(parseStanzas(text))`, read several times faster because only the fields a
 * record is made of are kept. bookworm's amd64 index is 50 MB and 63,000 stanzas, read once per
 * architecture on every cold resolution.
 */
function packageRecordsFromIndex(text, origin) {
    const records = [];
    let stanza;
    let current;
    const finish = () => {
        if (stanza)
            records.push(recordFrom(stanza, (name) => stanza?.[name], origin));
        stanza = undefined;
        current = undefined;
    };
    for (let start = 0; start < text.length;) {
        let end = text.indexOf("\n", start);
        if (end < 0)
            end = text.length;
        let line = text.slice(start, end);
        start = end + 1;
        if (line.endsWith("\r"))
            line = line.slice(0, -1);
        const first = line.charCodeAt(0);
        if (line === "" || ((first === 32 || first === 9) && line.trim() === "")) {
            finish();
            continue;
        }
        if (first === 32 || first === 9) {
            // A folded value continues the field above it; only kept fields are carried along.
            if (stanza && current)
                stanza[current] = `${stanza[current]}\n${line.slice(1).trimEnd()}`;
            continue;
        }
        if (first === 35)
            continue; // `#` comment
        const colon = line.indexOf(":");
        if (colon < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${origin}: index line ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(line)} is not "Field: value"`);
        const canonical = RECORD_FIELDS.get(line.slice(0, colon).toLowerCase());
        stanza ??= {};
        current = canonical;
        if (canonical) {
            if (Object.hasOwn(stanza, canonical))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${origin}: field ${canonical} appears twice in one paragraph`);
            stanza[canonical] = line.slice(colon + 1).trim();
        }
    }
    finish();
    return records;
}
function recordFrom(stanza, field, origin) {
    const name = required(stanza, field, "Package", origin);
    const fail = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${origin}: package ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(name)}: ${problem}`);
    const get = (fieldName) => {
        const value = field(fieldName);
        if (value === undefined || value === "")
            throw fail(`no ${fieldName} field`);
        return value;
    };
    const version = checkedVersion(get("Version"), fail);
    const size = get("Size");
    if (!SIZE.test(size) || !Number.isSafeInteger(Number(size)))
        throw fail(`Size ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(size)} is not a byte count`);
    const sha256 = get("SHA256");
    if (!SHA256.test(sha256))
        throw fail(`SHA256 ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(sha256)} is not 64 hexadecimal digits`);
    const record = {
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
    if (priority)
        record.priority = priority;
    const multiArch = field("Multi-Arch");
    if (multiArch)
        record.multiArch = multiArch;
    const essential = field("Essential");
    if (essential)
        record.essential = essential === "yes";
    return record;
}
function lazyRelations(record, property, field, fieldName, fail) {
    const text = field(fieldName);
    if (text === undefined || text === "")
        return;
    let parsed;
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
function installedPackagesFrom(stanzas) {
    const installed = [];
    for (const stanza of stanzas) {
        const field = (0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldLookup */ .PV)(stanza);
        const name = required(stanza, field, "Package", "dpkg status");
        const fail = (problem) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`dpkg status: package ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(name)}: ${problem}`);
        const status = field("Status");
        if (status !== undefined && !isInstalled(status))
            continue;
        const version = field("Version");
        if (!version)
            throw fail("no Version field");
        const architecture = field("Architecture");
        if (!architecture)
            throw fail("no Architecture field");
        const entry = {
            name,
            version: checkedVersion(version, fail),
            architecture,
            provides: provides(field, fail),
        };
        const multiArch = field("Multi-Arch");
        if (multiArch)
            entry.multiArch = multiArch;
        installed.push(entry);
    }
    return installed;
}
// dpkg's Status is `want flag state`; only a clean (`ok`) `installed` state satisfies dependencies.
function isInstalled(status) {
    const [, flag, state] = status.trim().split(/\s+/);
    return flag === "ok" && state === "installed";
}
function required(stanza, field, name, where) {
    const value = field(name);
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${where}: a stanza without a ${name} field (fields: ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(Object.keys(stanza).join(", "))})`);
    return value;
}
function checkedVersion(version, fail) {
    try {
        (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVersion */ .ot)(version);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4)
            throw fail(error.message);
        throw error;
    }
    return version.trim();
}
function sourceName(source, name, fail) {
    if (source === undefined || source === "")
        return name;
    const match = /^([A-Za-z0-9][A-Za-z0-9+._-]*)(?:\s*\([^()]+\))?$/.exec(source);
    if (!match?.[1])
        throw fail(`Source ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(source)} is malformed`);
    return match[1];
}
function relations(field, name, fail) {
    try {
        return (0,_relations_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRelations */ .Hd)(field(name) ?? "");
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4)
            throw fail(`${name}: ${error.message}`);
        throw error;
    }
}
function provides(field, fail) {
    try {
        return (0,_relations_js__WEBPACK_IMPORTED_MODULE_2__/* .parseProvides */ .AS)(field("Provides") ?? "");
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4)
            throw fail(error.message);
        throw error;
    }
}


/***/ }),

/***/ 3474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ parseProvides),
/* harmony export */   Dn: () => (/* binding */ appliesOnArchitecture),
/* harmony export */   Hd: () => (/* binding */ parseRelations),
/* harmony export */   YU: () => (/* binding */ formatAlternatives),
/* harmony export */   sE: () => (/* binding */ formatRelation)
/* harmony export */ });
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47476);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22543);
/**
 * Package relation fields (Debian Policy §7.1): `Depends: a (>= 1.0) | b:any [amd64], c`.
 * Commas separate groups that must all hold; `|` separates alternatives of which one must hold.
 * Used for Depends and Pre-Depends of binary packages; `Provides` has its own, narrower grammar
 * (§7.5: no alternatives, and only `=` versions).
 */



// dpkg's package-name check: an alphanumeric first, then alphanumerics and `+ - . _` (Policy §5.6.1
// asks for lowercase and no `_`; dpkg accepts both, and so do we, not to refuse what dpkg installs).
const PACKAGE_NAME = "[A-Za-z0-9][A-Za-z0-9+._-]*";
const ARCHITECTURE_NAME = "[a-z0-9][a-z0-9-]*";
const SPACE = "[ \\t\\r\\n]*";
// Not starting with an operator character, so `(>= )` cannot be read as `>` and a version `=`.
const VERSION = "[^ \\t\\r\\n()<>=][^ \\t\\r\\n()]*";
const RELATION = new RegExp(`^(${PACKAGE_NAME})(?::(${ARCHITECTURE_NAME}))?${SPACE}` +
    `(?:\\(${SPACE}(<<|<=|>=|>>|=|<|>)${SPACE}(${VERSION})${SPACE}\\)${SPACE})?` +
    `(?:\\[([^\\]]*)\\])?$`);
const PROVIDE = new RegExp(`^(${PACKAGE_NAME})${SPACE}(?:\\(${SPACE}=${SPACE}(${VERSION})${SPACE}\\))?$`);
/** Parses a Depends or Pre-Depends value; an empty value has no groups. */
function parseRelations(text) {
    if (text.trim() === "")
        return [];
    return text.split(",").map((group) => group.split("|").map((alternative) => {
        try {
            return parseRelation(alternative.trim());
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`relation field ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(text)}: ${error.message}`);
        }
    }));
}
/** Parses a Provides value: virtual package names, each with the version it provides if any. */
function parseProvides(text) {
    if (text.trim() === "")
        return [];
    return text.split(",").map((entry) => {
        const match = PROVIDE.exec(entry.trim());
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`Provides ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(text)}: malformed entry ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(entry)}`);
        const [, name, version] = match;
        if (version === undefined)
            return { name };
        (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersion */ .ot)(version);
        return { name, version };
    });
}
/** Formats a relation back the way Policy §7.1 writes it, for error chains and reasons. */
function formatRelation(relation) {
    let text = relation.name;
    if (relation.archQualifier)
        text += `:${relation.archQualifier}`;
    if (relation.version)
        text += ` (${relation.version.operator} ${relation.version.version})`;
    if (relation.architectures)
        text += ` [${relation.architectures.join(" ")}]`;
    return text;
}
/** Formats a group of alternatives: `a (>= 1) | b`. */
function formatAlternatives(group) {
    return group.map(formatRelation).join(" | ");
}
/**
 * Whether an alternative applies on `architecture`: `[amd64 arm64]` lists where it does, `[!armhf]`
 * where it does not (Policy §7.1). Wildcards (`linux-any`, `any-arm64`) match Debian's
 * `os-cpu` tuples; every architecture this project builds for is a Linux one.
 */
function appliesOnArchitecture(relation, architecture) {
    const restrictions = relation.architectures;
    if (!restrictions || restrictions.length === 0)
        return true;
    const negated = restrictions[0]?.startsWith("!") ?? false;
    const matched = restrictions.some((entry) => architectureMatches(entry.replace(/^!/, ""), architecture));
    return negated ? !matched : matched;
}
function architectureMatches(pattern, architecture) {
    if (pattern === architecture || pattern === "any")
        return true;
    const [os, cpu] = splitArchitecture(architecture);
    const dash = pattern.indexOf("-");
    if (dash < 0)
        return false;
    const patternOs = pattern.slice(0, dash);
    const patternCpu = pattern.slice(dash + 1);
    return (patternOs === "any" || patternOs === os) && (patternCpu === "any" || patternCpu === cpu);
}
// Debian architecture names leave out the `linux-` of their os-cpu tuple: `arm64` is `linux-arm64`.
function splitArchitecture(architecture) {
    const dash = architecture.indexOf("-");
    return dash < 0 ? ["linux", architecture] : [architecture.slice(0, dash), architecture.slice(dash + 1)];
}
function parseRelation(text) {
    if (text === "")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4("an empty alternative");
    const match = RELATION.exec(text);
    if (!match) {
        // Build profiles (`<!nocheck>`) belong to Build-Depends; a binary package's relations never have them.
        const outsideVersion = text.replace(/\([^)]*\)/g, "");
        const problem = outsideVersion.includes("<") ? "build profiles are for Build-Depends" : "malformed relation";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${problem}: ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(text)}`);
    }
    const [, name, archQualifier, operator, version, architectureList] = match;
    const relation = { name };
    if (archQualifier !== undefined)
        relation.archQualifier = archQualifier;
    if (operator !== undefined && version !== undefined) {
        (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersion */ .ot)(version);
        relation.version = { operator: normalizedOperator(operator), version };
    }
    if (architectureList !== undefined)
        relation.architectures = parseArchitectureList(text, architectureList);
    return relation;
}
// dpkg still reads the obsolete `<` and `>` as `<=` and `>=` (Policy §7.1 forbids them in new packages).
function normalizedOperator(operator) {
    if (operator === "<")
        return "<=";
    if (operator === ">")
        return ">=";
    return operator;
}
function parseArchitectureList(relation, list) {
    const entries = list.split(/[ \t\r\n]+/).filter((entry) => entry !== "");
    if (entries.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(relation)}: an empty architecture list`);
    const entryPattern = new RegExp(`^!?${ARCHITECTURE_NAME}$`);
    for (const entry of entries)
        if (!entryPattern.test(entry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(relation)}: malformed architecture ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(entry)}`);
    // Policy §7.1: a list is either all negated or none negated.
    const negated = entries.filter((entry) => entry.startsWith("!")).length;
    if (negated !== 0 && negated !== entries.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(relation)}: an architecture list mixes negated and plain entries`);
    return entries;
}


/***/ }),

/***/ 75170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseRelease),
/* harmony export */   F: () => (/* binding */ binaryAllIndexesRead)
/* harmony export */ });
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47476);
/**
 * The fields of a (verified) Release text that the archive client acts on. Debian's repository
 * format: `SHA256` lists `hash size path` per index file relative to `dists/<suite>/`; `Date` and
 * `Valid-Until` are RFC 2822 dates in UTC; `Acquire-By-Hash: yes` means each index is also served
 * under `<dir>/by-hash/SHA256/<hash>`; `Architectures` and `No-Support-for-Architecture-all` decide
 * whether `binary-all` indexes are read at all (binaryAllIndexesRead says how). MD5Sum and SHA1 lists
 * are ignored: only SHA-256 is trusted.
 */


const SHA256_HEX = /^[0-9a-f]{64}$/;
const SIZE = /^\d{1,15}$/;
/** Parses the verified text of a Release; `file` names it in errors. */
function parseRelease(text, file) {
    const [stanza] = (0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStanzas */ .kw)(text);
    if (!stanza)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveVerificationError */ .QD(`${file}: the signed text holds no Release fields`);
    const words = (name) => ((0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(stanza, name) ?? "").split(/\s+/).filter((word) => word !== "");
    const files = new Map();
    // Lines of `hash size path`; paths never hold whitespace, so the words come in threes whether the
    // field is folded across lines or not.
    const listed = words("SHA256");
    if (listed.length % 3 !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveVerificationError */ .QD(`${file}: the SHA256 list is not hash-size-path lines`);
    for (let index = 0; index < listed.length; index += 3) {
        const [sha256, size, path] = listed.slice(index, index + 3);
        if (!SHA256_HEX.test(sha256) || !SIZE.test(size))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveVerificationError */ .QD(`${file}: SHA256 line for ${JSON.stringify(path)} is malformed`);
        files.set(path, { sha256, size: Number(size) });
    }
    return {
        suite: (0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(stanza, "Suite"),
        codename: (0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(stanza, "Codename"),
        date: releaseDate((0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(stanza, "Date"), "Date", file),
        validUntil: releaseDate((0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(stanza, "Valid-Until"), "Valid-Until", file),
        architectures: words("Architectures"),
        components: words("Components"),
        acquireByHash: (0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(stanza, "Acquire-By-Hash")?.trim().toLowerCase() === "yes",
        noSupportForArchitectureAll: words("No-Support-for-Architecture-all"),
        files,
    };
}
/**
 * Whether the `binary-all/Packages` indexes of this Release are read, decided as apt decides it
 * (apt ≥ 1.1: debReleaseIndex::IsArchitectureAllSupportedFor, pkgAcqMetaBase::QueueIndexes).
 * Debian's repository format (wiki.debian.org/DebianRepository/Format, "Architectures" and
 * "No-Support-for-Architecture-all"): a client fetches binary-all indexes only when `all` is in
 * `Architectures` (a Release without the field supports every architecture, `all` too), and not for
 * a kind of index `No-Support-for-Architecture-all` names (`Packages`: every architecture's Packages
 * lists the `all` packages as well, binary-all only repeats them). Debian's own suites list no `all`:
 * their binary-all files exist, but no client reads them and they may lag their InRelease (issue 25:
 * a security suite's binary-all did not match the size its InRelease listed, by-hash copy absent).
 */
function binaryAllIndexesRead(release) {
    const allSupported = release.architectures.length === 0 || release.architectures.includes("all");
    return allSupported && !release.noSupportForArchitectureAll.includes("Packages");
}
function releaseDate(value, name, file) {
    if (value === undefined)
        return undefined;
    const time = Date.parse(value.trim());
    if (Number.isNaN(time))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveVerificationError */ .QD(`${file}: ${name} ${JSON.stringify(value.trim())} is not a date`);
    return new Date(time);
}


/***/ }),

/***/ 91113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ resolveDependencies)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47476);
/* harmony import */ var _relations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3474);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22543);
/**
 * Dependency resolution for one architecture: which packages to add to a base image so that the
 * requested packages and local .deb files have every Depends and Pre-Depends satisfied (Debian
 * Policy §7.2; nothing runs in a distroless build, so Pre-Depends needs no ordering and is simply a
 * dependency). Recommends and Suggests are ignored, as `apt-get --no-install-recommends` does.
 *
 * The strategy is apt's greedy one, made deterministic: for each relation, something already
 * installed or already chosen wins; otherwise the first alternative with a candidate, its highest
 * version. When a later relation wants a version of an already-chosen package that the choice does
 * not meet, the relation becomes a constraint on that name and resolution starts over, so every
 * version picked is the highest one meeting all the constraints seen. Each restart adds a new
 * constraint, and there are finitely many relations, so it ends.
 */



/** Resolves `request`, or throws ResolutionError with the chain to the relation no candidate meets. */
function resolveDependencies(request) {
    const universe = new Universe(request);
    const constraints = new Constraints();
    // Each restart adds a constraint; this bound only keeps a pathological index from spinning.
    const maximumAttempts = 1000;
    for (let attempt = 0; attempt < maximumAttempts; attempt++) {
        const outcome = new Attempt(universe, constraints).run();
        if (outcome !== RESTART)
            return outcome;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResolutionError */ .fe(["resolution"], `gave up after ${maximumAttempts} attempts`);
}
const RESTART = Symbol("restart");
/** The candidates, local packages and installed packages, indexed once for every attempt. */
class Universe {
    architecture;
    requested;
    local;
    /** Candidates by name, highest version first; equal versions keep the sources' order. */
    candidatesByName = new Map();
    candidateProviders = new Map();
    installedByName = new Map();
    installedProviders = new Map();
    /** Names with records only for other architectures, for a better "no candidate". */
    otherArchitectures = new Map();
    constructor(request) {
        this.architecture = request.architecture;
        const forThisArchitecture = (record) => record.architecture === "all" || record.architecture === request.architecture;
        this.local = [...request.local].sort((a, b) => byName(a.name, b.name));
        for (const [index, record] of this.local.entries()) {
            if (!forThisArchitecture(record))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResolutionError */ .fe([record.name], `local package is for ${record.architecture}, not ${request.architecture}`);
            if (this.local[index - 1]?.name === record.name)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResolutionError */ .fe([record.name], "given as a local package twice");
        }
        for (const record of request.candidates) {
            if (!forThisArchitecture(record)) {
                addTo(this.otherArchitectures, record.name, record.architecture, () => new Set());
                continue;
            }
            addTo(this.candidatesByName, record.name, record, () => []);
            for (const provided of record.provides)
                addTo(this.candidateProviders, provided.name, record, () => []);
        }
        for (const versions of this.candidatesByName.values())
            versions.sort((a, b) => (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(b.version, a.version));
        // Local packages can provide virtual packages too; they are chosen from the start.
        for (const record of this.local)
            for (const provided of record.provides)
                addTo(this.candidateProviders, provided.name, record, () => []);
        for (const entry of request.installed) {
            addTo(this.installedByName, entry.name, entry, () => []);
            for (const provided of entry.provides)
                addTo(this.installedProviders, provided.name, entry, () => []);
        }
        this.requested = request.requested
            .map(({ name, version }) => {
            const relation = { name };
            if (version !== undefined) {
                (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVersion */ .ot)(version);
                relation.version = { operator: "=", version };
            }
            return { relation, text: version === undefined ? name : `${name}=${version}` };
        })
            .sort((a, b) => byName(a.text, b.text));
    }
    isLocal(name) {
        return this.local.some((record) => record.name === name);
    }
}
/** Relations learnt to hold for a name, each with the chain that needed it (for error messages). */
class Constraints {
    byName = new Map();
    for(name) {
        return this.byName.get(name) ?? [];
    }
    /** False when the constraint was already known: then a restart would change nothing. */
    add(relation, chain) {
        // Only the version matters to which versions of the name may be chosen.
        const constraint = relation.version
            ? { name: relation.name, version: relation.version }
            : { name: relation.name };
        const known = this.for(relation.name);
        if (known.some((entry) => (0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRelation */ .sE)(entry.relation) === (0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRelation */ .sE)(constraint)))
            return false;
        this.byName.set(relation.name, [...known, { relation: constraint, chain }]);
        return true;
    }
}
/** One pass of the greedy resolution under the constraints known so far. */
class Attempt {
    chosen = new Map();
    reasons = new Map();
    queue = [];
    universe;
    constraints;
    constructor(universe, constraints) {
        this.universe = universe;
        this.constraints = constraints;
    }
    run() {
        for (const record of this.universe.local)
            this.choose(record, [record.name]);
        for (const { relation, text } of this.universe.requested)
            if (this.resolveGroup([relation], [], text) === RESTART)
                return RESTART;
        // Breadth first, so siblings see each other's choices in a fixed order.
        for (let next = this.queue.shift(); next; next = this.queue.shift())
            for (const group of dependenciesOf(next.record))
                if (this.resolveGroup(group, next.chain) === RESTART)
                    return RESTART;
        return this.verified();
    }
    choose(record, chain) {
        this.chosen.set(record.name, record);
        this.reasons.set(record.name, chain);
        this.queue.push({ record, chain });
    }
    /** Makes one group of alternatives hold: already, by a new choice, or by learning a constraint. */
    resolveGroup(group, chain, text = (0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAlternatives */ .YU)(group)) {
        const applicable = group.filter((relation) => (0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .appliesOnArchitecture */ .Dn)(relation, this.universe.architecture));
        if (applicable.length === 0)
            return;
        if (applicable.some((relation) => this.satisfaction(relation)))
            return;
        const step = [...chain, text];
        for (const relation of applicable) {
            const record = this.candidateFor(relation);
            if (!record)
                continue;
            const namedByRelation = applicable.length === 1 && relation.name === record.name;
            this.choose(record, namedByRelation ? step : [...step, record.name]);
            return;
        }
        return this.learnOrFail(applicable, step);
    }
    /** Whether the relation already holds, and by what: chosen packages replace installed ones. */
    satisfaction(relation) {
        const { name } = relation;
        const chosen = this.chosen.get(name);
        if (chosen && this.satisfiesDirectly(chosen, relation))
            return { by: "chosen", name };
        if (!chosen)
            for (const installed of this.universe.installedByName.get(name) ?? [])
                if (this.satisfiesDirectly(installed, relation))
                    return { by: "base", name };
        // Policy §7.5: a virtual package; an installed provider first, as the issue asks.
        for (const installed of this.universe.installedProviders.get(name) ?? [])
            if (!this.chosen.has(installed.name) && this.satisfiesByProviding(installed, relation))
                return { by: "base", name: installed.name };
        for (const provider of this.universe.candidateProviders.get(name) ?? [])
            if (this.chosen.get(provider.name) === provider && this.satisfiesByProviding(provider, relation))
                return { by: "chosen", name: provider.name };
        return undefined;
    }
    /** A new package to meet the relation: the highest version of its name, else the best provider. */
    candidateFor(relation) {
        const real = (this.universe.candidatesByName.get(relation.name) ?? []).find((record) => !this.chosen.has(record.name) && this.satisfiesDirectly(record, relation) && this.meetsConstraints(record));
        if (real)
            return real;
        const providers = (this.universe.candidateProviders.get(relation.name) ?? []).filter((record) => !this.chosen.has(record.name) && this.satisfiesByProviding(record, relation) && this.meetsConstraints(record));
        return providers.sort(byProviderPreference)[0];
    }
    /**
     * Nothing can be chosen. If a name is already chosen at a version the relation rules out, the
     * relation becomes a constraint on it and the resolution restarts; otherwise it has failed.
     */
    learnOrFail(applicable, step) {
        for (const relation of applicable) {
            const chosen = this.chosen.get(relation.name);
            if (!chosen)
                continue;
            if (this.universe.isLocal(chosen.name))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResolutionError */ .fe(step, `local package ${chosen.name} ${chosen.version} does not satisfy it`);
            if (this.constraints.add(relation, step))
                return RESTART;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ResolutionError */ .fe(step, this.whyNoCandidate(applicable));
    }
    whyNoCandidate(applicable) {
        if (applicable.length > 1)
            return "no candidate for any alternative";
        const [relation] = applicable;
        const versions = (this.universe.candidatesByName.get(relation.name) ?? []).filter((record) => architectureSatisfies(record, relation, this.universe.architecture));
        const meetingRelation = versions.filter((record) => this.satisfiesDirectly(record, relation));
        const blocking = this.constraints
            .for(relation.name)
            .find(({ relation: constraint }) => meetingRelation.every((record) => !this.satisfiesDirectly(record, constraint)));
        if (meetingRelation.length > 0 && blocking)
            return `no candidate also satisfies ${(0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatRelation */ .sE)(blocking.relation)} (needed by ${blocking.chain.join(" → ")})`;
        if (versions.length > 0)
            return `no candidate (available: ${boundedList(versions.map((record) => record.version))})`;
        const elsewhere = this.universe.otherArchitectures.get(relation.name);
        if (elsewhere && !this.universe.candidateProviders.has(relation.name))
            return `no candidate for ${this.universe.architecture} (only ${boundedList([...elsewhere].sort())})`;
        return "no candidate";
    }
    /**
     * After the greedy pass, every relation must still hold: a package chosen to replace an installed
     * one (a newer version) may break a relation the installed one met earlier. Such a relation
     * becomes a constraint too. Base usage is taken from this final state only.
     */
    verified() {
        const satisfiedByBase = new Set();
        const check = (group, chain, text = (0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatAlternatives */ .YU)(group)) => {
            const applicable = group.filter((relation) => (0,_relations_js__WEBPACK_IMPORTED_MODULE_1__/* .appliesOnArchitecture */ .Dn)(relation, this.universe.architecture));
            if (applicable.length === 0)
                return undefined;
            const satisfactions = applicable.map((relation) => this.satisfaction(relation));
            const base = satisfactions.find((satisfaction) => satisfaction?.by === "base");
            if (base)
                satisfiedByBase.add(base.name);
            if (satisfactions.some((satisfaction) => satisfaction !== undefined))
                return undefined;
            return this.learnOrFail(applicable, [...chain, text]);
        };
        for (const { relation, text } of this.universe.requested)
            if (check([relation], [], text) === RESTART)
                return RESTART;
        const names = [...this.chosen.keys()].sort(byName);
        for (const name of names) {
            const record = this.chosen.get(name);
            for (const group of dependenciesOf(record))
                if (check(group, this.reasons.get(name) ?? [name]) === RESTART)
                    return RESTART;
        }
        return {
            packages: names.map((name) => this.chosen.get(name)),
            satisfiedByBase: [...satisfiedByBase].sort(byName),
            reasons: Object.fromEntries(names.map((name) => [name, this.reasons.get(name) ?? [name]])),
        };
    }
    satisfiesDirectly(candidate, relation) {
        if (candidate.name !== relation.name)
            return false;
        if (!architectureSatisfies(candidate, relation, this.universe.architecture))
            return false;
        return (!relation.version || (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .satisfiesVersion */ .qB)(candidate.version, relation.version.operator, relation.version.version));
    }
    /** Policy §7.5: an unversioned Provides never satisfies a versioned relation. */
    satisfiesByProviding(candidate, relation) {
        if (!architectureSatisfies(candidate, relation, this.universe.architecture))
            return false;
        return candidate.provides.some((provided) => provided.name === relation.name &&
            (!relation.version ||
                (provided.version !== undefined &&
                    (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .satisfiesVersion */ .qB)(provided.version, relation.version.operator, relation.version.version))));
    }
    meetsConstraints(record) {
        return this.constraints.for(record.name).every(({ relation }) => this.satisfiesDirectly(record, relation));
    }
}
/**
 * dpkg's architecture rule for a relation (deb-control(5), Multi-Arch): `Multi-Arch: foreign`
 * satisfies an unqualified relation from any architecture, `pkg:any` is satisfied only by
 * `Multi-Arch: allowed`, and `all` counts as the native architecture.
 */
function architectureSatisfies(candidate, relation, native) {
    const qualifier = relation.archQualifier;
    if (qualifier === undefined && candidate.multiArch === "foreign")
        return true;
    if (qualifier === "any" && candidate.multiArch === "allowed")
        return true;
    const wanted = qualifier === undefined || qualifier === "native" ? native : qualifier;
    const actual = candidate.architecture === "all" ? native : candidate.architecture;
    return wanted === actual;
}
function dependenciesOf(record) {
    return [...record.preDepends, ...record.depends];
}
// Providers of a virtual package: `Priority: required` first, then the highest version, then the name.
function byProviderPreference(a, b) {
    const required = Number(b.priority === "required") - Number(a.priority === "required");
    return required || (0,_version_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)(b.version, a.version) || byName(a.name, b.name);
}
// Code-unit order, not the locale's: the same everywhere, as a lock file needs.
function byName(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function boundedList(items) {
    return items.length > 8 ? `${items.slice(0, 8).join(", ")}, …` : items.join(", ");
}
function addTo(map, key, value, create) {
    let collection = map.get(key);
    if (!collection) {
        collection = create();
        map.set(key, collection);
    }
    if ("push" in collection)
        collection.push(value);
    else
        collection.add(value);
}


/***/ }),

/***/ 60313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ snapshotDayOf),
/* harmony export */   L: () => (/* binding */ formatSnapshotTime),
/* harmony export */   P3: () => (/* binding */ parseSnapshotTime)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47476);
/**
 * The time a `{snapshot}` placeholder in a source URL names (issue 25), so that a nightly's archive
 * state is itself pinned and recorded: `https://snapshot.debian.org/archive/debian/{snapshot}`
 * becomes `…/archive/debian/20261201T000000Z`, and the lock records that URL. snapshot.debian.org
 * names its states `YYYYMMDDTHHMMSSZ` (UTC) and serves, for any such time, the archive as it was
 * at the last import before it.
 *
 * By default the time is the start of the current day in UTC, not the current second: every job,
 * platform and retry of one day then resolves against the same archive state (a retry locks the
 * same bytes), and the URL says which day it was.
 */

const SNAPSHOT_FORM = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
/** RFC 3339 §5.6 date-time, its zone required (a time without one is ambiguous across runners). */
const RFC3339_FORM = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** `YYYYMMDDTHHMMSSZ` in UTC, as snapshot.debian.org names its states; fractions of a second dropped. */
function formatSnapshotTime(time) {
    return time
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z")
        .replace(/[-:]/g, "");
}
/** The start (00:00:00 UTC) of `time`'s day: what `{snapshot}` names when no time is given. */
function snapshotDayOf(time) {
    return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
}
/**
 * A time as a user gives it: `20261201T000000Z` (snapshot.debian.org's form), `2026-12-01` (that
 * day, 00:00 UTC) or an RFC 3339 date-time with its zone (`2026-12-01T06:00:00Z`,
 * `2026-12-01T08:00:00+02:00`). Anything else, or a date that does not exist, is one line naming
 * `name` and the value.
 */
function parseSnapshotTime(text, name) {
    const value = text.trim();
    const fail = () => {
        const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`${name} ${shown}: expected a time as YYYYMMDDTHHMMSSZ, YYYY-MM-DD or RFC 3339 with its zone (2026-12-01T06:00:00Z)`);
    };
    let parts;
    let offsetMinutes = 0;
    let milliseconds = 0;
    const snapshot = SNAPSHOT_FORM.exec(value);
    const date = DATE_FORM.exec(value);
    const rfc3339 = RFC3339_FORM.exec(value);
    if (snapshot)
        parts = snapshot.slice(1, 7).map(Number);
    else if (date)
        parts = [...date.slice(1, 4).map(Number), 0, 0, 0];
    else if (rfc3339) {
        parts = rfc3339.slice(1, 7).map(Number);
        milliseconds = Math.floor(Number(`0${rfc3339[7] ?? ""}`) * 1000);
        const zone = rfc3339[8].toUpperCase();
        if (zone !== "Z") {
            const sign = zone.startsWith("-") ? -1 : 1;
            const [hours, minutes] = zone.slice(1).split(":").map(Number);
            if (hours > 23 || minutes > 59)
                fail();
            offsetMinutes = sign * (hours * 60 + minutes);
        }
    }
    else
        return fail();
    const [year, month, day, hour, minute, second] = parts;
    // Date.UTC rolls 2026-02-30 over into March: a field out of range is refused instead.
    const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    if (utc.getUTCFullYear() !== year ||
        utc.getUTCMonth() !== month - 1 ||
        utc.getUTCDate() !== day ||
        utc.getUTCHours() !== hour ||
        utc.getUTCMinutes() !== minute ||
        utc.getUTCSeconds() !== second)
        fail();
    return new Date(utc.getTime() + milliseconds - offsetMinutes * 60_000);
}


/***/ }),

/***/ 14685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ codenameOf),
/* harmony export */   ur: () => (/* binding */ parseSources),
/* harmony export */   zF: () => (/* binding */ snapshotDate),
/* harmony export */   zO: () => (/* binding */ parseSourceLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47476);
/* harmony import */ var _snapshot_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60313);
/**
 * Archive sources as `debian-sources` lines give them, explicit as apko, chisel and rules_distroless
 * want them rather than apt's files: `URL SUITE… [components: main contrib]`. The reproducible form
 * is a snapshot URL (`https://snapshot.debian.org/archive/debian/20261201T000000Z bookworm`), whose
 * date is also the moment its signatures and Valid-Until are judged at. A suite may be written
 * `{codename}`, filled from the base image's os-release, so one workflow follows the base from
 * bookworm to trixie. A URL may hold `{snapshot}`, filled with a time as snapshot.debian.org names
 * it (snapshot-time.ts), so a nightly's sources follow the calendar while each lock still records
 * the one archive state it was resolved against.
 */


const DEFAULT_COMPONENTS = ["main"];
/** Suites and components are path segments of the archive: letters, digits and a few marks. */
const PATH_WORD = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const CODENAME_PLACEHOLDER = "{codename}";
const SNAPSHOT_PLACEHOLDER = "{snapshot}";
function quote(text) {
    return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
/**
 * One source per line; blank lines and `#` comments are skipped. `placeholders` fill `{codename}`
 * and `{snapshot}`; a placeholder with nothing to fill it is an error naming the line.
 */
function parseSources(lines, placeholders = {}) {
    return lines
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"))
        .map((line) => parseSourceLine(line, placeholders));
}
function parseSourceLine(line, placeholders = {}) {
    const { codename, snapshot } = placeholders;
    const [head, componentsText] = splitComponents(line);
    const [written, ...suites] = head.split(/\s+/).filter((word) => word !== "");
    if (!written)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: expected URL SUITE… [components: …]`);
    if (written.includes(SNAPSHOT_PLACEHOLDER) && !snapshot)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: {snapshot} needs a time to fill it, and none was given`);
    const url = snapshot ? written.replaceAll(SNAPSHOT_PLACEHOLDER, (0,_snapshot_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSnapshotTime */ .L)(snapshot)) : written;
    // Braces left over are a placeholder misspelt ({snapshots}, {date}): never a path to fetch.
    if (/[{}]/.test(url))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: the URL holds an unknown placeholder (only {snapshot} is filled there)`);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: ${quote(url)} is not a URL`);
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: the archive URL must be http or https`);
    if (parsed.username || parsed.password || parsed.search || parsed.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: the archive URL may not carry credentials, a query or a fragment`);
    if (suites.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: name at least one suite after the URL`);
    const filled = suites.map((suite) => {
        if (!suite.includes(CODENAME_PLACEHOLDER))
            return suite;
        if (!codename)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: {codename} needs the base image's VERSION_CODENAME or VERSION_ID, which it does not have`);
        return suite.replaceAll(CODENAME_PLACEHOLDER, codename);
    });
    const components = componentsText !== undefined
        ? componentsText
            .split(/[\s,]+/)
            .map((word) => word.trim())
            .filter((word) => word !== "")
        : DEFAULT_COMPONENTS;
    for (const word of [...filled, ...components]) {
        if (!PATH_WORD.test(word))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: ${quote(word)} is not a suite or component name`);
    }
    if (components.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DebianError */ .c4(`source ${quote(line)}: 'components:' lists none`);
    return { url: url.replace(/\/+$/, ""), suites: filled, components };
}
function splitComponents(line) {
    const match = /\s+components:\s*(.*)$/i.exec(line);
    if (!match)
        return [line, undefined];
    return [line.slice(0, match.index), match[1] ?? ""];
}
/** `VERSION_CODENAME`, else the codename of Debian's `VERSION_ID`; undefined when neither says. */
function codenameOf(osRelease) {
    if (osRelease.VERSION_CODENAME)
        return osRelease.VERSION_CODENAME;
    const byVersion = { "11": "bullseye", "12": "bookworm", "13": "trixie", "14": "forky" };
    return osRelease.VERSION_ID ? byVersion[osRelease.VERSION_ID.split(".")[0]] : undefined;
}
/**
 * The date a snapshot.debian.org URL pins (`/archive/<name>/<YYYYMMDDTHHMMSSZ>`), or undefined for
 * any other archive: signatures and Valid-Until of a snapshot are judged at that moment, not now.
 */
function snapshotDate(url) {
    const match = /\/archive\/[^/]+\/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:\/|$)/.exec(new URL(url).pathname);
    if (!match)
        return undefined;
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return Number.isNaN(date.getTime()) ? undefined : date;
}


/***/ }),

/***/ 22543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   qB: () => (/* binding */ satisfiesVersion)
/* harmony export */ });
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47476);
/**
 * Debian version numbers and their ordering, as dpkg defines them (deb-version(7), Debian Policy
 * §5.6.12): `[epoch:]upstream[-revision]`. The ordering is dpkg's exactly, because the archive,
 * dpkg and apt all judge relations with it; a resolver that orders differently picks packages apt
 * would not.
 */


// dpkg keeps epochs in an int; a bigger one is refused rather than compared imprecisely.
const MAX_EPOCH = 2 ** 31 - 1;
const UPSTREAM_CHARACTERS = /^[A-Za-z0-9.+~:-]*$/;
const REVISION_CHARACTERS = /^[A-Za-z0-9.+~]*$/;
/** Parses a version, refusing what dpkg refuses or warns about, with a one-line DebianError. */
function parseVersion(text) {
    // dpkg strips surrounding whitespace but refuses it inside.
    const version = text.trim();
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`version ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(text)} ${problem}`);
    };
    if (version === "")
        fail("is empty");
    if (/\s/.test(version))
        fail("has embedded whitespace");
    let rest = version;
    let epoch = 0;
    const colon = rest.indexOf(":");
    if (colon >= 0) {
        const epochText = rest.slice(0, colon);
        if (epochText === "")
            fail("has an empty epoch");
        if (!/^[0-9]+$/.test(epochText))
            fail("has an epoch that is not a number");
        epoch = Number(epochText);
        if (epoch > MAX_EPOCH)
            fail("has an epoch that is too big");
        rest = rest.slice(colon + 1);
        if (rest === "")
            fail("has nothing after the epoch's colon");
    }
    // The revision is everything after the last hyphen, so the upstream part may hold hyphens.
    let upstream = rest;
    let revision = "";
    const hyphen = rest.lastIndexOf("-");
    if (hyphen >= 0) {
        upstream = rest.slice(0, hyphen);
        revision = rest.slice(hyphen + 1);
        if (revision === "")
            fail("has an empty revision");
    }
    if (upstream === "")
        fail("has an empty upstream version");
    // Policy §5.6.12: the upstream version should start with a digit; dpkg warns, we refuse.
    if (!/^[0-9]/.test(upstream))
        fail("does not start with a digit");
    if (!UPSTREAM_CHARACTERS.test(upstream))
        fail("has an invalid character in its upstream version");
    if (!REVISION_CHARACTERS.test(revision))
        fail("has an invalid character in its revision");
    return { epoch, upstream, revision };
}
/** Negative when a sorts before b, zero when dpkg considers them equal, positive otherwise. */
function compareVersions(a, b) {
    const left = parseVersion(a);
    const right = parseVersion(b);
    if (left.epoch !== right.epoch)
        return left.epoch < right.epoch ? -1 : 1;
    return compareFragments(left.upstream, right.upstream) || compareFragments(left.revision, right.revision);
}
/**
 * Whether `version` satisfies `operator wanted` (Policy §7.1). dpkg still accepts the obsolete
 * `<` and `>`, meaning `<=` and `>=` (not strict!), so they are taken here with that meaning.
 */
function satisfiesVersion(version, operator, wanted) {
    const order = compareVersions(version, wanted);
    switch (operator) {
        case "<<":
            return order < 0;
        case "<=":
        case "<":
            return order <= 0;
        case "=":
            return order === 0;
        case ">=":
        case ">":
            return order >= 0;
        case ">>":
            return order > 0;
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4(`version operator ${(0,_control_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteForMessage */ .Hx)(String(operator))} is not one of << <= = >= >>`);
    }
}
/**
 * dpkg's comparison of an upstream version or a revision: alternate runs of non-digits and digits.
 * Non-digit runs compare character by character with `weight`; digit runs compare as numbers.
 * An absent revision is "", which this ordering makes equal to "0".
 */
function compareFragments(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        // Non-digit run: compare position by position; the end of a run weighs 0, as a digit does.
        while ((i < a.length && !isDigit(a, i)) || (j < b.length && !isDigit(b, j))) {
            const difference = weight(a, i) - weight(b, j);
            if (difference !== 0)
                return difference < 0 ? -1 : 1;
            i++;
            j++;
        }
        // Digit run: compare numerically without converting, so long runs cannot overflow.
        while (a[i] === "0")
            i++;
        while (b[j] === "0")
            j++;
        const digitsA = digitRunEnd(a, i);
        const digitsB = digitRunEnd(b, j);
        const lengthDifference = digitsA - i - (digitsB - j);
        if (lengthDifference !== 0)
            return lengthDifference < 0 ? -1 : 1;
        const runA = a.slice(i, digitsA);
        const runB = b.slice(j, digitsB);
        if (runA !== runB)
            return runA < runB ? -1 : 1;
        i = digitsA;
        j = digitsB;
    }
    return 0;
}
/**
 * dpkg's character weights: `~` before everything (even the end of the string, so `1.0~rc1` sorts
 * before `1.0`), then the end of the run, then letters, then every other character.
 */
function weight(text, index) {
    if (index >= text.length || isDigit(text, index))
        return 0;
    const code = text.charCodeAt(index);
    if (code === 0x7e)
        return -1;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))
        return code;
    return code + 256;
}
function isDigit(text, index) {
    const code = text.charCodeAt(index);
    return code >= 0x30 && code <= 0x39;
}
function digitRunEnd(text, start) {
    let end = start;
    while (end < text.length && isDigit(text, end))
        end++;
    return end;
}


/***/ })

};
