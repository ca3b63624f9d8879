// Validating a workbook's grids, as both faces do before anything else: the validator's verdict and
// its issues placed at the cells a person sees.
import type { Issue } from "../model/issue";
import {
  validateWorkbook,
  type ValidationIssueCode,
  type WorkbookGrids,
  type WorkbookValidation,
} from "../validate";
import { placeIssues } from "./issue-places";

export interface ValidationSession {
  readonly validation: WorkbookValidation;
  /** The validation's issues with their cells ("Data!D17"). */
  readonly issues: readonly Issue<ValidationIssueCode>[];
}

/** Validates the grids a face read; changes nothing. */
export function validationSession(grids: WorkbookGrids): ValidationSession {
  const validation = validateWorkbook(grids);
  return { validation, issues: placeIssues(validation.issues, grids) };
}
