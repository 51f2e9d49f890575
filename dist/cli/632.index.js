export const id = 632;
export const ids = [632,499];
export const modules = {

/***/ 66499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   neutraliseWorkflowCommands: () => (/* binding */ neutraliseWorkflowCommands)
/* harmony export */ });
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


/***/ }),

/***/ 32632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeFailure: () => (/* binding */ describeFailure),
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: parseReferrerKinds, parseTokenRealms

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./packages/action-kit/src/workflow-commands.ts
var workflow_commands = __webpack_require__(66499);
// EXTERNAL MODULE: ./packages/debian/src/errors.ts
var errors = __webpack_require__(47476);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
// EXTERNAL MODULE: ./packages/sigstore/src/index.ts + 25 modules
var sigstore_src = __webpack_require__(95319);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/debian/src/cache-dir.ts
var cache_dir = __webpack_require__(5543);
;// CONCATENATED MODULE: ./packages/cli/src/lock-update-command.ts
/**
 * `image-actions lock --update OLD.json`: the lock's requested packages resolved again (issue 25),
 * on today's base, against `--source` lines or else the sources the old lock records.
 *
 *   image-actions lock --update OLD.json --base IMAGE [--source 'URL SUITE…']… [--keyring FILE]
 *                      [--platform os/arch]… [--deb FILE]… [-o NEW.json] [--json]
 *
 * The new lock goes to `-o` (which may be OLD.json itself) or stdout, as `lock` writes it. When no
 * package changed, what is written is OLD.json's own bytes (lock-update.ts says why). Exit 0 either
 * way; stderr says `unchanged` or one line per change and `N package(s) changed`; `--json` prints
 * `{ changed, changes, lockfile }` to stdout instead (so it needs `-o`).
 * The old lock records neither the base nor the local .debs: give `--base` and the same `--deb`
 * files as the first lock, or their dependencies show as removed.
 */



async function lockUpdateCommand(values, packages, keys, clients, env, print, printJson, usage) {
    const oldPath = values.update;
    if (packages.length > 0)
        throw usage(`lock --update takes the packages ${oldPath} requested; give no PACKAGE arguments`);
    if (!values.base)
        throw usage("lock --update needs --base IMAGE (today's verified base; the lock does not record it)");
    if (values.json && !values.output)
        throw usage("lock --update --json needs -o NEW.json (stdout carries the summary)");
    const debian = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(305), __webpack_require__.e(897), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 53924));
    const snapshotTime = values["snapshot-time"] !== undefined
        ? debian.parseSnapshotTime(values["snapshot-time"], "--snapshot-time")
        : undefined;
    const old = await debian.readLockfile(oldPath);
    const oldText = await (0,promises_.readFile)(oldPath, "utf8");
    const update = await debian.updateLock({
        old,
        clients,
        base: (0,src/* parseReference */.F2)(values.base),
        sources: values.source ?? [],
        ...(keys ? { keys } : {}),
        platforms: (values.platform ?? []).map(src/* parsePlatform */.FL),
        localDebs: values.deb ?? [],
        cacheDir: (0,cache_dir/* defaultDebianCacheDir */._)(env),
        ...(snapshotTime ? { snapshotTime } : {}),
    });
    // Nothing changed: OLD's own bytes, whatever formatting it had.
    const text = update.changed ? debian.serializeLockfile(update.lockfile) : oldText;
    if (values.output)
        await writeAtomically(values.output, text);
    else if (!values.json)
        print(text.trimEnd());
    if (values.json) {
        printJson({ changed: update.changed, changes: update.changes, lockfile: values.output });
        return 0;
    }
    // To stderr, so `lock --update OLD.json > NEW.json` stays a clean file.
    for (const change of update.changes)
        console.error(debian.formatLockChange(change));
    console.error(update.changed
        ? `${update.changes.length} package(s) changed${values.output ? `; wrote ${values.output}` : ""}`
        : `unchanged: every package is as ${oldPath} locks it${values.output ? `; wrote ${values.output} as it was` : ""}`);
    return 0;
}
/** `-o OLD.json` is allowed: the old file is replaced whole or not at all. */
async function writeAtomically(path, text) {
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, text);
    await (0,promises_.rename)(temporary, path);
}

;// CONCATENATED MODULE: ./packages/cli/src/debian-commands.ts
/**
 * `image-actions lock` and `image-actions debs`: the Debian half of a build from a laptop or a CI
 * step. The Debian package (and openpgp.js with it) is loaded only by these commands, so copy, sign
 * and verify start as fast as before.
 *
 *   image-actions lock --base IMAGE [--source 'URL SUITE…']… [--keyring FILE] [--platform os/arch]…
 *                      [--deb FILE]… PACKAGE[=VERSION]… [-o lock.json]
 *   image-actions lock --update OLD.json --base IMAGE [--source …]… [-o NEW.json] [--json]
 *   image-actions debs --lock lock.json --platform linux/arm64 -o DIR
 */






async function lockCommand(values, packages, clients, env, print, usage, printJson) {
    if (values.update !== undefined) {
        const keys = values.keyring ? await keyringFile(values.keyring) : undefined;
        return lockUpdateCommand(values, packages, keys, clients, env, print, printJson, usage);
    }
    if (!values.base)
        throw usage("lock needs --base IMAGE");
    if (packages.length === 0 && (values.deb ?? []).length === 0)
        throw usage("lock needs packages to resolve (PACKAGE[=VERSION]…) or --deb files");
    const debian = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(305), __webpack_require__.e(897), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 53924));
    const snapshotTime = values["snapshot-time"] !== undefined
        ? debian.parseSnapshotTime(values["snapshot-time"], "--snapshot-time")
        : undefined;
    const keys = values.keyring ? await keyringFile(values.keyring) : undefined;
    const result = await debian.lockPackages({
        clients,
        base: (0,src/* parseReference */.F2)(values.base),
        sources: values.source ?? [],
        ...(keys ? { keys } : {}),
        platforms: (values.platform?.length ? values.platform : ["linux/amd64"]).map(src/* parsePlatform */.FL),
        localDebs: values.deb ?? [],
        packages,
        cacheDir: (0,cache_dir/* defaultDebianCacheDir */._)(env),
        ...(snapshotTime ? { snapshotTime } : {}),
    });
    const text = debian.serializeLockfile(result.lockfile);
    if (values.output)
        await (0,promises_.writeFile)(values.output, text);
    else
        print(text.trimEnd());
    for (const lock of result.architectures) {
        const count = result.lockfile.architectures[lock.architecture]?.length ?? 0;
        const lines = [
            `${lock.architecture}: ${count} package(s) from the archive, ${lock.local.length} local, ${lock.satisfiedByBase.length} already in the base`,
        ];
        // To stderr with the summary, so `lock > lock.json` stays a clean file.
        console.error(lines.join("\n"));
    }
    if (values.output)
        console.error(`wrote ${values.output}`);
    return 0;
}
async function debsCommand(values, env, print, usage) {
    if (!values.lock)
        throw usage("debs needs --lock lock.json");
    if (!values.output)
        throw usage("debs needs -o DIR");
    if ((values.platform ?? []).length !== 1)
        throw usage("debs needs exactly one --platform");
    const debian = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(305), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 81751));
    const lockfile = await debian.readLockfile(values.lock);
    const architecture = debian.debianArchitecture((0,src/* parsePlatform */.FL)(values.platform[0]));
    const result = await debian.fetchLockedDebs({
        lockfile,
        architecture,
        cacheDir: (0,cache_dir/* defaultDebianCacheDir */._)(env),
        outDir: values.output,
    });
    for (const deb of result.debs)
        print(deb.path);
    const scripted = result.debs.filter((deb) => deb.maintainerScripts.length > 0);
    if (scripted.length > 0)
        console.error(`notice: maintainer scripts never run in a distroless image: ${scripted
            .map((deb) => `${deb.name} (${deb.maintainerScripts.join(", ")})`)
            .join(", ")}`);
    return 0;
}
/** The keys of a `--keyring` file; a file that cannot be read is one line naming it. */
async function keyringFile(path) {
    const { readKeyring } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(305), __webpack_require__.e(897), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 53924));
    const data = await (0,promises_.readFile)(path).catch((error) => {
        throw new KeyringFileError(`--keyring ${path}: cannot read it (${error.code ?? "error"})`);
    });
    return readKeyring(data, path);
}
class KeyringFileError extends Error {
    name = "KeyringFileError";
}
/**
 * `image-actions build`: build-distroless from the command line. Pushes to every `--tag` (SBOMs
 * attached), or writes an OCI layout to `-o DIR` when no tag is given.
 */
