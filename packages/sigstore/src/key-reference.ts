/**
 * Where a key comes from, as the actions' `key` inputs say it: PEM text, `env://VAR` (the PEM is in
 * that environment variable), `awskms://…` (a KMS key), or a file path. The environment and file
 * reader are passed in: this package reads nothing of its own accord.
 */
import { KeyError } from "./errors.ts";
import { escapeForMessage, quoteForMessage } from "./one-line.ts";

export type KeySource = { kind: "pem"; pem: string; origin: string } | { kind: "kms"; uri: string };

export interface KeySourceContext {
  env: Record<string, string | undefined>;
  readFile: (path: string) => Promise<string>;
}

const KMS_SCHEMES = ["awskms://", "gcpkms://", "azurekms://", "hashivault://"];

export async function resolveKeySource(value: string, context: KeySourceContext): Promise<KeySource> {
  const text = value.trim();
  if (text.includes("-----BEGIN ")) return { kind: "pem", pem: text, origin: "inline PEM" };
  if (text.startsWith("env://")) {
    const name = text.slice("env://".length);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new KeyError(`${quoteForMessage(text)} does not name an environment variable`);
    const pem = context.env[name];
    if (!pem) throw new KeyError(`environment variable ${name} is empty or not set`);
    return { kind: "pem", pem, origin: `env://${name}` };
  }
  if (text.startsWith("awskms://")) return { kind: "kms", uri: text };
  const scheme = KMS_SCHEMES.find((prefix) => text.startsWith(prefix)) ?? /^[a-z0-9+.-]+:\/\//.exec(text)?.[0];
  if (scheme)
    throw new KeyError(`key scheme '${scheme}' is not supported (PEM text, a file path, env://VAR or awskms://)`);
  try {
    return { kind: "pem", pem: await context.readFile(text), origin: text };
  } catch (error) {
    const cause = error as NodeJS.ErrnoException | undefined;
    throw new KeyError(
      `cannot read key file ${quoteForMessage(text)}: ${escapeForMessage(cause?.code ?? cause?.message ?? String(error))}`,
    );
  }
}
