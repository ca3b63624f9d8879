import { atLeastPoints, lastPoint, type SeriesPoint, type TimeSeries } from "./series";
import { finiteResult, type TimeResult } from "./time-result";

/** The least-squares line through the present points, `x(t) = intercept + slope·t`. */
export interface LinearTrend {
  /** Change per year. */
  readonly slope: number;
  /** The line's value in year 0 (large for calendar years; `trendValueIn` is computed around the mean). */
  readonly intercept: number;
  /** Share of the variance the line explains, `1 - SS_res/SS_tot`; null for a flat series (SS_tot = 0). */
  readonly rSquared: number | null;
  readonly meanYear: number;
  readonly meanValue: number;
  readonly pointCount: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The last present point, from which "already reached" is judged. */
  readonly last: SeriesPoint;
}

/**
 * Ordinary least squares of value on year over the present points, computed around the means:
 * `slope = Σ(t - t̄)(x - x̄) / Σ(t - t̄)²`, `intercept = x̄ - slope·t̄`. Needs two present points (distinct
 * years, which a valid series has).
 */
export function linearTrend(series: TimeSeries): TimeResult<LinearTrend> {
  const points = atLeastPoints(series, 2);
  if (!points.ok) return points;
  const present = points.value;
  const count = present.length;
  let yearSum = 0;
  let valueSum = 0;
  for (const point of present) {
    yearSum += point.year;
    valueSum += point.value;
  }
  const meanYear = yearSum / count;
  const meanValue = valueSum / count;
  let yearSquares = 0;
  let products = 0;
  let valueSquares = 0;
  for (const point of present) {
    const yearDeviation = point.year - meanYear;
    const valueDeviation = point.value - meanValue;
    yearSquares += yearDeviation * yearDeviation;
    products += yearDeviation * valueDeviation;
    valueSquares += valueDeviation * valueDeviation;
  }
  const slope = products / yearSquares;
  let residualSquares = 0;
  for (const point of present) {
    const residual = point.value - (meanValue + slope * (point.year - meanYear));
    residualSquares += residual * residual;
  }
  const rSquared =
    valueSquares === 0 ? null : Math.min(1, Math.max(0, 1 - residualSquares / valueSquares));
  const intercept = meanValue - slope * meanYear;
  return finiteResult(
    {
      slope,
      intercept,
      rSquared,
      meanYear,
      meanValue,
      pointCount: count,
      firstYear: (present[0] as SeriesPoint).year,
      lastYear: (lastPoint(present) as SeriesPoint).year,
      last: lastPoint(present) as SeriesPoint,
    },
    [slope, intercept, meanValue, rSquared ?? 0]
  );
}

/** The trend line's value in a year: `x̄ + slope·(year - t̄)`. */
export function trendValueIn(trend: LinearTrend, year: number): number {
  return trend.meanValue + trend.slope * (year - trend.meanYear);
}
