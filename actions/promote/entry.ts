// The action's start: its user errors, and `run`. Loaded by index.ts once the compile cache is on.
import { runAction } from "@image-actions/action-kit";
import { PromotionError } from "@image-actions/promote";
import { USER_ERROR_CLASSES } from "../shared/runtime.ts";
import { run } from "./main.ts";

await runAction(run, [...USER_ERROR_CLASSES, PromotionError]);
