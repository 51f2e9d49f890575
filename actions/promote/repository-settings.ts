/**
 * The `create-repository` input: `false` (the default), `true` for the defaults, or settings, one
 * `key: value` (or `key=value`) per line, which also mean true:
 *
 *   tag-immutability: true       private ECR; the `mutable-tags` stay exempt (default true)
 *   scan-on-push: true           private ECR (default true)
 *   kms-key: alias/releases      private ECR: encrypt with this KMS key (default AES-256)
 *   description: …               ECR Public catalog: description, about, usage,
 *   architectures: ARM 64, x86-64          architectures, operating-systems (comma lists)
 */
import { InputError } from "@image-actions/action-kit";
import type { RepositorySettings } from "@image-actions/oci";

const INPUT = "create-repository";
const KEYS = [
  "tag-immutability",
  "scan-on-push",
  "kms-key",
  "description",
  "about",
  "usage",
  "architectures",
  "operating-systems",
] as const;
type Key = (typeof KEYS)[number];

function flag(key: Key, value: string): boolean {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new InputError(INPUT, `${key} must be true or false, got '${value}'`);
}

const list = (value: string): string[] =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

export function parseRepositorySettings(text: string, mutableTags: string[]): RepositorySettings | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === "false") return undefined;
  const settings: RepositorySettings = { tagImmutability: true, mutableTagFilters: mutableTags, scanOnPush: true };
  if (trimmed === "true") return settings;
  const catalog: NonNullable<RepositorySettings["catalog"]> = {};
  for (const line of trimmed.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const match = /^\s*([a-z-]+)\s*[:=]\s*(.*?)\s*$/.exec(line);
    if (!match)
      throw new InputError(INPUT, `expected true, false or 'key: value' lines, got '${line.trim().slice(0, 60)}'`);
    const [, name, value] = match as unknown as [string, string, string];
    if (!(KEYS as readonly string[]).includes(name))
      throw new InputError(INPUT, `unknown setting '${name}' (one of ${KEYS.join(", ")})`);
    const key = name as Key;
    if (value === "") throw new InputError(INPUT, `${key} has no value`);
    switch (key) {
      case "tag-immutability":
        settings.tagImmutability = flag(key, value);
        break;
      case "scan-on-push":
        settings.scanOnPush = flag(key, value);
        break;
      case "kms-key":
        settings.kmsKey = value;
        break;
      case "description":
        catalog.description = value;
        break;
      case "about":
        catalog.aboutText = value;
        break;
      case "usage":
        catalog.usageText = value;
        break;
      case "architectures":
        catalog.architectures = list(value);
        break;
      case "operating-systems":
        catalog.operatingSystems = list(value);
        break;
    }
  }
  if (Object.keys(catalog).length > 0) settings.catalog = catalog;
  return settings;
}
