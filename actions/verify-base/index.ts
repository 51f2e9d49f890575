// Entry point bundled into dist/verify-base/index.js.
import { runAction } from "@image-actions/action-kit";
import { run } from "./main.ts";

await runAction(run);