async function buildCommand(values, packages, clients, env, print, usage) {
    if (!values.base)
        throw usage("build needs --base IMAGE (pinned by digest)");
    const tags = (values.tag ?? []).map(src/* parseReference */.F2);
    if (tags.length === 0 && !values.output)
        throw usage("build needs --tag REF (to push) or -o DIR (an OCI layout)");
    const base = (0,src/* parseReference */.F2)(values.base);
    if (!base.digest)
        throw usage("--base must be pinned by digest (name@sha256:…), as a reproducible build needs");
    let entrypoint;
    try {
        entrypoint = values.entrypoint ? JSON.parse(values.entrypoint) : undefined;
    }
    catch {
        throw usage("--entrypoint must be a JSON array of strings");
    }
    if (entrypoint !== undefined && !(Array.isArray(entrypoint) && entrypoint.every((item) => typeof item === "string")))
        throw usage("--entrypoint must be a JSON array of strings");
    const build = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(925), __webpack_require__.e(305), __webpack_require__.e(897), __webpack_require__.e(924), __webpack_require__.e(228)]).then(__webpack_require__.bind(__webpack_require__, 37228));
    const keys = values.keyring ? await keyringFile(values.keyring) : undefined;
    const sourceDateEpoch = Number(env.SOURCE_DATE_EPOCH ?? 0) || 0;
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "image-actions-build-"));
    const result = await build.buildDistroless({
        clients,
        base,
        platforms: (values.platform?.length ? values.platform : ["linux/amd64"]).map(src/* parsePlatform */.FL),
        debianPackages: packages,
        debianSources: values.source ?? [],
        ...(keys ? { keys } : {}),
        ...(values.lock ? { lockfile: values.lock } : {}),
        localDebs: values.deb ?? [],
        config: {
            ...(entrypoint ? { entrypoint: entrypoint } : {}),
            env: new Map(),
            labels: new Map(),
        },
        sourceDateEpoch,
        sbomFormats: ["spdx-json"],
        // The SBOM names the first destination, or the OCI layout's directory: never the base.
        imageName: tags[0]
            ? { repository: (0,src/* repositoryName */.aR)(tags[0]), ...(tags[0].tag ? { tag: tags[0].tag } : {}) }
            : { repository: (0,external_node_path_.basename)((0,external_node_path_.resolve)(values.output)) },
        provenance: {},
        cacheDir: (0,cache_dir/* defaultDebianCacheDir */._)(env),
        workDir,
        toolVersion: "0.1.0",
        log: (message) => console.error(message),
    });
    if (tags.length > 0) {
        const stats = await build.pushBuild(clients, result, tags, sourceDateEpoch);
        console.error(`${stats.blobsUploaded} blob(s) uploaded (${stats.bytesUploaded} bytes), ${stats.blobsSkipped} present`);
    }
    else {
        await build.writeOciLayout(clients, result.image, values.output, "latest");
    }
    for (const platform of result.platforms)
        console.error(`${platform.platform}: ${platform.manifestDigest}, ${platform.packages.filter((item) => item.origin !== "base").length} package(s) added`);
    print(result.digest);
    return 0;
}

;// CONCATENATED MODULE: ./packages/cli/src/diff-command.ts

