// COINr's four weighted means are all quasi-arithmetic means: f⁻¹(Σ w f(x) / Σ w) with f the identity
// (arithmetic), ln (geometric), 1/x (harmonic) or x^p (generalised). Expressing them so lets the aggregate
// step accumulate column by column, whatever the mean.

/** A mean given by its generator f and the inverse of f. */
export interface QuasiArithmeticMean {
  readonly transform: (value: number) => number;
  readonly invert: (mean: number) => number;
}

export const arithmeticGenerator: QuasiArithmeticMean = {
  transform: (value) => value,
  invert: (mean) => mean,
};

/** `exp(Σ w ln x / Σ w)`, for x > 0. */
export const geometricGenerator: QuasiArithmeticMean = { transform: Math.log, invert: Math.exp };

/** `Σ w / Σ (w / x)`, for x != 0. */
export const harmonicGenerator: QuasiArithmeticMean = {
  transform: (value) => 1 / value,
  invert: (mean) => 1 / mean,
};

/** `(Σ w x^p / Σ w)^(1/p)`; p = 0 is its limit, the geometric mean. */
export function generalisedGenerator(p: number): QuasiArithmeticMean {
  if (p === 0) return geometricGenerator;
  return { transform: (value) => Math.pow(value, p), invert: (mean) => Math.pow(mean, 1 / p) };
}

/** The weighted mean of the first `count` values (all present and inside the mean's domain). */
export function weightedMean(
  generator: QuasiArithmeticMean,
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  count = values.length
): number {
  let weightSum = 0;
  let sum = 0;
  for (let index = 0; index < count; index++) {
    const weight = weights[index] as number;
    weightSum += weight;
    sum += weight * generator.transform(values[index] as number);
  }
  return generator.invert(sum / weightSum);
}
