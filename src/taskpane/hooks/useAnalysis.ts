// The Analyse action's state: the task that writes the Analyse sheet, on the run the benchmark's
// choices (year, peers, method overrides, the decoupling pairs among them) make.
import { useCallback } from "react";
import type { Language } from "../../core/language";
import { benchmarkRequestOf, type BenchmarkChoices } from "./usePane";
import { useTask, type Task } from "./useTask";
import type { OpenWorkbookAnalysis, WorkbookActions } from "./workbook-actions";

export interface AnalysisState {
  readonly task: Task<OpenWorkbookAnalysis>;
  /** Undefined outside Excel. */
  readonly writeAnalysis: (() => void) | undefined;
}

export function useAnalysis(
  actions: WorkbookActions | undefined,
  language: Language,
  choices: BenchmarkChoices
): AnalysisState {
  const task = useTask<OpenWorkbookAnalysis>();
  const { start } = task;
  const write = useCallback(() => {
    if (actions === undefined) return;
    void start((control) => actions.analyse(benchmarkRequestOf(choices, language), control));
  }, [actions, choices, language, start]);
  return { task, writeAnalysis: actions === undefined ? undefined : write };
}