async function diffCommand(values, args, clients, print, printJson, usage, env = {}) {
    if (!values.scan)
        for (const option of ["trivy-path", "db-repository", "cache-dir"])
            if (values[option] !== undefined)
                throw usage(`--${option} goes with --scan`);
    if (args.length !== 2)
        throw usage("diff takes two image references: OLD NEW");
    const [oldReference, newReference] = args.map(src/* parseReference */.F2);
    const platforms = values.platform?.length ? values.platform.map(src/* parsePlatform */.FL) : undefined;
    // Loaded here: copy, sign and verify do not pay for the Debian package at start-up.
    const { diffImages } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(305), __webpack_require__.e(897), __webpack_require__.e(924)]).then(__webpack_require__.bind(__webpack_require__, 53924));
    const report = await diffImages(clients, oldReference, newReference, platforms ? { platforms } : {});
    if (platforms && !report.identical && report.platforms.length === 0) {
        console.error(`image-actions: neither image has ${platforms.map(src/* formatPlatform */.Bq).join(" or ")}`);
        return 1;
    }
    let vulnerabilities = null;
    if (values.scan && !report.identical) {
        // Scanned by the digests the diff resolved, so both halves of the report are of the same images.
        const { scanDiff } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(88), __webpack_require__.e(183), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 17968));
        vulnerabilities = await scanDiff(values, (0,src/* parseReference */.F2)(report.old.image), (0,src/* parseReference */.F2)(report.new.image), clients, env, (line) => console.error(line));
    }
    if (values.json)
        printJson(values.scan ? { ...report, vulnerabilities } : report);
    else {
        const lines = formatImageChanges(report);
        if (vulnerabilities)
            lines.push(...(await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(88), __webpack_require__.e(183), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 17968))).formatScanDiff(vulnerabilities));
        print(lines.join("\n"));
    }
    return 0;
}
// Debian Policy §5.6.1 (Package), §5.6.8 (Architecture): what a real name looks like.
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]*$/;
const ARCHITECTURE = /^[a-z0-9-]+$/;
/** A reference as people write them: no space, no control, nothing a line could be forged with. */
const REFERENCE_TEXT = /^[A-Za-z0-9._:/@+-]+$/;
/** Outside text as it is when it looks like what it claims to be, quoted otherwise. */
function shown(text, looksRight) {
    return looksRight.test(text) ? text : (0,src/* quoteValue */.cl)(text);
}
function baseText(base) {
    if (!base)
        return "not recorded";
    return base.name ? `${shown(base.name, REFERENCE_TEXT)} (${base.digest})` : base.digest;
}
function packageText(item) {
    return `${shown(item.name, PACKAGE_NAME)} ${item.version} (${shown(item.architecture, ARCHITECTURE)})`;
}
/** The report as lines a person reads; a caller may append its own sections (a scan's delta). */
function formatImageChanges(report) {
    const lines = [`old: ${report.old.image}`, `new: ${report.new.image}`];
    if (report.identical)
        return [...lines, `the same image (${report.new.digest}): nothing changed`];
    const base = report.base;
    if (base) {
        if (base.changed === false)
            lines.push(`base: unchanged, ${baseText(base.new)}`);
        else if (base.old || base.new)
            lines.push(`base: ${baseText(base.old)} → ${baseText(base.new)}`);
        else
            lines.push("base: not recorded (see each platform)");
    }
    for (const platform of report.platforms) {
        if (platform.in !== "both") {
            lines.push(`${platform.platform}: only in the ${platform.in} image`);
            continue;
        }
        const counts = `${platform.changed.length} changed, ${platform.added.length} added, ${platform.removed.length} removed, ${platform.unchanged} unchanged`;
        lines.push(`${platform.platform}: ${counts}`);
        const oldBase = platform.old?.base ?? null;
        const newBase = platform.new?.base ?? null;
        // Said per platform only where the image-wide line could not say it.
        if (!base?.old && !base?.new && (oldBase || newBase) && oldBase?.digest !== newBase?.digest)
            lines.push(`  base: ${baseText(oldBase)} → ${baseText(newBase)}`);
        for (const item of platform.changed) {
            const architecture = item.oldArchitecture !== undefined
                ? `${shown(item.oldArchitecture, ARCHITECTURE)} → ${shown(item.architecture, ARCHITECTURE)}`
                : shown(item.architecture, ARCHITECTURE);
            lines.push(`  ~ ${shown(item.name, PACKAGE_NAME)} ${item.old} → ${item.new} (${architecture})`);
        }
        for (const item of platform.added)
            lines.push(`  + ${packageText(item)}`);
        for (const item of platform.removed)
            lines.push(`  - ${packageText(item)}`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/cli/src/key-file.ts
/**
 * The `--key` file of `sign` and `verify`. Every way it can be unusable — missing, a directory,
 * unreadable, too large, not a key of the right kind, the wrong password — is a KeyError whose one
 * line names the file, as the actions name their `key` input; none of them is a bug.
 */


/** Far more than any PEM key or certificate chain; a larger file is not a key (or is /dev/zero). */
const MAX_KEY_FILE_BYTES = 1024 * 1024;
const FS_PROBLEMS = {
    ENOENT: "no such file",
    EISDIR: "it is a directory",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ENOTDIR: "a part of the path is not a directory",
    ELOOP: "too many symbolic links",
    ENAMETOOLONG: "the path is too long",
};
/** Read the key file as text; bounded, so a device or a huge file cannot hang or exhaust the CLI. */
async function readKeyFile(path) {
    try {
        const handle = await (0,promises_.open)(path, "r");
        try {
            if ((await handle.stat()).isDirectory())
                throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
            const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
            let length = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length > MAX_KEY_FILE_BYTES)
                    throw new sigstore_src/* KeyError */.eN(`key file ${path}: larger than ${MAX_KEY_FILE_BYTES} bytes, not a key`);
            }
            return buffer.subarray(0, length).toString("utf8");
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof sigstore_src/* KeyError */.eN)
            throw error;
        const code = error.code;
        const problem = (code && FS_PROBLEMS[code]) ?? error.message;
        throw new sigstore_src/* KeyError */.eN(`cannot read the key file ${path}: ${problem}${code ? ` (${code})` : ""}`);
    }
}
/** Read `path` and turn its PEM into a key with `load`; a KeyError of `load` is said of the file. */
async function loadKeyFile(path, load) {
    const pem = await readKeyFile(path);
    try {
        return load(pem);
    }
    catch (error) {
        if (error instanceof sigstore_src/* KeyError */.eN)
            throw new sigstore_src/* KeyError */.eN(`key file ${path}: ${error.message}`, { cause: error });
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/lock-from-image.ts
/**
 * `image-actions lock --from-image REF [--platform os/arch] [-o lock.json]`: the lock an image was
 * built from, as the image carries it (build's lock-referrer.ts), byte for byte — to rebuild it
 * (`build --lock`, or build-distroless's `lockfile`), or to read what it installed. The build
 * package (and the Debian one with it) is loaded only by this command.
 */


async function lockFromImageCommand(values, args, clients, print, usage) {
    const from = values["from-image"];
    if (!from)
        throw usage("lock --from-image needs an image reference");
    if (args.length > 0)
        throw usage("lock --from-image takes no packages: the image's lock names them");
    if ((values.platform ?? []).length > 1)
        throw usage("lock --from-image takes at most one --platform");
    const reference = (0,src/* parseReference */.F2)(from);
    const platform = values.platform?.[0] ? (0,src/* parsePlatform */.FL)(values.platform[0]) : undefined;
    const { readImageLock } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(118), __webpack_require__.e(642), __webpack_require__.e(925), __webpack_require__.e(305), __webpack_require__.e(897), __webpack_require__.e(924), __webpack_require__.e(228)]).then(__webpack_require__.bind(__webpack_require__, 37228));
    const lock = await readImageLock(clients, reference, platform ? { platform } : {});
    if (values.output) {
        await (0,promises_.writeFile)(values.output, lock.bytes);
        console.error(`wrote ${values.output} (${lock.digest}, from ${lock.referrers.join(", ")})`);
    }
    else
        print(lock.bytes.toString("utf8").trimEnd());
    return 0;
}

// EXTERNAL MODULE: ./packages/cli/src/scan-diff-error.ts
var scan_diff_error = __webpack_require__(13154);
;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/**
 * `image-actions`: the OCI client on the command line, so a release engineer can try a copy or a
 * promotion from a laptop, with the same auth and errors as the actions.
 *
 *   image-actions copy <source> <destination>... [--platform P]... [--referrers all|none|KIND,...]
 *                      [--concurrency N] [--dry-run] [--json]
 *   image-actions digest <ref>
 *   image-actions inspect <ref>
 *   image-actions diff <old-ref> <new-ref> [--platform os/arch]... [--scan] [--json]
 *   image-actions lock --from-image <ref> [--platform os/arch] [-o lock.json]
 *
 * Every command takes `--token-realm REGISTRY=URL` (repeatable): the token realm of a registry
 * that is not in the built-in table of well-known ones, so that its first request carries a token.
 */


// Only the error classes: the rest of the Debian package loads with its commands.








const USAGE = `usage:
  image-actions copy <source> <destination>... [--platform os/arch[/variant]]... [--referrers all|none|${src/* REFERRER_KINDS */.gs.join(",")}] [--concurrency N] [--dry-run] [--json]
  image-actions digest <ref>
  image-actions inspect <ref>
  image-actions diff <old-ref> <new-ref> [--platform os/arch]... [--json]   (base and Debian packages, per platform)
                     [--scan [--trivy-path FILE] [--db-repository REF]... [--cache-dir DIR]]   (and the CVE delta, one trivy DB for both)
  image-actions sign --key <cosign.key> <ref>...      [--format legacy|bundle]  (password from COSIGN_PASSWORD)
  image-actions verify --key <cosign.pub> <ref>...    (keyed; legacy and bundle signatures; no transparency log)
  image-actions lock --base <image> [--source 'URL SUITE… [components: …]']... [--keyring FILE] [--platform os/arch]... [--deb FILE]... PACKAGE[=VERSION]... [-o lock.json]
  image-actions lock --update OLD.json --base <image> [--source 'URL SUITE…']... [--keyring FILE] [--platform os/arch]... [--deb FILE]... [-o NEW.json] [--json]
                     (both: [--snapshot-time TIME] fills {snapshot} in a source URL; today 00:00 UTC without it)
  image-actions lock --from-image <ref> [--platform os/arch] [-o lock.json]  (the lock the image was built from)
  image-actions debs --lock lock.json --platform os/arch -o DIR
  every command: [--token-realm REGISTRY=URL]...   (the registry's token realm, with ?service=… if it names one: its first request then carries a token)
  image-actions build --base <image@sha256:…> [--source …]... [--platform os/arch]... [--deb FILE]... [--lock lock.json] [--entrypoint JSON] (--tag REF... | -o DIR) PACKAGE[=VERSION]...`;
class UsageError extends Error {
}
function parseReferrerKinds(text) {
    if (text === "all")
        return [...src/* REFERRER_KINDS */.gs];
    if (text === "none" || text === "")
        return [];
    const kinds = text.split(",").map((kind) => kind.trim());
    for (const kind of kinds) {
        if (!src/* REFERRER_KINDS */.gs.includes(kind)) {
            throw new UsageError(`--referrers: '${kind}' is not one of all, none, ${src/* REFERRER_KINDS */.gs.join(", ")}`);
        }
    }
    return kinds;
}
/**
 * The realms the command line names (`REGISTRY=URL`), each for exactly that registry, before the
 * built-in table. The URL is the realm as the registry's challenge names it; a `service` goes in
 * its query (the token request keeps the realm's query).
 */
function parseTokenRealms(values) {
    const entries = {};
    for (const value of values) {
        const equals = value.indexOf("=");
        const registry = value.slice(0, equals);
        const realm = value.slice(equals + 1);
        let url;
        try {
            url = new URL(realm);
        }
        catch { }
        if (equals <= 0 || /[\s/]/.test(registry) || !url || (url.protocol !== "https:" && url.protocol !== "http:"))
            throw new UsageError(`--token-realm: '${value}' is not REGISTRY=URL (an http or https URL)`);
        entries[registry] = { realm, challengesAnonymous: true };
    }
    const given = (0,src/* realmTable */.wr)(entries);
    return (registry) => given(registry) ?? (0,src/* WELL_KNOWN_REALMS */.co)(registry);
}
function formatCopyReport(report) {
    const lines = [`${report.source} → ${report.digest} (${report.mediaType})`];
    for (const destination of report.destinations) {
        const detail = `${destination.manifests.copied} manifests, ${destination.blobs.copied} blobs copied (${destination.bytes} bytes), ${destination.blobs.mounted} mounted, ${destination.blobs.skipped} present; ${destination.requests} requests, ${destination.retries} retries`;
        lines.push(`  ${destination.destination}: ${destination.status}${destination.error ? `: ${destination.error}` : ` — ${detail}`}`);
    }
    if (report.excludedReferrers.length > 0)
        lines.push(`  left behind: ${report.excludedReferrers.map((item) => `${item.kind} ${item.tag ?? item.digest}`).join(", ")}`);
    return lines.join("\n");
}
/**
 * Everything the CLI prints may quote a registry (an error, a manifest): in a workflow's `run:` step
 * no such line may start a workflow command.
 */
function print(text) {
    console.log((0,workflow_commands.neutraliseWorkflowCommands)(text));
}
/**
 * JSON cannot start a line with `::`, but a string in it may hold the legacy `##[command]` form: its
 * bracket is written as the JSON escape \u005b, so the data parses the same and means nothing to the
 * runner.
 */
function printJson(value) {
    console.log(JSON.stringify(value, null, 2).replace(/##\[/g, "##\\u005b"));
}
async function main(argv, env) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            platform: { type: "string", multiple: true },
            referrers: { type: "string", default: "all" },
            // Four transfers at once, as crane does: measured on loopback, more only adds contention.
            concurrency: { type: "string", default: "4" },
            "dry-run": { type: "boolean", default: false },
            json: { type: "boolean", default: false },
            key: { type: "string" },
            format: { type: "string", default: "legacy" },
            base: { type: "string" },
            source: { type: "string", multiple: true },
            keyring: { type: "string" },
            deb: { type: "string", multiple: true },
            lock: { type: "string" },
            "from-image": { type: "string" },
            scan: { type: "boolean" },
            "trivy-path": { type: "string" },
            "db-repository": { type: "string", multiple: true },
            "cache-dir": { type: "string" },
            "snapshot-time": { type: "string" },
            update: { type: "string" },
            output: { type: "string", short: "o" },
            tag: { type: "string", multiple: true },
            entrypoint: { type: "string" },
            "token-realm": { type: "string", multiple: true },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    const [command, ...args] = positionals;
    if (values.help || !command) {
        console.log(USAGE);
        return command || values.help ? 0 : 1;
    }
    const clients = new src/* RegistryClients */.aT({
        env,
        onSecret: src/* ignoreSecrets */.KA,
        knownRealms: parseTokenRealms(values["token-realm"] ?? []),
    });
    try {
        switch (command) {
            case "copy": {
                const [source, ...destinations] = args;
                if (!source || destinations.length === 0)
                    throw new UsageError("copy needs a source and at least one destination");
                const concurrency = Number(values.concurrency);
                if (!Number.isInteger(concurrency) || concurrency < 1)
                    throw new UsageError(`--concurrency: '${values.concurrency}' is not a positive whole number`);
                const report = await (0,src/* copyImage */.L1)(clients, (0,src/* parseReference */.F2)(source), destinations.map(src/* parseReference */.F2), {
                    platforms: (values.platform ?? []).map(src/* parsePlatform */.FL),
                    referrerKinds: parseReferrerKinds(values.referrers),
                    concurrency,
                    dryRun: values["dry-run"],
                });
                if (values.json)
                    printJson(report);
                else
                    print(formatCopyReport(report));
                return report.destinations.some((destination) => destination.status === "failed") ? 1 : 0;
            }
            case "digest":
            case "inspect": {
                if (args.length !== 1)
                    throw new UsageError(`${command} takes one image reference`);
                const reference = (0,src/* parseReference */.F2)(args[0]);
                const manifest = await clients
                    .for(reference.registry)
                    .getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
                if (command === "digest")
                    print(manifest.digest);
                else {
                    const body = JSON.parse(manifest.bytes.toString("utf8"));
                    printJson({
                        reference: (0,src/* formatReference */.FH)(reference),
                        digest: manifest.digest,
                        mediaType: manifest.mediaType,
                        size: manifest.bytes.length,
                        manifest: body,
                    });
                }
                return 0;
            }
            case "sign":
            case "verify": {
                if (!values.key)
                    throw new UsageError(`${command} needs --key`);
                if (args.length === 0)
                    throw new UsageError(`${command} needs at least one image reference`);
                const references = args.map(src/* parseReference */.F2);
                const keyFile = values.key;
                const format = values.format === "bundle" ? "bundle" : "legacy";
                if (values.format !== "legacy" && values.format !== "bundle")
                    throw new UsageError(`--format: '${values.format}' is not legacy or bundle`);
                if (command === "sign") {
                    const key = await loadKeyFile(keyFile, (pem) => (0,sigstore_src/* loadSigningKey */.fm)(pem, env.COSIGN_PASSWORD));
                    const signed = await (0,sigstore_src/* signImages */.U_)(clients, references, (0,sigstore_src/* localSigner */.M)(key), {
                        recursive: false,
                        formats: [format],
                    });
                    for (const item of signed)
                        print(`${item.image}: ${item.outcome === "written" ? "signed" : "already signed"} (${item.storedAt})`);
                    return 0;
                }
                const key = await loadKeyFile(keyFile, sigstore_src/* loadVerificationKey */.LX);
                const results = await (0,sigstore_src/* mapLimited */.bB)(references, 8, async (reference) => {
                    try {
                        const verified = await (0,sigstore_src/* verifyImageWithKey */.Mf)(clients, reference, key, { ignoreTlog: true });
                        return { ok: true, line: `${verified.image}: verified (${verified.signatures.length} signatures)` };
                    }
                    catch (error) {
                        if (!(error instanceof sigstore_src/* SigstoreError */.Fd || error instanceof src/* OciError */.Mf))
                            throw error;
                        return { ok: false, line: `${(0,src/* formatReference */.FH)(reference)}: NOT verified: ${error.message}` };
                    }
                });
                for (const { line } of results)
                    print(line);
                return results.every(({ ok }) => ok) ? 0 : 1;
            }
            case "lock":
                if (values["from-image"] !== undefined)
                    return await lockFromImageCommand(values, args, clients, print, (problem) => new UsageError(problem));
                return await lockCommand(values, args, clients, env, print, (problem) => new UsageError(problem), (value) => printJson(value));
            case "diff":
                return await diffCommand(values, args, clients, print, printJson, (problem) => new UsageError(problem), env);
            case "debs":
                return await debsCommand(values, env, print, (problem) => new UsageError(problem));
            case "build":
                return await buildCommand(values, args, clients, env, print, (problem) => new UsageError(problem));
            default:
                throw new UsageError(`unknown command '${command}'`);
        }
    }
    finally {
        await clients.close();
    }
}
/**
 * User errors, registry errors and signing errors (a key file, a password, a failed check) are one
 * line; anything else is a bug and keeps its stack.
 */
function describeFailure(error) {
    if (error instanceof UsageError)
        return `image-actions: ${error.message}\n${USAGE}`;
    if (error instanceof src/* OciError */.Mf ||
        error instanceof src/* InvalidInputError */.oC ||
        error instanceof sigstore_src/* SigstoreError */.Fd ||
        error instanceof KeyringFileError ||
        error instanceof errors/* DebianError */.c4 ||
        error instanceof scan_diff_error/* ScanDiffError */.r)
        return `image-actions: ${error.message.replace(/\s*\n\s*/g, " ")}`;
    if (error instanceof TypeError && error.code?.startsWith("ERR_PARSE_ARGS"))
        return `image-actions: ${error.message}\n${USAGE}`;
    return `image-actions: unexpected error (a bug; please report it): ${error.stack ?? String(error)}`;
}


/***/ }),

