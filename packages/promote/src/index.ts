export {
  type PromotedDestination,
  type PromoteOptions,
  PromotionError,
  type PromotionReport,
  promoteImage,
} from "./promote.ts";
