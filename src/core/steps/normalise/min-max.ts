import type { NormalisationProblem } from "./kernel-output";

/** The smallest and largest of the present (non-NaN) values, and how many there were. */
export interface Bounds {
  readonly minimum: number;
  readonly maximum: number;
  readonly count: number;
}

/** The interval min-max scores are mapped onto, COINr's l..u (default 0..100). */
export interface ScoreRange {
  readonly lower: number;
  readonly upper: number;
}

export const percentRange: ScoreRange = { lower: 0, upper: 100 };

/** A min-max method's l..u as set, 0..100 (COINr's default) where not. */
export const scoreRangeOf = (settings: {
  readonly lower?: number;
  readonly upper?: number;
}): ScoreRange => ({
  lower: settings.lower ?? percentRange.lower,
  upper: settings.upper ?? percentRange.upper,
});

/** One pass over the values; NaN marks a missing value and is skipped. */
export function boundsOf(values: ArrayLike<number>): Bounds {
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (Number.isNaN(value)) continue;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
    count++;
  }
  return { minimum, maximum, count };
}

/** True when the bounds cannot scale: no values, or all of them equal. */
export function hasZeroRange(bounds: Bounds): boolean {
  return bounds.count === 0 || bounds.maximum === bounds.minimum;
}

/** all_missing without values, zero_range when all are equal: when min-max-like scales cannot be drawn. */
export function boundsProblem(bounds: Bounds): NormalisationProblem | undefined {
  if (bounds.count === 0) return { kind: "all_missing" };
  if (bounds.maximum === bounds.minimum) return { kind: "zero_range" };
  return undefined;
}

/**
 * COINr's min-max, `(x - min) / (max - min) * (u - l) + l`, in that order of operations so the result is
 * the same double. NaN (missing) when the value is missing or the bounds have a zero range.
 */
export function minMaxScore(
  value: number,
  bounds: Bounds,
  range: ScoreRange = percentRange
): number {
  if (Number.isNaN(value) || hasZeroRange(bounds)) return Number.NaN;
  return (
    ((value - bounds.minimum) / (bounds.maximum - bounds.minimum)) * (range.upper - range.lower) +
    range.lower
  );
}

/** Min-max scores of a whole column; NaN where the value is missing or the range is zero. */
export function minMaxColumn(
  values: ArrayLike<number>,
  range: ScoreRange = percentRange
): Float64Array {
  return minMaxColumnWithin(values, boundsOf(values), range);
}

/** Min-max scores of a column whose bounds are already known (the same arithmetic as minMaxScore). */
export function minMaxColumnWithin(
  values: ArrayLike<number>,
  bounds: Bounds,
  range: ScoreRange = percentRange
): Float64Array {
  const scores = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) {
    scores[index] = minMaxScore(values[index] as number, bounds, range);
  }
  return scores;
}
