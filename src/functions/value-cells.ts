import type { Issue } from "../core/issues";
import { isBlank, isExcelError, type ExcelError } from "./cell-values";
import { reportFunctionIssue } from "./function-issues";

/** A cell given as the value to score or rank: its number, or why there is none. */
export function readValueCell(cell: unknown): number | Issue | ExcelError {
  if (typeof cell === "number") return cell;
  if (isExcelError(cell)) return cell;
  if (isBlank(cell)) return reportFunctionIssue("value_missing", {});
  return reportFunctionIssue("value_not_number", { text: String(cell) });
}
