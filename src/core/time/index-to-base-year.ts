import { indexToBaseYearSeries } from "../steps/normalise/base-year";
import { sortAscending } from "../steps/statistics";
import { pointInYear, presentPoints, type TimeSeries } from "./series";
import type { TargetDirection } from "./target-direction";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import type { TimeResult } from "./time-result";

export interface IndexedYear {
  readonly year: number;
  /** 100 in the base year; null where the series has no value. */
  readonly index: number | null;
}

export interface IndexToBaseYear {
  readonly baseYear: number;
  readonly baseValue: number;
  /** Every year of the series, in year order. */
  readonly years: readonly IndexedYear[];
}

export interface IndexOptions {
  /** Default: the first year with a value. */
  readonly baseYear?: number;
  /** Default 1: `100·x/base` for a positive base; -1 makes a fall raise the index (as the engine's `index`). */
  readonly direction?: TargetDirection;
}

/**
 * Index to a base year (= 100), the engine's `index` normalisation kernel on `direction·x`:
 * `100 + 100·(x' - x'_base)/|x'_base|`, which for direction 1 and a positive base is `100·x/base`.
 * Reasons: no value in the base year, a base value of 0, a malformed series.
 */
export function indexToBaseYear(
  series: TimeSeries,
  options: IndexOptions = {}
): TimeResult<IndexToBaseYear> {
  const points = presentPoints(series);
  if (!points.ok) return points;
  const base = pointInYear(points.value, options.baseYear);
  if (!base.ok) return base;
  const { year: baseYear, value: baseValue } = base.value;
  if (baseValue === 0)
    return failure(reportTimeIssue("base_value_zero", { baseYear }, { year: baseYear }));
  const direction = options.direction ?? 1;
  // presentPoints has checked that every year is a finite number, as sortAscending needs.
  const years = sortAscending(Float64Array.from(series.years));
  const valueOf = new Map(points.value.map((point) => [point.year, point.value]));
  const directed = years.map((year) => direction * (valueOf.get(year) ?? Number.NaN));
  const { scores } = indexToBaseYearSeries(directed, years, baseYear);
  return ok({
    baseYear,
    baseValue,
    years: Array.from(years, (year, position) => {
      const index = scores[position] as number;
      return { year, index: Number.isFinite(index) ? index : null };
    }),
  });
}
