/** The median of numbers already sorted in ascending order. */
export function medianOfSorted(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** 1 / the 0.75 quantile of the standard normal: the MAD of normal data times this is its sd. */
const madToStandardDeviation = 1.4826;
/** sqrt(pi / 2): the mean absolute deviation of normal data times this is its sd. */
const meanDeviationToStandardDeviation = 1.2533;

/**
 * Iglewicz and Hoaglin's modified z-scores: distance from the median in robust standard deviations
 * (MAD-based; the mean absolute deviation when more than half the values are equal). Undefined
 * when every value is the same.
 */
export function robustZScores(values: readonly number[]): number[] | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const median = medianOfSorted(sorted);
  const deviations = values.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  const mad = medianOfSorted(deviations);
  const meanDeviation =
    deviations.reduce((sum, deviation) => sum + deviation, 0) / deviations.length;
  const scale =
    mad > 0 ? mad * madToStandardDeviation : meanDeviation * meanDeviationToStandardDeviation;
  if (!(scale > 0)) return undefined;
  return values.map((value) => (value - median) / scale);
}

export function median(values: readonly number[]): number {
  return medianOfSorted([...values].sort((a, b) => a - b));
}
