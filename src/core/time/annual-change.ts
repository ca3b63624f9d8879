import {
  atLeastPoints,
  baselineAndLatest,
  tooFewAfterBaseline,
  type SeriesPoint,
  type TimeSeries,
} from "./series";
import { finiteResult, type TimeResult } from "./time-result";

/** The change from one point to the next present one (a gap of missing years is spread evenly). */
export interface AnnualChange {
  readonly previousYear: number;
  readonly year: number;
  /** `x_t - x_previous`. */
  readonly change: number;
  /** `(x_t - x_previous)/(t - previous)`: the same as `change` for consecutive years. */
  readonly changePerYear: number;
  /** `(x_t - x_previous)/|x_previous|`; null when the previous value is 0. */
  readonly relativeChange: number | null;
}

/** The change from a base point to the latest point. */
export interface ChangeSinceBaseYear {
  readonly baseYear: number;
  readonly baseValue: number;
  readonly year: number;
  readonly value: number;
  /** `x_latest - x_base`. */
  readonly change: number;
  /** `(x_latest - x_base)/|x_base|`; null when the base value is 0. */
  readonly relativeChange: number | null;
}

const relativeChange = (from: number, to: number): number | null =>
  from === 0 ? null : (to - from) / Math.abs(from);

function changeBetween(from: SeriesPoint, to: SeriesPoint): AnnualChange {
  const change = to.value - from.value;
  return {
    previousYear: from.year,
    year: to.year,
    change,
    changePerYear: change / (to.year - from.year),
    relativeChange: relativeChange(from.value, to.value),
  };
}

/** Annual change between each pair of consecutive present points; needs two points. */
export function annualChanges(series: TimeSeries): TimeResult<AnnualChange[]> {
  const points = atLeastPoints(series, 2);
  if (!points.ok) return points;
  const changes = points.value
    .slice(1)
    .map((point, index) => changeBetween(points.value[index] as SeriesPoint, point));
  return finiteResult(
    changes,
    changes.flatMap((change) => [change.change, change.changePerYear, change.relativeChange ?? 0])
  );
}

/**
 * Change since the base year (default: the first year with a value) to the latest present point. Reasons:
 * no value in the base year, no point after it, a malformed series.
 */
export function changeSinceBaseYear(
  series: TimeSeries,
  baseYear?: number
): TimeResult<ChangeSinceBaseYear> {
  const ends = baselineAndLatest(series, baseYear);
  if (!ends.ok) return ends;
  const { baseline: base, latest } = ends.value;
  if (latest.year <= base.year) return tooFewAfterBaseline(ends.value);
  const change = latest.value - base.value;
  const relative = relativeChange(base.value, latest.value);
  return finiteResult(
    {
      baseYear: base.year,
      baseValue: base.value,
      year: latest.year,
      value: latest.value,
      change,
      relativeChange: relative,
    },
    [change, relative ?? 0]
  );
}
