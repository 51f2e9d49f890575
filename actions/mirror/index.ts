// Entry point bundled into dist/mirror/index.js.
import { runAction } from "@image-actions/action-kit";
import { run } from "./main.ts";

await runAction(run);
