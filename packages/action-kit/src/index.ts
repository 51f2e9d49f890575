export { InputError, isUserError, NotImplementedError, oneLine, UserError } from "./errors.ts";
export {
  readBoolean,
  readCommand,
  readEnum,
  readInteger,
  readKeyValues,
  readList,
  readOptionalBoolean,
  readRequired,
  readRequiredList,
  readString,
} from "./inputs.ts";
export { code, joinMarkdown, Markdown, type MarkdownValue, markdownText, md } from "./markdown.ts";
export { readIdToken } from "./oidc.ts";
export { writeOutput, writeOutputs } from "./outputs.ts";
export {
  type ListOptions,
  parseBoolean,
  parseCommand,
  parseEnum,
  parseInteger,
  parseKeyValues,
  parseList,
  splitShellWords,
} from "./parse.ts";
export { type ErrorClass, inGroup, log, reportFailure, runAction } from "./run.ts";
export { maskSecret } from "./secrets.ts";
export { type JobSummary, type SummaryTable, writeJobSummary } from "./summary.ts";
export { neutraliseWorkflowCommands } from "./workflow-commands.ts";