/***/ 13154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ScanDiffError)
/* harmony export */ });
/**
 * `diff --scan` could not scan (a refused trivy, an unreachable DB, a report trivy garbled): one
 * line, no stack. Apart from scan-diff.ts so the CLI's error printer does not load the scan package.
 */
class ScanDiffError extends Error {
    name = "ScanDiffError";
}


/***/ }),

/***/ 5543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ defaultDebianCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where verified indexes and .debs are kept between runs: the runner's tool cache (so actions/cache
 * or a self-hosted runner keeps them), else the user's cache directory. The environment is passed
 * in: this package reads none of its own accord.
 */


function defaultDebianCacheDir(env) {
    if (env.RUNNER_TOOL_CACHE)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TOOL_CACHE, "image-actions", "debian");
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), ".cache"), "image-actions", "debian");
}


/***/ }),

/***/ 47476:
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

/***/ 47794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p_: () => (/* reexport */ ConcurrentUpdateError),
  $v: () => (/* reexport */ EMPTY_CONFIG),
  oC: () => (/* reexport */ InvalidInputError),
  Vt: () => (/* reexport */ OCI_EMPTY_CONFIG),
  $p: () => (/* reexport */ OCI_INDEX),
  EG: () => (/* reexport */ OCI_MANIFEST),
  Mf: () => (/* reexport */ errors_OciError),
  HC: () => (/* reexport */ OciLayoutWriter),
  gs: () => (/* reexport */ REFERRER_KINDS),
  aT: () => (/* reexport */ RegistryClients),
  gl: () => (/* reexport */ RegistryError),
  oK: () => (/* reexport */ Transport),
  co: () => (/* reexport */ WELL_KNOWN_REALMS),
  qk: () => (/* reexport */ classifyReferrer),
  Ko: () => (/* reexport */ configPlatform),
  L1: () => (/* reexport */ copyImage),
  ol: () => (/* reexport */ digestOf),
  Bq: () => (/* reexport */ reference_formatPlatform),
  FH: () => (/* reexport */ reference_formatReference),
  KA: () => (/* reexport */ ignoreSecrets),
  $$: () => (/* reexport */ isIndexMediaType),
  i_: () => (/* reexport */ isIndexReferrerRefusal),
  F1: () => (/* reexport */ jsonSyntaxProblem),
  w_: () => (/* reexport */ legacyTag),
  Tn: () => (/* reexport */ manifestReference),
  TN: () => (/* reexport */ oneLine),
  m: () => (/* reexport */ parseDigest),
  Ng: () => (/* reexport */ parseManifest),
  FL: () => (/* reexport */ parsePlatform),
  F2: () => (/* reexport */ parseReference),
  J5: () => (/* reexport */ platformMatches),
  cl: () => (/* reexport */ quoteValue),
  g8: () => (/* reexport */ readMergeWrite),
  wr: () => (/* reexport */ realmTable),
  aR: () => (/* reexport */ repositoryName),
  hQ: () => (/* reexport */ withDigest)
});

