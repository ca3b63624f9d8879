// Weighted means over the present children of one aggregate for one row. `count` values and weights are
// used; every value is present (the caller skipped missing ones) and inside the mean's domain.

/** COINr's a_amean: weights rescaled to sum to 1, then `sum(w * x)`. */
export function weightedArithmeticMean(
  values: Float64Array,
  weights: Float64Array,
  count: number
): number {
  let weightSum = 0;
  for (let index = 0; index < count; index++) weightSum += weights[index] as number;
  let sum = 0;
  for (let index = 0; index < count; index++)
    sum += ((weights[index] as number) / weightSum) * (values[index] as number);
  return sum;
}

/** COINr's a_gmean: `exp(sum(w * ln x) / sum(w))`, for x > 0. */
export function weightedGeometricMean(
  values: Float64Array,
  weights: Float64Array,
  count: number
): number {
  let weightSum = 0;
  let logSum = 0;
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number;
    weightSum += weight;
    logSum += weight * Math.log(values[index] as number);
  }
  return Math.exp(logSum / weightSum);
}

/** COINr's a_hmean: `sum(w) / sum(w / x)`, for x != 0. */
export function weightedHarmonicMean(
  values: Float64Array,
  weights: Float64Array,
  count: number
): number {
  let weightSum = 0;
  let inverseSum = 0;
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number;
    weightSum += weight;
    inverseSum += weight / (values[index] as number);
  }
  return weightSum / inverseSum;
}

/** COINr's a_genmean: `(sum(w * x^p) / sum(w))^(1/p)`; p = 0 is its limit, the geometric mean. */
export function weightedGeneralisedMean(
  values: Float64Array,
  weights: Float64Array,
  count: number,
  p: number
): number {
  if (p === 0) return weightedGeometricMean(values, weights, count);
  let weightSum = 0;
  let powerSum = 0;
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number;
    weightSum += weight;
    powerSum += weight * Math.pow(values[index] as number, p);
  }
  return Math.pow(powerSum / weightSum, 1 / p);
}
