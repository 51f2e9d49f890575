export const id = 111;
export const ids = [111];
export const modules = {

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
