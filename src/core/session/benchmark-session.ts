// One benchmark, whichever face asks: from the workbook's grids and a request to the validation, the
// run, and every plan the face renders (the Benchmark and Validering sheets, and the Metode cells
// when the method is saved). The pane and the command line read cells, call this, and render.
import {
  benchmarkRecord,
  benchmarkSheetPlan,
  benchmarkTables,
  benchmarkWorkbook,
  validationSheetPlan,
  type BenchmarkOptions,
  type BenchmarkRecord,
  type BenchmarkRun,
  robustnessRequest,
  withRobustnessSection,
  type BenchmarkRobustness,
} from "../benchmark";
import {
  analyseSensitivity,
  analyseSensitivityInSteps,
  type AnalysisProgress,
  type SensitivityRequest,
} from "../sensitivity";
import { auditRun } from "../analysis/audit/audit";
import { auditThresholdsOf } from "../analysis/workbook-analysis";
import { readMeasures } from "../analysis";
import { measuresScenario } from "./measures-scenario";
import { withMeasuresSection } from "../benchmark/measures-section";
import type { Language } from "../language";
import type { Issue } from "../model/issue";
import type { SheetPlan } from "../sheet-plan";
import type { WorkbookGrids, WorkbookValidation } from "../validate";
import { placeIssues } from "./issue-places";
import { methodWriteBack, type MethodWriteBack } from "./method-write-back";
import { scorableValidation, type InvalidSession } from "./validation-session";

export interface BenchmarkRequest extends BenchmarkOptions {
  readonly language: Language;
  /** When the run was made (ISO 8601), as the face read its clock; shown on the Benchmark sheet. */
  readonly ranAt: string;
  /** Write the method overrides back to the Metode sheet. */
  readonly saveMethod?: boolean;
  /** Score despite validation errors (the command line's --force). */
  readonly scoreDespiteErrors?: boolean;
  /** Add the section with and without the Tiltak sheet's measures when it has any (default true). */
  readonly withMeasures?: boolean;
}

/** What saving the method asks of the face. */
export type MethodSave =
  | { readonly kind: "not asked" }
  | { readonly kind: "write"; readonly writeBack: MethodWriteBack }
  /** Saving was asked, but there is no Metode sheet with Innstilling and Verdi to save into. */
  | { readonly kind: "no method sheet" };

export type BenchmarkSession =
  | InvalidSession
  /** The request does not fit the workbook (an unknown group, a year without data, ...): nothing is to be written. */
  | {
      readonly kind: "blocked";
      readonly validation: WorkbookValidation;
      readonly run: BenchmarkRun;
      readonly issues: readonly Issue[];
    }
  | {
      readonly kind: "scored";
      readonly validation: WorkbookValidation;
      readonly run: BenchmarkRun;
      readonly record: BenchmarkRecord;
      /** The robustness analysis of the year ranked; undefined when the Metode sheet turns it off. */
      readonly robustness: BenchmarkRobustness | undefined;
      /**
       * Every issue of the validation and of the run, placed, what the robustness analysis met, and
       * the audit's flags on the indicator set in the year ranked, as the Validering sheet lists them.
       */
      readonly issues: readonly Issue[];
      /** The Benchmark sheet, then the Validering sheet, in the order they are written. */
      readonly plans: readonly SheetPlan[];
      readonly methodSave: MethodSave;
    };

function methodSaveOf(grids: WorkbookGrids, request: BenchmarkRequest): MethodSave {
  const overrides = request.methodOverrides ?? {};
  if (request.saveMethod !== true || Object.keys(overrides).length === 0)
    return { kind: "not asked" };
  const writeBack = methodWriteBack(grids, overrides);
  return writeBack === undefined ? { kind: "no method sheet" } : { kind: "write", writeBack };
}

/** A request that validated and scored, before its robustness analysis runs. */
interface ScoredRun {
  readonly kind: "ready";
  readonly grids: WorkbookGrids;
  readonly request: BenchmarkRequest;
  readonly validation: WorkbookValidation;
  readonly issues: readonly Issue[];
  readonly run: BenchmarkRun;
  /** What the Metode sheet asks the robustness analysis to do; undefined when it is off. */
  readonly robustness: SensitivityRequest | undefined;
}

function scoredRun(grids: WorkbookGrids, request: BenchmarkRequest): ScoredRun | BenchmarkSession {
  const checked = scorableValidation(grids, request.scoreDespiteErrors);
  if (checked.kind === "invalid") return checked;
  const { validation, issues } = checked;
  const run = benchmarkWorkbook(validation.content, request);
  if (run.blockingIssues.length > 0)
    return { kind: "blocked", validation, run, issues: placeIssues(run.blockingIssues, grids) };
  const robustness = robustnessRequest(run);
  return { kind: "ready", grids, request, validation, issues, run, robustness };
}

/** The session of a scored run, with its robustness analysis when it ran. */
function scoredSession(
  scored: ScoredRun,
  robustness: BenchmarkRobustness | undefined
): BenchmarkSession {
  const analysis = robustness?.result;
  const { grids, request, validation, issues, run } = scored;
  const { language, ranAt } = request;
  const tables = benchmarkTables(run, language, analysis);
  // The audit's flags are warnings about the indicator set, listed with the data's issues.
  const audit =
    run.pipeline === null || run.year === null
      ? undefined
      : auditRun(run.pipeline, run.year, auditThresholdsOf(validation.content.settings));
  const measures = readMeasures(grids, validation.content);
  const allIssues = [
    ...issues,
    ...measures.issues,
    ...placeIssues(run.engineIssues, grids),
    ...(analysis?.issues ?? []),
    ...(audit?.flags ?? []),
  ];
  const benchmarkPlan = benchmarkSheetPlan(run, { ranAt, language }, tables);
  const withRobustness =
    robustness === undefined
      ? benchmarkPlan
      : withRobustnessSection(benchmarkPlan, run, robustness, language);
  const scenario =
    request.withMeasures === false
      ? undefined
      : measuresScenario(run, validation.content.observations, measures.measures);
  return {
    kind: "scored",
    validation,
    run,
    record: benchmarkRecord(run, language, tables),
    robustness,
    issues: allIssues,
    plans: [
      scenario === undefined
        ? withRobustness
        : withMeasuresSection(withRobustness, run, scenario, language),
      validationSheetPlan(allIssues, language),
    ],
    methodSave: methodSaveOf(grids, request),
  };
}

/**
 * Validates the grids, runs the engine for the request and, when the Metode sheet asks for it, the
 * robustness analysis, and plans every sheet the run writes.
 */
export function benchmarkSession(
  grids: WorkbookGrids,
  request: BenchmarkRequest
): BenchmarkSession {
  const scored = scoredRun(grids, request);
  if (scored.kind !== "ready") return scored;
  const asked = scored.robustness;
  return scoredSession(
    scored,
    asked === undefined ? undefined : { result: analyseSensitivity(asked), seed: asked.seed }
  );
}

/**
 * The same session, with the robustness analysis run in chunks that yield between them, reporting its
 * progress and stopping when the signal aborts (for the pane, which must stay responsive).
 */
export async function benchmarkSessionInSteps(
  grids: WorkbookGrids,
  request: BenchmarkRequest,
  control: AnalysisProgress
): Promise<BenchmarkSession> {
  const scored = scoredRun(grids, request);
  if (scored.kind !== "ready") return scored;
  const asked = scored.robustness;
  return scoredSession(
    scored,
    asked === undefined
      ? undefined
      : { result: await analyseSensitivityInSteps(asked, control), seed: asked.seed }
  );
}
