// One analysis, whichever face asks: from the workbook's grids and a request to the validation, the
// decoupling and the audit (analyseWorkbook) and the Analyse sheet's plan. The pane's Analyse action
// reads cells, calls this, and renders the plan.
import { analyseWorkbook, analysisSheetPlan, type WorkbookAnalysis } from "../analysis";
import type { BenchmarkOptions } from "../benchmark";
import type { Language } from "../language";
import type { Issue } from "../model/issue";
import type { SheetPlan } from "../sheet-plan";
import type { WorkbookGrids, WorkbookValidation } from "../validate";
import { placeIssues } from "./issue-places";
import { scorableValidation, type InvalidSession } from "./validation-session";

export interface AnalysisRequest extends BenchmarkOptions {
  readonly language: Language;
  /** When the run was made (ISO 8601), as the face read its clock; shown on the Analyse sheet. */
  readonly ranAt: string;
  /** Analyse despite validation errors (the command line's --force). */
  readonly scoreDespiteErrors?: boolean;
}

export type AnalysisSession =
  | InvalidSession
  /** The request does not fit the workbook (a method override, a year without data, ...). */
  | {
      readonly kind: "blocked";
      readonly validation: WorkbookValidation;
      readonly issues: readonly Issue[];
    }
  | {
      readonly kind: "analysed";
      readonly validation: WorkbookValidation;
      readonly analysis: WorkbookAnalysis;
      readonly plan: SheetPlan;
    };

/** Validates the grids, analyses the content with the request's year and overrides, and plans the sheet. */
export function analysisSession(grids: WorkbookGrids, request: AnalysisRequest): AnalysisSession {
  const checked = scorableValidation(grids, request.scoreDespiteErrors);
  if (checked.kind === "invalid") return checked;
  const { validation } = checked;
  const analysis = analyseWorkbook(validation.content, request);
  if (analysis.blockingIssues.length > 0)
    return { kind: "blocked", validation, issues: placeIssues(analysis.blockingIssues, grids) };
  return {
    kind: "analysed",
    validation,
    analysis,
    plan: analysisSheetPlan(analysis, validation.content.framework, {
      ranAt: request.ranAt,
      language: request.language,
    }),
  };
}
