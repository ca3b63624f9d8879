import { atLeastPoints, lastPoint, type SeriesPoint, type TimeSeries } from "./series";
import { reportTimeIssue } from "./time-issues";
import { failure } from "../model/issue";
import { finiteResult, type TimeResult } from "./time-result";

/** The compound annual growth rate between two points, with the points it was computed from. */
export interface GrowthRate {
  /** `(last/first)^(1/(t_last - t_first)) - 1`: 0.05 is 5 % a year. */
  readonly rate: number;
  readonly first: SeriesPoint;
  readonly last: SeriesPoint;
}

/**
 * The compound annual growth rate from one point to a later one, `(last/first)^(1/(t_last - t_first)) - 1`.
 * Reasons: a first value of 0 or less (the ratio is undefined or changes sign), a negative last value (no
 * real root). A last value of 0 gives -1 (-100 % a year).
 */
export function growthRateBetween(first: SeriesPoint, last: SeriesPoint): TimeResult<GrowthRate> {
  if (!(first.value > 0))
    return failure(
      reportTimeIssue(
        "growth_start_not_positive",
        { value: first.value, year: first.year },
        { year: first.year }
      )
    );
  if (last.value < 0)
    return failure(
      reportTimeIssue(
        "growth_end_negative",
        { value: last.value, year: last.year },
        { year: last.year }
      )
    );
  const rate = Math.pow(last.value / first.value, 1 / (last.year - first.year)) - 1;
  return finiteResult({ rate, first, last }, [rate]);
}

/**
 * CAGR over the present points of a series, as COINr computes it: from the first present point to the last,
 * `(x_last/x_first)^(1/(t_last - t_first)) - 1`. Needs two present points.
 */
export function compoundAnnualGrowthRate(series: TimeSeries): TimeResult<GrowthRate> {
  const points = atLeastPoints(series, 2);
  if (!points.ok) return points;
  return growthRateBetween(points.value[0] as SeriesPoint, lastPoint(points.value) as SeriesPoint);
}
