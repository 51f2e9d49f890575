import {
  maskSecret,
  readBoolean,
  readEnum,
  readKeyValues,
  readOptionalBoolean,
  readRequiredList,
  readString,
} from "@image-actions/action-kit";

import { SIGNATURE_FORMAT_INPUTS, type SignatureFormatInput } from "../shared/signature-format.ts";

export interface SignInputs {
  images: string[];
  key?: string;
  keyPassword?: string;
  recursive: boolean;
  annotations: Map<string, string>;
  format: SignatureFormatInput;
  tlogUpload: boolean;
  sbom?: string;
  provenance?: string;
  vex?: string;
}

export function getInputs(environment: NodeJS.ProcessEnv = process.env): SignInputs {
  const key = readString("key") || undefined;
  // Key material and its password are masked before anything else can print them.
  if (key?.includes("PRIVATE KEY")) maskSecret(key);
  const keyPassword = readString("key-password") || environment.COSIGN_PASSWORD || undefined;
  maskSecret(keyPassword);
  return {
    images: readRequiredList("images"),
    key,
    keyPassword,
    recursive: readBoolean("recursive", true),
    annotations: readKeyValues("annotations"),
    format: readEnum("format", SIGNATURE_FORMAT_INPUTS, "legacy"),
    // Keyless signatures are only trustworthy with a log entry; keyed ones need none by default.
    tlogUpload: readOptionalBoolean("tlog-upload") ?? key === undefined,
    sbom: readString("sbom") || undefined,
    provenance: readString("provenance") || undefined,
    vex: readString("vex") || undefined,
  };
}
