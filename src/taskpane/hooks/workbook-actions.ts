// What the pane can do to the open workbook, built on src/excel. Components receive these through
// props and hooks; they never call Excel themselves.
import { validationSheetName, validationSheetPlan } from "../../core/benchmark";
import type { Issue } from "../../core/issues";
import type { Language } from "../../core/language";
import type { ValidationSummary, WorkbookContent } from "../../core/validate";
import {
  analyseOpenWorkbook,
  benchmarkOpenWorkbook,
  createTemplate,
  type RobustnessProgress,
  profileOpenWorkbook,
  selectCell,
  validateOpenWorkbook,
  writeGeneratedSheet,
  type AnalysisRequest,
  type BenchmarkRequest,
  type ExcelHost,
  type GeneratedSheetWrite,
  type OpenWorkbookAnalysis,
  type OpenWorkbookBenchmark,
  type OpenWorkbookProfile,
  type ProfileRequest,
  type ReadProgress,
  type TemplateCreation,
} from "../../excel";
import type { ImportActions } from "../components/ImportSection";
import { prepareSsbImport, writePreparedImport } from "./ssb-import-actions";
import { prepareTableImport } from "./table-import-actions";

export type {
  AnalysisRequest,
  BenchmarkRequest,
  GeneratedSheetWrite,
  OpenWorkbookAnalysis,
  OpenWorkbookBenchmark,
  OpenWorkbookProfile,
  ProfileRequest,
  ReadProgress,
  TemplateCreation,
};

/** How far a task has come: the sheets read, or the runs of the robustness analysis done. */
export type TaskProgress = ReadProgress | RobustnessProgress;

export interface TaskControl {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: TaskProgress) => void;
}

export interface ValidationOutcome {
  readonly issues: readonly Issue[];
  readonly summary: ValidationSummary;
  readonly content: WorkbookContent;
  /** The Validering sheet, when it was asked for. */
  readonly sheet: GeneratedSheetWrite | undefined;
}

export interface WorkbookActions extends ImportActions {
  createTemplate(withExampleData: boolean): Promise<TemplateCreation>;
  validate(
    options: { readonly writeSheet: boolean; readonly language: Language },
    control: TaskControl
  ): Promise<ValidationOutcome>;
  benchmark(request: BenchmarkRequest, control: TaskControl): Promise<OpenWorkbookBenchmark>;
  profile(request: ProfileRequest, control: TaskControl): Promise<OpenWorkbookProfile>;
  analyse(request: AnalysisRequest, control: TaskControl): Promise<OpenWorkbookAnalysis>;
  selectCell(reference: string): Promise<void>;
}

export function workbookActionsOf(host: ExcelHost): WorkbookActions {
  return {
    createTemplate: (withExampleData) => createTemplate(host, withExampleData),
    async validate({ writeSheet, language }, control) {
      const { validation, issues, reading } = await validateOpenWorkbook(host, {
        ...control,
        outputSheets: writeSheet ? [validationSheetName] : [],
      });
      const sheet = writeSheet
        ? await writeGeneratedSheet(host, validationSheetPlan(issues, language), {
            survey: reading.survey,
          })
        : undefined;
      return { issues, summary: validation.summary, content: validation.content, sheet };
    },
    benchmark: (request, control) =>
      benchmarkOpenWorkbook(host, request, {
        ...control,
        onRobustnessProgress: control.onProgress,
      }),
    profile: (request, control) => profileOpenWorkbook(host, request, control),
    analyse: (request, control) => analyseOpenWorkbook(host, request, control),
    selectCell: (reference) => selectCell(host, reference),
    prepareSsbImport: (choices, control) => prepareSsbImport(host, choices, control),
    prepareTableImport: (choices, control) => prepareTableImport(host, choices, control),
    writePreparedImport: (prepared, replaced) => writePreparedImport(host, prepared, replaced),
  };
}
