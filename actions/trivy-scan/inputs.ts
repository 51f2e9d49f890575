import {
  InputError,
  maskSecret,
  readBoolean,
  readInteger,
  readList,
  readOptionalBoolean,
  readString,
} from "@image-actions/action-kit";

export const SEVERITIES = ["UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface TrivyScanInputs {
  images: string[];
  discoverRepository?: string;
  discoverMajors: number;
  trivyVersion?: string;
  trivyPath?: string;
  dbRepositories: string[];
  cacheDir?: string;
  severity: Severity[];
  failOn: Severity[];
  ignoreUnfixed: boolean;
  ignoreFile?: string;
  vex: string[];
  upload: boolean;
  category?: string;
  /** Undefined: true in discovery, false otherwise. */
  retireCategories?: boolean;
  ref?: string;
  sha?: string;
  waitForProcessing: boolean;
  token?: string;
  /** An image scanned with the same DB: results and the summary add findings fixed and new against it. */
  compareWith?: string;
}

export function getInputs(): TrivyScanInputs {
  const token = readString("token") || undefined;
  maskSecret(token);
  const inputs: TrivyScanInputs = {
    images: readList("images"),
    discoverRepository: readString("discover-repository") || undefined,
    discoverMajors: readInteger("discover-majors", 3, { min: 1, max: 100 }),
    trivyVersion: readString("trivy-version") || undefined,
    trivyPath: readString("trivy-path") || undefined,
    dbRepositories: readList("db-repositories", { commas: true }),
    cacheDir: readString("cache-dir") || undefined,
    severity: readSeverities("severity", [...SEVERITIES]),
    failOn: readSeverities("fail-on", []),
    ignoreUnfixed: readBoolean("ignore-unfixed", false),
    ignoreFile: readString("ignore-file") || undefined,
    vex: readList("vex"),
    upload: readBoolean("upload", true),
    category: readString("category") || undefined,
    retireCategories: readOptionalBoolean("retire-categories"),
    ref: readString("ref") || undefined,
    sha: readString("sha") || undefined,
    waitForProcessing: readBoolean("wait-for-processing", true),
    token,
    compareWith: readString("compare-with") || undefined,
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
