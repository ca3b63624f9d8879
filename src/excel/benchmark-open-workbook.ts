// Benchmarking the open workbook: read and validate the template sheets, run the engine for the
// chosen year, peer set and method, and write the generated Benchmark sheet.
import {
  benchmarkSheetName,
  benchmarkSheetPlan,
  benchmarkWorkbook,
  type BenchmarkOptions,
  type BenchmarkRun,
} from "../core/benchmark";
import type { Issue } from "../core/issues";
import type { Language } from "../core/language";
import type { WorkbookValidation } from "../core/validate";
import type { ExcelHost } from "./excel-host";
import type { ReadOptions } from "./read-workbook";
import { validateOpenWorkbook } from "./validate-open-workbook";
import { writeGeneratedSheet, type GeneratedSheetWrite } from "./write-generated-sheet";
import { writeMethodSettings } from "./write-method-settings";

export interface BenchmarkRequest extends BenchmarkOptions {
  readonly language: Language;
  /** When the run was made (ISO 8601), shown on the sheet. */
  readonly ranAt: string;
  /** Write the method overrides back to the Metode sheet. */
  readonly saveMethod?: boolean;
}

export type OpenWorkbookBenchmark =
  /** Validation found errors: nothing was scored or written. */
  | {
      readonly kind: "invalid";
      readonly validation: WorkbookValidation;
      readonly issues: readonly Issue[];
    }
  /** The options do not fit the workbook (an unknown group, a year without data, ...). */
  | { readonly kind: "blocked"; readonly run: BenchmarkRun; readonly issues: readonly Issue[] }
  | {
      readonly kind: "written";
      readonly run: BenchmarkRun;
      readonly sheet: GeneratedSheetWrite;
      readonly methodSaved: boolean;
    };

/** Syncs: two to survey the workbook, one per read chunk, one per write chunk (one more to save the method). */
export async function benchmarkOpenWorkbook(
  host: ExcelHost,
  request: BenchmarkRequest,
  readOptions: ReadOptions = {}
): Promise<OpenWorkbookBenchmark> {
  const { validation, issues, reading } = await validateOpenWorkbook(host, {
    ...readOptions,
    outputSheets: [benchmarkSheetName],
  });
  if (!validation.summary.canScore) return { kind: "invalid", validation, issues };
  const run = benchmarkWorkbook(validation.content, request);
  if (run.blockingIssues.length > 0) return { kind: "blocked", run, issues: run.blockingIssues };
  const plan = benchmarkSheetPlan(run, { ranAt: request.ranAt, language: request.language });
  const sheet = await writeGeneratedSheet(host, plan, { survey: reading.survey, activate: true });
  const overrides = request.methodOverrides ?? {};
  const methodSaved = request.saveMethod === true && Object.keys(overrides).length > 0;
  if (methodSaved) await writeMethodSettings(host, reading.grids, overrides);
  return { kind: "written", run, sheet, methodSaved };
}
