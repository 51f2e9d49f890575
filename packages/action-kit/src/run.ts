import * as core from "@actions/core";
import { isUserError, oneLine } from "./errors.ts";
import { neutraliseWorkflowCommands } from "./workflow-commands.ts";

/**
 * The one top-level handler every action entry runs under. User errors fail the step with a single
 * line; anything else is a bug, reported with its message and its stack for the issue tracker.
 */
// biome-ignore lint/suspicious/noExplicitAny: any error class, whatever its constructor takes.
export type ErrorClass = abstract new (...args: any[]) => Error;

/**
 * `userErrorClasses`: errors of the packages that are the user's to fix (a bad reference, a wrong
 * key, a registry refusal) and so are reported as one line like input errors.
 */
export async function runAction(main: () => Promise<void>, userErrorClasses: ErrorClass[] = []): Promise<void> {
  try {
    await main();
  } catch (error) {
    reportFailure(error, userErrorClasses);
  }
}

export function reportFailure(error: unknown, userErrorClasses: ErrorClass[] = []): void {
  if (isUserError(error) || userErrorClasses.some((errorClass) => error instanceof errorClass)) {
    core.setFailed(oneLine((error as Error).message));
    return;
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  core.setFailed(`unexpected error (a bug; please report it): ${oneLine(bug.message)}`);
  // A bug's message may quote a registry's answer: the stack is printed line by line, defused.
  if (bug.stack) core.info(neutraliseWorkflowCommands(bug.stack));
}

/** Run `work` inside a collapsible log group named after the phase. */
export function inGroup<T>(name: string, work: () => Promise<T>): Promise<T> {
  return core.group(name, work);
}

/**
 * The actions' log. Messages often carry outside text, so info lines are defused; warnings and
 * debug lines are commands themselves, whose data @actions/core escapes onto one line.
 */
export const log = {
  info: (message: string): void => core.info(neutraliseWorkflowCommands(message)),
  warning: (message: string): void => core.warning(message),
  debug: (message: string): void => core.debug(message),
};
