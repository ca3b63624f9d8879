import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import type { TimeResult } from "./time-result";

/**
 * One unit's measurements over years, as given: a year per value, in any order. A value that is null,
 * undefined, NaN or infinite is missing; the year of a missing value still has to be a valid, unique year.
 */
export interface TimeSeries {
  readonly years: ArrayLike<number>;
  readonly values: ArrayLike<number | null | undefined>;
}

/** A year with a present value. */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
}

const isPresent = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/**
 * The series' present points in year order, or the reason the series is malformed: years and values of
 * different lengths, a year that is not a finite number, a year given twice. Never throws.
 */
export function presentPoints(series: TimeSeries): TimeResult<SeriesPoint[]> {
  const years = series?.years ?? [];
  const values = series?.values ?? [];
  if (years.length !== values.length)
    return failure(
      reportTimeIssue("series_length_mismatch", { years: years.length, values: values.length })
    );
  const seen = new Set<number>();
  const points: SeriesPoint[] = [];
  for (let index = 0; index < years.length; index++) {
    const year: unknown = years[index];
    if (!isPresent(year))
      return failure(reportTimeIssue("series_year_invalid", { text: String(year) }));
    if (seen.has(year)) return failure(reportTimeIssue("series_year_repeated", { year }, { year }));
    seen.add(year);
    const value: unknown = values[index];
    if (isPresent(value)) points.push({ year, value });
  }
  return ok(points.sort((a, b) => a.year - b.year));
}

/** The present points when there are at least `needed` of them, else `too_few_points`. */
export function atLeastPoints(series: TimeSeries, needed: number): TimeResult<SeriesPoint[]> {
  const points = presentPoints(series);
  if (!points.ok || points.value.length >= needed) return points;
  return failure(reportTimeIssue("too_few_points", { needed, present: points.value.length }));
}

/** A number argument (target, baseline, year), or `time_number_invalid` naming it. */
export function finiteNumber(name: string, value: unknown): TimeResult<number> {
  return isPresent(value)
    ? ok(value)
    : failure(reportTimeIssue("time_number_invalid", { name, text: String(value) }));
}

/** The point of a given year, or the first point when no year is given. */
export function pointInYear(
  points: readonly SeriesPoint[],
  year: number | undefined
): TimeResult<SeriesPoint> {
  const first = points[0];
  if (year === undefined) {
    if (first === undefined)
      return failure(reportTimeIssue("too_few_points", { needed: 1, present: 0 }));
    return ok(first);
  }
  const checked = finiteNumber("base year", year);
  if (!checked.ok) return checked;
  const point = points.find((candidate) => candidate.year === year);
  return point === undefined
    ? failure(reportTimeIssue("base_year_without_value", { baseYear: year }, { year }))
    : ok(point);
}

/** The last present point (points are in year order). */
export function lastPoint(points: readonly SeriesPoint[]): SeriesPoint | undefined {
  return points[points.length - 1];
}

/** A series' baseline point (the given year's, else the first present) and its latest present point. */
export interface BaselineAndLatest {
  /** The present points, in year order. */
  readonly points: readonly SeriesPoint[];
  readonly baseline: SeriesPoint;
  readonly latest: SeriesPoint;
}

/** The baseline and latest points, or why there are none (a malformed series, no value in the base year). */
export function baselineAndLatest(
  series: TimeSeries,
  baselineYear: number | undefined
): TimeResult<BaselineAndLatest> {
  const points = atLeastPoints(series, 1);
  if (!points.ok) return points;
  const baseline = pointInYear(points.value, baselineYear);
  if (!baseline.ok) return baseline;
  const latest = lastPoint(points.value) as SeriesPoint;
  return ok({ points: points.value, baseline: baseline.value, latest });
}

/** `too_few_points` for a measure that needs a point after the baseline, counting those from it on. */
export function tooFewAfterBaseline({ points, baseline }: BaselineAndLatest): TimeResult<never> {
  return failure(
    reportTimeIssue("too_few_points", {
      needed: 2,
      present: points.filter((point) => point.year >= baseline.year).length,
    })
  );
}
