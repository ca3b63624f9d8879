// Validating and benchmarking a workbook, then writing the Benchmark and Validering sheets into it:
// what `veikart benchmark` and `veikart demo` share.
import {
  benchmarkSheetPlan,
  benchmarkWorkbook,
  validationSheetPlan,
  type BenchmarkOptions,
  type BenchmarkRun,
} from "../core/benchmark";
import type { Issue, Language } from "../core/issues";
import type { WorkbookValidation } from "../core/validate";
import { UsageError } from "./command";
import { withCellAddress } from "./issue-report";
import { writeSheetPlans } from "./xlsx/write-sheet-plans";
import type { XlsxPackage } from "./xlsx/xlsx-package";

export interface BenchmarkRequest extends BenchmarkOptions {
  readonly language: Language;
  /** The time of the run as written in the header block. */
  readonly ranAt: Date;
}

/** The run, or a UsageError naming the first option that stops it (peers, year, method). */
export function benchmarkOrRefuse(
  validation: WorkbookValidation,
  request: BenchmarkRequest
): BenchmarkRun {
  const run = benchmarkWorkbook(validation.content, request);
  const [first, ...more] = run.blockingIssues;
  if (first !== undefined)
    throw new UsageError(
      `${first.message[request.language]}${more.length > 0 ? ` (and ${more.length} more)` : ""}`
    );
  return run;
}

/** Every issue of the validation and of the run, with cell addresses, as the Validering sheet lists them. */
export function issuesOfRun(
  validation: WorkbookValidation,
  run: BenchmarkRun | undefined
): Issue[] {
  return [...validation.issues, ...(run?.engineIssues ?? [])].map(withCellAddress);
}

/** Writes the Benchmark and Validering sheets into the workbook (never over a user's sheet). */
export function writeGeneratedSheets(
  xlsx: XlsxPackage,
  validation: WorkbookValidation,
  run: BenchmarkRun,
  request: BenchmarkRequest
): void {
  writeSheetPlans(xlsx, [
    benchmarkSheetPlan(run, { ranAt: request.ranAt.toISOString(), language: request.language }),
    validationSheetPlan(issuesOfRun(validation, run), request.language),
  ]);
}
