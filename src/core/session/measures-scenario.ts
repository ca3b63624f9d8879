// A benchmark run's year again with planned measures on top of its data, for the Benchmark sheet's
// with-and-without table and a unit's profile.
import { runScenario, type Measure, type Scenario } from "../analysis";
import type { BenchmarkRun } from "../benchmark";
import type { Observation } from "../model";

/** The scenario of the run's year with `measures` applied; undefined without measures or a year. */
export function measuresScenario(
  run: BenchmarkRun,
  observations: readonly Observation[],
  measures: readonly Measure[]
): Scenario | undefined {
  if (measures.length === 0 || run.year === null) return undefined;
  return runScenario(
    { framework: run.framework, units: run.units, observations, settings: run.method.settings },
    measures,
    { year: run.year }
  );
}
