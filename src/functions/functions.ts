// The VEIKART custom functions. custom-functions-metadata-plugin reads the JSDoc below into
// functions.json and appends a CustomFunctions.associate call for each function at build time; the
// bokmål descriptions in descriptions.nb.json become functions.nb.json (see localise-metadata.js).
// Each function only hands its arguments to its declaration (argument rules and what it computes),
// which never throws and turns every problem into #VALUE! or #N/A with a message.
// Room is left for the time functions (TREND, PROGRESS, ONTRACK, FORECAST) over src/core/time.
import { compositeFunction } from "./composite";
import { coverageFunction } from "./coverage";
import { indicatorFunction } from "./indicator";
import { rankFunction } from "./rank";
import { normaliseFunction, scoreFunction } from "./score";
import { versionFunction } from "./version";

/**
 * The score of a value among its peers; by default min-max, 0 for the weakest peer and 100 for the best. Blanks and text among the peers are ignored.
 * @customfunction SCORE
 * @param value The value to score, or a range of values (the result then spills in the same shape).
 * @param peers The values to compare with, usually the whole column, including the value itself.
 * @param [direction] 1 or "higher" (default) when higher is better; -1 or "lower" when lower is better.
 * @param [method] "minmax" (default, 0-100), "zscore", "prank" (percentile rank, 0-100), "grade" (1-6, 3.5 at the mean), "rank", "borda", "goalposts", "dist2target" or "dist2max".
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
 * @param [method] "minmax" (default, 0-100), "zscore", "prank" (0-100), "grade", "rank", "borda", "goalposts", "dist2target" or "dist2max".
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
 * The version of the Veikart add-in, for support.
 * @customfunction VERSION
 * @returns The version number.
 */
export function version(): unknown {
  return versionFunction.call();
}
