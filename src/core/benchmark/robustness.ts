// The robustness analysis of a benchmark run: what the Metode sheet asks for, as a request to the
// uncertainty and sensitivity analysis (src/core/sensitivity), and what it gave.
import type { SensitivityRequest, SensitivityResult } from "../sensitivity";
import { readVariedInputs } from "../validate/read-varied-inputs";
import type { BenchmarkRun } from "./benchmark-workbook";

/** The analysis of a run, with the seed it drew its random numbers from (the sheet shows it). */
export interface BenchmarkRobustness {
  readonly result: SensitivityResult;
  readonly seed: number;
}

/**
 * The analysis the run's Metode values ask for, on the year ranked and the run's own method; undefined
 * when the Metode sheet turns it off or nothing was scored. The inputs were read when the workbook was
 * validated (a problem there left the default inputs), so they read here without problems.
 */
export function robustnessRequest(run: BenchmarkRun): SensitivityRequest | undefined {
  const values = run.method.values;
  if (values.sensitivityAnalysis !== "on" || run.year === null || run.dataset === null)
    return undefined;
  const { inputs } = readVariedInputs(values.sensitivityInputs);
  return {
    framework: run.framework,
    dataset: run.dataset,
    settings: run.method.settings,
    year: run.year,
    inputs,
    samples: values.sensitivityReplications,
    seed: values.sensitivitySeed,
    sobol: inputs.length >= 2,
  };
}
