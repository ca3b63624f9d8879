import { compoundAnnualGrowthRate, type GrowthRate } from "./growth-rate";
import { linearTrend, trendValueIn, type LinearTrend } from "./linear-trend";
import { finiteNumber, type SeriesPoint, type TimeSeries } from "./series";
import { meetsTarget, type TargetDirection } from "./target-direction";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import { finiteResult, type TimeResult } from "./time-result";

/** How a series is carried forward: its least-squares line, or its compound annual growth rate. */
export type TrendMethod = "linear" | "cagr";

export const defaultProjectionYear = 2030;

/** The words users write for each method, in the order messages list them. */
export const trendMethodWords: Readonly<Record<string, TrendMethod>> = {
  linear: "linear",
  slope: "linear",
  lineær: "linear",
  cagr: "cagr",
};

/** A method as users write it ("linear"/"lineær"/"slope", "cagr"; any case), linear when not given. */
export function readTrendMethod(input: unknown): TimeResult<TrendMethod> {
  if (input === undefined || input === null || input === "") return ok("linear");
  const method =
    typeof input === "string" ? trendMethodWords[input.trim().toLowerCase()] : undefined;
  return method === undefined
    ? failure(reportTimeIssue("trend_method_invalid", { text: String(input) }))
    : ok(method);
}

/** A trend that can be evaluated in any year: the value in a year, and the last observed point. */
export interface FittedTrend {
  readonly method: TrendMethod;
  readonly valueIn: (year: number) => number;
  /** The year the curve reaches a value, or undefined when it never does. */
  readonly yearOf: (value: number) => number | undefined;
  /** Sign of the curve's movement: +1 rising, -1 falling, 0 flat. */
  readonly movement: number;
  readonly last: SeriesPoint;
}

/** Linear: `x(t) = x_line(t_first) + slope·(t - t_first)`. */
function lineOf(line: LinearTrend): FittedTrend {
  return {
    method: "linear",
    valueIn: (year) => trendValueIn(line, year),
    yearOf: (value) =>
      line.slope === 0 ? undefined : line.firstYear + (value - line.valueInFirstYear) / line.slope,
    movement: Math.sign(line.slope),
    last: line.last,
  };
}

/**
 * CAGR: `x(t) = x_last·(1 + r)^(t - t_last)`, through the last present point (the same curve as from the
 * first, since `x_last = x_first·(1 + r)^(t_last - t_first)`).
 */
function growthCurveOf({ rate, last }: GrowthRate): FittedTrend {
  return {
    method: "cagr",
    valueIn: (year) => last.value * Math.pow(1 + rate, year - last.year),
    yearOf: (value) =>
      rate === 0 || rate <= -1 || !(value > 0) || !(last.value > 0)
        ? undefined
        : last.year + Math.log(value / last.value) / Math.log(1 + rate),
    movement: last.value === 0 ? 0 : Math.sign(rate),
    last,
  };
}

/** The least-squares line as a trend to carry forward. */
export function lineTrend(line: TimeResult<LinearTrend>): TimeResult<FittedTrend> {
  return line.ok ? ok(lineOf(line.value)) : line;
}

/** The compound growth rate as a trend to carry forward. */
export function growthTrend(growth: TimeResult<GrowthRate>): TimeResult<FittedTrend> {
  return growth.ok ? ok(growthCurveOf(growth.value)) : growth;
}

function fittedTrend(series: TimeSeries, method: TrendMethod): TimeResult<FittedTrend> {
  return method === "linear"
    ? lineTrend(linearTrend(series))
    : growthTrend(compoundAnnualGrowthRate(series));
}

export interface Projection {
  readonly year: number;
  readonly value: number;
  readonly method: TrendMethod;
}

/** The value in `year` (default 2030) on the series' linear trend (default) or its CAGR. */
export function projectedValue(
  series: TimeSeries,
  year: number = defaultProjectionYear,
  method: TrendMethod = "linear"
): TimeResult<Projection> {
  return projectionOn(fittedTrend(series, method), year);
}

/** The value in `year` on a trend already fitted (see projectedValue). */
export function projectionOn(trend: TimeResult<FittedTrend>, year: number): TimeResult<Projection> {
  const checkedYear = finiteNumber("year", year);
  if (!checkedYear.ok) return checkedYear;
  if (!trend.ok) return trend;
  const value = trend.value.valueIn(checkedYear.value);
  return finiteResult({ year: checkedYear.value, value, method: trend.value.method }, [value]);
}

export interface TargetReach {
  /** When the trend reaches the target, as a fractional year; the latest year when already reached. */
  readonly year: number;
  /** The first whole year at or after `year`. */
  readonly wholeYear: number;
  readonly alreadyReached: boolean;
  readonly method: TrendMethod;
}

export interface ReachOptions {
  readonly method?: TrendMethod;
  /** Default: towards the target from the latest value. */
  readonly direction?: TargetDirection;
}

/**
 * The year the target is reached on the current trend: already reached when the latest value meets it;
 * otherwise where the linear trend (or the CAGR curve) crosses the target, never earlier than the latest
 * year. `not_on_current_trend` when the trend is flat or moves away from the target (and, for CAGR, for a
 * target of 0 or less, which a growth curve never reaches).
 */
export function targetReachYear(
  series: TimeSeries,
  target: number,
  options: ReachOptions = {}
): TimeResult<TargetReach> {
  return reachYearOn(fittedTrend(series, options.method ?? "linear"), target, options.direction);
}

/** The year the target is reached on a trend already fitted (see targetReachYear). */
export function reachYearOn(
  trend: TimeResult<FittedTrend>,
  target: number,
  givenDirection?: TargetDirection
): TimeResult<TargetReach> {
  const checkedTarget = finiteNumber("target", target);
  if (!checkedTarget.ok) return checkedTarget;
  if (!trend.ok) return trend;
  const { method, last, movement, yearOf } = trend.value;
  const direction: number = givenDirection ?? Math.sign(checkedTarget.value - last.value);
  if (direction === 0 || meetsTarget(last.value, checkedTarget.value, direction === 1 ? 1 : -1))
    return ok({ year: last.year, wholeYear: last.year, alreadyReached: true, method });
  const crossing = movement === direction ? yearOf(checkedTarget.value) : undefined;
  if (crossing === undefined || !Number.isFinite(crossing))
    return failure(reportTimeIssue("not_on_current_trend", { target: checkedTarget.value }));
  const year = Math.max(crossing, last.year);
  return ok({ year, wholeYear: Math.ceil(year - 1e-9), alreadyReached: false, method });
}
