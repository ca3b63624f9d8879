// The VEIKART custom functions. custom-functions-metadata-plugin reads the JSDoc below into
// functions.json and appends a CustomFunctions.associate call for each function at build time; the
// bokmål descriptions in descriptions.nb.json become functions.nb.json (see localise-metadata.js).
// Each function only hands its arguments to its declaration (argument rules and what it computes),
// which never throws and turns every problem into #VALUE! or #N/A with a message. The time functions
// (TREND, PROGRESS, ONTRACK, FORECAST, REACHYEAR) work over src/core/time.
import { compositeFunction } from "./composite";
import { contributionFunction } from "./contribution";
import { coverageFunction } from "./coverage";
import { decouplingFunction } from "./decoupling";
import { forecastFunction } from "./forecast";
import { indicatorFunction } from "./indicator";
import { onTrackFunction } from "./on-track";
import { progressFunction } from "./progress";
import { rankFunction } from "./rank";
import { reachYearFunction } from "./reach-year";
import { normaliseFunction, scoreFunction } from "./score";
import { trendFunction } from "./trend";
import { versionFunction } from "./version";

/**
 * The score of a value among its peers; by default min-max, 0 for the weakest peer and 100 for the best. Blanks and text among the peers are ignored.
 * @customfunction SCORE
 * @param value The value to score, or a range of values (the result then spills in the same shape).
 * @param peers The values to compare with, usually the whole column, including the value itself.
 * @param [direction] 1 or "higher" (default) when higher is better; -1 or "lower" when lower is better.
 * @param [method] "minmax" (default, 0-100) or another of the engine's methods, such as "zscore", "prank" (percentile rank, 0-100), "grade" (1-6, 3.5 at the mean) or "rank"; docs/functions.md lists them all.
 * @param [parameter1] The method's first parameter: minmax lower end (0), zscore mean (0), goalposts lower goalpost, dist2target target, dist2max scale (1).
 * @param [parameter2] The method's second parameter: minmax upper end (100), zscore standard deviation (1), goalposts upper goalpost, dist2target scale (1).
 * @returns The score, in the shape of value.
 */
export function score(
  value: unknown[][],
  peers: unknown[][],
  direction?: unknown,
  method?: unknown,
  parameter1?: unknown,
  parameter2?: unknown
): unknown[][] {
  return scoreFunction.call(value, peers, direction, method, parameter1, parameter2);
}

/**
 * A whole column or block normalised at once with one of the engine's methods; cells without a number stay empty.
 * @customfunction NORMALISE
 * @param values The values to normalise, usually a whole indicator column; they are also the peers.
 * @param [method] "minmax" (default, 0-100) or another of the engine's methods, such as "zscore", "prank" (0-100), "grade" or "rank"; docs/functions.md lists them all.
 * @param [direction] 1 or "higher" (default) when higher is better; -1 or "lower" when lower is better.
 * @param [parameter1] The method's first parameter: minmax lower end (0), zscore mean (0), goalposts lower goalpost, dist2target target, dist2max scale (1).
 * @param [parameter2] The method's second parameter: minmax upper end (100), zscore standard deviation (1), goalposts upper goalpost, dist2target scale (1).
 * @returns The normalised values, in the shape of values.
 */
export function normalise(
  values: unknown[][],
  method?: unknown,
  direction?: unknown,
  parameter1?: unknown,
  parameter2?: unknown
): unknown[][] {
  return normaliseFunction.call(values, method, direction, parameter1, parameter2);
}

/**
 * The weighted mean of a row of scores, missing scores left out and the other weights renormalised. Given a block (units x indicators), one result per row.
 * @customfunction COMPOSITE
 * @param scores One unit's scores in a row, or a block with one unit per row.
 * @param [weights] One weight per column of scores (default: all 1).
 * @param [method] "arithmetic" (default), "geometric", "harmonic" or "generalised".
 * @param [mincoverage] The least share of the weight (0-1) that must be present; below it the result is #N/A with the coverage.
 * @param [power] The exponent p of the generalised mean.
 * @returns The composite score of each row.
 */
