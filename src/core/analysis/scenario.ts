// Scenarios: the run with and without the planned measures, optionally on top of the projection to 2030.
import type { Framework } from "../model/framework";
import type { PipelineSettings } from "../model/methods";
import type { Observation } from "../model/observations";
import type { PipelineResult } from "../model/pipeline-result";
import type { Unit } from "../model/units";
import { datasetFromObservations, yearSpanOf } from "../data/observations";
import { runPipeline } from "../pipeline/run-pipeline";
import { aggregationTree } from "../steps/aggregate/tree";
import { defaultProjectionYear, projectedValue, type TrendMethod } from "../time/projection";
import { applyMeasures, type Measure } from "./measures";
import { columnById, rowOfUnit } from "./run-rows";

export interface ScenarioInput {
  readonly framework: Framework;
  /** The units compared (the benchmark's peer set). */
  readonly units: readonly Unit[];
  readonly observations: readonly Observation[];
  readonly settings?: PipelineSettings;
}

export interface ScenarioOptions {
  /** The year compared; default the latest year with data, or the projection year when projecting. */
  readonly year?: number;
  /** Carry every unit's indicators forward to this year first (linear trend or CAGR), then apply. */
  readonly projection?: { readonly year?: number; readonly method?: TrendMethod };
}

/** A unit's index, rank and every dimension's score in one of the two runs; null when missing. */
export interface Standing {
  readonly index: number | null;
  readonly rank: number | null;
  readonly dimensions: Readonly<Record<string, number | null>>;
}

export interface ScenarioUnit {
  readonly unitCode: string;
  readonly without: Standing;
  readonly with: Standing;
  /** with − without; null when either is missing. */
  readonly indexChange: number | null;
  /** Places gained (rank without − rank with). */
  readonly placesGained: number | null;
  /** The measure that, applied alone, moves this unit's index most (largest absolute change); null if none does. */
  readonly strongestMeasure: { readonly measure: Measure; readonly indexChange: number } | null;
}

export interface Scenario {
  readonly year: number;
  /** The projection year when the scenario is built on projected values. */
  readonly projectedTo: number | null;
  readonly indexId: string;
  readonly dimensionIds: readonly string[];
  /** The measures that acted on a value of the year compared. */
  readonly applied: readonly Measure[];
  readonly units: readonly ScenarioUnit[];
}

const finiteOrNull = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? null : value;

/** Every unit's indicators carried forward to `year` where it has no value there (time layer). */
function projectedObservations(
  input: ScenarioInput,
  year: number,
  method: TrendMethod = "linear"
): Observation[] {
  const bySeries = new Map<string, Observation[]>();
  for (const observation of input.observations) {
    const key = `${observation.unitCode}\u0000${observation.indicatorId}`;
    const series = bySeries.get(key);
    if (series === undefined) bySeries.set(key, [observation]);
    else series.push(observation);
  }
  const projected: Observation[] = [...input.observations];
  for (const series of bySeries.values()) {
    const first = series[0] as Observation;
    if (series.some((observation) => observation.year === year && observation.value !== null))
      continue;
    const past = series.filter((observation) => observation.year < year);
    const value = projectedValue(
      {
        years: past.map((observation) => observation.year),
        values: past.map((observation) => observation.value),
      },
      year,
      method
    );
    if (value.ok)
      projected.push({
        unitCode: first.unitCode,
        indicatorId: first.indicatorId,
        year,
        value: value.value.value,
      });
  }
  return projected;
}

function run(input: ScenarioInput, observations: readonly Observation[]): PipelineResult {
  const dataset = datasetFromObservations(input.framework, input.units, observations).value;
  return runPipeline({
    framework: input.framework,
    dataset,
    ...(input.settings === undefined ? {} : { settings: input.settings }),
  });
}

function standingOf(
  result: PipelineResult,
  unitCode: string,
  year: number,
  indexId: string,
  dimensionIds: readonly string[]
): Standing {
  const final = result.stages.aggregated;
  const row = final === undefined ? undefined : rowOfUnit(final, unitCode, year);
  const read = (id: string) =>
    final === undefined || row === undefined ? null : finiteOrNull(columnById(final, id)?.[row]);
  const dimensions: Record<string, number | null> = {};
  for (const id of dimensionIds) dimensions[id] = read(id);
  return {
    index: read(indexId),
    rank: row === undefined ? null : finiteOrNull(result.ranks.overall[indexId]?.[row]),
    dimensions,
  };
}

/**
 * Runs the pipeline without and with the measures (applied in sheet order, see applyMeasures), and once
 * with each measure alone, and reports each unit's index, rank and dimensions in the year compared.
 * With a projection, every series is first carried to the projection year, and measures dated after the
 * last year with data (up to the projection year) act on the projected value: their effect is taken to
 * last until then.
 */
export function runScenario(
  input: ScenarioInput,
  measures: readonly Measure[],
  options: ScenarioOptions = {}
): Scenario {
  const projectedTo =
    options.projection === undefined ? null : (options.projection.year ?? defaultProjectionYear);
  const lastDataYear = yearSpanOf(input.observations).last;
  const base =
    projectedTo === null
      ? input.observations
      : projectedObservations(input, projectedTo, options.projection?.method);
  const year = options.year ?? projectedTo ?? lastDataYear;
  const dated = measures.map((measure) =>
    projectedTo !== null && measure.year > lastDataYear && measure.year <= projectedTo
      ? { ...measure, year: projectedTo }
      : measure
  );
  const applied = dated.filter((measure) => measure.year === year);
  const { tree } = aggregationTree(input.framework);
  const indexId = tree.roots[0] ?? "";
  const dimensionIds = tree.aggregates.map((node) => node.id).filter((id) => id !== indexId);
  const without = run(input, base);
  const withAll = run(input, applyMeasures(base, applied));
  const alone = applied.map((measure) => ({
    measure,
    result: run(input, applyMeasures(base, [measure])),
  }));
  const units = input.units.map((unit): ScenarioUnit => {
    const before = standingOf(without, unit.code, year, indexId, dimensionIds);
    const after = standingOf(withAll, unit.code, year, indexId, dimensionIds);
    let strongest: ScenarioUnit["strongestMeasure"] = null;
    for (const { measure, result } of alone) {
      const index = standingOf(result, unit.code, year, indexId, dimensionIds).index;
      if (index === null || before.index === null) continue;
      const change = index - before.index;
      if (
        change !== 0 &&
        (strongest === null || Math.abs(change) > Math.abs(strongest.indexChange))
      )
        strongest = { measure: measures[dated.indexOf(measure)] ?? measure, indexChange: change };
    }
    return {
      unitCode: unit.code,
      without: before,
      with: after,
      indexChange:
        before.index === null || after.index === null ? null : after.index - before.index,
      placesGained: before.rank === null || after.rank === null ? null : before.rank - after.rank,
      strongestMeasure: strongest,
    };
  });
  return {
    year,
    projectedTo,
    indexId,
    dimensionIds,
    applied: applied.map((measure) => measures[dated.indexOf(measure)] ?? measure),
    units,
  };
}
