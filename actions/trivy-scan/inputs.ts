import { InputError, maskSecret, readBoolean, readInteger, readList, readString } from "@image-actions/action-kit";

export const SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface TrivyScanInputs {
  images: string[];
  discoverRepository?: string;
  discoverMajors: number;
  trivyVersion?: string;
  dbRepositories: string[];
  severity: Severity[];
  failOn: Severity[];
  ignoreUnfixed: boolean;
  upload: boolean;
  category?: string;
  ref?: string;
  sha?: string;
  token?: string;
}

export function getInputs(): TrivyScanInputs {
  const token = readString("token") || undefined;
  maskSecret(token);
  const inputs: TrivyScanInputs = {
    images: readList("images"),
    discoverRepository: readString("discover-repository") || undefined,
    discoverMajors: readInteger("discover-majors", 3, { min: 1, max: 100 }),
    trivyVersion: readString("trivy-version") || undefined,
    dbRepositories: readList("db-repositories", { commas: true }),
    severity: readSeverities("severity", [...SEVERITIES]),
    failOn: readSeverities("fail-on", []),
    ignoreUnfixed: readBoolean("ignore-unfixed", false),
    upload: readBoolean("upload", true),
    category: readString("category") || undefined,
    ref: readString("ref") || undefined,
    sha: readString("sha") || undefined,
    token,
  };
  if (inputs.images.length === 0 && !inputs.discoverRepository) {
    throw new InputError("images", "give images to scan, or discover-repository to find them");
  }
  if (inputs.sha && !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(inputs.sha)) {
    throw new InputError("sha", `'${inputs.sha}' is not a full commit SHA`);
  }
  return inputs;
}

function readSeverities(name: string, fallback: Severity[]): Severity[] {
  const values = readList(name, { commas: true }).map((value) => value.toUpperCase());
  if (values.length === 0) return fallback;
  for (const value of values) {
    if (!(SEVERITIES as readonly string[]).includes(value)) {
      throw new InputError(name, `'${value}' is not one of ${SEVERITIES.join(", ")}`);
    }
  }
  return values as Severity[];
}