// UNUSED EXPORTS: AuthError, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, DigestMismatchError, DigestVerifier, DockerConfigCredentials, EcrCredentials, HostLimiter, IMAGE_MEDIA_TYPES, INDEX_MEDIA_TYPES, INDEX_REFERRER_ISSUE, MANIFEST_ACCEPT, MAX_SCOPES_PER_TOKEN, RatePacer, RegistryClient, TagMoveError, apiHost, auditCopies, backoffDelay, checkDestinationTags, dockerConfigPath, ecrAccount, ecrPacers, ecrPublicRepositoryName, ecrRegion, ensureEcrRepository, firstOf, indexReferrerLimit, isEcrRegistry, isLoopbackRegistry, isLowPullRate, isManifestMediaType, isMutableTag, leftBehindWarning, loadDockerConfig, noKnownRealms, parseChallenge, parseRetryAfter, pullRateOf, referrersTag, staticCredentials, tagGlob, verifyContent, writeReleaseTag

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
class RegistryError extends errors_OciError {
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
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
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
function digestOf(data, algorithm = "sha256") {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest("hex")}`;
}
/** Throws unless `data` is exactly the content `digest` (and `size`, when given) names. */
function verifyContent(data, digest, size) {
    if (size !== undefined && data.length !== size) {
        throw new DigestMismatchError(digest, `expected ${size} bytes, got ${data.length}`);
    }
    const actual = digestOf(data, algorithmOf(digest));
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


const DOCKER_HUB = "docker.io";
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
    let registry = DOCKER_HUB;
    let repository = rest;
    if (firstSlash >= 0 && looksLikeRegistry(rest.slice(0, firstSlash))) {
        registry = rest.slice(0, firstSlash);
        repository = rest.slice(firstSlash + 1);
        validateRegistry(text, registry);
        registry = registry.toLowerCase();
    }
    if (registry === "index.docker.io" || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes("/"))
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
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
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
function manifestReference(reference) {
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
function platformMatches(entry, wanted) {
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
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
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
function isRetryableError(error) {
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
const sleep = (ms) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

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
                if (attempt < retries && isRetryableError(error)) {
                    this.countRetry(request);
                    await sleep(backoffDelay(attempt, this.backoff));
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
                await sleep(retryAfter ?? backoffDelay(attempt, this.backoff));
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
var promises_ = __webpack_require__(71553);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
                const { ECRPUBLICClient, GetAuthorizationTokenCommand: GetPublicAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 29821, 19));
                const client = new ECRPUBLICClient({ ...this.sdkConfig(), region: "us-east-1" });
                const response = await client.send(new GetPublicAuthorizationTokenCommand({}));
                token = response.authorizationData?.authorizationToken;
                expiresAt = response.authorizationData?.expiresAt;
            }
            else {
                const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 28249, 19));
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

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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
    return new RegistryError(operation, response.status, details);
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
                if (++resumes > 5 || !isRetryableError(error) || state.received >= descriptor.size)
                    throw error;
                if (stats)
                    stats.retries++;
                await sleep(200 * resumes);
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
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isManifestMediaType(mediaType) {
    return isIndexMediaType(mediaType) || IMAGE_MEDIA_TYPES.includes(mediaType);
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
const MAX_INDEX_NESTING = 4;
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
function parseManifest(bytes, digest, headerMediaType) {
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
    const index = isIndexMediaType(mediaType);
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
    return error instanceof RegistryError && (error.has("MANIFEST_BLOB_UNKNOWN") || error.has("DIGEST_INVALID"));
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
        return parseManifest(manifest.bytes, manifest.digest, manifest.mediaType);
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
            if (attempt < MANIFEST_READ_ATTEMPTS && isRetryableError(error)) {
                if (stats)
                    stats.retries++;
                await sleep(200 * attempt);
                continue;
            }
            throw new errors_OciError(`${operation}: ${error.message} (manifests are limited to 4 MiB)`, {
                cause: error,
            });
        }
        const digest = verifyManifestDigest(bytes, reference, headerValue(response.headers, "docker-content-digest"));
        try {
            return parseManifest(bytes, digest, headerValue(response.headers, "content-type"));
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
        const actual = digestOf(bytes, reference.slice(0, reference.indexOf(":")));
        if (actual !== reference)
            throw new errors_DigestMismatchError(reference, `the manifest bytes hash to ${actual}`);
        return reference;
    }
    const actual = digestOf(bytes);
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
                await putManifest(context, repository, tag, { bytes, digest: digestOf(bytes), mediaType: OCI_INDEX }, stats);
            }
            catch (error) {
                // A registry that reads `sha256-<hex>` as the digest `sha256:<hex>` refuses the index there
                // as not hashing to that digest (GitLab: unconfirmed, see test/support/registry-personalities.ts).
                if (!(error instanceof RegistryError) || error.status !== 400)
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
        if (error instanceof RegistryError && error.status === 404)
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
function metersPulls(registry) {
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
        this.wait = clock.sleep ?? sleep;
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

const REFERRER_KINDS = ["signature", "attestation", "sbom", "other"];
const SIGSTORE_BUNDLE = "application/vnd.dev.sigstore.bundle";
const BUNDLE_PREDICATE_ANNOTATION = "dev.sigstore.bundle.predicateType";
const COSIGN_SIGN_PREDICATE = "https://sigstore.dev/cosign/sign/v1";
/** cosign's legacy tags: `sha256-<hex>.sig`, `.att`, `.sbom`. */
const LEGACY_TAG_KINDS = { sig: "signature", att: "attestation", sbom: "sbom" };
function legacyTag(digest, suffix) {
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
function listedReferrerKind(descriptor) {
    return kindOfType(descriptor.artifactType, descriptor.annotations);
}
/**
 * The kind of a referrer manifest, by what it says of itself: its artifactType, else its config
 * media type (cosign's OCI 1.1 referrer mode and older ORAS artifacts type the config), else its
 * layers' media types (a bundle, a DSSE envelope, a simple-signing payload, an SPDX document); then
 * the listing's kind if that was conclusive; `other` when nothing names a kind. An index's entries
 * are not looked into: an index is a referrer only by its own artifactType.
 */
function classifyReferrerManifest(manifest, listing) {
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
    return (listing && listedReferrerKind(listing)) ?? "other";
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
            throw new errors_OciError(`${source.registry}/${repository}: index ${manifest.digest} is nested more than ${MAX_INDEX_NESTING} indexes deep; refusing to walk further`);
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
        throw new errors_OciError(`the source index has no ${missing.map(reference_formatPlatform).join(", ")} (it has ${root.manifests.map((child) => (child.platform ? reference_formatPlatform(child.platform) : "?")).join(", ")})`);
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
function isIndexReferrerRefusal(error, subject) {
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
class TagMoveError extends errors_OciError {
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
function isMutableTag(tag, mutableTags) {
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
    const refused = checks.filter((check) => check.state === "moves" && !isMutableTag(check.tag, mutableTags));
    if (refused.length > 0)
        throw new TagMoveError(`refusing to move release tags (nothing was written): ${refused
            .map((check) => `${check.destination} holds ${check.existing}, not ${digest}`)
            .join("; ")}; list a tag in mutable-tags only if it is meant to move`);
    return checks;
}
async function lookAtTag(client, destination, digest) {
    const tag = destination.tag;
    const name = reference_formatReference(destination);
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
async function writeReleaseTag(client, destination, root, options) {
    const tag = destination.tag;
    const name = reference_formatReference(destination);
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

async function copyBlobToTargets(source, blob, targets) {
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
            const branch = new external_node_stream_.PassThrough({ highWaterMark: 1024 * 1024 });
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
    const graph = await source_graph_collectSource(sourceClient, source, {
        ...(options.platforms ? { platforms: options.platforms } : {}),
        referrerKinds: options.referrerKinds ?? [],
        stats: sourceStats,
        ...(knownRoot ? { root: knownRoot } : {}),
    });
    const report = {
        source: reference_formatReference(source),
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
            const known = tagDigests.get(reference_formatReference(target.reference));
            target.plan = await plan_planDestination(target.client, target.reference, graph, known !== undefined ? { knownTagDigest: known } : {});
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
                tagDigests.set(reference_formatReference(destination), answer?.digest ?? null);
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
            source: reference_formatReference(source),
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
        destination: reference_formatReference(reference),
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
const SMALL_BLOB_BYTES = 1024 * 1024;
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
    const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 28249, 19));
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
    const { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRPUBLICClient } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(821)]).then(__webpack_require__.t.bind(__webpack_require__, 29821, 19));
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
var external_node_fs_ = __webpack_require__(73024);
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






























/***/ }),

/***/ 95319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eN: () => (/* reexport */ errors_KeyError),
  Fd: () => (/* reexport */ errors_SigstoreError),
  fm: () => (/* reexport */ loadSigningKey),
  LX: () => (/* reexport */ loadVerificationKey),
  M: () => (/* reexport */ localSigner),
  bB: () => (/* reexport */ images_mapLimited),
  cB: () => (/* reexport */ publicGoodTrustedRoot),
  U_: () => (/* reexport */ signImages),
  di: () => (/* reexport */ trusted_root_trustMaterialOf),
  dJ: () => (/* reexport */ verifyBlobKeyless),
  Mf: () => (/* reexport */ verifyImageWithKey)
});

// UNUSED EXPORTS: BUNDLE_MEDIA_TYPE, CERTIFICATE_ANNOTATION, CHAIN_ANNOTATION, COSIGN_PREDICATE_TYPES, CYCLONEDX_PREDICATE, DISTROLESS_POLICY, ENCRYPTED_KEY_LABELS, OPENVEX_PREDICATE, PUBLIC_GOOD_FULCIO, PUBLIC_GOOD_REKOR, SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE, SIMPLE_SIGNING_TYPE, SLSA_PROVENANCE_V1_PREDICATE, SPDX_PREDICATE, VerificationError, attestImages, attestImagesLogged, attestPredicate, attestationStatement, awsKmsSigner, awsKmsVerificationKey, buildKeyedBundle, bundleToLegacyAnnotations, checkIdentity, checkSimpleSigning, decryptCosignKey, describeMatch, keyHint, keyedSigstoreSigner, keylessSigning, legacyLayerToBundle, legacyStandInWarning, pae, parseAwsKmsUri, parsePem, parseTrustedRoot, predicateOf, publicKeyPem, readBundles, readLegacySignatures, readSourceAttestations, readTrustedRoot, requireAttestations, requireLegacySignature, resolveKeySource, resolvePredicateType, sbomPredicateType, signBytes, signImageLegacy, signImagesKeyless, signImagesLogged, signStatement, simpleSigningPayload, unverifiedAttestationsWarning, verifyBundle, verifyBundleKeyless, verifyBytes, verifyImageKeyless, verifyImageLegacy, verifyLegacyKeyless, writeBundleSignature, writeLegacySignature

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 40 modules
var src = __webpack_require__(47794);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./packages/sigstore/src/errors.ts
/** Errors of signing and verification: the caller's to fix (a key, a password) or a failed check. */
class errors_SigstoreError extends Error {
    name = "SigstoreError";
}
/** Key material that cannot be used: malformed, unsupported, or the wrong password. */
class errors_KeyError extends errors_SigstoreError {
    name = "KeyError";
}
/** A signature that does not verify; `reason` says which check failed. Verification fails closed. */
class errors_VerificationError extends errors_SigstoreError {
    name = "VerificationError";
}
/** Nothing verified: why each stored signature was rejected, or that there are none. */
function errors_noSignatureVerified(what, rejected) {
    return new errors_VerificationError(`${what}: ${rejected.length === 0 ? "no signatures are stored for it" : rejected.join("; ")}`);
}

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
const MAX_BUNDLE_BYTES = 1024 * 1024;
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
        if (error instanceof src/* RegistryError */.gl && error.status === 404)
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
        if (error instanceof src/* RegistryError */.gl && error.status === 404)
            return undefined;
        throw error;
    }
}
/**
 * List the pushed bundle referrer `ours` of `subject`: in the fallback index where the registry
 * has no referrers API, and, given `equivalent`, converged to one referrer per equivalent bundle.
 * Returns the referrer that holds it at rest: ours ("written") or an equivalent one ("exists").
 */
async function listBundleReferrer(client, repository, subject, ours, equivalent) {
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
        if (!(error instanceof src/* ConcurrentUpdateError */.p_))
            throw error;
        throw new errors_SigstoreError(`cannot list the bundle ${ours.digest}: ${error.message}`, { cause: error });
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
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./packages/sigstore/src/keyless/public-good-root.ts
// Generated by scripts/update-trusted-root.ts from the TUF seeds of the pinned @sigstore/tuf; do not edit.
const PUBLIC_GOOD_TRUSTED_ROOT = {
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
function publicGoodTrustedRoot() {
    return { name: "Sigstore public-good", root: protobuf_specs_dist.TrustedRoot.fromJSON(PUBLIC_GOOD_TRUSTED_ROOT) };
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
async function readTrustedRoot(path) {
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
    return (0,verify_dist/* toTrustMaterial */.jO)(source.root, keys);
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyed-log.ts



/** Verify `bundle`'s log entry for `key`; returns the log index that vouches for the signature. */
function keyed_log_verifyKeyedLogEntry(bundle, key, root, artifact, where) {
    const trust = trusted_root_trustMaterialOf(root, () => ({ publicKey: key.publicKey, validFor: () => true }));
    try {
        new verify_dist/* Verifier */.BL(trust).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, artifact));
    }
    catch (error) {
        const code = error.code;
        throw new errors_VerificationError(`${where}: its transparency-log entry does not verify against ${root.name}: ${error.message}${code ? ` (${code})` : ""}`);
    }
    return bundle.verificationMaterial.tlogEntries[0]?.logIndex ?? "";
}

;// CONCATENATED MODULE: ./packages/sigstore/src/signature.ts
/**
 * Raw signatures as cosign makes them: ECDSA over SHA-256 in ASN.1 DER, RSA PKCS#1 v1.5 over
 * SHA-256, Ed25519 over the message itself. Pure functions over bytes and keys.
 */

function signBytes(key, message) {
    return (0,external_node_crypto_.sign)(key.algorithm === "ed25519" ? null : "sha256", message, key.privateKey);
}
function signature_verifyBytes(key, message, signature) {
    try {
        return (0,external_node_crypto_.verify)(key.algorithm === "ed25519" ? null : "sha256", message, key.publicKey, signature);
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
    return (0,external_node_crypto_.createHash)("sha256")
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
        throw new errors_VerificationError(`${referrer}: the bundle is not JSON`);
    }
    if (!bundle.mediaType?.startsWith("application/vnd.dev.sigstore.bundle"))
        throw new errors_VerificationError(`${referrer}: not a Sigstore bundle`);
    const envelope = bundle.dsseEnvelope;
    if (!envelope?.payload || envelope.payloadType !== bundle_IN_TOTO_PAYLOAD_TYPE)
        throw new errors_VerificationError(`${referrer}: no in-toto DSSE envelope in the bundle`);
    const payload = Buffer.from(envelope.payload, "base64");
    const verifies = (envelope.signatures ?? []).some((signature) => signature.sig &&
        signature_verifyBytes(key, bundle_pae(envelope.payloadType, payload), Buffer.from(signature.sig, "base64")));
    if (!verifies)
        throw new errors_VerificationError(`${referrer}: the signature does not verify with this key`);
    checkStatement(payload);
    const tlogEntry = (bundle.verificationMaterial?.tlogEntries ?? []).length > 0;
    if (!tlogEntry || !log)
        return { format: "bundle", digest, referrer, tlogEntry };
    let parsed;
    try {
        parsed = (0,dist.bundleFromJSON)(bundle);
    }
    catch (error) {
        throw new errors_VerificationError(`${referrer}: its transparency-log entry is malformed: ${error.message}`);
    }
    return {
        format: "bundle",
        digest,
        referrer,
        tlogEntry,
        logIndex: keyed_log_verifyKeyedLogEntry(parsed, key, log, undefined, referrer),
    };
}
/** Check that a signed in-toto statement is cosign's signature predicate over `digest`. */
function bundle_checkSignStatement(payload, digest, referrer) {
    let statement;
    try {
        statement = JSON.parse(payload.toString("utf8"));
    }
    catch {
        throw new errors_VerificationError(`${referrer}: the signed statement is not JSON`);
    }
    if (statement.predicateType !== bundle_COSIGN_SIGN_PREDICATE)
        throw new errors_VerificationError(`${referrer}: predicate ${statement.predicateType} is not a cosign signature`);
    const [algorithm, hex] = digest.split(":");
    const subjects = (statement.subject ?? []).map((subject) => subject.digest?.[algorithm]);
    if (!subjects.includes(hex))
        throw new errors_VerificationError(`${referrer}: the signature is for ${subjects.map((item) => `${algorithm}:${item}`).join(", ")}, not ${digest}`);
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
    return (envelope.signatures ?? []).some((signature) => signature.sig && signature_verifyBytes(key, bundle_pae(bundle_IN_TOTO_PAYLOAD_TYPE, statement), Buffer.from(signature.sig, "base64")));
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
    for (const existing of await bundle_referrers_readBundles(client, repository, digest)) {
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
    const layer = { mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: (0,src/* digestOf */.ol)(bundle) };
    const config = { mediaType: src/* OCI_EMPTY_CONFIG */.Vt, size: src/* EMPTY_CONFIG */.$v.length, digest: (0,src/* digestOf */.ol)(src/* EMPTY_CONFIG */.$v) };
    await Promise.all([
        client.uploadBlob(repository, layer, () => bundle),
        client.uploadBlob(repository, config, () => src/* EMPTY_CONFIG */.$v),
    ]);
    const annotations = {
        "dev.sigstore.bundle.content": "dsse-envelope",
        "dev.sigstore.bundle.predicateType": predicateType,
        "org.opencontainers.image.created": options.created.toISOString().replace(/\.\d{3}Z$/, "Z"),
    };
    const bytes = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: src/* OCI_MANIFEST */.EG,
        config: { ...config, artifactType: BUNDLE_MEDIA_TYPE },
        layers: [layer],
        annotations,
        subject: { mediaType: options.subject.mediaType, size: options.subject.size, digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    }));
    const manifest = (0,src/* parseManifest */.Ng)(bytes, (0,src/* digestOf */.ol)(bytes), src/* OCI_MANIFEST */.EG);
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
    const layers = await readLegacyLayers(client, repository, (0,src/* legacyTag */.w_)(digest, "sig"));
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
        if (error instanceof src/* RegistryError */.gl && error.status === 404)
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
    const tag = (0,src/* legacyTag */.w_)(digest, suffix);
    const layer = {
        mediaType: add.mediaType,
        size: add.data.length,
        digest: (0,src/* digestOf */.ol)(add.data),
        annotations: add.annotations,
    };
    // The layer before reading, so that from our read to our write only the small config goes up:
    // the shorter that span, the less often concurrent signers overwrite each other. (An unused
    // upload, when the signature turns out to be there already, is left for the registry's GC.)
    // Most often missing (a new signature over a new digest): the session opens beside the HEAD.
    await client.uploadBlob(repository, layer, () => add.data, { startAlongsideCheck: true });
    try {
        const outcome = await (0,src/* readMergeWrite */.g8)(`${client.registry}/${repository}:${tag}`, {
            read: () => readLegacyImage(client, repository, tag),
            holds: async (image) => (image?.layers ?? []).some((item) => sameLayer(item, layer)) || holdsEquivalent(image?.layers ?? []),
            write: (image) => putLegacyImage(client, repository, tag, [...(image?.layers ?? []), layer], image?.digest),
        });
        return { outcome, tag };
    }
    catch (error) {
        if (error instanceof src/* ConcurrentUpdateError */.p_)
            throw new errors_SigstoreError(`cannot store the ${suffix === "sig" ? "signature" : "attestation"}: ${error.message}`, {
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
    const configDescriptor = { mediaType: CONFIG_MEDIA_TYPE, size: config.length, digest: (0,src/* digestOf */.ol)(config) };
    // A config listing exactly these layers is new but for a re-run's: the session opens beside the
    // HEAD, which keeps our read-to-write span (and so every concurrent signer's settle wait) short.
    await client.uploadBlob(repository, configDescriptor, () => config, { startAlongsideCheck: true });
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: src/* OCI_MANIFEST */.EG,
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
        digest: (0,src/* digestOf */.ol)(manifest),
        mediaType: src/* OCI_MANIFEST */.EG,
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
        return Buffer.from(new external_node_crypto_.X509Certificate(pem).raw);
    }
    catch {
        throw new errors_VerificationError(`the ${what} is not a PEM certificate`);
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
        throw new errors_VerificationError("no transparency-log entry (dev.sigstore.cosign/bundle) is stored with it");
    let rekor;
    try {
        rekor = JSON.parse(rekorText);
    }
    catch {
        throw new errors_VerificationError("its transparency-log entry is not JSON");
    }
    const entry = rekor.Payload;
    if (!rekor.SignedEntryTimestamp || !entry?.body || entry.integratedTime === undefined || !entry.logID)
        throw new errors_VerificationError("its transparency-log entry lacks a signed entry timestamp, body, time or log ID");
    let kind;
    try {
        kind = JSON.parse(Buffer.from(entry.body, "base64").toString("utf8"));
    }
    catch {
        throw new errors_VerificationError("its transparency-log entry body is not JSON");
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
        return (0,dist.bundleFromJSON)({
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
                            digest: (0,external_node_crypto_.createHash)("sha256").update(payload).digest("base64"),
                        },
                        signature,
                    },
                }),
        });
    }
    catch (error) {
        throw new errors_VerificationError(`its signature material is malformed: ${error.message}`);
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
function checkIdentity(policy, identity) {
    if (!matches(policy.subject, identity.subject))
        throw new errors_VerificationError(`signed by ${identity.subject || "(no subject)"}, not ${identity_policy_describeMatch(policy.subject)}`);
    if (!matches(policy.issuer, identity.issuer))
        throw new errors_VerificationError(`issuer ${identity.issuer || "(none)"} vouched for the signer, not ${identity_policy_describeMatch(policy.issuer)}`);
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
        signer = new verify_dist/* Verifier */.BL(policy.trust).verify((0,verify_dist/* toSignedEntity */.DC)(bundle, artifact));
    }
    catch (error) {
        // @sigstore/verify's messages are terse ("digest mismatch"); its code names the check.
        const code = error.code;
        throw new errors_VerificationError(`${where}: ${error.message}${code ? ` (${code})` : ""}`);
    }
    const identity = {
        subject: signer.identity?.subjectAlternativeName ?? "",
        issuer: signer.identity?.extensions?.issuer ?? "",
    };
    try {
        checkIdentity(policy.identity, identity);
    }
    catch (error) {
        throw new errors_VerificationError(`${where}: ${error.message}`);
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
        bundle = (0,dist.bundleFromJSON)(JSON.parse(bundleBytes.toString("utf8")));
    }
    catch (error) {
        throw new errors_VerificationError(`${name}: not a valid Sigstore bundle: ${error.message}`);
    }
    if (bundle.verificationMaterial.content.$case === "publicKey")
        throw new errors_VerificationError(`${name}: signed with a key, not keyless`);
    if (bundle.content.$case !== "messageSignature")
        throw new errors_VerificationError(`${name}: the bundle holds no message signature (a DSSE envelope is not a blob signature)`);
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
var nacl_fast = __webpack_require__(80668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./packages/sigstore/src/one-line.ts
/**
 * Outside text (a path, a name from a key file, a reader's error) inside a one-line error message:
 * control characters escaped — JSON escapes C0 controls but not C1 ones nor U+2028/2029, which also
 * end a line for some readers — and length bounded.
 */
function one_line_escapeForMessage(text, maxLength = 200) {
    const bounded = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
    return JSON.stringify(bounded)
        .slice(1, -1)
        .replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** escapeForMessage in quotes: single for plain text, JSON's double quotes when something was escaped. */
function quoteForMessage(text, maxLength = 200) {
    const escaped = one_line_escapeForMessage(text, maxLength);
    return escaped === text ? `'${text}'` : `"${escaped}"`;
}

;// CONCATENATED MODULE: ./packages/sigstore/src/encrypted-key.ts
/**
 * cosign's encrypted private keys: a PEM block (`ENCRYPTED SIGSTORE PRIVATE KEY`, or the older
 * `ENCRYPTED COSIGN PRIVATE KEY`) whose body is JSON — scrypt parameters and salt, a NaCl secretbox
 * nonce, and the ciphertext of the PKCS#8 DER key. The key is scrypt(password, salt) → 32 bytes.
 */




const ENCRYPTED_KEY_LABELS = ["ENCRYPTED SIGSTORE PRIVATE KEY", "ENCRYPTED COSIGN PRIVATE KEY"];
const MAX_SCRYPT_N = 2 ** 20;
/** scrypt's memory, 128·N·r bytes: four times what cosign's own keys take. */
const MAX_SCRYPT_BYTES = 256 * 1024 * 1024;
/** Decrypt the body (the base64 inside the PEM armour) to PKCS#8 DER. */
function decryptCosignKey(body, password) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString("utf8"));
    }
    catch {
        throw new errors_KeyError("the encrypted key is not cosign's JSON format");
    }
    const { kdf, cipher, ciphertext } = parsed ?? {};
    if (kdf?.name !== "scrypt" || typeof kdf.salt !== "string") {
        throw new errors_KeyError(`the encrypted key uses an unsupported key derivation ${typeof kdf?.name === "string" ? quoteForMessage(kdf.name, 64) : "none"} (expected scrypt)`);
    }
    if (cipher?.name !== "nacl/secretbox" || typeof cipher.nonce !== "string" || typeof ciphertext !== "string") {
        throw new errors_KeyError(`the encrypted key uses an unsupported cipher ${typeof cipher?.name === "string" ? quoteForMessage(cipher.name, 64) : "none"} (expected nacl/secretbox)`);
    }
    const { N, r, p } = scryptParameters(kdf.params);
    const nonce = Buffer.from(cipher.nonce, "base64");
    if (nonce.length !== (nacl_fast_default()).secretbox.nonceLength)
        throw new errors_KeyError(`the encrypted key's nonce is ${nonce.length} bytes, not ${(nacl_fast_default()).secretbox.nonceLength}`);
    // Node refuses scrypt beyond 32 MiB unless told: cosign's N=65536, r=8 is 64 MiB.
    const key = (0,external_node_crypto_.scryptSync)(Buffer.from(password, "utf8"), Buffer.from(kdf.salt, "base64"), 32, {
        N,
        r,
        p,
        maxmem: 128 * N * r + 1024 * 1024,
    });
    const opened = nacl_fast_default().secretbox.open(new Uint8Array(Buffer.from(ciphertext, "base64")), new Uint8Array(nonce), new Uint8Array(key));
    if (!opened)
        throw new errors_KeyError("wrong password for the encrypted key (or the key is damaged)");
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
        throw new errors_KeyError(`the encrypted key's scrypt parameters are unsupported (N a power of two up to ${MAX_SCRYPT_N}, r up to 32, p up to 16, at most ${MAX_SCRYPT_BYTES / 1024 / 1024} MiB)`);
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
        throw new errors_KeyError("not a PEM block (-----BEGIN …-----)");
    return { label: match[1], body: Buffer.from(match[2].replace(/\s+/g, ""), "base64") };
}
function keys_algorithmOf(key) {
    const type = key.asymmetricKeyType;
    if (type === "ec") {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve !== "prime256v1" && curve !== "P-256")
            throw new errors_KeyError(`unsupported elliptic curve '${curve}' (cosign keys are P-256)`);
        return "ecdsa-p256";
    }
    if (type === "rsa")
        return "rsa";
    if (type === "ed25519")
        return "ed25519";
    throw new errors_KeyError(`unsupported key type '${type}' (ECDSA P-256, RSA or Ed25519)`);
}
/** A private key from PEM; `password` decrypts cosign's encrypted keys (empty is a valid password). */
function loadSigningKey(pem, password) {
    const block = parsePem(pem);
    let privateKey;
    try {
        if (ENCRYPTED_KEY_LABELS.includes(block.label)) {
            if (password === undefined)
                throw new errors_KeyError("the key is encrypted: give its password (key-password or COSIGN_PASSWORD)");
            privateKey = (0,external_node_crypto_.createPrivateKey)({ key: decryptCosignKey(block.body, password), format: "der", type: "pkcs8" });
        }
        else if (block.label === "PRIVATE KEY" || block.label === "EC PRIVATE KEY" || block.label === "RSA PRIVATE KEY") {
            privateKey = (0,external_node_crypto_.createPrivateKey)(pem);
        }
        else {
            throw new errors_KeyError(`a '${block.label}' PEM block is not a private key`);
        }
    }
    catch (error) {
        if (error instanceof errors_KeyError)
            throw error;
        throw new errors_KeyError(`the private key cannot be read: ${error.message}`);
    }
    return { privateKey, publicKey: (0,external_node_crypto_.createPublicKey)(privateKey), algorithm: keys_algorithmOf(privateKey) };
}
function loadVerificationKey(pem) {
    const block = parsePem(pem);
    if (block.label !== "PUBLIC KEY" && block.label !== "RSA PUBLIC KEY") {
        throw new errors_KeyError(`a '${block.label}' PEM block is not a public key`);
    }
    let publicKey;
    try {
        publicKey = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (error) {
        throw new errors_KeyError(`the public key cannot be read: ${error.message}`);
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
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(251)]).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
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
async function awsKmsVerificationKey(uri, options = {}) {
    return (await publicKeyOf(parseAwsKmsUri(uri), options)).key;
}
async function awsKmsSigner(uri, options = {}) {
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

;// CONCATENATED MODULE: ./packages/sigstore/src/simple-signing.ts
/**
 * The "simple signing" payload cosign signs for an image (the containers/image format). Its bytes
 * are what is signed and stored, so they are produced in exactly cosign's form: the field order of
 * its Go structs, and `optional` as a JSON object with sorted keys, or null.
 */

const SIMPLE_SIGNING_TYPE = "cosign container image signature";
function simple_signing_simpleSigningPayload(dockerReference, digest, annotations) {
    const entries = annotations instanceof Map ? [...annotations] : Object.entries(annotations ?? {});
    const optional = entries.length === 0 ? null : Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { "docker-reference": dockerReference },
            image: { "docker-manifest-digest": digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional,
    }));
}
/** Parse a payload and check it is a cosign image signature for `expectedDigest`. */
function simple_signing_checkSimpleSigning(payload, expectedDigest) {
    let parsed;
    try {
        parsed = JSON.parse(payload.toString("utf8"));
    }
    catch {
        throw new errors_VerificationError("the signed payload is not JSON");
    }
    if (parsed.critical?.type !== SIMPLE_SIGNING_TYPE)
        throw new errors_VerificationError(`the signed payload is of type '${parsed.critical?.type}', not a cosign image signature`);
    const digest = parsed.critical.image?.["docker-manifest-digest"];
    if (digest !== expectedDigest)
        throw new errors_VerificationError(`the signature is for ${digest}, not ${expectedDigest}`);
    return {
        dockerReference: parsed.critical.identity?.["docker-reference"] ?? "",
        digest,
        annotations: parsed.optional ?? {},
    };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/keyed.ts






async function signImageLegacy(client, repository, digest, signer, options) {
    const payload = simple_signing_simpleSigningPayload(options.dockerReference, digest, options.annotations);
    const signature = await signer.sign(payload);
    // ECDSA signatures differ on every run, so "already signed" means: the same payload, and a stored
    // signature over it that verifies with this key.
    const isDuplicate = (existing) => existing.payload.equals(payload) &&
        signature_verifyBytes(signer, existing.payload, Buffer.from(existing.signature, "base64"));
    return legacy_writeLegacySignature(client, repository, digest, { payload, signature }, isDuplicate);
}
/**
 * The stored signatures over `digest` that verify with `key`. With `log`, a signature's
 * transparency-log entry is verified against that trusted root as well, and one that does not
 * verify rejects the signature; without, entries are only noted.
 */
async function verifyImageLegacy(client, repository, digest, key, log) {
    const result = { verified: [], rejected: [] };
    for (const stored of await legacy_readLegacySignatures(client, repository, digest)) {
        if (!signature_verifyBytes(key, stored.payload, Buffer.from(stored.signature, "base64"))) {
            result.rejected.push(`${stored.layer.digest}: the signature does not verify with this key`);
            continue;
        }
        try {
            const simpleSigning = simple_signing_checkSimpleSigning(stored.payload, digest);
            const tlogEntry = Boolean(stored.annotations[legacy_bundle_REKOR_BUNDLE_ANNOTATION]);
            const where = stored.layer.digest;
            const logIndex = tlogEntry && log
                ? keyed_log_verifyKeyedLogEntry(legacy_bundle_legacyLayerToBundle(stored.payload, stored.signature, stored.annotations), key, log, stored.payload, where)
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
    const result = await verifyImageLegacy(client, repository, digest, key);
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
        const key = `${(0,src/* repositoryName */.aR)(reference)}@${subject.digest} ${format}`;
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
        .getManifest(reference.repository, (0,src/* manifestReference */.Tn)(reference));
    return { manifest, subject: subjectOf(manifest) };
}
function subjectOf(manifest) {
    return { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
}
async function signImages(clients, references, signer, options) {
    const targets = await images_signingTargets(clients, references, options);
    const signLegacy = async ({ reference, subject }) => {
        const signed = await signImageLegacy(clients.for(reference.registry), reference.repository, subject.digest, signer, {
            dockerReference: (0,src/* repositoryName */.aR)(reference),
            ...(options.annotations ? { annotations: options.annotations } : {}),
        });
        return {
            image: (0,src/* formatReference */.FH)((0,src/* withDigest */.hQ)(reference, subject.digest)),
            digest: subject.digest,
            format: "legacy",
            storedAt: `${(0,src/* repositoryName */.aR)(reference)}:${signed.tag}`,
            outcome: signed.outcome,
        };
    };
    const results = await images_mapLimited(targets, images_CONCURRENCY, async (target) => {
        const { reference, subject, format } = target;
        if (format === "legacy")
            return signLegacy(target);
        let written;
        try {
            written = await bundle_writeBundleSignature(clients.for(reference.registry), reference.repository, signer, {
                subject,
                created: options.created ?? new Date(),
                ...(options.annotations ? { annotations: options.annotations } : {}),
            });
        }
        catch (error) {
            if ((0,src/* isIndexReferrerRefusal */.i_)(error, subject))
                return { refused: target };
            throw error;
        }
        return {
            image: (0,src/* formatReference */.FH)((0,src/* withDigest */.hQ)(reference, subject.digest)),
            digest: subject.digest,
            format,
            storedAt: `${(0,src/* repositoryName */.aR)(reference)}@${written.referrer}`,
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
        const image = (0,src/* formatReference */.FH)((0,src/* withDigest */.hQ)(reference, subject.digest));
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
        bundle_referrers_readBundles(client, reference.repository, digest),
    ]);
    const verified = [...legacy.verified];
    const rejected = [...legacy.rejected];
    for (const { referrer, bundle } of bundles) {
        try {
            verified.push(bundle_verifyBundle(bundle, key, digest, referrer, log));
        }
        catch (error) {
            rejected.push(error.message);
        }
    }
    if (verified.length === 0)
        throw errors_noSignatureVerified(`${digest} has no signature that verifies with the key`, rejected);
    const accepted = options.ignoreTlog ? verified : verified.filter((signature) => signature.logIndex !== undefined);
    if (accepted.length === 0)
        throw new errors_VerificationError(`${digest} is signed with the key but has no transparency-log entry; set ignore-tlog: true to accept keyed signatures without one`);
    return { digest, image: (0,src/* formatReference */.FH)((0,src/* withDigest */.hQ)(reference, digest)), signatures: accepted };
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
    const tag = (0,src/* manifestReference */.Tn)(reference);
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
    const { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
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
            fulcio ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179)).then(({ FulcioSigner }) => new FulcioSigner({
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

function localSigner(key) {
    return {
        algorithm: key.algorithm,
        publicKey: key.publicKey,
        description: `local ${key.algorithm} key`,
        sign: async (message) => signBytes(key, message),
    };
}

;// CONCATENATED MODULE: ./packages/sigstore/src/index.ts
























/***/ })

};
