#!/usr/bin/env node
// Entry bundled into dist/cli/index.js and exposed as the package's `image-actions` bin.
import { describeFailure, main } from "./main.ts";

try {
  process.exitCode = await main(process.argv.slice(2), process.env);
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
