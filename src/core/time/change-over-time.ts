import type { Indicator } from "../model/framework";
import type { PipelineResult } from "../model/pipeline-result";
import { resultsOf } from "../pipeline/results";
import {
  annualChanges,
  changeSinceBaseYear,
  type AnnualChange,
  type ChangeSinceBaseYear,
} from "./annual-change";
import { compoundAnnualGrowthRate, type GrowthRate } from "./growth-rate";
import { indexToBaseYear, type IndexToBaseYear } from "./index-to-base-year";
import { linearTrend, type LinearTrend } from "./linear-trend";
import { onTrackRating, type OnTrackAssessment } from "./on-track";
import type { OnTrackSettings } from "./on-track-settings";
import {
  defaultProjectionYear,
  growthTrend,
  lineTrend,
  projectionOn,
  reachYearOn,
  type Projection,
  type TargetReach,
  type TrendMethod,
} from "./projection";
import { resultsByUnit, seriesOfMeasure, type ResultMeasure } from "./result-series";
import type { TimeSeries } from "./series";
import type { TargetDirection } from "./target-direction";
import { progressOfSeries, type SeriesProgress } from "./target-progress";
import type { TimeResult } from "./time-result";

export interface ChangeOverTimeOptions {
  /** Default: each series' first year with a value. */
  readonly baseYear?: number;
  /** Default 2030. */
  readonly projectionYear?: number;
  /** How projections and the reach year follow the trend; default linear. */
  readonly method?: TrendMethod;
  readonly onTrack?: Partial<OnTrackSettings>;
}

/** The measures of one series that follow its trend: the fits, the projection and, against a target, the progress, pace and reach year. */
export interface TrendMeasures {
  readonly growthRate: TimeResult<GrowthRate>;
  readonly trend: TimeResult<LinearTrend>;
  readonly projection: TimeResult<Projection>;
  /** null when the indicator has no target (aggregates have none). */
  readonly progress: TimeResult<SeriesProgress> | null;
  /** null when the indicator has no target or no target year. */
  readonly onTrack: TimeResult<OnTrackAssessment> | null;
  readonly reachYear: TimeResult<TargetReach> | null;
}

/** Every measure of change of one series (an indicator's values or an aggregate's scores). */
export interface MeasureChange extends TrendMeasures {
  readonly measure: ResultMeasure;
  readonly series: TimeSeries;
  readonly index: TimeResult<IndexToBaseYear>;
  readonly sinceBaseYear: TimeResult<ChangeSinceBaseYear>;
  readonly annualChanges: TimeResult<AnnualChange[]>;
}

export interface UnitChangeOverTime {
  readonly unitCode: string;
  readonly unitName: string;
  /** Raw values of every indicator of the framework, in framework order. */
  readonly indicators: readonly MeasureChange[];
  /** Scores of every aggregate the run computed. */
  readonly aggregates: readonly MeasureChange[];
}

interface TargetOf {
  readonly value?: number;
  readonly year?: number;
  readonly direction?: TargetDirection;
}

function targetOf(indicator: Indicator): TargetOf {
  return {
    ...(indicator.target === undefined ? {} : { value: indicator.target }),
    ...(indicator.targetYear === undefined ? {} : { year: indicator.targetYear }),
    ...(indicator.direction === 0 ? {} : { direction: indicator.direction }),
  };
}

/**
 * The trend measures of one series against an optional target, without the index and the changes year by
 * year that measureChange adds (the Benchmark sheet's targets table reads only these, for 729 series).
 */
export function trendMeasures(
  series: TimeSeries,
  target: TargetOf,
  options: ChangeOverTimeOptions = {}
): TrendMeasures {
  const method = options.method ?? "linear";
  const direction = target.direction === undefined ? {} : { direction: target.direction };
  const baseline = options.baseYear === undefined ? {} : { baselineYear: options.baseYear };
  const targetValue = target.value;
  const targetYear = target.year;
  // One fit of each kind per series: the projection and the reach year follow the method's.
  const trend = linearTrend(series);
  const growthRate = compoundAnnualGrowthRate(series);
  const carried = method === "linear" ? lineTrend(trend) : growthTrend(growthRate);
  return {
    growthRate,
    trend,
    projection: projectionOn(carried, options.projectionYear ?? defaultProjectionYear),
    progress:
      targetValue === undefined
        ? null
        : progressOfSeries(series, targetValue, { ...direction, ...baseline }),
    onTrack:
      targetValue === undefined || targetYear === undefined
        ? null
        : onTrackRating(
            series,
            { value: targetValue, year: targetYear },
            {
              ...direction,
              ...baseline,
              ...(options.onTrack === undefined ? {} : { settings: options.onTrack }),
            }
          ),
    reachYear:
      targetValue === undefined ? null : reachYearOn(carried, targetValue, target.direction),
  };
}

/** The measures of change of one series against an optional target. */
export function measureChange(
  measure: ResultMeasure,
  series: TimeSeries,
  target: TargetOf,
  options: ChangeOverTimeOptions = {}
): MeasureChange {
  return {
    measure,
    series,
    index: indexToBaseYear(
      series,
      options.baseYear === undefined ? {} : { baseYear: options.baseYear }
    ),
    sinceBaseYear: changeSinceBaseYear(series, options.baseYear),
    annualChanges: annualChanges(series),
    ...trendMeasures(series, target, options),
  };
}

/**
 * The measures of change over a run's results, per unit: each indicator's raw values against its target and
 * target year (with its direction), and each aggregate's score (higher is better, no target).
 */
export function changeOverTime(
  result: PipelineResult,
  options: ChangeOverTimeOptions = {}
): UnitChangeOverTime[] {
  const aggregateIds = Object.keys(result.aggregation.coverage);
  return [...resultsByUnit(resultsOf(result))].map(([unitCode, rows]) => ({
    unitCode,
    unitName: rows[0]?.unitName ?? unitCode,
    indicators: result.framework.indicators.map((indicator) => {
      const measure: ResultMeasure = { kind: "raw", indicatorId: indicator.id };
      return measureChange(measure, seriesOfMeasure(rows, measure), targetOf(indicator), options);
    }),
    aggregates: aggregateIds.map((aggregateId) => {
      const measure: ResultMeasure = { kind: "aggregate", aggregateId };
      return measureChange(measure, seriesOfMeasure(rows, measure), { direction: 1 }, options);
    }),
  }));
}
