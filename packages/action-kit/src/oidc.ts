/**
 * The workflow's OIDC identity token, for keyless signing. GitHub hands it out only to jobs with
 * `permissions: id-token: write`; without that the request variables are absent, which deserves an
 * error that says what to add rather than a stack trace.
 */
import * as core from "@actions/core";
import { UserError } from "./errors.ts";

export async function readIdToken(audience: string, environment: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (!environment.ACTIONS_ID_TOKEN_REQUEST_URL || !environment.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new UserError(
      "keyless signing needs the workflow's OIDC token: give the job `permissions: id-token: write`, or give a `key`",
    );
  }
  try {
    // core.getIDToken masks the token before returning it.
    return await core.getIDToken(audience);
  } catch (error) {
    throw new UserError(
      `could not get the workflow's OIDC token: ${(error as Error).message}`.replace(/\s*\n\s*/g, " "),
    );
  }
}
