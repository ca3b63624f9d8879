import type { Issue, Language } from "../core/issues";
import { isExcelError, type CellOutcome, type ExcelError } from "./cell-values";
import { excelErrorFor, functionIssueText, reportFunctionIssue } from "./function-issues";

/** A cell of a result as Excel takes it. */
export type ExcelValue = number | string | ExcelError;

/** The one place where an issue becomes an Excel error: #VALUE! or #N/A, always with its message. */
export function toExcelError(issue: Issue, language: Language): ExcelError {
  const code =
    excelErrorFor(issue.code) === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, functionIssueText.messageIn(issue, language));
}

/** A cell of a result as Excel takes it: finite numbers and text as they are, issues as errors. */
export function toExcelValue(outcome: CellOutcome, language: Language): ExcelValue {
  if (typeof outcome === "number")
    return Number.isFinite(outcome)
      ? outcome
      : toExcelError(reportFunctionIssue("result_not_finite", {}), language);
  if (typeof outcome === "string") return outcome;
  if (isExcelError(outcome)) return outcome;
  return toExcelError(outcome, language);
}
