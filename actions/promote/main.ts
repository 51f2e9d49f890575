import { NotImplementedError } from "@image-actions/action-kit";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  getInputs();
  throw new NotImplementedError("promote", "issue #5");
}
