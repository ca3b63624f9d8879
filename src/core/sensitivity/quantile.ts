/**
 * R's `quantile(x, p, type = 7)`, its default and what COINr's get_sensitivity uses (R/sensitivity.R,
 * `stats::quantile(probs = 0.05)` and `0.95`, and `stats::median`, which is type 7 at 0.5): the value
 * interpolated at position (n - 1) · p of the values sorted ascending. NaN when there are none.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, probability: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (position - below) * (upper - lower);
}