export function composite(
  scores: unknown[][],
  weights?: unknown[][],
  method?: unknown,
  mincoverage?: unknown,
  power?: unknown
): unknown[][] {
  return compositeFunction.call(scores, weights, method, mincoverage, power);
}

/**
 * Each score's points in the composite of its row: they sum to COMPOSITE's result with the same arguments. Arithmetic: weight times score over the present weight; geometric: shares of the logarithm; generalised (p > 0): shares of x^p.
 * @customfunction CONTRIBUTION
 * @param scores One unit's scores in a row, or a block with one unit per row.
 * @param [weights] One weight per column of scores (default: all 1).
 * @param [method] "arithmetic" (default), "geometric" or "generalised" (p > 0); the harmonic mean has no split into contributions.
 * @param [mincoverage] The least share of the weight (0-1) that must be present; below it the row is #N/A with the coverage.
 * @param [power] The exponent p of the generalised mean.
 * @returns The points of each score, in the shape of scores; a missing score's cell is empty.
 */
export function contribution(
  scores: unknown[][],
  weights?: unknown[][],
  method?: unknown,
  mincoverage?: unknown,
  power?: unknown
): unknown[][] {
  return contributionFunction.call(scores, weights, method, mincoverage, power);
}

/**
 * The rank of a value among its peers: 1 is the best, ties share the best rank among them.
 * @customfunction RANK
 * @param value The value to rank, or a range of values (the result then spills in the same shape).
 * @param peers The values to compare with, usually the whole column, including the value itself.
 * @param [direction] 1 or "higher" (default) when higher is better; -1 or "lower" when lower is better.
 * @returns The rank, in the shape of value.
 */
export function rank(value: unknown[][], peers: unknown[][], direction?: unknown): unknown[][] {
  return rankFunction.call(value, peers, direction);
}

/**
 * The share of the weight whose values are present, as COMPOSITE measures it. Given a block, one result per row.
 * @customfunction COVERAGE
 * @param values One unit's values in a row, or a block with one unit per row.
 * @param [weights] One weight per column of values (default: all 1).
 * @returns The coverage of each row, from 0 to 1.
 */
export function coverage(values: unknown[][], weights?: unknown[][]): unknown[][] {
  return coverageFunction.call(values, weights);
}

/**
 * A field of an indicator in Veikart's default catalogue.
 * @customfunction INDICATOR
 * @param id The indicator's id, such as "GHG_PER_CAPITA".
 * @param [field] "name" (default, bokmål), "name_en", "dimension", "dimension_en", "dimension_id", "unit", "direction", "source", "level" or "weight".
 * @returns The field's value.
 */
export function indicator(id: unknown, field?: unknown): unknown {
  return indicatorFunction.call(id, field);
}

/**
 * A series' change per year: the slope of its least-squares line (default), or its compound annual growth rate.
 * @customfunction TREND
 * @param values The values over the years, in a row or a column; blanks and text are missing years.
 * @param years The year of each value, in the same number of cells.
 * @param [method] "linear" (default): change per year on the least-squares line; "cagr": (last/first)^(1/(years between)) - 1.
 * @returns The change per year, or the growth rate as a share (0.05 is 5 % a year).
 */
export function trend(values: unknown[][], years: unknown[][], method?: unknown): unknown {
  return trendFunction.call(values, years, method);
}

/**
 * Progress towards a target: the share of the distance from the baseline to the target the value has covered; 1 is reached, below 0 is moving away.
 * @customfunction PROGRESS
 * @param value The latest value.
 * @param baseline The value at the start (the base year).
 * @param target The target value.
 * @param [direction] 1 or "higher" when higher is better, -1 or "lower" when lower is better; default: the side of the baseline the target lies on.
 * @returns (value - baseline) / (target - baseline).
 */
export function progress(
  value: unknown,
  baseline: unknown,
  target: unknown,
  direction?: unknown
): unknown {
  return progressFunction.call(value, baseline, target, direction);
}

