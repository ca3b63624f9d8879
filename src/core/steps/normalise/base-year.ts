import { missingScores, type NormalisationOutput } from "./kernel-output";

export const indexAtBaseYear = 100;

/**
 * Index to a base year for one unit's series of directed values: `100 + 100 * (x - base) / |base|`, so the
 * base year is 100 and an improvement in the indicator's direction raises the index (for "higher is better"
 * and a positive base this is `100 * x / base`). Missing when the base value is missing or 0.
 */
export function indexToBaseYearSeries(
  directedValues: ArrayLike<number>,
  years: ArrayLike<number>,
  baseYear: number
): NormalisationOutput {
  let base = Number.NaN;
  for (let index = 0; index < years.length; index++)
    if (years[index] === baseYear) base = directedValues[index] as number;
  if (Number.isNaN(base) || base === 0)
    return {
      scores: missingScores(directedValues.length),
      problem: { kind: "missing_base_value", baseYear },
    };
  const scores = new Float64Array(directedValues.length);
  const magnitude = Math.abs(base);
  for (let index = 0; index < directedValues.length; index++)
    scores[index] =
      indexAtBaseYear + (indexAtBaseYear * ((directedValues[index] as number) - base)) / magnitude;
  return { scores };
}
