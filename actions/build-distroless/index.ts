// Entry point bundled into dist/build-distroless/index.js.
import { runAction } from "@image-actions/action-kit";
import { run } from "./main.ts";

await runAction(run);
