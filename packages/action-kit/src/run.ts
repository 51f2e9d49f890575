import * as core from "@actions/core";
import { isUserError, oneLine } from "./errors.ts";

/**
 * The one top-level handler every action entry runs under. User errors fail the step with a single
 * line; anything else is a bug, reported with its message and its stack for the issue tracker.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    reportFailure(error);
  }
}

export function reportFailure(error: unknown): void {
  if (isUserError(error)) {
    core.setFailed(oneLine(error.message));
    return;
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  core.setFailed(`unexpected error (a bug; please report it): ${oneLine(bug.message)}`);
  if (bug.stack) core.info(bug.stack);
}

/** Run `work` inside a collapsible log group named after the phase. */
export function inGroup<T>(name: string, work: () => Promise<T>): Promise<T> {
  return core.group(name, work);
}

export const log = {
  info: (message: string): void => core.info(message),
  warning: (message: string): void => core.warning(message),
  debug: (message: string): void => core.debug(message),
};
