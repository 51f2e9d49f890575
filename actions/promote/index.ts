// Entry point bundled into dist/promote/index.js.
import { runAction } from "@image-actions/action-kit";
import { PromotionError } from "@image-actions/promote";
import { USER_ERROR_CLASSES } from "../shared/runtime.ts";
import { run } from "./main.ts";

await runAction(run, [...USER_ERROR_CLASSES, PromotionError]);
