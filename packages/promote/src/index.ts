export {
  type PromotedDestination,
  type PromoteOptions,
  PromotionError,
  type PromotionReport,
  promoteImage,
} from "./promote.ts";
export { checkDestinationTags, type TagCheck, TagMoveError, type TagState, tagGlob } from "./tag-guard.ts";
