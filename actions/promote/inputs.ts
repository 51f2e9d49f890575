import {
  InputError,
  maskSecret,
  readBoolean,
  readEnum,
  readList,
  readRequired,
  readRequiredList,
  readString,
} from "@image-actions/action-kit";

import type { RepositorySettings } from "@image-actions/oci";
import { SIGNATURE_FORMAT_INPUTS, type SignatureFormatInput } from "../shared/signature-format.ts";
import { parseRepositorySettings } from "./repository-settings.ts";

export interface PromoteInputs {
  source: string;
  destinations: string[];
  verify: boolean;
  verifyKey?: string;
  sign: boolean;
  signKey?: string;
  signKeyPassword?: string;
  format: SignatureFormatInput;
  copySignatures: boolean;
  mutableTags: string[];
  /** Undefined: create no repositories. */
  createRepository?: RepositorySettings;
  dryRun: boolean;
}

export function getInputs(): PromoteInputs {
  const signKey = readString("sign-key") || undefined;
  if (signKey?.includes("PRIVATE KEY")) maskSecret(signKey);
  // As sign reads it, and as the key error suggests: the input, else COSIGN_PASSWORD.
  const signKeyPassword = readString("sign-key-password") || process.env.COSIGN_PASSWORD || undefined;
  maskSecret(signKeyPassword);
  const mutableTags = readList("mutable-tags", { commas: true });
  const inputs: PromoteInputs = {
    source: readRequired("source"),
    destinations: readRequiredList("destinations"),
    verify: readBoolean("verify", true),
    verifyKey: readString("verify-key") || undefined,
    sign: readBoolean("sign", true),
    signKey,
    signKeyPassword,
    format: readEnum("format", SIGNATURE_FORMAT_INPUTS, "legacy"),
    copySignatures: readBoolean("copy-signatures", false),
    mutableTags,
    createRepository: parseRepositorySettings(readString("create-repository"), mutableTags),
    dryRun: readBoolean("dry-run", false),
  };
  // Failing closed: promotion without verification or signing must be asked for explicitly.
  if (inputs.verify && !inputs.verifyKey) {
    throw new InputError("verify-key", "is required while verify is true (or set verify: false)");
  }
  if (inputs.sign && !inputs.signKey) {
    throw new InputError("sign-key", "is required while sign is true (or set sign: false)");
  }
  return inputs;
}
