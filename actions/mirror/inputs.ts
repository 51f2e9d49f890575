import { readEnum, readList, readRequired, readRequiredList, readString } from "@image-actions/action-kit";

export interface MirrorInputs {
  source: string;
  destinations: string[];
  signatures: "copy" | "skip";
  verifyKey?: string;
  mutableTags: string[];
  mode: "copy" | "plan" | "audit";
}

export function getInputs(): MirrorInputs {
  return {
    source: readRequired("source"),
    destinations: readRequiredList("destinations"),
    signatures: readEnum("signatures", ["copy", "skip"] as const, "copy"),
    verifyKey: readString("verify-key") || undefined,
    mutableTags: readList("mutable-tags", { commas: true }),
    mode: readEnum("mode", ["copy", "plan", "audit"] as const, "copy"),
  };
}
