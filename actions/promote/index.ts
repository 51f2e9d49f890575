// Entry point bundled into dist/promote/index.js: the compile cache first, then the action.
import "../shared/compile-cache.ts";

await import("./entry.ts");
