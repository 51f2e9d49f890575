#!/usr/bin/env node
// Entry bundled into dist/cli/index.js and exposed as the package's `image-actions` bin. The Node
// version is checked before anything else loads: the HTTP client needs Node 22 or newer and would
// otherwise fail with an obscure error at start-up.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.error(`image-actions: needs Node 22 or newer (24 recommended); this is Node ${process.versions.node}`);
  process.exit(1);
}
// Cache compiled code between runs: a CLI started many times a day should not re-parse its bundle.
const { enableCompileCache } = await import("node:module");
enableCompileCache?.();
const { describeFailure, main } = await import("./main.ts");
const { neutraliseWorkflowCommands } = await import("@image-actions/action-kit/workflow-commands");
try {
  process.exitCode = await main(process.argv.slice(2), process.env);
} catch (error) {
  // The failure may quote a registry; in a workflow step it must not start a command.
  console.error(neutraliseWorkflowCommands(describeFailure(error)));
  process.exitCode = 1;
}
