// Correlations and covariances over pairwise complete observations, as R's stats::cor and stats::cov
// with use = "pairwise.complete.obs": each pair of columns uses the rows where both are present, with
// means taken over those rows. Spearman's correlation ranks each pair's complete rows (ties share their
// average rank) and correlates the ranks, as R does.

/** The rows where both columns are present, as two packed arrays. */
function completePairs(
  first: ArrayLike<number>,
  second: ArrayLike<number>
): [Float64Array, Float64Array] {
  const length = Math.min(first.length, second.length);
  const a = new Float64Array(length);
  const b = new Float64Array(length);
  let count = 0;
  for (let row = 0; row < length; row++) {
    const x = first[row] as number;
    const y = second[row] as number;
    if (Number.isFinite(x) && Number.isFinite(y)) {
      a[count] = x;
      b[count] = y;
      count++;
    }
  }
  return [a.subarray(0, count), b.subarray(0, count)];
}

function meanOfAll(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Σ(x − x̄)(y − ȳ) over packed complete pairs, with the sums of squares of each. */
function crossProducts(a: Float64Array, b: Float64Array) {
  const meanA = meanOfAll(a);
  const meanB = meanOfAll(b);
  let product = 0;
  let squaresA = 0;
  let squaresB = 0;
  for (let index = 0; index < a.length; index++) {
    const dx = (a[index] as number) - meanA;
    const dy = (b[index] as number) - meanB;
    product += dx * dy;
    squaresA += dx * dx;
    squaresB += dy * dy;
  }
  return { product, squaresA, squaresB };
}

function pearsonOfPacked(a: Float64Array, b: Float64Array): number {
  if (a.length < 2) return Number.NaN;
  const { product, squaresA, squaresB } = crossProducts(a, b);
  if (squaresA === 0 || squaresB === 0) return Number.NaN;
  return product / Math.sqrt(squaresA * squaresB);
}

/** Pearson's r over the rows where both are present; NaN with fewer than 2 such rows or no spread. */
export function pearsonCorrelation(first: ArrayLike<number>, second: ArrayLike<number>): number {
  const [a, b] = completePairs(first, second);
  return pearsonOfPacked(a, b);
}

/** The number of sorted values below `value` (strictly when `strict`, else at most equal). */
function countBelow(sorted: Float64Array, value: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const candidate = sorted[middle] as number;
    if (candidate < value || (!strict && candidate === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Ranks 1..n with ties sharing their average rank (R's rank(ties.method = "average")). */
export function averageRanks(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  return values.map(
    (value) => (countBelow(sorted, value, true) + 1 + countBelow(sorted, value, false)) / 2
  );
}

/** Spearman's ρ: Pearson's r of the average ranks of the rows where both are present. */
export function spearmanCorrelation(first: ArrayLike<number>, second: ArrayLike<number>): number {
  const [a, b] = completePairs(first, second);
  return pearsonOfPacked(averageRanks(a), averageRanks(b));
}

/** The sample covariance (n − 1) over the rows where both are present; NaN with fewer than 2. */
export function pairwiseCovariance(first: ArrayLike<number>, second: ArrayLike<number>): number {
  const [a, b] = completePairs(first, second);
  if (a.length < 2) return Number.NaN;
  return crossProducts(a, b).product / (a.length - 1);
}
