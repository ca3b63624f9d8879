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

/** Validation found errors: nothing was scored, nothing is to be written. */
export interface InvalidSession extends ValidationSession {
  readonly kind: "invalid";
}

/**
 * Validates the grids before a run: invalid when they have errors, unless the request scores
 * despite them (the command line's --force).
 */
export function scorableValidation(
  grids: WorkbookGrids,
  scoreDespiteErrors: boolean | undefined
): InvalidSession | (ValidationSession & { readonly kind: "scorable" }) {
  const session = validationSession(grids);
  return !session.validation.summary.canScore && scoreDespiteErrors !== true
    ? { kind: "invalid", ...session }
    : { kind: "scorable", ...session };
}
