import { medianInPlace, sortAscending } from "../steps/statistics";

/** 1 / the 0.75 quantile of the standard normal: the MAD of normal data times this is its sd. */
const madToStandardDeviation = 1.4826;
/** sqrt(pi / 2): the mean absolute deviation of normal data times this is its sd. */
const meanDeviationToStandardDeviation = 1.2533;

/**
 * A robust standard deviation from absolute deviations around a centre: the scaled MAD, or the scaled
 * mean absolute deviation when the MAD is 0 (the deviations are reordered in place). Undefined when every
 * deviation is 0.
 */
function robustSpread(absoluteDeviations: Float64Array): number | undefined {
  const mad = medianInPlace(absoluteDeviations);
  if (mad > 0) return mad * madToStandardDeviation;
  // Summed in ascending order, so that the mean is the same whatever order the values came in.
  let total = 0;
  for (const deviation of sortAscending(absoluteDeviations)) total += deviation;
  const spread = (total / absoluteDeviations.length) * meanDeviationToStandardDeviation;
  return spread > 0 ? spread : undefined;
}

export interface PooledCentres {
  /** Each group's median, in the order of the groups. */
  readonly medians: readonly number[];
  /** One robust standard deviation of every value around its own group's median. */
  readonly scale: number;
}

/**
 * The centres and spread behind Iglewicz and Hoaglin's modified z-score, (x - median) / scale, for
 * groups that share a spread but not a centre (one peer set's values in each of several years). Undefined
 * when every value equals its group's median.
 */
export function pooledRobustCentres(
  groups: readonly ArrayLike<number>[]
): PooledCentres | undefined {
  const medians = groups.map((values) => medianInPlace(new Float64Array(values)));
  let count = 0;
  for (const values of groups) count += values.length;
  const deviations = new Float64Array(count);
  let position = 0;
  groups.forEach((values, group) => {
    const median = medians[group] ?? Number.NaN;
    for (let index = 0; index < values.length; index++)
      deviations[position++] = Math.abs((values[index] ?? Number.NaN) - median);
  });
  const scale = robustSpread(deviations);
  return scale === undefined ? undefined : { medians, scale };
}
