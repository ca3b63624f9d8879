import { atLeastPoints, lastPoint, type SeriesPoint, type TimeSeries } from "./series";
import { finiteResult, type TimeResult } from "./time-result";

/** The least-squares line through the present points, `x(t) = intercept + slope·t`. */
export interface LinearTrend {
  /** Change per year. */
  readonly slope: number;
  /** The line's value in year 0 (large for calendar years; `trendValueIn` works from the first year). */
  readonly intercept: number;
  /** The line's value in the first year with a value. */
  readonly valueInFirstYear: number;
  /** Share of the variance the line explains, `1 - SS_res/SS_tot`; null for a flat series (SS_tot = 0). */
  readonly rSquared: number | null;
  readonly pointCount: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The last present point, from which "already reached" is judged. */
  readonly last: SeriesPoint;
}

/**
 * Ordinary least squares of value on year over the present points:
 * `slope = (n·Σtx - Σt·Σx) / (n·Σt² - (Σt)²)`, `intercept = (Σx - slope·Σt)/n`. Computed on years and values
 * taken relative to the first point, so that a perfectly linear series of whole numbers is fitted exactly.
 * Needs two present points (distinct years, which a valid series has).
 */
export function linearTrend(series: TimeSeries): TimeResult<LinearTrend> {
  const points = atLeastPoints(series, 2);
  if (!points.ok) return points;
  const present = points.value;
  const count = present.length;
  const first = present[0] as SeriesPoint;
  const last = lastPoint(present) as SeriesPoint;
  let yearSum = 0;
  let valueSum = 0;
  let yearSquares = 0;
  let products = 0;
  for (const point of present) {
    const year = point.year - first.year;
    const value = point.value - first.value;
    yearSum += year;
    valueSum += value;
    yearSquares += year * year;
    products += year * value;
  }
  const slope = (count * products - yearSum * valueSum) / (count * yearSquares - yearSum * yearSum);
  const offset = (valueSum - slope * yearSum) / count;
  const valueInFirstYear = first.value + offset;
  const meanValue = first.value + valueSum / count;
  let residualSquares = 0;
  let totalSquares = 0;
  for (const point of present) {
    const residual = point.value - (valueInFirstYear + slope * (point.year - first.year));
    residualSquares += residual * residual;
    totalSquares += (point.value - meanValue) * (point.value - meanValue);
  }
  const rSquared =
    totalSquares === 0 ? null : Math.min(1, Math.max(0, 1 - residualSquares / totalSquares));
  const intercept = valueInFirstYear - slope * first.year;
  return finiteResult(
    {
      slope,
      intercept,
      valueInFirstYear,
      rSquared,
      pointCount: count,
      firstYear: first.year,
      lastYear: last.year,
      last,
    },
    [slope, intercept, valueInFirstYear, rSquared ?? 0]
  );
}

/** The trend line's value in a year: `x_line(first year) + slope·(year - first year)`. */
export function trendValueIn(trend: LinearTrend, year: number): number {
  return trend.valueInFirstYear + trend.slope * (year - trend.firstYear);
}
