// Entry point bundled into dist/promote/index.js.
import { runAction } from "@image-actions/action-kit";
import { run } from "./main.ts";

await runAction(run);
