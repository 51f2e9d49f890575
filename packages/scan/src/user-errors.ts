/**
 * The scan package's errors that are the user's to act on (a refused install, an unreachable DB, a
 * disabled Code Scanning, a report trivy garbled): an action prints them as one line, no stack.
 */
import { CodeScanningError } from "./code-scanning.ts";
import { TrivyInstallError } from "./install.ts";
import { TrivyRunError } from "./run-trivy.ts";
import { SarifError } from "./sarif.ts";
import { TrivyReportError } from "./trivy-report.ts";
import { VulnerabilityDbError } from "./vulnerability-db.ts";

export const SCAN_USER_ERRORS = [
  CodeScanningError,
  SarifError,
  TrivyInstallError,
  TrivyReportError,
  TrivyRunError,
  VulnerabilityDbError,
];
