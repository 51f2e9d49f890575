/**
 * What fetching by a lock file needs, and nothing that verifies archives: a build or `image-actions
 * debs` with a lock file present loads this, not openpgp.js and the resolver (`@image-actions/debian/fetch`).
 */
export { debianArchitecture } from "./architectures.ts";
export { type FetchedDeb, type FetchOptions, type FetchResult, fetchLockedDebs } from "./lock.ts";
export { type Lockfile, readLockfile } from "./lockfile.ts";
