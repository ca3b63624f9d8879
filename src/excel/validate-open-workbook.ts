import type { Issue } from "../core/issues";
import { validationSession } from "../core/session";
import type { ValidationIssueCode, WorkbookValidation } from "../core/validate";
import type { ExcelHost } from "./excel-host";
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
  return { ...validationSession(reading.grids), reading };
}
