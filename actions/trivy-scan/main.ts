import { NotImplementedError } from "@image-actions/action-kit";
import { getInputs } from "./inputs.ts";

export async function run(): Promise<void> {
  getInputs();
  throw new NotImplementedError("trivy-scan", "the trivy-scan issue of roadmap step 5");
}
