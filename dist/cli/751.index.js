export const id = 751;
export const ids = [751];
export const modules = {

/***/ 81751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   debianArchitecture: () => (/* reexport safe */ _architectures_js__WEBPACK_IMPORTED_MODULE_0__.D),
/* harmony export */   fetchLockedDebs: () => (/* reexport safe */ _lock_js__WEBPACK_IMPORTED_MODULE_1__.V_),
/* harmony export */   readLockfile: () => (/* reexport safe */ _lockfile_js__WEBPACK_IMPORTED_MODULE_2__.GQ)
/* harmony export */ });
/* harmony import */ var _architectures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76955);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70620);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23722);
/**
 * What fetching by a lock file needs, and nothing that verifies archives: a build or `image-actions
 * debs` with a lock file present loads this, not openpgp.js and the resolver (`@image-actions/debian/fetch`).
 */





/***/ })

};
