/**
 * Imported first by every action entry: Node keeps the compiled code of what loads after this on
 * disk (in the runner's temporary directory), so the steps of a job after the first one that runs
 * an action read it back instead of compiling the bundle again — about 30 ms of CPU a step, measured
 * in bench/README.md. The action itself is imported dynamically after this, into a chunk of its
 * own: code compiled before the cache is on is not cached.
 */
import { enableCompileCache } from "node:module";

enableCompileCache?.();
