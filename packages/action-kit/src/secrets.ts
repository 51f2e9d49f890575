import * as core from "@actions/core";

/**
 * Mask a secret in every later log line. Multi-line secrets (PEM keys) are masked line by line as
 * well, because the runner matches masks per line and a key printed in parts would otherwise leak.
 */
export function maskSecret(secret: string | undefined): void {
  if (!secret) return;
  core.setSecret(secret);
  for (const line of secret.split(/\r?\n/)) {
    if (line.trim().length >= 4) core.setSecret(line.trim());
  }
}
