import { meanOf, medianOf } from "../statistics";

/** Replaces each missing value with one statistic of the present ones; unchanged when none is present. */
export function fillWith(
  values: Float64Array,
  statistic: (values: Float64Array) => number
): Float64Array {
  const filled = Float64Array.from(values);
  const fill = statistic(values);
  if (Number.isNaN(fill)) return filled;
  for (let index = 0; index < filled.length; index++)
    if (Number.isNaN(filled[index] as number)) filled[index] = fill;
  return filled;
}

export const fillWithMean = (values: Float64Array) => fillWith(values, meanOf);
export const fillWithMedian = (values: Float64Array) => fillWith(values, medianOf);

/**
 * Fills within groups: each missing value gets the statistic of its own group's present values (COINr's
 * i_mean_grp / i_median_grp). A group with no present value stays missing.
 */
export function fillWithinGroups(
  values: Float64Array,
  groups: readonly string[],
  fill: (values: Float64Array) => Float64Array
): Float64Array {
  const members = new Map<string, number[]>();
  groups.forEach((group, index) => {
    const list = members.get(group);
    if (list === undefined) members.set(group, [index]);
    else list.push(index);
  });
  const filled = Float64Array.from(values);
  for (const indexes of members.values()) {
    const groupFilled = fill(Float64Array.from(indexes, (index) => values[index] as number));
    indexes.forEach((index, position) => (filled[index] = groupFilled[position] as number));
  }
  return filled;
}

/** Last value carried forward along a series ordered by year; leading missing values stay missing. */
export function carryLastValueForward(series: Float64Array): Float64Array {
  const filled = Float64Array.from(series);
  let last = Number.NaN;
  for (let index = 0; index < filled.length; index++) {
    const value = filled[index] as number;
    if (Number.isNaN(value)) filled[index] = last;
    else last = value;
  }
  return filled;
}

/**
 * Linear interpolation by year between the nearest present values before and after; values before the
 * first or after the last present value stay missing (no extrapolation).
 */
export function interpolateLinearly(series: Float64Array, years: ArrayLike<number>): Float64Array {
  const filled = Float64Array.from(series);
  let previous = -1;
  for (let index = 0; index < series.length; index++) {
    if (Number.isNaN(series[index] as number)) continue;
    if (previous >= 0 && index - previous > 1) {
      const startYear = years[previous] as number;
      const span = (years[index] as number) - startYear;
      const startValue = series[previous] as number;
      const change = (series[index] as number) - startValue;
      for (let gap = previous + 1; gap < index; gap++)
        filled[gap] = startValue + (change * ((years[gap] as number) - startYear)) / span;
    }
    previous = index;
  }
  return filled;
}
