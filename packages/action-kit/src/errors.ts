/**
 * Errors that are the user's to fix. The top-level handler prints their message as one line and
 * no stack; anything else is treated as a bug and keeps its stack.
 */
export class UserError extends Error {
  override name = "UserError";
}

/** A bad action input: the message always starts with the input's name. */
export class InputError extends UserError {
  override name = "InputError";
  readonly input: string;

  constructor(input: string, problem: string) {
    super(`input '${input}': ${problem}`);
    this.input = input;
  }
}

/** The action's capability is not built yet; it fails rather than pretend to succeed. */
export class NotImplementedError extends UserError {
  override name = "NotImplementedError";

  constructor(action: string, issue: string) {
    super(`${action}: not implemented yet (tracked in ${issue}); the inputs were valid, nothing was done`);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Collapse a message to one line so a user error never spills over several log lines. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
