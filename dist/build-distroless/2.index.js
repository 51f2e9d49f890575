export const id = 2;
export const ids = [2];
export const modules = {

/***/ 5002:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _image_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4579);
/* harmony import */ var _image_actions_debian__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3423);
/* harmony import */ var _shared_runtime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(736);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7715);
// The action's start: its user errors, and `run`. Loaded by index.ts once the compile cache is on.




await (0,_image_actions_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(_main_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e, [..._shared_runtime_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_ERROR_CLASSES */ .CW, _image_actions_debian__WEBPACK_IMPORTED_MODULE_1__/* .DebianError */ .c4]);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 10 modules
var src = __webpack_require__(4579);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var oci_src = __webpack_require__(7794);
;// CONCATENATED MODULE: ./packages/build/src/image.ts
/**
 * The image around the new layers: its config (the base's, with the added layers, the caller's
 * entrypoint, cmd, env, user, workdir and labels, and `created` and history from
 * `source-date-epoch`), its manifest, and the index over several platforms. Every document is
 * serialised with sorted keys and no whitespace, so the same inputs give the same bytes — and so the
 * same digests — on any machine, in any time zone, at any hour.
 */

const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
/** JSON with object keys sorted at every level: one text for one value. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== "object")
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const item = value[key];
        if (item !== undefined)
            sorted[key] = sortKeys(item);
    }
    return sorted;
}
function image_document(value, mediaType) {
    const bytes = Buffer.from(canonicalJson(value));
    return { bytes, digest: (0,oci_src/* digestOf */.ol)(bytes), mediaType };
}
/** The base's config with the added layers and the caller's changes; `created` from the epoch. */
function buildConfig(base, layers, changes, sourceDateEpoch) {
    const created = new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z");
    const inner = { ...(base.config ?? {}) };
    if (changes.entrypoint) {
        inner.Entrypoint = changes.entrypoint;
        if (!changes.cmd)
            delete inner.Cmd;
    }
    if (changes.cmd)
        inner.Cmd = changes.cmd;
    if (changes.env.size > 0)
        inner.Env = mergeEnv(inner.Env ?? [], changes.env);
    if (changes.labels.size > 0)
        inner.Labels = {
            ...(inner.Labels ?? {}),
            ...Object.fromEntries(changes.labels),
        };
    if (changes.user !== undefined)
        inner.User = changes.user;
    if (changes.workdir !== undefined)
        inner.WorkingDir = changes.workdir;
    const config = {
        ...base,
        created,
        config: inner,
        rootfs: { type: "layers", diff_ids: [...(base.rootfs?.diff_ids ?? []), ...layers.map((layer) => layer.diffId)] },
        history: [
            ...(base.history ?? []),
            ...layers.map((layer) => ({ created, created_by: layer.createdBy })),
        ],
    };
    return image_document(config, OCI_CONFIG);
}
/** `NAME=value` entries with `changes` applied by name, in the base's order, new names after, sorted. */
function mergeEnv(base, changes) {
    const nameOf = (entry) => (entry.includes("=") ? entry.slice(0, entry.indexOf("=")) : entry);
    const merged = base.map((entry) => changes.has(nameOf(entry)) ? `${nameOf(entry)}=${changes.get(nameOf(entry))}` : entry);
    const present = new Set(base.map(nameOf));
    const added = [...changes.keys()].filter((name) => !present.has(name)).sort();
    return [...merged, ...added.map((name) => `${name}=${changes.get(name)}`)];
}
function buildManifest(config, layers, annotations) {
    return image_document({
        schemaVersion: 2,
        mediaType: oci_src/* OCI_MANIFEST */.EG,
        config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
        layers: layers.map(({ mediaType, digest, size, annotations: layerAnnotations }) => ({
            mediaType,
            digest,
            size,
            ...(layerAnnotations ? { annotations: layerAnnotations } : {}),
        })),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    }, oci_src/* OCI_MANIFEST */.EG);
}
/** An index of per-platform manifests, in the order given (the caller sorts platforms). */
function buildIndex(manifests, annotations) {
    return image_document({
        schemaVersion: 2,
        mediaType: oci_src/* OCI_INDEX */.$p,
        manifests: manifests.map(({ manifest, platform }) => ({
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
            platform,
        })),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    }, oci_src/* OCI_INDEX */.$p);
}
/** The OCI annotations every built manifest carries: the base it came from, when, and from what. */
function imageAnnotations(base, sourceDateEpoch, provenance) {
    return {
        "org.opencontainers.image.base.name": base.name,
        "org.opencontainers.image.base.digest": base.digest,
        "org.opencontainers.image.created": new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z"),
        ...(provenance.source ? { "org.opencontainers.image.source": provenance.source } : {}),
        ...(provenance.revision ? { "org.opencontainers.image.revision": provenance.revision } : {}),
        ...(provenance.version ? { "org.opencontainers.image.version": provenance.version } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/build/src/artifact-referrer.ts
/**
 * One file attached to the manifest it describes, as an OCI 1.1 referrer (image-spec manifest.md,
 * "Guidelines for Artifact Usage"): an artifact manifest whose `artifactType` names what it holds,
 * whose config is the OCI empty config, whose one layer is the file and whose `subject` is the
 * manifest. Listed by the registry's referrers API or, where there is none, in the `sha256-<hex>`
 * fallback index (the same code the signatures use, so promote and mirror carry it like everything
 * else). Its bytes depend only on the file, its type, the subject and `created`, so attaching it
 * again writes nothing new and a rebuild stays reproducible.
 */


/** Attaches `file` to `subject` in `repository`; returns the referrer manifest's digest. */
async function attachArtifact(client, repository, subject, file, created) {
    const layer = {
        mediaType: file.mediaType,
        size: file.bytes.length,
        digest: (0,oci_src/* digestOf */.ol)(file.bytes),
        ...(file.annotations ? { annotations: file.annotations } : {}),
    };
    const config = {
        mediaType: oci_src/* OCI_EMPTY_CONFIG */.Vt,
        size: oci_src/* EMPTY_CONFIG */.$v.length,
        digest: (0,oci_src/* digestOf */.ol)(oci_src/* EMPTY_CONFIG */.$v),
    };
    await client.uploadBlob(repository, layer, () => file.bytes);
    await client.uploadBlob(repository, config, () => oci_src/* EMPTY_CONFIG */.$v);
    const bytes = Buffer.from(canonicalJson({
        schemaVersion: 2,
        mediaType: oci_src/* OCI_MANIFEST */.EG,
        artifactType: file.mediaType,
        config,
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { "org.opencontainers.image.created": created },
    }));
    const manifest = (0,oci_src/* parseManifest */.Ng)(bytes, (0,oci_src/* digestOf */.ol)(bytes), oci_src/* OCI_MANIFEST */.EG);
    await client.putManifest(repository, manifest.digest, manifest);
    const { api } = await client.referrers(repository, subject.digest);
    if (!api)
        await client.addToFallbackIndex(repository, subject.digest, [manifest]);
    return manifest.digest;
}
/** `org.opencontainers.image.created` of a build's referrers: its source-date-epoch, to the second. */
function createdAt(sourceDateEpoch) {
    return new Date(sourceDateEpoch * 1000).toISOString().replace(/\.000Z$/, "Z");
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/debian/src/index.ts + 19 modules
var debian_src = __webpack_require__(3423);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
;// CONCATENATED MODULE: ./packages/build/src/block-deflate.ts
/**
 * One block of a block-parallel gzip stream (parallel-gzip.ts), the way pigz makes its blocks: raw
 * deflate (RFC 1951) of the block alone, primed with the 32 KiB of input before it as the dictionary,
 * ended by a sync flush (an empty stored block, RFC 1951 §3.2.4, which also byte-aligns it) and never
 * a final block. Blocks made so concatenate into one valid deflate stream, and each block's bytes
 * depend only on its own input and the 32 KiB before it: not on which thread made it, nor in what
 * order. pako (pure JS, pinned) makes them, so the bytes are the same on every Node version.
 */

function deflateBlock(block, dictionary, level) {
    const deflate = new pako/* Deflate */.Gy({ level, raw: true, ...(dictionary.length > 0 ? { dictionary } : {}) });
    const chunks = [];
    deflate.onData = (chunk) => {
        chunks.push(chunk);
    };
    deflate.push(block, pako/* Z_SYNC_FLUSH */._c);
    if (deflate.err)
        throw new Error(`deflate: ${deflate.msg}`);
    if (chunks.length === 1)
        return chunks[0];
    const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/build/src/parallel-gzip.ts
/**
 * A gzip stream (RFC 1952, one member) made of independently deflated fixed-size blocks, as pigz
 * makes it: the input is cut into GZIP_BLOCK-byte blocks, each deflated on its own
 * (block-deflate.ts) with the 32 KiB before it as dictionary, in worker threads once the stream is
 * large enough to pay for them; the blocks are written in order, then an empty final block, then the
 * CRC-32 and length of the whole input. The bytes depend only on the input, the block size and the
 * level: not on the number of workers, the machine, the order blocks finish in or the Node version
 * (pako, pure JS and pinned, does the deflating; CRC-32 is arithmetic).
 *
 * Small streams never start a worker: up to PARALLEL_FROM bytes the blocks are deflated on the
 * calling thread — the same bytes, without the ~30–50 ms a worker takes to start. Memory: at most
 * one block per worker and one more are in flight.
 */




/** Deflate input per block: large enough that the per-block flush and restart cost little ratio. */
const GZIP_BLOCK = 1024 * 1024;
/** Deflate's window: what each block is primed with from the input before it. */
const DICTIONARY_BYTES = 32 * 1024;
/** A stream up to this size is deflated on the calling thread (measured: below it, starting workers costs more than it saves). */
const PARALLEL_FROM = 4 * GZIP_BLOCK;
const MAX_WORKERS = 4;
/** RFC 1952 §2.3: ID1 ID2, CM=8 (deflate), no flags, MTIME 0, XFL 0, OS 3 (Unix) — what pako and gzip -n write. */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3);
/** An empty fixed-Huffman block with BFINAL set (RFC 1951 §3.2.3 and §3.2.6): the stream's end. */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);
class ParallelGzip {
    #level;
    #workerCount;
    #emit;
    #pool;
    #pending = [];
    #pendingBytes = 0;
    #dictionary = new Uint8Array(0);
    #inputBytes = 0;
    #crc = 0;
    #sequence = 0;
    /** Blocks deflating or deflated, in stream order, not yet emitted. */
    #inFlight = [];
    #started = false;
    constructor(options) {
        this.#level = options.level;
        this.#workerCount = Math.max(1, Math.min(options.workers ?? (0,external_node_os_.availableParallelism)(), MAX_WORKERS));
        this.#emit = options.emit;
    }
    async write(bytes) {
        if (!this.#started) {
            this.#started = true;
            await this.#emit(GZIP_HEADER);
        }
        this.#crc = (0,external_node_zlib_.crc32)(bytes, this.#crc);
        this.#inputBytes += bytes.length;
        this.#pending.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
        this.#pendingBytes += bytes.length;
        if (this.#pendingBytes < GZIP_BLOCK)
            return;
        const joined = Buffer.concat(this.#pending);
        let offset = 0;
        for (; offset + GZIP_BLOCK <= joined.length; offset += GZIP_BLOCK)
            await this.#submit(joined.subarray(offset, offset + GZIP_BLOCK));
        const tail = joined.subarray(offset);
        this.#pending = tail.length > 0 ? [Buffer.from(tail)] : [];
        this.#pendingBytes = tail.length;
    }
    /** Deflates what is left, writes the end of the stream and stops the workers. */
    async end() {
        try {
            if (!this.#started) {
                this.#started = true;
                await this.#emit(GZIP_HEADER);
            }
            if (this.#pendingBytes > 0)
                await this.#submit(Buffer.concat(this.#pending));
            this.#pending = [];
            while (this.#inFlight.length > 0)
                await this.#emit(await this.#inFlight.shift());
            const trailer = Buffer.alloc(8);
            trailer.writeUInt32LE(this.#crc >>> 0, 0);
            // RFC 1952 §2.3.1: ISIZE is the input's length modulo 2^32.
            trailer.writeUInt32LE(this.#inputBytes % 2 ** 32, 4);
            await this.#emit(FINAL_EMPTY_BLOCK);
            await this.#emit(trailer);
        }
        finally {
            this.close();
        }
    }
    /** Stops the workers (after a failure, or once ended). */
    close() {
        this.#pool?.close();
        this.#pool = undefined;
    }
    async #submit(block) {
        // The block's own copy: `block` may be a view of a buffer reused or transferred later.
        const own = new Uint8Array(block);
        // Every block but the last is GZIP_BLOCK ≥ 32 KiB long, so the window before a block is the
        // previous block's tail.
        const dictionary = this.#dictionary;
        this.#dictionary = own.slice(Math.max(0, own.length - DICTIONARY_BYTES));
        const sequence = this.#sequence++;
        if (this.#inputBytes <= PARALLEL_FROM && !this.#pool) {
            this.#inFlight.push(Promise.resolve(deflateBlock(own, dictionary, this.#level)));
        }
        else {
            this.#pool ??= new DeflatePool(this.#workerCount);
            const result = this.#pool.deflate({
                sequence,
                block: own,
                dictionary,
                level: this.#level,
            });
            result.catch(() => undefined);
            this.#inFlight.push(result);
        }
        while (this.#inFlight.length > this.#workerCount + 1 || (this.#inFlight.length > 0 && !this.#pool))
            await this.#emit(await this.#inFlight.shift());
    }
}
/** Worker threads running deflate-worker; jobs go to whichever is least busy. */
class DeflatePool {
    #workers;
    #waiting = new Map();
    constructor(count) {
        this.#workers = Array.from({ length: count }, () => {
            // None of the parent's flags: `--input-type` or `--eval` (a script run with `node -e`) are
            // refused in a worker, and deflating needs none.
            // A small young generation: each block leaves ~1.5 MiB of garbage (pako's state, the block,
            // its output), and V8's default nursery let two workers hold ~130 MiB of it between collections.
            const worker = new external_node_worker_threads_.Worker(workerFile(), {
                execArgv: [],
                resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 },
            });
            worker.unref();
            const entry = { worker, busy: 0 };
            worker.on("message", (result) => {
                entry.busy--;
                const waiting = this.#waiting.get(result.sequence);
                this.#waiting.delete(result.sequence);
                if ("error" in result)
                    waiting?.reject(new Error(`gzip block ${result.sequence}: ${result.error}`));
                else
                    waiting?.resolve(result.deflated);
            });
            worker.on("error", (error) => this.#failAll(error));
            worker.on("exit", (code) => {
                if (this.#waiting.size > 0)
                    this.#failAll(new Error(`a deflate worker exited with code ${code}`));
            });
            return entry;
        });
    }
    deflate(job) {
        const entry = this.#workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
        entry.busy++;
        return new Promise((resolve, reject) => {
            this.#waiting.set(job.sequence, { resolve, reject });
            entry.worker.postMessage(job, [job.block.buffer]);
        });
    }
    close() {
        for (const { worker } of this.#workers)
            void worker.terminate();
    }
    #failAll(error) {
        for (const waiting of this.#waiting.values())
            waiting.reject(error);
        this.#waiting.clear();
    }
}
/**
 * The worker's file: deflate-worker.ts beside this module when running from source; in a bundle
 * (dist/<action>/index.js), the deflate-worker.js scripts/build.ts writes beside it.
 */
function workerFile() {
    const name = import.meta.url.endsWith(".ts") ? "deflate-worker.ts" : "deflate-worker.js";
    return new URL(name, import.meta.url);
}

;// CONCATENATED MODULE: ./packages/build/src/tar-writer.ts
/**
 * A tar + gzip writer whose bytes depend only on what is written to it. Headers are POSIX ustar
 * (numeric owners, empty user/group names, no atime/ctime); a path or link target that does not fit
 * ustar's name/prefix fields gets a PAX extended header holding only `path`/`linkpath`, named and
 * dated from the entry itself, so it is as deterministic as the rest. Compression is pako (a pure-JS
 * port of zlib's deflate, pinned), in independent 1 MiB blocks deflated in worker threads
 * (parallel-gzip.ts), with a gzip header carrying no file name and mtime 0: the blob is the same on
 * any Node or zlib version and with any number of cores. The uncompressed tar and the
 * gzip stream are hashed as they flow (diff_id and digest), and the output is written with
 * back-pressure, so a large body costs a few blocks of memory.
 */



const BLOCK = 512;
/** Deflate input is cut into independent blocks of this size (parallel-gzip.ts); the bytes depend on it. */
const DEFLATE_BLOCK = GZIP_BLOCK;
/**
 * Fixed so the blob never changes with a default. 4, not zlib's usual 6: with pako, 6 takes about
 * 1.8× as long on binaries for ~5% smaller blobs (50 MB of /usr/bin: 3.5 s → 16.9 MB vs 6.3 s → 16.1 MB).
 */
const GZIP_LEVEL = 4;
/**
 * The pako the blobs are made with (pinned in package.json; test/integration/build-layer-cache.test.ts checks the two agree). A
 * different deflate may emit different bytes for the same tar, so the layer cache keys on it.
 */
const PAKO_VERSION = "3.0.3";
/** The largest value ustar's 12-byte octal size field holds (8 GiB - 1). */
const MAX_OCTAL_SIZE = 0o77777777777;
const MAX_OCTAL_ID = 0o7777777;
const TYPEFLAG = {
    file: "0",
    link: "1",
    symlink: "2",
    "character-device": "3",
    "block-device": "4",
    directory: "5",
    fifo: "6",
};
class DeterministicTarGzWriter {
    #out;
    #tarHash = (0,external_node_crypto_.createHash)("sha256");
    #gzHash = (0,external_node_crypto_.createHash)("sha256");
    #gzip;
    #gzSize = 0;
    #failed;
    /** `workers`: deflate threads for a large layer (default: the cores); never changes the bytes. */
    constructor(outFile, options = {}) {
        this.#out = (0,external_node_fs_.createWriteStream)(outFile);
        this.#out.on("error", (error) => {
            this.#failed = error;
        });
        this.#gzip = new ParallelGzip({
            level: GZIP_LEVEL,
            ...(options.workers ? { workers: options.workers } : {}),
            emit: (bytes) => this.#emitCompressed(bytes),
        });
    }
    /** Writes one entry; `body` (regular files only) must yield exactly `header.size` bytes. */
    add(header, body) {
        return writeTarEntry(header, body, (bytes) => this.#write(bytes));
    }
    /** Writes the end-of-archive marker, flushes the compressor and closes the file. */
    async finish() {
        await this.#write(Buffer.alloc(BLOCK * 2));
        await this.#gzip.end();
        await new Promise((resolve, reject) => {
            this.#out.end((error) => (error ? reject(error) : resolve()));
        });
        if (this.#failed)
            throw this.#failed;
        return {
            digest: `sha256:${this.#gzHash.digest("hex")}`,
            diffId: `sha256:${this.#tarHash.digest("hex")}`,
            size: this.#gzSize,
        };
    }
    /** Stops writing after a failure: closes the file without finishing it, and stops the workers. */
    abort() {
        this.#gzip.close();
        this.#out.destroy();
    }
    async #write(bytes) {
        if (this.#failed)
            throw this.#failed;
        this.#tarHash.update(bytes);
        await this.#gzip.write(bytes);
    }
    async #emitCompressed(chunk) {
        if (this.#failed)
            throw this.#failed;
        this.#gzHash.update(chunk);
        this.#gzSize += chunk.length;
        if (!this.#out.write(chunk)) {
            await new Promise((resolve, reject) => {
                const onError = (error) => reject(error);
                this.#out.once("error", onError);
                this.#out.once("drain", () => {
                    this.#out.off("error", onError);
                    resolve();
                });
            });
        }
        if (this.#failed)
            throw this.#failed;
    }
}
/**
 * The same tar as DeterministicTarGzWriter writes, hashed and thrown away: no deflate, no file. The
 * layer cache uses it to learn the diff_id its inputs make without paying for compression.
 */
class TarDiffIdWriter {
    #tarHash = (0,external_node_crypto_.createHash)("sha256");
    add(header, body) {
        return writeTarEntry(header, body, async (bytes) => {
            this.#tarHash.update(bytes);
        });
    }
    async finish() {
        this.#tarHash.update(Buffer.alloc(BLOCK * 2));
        return { diffId: `sha256:${this.#tarHash.digest("hex")}` };
    }
    abort() { }
}
async function writeTarEntry(header, body, write) {
    const size = header.type === "file" ? (header.size ?? 0) : 0;
    for (const block of encodeHeaders(header, size))
        await write(block);
    if (size === 0)
        return;
    if (!body)
        throw new Error(`tar entry ${header.path}: ${size} bytes declared and no body`);
    let written = 0;
    if (Buffer.isBuffer(body)) {
        await write(body);
        written = body.length;
    }
    else {
        for await (const chunk of body) {
            written += chunk.length;
            if (written > size)
                break;
            await write(chunk);
        }
    }
    if (written !== size)
        throw new Error(`tar entry ${header.path}: the body has ${written} bytes, not ${size}`);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding)
        await write(Buffer.alloc(padding));
}
/** The header block(s) for one entry: a PAX header first when the path or link does not fit. */
function encodeHeaders(header, size) {
    if (size > MAX_OCTAL_SIZE)
        throw new Error(`tar entry ${header.path}: ${size} bytes is over ustar's 8 GiB`);
    for (const [what, id] of [
        ["uid", header.uid],
        ["gid", header.gid],
    ])
        if (!Number.isInteger(id) || id < 0 || id > MAX_OCTAL_ID)
            throw new Error(`tar entry ${header.path}: ${what} ${id} does not fit a ustar header`);
    const path = header.type === "directory" ? `${header.path}/` : header.path;
    const linkname = header.linkname ?? "";
    const split = splitUstarName(path);
    const linkFits = Buffer.byteLength(linkname) <= 100;
    const records = [];
    if (!split)
        records.push(paxRecord("path", path));
    if (!linkFits)
        records.push(paxRecord("linkpath", linkname));
    const blocks = [];
    if (records.length) {
        const pax = Buffer.from(records.join(""), "utf8");
        const paxName = `PaxHeaders/${lastComponent(header.path)}`.slice(0, 100);
        blocks.push(ustarHeader({ name: paxName, prefix: "" }, { ...header, type: "file", linkname: "" }, pax.length, "x"), pax);
        const padding = (BLOCK - (pax.length % BLOCK)) % BLOCK;
        if (padding)
            blocks.push(Buffer.alloc(padding));
    }
    const fallbackName = { name: truncateBytes(path, 100), prefix: "" };
    blocks.push(ustarHeader(split ?? fallbackName, { ...header, linkname: linkFits ? linkname : truncateBytes(linkname, 100) }, size));
    return blocks;
}
function ustarHeader(name, header, size, typeflag = TYPEFLAG[header.type]) {
    const block = Buffer.alloc(BLOCK);
    block.write(name.name, 0, 100, "utf8");
    writeOctal(block, header.mode & 0o7777, 100, 8);
    writeOctal(block, header.uid, 108, 8);
    writeOctal(block, header.gid, 116, 8);
    writeOctal(block, size, 124, 12);
    writeOctal(block, Math.max(0, Math.floor(header.mtime)), 136, 12);
    block.fill(" ", 148, 156);
    block.write(typeflag, 156, 1, "latin1");
    block.write(header.linkname ?? "", 157, 100, "utf8");
    block.write("ustar\u000000", 257, 8, "latin1");
    // uname/gname (265, 297) stay empty: owners are numeric only.
    if (header.type === "character-device" || header.type === "block-device") {
        writeOctal(block, header.devmajor ?? 0, 329, 8);
        writeOctal(block, header.devminor ?? 0, 337, 8);
    }
    block.write(name.prefix, 345, 155, "utf8");
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, 8, "latin1");
    return block;
}
function writeOctal(block, value, offset, length) {
    block.write(`${value.toString(8).padStart(length - 1, "0")}\u0000`, offset, length, "latin1");
}
/** ustar's name (≤ 100 bytes) and prefix (≤ 155 bytes), split at a `/`; undefined when impossible. */
function splitUstarName(path) {
    if (Buffer.byteLength(path) <= 100)
        return { name: path, prefix: "" };
    // The last `/` is a directory's own trailing slash, which belongs in the name.
    const searchEnd = path.endsWith("/") ? path.length - 2 : path.length - 1;
    for (let slash = path.lastIndexOf("/", searchEnd); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
        const prefix = path.slice(0, slash);
        const name = path.slice(slash + 1);
        if (Buffer.byteLength(name) > 100)
            return undefined;
        if (Buffer.byteLength(prefix) <= 155)
            return name ? { name, prefix } : undefined;
    }
    return undefined;
}
/** A PAX record: `<length> <key>=<value>\n`, the length counting itself. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyBytes = Buffer.byteLength(body);
    let length = bodyBytes + String(bodyBytes).length;
    if (String(length).length + bodyBytes !== length)
        length = bodyBytes + String(length).length;
    return `${length}${body}`;
}
function lastComponent(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
function truncateBytes(text, bytes) {
    const buffer = Buffer.from(text, "utf8");
    return buffer.length <= bytes ? text : buffer.subarray(0, bytes).toString("latin1");
}

;// CONCATENATED MODULE: ./packages/build/src/layer.ts
/**
 * One image layer from a set of `.deb`s, laid out as dpkg would unpack them onto the base (files,
 * directories, symlinks and hard links, with their modes and numeric owners; no maintainer
 * scripts), plus what scanners read: `var/lib/dpkg/status.d/<name>` (the control stanza, verbatim,
 * as distroless writes it) and `<name>.md5sums` (the package's own, else generated).
 *
 * Deterministic by construction: packages are taken in (name, version, architecture) order; entries
 * are sorted by path (bytewise); every parent directory is written explicitly (0755, root) unless a
 * package ships it; mtimes are clamped to `sourceDateEpoch`; headers are ustar with numeric owners
 * only (see tar-writer.ts). Duplicates across packages: directories are merged (the first package
 * in order keeps its metadata, as dpkg keeps an existing directory's); for any other path the later
 * package in order wins, as an upgrade with `Replaces:` would; a directory against a non-directory,
 * or two .debs of the same package, is refused with a DebianError.
 *
 * Merged-usr: a path under a top-level directory that is a symlink in the base (`bin/x` with
 * `bin -> usr/bin`) is written at the symlink's target (`usr/bin/x`), so no layer ever turns one of
 * the base's symlinks into a directory; the top-level entry itself is dropped. Symlink targets are
 * left as shipped: the kernel resolves them from the real directory, exactly as after dpkg unpacks
 * through the symlink. Generated md5sums name the package's own paths, as dpkg's do.
 *
 * A .deb is outside data, and a layer member means more to the image than to dpkg, so a package is
 * refused, naming it and the member, when it ships:
 * - a name whose component starts with `.wh.`: in a layer that is an OCI whiteout (image-spec
 *   layer.md, "Whiteouts"), which deletes the base's file of that name (`etc/.wh.passwd`) or, as
 *   `.wh..wh..opq`, everything the base has in that directory (`var/lib/dpkg/status.d/`, hiding
 *   every base package from scanners); dpkg would unpack it as a plain file, no real package ships one;
 * - a device node or a FIFO: Debian Policy §10.6 ("Packages must not include device files or named
 *   pipes in the package file tree"), and a `crw` node to kernel memory has no place in an image;
 * - a control character (C0, DEL, C1) in a path or link target: dpkg refuses a newline in a member
 *   name (archives.c, "newline not allowed in archive object name"), and a newline in a generated
 *   md5sums line would forge a line for another file; C1 controls (NEL) break log lines the same way.
 * and its data.tar is bounded while it is read (deb.ts, DebUnpackLimits).
 *
 * Memory: the first pass keeps each entry's metadata and spools bodies — small ones in memory up to a
 * budget, the rest to files beside `outFile` — and the second writes them in sorted order through a
 * streaming gzip, so a 200 MB package costs its metadata and a few buffers.
 */







const LAYER_MEDIA_TYPE = "application/vnd.oci.image.layer.v1.tar+gzip";
/**
 * The version of what this file and tar-writer.ts make of a given set of inputs. The layer cache
 * (layer-cache.ts) reuses a layer whose key matches, so **bump this with any change that could alter
 * a layer's bytes or the packages it reports** (entry order, modes, md5sums, status.d, merged-usr
 * rewriting, tar headers, the gzip stream); an old entry is then simply never hit again.
 */
const LAYER_FORMAT_VERSION = 3;
const STATUS_DIR = "var/lib/dpkg/status.d";
/** Bodies up to this size are kept in memory (while the budget lasts); larger ones are spooled to disk. */
const IN_MEMORY_BODY_LIMIT = 256 * 1024;
const IN_MEMORY_BUDGET = 64 * 1024 * 1024;
/** Builds the layer into `outFile`; see the module comment for what it holds and why. */
async function buildPackageLayer(input) {
    const { written, packages } = await writeLayer(input, (0,external_node_path_.dirname)(input.outFile), () => new DeterministicTarGzWriter(input.outFile, input.deflateWorkers ? { workers: input.deflateWorkers } : {}));
    return { path: input.outFile, ...written, mediaType: LAYER_MEDIA_TYPE, packages };
}
/**
 * The diff_id and packages `buildPackageLayer` gives for these inputs, from the same tar, hashed
 * and never deflated or written (the .debs are still read: that is what ties the answer to them).
 * Spool files go in a temporary directory under `spoolParent`.
 */
async function packageLayerContent(input, spoolParent) {
    const { written, packages } = await writeLayer(input, spoolParent, () => new TarDiffIdWriter());
    return { diffId: written.diffId, packages };
}
async function writeLayer(input, spoolParent, makeWriter) {
    const epoch = checkedEpoch(input.sourceDateEpoch);
    const mergedUsr = normalizeMergedUsr(input.mergedUsr);
    const packages = await readPackages(input.debs.map((deb) => deb.path), input.unpackLimits);
    const spoolDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(spoolParent, ".layer-spool-"));
    try {
        const entries = new Map();
        const budget = { memory: IN_MEMORY_BUDGET, spooled: 0 };
        const files = [];
        for (const [index, deb] of packages.entries()) {
            const generated = await collectDebEntries(deb, index, {
                entries,
                mergedUsr,
                epoch,
                spoolDir,
                budget,
                limits: input.unpackLimits,
            }).catch((error) => {
                // Archive .debs sit in the cache under their hash: the message names the package too.
                throw error instanceof debian_src/* DebianError */.c4
                    ? new debian_src/* DebianError */.c4(`package ${deb.info.name} ${deb.info.version}: ${error.message}`)
                    : error;
            });
            files.push(generated.files);
            addEntry(entries, statusEntry(`${STATUS_DIR}/${deb.info.name}`, Buffer.from(deb.control, "utf8"), epoch), deb);
            const md5sums = deb.md5sums ?? generated.md5sums;
            addEntry(entries, statusEntry(`${STATUS_DIR}/${deb.info.name}.md5sums`, Buffer.from(md5sums, "utf8"), epoch), deb);
        }
        addParentDirectories(entries, epoch);
        const ordered = orderForWriting(entries);
        const writer = makeWriter();
        try {
            for (const entry of ordered)
                await writer.add(entry.header, openBody(entry.body));
        }
        catch (error) {
            writer.abort();
            throw error;
        }
        const written = await writer.finish();
        return { written, packages: packages.map((deb, index) => ({ ...deb.info, files: files[index] ?? 0 })) };
    }
    finally {
        await (0,promises_.rm)(spoolDir, { recursive: true, force: true });
    }
}
function checkedEpoch(epoch) {
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0o77777777777)
        throw new debian_src/* DebianError */.c4(`source-date-epoch ${epoch} is not a whole number of seconds since 1970`);
    return epoch;
}
/** `{ bin: "/usr/bin/" }` → `{ bin: "usr/bin" }`; only single top-level names can be rewritten. */
function normalizeMergedUsr(mergedUsr) {
    const result = new Map();
    for (const [name, target] of Object.entries(mergedUsr)) {
        const from = name.replace(/^\.?\/+/, "").replace(/\/+$/, "");
        const to = external_node_path_.posix.normalize(target.startsWith("/") ? target : `/${target}`).replace(/^\/+|\/+$/g, "");
        if (!from || from.includes("/") || !to || to.startsWith(".."))
            throw new debian_src/* DebianError */.c4(`merged-usr symlink ${(0,debian_src/* quoteForMessage */.Hx)(name)} -> ${(0,debian_src/* quoteForMessage */.Hx)(target)} is not a top-level link`);
        if (to !== from)
            result.set(from, to);
    }
    return result;
}
/** The control stanza of each .deb, in (name, version, architecture, path) order; one .deb per package. */
async function readPackages(paths, limits) {
    const packages = [];
    for (const path of paths) {
        const { control, md5sums } = await (0,debian_src/* readDebControl */.R2)(path, limits);
        const [stanza] = (0,debian_src/* parseStanzas */.kw)(control);
        const name = stanza && (0,debian_src/* field */.ZZ)(stanza, "Package");
        const version = stanza && (0,debian_src/* field */.ZZ)(stanza, "Version");
        const architecture = stanza && (0,debian_src/* field */.ZZ)(stanza, "Architecture");
        if (!stanza || !name || !version || !architecture)
            throw new debian_src/* DebianError */.c4(`${path}: the control file lacks Package, Version or Architecture`);
        if (!/^[a-z0-9][a-z0-9+.-]*$/.test(name))
            throw new debian_src/* DebianError */.c4(`${path}: package name ${(0,debian_src/* quoteForMessage */.Hx)(name)} is not a Debian package name`);
        const source = ((0,debian_src/* field */.ZZ)(stanza, "Source") ?? name).split(/\s/)[0] || name;
        packages.push({ path, control, md5sums, info: { name, version, architecture, source } });
    }
    const key = (deb) => [deb.info.name, deb.info.version, deb.info.architecture, deb.path];
    packages.sort((a, b) => compareTuples(key(a), key(b)));
    for (let index = 1; index < packages.length; index++) {
        const [previous, current] = [packages[index - 1], packages[index]];
        if (previous.info.name === current.info.name)
            throw new debian_src/* DebianError */.c4(`two .debs for package ${current.info.name}: ${previous.path} (${previous.info.version}) and ${current.path} (${current.info.version})`);
    }
    return packages;
}
/** Pass one over a .deb's data.tar: metadata into `entries`, bodies spooled, md5sums computed. */
async function collectDebEntries(deb, owner, context) {
    const sums = [];
    const md5ByPath = new Map();
    const hardLinks = [];
    const paths = new Set();
    await (0,debian_src/* readDebData */.gJ)(deb.path, async ({ header, body }) => {
        const original = archivePath(header.name, deb.path);
        if (original === undefined)
            return;
        const type = entryType(header.type, deb.path, original);
        refuseHostileMember(original, type, header.linkname, deb.path);
        const top = original.split("/", 1)[0];
        const target = context.mergedUsr.get(top);
        let path = original;
        if (target !== undefined) {
            if (original === top) {
                // The base's symlink stays; a package's own directory or link at that name is absorbed by it.
                if (type === "directory" || type === "symlink")
                    return;
                throw new debian_src/* DebianError */.c4(`${deb.path}: ships a ${type} at /${top}, where the base has a symlink to ${target}`);
            }
            path = `${target}${original.slice(top.length)}`;
        }
        const entryHeader = {
            path,
            type,
            mode: (header.mode ?? 0o644) & 0o7777,
            uid: header.uid ?? 0,
            gid: header.gid ?? 0,
            mtime: Math.min(Math.floor((header.mtime?.getTime() ?? 0) / 1000), context.epoch),
        };
        if (type === "symlink")
            entryHeader.linkname = header.linkname ?? "";
        if (type === "link") {
            const linked = archivePath(header.linkname ?? "", deb.path);
            if (!linked)
                throw new debian_src/* DebianError */.c4(`${deb.path}: hard link ${original} has no target`);
            hardLinks.push([original, linked]);
            const linkedTop = linked.split("/", 1)[0];
            const linkedTarget = context.mergedUsr.get(linkedTop);
            entryHeader.linkname = linkedTarget === undefined ? linked : `${linkedTarget}${linked.slice(linkedTop.length)}`;
        }
        let stored = { kind: "none" };
        if (type === "file") {
            const size = header.size ?? 0;
            entryHeader.size = size;
            const md5 = (0,external_node_crypto_.createHash)("md5");
            stored = await spoolBody(body, size, md5, context);
            const digest = md5.digest("hex");
            sums.push([original, digest]);
            md5ByPath.set(original, digest);
        }
        if (type !== "directory")
            paths.add(path);
        addEntry(context.entries, { header: entryHeader, body: stored, owner }, deb);
    }, context.limits);
    // dh_md5sums lists every regular file, hard-linked ones included (`find -type f`).
    for (const [path, target] of hardLinks) {
        const digest = md5ByPath.get(target);
        if (digest)
            sums.push([path, digest]);
    }
    sums.sort((a, b) => compareBytes(a[0], b[0]));
    return { files: paths.size, md5sums: sums.map(([path, md5]) => `${md5}  ${path}\n`).join("") };
}
async function spoolBody(body, size, md5, context) {
    if (size <= IN_MEMORY_BODY_LIMIT && size <= context.budget.memory) {
        const chunks = [];
        for await (const chunk of body)
            chunks.push(chunk);
        const bytes = Buffer.concat(chunks);
        md5.update(bytes);
        context.budget.memory -= bytes.length;
        return { kind: "memory", bytes };
    }
    const file = (0,external_node_path_.join)(context.spoolDir, String(context.budget.spooled++));
    await (0,external_node_stream_promises_.pipeline)(body, async function* (source) {
        for await (const chunk of source) {
            md5.update(chunk);
            yield chunk;
        }
    }, (0,external_node_fs_.createWriteStream)(file));
    return { kind: "spool", file };
}
function openBody(body) {
    if (body.kind === "memory")
        return body.bytes;
    if (body.kind === "spool")
        return (0,external_node_fs_.createReadStream)(body.file, { highWaterMark: 256 * 1024 });
    return undefined;
}
/** A data.tar member's path from the root, or undefined for the root itself; `..` is refused. */
function archivePath(name, debPath) {
    const trimmed = name.replace(/^(\.\/|\/)+/, "").replace(/\/+$/, "");
    if (trimmed === "" || trimmed === ".")
        return undefined;
    const parts = trimmed.split("/").filter((part) => part !== "" && part !== ".");
    if (parts.includes(".."))
        throw new debian_src/* DebianError */.c4(`${debPath}: data.tar member ${(0,debian_src/* quoteForMessage */.Hx)(name)} leaves the root`);
    return parts.join("/");
}
function entryType(type, debPath, path) {
    switch (type) {
        case "file":
        case "contiguous-file":
        case undefined:
        case null:
            return "file";
        case "directory":
        case "symlink":
        case "link":
            return type;
        case "character-device":
        case "block-device":
        case "fifo":
            throw new debian_src/* DebianError */.c4(`${debPath}: data.tar member ${(0,debian_src/* quoteForMessage */.Hx)(path)} is a ${type}; Debian Policy §10.6 forbids device files and named pipes in a package`);
        default:
            throw new debian_src/* DebianError */.c4(`${debPath}: data.tar member ${(0,debian_src/* quoteForMessage */.Hx)(path)} is a ${type}, which dpkg does not unpack`);
    }
}
const WHITEOUT_PREFIX = ".wh.";
/** C0 controls, DEL and C1 controls (U+0080–U+009F, as tar-stream decodes UTF-8 names). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** Refuses what a layer must not carry from a package; see the module comment for each rule's why. */
function refuseHostileMember(path, type, linkname, debPath) {
    const member = (0,debian_src/* quoteForMessage */.Hx)(path);
    if (CONTROL_CHARACTER.test(path))
        throw new debian_src/* DebianError */.c4(`${debPath}: data.tar member ${member} has a control character in its path`);
    if ((type === "symlink" || type === "link") && CONTROL_CHARACTER.test(linkname ?? ""))
        throw new debian_src/* DebianError */.c4(`${debPath}: data.tar member ${member} links to ${(0,debian_src/* quoteForMessage */.Hx)(linkname ?? "")}, which has a control character`);
    if (path.split("/").some((part) => part.startsWith(WHITEOUT_PREFIX)))
        throw new debian_src/* DebianError */.c4(`${debPath}: data.tar member ${member} is named like an OCI whiteout (.wh.), which would delete the base's files`);
}
/** Directories merge (the first keeps its metadata); a later non-directory replaces an earlier one. */
function addEntry(entries, entry, deb) {
    const existing = entries.get(entry.header.path);
    if (!existing) {
        entries.set(entry.header.path, entry);
        return;
    }
    const existingIsDir = existing.header.type === "directory";
    const newIsDir = entry.header.type === "directory";
    if (existingIsDir && newIsDir)
        return;
    if (existingIsDir !== newIsDir)
        throw new debian_src/* DebianError */.c4(`${deb.path}: /${entry.header.path} is a ${entry.header.type} here and a ${existing.header.type} in another package`);
    entries.set(entry.header.path, entry);
}
function statusEntry(path, bytes, epoch) {
    return {
        header: { path, type: "file", mode: 0o644, uid: 0, gid: 0, mtime: epoch, size: bytes.length },
        body: { kind: "memory", bytes },
        owner: -1,
    };
}
function addParentDirectories(entries, epoch) {
    for (const path of [...entries.keys()]) {
        for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
            const parent = path.slice(0, slash);
            const existing = entries.get(parent);
            if (existing) {
                if (existing.header.type !== "directory")
                    throw new debian_src/* DebianError */.c4(`/${parent} is a ${existing.header.type} in one package and a directory in another`);
                break;
            }
            entries.set(parent, {
                header: { path: parent, type: "directory", mode: 0o755, uid: 0, gid: 0, mtime: epoch },
                body: { kind: "none" },
                owner: -1,
            });
        }
    }
}
/**
 * Entries sorted by path, with each hard-link group rewritten so its first path in that order holds
 * the content and the others link to it: a tar reader needs a link's target before the link.
 */
function orderForWriting(entries) {
    const groups = new Map();
    for (const entry of entries.values()) {
        if (entry.header.type !== "link")
            continue;
        const target = entry.header.linkname;
        const linked = entries.get(target);
        if (linked?.header.type !== "file")
            throw new debian_src/* DebianError */.c4(`hard link /${entry.header.path} points to /${target}, which is not a regular file in the layer`);
        const group = groups.get(target) ?? [target];
        group.push(entry.header.path);
        groups.set(target, group);
    }
    for (const [target, members] of groups) {
        const source = entries.get(target);
        const [first, ...rest] = members.sort(compareBytes);
        entries.set(first, { ...source, header: { ...source.header, path: first } });
        for (const member of rest)
            entries.set(member, {
                header: { ...source.header, path: member, type: "link", linkname: first, size: 0 },
                body: { kind: "none" },
                owner: source.owner,
            });
    }
    const keyed = [...entries.values()].map((entry) => ({ key: Buffer.from(entry.header.path, "utf8"), entry }));
    return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map(({ entry }) => entry);
}
function compareBytes(a, b) {
    return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function compareTuples(a, b) {
    for (let index = 0; index < a.length; index++) {
        const order = compareBytes(a[index] ?? "", b[index] ?? "");
        if (order)
            return order;
    }
    return 0;
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./packages/build/src/layer-cache.ts
/**
 * A content-addressed cache of built package layers, so a rebuild with nothing changed skips
 * unpacking the .debs and deflating the layer (most of a no-change rebuild's time before it).
 *
 * A layer's bytes are a pure function of its inputs (layer.ts is deterministic by construction), so
 * an entry is keyed by the SHA-256 of a canonical JSON of every one of those inputs (see
 * `layerCacheKey`) and holds `<key>.tar.gz` (the blob) and `<key>.json` (its digest, diff_id, size
 * and the packages it reports: everything `buildPackageLayer` returns, so the config, manifest and
 * SBOMs made from a hit are the same as from a build).
 *
 * Fail closed, and nothing in the directory is believed: a restored Actions cache or a shared
 * self-hosted runner can plant a blob with a record of its own (issue 23: diff_id all zeros, package
 * `openssl 99:9.9`), and the key is no secret (the .debs' hashes are public). So every hit is
 * checked against the inputs themselves: the .debs are read and the layer's tar made again, hashed
 * and never deflated (`packageLayerContent`: deflate is the larger part of a build, ~2/3 of it for
 * small layers and nearly all of it for large ones, and that part the cache still saves), while the
 * blob is copied to where the build wants it, its compressed bytes and its gunzipped tar both hashed
 * on the way. The hit is used only when the blob's digest and size are the record's, its tar is
 * exactly the tar the inputs make (diff_id), and the record's packages are the ones the .debs are;
 * the packages reported are those made from the .debs, never the record's. Anything else is
 * logged, rebuilt and the entry overwritten. Entries are written to a
 * temporary name and renamed into place, the blob before its record, so a record names a whole blob
 * and a killed run leaves at worst a temporary file. Failing to store or prune only logs: the layer
 * is built either way.
 *
 * Bounded: when an entry is stored, entries not used for `LAYER_CACHE_MAX_AGE_DAYS` are removed, then
 * the least recently used ones until the rest fit in `LAYER_CACHE_MAX_BYTES` (a hit marks its
 * record's mtime as the time of use). Leftover temporary files over a day old go too.
 */










const LAYER_CACHE_MAX_AGE_DAYS = 30;
const LAYER_CACHE_MAX_BYTES = 2 * 1024 * 1024 * 1024;
const TEMPORARY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const ENTRY_FILE = /^([0-9a-f]{64})\.(tar\.gz|json)$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/**
 * The cache key: every input the layer's bytes (and the packages it reports) depend on. What is
 * deliberately left out, and why that is safe:
 * - the .debs' paths: the builder orders packages by (name, version, architecture) and refuses two
 *   .debs of one package, so a path only ever appears in error messages;
 * - the base's digest and layers: a package layer never reads the base except for its top-level
 *   symlinks (in the key), so a new base with the same links rightly reuses the layer, as the
 *   debug variant of a build does;
 * - the output path and the spool budgets: where the blob is written and how bodies are buffered
 *   do not change a byte of it.
 */
function layerCacheKey(input) {
    for (const sha256 of input.debSha256)
        if (!SHA256_HEX.test(sha256))
            throw new Error(`layer cache key: ${JSON.stringify(sha256)} is not a SHA-256`);
    const keyed = {
        // What layer.ts and tar-writer.ts make of everything below: bumped by hand whenever their output
        // could change, since no hash of their code is taken.
        format: LAYER_FORMAT_VERSION,
        // The gzip stream: the same tar deflated at another level, in other blocks or by another pako
        // is another blob (another digest), even though its diff_id is the same.
        gzip: { level: GZIP_LEVEL, block: DEFLATE_BLOCK, pako: PAKO_VERSION, mediaType: LAYER_MEDIA_TYPE },
        // Not a byte of the layer depends on these beyond the .debs, but an archive layer and a local one
        // (or two platforms' layers) are different things to find in the cache and in its log lines.
        kind: input.kind,
        architecture: input.architecture,
        // The content itself: every entry, control stanza and md5sums comes out of these files. In the
        // order given: the builder sorts them itself, so another order can only miss, never mis-hit.
        debs: input.debSha256,
        // Every mtime is clamped to it, and status.d entries and generated parents carry it.
        sourceDateEpoch: input.sourceDateEpoch,
        // The merged-usr rewrite: with `bin -> usr/bin` in the base, `./bin/x` is written at `usr/bin/x`
        // and `bin` itself is dropped; the same .debs on a non-merged base give a different tar.
        mergedUsr: input.mergedUsr,
    };
    return (0,external_node_crypto_.createHash)("sha256").update(canonicalJson(keyed)).digest("hex");
}
/** `buildPackageLayer`, answered from the cache when an entry for exactly these inputs verifies. */
async function cachedPackageLayer(input) {
    const log = input.log ?? (() => { });
    const label = `${input.architecture} ${input.kind} layer`;
    const debSha256 = await Promise.all(input.debs.map((deb) => deb.sha256 ?? sha256OfFile(deb.path)));
    const key = layerCacheKey({
        kind: input.kind,
        architecture: input.architecture,
        debSha256,
        sourceDateEpoch: input.sourceDateEpoch,
        mergedUsr: input.mergedUsr,
    });
    const blob = (0,external_node_path_.join)(input.cacheDir, `${key}.tar.gz`);
    const recordPath = (0,external_node_path_.join)(input.cacheDir, `${key}.json`);
    const reused = await reuse({
        key,
        blob,
        recordPath,
        outFile: input.outFile,
        label,
        log,
        expected: () => packageLayerContent({
            debs: input.debs.map(({ path }) => ({ path })),
            mergedUsr: input.mergedUsr,
            sourceDateEpoch: input.sourceDateEpoch,
        }, (0,external_node_path_.dirname)(input.outFile)),
    });
    if (reused)
        return reused;
    const layer = await buildPackageLayer({
        debs: input.debs.map(({ path }) => ({ path })),
        mergedUsr: input.mergedUsr,
        sourceDateEpoch: input.sourceDateEpoch,
        outFile: input.outFile,
    });
    try {
        await store(input.cacheDir, key, layer);
        await pruneLayerCache(input.cacheDir, { keep: key });
    }
    catch (error) {
        log(`layer cache: could not store the ${label} (${error.message}); the build goes on without it`);
    }
    return { ...layer, cached: false };
}
async function reuse(entry) {
    let text;
    try {
        text = await (0,promises_.readFile)(entry.recordPath, "utf8");
    }
    catch (error) {
        if (error.code !== "ENOENT")
            entry.log(`layer cache: ${entry.recordPath} is unreadable (${error.message}); rebuilding the ${entry.label}`);
        return undefined;
    }
    const record = parseRecord(text, entry.key);
    if (!record) {
        entry.log(`layer cache: ${entry.recordPath} is not a valid record; rebuilding the ${entry.label}`);
        return undefined;
    }
    // The copy and the inputs' tar at once: one is I/O and native gunzip, the other the .debs'
    // decompression. An error making the expected tar is the build's own error (a miss would hit it
    // too), so it is thrown, not logged.
    const [copied, expected] = await Promise.allSettled([copyHashing(entry.blob, entry.outFile), entry.expected()]);
    const fail = async (why) => {
        await (0,promises_.rm)(entry.outFile, { force: true });
        entry.log(`layer cache: ${entry.blob} ${why}; rebuilding the ${entry.label} and replacing the entry`);
        return undefined;
    };
    if (expected.status === "rejected") {
        await (0,promises_.rm)(entry.outFile, { force: true });
        throw expected.reason;
    }
    if (copied.status === "rejected")
        return fail(`could not be read (${copied.reason.message})`);
    const { digest, size } = copied.value;
    if (digest !== record.digest || size !== record.size)
        return fail(`is ${digest} (${size} bytes), not the recorded ${record.digest} (${record.size} bytes)`);
    if ("gunzipError" in copied.value)
        return fail(`does not gunzip (${copied.value.gunzipError})`);
    const { diffId } = copied.value;
    if (diffId !== expected.value.diffId || record.diffId !== expected.value.diffId)
        return fail(`does not hold the layer its inputs make: its tar is ${diffId} (recorded ${record.diffId}), the inputs' ${expected.value.diffId}`);
    if (canonicalJson(record.packages) !== canonicalJson(expected.value.packages))
        return fail("has a record whose packages are not the ones its .debs are");
    const now = new Date();
    await (0,promises_.utimes)(entry.recordPath, now, now).catch(() => undefined);
    entry.log(`layer cache: the ${entry.label} is reused (${digest})`);
    return {
        path: entry.outFile,
        digest,
        diffId,
        size,
        mediaType: LAYER_MEDIA_TYPE,
        packages: expected.value.packages,
        cached: true,
    };
}
/**
 * Copies `from` to `to`, hashing the bytes copied and their gunzipped tar: what the build goes on
 * with is what was checked, not the cache file as it was before the copy.
 */
async function copyHashing(from, to) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    const tarHash = (0,external_node_crypto_.createHash)("sha256");
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 });
    let gunzipError;
    gunzip.on("data", (chunk) => tarHash.update(chunk));
    const gunzipped = new Promise((resolve) => {
        gunzip.on("end", resolve);
        // A blob that is not whole gzip still copies, so its digest can be told apart from the record's.
        gunzip.on("error", (error) => {
            gunzipError ??= error.message;
            resolve();
        });
    });
    let size = 0;
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from, { highWaterMark: 256 * 1024 }), async function* (source) {
            for await (const chunk of source) {
                hash.update(chunk);
                size += chunk.length;
                if (gunzipError === undefined && !gunzip.write(chunk))
                    await Promise.race([(0,external_node_events_.once)(gunzip, "drain").catch(() => undefined), gunzipped]);
                yield chunk;
            }
            if (gunzipError === undefined)
                gunzip.end();
        }, (0,external_node_fs_.createWriteStream)(to));
        await gunzipped;
    }
    finally {
        gunzip.destroy();
    }
    const digest = `sha256:${hash.digest("hex")}`;
    return gunzipError === undefined
        ? { digest, size, diffId: `sha256:${tarHash.digest("hex")}` }
        : { digest, size, gunzipError };
}
/** A record as written by `store`, for this key, every field checked; undefined otherwise. */
function parseRecord(text, key) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== "object" || value === null)
        return undefined;
    const record = value;
    const isString = (item) => typeof item === "string";
    const packagesValid = Array.isArray(record.packages) &&
        record.packages.every((item) => typeof item === "object" &&
            item !== null &&
            isString(item.name) &&
            isString(item.version) &&
            isString(item.architecture) &&
            isString(item.source) &&
            Number.isSafeInteger(item.files) &&
            item.files >= 0);
    if (record.key !== key ||
        !isString(record.digest) ||
        !DIGEST.test(record.digest) ||
        !isString(record.diffId) ||
        !DIGEST.test(record.diffId) ||
        !Number.isSafeInteger(record.size) ||
        record.size <= 0 ||
        record.mediaType !== LAYER_MEDIA_TYPE ||
        !packagesValid)
        return undefined;
    return {
        key,
        digest: record.digest,
        diffId: record.diffId,
        size: record.size,
        mediaType: LAYER_MEDIA_TYPE,
        packages: record.packages.map(({ name, version, architecture, source, files }) => ({
            name,
            version,
            architecture,
            source,
            files,
        })),
    };
}
/** The blob, then its record, each through a temporary name in the same directory. */
async function store(dir, key, layer) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const record = {
        key,
        digest: layer.digest,
        diffId: layer.diffId,
        size: layer.size,
        mediaType: layer.mediaType,
        packages: layer.packages,
    };
    const temporaryBlob = (0,external_node_path_.join)(dir, `.tmp-${(0,external_node_crypto_.randomUUID)()}`);
    const temporaryRecord = (0,external_node_path_.join)(dir, `.tmp-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        await (0,promises_.copyFile)(layer.path, temporaryBlob);
        await (0,promises_.rename)(temporaryBlob, (0,external_node_path_.join)(dir, `${key}.tar.gz`));
        await (0,promises_.writeFile)(temporaryRecord, `${JSON.stringify(record, null, 2)}\n`);
        await (0,promises_.rename)(temporaryRecord, (0,external_node_path_.join)(dir, `${key}.json`));
    }
    finally {
        await (0,promises_.rm)(temporaryBlob, { force: true });
        await (0,promises_.rm)(temporaryRecord, { force: true });
    }
}
/**
 * Removes entries unused for `maxAgeDays`, then the least recently used until the rest fit in
 * `maxBytes`; an entry's last use is its record's mtime (its blob's, when it has no record).
 */
async function pruneLayerCache(dir, options = {}) {
    const now = options.now ?? Date.now();
    const maxAgeMs = (options.maxAgeDays ?? LAYER_CACHE_MAX_AGE_DAYS) * 24 * 60 * 60 * 1000;
    const maxBytes = options.maxBytes ?? LAYER_CACHE_MAX_BYTES;
    const entries = new Map();
    for (const name of await (0,promises_.readdir)(dir)) {
        const path = (0,external_node_path_.join)(dir, name);
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info?.isFile())
            continue;
        if (name.startsWith(".tmp-")) {
            if (now - info.mtimeMs > TEMPORARY_MAX_AGE_MS)
                await (0,promises_.rm)(path, { force: true });
            continue;
        }
        const match = ENTRY_FILE.exec(name);
        if (!match)
            continue;
        const key = match[1];
        const entry = entries.get(key) ?? { files: [], bytes: 0, used: 0, recorded: false };
        entry.files.push(path);
        entry.bytes += info.size;
        if (match[2] === "json") {
            entry.recorded = true;
            entry.used = info.mtimeMs;
        }
        else if (!entry.recorded)
            entry.used = Math.max(entry.used, info.mtimeMs);
        entries.set(key, entry);
    }
    const kept = options.keep ? entries.get(options.keep) : undefined;
    let total = kept?.bytes ?? 0;
    const removed = [];
    const byLastUse = [...entries].filter(([key]) => key !== options.keep).sort((a, b) => b[1].used - a[1].used);
    for (const [key, entry] of byLastUse) {
        if (now - entry.used <= maxAgeMs && total + entry.bytes <= maxBytes) {
            total += entry.bytes;
            continue;
        }
        // The record first: without it the blob is never used, even if removing the blob fails.
        for (const file of entry.files.sort((a, b) => Number(b.endsWith(".json")) - Number(a.endsWith(".json"))))
            await (0,promises_.rm)(file, { force: true });
        removed.push(key);
    }
    return removed;
}
async function sha256OfFile(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        hash.update(chunk);
    return hash.digest("hex");
}

;// CONCATENATED MODULE: ./packages/build/src/lock-referrer.ts
/**
 * Every pushed image carries the lock it was built from (issue 25), so any rebuild can be
 * reproduced later from the image alone: `image-actions lock --from-image REF` gives the lock back.
 *
 * The lock file's exact bytes are an OCI 1.1 referrer (artifact-referrer.ts) of artifact type
 * `application/vnd.image-actions.debian-lock.v1+json`, a type of our own (image-spec manifest.md
 * asks an artifact to name its type; the lock is no SBOM, signature or attestation, so promote and
 * mirror carry it as a referrer of kind "other"), its layer titled `debian-lock.json` (the name
 * `oras pull` saves it under). It is attached to each platform manifest and not to the index:
 * Amazon ECR refuses a referrer whose subject is an image index (index-referrers.ts,
 * aws/containers-roadmap#2783) while it holds referrers of image manifests, the SBOMs sit on the
 * same manifests, and `--platform` lands on one. One lock covers every architecture, so each
 * platform's referrer holds the same bytes (one blob per repository). Its `created` is the build's
 * source-date-epoch, so a rebuild from the lock attaches the very same referrer.
 */




const LOCK_ARTIFACT_TYPE = "application/vnd.image-actions.debian-lock.v1+json";
const LOCK_FILE_NAME = "debian-lock.json";
/** Far above a real lock (some 400 bytes a package per architecture), far below a bad day. */
const MAX_LOCK_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/**
 * The exact bytes of the lock a build installed from: the lock file when there is one (as read,
 * hand formatting kept, or as just written), else the resolution as it would be written. A file
 * that no longer says what was installed is refused rather than attached.
 */
async function installedLockBytes(lock) {
    const serialized = (0,debian_src/* serializeLockfile */.c5)(lock.content);
    if (lock.path === undefined)
        return Buffer.from(serialized);
    const bytes = await (0,promises_.readFile)(lock.path);
    if ((0,debian_src/* serializeLockfile */.c5)((0,debian_src/* parseLockfile */.tg)(bytes.toString("utf8"), lock.path)) !== serialized)
        throw new debian_src/* DebianError */.c4(`lock file ${lock.path} changed while the build was using it`);
    return bytes;
}
/** The build's lock as a referrer of each platform manifest, in every destination repository. */
async function attachLocks(clients, result, destinations, sourceDateEpoch) {
    const bytes = result.lockBytes;
    if (!bytes)
        return;
    const created = createdAt(sourceDateEpoch);
    const repositories = new Map(destinations.map((item) => [`${item.registry}/${item.repository}`, item]));
    for (const destination of repositories.values()) {
        for (const { manifest } of result.image.platforms) {
            await attachArtifact(clients.for(destination.registry), destination.repository, { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }, {
                bytes,
                mediaType: LOCK_ARTIFACT_TYPE,
                annotations: { "org.opencontainers.image.title": LOCK_FILE_NAME },
            }, created);
        }
    }
}
/**
 * The lock an image carries: looked for on the image (an index and each of its manifests, or the
 * one platform `platform` names), read, verified against its digest and parsed as a lock. One line
 * of error when there is none, or more than one that differ.
 */
async function readImageLock(clients, reference, options = {}) {
    const client = clients.for(reference.registry);
    const repository = reference.repository;
    const name = formatReference(reference);
    const top = await client.getManifest(repository, manifestReference(reference));
    const subjects = await subjectsOf(client, repository, name, top, options.platform);
    const carried = new Map();
    for (const subject of subjects) {
        for (const lock of await locksReferring(client, repository, name, subject.digest)) {
            const entry = carried.get(lock.digest) ?? {
                digest: lock.digest,
                bytes: lock.bytes,
                lockfile: parseLockfile(lock.bytes.toString("utf8"), `the lock ${name} carries (${lock.digest})`),
                referrers: [],
                on: new Set(),
            };
            entry.referrers.push(lock.referrer);
            entry.on.add(subject.label);
            carried.set(lock.digest, entry);
        }
    }
    // Locks that say the same in another layout (a lock file formatted by hand, rebuilt into the same
    // image as the file the tool wrote) are one lock; the tool's own layout is given when present.
    const meanings = new Map();
    for (const lock of carried.values()) {
        const meaning = serializeLockfile(lock.lockfile);
        meanings.set(meaning, [...(meanings.get(meaning) ?? []), lock]);
    }
    const where = options.platform ? ` on ${formatPlatform(options.platform)}` : "";
    const [only, ...others] = meanings.entries();
    if (!only)
        throw new DebianError(`${name} carries no lock (no referrer of type ${LOCK_ARTIFACT_TYPE}${where}): it was not built by build-distroless, or built before images carried their lock`);
    if (others.length > 0) {
        const described = [only, ...others].map(([, same]) => same.map((lock) => `${lock.digest} on ${[...lock.on].join(", ")}`).join(" = "));
        throw new DebianError(`${name} carries ${meanings.size} different locks${where} (${described.join("; ")})${options.platform ? "" : "; name one platform with --platform if they differ by platform"}`);
    }
    const [meaning, same] = only;
    const byDigest = [...same].sort((a, b) => (a.digest < b.digest ? -1 : 1));
    const chosen = same.find((lock) => lock.bytes.toString("utf8") === meaning) ?? byDigest[0];
    return {
        bytes: chosen.bytes,
        lockfile: chosen.lockfile,
        digest: chosen.digest,
        referrers: same.flatMap((lock) => lock.referrers),
    };
}
/** Where a lock may refer: an index and every manifest it lists, or the one `platform` picks. */
async function subjectsOf(client, repository, name, top, platform) {
    if (!isIndexMediaType(top.mediaType)) {
        if (platform)
            await checkImagePlatform(client, repository, name, top, platform);
        return [{ digest: top.digest, label: "the image" }];
    }
    const children = top.manifests.map((child) => ({
        digest: child.digest,
        label: child.platform ? formatPlatform(child.platform) : child.digest,
        platform: child.platform,
    }));
    if (!platform)
        return [{ digest: top.digest, label: "the index" }, ...children];
    const chosen = children.find((child) => platformMatches(child.platform, platform));
    if (!chosen)
        throw new DebianError(`${name} has no ${formatPlatform(platform)} image (it has ${children.map((child) => child.label).join(", ") || "none"})`);
    return [chosen];
}
/** A single-platform image names its platform only in its config. */
async function checkImagePlatform(client, repository, name, image, platform) {
    const [config] = image.blobs;
    let stated;
    if (config) {
        try {
            stated = configPlatform(JSON.parse((await client.readBlob(repository, config, MAX_CONFIG_BYTES)).toString("utf8")));
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            throw new DebianError(`${name}: its config ${config.digest} is not JSON`);
        }
    }
    if (!platformMatches(stated, platform))
        throw new DebianError(`${name} is a single image for ${stated ? formatPlatform(stated) : "no stated platform"}, not ${formatPlatform(platform)}`);
}
/**
 * The locks referring to `subject`. A listing's artifactType is optional and some registries list
 * the config's type there instead (referrer-kinds.ts, listedReferrerKind), so only entries listed
 * as a known other kind (a signature, an SBOM) are passed over unread; the manifest decides. A
 * manifest gone since the listing (a signer withdrawing a duplicate) is passed over too.
 */
async function locksReferring(client, repository, name, subject) {
    const { descriptors } = await client.referrers(repository, subject);
    const locks = [];
    for (const descriptor of descriptors) {
        if (descriptor.artifactType !== LOCK_ARTIFACT_TYPE && classifyReferrer(descriptor) !== "other")
            continue;
        const manifest = await readIfPresent(() => client.getManifest(repository, descriptor.digest));
        // A listing naming a manifest that refers elsewhere is the registry's confusion, not a lock of ours.
        if (manifest?.artifactType !== LOCK_ARTIFACT_TYPE || manifest.subject?.digest !== subject)
            continue;
        const layers = manifest.blobs.slice(1).filter((blob) => blob.mediaType === LOCK_ARTIFACT_TYPE);
        const [layer] = layers;
        if (!layer || layers.length > 1)
            throw new DebianError(`${name}: the lock referrer ${manifest.digest} holds ${layers.length} lock layers, not one`);
        const bytes = await client.readBlob(repository, layer, MAX_LOCK_BYTES);
        locks.push({ referrer: manifest.digest, digest: layer.digest, bytes });
    }
    return locks;
}
async function readIfPresent(read) {
    try {
        return await read();
    }
    catch (error) {
        if (error instanceof RegistryError && error.status === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/build/src/licences.ts
// Licences of a Debian package, read from its machine-readable copyright file (DEP-5,
// https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/). Scanners (trivy, syft) read
// the same file in the image; the SBOM states what they would find, in SPDX identifiers.
/**
 * Debian short names (copyright-format 1.0, "License specification") whose SPDX identifier differs
 * from the name. Keys are lower-cased. Debian's "GPL-2" means version 2 only and "GPL-2+" version 2
 * or later, which is what SPDX's `-only` / `-or-later` ids say.
 */
const DEBIAN_TO_SPDX = {
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
const SPDX_IDS = [
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
const KNOWN_SPDX_IDS = new Set([...SPDX_IDS, ...Object.values(DEBIAN_TO_SPDX)]);
const SPDX_ID_BY_LOWER = new Map(SPDX_IDS.map((id) => [id.toLowerCase(), id]));
/** Whether `id` is one of the SPDX license-list identifiers this module knows (exact case). */
function isKnownSpdxLicenseId(id) {
    return KNOWN_SPDX_IDS.has(id);
}
/** Every SPDX id this module can produce, for tests that check them against the SPDX license list. */
function knownSpdxLicenseIds() {
    return [...KNOWN_SPDX_IDS].sort();
}
/**
 * The SPDX id of one Debian licence short name, or the name itself (trimmed) when it has none.
 * A "with <X> exception" suffix is dropped: the list states the licences named, and the exception
 * only relaxes the base licence.
 */
function spdxLicenseId(debianName) {
    const name = debianName
        .trim()
        .replace(/\s+with\s+.*$/i, "")
        .trim();
    const lower = name.toLowerCase();
    return DEBIAN_TO_SPDX[lower] ?? SPDX_ID_BY_LOWER.get(lower) ?? name;
}
/** Splits a deb822 text into paragraphs of first-line field values (continuation lines are licence text, skipped). */
function paragraphs(text) {
    const result = [];
    let current;
    for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
        if (line.trim() === "") {
            if (current && current.size > 0)
                result.push({ fields: current });
            current = undefined;
            continue;
        }
        if (line.startsWith("#") || /^[ \t]/.test(line))
            continue;
        const colon = line.indexOf(":");
        if (colon <= 0)
            continue;
        current ??= new Map();
        current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    if (current && current.size > 0)
        result.push({ fields: current });
    return result;
}
/** The header's Format field names copyright-format 1.0 (or its draft URL, still found in old packages). */
function isMachineReadable(header) {
    const format = header?.fields.get("format");
    return format !== undefined && /copyright-format\/1\.0|\/deps?\/dep5/i.test(format);
}
/**
 * The licences named by the Files paragraphs of a machine-readable Debian copyright file, as SPDX
 * ids where known and Debian short names otherwise; deduplicated and sorted. A compound licence
 * ("GPL-2+ or Artistic", "MIT and BSD-3-clause", "A, B") contributes each licence it names.
 * Empty for a file that is not DEP-5: free-form copyright files are not guessed at.
 */
function licensesFromCopyright(text) {
    const all = paragraphs(text);
    if (!isMachineReadable(all[0]))
        return [];
    const found = new Set();
    for (const paragraph of all.slice(1)) {
        if (!paragraph.fields.has("files"))
            continue;
        const license = paragraph.fields.get("license");
        if (!license)
            continue;
        for (const part of license.split(/\s+or\s+|\s+and\s+|\s*,\s*/i)) {
            const id = spdxLicenseId(part);
            if (id !== "")
                found.add(id);
        }
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./packages/build/src/sbom.ts
// The SBOMs of one platform image, as SPDX 2.3 and CycloneDX 1.6 JSON. Pure functions: the caller
// gathers the packages (the base's status.d, the archive's and local .debs) and writes the bytes.
// Both documents are deterministic: ids and namespaces derive from content, timestamps from
// SOURCE_DATE_EPOCH, and every list is sorted, so the same image always gets the same SBOM digest.


const SPDX_MEDIA_TYPE = "application/spdx+json";
const CYCLONEDX_MEDIA_TYPE = "application/vnd.cyclonedx+json";
const TOOL_NAME = "image-actions";
const NOASSERTION = "NOASSERTION";
const ORIGIN_ORDER = { base: 0, archive: 1, file: 2 };
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)("sha256").update(text).digest("hex");
}
/** A UUID (version 5 layout, RFC 9562) from a SHA-256 of `text`, so equal content gives equal ids. */
function uuidFromContent(text) {
    const hex = sha256Hex(text).slice(0, 32).split("");
    hex[12] = "5";
    hex[16] = ((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
    const h = hex.join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** Percent-encodes everything but the purl spec's unreserved set (A-Z a-z 0-9 . - _ ~). */
function purlEncode(value, keep = "") {
    let out = "";
    for (const byte of Buffer.from(value, "utf8")) {
        const ch = String.fromCharCode(byte);
        if (/[A-Za-z0-9._~-]/.test(ch) || keep.includes(ch))
            out += ch;
        else
            out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
}
/** Qualifiers sorted by key, as the purl spec's canonical form requires; empty values dropped. */
function purlQualifiers(qualifiers) {
    const parts = Object.entries(qualifiers)
        .filter((entry) => entry[1] !== undefined && entry[1] !== "")
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
function debianDistro(osRelease, debianVersion) {
    const pointRelease = debianVersion && /^\d+(?:\.\d+)?$/.test(debianVersion) ? debianVersion : undefined;
    const version = pointRelease || osRelease.VERSION_ID || osRelease.VERSION_CODENAME;
    return version ? `debian-${version}` : undefined;
}
function debianPurl(pkg, distro) {
    return `pkg:deb/debian/${purlEncode(pkg.name)}@${purlEncode(pkg.version)}${purlQualifiers({ arch: pkg.architecture, distro })}`;
}
/**
 * The purl of an image by digest, as the purl spec's `oci` type defines it (package-url/purl-spec
 * types/oci-definition.json): no namespace; the name is the repository's last path segment,
 * lowercased; the version is the digest; `repository_url` is the repository without tag or digest;
 * the tag, when there is one, is only the `tag` qualifier. trivy names images the same way
 * (pkg/purl/purl.go parseOCI), so its SBOMs and ours join on this purl.
 */
function ociPurl(image, platform) {
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
function sourcePackage(pkg) {
    const match = /^\s*(\S+)(?:\s+\(([^)]+)\))?\s*$/.exec(pkg.source);
    if (!match?.[1])
        return { name: pkg.name, version: pkg.version };
    return { name: match[1], version: match[2]?.trim() ?? pkg.version };
}
/**
 * Sorted by name, architecture, version, origin, and one entry per purl: a package listed twice
 * (the base's and the archive's copy of the same version) keeps the later origin, which carries the
 * download URL and checksum.
 */
function preparePackages(packages, osRelease, debianVersion) {
    const distro = debianDistro(osRelease, debianVersion);
    const byPurl = new Map();
    const sorted = [...packages].sort((a, b) => compare(a.name, b.name) ||
        compare(a.architecture, b.architecture) ||
        compare(a.version, b.version) ||
        ORIGIN_ORDER[a.origin] - ORIGIN_ORDER[b.origin]);
    for (const pkg of sorted) {
        const purl = debianPurl(pkg, distro);
        byPurl.set(purl, { pkg, purl, licenses: [...new Set(pkg.licenses ?? [])].sort() });
    }
    return [...byPurl.values()];
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isoFromEpoch(sourceDateEpoch) {
    if (!Number.isInteger(sourceDateEpoch) || sourceDateEpoch < 0) {
        throw new Error(`source-date-epoch must be a non-negative integer, got ${sourceDateEpoch}`);
    }
    // SPDX wants YYYY-MM-DDThh:mm:ssZ, without milliseconds.
    return new Date(sourceDateEpoch * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function platformString(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
/** SPDXRef-[idstring] allows letters, digits, '.' and '-'; the hash keeps ids unique after sanitising. */
function spdxPackageId(prefix, name, key) {
    return `SPDXRef-${prefix}-${name.replace(/[^A-Za-z0-9.-]/g, "-")}-${sha256Hex(key).slice(0, 16)}`;
}
/** LicenseRef-[idstring] for a licence name that is not on the SPDX list. */
function licenseRef(name) {
    return `LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "") || "unknown"}`;
}
function osName(osRelease) {
    return osRelease.PRETTY_NAME || osRelease.NAME || "Debian";
}
/** SPDX 2.3 JSON for one platform image: the image DESCRIBED, CONTAINS each Debian package. */
function spdxDocument(input) {
    const { osRelease, toolVersion } = input;
    const subject = describedImage(input.subject);
    const created = isoFromEpoch(input.sourceDateEpoch);
    const imagePurl = ociPurl(subject, subject.platform);
    const imageId = spdxPackageId("Image", lastSegment(subject.repository), imagePurl);
    const base = subject.base ? spdxBaseImage(subject.base, subject.platform) : undefined;
    const extracted = new Map();
    const packages = preparePackages(input.packages, osRelease, input.debianVersion).map(({ pkg, purl, licenses }) => {
        const source = sourcePackage(pkg);
        const ids = licenses.map((license) => {
            if (isKnownSpdxLicenseId(license))
                return license;
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
    const document = {
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
function lastSegment(repository) {
    return repository.split("/").pop() || "image";
}
/**
 * The built image as its SBOMs name it: by its repository's last segment, digest and tag, never by
 * where it was pushed. The SBOMs travel with the image from the internal candidate registry to
 * every public copy (promote carries referrers; DESIGN rule 3 keeps internal registry names from
 * being published), so the internal host and path stay out; the purl then has no repository_url and
 * names every copy alike. The base keeps its repository: it is what the image was built from.
 */
function describedImage(subject) {
    return { ...subject, repository: lastSegment(subject.repository) };
}
/** An image as an SPDX package: a container, by digest, known by its purl. */
function spdxContainer(image) {
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
function spdxBaseImage(base, platform) {
    const purl = ociPurl(base, platform);
    return spdxContainer({
        name: base.repository,
        id: spdxPackageId("BaseImage", lastSegment(base.repository), purl),
        digest: base.digest,
        purl,
        comment: `the base image (${platformString(platform)}) the image was built on`,
    });
}
function originText(origin) {
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
function cyclonedxDocument(input) {
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
                    licenses: licenses.map((license) => isKnownSpdxLicenseId(license) ? { license: { id: license } } : { license: { name: license } }),
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

;// CONCATENATED MODULE: ./packages/build/src/provenance.ts

const SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
/**
 * What `buildDefinition.buildType` says: build-distroless's build, whose external parameters are
 * the action's inputs under their own names (README.md, "Build provenance").
 */
const BUILD_DISTROLESS_BUILD_TYPE = "https://github.com/org/image-actions/blob/v1/README.md#build-provenance";
/** The builder when no workflow run says which (the CLI, a local run). */
const LOCAL_BUILDER_ID = "https://github.com/org/image-actions/build-distroless";
/** The SLSA v1 provenance predicate of one built manifest or index. */
function provenancePredicate(input) {
    const { run } = input;
    const hex = (digest) => digest.replace(/^sha256:/, "");
    const byKey = (key) => (a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    const resolvedDependencies = [
        {
            uri: ociPurl(input.base, input.basePlatform),
            digest: { sha256: hex(input.base.digest) },
            name: `${input.base.repository}@${input.base.digest}`,
            annotations: { role: "base image" },
        },
        ...(run.source
            ? [
                {
                    // The form GitHub's own workflow build type uses for the repository the workflow ran from.
                    uri: `git+${run.source.repository}${run.source.ref ? `@${run.source.ref}` : ""}`,
                    digest: { gitCommit: run.source.revision },
                    annotations: { role: "workflow source" },
                },
            ]
            : []),
        // in-toto ResourceDescriptor: `uri` where the .deb came from, `digest` its SHA-256 as the lock
        // pins it, `name` its purl (the same one the SBOMs list, so the two documents join).
        ...[...input.packages].sort(byKey((item) => `${item.name} ${item.architecture} ${item.version}`)).map((item) => ({
            uri: item.url,
            digest: { sha256: item.sha256 },
            name: debianPurl(item, input.distro),
            annotations: {
                role: "debian package",
                package: item.name,
                version: item.version,
                architecture: item.architecture,
                size: item.size,
                from: item.from,
            },
        })),
        ...[...input.localDebs].sort(byKey((item) => `${item.name} ${item.architecture} ${item.path}`)).map((item) => ({
            name: debianPurl(item, input.distro),
            digest: { sha256: item.sha256 },
            annotations: {
                role: "local package",
                path: item.path,
                package: item.name,
                version: item.version,
                architecture: item.architecture,
            },
        })),
    ];
    return {
        buildDefinition: {
            buildType: BUILD_DISTROLESS_BUILD_TYPE,
            externalParameters: input.externalParameters,
            internalParameters: input.internalParameters,
            resolvedDependencies,
        },
        runDetails: {
            builder: { id: run.builderId, version: { "image-actions": input.toolVersion } },
            ...(run.invocationId ? { metadata: { invocationId: run.invocationId } } : {}),
        },
    };
}
/**
 * buildDefinition.externalParameters: the action's inputs under their input names (the build type's
 * contract, README.md), with maps as sorted objects so one build always writes one text.
 */
function externalParameters(parameters, run) {
    const sortedObject = (entries) => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const { config } = parameters;
    return {
        base: parameters.base,
        platforms: parameters.platforms,
        "debian-packages": parameters.debianPackages,
        "debian-sources": parameters.debianSources,
        ...(parameters.debianKeyring.length > 0 ? { "debian-keyring": parameters.debianKeyring } : {}),
        ...(parameters.lockfile ? { lockfile: parameters.lockfile } : {}),
        "lock-update": parameters.lockUpdate,
        packages: parameters.localDebs,
        ...(config.entrypoint ? { entrypoint: config.entrypoint } : {}),
        ...(config.cmd ? { cmd: config.cmd } : {}),
        env: sortedObject(config.env),
        labels: sortedObject(config.labels),
        annotations: sortedObject(Object.entries(parameters.annotations)),
        ...(config.user !== undefined ? { user: config.user } : {}),
        ...(config.workdir !== undefined ? { workdir: config.workdir } : {}),
        "source-date-epoch": parameters.sourceDateEpoch,
        sbom: parameters.sbomFormats,
        ...(run.workflow ? { workflow: run.workflow } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/build/src/provenance-files.ts
/**
 * A build's SLSA v1 provenance files (provenance.ts): one per platform manifest, and one for the
 * index when there are several platforms. Each names the base by the digest it stands on (the
 * base's manifest for that platform; the base's top digest for the index) and the packages that
 * went into it. Files, not referrers: `sign` attests them, so nothing here can move a digest.
 */





async function writeProvenanceFiles(options) {
    const run = options.run ?? { builderId: LOCAL_BUILDER_ID };
    const external = externalParameters(options.parameters, run);
    const baseName = { repository: options.base.repository, ...(options.base.tag ? { tag: options.base.tag } : {}) };
    const common = { externalParameters: external, run, toolVersion: options.toolVersion, distro: options.distro };
    const files = [];
    const write = async (name, digest, predicate, platform) => {
        const bytes = Buffer.from(`${JSON.stringify(predicate, null, 2)}\n`);
        const path = (0,external_node_path_.join)(options.workDir, name);
        await (0,promises_.writeFile)(path, bytes);
        files.push({ ...(platform ? { platform } : {}), digest, path, bytes });
    };
    for (const item of options.platforms) {
        await write(`provenance-${item.architecture}.slsa.json`, item.manifestDigest, provenancePredicate({
            ...common,
            internalParameters: { ...options.internalParameters, architecture: item.architecture },
            base: { ...baseName, digest: item.baseManifestDigest },
            basePlatform: item.platform,
            packages: item.packages,
            localDebs: item.localDebs,
        }), item.platform);
    }
    if (options.indexDigest) {
        // A .deb of Architecture: all goes to every platform: listed once.
        const locals = new Map(options.platforms.flatMap((item) => item.localDebs.map((deb) => [deb.path, deb])));
        await write("provenance-index.slsa.json", options.indexDigest, provenancePredicate({
            ...common,
            internalParameters: options.internalParameters,
            base: { ...baseName, digest: options.base.topDigest },
            packages: options.platforms.flatMap((item) => item.packages),
            localDebs: [...locals.values()],
        }));
    }
    return files;
}
/** SHA-256 of a file, hex, read as a stream (a local .deb may be large). */
async function fileSha256(path) {
    const hash = (0,external_node_crypto_.createHash)("sha256");
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest("hex");
}

;// CONCATENATED MODULE: ./packages/build/src/build.ts
/**
 * A distroless build, start to finish, for every platform from its own base manifest and its own
 * architecture's packages (nothing from a package runs, so no emulation):
 * 1. the base's installed packages and os-release are read per platform;
 * 2. the Debian packages are locked (or the lock file given is used as it is) and fetched, each
 *    verified by SHA-256;
 * 3. archive packages go into one layer and local .debs into another, so a new application build
 *    reuses the dependencies layer byte for byte; a layer whose inputs are unchanged since an earlier
 *    build comes from the cache of built layers (layer-cache.ts) instead of being made again;
 * 4. the config, manifest and (for several platforms) index are made, every byte from the inputs;
 * 5. the SBOMs are made per platform.
 * Publishing (push or OCI layout) and attaching the SBOMs are the caller's next steps.
 */











async function buildDistroless(options) {
    const baseClient = options.clients.for(options.base.registry);
    const top = await baseClient.getManifest(options.base.repository, (0,oci_src/* manifestReference */.Tn)(options.base));
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const platforms = [...options.platforms].sort((a, b) => (0,oci_src/* formatPlatform */.Bq)(a).localeCompare((0,oci_src/* formatPlatform */.Bq)(b)));
    const userAnnotations = options.annotations ?? {};
    // Read once per platform: the resolution and the build both stand on it.
    // Cached under each platform manifest's digest (base-cache.ts): a rebuild on the same base fetches no layer.
    const baseCache = { cacheDir: (0,external_node_path_.join)(options.cacheDir, "bases"), ...(options.log ? { log: options.log } : {}) };
    const bases = await Promise.all(platforms.map((platform) => (0,debian_src/* readBaseImage */.l2)(options.clients, options.base, platform, baseCache)));
    const lock = await lockOrRead(options, platforms, bases);
    const layerCacheDir = (0,external_node_path_.join)(options.cacheDir, "layers");
    const reports = [];
    const built = [];
    const sboms = [];
    const provenanceInputs = [];
    const scripted = new Set();
    for (const [index, platform] of platforms.entries()) {
        const architecture = (0,debian_src/* debianArchitecture */.DM)(platform);
        const baseImage = bases[index];
        const baseManifest = await baseClient.getManifest(options.base.repository, baseImage.manifestDigest);
        const [configDescriptor, ...baseLayers] = baseManifest.blobs;
        if (!configDescriptor)
            throw new debian_src/* DebianError */.c4(`base ${(0,oci_src/* formatReference */.FH)(options.base)} has no config for ${(0,oci_src/* formatPlatform */.Bq)(platform)}`);
        const baseConfig = JSON.parse((await baseClient.readBlob(options.base.repository, configDescriptor)).toString("utf8"));
        const fetched = lock.content.architectures[architecture]
            ? await (0,debian_src/* fetchLockedDebs */.V_)({
                lockfile: lock.content,
                architecture,
                cacheDir: options.cacheDir,
                ...(options.log ? { log: options.log } : {}),
            })
            : { debs: [] };
        for (const deb of fetched.debs)
            if (deb.maintainerScripts.length > 0)
                scripted.add(deb.name);
        const locals = await localsFor(options.localDebs, architecture);
        const layers = [];
        if (fetched.debs.length > 0)
            layers.push({
                kind: "archive",
                layer: await cachedPackageLayer({
                    kind: "archive",
                    architecture,
                    // The lock's hashes: each file was checked against its own before it entered the cache.
                    debs: fetched.debs.map((deb) => ({ path: deb.path, sha256: deb.sha256 })),
                    mergedUsr: baseImage.topLevelSymlinks,
                    sourceDateEpoch: options.sourceDateEpoch,
                    outFile: (0,external_node_path_.join)(options.workDir, `${architecture}-archive.tar.gz`),
                    cacheDir: layerCacheDir,
                    ...(options.log ? { log: options.log } : {}),
                }),
            });
        if (locals.length > 0)
            layers.push({
                kind: "local",
                layer: await cachedPackageLayer({
                    kind: "local",
                    architecture,
                    debs: locals.map((deb) => ({ path: deb.path })),
                    mergedUsr: baseImage.topLevelSymlinks,
                    sourceDateEpoch: options.sourceDateEpoch,
                    outFile: (0,external_node_path_.join)(options.workDir, `${architecture}-local.tar.gz`),
                    cacheDir: layerCacheDir,
                    ...(options.log ? { log: options.log } : {}),
                }),
            });
        const config = buildConfig(baseConfig, layers.map(({ kind, layer }) => ({
            diffId: layer.diffId,
            createdBy: `image-actions build-distroless: ${kind === "archive" ? "Debian packages" : "local .debs"} ${layer.packages.map((item) => item.name).join(", ")}`,
        })), options.config, options.sourceDateEpoch);
        const newLayers = layers.map(({ layer }) => ({
            mediaType: layer.mediaType,
            digest: layer.digest,
            size: layer.size,
            path: layer.path,
        }));
        const manifest = buildManifest(config, [...baseLayers, ...newLayers], {
            ...imageAnnotations({ name: (0,oci_src/* formatReference */.FH)(options.base), digest: top.digest }, options.sourceDateEpoch, options.provenance),
            ...userAnnotations,
        });
        built.push({ platform, base: options.base, baseLayers, newLayers, config, manifest });
        const lockedByName = new Map((lock.content.architectures[architecture] ?? []).map((item) => [item.name, item]));
        const packages = [
            ...baseImage.installed.map((item) => ({
                name: item.name,
                version: item.version,
                architecture: item.architecture,
                source: item.name,
                origin: "base",
            })),
            ...layers.flatMap(({ kind, layer }) => layer.packages.map((item) => {
                const locked = lockedByName.get(item.name);
                return {
                    name: item.name,
                    version: item.version,
                    architecture: item.architecture,
                    source: item.source,
                    origin: kind === "archive" ? "archive" : "file",
                    ...(kind === "archive" && locked ? { url: locked.url, sha256: locked.sha256 } : {}),
                };
            })),
        ];
        provenanceInputs.push({
            platform,
            architecture,
            manifestDigest: manifest.digest,
            baseManifestDigest: baseImage.manifestDigest,
            packages: lock.content.architectures[architecture] ?? [],
            localDebs: locals,
        });
        reports.push({
            platform: (0,oci_src/* formatPlatform */.Bq)(platform),
            architecture,
            manifestDigest: manifest.digest,
            layers: layers.map(({ kind, layer }) => ({ kind, digest: layer.digest, size: layer.size })),
            packages,
        });
        for (const format of options.sbomFormats) {
            const input = {
                subject: {
                    ...options.imageName,
                    digest: manifest.digest,
                    platform,
                    base: {
                        // repositoryName, not formatReference: a reference without tag or digest formats as `:latest`.
                        repository: (0,oci_src/* repositoryName */.aR)(options.base),
                        ...(options.base.tag ? { tag: options.base.tag } : {}),
                        digest: baseImage.manifestDigest,
                    },
                },
                packages,
                osRelease: baseImage.osRelease,
                ...(baseImage.debianVersion ? { debianVersion: baseImage.debianVersion } : {}),
                sourceDateEpoch: options.sourceDateEpoch,
                toolVersion: options.toolVersion,
            };
            const document = format === "spdx-json" ? spdxDocument(input) : cyclonedxDocument(input);
            const bytes = Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
            const path = (0,external_node_path_.join)(options.workDir, `sbom-${architecture}.${format === "spdx-json" ? "spdx" : "cdx"}.json`);
            await (0,promises_.writeFile)(path, bytes);
            sboms.push({ platform, manifestDigest: manifest.digest, format, path, bytes });
        }
    }
    const image = {
        platforms: built,
        ...(built.length > 1
            ? {
                index: buildIndex(built.map((item) => ({ manifest: item.manifest, platform: item.platform })), userAnnotations),
            }
            : {}),
    };
    const lockBytes = options.debianPackages.length > 0 || options.localDebs.length > 0 ? await installedLockBytes(lock) : undefined;
    const provenance = await writeProvenanceFiles({
        workDir: options.workDir,
        parameters: {
            base: (0,oci_src/* formatReference */.FH)(options.base),
            platforms: platforms.map(oci_src/* formatPlatform */.Bq),
            debianPackages: options.debianPackages,
            debianSources: options.debianSources,
            debianKeyring: (options.keys ?? []).map((key) => key.getFingerprint()).sort(),
            ...(options.lockfile && lockBytes
                ? { lockfile: { path: options.lockfile, sha256: (0,external_node_crypto_.createHash)("sha256").update(lockBytes).digest("hex") } }
                : {}),
            lockUpdate: options.lockUpdate ?? false,
            localDebs: options.localDebs,
            config: options.config,
            annotations: userAnnotations,
            sourceDateEpoch: options.sourceDateEpoch,
            sbomFormats: options.sbomFormats,
        },
        ...(options.run ? { run: options.run } : {}),
        base: {
            repository: (0,oci_src/* repositoryName */.aR)(options.base),
            ...(options.base.tag ? { tag: options.base.tag } : {}),
            topDigest: top.digest,
        },
        platforms: provenanceInputs,
        ...(image.index ? { indexDigest: image.index.digest } : {}),
        ...(bases[0] ? { distro: debianDistro(bases[0].osRelease, bases[0].debianVersion) } : {}),
        toolVersion: options.toolVersion,
        internalParameters: { layerFormat: LAYER_FORMAT_VERSION },
    });
    return {
        image,
        digest: (image.index ?? built[0].manifest).digest,
        platforms: reports,
        sboms,
        provenance,
        ...(lock.path !== undefined || lock.written ? { lockfile: lock } : {}),
        ...(lockBytes ? { lockBytes } : {}),
        maintainerScripts: [...scripted].sort(),
    };
}
async function lockOrRead(options, platforms, bases) {
    if (options.debianPackages.length === 0 && options.localDebs.length === 0)
        return { written: false, content: { requested: [], sources: [], architectures: {} } };
    // What a resolution needs, whether it locks anew or updates a lock.
    const resolution = {
        clients: options.clients,
        base: options.base,
        sources: options.debianSources,
        ...(options.keys ? { keys: options.keys } : {}),
        platforms,
        bases,
        localDebs: options.localDebs,
        cacheDir: options.cacheDir,
        ...(options.log ? { log: options.log } : {}),
    };
    if (options.lockfile && (await exists(options.lockfile))) {
        const content = await (0,debian_src/* readLockfile */.GQ)(options.lockfile);
        const wanted = [...options.debianPackages].map((item) => item.trim()).sort();
        const locked = [...content.requested].sort();
        if (wanted.join("\n") !== locked.join("\n"))
            throw new debian_src/* DebianError */.c4(`lockfile ${options.lockfile} was made for ${locked.join(", ") || "no packages"}, not ${wanted.join(", ") || "no packages"}; delete it to lock again`);
        if (!options.lockUpdate)
            return { path: options.lockfile, written: false, content };
        const update = await (0,debian_src/* updateLock */.tn)({ ...resolution, old: content });
        // Unchanged packages leave the file alone, byte for byte (lock-update.ts says why).
        if (update.changed)
            await (0,promises_.writeFile)(options.lockfile, (0,debian_src/* serializeLockfile */.c5)(update.lockfile));
        return {
            path: options.lockfile,
            written: update.changed,
            changes: update.changes,
            content: update.lockfile,
        };
    }
    const result = await (0,debian_src/* lockPackages */.zC)({ ...resolution, packages: options.debianPackages });
    if (options.lockfile)
        await (0,promises_.writeFile)(options.lockfile, (0,debian_src/* serializeLockfile */.c5)(result.lockfile));
    return {
        ...(options.lockfile ? { path: options.lockfile } : {}),
        written: Boolean(options.lockfile),
        content: result.lockfile,
    };
}
/** The local .debs whose Architecture is `architecture` or `all`, with what the provenance says of each. */
async function localsFor(paths, architecture) {
    const chosen = [];
    for (const path of paths) {
        const { control } = await (0,debian_src/* readDebControl */.R2)(path);
        const stanza = (0,debian_src/* parseStanzas */.kw)(control)[0] ?? {};
        const declared = (0,debian_src/* field */.ZZ)(stanza, "Architecture");
        if (!declared)
            throw new debian_src/* DebianError */.c4(`${path}: the .deb's control file has no Architecture`);
        if (declared === architecture || declared === "all")
            chosen.push({
                path,
                sha256: await fileSha256(path),
                name: (0,debian_src/* field */.ZZ)(stanza, "Package") ?? "",
                version: (0,debian_src/* field */.ZZ)(stanza, "Version") ?? "",
                architecture: declared,
            });
    }
    return chosen;
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/build/src/built-packages.ts
/**
 * A build's own image read as any image is read for a comparison (debian's image-packages.ts): each
 * platform's dpkg status from its merged layers — the base's streamed from its registry and
 * digest-checked, ours from the files the build wrote — and the base its manifest records. So the
 * `changes` of a build list what a scanner of the pushed image will see, and they are known before
 * anything is pushed (or when nothing is: `push: false`).
 *
 * Reading the layers, not the build's package list, is the point: a package of ours that replaces
 * one the base has, or a whiteout, shows as the merged filesystem says.
 */



/** `image` names the build in the report (the first tag by digest, or the OCI layout's path). */
async function builtImagePackages(clients, result, image) {
    const platforms = [];
    for (const built of result.image.platforms) {
        const baseClient = clients.for(built.base.registry);
        const { installed } = await (0,debian_src/* readLayersContent */.E$)([
            ...built.baseLayers.map((layer) => ({
                descriptor: layer,
                open: () => baseClient.openBlob(built.base.repository, layer),
            })),
            ...built.newLayers.map((layer) => ({ descriptor: layer, open: () => (0,external_node_fs_.createReadStream)(layer.path) })),
        ], `the built image (${(0,oci_src/* formatPlatform */.Bq)(built.platform)}, ${built.manifest.digest})`);
        const manifest = JSON.parse(built.manifest.bytes.toString("utf8"));
        platforms.push({
            platform: (0,debian_src/* platformKey */.Ng)(built.platform),
            manifestDigest: built.manifest.digest,
            base: (0,debian_src/* recordedBase */.qi)(manifest.annotations),
            installed,
        });
    }
    return { image, digest: result.digest, platforms };
}

;// CONCATENATED MODULE: ./packages/build/src/publish.ts
/**
 * Where a built image goes: pushed to registries (base layers mounted from the base's repository
 * when it is on the same registry, otherwise streamed from it and verified; blobs already there
 * skipped; manifests by digest, then the index, then the tags last, so a tag never names content
 * that is not all there), or written as an OCI image layout (`push: false`).
 */


/** The document a tag names: the index, or the only platform's manifest. */
function topDocument(image) {
    return image.index ?? image.platforms[0].manifest;
}
/**
 * Push to every destination (one repository once, however many of its tags are named).
 * `beforeTags` runs once every repository holds the image and before any tag names it, for what
 * must be there when a tag appears (the SBOM referrers).
 */
async function pushImage(clients, image, destinations, beforeTags) {
    const stats = { blobsUploaded: 0, blobsMounted: 0, blobsSkipped: 0, bytesUploaded: 0 };
    const repositories = new Map();
    for (const destination of destinations)
        repositories.set(`${destination.registry}/${destination.repository}`, destination);
    await Promise.all([...repositories.values()].map((destination) => pushContent(clients, image, destination, stats)));
    await beforeTags?.();
    const top = topDocument(image);
    // Tags last, once every repository holds everything they name.
    for (const destination of destinations) {
        if (!destination.tag)
            continue;
        await clients.for(destination.registry).putManifest(destination.repository, destination.tag, top);
    }
    return stats;
}
async function pushContent(clients, image, destination, stats) {
    const client = clients.for(destination.registry);
    const repository = destination.repository;
    const count = (outcome, size) => {
        if (outcome === "exists")
            stats.blobsSkipped++;
        else if (outcome === "mounted")
            stats.blobsMounted++;
        else {
            stats.blobsUploaded++;
            stats.bytesUploaded += size;
        }
    };
    for (const built of image.platforms) {
        const sameRegistry = built.base.registry === destination.registry;
        const baseClient = clients.for(built.base.registry);
        for (const layer of built.baseLayers) {
            const result = await client.uploadBlob(repository, layer, () => baseClient.openBlob(built.base.repository, layer), sameRegistry ? { mountFrom: built.base.repository } : {});
            count(result.outcome, layer.size);
        }
        for (const layer of built.newLayers) {
            const result = await client.uploadBlob(repository, layer, () => (0,external_node_fs_.createReadStream)(layer.path));
            count(result.outcome, layer.size);
        }
        const config = built.config;
        const result = await client.uploadBlob(repository, { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length }, () => config.bytes);
        count(result.outcome, config.bytes.length);
        await client.putManifest(repository, built.manifest.digest, built.manifest);
    }
    if (image.index)
        await client.putManifest(repository, image.index.digest, image.index);
}
/**
 * Writes the image as an OCI image layout in `dir` (`oci-layout`, `index.json`, `blobs/sha256/…`),
 * base layers included (read from the base's registry and verified). `refName` names it in
 * index.json (`org.opencontainers.image.ref.name`).
 */
async function writeOciLayout(clients, image, dir, refName) {
    const layout = new oci_src/* OciLayoutWriter */.HC(dir);
    const put = (digest, source) => layout.putBlob(digest, source);
    for (const built of image.platforms) {
        const baseClient = clients.for(built.base.registry);
        for (const layer of built.baseLayers)
            await put(layer.digest, () => baseClient.openBlob(built.base.repository, layer));
        for (const layer of built.newLayers)
            await put(layer.digest, () => (0,external_node_fs_.createReadStream)(layer.path));
        await put(built.config.digest, () => built.config.bytes);
        await put(built.manifest.digest, () => built.manifest.bytes);
    }
    if (image.index) {
        const index = image.index;
        await put(index.digest, () => index.bytes);
    }
    const top = topDocument(image);
    await layout.writeIndex([
        {
            descriptor: { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length },
            ...(refName ? { refName } : {}),
        },
    ]);
}

;// CONCATENATED MODULE: ./packages/build/src/sbom-referrer.ts


function attachSbom(client, repository, subject, sbom, created) {
    return attachArtifact(client, repository, subject, { bytes: sbom.bytes, mediaType: sbom.mediaType }, created);
}
/** Each platform's SBOMs as referrers of its manifest, in every destination repository. */
async function attachSboms(clients, result, destinations, sourceDateEpoch) {
    const created = createdAt(sourceDateEpoch);
    const repositories = new Map(destinations.map((item) => [`${item.registry}/${item.repository}`, item]));
    for (const destination of repositories.values()) {
        for (const sbom of result.sboms) {
            const manifest = result.image.platforms.find((item) => item.manifest.digest === sbom.manifestDigest)?.manifest;
            if (!manifest)
                continue;
            await attachSbom(clients.for(destination.registry), destination.repository, { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }, { bytes: sbom.bytes, mediaType: sbom.format === "spdx-json" ? SPDX_MEDIA_TYPE : CYCLONEDX_MEDIA_TYPE }, created);
        }
    }
}

;// CONCATENATED MODULE: ./packages/build/src/push-build.ts



async function pushBuild(clients, result, destinations, sourceDateEpoch) {
    return pushImage(clients, result.image, destinations, async () => {
        await attachSboms(clients, result, destinations, sourceDateEpoch);
        await attachLocks(clients, result, destinations, sourceDateEpoch);
    });
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./packages/build/src/rootfs.ts
/**
 * Unpacks an image's layers into a directory as a container runtime would (the OCI image spec's
 * "Applying changesets"): files, directories, symlinks, hard links, modes and numeric owners, with
 * `.wh.<name>` whiteouts deleting lower-layer paths and `.wh..wh..opq` hiding a directory's
 * lower-layer content. Used by the smoke test, which runs the image from that directory.
 *
 * Layer content is hostile: an entry naming `..` or an absolute path is refused, and no path is
 * ever handed to the host kernel with an image symlink in it. Every parent is resolved component by
 * component with the image's own symlinks followed *inside* the root (an absolute target means the
 * image's root, as it does in a chroot); a symlink climbing above the root is refused, so nothing
 * is written outside `dir`. The last component is never followed (files are created O_EXCL |
 * O_NOFOLLOW, owners set with lchown).
 */






/** A layer that cannot be applied safely or at all; names the layer and the entry. */
class RootfsError extends Error {
    name = "RootfsError";
}
const rootfs_WHITEOUT_PREFIX = ".wh.";
const OPAQUE_WHITEOUT = ".wh..wh..opq";
/** As Linux's MAXSYMLINKS: a symlink loop in the image fails instead of spinning. */
const MAX_SYMLINK_HOPS = 40;
const MAX_PATH_COMPONENTS = 1024;
/** Applies `layers` in order into `dir` (created if missing). */
async function unpackRootfs(layers, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    // A container's / is 0755 root-owned whatever the layers say; mkdtemp makes 0700, which locks out
    // every user but root.
    await (0,promises_.chmod)(dir, 0o755);
    const canChown = process.getuid?.() === 0;
    for (const [index, layer] of layers.entries()) {
        const where = `layer ${index + 1} of ${layers.length}`;
        const compression = (0,debian_src/* layerCompression */.AH)(layer.mediaType);
        if (!compression)
            throw new RootfsError(`${where} has media type ${JSON.stringify(layer.mediaType)}, not a tar layer`);
        await applyLayer(layer.open(), compression, dir, where, canChown);
    }
}
async function applyLayer(blob, compression, root, where, canChown) {
    const tar = (0,tar_stream.extract)();
    const flowed = (0,external_node_stream_promises_.pipeline)((0,debian_src/* decompressed */.ji)(blob, compression), tar);
    flowed.catch(() => undefined);
    /** Host paths this layer wrote: an opaque whiteout hides lower layers only, never its own layer. */
    const written = new Set();
    try {
        for await (const entry of tar) {
            try {
                await applyEntry(entry, root, written, canChown);
            }
            finally {
                entry.resume();
            }
        }
        await flowed;
    }
    catch (error) {
        blob.destroy();
        tar.destroy();
        if (error instanceof RootfsError)
            throw new RootfsError(`${where}: ${error.message}`, { cause: error });
        throw new RootfsError(`${where} is not a readable tar layer: ${error.message}`, { cause: error });
    }
}
/** `name` as path components below the root; `..` or an absolute path is refused. */
function entryComponents(name) {
    if (name.startsWith("/"))
        throw new RootfsError(`entry ${JSON.stringify(name)} is an absolute path`);
    const parts = name.split("/").filter((part) => part !== "" && part !== ".");
    if (parts.includes(".."))
        throw new RootfsError(`entry ${JSON.stringify(name)} climbs out with ".."`);
    if (parts.length > MAX_PATH_COMPONENTS)
        throw new RootfsError(`entry ${JSON.stringify(name)} is too deep`);
    return parts;
}
async function lstatOrUndefined(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
/**
 * The host path `parts` names inside `root`, with the image's symlinks followed within the root
 * (the last one too). Missing directories are created (mode 0755, as runtimes do) when `create`;
 * the last component may be a file when `allowFile`. The result has no symlink in it below `root`,
 * so the kernel cannot be led outside by it.
 */
async function resolveInside(root, parts, create, allowFile) {
    let resolved = [];
    const queue = [...parts];
    let hops = 0;
    while (queue.length > 0) {
        const part = queue.shift();
        if (part === "" || part === ".")
            continue;
        if (part === "..") {
            if (resolved.length === 0)
                throw new RootfsError(`/${parts.join("/")} goes through a symlink that points outside the root`);
            resolved.pop();
            continue;
        }
        const host = (0,external_node_path_.join)(root, ...resolved, part);
        const stats = await lstatOrUndefined(host);
        if (!stats) {
            if (!create)
                throw new RootfsError(`/${[...resolved, part].join("/")} does not exist`);
            await (0,promises_.mkdir)(host, { mode: 0o755 });
            resolved.push(part);
            continue;
        }
        if (stats.isSymbolicLink()) {
            if (++hops > MAX_SYMLINK_HOPS)
                throw new RootfsError(`/${parts.join("/")}: too many levels of symlinks`);
            const target = await (0,promises_.readlink)(host);
            if (target.startsWith("/"))
                resolved = [];
            queue.unshift(...target.split("/"));
            continue;
        }
        const last = !queue.some((rest) => rest !== "" && rest !== ".");
        if (!stats.isDirectory() && !(allowFile && last))
            throw new RootfsError(`/${[...resolved, part].join("/")} is not a directory`);
        resolved.push(part);
    }
    return (0,external_node_path_.join)(root, ...resolved);
}
/** The host directory for image directory `parts`, created as needed; see resolveInside. */
function resolveDirectory(root, parts, create) {
    return resolveInside(root, parts, create, false);
}
/** The host path of existing image path `path`, every symlink followed inside `root`. */
function resolveInRootfs(root, path) {
    return resolveInside(root, path.split("/"), false, true);
}
async function removeExisting(path, keepDirectory) {
    const stats = await lstatOrUndefined(path);
    if (!stats)
        return false;
    if (stats.isDirectory()) {
        if (keepDirectory)
            return true;
        await (0,promises_.rm)(path, { recursive: true, force: true });
        return false;
    }
    await (0,promises_.unlink)(path);
    return false;
}
/** Removes what lower layers left under `dir`, keeping what this layer wrote (and below it). */
async function emptyOpaque(dir, written) {
    for (const name of await (0,promises_.readdir)(dir)) {
        const path = (0,external_node_path_.join)(dir, name);
        if (!written.has(path)) {
            await (0,promises_.rm)(path, { recursive: true, force: true });
            continue;
        }
        const stats = await (0,promises_.lstat)(path);
        if (stats.isDirectory())
            await emptyOpaque(path, written);
    }
}
async function applyEntry(entry, root, written, canChown) {
    const { header } = entry;
    const parts = entryComponents(header.name);
    const base = parts.pop();
    if (base === undefined)
        return; // the root itself: the runtime's directory keeps its own metadata
    const parent = await resolveDirectory(root, parts, true);
    const target = (0,external_node_path_.join)(parent, base);
    if (base === OPAQUE_WHITEOUT) {
        await emptyOpaque(parent, written);
        return;
    }
    if (base.startsWith(rootfs_WHITEOUT_PREFIX)) {
        // `.wh..wh.*` other than the opaque marker are AUFS bookkeeping; the spec says to ignore them.
        if (base.startsWith(`${rootfs_WHITEOUT_PREFIX}${rootfs_WHITEOUT_PREFIX}`))
            return;
        const hidden = base.slice(rootfs_WHITEOUT_PREFIX.length);
        if (hidden === "" || hidden === "." || hidden === "..")
            throw new RootfsError(`whiteout ${JSON.stringify(header.name)} names no file`);
        await (0,promises_.rm)((0,external_node_path_.join)(parent, hidden), { recursive: true, force: true });
        return;
    }
    const mode = (header.mode ?? 0o644) & 0o7777;
    const uid = header.uid ?? 0;
    const gid = header.gid ?? 0;
    written.add(target);
    switch (header.type) {
        case "directory": {
            if (!(await removeExisting(target, true)))
                await (0,promises_.mkdir)(target, { mode: 0o700 });
            break;
        }
        case "file":
        case "contiguous-file": {
            await removeExisting(target, false);
            const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
            const handle = await (0,promises_.open)(target, flags, 0o600);
            await (0,external_node_stream_promises_.pipeline)(entry, handle.createWriteStream());
            break;
        }
        case "symlink": {
            await removeExisting(target, false);
            await (0,promises_.symlink)(header.linkname ?? "", target);
            if (canChown)
                await (0,promises_.lchown)(target, uid, gid);
            if (header.mtime)
                await (0,promises_.lutimes)(target, header.mtime, header.mtime);
            return;
        }
        case "link": {
            const linkParts = entryComponents(header.linkname ?? "");
            const linkBase = linkParts.pop();
            if (linkBase === undefined)
                throw new RootfsError(`hard link ${JSON.stringify(header.name)} names no target`);
            const source = (0,external_node_path_.join)(await resolveDirectory(root, linkParts, false), linkBase);
            const stats = await lstatOrUndefined(source);
            if (!stats || stats.isDirectory())
                throw new RootfsError(`hard link ${JSON.stringify(header.name)} → ${JSON.stringify(header.linkname)}: no such file`);
            if (source === target)
                return;
            await removeExisting(target, false);
            await (0,promises_.link)(source, target);
            return;
        }
        default:
            // Devices and FIFOs: a runtime would mknod them; an image to smoke-test needs none (the
            // runner provides /dev), so they are skipped rather than created from hostile numbers.
            written.delete(target);
            return;
    }
    // chown before chmod: chown clears set-id bits. The path is a real file or directory we made.
    if (canChown)
        await (0,promises_.lchown)(target, uid, gid);
    await (0,promises_.chmod)(target, mode);
    if (header.mtime)
        await (0,promises_.lutimes)(target, header.mtime, header.mtime);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/build/src/sandbox.ts
/**
 * The smoke test's sandbox: the image's code runs so that its root is nobody on the runner.
 *
 * Mount and pid namespaces around a chroot are not a sandbox for code running as the runner's
 * real root: `mkdir x; chroot x; chdir ..; chroot .` walks out of any chroot, and root outside can
 * then read the action's own `/proc/<pid>/environ` (AWS keys, the OIDC request token). So:
 *
 * 1. A user namespace is opened by root (`unshare --user` holding it with a `sleep`) and its maps
 *    are written from outside by root: its uid 0 and gid 0 are one unprivileged host id,
 *    SANDBOX_HOST_ID, and nothing else is mapped. Root opens it because unprivileged user
 *    namespaces are restricted on GitHub's Ubuntu 24.04 images (AppArmor's
 *    `kernel.apparmor_restrict_unprivileged_userns`, https://ubuntu.com/blog/ubuntu-23-10-restricted-unprivileged-user-namespaces);
 *    a namespace opened by root is not.
 * 2. `nsenter --user --setuid 0 --setgid 0` enters it: from here on every process is that host id.
 * 3. bubblewrap (`bwrap`, https://github.com/containers/bubblewrap) builds the sandbox from there:
 *    a nested user namespace in which only the image's own user is mapped (to that one host id),
 *    new pid, network (no interface but a down-then-up loopback of its own), ipc, uts and cgroup
 *    namespaces, the unpacked root bound at `/` and `pivot_root`ed into (the host's root is
 *    unmounted, not hidden behind a chroot), a fresh `/proc` of the new pid namespace, a minimal
 *    `/dev`, every capability dropped (`--cap-drop ALL`: effective, permitted, inheritable,
 *    ambient and the bounding set), `no_new_privs` (bwrap always sets it), no further user
 *    namespaces (`--disable-userns`), a new session (no TIOCSTI into the runner's terminal), and an
 *    environment that is the image's `Env` and nothing else. bwrap rather than util-linux `unshare`
 *    because `unshare --root` is a chroot and its `--map-users` needs /etc/subuid ranges; bwrap
 *    pivots, drops capabilities and sets no_new_privs itself.
 *
 * bwrap looks its source path up as the sandbox's host id, which has no search permission on the
 * runner's private directories above the root filesystem (mkdtemp makes them 0700), and even
 * `--bind-fd` resolves the fd back to that path. So the chain starts in a private mount namespace
 * of its own (`unshare --mount --propagation private`) where root binds the root filesystem onto a
 * world-searchable directory at the top of the tree (BIND_POINTS), which the host never sees. Files
 * the image's user owns are given to the host id so that the user owns them inside; everything
 * else stays as unpacked, which the sandbox sees as `nobody`.
 *
 * Every step runs as root: directly when the action is root (containers, this project's CI), else
 * through passwordless `sudo -n` (GitHub-hosted runners). No shell string is built from input: the
 * one shell snippet is a constant and takes its paths as arguments.
 */



/**
 * The unprivileged host id (uid and gid) the sandbox runs as: high in the 32-bit id space, far above
 * any account or subordinate-id range a runner hands out (/etc/subuid ranges start at 100000 and
 * are 65536 wide), and never 2^32-1, which the kernel reserves.
 */
const SANDBOX_HOST_ID = 2_130_706_432;
/**
 * Where the root filesystem is bound for bwrap, in the chain's own mount namespace: the first of
 * these that is a real directory searchable by anyone (FHS 3.0 has each at the top of the tree).
 */
const BIND_POINTS = ["/mnt", "/srv", "/media", "/opt"];
/** Why the sandbox could not be set up at all (not a failing command). */
class SandboxError extends Error {
    name = "SandboxError";
}
/**
 * Opens the user namespace whose root is SANDBOX_HOST_ID. The holder prints its pid from inside
 * the new namespace, so once the pid is read the namespace exists and its maps can be written.
 */
async function holdUserNamespace(tools, sudo, lifetimeSeconds) {
    const argv = [
        ...sudo,
        tools.unshare,
        "--user",
        "--",
        tools.sh,
        "-c",
        'echo "$$"; exec "$0" "$1"',
        tools.sleep,
        String(Math.ceil(lifetimeSeconds)),
    ];
    const holder = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ["ignore", "pipe", "pipe"], env: {} });
    const pid = await new Promise((resolvePid, reject) => {
        let text = "";
        let errors = "";
        holder.stderr.on("data", (chunk) => {
            errors += chunk.toString("utf8");
        });
        holder.stdout.on("data", (chunk) => {
            text += chunk.toString("utf8");
            const line = /^(\d+)\n/.exec(text);
            if (line)
                resolvePid(Number(line[1]));
        });
        holder.once("error", reject);
        holder.once("close", (code) => reject(new SandboxError(`cannot open a user namespace (unshare --user exited ${code}): ${oneLine(errors)}`)));
    });
    const held = {
        pid,
        async close() {
            if (holder.exitCode !== null || holder.signalCode !== null)
                return;
            if (sudo.length === 0)
                holder.kill("SIGKILL");
            else
                await runTool([...sudo, tools.kill, "-KILL", String(pid)]).catch(() => undefined);
        },
    };
    try {
        // One write each, as the kernel requires; the writer is root in the parent namespace, so
        // setgroups stays allowed and nsenter can clear the supplementary groups.
        const map = `0 ${SANDBOX_HOST_ID} 1\n`;
        for (const file of ["uid_map", "gid_map"]) {
            const path = `/proc/${pid}/${file}`;
            if (sudo.length === 0)
                await (0,promises_.writeFile)(path, map);
            else
                await runTool([...sudo, tools.tee, path], map);
        }
    }
    catch (error) {
        await held.close();
        throw new SandboxError(`cannot map the sandbox's user namespace: ${oneLine(error.message)}`);
    }
    return held;
}
/**
 * Gives the image user's files to the sandbox's host id, so that the user owns them inside; every
 * other owner is left unmapped (seen as `nobody`). Unpacked without root, every file belongs to the
 * runner and nothing is mapped: a root image then owns the whole tree (the only owner it had).
 */
async function mapOwnership(rootfs, user, tools, sudo) {
    if (sudo.length > 0) {
        if (user.uid === 0)
            await runTool([...sudo, tools.chown, "-hR", `${SANDBOX_HOST_ID}:${SANDBOX_HOST_ID}`, "--", rootfs]);
        return;
    }
    const visit = async (path) => {
        const stats = await (0,promises_.lstat)(path);
        const uid = stats.uid === user.uid ? SANDBOX_HOST_ID : stats.uid;
        const gid = stats.gid === user.gid ? SANDBOX_HOST_ID : stats.gid;
        if (uid !== stats.uid || gid !== stats.gid) {
            await (0,promises_.lchown)(path, uid, gid);
            // chown clears set-id bits; put the image's mode back (no_new_privs ignores them anyway).
            if (!stats.isSymbolicLink() && (stats.mode & 0o6000) !== 0)
                await (0,promises_.chmod)(path, stats.mode & 0o7777);
        }
        if (stats.isDirectory())
            for (const name of await (0,promises_.readdir)(path))
                await visit((0,external_node_path_.join)(path, name));
    };
    await visit(rootfs);
}
/** A directory at the top of the tree that anyone may search, to bind the root filesystem onto. */
async function bindPoint() {
    for (const path of BIND_POINTS) {
        const stats = await (0,promises_.lstat)(path).catch(() => undefined);
        if (stats?.isDirectory() && (stats.mode & 0o001) !== 0)
            return path;
    }
    throw new SandboxError(`the smoke test needs one of ${BIND_POINTS.join(", ")} as a directory anyone may search`);
}
/**
 * The argv that runs `command` in the sandbox: in a private mount namespace a constant shell
 * snippet binds the root filesystem onto `bindAt` and execs `timeout`, which kills bwrap at the
 * deadline; bwrap's `--die-with-parent` then takes the sandbox's init, and the kernel every process
 * in its pid namespace, with it.
 */
function sandboxArgv(tools, sudo, held, bindAt, run) {
    const env = [];
    for (const pair of run.env) {
        const at = pair.indexOf("=");
        env.push("--setenv", pair.slice(0, at), pair.slice(at + 1));
    }
    return [
        ...sudo,
        tools.unshare,
        "--mount",
        "--propagation",
        "private",
        "--",
        tools.sh,
        "-c",
        '"$1" --bind "$2" "$3" && shift 3 && exec "$@"',
        "sh",
        tools.mount,
        run.rootfs,
        bindAt,
        tools.timeout,
        "-s",
        "KILL",
        `${run.timeoutSeconds}s`,
        tools.nsenter,
        `--user=/proc/${held.pid}/ns/user`,
        "--setuid=0",
        "--setgid=0",
        "--",
        tools.bwrap,
        "--unshare-user",
        "--disable-userns",
        "--unshare-pid",
        // The command is pid 1, as under `docker run` without --init.
        "--as-pid-1",
        "--unshare-net",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--hostname",
        "smoke-test",
        "--uid",
        String(run.uid),
        "--gid",
        String(run.gid),
        "--bind",
        bindAt,
        "/",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--cap-drop",
        "ALL",
        "--new-session",
        "--die-with-parent",
        "--clearenv",
        ...env,
        "--chdir",
        run.workdir,
        "--",
        ...run.command,
    ];
}
function oneLine(text) {
    return text.replace(/\s+/g, " ").trim().slice(0, 300);
}
/** Runs a tool (argument array, no shell), feeding `input` on stdin; rejects with its stderr. */
function runTool(argv, input) {
    return new Promise((resolveRun, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { stdio: ["pipe", "ignore", "pipe"], env: {} });
        let errors = "";
        child.stderr.on("data", (chunk) => {
            errors += chunk.toString("utf8");
        });
        child.once("error", reject);
        child.once("close", (code) => code === 0 ? resolveRun() : reject(new Error(`${argv.join(" ")} exited ${code}: ${oneLine(errors)}`)));
        child.stdin.end(input ?? "");
    });
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/build/src/smoke-test.ts
/**
 * The smoke test's daemonless path: the image's command runs from an unpacked root filesystem
 * (rootfs.ts) in the sandbox of sandbox.ts — a user namespace in which the image's root is an
 * unprivileged host id, bubblewrap's pivot_root into the root filesystem, new pid, network, ipc,
 * uts and mount namespaces, no capabilities, no_new_privs, and the image's `Env` as the whole
 * environment. The image's user and group come from its config and its own /etc/passwd and
 * /etc/group, as Docker resolves them. argv is executed directly (distroless has no shell).
 *
 * The timeout is enforced by coreutils `timeout -s KILL` around bwrap: when bwrap dies, its
 * `--die-with-parent` kills the sandbox's init and the kernel everything in its pid namespace. It
 * sits inside `sudo` because sudo does not pass SIGKILL on. Tools are run with node:child_process
 * (argument arrays, no shell string from input) rather than @actions/exec: the runner needs the
 * child handle for a last-resort kill, and this package does not depend on the actions toolkit.
 * The processes that start the sandbox get an empty environment, so not even the sandbox's own
 * init (whose /proc/1/environ the command can read) carries the action's variables.
 *
 * A Docker path (load the image, `docker run --rm`) when a daemon answers is not implemented here.
 */






/** A smoke test that could not be run at all (no root, no unshare, a user the image lacks). */
class SmokeTestError extends Error {
    name = "SmokeTestError";
}
const MAX_OUTPUT_BYTES = 64 * 1024;
/** Docker's PATH when the image sets none. */
const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** Past the timeout, how long `timeout` gets to kill before the child itself is killed from here. */
const BACKSTOP_SECONDS = 10;
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function runSmokeTest(options) {
    try {
        if (options.command.length === 0)
            throw new SmokeTestError("the smoke test command is empty");
        if (!(options.timeoutSeconds > 0))
            throw new SmokeTestError("the smoke test timeout must be a positive number");
        const sudo = await privilegePrefix();
        const tools = (await hostTools(SANDBOX_TOOLS));
        await prepareRootfs(options.rootfs);
        const { uid, gid, home } = await resolveUser(options.rootfs, options.user);
        const workdir = options.workdir || "/";
        await resolveDirectory(options.rootfs, workdir.split("/"), true);
        await mapOwnership(options.rootfs, { uid, gid }, tools, sudo);
        // The holder outlives the sandbox by the backstop, then goes by itself even if we die first.
        const held = await holdUserNamespace(tools, sudo, options.timeoutSeconds + 2 * BACKSTOP_SECONDS);
        try {
            const argv = sandboxArgv(tools, sudo, held, await bindPoint(), {
                rootfs: options.rootfs,
                command: options.command,
                env: imageEnvironment(options.env, home),
                workdir,
                uid,
                gid,
                timeoutSeconds: options.timeoutSeconds,
            });
            return await runBounded(argv, options.timeoutSeconds);
        }
        finally {
            await held.close();
        }
    }
    finally {
        await removeRootfs(options.rootfs);
    }
}
/** The host tools the sandbox is built with: util-linux, coreutils, dash and bubblewrap. */
const SANDBOX_TOOLS = ["sh", "mount", "unshare", "nsenter", "bwrap", "timeout", "sleep", "tee", "kill", "chown"];
/** `[]` as root, `["sudo", "-n"]` with passwordless sudo, else a SmokeTestError. */
async function privilegePrefix() {
    if (process.getuid?.() === 0)
        return [];
    try {
        await run("sudo", ["-n", "true"], { timeout: 10_000 });
        return ["sudo", "-n"];
    }
    catch {
        throw new SmokeTestError("the smoke test needs root or passwordless sudo (as on GitHub-hosted runners) to open the sandbox's user namespace; run as root, allow sudo, or turn smoke-test off");
    }
}
async function hostTools(names) {
    const found = {};
    const path = (process.env.PATH ?? DEFAULT_PATH).split(":");
    for (const name of names) {
        for (const dir of [...path, "/usr/sbin", "/usr/bin", "/sbin", "/bin"]) {
            if (!dir.startsWith("/"))
                continue;
            const candidate = (0,external_node_path_.join)(dir, name);
            const stats = await (0,promises_.lstat)(candidate).catch(() => undefined);
            if (stats && !stats.isDirectory()) {
                found[name] = candidate;
                break;
            }
        }
        if (!found[name])
            throw new SmokeTestError(name === "bwrap"
                ? "the smoke test needs bubblewrap (bwrap) on the runner's PATH: install it (Debian and Ubuntu: apt-get install bubblewrap) or turn smoke-test off"
                : `the smoke test needs ${name} (util-linux / coreutils) on the runner's PATH`);
    }
    return found;
}
/** Replaces whatever the image has at `name` (a symlink could point anywhere) with an empty directory. */
async function freshDirectory(rootfs, name, mode) {
    const path = (0,external_node_path_.join)(rootfs, name);
    await (0,promises_.rm)(path, { recursive: true, force: true });
    await (0,promises_.mkdir)(path, { mode });
    return path;
}
/**
 * Empty /proc and /dev for bwrap to mount over (the sandbox cannot create them: the root
 * filesystem's top belongs to an owner it does not map), and a /tmp when the image has none.
 */
async function prepareRootfs(rootfs) {
    await freshDirectory(rootfs, "proc", 0o555);
    await freshDirectory(rootfs, "dev", 0o755);
    // /tmp as the image has it when it is a real directory (distroless ships one), else a fresh one.
    const tmp = await (0,promises_.lstat)((0,external_node_path_.join)(rootfs, "tmp")).catch(() => undefined);
    if (!tmp?.isDirectory())
        await freshDirectory(rootfs, "tmp", 0o1777);
}
/** `/etc/passwd` or `/etc/group` of the image as [name, id, primary gid, home] rows; none when absent. */
async function readIdFile(rootfs, file) {
    try {
        const path = await resolveInRootfs(rootfs, file);
        const stats = await (0,promises_.lstat)(path);
        if (!stats.isFile() || stats.size > 4 * 1024 * 1024)
            return [];
        return (await (0,promises_.readFile)(path, "utf8")).split("\n").map((line) => line.split(":"));
    }
    catch (error) {
        if (error instanceof RootfsError)
            return [];
        throw error;
    }
}
/** Docker's rules: no user is root; a uid without a gid takes passwd's gid, else 0; names must exist. */
async function resolveUser(rootfs, user) {
    const [userPart = "", groupPart] = (user ?? "").split(":", 2);
    const passwd = await readIdFile(rootfs, "/etc/passwd");
    let uid = 0;
    let gid;
    let home = "/";
    if (userPart !== "") {
        const numeric = /^\d+$/.test(userPart);
        const entry = passwd.find((row) => (numeric ? row[2] === userPart : row[0] === userPart));
        if (!entry && !numeric)
            throw new SmokeTestError(`user ${JSON.stringify(userPart)} is not in the image's /etc/passwd`);
        uid = numeric ? Number(userPart) : Number(entry?.[2]);
        if (entry) {
            gid = Number(entry[3]);
            home = entry[5] || "/";
        }
    }
    else {
        const entry = passwd.find((row) => row[2] === "0");
        if (entry?.[5])
            home = entry[5];
    }
    if (groupPart !== undefined && groupPart !== "") {
        if (/^\d+$/.test(groupPart))
            gid = Number(groupPart);
        else {
            const entry = (await readIdFile(rootfs, "/etc/group")).find((row) => row[0] === groupPart);
            if (!entry)
                throw new SmokeTestError(`group ${JSON.stringify(groupPart)} is not in the image's /etc/group`);
            gid = Number(entry[2]);
        }
    }
    if (!Number.isSafeInteger(uid) || !Number.isSafeInteger(gid ?? 0))
        throw new SmokeTestError(`user ${JSON.stringify(user)} does not resolve to numeric ids`);
    return { uid, gid: gid ?? 0, home };
}
/** The image's Env (`NAME=value`), with PATH and HOME defaulted as Docker does. */
function imageEnvironment(env, home) {
    const valid = env.filter((pair) => /^[^=]+=/.test(pair));
    if (!valid.some((pair) => pair.startsWith("PATH=")))
        valid.push(`PATH=${DEFAULT_PATH}`);
    if (!valid.some((pair) => pair.startsWith("HOME=")))
        valid.push(`HOME=${home}`);
    return valid;
}
async function runBounded(argv, timeoutSeconds) {
    const started = Date.now();
    const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
        stdio: ["ignore", "pipe", "pipe"],
        // Nothing of ours: the tools are found by absolute path, and the sandbox starts from --clearenv.
        env: {},
    });
    let output = Buffer.alloc(0);
    const collect = (chunk) => {
        output = Buffer.concat([output, chunk]);
        if (output.length > 2 * MAX_OUTPUT_BYTES)
            output = output.subarray(output.length - MAX_OUTPUT_BYTES);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const backstop = setTimeout(() => child.kill("SIGKILL"), (timeoutSeconds + BACKSTOP_SECONDS) * 1000);
    const { code, signal } = await new Promise((resolvePromise, reject) => {
        child.once("error", reject);
        child.once("close", (exitCode, exitSignal) => resolvePromise({ code: exitCode, signal: exitSignal }));
    }).finally(() => clearTimeout(backstop));
    const elapsed = (Date.now() - started) / 1000;
    // timeout(1) exits 128+9 when it had to SIGKILL; a command killed by SIGKILL itself exits the
    // same way, so the clock decides.
    const timedOut = signal === "SIGKILL" || (code === 137 && elapsed >= timeoutSeconds - 0.5);
    let text = output.subarray(Math.max(0, output.length - MAX_OUTPUT_BYTES)).toString("utf8");
    if (output.length > MAX_OUTPUT_BYTES)
        text = `[… earlier output cut …]\n${text}`;
    return { passed: !timedOut && code === 0, exitCode: timedOut ? null : code, timedOut, output: text };
}
/** Mount points at or below `dir` in this mount namespace (none, unless something leaked). */
async function mountsBelow(dir) {
    const lines = (await (0,promises_.readFile)("/proc/self/mountinfo", "utf8")).split("\n");
    const decode = (field) => field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
    return lines
        .map((line) => decode(line.split(" ")[4] ?? ""))
        .filter((point) => point === dir || point.startsWith(`${dir}/`))
        .sort((a, b) => b.length - a.length);
}
/**
 * Unmounts anything left below the rootfs (deepest first), then removes it. A recursive delete
 * never starts while a mount remains: it would descend into the host's /proc or /dev.
 */
async function removeRootfs(rootfs) {
    const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
    for (const point of await mountsBelow(rootfs)) {
        const argv = [...sudo, "umount", "-l", point];
        await run(argv[0], argv.slice(1), { timeout: 30_000 }).catch(() => undefined);
    }
    const left = await mountsBelow(rootfs);
    if (left.length > 0)
        throw new SmokeTestError(`cannot unmount ${left.join(", ")}; the root filesystem ${rootfs} was left in place`);
    if (sudo.length === 0)
        await (0,promises_.rm)(rootfs, { recursive: true, force: true });
    else
        await run("sudo", ["-n", "rm", "-rf", "--one-file-system", "--", rootfs], { timeout: 300_000 });
}

;// CONCATENATED MODULE: ./packages/build/src/smoke-image.ts
/**
 * The smoke test of a built image: the platform the runner itself is (no emulation) is unpacked into
 * a root filesystem — the base's layers read from its registry, ours from the files the build wrote —
 * and the command runs in it under the image's own Env, WorkingDir and User (smoke-test.ts). Every
 * other platform is reported as not smoke tested. A command that fails or times out is a
 * SmokeTestFailed carrying the end of its output, so the caller stops before anything is pushed.
 */






/** The image has no platform the runner can run, or the command failed or timed out in it. */
class SmokeTestFailed extends Error {
    name = "SmokeTestFailed";
}
/** `linux/amd64` or `linux/arm64`: the platform this process runs on, as an image names it. */
function runnerPlatform(arch = process.arch) {
    return `linux/${arch === "x64" ? "amd64" : arch}`;
}
async function smokeTestImage(clients, result, options) {
    const runner = options.runnerPlatform;
    const built = result.image.platforms.find((item) => (0,oci_src/* formatPlatform */.Bq)(item.platform) === runner);
    const notTested = result.image.platforms
        .map((item) => (0,oci_src/* formatPlatform */.Bq)(item.platform))
        .filter((name) => name !== runner);
    if (!built)
        throw new SmokeTestFailed(`smoke test: the image has no ${runner} platform (the runner's own) to run it in`);
    const rootfs = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.workDir, "rootfs-"));
    const baseClient = clients.for(built.base.registry);
    await unpackRootfs([
        ...built.baseLayers.map((layer) => ({
            mediaType: layer.mediaType,
            open: () => baseClient.openBlob(built.base.repository, layer),
        })),
        ...built.newLayers.map((layer) => ({ mediaType: layer.mediaType, open: () => (0,external_node_fs_.createReadStream)(layer.path) })),
    ], rootfs);
    const config = JSON.parse(built.config.bytes.toString("utf8"));
    const outcome = await runSmokeTest({
        rootfs,
        command: options.command,
        env: config.config?.Env ?? [],
        ...(config.config?.WorkingDir ? { workdir: config.config.WorkingDir } : {}),
        ...(config.config?.User ? { user: config.config.User } : {}),
        timeoutSeconds: options.timeoutSeconds,
    });
    if (!outcome.passed) {
        const how = outcome.timedOut ? `timed out after ${options.timeoutSeconds} s` : `exited ${outcome.exitCode}`;
        const tail = outcome.output.trim().split("\n").slice(-3).join(" | ");
        throw new SmokeTestFailed(`smoke test ${JSON.stringify(options.command)} ${how} in ${runner}; nothing was pushed: ${tail}`);
    }
    return { platform: runner, passed: true, exitCode: outcome.exitCode, output: outcome.output, notTested };
}

;// CONCATENATED MODULE: ./packages/build/src/index.ts



















// EXTERNAL MODULE: ./actions/shared/runtime.ts + 24 modules
var runtime = __webpack_require__(736);
;// CONCATENATED MODULE: ./actions/build-distroless/changes.ts
/**
 * `compare-with`: what the build changes against an image (what a release line serves now) — the
 * base digest old → new and, per platform, every Debian package added, removed or changed, both
 * images read from their dpkg status — as the `changes` output (debian's ImageChanges, the same
 * report as `image-actions diff --json`) and a part of the job summary. Names and versions come from
 * images: the summary keeps them text (action-kit's md and table cells).
 */



/** The build (named `image`) against `compareWith`; an image with the build's digest reads no layer. */
async function changesAgainst(clients, compareWith, result, image) {
    return (0,debian_src/* diffAgainst */.Jo)(clients, compareWith, {
        image,
        digest: result.digest,
        read: () => builtImagePackages(clients, result, image),
    });
}
/** The version cell of a package one side does not have. */
const NONE = "—";
function baseText(base) {
    if (!base)
        return (0,src.md) `not recorded`;
    return base.name ? (0,src.md) `${(0,src/* code */.aY)(base.name)} (${(0,src/* code */.aY)(base.digest)})` : (0,src/* code */.aY)(base.digest);
}
/** `summary` with the changes' lines and tables after its own. */
function withChanges(summary, changes) {
    if (!changes)
        return summary;
    const lines = [...(summary.lines ?? [])];
    const tables = [...(summary.tables ?? [])];
    if (changes.identical) {
        lines.push((0,src.md) `Compared with ${(0,src/* code */.aY)(changes.old.image)}: the same digest, nothing changed.`);
        return { ...summary, lines, tables };
    }
    lines.push((0,src.md) `Compared with ${(0,src/* code */.aY)(changes.old.image)}:`);
    const base = changes.base;
    if (base?.changed === false)
        lines.push((0,src.md) `- base unchanged: ${baseText(base.new)}`);
    else if (base?.old || base?.new)
        lines.push((0,src.md) `- base: ${baseText(base.old)} → ${baseText(base.new)}`);
    else
        lines.push((0,src.md) `- base: not recorded by both images alike (see the \`changes\` output per platform)`);
    for (const platform of changes.platforms)
        if (platform.in !== "both")
            lines.push((0,src.md) `- ${platform.platform}: ${platform.in === "new" ? "new in this build" : "in the compared image only, not built"}`);
    const compared = changes.platforms.filter((platform) => platform.in === "both");
    tables.push({
        header: ["platform", "changed", "added", "removed", "unchanged"],
        rows: compared.map((platform) => [
            platform.platform,
            platform.changed.length,
            platform.added.length,
            platform.removed.length,
            platform.unchanged,
        ]),
    });
    const rows = compared.flatMap((platform) => [
        ...platform.changed.map((item) => [platform.platform, item.name, item.architecture, item.old, item.new]),
        ...platform.added.map((item) => [platform.platform, item.name, item.architecture, NONE, item.version]),
        ...platform.removed.map((item) => [platform.platform, item.name, item.architecture, item.version, NONE]),
    ]);
    if (rows.length > 0)
        tables.push({ header: ["platform", "package", "architecture", "old", "new"], rows });
    return { ...summary, lines, tables };
}

;// CONCATENATED MODULE: ./actions/build-distroless/inputs.ts

const DIGEST_PINNED = /@sha256:[0-9a-f]{64}$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function getInputs(environment = process.env) {
    const inputs = {
        base: (0,src/* readRequired */.yu)("base"),
        allowUnpinnedBase: (0,src/* readBoolean */.Vf)("allow-unpinned-base", false),
        debianPackages: (0,src/* readList */.LD)("debian-packages"),
        debianSources: (0,src/* readList */.LD)("debian-sources"),
        debianKeyring: (0,src/* readString */.E3)("debian-keyring") || undefined,
        lockfile: (0,src/* readString */.E3)("lockfile") || undefined,
        compareWith: (0,src/* readString */.E3)("compare-with") || undefined,
        lockUpdate: (0,src/* readBoolean */.Vf)("lock-update", false),
        packages: (0,src/* readList */.LD)("packages"),
        platforms: (0,src/* readList */.LD)("platforms", { commas: true }),
        tags: (0,src/* readList */.LD)("tags"),
        entrypoint: (0,src/* readCommand */.UK)("entrypoint"),
        cmd: (0,src/* readCommand */.UK)("cmd"),
        env: (0,src/* readKeyValues */._Z)("env"),
        labels: (0,src/* readKeyValues */._Z)("labels"),
        annotations: (0,src/* readKeyValues */._Z)("annotations"),
        workdir: (0,src/* readString */.E3)("workdir") || undefined,
        user: (0,src/* readString */.E3)("user") || undefined,
        debugBase: (0,src/* readString */.E3)("debug-base") || undefined,
        debugTags: (0,src/* readList */.LD)("debug-tags"),
        sbom: (0,src/* readEnum */.ai)("sbom", ["spdx-json", "cyclonedx-json", "both", "none"], "spdx-json"),
        // SOURCE_DATE_EPOCH is the reproducible-builds convention; 0 keeps builds reproducible without it.
        sourceDateEpoch: (0,src/* readInteger */.JI)("source-date-epoch", Number(environment.SOURCE_DATE_EPOCH ?? 0) || 0, { min: 0 }),
        smokeTest: (0,src/* readCommand */.UK)("smoke-test"),
        smokeTestTimeout: (0,src/* readInteger */.JI)("smoke-test-timeout", 60, { min: 1 }),
        push: (0,src/* readBoolean */.Vf)("push", true),
        output: (0,src/* readString */.E3)("output") || undefined,
    };
    if (inputs.platforms.length === 0)
        inputs.platforms = ["linux/amd64"];
    for (const platform of inputs.platforms) {
        if (!PLATFORM.test(platform))
            throw new src/* InputError */.dz("platforms", `'${platform}' is not os/arch[/variant]`);
    }
    if (!inputs.allowUnpinnedBase && !DIGEST_PINNED.test(inputs.base)) {
        throw new src/* InputError */.dz("base", `'${inputs.base}' is not digest-pinned (name@sha256:…); pin it or set allow-unpinned-base`);
    }
    if (inputs.debugBase && !DIGEST_PINNED.test(inputs.debugBase)) {
        throw new src/* InputError */.dz("debug-base", `'${inputs.debugBase}' is not digest-pinned (name@sha256:…)`);
    }
    if (inputs.debugBase && inputs.debugTags.length === 0) {
        throw new src/* InputError */.dz("debug-tags", "is required when debug-base is given");
    }
    if (inputs.push && inputs.tags.length === 0) {
        throw new src/* InputError */.dz("tags", "is required unless push is false (the destination references)");
    }
    if (inputs.debianPackages.length > 0 && inputs.debianSources.length === 0) {
        throw new src/* InputError */.dz("debian-sources", "is required with debian-packages (archive lines: URL SUITE...)");
    }
    if (inputs.lockUpdate && !inputs.lockfile) {
        throw new src/* InputError */.dz("lockfile", "is required with lock-update: true (the lock file to re-resolve and rewrite)");
    }
    if (!inputs.push && !inputs.output) {
        throw new src/* InputError */.dz("output", "is required when push is false (the OCI layout directory)");
    }
    return inputs;
}

;// CONCATENATED MODULE: ./actions/build-distroless/main.ts










async function main_run() {
    const inputs = getInputs();
    const clients = (0,runtime/* registryClients */.Kh)();
    try {
        let base = (0,runtime/* parseImageInput */.bI)("base", inputs.base);
        if (!base.digest) {
            const resolved = await clients.for(base.registry).headManifest(base.repository, base.tag);
            if (!resolved)
                throw new src/* InputError */.dz("base", `${inputs.base} does not exist`);
            src/* log */.Rm.warning(`base ${inputs.base} is not pinned: resolved once to ${resolved.digest}; pin it to build reproducibly`);
            base = (0,oci_src/* withDigest */.hQ)(base, resolved.digest);
        }
        const tags = inputs.tags.map((tag) => (0,runtime/* parseImageInput */.bI)("tags", tag));
        const compareWith = inputs.compareWith ? (0,runtime/* parseImageInput */.bI)("compare-with", inputs.compareWith) : undefined;
        const platforms = inputs.platforms.map((platform) => (0,oci_src/* parsePlatform */.FL)(platform));
        const keys = inputs.debianKeyring
            ? await (0,debian_src/* readKeyring */.ad)(await (0,promises_.readFile)(inputs.debianKeyring), inputs.debianKeyring).catch((error) => {
                throw new src/* InputError */.dz("debian-keyring", error.message);
            })
            : undefined;
        const debugTags = inputs.debugTags.map((tag) => (0,runtime/* parseImageInput */.bI)("debug-tags", tag));
        const localDebs = await expandDebs(inputs.packages);
        const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), "image-actions-build-"));
        const options = {
            clients,
            base,
            platforms,
            debianPackages: inputs.debianPackages,
            debianSources: inputs.debianSources,
            ...(keys ? { keys } : {}),
            ...(inputs.lockfile ? { lockfile: inputs.lockfile } : {}),
            lockUpdate: inputs.lockUpdate,
            localDebs,
            config: {
                ...(inputs.entrypoint.length > 0 ? { entrypoint: inputs.entrypoint } : {}),
                ...(inputs.cmd.length > 0 ? { cmd: inputs.cmd } : {}),
                env: inputs.env,
                labels: inputs.labels,
                ...(inputs.user ? { user: inputs.user } : {}),
                ...(inputs.workdir ? { workdir: inputs.workdir } : {}),
            },
            sourceDateEpoch: inputs.sourceDateEpoch,
            sbomFormats: sbomFormats(inputs.sbom),
            imageName: imageName(tags[0], inputs.output),
            provenance: provenanceFromEnvironment(),
            run: buildRunFromEnvironment(),
            annotations: Object.fromEntries(inputs.annotations),
            cacheDir: (0,debian_src/* defaultDebianCacheDir */._V)(process.env),
            workDir,
            toolVersion: "0.1.0",
            log: (message) => src/* log */.Rm.info(message),
        };
        const result = await (0,src/* inGroup */.HB)("Build", () => buildDistroless(options));
        // The debug variant: the same packages on the debug flavour of the base (the lock file the first
        // build used or wrote keeps them the same; the layers come out byte for byte equal).
        const debugBase = inputs.debugBase ? (0,runtime/* parseImageInput */.bI)("debug-base", inputs.debugBase) : undefined;
        const debug = debugBase
            ? await (0,src/* inGroup */.HB)("Build the debug variant", async () => buildDistroless({
                ...options,
                // The lock the first build used or updated, as it is: both variants install the same.
                lockUpdate: false,
                base: debugBase,
                imageName: imageName(debugTags[0] ?? tags[0], inputs.output),
                workDir: await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), "image-actions-build-debug-")),
            }))
            : undefined;
        // Before anything is pushed: a compare-with that cannot be read fails the step with nothing written.
        const changes = compareWith
            ? await (0,src/* inGroup */.HB)("Compare with compare-with", () => changesAgainst(clients, compareWith, result, tags[0] ? (0,oci_src/* formatReference */.FH)((0,oci_src/* withDigest */.hQ)(tags[0], result.digest)) : `${inputs.output}@${result.digest}`))
            : undefined;
        const smoke = inputs.smokeTest.length > 0 ? await (0,src/* inGroup */.HB)("Smoke test", () => smokeTest(inputs, result, clients)) : undefined;
        const debugSmoke = debug && inputs.smokeTest.length > 0
            ? await (0,src/* inGroup */.HB)("Smoke test the debug variant", () => smokeTest(inputs, debug, clients))
            : undefined;
        if (result.maintainerScripts.length > 0)
            src/* log */.Rm.info(`maintainer scripts never run in a distroless image: ${result.maintainerScripts.join(", ")}`);
        let stats;
        if (inputs.push) {
            stats = await (0,src/* inGroup */.HB)("Push", async () => {
                const pushed = await pushBuild(clients, result, tags, inputs.sourceDateEpoch);
                if (debug) {
                    const debugPushed = await pushBuild(clients, debug, debugTags, inputs.sourceDateEpoch);
                    for (const key of Object.keys(pushed))
                        pushed[key] += debugPushed[key];
                }
                return pushed;
            });
        }
        else {
            await (0,src/* inGroup */.HB)("Write the OCI layout", async () => {
                await writeOciLayout(clients, result.image, inputs.output, tags[0]?.tag ?? "latest");
                if (debug)
                    await writeOciLayout(clients, debug.image, (0,external_node_path_.join)(inputs.output, "debug"), "debug");
            });
        }
        const first = tags[0];
        const image = first ? (0,oci_src/* formatReference */.FH)((0,oci_src/* withDigest */.hQ)(first, result.digest)) : `${inputs.output}@${result.digest}`;
        const report = {
            base: (0,oci_src/* formatReference */.FH)(base),
            digest: result.digest,
            pushed: inputs.push ? tags.map((tag) => (0,oci_src/* formatReference */.FH)(tag)) : [],
            output: inputs.push ? null : inputs.output,
            platforms: result.platforms.map((item) => ({
                platform: item.platform,
                digest: item.manifestDigest,
                layers: item.layers,
                added: item.packages.filter((pkg) => pkg.origin !== "base").length,
                fromBase: item.packages.filter((pkg) => pkg.origin === "base").length,
            })),
            upload: stats ?? null,
            smokeTest: smoke ?? null,
            debug: debug ? { base: inputs.debugBase, digest: debug.digest, smokeTest: debugSmoke ?? null } : null,
            maintainerScripts: result.maintainerScripts,
            ...(inputs.lockUpdate ? { lockChanges: result.lockfile?.changes ?? [] } : {}),
        };
        (0,src/* writeOutputs */.Kn)({
            digest: result.digest,
            image,
            "debug-digest": debug?.digest ?? "",
            "debug-image": debug && debugTags[0] ? (0,oci_src/* formatReference */.FH)((0,oci_src/* withDigest */.hQ)(debugTags[0], debug.digest)) : "",
            sbom: result.sboms.map((item) => item.path),
            provenance: result.provenance.map((item) => item.path),
            platforms: result.platforms.map((item) => ({ platform: item.platform, digest: item.manifestDigest })),
            packages: result.platforms.flatMap((item) => item.packages.map((pkg) => ({
                platform: item.platform,
                name: pkg.name,
                version: pkg.version,
                architecture: pkg.architecture,
                from: pkg.origin === "file" ? "file" : pkg.origin,
            }))),
            lockfile: result.lockfile?.path ?? "",
            "lock-changed": String(result.lockfile?.written ?? false),
            changes: changes ?? "",
            report,
        });
        await (0,src/* writeJobSummary */.j7)(withChanges(summaryOf(report, image, result), changes));
    }
    finally {
        await clients.close();
    }
}
/** The smoke test in the runner's own platform, before anything is pushed; a failure fails the step. */
async function smokeTest(inputs, result, clients) {
    const report = await smokeTestImage(clients, result, {
        command: inputs.smokeTest,
        timeoutSeconds: inputs.smokeTestTimeout,
        workDir: process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        runnerPlatform: runnerPlatform(),
    }).catch((error) => {
        // The command's failure is the user's to fix, not a bug of ours: a plain one-line error.
        throw error instanceof SmokeTestFailed ? new src/* UserError */.yo(error.message) : error;
    });
    src/* log */.Rm.info(report.output);
    if (report.notTested.length > 0)
        src/* log */.Rm.info(`not smoke tested (not the runner's platform): ${report.notTested.join(", ")}`);
    return { platform: report.platform, passed: report.passed, exitCode: report.exitCode, notTested: report.notTested };
}
/** The built image's name in its SBOMs: the first destination, else the OCI layout directory's name. */
function imageName(first, output) {
    if (first)
        return { repository: (0,oci_src/* repositoryName */.aR)(first), ...(first.tag ? { tag: first.tag } : {}) };
    return { repository: (0,external_node_path_.basename)((0,external_node_path_.resolve)(output ?? "image")) };
}
function sbomFormats(sbom) {
    if (sbom === "none")
        return [];
    if (sbom === "both")
        return ["spdx-json", "cyclonedx-json"];
    return [sbom];
}
async function expandDebs(patterns) {
    const paths = [];
    for (const pattern of patterns) {
        const matches = [];
        for await (const path of (0,promises_.glob)(pattern))
            matches.push(path);
        if (matches.length === 0)
            throw new src/* InputError */.dz("packages", `'${pattern}' matches no file`);
        paths.push(...matches.sort());
    }
    return paths;
}
/** `source` and `revision` annotations from the workflow that runs the build, when it says. */
function provenanceFromEnvironment() {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF_TYPE, GITHUB_REF_NAME } = process.env;
    return {
        ...(GITHUB_SERVER_URL && GITHUB_REPOSITORY ? { source: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}` } : {}),
        ...(GITHUB_SHA ? { revision: GITHUB_SHA } : {}),
        ...(GITHUB_REF_TYPE === "tag" && GITHUB_REF_NAME ? { version: GITHUB_REF_NAME } : {}),
    };
}
/**
 * The SLSA provenance's builder and run, from the workflow run's default variables (GitHub docs,
 * "Variables reference"): the builder is this action at the ref the workflow pinned
 * (GITHUB_ACTION_REPOSITORY/GITHUB_ACTION_REF); the invocation is the run and its attempt, in the
 * URL form GitHub's own workflow build type uses. Read here only; the build takes plain values.
 */
function buildRunFromEnvironment() {
    const env = process.env;
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    if (!env.GITHUB_ACTIONS)
        return undefined;
    const builderId = env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF
        ? `${server}/${env.GITHUB_ACTION_REPOSITORY}/build-distroless@${env.GITHUB_ACTION_REF}`
        : LOCAL_BUILDER_ID;
    return {
        builderId,
        ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? {
                invocationId: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || "1"}`,
            }
            : {}),
        ...(env.GITHUB_REPOSITORY && env.GITHUB_SHA
            ? {
                source: {
                    repository: `${server}/${env.GITHUB_REPOSITORY}`,
                    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
                    revision: env.GITHUB_SHA,
                },
            }
            : {}),
        ...(env.GITHUB_WORKFLOW_REF ? { workflow: env.GITHUB_WORKFLOW_REF } : {}),
    };
}
/** With lock-update: what re-resolving the lock changed, one package per line (archive text escaped). */
function lockUpdateLines(changes) {
    if (!changes)
        return [];
    if (changes.length === 0)
        return [(0,src.md) `Re-resolved the lock: no package changed; the lock file stays as it was.`];
    return [
        (0,src.md) `Re-resolved the lock: ${String(changes.length)} package(s) changed:`,
        ...changes.map((change) => (0,src.md) `- ${(0,debian_src/* formatLockChange */.Xf)(change)}`),
    ];
}
function summaryOf(report, image, result) {
    return {
        title: "build-distroless",
        lines: [
            (0,src.md) `Built ${(0,src/* code */.aY)(image)}${result.lockfile?.written && result.lockfile.path ? (0,src.md) `; wrote the lock file ${(0,src/* code */.aY)(result.lockfile.path)}` : ""}.`,
            ...lockUpdateLines(result.lockfile?.changes),
            ...(result.provenance.length > 0
                ? [
                    (0,src.md) `Wrote SLSA v1 provenance for ${String(result.provenance.length)} manifest(s) (output ${(0,src/* code */.aY)("provenance")}; attest it with sign's ${(0,src/* code */.aY)("provenance")} input).`,
                ]
                : []),
        ],
        tables: [
            {
                header: ["platform", "digest", "packages added", "from the base", "layers"],
                rows: result.platforms.map((item) => [
                    item.platform,
                    item.manifestDigest,
                    String(item.packages.filter((pkg) => pkg.origin !== "base").length),
                    String(item.packages.filter((pkg) => pkg.origin === "base").length),
                    item.layers.map((layer) => `${layer.kind} ${layer.size} B`).join(", "),
                ]),
            },
        ],
        details: { label: "report", json: report },
    };
}


/***/ }),

/***/ 736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CW: () => (/* binding */ USER_ERROR_CLASSES),
  bI: () => (/* binding */ parseImageInput),
  Kh: () => (/* binding */ registryClients)
});

// UNUSED EXPORTS: signerInput, trustedRootInput, verificationKeyInput

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 10 modules
var src = __webpack_require__(4579);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var oci_src = __webpack_require__(7794);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
;// CONCATENATED MODULE: ./packages/sigstore/src/bundle-referrers.ts
/**
 * Reading the Sigstore bundles stored as referrers of a digest, and listing a new one so that two
 * signers with the same key racing on one digest leave ONE referrer, not two equivalent ones.
 *
 * Why converge after writing rather than make the two bundles identical: a keyed bundle is made
 * identical for the same (key, statement) only if the signature is deterministic, and ours are not
 * in general: ECDSA P-256 (cosign's default key, and every AWS KMS ECDSA key) signs with a random
 * nonce through OpenSSL and KMS, and the referrer manifest carries its creation time. So each of
 * two concurrent signers pushes its own referrer (different digests), and the registry has no
 * compare-and-swap to stop the second. Instead, every writer settles on the same one afterwards:
 * among the bundles that are EQUIVALENT to its own — the same statement signed by the same key, and
 * logged in a transparency log exactly when its own is — the one with the lowest referrer digest is
 * kept and every other is withdrawn. All writers pick the same one, and the lowest of all the
 * equivalent bundles ever listed is never withdrawn by anyone (no one sees a lower one), so a valid
 * signature is never lost: at worst a registry that refuses deletes keeps both, which verify alike.
 *
 * - Referrers API (OCI distribution spec 1.1, "Listing Referrers"): a pushed manifest with a
 *   subject is listed at once, so the second of two racing writers to list sees both and deletes
 *   the higher (DELETE of the manifest, which takes it out of the listing). A writer that listed
 *   first and saw only its own may thus have reported a referrer that the other then deleted; the
 *   kept one is the same statement by the same key.
 * - Fallback tag index (spec 1.1, "Referrers Tag Schema"): the index is rewritten with
 *   read-merge-write until a read-back shows exactly one equivalent bundle listed: ours is added
 *   only when none is, and surplus ones are unlisted. The unlisted manifest is left in place, not
 *   deleted: a concurrent writer of another key that read the index before our rewrite can put its
 *   entry back, and a listed referrer must still resolve. Unlisted, it is garbage for the
 *   registry's collector, as cosign leaves a replaced `.sig` image.
 * cosign itself does neither: `cosign sign` with the bundle format pushes a new referrer every run.
 * Verifiers (ours, cosign) accept any one of several equivalent referrers, so "one" is about what
 * stays at rest, not about what verifies.
 */


const BUNDLE_PREFIX = "application/vnd.dev.sigstore.bundle";
const MAX_BUNDLE_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** The bundle referrers of `digest`, with their bundle bytes (read and digest-verified). */
async function bundle_referrers_readBundles(client, repository, digest) {
    const { descriptors } = await client.referrers(repository, digest);
    const bundles = [];
    for (const descriptor of descriptors) {
        const bundle = await readBundleReferrer(client, repository, digest, descriptor.digest);
        if (bundle)
            bundles.push({ referrer: descriptor.digest, bundle });
    }
    return bundles;
}
/**
 * The bundle a referrer of `digest` holds; undefined when it holds none, or is gone: a signer
 * removing a duplicate (above) deletes it while a listing read a moment before still names it.
 */
async function readBundleReferrer(client, repository, digest, referrer) {
    let manifest;
    try {
        manifest = await client.getManifest(repository, referrer);
    }
    catch (error) {
        if (error instanceof RegistryError && error.status === 404)
            return undefined;
        throw error;
    }
    // Registries report a referrer's artifact type differently (some from its config), so the
    // manifest itself decides.
    const layer = manifest.blobs.find((blob) => blob.mediaType.startsWith(BUNDLE_PREFIX));
    if (manifest.artifactType?.startsWith(BUNDLE_PREFIX) !== true || !layer)
        return undefined;
    if (manifest.subject?.digest !== digest)
        return undefined;
    try {
        return await client.readBlob(repository, layer, MAX_BUNDLE_BYTES);
    }
    catch (error) {
        if (error instanceof RegistryError && error.status === 404)
            return undefined;
        throw error;
    }
}
/**
 * List the pushed bundle referrer `ours` of `subject`: in the fallback index where the registry
 * has no referrers API, and, given `equivalent`, converged to one referrer per equivalent bundle.
 * Returns the referrer that holds it at rest: ours ("written") or an equivalent one ("exists").
 */
async function bundle_referrers_listBundleReferrer(client, repository, subject, ours, equivalent) {
    const { descriptors, api } = await client.referrers(repository, subject);
    const written = { referrer: ours.digest, outcome: "written" };
    if (!equivalent) {
        if (!api)
            await listInFallbackIndex(client, repository, subject, ours);
        return written;
    }
    const equivalents = equivalentsAmong(client, repository, subject, ours, equivalent);
    let kept;
    if (api) {
        const all = [...new Set([ours.digest, ...(await equivalents(descriptors))])].sort();
        kept = all[0];
        for (const surplus of all.slice(1))
            if ((await client.deleteManifest(repository, surplus)) === "refused")
                break;
    }
    else {
        await listInFallbackIndex(client, repository, subject, ours, {
            holds: async (listed) => {
                const found = await equivalents(listed);
                kept = found[0];
                return found.length === 1;
            },
            merge: async (listed) => {
                const found = await equivalents(listed);
                if (found.length === 0)
                    return { keep: listed, add: [ours] };
                return { keep: listed.filter((entry) => !found.includes(entry.digest) || entry.digest === found[0]), add: [] };
            },
        });
    }
    return kept === undefined || kept === ours.digest ? written : { referrer: kept, outcome: "exists" };
}
async function listInFallbackIndex(client, repository, subject, ours, update) {
    try {
        if (update)
            await client.updateFallbackIndex(repository, subject, update);
        else
            await client.addToFallbackIndex(repository, subject, [ours]);
    }
    catch (error) {
        if (!(error instanceof ConcurrentUpdateError))
            throw error;
        throw new SigstoreError(`cannot list the bundle ${ours.digest}: ${error.message}`, { cause: error });
    }
}
/**
 * The listed referrers equivalent to ours, lowest digest first. Each referrer is read once per
 * listing: a referrer is addressed by its digest, so what it holds cannot change between reads.
 */
function equivalentsAmong(client, repository, subject, ours, equivalent) {
    const known = new Map([[ours.digest, Promise.resolve(true)]]);
    const isEquivalent = (referrer) => {
        let answer = known.get(referrer);
        if (!answer) {
            answer = readBundleReferrer(client, repository, subject, referrer).then((bundle) => {
                if (!bundle)
                    return false;
                try {
                    return equivalent(bundle);
                }
                catch {
                    // Not a bundle we can read: another writer's, never ours to withdraw.
                    return false;
                }
            });
            known.set(referrer, answer);
        }
        return answer;
    };
    return async (listed) => {
        const digests = [...new Set(listed.map((entry) => entry.digest))];
        const flags = await Promise.all(digests.map(isEquivalent));
        return digests.filter((_, index) => flags[index]).sort();
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/public-good-root.ts
// Generated by scripts/update-trusted-root.ts from the TUF seeds of the pinned @sigstore/tuf; do not edit.
const public_good_root_PUBLIC_GOOD_TRUSTED_ROOT = {
    mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
    tlogs: [
        {
            baseUrl: "https://rekor.sigstore.dev",
            hashAlgorithm: "SHA2_256",
            publicKey: {
                rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==",
                keyDetails: "PKIX_ECDSA_P256_SHA_256",
                validFor: {
                    start: "2021-01-12T11:53:27Z",
                },
            },
            logId: {
                keyId: "wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=",
            },
        },
        {
            baseUrl: "https://log2025-1.rekor.sigstore.dev",
            hashAlgorithm: "SHA2_256",
            publicKey: {
                rawBytes: "MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=",
                keyDetails: "PKIX_ED25519",
                validFor: {
                    start: "2025-09-23T00:00:00Z",
                },
            },
            logId: {
                keyId: "zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A=",
            },
        },
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: "sigstore.dev",
                commonName: "sigstore",
            },
            uri: "https://fulcio.sigstore.dev",
            certChain: {
                certificates: [
                    {
                        rawBytes: "MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ==",
                    },
                ],
            },
            validFor: {
                start: "2021-03-07T03:20:29Z",
                end: "2022-12-31T23:59:59.999Z",
            },
        },
        {
            subject: {
                organization: "sigstore.dev",
                commonName: "sigstore",
            },
            uri: "https://fulcio.sigstore.dev",
            certChain: {
                certificates: [
                    {
                        rawBytes: "MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow=",
                    },
                    {
                        rawBytes: "MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ",
                    },
                ],
            },
            validFor: {
                start: "2022-04-13T20:06:15Z",
            },
        },
    ],
    ctlogs: [
        {
            baseUrl: "https://ctfe.sigstore.dev/test",
            hashAlgorithm: "SHA2_256",
            publicKey: {
                rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==",
                keyDetails: "PKIX_ECDSA_P256_SHA_256",
                validFor: {
                    start: "2021-03-14T00:00:00Z",
                    end: "2022-10-31T23:59:59.999Z",
                },
            },
            logId: {
                keyId: "CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I=",
            },
        },
        {
            baseUrl: "https://ctfe.sigstore.dev/2022",
            hashAlgorithm: "SHA2_256",
            publicKey: {
                rawBytes: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==",
                keyDetails: "PKIX_ECDSA_P256_SHA_256",
                validFor: {
                    start: "2022-10-20T00:00:00Z",
                },
            },
            logId: {
                keyId: "3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4=",
            },
        },
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: "sigstore.dev",
                commonName: "sigstore-tsa-selfsigned",
            },
            uri: "https://timestamp.sigstore.dev/api/v1/timestamp",
            certChain: {
                certificates: [
                    {
                        rawBytes: "MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw==",
                    },
                    {
                        rawBytes: "MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E",
                    },
                ],
            },
            validFor: {
                start: "2025-07-04T00:00:00Z",
            },
        },
    ],
};

;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/trusted-root.ts
/**
 * Trust for keyless verification: which Fulcio CAs, certificate-transparency logs and Rekor logs
 * (and for how long) vouch for a short-lived certificate. The Sigstore public-good root is embedded;
 * a `trusted_root.json` (the format `cosign trusted-root create` writes and the TUF repository
 * serves) replaces it for a private deployment or a fresher copy.
 */





const TRUSTED_ROOT_MEDIA_TYPE = "application/vnd.dev.sigstore.trustedroot";
function trusted_root_publicGoodTrustedRoot() {
    return { name: "Sigstore public-good", root: TrustedRoot.fromJSON(PUBLIC_GOOD_TRUSTED_ROOT) };
}
/** Parse a trusted_root.json; anything that is not one is a one-line error naming `name`. */
function parseTrustedRoot(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new KeyError(`trusted root ${name} is not JSON`);
    }
    if (typeof json?.mediaType !== "string" || !json.mediaType.startsWith(TRUSTED_ROOT_MEDIA_TYPE))
        throw new KeyError(`trusted root ${name} is not a Sigstore trusted root (mediaType ${String(json?.mediaType)})`);
    let root;
    try {
        root = TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new KeyError(`trusted root ${name} is malformed: ${error.message}`);
    }
    if (root.certificateAuthorities.length === 0 && root.tlogs.length === 0)
        throw new KeyError(`trusted root ${name} names no certificate authority and no transparency log`);
    return { name, root };
}
async function trusted_root_readTrustedRoot(path) {
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch (error) {
        throw new KeyError(`cannot read trusted root ${path}: ${error.code ?? error}`);
    }
    return parseTrustedRoot(text, path);
}
/** Trust material for @sigstore/verify; `keys` adds public keys (keyed signatures with log entries). */
function trusted_root_trustMaterialOf(source, keys) {
    return toTrustMaterial(source.root, keys);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyed-log.ts



/** Verify `bundle`'s log entry for `key`; returns the log index that vouches for the signature. */
function keyed_log_verifyKeyedLogEntry(bundle, key, root, artifact, where) {
    const trust = trustMaterialOf(root, () => ({ publicKey: key.publicKey, validFor: () => true }));
    try {
        new Verifier(trust).verify(toSignedEntity(bundle, artifact));
    }
    catch (error) {
        const code = error.code;
        throw new VerificationError(`${where}: its transparency-log entry does not verify against ${root.name}: ${error.message}${code ? ` (${code})` : ""}`);
    }
    return bundle.verificationMaterial.tlogEntries[0]?.logIndex ?? "";
}

;// CONCATENATED MODULE: ./packages/sigstore/src/signature.ts
/**
 * Raw signatures as cosign makes them: ECDSA over SHA-256 in ASN.1 DER, RSA PKCS#1 v1.5 over
 * SHA-256, Ed25519 over the message itself. Pure functions over bytes and keys.
 */

function signature_signBytes(key, message) {
    return sign(key.algorithm === "ed25519" ? null : "sha256", message, key.privateKey);
}
function signature_verifyBytes(key, message, signature) {
    try {
        return verify(key.algorithm === "ed25519" ? null : "sha256", message, key.publicKey, signature);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/sigstore/src/bundle.ts
/**
 * cosign v3's signature format: a Sigstore bundle (v0.3) holding a DSSE envelope over an in-toto
 * statement with predicate type `https://sigstore.dev/cosign/sign/v1` whose subject is the image
 * digest, stored as an OCI 1.1 referrer of the image — a manifest with artifact type
 * `application/vnd.dev.sigstore.bundle.v0.3+json`, the empty config, the bundle as its one layer —
 * listed through the referrers API, or in the `sha256-<hex>` fallback index where there is none.
 * Key-based bundles carry a hint (the base64 SHA-256 of the public key's DER) instead of a certificate.
 */







const BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
const bundle_COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";
const bundle_IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
const IN_TOTO_STATEMENT = "https://in-toto.io/Statement/v1";

/** DSSE's pre-authentication encoding: what is actually signed. */
function bundle_pae(payloadType, payload) {
    const type = Buffer.from(payloadType);
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function bundle_signStatement(digest, annotations) {
    const [algorithm, hex] = digest.split(":");
    const sorted = Object.fromEntries([...(annotations ?? new Map())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return Buffer.from(JSON.stringify({
        _type: IN_TOTO_STATEMENT,
        subject: [{ digest: { [algorithm]: hex }, annotations: sorted }],
        predicateType: bundle_COSIGN_SIGN_PREDICATE,
        predicate: {},
    }));
}
function bundle_keyHint(key) {
    return createHash("sha256")
        .update(key.publicKey.export({ type: "spki", format: "der" }))
        .digest("base64");
}
async function buildKeyedBundle(signer, statement) {
    const signature = await signer.sign(bundle_pae(bundle_IN_TOTO_PAYLOAD_TYPE, statement));
    return Buffer.from(JSON.stringify({
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: { publicKey: { hint: bundle_keyHint(signer) } },
        dsseEnvelope: {
            payload: statement.toString("base64"),
            payloadType: bundle_IN_TOTO_PAYLOAD_TYPE,
            signatures: [{ sig: signature.toString("base64") }],
        },
    }));
}
/**
 * Check one bundle: the DSSE signature with `key`, then that it is a cosign signature over
 * `digest` (or whatever `checkStatement` requires of the signed statement: an attestation's);
 * with `log`, its transparency-log entry too, against that trusted root.
 */
function bundle_verifyBundle(bytes, key, digest, referrer, log, checkStatement = (payload) => bundle_checkSignStatement(payload, digest, referrer)) {
    let bundle;
    try {
        bundle = JSON.parse(bytes.toString("utf8"));
    }
    catch {
        throw new VerificationError(`${referrer}: the bundle is not JSON`);
    }
    if (!bundle.mediaType?.startsWith("application/vnd.dev.sigstore.bundle"))
        throw new VerificationError(`${referrer}: not a Sigstore bundle`);
    const envelope = bundle.dsseEnvelope;
    if (!envelope?.payload || envelope.payloadType !== bundle_IN_TOTO_PAYLOAD_TYPE)
        throw new VerificationError(`${referrer}: no in-toto DSSE envelope in the bundle`);
    const payload = Buffer.from(envelope.payload, "base64");
    const verifies = (envelope.signatures ?? []).some((signature) => signature.sig &&
        verifyBytes(key, bundle_pae(envelope.payloadType, payload), Buffer.from(signature.sig, "base64")));
    if (!verifies)
        throw new VerificationError(`${referrer}: the signature does not verify with this key`);
    checkStatement(payload);
    const tlogEntry = (bundle.verificationMaterial?.tlogEntries ?? []).length > 0;
    if (!tlogEntry || !log)
        return { format: "bundle", digest, referrer, tlogEntry };
    let parsed;
    try {
        parsed = bundleFromJSON(bundle);
    }
    catch (error) {
        throw new VerificationError(`${referrer}: its transparency-log entry is malformed: ${error.message}`);
    }
    return {
        format: "bundle",
        digest,
        referrer,
        tlogEntry,
        logIndex: verifyKeyedLogEntry(parsed, key, log, undefined, referrer),
    };
}
/** Check that a signed in-toto statement is cosign's signature predicate over `digest`. */
function bundle_checkSignStatement(payload, digest, referrer) {
    let statement;
    try {
        statement = JSON.parse(payload.toString("utf8"));
    }
    catch {
        throw new VerificationError(`${referrer}: the signed statement is not JSON`);
    }
    if (statement.predicateType !== bundle_COSIGN_SIGN_PREDICATE)
        throw new VerificationError(`${referrer}: predicate ${statement.predicateType} is not a cosign signature`);
    const [algorithm, hex] = digest.split(":");
    const subjects = (statement.subject ?? []).map((subject) => subject.digest?.[algorithm]);
    if (!subjects.includes(hex))
        throw new VerificationError(`${referrer}: the signature is for ${subjects.map((item) => `${algorithm}:${item}`).join(", ")}, not ${digest}`);
}
/** Whether a stored bundle is this very statement, signed by this key. */
function bundle_sameStatementBySigner(bytes, key, statement) {
    let envelope;
    try {
        envelope = JSON.parse(bytes.toString("utf8")).dsseEnvelope;
    }
    catch {
        return false;
    }
    if (!envelope?.payload || Buffer.from(envelope.payload, "base64").compare(statement) !== 0)
        return false;
    return (envelope.signatures ?? []).some((signature) => signature.sig && verifyBytes(key, bundle_pae(bundle_IN_TOTO_PAYLOAD_TYPE, statement), Buffer.from(signature.sig, "base64")));
}
/** Whether a stored bundle carries a transparency-log entry. */
function bundle_hasLogEntry(bytes) {
    try {
        const bundle = JSON.parse(bytes.toString("utf8"));
        return (bundle.verificationMaterial?.tlogEntries ?? []).length > 0;
    }
    catch {
        return false;
    }
}
/**
 * What makes a stored bundle equivalent to one we write: the same statement signed by the same key,
 * logged exactly when ours is (a logged one is never withdrawn in favour of one without its entry,
 * nor one with other annotations in its statement). See bundle-referrers.ts.
 */
function bundle_sameSignedStatement(key, statement, logged) {
    return (bytes) => bundle_sameStatementBySigner(bytes, key, statement) && bundle_hasLogEntry(bytes) === logged;
}
/** Sign `subject` into a bundle referrer, unless one by this key over it is there already. */
async function bundle_writeBundleSignature(client, repository, signer, options, attestation) {
    const predicateType = attestation?.predicateType ?? bundle_COSIGN_SIGN_PREDICATE;
    const digest = options.subject.digest;
    for (const existing of await readBundles(client, repository, digest)) {
        try {
            if (attestation) {
                if (bundle_sameStatementBySigner(existing.bundle, signer, attestation.statement))
                    return { outcome: "exists", referrer: existing.referrer };
                continue;
            }
            bundle_verifyBundle(existing.bundle, signer, digest, existing.referrer);
            return { outcome: "exists", referrer: existing.referrer };
        }
        catch {
            // Another key's signature: ours is still to be written.
        }
    }
    const statement = attestation?.statement ?? bundle_signStatement(digest, options.annotations);
    const bundle = await buildKeyedBundle(signer, statement);
    // A concurrent run with this key may be writing its own bundle of this statement right now.
    const equivalent = bundle_sameSignedStatement(signer, statement, false);
    return bundle_writeBundleReferrer(client, repository, bundle, options, predicateType, equivalent);
}
/**
 * Store a bundle as a referrer of `options.subject` (and in the fallback index without the API).
 * Given `equivalent`, a concurrent writer's equivalent bundle and ours converge to one referrer
 * (bundle-referrers.ts); the referrer returned is the one kept, ours ("written") or theirs ("exists").
 */
async function bundle_writeBundleReferrer(client, repository, bundle, options, predicateType = bundle_COSIGN_SIGN_PREDICATE, equivalent) {
    const digest = options.subject.digest;
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: digestOf(bundle) };
    const config = { mediaType: OCI_EMPTY_CONFIG, size: EMPTY_CONFIG.length, digest: digestOf(EMPTY_CONFIG) };
    await Promise.all([
        client.uploadBlob(repository, layer, () => bundle),
        client.uploadBlob(repository, config, () => EMPTY_CONFIG),
    ]);
    const annotations = {
        "dev.sigstore.bundle.content": "dsse-envelope",
        "dev.sigstore.bundle.predicateType": predicateType,
        "org.opencontainers.image.created": options.created.toISOString().replace(/\.\d{3}Z$/, "Z"),
    };
    const bytes = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { ...config, artifactType: BUNDLE_MEDIA_TYPE },
        layers: [layer],
        annotations,
        subject: { mediaType: options.subject.mediaType, size: options.subject.size, digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    }));
    const manifest = parseManifest(bytes, digestOf(bytes), OCI_MANIFEST);
    await client.putManifest(repository, manifest.digest, manifest);
    return listBundleReferrer(client, repository, digest, manifest, equivalent);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/legacy.ts
/**
 * cosign's legacy signature storage: an OCI image at tag `sha256-<hex>.sig` in the signed image's
 * repository, one layer per signature. Each layer is a simple-signing payload
 * (`application/vnd.dev.cosign.simplesigning.v1+json`) with its base64 signature in the
 * `dev.cosignproject.cosign/signature` annotation; the config lists the payloads as diff IDs. New
 * signatures are appended, and read back to survive concurrent signers (appendLegacyLayer); one
 * already there (same payload, verifying with the same key) is not added twice.
 */


const SIMPLE_SIGNING_MEDIA_TYPE = "application/vnd.dev.cosign.simplesigning.v1+json";
const SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
const CONFIG_MEDIA_TYPE = "application/vnd.oci.image.config.v1+json";
/** Go's zero time, which cosign writes for every timestamp so signatures are reproducible. */
const ZERO_TIME = "0001-01-01T00:00:00Z";
async function readSignatureImage(client, repository, digest) {
    const layers = await readLegacyLayers(client, repository, legacyTag(digest, "sig"));
    return layers && { layers };
}
/** Every signature stored for `digest` in the legacy format, payloads read and digest-verified. */
async function legacy_readLegacySignatures(client, repository, digest) {
    return signaturesOf(client, repository, await readSignatureImage(client, repository, digest));
}
async function signaturesOf(client, repository, image) {
    const layers = (image?.layers ?? []).filter((layer) => layer.mediaType === SIMPLE_SIGNING_MEDIA_TYPE && layer.annotations?.[SIGNATURE_ANNOTATION]);
    return Promise.all(layers.map(async (layer) => ({
        payload: await client.readBlob(repository, layer, 1024 * 1024),
        signature: layer.annotations?.[SIGNATURE_ANNOTATION],
        annotations: layer.annotations ?? {},
        layer,
    })));
}
/**
 * Append a signature to the `.sig` image of `digest`, unless `isDuplicate` says an existing one is
 * the same (then, or when a concurrent run with the same key got there first, "exists").
 */
async function legacy_writeLegacySignature(client, repository, digest, signature, isDuplicate) {
    const layer = {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
        data: signature.payload,
        annotations: { [SIGNATURE_ANNOTATION]: signature.signature.toString("base64"), ...signature.annotations },
    };
    return legacy_appendLegacyLayer(client, repository, digest, "sig", layer, async (layers) => (await signaturesOf(client, repository, { layers })).some(isDuplicate));
}
/** The layers of cosign's `sha256-<hex>.att` attestation image, if there is one. */
async function legacy_readLegacyAttestationLayers(client, repository, digest) {
    return (await readLegacyLayers(client, repository, legacyTag(digest, "att"))) ?? [];
}
async function readLegacyLayers(client, repository, tag) {
    return (await readLegacyImage(client, repository, tag))?.layers;
}
/** The `.sig`/`.att` image's layers and the digest of the manifest they were read from. */
async function readLegacyImage(client, repository, tag) {
    try {
        const manifest = await client.getManifest(repository, tag);
        return { digest: manifest.digest, layers: manifest.blobs.slice(1) };
    }
    catch (error) {
        if (error instanceof RegistryError && error.status === 404)
            return undefined;
        throw error;
    }
}
/**
 * Append one layer to cosign's `.sig` or `.att` image of `digest` (config rebuilt to list it),
 * unless the image holds it already or `holdsEquivalent` finds one as good (the same statement or
 * payload signed by the same key: ECDSA signatures differ on every run). Other signers append to
 * the same tag concurrently and the registry has no atomic append, so the image is read back after
 * writing and merged again until our layer is there (readMergeWrite); "exists" when it already was.
 */
async function legacy_appendLegacyLayer(client, repository, digest, suffix, add, holdsEquivalent) {
    const tag = legacyTag(digest, suffix);
    const layer = {
        mediaType: add.mediaType,
        size: add.data.length,
        digest: digestOf(add.data),
        annotations: add.annotations,
    };
    // The layer before reading, so that from our read to our write only the small config goes up:
    // the shorter that span, the less often concurrent signers overwrite each other. (An unused
    // upload, when the signature turns out to be there already, is left for the registry's GC.)
    // Most often missing (a new signature over a new digest): the session opens beside the HEAD.
    await client.uploadBlob(repository, layer, () => add.data, { startAlongsideCheck: true });
    try {
        const outcome = await readMergeWrite(`${client.registry}/${repository}:${tag}`, {
            read: () => readLegacyImage(client, repository, tag),
            holds: async (image) => (image?.layers ?? []).some((item) => sameLayer(item, layer)) || holdsEquivalent(image?.layers ?? []),
            write: (image) => putLegacyImage(client, repository, tag, [...(image?.layers ?? []), layer], image?.digest),
        });
        return { outcome, tag };
    }
    catch (error) {
        if (error instanceof ConcurrentUpdateError)
            throw new SigstoreError(`cannot store the ${suffix === "sig" ? "signature" : "attestation"}: ${error.message}`, {
                cause: error,
            });
        throw error;
    }
}
/**
 * Our very layer: the digest alone is not enough, since every `.sig` layer over one digest has the
 * same payload blob and only its signature annotation tells the signers apart.
 */
function sameLayer(stored, ours) {
    return (stored.digest === ours.digest &&
        Object.entries(ours.annotations ?? {}).every(([name, value]) => stored.annotations?.[name] === value));
}
/**
 * Put the `.sig`/`.att` image with these layers: its config (listing them) first, the manifest last.
 * `readFrom` is the manifest the layers were read from (undefined: there was none); when the tag no
 * longer holds it just before the PUT, another signer wrote meanwhile and nothing is put ("stale":
 * readMergeWrite merges again), rather than replacing that signer's layer.
 */
async function putLegacyImage(client, repository, tag, layers, readFrom) {
    const config = Buffer.from(JSON.stringify({
        architecture: "",
        created: ZERO_TIME,
        history: layers.map(() => ({ created: ZERO_TIME })),
        os: "",
        rootfs: { type: "layers", diff_ids: layers.map((item) => item.digest) },
        config: {},
    }));
    const configDescriptor = { mediaType: CONFIG_MEDIA_TYPE, size: config.length, digest: digestOf(config) };
    // A config listing exactly these layers is new but for a re-run's: the session opens beside the
    // HEAD, which keeps our read-to-write span (and so every concurrent signer's settle wait) short.
    await client.uploadBlob(repository, configDescriptor, () => config, { startAlongsideCheck: true });
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: configDescriptor.mediaType, size: configDescriptor.size, digest: configDescriptor.digest },
        layers: layers.map((item) => ({
            mediaType: item.mediaType,
            size: item.size,
            digest: item.digest,
            ...(item.annotations ? { annotations: item.annotations } : {}),
        })),
    }));
    if ((await client.headManifest(repository, tag))?.digest !== readFrom)
        return "stale";
    await client.putManifest(repository, tag, {
        bytes: manifest,
        digest: digestOf(manifest),
        mediaType: OCI_MANIFEST,
    });
}

;// CONCATENATED MODULE: ./packages/sigstore/src/attestation.ts
/**
 * Attestations, as `cosign attest --type <type> --predicate <file>` makes them: an in-toto statement
 * whose predicate is the file's document (an SBOM, SLSA provenance, OpenVEX; see predicates.ts),
 * signed in a DSSE envelope. Legacy format: the envelope is a layer
 * (`application/vnd.dsse.envelope.v1+json`, with a `predicateType` annotation) of the
 * `sha256-<hex>.att` image. Bundle format: a Sigstore bundle referrer, like a signature but with the
 * predicate's type.
 */





const attestation_DSSE_MEDIA_TYPE = "application/vnd.dsse.envelope.v1+json";
const SPDX_PREDICATE = "https://spdx.dev/Document";
const CYCLONEDX_PREDICATE = "https://cyclonedx.org/bom";
/** The predicate type of an SBOM document, from its own content. */
function attestation_sbomPredicateType(sbom) {
    const document = sbom;
    if (typeof document?.spdxVersion === "string")
        return SPDX_PREDICATE;
    if (document?.bomFormat === "CycloneDX")
        return CYCLONEDX_PREDICATE;
    throw new SigstoreError("the SBOM is neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat)");
}
/**
 * The `.att` layer that already holds `statement` signed by `key` (ECDSA signatures differ on every
 * run, so "the same" means the same statement and a signature over it that verifies with the key).
 */
async function attestation_findLegacyAttestation(client, repository, layers, wanted) {
    for (const layer of layers) {
        if (layer.annotations?.predicateType !== wanted.predicateType)
            continue;
        let envelope;
        try {
            envelope = JSON.parse((await client.readBlob(repository, layer, 16 * 1024 * 1024)).toString("utf8"));
        }
        catch (error) {
            // Not an envelope (someone else's layer, a damaged one): not ours, so not the one we look for.
            if (error instanceof SyntaxError)
                continue;
            throw error;
        }
        const same = typeof envelope?.payload === "string" && Buffer.from(envelope.payload, "base64").equals(wanted.statement);
        const signatures = Array.isArray(envelope?.signatures) ? envelope.signatures : [];
        const signed = signatures.some((signature) => typeof signature?.sig === "string" &&
            verifyBytes(wanted.key, pae(IN_TOTO_PAYLOAD_TYPE, wanted.statement), Buffer.from(signature.sig, "base64")));
        if (same && signed)
            return layer;
    }
    return undefined;
}
/**
 * Check that a signed in-toto statement attests `predicateType` about `digest` (any statement
 * version: cosign v2 writes v0.1, v3 and others v1; https://github.com/in-toto/attestation
 * spec/v1/statement.md). `where` names the stored attestation in the message.
 */
function attestation_checkAttestationStatement(payload, digest, predicateType, where) {
    let statement;
    try {
        statement = JSON.parse(payload.toString("utf8"));
    }
    catch {
        throw new VerificationError(`${where}: the signed statement is not JSON`);
    }
    if (typeof statement?._type !== "string" || !statement._type.startsWith("https://in-toto.io/Statement/"))
        throw new VerificationError(`${where}: the signed payload is not an in-toto statement`);
    if (statement.predicateType !== predicateType)
        throw new VerificationError(`${where}: predicate ${String(statement.predicateType)}, not ${predicateType}`);
    const [algorithm, hex] = digest.split(":");
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    const named = subjects.map((subject) => subject?.digest?.[algorithm]);
    if (!named.includes(hex))
        throw new VerificationError(`${where}: the statement is not about ${digest}`);
}
/** The statement cosign v2 writes for `cosign attest` (in-toto v0.1, the subject named). */
function attestation_attestationStatement(name, digest, predicateType, predicate) {
    const [algorithm, hex] = digest.split(":");
    return Buffer.from(JSON.stringify({
        _type: "https://in-toto.io/Statement/v0.1",
        predicateType,
        subject: [{ name, digest: { [algorithm]: hex } }],
        predicate,
    }));
}
/** Attest one predicate about `options.subject`, unless this signer's same attestation is there. */
async function attestation_attestPredicate(client, repository, signer, options) {
    const { predicateType, predicate } = options.predicate;
    const statement = attestation_attestationStatement(options.name, options.subject.digest, predicateType, predicate);
    if (options.format === "bundle") {
        const written = await writeBundleSignature(client, repository, signer, { subject: options.subject, created: options.created ?? new Date() }, { statement, predicateType });
        return { outcome: written.outcome, storedAt: `${options.name}@${written.referrer}`, predicateType };
    }
    const ours = { predicateType, statement, key: signer };
    // Looked for before signing too, so a re-run signs and uploads nothing (appendLegacyLayer looks again).
    const previous = await readLegacyAttestationLayers(client, repository, options.subject.digest);
    if (await attestation_findLegacyAttestation(client, repository, previous, ours))
        return {
            outcome: "exists",
            storedAt: `${options.name}:${legacyTag(options.subject.digest, "att")}`,
            predicateType,
        };
    const signature = await signer.sign(pae(IN_TOTO_PAYLOAD_TYPE, statement));
    const envelope = Buffer.from(JSON.stringify({
        payloadType: IN_TOTO_PAYLOAD_TYPE,
        payload: statement.toString("base64"),
        signatures: [{ keyid: "", sig: signature.toString("base64") }],
    }));
    // cosign leaves the signature annotation empty on attestation layers: the signature is in the envelope.
    const appended = await appendLegacyLayer(client, repository, options.subject.digest, "att", {
        mediaType: attestation_DSSE_MEDIA_TYPE,
        data: envelope,
        annotations: { "dev.cosignproject.cosign/signature": "", predicateType },
    }, async (layers) => (await attestation_findLegacyAttestation(client, repository, layers, ours)) !== undefined);
    return { outcome: appended.outcome, storedAt: `${options.name}:${appended.tag}`, predicateType };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/legacy-bundle.ts
/**
 * cosign's legacy keyless signature, as a Sigstore bundle. A `.sig` layer carries the payload, the
 * signature, the Fulcio certificate (and chain) and a Rekor "bundle" annotation: the log entry's
 * canonicalized body, integrated time, index and log ID, with the log's signed entry timestamp
 * (SET) over them. That is exactly a v0.1 bundle's message signature with an inclusion promise, so
 * the checks (chain, SCT, SET, log body against the signature, signature) are @sigstore/verify's.
 * Going the other way, a bundle made by keyless signing becomes the layer's annotations.
 */



const legacy_bundle_CERTIFICATE_ANNOTATION = "dev.sigstore.cosign/certificate";
const CHAIN_ANNOTATION = "dev.sigstore.cosign/chain";
const legacy_bundle_REKOR_BUNDLE_ANNOTATION = "dev.sigstore.cosign/bundle";
const BUNDLE_V01 = "application/vnd.dev.sigstore.bundle+json;version=0.1";
function pemToDer(pem, what) {
    try {
        return Buffer.from(new X509Certificate(pem).raw);
    }
    catch {
        throw new VerificationError(`the ${what} is not a PEM certificate`);
    }
}
/**
 * Rebuild the v0.1 bundle a legacy signature with a Rekor entry (keyless, or keyed) amounts to. A
 * `.att` layer's `envelope` (its signature inside it, logged as an `intoto` entry) becomes the
 * bundle's DSSE content; a `.sig` layer's payload and signature its message signature.
 */
function legacy_bundle_legacyLayerToBundle(payload, signature, annotations, envelope) {
    const rekorText = annotations[legacy_bundle_REKOR_BUNDLE_ANNOTATION];
    if (!rekorText)
        throw new VerificationError("no transparency-log entry (dev.sigstore.cosign/bundle) is stored with it");
    let rekor;
    try {
        rekor = JSON.parse(rekorText);
    }
    catch {
        throw new VerificationError("its transparency-log entry is not JSON");
    }
    const entry = rekor.Payload;
    if (!rekor.SignedEntryTimestamp || !entry?.body || entry.integratedTime === undefined || !entry.logID)
        throw new VerificationError("its transparency-log entry lacks a signed entry timestamp, body, time or log ID");
    let kind;
    try {
        kind = JSON.parse(Buffer.from(entry.body, "base64").toString("utf8"));
    }
    catch {
        throw new VerificationError("its transparency-log entry body is not JSON");
    }
    // A keyed signature has no certificate: its key is the verifier's, found by the (empty) hint.
    const certificate = annotations[legacy_bundle_CERTIFICATE_ANNOTATION];
    const verificationMaterial = {
        ...(certificate
            ? {
                x509CertificateChain: {
                    certificates: [{ rawBytes: pemToDer(certificate, "certificate").toString("base64") }],
                },
            }
            : { publicKey: { hint: "" } }),
        tlogEntries: [
            {
                logIndex: String(entry.logIndex ?? 0),
                logId: { keyId: Buffer.from(entry.logID, "hex").toString("base64") },
                kindVersion: { kind: kind.kind ?? "", version: kind.apiVersion ?? "" },
                integratedTime: String(entry.integratedTime),
                inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
                canonicalizedBody: entry.body,
            },
        ],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
    try {
        return bundleFromJSON({
            mediaType: BUNDLE_V01,
            verificationMaterial,
            ...(envelope
                ? {
                    dsseEnvelope: {
                        payloadType: envelope.payloadType,
                        payload: envelope.payload,
                        signatures: envelope.signatures.map(({ sig }) => ({ sig, keyid: "" })),
                    },
                }
                : {
                    messageSignature: {
                        messageDigest: {
                            algorithm: "SHA2_256",
                            digest: createHash("sha256").update(payload).digest("base64"),
                        },
                        signature,
                    },
                }),
        });
    }
    catch (error) {
        throw new VerificationError(`its signature material is malformed: ${error.message}`);
    }
}
function toPem(der) {
    const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}
/**
 * The annotations of a `.sig` layer (message signature) or `.att` layer (DSSE envelope, whose
 * signature is inside it) for a bundle made by logged signing: the certificate, if keyless, and the
 * Rekor entry with its promise, as cosign v2 writes them.
 */
function legacy_bundle_bundleToLegacyAnnotations(bundle) {
    const material = bundle.verificationMaterial;
    const annotations = {
        "dev.cosignproject.cosign/signature": bundle.content.$case === "messageSignature" ? bundle.content.messageSignature.signature.toString("base64") : "",
    };
    const content = material.content;
    const leaf = content.$case === "certificate"
        ? content.certificate.rawBytes
        : content.$case === "x509CertificateChain"
            ? content.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (leaf)
        annotations[legacy_bundle_CERTIFICATE_ANNOTATION] = toPem(leaf);
    const entry = material.tlogEntries[0];
    if (entry?.inclusionPromise) {
        annotations[legacy_bundle_REKOR_BUNDLE_ANNOTATION] = JSON.stringify({
            SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp.toString("base64"),
            Payload: {
                body: entry.canonicalizedBody.toString("base64"),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: entry.logId?.keyId.toString("hex"),
            },
        });
    }
    return annotations;
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/identity-policy.ts
/**
 * Who must have signed, for keyless verification: the certificate's subject (an email or a URI such
 * as a workflow path) and the OIDC issuer that vouched for it, each exact or a regular expression.
 * Regular expressions are unanchored, like cosign's `--certificate-identity-regexp`: anchor them
 * (`^https://github\.com/org/`) to mean "starts with".
 */

/** The identity distroless publishes its images under (GoogleContainerTools/distroless README). */
const DISTROLESS_POLICY = {
    subject: { exact: "keyless@distroless.iam.gserviceaccount.com" },
    issuer: { exact: "https://accounts.google.com" },
};
function identity_policy_describeMatch(match) {
    return "exact" in match ? match.exact : `/${match.regexp.source}/`;
}
function matches(match, value) {
    return "exact" in match ? match.exact === value : match.regexp.test(value);
}
/** Throws, saying which half failed, unless `identity` satisfies `policy`. */
function identity_policy_checkIdentity(policy, identity) {
    if (!matches(policy.subject, identity.subject))
        throw new VerificationError(`signed by ${identity.subject || "(no subject)"}, not ${identity_policy_describeMatch(policy.subject)}`);
    if (!matches(policy.issuer, identity.issuer))
        throw new VerificationError(`issuer ${identity.issuer || "(none)"} vouched for the signer, not ${identity_policy_describeMatch(policy.issuer)}`);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/verify.ts
/**
 * Keyless verification of one stored signature, in either format: @sigstore/verify checks the
 * certificate chain up to a Fulcio CA of the trusted root at the time the log vouches for, the
 * embedded SCT against the certificate-transparency logs, the transparency-log entry (signed entry
 * timestamp or inclusion proof) and that it records this very signature, and the signature; then
 * the certificate's identity must satisfy the policy and the payload must be a signature over the
 * image digest. Every failure says which check failed.
 */







function verifyEntity(bundle, policy, artifact, where) {
    let signer;
    try {
        signer = new Verifier(policy.trust).verify(toSignedEntity(bundle, artifact));
    }
    catch (error) {
        // @sigstore/verify's messages are terse ("digest mismatch"); its code names the check.
        const code = error.code;
        throw new VerificationError(`${where}: ${error.message}${code ? ` (${code})` : ""}`);
    }
    const identity = {
        subject: signer.identity?.subjectAlternativeName ?? "",
        issuer: signer.identity?.extensions?.issuer ?? "",
    };
    try {
        checkIdentity(policy.identity, identity);
    }
    catch (error) {
        throw new VerificationError(`${where}: ${error.message}`);
    }
    return { identity, logIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex ?? "" };
}
function verify_verifyLegacyKeyless(stored, digest, policy) {
    const where = stored.layer.digest;
    if (!stored.annotations[CERTIFICATE_ANNOTATION])
        throw new VerificationError(`${where}: it has no certificate: a keyed signature, not a keyless one`);
    let bundle;
    try {
        bundle = legacyLayerToBundle(stored.payload, stored.signature, stored.annotations);
    }
    catch (error) {
        throw new VerificationError(`${where}: ${error.message}`);
    }
    const verified = verifyEntity(bundle, policy, stored.payload, where);
    try {
        checkSimpleSigning(stored.payload, digest);
    }
    catch (error) {
        throw new VerificationError(`${where}: ${error.message}`);
    }
    return { format: "legacy", ...verified, stored: where };
}
function verify_verifyBundleKeyless(bytes, digest, referrer, policy) {
    return verify_verifyDsseBundleKeyless(bytes, referrer, policy, (payload) => checkSignStatement(payload, digest, referrer));
}
/**
 * A keyless bundle holding a DSSE envelope: the certificate, log entry and signature verified, then
 * `checkStatement` run over the signed in-toto statement (a cosign signature, or an attestation).
 */
function verify_verifyDsseBundleKeyless(bytes, referrer, policy, checkStatement) {
    let bundle;
    try {
        bundle = bundleFromJSON(JSON.parse(bytes.toString("utf8")));
    }
    catch (error) {
        throw new VerificationError(`${referrer}: not a valid Sigstore bundle: ${error.message}`);
    }
    if (bundle.verificationMaterial.content.$case === "publicKey")
        throw new VerificationError(`${referrer}: signed with a key, not keyless`);
    if (bundle.content.$case !== "dsseEnvelope")
        throw new VerificationError(`${referrer}: the bundle holds no DSSE envelope`);
    const verified = verifyEntity(bundle, policy, undefined, referrer);
    checkStatement(bundle.content.dsseEnvelope.payload);
    return { format: "bundle", ...verified, stored: referrer };
}
/**
 * A keyless legacy `.att` layer: its DSSE envelope with the certificate and Rekor entry of the
 * layer's annotations (legacyLayerToBundle), verified as a bundle; then `checkStatement` over the
 * signed statement.
 */
function verify_verifyLegacyAttestationKeyless(envelope, annotations, where, policy, checkStatement) {
    if (!annotations[CERTIFICATE_ANNOTATION])
        throw new VerificationError(`${where}: it has no certificate: a keyed attestation, not a keyless one`);
    let bundle;
    try {
        bundle = legacyLayerToBundle(Buffer.alloc(0), "", annotations, envelope);
    }
    catch (error) {
        throw new VerificationError(`${where}: ${error.message}`);
    }
    const verified = verifyEntity(bundle, policy, undefined, where);
    checkStatement(Buffer.from(envelope.payload, "base64"));
    return { format: "legacy", ...verified, stored: where };
}
/**
 * A file signed as `cosign sign-blob --bundle` does (a release's checksums file, say): the bundle
 * must hold a message signature over exactly `artifact`'s bytes. A DSSE bundle is refused: its
 * signature covers the envelope's payload, which says nothing about these bytes by itself.
 */
function verifyBlobKeyless(bundleBytes, artifact, name, policy) {
    let bundle;
    try {
        bundle = bundleFromJSON(JSON.parse(bundleBytes.toString("utf8")));
    }
    catch (error) {
        throw new VerificationError(`${name}: not a valid Sigstore bundle: ${error.message}`);
    }
    if (bundle.verificationMaterial.content.$case === "publicKey")
        throw new VerificationError(`${name}: signed with a key, not keyless`);
    if (bundle.content.$case !== "messageSignature")
        throw new VerificationError(`${name}: the bundle holds no message signature (a DSSE envelope is not a blob signature)`);
    const verified = verifyEntity(bundle, policy, artifact, name);
    return { format: "bundle", ...verified, stored: name };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/attestation-policy.ts
/**
 * Attestations an image must carry, each signed by a given key or keyless identity: the policy
 * verify-base's `require-attestations` states about a base. An attestation is found where cosign
 * stores one, as a Sigstore bundle referrer (cosign v3) or a layer of the legacy `.att` image
 * (cosign v2), checked as `cosign verify-attestation --type <type>` checks it: the DSSE signature
 * (with the key, or the Fulcio certificate chain, identity and log entry), then that the signed
 * in-toto statement has the predicate type and names the image's digest.
 *
 * Where: on the digest given (an index, as verify-base pins it), or, when the index carries none, on
 * every platform manifest it lists (attestations made per platform, as `cosign attest` of each
 * platform's digest does). The index's entries for build attestations (platform `unknown/unknown`,
 * BuildKit's) are not platforms.
 */










const MAX_ENVELOPE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
async function attestation_policy_readStoredAttestations(client, repository, digest) {
    const [bundles, layers] = await Promise.all([
        readBundles(client, repository, digest),
        readLegacyAttestationLayers(client, repository, digest),
    ]);
    const legacy = [];
    for (const layer of layers) {
        let envelope;
        try {
            envelope = JSON.parse((await client.readBlob(repository, layer, MAX_ENVELOPE_BYTES)).toString("utf8"));
        }
        catch (error) {
            // Not an envelope: nothing this policy can accept, and not a reason to stop reading the others.
            if (error instanceof SyntaxError)
                continue;
            throw error;
        }
        if (typeof envelope?.payload !== "string" ||
            typeof envelope.payloadType !== "string" ||
            !Array.isArray(envelope.signatures))
            continue;
        legacy.push({ layer: layer.digest, envelope: envelope, annotations: layer.annotations ?? {} });
    }
    return { bundles, legacy };
}
/** One legacy `.att` envelope signed by `key` (and, unless ignored, logged), about `digest`. */
function attestation_policy_verifyLegacyKeyed(stored, key, check, log) {
    const { envelope, layer } = stored;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw new VerificationError(`${layer}: payload type ${envelope.payloadType} is not in-toto`);
    const payload = Buffer.from(envelope.payload, "base64");
    const signed = envelope.signatures.some((signature) => typeof signature?.sig === "string" &&
        verifyBytes(key, pae(envelope.payloadType, payload), Buffer.from(signature.sig, "base64")));
    if (!signed)
        throw new VerificationError(`${layer}: the signature does not verify with this key`);
    check(payload);
    if (!log)
        return undefined;
    if (!stored.annotations[REKOR_BUNDLE_ANNOTATION])
        throw new VerificationError(`${layer}: signed with the key but has no transparency-log entry`);
    let bundle;
    try {
        bundle = legacyLayerToBundle(Buffer.alloc(0), "", stored.annotations, envelope);
    }
    catch (error) {
        throw new VerificationError(`${layer}: ${error.message}`);
    }
    return verifyKeyedLogEntry(bundle, key, log, undefined, layer);
}
/** The first stored attestation of `digest` that satisfies `required`, and why each other one did not. */
function findAttestation(stored, digest, required, options) {
    const rejected = [];
    const attempt = (verify) => {
        try {
            return verify();
        }
        catch (error) {
            rejected.push(error.message);
            return undefined;
        }
    };
    const { signer, predicateType } = required;
    const checkFor = (where) => (payload) => checkAttestationStatement(payload, digest, predicateType, where);
    const log = options.ignoreTlog ? undefined : options.trustedRoot;
    const keyless = "identity" in signer ? { trust: trustMaterialOf(options.trustedRoot), identity: signer.identity } : undefined;
    for (const { referrer, bundle } of stored.bundles) {
        const found = attempt(() => {
            if (keyless) {
                const verified = verifyDsseBundleKeyless(bundle, referrer, keyless, checkFor(referrer));
                return { digest, format: "bundle", stored: referrer, logIndex: verified.logIndex };
            }
            const key = signer.key;
            const verified = verifyBundle(bundle, key, digest, referrer, log, checkFor(referrer));
            if (log && verified.logIndex === undefined)
                throw new VerificationError(`${referrer}: signed with the key but has no transparency-log entry`);
            return {
                digest,
                format: "bundle",
                stored: referrer,
                ...(verified.logIndex ? { logIndex: verified.logIndex } : {}),
            };
        });
        if (found)
            return { found, rejected };
    }
    for (const layer of stored.legacy) {
        const found = attempt(() => {
            if (keyless) {
                const verified = verifyLegacyAttestationKeyless(layer.envelope, layer.annotations, layer.layer, keyless, checkFor(layer.layer));
                return { digest, format: "legacy", stored: layer.layer, logIndex: verified.logIndex };
            }
            const logIndex = attestation_policy_verifyLegacyKeyed(layer, signer.key, checkFor(layer.layer), log);
            return { digest, format: "legacy", stored: layer.layer, ...(logIndex ? { logIndex } : {}) };
        });
        if (found)
            return { found, rejected };
    }
    return { rejected };
}
/** The platform manifests an index lists (not BuildKit's `unknown/unknown` attestation entries). */
function platformsOf(manifest) {
    return manifest.manifests
        .filter((entry) => entry.platform?.os !== "unknown")
        .map((entry) => ({
        digest: entry.digest,
        platform: entry.platform ? formatPlatform(entry.platform) : entry.digest,
    }));
}
/**
 * Require each attestation of `required` on `reference` (pinned by digest), or on every platform of
 * it; throws one VerificationError naming every requirement that is missing, with the signer
 * required and why what was found did not count.
 */
async function requireAttestations(clients, reference, required, options) {
    if (required.length === 0)
        return [];
    const client = clients.for(reference.registry);
    const cache = new Map();
    const storedFor = (digest) => {
        let stored = cache.get(digest);
        if (!stored) {
            stored = attestation_policy_readStoredAttestations(client, reference.repository, digest);
            cache.set(digest, stored);
        }
        return stored;
    };
    let manifest;
    const manifestOnce = () => {
        manifest ??= client.getManifest(reference.repository, reference.digest);
        return manifest;
    };
    const satisfied = [];
    const missing = [];
    for (const requirement of required) {
        const type = requirement.name === requirement.predicateType
            ? requirement.name
            : `${requirement.name} (${requirement.predicateType})`;
        const described = `${type} attestation signed by ${requirement.signer.description}`;
        const own = findAttestation(await storedFor(reference.digest), reference.digest, requirement, options);
        if (own.found) {
            satisfied.push(satisfiedBy(requirement, [own.found]));
            continue;
        }
        const platforms = platformsOf(await manifestOnce());
        if (platforms.length === 0) {
            missing.push(`no ${described}${reasons(own.rejected)}`);
            continue;
        }
        const found = [];
        const lacking = [];
        for (const { digest, platform } of platforms) {
            const result = findAttestation(await storedFor(digest), digest, requirement, options);
            if (result.found)
                found.push({ ...result.found, platform });
            else
                lacking.push(platform);
        }
        if (lacking.length === 0)
            satisfied.push(satisfiedBy(requirement, found));
        else
            missing.push(`no ${described} on the index nor on every platform (${lacking.join(", ")} without one)${reasons(own.rejected)}`);
    }
    if (missing.length > 0)
        throw new VerificationError(`${formatReference(withDigest(reference, reference.digest))} carries ${missing.join("; and ")}`);
    return satisfied;
}
function satisfiedBy(requirement, found) {
    return {
        name: requirement.name,
        predicateType: requirement.predicateType,
        signer: requirement.signer.description,
        found,
    };
}
/** Why what was found did not count, bounded: a base may carry many attestations. */
function reasons(rejected) {
    if (rejected.length === 0)
        return "";
    const shown = rejected.slice(0, 3).join(", ");
    return ` (found: ${shown}${rejected.length > 3 ? `, and ${rejected.length - 3} more` : ""})`;
}

// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
;// CONCATENATED MODULE: ./packages/sigstore/src/encrypted-key.ts
/**
 * cosign's encrypted private keys: a PEM block (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`) whose body is JSON — scrypt parameters and salt, a NaCl secretbox
 * nonce, and the ciphertext of the PKCS#8 DER key. The key is scrypt(password, salt) → 32 bytes.
 */




const encrypted_key_ENCRYPTED_KEY_LABELS = (/* unused pure expression or super */ null && (["ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"]));
const MAX_SCRYPT_N = (/* unused pure expression or super */ null && (2 ** 20));
/** scrypt's memory, 128·N·r bytes: four times what cosign's own keys take. */
const MAX_SCRYPT_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/** Decrypt the body (the base64 inside the PEM armour) to PKCS#8 DER. */
function encrypted_key_decryptCosignKey(body, password) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString("utf8"));
    }
    catch {
        throw new KeyError("the encrypted key is not cosign's JSON format");
    }
    const { kdf, cipher, ciphertext } = parsed ?? {};
    if (kdf?.name !== "scrypt" || typeof kdf.salt !== "string") {
        throw new KeyError(`the encrypted key uses an unsupported key derivation ${typeof kdf?.name === "string" ? quoteForMessage(kdf.name, 64) : "none"} (expected scrypt)`);
    }
    if (cipher?.name !== "nacl/secretbox" || typeof cipher.nonce !== "string" || typeof ciphertext !== "string") {
        throw new KeyError(`the encrypted key uses an unsupported cipher ${typeof cipher?.name === "string" ? quoteForMessage(cipher.name, 64) : "none"} (expected nacl/secretbox)`);
    }
    const { N, r, p } = scryptParameters(kdf.params);
    const nonce = Buffer.from(cipher.nonce, "base64");
    if (nonce.length !== nacl.secretbox.nonceLength)
        throw new KeyError(`the encrypted key's nonce is ${nonce.length} bytes, not ${nacl.secretbox.nonceLength}`);
    // Node refuses scrypt beyond 32 MiB unless told: cosign's N=65536, r=8 is 64 MiB.
    const key = scryptSync(Buffer.from(password, "utf8"), Buffer.from(kdf.salt, "base64"), 32, {
        N,
        r,
        p,
        maxmem: 128 * N * r + 1024 * 1024,
    });
    const opened = nacl.secretbox.open(new Uint8Array(Buffer.from(ciphertext, "base64")), new Uint8Array(nonce), new Uint8Array(key));
    if (!opened)
        throw new KeyError("wrong password for the encrypted key (or the key is damaged)");
    return Buffer.from(opened);
}
/**
 * The key file chooses scrypt's cost, so it is bounded before anything is derived: cosign writes
 * N=65536, r=8, p=1 (64 MiB); a hostile or damaged file must not make us allocate gigabytes or
 * spin for minutes. N is a power of two, as scrypt requires.
 */
function scryptParameters(params) {
    const { N, r, p } = params ?? {};
    const whole = (value, max) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= max;
    if (!whole(N, MAX_SCRYPT_N) ||
        N < 2 ||
        (N & (N - 1)) !== 0 ||
        !whole(r, 32) ||
        !whole(p, 16) ||
        128 * N * r > MAX_SCRYPT_BYTES)
        throw new KeyError(`the encrypted key's scrypt parameters are unsupported (N a power of two up to ${MAX_SCRYPT_N}, r up to 32, p up to 16, at most ${MAX_SCRYPT_BYTES / 1024 / 1024} MiB)`);
    return { N, r, p };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keys.ts
/**
 * Signing and verification keys from PEM: PKCS#8 and SEC1 private keys, cosign's encrypted keys, and
 * SPKI public keys. ECDSA P-256 is what cosign makes; RSA and Ed25519 are accepted as well.
 */



function parsePem(text) {
    const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (!match)
        throw new KeyError("not a PEM block (-----BEGIN …-----)");
    return { label: match[1], body: Buffer.from(match[2].replace(/\s+/g, ""), "base64") };
}
function keys_algorithmOf(key) {
    const type = key.asymmetricKeyType;
    if (type === "ec") {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve !== "prime256v1" && curve !== "P-256")
            throw new KeyError(`unsupported elliptic curve '${curve}' (cosign keys are P-256)`);
        return "ecdsa-p256";
    }
    if (type === "rsa")
        return "rsa";
    if (type === "ed25519")
        return "ed25519";
    throw new KeyError(`unsupported key type '${type}' (ECDSA P-256, RSA or Ed25519)`);
}
/** A private key from PEM; `password` decrypts cosign's encrypted keys (empty is a valid password). */
function keys_loadSigningKey(pem, password) {
    const block = parsePem(pem);
    let privateKey;
    try {
        if (ENCRYPTED_KEY_LABELS.includes(block.label)) {
            if (password === undefined)
                throw new KeyError("the key is encrypted: give its password (key-password or COSIGN_PASSWORD)");
            privateKey = createPrivateKey({ key: decryptCosignKey(block.body, password), format: "der", type: "pkcs8" });
        }
        else if (block.label === "PRIVATE KEY" || block.label === "EC PRIVATE KEY" || block.label === "RSA PRIVATE KEY") {
            privateKey = createPrivateKey(pem);
        }
        else {
            throw new KeyError(`a '${block.label}' PEM block is not a private key`);
        }
    }
    catch (error) {
        if (error instanceof KeyError)
            throw error;
        throw new KeyError(`the private key cannot be read: ${error.message}`);
    }
    return { privateKey, publicKey: createPublicKey(privateKey), algorithm: keys_algorithmOf(privateKey) };
}
function keys_loadVerificationKey(pem) {
    const block = parsePem(pem);
    if (block.label !== "PUBLIC KEY" && block.label !== "RSA PUBLIC KEY") {
        throw new KeyError(`a '${block.label}' PEM block is not a public key`);
    }
    let publicKey;
    try {
        publicKey = createPublicKey(pem);
    }
    catch (error) {
        throw new KeyError(`the public key cannot be read: ${error.message}`);
    }
    return { publicKey, algorithm: keys_algorithmOf(publicKey) };
}
function keys_publicKeyPem(key) {
    return key.publicKey.export({ type: "spki", format: "pem" }).toString();
}

;// CONCATENATED MODULE: ./packages/sigstore/src/aws-kms.ts
/**
 * AWS KMS keys, named as cosign names them: `awskms://[ENDPOINT]/KEY` where KEY is a key id, an
 * `alias/NAME` or a key or alias ARN (`awskms:///arn:aws:kms:…`). Signing calls KMS Sign with
 * ECDSA_SHA_256; verification uses the key's public half from GetPublicKey. The region is the
 * ARN's when there is one, otherwise the ambient AWS configuration's.
 */



/** Largest message KMS signs as RAW; bigger ones are sent as their SHA-256 digest. */
const RAW_MESSAGE_LIMIT = 4096;
function parseAwsKmsUri(uri) {
    const match = /^awskms:\/\/([^/]*)\/(.+)$/.exec(uri);
    if (!match)
        throw new KeyError(`'${uri}' is not awskms://[ENDPOINT]/KEY`);
    const [, endpoint, keyId] = match;
    const validKey = /^[0-9a-f-]{36}$/.test(keyId) ||
        /^alias\/[A-Za-z0-9/_-]+$/.test(keyId) ||
        /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/.test(keyId);
    if (!validKey)
        throw new KeyError(`'${keyId}' in '${uri}' is not a KMS key id, alias/NAME or key ARN`);
    const region = keyId.startsWith("arn:") ? keyId.split(":")[3] : undefined;
    return { keyId, ...(endpoint ? { endpoint: `https://${endpoint}` } : {}), ...(region ? { region } : {}) };
}
async function kmsClient(name, options) {
    // Loaded on first use, like the ECR clients: most runs never touch KMS.
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(632)]).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
    const client = new sdk.KMSClient({
        ...(name.region ? { region: name.region } : {}),
        ...(name.endpoint ? { endpoint: name.endpoint } : {}),
        ...options.sdkConfig,
    });
    return { sdk, client };
}
async function publicKeyOf(name, options) {
    const { sdk, client } = await kmsClient(name, options);
    const response = await client.send(new sdk.GetPublicKeyCommand({ KeyId: name.keyId })).catch((error) => {
        throw new KeyError(`KMS key ${name.keyId}: GetPublicKey failed: ${error.message}`);
    });
    if (!response.PublicKey)
        throw new KeyError(`KMS key ${name.keyId} has no public key (is it a signing key?)`);
    const publicKey = createPublicKey({ key: Buffer.from(response.PublicKey), format: "der", type: "spki" });
    // The key itself says what it is (some KMS implementations leave KeySpec out of the answer).
    const algorithm = algorithmOf(publicKey);
    if (algorithm === "ed25519")
        throw new KeyError(`KMS key ${name.keyId} is not an ECDSA P-256 or RSA key`);
    return { key: { publicKey, algorithm }, signingAlgorithms: response.SigningAlgorithms ?? [] };
}
async function aws_kms_awsKmsVerificationKey(uri, options = {}) {
    return (await publicKeyOf(parseAwsKmsUri(uri), options)).key;
}
async function aws_kms_awsKmsSigner(uri, options = {}) {
    const name = parseAwsKmsUri(uri);
    const { key } = await publicKeyOf(name, options);
    const signingAlgorithm = key.algorithm === "ecdsa-p256" ? "ECDSA_SHA_256" : "RSASSA_PKCS1_V1_5_SHA_256";
    const { sdk, client } = await kmsClient(name, options);
    return {
        algorithm: key.algorithm,
        publicKey: key.publicKey,
        description: uri,
        async sign(message) {
            // Small messages go as RAW (KMS hashes them with SHA-256, the same signature as over their
            // digest); cosign sends a DIGEST. Both are ECDSA over SHA-256 of the message.
            const raw = message.length <= RAW_MESSAGE_LIMIT;
            try {
                const response = await client.send(new sdk.SignCommand({
                    KeyId: name.keyId,
                    Message: raw ? message : createHash("sha256").update(message).digest(),
                    MessageType: raw ? "RAW" : "DIGEST",
                    SigningAlgorithm: signingAlgorithm,
                }));
                if (!response.Signature)
                    throw new Error("no signature in the response");
                return Buffer.from(response.Signature);
            }
            catch (error) {
                throw new KeyError(`KMS key ${name.keyId}: Sign failed: ${error.message}`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/carried-attestations.ts
/**
 * Attestations that travel with a promoted image. The internal key's attestations cannot travel as
 * they are: the in-toto statement `cosign attest` signs names the internal repository as its subject
 * (DESIGN.md rule 3 keeps internal names out of public registries). What can travel is what they
 * say: every attestation of the source that verifies with the internal key is read back as its
 * (predicate type, predicate) pair, to be attested again with the release key about the same digest
 * under the public name (attestImages). One that does not verify is left behind, and said so.
 *
 * Found as verify-base's policy finds them (attestation-policy.ts): Sigstore bundle referrers
 * (cosign v3) and layers of the legacy `sha256-<hex>.att` image (cosign v2), on each digest given.
 * Bundles holding cosign's signature predicate are signatures, not attestations: not looked at here.
 */





/** The predicate type an unverified DSSE payload claims, if it is an in-toto statement at all. */
function claimedPredicateType(payload) {
    if (typeof payload !== "string")
        return undefined;
    try {
        const statement = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
        return typeof statement?.predicateType === "string" ? statement.predicateType : undefined;
    }
    catch {
        return undefined;
    }
}
function bundlePayload(bundle) {
    try {
        const parsed = JSON.parse(bundle.toString("utf8"));
        return parsed?.dsseEnvelope;
    }
    catch {
        return undefined;
    }
}
/**
 * The attestations of `digest` in `repository`: each stored one checked with `key` (the DSSE
 * signature, then that its statement is an in-toto statement about `digest` of the type it claims),
 * as `cosign verify-attestation --key … --insecure-ignore-tlog` checks it; promote verifies the
 * internal signature without the log too.
 */
function sortStored(stored, digest, key) {
    const verified = new Map();
    const unverified = [];
    const consider = (format, where, claimed, verify) => {
        let statement;
        try {
            verify((payload) => {
                checkAttestationStatement(payload, digest, claimed, where);
                statement = JSON.parse(payload.toString("utf8"));
            });
        }
        catch (error) {
            unverified.push({
                digest,
                predicateType: escapeForMessage(claimed),
                format,
                stored: escapeForMessage(where),
                reason: escapeForMessage(error.message),
            });
            return;
        }
        const predicate = statement?.predicate;
        const predicateDigest = `sha256:${createHash("sha256")
            .update(JSON.stringify(predicate) ?? "")
            .digest("hex")}`;
        const same = `${claimed} ${predicateDigest}`;
        const known = verified.get(same);
        if (known)
            known.found.push({ format, stored: where });
        else
            verified.set(same, {
                digest,
                predicateType: claimed,
                predicate,
                predicateDigest,
                found: [{ format, stored: where }],
            });
    };
    for (const { referrer, bundle } of stored.bundles) {
        const envelope = bundlePayload(bundle);
        if (envelope?.payloadType !== IN_TOTO_PAYLOAD_TYPE)
            continue;
        const claimed = claimedPredicateType(envelope.payload);
        if (claimed === COSIGN_SIGN_PREDICATE)
            continue;
        consider("bundle", referrer, claimed ?? "(no predicate type)", (check) => verifyBundle(bundle, key, digest, referrer, undefined, check));
    }
    for (const layer of stored.legacy) {
        const claimed = claimedPredicateType(layer.envelope.payload) ?? layer.annotations.predicateType;
        consider("legacy", layer.layer, claimed ?? "(no predicate type)", (check) => verifyLegacyKeyed(layer, key, check, undefined));
    }
    return { verified: [...verified.values()], unverified };
}
/** Every attestation stored for each of `digests` (an index and its platforms), sorted by whether `key` signed it. */
async function readSourceAttestations(client, repository, digests, key) {
    const sorted = await Promise.all([...new Set(digests)].map(async (digest) => sortStored(await readStoredAttestations(client, repository, digest), digest, key)));
    return {
        verified: sorted.flatMap((item) => item.verified),
        unverified: sorted.flatMap((item) => item.unverified),
    };
}
/** One line for the attestations left behind, naming each one's type and digest (a few, then a count). */
function unverifiedAttestationsWarning(unverified) {
    if (unverified.length === 0)
        return undefined;
    const shown = unverified
        .slice(0, 5)
        .map((item) => `${item.predicateType} about ${item.digest} (${item.format} ${item.stored})`);
    const more = unverified.length > 5 ? `, and ${unverified.length - 5} more` : "";
    return `left behind ${unverified.length} attestation(s) of the source that do not verify with the internal key: ${shown.join(", ")}${more}`;
}

;// CONCATENATED MODULE: ./packages/sigstore/src/errors.ts
/** Errors of signing and verification: the caller's to fix (a key, a password) or a failed check. */
class errors_SigstoreError extends Error {
    name = "SigstoreError";
}
/** Key material that cannot be used: malformed, unsupported, or the wrong password. */
class errors_KeyError extends (/* unused pure expression or super */ null && (errors_SigstoreError)) {
    name = "KeyError";
}
/** A signature that does not verify; `reason` says which check failed. Verification fails closed. */
class errors_VerificationError extends (/* unused pure expression or super */ null && (errors_SigstoreError)) {
    name = "VerificationError";
}
/** Nothing verified: why each stored signature was rejected, or that there are none. */
function errors_noSignatureVerified(what, rejected) {
    return new errors_VerificationError(`${what}: ${rejected.length === 0 ? "no signatures are stored for it" : rejected.join("; ")}`);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyed.ts






async function keyed_signImageLegacy(client, repository, digest, signer, options) {
    const payload = simpleSigningPayload(options.dockerReference, digest, options.annotations);
    const signature = await signer.sign(payload);
    // ECDSA signatures differ on every run, so "already signed" means: the same payload, and a stored
    // signature over it that verifies with this key.
    const isDuplicate = (existing) => existing.payload.equals(payload) &&
        verifyBytes(signer, existing.payload, Buffer.from(existing.signature, "base64"));
    return writeLegacySignature(client, repository, digest, { payload, signature }, isDuplicate);
}
/**
 * The stored signatures over `digest` that verify with `key`. With `log`, a signature's
 * transparency-log entry is verified against that trusted root as well, and one that does not
 * verify rejects the signature; without, entries are only noted.
 */
async function keyed_verifyImageLegacy(client, repository, digest, key, log) {
    const result = { verified: [], rejected: [] };
    for (const stored of await readLegacySignatures(client, repository, digest)) {
        if (!verifyBytes(key, stored.payload, Buffer.from(stored.signature, "base64"))) {
            result.rejected.push(`${stored.layer.digest}: the signature does not verify with this key`);
            continue;
        }
        try {
            const simpleSigning = checkSimpleSigning(stored.payload, digest);
            const tlogEntry = Boolean(stored.annotations[REKOR_BUNDLE_ANNOTATION]);
            const where = stored.layer.digest;
            const logIndex = tlogEntry && log
                ? verifyKeyedLogEntry(legacyLayerToBundle(stored.payload, stored.signature, stored.annotations), key, log, stored.payload, where)
                : undefined;
            result.verified.push({
                ...simpleSigning,
                format: "legacy",
                layerDigest: where,
                tlogEntry,
                ...(logIndex !== undefined ? { logIndex } : {}),
            });
        }
        catch (error) {
            const message = error.message;
            result.rejected.push(message.startsWith(stored.layer.digest) ? message : `${stored.layer.digest}: ${message}`);
        }
    }
    return result;
}
/** Like verifyImageLegacy, but no verified signature is an error saying why. */
async function requireLegacySignature(client, repository, digest, key) {
    const result = await keyed_verifyImageLegacy(client, repository, digest, key);
    if (result.verified.length > 0)
        return result.verified;
    throw noSignatureVerified(`${digest} has no signature that verifies with the key`, result.rejected);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/images.ts
/**
 * Signing and verifying images by reference: resolve each tag to a digest once, sign that digest
 * (and, recursively, every manifest an index lists), verify against a key. The operations the
 * `sign` and `verify-base` actions are made of; the format is cosign's legacy `.sig` image.
 */









/**
 * What to sign: each tag resolved once, up front, to its digest (and, recursively, the manifests an
 * index lists), once per format. A digest reached twice in one repository (two tags of one image,
 * an index and its child both named) is signed once: signed concurrently, both copies would be
 * written. The digests are then signed a few at a time: each has its own .sig image and referrers,
 * so they do not contend.
 */
async function images_signingTargets(clients, references, options) {
    const targets = (await images_mapLimited(references, images_CONCURRENCY, async (reference) => {
        const written = options.written?.find((manifest) => reference.digest && manifest.digest === reference.digest);
        const { manifest, subject } = written
            ? { manifest: written, subject: subjectOf(written) }
            : await images_resolveSubject(clients, reference);
        const subjects = [subject, ...(options.recursive ? manifest.manifests : [])];
        return subjects.flatMap((subject) => options.formats.map((format) => ({ reference, subject, format })));
    })).flat();
    const seen = new Set();
    return targets.filter(({ reference, subject, format }) => {
        const key = `${repositoryName(reference)}@${subject.digest} ${format}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** A reference's manifest, read once, and the descriptor a signature or attestation names it by. */
async function images_resolveSubject(clients, reference) {
    const manifest = await clients
        .for(reference.registry)
        .getManifest(reference.repository, manifestReference(reference));
    return { manifest, subject: subjectOf(manifest) };
}
function subjectOf(manifest) {
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}
async function signImages(clients, references, signer, options) {
    const targets = await images_signingTargets(clients, references, options);
    const signLegacy = async ({ reference, subject }) => {
        const signed = await signImageLegacy(clients.for(reference.registry), reference.repository, subject.digest, signer, {
            dockerReference: repositoryName(reference),
            ...(options.annotations ? { annotations: options.annotations } : {}),
        });
        return {
            image: formatReference(withDigest(reference, subject.digest)),
            digest: subject.digest,
            format: "legacy",
            storedAt: `${repositoryName(reference)}:${signed.tag}`,
            outcome: signed.outcome,
        };
    };
    const results = await images_mapLimited(targets, images_CONCURRENCY, async (target) => {
        const { reference, subject, format } = target;
        if (format === "legacy")
            return signLegacy(target);
        let written;
        try {
            written = await writeBundleSignature(clients.for(reference.registry), reference.repository, signer, {
                subject,
                created: options.created ?? new Date(),
                ...(options.annotations ? { annotations: options.annotations } : {}),
            });
        }
        catch (error) {
            if (isIndexReferrerRefusal(error, subject))
                return { refused: target };
            throw error;
        }
        return {
            image: formatReference(withDigest(reference, subject.digest)),
            digest: subject.digest,
            format,
            storedAt: `${repositoryName(reference)}@${written.referrer}`,
            outcome: written.outcome,
        };
    });
    return images_withLegacyStandIns(results, signLegacy);
}
/**
 * Each refused bundle replaced by the legacy signature of its subject: the one a `format: both`
 * run wrote anyway (marked), or one signed now, after the others, so that it never races the
 * signing of the same `.sig` tag.
 */
async function images_withLegacyStandIns(results, signLegacy) {
    const signed = [];
    for (const result of results) {
        if (!("refused" in result)) {
            signed.push(result);
            continue;
        }
        const { reference, subject } = result.refused;
        const image = formatReference(withDigest(reference, subject.digest));
        const legacy = results.find((other) => !("refused" in other) && other.image === image && other.format === "legacy");
        if (legacy)
            legacy.bundleRefused = true;
        else
            signed.push({ ...(await signLegacy({ ...result.refused, format: "legacy" })), bundleRefused: true });
    }
    return signed;
}
/**
 * One line for the legacy signatures and attestations that stand in for bundles a registry refused
 * (SignedDigest.bundleRefused), naming the registry, the reason and the digests; undefined if none.
 */
function legacyStandInWarning(stored) {
    const standIns = stored.filter((item) => item.bundleRefused);
    if (standIns.length === 0)
        return undefined;
    const digests = (attestations) => [
        ...new Set(standIns.filter((item) => item.format.endsWith("-attestation") === attestations).map((item) => item.digest)),
    ];
    const signatures = digests(false);
    const attestations = digests(true);
    const parts = [
        ...(signatures.length > 0 ? [`signed ${signatures.join(", ")} with the legacy .sig tag`] : []),
        ...(attestations.length > 0 ? [`attested ${attestations.join(", ")} with the legacy .att tag`] : []),
    ];
    const registries = standIns.map((item) => parseReference(item.image).registry);
    return `${indexReferrerLimit(registries)}: ${parts.join(" and ")} instead`;
}
const images_CONCURRENCY = 8;
/** Map with at most `limit` calls in flight, keeping the input order. */
async function images_mapLimited(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/**
 * Resolve `reference` once and require a signature by `key` over that digest whose
 * transparency-log entry verifies against the trusted root (public-good unless given); with
 * `ignoreTlog`, as cosign's --insecure-ignore-tlog, entries are neither required nor checked.
 */
async function verifyImageWithKey(clients, reference, key, options) {
    const client = clients.for(reference.registry);
    const digest = await resolveDigest(clients, reference);
    const log = options.ignoreTlog ? undefined : (options.trustedRoot ?? publicGoodTrustedRoot());
    const [legacy, bundles] = await Promise.all([
        verifyImageLegacy(client, reference.repository, digest, key, log),
        readBundles(client, reference.repository, digest),
    ]);
    const verified = [...legacy.verified];
    const rejected = [...legacy.rejected];
    for (const { referrer, bundle } of bundles) {
        try {
            verified.push(verifyBundle(bundle, key, digest, referrer, log));
        }
        catch (error) {
            rejected.push(error.message);
        }
    }
    if (verified.length === 0)
        throw noSignatureVerified(`${digest} has no signature that verifies with the key`, rejected);
    const accepted = options.ignoreTlog ? verified : verified.filter((signature) => signature.logIndex !== undefined);
    if (accepted.length === 0)
        throw new VerificationError(`${digest} is signed with the key but has no transparency-log entry; set ignore-tlog: true to accept keyed signatures without one`);
    return { digest, image: formatReference(withDigest(reference, digest)), signatures: accepted };
}
/**
 * A digest reference needs no resolving: the signatures are checked over that digest itself. A tag
 * is resolved with a HEAD, which Docker Hub does not count against the pull allowance (a GET is a
 * pull: https://docs.docker.com/docker-hub/usage/pulls/); a tag the HEAD does not find is read with
 * a GET, for the registry's own error.
 */
async function resolveDigest(clients, reference) {
    if (reference.digest)
        return reference.digest;
    const client = clients.for(reference.registry);
    const tag = manifestReference(reference);
    const head = await client.headManifest(reference.repository, tag);
    return head?.digest ?? (await client.getManifest(reference.repository, tag)).digest;
}
/**
 * Resolve `reference` once and require a keyless signature over that digest, in either format,
 * whose certificate chains to the trusted root, is logged, and names the policy's identity.
 */
async function verifyImageKeyless(clients, reference, policy) {
    const client = clients.for(reference.registry);
    const digest = await resolveDigest(clients, reference);
    const [legacy, bundles] = await Promise.all([
        readLegacySignatures(client, reference.repository, digest),
        readBundles(client, reference.repository, digest),
    ]);
    const verified = [];
    const rejected = [];
    const attempt = (verify) => {
        try {
            verified.push(verify());
        }
        catch (error) {
            rejected.push(error.message);
        }
    };
    for (const stored of legacy)
        attempt(() => verifyLegacyKeyless(stored, digest, policy));
    for (const { referrer, bundle } of bundles)
        attempt(() => verifyBundleKeyless(bundle, digest, referrer, policy));
    if (verified.length === 0)
        throw noSignatureVerified(`${digest} has no keyless signature by ${describeMatch(policy.identity.subject)} (issuer ${describeMatch(policy.identity.issuer)})`, rejected);
    return { digest, image: formatReference(withDigest(reference, digest)), signatures: verified };
}
/** Attach a signed attestation of each predicate to each image (its root digest), in each format asked for. */
async function attestImages(clients, references, signer, options) {
    const results = [];
    for (const reference of references) {
        const { subject } = await images_resolveSubject(clients, reference);
        for (const predicate of options.predicates)
            results.push(...(await attestSubject(clients, reference, subject, signer, predicate, options)));
    }
    return results;
}
/** One predicate attested about one image, in each format asked for. */
async function attestSubject(clients, reference, subject, signer, predicate, options) {
    const client = clients.for(reference.registry);
    const image = formatReference(withDigest(reference, subject.digest));
    const attest = async (format) => {
        const attested = await attestPredicate(client, reference.repository, signer, {
            name: repositoryName(reference),
            subject,
            predicate,
            format,
            ...(options.created ? { created: options.created } : {}),
        });
        return {
            image,
            digest: subject.digest,
            format: `${format}-attestation`,
            storedAt: attested.storedAt,
            outcome: attested.outcome,
            predicateType: attested.predicateType,
        };
    };
    const results = [];
    for (const format of options.formats) {
        try {
            results.push(await attest(format));
        }
        catch (error) {
            if (format !== "bundle" || !isIndexReferrerRefusal(error, subject))
                throw error;
            results.push(...(await images_legacyAttestationStandIn(results, image, () => attest("legacy"))));
        }
    }
    return results;
}
/**
 * For an attestation bundle the registry refused (an image index's, see SignedDigest.bundleRefused):
 * the legacy `.att` attestation of `image` (`name@digest`) already made (`format: both`) is marked;
 * otherwise one is made now, and returned to be added.
 */
async function images_legacyAttestationStandIn(results, image, attestLegacy) {
    const made = results.find((item) => item.image === image && item.format === "legacy-attestation");
    if (made) {
        made.bundleRefused = true;
        return [];
    }
    return [{ ...(await attestLegacy()), bundleRefused: true }];
}

;// CONCATENATED MODULE: ./packages/sigstore/src/logged-signing.ts
/**
 * Signing with a transparency-log entry, through sigstore-js: the signer is Fulcio's short-lived
 * certificate (keyless) or our own key (keyed with `tlog-upload`), and every signature is recorded
 * in Rekor before it is stored. Stored as cosign stores it:
 * - legacy: a `.sig` layer (or a `.att` DSSE layer for attestations) whose annotations carry the
 *   certificate, if any, and the Rekor entry with its signed entry timestamp;
 * - bundle: a Sigstore bundle referrer (DSSE over the in-toto statement, log entry inside).
 * A keyed signature already there (same key, same payload, logged) is not signed or logged again;
 * every keyless signature has a certificate of its own, so signing again appends, as cosign does.
 */












/**
 * Our signer (local key or KMS) in the shape sigstore-js signs with. No hint: sigstore-js would make
 * it the DSSE signature's key ID, which cosign's envelope check then requires its own verifier to
 * match; cosign leaves it empty. The bundle gets its hint once logged (bundleBytes).
 */
function keyedSigstoreSigner(signer) {
    const publicKey = publicKeyPem(signer);
    return {
        sign: async (data) => ({ signature: await signer.sign(data), key: { $case: "publicKey", publicKey, hint: "" } }),
    };
}
/**
 * sigstore-js's bundle builders with a Rekor witness. @sigstore/sign (and its fetch stack, most of
 * a bundle's code) is loaded only here, so keyed verification and unlogged signing start fast.
 */
async function builders(logged) {
    const { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness } = await __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 5179));
    const { signer, rekorURL: rekorBaseURL } = logged;
    return {
        messages: new MessageSignatureBundleBuilder({ signer, witnesses: [new RekorWitness({ rekorBaseURL })] }),
        // DSSE envelopes are logged as `intoto` entries (as cosign attest does), whose log body keeps the
        // envelope's signatures and hashes as proposed; a `dsse` entry's body is rewritten by Rekor, which
        // a log stand-in cannot reproduce, so only `intoto` can be tested end to end here.
        envelopes: new DSSEBundleBuilder({
            signer,
            witnesses: [new RekorWitness({ rekorBaseURL, entryType: "intoto" })],
        }),
    };
}
async function logged_signing_signImagesLogged(clients, references, logged, options) {
    const { messages, envelopes } = await builders(logged);
    const targets = await signingTargets(clients, references, options);
    const signLegacy = async ({ reference, subject }) => {
        const client = clients.for(reference.registry);
        const image = formatReference(withDigest(reference, subject.digest));
        const name = repositoryName(reference);
        const result = { image, digest: subject.digest, format: "legacy" };
        const payload = simpleSigningPayload(name, subject.digest, options.annotations);
        const key = logged.key;
        const isDuplicate = (stored) => key !== undefined &&
            Boolean(stored.annotations[REKOR_BUNDLE_ANNOTATION]) &&
            stored.payload.equals(payload) &&
            verifyBytes(key, stored.payload, Buffer.from(stored.signature, "base64"));
        // Checked before signing as well as when writing, so a repeat run does not add to the log.
        if (key && (await readLegacySignatures(client, reference.repository, subject.digest)).some(isDuplicate))
            return { ...result, storedAt: `${name}:${legacyTag(subject.digest, "sig")}`, outcome: "exists" };
        const bundle = await sigstoreStep(`sign ${image}`, () => messages.create({ data: payload }));
        if (bundle.content.$case !== "messageSignature")
            throw new SigstoreError(`sign ${image}: no message signature`);
        const written = await writeLegacySignature(client, reference.repository, subject.digest, { payload, signature: bundle.content.messageSignature.signature, annotations: bundleToLegacyAnnotations(bundle) }, isDuplicate);
        return { ...result, storedAt: `${name}:${written.tag}`, outcome: written.outcome };
    };
    const results = await mapLimited(targets, CONCURRENCY, async (target) => {
        const { reference, subject, format } = target;
        if (format === "legacy")
            return signLegacy(target);
        const client = clients.for(reference.registry);
        const image = formatReference(withDigest(reference, subject.digest));
        const name = repositoryName(reference);
        const result = { image, digest: subject.digest, format };
        const existing = await findLoggedBundle(client, reference.repository, subject.digest, logged.key);
        if (existing)
            return { ...result, storedAt: `${name}@${existing}`, outcome: "exists" };
        const statement = signStatement(subject.digest, options.annotations);
        const bundle = await sigstoreStep(`sign ${image}`, () => envelopes.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE }));
        // A concurrent run with the same key may be storing its own logged bundle of this statement:
        // the two converge to one referrer (bundle-referrers.ts). Keyless bundles each have their own
        // certificate and are all kept, as cosign keeps them.
        try {
            const written = await writeBundleReferrer(client, reference.repository, bundleBytes(bundle, logged.key), { subject, created: options.created ?? new Date() }, undefined, logged.key && sameSignedStatement(logged.key, statement, true));
            return { ...result, storedAt: `${name}@${written.referrer}`, outcome: written.outcome };
        }
        catch (error) {
            // The bundle is logged by now and stays in the log, unstored: the registry's refusal comes
            // only once the referrer is put, after the log entry it must carry.
            if (isIndexReferrerRefusal(error, subject))
                return { refused: target };
            throw error;
        }
    });
    return withLegacyStandIns(results, signLegacy);
}
/**
 * Attach a logged attestation of each predicate to each image (its root digest), in each format
 * asked for.
 */
async function attestImagesLogged(clients, references, logged, options) {
    const { envelopes } = await builders(logged);
    const results = [];
    for (const reference of references) {
        const client = clients.for(reference.registry);
        const repository = reference.repository;
        const { subject } = await resolveSubject(clients, reference);
        const digest = subject.digest;
        const name = repositoryName(reference);
        for (const { predicateType, predicate } of options.predicates) {
            // Per predicate, so that a refused bundle's stand-in is the `.att` of the same predicate.
            const attested = [];
            const statement = attestationStatement(name, digest, predicateType, predicate);
            const image = formatReference(withDigest(reference, digest));
            const attest = async () => {
                const bundle = await sigstoreStep(`attest ${image}`, () => envelopes.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE }));
                if (bundle.content.$case !== "dsseEnvelope")
                    throw new SigstoreError(`attest ${image}: no DSSE envelope`);
                return bundle;
            };
            const attestLegacy = async () => {
                const result = { image, digest, format: "legacy-attestation", predicateType };
                const previous = await readLegacyAttestationLayers(client, repository, digest);
                const existing = logged.key &&
                    (await findLegacyAttestation(client, repository, previous, { predicateType, statement, key: logged.key }));
                if (existing?.annotations?.[REKOR_BUNDLE_ANNOTATION])
                    return { ...result, storedAt: `${name}:${legacyTag(digest, "att")}`, outcome: "exists" };
                const bundle = await attest();
                const appended = await appendLegacyLayer(client, repository, digest, "att", {
                    mediaType: DSSE_MEDIA_TYPE,
                    data: legacyEnvelope(bundle),
                    annotations: { ...bundleToLegacyAnnotations(bundle), predicateType },
                }, 
                // A concurrent run with the same key may have logged and stored the same statement meanwhile.
                async (layers) => logged.key !== undefined &&
                    Boolean((await findLegacyAttestation(client, repository, layers, { predicateType, statement, key: logged.key }))
                        ?.annotations?.[REKOR_BUNDLE_ANNOTATION]));
                return { ...result, storedAt: `${name}:${appended.tag}`, outcome: appended.outcome };
            };
            for (const format of options.formats) {
                if (format === "legacy") {
                    attested.push(await attestLegacy());
                    continue;
                }
                const result = { image, digest, format: "bundle-attestation", predicateType };
                const existing = await findLoggedBundle(client, repository, digest, logged.key, statement);
                if (existing) {
                    attested.push({ ...result, storedAt: `${name}@${existing}`, outcome: "exists" });
                    continue;
                }
                try {
                    const written = await writeBundleReferrer(client, repository, bundleBytes(await attest(), logged.key), { subject, created: options.created ?? new Date() }, predicateType, logged.key && sameSignedStatement(logged.key, statement, true));
                    attested.push({ ...result, storedAt: `${name}@${written.referrer}`, outcome: written.outcome });
                }
                catch (error) {
                    if (!isIndexReferrerRefusal(error, subject))
                        throw error;
                    attested.push(...(await legacyAttestationStandIn(attested, image, attestLegacy)));
                }
            }
            results.push(...attested);
        }
    }
    return results;
}
/**
 * The bundle referrer of `digest` that `key` already signed and logged: a cosign signature over it,
 * or with `statement`, that very attestation. Never one for keyless signing.
 */
async function findLoggedBundle(client, repository, digest, key, statement) {
    if (!key)
        return undefined;
    for (const { referrer, bundle } of await readBundles(client, repository, digest)) {
        try {
            const logged = statement
                ? sameStatementBySigner(bundle, key, statement) && hasLogEntry(bundle)
                : verifyBundle(bundle, key, digest, referrer).tlogEntry;
            if (logged)
                return referrer;
        }
        catch {
            // Another signer's bundle, or not a signature over this digest.
        }
    }
    return undefined;
}
/** A bundle as stored; a keyed one names its key by hint, as our unlogged keyed bundles do. */
function bundleBytes(bundle, key) {
    const json = bundleToJSON(bundle);
    if (key && json.verificationMaterial?.publicKey)
        json.verificationMaterial.publicKey.hint = keyHint(key);
    return Buffer.from(JSON.stringify(json));
}
/**
 * A logged DSSE bundle's envelope as the `.att` layer: cosign checks that the SHA-256 of the layer
 * is the `hash` of its `intoto` log entry, and Rekor hashes the envelope in canonical JSON with
 * each signature's verifier (the certificate or public key PEM) beside it. So the layer is exactly
 * that JSON, rebuilt from the logged signatures and checked against the logged hash; readers of the
 * envelope ignore the extra field.
 */
function legacyEnvelope(bundle) {
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (bundle.content.$case !== "dsseEnvelope" || !entry)
        throw new SigstoreError("an attestation needs a DSSE envelope and its log entry");
    const body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
    const content = body.spec?.content;
    const decode = (value) => Buffer.from(value ?? "", "base64").toString("utf8");
    const envelope = {
        payload: bundle.content.dsseEnvelope.payload.toString("base64"),
        payloadType: bundle.content.dsseEnvelope.payloadType,
        signatures: (content?.envelope?.signatures ?? []).map((signature) => ({
            ...(signature.keyid ? { keyid: signature.keyid } : {}),
            publicKey: decode(signature.publicKey),
            sig: decode(signature.sig),
        })),
    };
    // Keys in sorted order, no whitespace: canonical JSON for an object of strings.
    const bytes = Buffer.from(JSON.stringify(envelope));
    if (createHash("sha256").update(bytes).digest("hex") !== content?.hash?.value)
        throw new SigstoreError("the attestation's log entry does not hash the envelope it was given");
    return bytes;
}
/** sigstore-js failures (Fulcio refusing the token, Rekor down) as errors saying which step. */
async function sigstoreStep(what, work) {
    try {
        return await work();
    }
    catch (error) {
        const cause = error;
        const detail = cause.cause?.message ? `: ${cause.cause.message}` : "";
        throw new SigstoreError(`${what}: ${cause.message}${detail}`, { cause });
    }
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/sign.ts
/**
 * Keyless signing, as cosign does it: sigstore-js gets a short-lived certificate from Fulcio for an
 * ephemeral key (Fulcio binds it to the identity in the workflow's OIDC token), signs, and records
 * the signature in Rekor; storing it is logged signing's (a `.sig` layer with the certificate and
 * the Rekor entry as annotations, or a bundle referrer).
 */

const PUBLIC_GOOD_FULCIO = "https://fulcio.sigstore.dev";
const PUBLIC_GOOD_REKOR = "https://rekor.sigstore.dev";
/** Fulcio and Rekor (public-good unless told otherwise) as logged signing's signer and log. */
function keylessSigning(keyless) {
    // Created on first use: @sigstore/sign is loaded only when something is signed keylessly.
    let fulcio;
    const signer = {
        sign: async (data) => {
            fulcio ??= __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 5179)).then(({ FulcioSigner }) => new FulcioSigner({
                fulcioBaseURL: keyless.fulcioURL ?? PUBLIC_GOOD_FULCIO,
                identityProvider: { getToken: async () => keyless.identityToken },
            }));
            return (await fulcio).sign(data);
        },
    };
    return { signer, rekorURL: keyless.rekorURL ?? PUBLIC_GOOD_REKOR, description: "keyless" };
}
async function signImagesKeyless(clients, references, keyless, options) {
    return signImagesLogged(clients, references, keylessSigning(keyless), options);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/predicates.ts
/**
 * Attestation predicate types: cosign's short names for them, and the predicate documents `sign`
 * attests (an SBOM, SLSA v1 provenance, an OpenVEX document), each checked for its general shape
 * so that a wrong file is refused before anything is signed.
 */


/** SLSA provenance v1 (https://slsa.dev/spec/v1.0/provenance). */
const SLSA_PROVENANCE_V1_PREDICATE = "https://slsa.dev/provenance/v1";
/**
 * OpenVEX, as `cosign attest --type openvex` names it: cosign's OpenVexNamespace
 * (pkg/cosign/attestation/attestation.go) is the bare namespace, not a versioned context, and trivy's
 * `--vex oci` accepts that namespace or any path under it (pkg/vex/oci/oci.go,
 * isOpenVEXPredicateType). The same in cosign v2.6 and v3.
 */
const OPENVEX_PREDICATE = "https://openvex.dev/ns";
/**
 * cosign's `--type` short names and the predicate type each stands for, as in both cosign v2.6 and
 * v3 (cmd/cosign/cli/options/predicate.go, PredicateTypeMap; the URIs are in-toto-golang's and
 * cosign's pkg/cosign/attestation constants).
 */
const COSIGN_PREDICATE_TYPES = {
    custom: "https://cosign.sigstore.dev/attestation/v1",
    slsaprovenance: "https://slsa.dev/provenance/v0.2",
    slsaprovenance02: "https://slsa.dev/provenance/v0.2",
    slsaprovenance1: SLSA_PROVENANCE_V1_PREDICATE,
    spdx: SPDX_PREDICATE,
    spdxjson: SPDX_PREDICATE,
    cyclonedx: CYCLONEDX_PREDICATE,
    link: "https://in-toto.io/Link/v1",
    vuln: "https://cosign.sigstore.dev/attestation/vuln/v1",
    openvex: OPENVEX_PREDICATE,
};
/**
 * The predicate type a `--type`-style name stands for: a cosign short name, or a URI taken as it is
 * (cosign accepts any URI there too); undefined for anything else.
 */
function resolvePredicateType(name) {
    const short = COSIGN_PREDICATE_TYPES[name.toLowerCase()];
    if (short)
        return short;
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s/]+/i.test(name))
        return undefined;
    return URL.canParse(name) ? name : undefined;
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * An in-toto statement handed over where its predicate was expected: `cosign attest --predicate`
 * takes the predicate alone and wraps it, so do we; a statement would be wrapped twice.
 */
function refuseStatement(document) {
    if (typeof document._type === "string" && "predicate" in document)
        throw new SigstoreError("is an in-toto statement; give its predicate alone (as cosign attest --predicate takes)");
}
/**
 * SLSA v1 provenance: the fields the spec marks REQUIRED (buildDefinition.buildType and
 * .externalParameters, runDetails.builder.id; https://slsa.dev/spec/v1.0/provenance#schema).
 */
function checkProvenance(document) {
    const definition = document.buildDefinition;
    const builder = isObject(document.runDetails) ? document.runDetails.builder : undefined;
    if (!isObject(definition) || typeof definition.buildType !== "string" || !isObject(definition.externalParameters))
        throw new SigstoreError("is not an SLSA v1 provenance predicate (buildDefinition with buildType and externalParameters expected)");
    if (!isObject(builder) || typeof builder.id !== "string")
        throw new SigstoreError("is not an SLSA v1 provenance predicate (runDetails.builder.id expected)");
}
/**
 * OpenVEX: a document whose `@context` is an OpenVEX context (`https://openvex.dev/ns/v…`) and which
 * has a `statements` list (https://github.com/openvex/spec/blob/main/OPENVEX-SPEC.md, "Document").
 */
function checkOpenVex(document) {
    const context = document["@context"];
    if (typeof context !== "string" || !(context === OPENVEX_PREDICATE || context.startsWith(`${OPENVEX_PREDICATE}/`)))
        throw new SigstoreError(`is not an OpenVEX document (@context ${OPENVEX_PREDICATE}/v… expected)`);
    if (!Array.isArray(document.statements))
        throw new SigstoreError("is not an OpenVEX document (a statements list expected)");
}
/**
 * The predicate `document` makes for its kind, after checking its general shape; a SigstoreError
 * whose message completes "'<file>' …" otherwise.
 */
function predicateOf(kind, document) {
    if (!isObject(document))
        throw new SigstoreError("is not a JSON object");
    refuseStatement(document);
    switch (kind) {
        case "sbom":
            try {
                return { predicateType: sbomPredicateType(document), predicate: document };
            }
            catch {
                throw new SigstoreError("is neither SPDX JSON (spdxVersion) nor CycloneDX JSON (bomFormat)");
            }
        case "provenance":
            checkProvenance(document);
            return { predicateType: SLSA_PROVENANCE_V1_PREDICATE, predicate: document };
        case "vex":
            checkOpenVex(document);
            return { predicateType: OPENVEX_PREDICATE, predicate: document };
    }
}

;// CONCATENATED MODULE: ./packages/sigstore/src/signer.ts

function signer_localSigner(key) {
    return {
        algorithm: key.algorithm,
        publicKey: key.publicKey,
        description: `local ${key.algorithm} key`,
        sign: async (message) => signBytes(key, message),
    };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/index.ts























;// CONCATENATED MODULE: ./actions/shared/runtime.ts
/**
 * What the action entries share beyond action-kit: registry clients whose secrets are masked, the
 * package errors that count as user errors, and turning reference and key inputs into values, with
 * failures reported against the input that caused them.
 */




/** Registry refusals, bad references, failed verifications: the user's to act on, one line each. */
const USER_ERROR_CLASSES = [oci_src/* OciError */.Mf, errors_SigstoreError];
function registryClients() {
    return new oci_src/* RegistryClients */.aT({ env: process.env, onSecret: src/* maskSecret */.$l, knownRealms: oci_src/* WELL_KNOWN_REALMS */.co });
}
function parseImageInput(input, value) {
    try {
        return (0,oci_src/* parseReference */.F2)(value);
    }
    catch (error) {
        throw new src/* InputError */.dz(input, error.message);
    }
}
/** Turn a key input into its source; a KeyError becomes an error naming the input. */
async function keySource(input, value) {
    try {
        return await resolveKeySource(value, { env: process.env, readFile: (path) => readFile(path, "utf8") });
    }
    catch (error) {
        if (error instanceof KeyError)
            throw new InputError(input, error.message);
        throw error;
    }
}
async function asInputError(input, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof KeyError)
            throw new InputError(input, error.message);
        throw error;
    }
}
async function signerInput(input, value, password) {
    const source = await keySource(input, value);
    if (source.kind === "kms")
        return asInputError(input, () => awsKmsSigner(source.uri));
    maskSecret(source.pem);
    return asInputError(input, () => localSigner(loadSigningKey(source.pem, password)));
}
async function verificationKeyInput(input, value) {
    const source = await keySource(input, value);
    if (source.kind === "kms")
        return asInputError(input, () => awsKmsVerificationKey(source.uri));
    return asInputError(input, () => loadVerificationKey(source.pem));
}
/** The trusted root of keyless verification: a trusted_root.json path, or the embedded public-good one. */
async function trustedRootInput(input, path) {
    return path ? asInputError(input, () => readTrustedRoot(path)) : publicGoodTrustedRoot();
}


/***/ }),

/***/ 4579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  yo: () => (/* reexport */ errors_UserError),
  aY: () => (/* reexport */ code),
  HB: () => (/* reexport */ inGroup),
  Rm: () => (/* reexport */ log),
  $l: () => (/* reexport */ maskSecret),
  md: () => (/* reexport */ md),
  Vf: () => (/* reexport */ readBoolean),
  UK: () => (/* reexport */ readCommand),
  ai: () => (/* reexport */ readEnum),
  JI: () => (/* reexport */ readInteger),
  _Z: () => (/* reexport */ readKeyValues),
  LD: () => (/* reexport */ readList),
  yu: () => (/* reexport */ readRequired),
  E3: () => (/* reexport */ readString),
  Cs: () => (/* reexport */ runAction),
  j7: () => (/* reexport */ writeJobSummary),
  Kn: () => (/* reexport */ writeOutputs)
});

// UNUSED EXPORTS: Markdown, NotImplementedError, isUserError, joinMarkdown, markdownText, neutraliseWorkflowCommands, oneLine, parseBoolean, parseCommand, parseEnum, parseInteger, parseKeyValues, parseList, readIdToken, readOptionalBoolean, readRequiredList, reportFailure, splitShellWords, writeOutput

;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
/**
 * Errors that are the user's to fix. The top-level handler prints their message as one line and
 * no stack; anything else is treated as a bug and keeps its stack.
 */
class errors_UserError extends Error {
    name = "UserError";
}
/** A bad action input: the message always starts with the input's name. */
class errors_InputError extends errors_UserError {
    name = "InputError";
    input;
    constructor(input, problem) {
        super(`input '${input}': ${problem}`);
        this.input = input;
    }
}
/** The action's capability is not built yet; it fails rather than pretend to succeed. */
class NotImplementedError extends errors_UserError {
    name = "NotImplementedError";
    constructor(action, issue) {
        super(`${action}: not implemented yet (tracked in ${issue}); the inputs were valid, nothing was done`);
    }
}
function isUserError(error) {
    return error instanceof errors_UserError;
}
/** Collapse a message to one line so a user error never spills over several log lines. */
function oneLine(message) {
    return message.replace(/\s*\n\s*/g, " ").trim();
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./packages/action-kit/src/parse.ts
/**
 * Pure parsers for the value shapes action inputs take. Each throws an InputError naming the input,
 * so the same parser serves the action entries and the CLI, and is tested without @actions/core.
 */

const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);
/** YAML 1.2 core-schema booleans, as @actions/core accepts them; anything else is an error. */
function parse_parseBoolean(input, raw) {
    const value = raw.trim();
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw new errors_InputError(input, `expected true or false, got '${value}'`);
}
/** Newline-separated values (commas too where allowed); blank entries and `#` comment lines dropped. */
function parse_parseList(raw, options = {}) {
    const separator = options.commas ? /[\n,]/ : /\n/;
    return raw
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== "" && !item.startsWith("#"));
}
function parseEnum(input, raw, allowed) {
    const value = raw.trim();
    if (allowed.includes(value))
        return value;
    throw new errors_InputError(input, `expected one of ${allowed.join(", ")}, got '${value}'`);
}
function parseInteger(input, raw, range = {}) {
    const value = raw.trim();
    if (!/^-?\d+$/.test(value))
        throw new errors_InputError(input, `expected a whole number, got '${value}'`);
    const number = Number(value);
    if (!Number.isSafeInteger(number))
        throw new errors_InputError(input, `'${value}' is too large`);
    if (range.min !== undefined && number < range.min) {
        throw new errors_InputError(input, `expected at least ${range.min}, got ${number}`);
    }
    if (range.max !== undefined && number > range.max) {
        throw new errors_InputError(input, `expected at most ${range.max}, got ${number}`);
    }
    return number;
}
/**
 * `KEY=VALUE` lines. The value may contain `=`; the key may not be empty or contain whitespace.
 * A repeated key is an error: silently keeping one of two values loses data.
 */
function parseKeyValues(input, raw) {
    const pairs = new Map();
    for (const line of parse_parseList(raw)) {
        const equals = line.indexOf("=");
        if (equals <= 0)
            throw new errors_InputError(input, `expected KEY=VALUE lines, got '${line}'`);
        const key = line.slice(0, equals).trim();
        if (/\s/.test(key))
            throw new errors_InputError(input, `key '${key}' contains whitespace`);
        if (pairs.has(key))
            throw new errors_InputError(input, `key '${key}' is given twice`);
        pairs.set(key, line.slice(equals + 1));
    }
    return pairs;
}
/**
 * A command as a JSON array of strings, or a string split the way a POSIX shell splits words
 * (quotes and backslashes honoured; no expansion of any kind, nothing is executed).
 */
function parseCommand(input, raw) {
    const value = raw.trim();
    if (value === "")
        return [];
    if (value.startsWith("[")) {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch (error) {
            throw new errors_InputError(input, `invalid JSON array: ${error.message}`);
        }
        if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) {
            throw new errors_InputError(input, "expected a JSON array of strings");
        }
        return parsed;
    }
    return splitShellWords(input, value);
}
function splitShellWords(input, text) {
    const words = [];
    let word = "";
    let inWord = false;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote === "'") {
            if (char === "'")
                quote = null;
            else
                word += char;
            continue;
        }
        if (quote === '"') {
            if (char === '"')
                quote = null;
            else if (char === "\\" && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]))
                word += text[++i];
            else
                word += char;
            continue;
        }
        if (char === "'" || char === '"') {
            quote = char;
            inWord = true;
        }
        else if (char === "\\") {
            if (i + 1 >= text.length)
                throw new errors_InputError(input, "ends with a lone backslash");
            word += text[++i];
            inWord = true;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(word);
            word = "";
            inWord = false;
        }
        else {
            word += char;
            inWord = true;
        }
    }
    if (quote)
        throw new errors_InputError(input, `unterminated ${quote} quote`);
    if (inWord)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts
/**
 * Reading action inputs. The only reader of `INPUT_*`; everything else receives plain values.
 */



/** Raw text of an input, trimmed; `fallback` when it is empty (action.yml defaults arrive as values). */
function readString(name, fallback = "") {
    const value = lib_core/* getInput */.V4(name, { trimWhitespace: true });
    return value === "" ? fallback : value;
}
function readRequired(name) {
    const value = readString(name);
    if (value === "")
        throw new errors_InputError(name, "is required and was not given");
    return value;
}
/** Like readRequired, for a list: at least one entry. */
function readRequiredList(name, options) {
    const values = parseList(readRequired(name), options);
    if (values.length === 0)
        throw new InputError(name, "is required and has no entries");
    return values;
}
function readList(name, options) {
    return parse_parseList(readString(name), options);
}
function readBoolean(name, fallback) {
    const raw = readString(name);
    return raw === "" ? fallback : parse_parseBoolean(name, raw);
}
/** A boolean whose default depends on other inputs: undefined when the user left it empty. */
function readOptionalBoolean(name) {
    const raw = readString(name);
    return raw === "" ? undefined : parseBoolean(name, raw);
}
function readEnum(name, allowed, fallback) {
    const raw = readString(name);
    return raw === "" ? fallback : parseEnum(name, raw, allowed);
}
function readInteger(name, fallback, range) {
    const raw = readString(name);
    return raw === "" ? fallback : parseInteger(name, raw, range);
}
function readKeyValues(name) {
    return parseKeyValues(name, readString(name));
}
function readCommand(name) {
    return parseCommand(name, readString(name));
}

;// CONCATENATED MODULE: ./packages/action-kit/src/markdown.ts
/**
 * Markdown for job summaries, with outside text kept as text. A summary carries what registries,
 * tools and DB artifacts said (an image name, a registry's error, a DB's `UpdatedAt`); GitHub
 * renders it as GitHub Flavored Markdown with HTML, so a value such as
 * `x)\n\nGate: passed\n\n<img src=…>[click](https://…)` would otherwise forge a line, an image and
 * a link. Lines are built with the `md` template tag: its literal parts are ours and stay Markdown,
 * every interpolated value is escaped as plain text unless it is itself `Markdown` (`md`, `code`).
 * The `Markdown` type is what `JobSummary.lines` takes, so a raw string cannot get in by mistake.
 *
 * How text is kept text (CommonMark 0.31, GFM 0.29):
 * - `&`, `<`, `>` and quotes become entity references, which CommonMark (§2.5) reads as literal
 *   text, and which stay text should the line ever land inside an HTML block, where backslash
 *   escapes mean nothing;
 * - every other ASCII punctuation character is backslash-escaped (§2.4: any ASCII punctuation may
 *   be, and then means itself): no emphasis, link, image, code span, heading, list, quote, table
 *   cell or strikethrough can start, and GFM's autolink literals cannot form either (`www.` and
 *   `scheme://` must be literal, and `\.` / `\:` are not);
 * - line breaks and every other control or separator become a space: a blank line would end the
 *   paragraph (or an HTML block) and let the rest start a block of its own;
 * - code spans get a backtick fence longer than any run of backticks inside (CommonMark §6.1),
 *   padded with a space when the content starts or ends with a backtick or a space.
 */
const MADE_HERE = Symbol("Markdown made by markdown.ts");
/** Summary Markdown whose every outside part was escaped. Made only by `md`, `code`, `markdownText`. */
class Markdown {
    source;
    constructor(madeHere, source) {
        if (madeHere !== MADE_HERE)
            throw new TypeError("Markdown is made with md, code or markdownText");
        this.source = source;
    }
    toString() {
        return this.source;
    }
}
function trusted(source) {
    return new Markdown(MADE_HERE, source);
}
/** Line breaks, C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** ASCII punctuation but `&`, `<`, `>`, `"` and `'`, which become entity references. */
const OTHER_ASCII_PUNCTUATION = /[!#-%(-/:;=?@[-`{-~]/g;
/** `text` on one line, as it reads: every Markdown and HTML character escaped. */
function markdownText(text) {
    return trusted(encodeHtmlCharacters(flatten(text).replace(OTHER_ASCII_PUNCTUATION, "\\$&")));
}
/** `text` as a code span (one line); empty text gives empty Markdown. */
function code(text) {
    const flat = flatten(text);
    if (flat === "")
        return trusted("");
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    // CommonMark strips one space from each end when both ends have one (and the span is not all
    // spaces): padding both ends keeps the content exact and keeps a fence-adjacent backtick inside.
    const pad = /^[` ]|[` ]$/.test(flat) && !/^ +$/.test(flat) ? " " : "";
    return trusted(`${fence}${pad}${flat}${pad}${fence}`);
}
/** A summary line: the template's literal parts are Markdown, interpolations are escaped text. */
function md(strings, ...values) {
    let source = strings[0] ?? "";
    values.forEach((value, index) => {
        source += value instanceof Markdown ? value.source : markdownText(String(value)).source;
        source += strings[index + 1] ?? "";
    });
    return trusted(source);
}
/** Joins Markdown pieces (each already safe) with a literal separator of ours. */
function joinMarkdown(pieces, separator) {
    return trusted(pieces.map((piece) => piece.source).join(separator));
}
/**
 * Text for an HTML context (a table cell, a heading's text): `&`, `<`, `>` and quotes as entities,
 * on one line — a line break inside the one-line HTML table @actions/core writes would end the HTML
 * block at the next blank line and let the rest render as Markdown.
 */
function htmlText(text) {
    return encodeHtmlCharacters(flatten(text));
}
function encodeHtmlCharacters(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}
function flatten(text) {
    return text.replace(CONTROLS, " ");
}

;// CONCATENATED MODULE: ./packages/action-kit/src/oidc.ts
/**
 * The workflow's OIDC identity token, for keyless signing. GitHub hands it out only to jobs with
 * `permissions: id-token: write`; without that the request variables are absent, which deserves an
 * error that says what to add rather than a stack trace.
 */


async function readIdToken(audience, environment = process.env) {
    if (!environment.ACTIONS_ID_TOKEN_REQUEST_URL || !environment.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new UserError("keyless signing needs the workflow's OIDC token: give the job `permissions: id-token: write`, or give a `key`");
    }
    try {
        // core.getIDToken masks the token before returning it.
        return await core.getIDToken(audience);
    }
    catch (error) {
        throw new UserError(`could not get the workflow's OIDC token: ${error.message}`.replace(/\s*\n\s*/g, " "));
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/outputs.ts

/** Set an output; objects and arrays are written as JSON so the next step can `fromJSON` them. */
function writeOutput(name, value) {
    lib_core/* setOutput */.uH(name, typeof value === "string" ? value : JSON.stringify(value));
}
function writeOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            writeOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/workflow-commands.ts
/**
 * Text from outside (registry bodies, error messages, tool output) must never start a workflow
 * command. The runner reads a line whose first non-blank characters are `::` as a command
 * (`::add-mask::`, `::warning::`, `::stop-commands::`…), and the older `##[command]` form anywhere
 * in a line. Every line the actions and the CLI print passes through here: a leading `::` becomes
 * `: :` and `##[` becomes `## [`, so the text still reads the same to a person and means nothing to
 * the runner. Carriage returns count as line breaks, as they do for the runner.
 *
 * "Blank" is the runner's idea of it, not JavaScript's: ActionCommand.TryParseV2
 * (actions/runner, src/Runner.Common/ActionCommand.cs) does `message.TrimStart()` before looking
 * for `::`, and .NET trims what `Char.IsWhiteSpace` calls white space (dotnet/runtime,
 * System.Private.CoreLib Char.cs: U+0009–U+000D, U+0020, U+0085, U+00A0 by its Latin-1 table, and
 * every character of the categories Zs, Zl, Zp above it). JavaScript's `\s` misses U+0085 (NEXT
 * LINE, a C1 control), so `\u0085::add-mask::…` passed an `\s`-based check and was a command.
 * Here the leading run is judged generously — every C0 and C1 control, every Unicode space or
 * separator, the byte-order mark — so a runner on another .NET (or Unicode) version has nothing
 * left to trim into a command; and the controls and separators in that run (all but the tab) are
 * written out as `\uXXXX`, so no invisible character stays in front of the defused `: :`.
 */
const LEADING_BLANKS = /^[\s\p{Z}\p{Cc}\u180e\u200b\ufeff]*/u;
/** The characters of that run a reader cannot see (a tab reads as a tab, a space as a space). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Zl}\p{Zp}\u180e\u200b\ufeff]/gu;
const LEGACY_COMMAND = /##\[/g;
function neutraliseWorkflowCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => defuseLeadingCommand(line).replace(LEGACY_COMMAND, "## ["))
        .join("\n");
}
function defuseLeadingCommand(line) {
    const blanks = LEADING_BLANKS.exec(line)?.[0] ?? "";
    if (!line.startsWith("::", blanks.length))
        return line;
    return `${blanks.replace(INVISIBLE, escapeCodeUnit)}: :${line.slice(blanks.length + 2)}`;
}
function escapeCodeUnit(character) {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run.ts



/**
 * `userErrorClasses`: errors of the packages that are the user's to fix (a bad reference, a wrong
 * key, a registry refusal) and so are reported as one line like input errors.
 */
async function runAction(main, userErrorClasses = []) {
    try {
        await main();
    }
    catch (error) {
        reportFailure(error, userErrorClasses);
    }
}
function reportFailure(error, userErrorClasses = []) {
    if (isUserError(error) || userErrorClasses.some((errorClass) => error instanceof errorClass)) {
        lib_core/* setFailed */.C1(oneLine(error.message));
        return;
    }
    const bug = error instanceof Error ? error : new Error(String(error));
    lib_core/* setFailed */.C1(`unexpected error (a bug; please report it): ${oneLine(bug.message)}`);
    // A bug's message may quote a registry's answer: the stack is printed line by line, defused.
    if (bug.stack)
        lib_core/* info */.pq(neutraliseWorkflowCommands(bug.stack));
}
/** Run `work` inside a collapsible log group named after the phase. */
function inGroup(name, work) {
    return lib_core/* group */.Os(name, work);
}
/**
 * The actions' log. Messages often carry outside text, so info lines are defused; warnings and
 * debug lines are commands themselves, whose data @actions/core escapes onto one line.
 */
const log = {
    info: (message) => lib_core/* info */.pq(neutraliseWorkflowCommands(message)),
    warning: (message) => lib_core/* warning */.$e(message),
    debug: (message) => lib_core/* debug */.Yz(message),
};

;// CONCATENATED MODULE: ./packages/action-kit/src/secrets.ts

/**
 * Mask a secret in every later log line. Multi-line secrets (PEM keys) are masked line by line as
 * well, because the runner matches masks per line and a key printed in parts would otherwise leak.
 */
function maskSecret(secret) {
    if (!secret)
        return;
    lib_core/* setSecret */.Pq(secret);
    for (const line of secret.split(/\r?\n/)) {
        if (line.trim().length >= 4)
            lib_core/* setSecret */.Pq(line.trim());
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts


/**
 * Write the job summary. A failure to write it is a warning, not a failed step: the work is done.
 *
 * Everything from outside is text: the title, headers, cells and the details label go into HTML
 * that @actions/core writes as it is given, so they are HTML-escaped and kept on one line; lines
 * are `Markdown` (markdown.ts). Every HTML element is followed by a blank line: CommonMark (§4.6)
 * reads the lines after `<h2>…</h2>` or `<table>…</table>` as part of that HTML block until a blank
 * line, where Markdown is not parsed and backslash escapes mean nothing.
 */
async function writeJobSummary(summary) {
    try {
        lib_core/* summary */.z.addHeading(htmlText(summary.title), 2).addEOL();
        for (const line of summary.lines ?? [])
            lib_core/* summary */.z.addRaw(`${line.source}\n\n`);
        for (const table of summary.tables ?? []) {
            lib_core/* summary */.z
                .addTable([
                table.header.map((data) => ({ data: htmlText(data), header: true })),
                ...table.rows.map((row) => row.map((cell) => htmlText(String(cell)))),
            ])
                .addEOL();
        }
        if (summary.details) {
            // JSON.stringify escapes every line break inside strings, so no line of it can close the fence.
            const json = JSON.stringify(summary.details.json, null, 2);
            lib_core/* summary */.z.addDetails(htmlText(summary.details.label), `\n\n\`\`\`json\n${json}\n\`\`\`\n\n`);
        }
        await lib_core/* summary */.z.write();
    }
    catch (error) {
        lib_core/* warning */.$e(`could not write the job summary: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts












/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ quoteForMessage),
/* harmony export */   PV: () => (/* binding */ fieldLookup),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   kw: () => (/* binding */ parseStanzas)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7476);
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

/***/ 7476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ ArchiveVerificationError),
/* harmony export */   c4: () => (/* binding */ DebianError),
/* harmony export */   fe: () => (/* binding */ ResolutionError)
/* harmony export */ });
/**
 * Errors of the Debian package: all the user's to act on (a source that does not verify, a package
 * with no candidate, a file that does not match its hash), so each is one line naming the file,
 * package or source and what did not match. Outside text in them is quoted on one line.
 */
class DebianError extends Error {
    name = "DebianError";
}
/** Something downloaded did not match what a signed index says (hash, size, signature, expiry). */
class ArchiveVerificationError extends DebianError {
    name = "ArchiveVerificationError";
}
/** A dependency no candidate satisfies; `chain` is the path from the requested package to it. */
class ResolutionError extends DebianError {
    name = "ResolutionError";
    chain;
    constructor(chain, problem) {
        super(`${chain.join(" → ")}: ${problem}`);
        this.chain = chain;
    }
}


/***/ }),

/***/ 3423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c4: () => (/* reexport */ errors/* DebianError */.c4),
  DM: () => (/* reexport */ debianArchitecture),
  ji: () => (/* reexport */ decompressed),
  _V: () => (/* reexport */ defaultDebianCacheDir),
  Jo: () => (/* reexport */ diffAgainst),
  V_: () => (/* reexport */ fetchLockedDebs),
  ZZ: () => (/* reexport */ src_control/* field */.ZZ),
  Xf: () => (/* reexport */ formatLockChange),
  AH: () => (/* reexport */ layerCompression),
  zC: () => (/* reexport */ lockPackages),
  tg: () => (/* reexport */ parseLockfile),
  kw: () => (/* reexport */ src_control/* parseStanzas */.kw),
  Ng: () => (/* reexport */ platformKey),
  Hx: () => (/* reexport */ src_control/* quoteForMessage */.Hx),
  l2: () => (/* reexport */ readBaseImage),
  R2: () => (/* reexport */ readDebControl),
  gJ: () => (/* reexport */ readDebData),
  ad: () => (/* reexport */ keyring.readKeyring),
  E$: () => (/* reexport */ readLayersContent),
  GQ: () => (/* reexport */ readLockfile),
  qi: () => (/* reexport */ recordedBase),
  c5: () => (/* reexport */ serializeLockfile),
  tn: () => (/* reexport */ updateLock)
});

// UNUSED EXPORTS: ArchiveClient, ArchiveVerificationError, DEFAULT_DEB_UNPACK_LIMITS, LOCKFILE_VERSION, MAINTAINER_SCRIPTS, ResolutionError, appliesOnArchitecture, codenameOf, comparePackages, compareVersions, defaultKeyring, diffImages, formatAlternatives, formatRelation, formatSnapshotTime, identicalImages, installedPackagesFrom, lockChanges, packageRecordsFrom, packageRecordsFromIndex, parseOsRelease, parseProvides, parseRelations, parseRelease, parseRequestedPackage, parseSnapshotTime, parseSourceLine, parseSources, parseVersion, platformOf, platformWanted, readImagePackages, resolveDependencies, satisfiesVersion, snapshotDate, snapshotDayOf, sourceLinesOf, verifyInRelease

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(7794);
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

// EXTERNAL MODULE: ./packages/debian/src/release.ts
var src_release = __webpack_require__(5170);
;// CONCATENATED MODULE: ./packages/debian/src/snapshot-time.ts
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
        throw new DebianError(`${name} ${shown}: expected a time as YYYYMMDDTHHMMSSZ, YYYY-MM-DD or RFC 3339 with its zone (2026-12-01T06:00:00Z)`);
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

;// CONCATENATED MODULE: ./packages/debian/src/sources.ts
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
        throw new errors/* DebianError */.c4(`source ${quote(line)}: expected URL SUITE… [components: …]`);
    if (written.includes(SNAPSHOT_PLACEHOLDER) && !snapshot)
        throw new errors/* DebianError */.c4(`source ${quote(line)}: {snapshot} needs a time to fill it, and none was given`);
    const url = snapshot ? written.replaceAll(SNAPSHOT_PLACEHOLDER, formatSnapshotTime(snapshot)) : written;
    // Braces left over are a placeholder misspelt ({snapshots}, {date}): never a path to fetch.
    if (/[{}]/.test(url))
        throw new errors/* DebianError */.c4(`source ${quote(line)}: the URL holds an unknown placeholder (only {snapshot} is filled there)`);
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
        const { refuseOlderRelease, verifyInRelease } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3111));
        const judging = { now: this.now(), snapshotDate: snapshotDate(location.url), file: url };
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

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
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
        recorded = (await (0,promises_.readFile)(paths.sha256, "utf8")).trim();
        bytes = await (0,promises_.readFile)(paths.content);
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
    await (0,promises_.mkdir)(dir, { recursive: true });
    const entry = { format: BASE_CACHE_FORMAT, manifestDigest, content };
    const bytes = Buffer.from(JSON.stringify(entry), "utf8");
    const temporary = `.${(0,external_node_crypto_.randomBytes)(8).toString("hex")}.tmp`;
    try {
        // The content first, its digest last: a reader never takes a digest for bytes not yet written.
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${temporary}.json`), bytes);
        await (0,promises_.rename)((0,external_node_path_.join)(dir, `${temporary}.json`), paths.content);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${temporary}.sha256`), `${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}\n`);
        await (0,promises_.rename)((0,external_node_path_.join)(dir, `${temporary}.sha256`), paths.sha256);
    }
    finally {
        await (0,promises_.rm)((0,external_node_path_.join)(dir, `${temporary}.json`), { force: true });
        await (0,promises_.rm)((0,external_node_path_.join)(dir, `${temporary}.sha256`), { force: true });
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
var src_control = __webpack_require__(1654);
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
        throw new errors/* DebianError */.c4(`version ${(0,src_control/* quoteForMessage */.Hx)(text)} ${problem}`);
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
            throw new errors/* DebianError */.c4(`version operator ${(0,src_control/* quoteForMessage */.Hx)(String(operator))} is not one of << <= = >= >>`);
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
            throw new errors/* DebianError */.c4(`relation field ${(0,src_control/* quoteForMessage */.Hx)(text)}: ${error.message}`);
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
            throw new errors/* DebianError */.c4(`Provides ${(0,src_control/* quoteForMessage */.Hx)(text)}: malformed entry ${(0,src_control/* quoteForMessage */.Hx)(entry)}`);
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
        throw new errors/* DebianError */.c4(`${problem}: ${(0,src_control/* quoteForMessage */.Hx)(text)}`);
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
        throw new errors/* DebianError */.c4(`${(0,src_control/* quoteForMessage */.Hx)(relation)}: an empty architecture list`);
    const entryPattern = new RegExp(`^!?${ARCHITECTURE_NAME}$`);
    for (const entry of entries)
        if (!entryPattern.test(entry))
            throw new errors/* DebianError */.c4(`${(0,src_control/* quoteForMessage */.Hx)(relation)}: malformed architecture ${(0,src_control/* quoteForMessage */.Hx)(entry)}`);
    // Policy §7.1: a list is either all negated or none negated.
    const negated = entries.filter((entry) => entry.startsWith("!")).length;
    if (negated !== 0 && negated !== entries.length)
        throw new errors/* DebianError */.c4(`${(0,src_control/* quoteForMessage */.Hx)(relation)}: an architecture list mixes negated and plain entries`);
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
const SIZE = /^[0-9]+$/;
/** Every stanza of a `Packages` index as a record; `origin` is the archive root URL, or `file`. */
function packageRecordsFrom(stanzas, origin) {
    return stanzas.map((stanza) => recordFrom(stanza, (0,src_control/* fieldLookup */.PV)(stanza), origin));
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
            throw new errors/* DebianError */.c4(`${origin}: index line ${(0,src_control/* quoteForMessage */.Hx)(line)} is not "Field: value"`);
        const canonical = RECORD_FIELDS.get(line.slice(0, colon).toLowerCase());
        stanza ??= {};
        current = canonical;
        if (canonical) {
            if (Object.hasOwn(stanza, canonical))
                throw new errors/* DebianError */.c4(`${origin}: field ${canonical} appears twice in one paragraph`);
            stanza[canonical] = line.slice(colon + 1).trim();
        }
    }
    finish();
    return records;
}
function recordFrom(stanza, field, origin) {
    const name = required(stanza, field, "Package", origin);
    const fail = (problem) => new errors/* DebianError */.c4(`${origin}: package ${(0,src_control/* quoteForMessage */.Hx)(name)}: ${problem}`);
    const get = (fieldName) => {
        const value = field(fieldName);
        if (value === undefined || value === "")
            throw fail(`no ${fieldName} field`);
        return value;
    };
    const version = checkedVersion(get("Version"), fail);
    const size = get("Size");
    if (!SIZE.test(size) || !Number.isSafeInteger(Number(size)))
        throw fail(`Size ${(0,src_control/* quoteForMessage */.Hx)(size)} is not a byte count`);
    const sha256 = get("SHA256");
    if (!SHA256.test(sha256))
        throw fail(`SHA256 ${(0,src_control/* quoteForMessage */.Hx)(sha256)} is not 64 hexadecimal digits`);
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
        const field = (0,src_control/* fieldLookup */.PV)(stanza);
        const name = required(stanza, field, "Package", "dpkg status");
        const fail = (problem) => new errors/* DebianError */.c4(`dpkg status: package ${(0,src_control/* quoteForMessage */.Hx)(name)}: ${problem}`);
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
        throw new errors/* DebianError */.c4(`${where}: a stanza without a ${name} field (fields: ${(0,src_control/* quoteForMessage */.Hx)(Object.keys(stanza).join(", "))})`);
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
        throw fail(`Source ${(0,src_control/* quoteForMessage */.Hx)(source)} is malformed`);
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
        codename: codenameOf(content.osRelease),
    };
}
/** Reads and merges `layers` (bottom first); `where` names the image in messages. */
async function readLayersContent(layers, where) {
    const budget = { kept: 0 };
    const changes = await mapLimited(layers, LAYER_CONCURRENCY, (layer) => readLayerChanges(layer, budget, where));
    const files = mergeLayers(changes);
    return {
        installed: installedPackagesFrom(statusStanzas(files, where)),
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
    const compression = layerCompression(layer.mediaType);
    if (!compression)
        throw new errors/* DebianError */.c4(`${layerWhere} has media type ${(0,src_control/* quoteForMessage */.Hx)(layer.mediaType)}, not a tar layer`);
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
    const flowed = (0,external_node_stream_promises_.pipeline)(decompressed(blob, compression), tar);
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
            stanzas.push(...(0,src_control/* parseStanzas */.kw)(content.toString("utf8")));
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/debian/src/cache-dir.ts
/**
 * Where verified indexes and .debs are kept between runs: the runner's tool cache (so actions/cache
 * or a self-hosted runner keeps them), else the user's cache directory. The environment is passed
 * in: this package reads none of its own accord.
 */


function defaultDebianCacheDir(env) {
    if (env.RUNNER_TOOL_CACHE)
        return (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, "image-actions", "debian");
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), ".cache"), "image-actions", "debian");
}

;// CONCATENATED MODULE: ./packages/debian/src/deb.ts
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
            control = (await deb_readLimited(body, CONTROL_LIMIT, `${path}: control file`)).toString("utf8");
        }
        else if (name === "md5sums" && header.type === "file") {
            md5sums = (await deb_readLimited(body, MD5SUMS_LIMIT, `${path}: md5sums file`)).toString("utf8");
        }
        else if (MAINTAINER_SCRIPTS.includes(name)) {
            maintainerScripts.push(name);
        }
    });
    if (control === undefined)
        throw new errors/* DebianError */.c4(`${path}: ${member.name} holds no control file`);
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
async function readTarMember(path, member, limits, onEntry) {
    if (member.size === 0)
        throw new errors/* DebianError */.c4(`${path}: not a valid .deb: ${member.name} is empty`);
    const { limit, why } = unpackLimit(member.size, limits ?? DEFAULT_DEB_UNPACK_LIMITS);
    const tooLarge = (what) => new errors/* DebianError */.c4(`${path}: ${member.name} ${what} more than ${limit} bytes (${why}); refused as a decompression bomb`);
    let overLimit;
    let unpacked = 0;
    const source = (0,external_node_fs_.createReadStream)(path, { start: member.offset, end: member.offset + member.size - 1 });
    const tar = (0,tar_stream.extract)();
    const feeding = (0,external_node_stream_promises_.pipeline)(decompressed(source, member.compression), async function* (chunks) {
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
                overLimit = tooLarge(`entry ${(0,src_control/* quoteForMessage */.Hx)(entry.header.name)} would take it to`);
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
        if (error instanceof errors/* DebianError */.c4)
            throw error;
        throw new errors/* DebianError */.c4(`${path}: ${member.name} is corrupt: ${error.message}`);
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
const image_packages_MAX_INDEX_DEPTH = 4;
/** Each platform costs a read of all its layers: an index listing hundreds is not an image we compare. */
const MAX_PLATFORMS = 32;
const image_packages_MAX_CONFIG_BYTES = 4 * 1024 * 1024;
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
async function image_packages_readImagePackages(clients, reference, options = {}) {
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
    if (depth >= image_packages_MAX_INDEX_DEPTH)
        throw new errors/* DebianError */.c4(`${image}: indexes nested deeper than ${image_packages_MAX_INDEX_DEPTH}`);
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
        throw new errors/* DebianError */.c4(`${where} names a platform that is not os/arch[/variant]: ${(0,src_control/* quoteForMessage */.Hx)([os, architecture, variant]
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
        parsed = JSON.parse((await client.readBlob(repository, descriptor, image_packages_MAX_CONFIG_BYTES)).toString("utf8"));
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
    const { installed } = await readLayersContent(layers.map((layer) => ({ descriptor: layer, open: () => client.openBlob(repository, layer) })), `${image} (${platform}, ${manifest.digest})`);
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
    const [oldPackages, newPackages] = await Promise.all([image_packages_readImagePackages(clients, oldPinned), newImage.read()]);
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
var inrelease = __webpack_require__(3111);
// EXTERNAL MODULE: ./packages/debian/src/keyring.ts + 1 modules
var keyring = __webpack_require__(6897);
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
        this.local = [...request.local].sort((a, b) => resolver_byName(a.name, b.name));
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
            .sort((a, b) => resolver_byName(a.text, b.text));
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
        const names = [...this.chosen.keys()].sort(resolver_byName);
        for (const name of names) {
            const record = this.chosen.get(name);
            for (const group of dependenciesOf(record))
                if (check(group, this.reasons.get(name) ?? [name]) === RESTART)
                    return RESTART;
        }
        return {
            packages: names.map((name) => this.chosen.get(name)),
            satisfiedByBase: [...satisfiedByBase].sort(resolver_byName),
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
    return required || compareVersions(b.version, a.version) || resolver_byName(a.name, b.name);
}
// Code-unit order, not the locale's: the same everywhere, as a lock file needs.
function resolver_byName(a, b) {
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
    const bases = options.bases ??
        (await Promise.all(targets.map(({ platform }) => readBaseImage(options.clients, options.base, platform))));
    const codename = bases[0]?.codename;
    const snapshot = options.snapshotTime ?? snapshotDayOf(options.now?.() ?? new Date());
    const sources = parseSources(options.sources, { codename, snapshot });
    if (sources.length === 0 && requested.length > 0)
        throw new errors/* DebianError */.c4("debian-sources: give at least one archive to install packages from");
    const locals = await Promise.all((options.localDebs ?? []).map(localPackageRecord));
    const archive = new ArchiveClient({
        cacheDir: options.cacheDir,
        keys: options.keys ?? (await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6897))).defaultKeyring()),
        ...(options.transport ? { transport: options.transport } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.log ? { log: options.log } : {}),
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
    return indexes.flatMap((index) => packageRecordsFromIndex(index.text, index.archive).map((record) => ({
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
    const stanza = (0,src_control/* parseStanzas */.kw)(control)[0];
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
        ...(options.log ? { log: options.log } : {}),
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
    const remembered = (0,external_node_path_.join)(cacheDir, "deb-scripts", `${sha256}.json`);
    try {
        const scripts = JSON.parse(await (0,promises_.readFile)(remembered, "utf8"));
        if (Array.isArray(scripts) && scripts.every((name) => typeof name === "string"))
            return scripts;
    }
    catch {
        // Not remembered yet (or unreadable): read the .deb.
    }
    const { maintainerScripts } = await readDebControl(path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(remembered), { recursive: true });
    const temporary = `${remembered}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, JSON.stringify(maintainerScripts));
    await (0,promises_.rename)(temporary, remembered);
    return maintainerScripts;
}
/** Debian's own naming of a .deb (an epoch's colon written `%3a`, as apt and the archive do). */
function debFileName(item) {
    return (0,external_node_path_.basename)(`${item.name}_${item.version.replace(/:/g, "%3a")}_${item.architecture}.deb`);
}

;// CONCATENATED MODULE: ./packages/debian/src/lock-update.ts


async function updateLock(options) {
    const { old, sources, platforms, ...rest } = options;
    const resolution = await lockPackages({
        ...rest,
        packages: old.requested,
        sources: sources && sources.length > 0 ? sources : sourceLinesOf(old.sources),
        platforms: platforms && platforms.length > 0 ? platforms : Object.keys(old.architectures).sort().map(platformOf),
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
























/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseOlderRelease: () => (/* binding */ refuseOlderRelease),
/* harmony export */   verifyInRelease: () => (/* binding */ verifyInRelease)
/* harmony export */ });
/* unused harmony export MAX_FUTURE_DATE_SECONDS */
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3074);
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7476);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5170);
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


/***/ }),

/***/ 6897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultKeyring: () => (/* binding */ defaultKeyring),
  readKeyring: () => (/* binding */ readKeyring)
});

// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
;// CONCATENATED MODULE: ./packages/debian/src/debian-archive-keyring.ts
// Generated by scripts/update-debian-keyring.ts from debian-archive-keyring 2023.3+deb12u2; do not edit.
// Keys (primary and subkey fingerprints): 15.
const DEBIAN_ARCHIVE_KEYRING_VERSION = "2023.3+deb12u2";
const DEBIAN_ARCHIVE_KEYRING_ARMOR = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGPL0BUBEADmW5NdOOHwPIJlgPu6JDcKw/NZJPR8lsD3K87ZM18gzyQZJD+w\nns6TSXOsx+BmpouHZgvh3FQADj/hhLjpNSqH5IH0xY7nic9BuSeyKx2WvfG62yxw\nXcFkwTxoWpF3tg0cv+kT4VA3MfVj5GebuS4F9Jv01WuGkxUllzdzeAoC70IYNOKV\n+Av7hX5cOaCAgvDCQmhVnQ6Nz4fXdPdMHVodlPsKbv8ymVsfvb8UzQ6dl9w1gIu9\n4S0FCQeEePSii23jHISYwku/f6huQGxSjAy8yxab0aZshl98c3pGGfOJHntmHwOG\ngqV+Gm1hbcBjc6X8ybL2KEr/Lu4xAK3xSQmP+tO6MNxfBTCeo8fXRT95pqj7t3QH\nIu+LbVYrkLQ6St9mdOgUUsAdVYXJ3eh8Y+CfjmBywNRizOGHrEp8JsAcS0+a9yBL\n+BYWhS4BL/EeeacRLT9kfzIqS1OD/RL/4Qbi2GLGFsiHaKFUn4xse20ZXq5XtEL6\nltQVIr/iAlBtdSOnge/ZkNvd3SQIyC2QBNAy67QutS8yiaCE2vtr8i5GQOu2fgr1\nNJ0VjuwshmgJvbZ2m/9Zq1Yp1iMnPVJtOWcNxTZAWJDN4L5OdoqbaOkqS/+cgLy2\nUTsc0A7cxt/2ugOtln/utXsfgb3Qno69yCuSbQmVM1NrwvZVxPIWi7B2gQARAQAB\niQJOBB8BCgA4FiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL0BcXDIABgOl28UpQ\nikjpyj/pvDciUsoc+WQCBwAACgkQt8XX1jUJR/jTMRAAt6Mltzz7xk7RGIGaF+ug\n0QSoh9n07Y0oxEAb1cPSvo3o5wnxQ6ZYIukr2KTFkXaDh35XpXoA2Z9Uf6wz4h8B\nnF8DWhbo+2sSq9au0J16bsLuIHfhzJWXSwyekHOrLiiiSfhjey9eQzgOT8jJsEjy\nFzfxtMOTepXX8yQdp4SK3WYdVjAcbwjFGcbh5VqQIsr1+MdlaVchqWP1vm1ADvQF\nC87hQjhpMzQoU7WVkJWsqlMuXh95h59h/SndBiHKXHQfs/LAM7M2K/fgS9+EbPWW\nfC97/8SqpXheDsvCvueumTyzUCNXFpNGwUUA1qO6GTaMwHjaX/AeCaRMxCQcLdQ0\n7b6zc13dqiMAAL1eSQ10TFP9kD2QoyPjF6lh0S5xshHWET5duw71KjYAAOGdv8J3\n9DGMvT8OdL8UklIJy7KLjxJOjY21oPCHgx1cQKLONCgOAcQ4ZmzBOP8sWZ7ld8OV\nKe4c/bOqwbRMLNXUwuVJuejwvoypCOxbdlYUnfL633wVMQBM8ilog+2TydStV4AU\nCQVsICw4iaXUU+B6gh1euvgvCW13q7pMFJDPbpC+EFC1Fl4RT+CFLE8XG0kXHQ3x\nHWo+/b49x3MYv5wS33+NZpfdHEuHKwybfTIVshlPU8rXmrwmVXO9iRmAczjcoeYZ\nOTI5EJz20PBi65wAdpAFVBeJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfWNQlH\n+AUCY8vQFxcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIHAAAKCRC3xdfWNQlH+KbZ\nD/4uoBtdR5LdZGh5sDBjhcDJ+09vhagDh4/lLsiH5/HEmY5M0fwUTvnzV00Bsu3y\nu/blyKaX/oram1jBzwucqkIXFx/KF6ErMkHBQi0w7Kqb+nY1s24rD6++VL/ZIA5A\nCLoMxD/xWNN0GA3IMa5HquAxejhgpKB1Dm7QcEab2Jk2hnlCFBgmjun1xEqb2IO0\nfmfXjREpRBbzvmOTCkEUm8CIikJy7CHmAIVOJnxQZyK5bua05fKZOJQvb7VmmhJw\n/1eE5+VU0fMHbZDkVeL0LOAecpPGH3uCEXaf4J0Pu4jXCHqz9UPMNRawNWEcBRTZ\noq5M5GpRkIpPpt8j7jGoQaKM5bUxtsS0+8L56n03J5xWBy+yEQPYnBJs5n61/dcc\naRwqO47TJsADIqg7T5Q+v97+1xXzMc8KkTbtQatWdukNuVrbLNXlLYI/sPChqMtZ\nJ7yW9Qhz+ljJnBKkYTjG5OLjsInB80cNFOkZMjsj9gQgAagSwqll/IIXry0zKF/Z\nA3ARmy7G5vjvqP8HjSWbcqbjdz27/H8Zn/HaGRK5GwoBS/4CyDiuvrq9bS6bk7E4\nQl6Ni2UF7brjEULiYfbMdL0HHaKHuU3rWBCZtFRyVJ3yUKP/UAdxtS8VwbkYBOIp\ngS4Y6RwXeQmC9G6crnXR6hsODs5E47hiugf/HkhvyQ6CJokCTgQfAQoAOBYhBLi4\nC1tiPqtq2HdcRbfF19Y1CUf4BQJjy9AYFwyAAYyCPe0QqoBBY54SEFrOjW4MFKRw\nAgcAAAoJELfF19Y1CUf4uo0P/i+m8SnrFF7IcsppML6dsxOvioUt5dBbXgkSbCUh\ndciW583S04mqS8iicMoUSXg+WKXWJ+UaAnfh6yWLcbeYpH8SZ+TX+J3WuLj4ECPe\nMYfLGY4eehKIJqnEDfVqtoc8g5w9JxFglZBTZ/PJeyj6I2ovzVG1YH2ZER0cvRvi\ntywWBP3edDBa/KPHzBVLaeWuuH28aAGHF2pHtEh+nDfQ/EblDlPUkGclnu79E82g\ndl3W0GvcbMXccVIvik9IHPI042me4KJwy7X3qoNGbn3+XditIA+6rb1N+wGDdQkD\ns9MvGmoQoxs5iFi5kW/AIdIMHCR+A6MMO4KGQ6E6UDd/DM3iFh2V+gavktk85sIk\nThy378l3JQRidRptifTJjESnyM/NUjN8JMb6peyn0xKyYE6uNK9cZAmbEWGCdZfp\n62gPUo6dR7BHe2a1qJokvfSJdjZtczBuWotFs6EQcCuRDqpySzrLYitCNxNqJ0FG\n+kryruObVXgr4y+r1C7+CczmGF0m8zp1BuGaT6pbx7X6VqazYSfOkQSk4Wyk89Ry\n45RZmg79Mgv1s6NNz4ngW7LYNJgMZXwYHL99UiL47dOFBCIXTqVXURwU+BkVxwqZ\nBq10BWd+qdMPGl8hsA3zi64PJMg0u4YaWs/jasZaWaJI6tv/M1WsfQ3TCZrtT6YE\nnhieiQJOBB8BCgA4FiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL0BgXDIABMJkR\nvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQt8XX1jUJR/ilGw//W+ckV1lt00dA+S2T\nL7qaQehp//03GXnC4CRVEWalaoEylcqHlvyUiQc6+r44ZkoLTRSadNWt6EIISFaZ\nOiIEDrzzpNUVu/9heQeJeeOzPOFQ0LBNI86xo8e1EmvWMBLDf6NGJZtoG1qBNIyJ\nk0x7x51pOGf7h8xlvEDo3F0JNC5/N1FjtdAHdyA8HLQFkePIWHUm+h76lgF3Z5cE\n3Myh7XA0NfKe33pgI7CWhbNiF62XhOMAVM6Lrjk+Zp7FWDplSiNu+J3TTjR0sAkp\nH5Uf4V3i7zIhlVKKhV+Ktr5ojuj805U1tocrH68bBn4weLDfPzGp4rZ5aMoKqK+n\nsTYZzFr6NYBQG/cjs0Mj8g5WDvXLLoJ9aCzhQvPqAzgkle2EQuzb3QSOQdg4Koub\n/aQIB0TGjgKYM7WAj/ECoK0hk3w077VL7MeG8O4qSubW1toZ0ZrabWGRtJ6WxTNc\n8NqdZHZhZnfDqJQ6YVnpuuvlpAMBZfTIMCQDpgfwbDA3ZmAQuYikB6Jyr28ge5v9\ntYdZIIil4P17Jdma/usnVSplGrDZzDqxAM+sOsXejjdAIMnpw9tilIa7y23Cefls\nqdzJsAxZimipzSuRU29VJ35dEtMvqxL5cbBVMcl1FQXGIchrWtSDlzy20WuQpitd\nPejufO0YcdZCTo83Wze2OFIKmjGJAk4EHwEKADgWIQS4uAtbYj6rath3XEW3xdfW\nNQlH+AUCY8vQGBcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIHAAAKCRC3xdfWNQlH\n+E2DEADOwCe6UQAojyXmQSLPeRH9wfykeeAqVowt15L3SegF3CGf/WyPeA7o4fwg\n60DMub81UtDanTB2s5ayGH/bzLhhDF/XjaotyEox6/J1/zpginVTnYRUs8mJempE\nrWuirifsKHzh3VT/pv35rwblHhMdHj2txoZtTHa5MjgeRd3oT+NlbbG6firKCzGC\nVdw6sz478axa8tgwG65GPa/4lRZCfPYd62pA2HLlfFwjgDC5x1cOU6YRHVdX1VJ0\nQEr++oOFWNi9grbBZjZpNSN2FFpXsvvA3zzaCGfUVZ5Ti4GKsC/RDbmIZFLQrF8v\n1bETSQDWt4F56/njcQMcIOYp0yWBvRKhJUeEHVl3u+tGaMl74f59MZNPmNnY6y2d\naDIRMYJmcjagYcTSpFar6MziRN2vepQ0kVDxXoytmt05kNOLFkPgcKrqweVP7R5m\nVy+//w99drx47TwJeii7/GiuTN3FLc2gn5wmoeur3hksm05Kg99gxr8i1jeKGCGt\nWLeA2Kh6deozOsAjyT+4cX4wh7mUO8lOTvRp/WRqqNo3aTdelVxdmKOjtqrukVjL\nLaY1LLvlQE9K4jshcQBidr1NmdCl9zV/IZzP329juu4MvK7uyyzHSxXSG5jt0wu4\nszIOzpgAqhsTasLQMi5Z1cdfy+NfqlVk/vmmSYSaBlmq2QgnX7RJRGViaWFuIEFy\nY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMi9ib29rd29ybSkgPGZ0cG1h\nc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4\nBQJjy9AVAhsDBQkPCZwABQsJCAcDBRUKCQgLBRYCAwEAAh4BAheAAAoJELfF19Y1\nCUf461gP/1p6/NzPvYsEfUm6zJYTIDKG1/zGeIC9EsOOluJKDgZYiY6ogYUDhRN9\nX83yBMzIQkVF88SOQuT2fZk9KOdOAzdAgc5CB7ivoh/P44HeacxjAb2z8/tJJKW2\nO4B3HpyWR+Yn5aymdLJe+ZFsBdfyU7RPlox42o7zZmf1ZQKQSoBZb7X3Eq3lq442\nZewjsjsRiijlTODfp6EEIHYhY8vGhU/lyqpwPkGVfl/G+s43j/MAo5b5TBeG2J9W\ntqBYy+aG8cRM2vJoUrMZR0GZvgfbMVun17Bxg7ez4OiYhVblx3lMQv25BnagQTpR\nQgV021xuw40cR9POy6+yBwRUYNziGZi31rrvzTzmFw9cxV7lpgjAMwZJifGZClda\nDBxYUQR3OeAzn09lRhpOdFXpM+MM5GXgRVPmHhtyn60xLMiy5NCRuMtzmP/OaClR\nKL9BjWnOH3NzsjAvc1VtNj0DSVGTtnswDmAQgFZVYYesjpiTNFE7EDTBCT1uYVhI\nMr3fV1US3VIfKEZlJrbB9FAccWqC/oHT/DUvhjnDhC3wRdChlEbfCxqaiHU++gsN\n66J9r6ZI95PC4w0X3O1hXJeWtm9d8M0SxmAfJ4eBPVOPyFgOI4OFM8fFFie5MeAk\n4BsN0Qyu2hD5g2RCFYIinbfFsSdW2WQVa62uoHfWgwLPwYz+sWjAiQIzBBABCgAd\nFiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmPL1SwACgkQc6Tye43UeTb0HQ/+Pwzn\nSBBtEV7eLS6qZpS7kosP5aVagUkcTO8UMxZkUqBhm2yW8V885kSic7rZOeWcd0NF\nrVpTGH5LH3hi/a13B1S28v7Wy1AxNdlHJVfH5bRq4aSJmtCNNbbhH92IuzpV/YKc\ny3ueFdQ3ssLWWKBVc8UGa+qrAre5DXmmawwMLlZ16G7OC7YyppN2EzFnf1rC8AV3\nO1UtpZLNq8MkWAk/65UTDbTMS4f6IM57Z9pemBWsxTBKyAKXduKq8zkdnv8B+RPu\nPgyhqJUiJ4RgesuYw4AhKqiO4CYQm5gK9IH+hMN6INUBHOkn26OkyjArZgFw/OS7\nrT3BZinqSloWiBPhAg/4wdg+Yj/mGktJ3Uiu0Z//QVZ6/OWRAAMNCbrwZcADt9pE\nCRS24y8lbNuicfXB7rw+yX8j1mXlily6kVpPtdAJpkE62cHbMYsMKVkUFBQS9Cn1\nPvo5UqB3i+6Rxx50TKkq5OLf/ZciFw4StZYBRlHzgOiyBZRCi8+ze61gmrzv9Z5a\nd6UCz0sYara6MmvQv1No+O/emaaO0N15bKFuztfmuoXmWSh93ek5ZNC8Kjb4hHkl\n31C1JGPubGsRaoq8YTeVIFEgYIzzfVgofceDy9oVtjcRYikDAbDYVgvSzeVEi05T\nTBRW8Xaj/RxIS99Mxog/6oSND5CzjoJ7DnuT2quJAjMEEAEKAB0WIQQFq5A0DAxe\neX9EqMglTPO1rsCo8AUCY8vUIQAKCRAlTPO1rsCo8O0DD/9NpnkalWr7thu1rh18\naItAF3r6/TOR3yhfz7LCRYWnOx4WudV4x/+W1rhFFxB7EvE51FzOjgoGqC2c2pBp\n+UR/+YsUKyCe2iTf4z/ZkxGGgpx23Pz9/bMQtQ7YKB1yD7uXu69SaT1gJVOOziFu\ngpV8L7wX11qukTHJU1sMemWgbHVyLJAjXkrDt11KcpvUh1q1CcVMQJdhB6xkPhJB\nRHrY1Dxg6qipXN3d7CD8AaD9p4Rc8MJO9F3D63JkmRvBn0Ecvsnxxgo/Zl0nbZSy\nMODQZA8yevFqrOmyG8o2rIzvM/fjNiiAniIocyt/syK02LCNs3lpvGDqANkvFvYx\nfaGG5O5mS6pv6BsRBxzoFZI5z+OXNM8IXw5hgDx577aPbcu6t1tRrWUSr5EfFbN5\nrYqUtECB7o100b4aFXOP6Ly62WNQABBkenT/aeUGI5VVg6J53+M9OAUagqSVuoVB\na6/AZtD+WN/iBsRc8jwWjWvb+bmvK/fN5wT7A9P+x87I907bQbT/qowDJet5kR0f\n+A9F7zy6RXbQ1MCYL9RmUlKX+an3g7s9ZcQssbKfsvONFtieI2xgdL9pLYZKiwJ2\nQ7wF61IaD88Yi5iovtbH8Ewqz5lCSzib8h8JqC5vFAj+KgjhFJXr6dC5DqIp9DvE\niJzogcrlmV61SWjg2K3EIJ9Z6IkCMwQQAQoAHRYhBKxTDVIPLzJp9emDE6SESQRK\nrVxdBQJjy9SJAAoJEKSESQRKrVxdzGQP/33qzOrxlAOisutKpi038qrhBegZpWIP\noFE05lSMXQVODVRoqbMU6EaWKEFBbX8H0v+N3h84gIrLRWAaDhdmPviY5vJzYJoq\nWd67GSvzkWZLE7/nMTni1Nz4uMuPgEz/2uGtoX4N8hpDvtq+39YazTj92t1vGjHL\n3Wuofv8zEl7AkUvvq4qdfwjj/+p4QSzum5xp0/PlNIbHXyGgpR8R1zJzTInrZ78/\nbEubmk5VSiZOlnwVBW7dfg2lHb9EKr1TtQjO62ht/NsIEASTN7sHSDOqG3QMABFZ\n/TFf0VNvQdU7K4sgw9NnxkqP+NhOIxu1S3R/ii/RmbwMWabRSQb5ZpAxxM0Y7uuK\nX92wWmVFOKfKIqdVisWz/hjPREBCDXuwISr5PzUgk9Jd1+iTIHPu/XXKtYDt8oTy\niX8m/Ea3QtC9r+Il8Zj5AXWVgVjldLPKDVRb8ByhFjuaw5HqovfPiL2ZYcSt7w5Z\nGRb8VD2HAqp3B6+2RzOVRRQrp7TwYhw3YGsNggqDdpjv7i4ViZHD2sUbO/1GISaP\nPfiISqAoySN2TwCnqMFc6Y+iXlmHe5N44O37LzDg/lVRkEul47ifVVfF868xHzWo\n4WGXdZLHq+x0kUNjhrfU3fpbmIAAkrSypo9Pbup6acv7fqrFmLcjv5Ueg9HJiKva\nar11ZIq1jw6ziQIzBBABCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmPL2KMA\nCgkQvDciUsoc+WQ71A/+LtoZSPhQnpVJPq08M8KNShaUeQEUCh4ZKITWAOm5NXUN\nJ7833/5plypgmUJUwuXtwkCvVFup+LyZIptbzALDxLkseIY4lau3kEfeT6JvsIS/\nSvgjUBPkX6h0i3Lg0Ggfiv+3Nf0+bsGAS7Ti6I0/6gpeA013M08uUdpcJDSu1OtC\nCdoWD5KvOAAuU06/Q2L37LOColsC6Z5frg3aBaDmScBJc5C7PSZA4hNOimqv4iZQ\nx300KOFH1OhyBRZOd1bW8atQooI/JEhjh1dJdIaOgyjPBXFJ8pYY2Y9Ms0Oa3ppr\nXNa0XCYgEcT5rYZEFup29H1+JFjTcYqecwLUycYGH3MnqRdqriZwiHUK0Ui/MpiP\nlS2Dkb/2Cz6iWMpJSAtvEetCVgSMpGsTlFgKjcsBN60UmvebmW7zajXOmgFU5cHT\nUoGmbNo39iK7fgQH/WcpSCr+bMwrSq6L4AAWIR2Tr6xEbDJQKgh33aEzsgU2OVw+\nqJKQL4XicWki0ul/Q94zltobRA86iqxh7+spfYBYCaCMYB5lIlDFfHLW62cim36Y\nXrBt+p6VyB3JGevXM4up7bnumFc90YDj0dsh6q55+BA0JPWxPPPAWQe5CiLmd7+h\nx5xAJ85+1ztFSz91w4VaQ9jOoEb5IC8uayLyX9GM646umFZCVqrKyHHHjhsh84aJ\nAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCY8vtKSEaaHR0cDovL2dw\nZy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcS84Q//eh+yOPIQqTF/\nncxGJpen5pCCMs0dVo9dP9EJ7xc2eSSJ0VhJd9dfpJqTMUqljp/zPeDiRRlhpZjM\nSXYg0EMMt2vbZ9g1S9cSbYU7Alogvp6VleK33hDuSoLabHETG78pSpq2YmGCUn47\nAyW7zdsWV0lM0kiBhJxuWjl8B+pmXzSJFqm63JPB9zHndLxuNay42UnLsDTi7B26\nBNKebQrB5ZioOe/IhpnHoxF8v5sdSIIvYKd/vRE5Za/uYy+2cMmjjLQD6IX/f9yJ\nDc+sqehW4/DgJgU7cq2lBJM+35AuUDI86MqzG/2BwtKnttX8FKy79FIAMAv6Sf3r\nQoyOcfSjeSe3FF5DD1ISR/Iyfjo/WZ/my59KADqwEMcwd3QpcQwRIXtDE1LUezWQ\nAbWd5caY3d0jZocG4KrDThkokLsl/kMkmbTO8C6oJdVv+g2AD2MHGBRzStDBzNLK\nmcuOq2UtlP03ACl5YcYY6AY7Way5Cz8o99l2frgVHf6THscxjRn3cxH4PXbOeOn+\nGTyk0PCqcyUBs6Rz/tO2NAgyzQlf/6lD8pIoSFHm/TEequeZZKAiGTodIQLS0a8G\nKZpGmVsjtbXSzu78CUdjucsdUbawfXQ4Yy7klV18m9EQjiWrVMBYX8nnkyEvAsfM\n4yl9/yOV8Y9Q/NEe+wZjshO1AikB+1W5Ag0EY8vQFQEQAOUiKRLuENTs8bri0Xm8\n5N1RIG6Lfoc+h7S3vB+hu2QMLMqybyVXLPsMCCj4iSPrMXuhwzu3w+s3xvRzZ01H\nDkYNxUzF00QLTr8F67vyZadysf9gytYFuVJgMRBxRGlke3IxT0LknAIlPX4Dys5P\n+6QdOZtkm9H8OEUzGXkkBQGpibYzNGj7IIJOcNci49L4GM/kyznDFnUB8QfHD7pB\nj/m8apGGmUjvwPUOgVtFJR7XufclIHkJCeo4l+pppdeQTg8uZ2elWIqENAZ0Cbj6\nWL+y2oW/DhlmDuFHkgvf/hKlcTtQMGIH22ZNQKjjeqKoVTnj2JF3gQy8xJQ+9nc/\nYZD3XRIDCKtMvs0ZBxwWgoYHY3E8zRhE/yxyquAX/u8BTaIS4O3w5tl1tl6Dv2sI\nNjXrb8FTAcwe4tuo5xtJgSrYk4SdbUIoh2Mgn28mw4IavP0HNM3aFQa/Fl6Y/VkG\nLICor1UTe3+9dvTAHkjw0LbHuq9geUiuDqR5+hZd+SBGTCdimZfTLC0sXa3dTvF8\nNiSxB3yQ//TblgJh4HS37Q4OIMc2UWeZURTlvHYv0fDtIKUCc6hl0Ip3eaGteXgO\nVzrU20CecHJtY2wUhckE4lxMhfU9h1wEDsE8GB6umABhUQt6uFm6SyEBaaapoBeb\n/xyGhJ5YR1+cFSm+2Z2AbwC3ABEBAAGJBHIEGAEKACYWIQS4uAtbYj6rath3XEW3\nxdfWNQlH+AUCY8vQFQIbAgUJDwmcAAJACRC3xdfWNQlH+MF0IAQZAQoAHRYhBEy1\nAZAge0dYo/c6eW7Q57gmQ+ExBQJjy9AVAAoJEG7Q57gmQ+Ex4W4QAMeM6oUrpKYD\nABPknMOQpT6iQo/sQlfPxVhiAp1XGzKoR+MxzGHn2W4LJ82RCyXLyKbPdW2yJ2tB\n+/ZLOO8bwOp6gbSzOSTb1fCBztIINd75dKm+leGvUlr3Ot2HRyvZDnoqb6MDO3VE\nrbnvz3AhtYg4KGMHyDjIvJisjg0ZyAsdSSXEMqHYmUaA+KXL4UbUKQP5K+VdKwqU\nyHLIq38azfEIfwYyv3br9IKtBWyjyiHQ9EqzeoJv/pC/ClcktKYdKyZrwZPiIVBb\nLg//hkWIU3MSxsvHfcmra/xxfx3ws0aN5Cs+FbeQkEh4Np5MwQqRQSiHY2bKT0Ip\nXHOtOk+h/aCIGmPLIhsnazUbsyy+G/HIgjEkvUYP+7fW6wPewXNJDZjrgfL202Jh\nGyt5aGJOFLEfYmPSFa1LKXamaNgHKC9FtLGOS/fC4T1QkS94WLtq7Igseea3Cm0c\niDn3aA6moCNxUcxG235Ck0MQ4J5kiaGn6sfJ63it0J138CWQEjTt9HvKBZ/w7ynb\nrZxK5M4iY+pUjfwLtanKKK+H4HW4gQqVmByaWOntfaRVCWfkAIDISn82W2IpgKRk\nUYn6YwLXO5k/hB+6X+D/BSQF4WKs6C5MSLP8o8uBfnaBTDYPi5Hq2YN+jxsD0kij\n+0/KrPy+EyO7pQJVdRT1INW4y2JWNwfIJ5oP/RhXmcjs7rZyFL1JUxJ4giENi4Ku\nMRu0RcZYywO8y08r/ZNKm0FBZBRJ0elYR5Ca0KdFMFDay9H7AYFcxMjylgMA0G2k\nQHFG6En4GY9dZoCXlTEkiB8xChDASlb5xIU9VKGCyojVMLh/ety8a1pAFrj9ygCw\nfWZCI4u6lSoM3ENhokJHKaf722B+9eQGZa9LXq5RwcNJ5o8Qpd8zn6sb6Xs9vGK5\njw2xjWbGL70PFqEm895xTMS3P+x8ALaZ9Ktnux76eA0a4edmn8hWa1puSMjOe4Hx\nP+YILIGNIELJTYK5+cA/X9IUTOTkeWAzVb8czNjDK/sA3+VZS0fPFbPW4NPs8BMm\ny/uB/s5Xuyj+Ypircp8/LyPic+dmHgFRH6+5J+hNGCAin+at1i9sgC0rJhqcL7Ho\n77HowuIQQppL6PUPcF8CNM4QNcgVW+53DeBeaXNLq10ZrTKL6O0aK4pez+0hsL00\n1KwTBrgaHop5AYuqacWMguD4Qvthqzl/3W5+YdOPMwyzxuniMq04Ns9AHFE9DgxS\n0s1mwd/orTk0/IHZpFQ8/0UsG7pmq/tiRP49LV/G4KuDDJvpbMLs6l1b0weFUE/7\nkE8TE9mZVGXyjW3m/MGDGEOBsT64HZLsduljYFW5tVTbaVKSKMqSLrhCZxSenzgQ\nNlB2T6bKGcYGqL7LmQINBGPL0F0BEAC8s6aFGXEkW0xvN5FSZKaM+rp9FX4EhWNf\nkKi7PaHEpZcjzC6JgIwSwJP7o9L/LLtLYr68Df9sv+AktdzhY50T4zBQouEl6ps/\nZaaiVoTsH8wLOp7g/qDFJ8kH7quUU9Qh6AmirwmEddKmEZTrabg4OjeU/eJEEBJW\n8/NDc18lrqKC7S62hjt+XE7VC+/C/4BLEN0OvNjYfi+2giwVOBAThlAtaryz010g\n2Nb/zSdjQQCEndQswlS4enVwklleLo76S63H60rxbh2WiNCvRAJMm6OytcXsQO5N\nPLt0wyk9FvXf9r6BeQG8zabfA8u5pai+/a8CYgMijH+k1LmBT2j5hOIFDQmUE05a\nNTLNYQz6uy+emXJkPtIf805D4nFYk1OSN/KZ3xYr+4+FtyfQ5Gj0blSPhsq7fJzo\nSDA2wTlx4Q6x7abStxtsY78/LCqkRbSUHRKZq1t5jQ5laOV0D1MrLzQB2NFhTWDR\nHe6UrDOx/ea5ORBUMH7iW27DOZkMgeyidBzAdgoHArO+n9/OLdf1TvpgPuchEX9m\nn1eLX5KTco2F/kTunn+Yn8A6LwJtFehE4SWL8+PN1xRp9fv3udDNGHwbOuOIvFcc\n5wNrDj2nzGAV4rJH9xpFTjx1cx8JYXVbuwGqVj0OVNz9jc64CYSpCeKrWBi5DQru\no9OSVQn8gQARAQABiQJOBB8BCgA4FiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmPL\n0GEXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQJUzzta7AqPDItxAAnS68\nNpqYaYvCiFEQIj9Yzwg9J0o6I8813GzBGF0M+2QLke6ObfBkNx6kj+Fd03992p/f\njhHCqJpV0k4AbTElWVEBjS78PiuIetNTF4lKO6KPyUIPTt2ykYgDmsbrvBieTsTK\n41RED0wRw+jbzJzBVtc7ZsHSy2Pu4zOnPuD/JmXXds3XXaFDMsJeKW/PbfBWmv5X\n2xR99nM2Pqjg5PtXRCwvB6WsHtlKtp5KLKmpQs+qq63Ixe6Kc2O7qArne0M06wdg\nezhKVX6rVatBd+TEsa0hS7cjI+I9KzQwKbyARfPQC1gYicip1Edp1+89cA/Sv7OU\nvcUKDYy5nI4sx43qrCDj0YFrqBVYeqVzMtwEr50xWWl9UsSJucywVE0PRUznoR01\nuCBzhSWem33FlAv3p0h9LGwGkRxLgP/MmdrVc/d7+uCtrBduRRnY3otHcg9Pg8DI\nFjfxgGCR7faQGlIlECxDWHfgBLr6oHCiJaTgSVz2D7qg89nziNLuMe5Yhb/Mf2G8\noYk12D8+p5GpYViq04zKUlah02i6YLPcQE5190w7zWQ0vaYqBYO7Db8vb1hphtmk\nilxbTXkNoo2uNaWxdZWK+KUtwElsYX+wHj9f+ec7Cx2pDjfJaImLt/MY+dwSMdzq\nWbhusIuz8VAl3sXOn5PLmVFTKN1PRf8G60ZYQNGJAk4EHwEKADgWIQQFq5A0DAxe\neX9EqMglTPO1rsCo8AUCY8vQYRcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIHAAAK\nCRAlTPO1rsCo8JicD/9i4c89S255kb8fBoKV1o60SnV76iVmCmk+iU6uxSKJ30mM\nY7icJYK3wusN/OZMG/C7aMtj6ROgyG1z0KJdAS8yl6X63s55xI/XIDPhnb9PVf/D\nga4dfW7hwq0z5XJqTtoZZ81Iy/mDjBe3Lhc7tsESQdXsULfrpiQc/OiCUiLVOZGu\nceDtfHsYbRD1omtFl+JCp0nF7LRhzfKII6IqKDqHVbMRzl0qUi42+W67zY81ont1\nSzfS28DTb+V2CLtDwiBKfBVXBt6junhpPawip9r6OnSUmFaPYPquEmTtkNk8v0tx\nzNifeDMnsPquFT1LpY6trIlFtYFuFOMyQiDvuSHLgThvvWhwRICv4VqmAZIcTDSp\nFNqU5E+Tw24UQgL+roHbBwnYIl7z///VIvZKZdz1Jk7mZ6pbubfw4Dd9k66h+cda\nlhT2sCQrLLbX7nrx8BLyGJgqcUZzWa/phhecaiyrtYq4tS4C0pi0ZQ4xewjr45Fm\no9B0lDNoiD5a34cRipEq4n07WqMdJrZG9bU5/KFy+qFpshrCi2KkG1HGLOW+pSM4\nHwvwTxItzm6R4ELLBKEpYjDi+a+Y251ybMDM7ylXtwgFV8f9M+1fmmjXrZFk6axB\nbrh5KwQjQ/LBu9XG7Rsw5WBQ6wpM9/nvbzCz7omE3C0Je9KrBeEsW9I4jlspP4kC\nTgQfAQoAOBYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BhFwyAAYyCPe0QqoBB\nY54SEFrOjW4MFKRwAgcAAAoJECVM87WuwKjwopcQAIiFcdAnN+EY6vd3ZCO+Cktl\nBlpl8JYDgfVHA6jmxCPafLa5Mo6uxQcU0Qzk7W3YBAHAONfT496Z1nPoR5iyqKf/\nz/TTjSZ8RqLkWnk0cBGisr/EDH/cd9qfmlrXfIV6R7rJdlCXkleaStWrL7YCTCYE\nk6+hnkNL1p1MrmnkKt3DPxzbM0iatubyGwhKTDJShXhCtTm91xbNHBjtXtMM9/As\nPCmvb7nW243eAfqVGPFeMfc/WStapJLttIocJ0OMhYbX9bTPFGzFgk77v7x48EW7\nsYdIPW+/3Hbk7pHOC/vqgLc2FlrhthkigcWD9PpBn0M7M+OeELYxTAxbPYj1ZXwR\nPrdwnb6KeBTBqu1CzsqHGLB0LWJQOw38bX0FaOGGwGO97hyevzuNZi7ohRjkF5Li\nq2G4JZHwyhP2YdiiSwYu7Mhm9iMEd/+D/0FymFalmPxFLK2kJHSm7RI0YJMLvLH3\nb4w4LXxRn/8XA1GlODeXKLNVBTfglmTZc9o7vLNzTzELcQx22kLeYjXS5j+P1F8Q\n4ctHbfXIuRJhKZ/vth0JET0OIX0IU599Ux69Abv1GSh1FLATB83uKIKI77QlMpVy\nehhZrOxZcxodKdkaLWU7QzKoufrsKrTQRw98yFruyeHivCZQb5J6xZPhUQtYbHCe\nrzinUjqpcJMpp8bo+sSuiQJOBB8BCgA4FiEEBauQNAwMXnl/RKjIJUzzta7AqPAF\nAmPL0GEXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQJUzzta7AqPDvcQ/+\nMyvhivufExXRRIXzl9YhJavb+kfppcSju1fmzInkyNvYvprc/OrGt15N3F7zAr6s\npATBBvlQ1O0B6FjxkEe8Iaugoi4inhfYDyBTP2lwFyOSGQk0QGsOkGYrEQ5D6GnF\nMYoRqT1u0xnQ5aiHcQxEx0uEXqH5f1FPLRebYzyRRj02SOzakZkdQuxhHjRAhQj+\nqam2Bb4cBLzGiVT1bU+pkwTMpWmJNst0+Sy7asTLQYQLptyAsXT+ZB0wj2mrc5Ws\njXWnTxXRNB2r9YHS8nHW1j+9D108vJlU7dIrEi2uGkvDWoRl4clqPUE+Q4C+oVTg\nqUDivrbZijeCeDPRz+1KlvOjoafK8qfskl/4u8hg1ycTD6nccbkSXa0Q2myHtSXe\nrxVWNRCwDc7FvLm1R6+L4JTPKbRDyLya6YaqMeTTJboj92gpFWXZ0ddaEF9yOJOw\nMki6K3QtGbIqoCtwsPZpBCpdSCB+U99pPy+lS0XQ5wdn7RZZSKXk+CC2f5wbfiv6\nmB1nBbvlztWuNlb5nOAxAWkUrdCo6q0iiq3ncBolGEFtBaINVxfBpyGKNqi/1qqo\ntaPi5/8mxSgrRvwKDvf5Rwq7CGJ5FaoDakwkK/g6OJs9x1/VPkMu3/RgeK+Dot+b\nfNIKE5Bj4kT7lFl0nW3x+SVe3zIXZzCsJA4N/efV3keJAk4EHwEKADgWIQQFq5A0\nDAxeeX9EqMglTPO1rsCo8AUCY8vQYRcMgAHHT2rJ6TOzBn9S8z+kWexnFbBwXwIH\nAAAKCRAlTPO1rsCo8CYhD/93z6kS0rb+br0gSH0eXbvByDjjOarxcLZ/ok07Pkin\nhJUvbbu9ereMsfUaY1Inm+jznjd3oz7aIgx+oltt4IMWduPMJ2X5LmYRTCpyVPtE\nZGVdMowW9FFJIfWM9OloZkx798GicuDx2qwIAg108xAtPpTFvBJRPYM4n3+I7+Im\nwl/s7uMdjfUdmvtzJ3p4bKB9OVXT1nOTCfeqtAMZLXmQtSWBxE6VGZzz+c6l93Ta\nSnlabkPlIJRsqrZgkcpd+Wzy0aUEKQaQOSitOTJ/3DU17QrJM1EQ7Mr79jQfkAQX\nwhzFj0SDee9H2P07D/aHENifhbHfltr43lEZtoYZeY06VT+HBut6sWos61hH/4K/\n2Mr6YexER2DU6wC2oUF0Z/BXs/FsJn8bxlEOfz0f7k+W8gDGjvESwsKcnagXUpAr\nsD5EXChTNyKhwxx+8MC9WBacGhziGC1I8xEDEuZF1YuINWusWY4h/Vx3fgTwNQmv\nnahXA5pFIFAHH3EWJcX4+Ku0UUpBTz2zn0R1wWLLpmMwgMYFt5GfA86jJCYYnNbK\nWoC/3SZ5IMyln/QTDWY3oXAoYHShs621rDjGI/NCFKIkblacmfLh+A7es/T552VR\nURFXaDHTDoAoJxmYBiTKJkC9QvkHQUckSFEUC1MB9jczWJMOwiiDinuqTdu8j126\nb7RSRGViaWFuIFNlY3VyaXR5IEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5\nICgxMi9ib29rd29ybSkgPGZ0cG1hc3RlckBkZWJpYW4ub3JnPokCVAQTAQoAPhYh\nBAWrkDQMDF55f0SoyCVM87WuwKjwBQJjy9BdAhsDBQkPCZwABQsJCAcDBRUKCQgL\nBRYCAwEAAh4BAheAAAoJECVM87WuwKjwT+IP/3oNbYJJuAi576J3aov4+tHleeoD\ntlhij3CNgkdJvkiv6rSiKRNxqVbEi5A3+chJ7h0yHoCGYJdi8ciVEvwdbgduQaBr\nmdIR+Gt180KBWwQlxSAMIb5+wuATnDoKykTiHy45vHsiXTyZ2IaPwAtcVsih42KO\nE/M2s27IfJZlQfQPGDi0Uurzdl8RDQJiRZhNDJDp/MsCaIA8+MY+EIyiRjBf7cGm\nEBoNiCG+5xIChtD8oFbragdcnIY39AfjVnAK136utBnEXUkjl9+hGCPVWOzPlnmB\nYelNTis2w6lwzbkmFVVNXrKJCToOb0coOngxACBIZVHUEzGOYzTjkLjcsSnxoamF\nCxc1hVg8aikoai+Hnb/KMSB4/bpx1k9B4GVM8fuizbdKyRGnwi8aCUa2mP+cI43L\nlc+bpPQpdDNe77xO9+Wg+Ysnlno+iwcEunVeTXyQ4GqmjCJZhjmiO/oJVID0qgYw\nsjEC5F7nmRy1zJTfl3oTWM/I68hJCmSxd0kExDEN52fdGhx+42zsWlMdRwE4/+GL\n3lrqhUzpX/806Iib4xP9zx+tKBs9ffmHNl2TlF4e3P2esSKgGaIFMlMomj9IPNeK\ndAae5mSwHyf7qkXCg/1YvHM9LhzOb7GL5NtXc+r+tNSdZreX4xOu2Rzp6f/A4eRt\nj6c2UdxgtoJ7KaTBiQIzBBABCgAdFiEEuLgLW2I+q2rYd1xFt8XX1jUJR/gFAmPL\n1EYACgkQt8XX1jUJR/gupRAAxnXA+zN9wu9wC7GikElCsVkY9TNk76BsgbZ5aJE2\ndqWVpB2heplryVUnBBuw+2CMpgW3FgAOOt0bBDHkknJPSq7rK4CDUsAlL8A+iXFR\nXfNgGFwCLdmDtblZ1Q20YMobZ/y3X7fdnVs1M0GXG4LsL6Xkd/SjSl3iQRPH9tnt\nATDqBdmr/3lEItk4zFtst1nfClQicVdQsBqf9hOF3ByGjrUfL8H/ujMY8KLs6vor\nSr16Y8v7p3VBAW6vQIyBYK67GdUN1sGmb/gXG18ptHu8vaS4NH5CmRyfXUI+b9c3\n3vbQacG1FU+TbE3zXJWgT60shlTZlywSlkWWk6K4NVZfz9ECrDa3BSp+iDUqYZcv\n4N3zsKw7rXONbfXCJRdOA+Q5jhepsw49r1opEmDogok27iEk3+Ug7lTucPZVNkA4\n1UWPOeJiKW1xOke/D2X8fAHvYkCDzEO+Qnu8MgRHX/DoQp1hgqG5umINCYnSjgK6\naRCqATZf1OsWCP/miuK4O4HUJa0mKUKv8OdjROtJZnOQhlJep/OJwnWBGerpQD43\nZWYy9tbPE3narpYWg/QfY0WOTEFGcBOACEgL9s/5G46KquKBxdP+DY7kaGoLMICb\n30ESASUaPniUI/SkV9LlTcQy2ttEt1k1sqOCsfby1psikLCNqDal9o5ESeo1+wTR\nMQmJAjMEEAEKAB0WIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCY8vUbAAKCRBzpPJ7\njdR5NrxJD/4q+MV8SZ6BTiPjvolCeY0/3uddWbmc+74VjRukwGXjE6oYU7rcZKWE\nAM2aTRb5XBUgV7Sr7DsrpSrZawjwkG2UTziJFQ1Jy3nQw93QrXuhqdrIYjjKosXl\niI5vT2EGTMfFKD8sXqDppXaPGFdntitZpAT624XkCDkvbe4NOXohX6bfsxRirM20\n0cjREEgyqkp0XsJot8iJVTElyGuOuRlv39V+FUsi8Cd69SGKKmjpdTLcAahrgL0w\n6Cqo4lCtKuTyczvfX4qSQmb9aALL9+MsjDcI+zNhmA+6ma5c8S+X39fjTB3q9w+5\nZlbURnR6pru9iDbJz5XPe8OD49K481yddpYOg6RjaQVKrYGnuCn5b62DHIDhrnGB\n64aBoM7AzQzkBBdYHfNjovlAM8NbsoabH0OKkC8wRCVVCZXMby+ilfNVhdUQ5b/3\nPCpfCv7jkvtPxRCysejp/49ueMGol3gb11BOc8Zzqe483cCbObPKH3rfPZ4JxXSq\n4DF7CfotwWXSu0W9UzJaDDyyIXj0MHiEzt1lXnbpDJTLn3ge9yvId/Y8Foea7M8m\naYUtqSAH+IKmj3+FBUyaa/3iB7/yvb9NT3vEr/Tl83pJUlEc51vovlCjNCxG3v+R\nVQpDq1H4K0elydiDNaVDCtxFpx5/lWRrp9eNEsk9szmpCbsNK2xch4kCMwQQAQoA\nHRYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJjy9URAAoJEKSESQRKrVxdAKIP+wf3\nm7nEqieGM+NFXRX7hk2c33lCmcI7eiS4E+HBuH7gnIg7XDUnAYuIMScOVNVaVC33\nenEiVBVaIF0eWmadOlyZJFS/WRMilLJWBR6VlkEOh2hIQEaqpTsuXlhnTBrThLzd\ngoCf4+3wa8fTF3Ujx6edHejhxn+Tll2xOv/JM4pOd/iblYxyla7wh+yrO5tsFUci\noBHyI15ceS30qA7/lc0dA4kY1XQnKASRlkNgGaETFV02hjZjXgg2i2Ksw+534Nko\nJLZL/Rnf1eRMMqA1BBwqjuAR3g11Xe/rjLpXd2zdVI5bK+C+3V8autvZo7upzW50\nQhQn9P68aCXrZjqE2FgVHxa/czYdy/oDaznYRDhmlEC0YX/zqcsYm4A9LQpnGg2G\nT/avVNAtKSPH1Ap/vK2yTOEhMaf54YLuUCUnju0evs5AB2GRpkFM1kHnZxMBnIhU\nMqbJXZs8TY2fVmOr49e9OoynOhKH3wJxQoOf50RuQDh4xTiYpCPPLq890OJTrOiO\nbSvFPMhrHvo//1zo49elCVvtZNFk6IwlX2Tlu4OunHicwROs7yWUnEm8ZwE3PInH\nHi9UbRp6Tzsdd36n5mmHfUAK/HdVRfYe0tDMmN5vCdvMNHSd2kU7zrT0tFscCCM5\nXJiQfOtVm6Rl5jz3QdeWAjREHBd83ooNaKiqYnUhiQIzBBABCgAdFiEEgOl28UpQ\nikjpyj/pvDciUsoc+WQFAmPL2NUACgkQvDciUsoc+WT7iQ//e0HZMpvpdpD7HuLf\nq1mIjW2rxoYELI0s419FO1jmoJmqR3OtsmYA7U62hCMqhP8HCDqc+cDFDBFdzSgc\nXLeXIPqEzD0OgkTXtjY1Q7GthHBszUh8CNbXUWmiDY/mwe31tf7JsvdglJr0lXe2\ngPo8qKT35ckQyAXEmKsVKoBya5owndv0cv4j7UueYwLy2ocuKIMKeQr0FoWxThr+\nP6/CCwq5teiUCWIZ0hzuxYINOFdUsf7Cm332J+WBnvd1qekzbGkcZMURjbQiJ7H3\npvdyrFBl0oHlunGqfiMgy+2hXShcax/AEzPNEcULzIuwaXypZsHtIkEmQPbIsTMw\nmeZJmo3eappsGbmlZSCgu5vOvyGJTlvgm6ssLisC5Y5QsPMZnCh7k1w97J71fp43\ntuGSkO0SWodz3tCw+FGD3Z+INueHmNCMom9taDHv3Tqo1jTBufOzZ3sGXSKPayqT\nEulvtCB5ZJDw9+6Hrx6LKcHnziROyALWiBxfgizW8lk8mbgKp5H9oD0cer8n72ji\nA0LD5hrt8eTlAPCFcKwmprr2BSJOGI84RezsfItCr1bMkQ1xLsBIgMYjHRPFdFdI\nCJUsMtyqtBED1y7aBCxJZr+0bZkjwgk8G8pKYSPVEmRRe35ulSTWybBSSAFd6bix\nYUj0nnswLw2Lm1HjNElx+hnv/0mJAlUEEAEKAD8WIQT7+r21QbXclVvZum7bFs9b\nsSUlxAUCY8vt8iEaaHR0cDovL2dwZy5nYW5uZWZmLmRlL3BvbGljeS50eHQACgkQ\n2xbPW7ElJcRLNBAAulagMImbvWUHayliO89kmXBQdok8/9CutzekHOa6+NyjTapA\nBGemuh+p+Y41T6rsS86IJ/Nvu7uGniLqHUjm9jfjCIw4MGq5mI8qRyNQ9W44ntlv\nlkvtPEyquF23ofoyopkBfXZT88omHiOXENwdINLobsMSKjyu1PiIMzQ313fR4Guv\nCyFdBPwIycuCFbio1igiLmeNRO3g0V8leFSEh62KWnx95kxdZbS0Vz3LCvHH39wQ\nSEZ/bUyJPM2OOjlzedHD9wbi4rSvOxHBZmXN2uWZBpIHTtYTF/BfrRFRZNcQhKHO\n6xUkpG+8Bo3cmy4RMVt8GPwac/W4qxuKzrONmZnDWO8tgQei9XF/7JeH3FnQtqjC\nR6aBT4KFcjHaUca+CHU5AIGWft8ZMVmJ1dphN3dVmb0G2P4s732xrKS1litCRMnJ\ntulnvZsJCQGow+VW1WYDgtoixgD7ymithet2VTmhWyRnQu2+T+XzzqtYC1sBuqFf\n4n1BMR3JeOqyna/yn7C4oV0m+2/feaIBsqGGjDpC6Bn6cGLINdB1PMTwarPLrlXw\nxVm8w3I7c7sBggYT2jxfsYmVAgDpFH1Tcz9Z63b12KqSY8P7dGxpPMLwbHQcAsac\nTRJm04TWUJBBmKTbiFqP7WsDSxiKfqfK10dfXEvcLLzm8jjnT4b9/vi+M6a5Ag0E\nY8vQXQEQAODS7H4Mkaix3PJF4A0PzPLtZc1jUdtpdbnuDICQ0urpWRJ2WP5XER1l\nRs4nGFBnWEvP+49grT6G0x4I98nQgWYlij3qdTWgDcY3tMLlaKiitaaHmdychf5V\nXXXKjfcFAdWW/8/nZNBBAJZjgyfvOnt3kG2yNuJoZip10tp1ApQhbsSsxOhidDCz\n4OH0B9VXLQixi2cx3uUTbF0bdb/++5/j9Gvx3FEYxZxCU2UP9G/YuBb6k+1cn2Me\nLq92DlfFZjThyT6Q0EzWjWYKhI/yO0hU2wmMya5+qXGffQFsfcLm8DQFDCcMSyxF\n67g7VruapdpivLlH45N3e3HIyHquIzX63l5m6MSOEmJOyrYYgm7798W/XVDkv7zA\n4+ZMVpQ3s+DvcfTRr0ltQ0TqnVe4tUnypzUSlsHFhiotkodaWJyrcGBir8wU5FUK\n4yEVqiS/lm4kAUtNk5EF62QcGAnSezfkH/rIm0zWfD3goNib3kceeYJjzV1uZAHF\n+HLkLTAvCiRoa5FYEKe8f3VYONZLHngywhvnfHvmie4fQZkHQ/X73zWw0m5sS4T7\nUn3XGQkjfG8C1+jeMRE7stjCyJJk6+74eA/LRfX3TStNFJeCwPxvScyMQFA/R/Z3\n2L4lz+Xp1fHFTjEs7xssfbg7QUuM6pZGa/BrwF1z1tz/SdO9VctrABEBAAGJBHIE\nGAEKACYWIQQFq5A0DAxeeX9EqMglTPO1rsCo8AUCY8vQXQIbAgUJDwmcAAJACRAl\nTPO1rsCo8MF0IAQZAQoAHRYhBLDKuSZujDkpeYs+7r3m0rkhbseoBQJjy9BdAAoJ\nEL3m0rkhbseoTmMP/AhFpk9kkt/kiftUBsEbK8AwVeBIaWvAeL7QM72ZGyZkbsk4\ngKPPY+jZUjEu+eBtHaFKM6qJIwG0DxTpizIps2pLJZtiHU8NNLbX+Ch8nZFvoKUb\nO5b0TbG3GNoyRjciMdIQVRwIfepCQXV1NH315hhZXFZn55a6JH27xbYfuckByAdC\nQuNF1iNDqDhbdAImrIZCsOFTh71sA3Sq5wJl6IsOzUoT2zGGateC6Y0+LtJ+B9sF\nx7V8PEeCxYQi1NHKxOvLyeStRnCuFxfCZ0t91g58QPKxk8SpwPPG5BMxuSX9Bacu\nwv2OpiPnIRzHQyI/uJ1mjU/FNybhx7rI7RFVTYESFJ7C4H0DmlpUzCxt4bajt3ql\n5Sqin8IeKZ46f5wAFdLX84I2I2WT/mNrsQuiUKKkUGpN3USgC3MLvHXbDb19LECe\nFIuOo5AJjJVkdmXC3zcTU0Thr7fAofhKdL4x/q1hPTeFggxT1TqbuW2hrcxLXQjZ\nm3KWm7zbsotw09Sp9j6lI5YHgLuhJhscHTvYANciPMOFmz6wuqjCNvJ5hIyZFzot\nvjAEJgUvFVyVZr1dn6RDaQQ+aKMIUfAiPZa3waRPqyAfa33iVJJ5QL1i5ZuBLhQ1\noflLpLRjtPRWdIian375OPSAU2VpI97SL88jVHqLrjBOwgITXbeQirAfnZIrhW4Q\nALtuyXbjWx9Z+cHeHp0CUDJAse6IIPScrf/dtMzzEkxfDWY+OgzSvaiTstRnqLpg\niVkm52FlD2AYRgBdnXXdJqOEgH6SimM+IpGDdboi/syIrn16PtBbEHvu1ypdhEb4\nYW39aKnpMhbRL6KIbpWTSbX5haX6JqdZByqhL7D3bYZCUZ7xie1ta68u/8J1Zazy\n6COj9wdUouNnj7I6tsaNBGjpoT1RlNL614D9vTxje4ErQwYaMCOs5XcthRaopcIV\nJwtAwzP/tCLVpSKiuVqdEq3RhK8EkvXSm1iEH8qWjlASzdVgMFWB3zx2epH/IDHi\nJkjBuUUONNRDMUsCR4AcZq27p9DkNw37rOrBQUBeYlmFwItE3nIQ7QRVXtlbm8tV\nLM56/YmMXae/MwzhM9W/TKDtccVwtHs2iFLNka1iXZsN3SmqgfiEEAiwpzrnKvCI\nS3jsi8GTv9td0erQQ5a7LATQwV0DNwqvT2pDp4PRZLH1HGkFVb+yY/XZG0PwYCmB\nkZUoQDl6P8f58l9C18w52Cp5D5/oqiqtz0NLY+a61uQbfa2oeYDDEK3NGlXBdEAa\nQqHarkY8Gf44/ea8aCsM9iH3DogBJGgIkhs2Face7OmedNkvc7LiRNz/z7Vm62F/\nmXSBHIMvQ0pwvRiKbn5U7DwupeFEycZrqQEKsjwFjLxamDMEY865UxYJKwYBBAHa\nRw8BAQdAd7Z0srwuhlB6JKFkcf4HU4SSS/xcRfwEQWzrcrf6AEq0SURlYmlhbiBT\ndGFibGUgUmVsZWFzZSBLZXkgKDEyL2Jvb2t3b3JtKSA8ZGViaWFuLXJlbGVhc2VA\nbGlzdHMuZGViaWFuLm9yZz6IlgQTFggAPhYhBE1k/sEZwgKQZ9bnkfjSWFuHg9SB\nBQJjzrlTAhsDBQkPCZwABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJEPjSWFuH\ng9SBSgwBAP9qpeO5z1s5m4D4z3TcqDo1wez6DNya27QWWoG/4oBsAQCEN8Z00DXa\ngPHbwrvsY2t9BCsT+PgnSn9biobwX7bDDpkCDQRgBB0MARAAuzIaSEJS4nMEfLZj\nB9MhZDCLKiG37nZwQrldON7EkknVE/14wFynbHTgqX2+k34mrtbmPWG/IFizPCcZ\nkrmiGtYypWIkWeRu/Q+zTlSHKga6qd5c1R0oSxF7OONtX9GOG0jLg3GP3HZkbfkv\nqpSb6ii8AG8no8otYtTd/VHybSvznWX7jzY8/FaFj4CX3+wmiGGERKOEFswJ7quu\nYDegz96t974eTnKGYDA0fraBCmMhqoY1yGBCVPamM/8KYJcoo2xaMkt459KAkx6U\ntjcCnNNbwRlWaX0fg1UoA1lkB45a0qW/RO2wMZ9kX1GZ0Okod6nKIoTo8iNEWfWW\nB/LkJbq9SUktp9/0cbQmlerkbVwweRrl4zX6jbKa2VYWGIQXF+M/+KDFYpuQAZF8\nBjUDHs6xEhxqt6IiHiWgSOTrKNoPw9TCEtluQejc0k6geAmhs2fiGN9L75MYZyBu\n4K+Mu+hc3Gn3SSjNXB/15RV450hkOlJgNBOoaV547EFhjy+yJ6Q2BxVZdXR9rMhz\nqh1JhFPAnGWsm+oVcoJ0B4ew5YbK7Z6zfOKhJLl34rQuAKmqu5TH5RgfspqYcQTP\ngguDn4sr1thQ7s0ACFj1UcJirisTAkZz5knflD5Mg9I5usm9RdhZfGOU+JWDiSfT\nnzqVM9/CxKnVcdAaLAZ+vLIQsD8AEQEAAYkCTgQfAQoAOBYhBB+JmD4Agf3gGPPM\nlnOk8nuN1Hk2BQJgBB0PFwyAAYDpdvFKUIpI6co/6bw3IlLKHPlkAgcAAAoJEHOk\n8nuN1Hk2FK4P/ixDLh6d8zML0es6JOwgFZ+lstkDY+7jRL8e0uI5nfKDHIz2apBe\nZIzbKNoibPpfugHpbqEKuG+IJwmxpWq6gRHtAcCnRyqNHl3Ds5sd16CexreCfv4i\nKwQDbeHF5r0+pMq3qubp4+AJMUAw4HmgV1JJK+wdFrc2aUVsmIaxxC5RhBHT0gIJ\nyM5i2DV0E+XFKwcC2sLZ9SHwuEmKVX3oVvpba/quzpVdfIIC8Y7F0w+BKaTxrVJ/\nZPDWMzCuiAejZw8U9qcArCWcyLcb/U1PJlcHISfjWfhCgkYCt0H2ZMRH17mbsUXY\n8mad2WLqvtZ0/+wUcdZv0pJI/P867/2hUIi4vbk94KgBtD0WQYF22Axxgck2smWs\nmblu95QVeXWchKQRCeeQ14G5w5O65ijw0IrV6Vb1xGVQ6N8TGsbvlz/zN0x89efZ\nZd///DIFCnkFsNMB2A/f4lkg5nqNIul0/unEFN5ISb+yL6IiuUurJTmtod0UaDW7\nSB4bUFRs+0OUX6FZHMznleI6PXoiVt0PFdklIcyPFiCKxI3UCWhv4JwzTPHZTuIJ\n7wn00FU4RLcZGBAFga3qNg31rCsKou2SWozHaTxkyL1PqScA2Oou8zbqB65KYdbI\nHPHWK2l9Fc47XyWCzL9M/qE33R5DSkOrP84QgcPVd2ucOFLSCmkihlMIiQJOBB8B\nCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIAB+/q9tUG13JVb2bpu\n2xbPW7ElJcQCBwAACgkQc6Tye43UeTZp+BAAjLb25wqRSg/jM5Bd2+XHBUC5NN3A\nu7D80YqSrEdUqCil1e1XKbNrXpT2T8fPBc40aI94wS7bBTRC2L6RQDRQiztTXsb/\nWu/bBvL2K4aigy0+nnIEiQx20ZfQ6LwI5VWwBrBwY25leCe6OxesXF4AeLdAyDm3\ntslOKIgmvkuJLtqfWuWT6yjCZm0YPBH8A9lVX8PCgsnFve+yVezLooV2I46x7oCO\nNIe+vq02ym7mS3EwcTLItQ38ea6S1WGYLpDFNDfVsAXQgvselgUBpjhTA8teX9HL\nl2E4w7omRMRWkm9OHvTuqd8H9rzo37HsRSECMvbFyeyi36WaFC1c6FLgFoGXysbR\n9w+IpifY3ohSmz6Jni6aO77MX2fVvFDEXxQilGRuZEuhygtNE4Sg/Klwjs+umKX8\nugSb70wCq99mPJYEDaqruwyJ7Yza5gCV2EipROYfgf7VQ+VXbM4phNbRBHIH/JQN\nfQt4qlEyJXte8NFr4SYASExPkz9klIsOLX1mEOecuKFHyYuJSVXJOD7lfxC88JWZ\njdgPD0oI+yZor3xEIavgDRkaZxiewL5oQDrLj32pB5rIgHXqNBDiD8uYWBcVhmXB\nSPMV9MsDB/SoeIUve6GSJwnjrAX1hllKy+DVqIC2AyLHVSw8ZQ0/mT5186pW7R4c\nLqJ4laVVlx+rDG6JAk4EHwEKADgWIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQd\nDxcMgAGMgj3tEKqAQWOeEhBazo1uDBSkcAIHAAAKCRBzpPJ7jdR5NkJnD/wNSAcU\nDFGj6Jvzc0rSYTjImxlBoHAsd9OoqKtwcoLuS+k36OUKGiSDY+ezXnvtA8tnR3vR\nQmjHb/gpe3Bi+noKulciIQ8mHn/3nVUV2rpM4v3VCFue+9OJQ8rnRygctik282P1\niQTTgV5kRu+kO708V+CTmL+sIbXebpcmJ6JtilJXLTidbHzV4Pg9EFqNl44U5Hr3\nXsDBOGkBGj7iWmwHH3K9S6Edxp7MPpdOoQc7lJ9ZDjDt+6HL3hs8C7IcyHntm9G4\nQnHNqNkh+0dscRpAAJXknkt517J9Kh/0ft47kH8CqqJ5qhf3TMfiYXGyLxovE32d\nL84Qt2CRqlHStdrp9MBRdHNCB0d2Z25Lz+BYfsk4RYE8TIUd14l9u/p/4nPwtX5t\n6TdEZ0Gm1Bzg5T9FYAFZNn8KGvq42avl6osGXt6qn1w0Kwem5RefyvY8hGqYdw/V\nIO2dMFchSfAQYDePm9Q2gURbeN70zjsdrlbkQ6hoxfy7gQMPe5KYRSuHvMQJCn1M\n48oEKmUbfMha9i732hcqwZJRKmVw4wrNv/rGZEtHvxGeE+smlDNoz87ejATPQOuV\nWRNC7b1ky0Lr8aW3a8MQ8jn6l/RltEQgF289PMuYehKgXgYWtLOTLXctFeBYBTTU\n3k1EeRgk4vsFlJMJ4t2gjgT5xIx8AlmErLgS8IkCTgQfAQoAOBYhBB+JmD4Agf3g\nGPPMlnOk8nuN1Hk2BQJgBB0PFwyAATCZEb6pZtBhMFMEVxG05f8VsP2CAgcAAAoJ\nEHOk8nuN1Hk2N8EP/i43m8yI4HCyWhXj7lSAkWXU47co9BBFg3N6422FISx/6DDA\n7ecI7ymkYheU4sSXT/gam2DmjWwtatc0l3t1iqe6yn92NtwOIm+qqSPI4gBt72Uc\npIucoeFKXtwbE5UR2FXeDuKVszZLb9zWMMYNBx7+k+2TLNKBk/nsEA21aaL1momm\ni4BT7RWKzdqj4YuuifivkEzSXU6b1lEKNZvdmEVZRtgu68d2NcdnaOUjP74USfA4\nvWzFNGQl0Bi6DXnUxKv9zoI6j1FHRLXFMH9Izv3z52hIWqkQ47U7XhjcdtSMuWnT\nPKLVMOF0Jpg3u5mpHZmE4tyw05TlZDsjJZ1kE+JOtNckr50pnUcFE+7zle6alJxz\n05JQcKFjvffzdAxeduC1vPyKGzblMl/IZEO9JK6Qu/7Lk+3KvpfEOOZydc0zZ2DV\nHbS5LQeDMEHIXncp7Jj4xowA6aoAhReYAsmNuUSCf0tggTmxPs/SsfbPggL0MqE2\nFWkHcF5mr8mx6T5qHFxiQgRtFeiQJCU6SQxTWTODLLXAJbVB+iYDWeWJCrwwMywR\nV0Tr6NEnuMbBIjJIT4sV6qrYiE4sp0CCIC4G/QUAfTMWdRQ9ROcQvmsjLg+VtIFx\njUFDX5WssCRyBk2OumsayFVz14Yur4S1jvGGCLHsIHEf60A3PZHOUhgbw8bPiQJO\nBB8BCgA4FiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQ8XDIABx09qyekzswZ/\nUvM/pFnsZxWwcF8CBwAACgkQc6Tye43UeTYbEBAAn/AsK7XtqPGaFKOhoS2rCRdC\nZIdHeZAu7rasSt9OespEc+EHB5mnFnWM04WaGLbEszPVLnXJU4Dm20Z5xhWc/V/l\nJRMzPw9cIENLg23WmGzKTbXsQoUZ6GLoJ4M4YHGSPZM1ly0hnkUdd01aKhxU0Yg5\nJevTgsRn9NNjKEmCgKsFFKGgZ2/rgKAxXaY/lKBcCqnAog1HGdNL17X0etn/Iv/p\nGB41TDKxPZJLJNEPEPnI/Ctnu852iw9oSVq3tnLS1F/Rzjdl4vg58PeOBrW3VTCG\nY6E4Hk6YVvnhq/Ad/lh2FKDtTBzG93nswWUmRym2C4Dy796s+nZv1R1QUdDDkibu\n8tpYwyG+FwL72ptG7SvyXqLYV1oFK/qLtwY3O2Fx/kOCmICdQC7N+D5psk2ipk95\naWyPt6sg3L8eMhBmSSxN4RPX7jsGC77VwnPPsMXy6UXUO6brhUwC/e4tXhxjg4/2\nWQ5lIr6dXlM46EVEw8rr1jjFbQuw9gh2ovskUFbTergop08Ap4Zav/gfjDK5RC/d\npDRL6FcFZBrKIE7qU4lMvQ8kpOG/IsirMrYZ8Ddswhfhn8IxA3rVyZzuJC0BnNE1\n9NU0i6eG/ZqhlyimGcqdrRTiZt/kLQ+P9eLaRhU2Vqnyw8wjV1El1EBUx1BXCfYL\nlCaeud9OeGHyQCIZdFa0SURlYmlhbiBBcmNoaXZlIEF1dG9tYXRpYyBTaWduaW5n\nIEtleSAoMTEvYnVsbHNleWUpIDxmdHBtYXN0ZXJAZGViaWFuLm9yZz6JAlQEEwEK\nAD4WIQQfiZg+AIH94BjzzJZzpPJ7jdR5NgUCYAQdDAIbAwUJDwmcAAULCQgHAwUV\nCgkICwUWAgMBAAIeAQIXgAAKCRBzpPJ7jdR5NqOaEAC1HImFBW/hCndKc+cw2KWE\ny8csxZOndZjFSQnoxvGYhCeSb+hVWDLw4hppLtMqyI5ynub3z1xhzkDu1jgW4Htj\nP1UHJkKf5pDhHLwM/tpRe9XTx6u/0WnSRS5kcZ7x4WwwDZfpYDuCzVhxCUTe7NvS\nCVQc63zlwKA4FbOICo1SuSQuKjQO23vkyLkMMgkH1rOrZjqSmhee/AD32HXmqN5D\nWU3vOWoVJulq7VRAXELb+E5cWNF+P+RAUpYcjbsddn7wP9P7P4gezn/khR24+8Wf\nxKeEdQcZl/XARWjVVA/VEFJCS7LTG9Cpxe+T0XKIT4xpzzenKXjcDl9w9swMJ+5h\nnkcST97baaVdN9R88yOVgYik+owjjTbh0ursN8oX0w/ejhzsIQxt4pJjofIzu3Kg\nD9AXZdUyAmd0SDKjEf4mCxZiy65ahiNzmSETDCWXvuwvLhURzf4V92Nn+NRQu5X/\niCn02C998dghs05VtH0CM/3BEZLx0yGPrVIzrwudfBf/Eat/jAINHqGv4UEfb+3O\nLxQcwu1dyMfPgNTCavhOWhKrMtryAaFWzDn+XI1Muav2wqux1Ob/4a/IM0BwK37y\nGIJAvwF31jNextw0dn7FBPpcnNkXgJ3jK/6Kkpd7udUnEgBzHjev+i3u92meMmMI\nTyEtjPyg39sDVEb/6zHNDYkCMwQQAQoAHRYhBIDRWCO3/RVh+fe83dww18I8u6vu\nBQJgBB7bAAoJENww18I8u6vuNIkP/2pvJ2CwOFTgMP/5c/AjIJPlMp+R0trdmgHT\nL3qecAFT1RmWW+VmuXqDYeEYORp7q1b5djdDl6Oe7w/b1x4SZKKAN6f1GnlTEZ4p\nTYElnaYVtZeK0VxVgsOpfH6y6dIlauMjsaJTlk61pqQmCPn4EazpJ52oqlEufkx9\nGukSbRSbDtMe8Iz6G3V4WOr354QSM3X5yf6B/hJGG14bTDbaVE++W8sLQddgY+mP\ngj23pe7vcjDsASu0fbf+eq6ahfFsBMa/TsCZJn4FZEnMvEjgU79Fr/oxvSUhmSlT\naggE2JyoGv0IDjLg5qyGyHvjjI4EYYkn3M1wVVkO13fQzM4eevNvgxIiu3GsAZqa\nBpyTZBEUdD97qp/L5/k2JBB6bzR0NJCErf/SCIiPQTl92gNusWg90TEpXbAs6tp+\nuGN0x8F19oU0/BQmC0gJa3ZWqlWo7IALCR4pnGw5z1ZmH6tmJQXhIkW3XnmYoyjv\nzipoCrUm5Xt/+2fCcpcgiBrGc2LuuWWK97+UH0kUpiWD7BvzLyNXTKYqIQbPaOPy\nWK6Yev7pYGVTGjKslpwL+/jLAUgKVz0YtNd5NaCJ5zvraFLxVodjXaAESswkJ1X/\n8aM5IUr8gG1UzOfI02UI7AFSDlACosXkVe8UffVVKCWA62SknsKBPnB5F1mD039P\nNcDwQ3YViQIzBBABCgAdFiEEXmGyFyZdqYB6I8X/TfqycMqpbfoFAmAEHxcACgkQ\nTfqycMqpbfqFUg//Z0I0spxoc5QRdPNe5iTUR95tXlxHlnOb27hJDB046YXLYnX4\nRIJguQMvw7yZTfhzYbC6GGW/SLeb8oZDxADOOlK6EOJnMfUo/yLiTa1Be1ASxsfU\n1g8fu1ECAO/6wg50nTHx5F9Zf9Sg/Le8orE10YsFryJ+qRMJWUOn1DoM8tnpmVO5\ndVJVkCP5FhW9oJpIAG/v40rW47CCSEWkAlk75GrIFOerwruaKm9v29oFEl9DAUyG\n6LMxGcZ2Xtc9eaF/0Q/xFN8z69MOMJje73SwbamxcW57lYQwDyR+M0YD3UwfRP59\nD3hRN+zsajpQuHkCTCqxa+MsNZ5+TuRzHp5ER511kB8DA0hPGREOTgdwUQvCenlM\n+YZNKFDXqXGoNIdg1A7L0nrPzoH9Gs4qXT94dlAjazanukVyjteCZkfdNvC6abNi\n8Tp3I6aDylsO+Mw9dE7N4jtSLgjnPejIr0LcG57uaUIavy8jSpl7CJDFb+6FtAmv\nxLlJe91FV6bcC8iSUxLRSYF4m5mPTUPWlSIu5iTi6KUfG6mD9xLJfFKrZP49lLFf\nk5f1eGtioG6UdG+HJnxiQO0sq7QVkbVQ0in80r62ZLwvXgEHYs05XBjN9q+Y3rDZ\n7ovx8gXEY19+tIFs8zHjnRHB6kUNu6opoEJPj4TF3yfbYXBtPU64tWbfKyiJAjME\nEAEKAB0WIQSsUw1SDy8yafXpgxOkhEkESq1cXQUCYAQf3QAKCRCkhEkESq1cXdVh\nEACiDooCHZeVkf2KkK5+7vJ13VNIITDzc/cU0L2yEAun/gOUJNS8Lupg95HihCrv\n2kOsDdQ0rvOsQCsJ1tWUc3ByXdR1Y6YzSENo+dypjwLTI0Epc7FM9cn6dcEmouAR\nmvS26GyGwt527Z3YlJm2Fbb5+HxmupNkIbbYvk80st8EN5TxHt2lQ/twVq/RdJDj\nuX9jdjrOomheGRX35/fQ+aq8tStLINyARXy68lFZDlKJB1eVuU2in6bzO9YiVP0r\nmuhNF7w4g+qV5LKjlRt5EDamuwBBEszx5tvl9V8nVMRZFyuNRf/M/pjTstc+cGM9\n0Hy/YKe+iFePI42DWiBQpKtY0DpTqO2A2hL5SiTyf9P3noyOpiyTv+4q6mGkoGJQ\nk3utEhyzI5seK5mItGBHYMhJPbZ6pyr8LEmHT2XWgvCpd1UjNpYOwegBYw+DQr6w\nXGyoGQTcfza1IOYvPJRxZitxKxsgUhTaC1WxLGhM1Jtlppf0ufFzpcQe7ykp1S9u\nln3nahf1v+o4oQAW9BDeiPB62mu/1efXVYimtRJrxM+uPwtSdpwG+3JzQDz55HYM\nKq7ATHD+hlz6cDkgPVNbXB0hSX8bjLgGOp1p7Nnt3AuhaUx0fU556fsKb+dzXdAm\nHaOo2J4Dz2j0b0EmaNj3GDReeJavFGqMGb5vnpj0aiefQIkCMwQQAQoAHRYhBIDp\ndvFKUIpI6co/6bw3IlLKHPlkBQJgBCKTAAoJELw3IlLKHPlkFtIP/0w1Zt+Y7ct1\new5qpfT9oqAyG7Exm9UUxnSK9aeIC2U8gPY2yclaRI8lMFh2vw2wFgDi2JLj47ox\nR/NK+N/ZCmL3G8DXAOiNz/J73WCJIKcU+gMhfGANpS1gejFkMvdwZtEdn5OyeztS\nO/7rwS47N6W5JYUskLA0mjw/VROYyfc2MBXWJEhKnDqwuVyqrfaafXtcvkFU1lYl\n7znIfZeTWpwO3zBKTuesbntBGEZ13MX6L6NP7pwblHBSe88GJhUwInCpQVphK0XF\nd5/A3E20xedWcjB7ZKt9Cv2UG/3/S1UjfNTpvYLKQM0aVD/1wdyGOnJ26WyHMXYA\nKYZvDvG4TIws7Y3zyvc3MIZswKa1un+Uvr35eZ3RgYTZAHBXRCbDg1VT2EDUfp8X\n1I38mU5d/5RBKXYWoJI5MNgz0raUrRig1sDZ5hrNUTDTigmbZyiNbPqHgRccZ1BU\nPvw2HI1s/rdu0CAGTcdrxmzQ9CSIxnm39lhRaQ146he8WmtJkXwlLbu48rjQAI93\noPnwEbHq6kboMqB7LtkJRiNuBxsh0DtNnp3upe/p+WNzNxbYLC0Yz5SlD/IFDvcV\ntwaYtfqZ2ks2zPOaSunaKB+7Y+jhfaTV3EjH9RatJdRcP4BLfh921+dYtniZEHxn\nMdxa/vdIm1WLErRYf7l7Omx+NDOavJMciQJVBBIBCgA/FiEE+/q9tUG13JVb2bpu\n2xbPW7ElJcQFAmAEMs4hGmh0dHA6Ly9ncGcuZ2FubmVmZi5kZS9wb2xpY3kudHh0\nAAoJENsWz1uxJSXEp3cQAImRcY7TNzmpTyf1SPMhdepTR6x0dSjKUrfWszETEbxM\ndgdS5DQsQhS/mYiGOEoF3RvKbeJ0TUVMDofpmzyMY04ugVOoyWzRFf8dGmRzL7YT\n16s2OU92XH2Mb7wJtj4jhP09+1Y+TgJZJrhIQYvUwPPMKYxYjMzb5IV8Z44ns74g\nErbIwA46sSfHIqV+HE3KKrfQPn7XRKfB5KjFnsDAS5EVoswxVu7lwhVxnC74uhZ1\nwDr4uAlOoP1VJA4RMa6gNK0TV3ZkyUTQwlhBh/Yv9r2nzB84hKQVgwixEksaY7dl\n9GABFq/zUlkX4soFZJdt5gvgoLPDeUFFG/8PQXjtJGoGnpQmpNvGh73yUbHQ+6jm\nw5UHYVkVql2ZXphHBxsmjLFbGUQwKz8Xt8ujknskd3P3BE/ympQLGIQuyy+WEo3l\nS/A+34EqTGoZ5gdPZ5jM7VhUNF1zJ74QUWWX8DPhg3iMTYVVG/kdYYAom3P2jC2b\n82V6hf7q7qVlQMnFc6kw974uc62BRGdAuqvmM3BxDRzdLdh8jZRhaG4k5r9A0Irg\nLt1nKaK98xQMGhyG2Yquo4XrCTquLwI1U3VaGGPzYcEknthHWhbmg04dQjZ5NLaQ\nCj/0sUPtznZ+8UGdMJSpeLxZdxIhb/nQ/qtDNipRI2qI/3fJLpyj5zvgP5EtXp3u\nuQINBGAEHQwBEAC8chuIZ+O2KpPEihNN2r7jRZSz9DRVoNePZO3LFSA0WTcoInH/\nukUgmR0q+nqd4GCF/3/MbJqksnJM5yHqwIAkZq+Uw6rO0rBjiMjHrTh6JfrKIiao\nILp5l+nJZFRU9igDnnKv9wOrsODNyTZbxl3kkbbDJUh03UtMCtpt5/vlVa/bWf/z\nRZZp0p5wDgGs6JjNzne+DXunw/cUXxRfTpeDUtvaF6sCUuTabAlNJ36MRBAAxUVQ\nZi4hhU2zDdC7QS83Is507BryrGTXQQGnxGjYFukRWGPnk3ZYEG3SC8F7lO0xPp/g\nFIVWlrFdJXQozZRXVIU3XtZXUwX8nKQRffIc3VdSoLhN76SVusZj0q14LR6wcxRz\nKTBAT+fSeXEbKA+JCVOyHYRhpyqmRlZqF12TqmA17PIie+DysnuY5PeqKDRzunrV\n9JS62+xzFSSEV5D4r9zo9OEAxGXMa8Z6mdErtpvEuf0iyt+1uEZ6fyk1mon1DyNM\nchBH7LM/4v33V7Wvl76GjEh+Mx82l0J1WEA6DfQh99dpNDfj2Eg5cUlTIpwZ9i4d\nSU4IUQ5flsPBqZXDkqDvJPIUT3qm1zJwsH6V61Oxjj5DL+yvfKQGceO26IYFTQPk\nhmPN3lBZZkOzHYSIlrtXXiyU/I0KBc9mjXltw8YDdS7asYfHvQAQ72E3TQARAQAB\niQRyBBgBCgAmFiEEH4mYPgCB/eAY88yWc6Tye43UeTYFAmAEHQwCGwIFCQ8JnAAC\nQAkQc6Tye43UeTbBdCAEGQEKAB0WIQSnI2iG88zKrRSKJ/gOmEBNOG+h2QUCYAQd\nDAAKCRAOmEBNOG+h2W2EEACz+RJu/j2jHZ4bcnhhF+6SEqrqGTrgQOEVeaFpCbQo\n2I7VqvOf3Q0aKNexMyJMYSQlMqZxC8Gr3T1Tqypgzb9+pq3bXZDnvMbJviEzeMNB\nGzIn/kgcr17UxL9LvQgWH3quBCgooNWHAoJVD2kybJki2VL/5PnfnUIbfRUGhFJP\nWUmI6WHVNYGTrH81WNxTMC6VJRrYOiaEDDm6cbFvbjUmFGxA5fJhX3NaHc/pRcN5\noVOzaL/CFtUDTK4PGLuoWOMkJMcPAO27PiQc/FylUFzD/9GW+TUTriEiP27Tw5Jk\nH1Oq7g/dXD1V1xsvT5blefhPYOwrP0ZWjPE5gKdDQFikIsZzx6DsH0ZrqmE3NFlr\nsmUmkHROc9JzygfVnPZxlHWYV6KKhwA65uk1xZP+MNsRJCip3hlxxwQmioT40Eac\nHCpusFSdIEpq/V/RSwo6x7viuRa8uVJF/qVlbG3S9oCMiiuRbTcdLo7gJWcRPeD0\nrUFAu+K2drP2nOkKmw9xShFtY3FXtSjzB6v+vic2kje4rCIvrOo7F4Oyv7GDIeSd\nIeoXjKWYaCLjBqkPd3aMgPa0WuO8CweINodXNocdriytVUuEifftMr5DaDSUmBsx\naDHNFJwVaj9adN7EgccHehfXLN27zhN4117JVAXJssxT/e9XiiOSnOzMG32zOJBa\nFljgD/9u5u80bmUqwJBQ9lAmmwlFmxEMKeL2n3GI7HSRbnp52i4asm0HuNT+SF73\nCcLwyI8yV34K6tyMga1jSPn2cwqNyO13li3ZtzHFz9EPV/1JjB7mdGganNujh7xR\n+X9qHf4cHNxvbAeurAeP631gThzFiR05DZ8zTJY0yu5DwvWE+5+A2Fa3T02nL164\ndjJBxs9YRIM55Vt1cxdTJOKmAZFniKXHV8Bw3x1w2FiFV1raxIqgTIywx/AaceZ3\nnvfCrxUKU8zG1PZRNayJ0rJMO/ohkTjRAV3BrN30SQfDbwC7GDKdDFO4cd8EFpl/\naufJm+Kl78qRZ/iKkzrjdQFQqklRA5/oHHXoQhvL5IziCjADXyhKka20JmOwibSO\nAcZCcLVAk1T2kQ1XVt0U7+CvCvCgDPoVc+65xWEzjYjudcjwgrlR0kPYr2b+RqIW\n8gzuZzU73tZ6Ohc5eZfwkqW+VwrznBjL4DFj9tp5SxqEjRuIN01pVGm8a15jxADR\nuw/qhIYbnm3hQujqV9otSYGBKVIKExbRQvetvfSt/CUlkSv8dBT4oM8b1JMVbe6x\ntwDyDyZWEIWEatq5gwOM0UC/2Q7RRffkByCLzA5WGGQiypcaBI2JQrrCS4sB4jub\nohw4i0QNb7taniVSfKON+YP4ESyQC2aI2dVCocCtgVYak5glm5kCDQRgBBywARAA\nqG/X4EFRLfZajVij8szHXp5oPrCBPtWV8FJ+kMyYRnnRONhWOqL+jQM2IdPAzj2G\nbMaVOwub1/Z7jNhadbSoBlyH0GZnOhKS7GJj7CqQBTh3yrNUi23MIHPaYC7yemb1\nEv3Nk9kh8TErR8hZSWzJC3fAfw0EsfF2iL45R1ok4i7//lLgH3eMkHmrTMj74Z1S\n7lH+VLYHb5eU8MJuOyMVDF/eNulSoNff9tricljdJHyNLi8u4YNXBwK0eSTqIj0X\n9cUeGRd84LuIMAgw9T7r/IibljNlNA0Azyjrh9g3WrHsx4hgla0PS1oo02b6ck/3\n4NammN8P9YMfECuk6bBS9xcMaKcdlaw+3tvhV95psX6oSRpQAHxtIDqYnurdlh+n\nX3Lm1grfIY2NoDfjU9uIKLQ6pOlM904CwxuN/fgOk2s44trIb0Ke+Ik6VY8ogbHY\nxfGWywV9ZhhS454rmcbszpP7JFGiJ2eoOEhsNqsvH9LgW3T8XiLjXvEC8RKLV7eW\nAoduuQQ6ekKZx4eanxXNyKsAQNIY5IL7sx/rjZtZQNnZSrHD7Kp7cNnNnqTeMPx/\nFWWJb/NCgRB8e72p3qFTMUJGA0zQNqSSSb1jtXypyJaTzLuB1ngHohTmJ47uf1Xc\n+CbgZjkPQE4h32Qwbgt+SFs1Na/06ui6DyKiptd8SWsAEQEAAYkCTgQfAQoAOBYh\nBKxTDVIPLzJp9emDE6SESQRKrVxdBQJgBBy1FwyAAYDpdvFKUIpI6co/6bw3IlLK\nHPlkAgcAAAoJEKSESQRKrVxdZ6QP/0UpEL5FUKjrUHaGZYlChUdsNUWax+wV0TA7\nna4znCeOBjboa8D53Zw2FxJhJiCil2pk99AcA4g/bJ+F5sK+q/GJDtJRPb7y+r7z\n9/OT+5nQ5ndLqh/Y5vH8UHpTsLn//CABaIbYQYumo37D1E4Bp3Bl6gFLxMZUoYV2\nSv66vt5VhcvoYcsSgtJ6xDBrJIgE1GNh8kKIsuOwYXgFkLOSLEH3ON0EvwtMkoKz\nbJvChDZVHAAJ7UXbrS9SVfDkZaYEVLxpGn0+byjebU9OwaT4eq8t3MEhKTGkEJqu\nQk+e4X/dpOQNonRIf7tWAzRpyK0UUyyK0cEbnEqFX4K8aR2xYKvaeWy+kZI6SJtS\n+crUuoBRdAbfv0LiLfNjAn04wspGryOGHzuqpHsAP+GqBHnCdM9EAH5YPLCXKRBU\n4kbZzE0bxan42EHDE4GQwUu82hYLGW6nP3KDn/7qMwcwaqG/LzwQ3okguB6f2vxs\nub8PgAyYEOTgMHKevCnQTeRJklNUvsasihLSgK9wiop//ntJKslfto2kfowXD73m\nSvPTBKRDMSLBiHkmYeDmJHO20u4jzvhLmn5npObkm4ZaXo1ActoDgI/luxytpqbX\nvK1lhLnlWgDo/mxXeVTYLdrOy0tw+o8t586eHgJfTyPiuGGossuD9hlSMkREo9p+\nDpQXVTKMiQJOBB8BCgA4FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUXDIAB\n+/q9tUG13JVb2bpu2xbPW7ElJcQCBwAACgkQpIRJBEqtXF0Qxg/9G5AOO9S0Wc2F\nETT96ACE8BMv+jSnFWNxAD3uoEFTLTiNN6kFPJ0ixudMjR5SxE3ze8wxTllAG4Da\np7LO3z9x1LK2f11G7mrYZ5E0MlXJkHxmDo010CNtWLFJsF1LG5vABwik6MQaSHvm\ndJ0paoySYOtBitHdoNfSIBOJI4uOe+QVAhQ1MqZGDYeb+v9M2eL64qJkX3h5mfZ3\nvl5ENJLo46b6cuiyIW+2t3JAv1+UK4xrKcj3kDfKGH2Wa78qOSZmziO14IgpjUxi\nCT+wtJdFBDLn5Jgr6HrW4ZY+qVFiQbAhxm2YFWLg/IVpi6AFM6eRI1ozFREaR53C\nN0z3r5cKmXM1KA2LCChjKq6MM2Y/PD3Vh1pcqunb10zJQlLnxWczw7Aowurz8YSn\ncFKtDY96FeB13xB8nQt1x5mhb96IJSxkqkPVbgp876TZx9DESBcQShVEeSfKwYzV\nwzTd1LV5H/du3v5eycmCCeV2h1M5UyudxRGUT3niXJMhHejSK65vwQu9/95jLgEG\neNN9z3mN6g/rmTVqfBKX7OonUSbLZBsyvLZTsn09y/zJHAWFwVRIsh+zFMtkmxI0\n4AuNBba5hj9GKZmeDD4+6VMphabP3i0UAQApx7ptdpNn8cW8jvNA1oHvKDER0DAa\n/k5xYBldfB5o2HKteC4XIZ4WAtXhNCKJAk4EHwEKADgWIQSsUw1SDy8yafXpgxOk\nhEkESq1cXQUCYAQctRcMgAGMgj3tEKqAQWOeEhBazo1uDBSkcAIHAAAKCRCkhEkE\nSq1cXXwVD/0QBSj/k23zi8xXivaDQwASSM7QdcV16KjMj1KC6qr9QBHYLbtar75D\n4mqgS2Ah5gP7JuwPfqeJcZ5WAt/GocTCYXGf0F4WkGhDlN9+ln7DXLuCK/+Ek94V\nMLBbcZbkhHfPfyHxYiLOd2aU7ax/PJ8SSqF2vlPOFk+sT/Th1uZ77x+Wy73kAqQ2\nQpFv0NkZGxzJ5T2lxwHu5y0vEti4MuErd5XVWcygwv84QVZ1mlD7hRpg0JyJs8KZ\nJRZwFxWE0Segl9pw8NNlbttDQPld2+uFdASHYG9GJZIreUdoTeYJl1Al3X7c799N\nrM8ITBeOzaj2eE9eJEsC4ey7Q4mIqAycZp2LxtYcQrv3ANVHg8bU8QOrZLM/kDPI\nPmzfFC0w36DVF9mRU8pPnhfieXGpUegNOpsZhxjn3P3WxMuK/s7Zkk5632j4Qoh0\ngbwmLVO0OxgmuRClcPRbVCYWO6Da69eQEBayuRCTd5yMWcR0A6HAL+3u+4wRs1LI\nd69A1TiZR1+1Y4d1XJoBIeT9L2972RhToEnS/Zmf5LmQHSb/MyZUpUoQU/j9M04n\nJexBsy0sf7GbRovfE6ziKq6oARDyCZ90KJIiMVUnhn0Lc/Z675Fe7r1DHuQAUbup\nsTc3OiR7QO1WTTCxYaeYpgSp3jKuapLJk15KW/W8OyKBDwdXXaQRV4kCTgQfAQoA\nOBYhBKxTDVIPLzJp9emDE6SESQRKrVxdBQJgBBy1FwyAATCZEb6pZtBhMFMEVxG0\n5f8VsP2CAgcAAAoJEKSESQRKrVxdiwEP/3QvXi+Jww5ltmEWRMUuXIGzAmE3hpAl\nKzHC++acfB2jQEsQFslBsaLk+l24sgryGUZsgBLC2DptbcSFcnXZx7x+7/R8EYdP\nMrLaHcl6l0z55bh6aVXpUDyBtO9Sy6cjNVTPKsK097cHT+81x1kcz8G1DtgvFPRb\nusImQmW+GXKKJXao+/ePO1yozysLO394HZFWEe1N68K33dAct0EjJcofGlnt2HoV\nP82ejHcRSKwJBxdGvZqw0SDcugTrRHNE4QZOZ/6vH+88an9zaMPTPJbqJPnqFY13\nAI66hyGO62d02ws1fXuThaBh5bC9VonqsaWTJm0tFDdhxk8gfzKQCZGIdXAdZyzV\nTlJ5TsI3TND6CqXcbX1Ct5rTrqAdE0wlsIYtRQSOqA2L27jB+BzrrxaoRjImJlwu\ni5/3glYplrJ3dD7L636JryRGdpRWcysPEAzk+GfMZ6KXFcLjKviWwMlUQrF6apaM\nmzJ7QeEkUPycDH/fnr51Ye4UFoOgd9hYQI6DgUSU1+g8V2AfJ6g1U4dYkVD94zu+\nazoomM4LH4w3A1TvPmuAnfJckjb4zL6cipIzbPacppLkycFtYlrXmcO9aXY0SFEn\nd6P+8zl9PPrGj2pFPxU+RPcWADUeGcUfokh3JIGCW4lWL65ROi8me2HLcv34YZyy\nf/drAwo+sB5MiQJOBB8BCgA4FiEErFMNUg8vMmn16YMTpIRJBEqtXF0FAmAEHLUX\nDIABx09qyekzswZ/UvM/pFnsZxWwcF8CBwAACgkQpIRJBEqtXF2mHg/+JsVwcT7Y\nzWnrfv9xb8DvIeBup1LjeT6nIl3XjqVyiVl/kW+DGdBoVMaYnrwFtCQmR86hSk1H\nwBFroUDmJExQMSDQOhuPG3Rbcg5gGIkRqxioJT3GFihBfRIw36w4S9GuQHW4OiAr\nQNtXvGP1VUpJebhxbI8D4I1pmCsr0sOObFE/fSL/Cc7ZG2yVVaD0quea1xWrIg0j\nekXbA19dGTQQOnIurkqt5aMN2ymjY5Exx62oWreOzBofWHQnZh71jyOOBZbyTRm/\nVBhRtyN6SksUG57UtlW+lhnl6wNYQjJLJwKaFiJAR8rUwTklJ6MKwl4dmmPsNj8V\nmRrOkSU7F/+Na6VskvS5jhH/q7XrOrz5PQ95hm5L/6bkWZYtkZT8KrEouJx3oG+2\no7Wy7jhVB1xovC0hVWLw//GMa0tNqcLK15bm+r/x338hTIOK18yrD2lr/kOeLHl4\nyMNStZGjXT0wwt7E7iiq/M87pgxq1mMTi5rczsAcuF4kNESfTZbCZTQXMmOz+nEl\n9aSbpq02TA+XJjgh3/qmB0ZFiI33YAdtJMf7wYLrQ6T/AEOXQPJLdUYwhgkS31PV\nBDsrU/B3+Cqe0ivNzovROgLnsfLzDEnMzxq1kpJnlMTycbhOPuSmE0ZHCTJeFihJ\nkAGntJ4tFrJF3jv92Lo1gu594aOvlDaMi1y0UkRlYmlhbiBTZWN1cml0eSBBcmNo\naXZlIEF1dG9tYXRpYyBTaWduaW5nIEtleSAoMTEvYnVsbHNleWUpIDxmdHBtYXN0\nZXJAZGViaWFuLm9yZz6JAlQEEwEKAD4WIQSsUw1SDy8yafXpgxOkhEkESq1cXQUC\nYAQcsAIbAwUJDwmcAAULCQgHAwUVCgkICwUWAgMBAAIeAQIXgAAKCRCkhEkESq1c\nXYl0D/9/N7pKdgSpcKDASWnJdwlesAdorovAQNfTDppcUHd3/1e/97EAX/uCfB/k\nlBYyUuMd8QQjhp/LuJNPAS0wxDK9HnPHnRJoUdr/3jE81NEdreTe1Vp2qT39B+r0\nG0d548MJn+14elflIi1ECIG9jkavt+a4PiNqQ4D1Hyr/vuI084vld17qW9mQfYlj\nwtbkQphDs6V2/Q0g8wDR58NkGyfGtihjA9wx07sVdrqa0ANNSyL0UKz0MO4+rg6y\nBo7o8MTEvLrdJou5w6IYgoDcL7o7sx/WHi+NMSwapiaweFJx1dmU+LkCh9O4zrPz\nd/PgR9QZeKrUoMhpm1JDfj+jD+9wllh7VrCRtshuFn0R7XjZM1ouDKgU0CZUJtZd\nfyXb20XcOzSL2w0gGG1cu3YR5lhYke9BWOsR5pZlFgN0Mq3T+hbug78WY8Qjwrot\nzKdqs7dfGW9Crc9trcNhoqdUyOW36itnuTXFFspTX7KKOyeIvjCtf812yoxjZAfF\nojR6XNlWeuJ47IbgVsbi+KIm4FE4tmgA+KzVUX0bXIau2XRp8x6gfRcn5QKIUtN5\n6RdlWuLY8fps0Yu2/0HpKXRuoERLua/tvZubaICShtvPNtT4nQ2XR/nXfHKLRZTY\nATAbv82zrrpP4z2W/RgS2nwv47EeIZCMB0Ydpq/qZ6xVsWJH2okCMwQQAQoAHRYh\nBIDRWCO3/RVh+fe83dww18I8u6vuBQJgBB7xAAoJENww18I8u6vu7xUQAKBRsbm7\nyBtbZnay97um81bOA2gnesqJma7txIGQdKCYXjR9R6MKmouy1pH3+Ksw22s+AhhV\nl7qeWl8mtiAW1/AhElAyOOOGhwtfOW0H1iE6hXfOA4Y9orH/BuhsMcK2wUHBty6F\nQ3qQK88gYnZngeELaWhPpVl+U8y8M1BKRXMc75bH0w7cIlnu44bmfnVi272t8UR6\nHl0YA6z1WpMGTidnL02rYHzybdRKBBpmJDpS9upbhVbWmO7wDmiUMa2qgMojjG3n\nxICkJm728CnOpReCEFsmaCopZc6H3ZayhwI6O47K2pzgsuDYmc+o17FnPVqAUAV7\ntLonVZkk8DrpvC0Bg6PL/nvtgNcjAM+lCBQcDcNxRcMGTbLHMGX46NRGULdMXC+Q\ndFH6+aYm3JX1ZwRVD7fHNcsY51C0Ci+H7yYJNO05NYapU8Kv6qc4A5CST1ivI+4d\nEQeKn7EFvoRfeEGSbREMvaS9VIzY+pN54Iwfzl6nPnFe6eMET7YqqfAakDyS7J72\n3XEtUlA3TC/WGn1Nyd74/MkbVqpHENYBTQmsp8xMGXN/SLkcHkm6WJH7nI+9JvvQ\nVzDv8F3YIdRowZmr3IhQk3nxBB3aaawJzHctuz7NK9F4nb+sL1/V19nGWyEo+dcu\nfWzNfjSmJjszbYRZe1RPUsXMK5i+LOR7JhMViQIzBBABCgAdFiEEH4mYPgCB/eAY\n88yWc6Tye43UeTYFAmAEH64ACgkQc6Tye43UeTa5Kw//WsOED1tq53rQV0WnDENV\nQvRisGUSYFv+Qb6VobYBFp3pMQfSizJngySGrvxPOoYZeK57fHD2W7YmRAIv6ZfJ\n0Vd6+mi/TNlJr/+8MW5F+5nSyQmFLsiWuZR3erhA1erdhQkgusB1eAwJyn6HSBYM\nEvlauZevr9mP9ZPtnf6KZU0RP98VuAHuA+YTRODBi1Bq2/j4AZWsS03+etMw8scs\nu+y4z1G5v2u1HenKTAiNpxe5GZvZeiFNJTLMU5/rRS4HMZ9uENCwEh1LzdWG4U2s\nejl9xQTUTYc2AyokF+aP+kMKt5JrNzGpt4Cy2dp7XF/o4NWy313ghDf2AFQxk93U\nymIRW5R81HxdEJbZ5JZKyO5DidYMxmPMZ601nVAnz288yanURHKxGK6PQVv0Cm8B\nCyrFCKTdZY+lPz+wZkLmlP1tlEGOZZel5UjrER389Jjp2DDXbBOgqq+oUC0a4Yit\n3Oa995SV7O/KRyr4H0RBjpMBjsEPM8x3fON0tsQvuJ0TjlfxG0O29Qc3IbCW5HDT\nKUwSmlzGNcDCWRbsuq2j90DudfDo2JCGpqT3aSwbx4mvobC5DtdgO3ktd+EsJa4N\nGC0xE8nkUKlES2M8oISrUVU8IWRWkCisz6eCafqpHNkg4V6jWamE9tBYcSwR9gc+\naDc2lcNFnxI8Oja41t0Sms6JAjMEEAEKAB0WIQReYbIXJl2pgHojxf9N+rJwyqlt\n+gUCYAQfBwAKCRBN+rJwyqlt+lWJD/9RFJQvCp0f3Y+fNziOxFYM+3syDothynjU\nxa58TyKUH5352iWYBc32JKaP9JD5S3UL1r6mqOcSgobVZnj1+mT1p0pTECb5b+/O\n/RKWpGGx1oRom0wUeBRw6xFbie+7PbjmgOatvX5wMGH7y5MBz4o4CVm2G5U6XLRU\nArMKswSlx0PwL0w1I9iCNARVAHngU6zF+C8rKtWrijupb5QYb7df12BUqTdG99+v\nu7whJqk67us0B8dnLY0tTzlmDLw964z3rUvZbkP9NJafoM6QIV9cm/O+2Ek19pOR\nf5VtDTu/hKasxPY//Q/F7cmjBYfVpxSpZDbNJZ0+B66bTbDb8jPYMeDSWUO+BP6P\ng182CPs664apJY64Nhp06kg3B3OZFGpNVRTYwzhx05Eh/yfbMzRugb3YbG0qMO9P\noIdb0//Bu2+ZzRtk1RGjT/gxzQWydthnQjoek2V+i33XqHWyGiU0rz3ajlQlrdV4\n86R4oRooICVkJ3KeXyd0kBaZPd3scN+OJmHuv2GTYeE6wtRILnxq7lFTlc7eU2Ua\nnpJocSwoPWXyOTBvJkZytxHKn+z4iABXJmR2yb5iFAc4FS+ClphN7wRnoOAvL+JW\nJZr39SEC4bQO2AZz4Pt2YWWCUFlQepfa1I7xZWMJL9QAkprMVOQXP9sy2WSdeSms\nLQpawA6xyYkCMwQQAQoAHRYhBIDpdvFKUIpI6co/6bw3IlLKHPlkBQJgBCKiAAoJ\nELw3IlLKHPlkifQP/1Tu5kRANBQw08eCFFxE+wAe9cBwUWPsjbRfM4JZV16ojqG1\naB0go2SjGIxYXuair959f5EdAMcWz1gQcH7rShRaIkYLfkkgd4rmlsSeo5us5wWV\nJ/crNbfmNccnSiwx3aGMh4bYOr60IbP4CsATF/3HBlcQ+IdnpY26eumE0gcqEkRo\n7OHn3mHpnpSLIK8D/wKd4ja2HT44f7gT910zUBJA6h88lUxXjBSJL6JzUELABIJd\n0HD/jFqvigQaM46rYAwKIhdCQGlQK2silvnhMQwVGV6/suw0ub9p7pQH0Imc1QeK\nt/ZjH2AqI+pgsiwWbMel6LIPCtK4eOj7kG/9E2rK2FeOG40RfUgVWjgVvHqlkXOu\nsujh1F9WuSpDsbA7dN4BymFgvjQX3nJN+8Wy/SeneULANMjXWwmL3yqqe4upiz2m\nvrvtswZNT6fWjYG1s8eQhWcUY6lBX/3a8WqPvY1Ss5/nBPV7SqLs8tfTkoXWXt0s\nixU71y3UI+3piTfyVCFIKPAayWDc7ADqPlFQm5Yla9HVNItSUDn+5PIjXTVjmHFG\navLAkW0PSCZ531VV+DqkRYTO8s8chhQRMxRrtIfoXPrAyvcytY5ffaF+PVfkUrwn\nYnND9RCAOt3/HaB7lMrCIoIk8mkJFzHyRqEfbiptRePu4Xf8X4uZVybns+ZTiQJV\nBBIBCgA/FiEE+/q9tUG13JVb2bpu2xbPW7ElJcQFAmAEMushGmh0dHA6Ly9ncGcu\nZ2FubmVmZi5kZS9wb2xpY3kudHh0AAoJENsWz1uxJSXEdGcQAJ/8lq7NQgsO6ZW4\nhwi6r/35OtcLl0xQI6ohe+wl73pGbpRo6+3jfei3l5KzwiSGou6ydg+8doNcF1Il\nmTFiofDO9bVc4GOFFfP/nhCRVfBqpna8Znp2kBar7gFesvx1e3CcNREAqbFgt7Lo\n41lLzpnPqwawYZH7niz+RKnTCfsMml+Y9Yk9krMXDDW+qzy5X0k2n79sqr5xoSBS\n/mQ/depHtLT6c1Hpo29kq606o+5deO6TL+9h9isUdcF4xoKkDI6DsrOW4EwW8s01\nBQwmyXPKOXPx33lJxQ30xLz86MSy9tJp0PzKtY+mWvy3BHSXtJYlQ8w0iN54ON4b\nmSzTpE+S1S8jannSeDNW0iNv00sk6RzkyVVkgFKR++9OntiaJj1ryqcGFOOVsnF7\n3r4hHxmjFhcWaSJ80llWdiNJ/LB+febIqxWhFBdL2+z2HXYdzrE2v1MLHHCEJ8YM\nzasvqP0qpR8EfZ0jJL4Old09H+Jr6kX4iX6rYjIap8TKXtduLPTOyCPAArtX42H+\no9K3MJYa3g9K+ffKDqo5nYiAF0bUbVW1vWEi3fhuet0QHKEgYLOF7u+ee4tdO1D2\nDikG6bhsxYcprStcAYpPA4pb5Ba3OdQRpFDYyquXlGR61BR42HVV1yVvuiR8xApv\nKgssM+3MFTQYTcwg/UZMiv4ZSod8uQINBGAEHLABEADrzFhCqk4pzchO4otMWxxR\nHoDIWAJEnR5upFQ3AwbudSP68+mMMPeMb707PNfaC8T6dRghMG5Z68t5g+DWd70n\nnn87yvOgRV9erUVJgFD+KoBNz1CjRRFgt/LaBihSjgKqRMPUwqAis8kwEO6o+uI7\ncHiFttChyfBaWS/SZKCJmUi6dgFQO4JiZfmlFlQCekwQZphhlgZeUrd952F75ZqD\ngtQgVnFvKhtMBkYfNX7UINP5JcxkBJU1slOArjwIQp8GCnHJznDlT43Hafq4L7yc\nHNNv6l9ViN2TyRTqq++YpffXKq3qEhJjuoSRC+xlFBnADaKqllE3uEiGIt0fe2qp\nThfTskvfqNAbn5dHPU2WA2kUyayFbOA9o8SdoGjePZM7QInxDWH0vsMxOuGLW4DT\npUeF7xEbNw/tPL8IoKgE3sgKX8UbP1R+4Pxty1XCASGCQh3Z0k/wIJU3AEO4lr8C\n5YRSdmkmB9K6TFYwZkpUyZr6ihyyOsC5wttnObwE5zWMztEofTaJM+p31FIzSa7m\nZGyCGAtTobvvGhLgy04Yq78A0dN1SFg3hdwYRUHZHSn5H2bcwGPC6+61hsW9x6W0\nfrJXpAunc3JS49oOm3uPM7BOgM9npP/5ldX2qwD3o6ZgNrwvQeYp3UfVyjZ7Qirh\nVNikRwkoYbMPcX0FCHDqSwARAQABiQRyBBgBCgAmFiEErFMNUg8vMmn16YMTpIRJ\nBEqtXF0FAmAEHLACGwIFCQ8JnAACQAkQpIRJBEqtXF3BdCAEGQEKAB0WIQTtVBMS\noz8RKPELHGxUQEdiu7boUwUCYAQcsAAKCRBUQEdiu7boU+TgD/9KAbY41RnlPQTV\nnM2Pv4MRIWwbqARuvv3dDOtH5Op6WatsnHACMG3Cc4eqTgTz42wNIpkQt/Bc9rGa\nLTvkbdnhC09EBHCgzpb4R/7Mo+Effmw7iGsdtgPULS5waSAqwSreC2s7jguC82Kk\nnGGZqDuBFlzTmSAju5YIC+N0nCzXq6ROmY+Zxhzvu+MKyGPdx1HaEUTr7c3UTup/\nPhlOl1tdiWnHXiv8JPYWw+EKmuRzrTU8Tg+GYyz0tELhnVMtnwjn7lIGHOeWgn+m\nCasrK/51/NfPAMgCpDwXeU0PEBNpzivtQSQvv4IrROKEqT/6GFo8W38SXL4mVKKD\nSJg/XDVenC6xxfr3ODDA8xagEJViLgApGgOmrN7AORL+sHScn07Re0YSPAf1exxh\nqdEFMITcvRwr2lTqtt3MnStuFdsxI79UIfGpO8jYIE74j0KO93lRaIdlSK1uho0w\n8q5MUUdRbMIfCKLURr35ffofBTZ/t26GyG7VESAMc854IzjCAARuPnS6vjx6K3LQ\nkgFxH+BeqioAUpxynBUabrEI7czXakWp38ANKfZZzfvLS0eA8dVLr0J24JYOHk8u\naVb6E0d+41Qfz4TZ31YqZ/mh+BbIs0oYyN+uQ75/SUTUDWDh3crtqgBwaEsJXT05\nU2+sPVqezjaF3O5wtvJgkKVdhT4VnaYlD/9TiRQrlRsR6zHNmAT3YjDmo2Zruaah\nthsrfIzqm8i1Vx9kOSfYEWXHxFHdBBe2Vmu/4I8bB5EpXWjg+E6hS+FgfjB9vlkL\nvpF6OrpwstBxeuizWty2OKxC4rpLdtquVwcA5WmfAzzNKExLYnlVxrAeoBjA3ZLU\nURRf7pt48obeeMxL/DAF78EHiDDVcTxwTOHdaUiat+7T2RNr32z4x6/c85tsCjUs\npkefgl7nl5KYWBvnWeappFp77OpGMgTWT6MTLuIpOBCmLfLCAth7733YVIWsefII\n0ljCQEU9tHjRSIpu3CwUaZqNfrR+NDNuigYc77oeBD1+1mFIHu8F6qkiIJKPQtBW\nQkyQaiopOMzLWTvtpN3427qLR5VfGZKkZsbMWb4nEAO02yJf9AgYhGQ1SxO390M2\nHXnWhbSRUbbpxRBeoqa+gckqNLx25g8eS1rNYLDb8ccOgGNbsEui2Yfb9yyTy94c\n3ZClXw0WV/sCcB4H8QtCcDS+PrkQHCTABsDP2eeJ795zgn1ZQDXGcSdPi3x+PoBN\ndYZtdmCzt8Mqa59zFcfTru2yWGj57MclKNX2vrdfFqajNiQZCCVgMumU2Rzx+Swo\nKtd7Ipku82k5wveJBmgLJY0uIwE4JVxmFyl01Za9KFJTYGLDaE0/co9+ViV5LiGe\nxldfPYN4KIE6bpkCDQRgKBJOARAAxujUNBMeYMtDpZxpRWbE6YmVdi4lIQAhY+mR\n1RGEEDVoBIEZ2bmXgF205xcsM6yVGIcedaTY8X6FYjf+Ccp9qDK5mgRLg8RMIVWQ\n7DE82/XcdDDZ5ozK+Oc/+BBo5Z9O7Rc3rPiftHlYsyTlnoUONCBMMgmSBvUDn7At\nXtXrLZtCi2Slm+IE4oRhUmoTOM3g+l5WfJK05ZFlfYu/qGrQpDc4rjk3/PmVxKqD\nZv3ScRuqRlnGpaPg4kxN5eBwha+jGaIgqFlWimJ9Y7SFHoqA1VvMz2pbd1XD5o72\nG+mTR4RSvHdww1de8L+0xSSDp9Y9p/No82w2cEAFiAOoij41wySapr+KnGeWuZfK\noq4Y2YUBHpn7WLBgS048fQDXz3AxaEOvaIw8N+DXIYoNpyfu7rfYeZo3gfUJjsdd\nBw6aLEWmavMjwoRaYXhzZSsIfT2G2tGfVW95iNOMsJMNaBnOmEA/1RoaBojHpm8x\nCtddA7AnGXpw+XTlh7oOSxe0Ex/tdtHhuELdEXDy6iN9/txVDo8zkLm8NEAE2LPA\n8NhN+i1TlMdcq7Q6oybP2V36/iwn2mUbIb2H3Jd7KBwl8VahMKF1JsSSu+NUUuHo\n/MO/XJZ4mTzC3OvF6RWe6rCqCgR3qBtZfF77gKfRKVuL7o7HoRMEbnZ9UjaHOX0x\nRvZPKpUAEQEAAbRJRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAoMTEvYnVsbHNl\neWUpIDxkZWJpYW4tcmVsZWFzZUBsaXN0cy5kZWJpYW4ub3JnPokCVAQTAQoAPhYh\nBKQoUpX8exqBYABiqWBcZvANbJeTBQJgKBJOAhsDBQkPCZwABQsJCAcCBhUKCQgL\nAgQWAgMBAh4BAheAAAoJEGBcZvANbJeTrWwQALiPVfLs7QV/oGYbyOy2EWZLls5j\nWv6ogxhwBegyADmCqgmVA0q5BfarCJHnmXRD+4S6CKOk5Ka7xeYixU38xVj09VUf\nRP4rQQcxGWtla4E9MnvIGK7EXTZLKNr6mUHd5rgyb4PVK09+/jbdHjqRQH3NyWH6\nsI4VSJ4IjS8IxkwuaIpxHrHQwoKsaPGenujcjC3Q7UuFtuquxsXLhuWHAaGIt6Y8\nScfGRrDR6hHukb1N2BmoRIFlmPNMQkWq5vEVWIH1OC2X5ug+KNWTtwdlJiuvk4JE\n42Fswv8jK3GyuJcrpgd+jgkoPG8qyd6lDe8yilNAyMT6hRQi8cYWMX+EKzD4pNAU\n4JaFp7T9lRS1KNw8SUCgKkFC6/h/1hIG7IALlPFNFS05Y/bAl59IjdKR8zWhCSeL\nM+ZnSFjnSSaG5G4kE/sQBsH6Cg33/ZfX7vNqeevbCvVPqJhzLg38U09F9d1P+ndp\nuZyBcH9TIrbIVPH62MbmbNy6dEItV7KrcHP8KyA7eXNDOMJbsqbs//3kSy8LDJ+i\nhJdfwXv0Xmx0mxSjgNrXbHP4XwAbFUAhaUR4AZqS3y/+UMHfyu3Siqbof+6VeAdX\nDYL4isDBYYUdnhs03216scrZ2JiZFfvmyi7V9UpDcdUwW+JaiAs3RTleUI7YzwVW\nUe1IMe7Ke8mZ+G8NiQIzBBABCAAdFiEEcgNjDiyOcnJRaE/rxc5dwsVCzVkFAmAo\nEn4ACgkQxc5dwsVCzVkd4A/8C2GtVATjLM1rvwUy7eNkB3HeqJ0026D+EvcNRrP2\npOYkIhDeOQlVS2yecEtYmnrjGfOXzrXBLyfSqjL8Lxl5bAg//jtECSWxKXiaR2q4\n+GbcWi+ufYqXIqnkiEALAG+v/UimWexxkBQ+gwBfZM1fR6SpzbxPARkPCN/BM/ZX\n0YkLg9eq+HKjYEtO+mdQKEFPBEuTfFTub9X2wB7Mi6vWU6BNvAShlOKOfRY+bqqX\nw65tA650p9Od41CveNiBpiMCrVAJ/49rBvZnKMOO8Y4n1UyrjF8jRgzN9J+iE0bY\nk2mbFGRiMP8ijN2aLLsaG8byaHn/AeNzKRB2Ff8WR2MXoE98ZbuYfBZVEK6/1kex\nbU+wMJWqZupZSGv9htJ6z4UJV+ZzeYCYijvdqzryjOME2nQYy+NY32GW+RBOOE+d\nYQqSVAdYNhkkJFKWDPzIHDX6pqu/u2wMYp3o/4gs4c4r/duZlDoSBoQFBGAmTBSO\nLSBFRRQFG+KYtQrV6N1fAyUbuU5LhE8A3SvhXwVNnt6u29Kvwkx3R3w/E+1bk2mJ\ntNZngqlhvB0t4djkoLVq1IAwQygFNzvNyiu5+ivkgF1tYjmlM1vRhK2Z2KpRDjCV\nUJ9aVPrcVAAHU30MtOZlLwlLx6OVTnAt8Mm1ORwmSd3Fnuhwjr4gYXniMrGvokrw\nQFOJAjMEEAEKAB0WIQQKVbfFEiM5QobsdMNTlEed01JMUQUCYDanpgAKCRBTlEed\n01JMUWElD/0bfRU8myF8DluhRNyzxexrxFl//5aMSkYYgUkPBcJpHXIc94iUgHGf\nB4HCEjB+T++yKfFPc/BgLnMuOgYu7bGorFjlFcbuYL4esy7ouz5AkbmyMXAsQPiY\n1+aGZty0suPbNUhAv6NDAeE0cKakX7hKLbOh9GfXh87ySo6Hl/Sru0o30kkVmN01\njDCI0AQE0WRnE5oAN4ieP/XRZgRrGIUKtVrGO2wpgmoXpgJgJHQsZAd4a/AQNQ5v\nxh4C9PvrcSYYwhcCo/Pcofjq/JfwveaqbUtrgMYqAzPfedg1JuuaFrQKbBbPFaXC\ncUnQKZlph+LPPwfxEjyr+2qS6twUoC8uFAOBXRc/l0vccNxiLXD7p8xmUHyOg3eY\nz1DMGGKnK9XFQdr04kAf/7JjY1qtrJFkygbY5NsaTzjAiguZnRiOOu0U/B6QzHCl\nlG4NZGj6ggs6UPTSULpPjPfo8O/DBC7VBlYvMCGUmQo0ds13bnp8lVFpkEx0jX0t\nkd4lrGB+pu3y9ogPY+GYu7BI33xmy5EH0Kh/nOFwQ1jcyZwvv40Hlihvvs3GLRB7\n9JpN+2oMNqgfR0HUztsRiXHzRfnXq7wI9Ttn72rDjI/WqbUWVaSlTLNuc25KZQUe\nZqj173p/kq2gzkG+X6aXD6yj7fPBt3vnQbgcxJTlwVqSLDCbr7rRZ4h1BBAWCAAd\nFiEEymGdZacqe638ltKAGWQYqut0yKEFAmA2qJwACgkQGWQYqut0yKEeNQEAi3LP\nlpWmU2dK4P3FobwKYtdpmaV0AutG8b5q7U8hx+ABANqSS3xlRzrmpUQjW3hhGI3w\ntFogvhGAgtzQVXtfLJcPmQINBGfpPhUBEACnIlNQO4hEcoTe6/fkasYBgsIYoZvK\nfOemGKVAO+v+wQJ8X8DM4ffT3QrmO291LPwsmR+sGfMStf9Zbuv/reWsY8NCOTDt\n98RFQWG5OZw0g1TOdheMnO43wfTJQNUyOAqKVArXrjvPKb472KEMQckvvccUoVup\nmcfom2Eofgqk6Z+aRfofVvhT6BQlmE1hb5uGRibEqm0RbDtUeSgs39pSGF9gbfCw\n6ZjqxGJHcSJXKJCJu2UswddueSJWj6UfHfywPbIuXYx2Ypfb6RDx/kbkJCK+vNEl\n8FmD+6dl8hY4P+RfI/0iKWPaWwg5J9ohWk5kjL65BOOQ4uRdq6TNeibOsS5DKlp0\nnozseaAUhDWsepY7k81/M9iLALV3cNExQasLkdGprSUjY1fKlpNnFZ/jfQT6eqR5\n0dptA858d9+0iost2F40fGd5HWuA6GJWfIhMCEwcf9aiRYzmD67Wie6agxF1z/PK\n3VGGBdmbZzZTMGRBrt6ayTEPLpbFUJvkLtf9vLcvkGS58OTFcnrqFCtEzQYCfYQv\nmdJaRHmOR6r7k2epBC6eQ81h27TwhhfGvCuX7Hl/qYIHH37MMXZBonA7zICBI8b8\nEZOGdib2IjoLgm9Ez8Vq5rpTS28dMRDz5/MDHqSAy3PB33X3S+sTDc4K567FS79a\nMpng57Qg4plqEwARAQABiQJOBB8BCgA4FiEEBLVMPNynl1Gxa8a1IlYp33WxiL0F\nAmfpPhoXDIABgOl28UpQikjpyj/pvDciUsoc+WQCBwAACgkQIlYp33WxiL3tYA//\nZZc3kZnfHCXoUIYPPFcKC4oA/HFKn3HnRiN+KLbcP1naJ3X+0TFLw70r8yDo4+2z\nGlu+vCbEhSVdO2GfxdncMpiOWcPwSiKk/x1yCipnPAMJN1OAo2oEjDvhTF76mgOI\nJKtDnSu12CLKkSf2az53r06T1GHaJV1Nm0rWTWhgVbk8Ir561gAn6nz89qdCUF7P\nALFq2L/55yt1E1YL7wtZcbto3SBH5di9OUJGCTrEIPnxf0DZSny5LJXs6lKEIMnv\nkQrcitD/Lw/1BT3wLzeZmH5Cpr9EM9WyxJxbZFJeAWfgwv8JcSqpwlphV2wnfOFB\nKt88vbJDPAaTSUo2z2mAf/Ps9V/VsgU4hN9cGcBCTl+SaZHQyf9Hm54DSmr9L/KM\nAk9/7tzrYdde2F9L8yb7DQ0aw6CBn4IjpG4fDEIJQQisBFluTB7Od0lA1CAuoMYj\nmonUvES3RucM8Yeote9bjf6KTbfcmkuIyrfLdUsz7sALuvdNsiCLq30zOBhKq9sv\nkm5oNSSaTJ2J4ILOEthCZMT9sJ039tFZxvaBEQS8W8gW6y8eQWSVlixj65PJ2ck9\njABEmRwG2YW9UKSFRtReWF0WpY3Ijj6fcDJIHpThZ6Sz4HUvGr7jvcs8qFFZxEb1\n11xbwbQsGVBecP3s8TcnzVO2S+E/JbrS7xTyUY9xmGSJAk4EHwEKADgWIQQEtUw8\n3KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAH7+r21QbXclVvZum7bFs9bsSUlxAIH\nAAAKCRAiVinfdbGIvYTFD/9zy9LyYJ4+zQ6ycKffsGXGLKNkAp8L7KS9eZAS+Ccv\nRAZQQHwEFGaFeuRUNSA5Z4tATh4IY9w8ySwGHeDE+Jat68YZ+mV7loig0RROew2W\nYkr5xSzj+0MIzmS5++ngZf6S++5VwJAEmuG3aAlwiL2BJuk/wn4fqoeGXLM6gOaC\nnCJO8TC5lmJPhJPwj6E4gcE7MS7BfYRKd5emOlI7m2FytuQ7eo48IzSlkODZJfuv\n8rnKA/TTNQa2U9Nrl70UChR+5QYeAOuxJ1kw00RYOmCMAR346f7/esfYeMyM5ItG\n74xmYGLjj4PStAbHZsOxo8H82KG0pjadVBpmZAQgI9lN2QWO7kbRz55TV5nZFZaP\n8fJgYl3BerVuvHamowrSpSz5mVyBpb9JJmOJ2pUwSi2wQWvp5yT+LMh2Q2Uhm/3F\nk+q5lRIxDNfPukzgem6WKxfEfMDjDjDKwjeL61JlLJrnllmylcrt/cEvsyzdbkpD\njTVfsKtUIk8K2+aY6cqbdLnezBgVONuGGdunRvVXSKiUTngnBSKcyGsSlJtH3Txi\ncEBsTnFAplGA5D7GPVPF7XEEYpBifKkJz4UDH6cy1qCJBtOUd9Dsxi2hQxfzOHj4\n1m4lB61yin5rTnJjujQwWfh8bGz6Yatv/K7Aejdj/DbHEDf+8ixcYfNxAQ1Wpynr\nqIkCTgQfAQoAOBYhBAS1TDzcp5dRsWvGtSJWKd91sYi9BQJn6T4aFwyAAYyCPe0Q\nqoBBY54SEFrOjW4MFKRwAgcAAAoJECJWKd91sYi9Em4P/Ag6yEfyxoXvMl98IVUA\n/GG8fv0llOIJsKqSMEjBpCFfPOsXWDvXv0zJNI+XPgzAPMCd7R+m2VwcDwHyADtT\n+Mh6fubZTzbPPspX7LZsCyD6S93LZxH+vIMcjuiwKKb05ZSkaPLfwTYMeqN+oc11\nfDXjU0mQ5vC0M6qhxJLM2pIeTD7sVxsXYyEHzPxem01eqXyKhJFO7Cgu9sUYhzcV\noPEqzDV2/Gd6ih3chJ+MxnMfq6Kmc1kTpstCMBbmQVXafY9roM+bFQlIiUgfbGdD\nFk98C4+C8IA0IVDyl5KIo8RRZ4mccgbt+ZBVBkr2jMoKd+hFhlbF0aMG3EKPoZyb\n/Jr/6Q0kqqUke6stNzOazxftoulB3vk6x8eI1jRELHz5VM01nkr1A+cmcgV0J5H1\ng6M/4NOLveCfPmGyCxGoSyWFgiagG4O56AdlhyOm8VjqGN4VJBbaGltT9iIQB5xD\n0vvhZvYbXbXtxbD/j7TUyYp47484dBdTRLqyUQAS9ICl6xoB3aYem2aQckSc1xAL\n7pIIHA4CykAECa/wZuYkAOLDICM74iMNIZfdH1CLg1/geBiON7/kqmFxyOJTNfkS\n1oivQvrF8AWUZYLCQ5ITmI8fcbXzJXnSHyn2ADj38GaQkPm5YJkKMAwmlolnzt86\nEnuZrIVVApx0NqjtDvBTNMcLiQJOBB8BCgA4FiEEBLVMPNynl1Gxa8a1IlYp33Wx\niL0FAmfpPhoXDIABMJkRvqlm0GEwUwRXEbTl/xWw/YICBwAACgkQIlYp33WxiL1O\nbw/+Je3ILeG7tACNix/ycJ86Y4ZTrCp1WtrAHdZtKqH0WO9+BuVjKFJU2d3R+176\nSoKs1X5+0ZxptnzlVIZGBcKn7IVk2g6k8GV+lPoR/WyhPxLqH73ji+g3Zod4PKnS\nXgj5JjoIDe8abXCemAd5j/1aqANdxG06h71+UC9NSxMzvzeDQQvAkToNmy51A2gq\nzBKDGO5n5Eafw8noVHzFnZrMcXIe7nkG/sF5601p7q8jOVeGk+Z8fD6v6xl+MJup\nX8CuQ5fGKFW3nmWojZNH5yM58UnwzJGOBg70CoSuAP7kOGOtWa39RS5W9O1zMUe1\ntKpVP1qGrcmEOaqmkc6guE34i0ZEBjiet1GwLWjjgmXGLgTY/meFmUIbCVeKi0hm\nr7SJluHk53NVvf3QV9Ddgs32Vz5xQY7894FCH7Di8sFNYofyxw15SZjee/Usyc3a\nrQOTF99VxOuLoU9lW6JZrFISyjZ4Hbz2UpxgpYvQUK9Yj19irdYWY3HGO3LnguOF\nS/Q1Mr966Ca46fSLCW++5XH9s51xzk6zAyW1a5u7xqYnC8bu3XYBc713VMYPexUe\nowl3ii3Tp6hb2g1NLxd+7IAYaTb68FmwwTRjUwAwh8NTiQv0ezTFe121hs3K35AH\n1vp2CDkIpAmDACWWudjXl8UhKsPMAdzJIf/IJ8X1fXTgpK6JAk4EHwEKADgWIQQE\ntUw83KeXUbFrxrUiVinfdbGIvQUCZ+k+GhcMgAHHT2rJ6TOzBn9S8z+kWexnFbBw\nXwIHAAAKCRAiVinfdbGIvfzwD/0cjeyFVVS1j9On9v6LKDEWASvlFoGelpHah4vV\nuYVh5XrnlwmPNY4Qw+iMpVMHhDwqX5zD8tyJypBb3Jqzq04Pho+lof/qBgq9wley\nWaiazSLi2/Aw3ptJG+Qz2uIzEVg4Lmqz+tMUbA6FmOCJfKocA2Qrc0eJT6pLZ8By\n8GTzMyEwTgh+oTJuyFuoV7ZZmAmUxI3c4t2c5ixZNxV5Kz9ZIvvkHCPHmoAzDDKp\np35aFNlWRxjWNvWdu/7B/fMEt/wI5XfH7YzkpMp2gbW29JytrrKkonO434qGz1P8\nx9iMhYnlmp9bpU0QWcV7ZADE+VDrfg0y8xR0cup+23DelHgt2AYHDZWo5D4UicAx\nBMGVeKzIJ4aflGjPhzIeLvuPwwUeBtJshJgTTxDKqmTrPmc0FgE1RPz/aeHaIpuA\nzQwAjUKiKjZcW67c55AflnBOyUyoQxzjlAmcDHv/AHLh3lfvNEETep1qIu5G2hZw\ndVYGDd5ejvTReeCBNvK87UbAysWU4n22lKobXLU6/MOgO9JwWKclESXgbRMc9Hjz\nHvlahh50L44YTtDiP6alkG5JUxu0Sjx45xRabl+okFXaz4tx/JrhzcRvS41yIhNP\nSqUwhrCqIsjgiAlIraKrQH/nskObNpwmqxgrzb3NMTpi1OuI6s3lt1aguInL5qaC\n8Kz2l7RHRGViaWFuIEFyY2hpdmUgQXV0b21hdGljIFNpZ25pbmcgS2V5ICgxMy90\ncml4aWUpIDxmdHBtYXN0ZXJAZGViaWFuLm9yZz6JAlQEEwEKAD4WIQQEtUw83KeX\nUbFrxrUiVinfdbGIvQUCZ+k+FQIbAwUJEswDAAULCQgHAwUVCgkICwUWAgMBAAIe\nAQIXgAAKCRAiVinfdbGIva2mD/9a4QruBrK2CR7q2oIJBIZBk4dgC3HJVGSFdldG\nHfeDXaUad7YmAbOxzHhGEmhq6L1SFMM9oOVgBasGJiY2lz/j3KUBHYvyDx1DMKls\n6MG8t4yqZQRc/QdOfB4LS9SBLKNmJCM8yLfqM2dXvMU8BRzYZY1HX3XE0vYlLvf3\nMo+gYvhvuGxR/Bxmm3DHzMym/H6umA1/PYl+16Qg5FpgSC8QncNEuY/XwWbHAVhp\n1ypk74r3OqtTHD/4sYVK1Kanyu7Ge4xWxcjWc0LjBVsPc41dZEPZgvM7l32cavBA\nOeKBuoEw2LvWqZHTYXR/tHwJOZnmdCXSHyUlOVOx22tALzZJRywSl4m5HjJoWNZn\nyOiKR/VgauZYqrnE/klH2qN3epndE1V+ZVqeKOdUL/w2YayKwlWKgIdaNbFYyxu8\nM+YR4InqvIec3HLVsHzlH0JEbWSJIsFv1xs+lU/GHuuISozp5cq9nSTC1M41+eBK\nA5wQFVhaQ2HNC9zVDGX9pj5PmL+BZts71f+s6p7dhwZgvjaaeK4PtuTqOVwI02Pj\nrhpdj9xiSHLJrEmOf1nzTFbT0yOsLJNdrjRC2WThfqj2HPch0vpJUsraShcNb1IT\nGTdbeGk4D0JYY2DRPXopKKR2rYRjimtE2KIlfn/0P9GnMOH7kb6p3JuF55jTx42W\n7F//iYkCMwQTAQoAHRYhBLi4C1tiPqtq2HdcRbfF19Y1CUf4BQJn6UDCAAoJELfF\n19Y1CUf4qH8P/ApvOqmSKG6ftW7p33rhk7c9DmsZZ+KlfqZk0ZyG/jG1qK5n1JO7\nUktJL5h2xU+6J6oUexWR8rEZ6n1OuIs9eCXqsD+LaAhX+wBLyIVxqp2Jdy0tPCo3\n0EA3zwhG6hA888P+jbw9HthLgvarQU0RZFkuxEmvIyL/eapiWRrLEaZ5Ljqj6fls\nbeuKHBlVDWjWP5qSjW4IQKH2wNRNvURug4GarjwyWM9PpzCgsxfsJsz0Y/lMBueg\nNWbBN5mRBwHrdnHidxhPH9U1A7QUX/Rq6cLJlvoNhIC8d9LjoaVt2McrXBKhz2bi\nWccnoYJy8dZdK43na3vyqXHmSwLs1JVYEhQ/pvTcbLm5GgZm4eFwoWpN5PpPp13d\n0Vm0TWvSto4Vy+QCahv7UB6uLodMjVjdGESUejjE33PaEyjhaQLukVUnVIybVksp\nP5juOTLEiVEbKlTtHqU+grVhZGnRj4R4m6yrVAfmbBDBROnExqbHEEhWmVBzoJ0T\n+JKguyPggvq1rexFX5QYw8HRwQrWvf9HDo5VmqL+0rZhb1nfYAsmWqBc27XJxdUM\ngTJrbVW49RyGc5YIy3tM9Z0iDY/oaJl7V7SukOPgkw7mGAmAvSQS9EeHOZFhP4NY\n/n1ddb7rgTL/qgGIYmIxiOEeSzBfoj0o/ybofi6gMoj/SR0zeFeYNEJwiQIzBBMB\nCgAdFiEEBauQNAwMXnl/RKjIJUzzta7AqPAFAmfpQR0ACgkQJUzzta7AqPAb7Q//\nVjn4v5HxeStnnX0bDzcHoDUrcM5OlvfFDQkYLV/qV061JPdihXiDcxGdUStK7JmE\nBMWCRqp0GW7b11xUzVciQWO6Aoz58jxaLYK8YCQRHrE7PZiWR1kT9RQv1sovvBMn\nrMjqaxYNvkvTeWe8+WgG+4nrg9ibsZGaYrnIlG7SDxXQdzHTn14NvH2Yfo2liaY9\npySjzXIhpimCWdGAda8TngZZXZB/dZrQJYl4voH5ng2uDx9kLcLjZHli5hGSEvkb\n8F+iruwMMKu+y0H6NVlnaZXr3HuRFOwJXnV6ctBrlGpmUCOoO8loukMMI4pMkR9k\ncBKQX46siC0+oOjJLO4hm5HpFx812OAtV1FaRcCaa3rI/N2bqpVJ8xhtAOjH0h3Y\ntUvUChhrbHaBveE9/RkcW70gwLbAzJL1FWWSJROsW2jk0+PUTVdpjY12CD7XK4a6\n5Mn+0mCv7aZDWNae1OSPYsDbtXexVYXBW9AV7Z1z8MvIx5sCVQcccmaMtIOBemTC\nPNcNY+GMnS39AN+gYcM1ASRmCIoOcX7GkxZVWR6U5VQ7nSedSH9GP4WrN+P9oljh\nirR6djHYaMV9vptlyilh+qUgRjVfqsINfou3xrt1CLr/dlabnUd99VP+36F35fjL\nmHgNFaR+YSlYjeedKws15U66tTIind5uXGqdBl+3PwiJAjMEEwEKAB0WIQSA6Xbx\nSlCKSOnKP+m8NyJSyhz5ZAUCZ+lMlwAKCRC8NyJSyhz5ZJRSD/9Rd55RpQ1jiJuf\nS9GUw7uekbaYmr8/0ERCrIinlreau1hTAtG3K2hUfGVKZf9pJJrlqdBIpS2NLtLe\ncuAmBW2tsxlsNUcWSy8b0b1tNEc525YcWuIuz+dckmscU8c8asJuftmjGfhw/wVY\n+GSkP/qwehPxePTF5Wo7xr9kwtzWUs1Pqm/bweqd7hHfK6noCfxzuT8qHgMKSvJE\nSIXO+/SN9NdWdeF5pZKATL7vZb04WXyyDbcZ+OacbC2Gos6Pr9+dAeN+c/ApDiix\nGEn18p/6SiGqzOACLc9vTozhiG8WJqcE/JUk1K0ArR7LqWzhzZ0vjA9tnfD8kUXw\nlmuNxNC+jHmV/p/M024A/4V4Gosd6tKj/Vl6UvIpPfeEUfalDwHmxYH62Lr3maVF\nHfzCAAaKeF4CmZAOutRWbFpdTrw7pcyFidDslhKkg+3eFjZ/tShZD4F7mHXXYcCX\nVQgUOXc3MxvWZKt+N1hx/Nuiepx35nh2brrhBV/oL5q75W7iB8ZjMOmk2vzLwobw\nIHY/6VBrm3Htj3p1PIvX2Cr93Hdrix1YDqbKoTGM/0jI7v0469zI3pSXkket/AMm\ntG9y2fCbETdBR1ugOc9KuwJ+/i8ivk8BxuxGdZj1drhguVukAXDKCduBwxYBPrJf\nGAqOv/UC/yWxDHOd8LuDbPDW702AIYkCVQQQAQoAPxYhBPv6vbVBtdyVW9m6btsW\nz1uxJSXEBQJn6VqyIRpodHRwOi8vZ3BnLmdhbm5lZmYuZGUvcG9saWN5LnR4dAAK\nCRDbFs9bsSUlxBU4D/90JyuEt4RKcxCBbIYm2qwCwtJUAix80qC+K2kExZKC4b+b\nkqqgul5+Waiaq6eqwATgR68aILcWTNN+XMCbXiaE34aEC2to8JjE2vklA0DUY0+2\ngvS0FoPJee75qOJ65map9KRB7Fsp78nEq0NAOyIe10EbO63mSiz/I7Dx72PuyMRF\nE2HXt5n05ofaU/ejOXypJfARx2+JZyykS2z6ZB8CAVoMzPRjwzO2IRtIv4j8oYHI\ncylU7e3KrbKUSzgDKGu4yAMAaAGNfTyIjj3D03kXcRt2FZLwfdY3+/InmPGNNt1C\nXRlIqtavsaL3tjxWdAesKpgHgv/CuH6jhu6W7TU41fCLxNEWAJMbrEtiEJCFejKR\nzbLSrv9GMZyQIbbxNTPAdKMX3etu4gzwZaeNNcfNyBZhMOat8ubQRyP1Jo8K6iV9\nMgNyDclNfCv6VxKuRhujFQZtH9h7fuUn//vMsQWiwkAU650/iZ8a2augWlt1qup1\nS4wZlcTbOGaVuxyVxTEOXRxcq9fRtgHtMdEOWCL438gl6aUtqwAqCdn5P3TWcjn0\nbxaoY8jV0ENb0nfmyo932lYyPCur05ZjWkQMGbz9az219jyPzfZhqB436OPhHnk6\nR5//f45mAf2nvucLgFRNOt9PC1wtwvFlpicCNXNFJr6a2oXI7cqG43Vx6b7GbYkC\nMwQTAQoAHRYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6V5TAAoJEJkEYT1MzmjG\nwHgQAKvsVvlHtkUpEqygq+lkxNXVs4CYqRPttUaeWtCtBkMcsgXlillqy+RUVFgg\nXs1uPcuD149As47aeAVVvTA/4YIsXLuSt08xkbQDAdFh7Ud2zzv77Su4cUbyKBSD\nVRcBkgw6SOaAXt4W/cS0HD3j9Lf9xLSifL+p64Kl9ovP9i3GPlWONrnkcKiFmKGY\ncuSaZ2UkwHm7G6bZhkvKWFw8MEWIFW7KuU5TORuSkip4alNaONb4QXo5HjCrpUsN\ngh6RMefqr4xXmte73FofTKhquRUMg26JS7/msVp5tlDL1v8gWyXuBwtVZYWiBc4z\nrPMDhGYZL1kt5BaZLaCnomfs8LVgfHNd0e4n47FiBSQmuiU7p02/etILheI6vhXw\nsILaZWz3pjyiZpxFcGdiJ+5adwYo6k67CG7QYejsvaKFOhxyaEsjNCGcDPX++jaD\nxI2WmVgmb59rD0N7Vi3bivrfXV4HEGUcE41BPviGLFxq80iB2vlKZv9/RdGeEOO7\n87H8VVTwYOxVT4DtQ3IhvGbsQE3ZgzdU1PryMoK2TOEIyGX+SukvEwF9/3H6Hn7i\nFO3LYerZ3bWfEJ5kbW9ZDmqLpy7SOKd2zAF74mOIV6Uds1qoGZeQjyZWF6uhJnjE\nFBoTqYfWoHr1CgQ+7ZH8b7BIDOTUtnQ41Nz0+T64naTjg8xluQINBGfpPhUBEACy\ngnWLGoIlLzcdlGoqPilLsgSQb/PN4pw+o3UJMfmWNtHulhVm/bpQr+ut/4POrp19\nkxaYU0tB5vcPPAz5PpG00kw47c42XO0WAngq+Z8c/X7pDu0prGiTXHnWf0rINHXn\n403SN7EISGClSiTiU7l8jOhClUy3ZbVNMYFGzVa5VfBSzp8i7QBcAH3YS+FdE1vQ\nQI3vZ13T25s3nghT6AHCmTnSRdHjdEoKY8/FpTTlLc+x3Q3i5qqUYwwj9rOd2Fty\nZ+pudOIW/CQX0+PGeNTGkVkuDiCA8B4vzZ8nJyMnoQ8AeDLsb9PVkzPCL9NwtB0W\nrat5mcAq00oQGD3J8OKNtRHux76fIA/M1VemjxKbC79knGfCYaOtyNC7NasjcKnO\nJLuy5DlNnnXkXpmQCO6f2mWetsq7qUAZaW02u7sQ4QLs+zK+cwz5Fcni5Lo0FRfs\nWdIVGYJjtxZZY0Lh7qRzYESv/KIhxnq8Iim+/rtWfHrPcq9hjykFQ3vtZKFfIhhD\nJMg6cNh+ev+JrHb+2RcEnogtYxyHmh9Eb0iSvYN7Uxi8hc/wdmn6+l/J/vSrjXrN\nz8f9mUt48MjLpkssMPVHfM2mPaLoqBINP7zS3uVLZ5maYUaRJDTkg72es9DFg9t3\nDxVSCwsPTet8MDRPDEFV7q2cDXTqHoV0JzrbFcWBQwARAQABiQRyBBgBCgAmFiEE\nBLVMPNynl1Gxa8a1IlYp33WxiL0FAmfpPhUCGwIFCRLMAwACQAkQIlYp33WxiL3B\ndCAEGQEKAB0WIQS45fExdtKnp1IgAoB426O8R+8iZQUCZ+k+FQAKCRB426O8R+8i\nZabYD/9zhHbtxWpfxFKiPVB4Z+4tx73HfoYNfnnY170+BKmffbXoFmM/3L68CnxV\nNOfHLMyaUZWIo1BMBauLradSSHaH8SEgWNdnPM0KrP96AKOH9CkF01sgsLGfyA+g\nXwEf7F8VskjTeNgLduuTVzvSJTlxgvQwv+NiSNvh6yHdqUAiqNY5qaEhvbm6wWZj\niL7b2k5wlMkPBd1K/+2+XwpXprYF3xr+BaccBOmjWQfID2SJjpmY+v/D779Lh3ph\nWWeJ+S8y9NVci92g+K3RruHQtE9DfJLGwDZwjcUkn3rYbvFBi06vxtjCwbIf4NpK\nPeHJfUZgGUyYvje3rOeURV3O1lw2NgfrVUH3A9o8Zuu5buWpvcSR3SGd/3Fm78rF\ngr/kf1l+W7HfhH0rMK5+T4n2UMgZa02TvGs25UcFOSu2cZe6EF+eLlpuoGos/1cI\nC6yb6is6AwjbpgDL8pyQUL554Jz3udNXIl5+pslvjYcX7iqipPdF0HLdAG3Hmmcl\nl0pP/8HsDvEQk2tP65eS9VGw2YvZyokkY6QKVSo8f+TNQu+vKrociCai34Qxx3Pu\n8em3hzX/v0y2Rmw/OM0YLlxVNOV/4gvS1JNlnh5EmagINJ0lVpEJdLDJqdg+/ovk\nq3FunLpRwkUjdY2aYCU/lUZYOZXCcx0zQq6U+ryxMfVpJZ5rWnHHD/wITWab0H5r\nH9Gjbawdky8zlJ2q2a5wBFAyp/BLGE9SXTl37pRHD/aAljpcDEVtMX3Lm7R+1wtL\nGz+FIix6kyhcc48CGnkN5mw/omiSTEainwQm5Bn7dBZ3mqc6a4t7mhuvr9563qiU\nRd0y0sPsCOr3eGcJ9PHfwE0imrkAwNhzCqmeQ/uxrn3q7zuUqaB/Byw420CJk78a\n8hjO5e6YZTdpAuImpJHvW3EmI/gnXePcabjh+30zgF2Ger7pQ5v2Sa76BHoKhZsu\n7tpXsVAo1EaNMrJ1F9/bgsXPnugozwYx59ZFtET4tgrH5FC8U7as+DzN9FCq2riO\nLdE3FFsb7Oafj3GWi+9FXBDJD6VNSxpFHatZ4a3K6Kp46fl/G1GNA65SsKw2MTVd\n1B3pNQ+0HJhaW5bU7wd/OTsRWdAXJ3vw3yPKhDc6/oTyYDo7HDcf6Xae3dwVrSTo\nyRkDI29gWTv3lN7B9LHen6x43gq1/7MSb9u2iuiaSP8rvvYc2GaiRWcfkg4Yeuk1\nJ9qmgOiHyhA9cXrcMleCaQF5E1p7ocvhOso1/lYncfPlYx+vKZGpK4GhZk1kOczy\nMC/Zezk1qG9N/XGoa0rt+LBMNLiFobT3Zj6sADn767Md0yOadEgYB/xTmyASpQK9\nV+LSkub3ELPPIl+pczMFJTBXMe98MDmvUJkCDQRn6T5dARAAsqH+m/iwJMUh4k2X\nNEQI4pTbbIcYajkq+YawKYwHciw51FjH+Jqf1MrRShwm81PR/UJGFy8q9pgpbZJ1\n+fgNvImB2c0tHl+VzAJmlnar3eCJAG/0sOZN4RUshU39A1FtRvDtgME8LbAtLF/o\nw8gs7fswadgEZ2rJ5vt4GfOYgZplpK2X/hw5Y2p5fwR0ROSc1+2PEvwe9jR1e/vp\ntnago7BJFmQx/YciNPHMm8/yo7OcAZ1bo9TKpUrSrvJAz/60fHNymnocBQuKYk4W\nbBXv9EoLYni8vgby7O22EXTukgufPbDyuef8hpoeTR3p1Tmn0wtNvaeWXReyjDyZ\n5hqOYSKkNTjQQ7Vcz0JDTt85RrPmrhDdUZtDxq0SneC2G7iVYpJ+16NGYazp6HMx\nhH5igEJkVX1rkqF8B/159g8BEk18Mda7h7l3GNIYhnZn1lcCYIgWvj4ZtRY+dgEb\n83LCDzOiG/p4oM3EqF2sd0K4T2s1VGj5+zz8tGRHv6ijd9ajj9Ygin63OFbspIRG\nqfWXDexwcKnJgFASJp1qeZCR+Cng4YODX1CrkRJjxdacgc1Vx0C4t3gUKvvxt34y\naVSjplI8/+rlEYJ3Fng+PUSE2nml9h4IeaqQVzveSBo6e/p5A+vwkfX42d1uwwAt\nfdx8NVQl/vM6wgvU2d9acWsGHnsAEQEAAYkCTgQfAQoAOBYhBF4EoeMiOhmiBwbi\nD5kEYT1MzmjGBQJn6T5hFwyAAYDpdvFKUIpI6co/6bw3IlLKHPlkAgcAAAoJEJkE\nYT1MzmjG9GwQAJcju+Ow64DNqGn+W0wc55Rtd/OdtT4JHOULc6cDWcNJ9h5yceSk\nUAW66+fVWhghZ7a1uprnjUvFs/Oj8qT1JeTmaRpP1qNeceVDZL5TIKdFf/Eit5v+\nvxMj5LoV/f3G9DIjfbL2w82F0eDfm4BZ5IlSAlpPdj/d04pO3/dyEONE8wJWHIw2\nCo6NNfcfqRkuVWMNHCBo7bDYo2sIhgyMkvvczbLylJp5rAgSbjPXtnS94s9qfuKj\ngvzMgkjWf1fHE+w43yYHyCrQcg4pjlwllgkZ/LonP+PaLvIGPNrYgEo+wXZoIuhb\nLUofRV/gwXkTJEcgAsndNLKuT5xSlqq3BLLwzaM6kR1Qc54X+l2khE+Lr31pBPOO\nvvBpZzZCSOTxg496O4vGHkGDfxihcn+WG278x5GRqfHfTx1GHsj0VJiuJUYtA9jP\n9s/EU4PEd9GydTh2aCfCVpncMSaPAGBi5ZpuLiw6zKBbyC8pFb0+U196/GcNH0KL\nySCFm0QJArRFh+ACvClDOwdFuReTTv8gwkvccXKyuED+gO+hzBqR03rD50DiUDdp\nhDKfBhIj3VfWglJv+PbYm3PeB6pLmYYfxjI0nCg74au1nMTP6qzRluHcxf/8RtQ8\nEvEH6YQe6cVvKVsoPlD9AktF73lM6X24qgo+DVGA37lK5P7bEK2EAGXRiQJOBB8B\nCgA4FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPmEXDIAB+/q9tUG13JVb2bpu\n2xbPW7ElJcQCBwAACgkQmQRhPUzOaMaXEA//UM6zNjgto67xRoIs8A+7d4JLElIi\n+d4e+0sV/xiSLY8kAN+R9yE5jCvsvU89cyYke93nF0+x3gM5rogRr+IFLAx5j1JD\nR1ku8vTGrynHM8zOIPmlPhJEu7hQTZfueeZLCwrW9OaGqshkwd0yha+P5sl24yUX\niXzNwaCZoznjFKCYTfmjmGhn2xs7Oxvyr5c2toBothvbKlBxyyNyzeYuuKnZuFJO\nN5AAa6zsLA22bbpqnA5gzgmL3ZAYi8sa4R9YhNm6uuzt45Xn6tvHQ32DhBUyZGDT\nODKhNBQItpnfF7s86gaIZsGIxsq7ptfQY5j2TRDpbW8K/E5EteQFgYY8Nq6FYea/\nwCyDUgxGnbuL/e8FuCDD439RVTExI9furqnTrKqy29hVVHB2vV1iKWXpyfhTDZql\nosyD/ssLM2i9jWKd+3Zo9CQZpTehyiA/Bp7flwWxf7fa48zMFohf7qnVJOboJCOu\nW73WL4NB0Pc15ajGUDNbVPI2soyRBUPm4Wcb6PG4OWeaqiFQKp5DdaoP+CGTRxSh\nJ8uT78SDU3kZSUutNyLRdBpMp0TkZItvs69wNpoSznDdVsWuMH27HOX8TsNNWyhw\n7B/3BYsTMRXUUmrQ4qBKxtiWLgy32AUms31ec3IWVV75W7L/3WEtGoEt44dHHU9G\nFs7NN/SVOqkznYGJAk4EHwEKADgWIQReBKHjIjoZogcG4g+ZBGE9TM5oxgUCZ+k+\nYhcMgAGMgj3tEKqAQWOeEhBazo1uDBSkcAIHAAAKCRCZBGE9TM5oxi3mEACmA/O0\nLW4JJy3F5I0BtQKk0HH/JNFjYASDpF7gp2uN19/JyZ8uQRRyME2VIdsL1xcbBRPi\nAWqQ+fh5mv+PD8NH5uMR78b7cbEohXv/dW0IZQnrskVrpF5TzTOcYSIl9Kyg+yvk\nDB9YMsH7tO5xmAdoo73QaT3adLRx8smGWffVVTEe2PanpbWnY1hSqT1LmzijJDzI\nbhjCQTBkXmNyEg1KRu5X6bzAc6Vutg/lqGnOz81XL81Ng4Wk5HGKy4SUhzN0PWfv\n+DerdHmSTGVy0prMTeLP2aBtacoTbQsnzmIj14e839FqiiiBmWq8Inru9fXzYWzL\n+VqC2CBDRZJbmFglv4BwoHLzRWwEcAJxY1m+tsdUBFZJjbAXlJP9J7tG8G0aJ0PS\nmx+0Tjk/L+aWhCYG4YBAlnEzuqbtC3Dw+F3UiCyA0hNSRdVTeGKF8ETIuTYJRsr7\nCl0CXyPThjbm+ZCkNfm5XbDJCLSavGdgLVRnTzSgFftErEhT6eF21acdI30nlpxp\nchIEugAvmJL2bUUtpVvZXuyhXxyxC7OS4vXCmndD9C3sYUHK3/JYfuzPIyc6GE3n\nHSEQPk7y+wYGcgfJFbOvUeFDNCbL4/eGXLjespUH7+0BIoHE8sbfx1uLkMNmqgPB\nCwue8pQZAUaKaXhEzI5UK5+NfcD8W2OU6hxYgIkCTgQfAQoAOBYhBF4EoeMiOhmi\nBwbiD5kEYT1MzmjGBQJn6T5iFwyAATCZEb6pZtBhMFMEVxG05f8VsP2CAgcAAAoJ\nEJkEYT1MzmjGIOAP/2jIfaOkZLrvxiZhGfPliGEDOAmaNedmVnYXFxh7Rc3CuCbP\ngpKkDwt8N8m+JbiWAB83VyLafwUURyWHOhhFY9Va2zb0eCcnRHP8N1zOhYVrZenJ\nElElfI3ZtTVvhHYbP8CcUQ3I8sAmpnXn9r0INFUCcB0TLyogMLcy56BPE6/eDjad\n4Jol70nn/63LULTpzH05mK6RnlBtpKdcwk4MUYC0Gs3STHjss2jaCuMA08veE5Az\nPYqwPC8C3ui+SahAgfIOZSZ5Novzpgjo9BAS2t1vbhWUmK5C6Egq2yJH7Xn3t1I/\nX9GtAIoxZH7jYGPLXaGCbxJlvrwJVrj5MTSW7fVKntNPT9CQRQK5HP2E1dAScsUb\nC7B/Nr0L5htRf7toEiZ0u/e7IFvTn16npcgjXxMw/J3440HkWXHwSpQdcpCC3X3n\nS32BrpKfpRg42tyxNLUCgwMoPIcnBtaHbUFku3Zf2yt8rsSSFpbwy8mWKwZ2K+GL\nUQfb2h5rc04NiHsV7q/rYC23NiQKDNAOohj4PKQG08zPemQUm/nQn7SMFcSWuaaL\nhsDkRnHN0/pNf/oNBXbtceu7oFjUy/kRTC0LxbV0fB0wr45R3nFbwGfPjJ+3AXQu\nJFc13nbzTU3IfXVR+1T07Z6/pXIG1npCpyeG2Y5nge7e3mqLrTgPC4Hj6xt0iQJO\nBB8BCgA4FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPmIXDIABx09qyekzswZ/\nUvM/pFnsZxWwcF8CBwAACgkQmQRhPUzOaMbX/w/8CewN2bztBvEHtSHaY/FZb16/\n0rJZK5SWz3m1fA4z9ReS+/hoKlal+uyA9kz9WpYVQopc3rk8wRx+i8rTTnSw6vIQ\ngcye0WsNKFB+123QkPN/MA0z83xd7RWBWO+CuPnvjgQqNKBfRsCvUR3P8t4hVJ40\nPa0lYtoC7foD85zYTbFfdUTsLrlhiEV1H6gx1u3IWQuINfGhFjPrpqmJEj/TV5F9\ndF3a/B16wtMC35osvKTyza/CI7MUjN44B8PNbF0NVn5kYtICcksgmyjL1o3m7xTg\nITO5PDwpoBK6CDidyPj8mtzhzCgympW5SE9imLqmwkkMPSVExn+RTKOkiUjnF57+\n7fbqnsNX8siykq4Tlsi6KjHCuQU3Y/gi3lZVXzzDTM9GH5Gj9Wuv05ICaoKWGZi+\nj08pgM35RciILIwQdNfMRxu0StXGSKci+MceIy5eWu+MAu8ou8SoO+/M500vqlqf\nIZAXcJb4w7q/F5UW0aZ+sNmEC/+Np4yBHmaWclwdvZvOwysQRyXbpOtD86TBIKPE\ndyBGPjACq7IiwynGMP0XQHpUDKdURtbM0fjos8zDAwfyitavl18xPqsHx6uCSYE3\nC8ndpi5MYocMK7SxDfofDiEuT5DQvNausDpMMnHXqtRjyYxJ7UcW4W3gnc4ljY1/\no4pjnaH/+FGFv0wgm6S0UERlYmlhbiBTZWN1cml0eSBBcmNoaXZlIEF1dG9tYXRp\nYyBTaWduaW5nIEtleSAoMTMvdHJpeGllKSA8ZnRwbWFzdGVyQGRlYmlhbi5vcmc+\niQJUBBMBCgA+FiEEXgSh4yI6GaIHBuIPmQRhPUzOaMYFAmfpPl0CGwMFCRLMAwAF\nCwkIBwMFFQoJCAsFFgIDAQACHgECF4AACgkQmQRhPUzOaMaEQg/9HKkVIdHTKU7i\nQrJW8L4cZwG9nJY+j34N/4t7o7mhvU6cCNaQ9hUuONnUeTI+cZTtXL1SVxgAZRad\nYj5CODN4/QSRTTHfsy7WelyCclDa9GZn+bGIljX16VUBNZD2AkXg/faQTF7d4quq\n4P6ZynxJXC3rF1DVBrOQwbTjHNmYsO3Y6zruIk5LLPSxeyGUwK6Eatfb7SgVaXSM\nkXLhr3/itBE47RdXpuT2+gabKbvL/s9bP22LxKCxm5/eTC42YfxtXFUC0hDZA6wq\ngP5v5l72ANEVQ6jIj5gHWWYgadef9subnjenN6cdOekuqH8CKHDRgE8Su1Nc+5nF\nfG0qnaZyzfKGnf5jgoqAxkzfQgSwvYJVFU01UAhJ0kLYxaigpjmXPQosI6P7rgxI\n7yFPkUXfc10G2QQpiKrKppahS1mmhCwZwilG1dQuCpmsFsNLlSVuG4Tyans6eIDV\ngaNh+8AbQA5eRwHvl9KfFgwBk8spM36of8AWkG0T3J4dNDWlUCMXXXIENpJ/y47J\nLIK+S8qQ7bCo4YwLidwZN4/vDk4usZ3djuBXvYwwiefFV+EZDxn4o78gdcoIHmal\n4cpMdqZK95QQ5DN5KKLB4etE2gRzHor2Lqa24YindBwwrHpAJ7WRcvqAaBvc8ty9\niYGIMAO1y1YMrakhoN0FTUrAXpJP3neJAjMEEwEKAB0WIQS4uAtbYj6rath3XEW3\nxdfWNQlH+AUCZ+lA8AAKCRC3xdfWNQlH+EIXEACqQLU/9mVK++URC77Je4WEA7SO\n/XsL8zRoLy+qud0oCHJvcNJVNi8pXHDLBwOKyadU8r6V0oJCmouTLKi/9htlYCew\nIBy7sDYP4OdLygwkPcSu49Vu/+d6YDKKO88+Yh/FIx4BPBasdPUFcmde2weJTS5W\nJJBI3OFmm3zntNArSvZSXjST8WJEfOmPnshBAWrmS3LXhihI1jzwKjl8hBWKaILF\nqysVv1q9IpQEgz9R56ps/rruhq8I69vdnsF5zJpOk08Ngc1IZGdZrR6K8T/fy2SJ\nTa5yAUW4op7b5HAp75BwAwjuI1xwcyJOHGxiYoO9wVZ0Mgs3fFqG7DL8w7KnM2Ad\nmdMzYkrLc7z0tqboOHpkFtMMTuF8iJv4MgbEpeEUN55SH5WpQG23kbalDmNCVWc2\n6f/8Xf2Q32nlthMkae//xXVENvXER7rseP30jC798qP5lvUIF0dM79zK49mksEiL\nik7SU0QGqQMZz0a5vggvf300hySiWWJbhra7D+X5dbGmMiT/3b2WwKuiJvR9w7Vb\nhi8syMz3ezVq1kEZZri/giiccV+ZkxVY/higBo4xyk/U8iCm3MrD2pWCGXC6ndbN\nFnnIOCj3CxW8RYzsGhO7625M+nXHIW/z3HttMPtPc9m/63zSmO8YYQJYZ4L8YOpI\nPPavdl1dZKwRd4LLxokCMwQTAQoAHRYhBAWrkDQMDF55f0SoyCVM87WuwKjwBQJn\n6UE6AAoJECVM87WuwKjwW9cP/0J9ltv0jbmRlZlKMSun00J+1Uio0JbKoKzmsmqp\nl1xy7vwcJBqcuUpx+rZELgiyjkWYwiRumzxZxIZKevNOzawXKynSOkWff4fIpMTL\nsyffup7FNpsGWauL+9pKqzmmOQi2no/G21vAXBiPTUCclrBVKnhK/8lFeBpz/fwi\ntl5qrwG1xNnIA9/5xsSZEDCoGRrMM982ocIixQx/EqZ+aj/5F+sDeDDJtSiYa+2N\nQSDS+/VsVdEr7CBfCkPDuxAF2r/LVVwmBo9fIKlA2cQyIwta3E9Af2IKSjOdfRwy\nOoATXm74yVC1q55H9SZZgfitRUBaOi+FMNxHLcpf/QxOFA34y2ovWDFKn+5mR7A7\nSZqVVDh+c/ly9D3KMbXlLG0lNfZQPgV/84wzsWM12oLISCiPDp1OolukOqlY0W70\n00kWCmIc86DMI73QyisTAElFbFLSgHK2nj26AFpMypeD1dURV0HkgEkQHC3nUDC6\nuUIk4/Y39eDwTZY0Uekhea06/zzV3++/wbRfn9iE45DljnlN9Bs4q2cwxyv7Ksp1\n576vhhCEtO2sj4c5UTGvU39gT7DJwkWIbAzi69ucNzDVMPk6WiAPNgkbfWHp8w4m\nIFWxVm2RbxFff1hG6ITgFlIvnuuDqVok+XyZkI1j7PbV5ipC9kIP3U+gnYfSeaeN\nRwp4iQIzBBMBCgAdFiEEgOl28UpQikjpyj/pvDciUsoc+WQFAmfpTK4ACgkQvDci\nUsoc+WRSVhAAmCoBqVhpf+D49yXLFRZBWulLZOkv4KtJgMka4j5OBMCuyLPAeMqb\nyxcvGSkZkI873/xT3S8+5KCuhOX1Vh3yQqxUX+gOiqou6TKp4jfXC3idLzLtjKTN\nXBIGnqTf/tckKA1xSN3r9asRYdgFmTSHnFrWfDX4TxxL7BOvxsoy3x9nOZgxgigs\nwDTVgNCkVhpJwF3oaEgfA49Ys7Y59tA0bwWFlDQl6ZzNSNDGDJQ4yMqtitUO9Zs/\nWnqYGzcclOpiBa8uM+Aj1ueG39J5Zmv6smJ6w29hZlK+6z8I6rXoDVQyamcwcNEF\naozGaDKnU4mxy+8qVh3ShbYZkcKfCOGZFBS5Uv7QlDHX/VQ6SHnOeXpnJ32KbaXK\n45jxCd0OKDHYqhd+LiXsz2l1olst6IRslEVnAj3oGg+39pTq69gxQ1uOSqWyuRjJ\nScweWwzYzu4du2T+FaKxcVYaE1xEPKCk7kCCdcQB3SFGL29vNaIvBfW6OFZml2jq\ngC4G5ipi/qo7uyBagvBuvdrOQ3QUNe4eydg+zuCbrzm+SqXScuuYbfK4Si9e6QMJ\nwOjZMi4rshlc+uz+rcns/7lbgr36CTtgcDV4oG35c6jMZ9snFsYgdPGkFZ5C1Yu0\nr1D1FyLhDNnTUX0vzmYlyK6BijbQOBkStF0Fmx71xwZ6WSWq5JjmKGyJAlUEEAEK\nAD8WIQT7+r21QbXclVvZum7bFs9bsSUlxAUCZ+layyEaaHR0cDovL2dwZy5nYW5u\nZWZmLmRlL3BvbGljeS50eHQACgkQ2xbPW7ElJcQBEw/+Lq6cd+yxzu64HXtIt6n8\nmT0xOtjx0cTURkxbm4NzVy3Vv1frobsIdhu4aYNqx172tNOKAFbfCtSWln3g8F0H\nWWxNErV9dUk37JyeaVGkbUswpkSfXEUALCDXJzXDCa0wMzOSJs3aEV5v6bxnqvBJ\n6ZRYeZjRmPjgvd1Yzy6tsubUM6exVVCa1Jm5d+fo0K79nRGMwFX7sa+QSIeWSWYy\noAkqmeguuYoicWl7GHV2/+8Rv56EA1n1+1m4P6zVsHQmJ34gUwiZe0NrBYUA25ko\nPMb98kO5L75Q5F5IXTn6PDwN/41UbQ1i2hrwf9DmHYCHlPOw+VfWT+GWOTpUtmjb\nVrWSAWeFOo7QCmPjUzEZtsuGyY4zhsjJeK3GD1hTQRGADEh8Y54ZoZ4IHxINp4hs\nEliTXb5cQ+nFdon9gRf2IK5bkIhkJUMG4A3/n1sePGunQl8FYJfExE9sXiNJgF+Z\nrpisN4RQaU00eyjCmZ4uUZnx9vcuDKzeQ+68xnSShLDOCf6mDUy70hLp+ftnHD85\n/dV19H66GnJpJ/Jbu8HwMce0/7Uq42tYwd4wkablcrRBdtMHrGjLQ7FhCmTSek82\nvahPTheLxYU39T9JleORMPwM9eD/lpMusLNzZy1wwuSVcn9Yx/49TYuvA2VHc3+c\nd+DRoucPKqXsd5sUfJpGiCKJAjMEEwEKAB0WIQQEtUw83KeXUbFrxrUiVinfdbGI\nvQUCZ+ldkwAKCRAiVinfdbGIvfY/D/9gCWmUrMYPrJCOccH1TQigZtJwj6nrOutk\n7Lwsw8d0NvmXOjFgLhr4pC7iDDmc4jgEmxDubxP2z+yIX8tEUM7gE5a/Q1tzsun2\nrBnQPGmmI3THWHms0v8FcSjKCBOYNP5yxVR7rowa+LwyPrJhB3l9Sw5CPC0aU/xA\nh/XhEo6374VElzbvGPWUcousy1+n+UWNm5ekeKbaagchwH0+cBZ+qNuc1iDwFOwe\ntwTiTZ37hX0nie6yeXRpsZ2D3hlLgZJrAFbvxqUu4tvteppSCIOh/rkCNKpbCveD\nvUv/5Z4O1b+ojcO7DYaCq7u3tG1M/pQp7DaI2zqSlFhB/sr3AWbSEXqcT/9r8Mrt\nQLPQymSj3W44Ej8ucdByAGRDPIU2IA8JpWqQjy3lfOYg2yi4bjvIuym3Aqu/cQV+\n356IcXbJBXmBN5nblPE4RS5WcdqjGTqi3tD3C+ufWMbjIuxVu+OTNcZ/SbyhDFnv\n70XkDu3Bx5soEdHPzt2xKc50oc+5MoCScOYVkItZ9UW669hHsQQ9XKbL1TaHK+pi\nmp4t3jk6THoCeiMIg2LSZA4ey9RJhcY/DgfAhCQBOUM2KQqXVjx3q9HAyepFl/+O\n7CtRKp+pneEG99KMTaFkTykg13Iev4zrLT7JNuZ7jWmBia9PrR/Ig7Q1u+qUPfG3\nxv95YJiyNrkCDQRn6T5dARAAoQW1hsaOfilAB8s9w0m5WaRY87+9VtQzbnHkYTX1\nDlLLt5WSniNXXd43Iad+u35mguftq7IOQImc7hsJoZhbYKNXwdiJgjxl7mn3sSjK\nyc6SyCZtGMWZzc1mrhFpmRk7ouFI2eg4wfnNFL2qUoSKEcQQoF3JEzvsOEYHBOf2\nmpAD4ejw+BsiR1/MwFGVttWZkvTXTY9yuP/LgXCAiNJkYcL1wRc+T5gTj2PZ+YSO\nYigvHCkfBdAhtSUYbTbE4cdEtPX0/nUAJxjxKNj08E3MY4uThh3FmHzOKjJ37hAI\nzhjAmIehpCg81jIXNpK6KZwND9+OuHStrGeKXlTqdp8dJuBrnKnbaIWdFHfXSTnI\na42kuDm/e7OG0rYvnHdL26D8Z2aouIvBkto7xQb/HZCm75/UOEzSXcf69hgZQcYB\n32Watj++7hmZ9SYwMyhqTaVuClBt6eyzrMRg1D9ZIymza8qt+ZvwU1yIQzYs8H3Q\npcFZipLRXQKU6XBz5ZP7SLt3NXzn5l2bZFr/KAyTlw9LItq2m636HQlO30Uzi0S3\nPKR/N0vx0pQK+BXumgEDM83XVKRubjQwYBYtLQVwf1b6Zc9D97dWH3U06551lNnr\nGKiIvwTLvIrv8k3tHk/DxTcCS4vbNukUp7Q+W5QJUZb04dJbKvGTkG8za2eF2yEo\nJs8AEQEAAYkEcgQYAQoAJhYhBF4EoeMiOhmiBwbiD5kEYT1MzmjGBQJn6T5dAhsC\nBQkSzAMAAkAJEJkEYT1MzmjGwXQgBBkBCgAdFiEEich6zqXda45qcGiAjp+DEgW0\nupUFAmfpPl0ACgkQjp+DEgW0upXHcA/9H44grBYZerrEPYiMggXX4jWkabx+PdF9\nhasv360RsKMmvg0fEzFkMaJjAL/qNoPFTwN+wyMiJEZSn2mHBSGHhsFWXLSZKWxe\nYKJ3yC0oJ8xLWgVBMrOSL+UJRnNgCvKwQCZQv9D32fe8QmMxfAzZOTyH4vn/vKjo\nUQl0MmNpx53Lr1eYFppocUugGcjzrY1b9GNPOYBLXfKVbdq+OnOZN8a8qAjuW3in\n2t1CJYP1Vi8FaU/x6UqBOv6FCJTNUZSTe11G/yW2Nw9iv5LCgExJF2C6cFcfjabf\nbEg6xp6S7z4vOfANrkmKhO1C4/bPFt8DML7ld5g3A7hu4YHzjaveHWilBBfv9yPG\n7ku2u/vJ+JSbOQdo0PhSyhyz2m8jqXNM2GSq7AwSrWUAmQK7R4JdkBNOgM8YNklY\nApdNBLHnvB4rmvnR8CmEQFX4j0Ejn5i+D83Lm2SVdYWVx9oxZKkGfR4A93OBnu4G\nNHAx1A98LqAj6Rcbgn7OhIqssqo1sT0TNKXkgoNjqnHNK4KkXgxSQIddYcrRvIkw\n0fJHLoc+bF8JpEEj4/s1SE0kgGPGijqyLjRm4qPrPtg7bU5pysrRKdgTqth6pVmm\nMPM+U8C9NER4pWWByou0FzZkhGISDwKRyj/N24xf0unHTfUv9te7rKrPqc9YKDlm\nA9d++ocjvym4pQ//XeoGMAykBg2patxNShtQsf9jTqI6NzWJ85UZqhIxe/9SO/SU\n8dgLy7gqiq9kt6ZRxVMKi1Gz4bwOIVeuGPTeOQibb1jWsWLuoYVSm3nUWuc/eM/w\nZ9dZx0vCeQ533bdeWte/xVK99MYr5UPAcKf+OdVkzwLJxbIH0N6ynKXRloxYeB6e\n99DsV/e6YrlDnb8JYE4FdsWjQ58Q7AO1kqoxxhRMXMvsqRJ79c5Or8resw3YkyEi\nneN4KEJ6oCP1FacwfJLeu0tAiJQP5r+ydXikLPsmJvRv0xmb9IuCJG/KpGFJ7XL4\nI0LXNAfFhvvDj9WQ07JeejJhIaBxbIYcyL+gbvtWvq0xFzvRWob0+SLRIcTSYctB\nFl7Ls7KudtgJ5rqPDic9VDwzjfm6jC9yFJKePd1S1cqi9MaErEIu6fpn6u0uqlPH\nsjfoQg/YXsrRYi6Usj/AB5496kE313jsA7hXmmkmgPTrwWvtaIAPK5tYML+3hLvB\nP0cpyXu/QbmD/DYTHvFOdP7LaOyjHQGZwqjb1AK5L7U4Aa9GXkkt7G9wiq89EQPw\n9vbNJhV7WCeJA4kXFoakCavsakqZCrvYLOLM+THJGlNmByic7V8ngv7LkBlxLLMn\nvu8DEDQfJ3ct9SQ72wCMuoDSPTQL1BZRDroDXT208eU0FQ+PLbCokiDjz9aYMwRn\n4arVFgkrBgEEAdpHDwEBB0BGWHU5fzgo8lF50A/8ztbE8US2FbKkCnye950WGppf\nSrRHRGViaWFuIFN0YWJsZSBSZWxlYXNlIEtleSAoMTMvdHJpeGllKSA8ZGViaWFu\nLXJlbGVhc2VAbGlzdHMuZGViaWFuLm9yZz6IlgQTFggAPhYhBEFYf324x3S8zxMU\nFnYvZ6Cyw53kBQJn4arVAhsDBQkPCZwABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheA\nAAoJEHYvZ6Cyw53kONUA/j1L971UC2f2KnYNePnPHzsylRecscCFP8uwnsmh2cqh\nAQDya6sSp1wLSk+wADoaZ6/+XPQxZTJ97ljoMwHq3XoVC4h1BBMWCgAdFiEEymGd\nZacqe638ltKAGWQYqut0yKEFAmfhq2YACgkQGWQYqut0yKHGcAD/eLtY5RQPJ5rq\n0AFUZ8Up8ePrIBt9wpWvkYvRZI5CJc0BALZhMqhN8Jj9Y5mcLAQd5ukzcyvr4DyV\n6ePykXObyYUCiQIyBBABCgAdFiEEcgNjDiyOcnJRaE/rxc5dwsVCzVkFAmfi/n0A\nCgkQxc5dwsVCzVl92Q/3R9tc7J1Y1vWJfC7+9pSPFLHk2TRnCSOPs+Lvg9kh931z\nQu5/+Pt0Qe4k7OQ4q+SulNh5A3wyz0hNVMx41I6hCfy2dizGEeodRwj3Kb+8nqWI\niwTYr3mDAfaY5Dbii3n2kzJBfuxcTgO5CqWsRbUlF6YqztYkHYT/gjuyaobf7+ap\ncCgcqSkUEybW/201XHVOncRHoLhUWzM42WZfQ0sHkh/7BKK2zUuexWAErUMd3c3G\nHvxhAvRbbEEI5+wevJoqQtbq2nV59Okwd97iUMSBMW8RZo7c2U8R4Pru7EAqkQbV\nv8LMGrH46DVFP7SJmRb2hdigokjRXHQeVh4yuG4T5DQWrL+dlhxaGrfLpO4YL0n6\nHIHsPdnud7jzM0ZoBTjHv7qm+SaUFac3A8f8iUZt7Fr8Xyj6tTQBau9gJVFxttxK\nyCSrUOX9eNu+XH2DCQqeFpxtDlVQ4DZmSnqgGf+kUPVbzETRfh00dwzcnmQIB5m6\nzOM8hle/C68CNo4TtnEq8YOVBNYrzNHmH229zAx9U0P4SorSp8MYMy0mq79bSVIm\nPcb8Uw7doafQqzpvtyaNsIaOaftYEYlPY+8fgDiaXWqilbLs6e3rO3X4KWXL/RR/\nvkBqYlKsABgUUgmVylYf/s1FbYv6fUWgg6/nGPmHrvm4eH9YWU9M1CqtFo+nWg==\n=uwm3\n-----END PGP PUBLIC KEY BLOCK-----\n";

// EXTERNAL MODULE: ./packages/debian/src/errors.ts
var errors = __webpack_require__(7476);
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


/***/ }),

/***/ 5170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseRelease),
/* harmony export */   F: () => (/* binding */ binaryAllIndexesRead)
/* harmony export */ });
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1654);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7476);
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

/***/ 7794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $v: () => (/* reexport */ EMPTY_CONFIG),
  Vt: () => (/* reexport */ OCI_EMPTY_CONFIG),
  $p: () => (/* reexport */ OCI_INDEX),
  EG: () => (/* reexport */ OCI_MANIFEST),
  Mf: () => (/* reexport */ errors_OciError),
  HC: () => (/* reexport */ OciLayoutWriter),
  aT: () => (/* reexport */ RegistryClients),
  oK: () => (/* reexport */ Transport),
  co: () => (/* reexport */ WELL_KNOWN_REALMS),
  Ko: () => (/* reexport */ configPlatform),
  ol: () => (/* reexport */ digest_digestOf),
  Bq: () => (/* reexport */ reference_formatPlatform),
  FH: () => (/* reexport */ reference_formatReference),
  $$: () => (/* reexport */ media_types_isIndexMediaType),
  Tn: () => (/* reexport */ reference_manifestReference),
  m: () => (/* reexport */ parseDigest),
  Ng: () => (/* reexport */ manifest_parseManifest),
  FL: () => (/* reexport */ parsePlatform),
  F2: () => (/* reexport */ parseReference),
  J5: () => (/* reexport */ reference_platformMatches),
  aR: () => (/* reexport */ repositoryName),
  hQ: () => (/* reexport */ withDigest)
});

// UNUSED EXPORTS: AuthError, ConcurrentUpdateError, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DigestMismatchError, DigestVerifier, DockerConfigCredentials, EcrCredentials, HostLimiter, IMAGE_MEDIA_TYPES, INDEX_MEDIA_TYPES, INDEX_REFERRER_ISSUE, InvalidInputError, MANIFEST_ACCEPT, MAX_SCOPES_PER_TOKEN, REFERRER_KINDS, RatePacer, RegistryClient, RegistryError, TagMoveError, apiHost, auditCopies, backoffDelay, checkDestinationTags, classifyReferrer, copyImage, dockerConfigPath, ecrAccount, ecrPacers, ecrPublicRepositoryName, ecrRegion, ensureEcrRepository, firstOf, ignoreSecrets, indexReferrerLimit, isEcrRegistry, isIndexReferrerRefusal, isLoopbackRegistry, isLowPullRate, isManifestMediaType, isMutableTag, jsonSyntaxProblem, leftBehindWarning, legacyTag, loadDockerConfig, noKnownRealms, oneLine, parseChallenge, parseRetryAfter, pullRateOf, quoteValue, readMergeWrite, realmTable, referrersTag, staticCredentials, tagGlob, verifyContent, writeReleaseTag

;// CONCATENATED MODULE: ./packages/oci/src/untrusted-text.ts
/**
 * Text that came from outside (a registry's error body, a value in a manifest, a JSON parser's
 * message about someone's file) made fit for an error message: one line, bounded, with no control
 * characters. A registry that answers `x\n::warning::pwned` must not get a line of its own into a
 * workflow log, and a huge body must not become a huge message.
 */
/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** `text` on one line (controls become spaces) and at most `max` characters (then an ellipsis). */
function oneLine(text, max = 200) {
    const flat = text.replace(CONTROL, " ");
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
/**
 * An outside value quoted for a message: JSON-escaped, bounded, every control visible as an escape
 * (`\n`, `\u0085`). JSON.stringify escapes only C0; DEL, C1 and U+2028/U+2029 it leaves raw, and
 * U+0085 (NEXT LINE) is white space to the runner, which trims it before looking for a `::` command
 * (see action-kit's workflow-commands.ts).
 */
function quoteValue(value, max = 100) {
    const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
    const quoted = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
    return quoted.replace(CONTROL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/**
 * What a JSON.parse error says, without the excerpt of the input V8 quotes in it
 * (`Unexpected token 'x', "…" is not valid JSON`): the input may be a registry's hostile body or a
 * config file holding passwords.
 */
function jsonSyntaxProblem(error) {
    const message = error instanceof Error ? error.message : String(error);
    return oneLine(message.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, ""), 120);
}

;// CONCATENATED MODULE: ./packages/oci/src/errors.ts
/**
 * Errors of the OCI client. Bad references and digests are the caller's to fix (`InvalidInputError`,
 * one line); registry errors carry the registry's own code and message (`MANIFEST_UNKNOWN`,
 * `TAG_INVALID`) so a user can search for them; digest mismatches name the digest.
 */

class errors_OciError extends Error {
    name = "OciError";
}
/** Malformed user input (reference, digest, platform): `what` names the kind of value. */
class InvalidInputError extends errors_OciError {
    name = "InvalidInputError";
    value;
    constructor(what, value, problem) {
        // The value is what someone typed or a registry sent: kept to one bounded line.
        super(`invalid ${what} '${oneLine(value)}': ${oneLine(problem, 300)}`);
        this.value = value;
    }
}
/** Error entries quoted from one registry answer at the most: a hostile body could list thousands. */
const MAX_QUOTED_DETAILS = 5;
/**
 * A registry answered with an error status; `codes` are the OCI error codes of its body. The codes
 * and messages are the registry's own text, so they are flattened to one line and bounded.
 */
class errors_RegistryError extends errors_OciError {
    name = "RegistryError";
    status;
    codes;
    constructor(operation, status, details) {
        const quoted = details
            .slice(0, MAX_QUOTED_DETAILS)
            .map((error) => ({ code: oneLine(error.code, 64), message: oneLine(error.message, 300) }));
        const detail = quoted.map((error) => `${error.code}: ${error.message}`).join("; ");
        super(`${operation}: HTTP ${status}${detail ? ` ${detail}` : ""}`);
        this.status = status;
        this.codes = details.map((error) => oneLine(error.code, 64));
    }
    has(code) {
        return this.codes.includes(code);
    }
}
/** Content whose bytes do not hash to the digest it was asked for by (or whose size is wrong). */
class errors_DigestMismatchError extends errors_OciError {
    name = "DigestMismatchError";
    expected;
    constructor(expected, problem) {
        super(`content of ${expected} failed verification: ${problem}`);
        this.expected = expected;
    }
}
class AuthError extends errors_OciError {
    name = "AuthError";
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts
/**
 * Content digests (`algorithm:hex`) and verification of bytes against them as they flow, so that no
 * byte read from a registry is trusted before its digest and size are checked.
 */



const HEX_LENGTH = { sha256: 64, sha512: 128 };
function parseDigest(text) {
    const match = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(text);
    if (!match)
        throw new InvalidInputError("digest", text, "expected algorithm:hex, e.g. sha256:<64 hex digits>");
    const [, algorithm, hex] = match;
    const length = HEX_LENGTH[algorithm];
    if (length === undefined)
        throw new InvalidInputError("digest", text, `unsupported algorithm '${algorithm}' (sha256 or sha512)`);
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
        throw new InvalidInputError("digest", text, `${algorithm} needs ${length} lowercase hex digits`);
    }
    return text;
}
function algorithmOf(digest) {
    return digest.slice(0, digest.indexOf(":"));
}
function digest_digestOf(data, algorithm = "sha256") {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest("hex")}`;
}
/** Throws unless `data` is exactly the content `digest` (and `size`, when given) names. */
function verifyContent(data, digest, size) {
    if (size !== undefined && data.length !== size) {
        throw new DigestMismatchError(digest, `expected ${size} bytes, got ${data.length}`);
    }
    const actual = digest_digestOf(data, algorithmOf(digest));
    if (actual !== digest)
        throw new DigestMismatchError(digest, `the bytes hash to ${actual}`);
}
/**
 * A pass-through stream that hashes what flows and fails at the end if the digest or size differs.
 * Bytes already passed on may be partial; consumers must not commit them until the stream ends
 * cleanly (a registry upload does not, because the registry checks the digest too).
 */
class DigestVerifier extends external_node_stream_.Transform {
    expected;
    expectedSize;
    hash;
    bytes = 0;
    constructor(expected, expectedSize, alreadyHashed) {
        super();
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.hash = alreadyHashed?.hash ?? (0,external_node_crypto_.createHash)(algorithmOf(expected));
        this.bytes = alreadyHashed?.bytes ?? 0;
    }
    get bytesSeen() {
        return this.bytes;
    }
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
            callback(new errors_DigestMismatchError(this.expected, `more than the expected ${this.expectedSize} bytes`));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.expectedSize !== undefined && this.bytes !== this.expectedSize) {
            callback(new errors_DigestMismatchError(this.expected, `expected ${this.expectedSize} bytes, got ${this.bytes}`));
            return;
        }
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest("hex")}`;
        callback(actual === this.expected ? null : new errors_DigestMismatchError(this.expected, `the bytes hash to ${actual}`));
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts
/**
 * Image references with Docker's normalisation: `nginx` → `docker.io/library/nginx:latest`,
 * `index.docker.io` → `docker.io`, registries with ports, tags, digests, and tag+digest.
 * Grammar from the distribution project's reference package; reimplemented, not copied.
 */


const reference_DOCKER_HUB = "docker.io";
/** Docker Hub's API lives on another host than the name users write. */
const DOCKER_HUB_API = "registry-1.docker.io";
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const MAX_NAME_LENGTH = 255;
function looksLikeRegistry(first) {
    return (first.includes(".") ||
        first.includes(":") ||
        first === "localhost" ||
        first.startsWith("[") ||
        first !== first.toLowerCase());
}
function validateRegistry(text, host) {
    let name = host;
    let port;
    if (host.startsWith("[")) {
        const end = host.indexOf("]");
        if (end < 0)
            throw new InvalidInputError("image reference", text, `unterminated IPv6 address in '${host}'`);
        port = host.slice(end + 1).startsWith(":") ? host.slice(end + 2) : undefined;
        name = host.slice(1, end);
        if (!/^[0-9a-fA-F:.]+$/.test(name))
            throw new InvalidInputError("image reference", text, `bad IPv6 address '${name}'`);
    }
    else {
        const colon = host.lastIndexOf(":");
        if (colon >= 0) {
            port = host.slice(colon + 1);
            name = host.slice(0, colon);
        }
        if (!name.split(".").every((part) => DOMAIN_COMPONENT.test(part))) {
            throw new InvalidInputError("image reference", text, `bad registry host '${host}'`);
        }
    }
    if (port !== undefined && !/^\d{1,5}$/.test(port)) {
        throw new InvalidInputError("image reference", text, `bad port in registry '${host}'`);
    }
}
function parseReference(input) {
    const text = input.trim();
    if (text === "")
        throw new InvalidInputError("image reference", input, "it is empty");
    if (/\s/.test(text))
        throw new InvalidInputError("image reference", text, "it contains whitespace");
    let rest = text;
    let digest;
    const at = rest.indexOf("@");
    if (at >= 0) {
        digest = parseDigest(rest.slice(at + 1));
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf("/");
    const lastColon = rest.lastIndexOf(":");
    if (lastColon > lastSlash) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG.test(tag)) {
            throw new InvalidInputError("image reference", text, `bad tag '${tag}' (letters, digits, _ . -; at most 128; not starting with . or -)`);
        }
    }
    const firstSlash = rest.indexOf("/");
    let registry = reference_DOCKER_HUB;
    let repository = rest;
    if (firstSlash >= 0 && looksLikeRegistry(rest.slice(0, firstSlash))) {
        registry = rest.slice(0, firstSlash);
        repository = rest.slice(firstSlash + 1);
        validateRegistry(text, registry);
        registry = registry.toLowerCase();
    }
    if (registry === "index.docker.io" || registry === DOCKER_HUB_API)
        registry = reference_DOCKER_HUB;
    if (registry === reference_DOCKER_HUB && !repository.includes("/"))
        repository = `library/${repository}`;
    if (repository === "")
        throw new InvalidInputError("image reference", text, "no repository name");
    if (repository !== repository.toLowerCase()) {
        throw new InvalidInputError("image reference", text, "repository names must be lowercase");
    }
    for (const component of repository.split("/")) {
        if (!PATH_COMPONENT.test(component)) {
            throw new InvalidInputError("image reference", text, `bad repository path component '${component}'`);
        }
    }
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
        throw new InvalidInputError("image reference", text, `the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    if (!tag && !digest)
        tag = "latest";
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** The host that serves the registry API for a registry name. */
function apiHost(registry) {
    return registry === reference_DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** `registry/repository` */
function repositoryName(reference) {
    return `${reference.registry}/${reference.repository}`;
}
function reference_formatReference(reference) {
    const name = repositoryName(reference);
    if (reference.digest)
        return `${name}@${reference.digest}`;
    return `${name}:${reference.tag ?? "latest"}`;
}
/** The same repository at a digest: what every step after resolution works with. */
function withDigest(reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
}
/** The tag or digest to put in `/manifests/<reference>`; a digest wins over a tag. */
function reference_manifestReference(reference) {
    return reference.digest ?? reference.tag ?? "latest";
}
/** Loopback registries may speak plain HTTP, as Docker allows; nothing else may. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.replace(/:\d+$/, "");
    return host === "localhost" || /^127(?:\.\d{1,3}){3}$/.test(host) || host === "::1";
}
function parsePlatform(text) {
    const parts = text.trim().split("/");
    if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9_]+$/.test(part))) {
        throw new InvalidInputError("platform", text, "expected os/architecture[/variant], e.g. linux/arm64/v8");
    }
    const [os, architecture, variant] = parts;
    return { os, architecture, ...(variant ? { variant } : {}) };
}
function reference_formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
/**
 * Whether `entry` (an index entry's platform, or an image config's) is the `wanted` platform: os
 * and architecture alike, and the variant when one is asked for. An arm64 entry that names no
 * variant is v8, the only one there is (as containerd's platform matcher takes it).
 */
function reference_platformMatches(entry, wanted) {
    if (!entry || entry.os !== wanted.os || entry.architecture !== wanted.architecture)
        return false;
    if (!wanted.variant)
        return true;
    const variant = entry.variant ?? (entry.architecture === "arm64" ? "v8" : undefined);
    return variant === wanted.variant;
}
/** The platform an image config states (its `os`, `architecture` and `variant`), if it states one. */
function configPlatform(config) {
    if (typeof config !== "object" || config === null)
        return undefined;
    const { os, architecture, variant } = config;
    if (typeof os !== "string" || typeof architecture !== "string")
        return undefined;
    return { os, architecture, ...(typeof variant === "string" ? { variant } : {}) };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./packages/oci/src/connect-target.ts
function connectTarget(url) {
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const tls = url.protocol === "https:";
    const port = Number(url.port || (tls ? 443 : 80));
    return { host, port, ...(tls && !/^[\d.]+$|:/.test(host) ? { servername: host } : {}) };
}

;// CONCATENATED MODULE: ./packages/oci/src/bare-get.ts
/**
 * GET over a bare socket, for large blob bodies. Node's http client copies every body chunk out of
 * the socket's read buffer (its parser hands the body over as a fresh copy); for a 256 MiB copy
 * that is ~180 ms of CPU and as much again in garbage collection, on a path where the client's CPU
 * competes with the registries'. Here the response head is parsed by hand and body bytes are
 * views of the socket's own reads, which land in 1 MiB slabs (`onread`): a read then takes up to
 * ~1 MiB instead of 64 KiB, so a blob costs a sixteenth of the reads and allocations. Slabs are never
 * reused, so a consumer may keep any chunk it is given. It speaks just enough HTTP/1.1 for a GET: status line and
 * headers, 1xx skipped, bodies framed by Content-Length, chunked encoding or the connection's end,
 * and keep-alive reuse of connections per origin. Everything else (redirects, retries, auth) is
 * the transport's.
 */





const MAX_HEAD_BYTES = 64 * 1024;
const SLAB_BYTES = 1024 * 1024;
/** A slab with less room than this is retired, so a read is never starved for space. */
const MIN_READ_BYTES = 64 * 1024;
const sinks = new WeakMap();
/** `onread` options that read into fresh slabs and hand each read to the socket's sink as a view. */
function slabReads(sink) {
    let slab = Buffer.allocUnsafe(SLAB_BYTES);
    let used = 0;
    return {
        buffer: () => {
            if (SLAB_BYTES - used < MIN_READ_BYTES) {
                slab = Buffer.allocUnsafe(SLAB_BYTES);
                used = 0;
            }
            return slab.subarray(used);
        },
        callback: (bytes, buffer) => {
            used += bytes;
            sink.data(Buffer.from(buffer.buffer, buffer.byteOffset, bytes));
            // Flow control is the sink's, through pause() and resume().
            return true;
        },
    };
}
const HEAD_END = Buffer.from("\r\n\r\n");
/** A connection error with a code the transport's retry rules recognise. */
function connectionError(message, code = "ECONNRESET") {
    return Object.assign(new Error(message), { code });
}
/** Idle keep-alive connections by origin. */
class BareConnectionPool {
    idle = new Map();
    detachers = new WeakMap();
    keepAliveMs;
    constructor(keepAliveMs = 30_000) {
        this.keepAliveMs = keepAliveMs;
    }
    take(origin) {
        const sockets = this.idle.get(origin);
        for (const socket of sockets ?? []) {
            sockets?.delete(socket);
            this.detachers.get(socket)?.();
            // A pre-opened connection may still be connecting: the request is written once it is up.
            if (!socket.destroyed && (socket.readyState === "open" || socket.connecting))
                return socket;
        }
        return undefined;
    }
    /**
     * Opens connections to `url`'s origin until `count` are waiting, ahead of the GETs about to need
     * them: each GET then takes one whose TCP and TLS set-up is done or under way.
     */
    preconnect(url, count) {
        for (let i = this.idle.get(url.origin)?.size ?? 0; i < count; i++)
            this.give(url.origin, bare_get_open(url));
    }
    give(origin, socket) {
        const sockets = this.idle.get(origin) ?? new Set();
        this.idle.set(origin, sockets);
        // An idle connection that the server closes, or that says anything unasked, is dropped.
        const drop = () => {
            sockets.delete(socket);
            socket.destroy();
        };
        const events = ["end", "error", "close", "timeout"];
        for (const event of events)
            socket.on(event, drop);
        const sink = sinks.get(socket);
        sink.data = drop;
        this.detachers.set(socket, () => {
            for (const event of events)
                socket.removeListener(event, drop);
            sink.data = () => { };
            socket.setTimeout(0);
        });
        socket.setTimeout(this.keepAliveMs);
        socket.unref();
        socket.resume();
        sockets.add(socket);
    }
    destroy() {
        for (const sockets of this.idle.values())
            for (const socket of sockets)
                socket.destroy();
        this.idle.clear();
    }
}
function bare_get_open(url) {
    const { host, port, servername } = connectTarget(url);
    const sink = { data: () => { } };
    const onread = slabReads(sink);
    let socket;
    if (url.protocol === "https:") {
        // tls.connect takes `onread` as net.connect does (decrypted bytes land in the slab); Node's
        // type definitions just do not list it.
        const options = {
            host,
            port,
            ...(servername ? { servername } : {}),
            ALPNProtocols: ["http/1.1"],
        };
        socket = (0,external_node_tls_.connect)(Object.assign(options, { onread }));
    }
    else
        socket = (0,external_node_net_.connect)({ host, port, onread });
    sinks.set(socket, sink);
    return socket;
}
function requestHead(url, headers) {
    let head = `GET ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n`;
    for (const [name, value] of Object.entries(headers)) {
        // Header values come from our own code and the registry's token; a line break would let one
        // smuggle a second request onto the connection.
        if (/[\r\n]/.test(name) || /[\r\n]/.test(value))
            throw new Error(`header ${name} contains a line break`);
        head += `${name}: ${value}\r\n`;
    }
    return `${head}\r\n`;
}
function parseHead(text) {
    const lines = text.split("\r\n");
    const status = /^HTTP\/1\.([01]) (\d{3})(?: .*)?$/.exec(lines[0] ?? "");
    // The head is read as latin1, so any byte 0x80–0x9F is a C1 control here: quoteValue escapes those.
    if (!status)
        throw connectionError(`malformed HTTP status line: ${quoteValue(lines[0] ?? "", 80)}`);
    const headers = {};
    for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        if (colon <= 0)
            throw connectionError(`malformed HTTP header line: ${quoteValue(line, 80)}`);
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        const existing = headers[name];
        if (existing === undefined)
            headers[name] = value;
        else if (name === "set-cookie")
            headers[name] = [...(Array.isArray(existing) ? existing : [existing]), value];
        else
            headers[name] = `${existing}, ${value}`;
    }
    return { statusCode: Number(status[2]), headers, http10: status[1] === "0" };
}
/**
 * Decodes `Transfer-Encoding: chunked` incrementally: feed it socket reads, it returns the data
 * slices (no copies) and says when the last chunk and trailers have passed.
 */
class ChunkedDecoder {
    done = false;
    remaining = 0;
    state = "size";
    line = "";
    feed(input) {
        const out = [];
        let at = 0;
        while (at < input.length && !this.done) {
            if (this.state === "data") {
                const take = Math.min(this.remaining, input.length - at);
                out.push(input.subarray(at, at + take));
                at += take;
                this.remaining -= take;
                if (this.remaining === 0)
                    this.state = "data-end";
                continue;
            }
            const newline = input.indexOf(10, at);
            const end = newline < 0 ? input.length : newline + 1;
            this.line += input.toString("latin1", at, end);
            at = end;
            if (newline < 0) {
                if (this.line.length > 4096)
                    throw connectionError("malformed chunked encoding: line too long");
                continue;
            }
            const line = this.line.replace(/\r?\n$/, "");
            this.line = "";
            if (this.state === "data-end") {
                if (line !== "")
                    throw connectionError("malformed chunked encoding: no line break after a chunk");
                this.state = "size";
            }
            else if (this.state === "size") {
                const size = /^([0-9a-fA-F]{1,12})(?:;.*)?$/.exec(line);
                if (!size)
                    throw connectionError(`malformed chunk size ${quoteValue(line, 40)}`);
                this.remaining = Number.parseInt(size[1], 16);
                this.state = this.remaining === 0 ? "trailers" : "data";
            }
            else if (line === "")
                this.done = true;
        }
        return out;
    }
}
/**
 * One GET. Resolves at the response head; the body streams on, ending with an error (code
 * ECONNRESET, which the transport and the blob reader treat as resumable) if the connection closes
 * before the framing says the body is complete, or ETIMEDOUT if it is idle for `idleTimeoutMs` or
 * not complete within `deadlineMs` (a server trickling bytes just inside the idle timeout).
 */
function bareGet(url, headers, options) {
    const origin = url.origin;
    const reused = options.pool.take(origin);
    const socket = reused ?? bare_get_open(url);
    socket.ref();
    return new Promise((resolvePromise, reject) => {
        let head = Buffer.alloc(0);
        let body;
        let remaining = Number.POSITIVE_INFINITY;
        let chunked;
        let reusable = false;
        let finished = false;
        /** Whether the caller has the body: until then a failure rejects the promise instead. */
        let handedOver = false;
        let detach = () => { };
        let deadline;
        const fail = (error) => {
            if (finished)
                return;
            finished = true;
            clearTimeout(deadline);
            socket.destroy();
            if (body && handedOver)
                body.destroy(error);
            else {
                body?.destroy();
                reject(error);
            }
        };
        const complete = () => {
            finished = true;
            clearTimeout(deadline);
            socket.pause();
            detach();
            if (reusable)
                options.pool.give(origin, socket);
            else
                socket.destroy();
            body?.push(null);
        };
        const deliver = (slices) => {
            let more = true;
            for (const slice of slices)
                if (slice.length > 0)
                    more = body.push(slice) && more;
            if (!more)
                socket.pause();
        };
        const onBody = (data) => {
            if (chunked) {
                deliver(chunked.feed(data));
                if (chunked.done)
                    complete();
                return;
            }
            if (data.length >= remaining) {
                // Bytes past the body were never asked for: the connection is not trustworthy for reuse.
                if (data.length > remaining)
                    reusable = false;
                const last = data.subarray(0, remaining);
                remaining = 0;
                deliver([last]);
                complete();
                return;
            }
            remaining -= data.length;
            deliver([data]);
        };
        const onHead = (data) => {
            head = head ? Buffer.concat([head, data]) : data;
            const end = head.indexOf(HEAD_END);
            if (end < 0) {
                if (head.length > MAX_HEAD_BYTES)
                    fail(connectionError(`response head from ${origin} over 64 KiB`));
                return;
            }
            const parsed = parseHead(head.toString("latin1", 0, end));
            const rest = head.subarray(end + HEAD_END.length);
            if (parsed.statusCode >= 100 && parsed.statusCode < 200) {
                // 100 Continue and other interim answers precede the real one.
                head = Buffer.alloc(0);
                if (rest.length > 0)
                    onHead(rest);
                return;
            }
            head = undefined;
            const connection = String(parsed.headers.connection ?? "").toLowerCase();
            const transferEncoding = String(parsed.headers["transfer-encoding"] ?? "").toLowerCase();
            const length = parsed.headers["content-length"];
            if (transferEncoding.includes("chunked"))
                chunked = new ChunkedDecoder();
            else if (length !== undefined) {
                if (!/^\d+$/.test(String(length)))
                    throw connectionError(`invalid Content-Length ${String(length)}`);
                remaining = Number(length);
            }
            const bodiless = parsed.statusCode === 204 || parsed.statusCode === 304;
            if (bodiless)
                remaining = 0;
            reusable = !parsed.http10 && !connection.includes("close") && (chunked !== undefined || remaining !== Infinity);
            body = new external_node_stream_.Readable({
                highWaterMark: 1024 * 1024,
                read: () => {
                    if (!finished)
                        socket.resume();
                },
                destroy: (error, callback) => {
                    // A consumer that stops reading mid-body leaves the connection in an unknown state.
                    if (!finished) {
                        finished = true;
                        clearTimeout(deadline);
                        socket.destroy();
                    }
                    callback(error);
                },
            });
            // Body bytes that came with the head are taken in before the response is handed over: a
            // malformed first chunk then fails the request, rather than a stream nobody listens to yet
            // (whose error event would be an uncaught exception).
            if (remaining === 0)
                complete();
            else if (rest.length > 0)
                onBody(rest);
            handedOver = true;
            resolvePromise({ statusCode: parsed.statusCode, headers: parsed.headers, body });
        };
        const onData = (data) => {
            if (finished)
                return;
            try {
                if (head)
                    onHead(data);
                else
                    onBody(data);
            }
            catch (error) {
                fail(error);
            }
        };
        // A body without Content-Length or chunking ends with the connection; any other ends early.
        const onEnd = () => {
            if (finished)
                return;
            if (body && remaining === Number.POSITIVE_INFINITY && !chunked)
                complete();
            else
                fail(connectionError(`connection to ${origin} closed before the response was complete`));
        };
        const onTimeout = () => fail(connectionError(`no data for ${options.idleTimeoutMs} ms from ${origin}`, "ETIMEDOUT"));
        const sink = sinks.get(socket);
        detach = () => {
            sink.data = () => { };
            socket.removeListener("end", onEnd);
            socket.removeListener("close", onEnd);
            socket.removeListener("error", fail);
            socket.removeListener("timeout", onTimeout);
            socket.setTimeout(0);
        };
        sink.data = onData;
        socket.on("end", onEnd);
        socket.on("close", onEnd);
        socket.on("error", fail);
        socket.on("timeout", onTimeout);
        socket.setTimeout(options.idleTimeoutMs);
        if (options.deadlineMs !== undefined) {
            const deadlineMs = options.deadlineMs;
            deadline = setTimeout(() => fail(connectionError(`no complete response from ${origin} within the ${deadlineMs} ms deadline`, "ETIMEDOUT")), deadlineMs);
            // A deadline alone never keeps the process alive.
            deadline.unref();
        }
        try {
            socket.write(requestHead(url, headers));
        }
        catch (error) {
            fail(error);
        }
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/host-limiter.ts
/**
 * Per-host concurrency with additive-increase / multiplicative-decrease: a 429 halves the number of
 * requests in flight to that host, each success lets it creep back up to the ceiling. This paces
 * the client to what a registry tolerates instead of failing on its rate limits.
 */
class HostLimiter {
    limit;
    ceiling;
    active = 0;
    waiting = [];
    successes = 0;
    constructor(ceiling) {
        this.ceiling = ceiling;
        this.limit = ceiling;
    }
    get currentLimit() {
        return this.limit;
    }
    async acquire() {
        // A waiter is woken with its slot already counted (see wake), so that one release admits one.
        if (this.active >= this.limit)
            await new Promise((resolvePromise) => this.waiting.push(resolvePromise));
        else
            this.active++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.active--;
            this.wake();
        };
    }
    throttled() {
        this.limit = Math.max(1, Math.floor(this.limit / 2));
        this.successes = 0;
    }
    succeeded() {
        if (this.limit >= this.ceiling)
            return;
        if (++this.successes >= this.limit) {
            this.limit++;
            this.successes = 0;
            this.wake();
        }
    }
    /**
     * Hands free slots to waiters. The slot is counted here, not when the waiter resumes (a microtask
     * later): counting it late let one release wake every waiter at once, past the limit.
     */
    wake() {
        while (this.active < this.limit && this.waiting.length > 0) {
            this.active++;
            this.waiting.shift()?.();
        }
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/retry.ts
/** When and how long to wait before trying a request again. */
/** Statuses worth retrying: timeouts, throttling and server faults; never client errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
const RETRYABLE_CODES = new Set([
    "ECONNRESET",
    "ECONNREFUSED",
    "EPIPE",
    "ETIMEDOUT",
    "EAI_AGAIN",
    "UND_ERR_SOCKET",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_CLOSED",
    "ERR_STREAM_PREMATURE_CLOSE",
]);
/** Connection-level failures: the request may never have arrived, or its answer was cut short. */
function retry_isRetryableError(error) {
    let current = error;
    for (let depth = 0; current && depth < 4; depth++) {
        const code = current.code;
        if (code && RETRYABLE_CODES.has(code))
            return true;
        if (current instanceof Error && /other side closed|socket hang up|terminated/i.test(current.message))
            return true;
        current = current.cause;
    }
    return false;
}
/**
 * Retry-After as seconds or as an HTTP-date (RFC 9110 §10.2.3), in milliseconds from `now`;
 * undefined when absent or unreadable. Capped so a hostile value cannot stall a job for hours.
 */
function parseRetryAfter(value, now = Date.now(), capMs = 120_000) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    let ms;
    if (/^\d+$/.test(trimmed))
        ms = Number(trimmed) * 1000;
    else {
        const when = Date.parse(trimmed);
        if (Number.isNaN(when))
            return undefined;
        ms = when - now;
    }
    return Math.min(Math.max(ms, 0), capMs);
}
const DEFAULT_BACKOFF = { retries: 5, baseDelayMs: 200, maxDelayMs: 15_000 };
/** Exponential backoff with full jitter: spreads retries of many parallel requests apart. */
function backoffDelay(attempt, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
const retry_sleep = (ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

;// CONCATENATED MODULE: ./packages/oci/src/warm-agents.ts
/**
 * Keep-alive agents that can open connections ahead of need. On a registry 10–80 ms away a new
 * connection costs a round trip for TCP and one more for TLS before its request can leave; when the
 * copy engine knows it is about to send many requests at once to a host (the destination's HEADs,
 * the uploads), it has the connections opened while it is still busy elsewhere, and the requests
 * then take them — still connecting or ready — instead of starting their own set-up.
 *
 * The agents stay Node's: a pre-opened socket is handed over through `createConnection`, the
 * documented hook, and from then on the agent pools it like any other.
 */



/** An unused pre-opened connection is closed after this long. */
const STASH_IDLE_MS = 30_000;
/** Pre-opened sockets by `host:port`, until a request takes one or they idle out. */
class SocketStash {
    sockets = new Map();
    detachers = new WeakMap();
    add(key, socket) {
        const sockets = this.sockets.get(key) ?? new Set();
        this.sockets.set(key, sockets);
        const drop = () => {
            sockets.delete(socket);
            socket.destroy();
        };
        const events = ["error", "close", "end", "timeout"];
        for (const event of events)
            socket.on(event, drop);
        this.detachers.set(socket, () => {
            for (const event of events)
                socket.removeListener(event, drop);
            socket.setTimeout(0);
        });
        socket.setTimeout(STASH_IDLE_MS);
        // Waiting connections never keep the process alive.
        socket.unref();
        sockets.add(socket);
    }
    take(key) {
        const sockets = this.sockets.get(key);
        for (const socket of sockets ?? []) {
            sockets?.delete(socket);
            this.detachers.get(socket)?.();
            if (socket.destroyed)
                continue;
            socket.ref();
            return socket;
        }
        return undefined;
    }
    /** How many are waiting for `key`. */
    count(key) {
        return this.sockets.get(key)?.size ?? 0;
    }
    destroy() {
        for (const sockets of this.sockets.values())
            for (const socket of sockets)
                socket.destroy();
        this.sockets.clear();
    }
}
function stashKey(host, port) {
    return `${host ?? ""}:${port ?? ""}`;
}
/** Node's agent class `Base`, with connections opened ahead in a stash its requests take first. */
function withPreconnect(Base) {
    return class extends Base {
        #stash = new SocketStash();
        preconnect(url, count) {
            const { host, port, servername } = connectTarget(url);
            // The agent's own options (its TLS settings) go into the connection, as for its requests.
            const agentOptions = this.options ?? {};
            const key = stashKey(host, port);
            for (let i = this.#stash.count(key); i < count; i++) {
                const options = { ...agentOptions, host, port, ...(servername ? { servername } : {}) };
                this.#stash.add(key, super.createConnection(options));
            }
        }
        createConnection(options, callback) {
            return this.#stash.take(stashKey(options.host, options.port)) ?? super.createConnection(options, callback);
        }
        destroy() {
            this.#stash.destroy();
            super.destroy();
        }
    };
}
const WarmHttpsAgent = withPreconnect(external_node_https_.Agent);
const WarmHttpAgent = withPreconnect(external_node_http_.Agent);

;// CONCATENATED MODULE: ./packages/oci/src/transport.ts
/**
 * The HTTP layer: keep-alive connection pools per host (Node's http/https agents; undici was
 * measured at ~100 ms of start-up per run), per-host concurrency that
 * backs off on 429, retries with jittered exponential backoff honouring Retry-After, redirects that
 * drop credentials when they leave the origin (blob GETs redirect to presigned storage URLs) and
 * never go from HTTPS to HTTP, an idle timeout per read and a deadline per request. It knows nothing
 * of registries, auth or manifests.
 */








const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const DEFAULT_DEADLINE_MS = 5 * 60_000;
const DEFAULT_SIZED_DEADLINE = { baseMs: 60_000, minBytesPerSecond: 64 * 1024 };
/**
 * Refuses to move from HTTPS to plain HTTP (a redirect, an upload Location): whatever follows would
 * travel in clear text, credentials and content alike. `subject` names who asked for the move; the
 * message names the origin it pointed to, never the full URL (a presigned URL's query carries
 * secrets).
 */
function refuseDowngrade(from, to, subject) {
    if (from.protocol === "https:" && to.protocol !== "https:") {
        throw new errors_OciError(`${subject} to ${to.origin} refused: it leaves HTTPS for plain HTTP`);
    }
}
/** The error a missed deadline ends an exchange with: ETIMEDOUT, so the retry and resume paths take it. */
function deadlineError(origin, deadlineMs) {
    return Object.assign(new Error(`no complete response from ${origin} within the ${deadlineMs} ms deadline`), {
        code: "ETIMEDOUT",
    });
}
class Transport {
    stats = { requests: 0, retries: 0 };
    backoff;
    barePool = new BareConnectionPool();
    httpAgent;
    httpsAgent;
    idleTimeoutMs;
    deadlineMs;
    sizedDeadline;
    limiters = new Map();
    /** Keep-alive agents of `resolveHost` requests, by scheme, host and pinned address. */
    pinnedAgents = new Map();
    perHostConcurrency;
    userAgent;
    constructor(options = {}) {
        this.backoff = options.backoff ?? DEFAULT_BACKOFF;
        this.perHostConcurrency = options.perHostConcurrency ?? 8;
        this.userAgent = options.userAgent ?? "image-actions";
        this.idleTimeoutMs = options.idleTimeoutMs ?? 120_000;
        this.deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
        this.sizedDeadline = options.sizedDeadline ?? DEFAULT_SIZED_DEADLINE;
        const agentOptions = {
            keepAlive: true,
            keepAliveMsecs: 30_000,
            maxSockets: this.perHostConcurrency * 2,
            maxFreeSockets: this.perHostConcurrency * 2,
        };
        this.httpAgent = new WarmHttpAgent(agentOptions);
        this.httpsAgent = new WarmHttpsAgent(agentOptions);
    }
    /**
     * Opens connections to `origin` ahead of a burst of requests: `requests` for ordinary exchanges
     * (manifests, HEADs, uploads) and `largeGets` for blob downloads (bareGet's own pool). Counts are
     * how many should be waiting; failures surface, if at all, on the request that takes the socket.
     */
    preconnect(origin, counts) {
        const url = new URL(origin);
        const cap = this.perHostConcurrency;
        if (counts.requests)
            (url.protocol === "https:" ? this.httpsAgent : this.httpAgent).preconnect(url, Math.min(counts.requests, cap));
        if (counts.largeGets)
            this.barePool.preconnect(url, Math.min(counts.largeGets, cap));
    }
    limiter(host) {
        let limiter = this.limiters.get(host);
        if (!limiter) {
            limiter = new HostLimiter(this.perHostConcurrency);
            this.limiters.set(host, limiter);
        }
        return limiter;
    }
    async send(request) {
        const retries = request.retry === false ? 0 : this.backoff.retries;
        for (let attempt = 0;; attempt++) {
            const host = new URL(request.url).host;
            const limiter = this.limiter(host);
            const release = await limiter.acquire();
            let response;
            try {
                response = await this.sendFollowingRedirects(request);
            }
            catch (error) {
                release();
                // A refused redirect is final, and already says what was refused.
                if (error instanceof errors_OciError)
                    throw error;
                if (attempt < retries && retry_isRetryableError(error)) {
                    this.countRetry(request);
                    await retry_sleep(backoffDelay(attempt, this.backoff));
                    continue;
                }
                throw networkError(request, error);
            }
            if (isRetryableStatus(response.status) && attempt < retries && !isSpentQuota(response)) {
                response.body.resume();
                release();
                if (response.status === 429)
                    limiter.throttled();
                this.countRetry(request);
                const retryAfter = parseRetryAfter(headerValue(response.headers, "retry-after"), Date.now(), this.backoff.maxRetryAfterMs);
                await retry_sleep(retryAfter ?? backoffDelay(attempt, this.backoff));
                continue;
            }
            if (response.status < 400)
                limiter.succeeded();
            // The slot is held until the body is done, so concurrency counts transfers, not headers.
            response.body.once("close", release);
            response.body.once("end", release);
            response.body.once("error", release);
            return response;
        }
    }
    /** How long one exchange of `request` may take, headers to last body byte. */
    deadlineFor(request) {
        if (request.expectedBytes === undefined)
            return this.deadlineMs;
        const { baseMs, minBytesPerSecond } = this.sizedDeadline;
        return Math.ceil(baseMs + (request.expectedBytes / minBytesPerSecond) * 1000);
    }
    countRetry(request) {
        this.stats.retries++;
        if (request.stats)
            request.stats.retries++;
    }
    async sendFollowingRedirects(request) {
        let url = request.url;
        let headers = { "user-agent": this.userAgent, ...request.headers };
        let method = request.method;
        const deadlineMs = this.deadlineFor(request);
        for (let hop = 0;; hop++) {
            const pinnedAgent = await this.pinnedAgentFor(url, request);
            this.stats.requests++;
            if (request.stats)
                request.stats.requests++;
            const body = method === "GET" || method === "HEAD"
                ? undefined
                : typeof request.body === "function"
                    ? request.body()
                    : request.body;
            const response = request.bare && method === "GET" && !pinnedAgent
                ? await bareGet(new URL(url), headers, { pool: this.barePool, idleTimeoutMs: this.idleTimeoutMs, deadlineMs })
                : await this.exchange(url, method, headers, body, deadlineMs, pinnedAgent);
            const location = headerValue(response.headers, "location");
            if (!REDIRECTS.has(response.statusCode) || !location || hop >= MAX_REDIRECTS) {
                return { status: response.statusCode, headers: response.headers, body: response.body, url };
            }
            response.body.resume();
            const next = new URL(location, url);
            refuseDowngrade(new URL(url), next, `${new URL(url).host}: redirect`);
            // Credentials are for the registry's origin (scheme, host and port); a presigned storage URL
            // carries its own and must not receive (or leak) the registry's token.
            if (next.origin !== new URL(url).origin) {
                const { authorization: _dropped, ...rest } = headers;
                headers = rest;
            }
            if (response.statusCode === 303)
                method = "GET";
            url = next.toString();
        }
    }
    /**
     * The agent of a `resolveHost` request's hop: its connections go to the address `resolveHost`
     * gave through a lookup that answers only that (Node calls no resolver for an IP literal, which
     * `resolveHost` has judged all the same). Pooled per address, never shared with the warm agents,
     * whose sockets were opened on the system resolver's answer.
     */
    async pinnedAgentFor(url, request) {
        if (!request.resolveHost)
            return undefined;
        const target = new URL(url);
        const pinned = await request.resolveHost(target.hostname.replace(/^\[|\]$/g, ""));
        const key = `${target.protocol}//${target.host} ${pinned.address}`;
        let agent = this.pinnedAgents.get(key);
        if (!agent) {
            const lookup = (_hostname, options, callback) => {
                if (options.all)
                    callback(null, [{ address: pinned.address, family: pinned.family }]);
                else
                    callback(null, pinned.address, pinned.family);
            };
            const options = { keepAlive: true, keepAliveMsecs: 30_000, lookup };
            agent = target.protocol === "https:" ? new external_node_https_.Agent(options) : new external_node_http_.Agent(options);
            this.pinnedAgents.set(key, agent);
        }
        return agent;
    }
    /** One HTTP exchange: resolves at the response headers; the body streams on. */
    exchange(url, method, headers, body, deadlineMs, pinnedAgent) {
        const target = new URL(url);
        const https = target.protocol === "https:";
        return new Promise((resolvePromise, reject) => {
            let answer;
            // The idle timeout is per read; this bounds the whole exchange. Unref'd: a deadline alone
            // never keeps the process alive.
            const deadline = setTimeout(() => {
                const error = deadlineError(target.origin, deadlineMs);
                if (answer)
                    answer.destroy(error);
                outgoing.destroy(error);
            }, deadlineMs);
            deadline.unref();
            const clearDeadline = () => clearTimeout(deadline);
            const outgoing = (https ? external_node_https_.request : external_node_http_.request)(target, {
                method,
                headers: Buffer.isBuffer(body) ? { ...headers, "content-length": String(body.length) } : headers,
                agent: pinnedAgent ?? (https ? this.httpsAgent : this.httpAgent),
                timeout: this.idleTimeoutMs,
            });
            outgoing.on("timeout", () => outgoing.destroy(Object.assign(new Error(`no data for ${this.idleTimeoutMs} ms`), { code: "ETIMEDOUT" })));
            outgoing.on("error", reject);
            outgoing.on("error", clearDeadline);
            outgoing.on("response", (response) => {
                answer = response;
                response.once("end", clearDeadline);
                response.once("close", clearDeadline);
                // After the headers, an idle or broken connection surfaces as an error on the body.
                outgoing.removeListener("error", reject);
                outgoing.on("error", (error) => response.destroy(error));
                resolvePromise({ statusCode: response.statusCode ?? 0, headers: response.headers, body: response });
            });
            if (body === undefined || Buffer.isBuffer(body))
                outgoing.end(body);
            else {
                // pipeline, not pipe: a body that already failed (a source whose digest did not verify)
                // must abort the request at once, not leave the registry waiting for bytes.
                (0,external_node_stream_.pipeline)(body, outgoing, (error) => {
                    if (error)
                        outgoing.destroy(error);
                });
            }
        });
    }
    async close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        for (const agent of this.pinnedAgents.values())
            agent.destroy();
        this.barePool.destroy();
    }
}
function headerValue(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** Read a whole (small) body, refusing more than `limit` bytes. */
async function readBody(response, limit) {
    const declared = Number(headerValue(response.headers, "content-length") ?? Number.NaN);
    // Without the query: after a redirect it may be a presigned URL's signature.
    const where = new URL(response.url);
    const from = `${where.origin}${where.pathname}`;
    if (declared > limit) {
        response.body.destroy();
        throw new errors_OciError(`response from ${from} is ${declared} bytes, over the ${limit}-byte limit`);
    }
    const chunks = [];
    let total = 0;
    for await (const chunk of response.body) {
        total += chunk.length;
        if (total > limit) {
            response.body.destroy();
            throw new errors_OciError(`response from ${from} is over the ${limit}-byte limit`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * A 429 whose `ratelimit-remaining` (the IETF RateLimit fields) says 0: the quota is spent for its
 * window, hours on Docker Hub (https://docs.docker.com/docker-hub/usage/pulls/), so retrying within
 * seconds only adds refusals; the 429 goes to the caller at once.
 */
function isSpentQuota(response) {
    return response.status === 429 && /^\s*0\s*(?:;|$)/.test(headerValue(response.headers, "ratelimit-remaining") ?? "");
}
function discard(response) {
    response.body.resume();
}
function networkError(request, error) {
    const cause = error;
    const where = new URL(request.url);
    return new errors_OciError(`${request.method} ${where.origin}${where.pathname} failed: ${cause.code ? `${cause.code} ` : ""}${cause.message}`, {
        cause,
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/auth/challenge.ts
/** WWW-Authenticate challenges (RFC 9110 §11.6.1) as registries send them: Basic or Bearer. */
/**
 * Parse the first Basic or Bearer challenge. Parameter values may be quoted and contain commas
 * (`scope="repository:a:pull,push"`), so this is a small tokenizer, not a split on commas.
 */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== "basic" && scheme !== "bearer")
        return undefined;
    const params = {};
    const text = match[2];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && /[\s,]/.test(text[i]))
            i++;
        const keyMatch = /^([\w-]+)\s*=\s*/.exec(text.slice(i));
        if (!keyMatch)
            break;
        const key = keyMatch[1].toLowerCase();
        i += keyMatch[0].length;
        let value = "";
        if (text[i] === '"') {
            for (i++; i < text.length && text[i] !== '"'; i++) {
                if (text[i] === "\\" && i + 1 < text.length)
                    i++;
                value += text[i];
            }
            i++;
        }
        else {
            while (i < text.length && text[i] !== ",")
                value += text[i++];
            value = value.trim();
        }
        params[key] = value;
    }
    return { scheme, params };
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
;// CONCATENATED MODULE: ./packages/oci/src/auth/realm-address.ts
/**
 * Where a token realm may send us. A registry names its token realm in its 401 challenge, and we
 * send it the user's credentials; a hostile registry on the network must not aim that request at
 * the runner's loopback services, its private network or the cloud metadata service (169.254.169.254,
 * whose answers the token parser would hand back to the registry as a bearer token). A literal IP
 * is judged as it is; a host name is resolved (every address it has) and judged by all of them —
 * and the request then connects to the very address that was judged, never to a second DNS answer
 * (DNS rebinding: a name that answers public for the check and 169.254.169.254 for the connect).
 *
 * The rule: a realm address of a non-public kind is accepted only when the registry itself is on
 * that kind (a registry on a private network may well keep its token service there, as Harbor,
 * GitLab or Nexus do on premises), and anything goes for a loopback registry (a developer's or a
 * test's registry, whose realm is on loopback too).
 */




const systemLookup = (hostname) => (0,promises_.lookup)(hostname, { all: true, verbatim: true });
/**
 * IPv4 and IPv6 ranges by kind; an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is judged by its
 * IPv4 address (BlockList does so). Link-local holds the metadata services (169.254.169.254, and
 * fd00:ec2::254 is in the private fc00::/7).
 */
const RANGES = [
    [
        "unspecified",
        [
            ["0.0.0.0", 8, "ipv4"],
            ["::", 128, "ipv6"],
        ],
    ],
    [
        "loopback",
        [
            ["127.0.0.0", 8, "ipv4"],
            ["::1", 128, "ipv6"],
        ],
    ],
    [
        "link-local",
        [
            ["169.254.0.0", 16, "ipv4"],
            ["fe80::", 10, "ipv6"],
        ],
    ],
    [
        "private",
        [
            ["10.0.0.0", 8, "ipv4"],
            ["172.16.0.0", 12, "ipv4"],
            ["192.168.0.0", 16, "ipv4"],
            // RFC 6598 shared address space (carrier-grade NAT), not routed on the internet.
            ["100.64.0.0", 10, "ipv4"],
            ["fc00::", 7, "ipv6"],
        ],
    ],
].map(([kind, subnets]) => {
    const list = new external_node_net_.BlockList();
    for (const [network, prefix, family] of subnets)
        list.addSubnet(network, prefix, family);
    return [kind, list];
});
function addressKind(address) {
    const host = address.replace(/^\[|\]$/g, "");
    const family = (0,external_node_net_.isIP)(host);
    if (family === 0)
        return "public";
    return RANGES.find(([, list]) => list.check(host, family === 4 ? "ipv4" : "ipv6"))?.[0] ?? "public";
}
/**
 * The address to connect to for `hostname` on behalf of `registry`'s token realm, or an AuthError
 * saying why none may be used. `realm` is only for the message.
 */
async function vetRealmHost(options) {
    const { registry, realm, lookup } = options;
    const hostname = options.hostname.replace(/^\[|\]$/g, "");
    const literal = (0,external_node_net_.isIP)(hostname);
    const addresses = literal
        ? [{ address: hostname, family: literal }]
        : await lookup(hostname).catch((error) => {
            throw new AuthError(`${registry}: the token realm's host ${hostname} does not resolve (${error.code ?? error.message})`);
        });
    const first = addresses[0];
    if (!first)
        throw new AuthError(`${registry}: the token realm's host ${hostname} has no address`);
    if (isLoopbackRegistry(registry))
        return first;
    let registryKinds;
    for (const { address } of addresses) {
        const kind = addressKind(address);
        if (kind === "public")
            continue;
        registryKinds ??= await kindsOfRegistry(registry, lookup);
        if (registryKinds.has(kind))
            continue;
        const where = literal ? "" : `: ${hostname} resolves to ${address}`;
        throw new AuthError(`${registry}: refusing token realm '${realm}' (private or loopback address${where}, ${kind}, where the registry is not)`);
    }
    return first;
}
/** The kinds of address the registry's own host is on (none when it does not resolve). */
async function kindsOfRegistry(registry, lookup) {
    const host = registry.startsWith("[") ? registry.slice(1, registry.indexOf("]")) : registry.replace(/:\d+$/, "");
    const family = (0,external_node_net_.isIP)(host);
    const addresses = family ? [{ address: host, family }] : await lookup(host).catch(() => []);
    return new Set(addresses.map(({ address }) => addressKind(address)));
}

;// CONCATENATED MODULE: ./packages/oci/src/auth/authenticator.ts
/**
 * Authorization for one registry: answers a 401 challenge with Basic credentials or with a bearer
 * token from the challenge's realm, asked for every repository scope the operation needs at once
 * (a cross-repository mount needs pull on the source and push on the target in one token). Tokens
 * are cached per scope set until shortly before they expire.
 *
 * The credential is looked up once, and looked up again once when the registry (or its token
 * server) refuses it: ECR's GetAuthorizationToken password lives 12 hours and a GITHUB_TOKEN or a
 * credential helper's OAuth token can expire in a long job. A refused credential is renewed at
 * most once, however many requests meet the refusal at the same moment, and only a different
 * credential is worth a retry: an unchanged one leaves the 401 standing.
 *
 * A registry whose realm is known in advance (known-realms.ts) starts with that realm as its
 * challenge, so its first request already carries a token; the registry's own challenge replaces
 * it the moment one arrives.
 */





/** Tokens are dropped this long before they expire: a blob upload can take a while. */
const TOKEN_MARGIN_MS = 30_000;
/**
 * Repository scopes one token request asks for at the most. A token grants every scope it was
 * asked for, and its size grows with them: ACR, behind nginx, answers `400 Request Header Or Cookie
 * Too Large` to a bearer token covering many repositories (regclient/regclient#797, regsync asking
 * one token for every repository it touched; its fix is a token per repository). Our requests ask
 * for their own repository and, for a cross-repository mount, its source; scopes past this many
 * are dropped, the first (the request's own repository) always kept. A mount whose source scope
 * was dropped is refused by the registry and the blob is uploaded instead.
 */
const MAX_SCOPES_PER_TOKEN = 8;
/** What identifies a credential: two lookups that give the same key gave the same credential. */
function credentialKey(credential) {
    return "password" in credential ? basicHeader(credential) : `identity ${credential.identityToken}`;
}
function basicHeader(credential) {
    return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString("base64")}`;
}
class RegistryAuthenticator {
    challenge;
    /** The challenge is the known realm's, not yet confirmed nor replaced by the registry's own. */
    challengeFromTable;
    tokens = new Map();
    credential;
    /** The lookup made after each refused credential (by credentialKey): one per refusal, shared. */
    renewals = new Map();
    registry;
    transport;
    lookup;
    onSecret;
    lookupHost;
    constructor(registry, transport, lookup, onSecret, options = {}) {
        this.registry = registry;
        this.transport = transport;
        this.lookup = lookup;
        this.onSecret = onSecret;
        this.lookupHost = options.lookupHost ?? systemLookup;
        const known = options.knownRealm;
        if (known) {
            this.challenge = {
                scheme: "bearer",
                params: { realm: known.realm, ...(known.service !== undefined ? { service: known.service } : {}) },
            };
            this.challengeFromTable = known;
        }
    }
    /** Whether the token realm is the one known in advance, not yet answered by the registry itself. */
    realmKnownAhead() {
        return this.challengeFromTable !== undefined;
    }
    /** The Authorization header for `scopes`, or undefined before any challenge was seen. */
    async header(scopes) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === "basic") {
            const credential = await this.getCredential();
            if (!credential || !("password" in credential))
                return undefined;
            return basicHeader(credential);
        }
        const fromTable = this.challengeFromTable;
        if (fromTable && !fromTable.challengesAnonymous && !(await this.getCredential().catch(() => undefined)))
            return undefined;
        const asked = scopes.slice(0, MAX_SCOPES_PER_TOKEN);
        const key = tokenKey(asked);
        const cached = this.tokens.get(key);
        if (cached) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt > Date.now())
                return token.header;
        }
        // A realm known in advance is asked once, without retries: if it fails, the registry's own
        // challenge names the realm to ask (with retries) at the cost of one 401.
        const fetching = this.fetchToken(challenge, asked, fromTable === undefined);
        this.tokens.set(key, fetching);
        try {
            return (await fetching).header;
        }
        catch (error) {
            if (this.tokens.get(key) === fetching)
                this.tokens.delete(key);
            // A realm known in advance that does not answer as expected is not an error yet: the request
            // goes without a token and the registry's own challenge says where to ask.
            if (fromTable && this.challengeFromTable === fromTable) {
                this.challenge = undefined;
                this.challengeFromTable = undefined;
            }
            if (fromTable)
                return this.challenge ? this.header(scopes) : undefined;
            throw error;
        }
    }
    /**
     * Record a 401's challenge and say whether retrying can help. A request sent without credentials
     * is always worth one retry (parallel first requests all meet the challenge at once). One sent
     * with a bearer token is retried with a fresh token (fetched with a renewed credential if the
     * token server refuses the old one). One sent with Basic credentials (`sent`, the Authorization
     * header it carried) is retried only when the credential, looked up again, is a different one.
     */
    async onUnauthorized(wwwAuthenticate, scopes, sent) {
        const challenge = parseChallenge(wwwAuthenticate);
        if (!challenge)
            return false;
        const sameScheme = this.challenge?.scheme === challenge.scheme;
        if (this.challengeFromTable) {
            // The registry speaks for itself now. If it names another realm than the one known in
            // advance, tokens from that one are dropped and the request is tried once more, as it asks.
            const sameRealm = challenge.scheme === "bearer" &&
                challenge.params.realm === this.challenge?.params.realm &&
                challenge.params.service === this.challenge?.params.service;
            this.challengeFromTable = undefined;
            if (!sameRealm) {
                this.tokens.clear();
                this.challenge = challenge;
                return true;
            }
        }
        this.challenge = challenge;
        if (sent === undefined || !sameScheme)
            return true;
        if (challenge.scheme === "bearer") {
            // A token for these scopes was refused: drop it so the next attempt fetches a fresh one.
            const key = tokenKey(scopes.slice(0, MAX_SCOPES_PER_TOKEN));
            const wasCached = this.tokens.has(key);
            this.tokens.delete(key);
            return wasCached;
        }
        return this.renewCredential(sent);
    }
    getCredential() {
        this.credential ??= this.lookup(false);
        return this.credential;
    }
    /**
     * The credential whose key is `refused` was refused: look it up again, once for all the requests
     * refused with it, and say whether there is now a different one to try. A credential some other
     * refusal already replaced is simply retried with its replacement.
     */
    async renewCredential(refused) {
        if (!this.renewals.has(refused)) {
            const current = await this.getCredential().catch(() => undefined);
            // Asked again after the wait: another request refused with it may have started the renewal.
            if (!this.renewals.has(refused)) {
                if (current && credentialKey(current) !== refused)
                    return true;
                const renewal = this.lookup(true);
                this.renewals.set(refused, renewal);
                this.credential = renewal;
            }
        }
        const fresh = await this.renewals.get(refused);
        return fresh !== undefined && credentialKey(fresh) !== refused;
    }
    validateRealm(realm) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new AuthError(`${this.registry}: the token realm '${realm}' is not a URL`);
        }
        // Plain HTTP only for loopback registries; a registry on the network must not send our
        // credentials to an http:// realm. Where it may point us is realm-address.ts's to say.
        if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackRegistry(this.registry))) {
            throw new AuthError(`${this.registry}: refusing token realm '${realm}' (not https)`);
        }
        return url;
    }
    /**
     * Resolves and judges the realm's host before anything is sent, and gives the transport a
     * resolver that answers with that judged address (and judges any host a redirect leads to the
     * same way), so the token request connects where the check looked.
     */
    async realmResolver(realm, url) {
        const vet = (hostname) => vetRealmHost({ registry: this.registry, realm, hostname, lookup: this.lookupHost });
        const realmHost = url.hostname.replace(/^\[|\]$/g, "");
        const vetted = await vet(realmHost);
        return async (hostname) => (hostname.replace(/^\[|\]$/g, "") === realmHost ? vetted : vet(hostname));
    }
    /** One request to the token server: the refresh-token grant for an identity token, else a GET. */
    requestToken(realmUrl, challenge, scopes, credential, resolveHost, retry) {
        const url = new URL(realmUrl);
        const service = challenge.params.service;
        if (credential && "identityToken" in credential) {
            // OAuth2 refresh-token grant, as Docker does for identity tokens.
            const form = new URLSearchParams({
                grant_type: "refresh_token",
                refresh_token: credential.identityToken,
                client_id: "image-actions",
            });
            if (service)
                form.set("service", service);
            if (scopes.length > 0)
                form.set("scope", scopes.join(" "));
            return this.transport.send({
                method: "POST",
                url: url.toString(),
                headers: { "content-type": "application/x-www-form-urlencoded" },
                body: Buffer.from(form.toString()),
                resolveHost,
                ...(retry ? {} : { retry: false }),
            });
        }
        if (service)
            url.searchParams.set("service", service);
        for (const scope of scopes)
            url.searchParams.append("scope", scope);
        const headers = credential ? { authorization: basicHeader(credential) } : {};
        return this.transport.send({
            method: "GET",
            url: url.toString(),
            headers,
            resolveHost,
            ...(retry ? {} : { retry: false }),
        });
    }
    async fetchToken(challenge, scopes, retry) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new AuthError(`${this.registry}: bearer challenge without a realm`);
        const url = this.validateRealm(realm);
        const resolveHost = await this.realmResolver(realm, url);
        const where = `${url.origin}${url.pathname}`;
        const refused = (why) => new AuthError(`${this.registry}: token request to ${where} failed: the credentials were refused${why}`);
        let credential = await this.getCredential();
        let response = await this.requestToken(url, challenge, scopes, credential, resolveHost, retry);
        if (response.status === 401 && credential) {
            // The token server refused the credential (expired since it was looked up): look it up
            // again once, and ask again only with a different one.
            discard(response);
            if (!(await this.renewCredential(credentialKey(credential))))
                throw refused(" (looked up again: unchanged)");
            credential = await this.getCredential();
            response = await this.requestToken(url, challenge, scopes, credential, resolveHost, retry);
            if (response.status === 401) {
                discard(response);
                throw refused(", also when looked up again");
            }
        }
        const body = await readBody(response, 1024 * 1024);
        if (response.status !== 200) {
            throw response.status === 401
                ? refused("")
                : new AuthError(`${this.registry}: token request to ${where} failed: HTTP ${response.status}`);
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString("utf8"));
        }
        catch {
            // Not quoted: the parser's message would carry the server's text into ours.
            throw new AuthError(`${this.registry}: the token server ${where} answered with something that is not JSON`);
        }
        const answer = (typeof parsed === "object" && parsed !== null ? parsed : {});
        const token = [answer.token, answer.access_token].find((value) => typeof value === "string" && value !== "");
        if (typeof token !== "string")
            throw new AuthError(`${this.registry}: the token server ${where} gave no token`);
        // A token goes into a header: anything but visible ASCII would break it, or smuggle another.
        if (!/^[\x21-\x7e]+$/.test(token))
            throw new AuthError(`${this.registry}: the token server ${where} gave a token that is not visible ASCII`);
        this.onSecret(token);
        // RFC 6749: expires_in defaults to 60 seconds when the server does not say (or says nonsense).
        const expiresIn = answer.expires_in;
        const seconds = typeof expiresIn === "number" && Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 60;
        const lifetimeMs = seconds * 1000;
        return {
            header: `Bearer ${token}`,
            expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2),
        };
    }
}
/** Tokens are cached per set of scopes, in any order. */
function tokenKey(scopes) {
    return [...scopes].sort().join(" ");
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/oci/src/auth/ecr.ts
/**
 * Amazon ECR and ECR Public logins through the AWS SDK with the ambient AWS credentials.
 * ECR: GetAuthorizationToken in the registry's region gives `AWS:<password>` for basic auth, valid
 * 12 hours. ECR Public: its control plane exists only in us-east-1, whatever region the job runs in,
 * and its token is the basic credential for the bearer-token flow of public.ecr.aws.
 */

const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const ECR_PUBLIC_HOST = "public.ecr.aws";
/** Tokens are renewed this long before they expire, so a long copy never runs on a dying token. */
const REFRESH_MARGIN_MS = 15 * 60 * 1000;
function ecrRegion(registry) {
    return ECR_HOST.exec(registry)?.[2];
}
/** The AWS account a private ECR host belongs to (its registry id). */
function ecrAccount(registry) {
    return ECR_HOST.exec(registry)?.[1];
}
function isEcrRegistry(registry) {
    return ECR_HOST.test(registry) || registry === ECR_PUBLIC_HOST;
}
function decodeToken(token, registry) {
    const decoded = Buffer.from(token ?? "", "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (!token || colon < 0)
        throw new AuthError(`${registry}: the ECR authorization token is not of the form AWS:<password>`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
/**
 * ECR credentials for `registry`. `force` makes any host use ECR (the `ecr-login` helper name in a
 * docker config), in the region its name carries or the default one.
 */
class EcrCredentials {
    cache = new Map();
    options;
    forced = new Set();
    constructor(options) {
        this.options = options;
    }
    force(registry) {
        this.forced.add(registry);
    }
    async get(registry, options = {}) {
        if (!isEcrRegistry(registry) && !this.forced.has(registry))
            return undefined;
        const now = this.options.now ?? Date.now;
        const cached = this.cache.get(registry);
        // A refused token is not given again, whatever its stated expiry: the registry has the last word.
        if (cached && !options.refresh) {
            const token = await cached.catch(() => undefined);
            if (token && token.expiresAt - REFRESH_MARGIN_MS > now())
                return token.credential;
        }
        const fetching = this.fetch(registry);
        this.cache.set(registry, fetching);
        try {
            return (await fetching).credential;
        }
        catch (error) {
            this.cache.delete(registry);
            throw error;
        }
    }
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's config types differ per client; ours is a pass-through.
    sdkConfig() {
        return this.options.sdkConfig ?? {};
    }
    async fetch(registry) {
        let token;
        let expiresAt;
        try {
            // The SDK is loaded on first use: most copies never meet ECR and need not pay its start-up.
            if (registry === ECR_PUBLIC_HOST) {
                const { ECRPUBLICClient, GetAuthorizationTokenCommand: GetPublicAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
                const client = new ECRPUBLICClient({ ...this.sdkConfig(), region: "us-east-1" });
                const response = await client.send(new GetPublicAuthorizationTokenCommand({}));
                token = response.authorizationData?.authorizationToken;
                expiresAt = response.authorizationData?.expiresAt;
            }
            else {
                const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
                const region = ecrRegion(registry) ?? this.options.defaultRegion;
                const client = new ECRClient({ ...this.sdkConfig(), ...(region ? { region } : {}) });
                const response = await client.send(new GetAuthorizationTokenCommand({}));
                token = response.authorizationData?.[0]?.authorizationToken;
                expiresAt = response.authorizationData?.[0]?.expiresAt;
            }
        }
        catch (error) {
            throw new AuthError(`${registry}: could not get an ECR authorization token: ${error.message}`, {
                cause: error,
            });
        }
        if (token)
            this.options.onSecret(token);
        const credential = decodeToken(token, registry);
        if ("password" in credential)
            this.options.onSecret(credential.password);
        const now = (this.options.now ?? Date.now)();
        return { credential, expiresAt: expiresAt?.getTime() ?? now + 12 * 3600 * 1000 };
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/auth/docker-config.ts
/**
 * Credentials from a docker config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`):
 * `credHelpers` per registry first, then `credsStore`, then `auths`. Helpers are the
 * `docker-credential-<name>` executables, run with arguments (never a shell) and the host on stdin.
 * The `ecr-login` helper is handled natively through the AWS SDK, for any host.
 */







function dockerConfigPath(env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), ".docker"), "config.json");
}
async function loadDockerConfig(path) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return {};
        throw new AuthError(`cannot read docker config ${path}: ${error.message}`);
    }
    return parseDockerConfig(text, path);
}
const AUTH_ENTRY_FIELDS = ["auth", "username", "password", "identitytoken", "registrytoken"];
/** A credential helper is a program `docker-credential-<name>` on the PATH, never a path. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * The text of a docker config, checked for the shape the credential lookup relies on; anything
 * else is one AuthError line naming the file. JSON errors are reported without the excerpt the
 * parser quotes: the file holds passwords.
 */
function parseDockerConfig(text, path) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new AuthError(`docker config ${path} is not valid JSON: ${jsonSyntaxProblem(error)}`);
    }
    const problem = (what) => new AuthError(`docker config ${path}: ${what}`);
    if (!isObject(parsed))
        throw problem("the file is not a JSON object");
    const { auths, credsStore, credHelpers } = parsed;
    if (auths !== undefined && auths !== null) {
        if (!isObject(auths))
            throw problem(`"auths" is not an object`);
        for (const [key, entry] of Object.entries(auths)) {
            if (!isObject(entry))
                throw problem(`the "auths" entry ${quoteValue(key)} is not an object`);
            for (const field of AUTH_ENTRY_FIELDS)
                if (entry[field] !== undefined && typeof entry[field] !== "string")
                    throw problem(`"${field}" of the "auths" entry ${quoteValue(key)} is not a string`);
        }
    }
    if (credsStore !== undefined &&
        credsStore !== "" &&
        (typeof credsStore !== "string" || !HELPER_NAME.test(credsStore)))
        throw problem(`"credsStore" is not a credential helper name`);
    if (credHelpers !== undefined && credHelpers !== null) {
        if (!isObject(credHelpers))
            throw problem(`"credHelpers" is not an object`);
        for (const [registry, helper] of Object.entries(credHelpers))
            if (typeof helper !== "string" || !HELPER_NAME.test(helper))
                throw problem(`"credHelpers" names a bad helper for ${quoteValue(registry)}`);
    }
    return parsed;
}
/** The keys a registry may be stored under: `host`, `https://host`, and Docker Hub's legacy URL. */
function candidateKeys(registry) {
    const keys = [
        registry,
        `https://${registry}`,
        `http://${registry}`,
        `https://${registry}/v1/`,
        `https://${registry}/v2/`,
    ];
    if (registry === "docker.io")
        keys.push("https://index.docker.io/v1/", "index.docker.io", "registry-1.docker.io");
    return keys;
}
function fromAuthEntry(entry, registry) {
    if (entry.identitytoken)
        return { identityToken: entry.identitytoken };
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        if (colon < 0)
            throw new AuthError(`docker config: the auth entry for ${registry} is not base64 of user:password`);
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    return undefined;
}
function runCredentialHelper(helper, registry) {
    const program = `docker-credential-${helper}`;
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, ["get"], { timeout: 60_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                // Helpers say "credentials not found" on stdout or stderr with a non-zero exit: anonymous.
                if (/credentials not found/i.test(`${stdout}${stderr}`))
                    return resolvePromise(undefined);
                return reject(new AuthError(`credential helper ${program} failed for ${registry}: ${(stderr || error.message).trim().split("\n")[0]}`));
            }
            try {
                const parsed = JSON.parse(stdout);
                if (typeof parsed !== "object" || parsed === null)
                    throw new TypeError("not an object");
                if (!parsed.Secret || typeof parsed.Secret !== "string")
                    return resolvePromise(undefined);
                if (parsed.Username !== undefined && typeof parsed.Username !== "string")
                    throw new TypeError("bad Username");
                // By Docker's convention a username of <token> marks an identity token.
                resolvePromise(parsed.Username === "<token>"
                    ? { identityToken: parsed.Secret }
                    : { username: parsed.Username ?? "", password: parsed.Secret });
            }
            catch {
                reject(new AuthError(`credential helper ${program} printed something that is not JSON for ${registry}`));
            }
        });
        child.stdin?.end(registry);
    });
}
class DockerConfigCredentials {
    configPath;
    loaded;
    ecr;
    onSecret;
    constructor(configPath, ecr, onSecret) {
        this.configPath = configPath;
        this.ecr = ecr;
        this.onSecret = onSecret;
    }
    /**
     * The config, read once, on first use: a promise started in the constructor and awaited only
     * when a registry asked for credentials would reject unhandled (and crash the process) in every
     * run that never needed them.
     */
    config() {
        this.loaded ??= loadDockerConfig(this.configPath);
        return this.loaded;
    }
    /**
     * Throws the config's AuthError if it cannot be read or parsed. Registry clients call this
     * before their first request, so a broken config fails an anonymous pull too, with one line,
     * rather than being ignored until some registry asks for credentials.
     */
    async check() {
        await this.config();
    }
    /** Whether the config sends `registry` to the `ecr-login` helper: an ECR registry by another name. */
    async usesEcrLogin(registry) {
        const config = await this.config();
        const perHost = config.credHelpers?.[registry];
        return perHost === "ecr-login" || (!perHost && config.credsStore === "ecr-login" && isEcrRegistry(registry));
    }
    async get(registry, options = {}) {
        // After a refusal the file is read again: a later login may have replaced what it held.
        if (options.refresh)
            this.loaded = undefined;
        const config = await this.config();
        const perHost = config.credHelpers?.[registry];
        if (await this.usesEcrLogin(registry)) {
            this.ecr.force(registry);
            return this.ecr.get(registry, options);
        }
        let credential;
        if (perHost) {
            credential = await runCredentialHelper(perHost, registry);
        }
        else {
            for (const key of candidateKeys(registry)) {
                const entry = config.auths?.[key];
                credential = entry ? fromAuthEntry(entry, registry) : undefined;
                if (credential)
                    break;
            }
            if (!credential && config.credsStore && config.credsStore !== "ecr-login") {
                credential = await runCredentialHelper(config.credsStore, registry);
            }
        }
        if (credential)
            this.onSecret("password" in credential ? credential.password : credential.identityToken);
        return credential;
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/auth/known-realms.ts
/**
 * The token realms of well-known registries, known before their first answer. A fresh process
 * learns a registry's realm from the 401 its first request meets, then asks the realm for a token
 * and sends the request again: three requests and a round trip to a second host before the first
 * useful answer. Where the realm is known in advance the token is asked for at once and the first
 * request carries it: one request per registry after connection set-up.
 *
 * What keeps this safe: an entry is used only for the exact registry name it is written for (no
 * suffix, no port, no case folding: `ghcr.io.example` and `ghcr.io:8443` are other hosts), the
 * built-in entries are code, never read from a file another step could write (a cache of realms
 * learnt in an earlier run would let that file aim our credentials at a host of its choosing), and
 * a realm from here passes the same checks as a challenge's (https, realm-address.ts). When the
 * registry answers with a challenge of its own, its own word wins from then on.
 *
 * The realms and services are the ones each registry names in its own challenge:
 * - Docker Hub: `Bearer realm="https://auth.docker.io/token",service="registry.docker.io"`, the
 *   example of the token authentication spec (https://distribution.github.io/distribution/spec/auth/token/).
 * - GHCR: `Bearer realm="https://ghcr.io/token",service="ghcr.io"` (the challenge GHCR sends, as
 *   other clients' challenge-parsing tests quote it).
 * - ECR Public: `Bearer realm="https://public.ecr.aws/token/",service="public.ecr.aws",scope="aws"`
 *   (quoted in crashappsec/chalk's challenge parser; test/support/ecr-quirks.ts reproduces it).
 * - Quay: `Bearer realm="https://quay.io/v2/auth",service="quay.io"` (quoted the same way). Quay serves public
 *   repositories to anonymous callers without a challenge, so without credentials nothing is
 *   fetched ahead (it would be a request the registry never asked for).
 * - Artifact Registry, `<location>-docker.pkg.dev`: `Bearer realm="https://<host>/v2/token",
 *   service="<host>"` on its own host (apple/container#2274 quotes us-docker.pkg.dev's).
 */
/** No realm known in advance: every registry's is learnt from its challenge. */
const noKnownRealms = () => undefined;
/** A table of fixed entries, each for exactly the registry name it is keyed by. */
function realmTable(entries) {
    const table = new Map(Object.entries(entries));
    return (registry) => table.get(registry);
}
const FIXED = realmTable({
    "docker.io": { realm: "https://auth.docker.io/token", service: "registry.docker.io", challengesAnonymous: true },
    "ghcr.io": { realm: "https://ghcr.io/token", service: "ghcr.io", challengesAnonymous: true },
    "public.ecr.aws": { realm: "https://public.ecr.aws/token/", service: "public.ecr.aws", challengesAnonymous: true },
    "quay.io": { realm: "https://quay.io/v2/auth", service: "quay.io", challengesAnonymous: false },
});
/** Artifact Registry's Docker hosts: one per location (`us`, `europe-west1`, ...), nothing else. */
const ARTIFACT_REGISTRY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-docker\.pkg\.dev$/;
/** The built-in table: what the actions and the CLI use. */
const WELL_KNOWN_REALMS = (registry) => {
    const fixed = FIXED(registry);
    if (fixed)
        return fixed;
    if (ARTIFACT_REGISTRY.test(registry))
        return { realm: `https://${registry}/v2/token`, service: registry, challengesAnonymous: true };
    return undefined;
};

;// CONCATENATED MODULE: ./packages/oci/src/auth/credentials.ts
const ignoreSecrets = () => { };
/** Tries providers in order; the first that knows the registry wins. */
function firstOf(...providers) {
    return {
        async get(registry, options) {
            for (const provider of providers) {
                const credential = await provider.get(registry, options);
                if (credential)
                    return credential;
            }
            return undefined;
        },
    };
}
/** Fixed credentials per host, for callers that already hold them. */
function staticCredentials(entries) {
    return { get: async (registry) => entries[registry] };
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./packages/oci/src/registry-context.ts




/** A tag as the distribution spec defines it; anything else in a manifest path must be a digest. */
const registry_context_TAG = /^[\w][\w.-]{0,127}$/;
/** JSON from a registry; its syntax error is not quoted, because the parser's message quotes the body. */
function parseRegistryJson(bytes, operation) {
    try {
        return JSON.parse(bytes.toString("utf8"));
    }
    catch {
        throw new errors_OciError(`${operation}: the registry's answer is not valid JSON`);
    }
}
/** A URL the registry gave, resolved against its base; one that does not parse is its error. */
function registryUrl(text, base, registry) {
    try {
        return new URL(text, base);
    }
    catch {
        throw new errors_OciError(`${registry}: the registry gave a URL that does not parse: ${quoteValue(text)}`);
    }
}
function isDigest(text) {
    try {
        parseDigest(text);
        return true;
    }
    catch {
        return false;
    }
}
/** A digest about to go into a request path: refused unless it parses. */
function pathDigest(digest, registry) {
    if (typeof digest !== "string" || !isDigest(digest))
        throw new errors_OciError(`${registry}: refusing to request the bad digest ${quoteValue(digest)}`);
    return digest;
}
/** A manifest reference about to go into a request path: a digest that parses, or a tag. */
function pathReference(reference, registry) {
    if (typeof reference === "string" && (reference.includes(":") ? isDigest(reference) : registry_context_TAG.test(reference)))
        return reference;
    throw new errors_OciError(`${registry}: refusing to request the bad manifest reference ${quoteValue(reference)}`);
}
async function registryError(operation, response) {
    let details = [];
    try {
        const body = await readBody(response, 64 * 1024);
        const parsed = JSON.parse(body.toString("utf8"));
        details = (parsed.errors ?? []).map((error) => ({
            code: String(error.code),
            message: String(error.message ?? ""),
        }));
    }
    catch {
        // Not every error has an OCI error body (proxies, load balancers).
    }
    return new errors_RegistryError(operation, response.status, details);
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-blobs.ts






/** Blobs at least this large are read with bareGet; smaller ones share the connections node:http already holds open. */
const BARE_GET_MIN_BYTES = 256 * 1024;
async function hasBlob(context, repository, digest, stats) {
    return (await headBlob(context, repository, digest, stats)) !== undefined;
}
/** A blob's size and digest as a HEAD reports them (each when the registry says), or undefined when absent. */
async function headBlob(context, repository, digest, stats) {
    pathDigest(digest, context.registry);
    const response = await context.send({
        method: "HEAD",
        path: `/v2/${repository}/blobs/${digest}`,
        repository,
        actions: ["pull"],
        ...(stats ? { stats } : {}),
    });
    discard(response);
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw await registryError(`head blob ${context.registry}/${repository}@${digest}`, response);
    const size = Number(headerValue(response.headers, "content-length"));
    const reported = headerValue(response.headers, "docker-content-digest");
    return {
        ...(reported ? { digest: reported } : {}),
        ...(Number.isSafeInteger(size) && size > 0 ? { size } : {}),
    };
}
/**
 * Stream a blob, verifying size and digest as bytes flow. An interrupted download resumes with a
 * Range request from the last byte received; the hash carries on over the resumed bytes.
 */
function openBlob(context, repository, descriptor, stats, 
/** Told of every chunk received (a copy counts what it read), without taking the stream's data. */
onBytes) {
    pathDigest(descriptor.digest, context.registry);
    const state = { received: 0 };
    const verifier = new DigestVerifier(descriptor.digest, descriptor.size);
    const pump = async () => {
        let resumes = 0;
        // Set once the registry refused a Range (416): later reads ask for the whole blob.
        let rangeRefused = false;
        for (;;) {
            const resuming = state.received > 0 && !rangeRefused;
            const headers = resuming ? { range: `bytes=${state.received}-` } : {};
            const response = await context.send({
                method: "GET",
                path: `/v2/${repository}/blobs/${descriptor.digest}`,
                repository,
                actions: ["pull"],
                headers,
                ...(stats ? { stats } : {}),
                // Large bodies skip node:http's per-chunk copy; small ones keep its pooled connections.
                ...(descriptor.size >= BARE_GET_MIN_BYTES ? { bare: true } : {}),
                expectedBytes: descriptor.size - (resuming ? state.received : 0),
            });
            // go-containerregistry's registry answers a Range it does not understand 416 ("We don't
            // understand your Range"): ask once more for the whole blob.
            if (resuming && response.status === 416) {
                discard(response);
                rangeRefused = true;
                continue;
            }
            if (response.status !== 200 && response.status !== 206)
                throw await registryError(`get blob ${context.registry}/${repository}@${descriptor.digest}`, response);
            // A whole blob after an interruption (Range ignored or refused, RFC 9110 §14.2 lets a server
            // do either): the bytes already passed on are skipped, and the digest, checked over
            // everything passed on, still has the last word.
            const skip = state.received > 0 && response.status === 200 ? state.received : 0;
            try {
                await forwardInto(response.body, verifier, (length) => {
                    state.received += length;
                    onBytes?.(length);
                }, skip);
                verifier.end();
                return;
            }
            catch (error) {
                if (verifier.destroyed)
                    return;
                if (++resumes > 5 || !retry_isRetryableError(error) || state.received >= descriptor.size)
                    throw error;
                if (stats)
                    stats.retries++;
                await retry_sleep(200 * resumes);
            }
        }
    };
    pump().catch((error) => verifier.destroy(error));
    return verifier;
}
/** A small blob (a config, a signature payload), read whole and verified; refused over `limit`. */
async function readBlob(context, repository, descriptor, limit = 16 * 1024 * 1024, stats) {
    if (descriptor.size > limit)
        throw new errors_OciError(`blob ${descriptor.digest} is ${descriptor.size} bytes, over the ${limit}-byte limit`);
    const chunks = [];
    for await (const chunk of openBlob(context, repository, descriptor, stats))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/**
 * Upload a blob unless it is there, or already on its way there from this client: the same blob
 * uploaded twice at once to one repository (the empty config of several referrers, say) makes
 * distribution rewrite its repository link while the first writer's manifest is being checked
 * against it, and that manifest is refused as naming an unknown blob. A second caller waits for
 * the first upload and, if it failed, tries itself.
 */
async function uploadBlob(context, uploadsInFlight, repository, descriptor, source, options = {}) {
    pathDigest(descriptor.digest, context.registry);
    const key = `${repository}@${descriptor.digest}`;
    const inFlight = uploadsInFlight.get(key);
    if (inFlight &&
        (await inFlight.then(() => true, () => false)))
        return { outcome: "exists" };
    const upload = uploadBlobOnce(context, repository, descriptor, source, options);
    uploadsInFlight.set(key, upload);
    try {
        return await upload;
    }
    finally {
        if (uploadsInFlight.get(key) === upload)
            uploadsInFlight.delete(key);
    }
}
/**
 * One upload: with `mountFrom` (a repository on this registry holding it), ask for a
 * cross-repository mount first; a refused mount answers 202 with an upload session, which is
 * reused rather than opening another.
 */
async function uploadBlobOnce(context, repository, descriptor, source, options) {
    const stats = options.stats;
    // With startAlongsideCheck the session opens while the HEAD is out: one round trip where the two
    // in turn cost two. A session opened for a blob that is there after all is left to expire, as
    // every registry expires abandoned ones; only its PUT would store anything.
    const early = options.startAlongsideCheck && !options.skipExistsCheck && !options.mountFrom
        ? startUpload(context, repository, descriptor, options)
        : undefined;
    // Awaited below, or abandoned; until then its failure must not count as unhandled.
    early?.catch(() => { });
    const abandonEarly = () => void early?.then(discard, () => { });
    let exists = false;
    if (!options.skipExistsCheck) {
        try {
            exists = await hasBlob(context, repository, descriptor.digest, stats);
        }
        catch (error) {
            abandonEarly();
            throw error;
        }
    }
    if (exists) {
        abandonEarly();
        return { outcome: "exists" };
    }
    const start = await (early ?? startUpload(context, repository, descriptor, options));
    discard(start);
    if (start.status === 201)
        return { outcome: "mounted" };
    await putBlob(context, repository, await uploadLocation(context, start), descriptor, source, stats);
    return { outcome: "uploaded" };
}
/** The POST that opens an upload session; with `mountFrom`, one that asks for a mount first. */
function startUpload(context, repository, descriptor, options) {
    let path = `/v2/${repository}/blobs/uploads/`;
    const extraScopes = [];
    if (options.mountFrom && options.mountFrom !== repository) {
        path += `?mount=${encodeURIComponent(descriptor.digest)}&from=${encodeURIComponent(options.mountFrom)}`;
        extraScopes.push(`repository:${options.mountFrom}:pull`);
    }
    return context.expect(`start upload of ${descriptor.digest} to ${context.registry}/${repository}`, {
        method: "POST",
        path,
        repository,
        actions: ["pull", "push"],
        extraScopes,
        headers: { "content-length": "0" },
        ...(options.stats ? { stats: options.stats } : {}),
    }, [201, 202]);
}
async function uploadLocation(context, response) {
    const location = headerValue(response.headers, "location");
    if (!location)
        throw new errors_OciError(`${context.registry}: upload session without a Location header`);
    return registryUrl(location, new URL(await context.baseUrl()), context.registry);
}
/**
 * Registries (one session each) that refused a blob's content on the closing PUT: their uploads go
 * through the one PATCH from then on, so that a streamed body, which cannot be sent twice, is sent
 * once the way the registry takes it.
 */
const refusesContentOnPut = new WeakSet();
async function putBlob(context, repository, location, descriptor, source, stats) {
    if (refusesContentOnPut.has(context)) {
        await patchThenPut(context, repository, descriptor, source, stats, location);
        return;
    }
    const url = new URL(location);
    url.searchParams.set("digest", descriptor.digest);
    const body = bodyOf(source);
    const response = await context.send({
        method: "PUT",
        path: url.toString(),
        repository,
        actions: ["pull", "push"],
        headers: { "content-type": "application/octet-stream", "content-length": String(descriptor.size) },
        ...body,
        ...(stats ? { stats } : {}),
        expectedBytes: descriptor.size,
    });
    if (response.status === 201) {
        discard(response);
        return;
    }
    // Some registries refuse content on the closing PUT; they take one PATCH with all of it, then an
    // empty PUT. One PATCH only: a multi-chunk upload is what ECR gets wrong.
    if (![400, 404, 405, 413, 415, 416].includes(response.status)) {
        throw await registryError(`upload ${descriptor.digest} to ${context.registry}/${repository}`, response);
    }
    discard(response);
    refusesContentOnPut.add(context);
    // A stream was spent on the refused PUT (a copy's source, or its branch of one): the copy sends
    // the blob again from a fresh read, which then goes through the PATCH.
    if (!body.retry)
        throw new errors_OciError(`upload ${descriptor.digest} to ${context.registry}/${repository}: the registry refused the blob in one PUT (HTTP ${response.status}); it is sent again in one PATCH`);
    await patchThenPut(context, repository, descriptor, source, stats);
}
async function patchThenPut(context, repository, descriptor, source, stats, 
/** An upload session already open (its Location); a new one is opened otherwise. */
opened) {
    // The session's POST answer may carry OCI-Chunk-Min-Length (distribution-spec v1.1, "Pushing a
    // blob in chunks"): every chunk but the last must be at least that long. The one PATCH here is
    // the whole blob, so the last, and meets any minimum; a change to several chunks must read it.
    const operation = `upload ${descriptor.digest} to ${context.registry}/${repository}`;
    const common = { repository, actions: ["pull", "push"], ...(stats ? { stats } : {}) };
    let location = opened;
    if (!location) {
        const start = await context.expect(operation, { ...common, method: "POST", path: `/v2/${repository}/blobs/uploads/`, headers: { "content-length": "0" } }, [202]);
        discard(start);
        location = await uploadLocation(context, start);
    }
    const patch = await context.expect(operation, {
        ...common,
        method: "PATCH",
        path: location.toString(),
        headers: {
            "content-type": "application/octet-stream",
            "content-length": String(descriptor.size),
            "content-range": `0-${Math.max(descriptor.size - 1, 0)}`,
        },
        ...bodyOf(source),
        expectedBytes: descriptor.size,
    }, 
    // 202 is the spec's; ECR answers 201 (openai/tart#273, jdx/mise#11376).
    [201, 202, 204]);
    discard(patch);
    const url = await uploadLocation(context, patch);
    url.searchParams.set("digest", descriptor.digest);
    const put = await context.expect(operation, { ...common, method: "PUT", path: url.toString(), headers: { "content-length": "0" } }, [201]);
    discard(put);
}
/**
 * Moves a body's chunks into `into` as they arrive, pausing while `into` is full. 'data' events, not
 * an async iterator: the iterator's read() joins whatever chunks are buffered into one new Buffer,
 * a copy of every byte of a blob. Rejects when the body fails or ends early; a destroyed `into`
 * (its reader gave up) ends the body too.
 */
function forwardInto(body, into, onChunk, 
/** Bytes at the start of `body` to drop: already passed on before an interruption. */
skip = 0) {
    const done = (0,external_node_stream_promises_.finished)(body);
    let toSkip = skip;
    const resume = () => {
        body.resume();
    };
    const abandon = () => {
        body.destroy();
    };
    into.once("close", abandon);
    body.on("data", (received) => {
        let chunk = received;
        if (toSkip > 0) {
            const dropped = Math.min(toSkip, chunk.length);
            toSkip -= dropped;
            if (dropped === chunk.length)
                return;
            chunk = chunk.subarray(dropped);
        }
        onChunk(chunk.length);
        if (!into.write(chunk)) {
            body.pause();
            into.once("drain", resume);
        }
    });
    return done.finally(() => {
        into.removeListener("drain", resume);
        into.removeListener("close", abandon);
    });
}
/**
 * A Buffer body is replayed by the transport's retries; a stream cannot be, so its request is sent
 * once and the copy engine retries the whole blob (with a fresh source stream) instead.
 */
function bodyOf(source) {
    const first = source();
    if (Buffer.isBuffer(first))
        return { body: first, retry: true };
    return { body: () => first, retry: false };
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
/** Manifest and index media types of the OCI image spec and Docker's schema 2. */
const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
const OCI_EMPTY_CONFIG = "application/vnd.oci.empty.v1+json";
/**
 * The empty descriptor's content, `{}` (image-spec 1.1, manifest.md "Guidance for an Empty
 * Descriptor"): the config of an artifact manifest (a Sigstore bundle, an SBOM referrer). Not to be
 * written to: it is every referrer's config.
 */
const EMPTY_CONFIG = Buffer.from("{}");
const INDEX_MEDIA_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
const IMAGE_MEDIA_TYPES = [OCI_MANIFEST, DOCKER_MANIFEST];
/** Sent in every manifest request's Accept, so no registry down-converts what it returns. */
const MANIFEST_ACCEPT = [...IMAGE_MEDIA_TYPES, ...INDEX_MEDIA_TYPES].join(", ");
function media_types_isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isManifestMediaType(mediaType) {
    return media_types_isIndexMediaType(mediaType) || IMAGE_MEDIA_TYPES.includes(mediaType);
}

;// CONCATENATED MODULE: ./packages/oci/src/manifest.ts
/**
 * Manifests as bytes plus the fields the client needs. The bytes are what gets pushed: a manifest is
 * never re-serialised, because re-encoding would change its digest.
 */




/** The largest manifest the client accepts, as the distribution spec recommends registries do. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * Indexes nested deeper than this are refused: real images nest one or two levels (an index of
 * platform images, perhaps under an index of variants); a registry serving a chain of indexes a
 * thousand deep must not be walked to the end.
 */
const manifest_MAX_INDEX_NESTING = 4;
function manifest_isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function optionalString(value, what) {
    if (value === undefined || typeof value === "string")
        return value;
    throw new errors_OciError(`${what} is not a string`);
}
function optionalStringMap(value, what) {
    if (value === undefined)
        return undefined;
    if (!manifest_isObject(value) || !Object.values(value).every((entry) => typeof entry === "string"))
        throw new errors_OciError(`${what} is not a map of strings`);
    return value;
}
function optionalArray(value, what) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new errors_OciError(`${what} is not a list`);
    return value;
}
/**
 * Checks one descriptor a registry sent (in a manifest, an index or a referrers answer) before
 * anything uses it: its digest goes into request paths and decides what gets verified, so a
 * path-like value (`x/../../elsewhere`) or one without an algorithm (which would be fetched as a
 * tag, unverified) is refused here. `where` names the descriptor for the message.
 */
function parseDescriptor(value, where) {
    if (!manifest_isObject(value))
        throw new errors_OciError(`${where} is not a descriptor (an object)`);
    const { digest, size, platform } = value;
    try {
        parseDigest(typeof digest === "string" ? digest : "");
    }
    catch {
        throw new errors_OciError(`${where} has a bad digest ${quoteValue(digest)} (expected sha256:<64 hex digits>)`);
    }
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
        throw new errors_OciError(`${where} has a bad size ${quoteValue(size)} (expected a non-negative integer)`);
    if (typeof value.mediaType !== "string")
        throw new errors_OciError(`${where} has no mediaType`);
    optionalString(value.artifactType, `${where}: artifactType`);
    optionalStringMap(value.annotations, `${where}: annotations`);
    if (!optionalArray(value.urls, `${where}: urls`).every((url) => typeof url === "string"))
        throw new errors_OciError(`${where}: urls are not all strings`);
    if (platform !== undefined) {
        if (!manifest_isObject(platform) || typeof platform.os !== "string" || typeof platform.architecture !== "string")
            throw new errors_OciError(`${where} has a platform without os and architecture`);
        optionalString(platform.variant, `${where}: platform variant`);
    }
    return value;
}
/** A list of descriptors (an index's manifests, a manifest's layers), each checked. */
function parseDescriptors(value, where) {
    return optionalArray(value, where).map((entry, i) => parseDescriptor(entry, `${where}[${i}]`));
}
/**
 * Parse verified manifest bytes. `headerMediaType` is the registry's Content-Type; the manifest's own
 * mediaType field wins when present (some registries answer with a generic type). Everything that
 * is not what the image spec says is refused with an OciError naming the manifest: these bytes
 * come from a registry, and nothing a registry sends is trusted before it is checked.
 */
function manifest_parseManifest(bytes, digest, headerMediaType) {
    const where = `manifest ${digest}`;
    let raw;
    try {
        raw = JSON.parse(bytes.toString("utf8"));
    }
    catch {
        // The parser's message quotes the bytes: a hostile registry's text, never put in a message.
        throw new errors_OciError(`${where} is not valid JSON`);
    }
    if (!manifest_isObject(raw))
        throw new errors_OciError(`${where} is not a JSON object`);
    const mediaType = optionalString(raw.mediaType, `${where}: mediaType`) ?? guessMediaType(raw, headerMediaType);
    const index = media_types_isIndexMediaType(mediaType);
    const subject = raw.subject === undefined ? undefined : parseDescriptor(raw.subject, `${where}: subject`);
    const artifactType = optionalString(raw.artifactType, `${where}: artifactType`);
    const annotations = optionalStringMap(raw.annotations, `${where}: annotations`);
    const manifest = {
        bytes,
        digest,
        mediaType,
        manifests: index ? parseDescriptors(raw.manifests, `${where}: manifests`) : [],
        blobs: index
            ? []
            : [
                ...(raw.config !== undefined ? [parseDescriptor(raw.config, `${where}: config`)] : []),
                ...parseDescriptors(raw.layers, `${where}: layers`),
            ],
        ...(subject ? { subject } : {}),
        ...(artifactType ? { artifactType } : {}),
        ...(annotations ? { annotations } : {}),
    };
    return manifest;
}
function guessMediaType(raw, headerMediaType) {
    if (headerMediaType && headerMediaType !== "application/json")
        return headerMediaType;
    if (raw.manifests !== undefined)
        return headerMediaType === DOCKER_MANIFEST_LIST ? DOCKER_MANIFEST_LIST : OCI_INDEX;
    return "application/vnd.oci.image.manifest.v1+json";
}
/** The kind of artifact a manifest is, for referrer filtering: its artifactType or config type. */
function artifactTypeOf(manifest) {
    return manifest.artifactType ?? manifest.blobs[0]?.mediaType ?? manifest.mediaType;
}

;// CONCATENATED MODULE: ./packages/oci/src/manifest-put.ts
/**
 * Putting a manifest while another writer puts the same content into the same repository: two
 * processes copying one image to one destination, two signers uploading the same empty config.
 *
 * The CNCF distribution registry keeps, per repository, a "link" file for every blob and manifest
 * revision, and rewrites it in place when the same content is uploaded or put again: its
 * filesystem driver's PutContent opens the file O_WRONLY|O_CREATE and truncates it before writing
 * the digest (registry/storage/driver/filesystem/driver.go, Writer; blobStore.link and readlink in
 * registry/storage/blobstore.go). A manifest put that checks its blobs or child manifests in that
 * instant reads an empty link and is refused with DIGEST_INVALID ("provided digest did not match
 * uploaded content") and MANIFEST_BLOB_UNKNOWN, although everything it names is there. Raced with
 * two `image-actions copy` processes on one image (test/security/copy-races.test.ts), one run in
 * ten failed so.
 *
 * So such a refusal is looked into: every blob and child manifest the manifest names is looked up
 * with a HEAD (present, with the right digest and size). All there: the refusal was the rewrite of
 * a link, and the put is tried again after a jittered pause. Something missing at two looks a
 * pause apart: it is missing (a link is empty for microseconds), and the registry's error stands.
 */


const ATTEMPTS = 5;
/** Whether a manifest put was refused as naming content the registry does not know. */
function isNamedContentRefusal(error) {
    return error instanceof errors_RegistryError && (error.has("MANIFEST_BLOB_UNKNOWN") || error.has("DIGEST_INVALID"));
}
/** Run `put` (a manifest PUT), trying again while a refusal is the rewrite of a link (above). */
async function putThroughLinkRewrites(lookup, repository, manifest, put, options = {}) {
    const attempts = options.attempts ?? ATTEMPTS;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    let missingBefore = false;
    for (let attempt = 1;; attempt++) {
        try {
            return await put();
        }
        catch (error) {
            if (!isNamedContentRefusal(error) || attempt >= attempts)
                throw error;
            const named = namedContent(manifest);
            if (!named)
                throw error;
            const missing = (await missingContent(lookup, repository, named, options.stats)).length > 0;
            if (missing && missingBefore)
                throw error;
            missingBefore = missing;
            if (options.stats)
                options.stats.retries++;
            await sleep(50 * attempt + Math.random() * 100);
        }
    }
}
/** The blobs and child manifests a manifest names; undefined when its bytes do not parse. */
function namedContent(manifest) {
    try {
        return manifest_parseManifest(manifest.bytes, manifest.digest, manifest.mediaType);
    }
    catch {
        return undefined;
    }
}
/** The named content a HEAD does not find with its digest and size. */
async function missingContent(lookup, repository, named, stats) {
    const matches = (wanted, found) => found !== undefined &&
        (found.digest === undefined || found.digest === wanted.digest) &&
        // A HEAD without Content-Length says nothing about the size (0 from headManifest).
        (!found.size || found.size === wanted.size);
    // A HEAD that fails (distribution answers 500 for a link it reads empty) counts as not found.
    const found = (wanted, head) => head.then((answer) => (matches(wanted, answer) ? undefined : wanted.digest), () => wanted.digest);
    const checks = [
        ...named.blobs.map((blob) => found(blob, lookup.headBlob(repository, blob.digest, stats))),
        ...named.manifests.map((child) => found(child, lookup.headManifest(repository, child.digest, stats))),
    ];
    return (await Promise.all(checks)).filter((digest) => digest !== undefined);
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-manifests.ts
/**
 * Manifests and tags (OCI distribution spec): GET, HEAD, PUT and DELETE of manifests, and the tag
 * list. Every manifest read is checked against its digest, and every reference that goes into a
 * request path is checked first.
 */










/** Reads of a manifest whose body broke off (a reset, a missed deadline), in all. */
const MANIFEST_READ_ATTEMPTS = 3;
/** Pages of a tag list at the most (a thousand tags a page): a million tags. */
const MAX_TAG_PAGES = 1000;
async function getManifest(context, repository, reference, stats) {
    const operation = `get manifest ${context.registry}/${repository}:${pathReference(reference, context.registry)}`;
    for (let attempt = 1;; attempt++) {
        const response = await context.expect(operation, {
            method: "GET",
            path: `/v2/${repository}/manifests/${reference}`,
            repository,
            actions: ["pull"],
            headers: { accept: MANIFEST_ACCEPT },
            ...(stats ? { stats } : {}),
        }, [200]);
        let bytes;
        try {
            bytes = await readBody(response, MAX_MANIFEST_BYTES);
        }
        catch (error) {
            // A body cut short or past its deadline is read again, as the transport retries a
            // connection that failed before the headers.
            if (attempt < MANIFEST_READ_ATTEMPTS && retry_isRetryableError(error)) {
                if (stats)
                    stats.retries++;
                await retry_sleep(200 * attempt);
                continue;
            }
            throw new errors_OciError(`${operation}: ${error.message} (manifests are limited to 4 MiB)`, {
                cause: error,
            });
        }
        const digest = verifyManifestDigest(bytes, reference, headerValue(response.headers, "docker-content-digest"));
        try {
            return manifest_parseManifest(bytes, digest, headerValue(response.headers, "content-type"));
        }
        catch (error) {
            throw new errors_OciError(`${operation}: ${error.message}`);
        }
    }
}
/** The descriptor of a manifest, or undefined when the tag or digest is not there. */
async function headManifest(context, repository, reference, stats) {
    pathReference(reference, context.registry);
    const request = {
        method: "HEAD",
        path: `/v2/${repository}/manifests/${reference}`,
        repository,
        actions: ["pull"],
        headers: { accept: MANIFEST_ACCEPT },
        ...(stats ? { stats } : {}),
    };
    const response = await context.send(request);
    discard(response);
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        throw await registryError(`head manifest ${context.registry}/${repository}:${reference}`, response);
    const digest = headerValue(response.headers, "docker-content-digest");
    if (!digest) {
        // Without the header a HEAD cannot tell the digest; fall back to reading the manifest.
        const manifest = await getManifest(context, repository, reference, stats);
        return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    }
    // The header's digest is used in later request paths (a cosign tag's manifest is fetched by it).
    if (!isDigest(digest))
        throw new errors_OciError(`head manifest ${context.registry}/${repository}:${reference}: the registry answered with a bad Docker-Content-Digest ${quoteValue(digest)}`);
    const size = Number(headerValue(response.headers, "content-length") ?? 0);
    return {
        mediaType: headerValue(response.headers, "content-type") ?? "",
        digest,
        size: Number.isSafeInteger(size) && size >= 0 ? size : 0,
    };
}
/**
 * Put a manifest; a refusal as naming unknown content while all it names is there (another
 * writer rewriting the same links at that moment) is tried again (manifest-put.ts).
 */
async function putManifest(context, repository, reference, manifest, stats) {
    pathReference(reference, context.registry);
    const contentLookup = {
        headBlob: (blobRepository, digest, lookupStats) => headBlob(context, blobRepository, digest, lookupStats),
        headManifest: (manifestRepository, manifestReference, lookupStats) => headManifest(context, manifestRepository, manifestReference, lookupStats),
    };
    await putThroughLinkRewrites(contentLookup, repository, manifest, () => putManifestOnce(context, repository, reference, manifest, stats), stats ? { stats } : {});
}
async function putManifestOnce(context, repository, reference, manifest, stats) {
    const response = await context.expect(`put manifest ${context.registry}/${repository}:${reference}`, {
        method: "PUT",
        path: `/v2/${repository}/manifests/${reference}`,
        repository,
        actions: ["pull", "push"],
        headers: { "content-type": manifest.mediaType },
        body: manifest.bytes,
        ...(stats ? { stats } : {}),
    }, [200, 201, 202]);
    discard(response);
    const stored = headerValue(response.headers, "docker-content-digest");
    if (stored && stored !== manifest.digest) {
        throw new errors_DigestMismatchError(manifest.digest, `${context.registry} stored the manifest as ${stored}`);
    }
}
/**
 * Delete a manifest by digest: "deleted", "absent" when it is not there (any more), or "refused"
 * where the registry does not let us (distribution answers 405 UNSUPPORTED unless
 * `storage.delete.enabled`; registries that keep manifests immutable or withhold the delete
 * permission answer 400/401/403/405), which callers treat as a state to live with, not a failure.
 */
async function deleteManifest(context, repository, digest) {
    pathDigest(digest, context.registry);
    // The token scope of a delete is its own action (distribution's token auth: `repository:NAME:delete`).
    const response = await context.send({
        method: "DELETE",
        path: `/v2/${repository}/manifests/${digest}`,
        repository,
        actions: ["delete"],
    });
    discard(response);
    if (response.status === 202 || response.status === 200 || response.status === 204)
        return "deleted";
    if (response.status === 404)
        return "absent";
    if ([400, 401, 403, 405].includes(response.status))
        return "refused";
    throw await registryError(`delete manifest ${context.registry}/${repository}@${digest}`, response);
}
async function listTags(context, repository) {
    const tags = [];
    let path = `/v2/${repository}/tags/list?n=1000`;
    let pages = 1;
    while (path) {
        const response = await context.expect(`list tags of ${context.registry}/${repository}`, { method: "GET", path, repository, actions: ["pull"] }, [200, 404]);
        if (response.status === 404) {
            discard(response);
            return tags;
        }
        tags.push(...parseTagList(await readBody(response, 64 * 1024 * 1024), `list tags of ${context.registry}/${repository}`));
        const link = headerValue(response.headers, "link");
        const next = link ? /<([^>]+)>;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        // The next page stays on the registry (a page elsewhere would be someone else's list of
        // tags), and the pages end: a registry linking each page to another forever is refused.
        if (next) {
            const base = new URL(await context.baseUrl());
            const nextUrl = registryUrl(next, base, context.registry);
            if (nextUrl.origin !== base.origin)
                throw new errors_OciError(`list tags of ${context.registry}/${repository}: the next page is on another origin (${nextUrl.origin}), refused`);
            if (++pages > MAX_TAG_PAGES)
                throw new errors_OciError(`list tags of ${context.registry}/${repository}: more than ${MAX_TAG_PAGES} pages, refused`);
        }
        path = next;
    }
    return tags;
}
/** A page of a tag list (`{"name": …, "tags": [...]}`); tags are checked to be tag-shaped strings. */
function parseTagList(bytes, operation) {
    const page = parseRegistryJson(bytes, operation);
    if (typeof page !== "object" || page === null || Array.isArray(page))
        throw new errors_OciError(`${operation}: the registry's answer is not a JSON object`);
    const tags = page.tags ?? [];
    if (!Array.isArray(tags))
        throw new errors_OciError(`${operation}: the registry's answer has no list of tags`);
    for (const tag of tags)
        if (typeof tag !== "string" || !registry_context_TAG.test(tag))
            throw new errors_OciError(`${operation}: the registry's answer lists a bad tag ${quoteValue(tag)}`);
    return tags;
}
function verifyManifestDigest(bytes, reference, headerDigest) {
    if (reference.includes(":")) {
        const actual = digest_digestOf(bytes, reference.slice(0, reference.indexOf(":")));
        if (actual !== reference)
            throw new errors_DigestMismatchError(reference, `the manifest bytes hash to ${actual}`);
        return reference;
    }
    const actual = digest_digestOf(bytes);
    if (headerDigest?.startsWith("sha256:") && headerDigest !== actual) {
        throw new errors_DigestMismatchError(headerDigest, `the registry says the manifest is ${headerDigest} but its bytes hash to ${actual}`);
    }
    return actual;
}

;// CONCATENATED MODULE: ./packages/oci/src/read-merge-write.ts
/**
 * Adding to a tag that other writers add to at the same moment: cosign's `sha256-<hex>.sig` and
 * `.att` images, the referrers fallback index `sha256-<hex>`. The distribution spec has no atomic
 * append and no compare-and-swap on tags, so two writers that both read before either writes each
 * put a manifest without the other's addition, the last one wins, and both report success.
 *
 * So every writer reads, merges, writes, then waits for anyone who read before its write to have
 * written too, and reads back: if its addition is gone, the other writer replaced the manifest
 * without it, and it merges again (the other's content plus its own) after a jittered pause. Since
 * every write is a superset of what its writer read, the rounds converge to a manifest with both.
 *
 * A writer can also look again just before its final PUT (`write` answering "stale" when the tag
 * no longer holds what it read): then it merges again at once instead of overwriting. That shrinks
 * the span in which its PUT can replace someone's addition from read-to-write (several requests:
 * under load, on a starved runner, hundreds of milliseconds) to one HEAD-to-PUT.
 *
 * The window that remains: a writer paused between that last look and its PUT for longer than our
 * settle delay, or a registry serving reads from a stale replica, can still put a manifest without
 * ours after our read-back; it then verifies only its own addition and ours is lost with both runs
 * reporting success. The settle delay is at least 200 ms and twice our own read-to-write time.
 * Serialising writers per repository (a workflow `concurrency:` group) closes it.
 */

/** Our addition was replaced by concurrent writers on every attempt. */
class ConcurrentUpdateError extends errors_OciError {
    name = "ConcurrentUpdateError";
}
const DEFAULTS = { attempts: 6, minSettleMs: 200, maxSettleMs: 3000 };
/**
 * Merge our addition into `what` until a read-back after the settle delay shows it is there.
 * "exists" when the first read already held it (nothing written), "written" otherwise.
 */
async function readMergeWrite(what, target, options = {}) {
    const attempts = options.attempts ?? DEFAULTS.attempts;
    const minSettleMs = options.minSettleMs ?? DEFAULTS.minSettleMs;
    const maxSettleMs = options.maxSettleMs ?? DEFAULTS.maxSettleMs;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    let started = now();
    let current = await target.read();
    if (await target.holds(current))
        return "exists";
    for (let attempt = 1;; attempt++) {
        if ((await target.write(current)) !== "stale") {
            // A writer that read before our write needs about as long as we did from read to write; wait
            // twice that (at least the floor), with jitter so two writers do not read back in lockstep.
            const readToWrite = now() - started;
            const jitter = random() * minSettleMs * 0.5;
            await sleep(Math.min(maxSettleMs, Math.max(minSettleMs, 2 * readToWrite) + jitter));
            if (await target.holds(await target.read()))
                return "written";
        }
        if (attempt >= attempts)
            throw new ConcurrentUpdateError(`${what}: concurrent writers replaced it without our addition ${attempts} times; it is not there, try again`);
        // Full jitter, growing: writers that keep colliding spread apart.
        await sleep(random() * Math.min(maxSettleMs, 50 * 2 ** attempt));
        started = now();
        current = await target.read();
        if (await target.holds(current))
            return "written";
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-referrers.ts
/**
 * Referrers (OCI distribution spec 1.1): the referrers API where the registry has it, the
 * `sha256-<hex>` fallback tag (the referrers tag schema) where it does not, and the read, merge and
 * write of that fallback index.
 */








/**
 * The referrers of `digest`: through the OCI 1.1 referrers API when the registry has it, otherwise
 * from the fallback tag `sha256-<hex>` (an index the pushers of referrers maintain).
 *
 * Any answer that is not an OCI index means "no referrers API here", and is remembered for the
 * repository: the spec's 404 (distribution, GitLab, GHCR: oras-go#1396, NVIDIA/aicr#1957), a 400
 * (Artifactory before 7.90.1: "Unsupported docker v2 repository request"), 405, 401/403, a 200 with
 * another content type, and a redirect to a web page: GHCR answers 303 to github.com's web UI
 * (artifacthub/hub#4785), Artifact Registry 302 to its sign-in page (awslabs/soci-snapshotter#512).
 * Whatever another host answers after a redirect is never the registry's own error (the transport
 * sent it no credentials). What still throws: a 5xx or 429 from the registry itself once the
 * transport's retries are spent, and an answer typed as an OCI index that does not parse. Read as
 * "no API", a registry with the API that is briefly down would make a verifier miss every signature
 * listed there and a signer write a needless fallback tag; the step fails instead, naming the answer.
 */
async function referrers(context, probes, repository, digest, stats) {
    pathDigest(digest, context.registry);
    const pending = probes.get(repository);
    const known = pending ? await pending : undefined;
    if (known === false)
        return fromFallbackIndex(context, repository, digest, stats);
    let settle;
    if (known === undefined && probes.get(repository) === pending) {
        probes.set(repository, new Promise((resolvePromise) => (settle = resolvePromise)));
    }
    let listed;
    try {
        listed = await askReferrersApi(context, repository, digest, stats);
    }
    catch (error) {
        if (settle) {
            probes.delete(repository);
            settle(undefined);
        }
        throw error;
    }
    settle?.(listed !== undefined);
    if (listed)
        return { descriptors: listed, api: true };
    return fromFallbackIndex(context, repository, digest, stats);
}
/** The referrers API's listing of `digest`; undefined when the answer says there is no such API. */
async function askReferrersApi(context, repository, digest, stats) {
    const operation = `list referrers of ${context.registry}/${repository}@${digest}`;
    const response = await context.send({
        method: "GET",
        path: `/v2/${repository}/referrers/${digest}`,
        repository,
        actions: ["pull"],
        headers: { accept: OCI_INDEX },
        ...(stats ? { stats } : {}),
    });
    const contentType = (headerValue(response.headers, "content-type") ?? "").toLowerCase();
    if (response.status === 200 && contentType.startsWith(OCI_INDEX)) {
        return parseReferrersIndex(await readBody(response, MAX_MANIFEST_BYTES), operation);
    }
    const answeredByRegistry = new URL(response.url).origin === new URL(await context.baseUrl()).origin;
    if (answeredByRegistry && (response.status >= 500 || response.status === 429)) {
        throw await registryError(operation, response);
    }
    discard(response);
    return undefined;
}
async function fromFallbackIndex(context, repository, digest, stats) {
    const fallback = await fallbackIndex(context, repository, digest, stats);
    return { descriptors: fallback?.manifests ?? [], api: false };
}
/**
 * Add referrers to the `sha256-<hex>` fallback index of `subject` on a registry without the
 * referrers API (read, merge, write; what is listed already is left as it is). Other pushers of
 * referrers (a concurrent signer, a mirror) rewrite the same tag, so the write is read back and
 * merged again until ours are listed (readMergeWrite).
 */
async function addToFallbackIndex(context, repository, subject, manifests, stats) {
    const unlisted = (listed) => manifests.filter((manifest) => !listed.some((entry) => entry.digest === manifest.digest));
    await updateFallbackIndex(context, repository, subject, {
        holds: (listed) => unlisted(listed).length === 0,
        merge: (listed) => ({ keep: listed, add: unlisted(listed) }),
    }, stats);
}
/**
 * Rewrite the `sha256-<hex>` fallback index of `subject` until a read-back shows what `update`
 * wants (readMergeWrite): `merge` says, from what is listed, what stays listed and what is added.
 * "exists" when the index already held it and nothing was written. What the tag holds is merged
 * only once it passed fallbackIndex's checks: GitLab answers the subject itself there, and merging
 * it would list the image's own platform manifests as its referrers (oras-go#1396).
 */
async function updateFallbackIndex(context, repository, subject, update, stats) {
    const tag = referrersTag(subject);
    const where = `the referrers index ${context.registry}/${repository}:${tag}`;
    let written = false;
    return readMergeWrite(where, {
        read: async () => {
            const found = await readFallbackTag(context, repository, subject, stats);
            // Our own index went in and the tag still answers with the subject: the registry reads the
            // tag as the digest, and no write will ever show there.
            if (written && found.kind === "subject itself")
                throw new errors_OciError(`${where}: the registry answers this tag with the image ${subject} itself, not the index written to it, so it cannot list referrers there (oras-go#1396); use the legacy signature format on this registry`);
            return found.kind === "index" ? found.index.manifests : [];
        },
        holds: (listed) => update.holds(listed ?? []),
        write: async (listed) => {
            const { keep, add } = await update.merge(listed ?? []);
            const bytes = Buffer.from(JSON.stringify({
                schemaVersion: 2,
                mediaType: OCI_INDEX,
                manifests: [...keep, ...add.map(referrerDescriptor)],
            }));
            try {
                await putManifest(context, repository, tag, { bytes, digest: digest_digestOf(bytes), mediaType: OCI_INDEX }, stats);
            }
            catch (error) {
                // A registry that reads `sha256-<hex>` as the digest `sha256:<hex>` refuses the index there
                // as not hashing to that digest (GitLab: unconfirmed, see test/support/registry-personalities.ts).
                if (!(error instanceof errors_RegistryError) || error.status !== 400)
                    throw error;
                throw new errors_OciError(`${where}: the registry refused the referrers index (${error.message}); it cannot list referrers without the referrers API, use the legacy signature format on this registry`, { cause: error });
            }
            written = true;
        },
    });
}
/**
 * The `sha256-<hex>` fallback index of referrers, if the tag holds one. The spec has a client
 * assume no referrers when the tag "does not return a valid Image Index" (distribution-spec 1.1,
 * "Referrers Tag Schema"), and what a registry answers there is checked like any outside data: the
 * subject itself (GitLab resolves `sha256-<hex>` to the manifest `sha256:<hex>`, oras-go#1396) or
 * anything that is not an OCI index is no fallback index. Entries are still only claims: whoever
 * reads a listed manifest drops it unless its own `subject` is this digest.
 */
async function fallbackIndex(context, repository, digest, stats) {
    const found = await readFallbackTag(context, repository, digest, stats);
    return found.kind === "index" ? found.index : undefined;
}
async function readFallbackTag(context, repository, digest, stats) {
    let manifest;
    try {
        manifest = await getManifest(context, repository, referrersTag(digest), stats);
    }
    catch (error) {
        if (error instanceof errors_RegistryError && error.status === 404)
            return { kind: "absent" };
        throw error;
    }
    if (manifest.digest === digest)
        return { kind: "subject itself" };
    if (manifest.mediaType !== OCI_INDEX)
        return { kind: "not an index" };
    return { kind: "index", index: manifest };
}
/** The descriptor a referrers index lists for a manifest: its artifact type and annotations too. */
function referrerDescriptor(manifest) {
    const artifactType = manifest.artifactType ?? manifest.blobs[0]?.mediaType;
    return {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.bytes.length,
        ...(artifactType ? { artifactType } : {}),
        ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
    };
}
/**
 * The answer of the referrers API: an index whose descriptors are checked like a manifest's. An
 * unparseable answer is the registry's error, named by `operation`, and never quoted.
 */
function parseReferrersIndex(bytes, operation) {
    const index = parseRegistryJson(bytes, operation);
    if (typeof index !== "object" || index === null || Array.isArray(index))
        throw new errors_OciError(`${operation}: the registry's answer is not a JSON object`);
    try {
        return parseDescriptors(index.manifests, "manifests");
    }
    catch (error) {
        throw new errors_OciError(`${operation}: ${error.message}`);
    }
}
/** The fallback tag of the referrers tag schema: `sha256:abc…` → `sha256-abc…`. */
function referrersTag(digest) {
    return digest.replace(":", "-");
}

;// CONCATENATED MODULE: ./packages/oci/src/pull-rate.ts
/**
 * Docker Hub's pull limits, as its registry reports them on manifest requests:
 * `ratelimit-limit: 100;w=21600` and `ratelimit-remaining: 76;w=21600` (pulls per window of
 * seconds). A mirror job reads them so a release engineer hears of a nearly spent allowance
 * before a scheduled audit starts failing with 429s.
 */


/**
 * Whether a manifest GET on `registry` spends a pull of a metered allowance (Docker Hub counts GETs,
 * not HEADs): where it does, a lookup that may find nothing to do asks with HEAD.
 */
function pull_rate_metersPulls(registry) {
    return registry === DOCKER_HUB;
}
function parseQuota(value) {
    const match = /^\s*(\d+)\s*(?:;\s*w=(\d+))?/.exec(value ?? "");
    if (!match)
        return undefined;
    return { count: Number(match[1]), ...(match[2] ? { window: Number(match[2]) } : {}) };
}
function pullRateOf(headers) {
    const remaining = parseQuota(headerValue(headers, "ratelimit-remaining"));
    if (!remaining)
        return undefined;
    const limit = parseQuota(headerValue(headers, "ratelimit-limit"));
    return {
        remaining: remaining.count,
        ...(limit ? { limit: limit.count } : {}),
        ...((remaining.window ?? limit?.window) ? { windowSeconds: remaining.window ?? limit?.window } : {}),
    };
}
/** Low: under a tenth of the limit, or under 10 pulls when the limit is not given. */
function isLowPullRate(rate) {
    return rate.limit !== undefined ? rate.remaining < rate.limit / 10 : rate.remaining < 10;
}
/**
 * What a 429 says of a spent allowance, for its error line: `0 of 100 pulls left per 6 h window`;
 * undefined when the answer reports no allowance, or one not spent.
 */
function spentAllowance(status, headers) {
    const rate = status === 429 ? pullRateOf(headers) : undefined;
    if (!rate || rate.remaining > 0)
        return undefined;
    const window = rate.windowSeconds
        ? ` per ${rate.windowSeconds % 3600 === 0 ? `${rate.windowSeconds / 3600} h` : `${rate.windowSeconds} s`} window`
        : "";
    return `pull allowance spent: 0${rate.limit !== undefined ? ` of ${rate.limit}` : ""} pulls left${window}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/rate-pacer.ts
/**
 * Pacing requests to a published rate instead of running into the limit and backing off: ECR
 * allows 10 PutImage per second per registry, and ECR Public also 10 InitiateLayerUpload and 10
 * CompleteLayerUpload per second. Beyond the limit they answer 429 and the copy slows down far more
 * than the pacing would have. A token bucket with a burst (GCRA): each call reserves the next free
 * slot at once, so concurrent callers never race for one, and waits until it comes.
 */

class RatePacer {
    intervalMs;
    toleranceMs;
    now;
    wait;
    /** When the bucket would be empty again if no one else asked: the "theoretical arrival time". */
    theoreticalArrival = Number.NEGATIVE_INFINITY;
    constructor(perSecond, burst, clock = {}) {
        this.intervalMs = 1000 / perSecond;
        this.toleranceMs = (burst - 1) * this.intervalMs;
        this.now = clock.now ?? (() => performance.now());
        this.wait = clock.sleep ?? retry_sleep;
    }
    /** How long the caller must wait for its slot (reserved now); 0 within the burst. */
    reserve() {
        const now = this.now();
        const arrival = Math.max(this.theoreticalArrival, now);
        this.theoreticalArrival = arrival + this.intervalMs;
        return Math.max(0, arrival - this.toleranceMs - now);
    }
    async take() {
        const delay = this.reserve();
        if (delay > 0)
            await this.wait(delay);
    }
}
function ecrPacers(kind) {
    const tenPerSecond = () => new RatePacer(10, 10);
    return kind === "public"
        ? { putImage: tenPerSecond(), initiateUpload: tenPerSecond(), completeUpload: tenPerSecond() }
        : { putImage: tenPerSecond() };
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-session.ts
/**
 * One registry's authorized requests: its base URL, the token scopes a request asks for, the
 * answers to auth challenges (through the authenticator, auth/), ECR's request pacing and Docker
 * Hub's pull allowance. The registry operations send everything through here (RegistryContext).
 */






class RegistrySession {
    registry;
    transport;
    auth;
    base;
    /** Repositories this run is about to write to (willPush). */
    pushingTo = new Set();
    insecureHttp;
    ecrTarget;
    credentialsReady;
    pacers;
    lowestPullRate;
    /** Whether the first request's connection was opened while its token was being fetched. */
    connectedBesideToken = false;
    constructor(registry, options) {
        this.registry = registry;
        this.transport = options.transport;
        this.insecureHttp = options.insecureHttp ?? false;
        this.ecrTarget = options.ecrTarget;
        this.credentialsReady = options.credentialsReady;
        this.auth = new RegistryAuthenticator(registry, options.transport, (refresh) => options.credentials(registry, refresh ? { refresh } : {}), options.onSecret, (() => {
            const knownRealm = options.knownRealms?.(registry);
            return knownRealm ? { knownRealm } : {};
        })());
    }
    /**
     * The registry's base URL. HTTPS always; a loopback registry that does not speak TLS is reached
     * over plain HTTP, as Docker allows for localhost and nothing else.
     */
    baseUrl() {
        this.base ??= this.resolveBase();
        return this.base;
    }
    async resolveBase() {
        const host = apiHost(this.registry);
        if (!isLoopbackRegistry(this.registry))
            return `https://${host}`;
        if (this.insecureHttp)
            return `http://${host}`;
        try {
            const response = await this.transport.send({ method: "GET", url: `https://${host}/v2/`, retry: false });
            discard(response);
            return `https://${host}`;
        }
        catch {
            return `http://${host}`;
        }
    }
    /**
     * Say that this run will write to `repository`: its reads then ask the token service for push as
     * well, so the token the first lookup fetches also serves the uploads that follow, instead of a
     * second token request (a round trip to another host) on the way to the first write. Token
     * services grant the part of a scope the caller holds, so a read still works for a caller who may
     * only pull; one that refuses the wider scope outright is asked again for pull alone.
     */
    willPush(repository) {
        this.pushingTo.add(repository);
    }
    /**
     * Open connections ahead of a burst of requests (see Transport.preconnect). Not for a registry
     * whose base is still to be found: that probe is a request of its own.
     */
    preconnect(counts) {
        void this.baseUrl().then((base) => this.transport.preconnect(base, counts), () => { });
    }
    /**
     * Send a request, answering auth challenges; returns any response (callers check the status).
     * Credentials go only to the registry's own origin (scheme, host and port of its base URL), as
     * docker and go-containerregistry do: an upload Location naming another host gets the request
     * without them, and one that would move from HTTPS to HTTP is refused.
     */
    async send(request) {
        const asked = [`repository:${request.repository}:${request.actions.join(",")}`, ...(request.extraScopes ?? [])];
        const widened = this.pushingTo.has(request.repository) && !request.actions.includes("push")
            ? [`repository:${request.repository}:${[...request.actions, "push"].join(",")}`, ...(request.extraScopes ?? [])]
            : undefined;
        let scopes = widened ?? asked;
        await this.credentialsReady?.();
        const base = new URL(await this.baseUrl());
        // An absolute path is a URL the registry gave (an upload Location, a Link to the next page).
        const target = registryUrl(request.path, base, this.registry);
        refuseDowngrade(base, target, `${this.registry}: ${request.method}`);
        const ownOrigin = target.origin === base.origin;
        const url = target.toString();
        await this.pace(request.method, url);
        if (ownOrigin && !this.connectedBesideToken && this.auth.realmKnownAhead()) {
            // The token comes from another host: the registry's connection (TCP and TLS) is opened at
            // the same time instead of after it, so the first request waits for the longer of the two.
            this.connectedBesideToken = true;
            this.transport.preconnect(base.origin, { requests: 1 });
        }
        let refusals = 0;
        for (let attempt = 0;; attempt++) {
            let authorization;
            if (ownOrigin) {
                try {
                    authorization = await this.auth.header(scopes);
                }
                catch (error) {
                    if (scopes !== widened)
                        throw error;
                    scopes = asked;
                    authorization = await this.auth.header(scopes);
                }
            }
            const response = await this.transport.send({
                method: request.method,
                url,
                headers: { ...(authorization ? { authorization } : {}), ...request.headers },
                ...(request.body !== undefined ? { body: request.body } : {}),
                ...(request.retry !== undefined ? { retry: request.retry } : {}),
                ...(request.stats ? { stats: request.stats } : {}),
                ...(request.bare ? { bare: true } : {}),
                ...(request.expectedBytes !== undefined ? { expectedBytes: request.expectedBytes } : {}),
            });
            this.notePullRate(response.headers);
            // A streamed body cannot be sent twice; its 401 goes back to the caller (the copy engine
            // retries the whole blob). Another origin's challenge is not ours to answer, nor is one from
            // where a redirect led (GHCR's and Artifact Registry's referrers paths redirect to web pages,
            // artifacthub/hub#4785, awslabs/soci-snapshotter#512): answering it would fetch a token from a
            // realm that host chose, with the registry's credentials.
            const answeredByRegistry = new URL(response.url).origin === base.origin;
            if (response.status !== 401 || attempt >= 2 || request.retry === false || !ownOrigin || !answeredByRegistry)
                return response;
            // Credentials refused once were looked up again (or a token fetched again); refused a second
            // time in one request, the 401 stands: never a loop of lookups.
            if (authorization !== undefined && refusals++ > 0)
                return response;
            const challenge = headerValue(response.headers, "www-authenticate");
            // Retry only when the challenge gives something new to answer with; otherwise the 401 stands.
            if (!(await this.auth.onUnauthorized(challenge, scopes, authorization)))
                return response;
            discard(response);
        }
    }
    /** The fewest pulls the registry said were left (Docker Hub's `ratelimit-remaining`), if it said. */
    pullRate() {
        return this.lowestPullRate;
    }
    notePullRate(headers) {
        const rate = pullRateOf(headers);
        if (rate && (!this.lowestPullRate || rate.remaining < this.lowestPullRate.remaining))
            this.lowestPullRate = rate;
    }
    /**
     * Waits for a slot when ECR limits this kind of request: a manifest PUT is ECR's PutImage; for
     * ECR Public, the POST that opens an upload is InitiateLayerUpload and the PUT that closes it
     * CompleteLayerUpload.
     */
    async pace(method, url) {
        if ((method !== "PUT" && method !== "POST") || !this.ecrTarget)
            return;
        this.pacers ??= this.ecrTarget().then((target) => (target ? ecrPacers(target.kind) : {}));
        const pacers = await this.pacers;
        const path = new URL(url).pathname;
        const pacer = method === "PUT" && /\/manifests\/[^/]+$/.test(path)
            ? pacers.putImage
            : method === "POST" && /\/blobs\/uploads\/$/.test(path)
                ? pacers.initiateUpload
                : method === "PUT" && /\/blobs\/uploads\/./.test(path)
                    ? pacers.completeUpload
                    : undefined;
        await pacer?.take();
    }
    /** Like send, but any status outside `ok` becomes a RegistryError with the registry's codes. */
    async expect(operation, request, ok) {
        const response = await this.send(request);
        if (ok.includes(response.status))
            return response;
        const error = await registryError(operation, response);
        // Docker Hub's 429 once the pull allowance is spent (https://docs.docker.com/docker-hub/usage/pulls/):
        // the line says so, and that it lasts the window, not seconds.
        const spent = spentAllowance(response.status, response.headers);
        if (spent)
            error.message += ` (${spent}; manifest GETs count, HEADs do not; logging in raises the allowance)`;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-client.ts




/** A client for one registry. */
class RegistryClient {
    registry;
    session;
    referrersApiProbes = new Map();
    uploadsInFlight = new Map();
    constructor(registry, options) {
        this.registry = registry;
        this.session = new RegistrySession(registry, options);
    }
    // Requests (registry-session.ts).
    baseUrl() {
        return this.session.baseUrl();
    }
    willPush(repository) {
        this.session.willPush(repository);
    }
    preconnect(counts) {
        this.session.preconnect(counts);
    }
    send(request) {
        return this.session.send(request);
    }
    expect(operation, request, ok) {
        return this.session.expect(operation, request, ok);
    }
    pullRate() {
        return this.session.pullRate();
    }
    // Manifests and tags (registry-manifests.ts).
    getManifest(repository, reference, stats) {
        return getManifest(this.session, repository, reference, stats);
    }
    headManifest(repository, reference, stats) {
        return headManifest(this.session, repository, reference, stats);
    }
    putManifest(repository, reference, manifest, stats) {
        return putManifest(this.session, repository, reference, manifest, stats);
    }
    deleteManifest(repository, digest) {
        return deleteManifest(this.session, repository, digest);
    }
    listTags(repository) {
        return listTags(this.session, repository);
    }
    // Blobs (registry-blobs.ts).
    hasBlob(repository, digest, stats) {
        return hasBlob(this.session, repository, digest, stats);
    }
    headBlob(repository, digest, stats) {
        return headBlob(this.session, repository, digest, stats);
    }
    openBlob(repository, descriptor, stats, onBytes) {
        return openBlob(this.session, repository, descriptor, stats, onBytes);
    }
    readBlob(repository, descriptor, limit, stats) {
        return readBlob(this.session, repository, descriptor, limit, stats);
    }
    uploadBlob(repository, descriptor, source, options) {
        return uploadBlob(this.session, this.uploadsInFlight, repository, descriptor, source, options);
    }
    // Referrers (registry-referrers.ts).
    referrers(repository, digest, stats) {
        return referrers(this.session, this.referrersApiProbes, repository, digest, stats);
    }
    addToFallbackIndex(repository, subject, manifests, stats) {
        return addToFallbackIndex(this.session, repository, subject, manifests, stats);
    }
    updateFallbackIndex(repository, subject, update, stats) {
        return updateFallbackIndex(this.session, repository, subject, update, stats);
    }
    fallbackIndex(repository, digest, stats) {
        return fallbackIndex(this.session, repository, digest, stats);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/clients.ts
/**
 * One RegistryClient per registry, sharing a transport (connection pools, per-host limits) and the
 * standard credential sources: ECR / ECR Public through the AWS SDK, then the docker config.
 */





class RegistryClients {
    transport;
    clients = new Map();
    credentials;
    dockerConfig;
    onSecret;
    knownRealms;
    constructor(options) {
        this.transport = options.transport ?? new Transport(options.transportOptions);
        this.onSecret = options.onSecret;
        this.knownRealms = options.knownRealms;
        const ecr = new EcrCredentials({ onSecret: options.onSecret });
        this.dockerConfig = options.credentials
            ? undefined
            : new DockerConfigCredentials(dockerConfigPath(options.env ?? {}), ecr, options.onSecret);
        this.credentials = options.credentials ?? firstOf(ecr, this.dockerConfig);
    }
    /**
     * Which ECR `registry` is, if any: ECR Public and private ECR by their host names, and any host
     * the docker config logs in to with `ecr-login` as private ECR in the SDK's default region.
     */
    async ecrTarget(registry) {
        if (registry === ECR_PUBLIC_HOST)
            return { kind: "public" };
        const region = ecrRegion(registry);
        const registryId = ecrAccount(registry);
        if (region && registryId)
            return { kind: "private", region, registryId };
        if (await this.dockerConfig?.usesEcrLogin(registry))
            return { kind: "private" };
        return undefined;
    }
    for(registry) {
        let client = this.clients.get(registry);
        if (!client) {
            client = new RegistryClient(registry, {
                transport: this.transport,
                credentials: (host, lookup) => this.credentials.get(host, lookup),
                onSecret: this.onSecret,
                ecrTarget: () => this.ecrTarget(registry),
                ...(this.knownRealms ? { knownRealms: this.knownRealms } : {}),
                ...(this.dockerConfig
                    ? { credentialsReady: () => this.dockerConfig.check() }
                    : {}),
            });
            this.clients.set(registry, client);
        }
        return client;
    }
    close() {
        return this.transport.close();
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/copy/plan.ts

async function plan_planDestination(client, destination, graph, options = {}) {
    const stats = { requests: 0, retries: 0 };
    const repository = destination.repository;
    const plan = {
        destination,
        missingManifests: new Set(),
        staleTags: new Set(),
        missingBlobs: new Map(),
        presentBlobs: 0,
        stats,
    };
    if (destination.tag && options.knownTagDigest !== undefined) {
        if (options.knownTagDigest !== null)
            plan.existingTagDigest = options.knownTagDigest;
    }
    else if (destination.tag) {
        const head = await client.headManifest(repository, destination.tag, stats);
        if (head)
            plan.existingTagDigest = head.digest;
    }
    const onlyImage = graph.manifests.every((item) => item.kind === "image");
    if (plan.existingTagDigest === graph.root.digest && onlyImage && options.trustTag !== false)
        return plan;
    // When the tag does not name the image yet (a copy to a new tag, most often of a new image), the
    // blobs are asked about together with the manifests rather than after them: one round trip where
    // the two-step order costs two, on a network 10–80 ms away. When it does (only referrers may be
    // missing), the manifests go first, so that present images spare the HEADs of all their blobs.
    const blobLookups = new Map();
    const lookUpBlob = (blob) => {
        let lookup = blobLookups.get(blob.digest);
        if (!lookup) {
            lookup = client.hasBlob(repository, blob.digest, stats);
            // Awaited below when needed; until then a failure must not go unhandled.
            lookup.catch(() => { });
            blobLookups.set(blob.digest, lookup);
        }
        return lookup;
    };
    const manifestLookups = Promise.all(graph.manifests.map(async (item) => {
        const head = await client.headManifest(repository, item.manifest.digest, stats);
        if (!head)
            plan.missingManifests.add(item.manifest.digest);
        if (item.tag) {
            const tagged = head ? await client.headManifest(repository, item.tag, stats) : undefined;
            if (tagged?.digest !== item.manifest.digest)
                plan.staleTags.add(item.tag);
        }
    }));
    // After the manifests' HEADs, so that those go first when the host's request slots are few.
    if (plan.existingTagDigest !== graph.root.digest) {
        for (const item of graph.manifests)
            for (const blob of item.manifest.blobs)
                if (graph.blobs.has(blob.digest))
                    lookUpBlob(blob);
    }
    await manifestLookups;
    const needed = new Map();
    for (const item of graph.manifests) {
        if (!plan.missingManifests.has(item.manifest.digest))
            continue;
        for (const blob of item.manifest.blobs)
            if (graph.blobs.has(blob.digest))
                needed.set(blob.digest, blob);
    }
    await Promise.all([...needed.values()].map(async (blob) => {
        if (await lookUpBlob(blob))
            plan.presentBlobs++;
        else
            plan.missingBlobs.set(blob.digest, blob);
    }));
    // Lookups of blobs no missing manifest needs are still settled before the plan is used.
    await Promise.allSettled(blobLookups.values());
    return plan;
}
function describePlan(plan, rootDigest) {
    const where = formatReference(plan.destination);
    if (plan.missingManifests.size === 0 && plan.staleTags.size === 0 && plan.existingTagDigest === rootDigest)
        return `${where}: up to date`;
    const bytes = [...plan.missingBlobs.values()].reduce((sum, blob) => sum + blob.size, 0);
    return `${where}: ${plan.missingManifests.size} manifests and ${plan.missingBlobs.size} blobs (${bytes} bytes) to copy`;
}

;// CONCATENATED MODULE: ./packages/oci/src/referrer-kinds.ts

const REFERRER_KINDS = (/* unused pure expression or super */ null && (["signature", "attestation", "sbom", "other"]));
const SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle";
const BUNDLE_PREDICATE_ANNOTATION = "dev.sigstore.bundle.predicateType";
const COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";
/** cosign's legacy tags: `sha256-<hex>.sig`, `.att`, `.sbom`. */
const referrer_kinds_LEGACY_TAG_KINDS = { sig: "signature", att: "attestation", sbom: "sbom" };
function referrer_kinds_legacyTag(digest, suffix) {
    return `${digest.replace(":", "-")}.${suffix}`;
}
/**
 * The kind one media type names (an artifactType, a config or a layer type), or undefined when it
 * names none: an absent type, the OCI empty config, an image config or any type we do not know.
 */
function kindOfType(mediaType, annotations) {
    const type = (mediaType ?? "").toLowerCase();
    if (type === "")
        return undefined;
    if (type.startsWith(SIGSTORE_BUNDLE)) {
        // A bundle over the cosign "sign" predicate is a signature; any other predicate is an attestation.
        const predicate = annotations?.[BUNDLE_PREDICATE_ANNOTATION];
        return predicate === undefined || predicate === COSIGN_SIGN_PREDICATE ? "signature" : "attestation";
    }
    if (type.includes("notary.signature") ||
        type.includes("cosign.signature") ||
        type.includes("simplesigning") ||
        type.includes("cosign.artifact.sig."))
        return "signature";
    if (type.includes("in-toto") ||
        type.includes("dsse.envelope") ||
        type.includes("attestation") ||
        type.includes("cosign.artifact.att."))
        return "attestation";
    if (type.includes("spdx") ||
        type.includes("cyclonedx") ||
        type.includes("sbom") ||
        type.includes("syft") ||
        type.includes("cosign.artifact.sbom."))
        return "sbom";
    return undefined;
}
/** The kind a descriptor's artifactType names; `other` when it names none. */
function classifyReferrer(descriptor) {
    return kindOfType(descriptor.artifactType, descriptor.annotations) ?? "other";
}
/**
 * The kind a referrers listing (the API's answer or a fallback index) gives an entry, when that is
 * conclusive; undefined when only the manifest can tell. The listing's artifactType is optional
 * (image-spec descriptor.md) and differs by path: fallback indexes some tools write leave it out,
 * go-containerregistry's remote.Write puts the config media type there when the manifest has none,
 * and go-containerregistry's registry always lists the config media type (pkg/registry/manifest.go,
 * handleReferrers), so an SBOM with an image config, or a bundle with the OCI empty config, is
 * listed as `application/vnd.oci.image.config.v1+json` or `application/vnd.oci.empty.v1+json`.
 * Only a type that names a known kind is believed.
 */
function referrer_kinds_listedReferrerKind(descriptor) {
    return kindOfType(descriptor.artifactType, descriptor.annotations);
}
/**
 * The kind of a referrer manifest, by what it says of itself: its artifactType, else its config
 * media type (cosign's OCI 1.1 referrer mode and older ORAS artifacts type the config), else its
 * layers' media types (a bundle, a DSSE envelope, a simple-signing payload, an SPDX document); then
 * the listing's kind if that was conclusive; `other` when nothing names a kind. An index's entries
 * are not looked into: an index is a referrer only by its own artifactType.
 */
function referrer_kinds_classifyReferrerManifest(manifest, listing) {
    const own = kindOfType(manifest.artifactType, manifest.annotations);
    if (own)
        return own;
    if (!isIndexMediaType(manifest.mediaType)) {
        // parseManifest puts the config (required by image-spec manifest.md) first, then the layers.
        for (const blob of manifest.blobs) {
            const kind = kindOfType(blob.mediaType, { ...blob.annotations, ...manifest.annotations });
            if (kind)
                return kind;
        }
    }
    return (listing && referrer_kinds_listedReferrerKind(listing)) ?? "other";
}

;// CONCATENATED MODULE: ./packages/oci/src/copy/source-graph.ts
/**
 * Everything a copy has to move, read from the source once: the root manifest, its children
 * (children before parents), every blob, and the referrers and cosign tags of the kinds asked for.
 * Every manifest is fetched by digest and verified; nothing is re-encoded, except an index narrowed
 * by an explicit platform filter (which is why that filter changes the digest).
 */






/** Layers that must not be copied (Windows base layers and the like): they live at their `urls`. */
function isNonDistributable(descriptor) {
    return /foreign|nondistributable/.test(descriptor.mediaType);
}
const MAX_REFERRER_DEPTH = 3;
async function source_graph_collectSource(client, source, options) {
    const repository = source.repository;
    const stats = options.stats;
    let root = options.root ?? (await client.getManifest(repository, manifestReference(source), stats));
    if (options.platforms && options.platforms.length > 0)
        root = await narrowToPlatforms(client, repository, root, options.platforms, stats);
    const graph = { root, manifests: [], blobs: new Map(), excluded: [] };
    const seen = new Set();
    const addBlobs = (manifest) => {
        for (const blob of manifest.blobs)
            if (!isNonDistributable(blob))
                graph.blobs.set(blob.digest, blob);
    };
    /** `nesting`: how many indexes deep `manifest` is, itself included when it is one. */
    const walkImage = async (manifest, nesting) => {
        if (seen.has(manifest.digest))
            return [];
        seen.add(manifest.digest);
        const digests = [manifest.digest];
        if (manifest.manifests.length > 0 && nesting > MAX_INDEX_NESTING) {
            throw new OciError(`${source.registry}/${repository}: index ${manifest.digest} is nested more than ${MAX_INDEX_NESTING} indexes deep; refusing to walk further`);
        }
        const children = await Promise.all(manifest.manifests.map((child) => client.getManifest(repository, child.digest, stats)));
        for (const child of children)
            digests.push(...(await walkImage(child, nesting + 1)));
        addBlobs(manifest);
        graph.manifests.push({ manifest, kind: "image" });
        return digests;
    };
    /**
     * A referrer listed by the referrers API (or its fallback index), read unless its kind is left out.
     * The listing's artifactType decides only when it names a known kind (listedReferrerKind says why
     * it often does not); otherwise the manifest is read once and its own artifactType, config and
     * layers decide. A listed digest already in the image's graph is no referrer: GitLab resolves the
     * fallback tag to the subject itself, whose platform manifests then look like referrers
     * (oras-go #1396); it is neither copied as one nor reported as left behind.
     */
    const readListed = async (descriptor, subject) => {
        if (seen.has(descriptor.digest))
            return null;
        const listed = listedReferrerKind(descriptor);
        if (listed && !options.referrerKinds.includes(listed))
            return { digest: descriptor.digest, kind: listed };
        const manifest = await client.getManifest(repository, descriptor.digest, stats);
        // A listing is a claim (a fallback index is written by anyone who may push): a manifest whose
        // own subject is not this digest is no referrer of it, and neither travels nor counts as left.
        if (manifest.subject?.digest !== subject)
            return null;
        // The listing may be stale or a registry's guess; the manifest itself decides.
        const kind = classifyReferrerManifest(manifest, descriptor);
        if (!options.referrerKinds.includes(kind))
            return { digest: descriptor.digest, kind };
        return { manifest, kind, subject };
    };
    /** A cosign tag (`sha256-<hex>.sig` and the like), if it exists. */
    const readTagged = async (subject, suffix, kind) => {
        const tag = legacyTag(subject, suffix);
        const head = await client.headManifest(repository, tag, stats);
        if (!head)
            return null;
        if (!options.referrerKinds.includes(kind))
            return { digest: head.digest, kind, tag };
        return { manifest: await client.getManifest(repository, head.digest, stats), kind, tag };
    };
    /**
     * Everything attached to `subject`, and to what is attached to that, to MAX_REFERRER_DEPTH. Every
     * lookup of one subject (the referrers listing and each cosign tag) goes out at once, as do the
     * walks of sibling subjects: on a registry 10–80 ms away, one after another they cost a round trip
     * each. The result keeps the order a serial walk would give, so the graph does not depend on which
     * answer came first.
     */
    const walkReferrers = async (subject, depth) => {
        if (options.referrerKinds.length === 0 || depth > MAX_REFERRER_DEPTH)
            return { entries: [], excluded: [] };
        const [listed, tagged] = await Promise.all([
            client
                .referrers(repository, subject, stats)
                .then(({ descriptors }) => Promise.all(descriptors.map((descriptor) => readListed(descriptor, subject)))),
            Promise.all(Object.entries(LEGACY_TAG_KINDS).map(([suffix, kind]) => readTagged(subject, suffix, kind))),
        ]);
        const walked = { entries: [], excluded: [] };
        const found = [];
        for (const item of [...listed, ...tagged]) {
            if (!item)
                continue;
            if ("manifest" in item)
                found.push(item);
            else
                walked.excluded.push(item);
        }
        // Claimed before any await, so that two walks meeting one manifest take it once.
        const kept = found.filter((item) => !seen.has(item.manifest.digest));
        for (const item of kept)
            seen.add(item.manifest.digest);
        const below = await Promise.all(kept.map(async (item) => {
            const [children, deeper] = await Promise.all([
                Promise.all(item.manifest.manifests.map((child) => client.getManifest(repository, child.digest, stats))),
                walkReferrers(item.manifest.digest, depth + 1),
            ]);
            return { item, children, deeper };
        }));
        for (const { item, children, deeper } of below) {
            for (const child of children)
                walked.entries.push({ manifest: child, kind: item.kind });
            walked.entries.push({
                manifest: item.manifest,
                kind: item.kind,
                ...(item.tag ? { tag: item.tag } : {}),
                ...(item.subject ? { subject: item.subject } : {}),
            });
            walked.entries.push(...deeper.entries);
            walked.excluded.push(...deeper.excluded);
        }
        return walked;
    };
    const imageDigests = await walkImage(root, 1);
    for (const walked of await Promise.all(imageDigests.map((digest) => walkReferrers(digest, 1)))) {
        for (const entry of walked.entries) {
            addBlobs(entry.manifest);
            graph.manifests.push(entry);
        }
        graph.excluded.push(...walked.excluded);
    }
    return graph;
}
/**
 * Keep only the wanted platforms of an index: one platform becomes that platform's manifest, several
 * a new index listing just them. Both change the digest; callers asked for that explicitly.
 */
async function narrowToPlatforms(client, repository, root, platforms, stats) {
    if (!isIndexMediaType(root.mediaType))
        return root;
    const kept = root.manifests.filter((child) => platforms.some((platform) => platformMatches(child.platform, platform)));
    const missing = platforms.filter((platform) => !root.manifests.some((child) => platformMatches(child.platform, platform)));
    if (missing.length > 0) {
        throw new OciError(`the source index has no ${missing.map(formatPlatform).join(", ")} (it has ${root.manifests.map((child) => (child.platform ? formatPlatform(child.platform) : "?")).join(", ")})`);
    }
    if (kept.length === 1)
        return client.getManifest(repository, kept[0].digest, stats);
    const index = JSON.parse(root.bytes.toString("utf8"));
    index.manifests = kept;
    const bytes = Buffer.from(JSON.stringify(index));
    return parseManifest(bytes, digestOf(bytes), root.mediaType);
}

;// CONCATENATED MODULE: ./packages/oci/src/copy/audit.ts
/**
 * Comparing copies with their source: every manifest of the image (each platform), every referrer
 * and cosign tag of the kinds asked for, and the destination tag. The same planning a copy does,
 * without its shortcut of trusting a tag that names the right digest (an audit must notice a
 * platform or a signature deleted behind it), and with each difference named instead of counted.
 */



async function auditCopies(clients, source, destinations, options) {
    const graph = await collectSource(clients.for(source.registry), source, { referrerKinds: options.referrerKinds });
    const platforms = new Map((graph.root.manifests ?? []).map((child) => [child.digest, child.platform ? formatPlatform(child.platform) : ""]));
    const describe = (item) => {
        if (item.kind !== "image")
            return `${item.kind} ${item.manifest.digest}${item.tag ? ` (${item.tag})` : ""}`;
        if (item.manifest.digest === graph.root.digest)
            return `image ${item.manifest.digest}`;
        const platform = platforms.get(item.manifest.digest);
        return `${platform ? `platform ${platform}` : "child"} ${item.manifest.digest}`;
    };
    const audits = await Promise.all(destinations.map(async (destination) => {
        const where = formatReference(destination);
        try {
            const plan = await planDestination(clients.for(destination.registry), destination, graph, {
                trustTag: false,
            });
            const differences = [];
            if (destination.tag && plan.existingTagDigest === undefined)
                differences.push(`tag ${destination.tag} is missing`);
            else if (destination.tag && plan.existingTagDigest !== graph.root.digest)
                differences.push(`tag ${destination.tag} holds ${plan.existingTagDigest}, not ${graph.root.digest}`);
            for (const item of graph.manifests)
                if (plan.missingManifests.has(item.manifest.digest))
                    differences.push(`${describe(item)} is missing`);
            for (const tag of plan.staleTags)
                differences.push(`cosign tag ${tag} is missing or names another manifest`);
            return {
                destination: where,
                ...(plan.existingTagDigest ? { tagDigest: plan.existingTagDigest } : {}),
                differences,
            };
        }
        catch (error) {
            return { destination: where, differences: [`could not be read: ${error.message}`] };
        }
    }));
    return { source: formatReference(source), digest: graph.root.digest, destinations: audits };
}

;// CONCATENATED MODULE: ./packages/oci/src/index-referrers.ts
/**
 * Registries that cannot hold a referrer of an image index. Amazon ECR answers
 * `405 Method Not Allowed` to the PUT of a manifest whose `subject` is an image index (open as
 * aws/containers-roadmap#2783 since 2026-03; met by `oras copy -r` and buildkit's
 * `oci-artifact=true`, moby/buildkit#5747), while referrers of image manifests are taken. Its
 * other manifest refusals come as 405 with `UNSUPPORTED` (oras-project/oras#1133); a registry
 * refusing the same thing with 400 is treated alike, unless its code says the manifest names
 * missing content or a bad name or tag, which are errors of their own.
 *
 * The signature of such an index goes to cosign's legacy `.sig` tag instead (and an attestation to
 * `.att`), which every registry holds and every verifier reads; a copy leaves the index's OCI
 * referrers behind and says so. Keyed on the answer, never on the host: any registry answering so
 * gets the same treatment.
 */


/** The issue to name when a registry refuses referrers of an index. */
const INDEX_REFERRER_ISSUE = "aws/containers-roadmap#2783";
/** 400 codes that say something other than "this subject cannot be referred to". */
const OTHER_REFUSALS = new Set([
    "MANIFEST_BLOB_UNKNOWN",
    "BLOB_UNKNOWN",
    "DIGEST_INVALID",
    "SIZE_INVALID",
    "NAME_INVALID",
    "NAME_UNKNOWN",
    "TAG_INVALID",
    "UNAUTHORIZED",
    "DENIED",
]);
/**
 * Whether `error`, met putting a referrer of `subject`, is the registry refusing referrers of an
 * image index (above).
 */
function index_referrers_isIndexReferrerRefusal(error, subject) {
    if (!(error instanceof RegistryError) || !subject?.mediaType || !isIndexMediaType(subject.mediaType))
        return false;
    if (error.status === 405)
        return true;
    return error.status === 400 && !error.codes.some((code) => OTHER_REFUSALS.has(code));
}
/** The one line saying a registry cannot hold referrers of an image index, and why. */
function index_referrers_indexReferrerLimit(registries) {
    const names = [...new Set(registries)].join(", ");
    return `${names} cannot hold referrers of an image index (${INDEX_REFERRER_ISSUE})`;
}

;// CONCATENATED MODULE: ./packages/oci/src/release-tags.ts



/** A tag that would move, or moved under us: the user's to resolve (one line, no stack). */
class TagMoveError extends (/* unused pure expression or super */ null && (OciError)) {
    name = "TagMoveError";
}
/** `*` matches any run of characters, `?` one; everything else literally. The whole tag must match. */
function tagGlob(pattern) {
    const body = pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".");
    return new RegExp(`^${body}$`);
}
function release_tags_isMutableTag(tag, mutableTags) {
    return mutableTags.some((pattern) => tagGlob(pattern).test(tag));
}
async function checkDestinationTags(clients, digest, destinations, mutableTags, options = {}) {
    for (const destination of destinations)
        if (!destination.tag)
            throw new TagMoveError(`${formatReference(destination)}: a destination needs a tag`);
    const checks = await Promise.all(destinations.map(async (destination) => {
        const tag = destination.tag;
        try {
            return await lookAtTag(clients.for(destination.registry), destination, digest);
        }
        catch (error) {
            if (!options.tolerateUnreachable)
                throw error;
            return {
                destination: formatReference(destination),
                tag,
                state: "unreachable",
                error: error.message,
            };
        }
    }));
    const refused = checks.filter((check) => check.state === "moves" && !release_tags_isMutableTag(check.tag, mutableTags));
    if (refused.length > 0)
        throw new TagMoveError(`refusing to move release tags (nothing was written): ${refused
            .map((check) => `${check.destination} holds ${check.existing}, not ${digest}`)
            .join("; ")}; list a tag in mutable-tags only if it is meant to move`);
    return checks;
}
async function lookAtTag(client, destination, digest) {
    const tag = destination.tag;
    const name = formatReference(destination);
    const head = await client.headManifest(destination.repository, tag);
    if (!head)
        return { destination: name, tag, state: "absent" };
    return { destination: name, tag, state: head.digest === digest ? "same" : "moves", existing: head.digest };
}
const DEFAULT_SETTLE_MS = 1000;
/**
 * Writes `destination`'s tag to `root` with the re-check before and the read-back after. A release
 * tag taken by another digest meanwhile fails with TagMoveError naming it; a mutable one reports
 * `overtaken`.
 */
async function release_tags_writeReleaseTag(client, destination, root, options) {
    const tag = destination.tag;
    const name = formatReference(destination);
    const before = await lookAtTag(client, destination, root.digest);
    if (before.state === "same")
        return { outcome: "same" };
    if (before.state === "moves" && !options.mutable)
        throw new TagMoveError(`${name} was taken by ${before.existing} while this run was copying and signing ${root.digest}; not moving it (the copy of ${root.digest} stays, untagged)`);
    let refusal;
    try {
        await client.putManifest(destination.repository, tag, root);
    }
    catch (error) {
        if (!isImmutableTagRefusal(error))
            throw error;
        refusal = error;
    }
    // Jitter, so two writers that raced do not read back in lockstep either.
    await sleep((options.settleMs ?? DEFAULT_SETTLE_MS) * (1 + Math.random() / 4));
    const after = await lookAtTag(client, destination, root.digest);
    if (after.state === "same")
        return { outcome: refusal ? "same" : "written" };
    const holder = after.existing ?? "nothing (the tag was deleted)";
    if (refusal) {
        // The registry keeps the tag immutable and it holds another digest: a mutable tag the user
        // meant to move cannot move there; a release tag was taken by another writer since our look.
        if (options.mutable)
            throw new TagMoveError(`${name}: the registry refuses to move this immutable tag to ${root.digest}: ${refusal.message}`);
        throw new TagMoveError(`${name} lost a race: another writer tagged ${holder} first and the registry keeps the tag immutable, so ${root.digest} was refused there; this release did not happen (serialise releases with a workflow concurrency group per repository)`);
    }
    if (options.mutable)
        return { outcome: "overtaken", holder };
    throw new TagMoveError(`${name} lost a race: another writer tagged ${holder} at the same moment, so the tag does not hold ${root.digest}; this release did not happen (serialise releases with a workflow concurrency group per repository)`);
}
/**
 * A tag write refused because the registry keeps tags immutable. Private ECR with tag immutability
 * answers `TAG_INVALID: The image tag '<tag>' already exists in the '<repository>' repository and
 * cannot be overwritten because the tag is immutable.` (osscontainertools/kaniko#204; "because the
 * repository is immutable" before, aws/containers-roadmap#862), also for the same digest
 * (aws/containers-roadmap#2179); its API calls it ImageTagAlreadyExistsException. Other registries'
 * immutable tags say "immutable" in their refusal too (Harbor, Quay).
 */
function isImmutableTagRefusal(error) {
    return (error instanceof RegistryError &&
        error.status >= 400 &&
        error.status < 500 &&
        (error.has("TAG_INVALID") || /ImageTagAlreadyExists|immutable/i.test(error.message)));
}

;// CONCATENATED MODULE: ./packages/oci/src/copy/fan-out.ts
/**
 * Moving one blob to every destination that lacks it, reading the source once: the verified source
 * stream is piped into one PassThrough per destination upload, so backpressure from the slowest
 * destination paces the read and memory stays flat whatever the blob size. Destinations on the
 * source's registry get a cross-repository mount instead of bytes.
 *
 * A branch that nobody reads stops the source for every branch (pipe pauses on the fullest one), so
 * the stream gets exactly one branch per registry, each read by an upload that starts at once:
 * - destinations in one repository (several tags) share one upload: the registry client would
 *   answer a second upload of the same blob and repository with the first one's outcome and never
 *   read its branch, which hung a mirror to four tags of one repository;
 * - further repositories on the same registry get a cross-repository mount from the repository the
 *   bytes went to, after it has them (bytes again only where the registry refuses the mount), so
 *   one blob never waits on two request slots of one registry while holding the source.
 */

async function fan_out_copyBlobToTargets(source, blob, targets) {
    // One representative per repository: the others take its outcome, as "exists" when it succeeded.
    const byRepository = new Map();
    for (const target of targets) {
        const key = repositoryKey(target);
        byRepository.set(key, [...(byRepository.get(key) ?? []), target]);
    }
    const representatives = [...byRepository.values()].map((group) => group[0]);
    const moved = await moveToRepositories(source, blob, representatives);
    return targets.map((target) => {
        const group = byRepository.get(repositoryKey(target));
        const outcome = moved.find((result) => result.target === group[0]);
        if (target === group[0])
            return outcome;
        return outcome.error ? { target, error: outcome.error } : { target, outcome: "exists" };
    });
}
function repositoryKey(target) {
    return `${target.destination.registry}/${target.destination.repository}`;
}
/** The blob into each of `targets`, one per repository, in the order given. */
async function moveToRepositories(source, blob, targets) {
    const openSource = () => {
        // Counted as it is received: a 'data' listener here would start the stream flowing before the
        // upload that reads it is ready.
        return source.client.openBlob(source.repository, blob, source.stats, source.onBytes);
    };
    const mountInto = async (target, from) => {
        try {
            const result = await target.client.uploadBlob(target.destination.repository, blob, openSource, {
                mountFrom: from,
                stats: target.stats,
                skipExistsCheck: true,
            });
            return { target, outcome: result.outcome };
        }
        catch (error) {
            return { target, error: error };
        }
    };
    const sameRegistry = targets.filter((target) => target.client === source.client);
    const mounts = sameRegistry.map((target) => mountInto(target, source.repository));
    // The first repository on each other registry gets the bytes; the rest mount from it afterwards.
    const others = targets.filter((target) => target.client !== source.client);
    const streamedTo = new Map();
    for (const target of others)
        if (!streamedTo.has(target.client))
            streamedTo.set(target.client, target);
    const streamedResults = streamToTargets(openSource, blob, [...streamedTo.values()]);
    const followers = others
        .filter((target) => streamedTo.get(target.client) !== target)
        .map(async (target) => {
        const lead = streamedTo.get(target.client);
        const leadOutcome = (await streamedResults).find((result) => result.target === lead);
        if (leadOutcome.error)
            return { target, error: leadOutcome.error };
        return mountInto(target, lead.destination.repository);
    });
    const results = [...(await Promise.all(mounts)), ...(await streamedResults), ...(await Promise.all(followers))];
    // In the order the targets were given, so callers can pair outcomes with their own records.
    return targets.map((target) => results.find((result) => result.target === target));
}
/** One read of the source, branched to an upload on each target (each on a registry of its own). */
async function streamToTargets(openSource, blob, others) {
    if (others.length === 0)
        return [];
    const stream = openSource();
    // One destination reads the verified stream itself (a hop and a buffer fewer for every byte);
    // several each get a branch of it.
    const branches = others.length === 1
        ? [stream]
        : others.map(() => {
            const branch = new PassThrough({ highWaterMark: 1024 * 1024 });
            // A source failure reaches each upload through its branch; the upload's result reports
            // it, so an error on a branch the HTTP client has already finished with is not a crash.
            branch.on("error", () => { });
            stream.pipe(branch);
            return branch;
        });
    let sourceError;
    stream.on("error", (error) => {
        sourceError = error;
        for (const branch of branches)
            if (branch !== stream)
                branch.destroy(error);
    });
    return Promise.all(others.map(async (target, i) => {
        const branch = branches[i];
        try {
            const result = await target.client.uploadBlob(target.destination.repository, blob, () => branch, {
                stats: target.stats,
                skipExistsCheck: true,
            });
            return { target, outcome: result.outcome };
        }
        catch (error) {
            // One destination failing must not stall the others: stop feeding it, keep draining.
            if (branch !== stream)
                stream.unpipe(branch);
            branch.destroy();
            if (branches.every((other) => other.destroyed))
                stream.destroy();
            // When the source failed (a digest that did not verify), that is the cause to report,
            // not the aborted upload it led to.
            return { target, error: sourceError ?? error };
        }
    }));
}

;// CONCATENATED MODULE: ./packages/oci/src/copy/copy.ts
/**
 * The copy engine: plan every destination, then move what is missing. Blobs first (largest first,
 * each read from the source once for all destinations), then manifests children before parents,
 * then referrers, and the destination tag last — so a tag never points at content that is not all
 * there. A destination that fails does not stop the others; a re-run moves only what is missing.
 */








async function copyImage(clients, source, destinations, options = {}) {
    const sourceClient = clients.for(source.registry);
    const sourceStats = { requests: 0, retries: 0 };
    if (!options.dryRun)
        for (const destination of destinations)
            clients.for(destination.registry).willPush(destination.repository);
    const { upToDate, tagDigests, sourceRoot } = await checkUpToDate(clients, source, destinations, options, sourceStats);
    if (upToDate)
        return upToDate;
    // A copy it is: while the source graph is read, connections are opened for what follows it — the
    // blob downloads, and on each destination the plan's HEADs and the uploads — so that those bursts
    // do not each start with TCP and TLS set-ups (two round trips on a network 10–80 ms away).
    if (!options.dryRun) {
        const transfers = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
        sourceClient.preconnect({ requests: 1, largeGets: transfers });
        for (const registry of new Set(destinations.map((destination) => destination.registry)))
            clients.for(registry).preconnect({ requests: PLAN_CONNECTIONS });
    }
    // The root, when the check just read it or the caller had (for the very digest the source pins).
    const knownRoot = sourceRoot ?? (options.sourceRoot?.digest === source.digest ? options.sourceRoot : undefined);
    const graph = await collectSource(sourceClient, source, {
        ...(options.platforms ? { platforms: options.platforms } : {}),
        referrerKinds: options.referrerKinds ?? [],
        stats: sourceStats,
        ...(knownRoot ? { root: knownRoot } : {}),
    });
    const report = {
        source: formatReference(source),
        digest: graph.root.digest,
        mediaType: graph.root.mediaType,
        sourceBytesRead: 0,
        blobBytes: [...graph.blobs.values()].reduce((sum, blob) => sum + blob.size, 0),
        excludedReferrers: graph.excluded,
        destinations: [],
    };
    const targets = destinations.map((reference) => ({
        reference,
        client: clients.for(reference.registry),
        report: emptyReport(reference, graph.root.digest),
    }));
    report.destinations = targets.map((target) => target.report);
    await Promise.all(targets.map(async (target) => {
        try {
            const known = tagDigests.get(formatReference(target.reference));
            target.plan = await planDestination(target.client, target.reference, graph, known !== undefined ? { knownTagDigest: known } : {});
        }
        catch (error) {
            fail(target, error);
        }
    }));
    for (const target of targets) {
        if (!target.plan || target.failed)
            continue;
        const plan = target.plan;
        target.report.manifests.skipped = graph.manifests.length - plan.missingManifests.size;
        target.report.blobs.skipped = graph.blobs.size - plan.missingBlobs.size;
        if (plan.existingTagDigest === graph.root.digest && plan.missingManifests.size === 0 && plan.staleTags.size === 0) {
            target.report.status = "up-to-date";
            target.report.manifests.skipped = graph.manifests.length;
            target.report.blobs.skipped = graph.blobs.size;
        }
        else if (options.dryRun) {
            target.report.status = "planned";
            target.report.manifests.copied = plan.missingManifests.size;
            target.report.blobs.copied = plan.missingBlobs.size;
            target.report.bytes = [...plan.missingBlobs.values()].reduce((sum, blob) => sum + blob.size, 0);
        }
    }
    if (options.dryRun)
        return finish(report, targets);
    const active = targets.filter((target) => target.plan && !target.failed && target.report.status !== "up-to-date");
    await copyBlobs(sourceClient, source.repository, sourceStats, active, options, (bytes) => {
        report.sourceBytesRead += bytes;
    });
    await Promise.all(active
        .filter((target) => !target.failed)
        .map(async (target) => {
        try {
            await pushManifests(target, graph, options);
            target.report.status = "copied";
        }
        catch (error) {
            fail(target, error);
        }
    }));
    return finish(report, targets);
}
/**
 * The warm path: when nothing but the image itself is to be copied, one lookup at the source and
 * one HEAD per destination tag decide that every destination already holds it, without reading the
 * graph. The source's lookup is a GET (the same one round trip as a HEAD, and the copy needs the
 * manifest next), except where GETs are metered pulls (Docker Hub): a no-op copy spends none.
 */
async function checkUpToDate(clients, source, destinations, options, stats) {
    // What each destination tag held when asked (null: no such tag), for the plan not to ask again.
    const tagDigests = new Map();
    if ((options.platforms?.length ?? 0) > 0 || (options.referrerKinds?.length ?? 0) > 0)
        return { tagDigests };
    if (destinations.some((destination) => !destination.tag))
        return { tagDigests };
    // The source and every destination are asked at once: on a network 10–80 ms away each lookup (and
    // its connection, TLS and token) is a chain of round trips, and none depends on another's answer.
    // A destination that cannot answer here is left to the full copy, which reports it on its own.
    const sourceClient = clients.for(source.registry);
    const reference = manifestReference(source);
    const [head, ...there] = await Promise.all([
        metersPulls(source.registry)
            ? sourceClient.headManifest(source.repository, reference, stats)
            : sourceClient.getManifest(source.repository, reference, stats).then((root) => {
                // An index's children are read next if there is anything to copy: their connections are
                // set up while the destinations are still answering (a no-op copy leaves them unused).
                if (root.manifests.length > 0 && !options.dryRun)
                    sourceClient.preconnect({ requests: root.manifests.length });
                return root;
            }),
        ...destinations.map(async (destination) => {
            const destinationStats = { requests: 0, retries: 0 };
            const found = await clients
                .for(destination.registry)
                .headManifest(destination.repository, destination.tag, destinationStats)
                .then((answer) => {
                tagDigests.set(formatReference(destination), answer?.digest ?? null);
                return answer;
            }, () => undefined);
            return { destination, found, destinationStats };
        }),
    ]);
    if (!head)
        return { tagDigests };
    const sourceRoot = "bytes" in head ? head : undefined;
    const reports = there.map(({ destination, found, destinationStats }) => {
        const report = emptyReport(destination, head.digest);
        report.status = "up-to-date";
        report.requests = destinationStats.requests;
        report.retries = destinationStats.retries;
        return found?.digest === head.digest ? report : undefined;
    });
    if (reports.some((report) => !report))
        return { tagDigests, ...(sourceRoot ? { sourceRoot } : {}) };
    return {
        tagDigests,
        upToDate: {
            source: formatReference(source),
            digest: head.digest,
            mediaType: head.mediaType,
            sourceBytesRead: 0,
            blobBytes: 0,
            excludedReferrers: [],
            destinations: reports,
        },
    };
}
function emptyReport(reference, digest) {
    return {
        destination: formatReference(reference),
        digest,
        status: "copied",
        manifests: { copied: 0, skipped: 0 },
        blobs: { copied: 0, mounted: 0, skipped: 0 },
        bytes: 0,
        referrers: 0,
        referrersByKind: {},
        requests: 0,
        retries: 0,
    };
}
function fail(target, error) {
    target.failed = error;
    target.report.status = "failed";
    target.report.error = error.message;
}
function finish(report, targets) {
    for (const target of targets) {
        target.report.requests = target.plan?.stats.requests ?? 0;
        target.report.retries = target.plan?.stats.retries ?? 0;
    }
    return report;
}
/** Blob transfers in flight at once, unless the caller says. */
const DEFAULT_CONCURRENCY = 6;
/** Connections opened ahead on each destination for the plan's lookups and the uploads. */
const PLAN_CONNECTIONS = 8;
/** Blobs below this size are copied outside the transfer slots. */
const SMALL_BLOB_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Every missing blob to every destination lacking it, largest first, a few at a time. */
async function copyBlobs(sourceClient, repository, sourceStats, destinations, options, onBytes) {
    const needs = new Map();
    for (const destination of destinations) {
        for (const blob of destination.plan?.missingBlobs.values() ?? []) {
            const entry = needs.get(blob.digest) ?? { blob, targets: [] };
            entry.targets.push(destination);
            needs.set(blob.digest, entry);
        }
    }
    const byLargest = [...needs.values()].sort((a, b) => b.blob.size - a.blob.size);
    // Small blobs (configs, tiny layers) cost round trips, not bandwidth: they go all at once beside
    // the large ones rather than queueing behind them for a transfer slot.
    const large = byLargest.filter((job) => job.blob.size >= SMALL_BLOB_BYTES);
    const small = byLargest.filter((job) => job.blob.size < SMALL_BLOB_BYTES);
    const attempts = options.blobAttempts ?? 3;
    const worker = async (queue) => {
        for (let job = queue.shift(); job; job = queue.shift()) {
            let pending = job.targets.filter((target) => !target.failed);
            for (let attempt = 1; pending.length > 0; attempt++) {
                const blobTargets = pending.map((target) => ({
                    client: target.client,
                    destination: target.reference,
                    stats: target.plan?.stats,
                }));
                const outcomes = await copyBlobToTargets({ client: sourceClient, repository, stats: sourceStats, onBytes }, job.blob, blobTargets);
                const retry = [];
                outcomes.forEach((outcome, i) => {
                    const target = pending[i];
                    if (outcome.error) {
                        if (attempt < attempts && isTransient(outcome.error)) {
                            retry.push(target);
                            target.plan.stats.retries++;
                        }
                        else
                            fail(target, outcome.error);
                        return;
                    }
                    if (outcome.outcome === "mounted")
                        target.report.blobs.mounted++;
                    else
                        target.report.blobs.copied++;
                    if (outcome.outcome === "uploaded")
                        target.report.bytes += job.blob.size;
                });
                pending = retry;
                options.onProgress?.(`blob ${job.blob.digest} (${job.blob.size} bytes): ${outcomes.length - retry.length}/${outcomes.length} destinations done`);
            }
        }
    };
    await Promise.all([
        ...Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, () => worker(large)),
        ...small.map((job) => worker([job])),
    ]);
}
function isTransient(error) {
    const status = error.status;
    return (isRetryableError(error) ||
        status === undefined ||
        status >= 500 ||
        status === 429 ||
        error.name === "DigestMismatchError");
}
/**
 * Manifests in dependency order: image manifests, then indexes, then referrers; the fallback
 * referrers index where the destination has no referrers API; cosign tags; the destination tag last.
 */
async function pushManifests(target, graph, options) {
    const plan = target.plan;
    const { client } = target;
    const repository = target.reference.repository;
    const stats = plan.stats;
    const tag = target.reference.tag;
    const referrers = graph.manifests.filter((item) => item.kind !== "image");
    // With nothing to go between the image and its tag (no referrers, no release-tag checks), the
    // root is written once, by its tag, after its children: the registry keeps it under its digest all
    // the same, and a round trip is saved.
    const rootByTag = tag !== undefined && !options.releaseTags && referrers.length === 0;
    const missing = (item) => plan.missingManifests.has(item.manifest.digest) && !(rootByTag && item.manifest.digest === graph.root.digest);
    const push = async (items) => {
        await Promise.all(items.filter(missing).map(async (item) => {
            await client.putManifest(repository, item.manifest.digest, item.manifest, stats);
            target.report.manifests.copied++;
        }));
    };
    const images = graph.manifests.filter((item) => item.kind === "image");
    // Children before parents: graph order already has them first; indexes wait for all images.
    await push(images.filter((item) => item.manifest.manifests.length === 0));
    for (const index of images.filter((item) => item.manifest.manifests.length > 0))
        await push([index]);
    // Referrers of the image first, then referrers of referrers: one whose subject stayed behind
    // stays behind too (its subject is not there to refer to).
    const imageDigests = new Set(images.map((item) => item.manifest.digest));
    const leftBehind = new Map();
    const pushReferrers = async (items) => {
        const put = async (item) => {
            if (!missing(item))
                return;
            try {
                await client.putManifest(repository, item.manifest.digest, item.manifest, stats);
                target.report.manifests.copied++;
            }
            catch (error) {
                // A registry that cannot hold referrers of an image index: they stay behind, said once by
                // the caller (leftBehindWarning), and the rest of the image is still copied.
                if (!item.subject || !isIndexReferrerRefusal(error, item.manifest.subject))
                    throw error;
                leftBehind.set(item.manifest.digest, item);
            }
        };
        await Promise.all(items.filter((item) => item.manifest.manifests.length === 0).map(put));
        for (const index of items.filter((item) => item.manifest.manifests.length > 0))
            await put(index);
    };
    await pushReferrers(referrers.filter((item) => !item.subject || imageDigests.has(item.subject)));
    const deeper = [];
    for (const item of referrers.filter((entry) => entry.subject && !imageDigests.has(entry.subject))) {
        if (leftBehind.has(item.subject))
            leftBehind.set(item.manifest.digest, item);
        else
            deeper.push(item);
    }
    await pushReferrers(deeper);
    const carried = referrers.filter((item) => !leftBehind.has(item.manifest.digest));
    const attached = carried.filter((item) => item.subject || item.tag);
    target.report.referrers = attached.length;
    for (const item of attached) {
        const kind = item.kind;
        target.report.referrersByKind[kind] = (target.report.referrersByKind[kind] ?? 0) + 1;
    }
    if (leftBehind.size > 0)
        target.report.leftBehind = [...leftBehind.values()].map((item) => ({
            digest: item.manifest.digest,
            kind: item.kind,
            subject: item.subject,
        }));
    const bySubject = new Map();
    for (const item of carried) {
        if (!item.subject)
            continue;
        bySubject.set(item.subject, [...(bySubject.get(item.subject) ?? []), item.manifest]);
    }
    for (const [subject, manifests] of bySubject) {
        const { api } = await client.referrers(repository, subject, stats);
        if (!api)
            await client.addToFallbackIndex(repository, subject, manifests, stats);
    }
    for (const item of referrers) {
        if (item.tag && plan.staleTags.has(item.tag))
            await client.putManifest(repository, item.tag, item.manifest, stats);
    }
    if (!tag || plan.existingTagDigest === graph.root.digest)
        return;
    if (!options.releaseTags) {
        await client.putManifest(repository, tag, graph.root, stats);
        if (rootByTag && plan.missingManifests.has(graph.root.digest))
            target.report.manifests.copied++;
        return;
    }
    const { mutableTags, settleMs } = options.releaseTags;
    await writeReleaseTag(client, target.reference, graph.root, {
        mutable: isMutableTag(tag, mutableTags),
        ...(settleMs !== undefined ? { settleMs } : {}),
    });
}
/**
 * One line for the referrers destinations could not hold (DestinationReport.leftBehind): where,
 * what, and why; undefined when every referrer was carried.
 */
function leftBehindWarning(report) {
    const behind = report.destinations.filter((item) => item.leftBehind && item.leftBehind.length > 0);
    if (behind.length === 0)
        return undefined;
    const registries = behind.map((item) => item.destination.slice(0, item.destination.indexOf("/")));
    const what = behind.map((item) => {
        const entries = item.leftBehind ?? [];
        const kinds = new Map();
        for (const entry of entries)
            kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
        const subjects = [...new Set(entries.map((entry) => entry.subject))].join(", ");
        const counts = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(", ");
        return `${counts} of ${subjects} left behind at ${item.destination}`;
    });
    return `${indexReferrerLimit(registries)}: ${what.join("; ")} (everything else was copied)`;
}

;// CONCATENATED MODULE: ./packages/oci/src/ecr-repositories.ts
/**
 * Creating missing ECR and ECR Public repositories, through the AWS SDK with the ambient AWS
 * credentials. A registry does not create repositories on push in either service, so a promotion to
 * a new image name needs this first. Existing repositories are left exactly as they are: their
 * settings are the account owner's, not this run's.
 */

/**
 * The repository name the ECR Public API knows: `public.ecr.aws/<alias>/<name>` is repository
 * `<name>` in the registry behind `<alias>`.
 */
function ecrPublicRepositoryName(repository) {
    const slash = repository.indexOf("/");
    if (slash < 0)
        throw new OciError(`public.ecr.aws/${repository}: an ECR Public name is <registry alias>/<repository>`);
    return repository.slice(slash + 1);
}
const isNamed = (error, name) => error.name === name;
function failure(where, action, error) {
    return new OciError(`${where}: could not ${action} the repository: ${error.message}`, { cause: error });
}
/** Makes sure `repository` exists in the ECR that `target` names; creates it with `settings` if not. */
async function ensureEcrRepository(registry, target, repository, settings, options = {}) {
    const where = `${registry}/${repository}`;
    return target.kind === "public"
        ? ensurePublic(where, ecrPublicRepositoryName(repository), settings, options)
        : ensurePrivate(where, target, repository, settings, options);
}
/**
 * The look-then-create both services share: `describe` throws RepositoryNotFoundException when the
 * repository is missing; `create` may find that another job created it in between, which is as good.
 */
async function lookThenCreate(where, dryRun, describe, create) {
    try {
        await describe();
        return "exists";
    }
    catch (error) {
        if (!isNamed(error, "RepositoryNotFoundException"))
            throw failure(where, "look up", error);
    }
    if (dryRun)
        return "would create";
    try {
        await create();
        return "created";
    }
    catch (error) {
        if (isNamed(error, "RepositoryAlreadyExistsException"))
            return "exists";
        throw failure(where, "create", error);
    }
}
async function ensurePrivate(where, target, repositoryName, settings, options) {
    // Loaded on use: most runs never create a repository.
    const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const client = new ECRClient({ ...options.sdkConfig, ...(target.region ? { region: target.region } : {}) });
    const registryId = target.registryId ? { registryId: target.registryId } : {};
    const exclusions = settings.tagImmutability ? settings.mutableTagFilters : [];
    try {
        return await lookThenCreate(where, options.dryRun, () => client.send(new DescribeRepositoriesCommand({ ...registryId, repositoryNames: [repositoryName] })), () => client.send(new CreateRepositoryCommand({
            ...registryId,
            repositoryName,
            imageTagMutability: !settings.tagImmutability
                ? "MUTABLE"
                : exclusions.length > 0
                    ? "IMMUTABLE_WITH_EXCLUSION"
                    : "IMMUTABLE",
            ...(exclusions.length > 0
                ? {
                    imageTagMutabilityExclusionFilters: exclusions.map((filter) => ({
                        filterType: "WILDCARD",
                        filter,
                    })),
                }
                : {}),
            imageScanningConfiguration: { scanOnPush: settings.scanOnPush },
            encryptionConfiguration: settings.kmsKey
                ? { encryptionType: "KMS", kmsKey: settings.kmsKey }
                : { encryptionType: "AES256" },
        })));
    }
    finally {
        client.destroy();
    }
}
async function ensurePublic(where, repositoryName, settings, options) {
    const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRPUBLICClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 9821, 19));
    // ECR Public's control plane exists only in us-east-1.
    const client = new ECRPUBLICClient({ ...options.sdkConfig, region: "us-east-1" });
    const catalogData = Object.fromEntries(Object.entries(settings.catalog ?? {}).filter(([, value]) => value !== undefined && value !== ""));
    try {
        return await lookThenCreate(where, options.dryRun, () => client.send(new DescribeRepositoriesCommand({ repositoryNames: [repositoryName] })), () => client.send(new CreateRepositoryCommand({
            repositoryName,
            ...(Object.keys(catalogData).length > 0 ? { catalogData } : {}),
        })));
    }
    finally {
        client.destroy();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/oci/src/oci-layout.ts
/**
 * An OCI image layout on disk (`oci-layout`, `index.json`, `blobs/sha256/<hex>`), as tools such as
 * trivy, syft and umoci read it. A blob is written to a temporary name and renamed into place once
 * complete, so a blob file that exists is whole: writing it again is skipped. The digest a file is
 * named by is the one its source was verified against (registry blobs stream through the client's
 * digest check), or bytes we hashed ourselves.
 */





class OciLayoutWriter {
    dir;
    blobs;
    constructor(dir) {
        this.dir = dir;
        this.blobs = (0,external_node_path_.join)(dir, "blobs", "sha256");
    }
    /** Writes one blob unless a complete copy is there; `source` is only called when it is not. */
    async putBlob(digest, source) {
        const hex = parseDigest(digest).slice("sha256:".length);
        const path = (0,external_node_path_.join)(this.blobs, hex);
        if (await exists(path))
            return;
        await (0,external_node_fs_promises_.mkdir)(this.blobs, { recursive: true });
        const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
        try {
            const data = source();
            if (Buffer.isBuffer(data))
                await (0,external_node_fs_promises_.writeFile)(temporary, data);
            else
                await (0,external_node_stream_promises_.pipeline)(data, (0,external_node_fs_.createWriteStream)(temporary));
            await (0,external_node_fs_promises_.rename)(temporary, path);
        }
        finally {
            await (0,external_node_fs_promises_.rm)(temporary, { force: true });
        }
    }
    /** `oci-layout` and `index.json` naming `entries` (each with an optional ref name). */
    async writeIndex(entries) {
        await (0,external_node_fs_promises_.mkdir)(this.dir, { recursive: true });
        const manifests = entries.map(({ descriptor, refName }) => ({
            mediaType: descriptor.mediaType,
            digest: descriptor.digest,
            size: descriptor.size,
            ...(descriptor.platform ? { platform: descriptor.platform } : {}),
            ...(refName ? { annotations: { "org.opencontainers.image.ref.name": refName } } : {}),
        }));
        await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(this.dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
        await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(this.dir, "index.json"), JSON.stringify({ schemaVersion: 2, manifests }));
    }
}
async function exists(path) {
    return (0,external_node_fs_promises_.stat)(path).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts






























/***/ })

};
