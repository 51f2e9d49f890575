export const id = 246;
export const ids = [246];
export const modules = {

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArchiveClient: () => (/* reexport */ ArchiveClient),
  ArchiveVerificationError: () => (/* reexport */ errors/* ArchiveVerificationError */.QD),
  DebianError: () => (/* reexport */ errors/* DebianError */.c4),
  LOCKFILE_VERSION: () => (/* reexport */ LOCKFILE_VERSION),
  MAINTAINER_SCRIPTS: () => (/* reexport */ MAINTAINER_SCRIPTS),
  ResolutionError: () => (/* reexport */ errors/* ResolutionError */.fe),
  appliesOnArchitecture: () => (/* reexport */ appliesOnArchitecture),
  codenameOf: () => (/* reexport */ codenameOf),
  compareVersions: () => (/* reexport */ compareVersions),
  debianArchitecture: () => (/* reexport */ debianArchitecture),
  defaultKeyring: () => (/* reexport */ defaultKeyring),
  fetchLockedDebs: () => (/* reexport */ fetchLockedDebs),
  field: () => (/* reexport */ field),
  formatAlternatives: () => (/* reexport */ formatAlternatives),
  formatRelation: () => (/* reexport */ formatRelation),
  installedPackagesFrom: () => (/* reexport */ installedPackagesFrom),
  lockPackages: () => (/* reexport */ lockPackages),
  packageRecordsFrom: () => (/* reexport */ packageRecordsFrom),
  parseLockfile: () => (/* reexport */ parseLockfile),
  parseOsRelease: () => (/* reexport */ parseOsRelease),
  parseProvides: () => (/* reexport */ parseProvides),
  parseRelations: () => (/* reexport */ parseRelations),
  parseRelease: () => (/* reexport */ parseRelease),
  parseRequestedPackage: () => (/* reexport */ parseRequestedPackage),
  parseSourceLine: () => (/* reexport */ parseSourceLine),
  parseSources: () => (/* reexport */ parseSources),
  parseStanzas: () => (/* reexport */ parseStanzas),
  parseVersion: () => (/* reexport */ parseVersion),
  platformOf: () => (/* reexport */ platformOf),
  quoteForMessage: () => (/* reexport */ quoteForMessage),
  readBaseImage: () => (/* reexport */ readBaseImage),
  readDebControl: () => (/* reexport */ readDebControl),
  readDebData: () => (/* reexport */ readDebData),
  readKeyring: () => (/* reexport */ readKeyring),
  readLockfile: () => (/* reexport */ readLockfile),
  resolveDependencies: () => (/* reexport */ resolveDependencies),
  satisfiesVersion: () => (/* reexport */ satisfiesVersion),
  serializeLockfile: () => (/* reexport */ serializeLockfile),
  snapshotDate: () => (/* reexport */ snapshotDate),
  verifyInRelease: () => (/* reexport */ verifyInRelease)
});

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 28 modules
var src = __webpack_require__(6513);
// EXTERNAL MODULE: ./packages/debian/src/errors.ts
var errors = __webpack_require__(7476);
;// CONCATENATED MODULE: ./packages/debian/src/architectures.ts
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
    const architecture = BY_PLATFORM[(0,src/* formatPlatform */.Bq)(platform)];
    if (!architecture)
        throw new errors/* DebianError */.c4(`platform ${(0,src/* formatPlatform */.Bq)(platform)} has no Debian architecture (one of ${Object.keys(BY_PLATFORM).join(", ")})`);
    return architecture;
}
/** The platform a Debian architecture builds for, as image indexes name it. */
function platformOf(architecture) {
    const entry = Object.entries(BY_PLATFORM).find(([, arch]) => arch === architecture);
    if (!entry)
        throw new errors/* DebianError */.c4(`Debian architecture '${architecture}' has no OCI platform`);
    const [os, arch, variant] = entry[0].split("/");
    return { os, architecture: arch, ...(variant ? { variant } : {}) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/debian/src/content-store.ts
/**
 * The cache of verified archive content, addressed by SHA-256: `<dir>/sha256/<hex>` holds bytes
 * whose hash was checked against a signed index before they were stored, so a warm run reads them
 * without downloading anything and a file can never be in the cache under the wrong name. Writes go
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
    /** The path of content already stored with this hash and size, or undefined. */
    async find(sha256, size) {
        const path = this.pathOf(sha256);
        const found = await (0,promises_.stat)(path).catch(() => undefined);
        return found?.isFile() && found.size === size ? path : undefined;
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __webpack_require__(6642);
;// CONCATENATED MODULE: ./packages/debian/src/decompress.ts
/**
 * Streaming decompression for what Debian ships: gzip and zstd through Node's zlib, xz through a
 * WebAssembly decoder (xz-decompress; no native code to bundle), or none. Used for `.deb` members
 * (`control.tar.xz`, `data.tar.zst`, …) and for `Packages.xz`/`.gz` indexes.
 */



const xzExports = xz_decompress;
const XzReadableStream = (xzExports.XzReadableStream ??
    xzExports.default?.XzReadableStream);
/** File-name suffixes Debian uses for each: `Packages.xz`, `data.tar.zst`, `control.tar`. */
const COMPRESSION_BY_SUFFIX = {
    "": "none",
    ".gz": "gzip",
    ".xz": "xz",
    ".zst": "zstd",
};
/** `input` decompressed; an error on either side (a truncated or corrupt stream) errors the result. */
function decompressed(input, compression) {
    switch (compression) {
        case "none":
            return input;
        case "gzip":
        case "zstd": {
            const inflate = compression === "gzip" ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createZstdDecompress)();
            (0,external_node_stream_.pipeline)(input, inflate, (error) => {
                if (error)
                    inflate.destroy(error);
            });
            return inflate;
        }
        case "xz": {
            const web = external_node_stream_.Readable.toWeb(input);
            return external_node_stream_.Readable.fromWeb(new XzReadableStream(web));
        }
    }
}

// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
;// CONCATENATED MODULE: ./packages/debian/src/control.ts
/**
 * deb822 control data (deb822(5), Debian Policy §5.1): the format of `Packages` indexes, `Release`
 * files, dpkg's status database and a .deb's `control` file. Paragraphs are separated by blank
 * lines; a field is `Name: value`; a line starting with a space or tab continues the field above.
 */

const QUOTED_LENGTH = 80;
/**
 * Quotes outside text for an error message: bounded, and on one line whatever it holds (JSON
 * escapes control characters; it leaves the Unicode line and paragraph separators and NEL alone).
 */
function quoteForMessage(text) {
    const bounded = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
    return JSON.stringify(bounded)
        .replaceAll("\u0085", "\\u0085")
        .replaceAll("\u2028", "\\u2028")
        .replaceAll("\u2029", "\\u2029");
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
    for (const [index, rawLine] of lines.entries()) {
        const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
        const malformed = (problem) => new errors/* DebianError */.c4(`control data line ${index + 1}: ${problem}: ${quoteForMessage(line)}`);
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
    const byLowercaseName = new Map();
    for (const [key, value] of Object.entries(stanza))
        byLowercaseName.set(key.toLowerCase(), value);
    return (name) => byLowercaseName.get(name.toLowerCase());
}

;// CONCATENATED MODULE: ./packages/debian/src/release.ts
/**
 * The fields of a (verified) Release text that the archive client acts on. Debian's repository
 * format: `SHA256` lists `hash size path` per index file relative to `dists/<suite>/`; `Date` and
 * `Valid-Until` are RFC 2822 dates in UTC; `Acquire-By-Hash: yes` means each index is also served
 * under `<dir>/by-hash/SHA256/<hash>`; `No-Support-for-Architecture-all: Packages` means
 * `Architecture: all` packages are listed in every architecture's Packages, so `binary-all` repeats
 * them. MD5Sum and SHA1 lists are ignored: only SHA-256 is trusted.
 */


const SHA256_HEX = /^[0-9a-f]{64}$/;
const SIZE = /^\d{1,15}$/;
/** Parses the verified text of a Release; `file` names it in errors. */
function parseRelease(text, file) {
    const [stanza] = parseStanzas(text);
    if (!stanza)
        throw new errors/* ArchiveVerificationError */.QD(`${file}: the signed text holds no Release fields`);
    const words = (name) => (field(stanza, name) ?? "").split(/\s+/).filter((word) => word !== "");
    const files = new Map();
    // Lines of `hash size path`; paths never hold whitespace, so the words come in threes whether the
    // field is folded across lines or not.
    const listed = words("SHA256");
    if (listed.length % 3 !== 0)
        throw new errors/* ArchiveVerificationError */.QD(`${file}: the SHA256 list is not hash-size-path lines`);
    for (let index = 0; index < listed.length; index += 3) {
        const [sha256, size, path] = listed.slice(index, index + 3);
        if (!SHA256_HEX.test(sha256) || !SIZE.test(size))
            throw new errors/* ArchiveVerificationError */.QD(`${file}: SHA256 line for ${JSON.stringify(path)} is malformed`);
        files.set(path, { sha256, size: Number(size) });
    }
    return {
        suite: field(stanza, "Suite"),
        codename: field(stanza, "Codename"),
        date: releaseDate(field(stanza, "Date"), "Date", file),
        validUntil: releaseDate(field(stanza, "Valid-Until"), "Valid-Until", file),
        architectures: words("Architectures"),
        components: words("Components"),
        acquireByHash: field(stanza, "Acquire-By-Hash")?.trim().toLowerCase() === "yes",
        allInArchitectureIndexes: words("No-Support-for-Architecture-all").includes("Packages"),
        files,
    };
}
function releaseDate(value, name, file) {
    if (value === undefined)
        return undefined;
    const time = Date.parse(value.trim());
    if (Number.isNaN(time))
        throw new errors/* ArchiveVerificationError */.QD(`${file}: ${name} ${JSON.stringify(value.trim())} is not a date`);
    return new Date(time);
}

;// CONCATENATED MODULE: ./packages/debian/src/inrelease.ts
/**
 * Verifying an InRelease file: a Release text clearsigned by the archive (RFC 4880 §7). Only the
 * text the signature covers is ever parsed: openpgp.js undoes the dash-escaping (§7.1) and hands back
 * the canonical text — line ends as LF, trailing spaces and tabs of each line removed, because the
 * signature is computed over exactly that form, so anything else would be bytes nobody signed. It
 * fails closed: no signature, a bad one, a signer outside the keyring or a key expired at the
 * judging date is an ArchiveVerificationError naming the file. The judging date is now, or the
 * snapshot's date for a snapshot URL; Valid-Until is judged at the same date.
 */



const ARMOR_LINE = /^-----(BEGIN|END) PGP [A-Z ,/0-9]+-----[ \t]*\r?$/gm;
async function verifyInRelease(text, keys, options) {
    const file = options.file ?? "InRelease";
    const refuse = (problem) => {
        throw new errors/* ArchiveVerificationError */.QD(`${file}: ${problem}`);
    };
    requireOneClearsignedMessage(text, refuse);
    let message;
    try {
        message = await (0,openpgp/* readCleartextMessage */.cL)({ cleartextMessage: text });
    }
    catch (error) {
        return refuse(`not a clearsigned message (${error.message})`);
    }
    const judgedAt = options.snapshotDate ?? options.now;
    const keyIds = new Set(keys.flatMap((key) => key.getKeyIDs().map((id) => id.toHex())));
    const { data, signatures } = await (0,openpgp/* verify */.MX)({ message, verificationKeys: keys, date: judgedAt });
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
    const release = parseRelease(signedText, file);
    if (release.validUntil && release.validUntil.getTime() < judgedAt.getTime()) {
        refuse(`expired: Valid-Until ${release.validUntil.toISOString()} is before ${judgedAt.toISOString()}` +
            (options.snapshotDate
                ? " (the snapshot's date)"
                : "; a snapshot URL pins an archive state that stays verifiable"));
    }
    return { text: signedText, release, signedBy: [...new Set(signedBy)] };
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

;// CONCATENATED MODULE: ./packages/debian/src/sources.ts
/**
 * Archive sources as `debian-sources` lines give them, explicit as apko, chisel and rules_distroless
 * want them rather than apt's files: `URL SUITE… [components: main contrib]`. The reproducible form
 * is a snapshot URL (`https://snapshot.debian.org/archive/debian/20261201T000000Z bookworm`), whose
 * date is also the moment its signatures and Valid-Until are judged at. A suite may be written
 * `{codename}`, filled from the base image's os-release, so one workflow follows the base from
 * bookworm to trixie.
 */

const DEFAULT_COMPONENTS = ["main"];
/** Suites and components are path segments of the archive: letters, digits and a few marks. */
const PATH_WORD = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const CODENAME_PLACEHOLDER = "{codename}";
function quote(text) {
    return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}
/**
 * One source per line; blank lines and `#` comments are skipped. `codename` fills `{codename}`;
 * without it a placeholder is an error naming the line.
 */
function parseSources(lines, codename) {
    return lines
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"))
        .map((line) => parseSourceLine(line, codename));
}
function parseSourceLine(line, codename) {
    const [head, componentsText] = splitComponents(line);
    const [url, ...suites] = head.split(/\s+/).filter((word) => word !== "");
    if (!url)
        throw new errors/* DebianError */.c4(`source ${quote(line)}: expected URL SUITE… [components: …]`);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* DebianError */.c4(`source ${quote(line)}: ${quote(url)} is not a URL`);
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        throw new errors/* DebianError */.c4(`source ${quote(line)}: the archive URL must be http or https`);
    if (parsed.username || parsed.password || parsed.search || parsed.hash)
        throw new errors/* DebianError */.c4(`source ${quote(line)}: the archive URL may not carry credentials, a query or a fragment`);
    if (suites.length === 0)
        throw new errors/* DebianError */.c4(`source ${quote(line)}: name at least one suite after the URL`);
    const filled = suites.map((suite) => {
        if (!suite.includes(CODENAME_PLACEHOLDER))
            return suite;
        if (!codename)
            throw new errors/* DebianError */.c4(`source ${quote(line)}: {codename} needs the base image's VERSION_CODENAME or VERSION_ID, which it does not have`);
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
            throw new errors/* DebianError */.c4(`source ${quote(line)}: ${quote(word)} is not a suite or component name`);
    }
    if (components.length === 0)
        throw new errors/* DebianError */.c4(`source ${quote(line)}: 'components:' lists none`);
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
/** apt's order of preference, smallest download first. */
const INDEX_COMPRESSIONS = [
    { suffix: ".xz", compression: "xz" },
    { suffix: ".gz", compression: "gzip" },
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
    releases = new Map();
    constructor(options) {
        this.store = new ContentStore(options.cacheDir);
        this.keys = options.keys;
        this.ownsTransport = options.transport === undefined;
        this.transport = options.transport ?? new src/* Transport */.oK({ userAgent: "image-actions (debian)" });
        this.now = options.now ?? (() => new Date());
        this.concurrency = options.concurrency ?? 8;
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
     * component's `binary-all` when the archive keeps `Architecture: all` packages only there.
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
            // Debian's repository format: with `No-Support-for-Architecture-all: Packages` every
            // architecture's index already lists the `all` packages and binary-all only repeats them.
            if (!release.allInArchitectureIndexes)
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
        const cached = await this.store.find(expected.sha256, expected.size);
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
        const verified = await verifyInRelease(text, this.keys, {
            now: this.now(),
            snapshotDate: snapshotDate(location.url),
            file: url,
        });
        // A Release of another suite, replayed under this one's path, is signed just as well; apt
        // checks the names for the same reason.
        const { suite, codename } = verified.release;
        if (suite !== location.suite && codename !== location.suite)
            throw new errors/* ArchiveVerificationError */.QD(`${url}: is the Release of ${JSON.stringify(suite ?? codename ?? "")}, not of ${location.suite}`);
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
            const cached = await this.store.find(plain.sha256, plain.size);
            if (cached) {
                this.stats.cacheHits++;
                return (0,promises_.readFile)(cached, "utf8");
            }
        }
        const path = base + choice.suffix;
        const listed = release.files.get(path);
        const fileUrl = `${location.url}/dists/${location.suite}/${path}`;
        let stored = await this.store.find(listed.sha256, listed.size);
        if (stored)
            this.stats.cacheHits++;
        else
            stored = await this.downloadIndex(location, path, listed, byHash);
        if (choice.compression === "none")
            return (0,promises_.readFile)(stored, "utf8");
        const text = await readLimited(decompressed((0,external_node_fs_.createReadStream)(stored), choice.compression), plain?.size ?? UNLISTED_INDEX_LIMIT, `${fileUrl} (decompressed)`).catch((error) => {
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

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/debian/src/version.ts
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
        throw new errors/* DebianError */.c4(`version ${quoteForMessage(text)} ${problem}`);
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
            throw new errors/* DebianError */.c4(`version operator ${quoteForMessage(String(operator))} is not one of << <= = >= >>`);
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

;// CONCATENATED MODULE: ./packages/debian/src/relations.ts
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
            if (!(error instanceof errors/* DebianError */.c4))
                throw error;
            throw new errors/* DebianError */.c4(`relation field ${quoteForMessage(text)}: ${error.message}`);
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
            throw new errors/* DebianError */.c4(`Provides ${quoteForMessage(text)}: malformed entry ${quoteForMessage(entry)}`);
        const [, name, version] = match;
        if (version === undefined)
            return { name };
        parseVersion(version);
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
        throw new errors/* DebianError */.c4("an empty alternative");
    const match = RELATION.exec(text);
    if (!match) {
        // Build profiles (`<!nocheck>`) belong to Build-Depends; a binary package's relations never have them.
        const outsideVersion = text.replace(/\([^)]*\)/g, "");
        const problem = outsideVersion.includes("<") ? "build profiles are for Build-Depends" : "malformed relation";
        throw new errors/* DebianError */.c4(`${problem}: ${quoteForMessage(text)}`);
    }
    const [, name, archQualifier, operator, version, architectureList] = match;
    const relation = { name };
    if (archQualifier !== undefined)
        relation.archQualifier = archQualifier;
    if (operator !== undefined && version !== undefined) {
        parseVersion(version);
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
        throw new errors/* DebianError */.c4(`${quoteForMessage(relation)}: an empty architecture list`);
    const entryPattern = new RegExp(`^!?${ARCHITECTURE_NAME}$`);
    for (const entry of entries)
        if (!entryPattern.test(entry))
            throw new errors/* DebianError */.c4(`${quoteForMessage(relation)}: malformed architecture ${quoteForMessage(entry)}`);
    // Policy §7.1: a list is either all negated or none negated.
    const negated = entries.filter((entry) => entry.startsWith("!")).length;
    if (negated !== 0 && negated !== entries.length)
        throw new errors/* DebianError */.c4(`${quoteForMessage(relation)}: an architecture list mixes negated and plain entries`);
    return entries;
}

;// CONCATENATED MODULE: ./packages/debian/src/packages-index.ts
/**
 * Package records from the stanzas of a `Packages` index (or a .deb's control file), and installed
 * packages from a dpkg status database (`/var/lib/dpkg/status`, or distroless's one-file-per-package
 * `/var/lib/dpkg/status.d/*`). A record we would download must say where its file is and what its
 * bytes are (Filename, Size, SHA256); one that does not is refused, never skipped.
 */




const SHA256 = /^[0-9a-fA-F]{64}$/;
const packages_index_SIZE = /^[0-9]+$/;
/** Every stanza of a `Packages` index as a record; `origin` is the archive root URL, or `file`. */
function packageRecordsFrom(stanzas, origin) {
    return stanzas.map((stanza) => {
        const field = fieldLookup(stanza);
        const name = required(stanza, field, "Package", origin);
        const fail = (problem) => new errors/* DebianError */.c4(`${origin}: package ${quoteForMessage(name)}: ${problem}`);
        const get = (fieldName) => {
            const value = field(fieldName);
            if (value === undefined || value === "")
                throw fail(`no ${fieldName} field`);
            return value;
        };
        const version = checkedVersion(get("Version"), fail);
        const size = get("Size");
        if (!packages_index_SIZE.test(size) || !Number.isSafeInteger(Number(size)))
            throw fail(`Size ${quoteForMessage(size)} is not a byte count`);
        const sha256 = get("SHA256");
        if (!SHA256.test(sha256))
            throw fail(`SHA256 ${quoteForMessage(sha256)} is not 64 hexadecimal digits`);
        const record = {
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
        if (priority)
            record.priority = priority;
        const multiArch = field("Multi-Arch");
        if (multiArch)
            record.multiArch = multiArch;
        const essential = field("Essential");
        if (essential)
            record.essential = essential === "yes";
        return record;
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
        const field = fieldLookup(stanza);
        const name = required(stanza, field, "Package", "dpkg status");
        const fail = (problem) => new errors/* DebianError */.c4(`dpkg status: package ${quoteForMessage(name)}: ${problem}`);
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
        throw new errors/* DebianError */.c4(`${where}: a stanza without a ${name} field (fields: ${quoteForMessage(Object.keys(stanza).join(", "))})`);
    return value;
}
function checkedVersion(version, fail) {
    try {
        parseVersion(version);
    }
    catch (error) {
        if (error instanceof errors/* DebianError */.c4)
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
        throw fail(`Source ${quoteForMessage(source)} is malformed`);
    return match[1];
}
function relations(field, name, fail) {
    try {
        return parseRelations(field(name) ?? "");
    }
    catch (error) {
        if (error instanceof errors/* DebianError */.c4)
            throw fail(`${name}: ${error.message}`);
        throw error;
    }
}
function provides(field, fail) {
    try {
        return parseProvides(field("Provides") ?? "");
    }
    catch (error) {
        if (error instanceof errors/* DebianError */.c4)
            throw fail(error.message);
        throw error;
    }
}

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
async function readBaseImage(clients, reference, platform) {
    const client = clients.for(reference.registry);
    const top = await client.getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
    const manifest = await manifestForPlatform(client, reference.repository, top, platform);
    const where = `base image ${reference.registry}/${reference.repository}@${manifest.digest}`;
    const [config, ...layers] = manifest.blobs;
    if (!config)
        throw new errors/* DebianError */.c4(`${where}: the manifest has no config`);
    if (!(0,src/* isIndexMediaType */.$$)(top.mediaType))
        await checkConfigPlatform(client, reference.repository, config, platform, where);
    const budget = { kept: 0 };
    const changes = await mapLimited(layers, LAYER_CONCURRENCY, (layer) => readLayerChanges(client, reference.repository, layer, budget, where));
    const files = mergeLayers(changes);
    const stanzas = statusStanzas(files, where);
    const osRelease = readOsRelease(files);
    return {
        digest: top.digest,
        manifestDigest: manifest.digest,
        platform,
        installed: installedPackagesFrom(stanzas),
        osRelease,
        codename: codenameOf(osRelease),
    };
}
/** A platform entry matches when os and architecture do, and the variant if one is asked for. */
function platformMatches(entry, wanted) {
    if (!entry || entry.os !== wanted.os || entry.architecture !== wanted.architecture)
        return false;
    if (!wanted.variant)
        return true;
    // arm64 images often leave out the only variant there is.
    const variant = entry.variant ?? (entry.architecture === "arm64" ? "v8" : undefined);
    return variant === wanted.variant;
}
async function manifestForPlatform(client, repository, manifest, platform, depth = 0) {
    if (!(0,src/* isIndexMediaType */.$$)(manifest.mediaType))
        return manifest;
    if (depth >= MAX_INDEX_DEPTH)
        throw new errors/* DebianError */.c4(`base image index ${manifest.digest}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
    const entry = manifest.manifests.find((candidate) => platformMatches(candidate.platform, platform));
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
    const entry = typeof parsed.os === "string" && typeof parsed.architecture === "string"
        ? {
            os: parsed.os,
            architecture: parsed.architecture,
            ...(typeof parsed.variant === "string" ? { variant: parsed.variant } : {}),
        }
        : undefined;
    if (!platformMatches(entry, platform))
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
        (path.startsWith(STATUS_DIR) && !path.slice(STATUS_DIR.length).includes("/")));
}
function sizeLimitOf(path) {
    if (path === STATUS_FILE)
        return MAX_STATUS_FILE_BYTES;
    if (OS_RELEASE_PATHS.includes(path))
        return MAX_OS_RELEASE_BYTES;
    return MAX_STANZA_FILE_BYTES;
}
async function readLayerChanges(client, repository, layer, budget, where) {
    const layerWhere = `${where}: layer ${layer.digest}`;
    const compression = LAYER_COMPRESSION[layer.mediaType];
    if (!compression)
        throw new errors/* DebianError */.c4(`${layerWhere} has media type ${quoteForMessage(layer.mediaType)}, not a tar layer`);
    const changes = { opaqueDirs: [], whiteouts: [], shadowingEntries: [], kept: new Map() };
    const blob = client.openBlob(repository, layer);
    const tar = (0,tar_stream.extract)();
    // The pipeline settles only once the whole blob has flowed through the digest check.
    const flowed = (0,external_node_stream_promises_.pipeline)(decompressed(blob, compression), tar);
    flowed.catch(() => undefined);
    try {
        for await (const entry of tar) {
            const path = rootPath(entry.header.name);
            const base = path ? external_node_path_.posix.basename(path) : "";
            const dir = path ? external_node_path_.posix.dirname(path) : "";
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
        for await (const _ of client.openBlob(repository, layer))
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
            stanzas.push(...parseStanzas(content.toString("utf8")));
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
function readOsRelease(files) {
    for (const path of OS_RELEASE_PATHS) {
        const content = contentOf(files, path);
        if (content !== undefined)
            return parseOsRelease(content.toString("utf8"));
    }
    return {};
}

;// CONCATENATED MODULE: ./packages/debian/src/deb.ts
/**
 * Reading a `.deb` without dpkg and without holding it in memory. The format (deb(5)): an `ar`
 * archive — `!<arch>\n`, then members of a 60-byte header and their data, padded to an even
 * offset — holding `debian-binary` ("2.0\n"), `control.tar[.gz|.xz|.zst]` and
 * `data.tar[.gz|.xz|.zst]` in that order; members whose names start with `_` may sit between them
 * and are ignored, as dpkg does. The ar headers are read at their offsets and each member is streamed
 * from the file, so a 200 MB package costs a few buffers.
 */






const AR_MAGIC = "!<arch>\n";
const AR_HEADER_SIZE = 60;
const TAR_MEMBER = /^(control|data)\.tar(\.gz|\.xz|\.zst)?$/;
/** A control file beyond this is not one dpkg would build; refusing it bounds memory. */
const CONTROL_LIMIT = 1024 * 1024;
/** The scripts dpkg runs around installation (deb-preinst(5) …, debconf's config). */
const MAINTAINER_SCRIPTS = ["preinst", "postinst", "prerm", "postrm", "config"];
/** The control stanza and the maintainer scripts of the .deb at `path`. */
async function readDebControl(path) {
    const { control: member } = await debLayout(path);
    let control;
    const maintainerScripts = [];
    await readTarMember(path, member, async ({ header, body }) => {
        const name = header.name.replace(/^\.?\//, "");
        if (name === "control" && header.type === "file") {
            control = (await deb_readLimited(body, CONTROL_LIMIT, `${path}: control file`)).toString("utf8");
        }
        else if (MAINTAINER_SCRIPTS.includes(name)) {
            maintainerScripts.push(name);
        }
    });
    if (control === undefined)
        throw new errors/* DebianError */.c4(`${path}: ${member.name} holds no control file`);
    return { control, maintainerScripts: maintainerScripts.sort() };
}
/** Streams every entry of the .deb's data.tar to `onEntry`, one at a time, in archive order. */
async function readDebData(path, onEntry) {
    const { data } = await debLayout(path);
    await readTarMember(path, data, onEntry);
}
/** Where the control and data members are, checked against deb(5) and the file's real size. */
async function debLayout(path) {
    const malformed = (problem) => {
        throw new errors/* DebianError */.c4(`${path}: not a valid .deb: ${problem}`);
    };
    const { size: fileSize } = await (0,promises_.stat)(path).catch((error) => {
        throw new errors/* DebianError */.c4(`${path}: cannot read the .deb (${error.message})`);
    });
    const handle = await (0,promises_.open)(path, "r");
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
            return { ...member, kind: match?.[1], compression: COMPRESSION_BY_SUFFIX[match?.[2] ?? ""] };
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
async function readTarMember(path, member, onEntry) {
    if (member.size === 0)
        throw new errors/* DebianError */.c4(`${path}: not a valid .deb: ${member.name} is empty`);
    const source = (0,external_node_fs_.createReadStream)(path, { start: member.offset, end: member.offset + member.size - 1 });
    const tar = (0,tar_stream.extract)();
    const feeding = (0,external_node_stream_promises_.pipeline)(decompressed(source, member.compression), tar);
    try {
        for await (const entry of tar) {
            await onEntry({ header: entry.header, body: entry });
            entry.resume();
        }
        await feeding;
    }
    catch (error) {
        feeding.catch(() => { });
        source.destroy();
        if (error instanceof errors/* DebianError */.c4)
            throw error;
        throw new errors/* DebianError */.c4(`${path}: ${member.name} is corrupt: ${error.message}`);
    }
}
async function deb_readLimited(body, limit, what) {
    const chunks = [];
    let total = 0;
    for await (const chunk of body) {
        total += chunk.length;
        if (total > limit)
            throw new errors/* DebianError */.c4(`${what} is over ${limit} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./packages/debian/src/debian-archive-keyring.ts
// Generated by scripts/update-debian-keyring.ts from debian-archive-keyring 2023.3+deb12u2; do not edit.
// Keys (primary and subkey fingerprints): 15.
const DEBIAN_ARCHIVE_KEYRING_VERSION = "2023.3+deb12u2";
const DEBIAN_ARCHIVE_KEYRING_ARMOR = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPR8lsD3K87ZM18gzyQZJD+w\nns6TSXOsx+BmpouHZgvh3FQADj/hhLjpNSqH5IH0xY7nic9BuSeyKx2WvfG62yxw\nXcFkwTxoWpF3tg0cv+kT4VA3MfVj5GebuS4F9Jv01WuGkxUllzdzeAoC70IYNOKV\n+Av7hX5cOaCAgvDCQmhVnQ6Nz4fXdPdMHVodlPsKbv8ymVsfvb8UzQ6dl9w1gIu9\n4S0FCQeEePSii23jHISYwku/f6huQGxSjAy8yxab0aZshl98c3pGGfOJHntmHwOG\ngqV+Gm1hbcBjc6X8ybL2KEr/Lu4xAK3xSQmP+tO6MNxfBTCeo8fXRT95pqj7t3QH\nIu+LbVYrkLQ6St9mdOgUUsAdVYXJ3eh8Y+CfjmBywNRizOGHrEp8JsAcS0+a9yBL\n+BYWhS4BL/EeeacRLT9kfzIqS1OD/RL/4Qbi2GLGFsiHaKFUn4xse20ZXq5XtEL6\nltQVIr/iAlBtdSOnge/ZkNvd3SQIyC2QBNAy67QutS8yiaCE2vtr8i5GQOu2fgr1\nNJ0VjuwshmgJvbZ2m/9Zq1Yp1iMnPVJtOWcNxTZAWJDN4L5OdoqbaOkqS/+cgLy2\nUTsc0A7cxt/2ugOtln/utXsfgb3Qno69yCuSbQmVM1NrwvZVxPIWi7B2gQARAQAB\niQJOBB8BCgA4FiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL0BcXDIABgOl28UpQ\nikjpyj/pvDciUsoc+WQCBwAACgkQt8XX1jUJR/jTMRAAt6Mltzz7xk7RGIGaF+ug\n0QSoh9n07Y0oxEAb1cPSvo3o5wnxQ6ZYIukr2KTFkXaDh35XpXoA2Z9Uf6wz4h8B\nnF8DWhbo+2sSq9au0J16bsLuIHfhzJWXSwyekHOrLiiiSfhjey9eQzgOT8jJsEjy\nFzfxtMOTepXX8yQdp4SK3WYdVjAcbwjFGcbh5VqQIsr1+MdlaVchqWP1vm1ADvQF\nC87hQjhpMzQoU7WVkJWsqlMuXh95h59h/SndBiHKXHQfs/LAM7M2K/fgS9+EbPWW\nfC97/8SqpXheDsvCvueumTyzUCNXFpNGwUUA1qO6GTaMwHjaX/AeCaRMxCQcLdQ0\n7b6zc13dqiMAAL1eSQ10TFP9kD2QoyPjF6lh0S5xshHWET5duw71KjYAAOGdv8J3\n9DGMvT8OdL8UklIJy7KLjxJOjY21oPCHgx1cQKLONCgOAcQ4ZmzBOP8sWZ7ld8OV\nKe4c/bOqwbRMLNXUwuVJuejwvoypCOxbdlYUnfL633wVMQBM8ilog+2TydStV4AU\nCQVsICw4iaXUU+B6gh1euvgvCW13q7pMFJDPbpC+EFC1Fl4RT+CFLE8XG0kXHQ3x\nHWo+/b49x3MYv5wS33+NZpfdHEuHKwybfTIVshlPU8rXmrwmVXO9iRmAczjcoeYZ\nOTI5EJz20PBi65wAdpAFVBeJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfWNQlH\n+AUCY8vQFxcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIHAAAKCRC3xdfWNQlH+KbZ\nD/4uoBtdR5LdZGh5sDBjhcDJ+09vhagDh4/lLsiH5/HEmY5M0fwUTvnzV00Bsu3y\nu/blyKaX/oram1jBzwucqkIXFx/KF6ErMkHBQi0w7Kqb+nY1s24rD6++VL/ZIA5A\nCLoMxD/xWNN0GA3IMa5HquAxejhgpKB1Dm7QcEab2Jk2hnlCFBgmjun1xEqb2IO0\nfmfXjREpRBbzvmOTCkEUm8CIikJy7CHmAIVOJnxQZyK5bua05fKZOJQvb7VmmhJw\n/1eE5+VU0fMHbZDkVeL0LOAecpPGH3uCEXaf4J0Pu4jXCHqz9UPMNRawNWEcBRTZ\noq5M5GpRkIpPpt8j7jGoQaKM5bUxtsS0+8L56n03J5xWBy+yEQPYnBJs5n61/dcc\naRwqO47TJsADIqg7T5Q+v97+1xXzMc8KkTbtQatWdukNuVrbLNXlLYI/sPChqMtZ\nJ7yW9Qhz+ljJnBKkYTjG5OLjsInB80cNFOkZMjsj9gQgAagSwqll/IIXry0zKF/Z\nA3ARmy7G5vjvqP8HjSWbcqbjdz27/H8Zn/HaGRK5GwoBS/4CyDiuvrq9bS6bk7E4\nQl6Ni2UF7brjEULiYfbMdL0HHaKHuU3rWBCZtFRyVJ3yUKP/UAdxtS8VwbkYBOIp\ngS4Y6RwXeQmC9G6crnXR6hsODs5E47hiugf/HkhvyQ6CJokCTgQfAQoAOBYhBLi4\nC1tiPqtq2HdcRbfF19Y1CUf4BQJjy9AYFwyAAYyCPe0QqoBBY54SEFrOjW4MFKRw\nAgcAAAoJELfF19Y1CUf4uo0P/i+m8SnrFF7IcsppML6dsxOvioUt5dBbXgkSbCUh\ndciW583S04mqS8iicMoUSXg+WKXWJ+UaAnfh6yWLcbeYpH8SZ+TX+J3WuLj4ECPe\nMYfLGY4eehKIJqnEDfVqtoc8g5w9JxFglZBTZ/PJeyj6I2ovzVG1YH2ZER0cvRvi\ntywWBP3edDBa/KPHzBVLaeWuuH28aAGHF2pHtEh+nDfQ/EblDlPUkGclnu79E82g\ndl3W0GvcbMXccVIvik9IHPI042me4KJwy7X3qoNGbn3+XditIA+6rb1N+wGDdQkD\ns9MvGmoQoxs5iFi5kW/AIdIMHCR+A6MMO4KGQ6E6UDd/DM3iFh2V+gavktk85sIk\nThy378l3JQRidRptifTJjESnyM/NUjN8JMb6peyn0xKyYE6uNK9cZAmbEWGCdZfp\n62gPUo6dR7BHe2a1qJokvfSJdjZtczBuWotFs6EQcCuRDqpySzrLYitCNxNqJ0FG\n+kryruObVXgr4y+r1C7+CczmGF0m8zp1BuGaT6pbx7X6VqazYSfOkQSk4Wyk89Ry\n45RZmg79Mgv1s6NNz4ngW7LYNJgMZXwYHL99UiL47dOFBCIXTqVXURwU+BkVxwqZ\nBq10BWd+qdMPGl8hsA3zi64PJMg0u4YaWs/jasZaWaJI6tv/M1WsfQ3TCZrtT6YE\nnhieiQJOBB8BCgA4FiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL0BgXDIABMJkR\nvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQt8XX1jUJR/ilGw//W+ckV1lt00dA+S2T\nL7qaQehp//03GXnC4CRVEWalaoEylcqHlvyUiQc6+r44ZkoLTRSadNWt6EIISFaZ\nOiIEDrzzpNUVu/9heQeJeeOzPOFQ0LBNI86xo8e1EmvWMBLDf6NGJZtoG1qBNIyJ\nk0x7x51pOGf7h8xlvEDo3F0JNC5/N1FjtdAHdyA8HLQFkePIWHUm+h76lgF3Z5cE\n3Myh7XA0NfKe33pgI7CWhbNiF62XhOMAVM6Lrjk+Zp7FWDplSiNu+J3TTjR0sAkp\nH5Uf4V3i7zIhlVKKhV+Ktr5ojuj805U1tocrH68bBn4weLDfPzGp4rZ5aMoKqK+n\nsTYZzFr6NYBQG/cjs0Mj8g5WDvXLLoJ9aCzhQvPqAzgkle2EQuzb3QSOQdg4Koub\n/aQIB0TGjgKYM7WAj/ECoK0hk3w077VL7MeG8O4qSubW1toZ0ZrabWGRtJ6WxTNc\n8NqdZHZhZnfDqJQ6YVnpuuvlpAMBZfTIMCQDpgfwbDA3ZmAQuYikB6Jyr28ge5v9\ntYdZIIil4P17Jdma/usnVSplGrDZzDqxAM+sOsXejjdAIMnpw9tilIa7y23Cefls\nqdzJsAxZimipzSuRU29VJ35dEtMvqxL5cbBVMcl1FQXGIchrWtSDlzy20WuQpitd\nPejufO0YcdZCTo83Wze2OFIKmjGJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfW\nNQlH+AUCY8vQGBcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRC3xdfWNQlH\n+E2DEADOwCe6UQAojyXmQSLPeRH9wfykeeAqVowt15L3SegF3CGf/WyPeA7o4fwg\n60DMub81UtDanTB2s5ayGH/bzLhhDF/XjaotyEox6/J1/zpginVTnYRUs8mJempE\nrWuirifsKHzh3VT/pv35rwblHhMdHj2txoZtTHa5MjgeRd3oT+NlbbG6firKCzGC\nVdw6sz478axa8tgwG65GPa/4lRZCfPYd62pA2HLlfFwjgDC5x1cOU6YRHVdX1VJ0\nQEr++oOFWNi9grbBZjZpNSN2FFpXsvvA3zzaCGfUVZ5Ti4GKsC/RDbmIZFLQrF8v\n1bETSQDWt4F56/njcQMcIOYp0yWBvRKhJUeEHVl3u+tGaMl74f59MZNPmNnY6y2d\naDIRMYJmcjagYcTSpFar6MziRN2vepQ0kVDxXoytmt05kNOLFkPgcKrqweVP7R5m\nVy+//w99drx47TwJeii7/GiuTN3FLc2gn5wmoeur3hksm05Kg99gxr8i1jeKGCGt\nWLeA2Kh6deozOsAjyT+4cX4wh7mUO8lOTvRp/WRqqNo3aTdelVxdmKOjtqrukVjL\nLaY1LLvlQE9K4jshcQBidr1NmdCl9zV/IZzP329juu4MvK7uyyzHSxXSG5jt0wu4\nszIOzpgAqhsTasLQMi5Z1cdfy+NfqlVk/vmmSYSaBlmq2QgnX7RJRGViaWFuIEFy\nY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMi9ib29rd29ybSkgPGZ0cG1h\nc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4\nBQJjy9AVAhsDBQkPCZwABQsJCAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJELfF19Y1\nCUf461gP/1p6/NzPvYsEfUm6zJYTIDKG1/zGeIC9EsOOluJKDgZYiY6ogYUDhRN9\nX83yBMzIQkVF88SOQuT2fZk9KOdOAzdAgc5CB7ivoh/P44HeacxjAb2z8/tJJKW2\nO4B3HpyWR+Yn5aymdLJe+ZFsBdfyU7RPlox42o7zZmf1ZQKQSoBZb7X3Eq3lq442\nZewjsjsRiijlTODfp6EEIHYhY8vGhU/lyqpwPkGVfl/G+s43j/MAo5b5TBeG2J9W\ntqBYy+aG8cRM2vJoUrMZR0GZvgfbMVun17Bxg7ez4OiYhVblx3lMQv25BnagQTpR\nQgV021xuw40cR9POy6+yBwRUYNziGZi31rrvzTzmFw9cxV7lpgjAMwZJifGZClda\nDBxYUQR3OeAzn09lRhpOdFXpM+MM5GXgRVPmHhtyn60xLMiy5NCRuMtzmP/OaClR\nKL9BjWnOH3NzsjAvc1VtNj0DSVGTtnswDmAQgFZVYYesjpiTNFE7EDTBCT1uYVhI\nMr3fV1US3VIfKEZlJrbB9FAccWqC/oHT/DUvhjnDhC3wRdChlEbfCxqaiHU++gsN\n66J9r6ZI95PC4w0X3O1hXJeWtm9d8M0SxmAfJ4eBPVOPyFgOI4OFM8fFFie5MeAk\n4BsN0Qyu2hD5g2RCFYIinbfFsSdW2WQVa62uoHfWgwLPwYz+sWjAiQIzBBABCgAd\nFiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmPL1SwACgkQc6Tye43UeTb0HQ/+Pwzn\nSBBtEV7eLS6qZpS7kosP5aVagUkcTO8UMxZkUqBhm2yW8V885kSic7rZOeWcd0NF\nrVpTGH5LH3hi/a13B1S28v7Wy1AxNdlHJVfH5bRq4aSJmtCNNbbhH92IuzpV/YKc\ny3ueFdQ3ssLWWKBVc8UGa+qrAre5DXmmawwMLlZ16G7OC7YyppN2EzFnf1rC8AV3\nO1UtpZLNq8MkWAk/65UTDbTMS4f6IM57Z9pemBWsxTBKyAKXduKq8zkdnv8B+RPu\nPgyhqJUiJ4RgesuYw4AhKqiO4CYQm5gK9IH+hMN6INUBHOkn26OkyjArZgFw/OS7\nrT3BZinqSloWiBPhAg/4wdg+Yj/mGktJ3Uiu0Z//QVZ6/OWRAAMNCbrwZcADt9pE\nCRS24y8lbNuicfXB7rw+yX8j1mXlily6kVpPtdAJpkE62cHbMYsMKVkUFBQS9Cn1\nPvo5UqB3i+6Rxx50TKkq5OLf/ZciFw4StZYBRlHzgOiyBZRCi8+ze61gmrzv9Z5a\nd6UCz0sYara6MmvQv1No+O/emaaO0N15bKFuztfmuoXmWSh93ek5ZNC8Kjb4hHkl\n31C1JGPubGsRaoq8YTeVIFEgYIzzfVgofceDy9oVtjcRYikDAbDYVgvSzeVEi05T\nTBRW8Xaj/RxIS99Mxog/6oSND5CzjoJ7DnuT2quJAjMEEAEKAB0WIQQFq5A0DAxe\neX9EqMglTPO1rsCo8AUCY8vUIQAKCRAlTPO1rsCo8O0DD/9NpnkalWr7thu1rh18\naItAF3r6/TOR3yhfz7LCRYWnOx4WudV4x/+W1rhFFxB7EvE51FzOjgoGqC2c2pBp\n+UR/+YsUKyCe2iTf4z/ZkxGGgpx23Pz9/bMQtQ7YKB1yD7uXu69SaT1gJVOOziFu\ngpV8L7wX11qukTHJU1sMemWgbHVyLJAjXkrDt11KcpvUh1q1CcVMQJdhB6xkPhJB\nRHrY1Dxg6qipXN3d7CD8AaD9p4Rc8MJO9F3D63JkmRvBn0Ecvsnxxgo/Zl0nbZSy\nMODQZA8yevFqrOmyG8o2rIzvM/fjNiiAniIocyt/syK02LCNs3lpvGDqANkvFvYx\nfaGG5O5mS6pv6BsRBxzoFZI5z+OXNM8IXw5hgDx577aPbcu6t1tRrWUSr5EfFbN5\nrYqUtECB7o100b4aFXOP6Ly62WNQABBkenT/aeUGI5VVg6J53+M9OAUagqSVuoVB\na6/AZtD+WN/iBsRc8jwWjWvb+bmvK/fN5wT7A9P+x87I907bQbT/qowDJet5kR0f\n+A9F7zy6RXbQ1MCYL9RmUlKX+an3g7s9ZcQssbKfsvONFtieI2xgdL9pLYZKiwJ2\nQ7wF61IaD88Yi5iovtbH8Ewqz5lCSzib8h8JqC5vFAj+KgjhFJXr6dC5DqIp9DvE\niJzogcrlmV61SWjg2K3EIJ9Z6IkCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRK\nrVxdBQJjy9SJAAoJEKSESQRKrVxdzGQP/33qzOrxlAOisutKpi038qrhBegZpWIP\noFE05lSMXQVODVRoqbMU6EaWKEFBbX8H0v+N3h84gIrLRWAaDhdmPviY5vJzYJoq\nWd67GSvzkWZLE7/nMTni1Nz4uMuPgEz/2uGtoX4N8hpDvtq+39YazTj92t1vGjHL\n3Wuofv8zEl7AkUvvq4qdfwjj/+p4QSzum5xp0/PlNIbHXyGgpR8R1zJzTInrZ78/\nbEubmk5VSiZOlnwVBW7dfg2lHb9EKr1TtQjO62ht/NsIEASTN7sHSDOqG3QMABFZ\n/TFf0VNvQdU7K4sgw9NnxkqP+NhOIxu1S3R/ii/RmbwMWabRSQb5ZpAxxM0Y7uuK\nX92wWmVFOKfKIqdVisWz/hjPREBCDXuwISr5PzUgk9Jd1+iTIHPu/XXKtYDt8oTy\niX8m/Ea3QtC9r+Il8Zj5AXWVgVjldLPKDVRb8ByhFjuaw5HqovfPiL2ZYcSt7w5Z\nGRb8VD2HAqp3B6+2RzOVRRQrp7TwYhw3YGsNggqDdpjv7i4ViZHD2sUbO/1GISaP\nPfiISqAoySN2TwCnqMFc6Y+iXlmHe5N44O37LzDg/lVRkEul47ifVVfF868xHzWo\n4WGXdZLHq+x0kUNjhrfU3fpbmIAAkrSypo9Pbup6acv7fqrFmLcjv5Ueg9HJiKva\nar11ZIq1jw6ziQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmPL2KMA\nCgkQvDciUsoc+WQ71A/+LtoZSPhQnpVJPq08M8KNShaUeQEUCh4ZKITWAOm5NXUN\nJ7833/5plypgmUJUwuXtwkCvVFup+LyZIptbzALDxLkseIY4lau3kEfeT6JvsIS/\nSvgjUBPkX6h0i3Lg0Ggfiv+3Nf0+bsGAS7Ti6I0/6gpeA013M08uUdpcJDSu1OtC\nCdoWD5KvOAAuU06/Q2L37LOColsC6Z5frg3aBaDmScBJc5C7PSZA4hNOimqv4iZQ\nx300KOFH1OhyBRZOd1bW8atQooI/JEhjh1dJdIaOgyjPBXFJ8pYY2Y9Ms0Oa3ppr\nXNa0XCYgEcT5rYZEFup29H1+JFjTcYqecwLUycYGH3MnqRdqriZwiHUK0Ui/MpiP\nlS2Dkb/2Cz6iWMpJSAtvEetCVgSMpGsTlFgKjcsBN60UmvebmW7zajXOmgFU5cHT\nUoGmbNo39iK7fgQH/WcpSCr+bMwrSq6L4AAWIR2Tr6xEbDJQKgh33aEzsgU2OVw+\nqJKQL4XicWki0ul/Q94zltobRA86iqxh7+spfYBYCaCMYB5lIlDFfHLW62cim36Y\nXrBt+p6VyB3JGevXM4up7bnumFc90YDj0dsh6q55+BA0JPWxPPPAWQe5CiLmd7+h\nx5xAJ85+1ztFSz91w4VaQ9jOoEb5IC8uayLyX9GM646umFZCVqrKyHHHjhsh84aJ\nAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCY8vtKSEaaHR0cDovL2dw\nZy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcS84Q//eh+yOPIQqTF/\nncxGJpen5pCCMs0dVo9dP9EJ7xc2eSSJ0VhJd9dfpJqTMUqljp/zPeDiRRlhpZjM\nSXYg0EMMt2vbZ9g1S9cSbYU7Alogvp6VleK33hDuSoLabHETG78pSpq2YmGCUn47\nAyW7zdsWV0lM0kiBhJxuWjl8B+pmXzSJFqm63JPB9zHndLxuNay42UnLsDTi7B26\nBNKebQrB5ZioOe/IhpnHoxF8v5sdSIIvYKd/vRE5Za/uYy+2cMmjjLQD6IX/f9yJ\nDc+sqehW4/DgJgU7cq2lBJM+35AuUDI86MqzG/2BwtKnttX8FKy79FIAMAv6Sf3r\nQoyOcfSjeSe3FF5DD1ISR/Iyfjo/WZ/my59KADqwEMcwd3QpcQwRIXtDE1LUezWQ\nAbWd5caY3d0jZocG4KrDThkokLsl/kMkmbTO8C6oJdVv+g2AD2MHGBRzStDBzNLK\nmcuOq2UtlP03ACl5YcYY6AY7Way5Cz8o99l2frgVHf6THscxjRn3cxH4PXbOeOn+\nGTyk0PCqcyUBs6Rz/tO2NAgyzQlf/6lD8pIoSFHm/TEequeZZKAiGTodIQLS0a8G\nKZpGmVsjtbXSzu78CUdjucsdUbawfXQ4Yy7klV18m9EQjiWrVMBYX8nnkyEvAsfM\n4yl9/yOV8Y9Q/NEe+wZjshO1AikB+1W5Ag0EY8vQFQEQAOUiKRLuENTs8bri0Xm8\n5N1RIG6Lfoc+h7S3vB+hu2QMLMqybyVXLPsMCCj4iSPrMXuhwzu3w+s3xvRzZ01H\nDkYNxUzF00QLTr8F67vyZadysf9gytYFuVJgMRBxRGlke3IxT0LknAIlPX4Dys5P\n+6QdOZtkm9H8OEUzGXkkBQGpibYzNGj7IIJOcNci49L4GM/kyznDFnUB8QfHD7pB\nj/m8apGGmUjvwPUOgVtFJR7XufclIHkJCeo4l+pppdeQTg8uZ2elWIqENAZ0Cbj6\nWL+y2oW/DhlmDuFHkgvf/hKlcTtQMGIH22ZNQKjjeqKoVTnj2JF3gQy8xJQ+9nc/\nYZD3XRIDCKtMvs0ZBxwWgoYHY3E8zRhE/yxyquAX/u8BTaIS4O3w5tl1tl6Dv2sI\nNjXrb8FTAcwe4tuo5xtJgSrYk4SdbUIoh2Mgn28mw4IavP0HNM3aFQa/Fl6Y/VkG\nLICor1UTe3+9dvTAHkjw0LbHuq9geUiuDqR5+hZd+SBGTCdimZfTLC0sXa3dTvF8\nNiSxB3yQ//TblgJh4HS37Q4OIMc2UWeZURTlvHYv0fDtIKUCc6hl0Ip3eaGteXgO\nVzrU20CecHJtY2wUhckE4lxMhfU9h1wEDsE8GB6umABhUQt6uFm6SyEBaaapoBeb\n/xyGhJ5YR1+cFSm+2Z2AbwC3ABEBAAGJBHIEGAEKACYWIQS4uAtbYj6rath3XEW3\nxdfWNQlH+AUCY8vQFQIbAgUJDwmcAAJACRC3xdfWNQlH+MF0IAQZAQoAHRYhBEy1\nAZAge0dYo/c6eW7Q57gmQ+ExBQJjy9AVAAoJEG7Q57gmQ+Ex4W4QAMeM6oUrpKYD\nABPknMOQpT6iQo/sQlfPxVhiAp1XGzKoR+MxzGHn2W4LJ82RCyXLyKbPdW2yJ2tB\n+/ZLOO8bwOp6gbSzOSTb1fCBztIINd75dKm+leGvUlr3Ot2HRyvZDnoqb6MDO3VE\nrbnvz3AhtYg4KGMHyDjIvJisjg0ZyAsdSSXEMqHYmUaA+KXL4UbUKQP5K+VdKwqU\nyHLIq38azfEIfwYyv3br9IKtBWyjyiHQ9EqzeoJv/pC/ClcktKYdKyZrwZPiIVBb\nLg//hkWIU3MSxsvHfcmra/xxfx3ws0aN5Cs+FbeQkEh4Np5MwQqRQSiHY2bKT0Ip\nXHOtOk+h/aCIGmPLIhsnazUbsyy+G/HIgjEkvUYP+7fW6wPewXNJDZjrgfL202Jh\nGyt5aGJOFLEfYmPSFa1LKXamaNgHKC9FtLGOS/fC4T1QkS94WLtq7Igseea3Cm0c\niDn3aA6moCNxUcxG235Ck0MQ4J5kiaGn6sfJ63it0J138CWQEjTt9HvKBZ/w7ynb\nrZxK5M4iY+pUjfwLtanKKK+H4HW4gQqVmByaWOntfaRVCWfkAIDISn82W2IpgKRk\nUYn6YwLXO5k/hB+6X+D/BSQF4WKs6C5MSLP8o8uBfnaBTDYPi5Hq2YN+jxsD0kij\n+0/KrPy+EyO7pQJVdRT1INW4y2JWNwfIJ5oP/RhXmcjs7rZyFL1JUxJ4giENi4Ku\nMRu0RcZYywO8y08r/ZNKm0FBZBRJ0elYR5Ca0KdFMFDay9H7AYFcxMjylgMA0G2k\nQHFG6En4GY9dZoCXlTEkiB8xChDASlb5xIU9VKGCyojVMLh/ety8a1pAFrj9ygCw\nfWZCI4u6lSoM3ENhokJHKaf722B+9eQGZa9LXq5RwcNJ5o8Qpd8zn6sb6Xs9vGK5\njw2xjWbGL70PFqEm895xTMS3P+x8ALaZ9Ktnux76eA0a4edmn8hWa1puSMjOe4Hx\nP+YILIGNIELJTYK5+cA/X9IUTOTkeWAzVb8czNjDK/sA3+VZS0fPFbPW4NPs8BMm\ny/uB/s5Xuyj+Ypircp8/LyPic+dmHgFRH6+5J+hNGCAin+at1i9sgC0rJhqcL7Ho\n77HowuIQQppL6PUPcF8CNM4QNcgVW+53DeBeaXNLq10ZrTKL6O0aK4pez+0hsL00\n1KwTBrgaHop5AYuqacWMguD4Qvthqzl/3W5+YdOPMwyzxuniMq04Ns9AHFE9DgxS\n0s1mwd/orTk0/IHZpFQ8/0UsG7pmq/tiRP49LV/G4KuDDJvpbMLs6l1b0weFUE/7\nkE8TE9mZVGXyjW3m/MGDGEOBsT64HZLsduljYFW5tVTbaVKSKMqSLrhCZxSenzgQ\nNlB2T6bKGcYGqL7LmQINBGPL0F0BEAC8s6aFGXEkW0xvN5FSZKaM+rp9FX4EhWNf\nkKi7PaHEpZcjzC6JgIwSwJP7o9L/LLtLYr68Df9sv+AktdzhY50T4zBQouEl6ps/\nZaaiVoTsH8wLOp7g/qDFJ8kH7quUU9Qh6AmirwmEddKmEZTrabg4OjeU/eJEEBJW\n8/NDc18lrqKC7S62hjt+XE7VC+/C/4BLEN0OvNjYfi+2giwVOBAThlAtaryz010g\n2Nb/zSdjQQCEndQswlS4enVwklleLo76S63H60rxbh2WiNCvRAJMm6OytcXsQO5N\nPLt0wyk9FvXf9r6BeQG8zabfA8u5pai+/a8CYgMijH+k1LmBT2j5hOIFDQmUE05a\nNTLNYQz6uy+emXJkPtIf805D4nFYk1OSN/KZ3xYr+4+FtyfQ5Gj0blSPhsq7fJzo\nSDA2wTlx4Q6x7abStxtsY78/LCqkRbSUHRKZq1t5jQ5laOV0D1MrLzQB2NFhTWDR\nHe6UrDOx/ea5ORBUMH7iW27DOZkMgeyidBzAdgoHArO+n9/OLdf1TvpgPuchEX9m\nn1eLX5KTco2F/kTunn+Yn8A6LwJtFehE4SWL8+PN1xRp9fv3udDNGHwbOuOIvFcc\n5wNrDj2nzGAV4rJH9xpFTjx1cx8JYXVbuwGqVj0OVNz9jc64CYSpCeKrWBi5DQru\no9OSVQn8gQARAQABiQJOBB8BCgA4FiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmPL\n0GEXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQJUzzta7AqPDItxAAnS68\nNpqYaYvCiFEQIj9Yzwg9J0o6I8813GzBGF0M+2QLke6ObfBkNx6kj+Fd03992p/f\njhHCqJpV0k4AbTElWVEBjS78PiuIetNTF4lKO6KPyUIPTt2ykYgDmsbrvBieTsTK\n41RED0wRw+jbzJzBVtc7ZsHSy2Pu4zOnPuD/JmXXds3XXaFDMsJeKW/PbfBWmv5X\n2xR99nM2Pqjg5PtXRCwvB6WsHtlKtp5KLKmpQs+qq63Ixe6Kc2O7qArne0M06wdg\nezhKVX6rVatBd+TEsa0hS7cjI+I9KzQwKbyARfPQC1gYicip1Edp1+89cA/Sv7OU\nvcUKDYy5nI4sx43qrCDj0YFrqBVYeqVzMtwEr50xWWl9UsSJucywVE0PRUznoR01\nuCBzhSWem33FlAv3p0h9LGwGkRxLgP/MmdrVc/d7+uCtrBduRRnY3otHcg9Pg8DI\nFjfxgGCR7faQGlIlECxDWHfgBLr6oHCiJaTgSVz2D7qg89nziNLuMe5Yhb/Mf2G8\noYk12D8+p5GpYViq04zKUlah02i6YLPcQE5190w7zWQ0vaYqBYO7Db8vb1hphtmk\nilxbTXkNoo2uNaWxdZWK+KUtwElsYX+wHj9f+ec7Cx2pDjfJaImLt/MY+dwSMdzq\nWbhusIuz8VAl3sXOn5PLmVFTKN1PRf8G60ZYQNGJAk4EHwEKADgWIQQFq5A0DAxe\neX9EqMglTPO1rsCo8AUCY8vQYRcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIHAAAK\nCRAlTPO1rsCo8JicD/9i4c89S255kb8fBoKV1o60SnV76iVmCmk+iU6uxSKJ30mM\nY7icJYK3wusN/OZMG/C7aMtj6ROgyG1z0KJdAS8yl6X63s55xI/XIDPhnb9PVf/D\nga4dfW7hwq0z5XJqTtoZZ81Iy/mDjBe3Lhc7tsESQdXsULfrpiQc/OiCUiLVOZGu\nceDtfHsYbRD1omtFl+JCp0nF7LRhzfKII6IqKDqHVbMRzl0qUi42+W67zY81ont1\nSzfS28DTb+V2CLtDwiBKfBVXBt6junhpPawip9r6OnSUmFaPYPquEmTtkNk8v0tx\nzNifeDMnsPquFT1LpY6trIlFtYFuFOMyQiDvuSHLgThvvWhwRICv4VqmAZIcTDSp\nFNqU5E+Tw24UQgL+roHbBwnYIl7z///VIvZKZdz1Jk7mZ6pbubfw4Dd9k66h+cda\nlhT2sCQrLLbX7nrx8BLyGJgqcUZzWa/phhecaiyrtYq4tS4C0pi0ZQ4xewjr45Fm\no9B0lDNoiD5a34cRipEq4n07WqMdJrZG9bU5/KFy+qFpshrCi2KkG1HGLOW+pSM4\nHwvwTxItzm6R4ELLBKEpYjDi+a+Y251ybMDM7ylXtwgFV8f9M+1fmmjXrZFk6axB\nbrh5KwQjQ/LBu9XG7Rsw5WBQ6wpM9/nvbzCz7omE3C0Je9KrBeEsW9I4jlspP4kC\nTgQfAQoAOBYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BhFwyAAYyCPe0QqoBB\nY54SEFrOjW4MFKRwAgcAAAoJECVM87WuwKjwopcQAIiFcdAnN+EY6vd3ZCO+Cktl\nBlpl8JYDgfVHA6jmxCPafLa5Mo6uxQcU0Qzk7W3YBAHAONfT496Z1nPoR5iyqKf/\nz/TTjSZ8RqLkWnk0cBGisr/EDH/cd9qfmlrXfIV6R7rJdlCXkleaStWrL7YCTCYE\nk6+hnkNL1p1MrmnkKt3DPxzbM0iatubyGwhKTDJShXhCtTm91xbNHBjtXtMM9/As\nPCmvb7nW243eAfqVGPFeMfc/WStapJLttIocJ0OMhYbX9bTPFGzFgk77v7x48EW7\nsYdIPW+/3Hbk7pHOC/vqgLc2FlrhthkigcWD9PpBn0M7M+OeELYxTAxbPYj1ZXwR\nPrdwnb6KeBTBqu1CzsqHGLB0LWJQOw38bX0FaOGGwGO97hyevzuNZi7ohRjkF5Li\nq2G4JZHwyhP2YdiiSwYu7Mhm9iMEd/+D/0FymFalmPxFLK2kJHSm7RI0YJMLvLH3\nb4w4LXxRn/8XA1GlODeXKLNVBTfglmTZc9o7vLNzTzELcQx22kLeYjXS5j+P1F8Q\n4ctHbfXIuRJhKZ/vth0JET0OIX0IU599Ux69Abv1GSh1FLATB83uKIKI77QlMpVy\nehhZrOxZcxodKdkaLWU7QzKoufrsKrTQRw98yFruyeHivCZQb5J6xZPhUQtYbHCe\nrzinUjqpcJMpp8bo+sSuiQJOBB8BCgA4FiEEBauQNAwMXnl/RKjIJUzzta7AqPAF\nAmPL0GEXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQJUzzta7AqPDvcQ/+\nMyvhivufExXRRIXzl9YhJavb+kfppcSju1fmzInkyNvYvprc/OrGt15N3F7zAr6s\npATBBvlQ1O0B6FjxkEe8Iaugoi4inhfYDyBTP2lwFyOSGQk0QGsOkGYrEQ5D6GnF\nMYoRqT1u0xnQ5aiHcQxEx0uEXqH5f1FPLRebYzyRRj02SOzakZkdQuxhHjRAhQj+\nqam2Bb4cBLzGiVT1bU+pkwTMpWmJNst0+Sy7asTLQYQLptyAsXT+ZB0wj2mrc5Ws\njXWnTxXRNB2r9YHS8nHW1j+9D108vJlU7dIrEi2uGkvDWoRl4clqPUE+Q4C+oVTg\nqUDivrbZijeCeDPRz+1KlvOjoafK8qfskl/4u8hg1ycTD6nccbkSXa0Q2myHtSXe\nrxVWNRCwDc7FvLm1R6+L4JTPKbRDyLya6YaqMeTTJboj92gpFWXZ0ddaEF9yOJOw\nMki6K3QtGbIqoCtwsPZpBCpdSCB+U99pPy+lS0XQ5wdn7RZZSKXk+CC2f5wbfiv6\nmB1nBbvlztWuNlb5nOAxAWkUrdCo6q0iiq3ncBolGEFtBaINVxfBpyGKNqi/1qqo\ntaPi5/8mxSgrRvwKDvf5Rwq7CGJ5FaoDakwkK/g6OJs9x1/VPkMu3/RgeK+Dot+b\nfNIKE5Bj4kT7lFl0nW3x+SVe3zIXZzCsJA4N/efV3keJAk4EHwEKADgWIQQFq5A0\nDAxeeX9EqMglTPO1rsCo8AUCY8vQYRcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIH\nAAAKCRAlTPO1rsCo8CYhD/93z6kS0rb+br0gSH0eXbvByDjjOarxcLZ/ok07Pkin\nhJUvbbu9ereMsfUaY1Inm+jznjd3oz7aIgx+oltt4IMWduPMJ2X5LmYRTCpyVPtE\nZGVdMowW9FFJIfWM9OloZkx798GicuDx2qwIAg108xAtPpTFvBJRPYM4n3+I7+Im\nwl/s7uMdjfUdmvtzJ3p4bKB9OVXT1nOTCfeqtAMZLXmQtSWBxE6VGZzz+c6l93Ta\nSnlabkPlIJRsqrZgkcpd+Wzy0aUEKQaQOSitOTJ/3DU17QrJM1EQ7Mr79jQfkAQX\nwhzFj0SDee9H2P07D/aHENifhbHfltr43lEZtoYZeY06VT+HBut6sWos61hH/4K/\n2Mr6YexER2DU6wC2oUF0Z/BXs/FsJn8bxlEOfz0f7k+W8gDGjvESwsKcnagXUpAr\nsD5EXChTNyKhwxx+8MC9WBacGhziGC1I8xEDEuZF1YuINWusWY4h/Vx3fgTwNQmv\nnahXA5pFIFAHH3EWJcX4+Ku0UUpBTz2zn0R1wWLLpmMwgMYFt5GfA86jJCYYnNbK\nWoC/3SZ5IMyln/QTDWY3oXAoYHShs621rDjGI/NCFKIkblacmfLh+A7es/T552VR\nURFXaDHTDoAoJxmYBiTKJkC9QvkHQUckSFEUC1MB9jczWJMOwiiDinuqTdu8j126\nb7RSRGViaWFuIFNlY3VyaXR5IEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5\nICgxMi9ib29rd29ybSkgPGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYh\nBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BdAhsDBQkPCZwABQsJCAcDBRUKCQgL\nBRYCAwEAAh4BAheAAAoJECVM87WuwKjwT+IP/3oNbYJJuAi576J3aov4+tHleeoD\ntlhij3CNgkdJvkiv6rSiKRNxqVbEi5A3+chJ7h0yHoCGYJdi8ciVEvwdbgduQaBr\nmdIR+Gt180KBWwQlxSAMIb5+wuATnDoKykTiHy45vHsiXTyZ2IaPwAtcVsih42KO\nE/M2s27IfJZlQfQPGDi0Uurzdl8RDQJiRZhNDJDp/MsCaIA8+MY+EIyiRjBf7cGm\nEBoNiCG+5xIChtD8oFbragdcnIY39AfjVnAK136utBnEXUkjl9+hGCPVWOzPlnmB\nYelNTis2w6lwzbkmFVVNXrKJCToOb0coOngxACBIZVHUEzGOYzTjkLjcsSnxoamF\nCxc1hVg8aikoai+Hnb/KMSB4/bpx1k9B4GVM8fuizbdKyRGnwi8aCUa2mP+cI43L\nlc+bpPQpdDNe77xO9+Wg+Ysnlno+iwcEunVeTXyQ4GqmjCJZhjmiO/oJVID0qgYw\nsjEC5F7nmRy1zJTfl3oTWM/I68hJCmSxd0kExDEN52fdGhx+42zsWlMdRwE4/+GL\n3lrqhUzpX/806Iib4xP9zx+tKBs9ffmHNl2TlF4e3P2esSKgGaIFMlMomj9IPNeK\ndAae5mSwHyf7qkXCg/1YvHM9LhzOb7GL5NtXc+r+tNSdZreX4xOu2Rzp6f/A4eRt\nj6c2UdxgtoJ7KaTBiQIzBBABCgAdFiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL\n1EYACgkQt8XX1jUJR/gupRAAxnXA+zN9wu9wC7GikElCsVkY9TNk76BsgbZ5aJE2\ndqWVpB2heplryVUnBBuw+2CMpgW3FgAOOt0bBDHkknJPSq7rK4CDUsAlL8A+iXFR\nXfNgGFwCLdmDtblZ1Q20YMobZ/y3X7fdnVs1M0GXG4LsL6Xkd/SjSl3iQRPH9tnt\nATDqBdmr/3lEItk4zFtst1nfClQicVdQsBqf9hOF3ByGjrUfL8H/ujMY8KLs6vor\nSr16Y8v7p3VBAW6vQIyBYK67GdUN1sGmb/gXG18ptHu8vaS4NH5CmRyfXUI+b9c3\n3vbQacG1FU+TbE3zXJWgT60shlTZlywSlkWWk6K4NVZfz9ECrDa3BSp+iDUqYZcv\n4N3zsKw7rXONbfXCJRdOA+Q5jhepsw49r1opEmDogok27iEk3+Ug7lTucPZVNkA4\n1UWPOeJiKW1xOke/D2X8fAHvYkCDzEO+Qnu8MgRHX/DoQp1hgqG5umINCYnSjgK6\naRCqATZf1OsWCP/miuK4O4HUJa0mKUKv8OdjROtJZnOQhlJep/OJwnWBGerpQD43\nZWYy9tbPE3narpYWg/QfY0WOTEFGcBOACEgL9s/5G46KquKBxdP+DY7kaGoLMICb\n30ESASUaPniUI/SkV9LlTcQy2ttEt1k1sqOCsfby1psikLCNqDal9o5ESeo1+wTR\nMQmJAjMEEAEKAB0WIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCY8vUbAAKCRBzpPJ7\njdR5NrxJD/4q+MV8SZ6BTiPjvolCeY0/3uddWbmc+74VjRukwGXjE6oYU7rcZKWE\nAM2aTRb5XBUgV7Sr7DsrpSrZawjwkG2UTziJFQ1Jy3nQw93QrXuhqdrIYjjKosXl\niI5vT2EGTMfFKD8sXqDppXaPGFdntitZpAT624XkCDkvbe4NOXohX6bfsxRirM20\n0cjREEgyqkp0XsJot8iJVTElyGuOuRlv39V+FUsi8Cd69SGKKmjpdTLcAahrgL0w\n6Cqo4lCtKuTyczvfX4qSQmb9aALL9+MsjDcI+zNhmA+6ma5c8S+X39fjTB3q9w+5\nZlbURnR6pru9iDbJz5XPe8OD49K481yddpYOg6RjaQVKrYGnuCn5b62DHIDhrnGB\n64aBoM7AzQzkBBdYHfNjovlAM8NbsoabH0OKkC8wRCVVCZXMby+ilfNVhdUQ5b/3\nPCpfCv7jkvtPxRCysejp/49ueMGol3gb11BOc8Zzqe483cCbObPKH3rfPZ4JxXSq\n4DF7CfotwWXSu0W9UzJaDDyyIXj0MHiEzt1lXnbpDJTLn3ge9yvId/Y8Foea7M8m\naYUtqSAH+IKmj3+FBUyaa/3iB7/yvb9NT3vEr/Tl83pJUlEc51vovlCjNCxG3v+R\nVQpDq1H4K0elydiDNaVDCtxFpx5/lWRrp9eNEsk9szmpCbsNK2xch4kCMwQQAQoA\nHRYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJjy9URAAoJEKSESQRKrVxdAKIP+wf3\nm7nEqieGM+NFXRX7hk2c33lCmcI7eiS4E+HBuH7gnIg7XDUnAYuIMScOVNVaVC33\nenEiVBVaIF0eWmadOlyZJFS/WRMilLJWBR6VlkEOh2hIQEaqpTsuXlhnTBrThLzd\ngoCf4+3wa8fTF3Ujx6edHejhxn+Tll2xOv/JM4pOd/iblYxyla7wh+yrO5tsFUci\noBHyI15ceS30qA7/lc0dA4kY1XQnKASRlkNgGaETFV02hjZjXgg2i2Ksw+534Nko\nJLZL/Rnf1eRMMqA1BBwqjuAR3g11Xe/rjLpXd2zdVI5bK+C+3V8autvZo7upzW50\nQhQn9P68aCXrZjqE2FgVHxa/czYdy/oDaznYRDhmlEC0YX/zqcsYm4A9LQpnGg2G\nT/avVNAtKSPH1Ap/vK2yTOEhMaf54YLuUCUnju0evs5AB2GRpkFM1kHnZxMBnIhU\nMqbJXZs8TY2fVmOr49e9OoynOhKH3wJxQoOf50RuQDh4xTiYpCPPLq890OJTrOiO\nbSvFPMhrHvo//1zo49elCVvtZNFk6IwlX2Tlu4OunHicwROs7yWUnEm8ZwE3PInH\nHi9UbRp6Tzsdd36n5mmHfUAK/HdVRfYe0tDMmN5vCdvMNHSd2kU7zrT0tFscCCM5\nXJiQfOtVm6Rl5jz3QdeWAjREHBd83ooNaKiqYnUhiQIzBBABCgAdFiEEgOl28UpQ\nikjpyj/pvDciUsoc+WQFAmPL2NUACgkQvDciUsoc+WT7iQ//e0HZMpvpdpD7HuLf\nq1mIjW2rxoYELI0s419FO1jmoJmqR3OtsmYA7U62hCMqhP8HCDqc+cDFDBFdzSgc\nXLeXIPqEzD0OgkTXtjY1Q7GthHBszUh8CNbXUWmiDY/mwe31tf7JsvdglJr0lXe2\ngPo8qKT35ckQyAXEmKsVKoBya5owndv0cv4j7UueYwLy2ocuKIMKeQr0FoWxThr+\nP6/CCwq5teiUCWIZ0hzuxYINOFdUsf7Cm332J+WBnvd1qekzbGkcZMURjbQiJ7H3\npvdyrFBl0oHlunGqfiMgy+2hXShcax/AEzPNEcULzIuwaXypZsHtIkEmQPbIsTMw\nmeZJmo3eappsGbmlZSCgu5vOvyGJTlvgm6ssLisC5Y5QsPMZnCh7k1w97J71fp43\ntuGSkO0SWodz3tCw+FGD3Z+INueHmNCMom9taDHv3Tqo1jTBufOzZ3sGXSKPayqT\nEulvtCB5ZJDw9+6Hrx6LKcHnziROyALWiBxfgizW8lk8mbgKp5H9oD0cer8n72ji\nA0LD5hrt8eTlAPCFcKwmprr2BSJOGI84RezsfItCr1bMkQ1xLsBIgMYjHRPFdFdI\nCJUsMtyqtBED1y7aBCxJZr+0bZkjwgk8G8pKYSPVEmRRe35ulSTWybBSSAFd6bix\nYUj0nnswLw2Lm1HjNElx+hnv/0mJAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9b\nsSUlxAUCY8vt8iEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ\n2xbPW7ElJcRLNBAAulagMImbvWUHayliO89kmXBQdok8/9CutzekHOa6+NyjTapA\nBGemuh+p+Y41T6rsS86IJ/Nvu7uGniLqHUjm9jfjCIw4MGq5mI8qRyNQ9W44ntlv\nlkvtPEyquF23ofoyopkBfXZT88omHiOXENwdINLobsMSKjyu1PiIMzQ313fR4Guv\nCyFdBPwIycuCFbio1igiLmeNRO3g0V8leFSEh62KWnx95kxdZbS0Vz3LCvHH39wQ\nSEZ/bUyJPM2OOjlzedHD9wbi4rSvOxHBZmXN2uWZBpIHTtYTF/BfrRFRZNcQhKHO\n6xUkpG+8Bo3cmy4RMVt8GPwac/W4qxuKzrONmZnDWO8tgQei9XF/7JeH3FnQtqjC\nR6aBT4KFcjHaUca+CHU5AIGWft8ZMVmJ1dphN3dVmb0G2P4s732xrKS1litCRMnJ\ntulnvZsJCQGow+VW1WYDgtoixgD7ymithet2VTmhWyRnQu2+T+XzzqtYC1sBuqFf\n4n1BMR3JeOqyna/yn7C4oV0m+2/feaIBsqGGjDpC6Bn6cGLINdB1PMTwarPLrlXw\nxVm8w3I7c7sBggYT2jxfsYmVAgDpFH1Tcz9Z63b12KqSY8P7dGxpPMLwbHQcAsac\nTRJm04TWUJBBmKTbiFqP7WsDSxiKfqfK10dfXEvcLLzm8jjnT4b9/vi+M6a5Ag0E\nY8vQXQEQAODS7H4Mkaix3PJF4A0PzPLtZc1jUdtpdbnuDICQ0urpWRJ2WP5XER1l\nRs4nGFBnWEvP+49grT6G0x4I98nQgWYlij3qdTWgDcY3tMLlaKiitaaHmdychf5V\nXXXKjfcFAdWW/8/nZNBBAJZjgyfvOnt3kG2yNuJoZip10tp1ApQhbsSsxOhidDCz\n4OH0B9VXLQixi2cx3uUTbF0bdb/++5/j9Gvx3FEYxZxCU2UP9G/YuBb6k+1cn2Me\nLq92DlfFZjThyT6Q0EzWjWYKhI/yO0hU2wmMya5+qXGffQFsfcLm8DQFDCcMSyxF\n67g7VruapdpivLlH45N3e3HIyHquIzX63l5m6MSOEmJOyrYYgm7798W/XVDkv7zA\n4+ZMVpQ3s+DvcfTRr0ltQ0TqnVe4tUnypzUSlsHFhiotkodaWJyrcGBir8wU5FUK\n4yEVqiS/lm4kAUtNk5EF62QcGAnSezfkH/rIm0zWfD3goNib3kceeYJjzV1uZAHF\n+HLkLTAvCiRoa5FYEKe8f3VYONZLHngywhvnfHvmie4fQZkHQ/X73zWw0m5sS4T7\nUn3XGQkjfG8C1+jeMRE7stjCyJJk6+74eA/LRfX3TStNFJeCwPxvScyMQFA/R/Z3\n2L4lz+Xp1fHFTjEs7xssfbg7QUuM6pZGa/BrwF1z1tz/SdO9VctrABEBAAGJBHIE\nGAEKACYWIQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vQXQIbAgUJDwmcAAJACRAl\nTPO1rsCo8MF0IAQZAQoAHRYhBLDKuSZujDkpeYs+7r3m0rkhbseoBQJjy9BdAAoJ\nEL3m0rkhbseoTmMP/AhFpk9kkt/kiftUBsEbK8AwVeBIaWvAeL7QM72ZGyZkbsk4\ngKPPY+jZUjEu+eBtHaFKM6qJIwG0DxTpizIps2pLJZtiHU8NNLbX+Ch8nZFvoKUb\nO5b0TbG3GNoyRjciMdIQVRwIfepCQXV1NH315hhZXFZn55a6JH27xbYfuckByAdC\nQuNF1iNDqDhbdAImrIZCsOFTh71sA3Sq5wJl6IsOzUoT2zGGateC6Y0+LtJ+B9sF\nx7V8PEeCxYQi1NHKxOvLyeStRnCuFxfCZ0t91g58QPKxk8SpwPPG5BMxuSX9Bacu\nwv2OpiPnIRzHQyI/uJ1mjU/FNybhx7rI7RFVTYESFJ7C4H0DmlpUzCxt4bajt3ql\n5Sqin8IeKZ46f5wAFdLX84I2I2WT/mNrsQuiUKKkUGpN3USgC3MLvHXbDb19LECe\nFIuOo5AJjJVkdmXC3zcTU0Thr7fAofhKdL4x/q1hPTeFggxT1TqbuW2hrcxLXQjZ\nm3KWm7zbsotw09Sp9j6lI5YHgLuhJhscHTvYANciPMOFmz6wuqjCNvJ5hIyZFzot\nvjAEJgUvFVyVZr1dn6RDaQQ+aKMIUfAiPZa3waRPqyAfa33iVJJ5QL1i5ZuBLhQ1\noflLpLRjtPRWdIian375OPSAU2VpI97SL88jVHqLrjBOwgITXbeQirAfnZIrhW4Q\nALtuyXbjWx9Z+cHeHp0CUDJAse6IIPScrf/dtMzzEkxfDWY+OgzSvaiTstRnqLpg\niVkm52FlD2AYRgBdnXXdJqOEgH6SimM+IpGDdboi/syIrn16PtBbEHvu1ypdhEb4\nYW39aKnpMhbRL6KIbpWTSbX5haX6JqdZByqhL7D3bYZCUZ7xie1ta68u/8J1Zazy\n6COj9wdUouNnj7I6tsaNBGjpoT1RlNL614D9vTxje4ErQwYaMCOs5XcthRaopcIV\nJwtAwzP/tCLVpSKiuVqdEq3RhK8EkvXSm1iEH8qWjlASzdVgMFWB3zx2epH/IDHi\nJkjBuUUONNRDMUsCR4AcZq27p9DkNw37rOrBQUBeYlmFwItE3nIQ7QRVXtlbm8tV\nLM56/YmMXae/MwzhM9W/TKDtccVwtHs2iFLNka1iXZsN3SmqgfiEEAiwpzrnKvCI\nS3jsi8GTv9td0erQQ5a7LATQwV0DNwqvT2pDp4PRZLH1HGkFVb+yY/XZG0PwYCmB\nkZUoQDl6P8f58l9C18w52Cp5D5/oqiqtz0NLY+a61uQbfa2oeYDDEK3NGlXBdEAa\nQqHarkY8Gf44/ea8aCsM9iH3DogBJGgIkhs2Face7OmedNkvc7LiRNz/z7Vm62F/\nmXSBHIMvQ0pwvRiKbn5U7DwupeFEycZrqQEKsjwFjLxamDMEY865UxYJKwYBBAHa\nRw8BAQdAd7Z0srwuhlB6JKFkcf4HU4SSS/xcRfwEQWzrcrf6AEq0SURlYmlhbiBT\ndGFibGUgUmVsZWFzZSBLZXkgKDEyL2Jvb2t3b3JtKSA8ZGViaWFuLXJlbGVhc2VA\nbGlzdHMuZGViaWFuLm9yZz6IlgQTFggAPhYhBE1k/sEZwgKQZ9bnkfjSWFuHg9SB\nBQJjzrlTAhsDBQkPCZwABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJEPjSWFuH\ng9SBSgwBAP9qpeO5z1s5m4D4z3TcqDo1wez6DNya27QWWoG/4oBsAQCEN8Z00DXa\ngPHbwrvsY2t9BCsT+PgnSn9biobwX7bDDpkCDQRgBB0MARAAuzIaSEJS4nMEfLZj\nB9MhZDCLKiG37nZwQrldON7EkknVE/14wFynbHTgqX2+k34mrtbmPWG/IFizPCcZ\nkrmiGtYypWIkWeRu/Q+zTlSHKga6qd5c1R0oSxF7OONtX9GOG0jLg3GP3HZkbfkv\nqpSb6ii8AG8no8otYtTd/VHybSvznWX7jzY8/FaFj4CX3+wmiGGERKOEFswJ7quu\nYDegz96t974eTnKGYDA0fraBCmMhqoY1yGBCVPamM/8KYJcoo2xaMkt459KAkx6U\ntjcCnNNbwRlWaX0fg1UoA1lkB45a0qW/RO2wMZ9kX1GZ0Okod6nKIoTo8iNEWfWW\nB/LkJbq9SUktp9/0cbQmlerkbVwweRrl4zX6jbKa2VYWGIQXF+M/+KDFYpuQAZF8\nBjUDHs6xEhxqt6IiHiWgSOTrKNoPw9TCEtluQejc0k6geAmhs2fiGN9L75MYZyBu\n4K+Mu+hc3Gn3SSjNXB/15RV450hkOlJgNBOoaV547EFhjy+yJ6Q2BxVZdXR9rMhz\nqh1JhFPAnGWsm+oVcoJ0B4ew5YbK7Z6zfOKhJLl34rQuAKmqu5TH5RgfspqYcQTP\ngguDn4sr1thQ7s0ACFj1UcJirisTAkZz5knflD5Mg9I5usm9RdhZfGOU+JWDiSfT\nnzqVM9/CxKnVcdAaLAZ+vLIQsD8AEQEAAYkCTgQfAQoAOBYhBB+JmD4Agf3gGPPM\nlnOk8nuN1Hk2BQJgBB0PFwyAAYDpdvFKUIpI6co/6bw3IlLKHPlkAgcAAAoJEHOk\n8nuN1Hk2FK4P/ixDLh6d8zML0es6JOwgFZ+lstkDY+7jRL8e0uI5nfKDHIz2apBe\nZIzbKNoibPpfugHpbqEKuG+IJwmxpWq6gRHtAcCnRyqNHl3Ds5sd16CexreCfv4i\nKwQDbeHF5r0+pMq3qubp4+AJMUAw4HmgV1JJK+wdFrc2aUVsmIaxxC5RhBHT0gIJ\nyM5i2DV0E+XFKwcC2sLZ9SHwuEmKVX3oVvpba/quzpVdfIIC8Y7F0w+BKaTxrVJ/\nZPDWMzCuiAejZw8U9qcArCWcyLcb/U1PJlcHISfjWfhCgkYCt0H2ZMRH17mbsUXY\n8mad2WLqvtZ0/+wUcdZv0pJI/P867/2hUIi4vbk94KgBtD0WQYF22Axxgck2smWs\nmblu95QVeXWchKQRCeeQ14G5w5O65ijw0IrV6Vb1xGVQ6N8TGsbvlz/zN0x89efZ\nZd///DIFCnkFsNMB2A/f4lkg5nqNIul0/unEFN5ISb+yL6IiuUurJTmtod0UaDW7\nSB4bUFRs+0OUX6FZHMznleI6PXoiVt0PFdklIcyPFiCKxI3UCWhv4JwzTPHZTuIJ\n7wn00FU4RLcZGBAFga3qNg31rCsKou2SWozHaTxkyL1PqScA2Oou8zbqB65KYdbI\nHPHWK2l9Fc47XyWCzL9M/qE33R5DSkOrP84QgcPVd2ucOFLSCmkihlMIiQJOBB8B\nCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIAB+/q9tUG13JVb2bpu\n2xbPW7ElJcQCBwAACgkQc6Tye43UeTZp+BAAjLb25wqRSg/jM5Bd2+XHBUC5NN3A\nu7D80YqSrEdUqCil1e1XKbNrXpT2T8fPBc40aI94wS7bBTRC2L6RQDRQiztTXsb/\nWu/bBvL2K4aigy0+nnIEiQx20ZfQ6LwI5VWwBrBwY25leCe6OxesXF4AeLdAyDm3\ntslOKIgmvkuJLtqfWuWT6yjCZm0YPBH8A9lVX8PCgsnFve+yVezLooV2I46x7oCO\nNIe+vq02ym7mS3EwcTLItQ38ea6S1WGYLpDFNDfVsAXQgvselgUBpjhTA8teX9HL\nl2E4w7omRMRWkm9OHvTuqd8H9rzo37HsRSECMvbFyeyi36WaFC1c6FLgFoGXysbR\n9w+IpifY3ohSmz6Jni6aO77MX2fVvFDEXxQilGRuZEuhygtNE4Sg/Klwjs+umKX8\nugSb70wCq99mPJYEDaqruwyJ7Yza5gCV2EipROYfgf7VQ+VXbM4phNbRBHIH/JQN\nfQt4qlEyJXte8NFr4SYASExPkz9klIsOLX1mEOecuKFHyYuJSVXJOD7lfxC88JWZ\njdgPD0oI+yZor3xEIavgDRkaZxiewL5oQDrLj32pB5rIgHXqNBDiD8uYWBcVhmXB\nSPMV9MsDB/SoeIUve6GSJwnjrAX1hllKy+DVqIC2AyLHVSw8ZQ0/mT5186pW7R4c\nLqJ4laVVlx+rDG6JAk4EHwEKADgWIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQd\nDxcMgAGMgj3tEKqAQWOeEhBazo1uDBSkcAIHAAAKCRBzpPJ7jdR5NkJnD/wNSAcU\nDFGj6Jvzc0rSYTjImxlBoHAsd9OoqKtwcoLuS+k36OUKGiSDY+ezXnvtA8tnR3vR\nQmjHb/gpe3Bi+noKulciIQ8mHn/3nVUV2rpM4v3VCFue+9OJQ8rnRygctik282P1\niQTTgV5kRu+kO708V+CTmL+sIbXebpcmJ6JtilJXLTidbHzV4Pg9EFqNl44U5Hr3\nXsDBOGkBGj7iWmwHH3K9S6Edxp7MPpdOoQc7lJ9ZDjDt+6HL3hs8C7IcyHntm9G4\nQnHNqNkh+0dscRpAAJXknkt517J9Kh/0ft47kH8CqqJ5qhf3TMfiYXGyLxovE32d\nL84Qt2CRqlHStdrp9MBRdHNCB0d2Z25Lz+BYfsk4RYE8TIUd14l9u/p/4nPwtX5t\n6TdEZ0Gm1Bzg5T9FYAFZNn8KGvq42avl6osGXt6qn1w0Kwem5RefyvY8hGqYdw/V\nIO2dMFchSfAQYDePm9Q2gURbeN70zjsdrlbkQ6hoxfy7gQMPe5KYRSuHvMQJCn1M\n48oEKmUbfMha9i732hcqwZJRKmVw4wrNv/rGZEtHvxGeE+smlDNoz87ejATPQOuV\nWRNC7b1ky0Lr8aW3a8MQ8jn6l/RltEQgF289PMuYehKgXgYWtLOTLXctFeBYBTTU\n3k1EeRgk4vsFlJMJ4t2gjgT5xIx8AlmErLgS8IkCTgQfAQoAOBYhBB+JmD4Agf3g\nGPPMlnOk8nuN1Hk2BQJgBB0PFwyAATCZEb6pZtBhMFMEVxG05f8VsP2CAgcAAAoJ\nEHOk8nuN1Hk2N8EP/i43m8yI4HCyWhXj7lSAkWXU47co9BBFg3N6422FISx/6DDA\n7ecI7ymkYheU4sSXT/gam2DmjWwtatc0l3t1iqe6yn92NtwOIm+qqSPI4gBt72Uc\npIucoeFKXtwbE5UR2FXeDuKVszZLb9zWMMYNBx7+k+2TLNKBk/nsEA21aaL1momm\ni4BT7RWKzdqj4YuuifivkEzSXU6b1lEKNZvdmEVZRtgu68d2NcdnaOUjP74USfA4\nvWzFNGQl0Bi6DXnUxKv9zoI6j1FHRLXFMH9Izv3z52hIWqkQ47U7XhjcdtSMuWnT\nPKLVMOF0Jpg3u5mpHZmE4tyw05TlZDsjJZ1kE+JOtNckr50pnUcFE+7zle6alJxz\n05JQcKFjvffzdAxeduC1vPyKGzblMl/IZEO9JK6Qu/7Lk+3KvpfEOOZydc0zZ2DV\nHbS5LQeDMEHIXncp7Jj4xowA6aoAhReYAsmNuUSCf0tggTmxPs/SsfbPggL0MqE2\nFWkHcF5mr8mx6T5qHFxiQgRtFeiQJCU6SQxTWTODLLXAJbVB+iYDWeWJCrwwMywR\nV0Tr6NEnuMbBIjJIT4sV6qrYiE4sp0CCIC4G/QUAfTMWdRQ9ROcQvmsjLg+VtIFx\njUFDX5WssCRyBk2OumsayFVz14Yur4S1jvGGCLHsIHEf60A3PZHOUhgbw8bPiQJO\nBB8BCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIABx09qyekzswZ/\nUvM/pFnsZxWwcF8CBwAACgkQc6Tye43UeTYbEBAAn/AsK7XtqPGaFKOhoS2rCRdC\nZIdHeZAu7rasSt9OespEc+EHB5mnFnWM04WaGLbEszPVLnXJU4Dm20Z5xhWc/V/l\nJRMzPw9cIENLg23WmGzKTbXsQoUZ6GLoJ4M4YHGSPZM1ly0hnkUdd01aKhxU0Yg5\nJevTgsRn9NNjKEmCgKsFFKGgZ2/rgKAxXaY/lKBcCqnAog1HGdNL17X0etn/Iv/p\nGB41TDKxPZJLJNEPEPnI/Ctnu852iw9oSVq3tnLS1F/Rzjdl4vg58PeOBrW3VTCG\nY6E4Hk6YVvnhq/Ad/lh2FKDtTBzG93nswWUmRym2C4Dy796s+nZv1R1QUdDDkibu\n8tpYwyG+FwL72ptG7SvyXqLYV1oFK/qLtwY3O2Fx/kOCmICdQC7N+D5psk2ipk95\naWyPt6sg3L8eMhBmSSxN4RPX7jsGC77VwnPPsMXy6UXUO6brhUwC/e4tXhxjg4/2\nWQ5lIr6dXlM46EVEw8rr1jjFbQuw9gh2ovskUFbTergop08Ap4Zav/gfjDK5RC/d\npDRL6FcFZBrKIE7qU4lMvQ8kpOG/IsirMrYZ8Ddswhfhn8IxA3rVyZzuJC0BnNE1\n9NU0i6eG/ZqhlyimGcqdrRTiZt/kLQ+P9eLaRhU2Vqnyw8wjV1El1EBUx1BXCfYL\nlCaeud9OeGHyQCIZdFa0SURlYmlhbiBBcmNoaXZlIEF1dG9tYXRpYyBTaWduaW5n\nIEtleSAoMTEvYnVsbHNleWUpIDxmdHBtYXN0ZXJAZGViaWFuLm9yZz6JAlQEEwEK\nAD4WIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQdDAIbAwUJDwmcAAULCQgHAwUV\nCgkICwUWAgMBAAIeAQIXgAAKCRBzpPJ7jdR5NqOaEAC1HImFBW/hCndKc+cw2KWE\ny8csxZOndZjFSQnoxvGYhCeSb+hVWDLw4hppLtMqyI5ynub3z1xhzkDu1jgW4Htj\nP1UHJkKf5pDhHLwM/tpRe9XTx6u/0WnSRS5kcZ7x4WwwDZfpYDuCzVhxCUTe7NvS\nCVQc63zlwKA4FbOICo1SuSQuKjQO23vkyLkMMgkH1rOrZjqSmhee/AD32HXmqN5D\nWU3vOWoVJulq7VRAXELb+E5cWNF+P+RAUpYcjbsddn7wP9P7P4gezn/khR24+8Wf\nxKeEdQcZl/XARWjVVA/VEFJCS7LTG9Cpxe+T0XKIT4xpzzenKXjcDl9w9swMJ+5h\nnkcST97baaVdN9R88yOVgYik+owjjTbh0ursN8oX0w/ejhzsIQxt4pJjofIzu3Kg\nD9AXZdUyAmd0SDKjEf4mCxZiy65ahiNzmSETDCWXvuwvLhURzf4V92Nn+NRQu5X/\niCn02C998dghs05VtH0CM/3BEZLx0yGPrVIzrwudfBf/Eat/jAINHqGv4UEfb+3O\nLxQcwu1dyMfPgNTCavhOWhKrMtryAaFWzDn+XI1Muav2wqux1Ob/4a/IM0BwK37y\nGIJAvwF31jNextw0dn7FBPpcnNkXgJ3jK/6Kkpd7udUnEgBzHjev+i3u92meMmMI\nTyEtjPyg39sDVEb/6zHNDYkCMwQQAQoAHRYhBIDRWCO3/RVh+fe83dww18I8u6vu\nBQJgBB7bAAoJENww18I8u6vuNIkP/2pvJ2CwOFTgMP/5c/AjIJPlMp+R0trdmgHT\nL3qecAFT1RmWW+VmuXqDYeEYORp7q1b5djdDl6Oe7w/b1x4SZKKAN6f1GnlTEZ4p\nTYElnaYVtZeK0VxVgsOpfH6y6dIlauMjsaJTlk61pqQmCPn4EazpJ52oqlEufkx9\nGukSbRSbDtMe8Iz6G3V4WOr354QSM3X5yf6B/hJGG14bTDbaVE++W8sLQddgY+mP\ngj23pe7vcjDsASu0fbf+eq6ahfFsBMa/TsCZJn4FZEnMvEjgU79Fr/oxvSUhmSlT\naggE2JyoGv0IDjLg5qyGyHvjjI4EYYkn3M1wVVkO13fQzM4eevNvgxIiu3GsAZqa\nBpyTZBEUdD97qp/L5/k2JBB6bzR0NJCErf/SCIiPQTl92gNusWg90TEpXbAs6tp+\nuGN0x8F19oU0/BQmC0gJa3ZWqlWo7IALCR4pnGw5z1ZmH6tmJQXhIkW3XnmYoyjv\nzipoCrUm5Xt/+2fCcpcgiBrGc2LuuWWK97+UH0kUpiWD7BvzLyNXTKYqIQbPaOPy\nWK6Yev7pYGVTGjKslpwL+/jLAUgKVz0YtNd5NaCJ5zvraFLxVodjXaAESswkJ1X/\n8aM5IUr8gG1UzOfI02UI7AFSDlACosXkVe8UffVVKCWA62SknsKBPnB5F1mD039P\nNcDwQ3YViQIzBBABCgAdFiEEXmGyFyZdqYB6I8X/TfqycMqpbfoFAmAEHxcACgkQ\nTfqycMqpbfqFUg//Z0I0spxoc5QRdPNe5iTUR95tXlxHlnOb27hJDB046YXLYnX4\nRIJguQMvw7yZTfhzYbC6GGW/SLeb8oZDxADOOlK6EOJnMfUo/yLiTa1Be1ASxsfU\n1g8fu1ECAO/6wg50nTHx5F9Zf9Sg/Le8orE10YsFryJ+qRMJWUOn1DoM8tnpmVO5\ndVJVkCP5FhW9oJpIAG/v40rW47CCSEWkAlk75GrIFOerwruaKm9v29oFEl9DAUyG\n6LMxGcZ2Xtc9eaF/0Q/xFN8z69MOMJje73SwbamxcW57lYQwDyR+M0YD3UwfRP59\nD3hRN+zsajpQuHkCTCqxa+MsNZ5+TuRzHp5ER511kB8DA0hPGREOTgdwUQvCenlM\n+YZNKFDXqXGoNIdg1A7L0nrPzoH9Gs4qXT94dlAjazanukVyjteCZkfdNvC6abNi\n8Tp3I6aDylsO+Mw9dE7N4jtSLgjnPejIr0LcG57uaUIavy8jSpl7CJDFb+6FtAmv\nxLlJe91FV6bcC8iSUxLRSYF4m5mPTUPWlSIu5iTi6KUfG6mD9xLJfFKrZP49lLFf\nk5f1eGtioG6UdG+HJnxiQO0sq7QVkbVQ0in80r62ZLwvXgEHYs05XBjN9q+Y3rDZ\n7ovx8gXEY19+tIFs8zHjnRHB6kUNu6opoEJPj4TF3yfbYXBtPU64tWbfKyiJAjME\nEAEKAB0WIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQf3QAKCRCkhEkESq1cXdVh\nEACiDooCHZeVkf2KkK5+7vJ13VNIITDzc/cU0L2yEAun/gOUJNS8Lupg95HihCrv\n2kOsDdQ0rvOsQCsJ1tWUc3ByXdR1Y6YzSENo+dypjwLTI0Epc7FM9cn6dcEmouAR\nmvS26GyGwt527Z3YlJm2Fbb5+HxmupNkIbbYvk80st8EN5TxHt2lQ/twVq/RdJDj\nuX9jdjrOomheGRX35/fQ+aq8tStLINyARXy68lFZDlKJB1eVuU2in6bzO9YiVP0r\nmuhNF7w4g+qV5LKjlRt5EDamuwBBEszx5tvl9V8nVMRZFyuNRf/M/pjTstc+cGM9\n0Hy/YKe+iFePI42DWiBQpKtY0DpTqO2A2hL5SiTyf9P3noyOpiyTv+4q6mGkoGJQ\nk3utEhyzI5seK5mItGBHYMhJPbZ6pyr8LEmHT2XWgvCpd1UjNpYOwegBYw+DQr6w\nXGyoGQTcfza1IOYvPJRxZitxKxsgUhTaC1WxLGhM1Jtlppf0ufFzpcQe7ykp1S9u\nln3nahf1v+o4oQAW9BDeiPB62mu/1efXVYimtRJrxM+uPwtSdpwG+3JzQDz55HYM\nKq7ATHD+hlz6cDkgPVNbXB0hSX8bjLgGOp1p7Nnt3AuhaUx0fU556fsKb+dzXdAm\nHaOo2J4Dz2j0b0EmaNj3GDReeJavFGqMGb5vnpj0aiefQIkCMwQQAQoAHRYhBIDp\ndvFKUIpI6co/6bw3IlLKHPlkBQJgBCKTAAoJELw3IlLKHPlkFtIP/0w1Zt+Y7ct1\new5qpfT9oqAyG7Exm9UUxnSK9aeIC2U8gPY2yclaRI8lMFh2vw2wFgDi2JLj47ox\nR/NK+N/ZCmL3G8DXAOiNz/J73WCJIKcU+gMhfGANpS1gejFkMvdwZtEdn5OyeztS\nO/7rwS47N6W5JYUskLA0mjw/VROYyfc2MBXWJEhKnDqwuVyqrfaafXtcvkFU1lYl\n7znIfZeTWpwO3zBKTuesbntBGEZ13MX6L6NP7pwblHBSe88GJhUwInCpQVphK0XF\nd5/A3E20xedWcjB7ZKt9Cv2UG/3/S1UjfNTpvYLKQM0aVD/1wdyGOnJ26WyHMXYA\nKYZvDvG4TIws7Y3zyvc3MIZswKa1un+Uvr35eZ3RgYTZAHBXRCbDg1VT2EDUfp8X\n1I38mU5d/5RBKXYWoJI5MNgz0raUrRig1sDZ5hrNUTDTigmbZyiNbPqHgRccZ1BU\nPvw2HI1s/rdu0CAGTcdrxmzQ9CSIxnm39lhRaQ146he8WmtJkXwlLbu48rjQAI93\noPnwEbHq6kboMqB7LtkJRiNuBxsh0DtNnp3upe/p+WNzNxbYLC0Yz5SlD/IFDvcV\ntwaYtfqZ2ks2zPOaSunaKB+7Y+jhfaTV3EjH9RatJdRcP4BLfh921+dYtniZEHxn\nMdxa/vdIm1WLErRYf7l7Omx+NDOavJMciQJVBBIBCgA/FiEE+/q9tUG13JVb2bpu\n2xbPW7ElJcQFAmAEMs4hGmh0dHA6Ly9ncGcuZ2FubmVmZi5kZS9wb2xpY3kudHh0\nAAoJENsWz1uxJSXEp3cQAImRcY7TNzmpTyf1SPMhdepTR6x0dSjKUrfWszETEbxM\ndgdS5DQsQhS/mYiGOEoF3RvKbeJ0TUVMDofpmzyMY04ugVOoyWzRFf8dGmRzL7YT\n16s2OU92XH2Mb7wJtj4jhP09+1Y+TgJZJrhIQYvUwPPMKYxYjMzb5IV8Z44ns74g\nErbIwA46sSfHIqV+HE3KKrfQPn7XRKfB5KjFnsDAS5EVoswxVu7lwhVxnC74uhZ1\nwDr4uAlOoP1VJA4RMa6gNK0TV3ZkyUTQwlhBh/Yv9r2nzB84hKQVgwixEksaY7dl\n9GABFq/zUlkX4soFZJdt5gvgoLPDeUFFG/8PQXjtJGoGnpQmpNvGh73yUbHQ+6jm\nw5UHYVkVql2ZXphHBxsmjLFbGUQwKz8Xt8ujknskd3P3BE/ympQLGIQuyy+WEo3l\nS/A+34EqTGoZ5gdPZ5jM7VhUNF1zJ74QUWWX8DPhg3iMTYVVG/kdYYAom3P2jC2b\n82V6hf7q7qVlQMnFc6kw974uc62BRGdAuqvmM3BxDRzdLdh8jZRhaG4k5r9A0Irg\nLt1nKaK98xQMGhyG2Yquo4XrCTquLwI1U3VaGGPzYcEknthHWhbmg04dQjZ5NLaQ\nCj/0sUPtznZ+8UGdMJSpeLxZdxIhb/nQ/qtDNipRI2qI/3fJLpyj5zvgP5EtXp3u\nuQINBGAEHQwBEAC8chuIZ+O2KpPEihNN2r7jRZSz9DRVoNePZO3LFSA0WTcoInH/\nukUgmR0q+nqd4GCF/3/MbJqksnJM5yHqwIAkZq+Uw6rO0rBjiMjHrTh6JfrKIiao\nILp5l+nJZFRU9igDnnKv9wOrsODNyTZbxl3kkbbDJUh03UtMCtpt5/vlVa/bWf/z\nRZZp0p5wDgGs6JjNzne+DXunw/cUXxRfTpeDUtvaF6sCUuTabAlNJ36MRBAAxUVQ\nZi4hhU2zDdC7QS83Is507BryrGTXQQGnxGjYFukRWGPnk3ZYEG3SC8F7lO0xPp/g\nFIVWlrFdJXQozZRXVIU3XtZXUwX8nKQRffIc3VdSoLhN76SVusZj0q14LR6wcxRz\nKTBAT+fSeXEbKA+JCVOyHYRhpyqmRlZqF12TqmA17PIie+DysnuY5PeqKDRzunrV\n9JS62+xzFSSEV5D4r9zo9OEAxGXMa8Z6mdErtpvEuf0iyt+1uEZ6fyk1mon1DyNM\nchBH7LM/4v33V7Wvl76GjEh+Mx82l0J1WEA6DfQh99dpNDfj2Eg5cUlTIpwZ9i4d\nSU4IUQ5flsPBqZXDkqDvJPIUT3qm1zJwsH6V61Oxjj5DL+yvfKQGceO26IYFTQPk\nhmPN3lBZZkOzHYSIlrtXXiyU/I0KBc9mjXltw8YDdS7asYfHvQAQ72E3TQARAQAB\niQRyBBgBCgAmFiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQwCGwIFCQ8JnAAC\nQAkQc6Tye43UeTbBdCAEGQEKAB0WIQSnI2iG88zKrRSKJ/gOmEBNOG+h2QUCYAQd\nDAAKCRAOmEBNOG+h2W2EEACz+RJu/j2jHZ4bcnhhF+6SEqrqGTrgQOEVeaFpCbQo\n2I7VqvOf3Q0aKNexMyJMYSQlMqZxC8Gr3T1Tqypgzb9+pq3bXZDnvMbJviEzeMNB\nGzIn/kgcr17UxL9LvQgWH3quBCgooNWHAoJVD2kybJki2VL/5PnfnUIbfRUGhFJP\nWUmI6WHVNYGTrH81WNxTMC6VJRrYOiaEDDm6cbFvbjUmFGxA5fJhX3NaHc/pRcN5\noVOzaL/CFtUDTK4PGLuoWOMkJMcPAO27PiQc/FylUFzD/9GW+TUTriEiP27Tw5Jk\nH1Oq7g/dXD1V1xsvT5blefhPYOwrP0ZWjPE5gKdDQFikIsZzx6DsH0ZrqmE3NFlr\nsmUmkHROc9JzygfVnPZxlHWYV6KKhwA65uk1xZP+MNsRJCip3hlxxwQmioT40Eac\nHCpusFSdIEpq/V/RSwo6x7viuRa8uVJF/qVlbG3S9oCMiiuRbTcdLo7gJWcRPeD0\nrUFAu+K2drP2nOkKmw9xShFtY3FXtSjzB6v+vic2kje4rCIvrOo7F4Oyv7GDIeSd\nIeoXjKWYaCLjBqkPd3aMgPa0WuO8CweINodXNocdriytVUuEifftMr5DaDSUmBsx\naDHNFJwVaj9adN7EgccHehfXLN27zhN4117JVAXJssxT/e9XiiOSnOzMG32zOJBa\nFljgD/9u5u80bmUqwJBQ9lAmmwlFmxEMKeL2n3GI7HSRbnp52i4asm0HuNT+SF73\nCcLwyI8yV34K6tyMga1jSPn2cwqNyO13li3ZtzHFz9EPV/1JjB7mdGganNujh7xR\n+X9qHf4cHNxvbAeurAeP631gThzFiR05DZ8zTJY0yu5DwvWE+5+A2Fa3T02nL164\ndjJBxs9YRIM55Vt1cxdTJOKmAZFniKXHV8Bw3x1w2FiFV1raxIqgTIywx/AaceZ3\nnvfCrxUKU8zG1PZRNayJ0rJMO/ohkTjRAV3BrN30SQfDbwC7GDKdDFO4cd8EFpl/\naufJm+Kl78qRZ/iKkzrjdQFQqklRA5/oHHXoQhvL5IziCjADXyhKka20JmOwibSO\nAcZCcLVAk1T2kQ1XVt0U7+CvCvCgDPoVc+65xWEzjYjudcjwgrlR0kPYr2b+RqIW\n8gzuZzU73tZ6Ohc5eZfwkqW+VwrznBjL4DFj9tp5SxqEjRuIN01pVGm8a15jxADR\nuw/qhIYbnm3hQujqV9otSYGBKVIKExbRQvetvfSt/CUlkSv8dBT4oM8b1JMVbe6x\ntwDyDyZWEIWEatq5gwOM0UC/2Q7RRffkByCLzA5WGGQiypcaBI2JQrrCS4sB4jub\nohw4i0QNb7taniVSfKON+YP4ESyQC2aI2dVCocCtgVYak5glm5kCDQRgBBywARAA\nqG/X4EFRLfZajVij8szHXp5oPrCBPtWV8FJ+kMyYRnnRONhWOqL+jQM2IdPAzj2G\nbMaVOwub1/Z7jNhadbSoBlyH0GZnOhKS7GJj7CqQBTh3yrNUi23MIHPaYC7yemb1\nEv3Nk9kh8TErR8hZSWzJC3fAfw0EsfF2iL45R1ok4i7//lLgH3eMkHmrTMj74Z1S\n7lH+VLYHb5eU8MJuOyMVDF/eNulSoNff9tricljdJHyNLi8u4YNXBwK0eSTqIj0X\n9cUeGRd84LuIMAgw9T7r/IibljNlNA0Azyjrh9g3WrHsx4hgla0PS1oo02b6ck/3\n4NammN8P9YMfECuk6bBS9xcMaKcdlaw+3tvhV95psX6oSRpQAHxtIDqYnurdlh+n\nX3Lm1grfIY2NoDfjU9uIKLQ6pOlM904CwxuN/fgOk2s44trIb0Ke+Ik6VY8ogbHY\nxfGWywV9ZhhS454rmcbszpP7JFGiJ2eoOEhsNqsvH9LgW3T8XiLjXvEC8RKLV7eW\nAoduuQQ6ekKZx4eanxXNyKsAQNIY5IL7sx/rjZtZQNnZSrHD7Kp7cNnNnqTeMPx/\nFWWJb/NCgRB8e72p3qFTMUJGA0zQNqSSSb1jtXypyJaTzLuB1ngHohTmJ47uf1Xc\n+CbgZjkPQE4h32Qwbgt+SFs1Na/06ui6DyKiptd8SWsAEQEAAYkCTgQfAQoAOBYh\nBKxTDVIPLzJp9emDE6SESQRKrVxdBQJgBBy1FwyAAYDpdvFKUIpI6co/6bw3IlLK\nHPlkAgcAAAoJEKSESQRKrVxdZ6QP/0UpEL5FUKjrUHaGZYlChUdsNUWax+wV0TA7\nna4znCeOBjboa8D53Zw2FxJhJiCil2pk99AcA4g/bJ+F5sK+q/GJDtJRPb7y+r7z\n9/OT+5nQ5ndLqh/Y5vH8UHpTsLn//CABaIbYQYumo37D1E4Bp3Bl6gFLxMZUoYV2\nSv66vt5VhcvoYcsSgtJ6xDBrJIgE1GNh8kKIsuOwYXgFkLOSLEH3ON0EvwtMkoKz\nbJvChDZVHAAJ7UXbrS9SVfDkZaYEVLxpGn0+byjebU9OwaT4eq8t3MEhKTGkEJqu\nQk+e4X/dpOQNonRIf7tWAzRpyK0UUyyK0cEbnEqFX4K8aR2xYKvaeWy+kZI6SJtS\n+crUuoBRdAbfv0LiLfNjAn04wspGryOGHzuqpHsAP+GqBHnCdM9EAH5YPLCXKRBU\n4kbZzE0bxan42EHDE4GQwUu82hYLGW6nP3KDn/7qMwcwaqG/LzwQ3okguB6f2vxs\nub8PgAyYEOTgMHKevCnQTeRJklNUvsasihLSgK9wiop//ntJKslfto2kfowXD73m\nSvPTBKRDMSLBiHkmYeDmJHO20u4jzvhLmn5npObkm4ZaXo1ActoDgI/luxytpqbX\nvK1lhLnlWgDo/mxXeVTYLdrOy0tw+o8t586eHgJfTyPiuGGossuD9hlSMkREo9p+\nDpQXVTKMiQJOBB8BCgA4FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUXDIAB\n+/q9tUG13JVb2bpu2xbPW7ElJcQCBwAACgkQpIRJBEqtXF0Qxg/9G5AOO9S0Wc2F\nETT96ACE8BMv+jSnFWNxAD3uoEFTLTiNN6kFPJ0ixudMjR5SxE3ze8wxTllAG4Da\np7LO3z9x1LK2f11G7mrYZ5E0MlXJkHxmDo010CNtWLFJsF1LG5vABwik6MQaSHvm\ndJ0paoySYOtBitHdoNfSIBOJI4uOe+QVAhQ1MqZGDYeb+v9M2eL64qJkX3h5mfZ3\nvl5ENJLo46b6cuiyIW+2t3JAv1+UK4xrKcj3kDfKGH2Wa78qOSZmziO14IgpjUxi\nCT+wtJdFBDLn5Jgr6HrW4ZY+qVFiQbAhxm2YFWLg/IVpi6AFM6eRI1ozFREaR53C\nN0z3r5cKmXM1KA2LCChjKq6MM2Y/PD3Vh1pcqunb10zJQlLnxWczw7Aowurz8YSn\ncFKtDY96FeB13xB8nQt1x5mhb96IJSxkqkPVbgp876TZx9DESBcQShVEeSfKwYzV\nwzTd1LV5H/du3v5eycmCCeV2h1M5UyudxRGUT3niXJMhHejSK65vwQu9/95jLgEG\neNN9z3mN6g/rmTVqfBKX7OonUSbLZBsyvLZTsn09y/zJHAWFwVRIsh+zFMtkmxI0\n4AuNBba5hj9GKZmeDD4+6VMphabP3i0UAQApx7ptdpNn8cW8jvNA1oHvKDER0DAa\n/k5xYBldfB5o2HKteC4XIZ4WAtXhNCKJAk4EHwEKADgWIQSsUw1SDy8yafXpgxOk\nhEkESq1cXQUCYAQctRcMgAGMgj3tEKqAQWOeEhBazo1uDBSkcAIHAAAKCRCkhEkE\nSq1cXXwVD/0QBSj/k23zi8xXivaDQwASSM7QdcV16KjMj1KC6qr9QBHYLbtar75D\n4mqgS2Ah5gP7JuwPfqeJcZ5WAt/GocTCYXGf0F4WkGhDlN9+ln7DXLuCK/+Ek94V\nMLBbcZbkhHfPfyHxYiLOd2aU7ax/PJ8SSqF2vlPOFk+sT/Th1uZ77x+Wy73kAqQ2\nQpFv0NkZGxzJ5T2lxwHu5y0vEti4MuErd5XVWcygwv84QVZ1mlD7hRpg0JyJs8KZ\nJRZwFxWE0Segl9pw8NNlbttDQPld2+uFdASHYG9GJZIreUdoTeYJl1Al3X7c799N\nrM8ITBeOzaj2eE9eJEsC4ey7Q4mIqAycZp2LxtYcQrv3ANVHg8bU8QOrZLM/kDPI\nPmzfFC0w36DVF9mRU8pPnhfieXGpUegNOpsZhxjn3P3WxMuK/s7Zkk5632j4Qoh0\ngbwmLVO0OxgmuRClcPRbVCYWO6Da69eQEBayuRCTd5yMWcR0A6HAL+3u+4wRs1LI\nd69A1TiZR1+1Y4d1XJoBIeT9L2972RhToEnS/Zmf5LmQHSb/MyZUpUoQU/j9M04n\nJexBsy0sf7GbRovfE6ziKq6oARDyCZ90KJIiMVUnhn0Lc/Z675Fe7r1DHuQAUbup\nsTc3OiR7QO1WTTCxYaeYpgSp3jKuapLJk15KW/W8OyKBDwdXXaQRV4kCTgQfAQoA\nOBYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJgBBy1FwyAATCZEb6pZtBhMFMEVxG0\n5f8VsP2CAgcAAAoJEKSESQRKrVxdiwEP/3QvXi+Jww5ltmEWRMUuXIGzAmE3hpAl\nKzHC++acfB2jQEsQFslBsaLk+l24sgryGUZsgBLC2DptbcSFcnXZx7x+7/R8EYdP\nMrLaHcl6l0z55bh6aVXpUDyBtO9Sy6cjNVTPKsK097cHT+81x1kcz8G1DtgvFPRb\nusImQmW+GXKKJXao+/ePO1yozysLO394HZFWEe1N68K33dAct0EjJcofGlnt2HoV\nP82ejHcRSKwJBxdGvZqw0SDcugTrRHNE4QZOZ/6vH+88an9zaMPTPJbqJPnqFY13\nAI66hyGO62d02ws1fXuThaBh5bC9VonqsaWTJm0tFDdhxk8gfzKQCZGIdXAdZyzV\nTlJ5TsI3TND6CqXcbX1Ct5rTrqAdE0wlsIYtRQSOqA2L27jB+BzrrxaoRjImJlwu\ni5/3glYplrJ3dD7L636JryRGdpRWcysPEAzk+GfMZ6KXFcLjKviWwMlUQrF6apaM\nmzJ7QeEkUPycDH/fnr51Ye4UFoOgd9hYQI6DgUSU1+g8V2AfJ6g1U4dYkVD94zu+\nazoomM4LH4w3A1TvPmuAnfJckjb4zL6cipIzbPacppLkycFtYlrXmcO9aXY0SFEn\nd6P+8zl9PPrGj2pFPxU+RPcWADUeGcUfokh3JIGCW4lWL65ROi8me2HLcv34YZyy\nf/drAwo+sB5MiQJOBB8BCgA4FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUX\nDIABx09qyekzswZ/UvM/pFnsZxWwcF8CBwAACgkQpIRJBEqtXF2mHg/+JsVwcT7Y\nzWnrfv9xb8DvIeBup1LjeT6nIl3XjqVyiVl/kW+DGdBoVMaYnrwFtCQmR86hSk1H\nwBFroUDmJExQMSDQOhuPG3Rbcg5gGIkRqxioJT3GFihBfRIw36w4S9GuQHW4OiAr\nQNtXvGP1VUpJebhxbI8D4I1pmCsr0sOObFE/fSL/Cc7ZG2yVVaD0quea1xWrIg0j\nekXbA19dGTQQOnIurkqt5aMN2ymjY5Exx62oWreOzBofWHQnZh71jyOOBZbyTRm/\nVBhRtyN6SksUG57UtlW+lhnl6wNYQjJLJwKaFiJAR8rUwTklJ6MKwl4dmmPsNj8V\nmRrOkSU7F/+Na6VskvS5jhH/q7XrOrz5PQ95hm5L/6bkWZYtkZT8KrEouJx3oG+2\no7Wy7jhVB1xovC0hVWLw//GMa0tNqcLK15bm+r/x338hTIOK18yrD2lr/kOeLHl4\nyMNStZGjXT0wwt7E7iiq/M87pgxq1mMTi5rczsAcuF4kNESfTZbCZTQXMmOz+nEl\n9aSbpq02TA+XJjgh3/qmB0ZFiI33YAdtJMf7wYLrQ6T/AEOXQPJLdUYwhgkS31PV\nBDsrU/B3+Cqe0ivNzovROgLnsfLzDEnMzxq1kpJnlMTycbhOPuSmE0ZHCTJeFihJ\nkAGntJ4tFrJF3jv92Lo1gu594aOvlDaMi1y0UkRlYmlhbiBTZWN1cml0eSBBcmNo\naXZlIEF1dG9tYXRpYyBTaWduaW5nIEtleSAoMTEvYnVsbHNleWUpIDxmdHBtYXN0\nZXJAZGViaWFuLm9yZz6JAlQEEwEKAD4WIQSsUw1SDy8yafXpgxOkhEkESq1cXQUC\nYAQcsAIbAwUJDwmcAAULCQgHAwUVCgkICwUWAgMBAAIeAQIXgAAKCRCkhEkESq1c\nXYl0D/9/N7pKdgSpcKDASWnJdwlesAdorovAQNfTDppcUHd3/1e/97EAX/uCfB/k\nlBYyUuMd8QQjhp/LuJNPAS0wxDK9HnPHnRJoUdr/3jE81NEdreTe1Vp2qT39B+r0\nG0d548MJn+14elflIi1ECIG9jkavt+a4PiNqQ4D1Hyr/vuI084vld17qW9mQfYlj\nwtbkQphDs6V2/Q0g8wDR58NkGyfGtihjA9wx07sVdrqa0ANNSyL0UKz0MO4+rg6y\nBo7o8MTEvLrdJou5w6IYgoDcL7o7sx/WHi+NMSwapiaweFJx1dmU+LkCh9O4zrPz\nd/PgR9QZeKrUoMhpm1JDfj+jD+9wllh7VrCRtshuFn0R7XjZM1ouDKgU0CZUJtZd\nfyXb20XcOzSL2w0gGG1cu3YR5lhYke9BWOsR5pZlFgN0Mq3T+hbug78WY8Qjwrot\nzKdqs7dfGW9Crc9trcNhoqdUyOW36itnuTXFFspTX7KKOyeIvjCtf812yoxjZAfF\nojR6XNlWeuJ47IbgVsbi+KIm4FE4tmgA+KzVUX0bXIau2XRp8x6gfRcn5QKIUtN5\n6RdlWuLY8fps0Yu2/0HpKXRuoERLua/tvZubaICShtvPNtT4nQ2XR/nXfHKLRZTY\nATAbv82zrrpP4z2W/RgS2nwv47EeIZCMB0Ydpq/qZ6xVsWJH2okCMwQQAQoAHRYh\nBIDRWCO3/RVh+fe83dww18I8u6vuBQJgBB7xAAoJENww18I8u6vu7xUQAKBRsbm7\nyBtbZnay97um81bOA2gnesqJma7txIGQdKCYXjR9R6MKmouy1pH3+Ksw22s+AhhV\nl7qeWl8mtiAW1/AhElAyOOOGhwtfOW0H1iE6hXfOA4Y9orH/BuhsMcK2wUHBty6F\nQ3qQK88gYnZngeELaWhPpVl+U8y8M1BKRXMc75bH0w7cIlnu44bmfnVi272t8UR6\nHl0YA6z1WpMGTidnL02rYHzybdRKBBpmJDpS9upbhVbWmO7wDmiUMa2qgMojjG3n\nxICkJm728CnOpReCEFsmaCopZc6H3ZayhwI6O47K2pzgsuDYmc+o17FnPVqAUAV7\ntLonVZkk8DrpvC0Bg6PL/nvtgNcjAM+lCBQcDcNxRcMGTbLHMGX46NRGULdMXC+Q\ndFH6+aYm3JX1ZwRVD7fHNcsY51C0Ci+H7yYJNO05NYapU8Kv6qc4A5CST1ivI+4d\nEQeKn7EFvoRfeEGSbREMvaS9VIzY+pN54Iwfzl6nPnFe6eMET7YqqfAakDyS7J72\n3XEtUlA3TC/WGn1Nyd74/MkbVqpHENYBTQmsp8xMGXN/SLkcHkm6WJH7nI+9JvvQ\nVzDv8F3YIdRowZmr3IhQk3nxBB3aaawJzHctuz7NK9F4nb+sL1/V19nGWyEo+dcu\nfWzNfjSmJjszbYRZe1RPUsXMK5i+LOR7JhMViQIzBBABCgAdFiEEH4mYPgCB/eAY\n88yWc6Tye43UeTYFAmAEH64ACgkQc6Tye43UeTa5Kw//WsOED1tq53rQV0WnDENV\nQvRisGUSYFv+Qb6VobYBFp3pMQfSizJngySGrvxPOoYZeK57fHD2W7YmRAIv6ZfJ\n0Vd6+mi/TNlJr/+8MW5F+5nSyQmFLsiWuZR3erhA1erdhQkgusB1eAwJyn6HSBYM\nEvlauZevr9mP9ZPtnf6KZU0RP98VuAHuA+YTRODBi1Bq2/j4AZWsS03+etMw8scs\nu+y4z1G5v2u1HenKTAiNpxe5GZvZeiFNJTLMU5/rRS4HMZ9uENCwEh1LzdWG4U2s\nejl9xQTUTYc2AyokF+aP+kMKt5JrNzGpt4Cy2dp7XF/o4NWy313ghDf2AFQxk93U\nymIRW5R81HxdEJbZ5JZKyO5DidYMxmPMZ601nVAnz288yanURHKxGK6PQVv0Cm8B\nCyrFCKTdZY+lPz+wZkLmlP1tlEGOZZel5UjrER389Jjp2DDXbBOgqq+oUC0a4Yit\n3Oa995SV7O/KRyr4H0RBjpMBjsEPM8x3fON0tsQvuJ0TjlfxG0O29Qc3IbCW5HDT\nKUwSmlzGNcDCWRbsuq2j90DudfDo2JCGpqT3aSwbx4mvobC5DtdgO3ktd+EsJa4N\nGC0xE8nkUKlES2M8oISrUVU8IWRWkCisz6eCafqpHNkg4V6jWamE9tBYcSwR9gc+\naDc2lcNFnxI8Oja41t0Sms6JAjMEEAEKAB0WIQReYbIXJl2pgHojxf9N+rJwyqlt\n+gUCYAQfBwAKCRBN+rJwyqlt+lWJD/9RFJQvCp0f3Y+fNziOxFYM+3syDothynjU\nxa58TyKUH5352iWYBc32JKaP9JD5S3UL1r6mqOcSgobVZnj1+mT1p0pTECb5b+/O\n/RKWpGGx1oRom0wUeBRw6xFbie+7PbjmgOatvX5wMGH7y5MBz4o4CVm2G5U6XLRU\nArMKswSlx0PwL0w1I9iCNARVAHngU6zF+C8rKtWrijupb5QYb7df12BUqTdG99+v\nu7whJqk67us0B8dnLY0tTzlmDLw964z3rUvZbkP9NJafoM6QIV9cm/O+2Ek19pOR\nf5VtDTu/hKasxPY//Q/F7cmjBYfVpxSpZDbNJZ0+B66bTbDb8jPYMeDSWUO+BP6P\ng182CPs664apJY64Nhp06kg3B3OZFGpNVRTYwzhx05Eh/yfbMzRugb3YbG0qMO9P\noIdb0//Bu2+ZzRtk1RGjT/gxzQWydthnQjoek2V+i33XqHWyGiU0rz3ajlQlrdV4\n86R4oRooICVkJ3KeXyd0kBaZPd3scN+OJmHuv2GTYeE6wtRILnxq7lFTlc7eU2Ua\nnpJocSwoPWXyOTBvJkZytxHKn+z4iABXJmR2yb5iFAc4FS+ClphN7wRnoOAvL+JW\nJZr39SEC4bQO2AZz4Pt2YWWCUFlQepfa1I7xZWMJL9QAkprMVOQXP9sy2WSdeSms\nLQpawA6xyYkCMwQQAQoAHRYhBIDpdvFKUIpI6co/6bw3IlLKHPlkBQJgBCKiAAoJ\nELw3IlLKHPlkifQP/1Tu5kRANBQw08eCFFxE+wAe9cBwUWPsjbRfM4JZV16ojqG1\naB0go2SjGIxYXuair959f5EdAMcWz1gQcH7rShRaIkYLfkkgd4rmlsSeo5us5wWV\nJ/crNbfmNccnSiwx3aGMh4bYOr60IbP4CsATF/3HBlcQ+IdnpY26eumE0gcqEkRo\n7OHn3mHpnpSLIK8D/wKd4ja2HT44f7gT910zUBJA6h88lUxXjBSJL6JzUELABIJd\n0HD/jFqvigQaM46rYAwKIhdCQGlQK2silvnhMQwVGV6/suw0ub9p7pQH0Imc1QeK\nt/ZjH2AqI+pgsiwWbMel6LIPCtK4eOj7kG/9E2rK2FeOG40RfUgVWjgVvHqlkXOu\nsujh1F9WuSpDsbA7dN4BymFgvjQX3nJN+8Wy/SeneULANMjXWwmL3yqqe4upiz2m\nvrvtswZNT6fWjYG1s8eQhWcUY6lBX/3a8WqPvY1Ss5/nBPV7SqLs8tfTkoXWXt0s\nixU71y3UI+3piTfyVCFIKPAayWDc7ADqPlFQm5Yla9HVNItSUDn+5PIjXTVjmHFG\navLAkW0PSCZ531VV+DqkRYTO8s8chhQRMxRrtIfoXPrAyvcytY5ffaF+PVfkUrwn\nYnND9RCAOt3/HaB7lMrCIoIk8mkJFzHyRqEfbiptRePu4Xf8X4uZVybns+ZTiQJV\nBBIBCgA/FiEE+/q9tUG13JVb2bpu2xbPW7ElJcQFAmAEMushGmh0dHA6Ly9ncGcu\nZ2FubmVmZi5kZS9wb2xpY3kudHh0AAoJENsWz1uxJSXEdGcQAJ/8lq7NQgsO6ZW4\nhwi6r/35OtcLl0xQI6ohe+wl73pGbpRo6+3jfei3l5KzwiSGou6ydg+8doNcF1Il\nmTFiofDO9bVc4GOFFfP/nhCRVfBqpna8Znp2kBar7gFesvx1e3CcNREAqbFgt7Lo\n41lLzpnPqwawYZH7niz+RKnTCfsMml+Y9Yk9krMXDDW+qzy5X0k2n79sqr5xoSBS\n/mQ/depHtLT6c1Hpo29kq606o+5deO6TL+9h9isUdcF4xoKkDI6DsrOW4EwW8s01\nBQwmyXPKOXPx33lJxQ30xLz86MSy9tJp0PzKtY+mWvy3BHSXtJYlQ8w0iN54ON4b\nmSzTpE+S1S8jannSeDNW0iNv00sk6RzkyVVkgFKR++9OntiaJj1ryqcGFOOVsnF7\n3r4hHxmjFhcWaSJ80llWdiNJ/LB+febIqxWhFBdL2+z2HXYdzrE2v1MLHHCEJ8YM\nzasvqP0qpR8EfZ0jJL4Old09H+Jr6kX4iX6rYjIap8TKXtduLPTOyCPAArtX42H+\no9K3MJYa3g9K+ffKDqo5nYiAF0bUbVW1vWEi3fhuet0QHKEgYLOF7u+ee4tdO1D2\nDikG6bhsxYcprStcAYpPA4pb5Ba3OdQRpFDYyquXlGR61BR42HVV1yVvuiR8xApv\nKgssM+3MFTQYTcwg/UZMiv4ZSod8uQINBGAEHLABEADrzFhCqk4pzchO4otMWxxR\nHoDIWAJEnR5upFQ3AwbudSP68+mMMPeMb707PNfaC8T6dRghMG5Z68t5g+DWd70n\nnn87yvOgRV9erUVJgFD+KoBNz1CjRRFgt/LaBihSjgKqRMPUwqAis8kwEO6o+uI7\ncHiFttChyfBaWS/SZKCJmUi6dgFQO4JiZfmlFlQCekwQZphhlgZeUrd952F75ZqD\ngtQgVnFvKhtMBkYfNX7UINP5JcxkBJU1slOArjwIQp8GCnHJznDlT43Hafq4L7yc\nHNNv6l9ViN2TyRTqq++YpffXKq3qEhJjuoSRC+xlFBnADaKqllE3uEiGIt0fe2qp\nThfTskvfqNAbn5dHPU2WA2kUyayFbOA9o8SdoGjePZM7QInxDWH0vsMxOuGLW4DT\npUeF7xEbNw/tPL8IoKgE3sgKX8UbP1R+4Pxty1XCASGCQh3Z0k/wIJU3AEO4lr8C\n5YRSdmkmB9K6TFYwZkpUyZr6ihyyOsC5wttnObwE5zWMztEofTaJM+p31FIzSa7m\nZGyCGAtTobvvGhLgy04Yq78A0dN1SFg3hdwYRUHZHSn5H2bcwGPC6+61hsW9x6W0\nfrJXpAunc3JS49oOm3uPM7BOgM9npP/5ldX2qwD3o6ZgNrwvQeYp3UfVyjZ7Qirh\nVNikRwkoYbMPcX0FCHDqSwARAQABiQRyBBgBCgAmFiEErFMNUg8vMmn16YMTpIRJ\nBEqtXF0FAmAEHLACGwIFCQ8JnAACQAkQpIRJBEqtXF3BdCAEGQEKAB0WIQTtVBMS\noz8RKPELHGxUQEdiu7boUwUCYAQcsAAKCRBUQEdiu7boU+TgD/9KAbY41RnlPQTV\nnM2Pv4MRIWwbqARuvv3dDOtH5Op6WatsnHACMG3Cc4eqTgTz42wNIpkQt/Bc9rGa\nLTvkbdnhC09EBHCgzpb4R/7Mo+Effmw7iGsdtgPULS5waSAqwSreC2s7jguC82Kk\nnGGZqDuBFlzTmSAju5YIC+N0nCzXq6ROmY+Zxhzvu+MKyGPdx1HaEUTr7c3UTup/\nPhlOl1tdiWnHXiv8JPYWw+EKmuRzrTU8Tg+GYyz0tELhnVMtnwjn7lIGHOeWgn+m\nCasrK/51/NfPAMgCpDwXeU0PEBNpzivtQSQvv4IrROKEqT/6GFo8W38SXL4mVKKD\nSJg/XDVenC6xxfr3ODDA8xagEJViLgApGgOmrN7AORL+sHScn07Re0YSPAf1exxh\nqdEFMITcvRwr2lTqtt3MnStuFdsxI79UIfGpO8jYIE74j0KO93lRaIdlSK1uho0w\n8q5MUUdRbMIfCKLURr35ffofBTZ/t26GyG7VESAMc854IzjCAARuPnS6vjx6K3LQ\nkgFxH+BeqioAUpxynBUabrEI7czXakWp38ANKfZZzfvLS0eA8dVLr0J24JYOHk8u\naVb6E0d+41Qfz4TZ31YqZ/mh+BbIs0oYyN+uQ75/SUTUDWDh3crtqgBwaEsJXT05\nU2+sPVqezjaF3O5wtvJgkKVdhT4VnaYlD/9TiRQrlRsR6zHNmAT3YjDmo2Zruaah\nthsrfIzqm8i1Vx9kOSfYEWXHxFHdBBe2Vmu/4I8bB5EpXWjg+E6hS+FgfjB9vlkL\nvpF6OrpwstBxeuizWty2OKxC4rpLdtquVwcA5WmfAzzNKExLYnlVxrAeoBjA3ZLU\nURRf7pt48obeeMxL/DAF78EHiDDVcTxwTOHdaUiat+7T2RNr32z4x6/c85tsCjUs\npkefgl7nl5KYWBvnWeappFp77OpGMgTWT6MTLuIpOBCmLfLCAth7733YVIWsefII\n0ljCQEU9tHjRSIpu3CwUaZqNfrR+NDNuigYc77oeBD1+1mFIHu8F6qkiIJKPQtBW\nQkyQaiopOMzLWTvtpN3427qLR5VfGZKkZsbMWb4nEAO02yJf9AgYhGQ1SxO390M2\nHXnWhbSRUbbpxRBeoqa+gckqNLx25g8eS1rNYLDb8ccOgGNbsEui2Yfb9yyTy94c\n3ZClXw0WV/sCcB4H8QtCcDS+PrkQHCTABsDP2eeJ795zgn1ZQDXGcSdPi3x+PoBN\ndYZtdmCzt8Mqa59zFcfTru2yWGj57MclKNX2vrdfFqajNiQZCCVgMumU2Rzx+Swo\nKtd7Ipku82k5wveJBmgLJY0uIwE4JVxmFyl01Za9KFJTYGLDaE0/co9+ViV5LiGe\nxldfPYN4KIE6bpkCDQRgKBJOARAAxujUNBMeYMtDpZxpRWbE6YmVdi4lIQAhY+mR\n1RGEEDVoBIEZ2bmXgF205xcsM6yVGIcedaTY8X6FYjf+Ccp9qDK5mgRLg8RMIVWQ\n7DE82/XcdDDZ5ozK+Oc/+BBo5Z9O7Rc3rPiftHlYsyTlnoUONCBMMgmSBvUDn7At\nXtXrLZtCi2Slm+IE4oRhUmoTOM3g+l5WfJK05ZFlfYu/qGrQpDc4rjk3/PmVxKqD\nZv3ScRuqRlnGpaPg4kxN5eBwha+jGaIgqFlWimJ9Y7SFHoqA1VvMz2pbd1XD5o72\nG+mTR4RSvHdww1de8L+0xSSDp9Y9p/No82w2cEAFiAOoij41wySapr+KnGeWuZfK\noq4Y2YUBHpn7WLBgS048fQDXz3AxaEOvaIw8N+DXIYoNpyfu7rfYeZo3gfUJjsdd\nBw6aLEWmavMjwoRaYXhzZSsIfT2G2tGfVW95iNOMsJMNaBnOmEA/1RoaBojHpm8x\nCtddA7AnGXpw+XTlh7oOSxe0Ex/tdtHhuELdEXDy6iN9/txVDo8zkLm8NEAE2LPA\n8NhN+i1TlMdcq7Q6oybP2V36/iwn2mUbIb2H3Jd7KBwl8VahMKF1JsSSu+NUUuHo\n/MO/XJZ4mTzC3OvF6RWe6rCqCgR3qBtZfF77gKfRKVuL7o7HoRMEbnZ9UjaHOX0x\nRvZPKpUAEQEAAbRJRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAoMTEvYnVsbHNl\neWUpIDxkZWJpYW4tcmVsZWFzZUBsaXN0cy5kZWJpYW4ub3JnPokCVAQTAQoAPhYh\nBKQoUpX8exqBYABiqWBcZvANbJeTBQJgKBJOAhsDBQkPCZwABQsJCAcCBhUKCQgL\nAgQWAgMBAh4BAheAAAoJEGBcZvANbJeTrWwQALiPVfLs7QV/oGYbyOy2EWZLls5j\nWv6ogxhwBegyADmCqgmVA0q5BfarCJHnmXRD+4S6CKOk5Ka7xeYixU38xVj09VUf\nRP4rQQcxGWtla4E9MnvIGK7EXTZLKNr6mUHd5rgyb4PVK09+/jbdHjqRQH3NyWH6\nsI4VSJ4IjS8IxkwuaIpxHrHQwoKsaPGenujcjC3Q7UuFtuquxsXLhuWHAaGIt6Y8\nScfGRrDR6hHukb1N2BmoRIFlmPNMQkWq5vEVWIH1OC2X5ug+KNWTtwdlJiuvk4JE\n42Fswv8jK3GyuJcrpgd+jgkoPG8qyd6lDe8yilNAyMT6hRQi8cYWMX+EKzD4pNAU\n4JaFp7T9lRS1KNw8SUCgKkFC6/h/1hIG7IALlPFNFS05Y/bAl59IjdKR8zWhCSeL\nM+ZnSFjnSSaG5G4kE/sQBsH6Cg33/ZfX7vNqeevbCvVPqJhzLg38U09F9d1P+ndp\nuZyBcH9TIrbIVPH62MbmbNy6dEItV7KrcHP8KyA7eXNDOMJbsqbs//3kSy8LDJ+i\nhJdfwXv0Xmx0mxSjgNrXbHP4XwAbFUAhaUR4AZqS3y/+UMHfyu3Siqbof+6VeAdX\nDYL4isDBYYUdnhs03216scrZ2JiZFfvmyi7V9UpDcdUwW+JaiAs3RTleUI7YzwVW\nUe1IMe7Ke8mZ+G8NiQIzBBABCAAdFiEEcgNjDiyOcnJRaE/rxc5dwsVCzVkFAmAo\nEn4ACgkQxc5dwsVCzVkd4A/8C2GtVATjLM1rvwUy7eNkB3HeqJ0026D+EvcNRrP2\npOYkIhDeOQlVS2yecEtYmnrjGfOXzrXBLyfSqjL8Lxl5bAg//jtECSWxKXiaR2q4\n+GbcWi+ufYqXIqnkiEALAG+v/UimWexxkBQ+gwBfZM1fR6SpzbxPARkPCN/BM/ZX\n0YkLg9eq+HKjYEtO+mdQKEFPBEuTfFTub9X2wB7Mi6vWU6BNvAShlOKOfRY+bqqX\nw65tA650p9Od41CveNiBpiMCrVAJ/49rBvZnKMOO8Y4n1UyrjF8jRgzN9J+iE0bY\nk2mbFGRiMP8ijN2aLLsaG8byaHn/AeNzKRB2Ff8WR2MXoE98ZbuYfBZVEK6/1kex\nbU+wMJWqZupZSGv9htJ6z4UJV+ZzeYCYijvdqzryjOME2nQYy+NY32GW+RBOOE+d\nYQqSVAdYNhkkJFKWDPzIHDX6pqu/u2wMYp3o/4gs4c4r/duZlDoSBoQFBGAmTBSO\nLSBFRRQFG+KYtQrV6N1fAyUbuU5LhE8A3SvhXwVNnt6u29Kvwkx3R3w/E+1bk2mJ\ntNZngqlhvB0t4djkoLVq1IAwQygFNzvNyiu5+ivkgF1tYjmlM1vRhK2Z2KpRDjCV\nUJ9aVPrcVAAHU30MtOZlLwlLx6OVTnAt8Mm1ORwmSd3Fnuhwjr4gYXniMrGvokrw\nQFOJAjMEEAEKAB0WIQQKVbfFEiM5QobsdMNTlEed01JMUQUCYDanpgAKCRBTlEed\n01JMUWElD/0bfRU8myF8DluhRNyzxexrxFl//5aMSkYYgUkPBcJpHXIc94iUgHGf\nB4HCEjB+T++yKfFPc/BgLnMuOgYu7bGorFjlFcbuYL4esy7ouz5AkbmyMXAsQPiY\n1+aGZty0suPbNUhAv6NDAeE0cKakX7hKLbOh9GfXh87ySo6Hl/Sru0o30kkVmN01\njDCI0AQE0WRnE5oAN4ieP/XRZgRrGIUKtVrGO2wpgmoXpgJgJHQsZAd4a/AQNQ5v\nxh4C9PvrcSYYwhcCo/Pcofjq/JfwveaqbUtrgMYqAzPfedg1JuuaFrQKbBbPFaXC\ncUnQKZlph+LPPwfxEjyr+2qS6twUoC8uFAOBXRc/l0vccNxiLXD7p8xmUHyOg3eY\nz1DMGGKnK9XFQdr04kAf/7JjY1qtrJFkygbY5NsaTzjAiguZnRiOOu0U/B6QzHCl\nlG4NZGj6ggs6UPTSULpPjPfo8O/DBC7VBlYvMCGUmQo0ds13bnp8lVFpkEx0jX0t\nkd4lrGB+pu3y9ogPY+GYu7BI33xmy5EH0Kh/nOFwQ1jcyZwvv40Hlihvvs3GLRB7\n9JpN+2oMNqgfR0HUztsRiXHzRfnXq7wI9Ttn72rDjI/WqbUWVaSlTLNuc25KZQUe\nZqj173p/kq2gzkG+X6aXD6yj7fPBt3vnQbgcxJTlwVqSLDCbr7rRZ4h1BBAWCAAd\nFiEEymGdZacqe638ltKAGWQYqut0yKEFAmA2qJwACgkQGWQYqut0yKEeNQEAi3LP\nlpWmU2dK4P3FobwKYtdpmaV0AutG8b5q7U8hx+ABANqSS3xlRzrmpUQjW3hhGI3w\ntFogvhGAgtzQVXtfLJcPmQINBGfpPhUBEACnIlNQO4hEcoTe6/fkasYBgsIYoZvK\nfOemGKVAO+v+wQJ8X8DM4ffT3QrmO291LPwsmR+sGfMStf9Zbuv/reWsY8NCOTDt\n98RFQWG5OZw0g1TOdheMnO43wfTJQNUyOAqKVArXrjvPKb472KEMQckvvccUoVup\nmcfom2Eofgqk6Z+aRfofVvhT6BQlmE1hb5uGRibEqm0RbDtUeSgs39pSGF9gbfCw\n6ZjqxGJHcSJXKJCJu2UswddueSJWj6UfHfywPbIuXYx2Ypfb6RDx/kbkJCK+vNEl\n8FmD+6dl8hY4P+RfI/0iKWPaWwg5J9ohWk5kjL65BOOQ4uRdq6TNeibOsS5DKlp0\nnozseaAUhDWsepY7k81/M9iLALV3cNExQasLkdGprSUjY1fKlpNnFZ/jfQT6eqR5\n0dptA858d9+0iost2F40fGd5HWuA6GJWfIhMCEwcf9aiRYzmD67Wie6agxF1z/PK\n3VGGBdmbZzZTMGRBrt6ayTEPLpbFUJvkLtf9vLcvkGS58OTFcnrqFCtEzQYCfYQv\nmdJaRHmOR6r7k2epBC6eQ81h27TwhhfGvCuX7Hl/qYIHH37MMXZBonA7zICBI8b8\nEZOGdib2IjoLgm9Ez8Vq5rpTS28dMRDz5/MDHqSAy3PB33X3S+sTDc4K567FS79a\nMpng57Qg4plqEwARAQABiQJOBB8BCgA4FiEEBLVMPNynl1Gxa8a1IlYp33WxiL0F\nAmfpPhoXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQIlYp33WxiL3tYA//\nZZc3kZnfHCXoUIYPPFcKC4oA/HFKn3HnRiN+KLbcP1naJ3X+0TFLw70r8yDo4+2z\nGlu+vCbEhSVdO2GfxdncMpiOWcPwSiKk/x1yCipnPAMJN1OAo2oEjDvhTF76mgOI\nJKtDnSu12CLKkSf2az53r06T1GHaJV1Nm0rWTWhgVbk8Ir561gAn6nz89qdCUF7P\nALFq2L/55yt1E1YL7wtZcbto3SBH5di9OUJGCTrEIPnxf0DZSny5LJXs6lKEIMnv\nkQrcitD/Lw/1BT3wLzeZmH5Cpr9EM9WyxJxbZFJeAWfgwv8JcSqpwlphV2wnfOFB\nKt88vbJDPAaTSUo2z2mAf/Ps9V/VsgU4hN9cGcBCTl+SaZHQyf9Hm54DSmr9L/KM\nAk9/7tzrYdde2F9L8yb7DQ0aw6CBn4IjpG4fDEIJQQisBFluTB7Od0lA1CAuoMYj\nmonUvES3RucM8Yeote9bjf6KTbfcmkuIyrfLdUsz7sALuvdNsiCLq30zOBhKq9sv\nkm5oNSSaTJ2J4ILOEthCZMT9sJ039tFZxvaBEQS8W8gW6y8eQWSVlixj65PJ2ck9\njABEmRwG2YW9UKSFRtReWF0WpY3Ijj6fcDJIHpThZ6Sz4HUvGr7jvcs8qFFZxEb1\n11xbwbQsGVBecP3s8TcnzVO2S+E/JbrS7xTyUY9xmGSJAk4EHwEKADgWIQQEtUw8\n3KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIH\nAAAKCRAiVinfdbGIvYTFD/9zy9LyYJ4+zQ6ycKffsGXGLKNkAp8L7KS9eZAS+Ccv\nRAZQQHwEFGaFeuRUNSA5Z4tATh4IY9w8ySwGHeDE+Jat68YZ+mV7loig0RROew2W\nYkr5xSzj+0MIzmS5++ngZf6S++5VwJAEmuG3aAlwiL2BJuk/wn4fqoeGXLM6gOaC\nnCJO8TC5lmJPhJPwj6E4gcE7MS7BfYRKd5emOlI7m2FytuQ7eo48IzSlkODZJfuv\n8rnKA/TTNQa2U9Nrl70UChR+5QYeAOuxJ1kw00RYOmCMAR346f7/esfYeMyM5ItG\n74xmYGLjj4PStAbHZsOxo8H82KG0pjadVBpmZAQgI9lN2QWO7kbRz55TV5nZFZaP\n8fJgYl3BerVuvHamowrSpSz5mVyBpb9JJmOJ2pUwSi2wQWvp5yT+LMh2Q2Uhm/3F\nk+q5lRIxDNfPukzgem6WKxfEfMDjDjDKwjeL61JlLJrnllmylcrt/cEvsyzdbkpD\njTVfsKtUIk8K2+aY6cqbdLnezBgVONuGGdunRvVXSKiUTngnBSKcyGsSlJtH3Txi\ncEBsTnFAplGA5D7GPVPF7XEEYpBifKkJz4UDH6cy1qCJBtOUd9Dsxi2hQxfzOHj4\n1m4lB61yin5rTnJjujQwWfh8bGz6Yatv/K7Aejdj/DbHEDf+8ixcYfNxAQ1Wpynr\nqIkCTgQfAQoAOBYhBAS1TDzcp5dRsWvGtSJWKd91sYi9BQJn6T4aFwyAAYyCPe0Q\nqoBBY54SEFrOjW4MFKRwAgcAAAoJECJWKd91sYi9Em4P/Ag6yEfyxoXvMl98IVUA\n/GG8fv0llOIJsKqSMEjBpCFfPOsXWDvXv0zJNI+XPgzAPMCd7R+m2VwcDwHyADtT\n+Mh6fubZTzbPPspX7LZsCyD6S93LZxH+vIMcjuiwKKb05ZSkaPLfwTYMeqN+oc11\nfDXjU0mQ5vC0M6qhxJLM2pIeTD7sVxsXYyEHzPxem01eqXyKhJFO7Cgu9sUYhzcV\noPEqzDV2/Gd6ih3chJ+MxnMfq6Kmc1kTpstCMBbmQVXafY9roM+bFQlIiUgfbGdD\nFk98C4+C8IA0IVDyl5KIo8RRZ4mccgbt+ZBVBkr2jMoKd+hFhlbF0aMG3EKPoZyb\n/Jr/6Q0kqqUke6stNzOazxftoulB3vk6x8eI1jRELHz5VM01nkr1A+cmcgV0J5H1\ng6M/4NOLveCfPmGyCxGoSyWFgiagG4O56AdlhyOm8VjqGN4VJBbaGltT9iIQB5xD\n0vvhZvYbXbXtxbD/j7TUyYp47484dBdTRLqyUQAS9ICl6xoB3aYem2aQckSc1xAL\n7pIIHA4CykAECa/wZuYkAOLDICM74iMNIZfdH1CLg1/geBiON7/kqmFxyOJTNfkS\n1oivQvrF8AWUZYLCQ5ITmI8fcbXzJXnSHyn2ADj38GaQkPm5YJkKMAwmlolnzt86\nEnuZrIVVApx0NqjtDvBTNMcLiQJOBB8BCgA4FiEEBLVMPNynl1Gxa8a1IlYp33Wx\niL0FAmfpPhoXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQIlYp33WxiL1O\nbw/+Je3ILeG7tACNix/ycJ86Y4ZTrCp1WtrAHdZtKqH0WO9+BuVjKFJU2d3R+176\nSoKs1X5+0ZxptnzlVIZGBcKn7IVk2g6k8GV+lPoR/WyhPxLqH73ji+g3Zod4PKnS\nXgj5JjoIDe8abXCemAd5j/1aqANdxG06h71+UC9NSxMzvzeDQQvAkToNmy51A2gq\nzBKDGO5n5Eafw8noVHzFnZrMcXIe7nkG/sF5601p7q8jOVeGk+Z8fD6v6xl+MJup\nX8CuQ5fGKFW3nmWojZNH5yM58UnwzJGOBg70CoSuAP7kOGOtWa39RS5W9O1zMUe1\ntKpVP1qGrcmEOaqmkc6guE34i0ZEBjiet1GwLWjjgmXGLgTY/meFmUIbCVeKi0hm\nr7SJluHk53NVvf3QV9Ddgs32Vz5xQY7894FCH7Di8sFNYofyxw15SZjee/Usyc3a\nrQOTF99VxOuLoU9lW6JZrFISyjZ4Hbz2UpxgpYvQUK9Yj19irdYWY3HGO3LnguOF\nS/Q1Mr966Ca46fSLCW++5XH9s51xzk6zAyW1a5u7xqYnC8bu3XYBc713VMYPexUe\nowl3ii3Tp6hb2g1NLxd+7IAYaTb68FmwwTRjUwAwh8NTiQv0ezTFe121hs3K35AH\n1vp2CDkIpAmDACWWudjXl8UhKsPMAdzJIf/IJ8X1fXTgpK6JAk4EHwEKADgWIQQE\ntUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAHHT2rJ6TOzBn9S8z+kWexnFbBw\nXwIHAAAKCRAiVinfdbGIvfzwD/0cjeyFVVS1j9On9v6LKDEWASvlFoGelpHah4vV\nuYVh5XrnlwmPNY4Qw+iMpVMHhDwqX5zD8tyJypBb3Jqzq04Pho+lof/qBgq9wley\nWaiazSLi2/Aw3ptJG+Qz2uIzEVg4Lmqz+tMUbA6FmOCJfKocA2Qrc0eJT6pLZ8By\n8GTzMyEwTgh+oTJuyFuoV7ZZmAmUxI3c4t2c5ixZNxV5Kz9ZIvvkHCPHmoAzDDKp\np35aFNlWRxjWNvWdu/7B/fMEt/wI5XfH7YzkpMp2gbW29JytrrKkonO434qGz1P8\nx9iMhYnlmp9bpU0QWcV7ZADE+VDrfg0y8xR0cup+23DelHgt2AYHDZWo5D4UicAx\nBMGVeKzIJ4aflGjPhzIeLvuPwwUeBtJshJgTTxDKqmTrPmc0FgE1RPz/aeHaIpuA\nzQwAjUKiKjZcW67c55AflnBOyUyoQxzjlAmcDHv/AHLh3lfvNEETep1qIu5G2hZw\ndVYGDd5ejvTReeCBNvK87UbAysWU4n22lKobXLU6/MOgO9JwWKclESXgbRMc9Hjz\nHvlahh50L44YTtDiP6alkG5JUxu0Sjx45xRabl+okFXaz4tx/JrhzcRvS41yIhNP\nSqUwhrCqIsjgiAlIraKrQH/nskObNpwmqxgrzb3NMTpi1OuI6s3lt1aguInL5qaC\n8Kz2l7RHRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMy90\ncml4aWUpIDxmdHBtYXN0ZXJAZGViaWFuLm9yZz6JAlQEEwEKAD4WIQQEtUw83KeX\nUbFrxrUiVinfdbGIvQUCZ+k+FQIbAwUJEswDAAULCQgHAwUVCgkICwUWAgMBAAIe\nAQIXgAAKCRAiVinfdbGIva2mD/9a4QruBrK2CR7q2oIJBIZBk4dgC3HJVGSFdldG\nHfeDXaUad7YmAbOxzHhGEmhq6L1SFMM9oOVgBasGJiY2lz/j3KUBHYvyDx1DMKls\n6MG8t4yqZQRc/QdOfB4LS9SBLKNmJCM8yLfqM2dXvMU8BRzYZY1HX3XE0vYlLvf3\nMo+gYvhvuGxR/Bxmm3DHzMym/H6umA1/PYl+16Qg5FpgSC8QncNEuY/XwWbHAVhp\n1ypk74r3OqtTHD/4sYVK1Kanyu7Ge4xWxcjWc0LjBVsPc41dZEPZgvM7l32cavBA\nOeKBuoEw2LvWqZHTYXR/tHwJOZnmdCXSHyUlOVOx22tALzZJRywSl4m5HjJoWNZn\nyOiKR/VgauZYqrnE/klH2qN3epndE1V+ZVqeKOdUL/w2YayKwlWKgIdaNbFYyxu8\nM+YR4InqvIec3HLVsHzlH0JEbWSJIsFv1xs+lU/GHuuISozp5cq9nSTC1M41+eBK\nA5wQFVhaQ2HNC9zVDGX9pj5PmL+BZts71f+s6p7dhwZgvjaaeK4PtuTqOVwI02Pj\nrhpdj9xiSHLJrEmOf1nzTFbT0yOsLJNdrjRC2WThfqj2HPch0vpJUsraShcNb1IT\nGTdbeGk4D0JYY2DRPXopKKR2rYRjimtE2KIlfn/0P9GnMOH7kb6p3JuF55jTx42W\n7F//iYkCMwQTAQoAHRYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4BQJn6UDCAAoJELfF\n19Y1CUf4qH8P/ApvOqmSKG6ftW7p33rhk7c9DmsZZ+KlfqZk0ZyG/jG1qK5n1JO7\nUktJL5h2xU+6J6oUexWR8rEZ6n1OuIs9eCXqsD+LaAhX+wBLyIVxqp2Jdy0tPCo3\n0EA3zwhG6hA888P+jbw9HthLgvarQU0RZFkuxEmvIyL/eapiWRrLEaZ5Ljqj6fls\nbeuKHBlVDWjWP5qSjW4IQKH2wNRNvURug4GarjwyWM9PpzCgsxfsJsz0Y/lMBueg\nNWbBN5mRBwHrdnHidxhPH9U1A7QUX/Rq6cLJlvoNhIC8d9LjoaVt2McrXBKhz2bi\nWccnoYJy8dZdK43na3vyqXHmSwLs1JVYEhQ/pvTcbLm5GgZm4eFwoWpN5PpPp13d\n0Vm0TWvSto4Vy+QCahv7UB6uLodMjVjdGESUejjE33PaEyjhaQLukVUnVIybVksp\nP5juOTLEiVEbKlTtHqU+grVhZGnRj4R4m6yrVAfmbBDBROnExqbHEEhWmVBzoJ0T\n+JKguyPggvq1rexFX5QYw8HRwQrWvf9HDo5VmqL+0rZhb1nfYAsmWqBc27XJxdUM\ngTJrbVW49RyGc5YIy3tM9Z0iDY/oaJl7V7SukOPgkw7mGAmAvSQS9EeHOZFhP4NY\n/n1ddb7rgTL/qgGIYmIxiOEeSzBfoj0o/ybofi6gMoj/SR0zeFeYNEJwiQIzBBMB\nCgAdFiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmfpQR0ACgkQJUzzta7AqPAb7Q//\nVjn4v5HxeStnnX0bDzcHoDUrcM5OlvfFDQkYLV/qV061JPdihXiDcxGdUStK7JmE\nBMWCRqp0GW7b11xUzVciQWO6Aoz58jxaLYK8YCQRHrE7PZiWR1kT9RQv1sovvBMn\nrMjqaxYNvkvTeWe8+WgG+4nrg9ibsZGaYrnIlG7SDxXQdzHTn14NvH2Yfo2liaY9\npySjzXIhpimCWdGAda8TngZZXZB/dZrQJYl4voH5ng2uDx9kLcLjZHli5hGSEvkb\n8F+iruwMMKu+y0H6NVlnaZXr3HuRFOwJXnV6ctBrlGpmUCOoO8loukMMI4pMkR9k\ncBKQX46siC0+oOjJLO4hm5HpFx812OAtV1FaRcCaa3rI/N2bqpVJ8xhtAOjH0h3Y\ntUvUChhrbHaBveE9/RkcW70gwLbAzJL1FWWSJROsW2jk0+PUTVdpjY12CD7XK4a6\n5Mn+0mCv7aZDWNae1OSPYsDbtXexVYXBW9AV7Z1z8MvIx5sCVQcccmaMtIOBemTC\nPNcNY+GMnS39AN+gYcM1ASRmCIoOcX7GkxZVWR6U5VQ7nSedSH9GP4WrN+P9oljh\nirR6djHYaMV9vptlyilh+qUgRjVfqsINfou3xrt1CLr/dlabnUd99VP+36F35fjL\nmHgNFaR+YSlYjeedKws15U66tTIind5uXGqdBl+3PwiJAjMEEwEKAB0WIQSA6Xbx\nSlCKSOnKP+m8NyJSyhz5ZAUCZ+lMlwAKCRC8NyJSyhz5ZJRSD/9Rd55RpQ1jiJuf\nS9GUw7uekbaYmr8/0ERCrIinlreau1hTAtG3K2hUfGVKZf9pJJrlqdBIpS2NLtLe\ncuAmBW2tsxlsNUcWSy8b0b1tNEc525YcWuIuz+dckmscU8c8asJuftmjGfhw/wVY\n+GSkP/qwehPxePTF5Wo7xr9kwtzWUs1Pqm/bweqd7hHfK6noCfxzuT8qHgMKSvJE\nSIXO+/SN9NdWdeF5pZKATL7vZb04WXyyDbcZ+OacbC2Gos6Pr9+dAeN+c/ApDiix\nGEn18p/6SiGqzOACLc9vTozhiG8WJqcE/JUk1K0ArR7LqWzhzZ0vjA9tnfD8kUXw\nlmuNxNC+jHmV/p/M024A/4V4Gosd6tKj/Vl6UvIpPfeEUfalDwHmxYH62Lr3maVF\nHfzCAAaKeF4CmZAOutRWbFpdTrw7pcyFidDslhKkg+3eFjZ/tShZD4F7mHXXYcCX\nVQgUOXc3MxvWZKt+N1hx/Nuiepx35nh2brrhBV/oL5q75W7iB8ZjMOmk2vzLwobw\nIHY/6VBrm3Htj3p1PIvX2Cr93Hdrix1YDqbKoTGM/0jI7v0469zI3pSXkket/AMm\ntG9y2fCbETdBR1ugOc9KuwJ+/i8ivk8BxuxGdZj1drhguVukAXDKCduBwxYBPrJf\nGAqOv/UC/yWxDHOd8LuDbPDW702AIYkCVQQQAQoAPxYhBPv6vbVBtdyVW9m6btsW\nz1uxJSXEBQJn6VqyIRpodHRwOi8vZ3BnLmdhbm5lZmYuZGUvcG9saWN5LnR4dAAK\nCRDbFs9bsSUlxBU4D/90JyuEt4RKcxCBbIYm2qwCwtJUAix80qC+K2kExZKC4b+b\nkqqgul5+Waiaq6eqwATgR68aILcWTNN+XMCbXiaE34aEC2to8JjE2vklA0DUY0+2\ngvS0FoPJee75qOJ65map9KRB7Fsp78nEq0NAOyIe10EbO63mSiz/I7Dx72PuyMRF\nE2HXt5n05ofaU/ejOXypJfARx2+JZyykS2z6ZB8CAVoMzPRjwzO2IRtIv4j8oYHI\ncylU7e3KrbKUSzgDKGu4yAMAaAGNfTyIjj3D03kXcRt2FZLwfdY3+/InmPGNNt1C\nXRlIqtavsaL3tjxWdAesKpgHgv/CuH6jhu6W7TU41fCLxNEWAJMbrEtiEJCFejKR\nzbLSrv9GMZyQIbbxNTPAdKMX3etu4gzwZaeNNcfNyBZhMOat8ubQRyP1Jo8K6iV9\nMgNyDclNfCv6VxKuRhujFQZtH9h7fuUn//vMsQWiwkAU650/iZ8a2augWlt1qup1\nS4wZlcTbOGaVuxyVxTEOXRxcq9fRtgHtMdEOWCL438gl6aUtqwAqCdn5P3TWcjn0\nbxaoY8jV0ENb0nfmyo932lYyPCur05ZjWkQMGbz9az219jyPzfZhqB436OPhHnk6\nR5//f45mAf2nvucLgFRNOt9PC1wtwvFlpicCNXNFJr6a2oXI7cqG43Vx6b7GbYkC\nMwQTAQoAHRYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6V5TAAoJEJkEYT1MzmjG\nwHgQAKvsVvlHtkUpEqygq+lkxNXVs4CYqRPttUaeWtCtBkMcsgXlillqy+RUVFgg\nXs1uPcuD149As47aeAVVvTA/4YIsXLuSt08xkbQDAdFh7Ud2zzv77Su4cUbyKBSD\nVRcBkgw6SOaAXt4W/cS0HD3j9Lf9xLSifL+p64Kl9ovP9i3GPlWONrnkcKiFmKGY\ncuSaZ2UkwHm7G6bZhkvKWFw8MEWIFW7KuU5TORuSkip4alNaONb4QXo5HjCrpUsN\ngh6RMefqr4xXmte73FofTKhquRUMg26JS7/msVp5tlDL1v8gWyXuBwtVZYWiBc4z\nrPMDhGYZL1kt5BaZLaCnomfs8LVgfHNd0e4n47FiBSQmuiU7p02/etILheI6vhXw\nsILaZWz3pjyiZpxFcGdiJ+5adwYo6k67CG7QYejsvaKFOhxyaEsjNCGcDPX++jaD\nxI2WmVgmb59rD0N7Vi3bivrfXV4HEGUcE41BPviGLFxq80iB2vlKZv9/RdGeEOO7\n87H8VVTwYOxVT4DtQ3IhvGbsQE3ZgzdU1PryMoK2TOEIyGX+SukvEwF9/3H6Hn7i\nFO3LYerZ3bWfEJ5kbW9ZDmqLpy7SOKd2zAF74mOIV6Uds1qoGZeQjyZWF6uhJnjE\nFBoTqYfWoHr1CgQ+7ZH8b7BIDOTUtnQ41Nz0+T64naTjg8xluQINBGfpPhUBEACy\ngnWLGoIlLzcdlGoqPilLsgSQb/PN4pw+o3UJMfmWNtHulhVm/bpQr+ut/4POrp19\nkxaYU0tB5vcPPAz5PpG00kw47c42XO0WAngq+Z8c/X7pDu0prGiTXHnWf0rINHXn\n403SN7EISGClSiTiU7l8jOhClUy3ZbVNMYFGzVa5VfBSzp8i7QBcAH3YS+FdE1vQ\nQI3vZ13T25s3nghT6AHCmTnSRdHjdEoKY8/FpTTlLc+x3Q3i5qqUYwwj9rOd2Fty\nZ+pudOIW/CQX0+PGeNTGkVkuDiCA8B4vzZ8nJyMnoQ8AeDLsb9PVkzPCL9NwtB0W\nrat5mcAq00oQGD3J8OKNtRHux76fIA/M1VemjxKbC79knGfCYaOtyNC7NasjcKnO\nJLuy5DlNnnXkXpmQCO6f2mWetsq7qUAZaW02u7sQ4QLs+zK+cwz5Fcni5Lo0FRfs\nWdIVGYJjtxZZY0Lh7qRzYESv/KIhxnq8Iim+/rtWfHrPcq9hjykFQ3vtZKFfIhhD\nJMg6cNh+ev+JrHb+2RcEnogtYxyHmh9Eb0iSvYN7Uxi8hc/wdmn6+l/J/vSrjXrN\nz8f9mUt48MjLpkssMPVHfM2mPaLoqBINP7zS3uVLZ5maYUaRJDTkg72es9DFg9t3\nDxVSCwsPTet8MDRPDEFV7q2cDXTqHoV0JzrbFcWBQwARAQABiQRyBBgBCgAmFiEE\nBLVMPNynl1Gxa8a1IlYp33WxiL0FAmfpPhUCGwIFCRLMAwACQAkQIlYp33WxiL3B\ndCAEGQEKAB0WIQS45fExdtKnp1IgAoB426O8R+8iZQUCZ+k+FQAKCRB426O8R+8i\nZabYD/9zhHbtxWpfxFKiPVB4Z+4tx73HfoYNfnnY170+BKmffbXoFmM/3L68CnxV\nNOfHLMyaUZWIo1BMBauLradSSHaH8SEgWNdnPM0KrP96AKOH9CkF01sgsLGfyA+g\nXwEf7F8VskjTeNgLduuTVzvSJTlxgvQwv+NiSNvh6yHdqUAiqNY5qaEhvbm6wWZj\niL7b2k5wlMkPBd1K/+2+XwpXprYF3xr+BaccBOmjWQfID2SJjpmY+v/D779Lh3ph\nWWeJ+S8y9NVci92g+K3RruHQtE9DfJLGwDZwjcUkn3rYbvFBi06vxtjCwbIf4NpK\nPeHJfUZgGUyYvje3rOeURV3O1lw2NgfrVUH3A9o8Zuu5buWpvcSR3SGd/3Fm78rF\ngr/kf1l+W7HfhH0rMK5+T4n2UMgZa02TvGs25UcFOSu2cZe6EF+eLlpuoGos/1cI\nC6yb6is6AwjbpgDL8pyQUL554Jz3udNXIl5+pslvjYcX7iqipPdF0HLdAG3Hmmcl\nl0pP/8HsDvEQk2tP65eS9VGw2YvZyokkY6QKVSo8f+TNQu+vKrociCai34Qxx3Pu\n8em3hzX/v0y2Rmw/OM0YLlxVNOV/4gvS1JNlnh5EmagINJ0lVpEJdLDJqdg+/ovk\nq3FunLpRwkUjdY2aYCU/lUZYOZXCcx0zQq6U+ryxMfVpJZ5rWnHHD/wITWab0H5r\nH9Gjbawdky8zlJ2q2a5wBFAyp/BLGE9SXTl37pRHD/aAljpcDEVtMX3Lm7R+1wtL\nGz+FIix6kyhcc48CGnkN5mw/omiSTEainwQm5Bn7dBZ3mqc6a4t7mhuvr9563qiU\nRd0y0sPsCOr3eGcJ9PHfwE0imrkAwNhzCqmeQ/uxrn3q7zuUqaB/Byw420CJk78a\n8hjO5e6YZTdpAuImpJHvW3EmI/gnXePcabjh+30zgF2Ger7pQ5v2Sa76BHoKhZsu\n7tpXsVAo1EaNMrJ1F9/bgsXPnugozwYx59ZFtET4tgrH5FC8U7as+DzN9FCq2riO\nLdE3FFsb7Oafj3GWi+9FXBDJD6VNSxpFHatZ4a3K6Kp46fl/G1GNA65SsKw2MTVd\n1B3pNQ+0HJhaW5bU7wd/OTsRWdAXJ3vw3yPKhDc6/oTyYDo7HDcf6Xae3dwVrSTo\nyRkDI29gWTv3lN7B9LHen6x43gq1/7MSb9u2iuiaSP8rvvYc2GaiRWcfkg4Yeuk1\nJ9qmgOiHyhA9cXrcMleCaQF5E1p7ocvhOso1/lYncfPlYx+vKZGpK4GhZk1kOczy\nMC/Zezk1qG9N/XGoa0rt+LBMNLiFobT3Zj6sADn767Md0yOadEgYB/xTmyASpQK9\nV+LSkub3ELPPIl+pczMFJTBXMe98MDmvUJkCDQRn6T5dARAAsqH+m/iwJMUh4k2X\nNEQI4pTbbIcYajkq+YawKYwHciw51FjH+Jqf1MrRShwm81PR/UJGFy8q9pgpbZJ1\n+fgNvImB2c0tHl+VzAJmlnar3eCJAG/0sOZN4RUshU39A1FtRvDtgME8LbAtLF/o\nw8gs7fswadgEZ2rJ5vt4GfOYgZplpK2X/hw5Y2p5fwR0ROSc1+2PEvwe9jR1e/vp\ntnago7BJFmQx/YciNPHMm8/yo7OcAZ1bo9TKpUrSrvJAz/60fHNymnocBQuKYk4W\nbBXv9EoLYni8vgby7O22EXTukgufPbDyuef8hpoeTR3p1Tmn0wtNvaeWXReyjDyZ\n5hqOYSKkNTjQQ7Vcz0JDTt85RrPmrhDdUZtDxq0SneC2G7iVYpJ+16NGYazp6HMx\nhH5igEJkVX1rkqF8B/159g8BEk18Mda7h7l3GNIYhnZn1lcCYIgWvj4ZtRY+dgEb\n83LCDzOiG/p4oM3EqF2sd0K4T2s1VGj5+zz8tGRHv6ijd9ajj9Ygin63OFbspIRG\nqfWXDexwcKnJgFASJp1qeZCR+Cng4YODX1CrkRJjxdacgc1Vx0C4t3gUKvvxt34y\naVSjplI8/+rlEYJ3Fng+PUSE2nml9h4IeaqQVzveSBo6e/p5A+vwkfX42d1uwwAt\nfdx8NVQl/vM6wgvU2d9acWsGHnsAEQEAAYkCTgQfAQoAOBYhBF4EoeMiOhmiBwbi\nD5kEYT1MzmjGBQJn6T5hFwyAAYDpdvFKUIpI6co/6bw3IlLKHPlkAgcAAAoJEJkE\nYT1MzmjG9GwQAJcju+Ow64DNqGn+W0wc55Rtd/OdtT4JHOULc6cDWcNJ9h5yceSk\nUAW66+fVWhghZ7a1uprnjUvFs/Oj8qT1JeTmaRpP1qNeceVDZL5TIKdFf/Eit5v+\nvxMj5LoV/f3G9DIjfbL2w82F0eDfm4BZ5IlSAlpPdj/d04pO3/dyEONE8wJWHIw2\nCo6NNfcfqRkuVWMNHCBo7bDYo2sIhgyMkvvczbLylJp5rAgSbjPXtnS94s9qfuKj\ngvzMgkjWf1fHE+w43yYHyCrQcg4pjlwllgkZ/LonP+PaLvIGPNrYgEo+wXZoIuhb\nLUofRV/gwXkTJEcgAsndNLKuT5xSlqq3BLLwzaM6kR1Qc54X+l2khE+Lr31pBPOO\nvvBpZzZCSOTxg496O4vGHkGDfxihcn+WG278x5GRqfHfTx1GHsj0VJiuJUYtA9jP\n9s/EU4PEd9GydTh2aCfCVpncMSaPAGBi5ZpuLiw6zKBbyC8pFb0+U196/GcNH0KL\nySCFm0QJArRFh+ACvClDOwdFuReTTv8gwkvccXKyuED+gO+hzBqR03rD50DiUDdp\nhDKfBhIj3VfWglJv+PbYm3PeB6pLmYYfxjI0nCg74au1nMTP6qzRluHcxf/8RtQ8\nEvEH6YQe6cVvKVsoPlD9AktF73lM6X24qgo+DVGA37lK5P7bEK2EAGXRiQJOBB8B\nCgA4FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPmEXDIAB+/q9tUG13JVb2bpu\n2xbPW7ElJcQCBwAACgkQmQRhPUzOaMaXEA//UM6zNjgto67xRoIs8A+7d4JLElIi\n+d4e+0sV/xiSLY8kAN+R9yE5jCvsvU89cyYke93nF0+x3gM5rogRr+IFLAx5j1JD\nR1ku8vTGrynHM8zOIPmlPhJEu7hQTZfueeZLCwrW9OaGqshkwd0yha+P5sl24yUX\niXzNwaCZoznjFKCYTfmjmGhn2xs7Oxvyr5c2toBothvbKlBxyyNyzeYuuKnZuFJO\nN5AAa6zsLA22bbpqnA5gzgmL3ZAYi8sa4R9YhNm6uuzt45Xn6tvHQ32DhBUyZGDT\nODKhNBQItpnfF7s86gaIZsGIxsq7ptfQY5j2TRDpbW8K/E5EteQFgYY8Nq6FYea/\nwCyDUgxGnbuL/e8FuCDD439RVTExI9furqnTrKqy29hVVHB2vV1iKWXpyfhTDZql\nosyD/ssLM2i9jWKd+3Zo9CQZpTehyiA/Bp7flwWxf7fa48zMFohf7qnVJOboJCOu\nW73WL4NB0Pc15ajGUDNbVPI2soyRBUPm4Wcb6PG4OWeaqiFQKp5DdaoP+CGTRxSh\nJ8uT78SDU3kZSUutNyLRdBpMp0TkZItvs69wNpoSznDdVsWuMH27HOX8TsNNWyhw\n7B/3BYsTMRXUUmrQ4qBKxtiWLgy32AUms31ec3IWVV75W7L/3WEtGoEt44dHHU9G\nFs7NN/SVOqkznYGJAk4EHwEKADgWIQReBKHjIjoZogcG4g+ZBGE9TM5oxgUCZ+k+\nYhcMgAGMgj3tEKqAQWOeEhBazo1uDBSkcAIHAAAKCRCZBGE9TM5oxi3mEACmA/O0\nLW4JJy3F5I0BtQKk0HH/JNFjYASDpF7gp2uN19/JyZ8uQRRyME2VIdsL1xcbBRPi\nAWqQ+fh5mv+PD8NH5uMR78b7cbEohXv/dW0IZQnrskVrpF5TzTOcYSIl9Kyg+yvk\nDB9YMsH7tO5xmAdoo73QaT3adLRx8smGWffVVTEe2PanpbWnY1hSqT1LmzijJDzI\nbhjCQTBkXmNyEg1KRu5X6bzAc6Vutg/lqGnOz81XL81Ng4Wk5HGKy4SUhzN0PWfv\n+DerdHmSTGVy0prMTeLP2aBtacoTbQsnzmIj14e839FqiiiBmWq8Inru9fXzYWzL\n+VqC2CBDRZJbmFglv4BwoHLzRWwEcAJxY1m+tsdUBFZJjbAXlJP9J7tG8G0aJ0PS\nmx+0Tjk/L+aWhCYG4YBAlnEzuqbtC3Dw+F3UiCyA0hNSRdVTeGKF8ETIuTYJRsr7\nCl0CXyPThjbm+ZCkNfm5XbDJCLSavGdgLVRnTzSgFftErEhT6eF21acdI30nlpxp\nchIEugAvmJL2bUUtpVvZXuyhXxyxC7OS4vXCmndD9C3sYUHK3/JYfuzPIyc6GE3n\nHSEQPk7y+wYGcgfJFbOvUeFDNCbL4/eGXLjespUH7+0BIoHE8sbfx1uLkMNmqgPB\nCwue8pQZAUaKaXhEzI5UK5+NfcD8W2OU6hxYgIkCTgQfAQoAOBYhBF4EoeMiOhmi\nBwbiD5kEYT1MzmjGBQJn6T5iFwyAATCZEb6pZtBhMFMEVxG05f8VsP2CAgcAAAoJ\nEJkEYT1MzmjGIOAP/2jIfaOkZLrvxiZhGfPliGEDOAmaNedmVnYXFxh7Rc3CuCbP\ngpKkDwt8N8m+JbiWAB83VyLafwUURyWHOhhFY9Va2zb0eCcnRHP8N1zOhYVrZenJ\nElElfI3ZtTVvhHYbP8CcUQ3I8sAmpnXn9r0INFUCcB0TLyogMLcy56BPE6/eDjad\n4Jol70nn/63LULTpzH05mK6RnlBtpKdcwk4MUYC0Gs3STHjss2jaCuMA08veE5Az\nPYqwPC8C3ui+SahAgfIOZSZ5Novzpgjo9BAS2t1vbhWUmK5C6Egq2yJH7Xn3t1I/\nX9GtAIoxZH7jYGPLXaGCbxJlvrwJVrj5MTSW7fVKntNPT9CQRQK5HP2E1dAScsUb\nC7B/Nr0L5htRf7toEiZ0u/e7IFvTn16npcgjXxMw/J3440HkWXHwSpQdcpCC3X3n\nS32BrpKfpRg42tyxNLUCgwMoPIcnBtaHbUFku3Zf2yt8rsSSFpbwy8mWKwZ2K+GL\nUQfb2h5rc04NiHsV7q/rYC23NiQKDNAOohj4PKQG08zPemQUm/nQn7SMFcSWuaaL\nhsDkRnHN0/pNf/oNBXbtceu7oFjUy/kRTC0LxbV0fB0wr45R3nFbwGfPjJ+3AXQu\nJFc13nbzTU3IfXVR+1T07Z6/pXIG1npCpyeG2Y5nge7e3mqLrTgPC4Hj6xt0iQJO\nBB8BCgA4FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPmIXDIABx09qyekzswZ/\nUvM/pFnsZxWwcF8CBwAACgkQmQRhPUzOaMbX/w/8CewN2bztBvEHtSHaY/FZb16/\n0rJZK5SWz3m1fA4z9ReS+/hoKlal+uyA9kz9WpYVQopc3rk8wRx+i8rTTnSw6vIQ\ngcye0WsNKFB+123QkPN/MA0z83xd7RWBWO+CuPnvjgQqNKBfRsCvUR3P8t4hVJ40\nPa0lYtoC7foD85zYTbFfdUTsLrlhiEV1H6gx1u3IWQuINfGhFjPrpqmJEj/TV5F9\ndF3a/B16wtMC35osvKTyza/CI7MUjN44B8PNbF0NVn5kYtICcksgmyjL1o3m7xTg\nITO5PDwpoBK6CDidyPj8mtzhzCgympW5SE9imLqmwkkMPSVExn+RTKOkiUjnF57+\n7fbqnsNX8siykq4Tlsi6KjHCuQU3Y/gi3lZVXzzDTM9GH5Gj9Wuv05ICaoKWGZi+\nj08pgM35RciILIwQdNfMRxu0StXGSKci+MceIy5eWu+MAu8ou8SoO+/M500vqlqf\nIZAXcJb4w7q/F5UW0aZ+sNmEC/+Np4yBHmaWclwdvZvOwysQRyXbpOtD86TBIKPE\ndyBGPjACq7IiwynGMP0XQHpUDKdURtbM0fjos8zDAwfyitavl18xPqsHx6uCSYE3\nC8ndpi5MYocMK7SxDfofDiEuT5DQvNausDpMMnHXqtRjyYxJ7UcW4W3gnc4ljY1/\no4pjnaH/+FGFv0wgm6S0UERlYmlhbiBTZWN1cml0eSBBcmNoaXZlIEF1dG9tYXRp\nYyBTaWduaW5nIEtleSAoMTMvdHJpeGllKSA8ZnRwbWFzdGVyQGRlYmlhbi5vcmc+\niQJUBBMBCgA+FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPl0CGwMFCRLMAwAF\nCwkIBwMFFQoJCAsFFgIDAQACHgECF4AACgkQmQRhPUzOaMaEQg/9HKkVIdHTKU7i\nQrJW8L4cZwG9nJY+j34N/4t7o7mhvU6cCNaQ9hUuONnUeTI+cZTtXL1SVxgAZRad\nYj5CODN4/QSRTTHfsy7WelyCclDa9GZn+bGIljX16VUBNZD2AkXg/faQTF7d4quq\n4P6ZynxJXC3rF1DVBrOQwbTjHNmYsO3Y6zruIk5LLPSxeyGUwK6Eatfb7SgVaXSM\nkXLhr3/itBE47RdXpuT2+gabKbvL/s9bP22LxKCxm5/eTC42YfxtXFUC0hDZA6wq\ngP5v5l72ANEVQ6jIj5gHWWYgadef9subnjenN6cdOekuqH8CKHDRgE8Su1Nc+5nF\nfG0qnaZyzfKGnf5jgoqAxkzfQgSwvYJVFU01UAhJ0kLYxaigpjmXPQosI6P7rgxI\n7yFPkUXfc10G2QQpiKrKppahS1mmhCwZwilG1dQuCpmsFsNLlSVuG4Tyans6eIDV\ngaNh+8AbQA5eRwHvl9KfFgwBk8spM36of8AWkG0T3J4dNDWlUCMXXXIENpJ/y47J\nLIK+S8qQ7bCo4YwLidwZN4/vDk4usZ3djuBXvYwwiefFV+EZDxn4o78gdcoIHmal\n4cpMdqZK95QQ5DN5KKLB4etE2gRzHor2Lqa24YindBwwrHpAJ7WRcvqAaBvc8ty9\niYGIMAO1y1YMrakhoN0FTUrAXpJP3neJAjMEEwEKAB0WIQS4uAtbYj6rath3XEW3\nxdfWNQlH+AUCZ+lA8AAKCRC3xdfWNQlH+EIXEACqQLU/9mVK++URC77Je4WEA7SO\n/XsL8zRoLy+qud0oCHJvcNJVNi8pXHDLBwOKyadU8r6V0oJCmouTLKi/9htlYCew\nIBy7sDYP4OdLygwkPcSu49Vu/+d6YDKKO88+Yh/FIx4BPBasdPUFcmde2weJTS5W\nJJBI3OFmm3zntNArSvZSXjST8WJEfOmPnshBAWrmS3LXhihI1jzwKjl8hBWKaILF\nqysVv1q9IpQEgz9R56ps/rruhq8I69vdnsF5zJpOk08Ngc1IZGdZrR6K8T/fy2SJ\nTa5yAUW4op7b5HAp75BwAwjuI1xwcyJOHGxiYoO9wVZ0Mgs3fFqG7DL8w7KnM2Ad\nmdMzYkrLc7z0tqboOHpkFtMMTuF8iJv4MgbEpeEUN55SH5WpQG23kbalDmNCVWc2\n6f/8Xf2Q32nlthMkae//xXVENvXER7rseP30jC798qP5lvUIF0dM79zK49mksEiL\nik7SU0QGqQMZz0a5vggvf300hySiWWJbhra7D+X5dbGmMiT/3b2WwKuiJvR9w7Vb\nhi8syMz3ezVq1kEZZri/giiccV+ZkxVY/higBo4xyk/U8iCm3MrD2pWCGXC6ndbN\nFnnIOCj3CxW8RYzsGhO7625M+nXHIW/z3HttMPtPc9m/63zSmO8YYQJYZ4L8YOpI\nPPavdl1dZKwRd4LLxokCMwQTAQoAHRYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJn\n6UE6AAoJECVM87WuwKjwW9cP/0J9ltv0jbmRlZlKMSun00J+1Uio0JbKoKzmsmqp\nl1xy7vwcJBqcuUpx+rZELgiyjkWYwiRumzxZxIZKevNOzawXKynSOkWff4fIpMTL\nsyffup7FNpsGWauL+9pKqzmmOQi2no/G21vAXBiPTUCclrBVKnhK/8lFeBpz/fwi\ntl5qrwG1xNnIA9/5xsSZEDCoGRrMM982ocIixQx/EqZ+aj/5F+sDeDDJtSiYa+2N\nQSDS+/VsVdEr7CBfCkPDuxAF2r/LVVwmBo9fIKlA2cQyIwta3E9Af2IKSjOdfRwy\nOoATXm74yVC1q55H9SZZgfitRUBaOi+FMNxHLcpf/QxOFA34y2ovWDFKn+5mR7A7\nSZqVVDh+c/ly9D3KMbXlLG0lNfZQPgV/84wzsWM12oLISCiPDp1OolukOqlY0W70\n00kWCmIc86DMI73QyisTAElFbFLSgHK2nj26AFpMypeD1dURV0HkgEkQHC3nUDC6\nuUIk4/Y39eDwTZY0Uekhea06/zzV3++/wbRfn9iE45DljnlN9Bs4q2cwxyv7Ksp1\n576vhhCEtO2sj4c5UTGvU39gT7DJwkWIbAzi69ucNzDVMPk6WiAPNgkbfWHp8w4m\nIFWxVm2RbxFff1hG6ITgFlIvnuuDqVok+XyZkI1j7PbV5ipC9kIP3U+gnYfSeaeN\nRwp4iQIzBBMBCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmfpTK4ACgkQvDci\nUsoc+WRSVhAAmCoBqVhpf+D49yXLFRZBWulLZOkv4KtJgMka4j5OBMCuyLPAeMqb\nyxcvGSkZkI873/xT3S8+5KCuhOX1Vh3yQqxUX+gOiqou6TKp4jfXC3idLzLtjKTN\nXBIGnqTf/tckKA1xSN3r9asRYdgFmTSHnFrWfDX4TxxL7BOvxsoy3x9nOZgxgigs\nwDTVgNCkVhpJwF3oaEgfA49Ys7Y59tA0bwWFlDQl6ZzNSNDGDJQ4yMqtitUO9Zs/\nWnqYGzcclOpiBa8uM+Aj1ueG39J5Zmv6smJ6w29hZlK+6z8I6rXoDVQyamcwcNEF\naozGaDKnU4mxy+8qVh3ShbYZkcKfCOGZFBS5Uv7QlDHX/VQ6SHnOeXpnJ32KbaXK\n45jxCd0OKDHYqhd+LiXsz2l1olst6IRslEVnAj3oGg+39pTq69gxQ1uOSqWyuRjJ\nScweWwzYzu4du2T+FaKxcVYaE1xEPKCk7kCCdcQB3SFGL29vNaIvBfW6OFZml2jq\ngC4G5ipi/qo7uyBagvBuvdrOQ3QUNe4eydg+zuCbrzm+SqXScuuYbfK4Si9e6QMJ\nwOjZMi4rshlc+uz+rcns/7lbgr36CTtgcDV4oG35c6jMZ9snFsYgdPGkFZ5C1Yu0\nr1D1FyLhDNnTUX0vzmYlyK6BijbQOBkStF0Fmx71xwZ6WSWq5JjmKGyJAlUEEAEK\nAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCZ+layyEaaHR0cDovL2dwZy5nYW5u\nZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcQBEw/+Lq6cd+yxzu64HXtIt6n8\nmT0xOtjx0cTURkxbm4NzVy3Vv1frobsIdhu4aYNqx172tNOKAFbfCtSWln3g8F0H\nWWxNErV9dUk37JyeaVGkbUswpkSfXEUALCDXJzXDCa0wMzOSJs3aEV5v6bxnqvBJ\n6ZRYeZjRmPjgvd1Yzy6tsubUM6exVVCa1Jm5d+fo0K79nRGMwFX7sa+QSIeWSWYy\noAkqmeguuYoicWl7GHV2/+8Rv56EA1n1+1m4P6zVsHQmJ34gUwiZe0NrBYUA25ko\nPMb98kO5L75Q5F5IXTn6PDwN/41UbQ1i2hrwf9DmHYCHlPOw+VfWT+GWOTpUtmjb\nVrWSAWeFOo7QCmPjUzEZtsuGyY4zhsjJeK3GD1hTQRGADEh8Y54ZoZ4IHxINp4hs\nEliTXb5cQ+nFdon9gRf2IK5bkIhkJUMG4A3/n1sePGunQl8FYJfExE9sXiNJgF+Z\nrpisN4RQaU00eyjCmZ4uUZnx9vcuDKzeQ+68xnSShLDOCf6mDUy70hLp+ftnHD85\n/dV19H66GnJpJ/Jbu8HwMce0/7Uq42tYwd4wkablcrRBdtMHrGjLQ7FhCmTSek82\nvahPTheLxYU39T9JleORMPwM9eD/lpMusLNzZy1wwuSVcn9Yx/49TYuvA2VHc3+c\nd+DRoucPKqXsd5sUfJpGiCKJAjMEEwEKAB0WIQQEtUw83KeXUbFrxrUiVinfdbGI\nvQUCZ+ldkwAKCRAiVinfdbGIvfY/D/9gCWmUrMYPrJCOccH1TQigZtJwj6nrOutk\n7Lwsw8d0NvmXOjFgLhr4pC7iDDmc4jgEmxDubxP2z+yIX8tEUM7gE5a/Q1tzsun2\nrBnQPGmmI3THWHms0v8FcSjKCBOYNP5yxVR7rowa+LwyPrJhB3l9Sw5CPC0aU/xA\nh/XhEo6374VElzbvGPWUcousy1+n+UWNm5ekeKbaagchwH0+cBZ+qNuc1iDwFOwe\ntwTiTZ37hX0nie6yeXRpsZ2D3hlLgZJrAFbvxqUu4tvteppSCIOh/rkCNKpbCveD\nvUv/5Z4O1b+ojcO7DYaCq7u3tG1M/pQp7DaI2zqSlFhB/sr3AWbSEXqcT/9r8Mrt\nQLPQymSj3W44Ej8ucdByAGRDPIU2IA8JpWqQjy3lfOYg2yi4bjvIuym3Aqu/cQV+\n356IcXbJBXmBN5nblPE4RS5WcdqjGTqi3tD3C+ufWMbjIuxVu+OTNcZ/SbyhDFnv\n70XkDu3Bx5soEdHPzt2xKc50oc+5MoCScOYVkItZ9UW669hHsQQ9XKbL1TaHK+pi\nmp4t3jk6THoCeiMIg2LSZA4ey9RJhcY/DgfAhCQBOUM2KQqXVjx3q9HAyepFl/+O\n7CtRKp+pneEG99KMTaFkTykg13Iev4zrLT7JNuZ7jWmBia9PrR/Ig7Q1u+qUPfG3\nxv95YJiyNrkCDQRn6T5dARAAoQW1hsaOfilAB8s9w0m5WaRY87+9VtQzbnHkYTX1\nDlLLt5WSniNXXd43Iad+u35mguftq7IOQImc7hsJoZhbYKNXwdiJgjxl7mn3sSjK\nyc6SyCZtGMWZzc1mrhFpmRk7ouFI2eg4wfnNFL2qUoSKEcQQoF3JEzvsOEYHBOf2\nmpAD4ejw+BsiR1/MwFGVttWZkvTXTY9yuP/LgXCAiNJkYcL1wRc+T5gTj2PZ+YSO\nYigvHCkfBdAhtSUYbTbE4cdEtPX0/nUAJxjxKNj08E3MY4uThh3FmHzOKjJ37hAI\nzhjAmIehpCg81jIXNpK6KZwND9+OuHStrGeKXlTqdp8dJuBrnKnbaIWdFHfXSTnI\na42kuDm/e7OG0rYvnHdL26D8Z2aouIvBkto7xQb/HZCm75/UOEzSXcf69hgZQcYB\n32Watj++7hmZ9SYwMyhqTaVuClBt6eyzrMRg1D9ZIymza8qt+ZvwU1yIQzYs8H3Q\npcFZipLRXQKU6XBz5ZP7SLt3NXzn5l2bZFr/KAyTlw9LItq2m636HQlO30Uzi0S3\nPKR/N0vx0pQK+BXumgEDM83XVKRubjQwYBYtLQVwf1b6Zc9D97dWH3U06551lNnr\nGKiIvwTLvIrv8k3tHk/DxTcCS4vbNukUp7Q+W5QJUZb04dJbKvGTkG8za2eF2yEo\nJs8AEQEAAYkEcgQYAQoAJhYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6T5dAhsC\nBQkSzAMAAkAJEJkEYT1MzmjGwXQgBBkBCgAdFiEEich6zqXda45qcGiAjp+DEgW0\nupUFAmfpPl0ACgkQjp+DEgW0upXHcA/9H44grBYZerrEPYiMggXX4jWkabx+PdF9\nhasv360RsKMmvg0fEzFkMaJjAL/qNoPFTwN+wyMiJEZSn2mHBSGHhsFWXLSZKWxe\nYKJ3yC0oJ8xLWgVBMrOSL+UJRnNgCvKwQCZQv9D32fe8QmMxfAzZOTyH4vn/vKjo\nUQl0MmNpx53Lr1eYFppocUugGcjzrY1b9GNPOYBLXfKVbdq+OnOZN8a8qAjuW3in\n2t1CJYP1Vi8FaU/x6UqBOv6FCJTNUZSTe11G/yW2Nw9iv5LCgExJF2C6cFcfjabf\nbEg6xp6S7z4vOfANrkmKhO1C4/bPFt8DML7ld5g3A7hu4YHzjaveHWilBBfv9yPG\n7ku2u/vJ+JSbOQdo0PhSyhyz2m8jqXNM2GSq7AwSrWUAmQK7R4JdkBNOgM8YNklY\nApdNBLHnvB4rmvnR8CmEQFX4j0Ejn5i+D83Lm2SVdYWVx9oxZKkGfR4A93OBnu4G\nNHAx1A98LqAj6Rcbgn7OhIqssqo1sT0TNKXkgoNjqnHNK4KkXgxSQIddYcrRvIkw\n0fJHLoc+bF8JpEEj4/s1SE0kgGPGijqyLjRm4qPrPtg7bU5pysrRKdgTqth6pVmm\nMPM+U8C9NER4pWWByou0FzZkhGISDwKRyj/N24xf0unHTfUv9te7rKrPqc9YKDlm\nA9d++ocjvym4pQ//XeoGMAykBg2patxNShtQsf9jTqI6NzWJ85UZqhIxe/9SO/SU\n8dgLy7gqiq9kt6ZRxVMKi1Gz4bwOIVeuGPTeOQibb1jWsWLuoYVSm3nUWuc/eM/w\nZ9dZx0vCeQ533bdeWte/xVK99MYr5UPAcKf+OdVkzwLJxbIH0N6ynKXRloxYeB6e\n99DsV/e6YrlDnb8JYE4FdsWjQ58Q7AO1kqoxxhRMXMvsqRJ79c5Or8resw3YkyEi\nneN4KEJ6oCP1FacwfJLeu0tAiJQP5r+ydXikLPsmJvRv0xmb9IuCJG/KpGFJ7XL4\nI0LXNAfFhvvDj9WQ07JeejJhIaBxbIYcyL+gbvtWvq0xFzvRWob0+SLRIcTSYctB\nFl7Ls7KudtgJ5rqPDic9VDwzjfm6jC9yFJKePd1S1cqi9MaErEIu6fpn6u0uqlPH\nsjfoQg/YXsrRYi6Usj/AB5496kE313jsA7hXmmkmgPTrwWvtaIAPK5tYML+3hLvB\nP0cpyXu/QbmD/DYTHvFOdP7LaOyjHQGZwqjb1AK5L7U4Aa9GXkkt7G9wiq89EQPw\n9vbNJhV7WCeJA4kXFoakCavsakqZCrvYLOLM+THJGlNmByic7V8ngv7LkBlxLLMn\nvu8DEDQfJ3ct9SQ72wCMuoDSPTQL1BZRDroDXT208eU0FQ+PLbCokiDjz9aYMwRn\n4arVFgkrBgEEAdpHDwEBB0BGWHU5fzgo8lF50A/8ztbE8US2FbKkCnye950WGppf\nSrRHRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAoMTMvdHJpeGllKSA8ZGViaWFu\nLXJlbGVhc2VAbGlzdHMuZGViaWFuLm9yZz6IlgQTFggAPhYhBEFYf324x3S8zxMU\nFnYvZ6Cyw53kBQJn4arVAhsDBQkPCZwABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheA\nAAoJEHYvZ6Cyw53kONUA/j1L971UC2f2KnYNePnPHzsylRecscCFP8uwnsmh2cqh\nAQDya6sSp1wLSk+wADoaZ6/+XPQxZTJ97ljoMwHq3XoVC4h1BBMWCgAdFiEEymGd\nZacqe638ltKAGWQYqut0yKEFAmfhq2YACgkQGWQYqut0yKHGcAD/eLtY5RQPJ5rq\n0AFUZ8Up8ePrIBt9wpWvkYvRZI5CJc0BALZhMqhN8Jj9Y5mcLAQd5ukzcyvr4DyV\n6ePykXObyYUCiQIyBBABCgAdFiEEcgNjDiyOcnJRaE/rxc5dwsVCzVkFAmfi/n0A\nCgkQxc5dwsVCzVl92Q/3R9tc7J1Y1vWJfC7+9pSPFLHk2TRnCSOPs+Lvg9kh931z\nQu5/+Pt0Qe4k7OQ4q+SulNh5A3wyz0hNVMx41I6hCfy2dizGEeodRwj3Kb+8nqWI\niwTYr3mDAfaY5Dbii3n2kzJBfuxcTgO5CqWsRbUlF6YqztYkHYT/gjuyaobf7+ap\ncCgcqSkUEybW/201XHVOncRHoLhUWzM42WZfQ0sHkh/7BKK2zUuexWAErUMd3c3G\nHvxhAvRbbEEI5+wevJoqQtbq2nV59Okwd97iUMSBMW8RZo7c2U8R4Pru7EAqkQbV\nv8LMGrH46DVFP7SJmRb2hdigokjRXHQeVh4yuG4T5DQWrL+dlhxaGrfLpO4YL0n6\nHIHsPdnud7jzM0ZoBTjHv7qm+SaUFac3A8f8iUZt7Fr8Xyj6tTQBau9gJVFxttxK\nyCSrUOX9eNu+XH2DCQqeFpxtDlVQ4DZmSnqgGf+kUPVbzETRfh00dwzcnmQIB5m6\nzOM8hle/C68CNo4TtnEq8YOVBNYrzNHmH229zAx9U0P4SorSp8MYMy0mq79bSVIm\nPcb8Uw7doafQqzpvtyaNsIaOaftYEYlPY+8fgDiaXWqilbLs6e3rO3X4KWXL/RR/\nvkBqYlKsABgUUgmVylYf/s1FbYv6fUWgg6/nGPmHrvm4eH9YWU9M1CqtFo+nWg==\n=uwm3\n-----END PGP PUBLIC KEY BLOCK-----\n";

;// CONCATENATED MODULE: ./packages/debian/src/keyring.ts
/**
 * The OpenPGP keys an archive's InRelease must be signed by: Debian's archive keys shipped with the
 * project (embedded, so a bundled action needs no asset file), or a keyring the user gives, armored
 * (`.asc`) or binary (`.gpg`, as apt's `Signed-By` files are).
 */



const ARMOR_START = "-----BEGIN PGP PUBLIC KEY BLOCK-----";
/**
 * Reads every public key in `data`. Private keys are reduced to their public halves: verifying
 * needs nothing more, and nothing secret should stay in memory. `name` says where the keys came
 * from in errors.
 */
async function readKeyring(data, name) {
    const text = typeof data === "string" ? data : undefined;
    const bytes = typeof data === "string" ? undefined : data;
    const armored = text ?? (bytes && Buffer.from(bytes.subarray(0, 256)).toString("latin1").includes(ARMOR_START));
    let keys;
    try {
        keys = armored
            ? await (0,openpgp/* readKeys */.x4)({ armoredKeys: text ?? Buffer.from(bytes).toString("utf8") })
            : await (0,openpgp/* readKeys */.x4)({ binaryKeys: bytes });
    }
    catch (error) {
        throw new errors/* DebianError */.c4(`keyring ${name}: not an OpenPGP keyring (${error.message})`);
    }
    if (keys.length === 0)
        throw new errors/* DebianError */.c4(`keyring ${name}: holds no keys`);
    return keys.map((key) => key.toPublic());
}
let shipped;
/** Debian's archive keys as shipped (see packages/debian/keys/README.md); read once per process. */
function defaultKeyring() {
    shipped ??= readKeyring(DEBIAN_ARCHIVE_KEYRING_ARMOR, "debian-archive-keyring (shipped)");
    return shipped;
}

;// CONCATENATED MODULE: ./packages/debian/src/resolver.ts
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
    throw new errors/* ResolutionError */.fe(["resolution"], `gave up after ${maximumAttempts} attempts`);
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
                throw new errors/* ResolutionError */.fe([record.name], `local package is for ${record.architecture}, not ${request.architecture}`);
            if (this.local[index - 1]?.name === record.name)
                throw new errors/* ResolutionError */.fe([record.name], "given as a local package twice");
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
            versions.sort((a, b) => compareVersions(b.version, a.version));
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
                parseVersion(version);
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
        if (known.some((entry) => formatRelation(entry.relation) === formatRelation(constraint)))
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
    resolveGroup(group, chain, text = formatAlternatives(group)) {
        const applicable = group.filter((relation) => appliesOnArchitecture(relation, this.universe.architecture));
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
                throw new errors/* ResolutionError */.fe(step, `local package ${chosen.name} ${chosen.version} does not satisfy it`);
            if (this.constraints.add(relation, step))
                return RESTART;
        }
        throw new errors/* ResolutionError */.fe(step, this.whyNoCandidate(applicable));
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
            return `no candidate also satisfies ${formatRelation(blocking.relation)} (needed by ${blocking.chain.join(" → ")})`;
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
        const check = (group, chain, text = formatAlternatives(group)) => {
            const applicable = group.filter((relation) => appliesOnArchitecture(relation, this.universe.architecture));
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
        return (!relation.version || satisfiesVersion(candidate.version, relation.version.operator, relation.version.version));
    }
    /** Policy §7.5: an unversioned Provides never satisfies a versioned relation. */
    satisfiesByProviding(candidate, relation) {
        if (!architectureSatisfies(candidate, relation, this.universe.architecture))
            return false;
        return candidate.provides.some((provided) => provided.name === relation.name &&
            (!relation.version ||
                (provided.version !== undefined &&
                    satisfiesVersion(provided.version, relation.version.operator, relation.version.version))));
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
    return required || compareVersions(b.version, a.version) || byName(a.name, b.name);
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

;// CONCATENATED MODULE: ./packages/debian/src/lock.ts
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
const lock_PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+$/;
/** Debian Policy §5.6.12: an optional epoch, upstream version and revision. */
const PACKAGE_VERSION = /^(?:\d+:)?[A-Za-z0-9.+~-]+$/;
/** `name` or `name=version`, as `debian-packages` lines and the CLI take them. */
function parseRequestedPackage(text) {
    const [name, version, extra] = text.trim().split("=");
    if (extra !== undefined ||
        !name ||
        !lock_PACKAGE_NAME.test(name) ||
        (version !== undefined && !PACKAGE_VERSION.test(version)))
        throw new errors/* DebianError */.c4(`package ${JSON.stringify(text.slice(0, 120))}: expected name or name=version`);
    return version === undefined ? { name } : { name, version };
}
async function lockPackages(options) {
    const requested = options.packages.map(parseRequestedPackage);
    const targets = options.platforms.map((platform) => ({ platform, architecture: debianArchitecture(platform) }));
    const bases = await Promise.all(targets.map(({ platform }) => readBaseImage(options.clients, options.base, platform)));
    const codename = bases[0]?.codename;
    const sources = parseSources(options.sources, codename);
    if (sources.length === 0 && requested.length > 0)
        throw new errors/* DebianError */.c4("debian-sources: give at least one archive to install packages from");
    const locals = await Promise.all((options.localDebs ?? []).map(localPackageRecord));
    const archive = new ArchiveClient({
        cacheDir: options.cacheDir,
        keys: options.keys ?? (await defaultKeyring()),
        ...(options.transport ? { transport: options.transport } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    try {
        const results = await Promise.all(targets.map(async ({ platform, architecture }, index) => {
            const candidates = await archiveRecords(archive, sources, architecture);
            const local = locals.filter((record) => record.architecture === architecture || record.architecture === "all");
            const resolution = resolveDependencies({
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
    return indexes.flatMap((index) => packageRecordsFrom(parseStanzas(index.text), index.archive).map((record) => ({
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
    const [{ control }, size, sha256] = await Promise.all([readDebControl(path), fileSize(path), fileSha256(path)]);
    const stanza = parseStanzas(control)[0];
    if (!stanza)
        throw new errors/* DebianError */.c4(`${path}: the .deb has an empty control file`);
    const [record] = packageRecordsFrom([{ ...stanza, Filename: path, Size: String(size), SHA256: sha256 }], "file");
    return record;
}
async function fileSize(path) {
    try {
        return (await (0,promises_.stat)(path)).size;
    }
    catch (error) {
        throw new errors/* DebianError */.c4(`${path}: cannot read the .deb (${error.code ?? "error"})`);
    }
}
function fileSha256(path) {
    return new Promise((resolvePromise, reject) => {
        const hash = (0,external_node_crypto_.createHash)("sha256");
        (0,external_node_fs_.createReadStream)(path)
            .on("data", (chunk) => hash.update(chunk))
            .on("error", reject)
            .on("end", () => resolvePromise(hash.digest("hex")));
    });
}
async function fetchLockedDebs(options) {
    const locked = options.lockfile.architectures[options.architecture];
    if (!locked)
        throw new errors/* DebianError */.c4(`the lock file has no packages for ${options.architecture} (it has ${Object.keys(options.lockfile.architectures).join(", ") || "none"}); lock again with that platform`);
    // No keys: nothing here reads an index; each file is checked against the hash the lock names.
    const archive = new ArchiveClient({
        cacheDir: options.cacheDir,
        keys: [],
        ...(options.transport ? { transport: options.transport } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    try {
        const cached = await archive.fetchDebs(locked.map((item) => ({ url: item.url, sha256: item.sha256, size: item.size })));
        if (options.outDir)
            await (0,promises_.mkdir)(options.outDir, { recursive: true });
        const debs = await Promise.all(locked.map(async (item, index) => {
            const source = cached[index];
            const path = options.outDir ? (0,external_node_path_.join)(options.outDir, debFileName(item)) : source;
            if (options.outDir)
                await (0,promises_.copyFile)(source, path);
            const { maintainerScripts } = await readDebControl(path);
            return { name: item.name, version: item.version, path, maintainerScripts };
        }));
        return { debs, stats: archive.stats };
    }
    finally {
        await archive.close();
    }
}
/** Debian's own naming of a .deb (an epoch's colon written `%3a`, as apt and the archive do). */
function debFileName(item) {
    return (0,external_node_path_.basename)(`${item.name}_${item.version.replace(/:/g, "%3a")}_${item.architecture}.deb`);
}

;// CONCATENATED MODULE: ./packages/debian/src/lockfile.ts
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
const lockfile_SHA256 = /^[0-9a-f]{64}$/;
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
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        throw new errors/* DebianError */.c4(`lock file ${path}: cannot read it (${error.code ?? "error"})`);
    }
    return parseLockfile(text, path);
}
function parseLockfile(text, where = "lock file") {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new errors/* DebianError */.c4(`${where} is not valid JSON`);
    }
    const fail = (problem) => {
        throw new errors/* DebianError */.c4(`${where}: ${problem}`);
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
        architectures[architecture] = list.map((entry, index) => lockfile_lockedPackage(entry, `architectures.${architecture}[${index}]`, fail));
    }
    return { requested, sources, architectures };
}
function lockfile_lockedPackage(entry, at, fail) {
    if (!isObject(entry))
        return fail(`${at} must be an object`);
    const text = (name) => typeof entry[name] === "string" && entry[name] !== "" ? entry[name] : fail(`${at}.${name} is missing`);
    const sha256 = text("sha256");
    if (!lockfile_SHA256.test(sha256))
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

;// CONCATENATED MODULE: ./packages/debian/src/index.ts


















/***/ })

};
