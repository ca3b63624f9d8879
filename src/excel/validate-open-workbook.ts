import type { Issue } from "../core/issues";
import {
  validateWorkbook,
  type ValidationIssueCode,
  type WorkbookValidation,
} from "../core/validate";
import type { ExcelHost } from "./excel-host";
import { withCells } from "./issue-cells";
import { readWorkbook, type ReadOptions, type WorkbookReading } from "./read-workbook";

export interface OpenWorkbookValidation {
  readonly validation: WorkbookValidation;
  /** The validation's issues with their cells ("Data!D17"). */
  readonly issues: readonly Issue<ValidationIssueCode>[];
  readonly reading: WorkbookReading;
}

/** Reads the template sheets and runs the validator on them. Changes no cell. */
export async function validateOpenWorkbook(
  host: ExcelHost,
  options: ReadOptions = {}
): Promise<OpenWorkbookValidation> {
  const reading = await readWorkbook(host, options);
  const validation = validateWorkbook(reading.grids);
  return { validation, issues: withCells(validation.issues, reading.grids), reading };
}