/**
 * Whether a series is on track to reach its target in the target year: the pace since the first year against the pace needed. Gives "on track", "moderate progress", "stagnating" or "moving away" (in bokmål when Office is).
 * @customfunction ONTRACK
 * @param values The values over the years, in a row or a column; blanks and text are missing years.
 * @param years The year of each value, in the same number of cells.
 * @param target The target value.
 * @param targetyear The year the target should be reached.
 * @param [direction] 1 or "higher" when higher is better, -1 or "lower" when lower is better; default: the side of the first value the target lies on.
 * @param [ontrackshare] The share of the pace needed that counts as on track; default 0.95, as the Metode sheet.
 * @param [moderateshare] The share of the pace needed that counts as moderate progress; default 0.5.
 * @param [pace] "linear" (change per year, default) or "compound" (annual growth rate), as the Metode sheet's pace towards target.
 * @returns The rating as text: on track (reached, or at least 95 % of the pace needed), moderate progress (at least 50 %), stagnating, moving away.
 */
export function ontrack(
  values: unknown[][],
  years: unknown[][],
  target: unknown,
  targetyear: unknown,
  direction?: unknown,
  ontrackshare?: unknown,
  moderateshare?: unknown,
  pace?: unknown
): unknown {
  return onTrackFunction.call(
    values,
    years,
    target,
    targetyear,
    direction,
    ontrackshare,
    moderateshare,
    pace
  );
}

/**
 * A series' value in a year on its current trend: its least-squares line (default) or its compound annual growth rate.
 * @customfunction FORECAST
 * @param values The values over the years, in a row or a column; blanks and text are missing years.
 * @param years The year of each value, in the same number of cells.
 * @param [year] The year to project to (default 2030).
 * @param [method] "linear" (default) or "cagr" (from the last value at the compound annual growth rate).
 * @returns The projected value.
 */
export function forecast(
  values: unknown[][],
  years: unknown[][],
  year?: unknown,
  method?: unknown
): unknown {
  return forecastFunction.call(values, years, year, method);
}

/**
 * The first whole year in which a series reaches its target on the current trend; the latest year when it already has. #N/A when the trend never reaches it.
 * @customfunction REACHYEAR
 * @param values The values over the years, in a row or a column; blanks and text are missing years.
 * @param years The year of each value, in the same number of cells.
 * @param target The target value.
 * @param [method] "linear" (default) or "cagr".
 * @param [direction] 1 or "higher" when higher is better, -1 or "lower" when lower is better; default: the side of the latest value the target lies on.
 * @returns The year.
 */
export function reachyear(
  values: unknown[][],
  years: unknown[][],
  target: unknown,
  method?: unknown,
  direction?: unknown
): unknown {
  return reachYearFunction.call(values, years, target, method, direction);
}

/**
 * Tapio's decoupling elasticity of a pressure (total emissions) against a driver (gross product, employment, population) between two years, or its degree: strong or weak decoupling, coupling, negative decoupling.
 * @customfunction DECOUPLING
 * @param pressure_start The pressure at the start, such as the total emissions in the base year (above 0).
 * @param pressure_end The pressure at the end.
 * @param driver_start The driver at the start, such as the employment in the base year (above 0).
 * @param driver_end The driver at the end.
 * @param [output] "elasticity" (default): (%-change of the pressure)/(%-change of the driver); "class": the degree's name; "code": the degree as a code such as "strong_decoupling".
 * @returns The elasticity, the degree's name or its code.
 */
export function decoupling(
  pressure_start: unknown,
  pressure_end: unknown,
  driver_start: unknown,
  driver_end: unknown,
  output?: unknown
): unknown {
  return decouplingFunction.call(pressure_start, pressure_end, driver_start, driver_end, output);
}

/**
 * The version of the Veikart add-in, for support.
 * @customfunction VERSION
 * @returns The version number.
 */
export function version(): unknown {
  return versionFunction.call();
}
