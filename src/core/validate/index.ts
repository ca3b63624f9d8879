export { validateWorkbook } from "./validate-workbook";
export type { WorkbookValidation, WorkbookContent } from "./validate-workbook";
export type { CellValue, SheetGrid, WorkbookGrids } from "./grid";
export type { CoverageReport, DimensionCoverage } from "./check-coverage";
export type { ValidationSummary } from "./summary";
export type { MethodValues } from "./read-method";
export { summarise } from "./summary";
export { validationIssues, type ValidationIssueCode } from "./validation-issues";
export { missingValueSymbols } from "./cell-values";
export { groupIssues, type IssueGroup } from "./issue-groups";
export {
  IssueCollector,
  keptIssuesPerColumn,
  notListedIn,
  type IssueSink,
  type NotListedIssues,
} from "./issue-collector";
export {
  alternativeLabel,
  readVariedInputs,
  variedInputLabel,
  variedInputsText,
  type VariedInputsReading,
} from "./read-varied-inputs";
