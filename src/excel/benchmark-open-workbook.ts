// Benchmarking the open workbook: read the sheets, hand them to core's benchmark session, and render
// what it plans (the Benchmark and Validering sheets, and the Metode cells when the method is saved).
import { benchmarkSheetName, validationSheetName, type BenchmarkRun } from "../core/benchmark";
import type { Issue } from "../core/issues";
import type { BenchmarkRobustness } from "../core/benchmark";
import { SensitivityCancelledError } from "../core/sensitivity";
import {
  benchmarkSessionInSteps,
  type BenchmarkRequest,
  type BenchmarkSession,
} from "../core/session";
import type { ExcelHost } from "./excel-host";
import { ReadCancelledError, readWorkbook, type ReadOptions } from "./read-workbook";
import { writeGeneratedSheets, type GeneratedSheetWrite } from "./write-generated-sheet";
import { MethodSheetMissingError, writeMethodSettings } from "./write-method-settings";

export type { BenchmarkRequest };

export type OpenWorkbookBenchmark =
  /** Validation found errors: nothing was scored or written. */
  | Extract<BenchmarkSession, { readonly kind: "invalid" }>
  /** The options do not fit the workbook (an unknown group, a year without data, ...). */
  | { readonly kind: "blocked"; readonly run: BenchmarkRun; readonly issues: readonly Issue[] }
  | {
      readonly kind: "written";
      readonly run: BenchmarkRun;
      /** The Benchmark sheet, then the Validering sheet. */
      readonly sheets: readonly GeneratedSheetWrite[];
      readonly methodSaved: boolean;
      /** The robustness analysis; undefined when the Metode sheet turns it off. */
      readonly robustness: BenchmarkRobustness | undefined;
    };

/** How far the robustness analysis has come: runs done of all its runs. */
export interface RobustnessProgress {
  readonly runsDone: number;
  readonly runs: number;
}

export interface BenchmarkOptions extends ReadOptions {
  readonly onRobustnessProgress?: (progress: RobustnessProgress) => void;
}

/**
 * Syncs: two to survey the workbook, one per read chunk, one per write chunk of the sheets together
 * (one more to save the method). Between reading and writing, the robustness analysis runs in chunks
 * that give the pane its turn, reporting progress; the signal cancels it as it cancels the reading,
 * and then nothing is written.
 */
export async function benchmarkOpenWorkbook(
  host: ExcelHost,
  request: BenchmarkRequest,
  options: BenchmarkOptions = {}
): Promise<OpenWorkbookBenchmark> {
  const { onRobustnessProgress, ...readOptions } = options;
  const reading = await readWorkbook(host, {
    ...readOptions,
    outputSheets: [benchmarkSheetName, validationSheetName],
  });
  const { signal } = readOptions;
  const session = await benchmarkSessionInSteps(reading.grids, request, {
    ...(signal === undefined ? {} : { signal }),
    onProgress: (runsDone, runs) => onRobustnessProgress?.({ runsDone, runs }),
  }).catch((error: unknown) => {
    // Cancelling the analysis is cancelling the benchmark, as the pane knows it.
    if (error instanceof SensitivityCancelledError) throw new ReadCancelledError();
    throw error;
  });
  if (signal?.aborted === true) throw new ReadCancelledError();
  if (session.kind !== "scored") return session;
  if (session.methodSave.kind === "no method sheet") throw new MethodSheetMissingError();
  const sheets = await writeGeneratedSheets(
    host,
    session.plans.map((plan) => ({ plan, activate: plan.name === benchmarkSheetName })),
    { survey: reading.survey }
  );
  const { methodSave } = session;
  if (methodSave.kind === "write") await writeMethodSettings(host, methodSave.writeBack);
  return {
    kind: "written",
    run: session.run,
    sheets,
    methodSaved: methodSave.kind === "write",
    robustness: session.robustness,
  };
}
