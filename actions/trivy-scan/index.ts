// Entry point bundled into dist/trivy-scan/index.js: the compile cache first, then the action.
import "../shared/compile-cache.ts";

await import("./entry.ts");
