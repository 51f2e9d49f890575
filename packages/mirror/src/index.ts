export {
  ALL_REFERRERS,
  MirrorError,
  type MirroredDestination,
  type MirrorOptions,
  type MirrorReport,
  mirrorFailures,
  mirrorImage,
} from "./mirror.ts";
