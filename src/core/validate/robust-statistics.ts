import { sortAscending } from "../steps/statistics";

/** The median of numbers already sorted in ascending order. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** 1 / the 0.75 quantile of the standard normal: the MAD of normal data times this is its sd. */
const madToStandardDeviation = 1.4826;
/** sqrt(pi / 2): the mean absolute deviation of normal data times this is its sd. */
const meanDeviationToStandardDeviation = 1.2533;

export interface RobustCentre {
  readonly median: number;
  /** A robust standard deviation: scaled MAD, or scaled mean absolute deviation when the MAD is 0. */
  readonly scale: number;
}

/**
 * The centre and spread behind Iglewicz and Hoaglin's modified z-score, (x - median) / scale.
 * Undefined when every value is the same.
 */
export function robustCentre(values: ArrayLike<number>): RobustCentre | undefined {
  const sorted = sortAscending(Float64Array.from(values));
  const median = medianOfSorted(sorted);
  const deviations = sortAscending(sorted.map((value) => Math.abs(value - median)));
  const mad = medianOfSorted(deviations);
  let total = 0;
  for (const deviation of deviations) total += deviation;
  const meanDeviation = total / deviations.length;
  const scale =
    mad > 0 ? mad * madToStandardDeviation : meanDeviation * meanDeviationToStandardDeviation;
  return scale > 0 ? { median, scale } : undefined;
}
