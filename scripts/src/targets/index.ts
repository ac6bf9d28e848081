// Annual-target loader: reads CSV, XLSX or JSON files of targets, validates every row and
// upserts them by natural key in one transaction. Used by the CLI (src/cli/import-targets.ts)
// and meant for the API and admin too.
export type { CellValue } from "@p181/schema/sheets";
export { COLUMNS, type ColumnKey, type RawTargetRow } from "./columns.ts";
export { importTargets, type ImportInput, type ImportOptions, type ImportResult } from "./import.ts";
export { METRIC_PLAN, metricsOfPlan } from "./metrics.ts";
export {
  parseTargetFile,
  TargetFileError,
  type ParsedTargetFile,
  type TargetFileFormat,
  type TargetFileInput,
} from "./parse.ts";
export type { RowPosition, TargetProblem } from "./problems.ts";
export { formatProblem, formatResult } from "./report.ts";
export {
  naturalKey,
  validateTargetRows,
  type ValidateOptions,
  type ValidationResult,
  type ValidTarget,
} from "./validate.ts";
