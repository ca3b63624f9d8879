import type { Issue, Language } from "../core/issues";
import { messageIn } from "../core/issues";
import { isExcelError, type CellOutcome, type ExcelError } from "./cell-values";

/** Issues whose meaning is "there is nothing to compute with" become #N/A; every other one #VALUE!. */
const notAvailableCodes: ReadonlySet<string> = new Set(["value_missing", "peers_without_numbers"]);

/** The one place where an issue becomes an Excel error: #VALUE! or #N/A, always with its message. */
export function toExcelError(issue: Issue, language: Language): ExcelError {
  const code = notAvailableCodes.has(issue.code)
    ? CustomFunctions.ErrorCode.notAvailable
    : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, messageIn(issue, language));
}

/** A cell of a result as Excel takes it: finite numbers as they are, issues as errors. */
export function toExcelValue(
  outcome: CellOutcome | ExcelError,
  language: Language
): number | ExcelError {
  if (typeof outcome === "number") return outcome;
  if (isExcelError(outcome)) return outcome;
  return toExcelError(outcome, language);
}
