// Entry point bundled into dist/build-distroless/index.js.
import { runAction } from "@image-actions/action-kit";
import { DebianError } from "@image-actions/debian";
import { USER_ERROR_CLASSES } from "../shared/runtime.ts";
import { run } from "./main.ts";

await runAction(run, [...USER_ERROR_CLASSES, DebianError]);
