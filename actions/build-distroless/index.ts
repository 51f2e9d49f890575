// Entry point bundled into dist/build-distroless/index.js: the compile cache first, then the action.
import "../shared/compile-cache.ts";

await import("./entry.ts");
