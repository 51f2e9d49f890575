export const id = 228;
export const ids = [228];
export const modules = {

/***/ 37228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILD_DISTROLESS_BUILD_TYPE: () => (/* reexport */ BUILD_DISTROLESS_BUILD_TYPE),
  CYCLONEDX_MEDIA_TYPE: () => (/* reexport */ CYCLONEDX_MEDIA_TYPE),
  LAYER_CACHE_MAX_AGE_DAYS: () => (/* reexport */ LAYER_CACHE_MAX_AGE_DAYS),
  LAYER_CACHE_MAX_BYTES: () => (/* reexport */ LAYER_CACHE_MAX_BYTES),
  LAYER_FORMAT_VERSION: () => (/* reexport */ LAYER_FORMAT_VERSION),
  LAYER_MEDIA_TYPE: () => (/* reexport */ LAYER_MEDIA_TYPE),
  LOCAL_BUILDER_ID: () => (/* reexport */ LOCAL_BUILDER_ID),
  LOCK_ARTIFACT_TYPE: () => (/* reexport */ LOCK_ARTIFACT_TYPE),
  LOCK_FILE_NAME: () => (/* reexport */ LOCK_FILE_NAME),
  OCI_CONFIG: () => (/* reexport */ OCI_CONFIG),
  RootfsError: () => (/* reexport */ RootfsError),
  SANDBOX_HOST_ID: () => (/* reexport */ SANDBOX_HOST_ID),
  SLSA_PROVENANCE_V1: () => (/* reexport */ SLSA_PROVENANCE_V1),
  SPDX_MEDIA_TYPE: () => (/* reexport */ SPDX_MEDIA_TYPE),
  SmokeTestError: () => (/* reexport */ SmokeTestError),
  SmokeTestFailed: () => (/* reexport */ SmokeTestFailed),
  attachArtifact: () => (/* reexport */ attachArtifact),
  attachLocks: () => (/* reexport */ attachLocks),
  attachSbom: () => (/* reexport */ attachSbom),
  attachSboms: () => (/* reexport */ attachSboms),
  buildConfig: () => (/* reexport */ buildConfig),
  buildDistroless: () => (/* reexport */ buildDistroless),
  buildIndex: () => (/* reexport */ buildIndex),
  buildManifest: () => (/* reexport */ buildManifest),
  buildPackageLayer: () => (/* reexport */ buildPackageLayer),
  builtImagePackages: () => (/* reexport */ builtImagePackages),
  cachedPackageLayer: () => (/* reexport */ cachedPackageLayer),
  canonicalJson: () => (/* reexport */ canonicalJson),
  createdAt: () => (/* reexport */ createdAt),
  cyclonedxDocument: () => (/* reexport */ cyclonedxDocument),
  debianDistro: () => (/* reexport */ debianDistro),
  debianPurl: () => (/* reexport */ debianPurl),
  externalParameters: () => (/* reexport */ externalParameters),
  imageAnnotations: () => (/* reexport */ imageAnnotations),
  installedLockBytes: () => (/* reexport */ installedLockBytes),
  isKnownSpdxLicenseId: () => (/* reexport */ isKnownSpdxLicenseId),
  layerCacheKey: () => (/* reexport */ layerCacheKey),
  licensesFromCopyright: () => (/* reexport */ licensesFromCopyright),
  mergeEnv: () => (/* reexport */ mergeEnv),
  ociPurl: () => (/* reexport */ ociPurl),
  provenancePredicate: () => (/* reexport */ provenancePredicate),
  pruneLayerCache: () => (/* reexport */ pruneLayerCache),
  pushBuild: () => (/* reexport */ pushBuild),
  pushImage: () => (/* reexport */ pushImage),
  readImageLock: () => (/* reexport */ readImageLock),
  resolveInRootfs: () => (/* reexport */ resolveInRootfs),
  runSmokeTest: () => (/* reexport */ runSmokeTest),
  runnerPlatform: () => (/* reexport */ runnerPlatform),
  smokeTestImage: () => (/* reexport */ smokeTestImage),
  spdxDocument: () => (/* reexport */ spdxDocument),
  spdxLicenseId: () => (/* reexport */ spdxLicenseId),
  topDocument: () => (/* reexport */ topDocument),
  unpackRootfs: () => (/* reexport */ unpackRootfs),
  writeOciLayout: () => (/* reexport */ writeOciLayout),
  writeProvenanceFiles: () => (/* reexport */ writeProvenanceFiles)
});

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
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
    return { bytes, digest: (0,src/* digestOf */.ol)(bytes), mediaType };
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
        mediaType: src/* OCI_MANIFEST */.EG,
        config: { mediaType: config.mediaType, digest: config.digest, size: config.bytes.length },
        layers: layers.map(({ mediaType, digest, size, annotations: layerAnnotations }) => ({
            mediaType,
            digest,
            size,
            ...(layerAnnotations ? { annotations: layerAnnotations } : {}),
        })),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    }, src/* OCI_MANIFEST */.EG);
}
/** An index of per-platform manifests, in the order given (the caller sorts platforms). */
function buildIndex(manifests, annotations) {
    return image_document({
        schemaVersion: 2,
        mediaType: src/* OCI_INDEX */.$p,
        manifests: manifests.map(({ manifest, platform }) => ({
            mediaType: manifest.mediaType,
            digest: manifest.digest,
            size: manifest.bytes.length,
            platform,
        })),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
    }, src/* OCI_INDEX */.$p);
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
        digest: (0,src/* digestOf */.ol)(file.bytes),
        ...(file.annotations ? { annotations: file.annotations } : {}),
    };
    const config = {
        mediaType: src/* OCI_EMPTY_CONFIG */.Vt,
        size: src/* EMPTY_CONFIG */.$v.length,
        digest: (0,src/* digestOf */.ol)(src/* EMPTY_CONFIG */.$v),
    };
    await client.uploadBlob(repository, layer, () => file.bytes);
    await client.uploadBlob(repository, config, () => src/* EMPTY_CONFIG */.$v);
    const bytes = Buffer.from(canonicalJson({
        schemaVersion: 2,
        mediaType: src/* OCI_MANIFEST */.EG,
        artifactType: file.mediaType,
        config,
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { "org.opencontainers.image.created": created },
    }));
    const manifest = (0,src/* parseManifest */.Ng)(bytes, (0,src/* digestOf */.ol)(bytes), src/* OCI_MANIFEST */.EG);
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
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/debian/src/index.ts + 3 modules
var debian_src = __webpack_require__(53924);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
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
                throw error instanceof debian_src.DebianError
                    ? new debian_src.DebianError(`package ${deb.info.name} ${deb.info.version}: ${error.message}`)
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
        throw new debian_src.DebianError(`source-date-epoch ${epoch} is not a whole number of seconds since 1970`);
    return epoch;
}
/** `{ bin: "/usr/bin/" }` → `{ bin: "usr/bin" }`; only single top-level names can be rewritten. */
function normalizeMergedUsr(mergedUsr) {
    const result = new Map();
    for (const [name, target] of Object.entries(mergedUsr)) {
        const from = name.replace(/^\.?\/+/, "").replace(/\/+$/, "");
        const to = external_node_path_.posix.normalize(target.startsWith("/") ? target : `/${target}`).replace(/^\/+|\/+$/g, "");
        if (!from || from.includes("/") || !to || to.startsWith(".."))
            throw new debian_src.DebianError(`merged-usr symlink ${(0,debian_src.quoteForMessage)(name)} -> ${(0,debian_src.quoteForMessage)(target)} is not a top-level link`);
        if (to !== from)
            result.set(from, to);
    }
    return result;
}
/** The control stanza of each .deb, in (name, version, architecture, path) order; one .deb per package. */
async function readPackages(paths, limits) {
    const packages = [];
    for (const path of paths) {
        const { control, md5sums } = await (0,debian_src.readDebControl)(path, limits);
        const [stanza] = (0,debian_src.parseStanzas)(control);
        const name = stanza && (0,debian_src.field)(stanza, "Package");
        const version = stanza && (0,debian_src.field)(stanza, "Version");
        const architecture = stanza && (0,debian_src.field)(stanza, "Architecture");
        if (!stanza || !name || !version || !architecture)
            throw new debian_src.DebianError(`${path}: the control file lacks Package, Version or Architecture`);
        if (!/^[a-z0-9][a-z0-9+.-]*$/.test(name))
            throw new debian_src.DebianError(`${path}: package name ${(0,debian_src.quoteForMessage)(name)} is not a Debian package name`);
        const source = ((0,debian_src.field)(stanza, "Source") ?? name).split(/\s/)[0] || name;
        packages.push({ path, control, md5sums, info: { name, version, architecture, source } });
    }
    const key = (deb) => [deb.info.name, deb.info.version, deb.info.architecture, deb.path];
    packages.sort((a, b) => compareTuples(key(a), key(b)));
    for (let index = 1; index < packages.length; index++) {
        const [previous, current] = [packages[index - 1], packages[index]];
        if (previous.info.name === current.info.name)
            throw new debian_src.DebianError(`two .debs for package ${current.info.name}: ${previous.path} (${previous.info.version}) and ${current.path} (${current.info.version})`);
    }
    return packages;
}
/** Pass one over a .deb's data.tar: metadata into `entries`, bodies spooled, md5sums computed. */
async function collectDebEntries(deb, owner, context) {
    const sums = [];
    const md5ByPath = new Map();
    const hardLinks = [];
    const paths = new Set();
    await (0,debian_src.readDebData)(deb.path, async ({ header, body }) => {
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
                throw new debian_src.DebianError(`${deb.path}: ships a ${type} at /${top}, where the base has a symlink to ${target}`);
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
                throw new debian_src.DebianError(`${deb.path}: hard link ${original} has no target`);
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
        throw new debian_src.DebianError(`${debPath}: data.tar member ${(0,debian_src.quoteForMessage)(name)} leaves the root`);
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
            throw new debian_src.DebianError(`${debPath}: data.tar member ${(0,debian_src.quoteForMessage)(path)} is a ${type}; Debian Policy §10.6 forbids device files and named pipes in a package`);
        default:
            throw new debian_src.DebianError(`${debPath}: data.tar member ${(0,debian_src.quoteForMessage)(path)} is a ${type}, which dpkg does not unpack`);
    }
}
const WHITEOUT_PREFIX = ".wh.";
/** C0 controls, DEL and C1 controls (U+0080–U+009F, as tar-stream decodes UTF-8 names). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
/** Refuses what a layer must not carry from a package; see the module comment for each rule's why. */
function refuseHostileMember(path, type, linkname, debPath) {
    const member = (0,debian_src.quoteForMessage)(path);
    if (CONTROL_CHARACTER.test(path))
        throw new debian_src.DebianError(`${debPath}: data.tar member ${member} has a control character in its path`);
    if ((type === "symlink" || type === "link") && CONTROL_CHARACTER.test(linkname ?? ""))
        throw new debian_src.DebianError(`${debPath}: data.tar member ${member} links to ${(0,debian_src.quoteForMessage)(linkname ?? "")}, which has a control character`);
    if (path.split("/").some((part) => part.startsWith(WHITEOUT_PREFIX)))
        throw new debian_src.DebianError(`${debPath}: data.tar member ${member} is named like an OCI whiteout (.wh.), which would delete the base's files`);
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
        throw new debian_src.DebianError(`${deb.path}: /${entry.header.path} is a ${entry.header.type} here and a ${existing.header.type} in another package`);
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
                    throw new debian_src.DebianError(`/${parent} is a ${existing.header.type} in one package and a directory in another`);
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
            throw new debian_src.DebianError(`hard link /${entry.header.path} points to /${target}, which is not a regular file in the layer`);
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
var external_node_events_ = __webpack_require__(78474);
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
const MAX_LOCK_BYTES = 8 * 1024 * 1024;
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/**
 * The exact bytes of the lock a build installed from: the lock file when there is one (as read,
 * hand formatting kept, or as just written), else the resolution as it would be written. A file
 * that no longer says what was installed is refused rather than attached.
 */
async function installedLockBytes(lock) {
    const serialized = (0,debian_src.serializeLockfile)(lock.content);
    if (lock.path === undefined)
        return Buffer.from(serialized);
    const bytes = await (0,promises_.readFile)(lock.path);
    if ((0,debian_src.serializeLockfile)((0,debian_src.parseLockfile)(bytes.toString("utf8"), lock.path)) !== serialized)
        throw new debian_src.DebianError(`lock file ${lock.path} changed while the build was using it`);
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
    const name = (0,src/* formatReference */.FH)(reference);
    const top = await client.getManifest(repository, (0,src/* manifestReference */.Tn)(reference));
    const subjects = await subjectsOf(client, repository, name, top, options.platform);
    const carried = new Map();
    for (const subject of subjects) {
        for (const lock of await locksReferring(client, repository, name, subject.digest)) {
            const entry = carried.get(lock.digest) ?? {
                digest: lock.digest,
                bytes: lock.bytes,
                lockfile: (0,debian_src.parseLockfile)(lock.bytes.toString("utf8"), `the lock ${name} carries (${lock.digest})`),
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
        const meaning = (0,debian_src.serializeLockfile)(lock.lockfile);
        meanings.set(meaning, [...(meanings.get(meaning) ?? []), lock]);
    }
    const where = options.platform ? ` on ${(0,src/* formatPlatform */.Bq)(options.platform)}` : "";
    const [only, ...others] = meanings.entries();
    if (!only)
        throw new debian_src.DebianError(`${name} carries no lock (no referrer of type ${LOCK_ARTIFACT_TYPE}${where}): it was not built by build-distroless, or built before images carried their lock`);
    if (others.length > 0) {
        const described = [only, ...others].map(([, same]) => same.map((lock) => `${lock.digest} on ${[...lock.on].join(", ")}`).join(" = "));
        throw new debian_src.DebianError(`${name} carries ${meanings.size} different locks${where} (${described.join("; ")})${options.platform ? "" : "; name one platform with --platform if they differ by platform"}`);
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
    if (!(0,src/* isIndexMediaType */.$$)(top.mediaType)) {
        if (platform)
            await checkImagePlatform(client, repository, name, top, platform);
        return [{ digest: top.digest, label: "the image" }];
    }
    const children = top.manifests.map((child) => ({
        digest: child.digest,
        label: child.platform ? (0,src/* formatPlatform */.Bq)(child.platform) : child.digest,
        platform: child.platform,
    }));
    if (!platform)
        return [{ digest: top.digest, label: "the index" }, ...children];
    const chosen = children.find((child) => (0,src/* platformMatches */.J5)(child.platform, platform));
    if (!chosen)
        throw new debian_src.DebianError(`${name} has no ${(0,src/* formatPlatform */.Bq)(platform)} image (it has ${children.map((child) => child.label).join(", ") || "none"})`);
    return [chosen];
}
/** A single-platform image names its platform only in its config. */
async function checkImagePlatform(client, repository, name, image, platform) {
    const [config] = image.blobs;
    let stated;
    if (config) {
        try {
            stated = (0,src/* configPlatform */.Ko)(JSON.parse((await client.readBlob(repository, config, MAX_CONFIG_BYTES)).toString("utf8")));
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            throw new debian_src.DebianError(`${name}: its config ${config.digest} is not JSON`);
        }
    }
    if (!(0,src/* platformMatches */.J5)(stated, platform))
        throw new debian_src.DebianError(`${name} is a single image for ${stated ? (0,src/* formatPlatform */.Bq)(stated) : "no stated platform"}, not ${(0,src/* formatPlatform */.Bq)(platform)}`);
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
        if (descriptor.artifactType !== LOCK_ARTIFACT_TYPE && (0,src/* classifyReferrer */.qk)(descriptor) !== "other")
            continue;
        const manifest = await readIfPresent(() => client.getManifest(repository, descriptor.digest));
        // A listing naming a manifest that refers elsewhere is the registry's confusion, not a lock of ours.
        if (manifest?.artifactType !== LOCK_ARTIFACT_TYPE || manifest.subject?.digest !== subject)
            continue;
        const layers = manifest.blobs.slice(1).filter((blob) => blob.mediaType === LOCK_ARTIFACT_TYPE);
        const [layer] = layers;
        if (!layer || layers.length > 1)
            throw new debian_src.DebianError(`${name}: the lock referrer ${manifest.digest} holds ${layers.length} lock layers, not one`);
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
        if (error instanceof src/* RegistryError */.gl && error.status === 404)
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
    const top = await baseClient.getManifest(options.base.repository, (0,src/* manifestReference */.Tn)(options.base));
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const platforms = [...options.platforms].sort((a, b) => (0,src/* formatPlatform */.Bq)(a).localeCompare((0,src/* formatPlatform */.Bq)(b)));
    const userAnnotations = options.annotations ?? {};
    // Read once per platform: the resolution and the build both stand on it.
    // Cached under each platform manifest's digest (base-cache.ts): a rebuild on the same base fetches no layer.
    const baseCache = { cacheDir: (0,external_node_path_.join)(options.cacheDir, "bases"), ...(options.log ? { log: options.log } : {}) };
    const bases = await Promise.all(platforms.map((platform) => (0,debian_src.readBaseImage)(options.clients, options.base, platform, baseCache)));
    const lock = await lockOrRead(options, platforms, bases);
    const layerCacheDir = (0,external_node_path_.join)(options.cacheDir, "layers");
    const reports = [];
    const built = [];
    const sboms = [];
    const provenanceInputs = [];
    const scripted = new Set();
    for (const [index, platform] of platforms.entries()) {
        const architecture = (0,debian_src.debianArchitecture)(platform);
        const baseImage = bases[index];
        const baseManifest = await baseClient.getManifest(options.base.repository, baseImage.manifestDigest);
        const [configDescriptor, ...baseLayers] = baseManifest.blobs;
        if (!configDescriptor)
            throw new debian_src.DebianError(`base ${(0,src/* formatReference */.FH)(options.base)} has no config for ${(0,src/* formatPlatform */.Bq)(platform)}`);
        const baseConfig = JSON.parse((await baseClient.readBlob(options.base.repository, configDescriptor)).toString("utf8"));
        const fetched = lock.content.architectures[architecture]
            ? await (0,debian_src.fetchLockedDebs)({
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
            ...imageAnnotations({ name: (0,src/* formatReference */.FH)(options.base), digest: top.digest }, options.sourceDateEpoch, options.provenance),
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
            platform: (0,src/* formatPlatform */.Bq)(platform),
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
                        repository: (0,src/* repositoryName */.aR)(options.base),
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
            base: (0,src/* formatReference */.FH)(options.base),
            platforms: platforms.map(src/* formatPlatform */.Bq),
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
            repository: (0,src/* repositoryName */.aR)(options.base),
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
        const content = await (0,debian_src.readLockfile)(options.lockfile);
        const wanted = [...options.debianPackages].map((item) => item.trim()).sort();
        const locked = [...content.requested].sort();
        if (wanted.join("\n") !== locked.join("\n"))
            throw new debian_src.DebianError(`lockfile ${options.lockfile} was made for ${locked.join(", ") || "no packages"}, not ${wanted.join(", ") || "no packages"}; delete it to lock again`);
        if (!options.lockUpdate)
            return { path: options.lockfile, written: false, content };
        const update = await (0,debian_src.updateLock)({ ...resolution, old: content });
        // Unchanged packages leave the file alone, byte for byte (lock-update.ts says why).
        if (update.changed)
            await (0,promises_.writeFile)(options.lockfile, (0,debian_src.serializeLockfile)(update.lockfile));
        return {
            path: options.lockfile,
            written: update.changed,
            changes: update.changes,
            content: update.lockfile,
        };
    }
    const result = await (0,debian_src.lockPackages)({ ...resolution, packages: options.debianPackages });
    if (options.lockfile)
        await (0,promises_.writeFile)(options.lockfile, (0,debian_src.serializeLockfile)(result.lockfile));
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
        const { control } = await (0,debian_src.readDebControl)(path);
        const stanza = (0,debian_src.parseStanzas)(control)[0] ?? {};
        const declared = (0,debian_src.field)(stanza, "Architecture");
        if (!declared)
            throw new debian_src.DebianError(`${path}: the .deb's control file has no Architecture`);
        if (declared === architecture || declared === "all")
            chosen.push({
                path,
                sha256: await fileSha256(path),
                name: (0,debian_src.field)(stanza, "Package") ?? "",
                version: (0,debian_src.field)(stanza, "Version") ?? "",
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
        const { installed } = await (0,debian_src.readLayersContent)([
            ...built.baseLayers.map((layer) => ({
                descriptor: layer,
                open: () => baseClient.openBlob(built.base.repository, layer),
            })),
            ...built.newLayers.map((layer) => ({ descriptor: layer, open: () => (0,external_node_fs_.createReadStream)(layer.path) })),
        ], `the built image (${(0,src/* formatPlatform */.Bq)(built.platform)}, ${built.manifest.digest})`);
        const manifest = JSON.parse(built.manifest.bytes.toString("utf8"));
        platforms.push({
            platform: (0,debian_src.platformKey)(built.platform),
            manifestDigest: built.manifest.digest,
            base: (0,debian_src.recordedBase)(manifest.annotations),
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
    const layout = new src/* OciLayoutWriter */.HC(dir);
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
var tar_stream = __webpack_require__(56118);
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
        const compression = (0,debian_src.layerCompression)(layer.mediaType);
        if (!compression)
            throw new RootfsError(`${where} has media type ${JSON.stringify(layer.mediaType)}, not a tar layer`);
        await applyLayer(layer.open(), compression, dir, where, canChown);
    }
}
async function applyLayer(blob, compression, root, where, canChown) {
    const tar = (0,tar_stream.extract)();
    const flowed = (0,external_node_stream_promises_.pipeline)((0,debian_src.decompressed)(blob, compression), tar);
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
var external_node_child_process_ = __webpack_require__(31421);
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
var external_node_util_ = __webpack_require__(57975);
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
    const built = result.image.platforms.find((item) => (0,src/* formatPlatform */.Bq)(item.platform) === runner);
    const notTested = result.image.platforms
        .map((item) => (0,src/* formatPlatform */.Bq)(item.platform))
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




















/***/ })

};
