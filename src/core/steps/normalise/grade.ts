import { meanOf } from "../statistics";
import { boundsOf, hasZeroRange } from "./min-max";
import { missingScores, type NormalisationOutput } from "./kernel-output";

export const gradeAtMean = 3.5;
export const lowestGrade = 1;
export const highestGrade = 6;

/**
 * A 1-6 grade on directed values: the peer mean gets 3.5, the best value 6 and the weakest 1, linear on each
 * side of the mean (so a skewed column still spans the whole scale).
 */
export function gradeColumn(directedValues: ArrayLike<number>): NormalisationOutput {
  const bounds = boundsOf(directedValues);
  if (bounds.count === 0)
    return { scores: missingScores(directedValues.length), problem: { kind: "all_missing" } };
  if (hasZeroRange(bounds))
    return { scores: missingScores(directedValues.length), problem: { kind: "zero_range" } };
  const mean = meanOf(directedValues);
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++) {
    const value = directedValues[index] as number;
    let grade: number;
    if (Number.isNaN(value)) grade = Number.NaN;
    else if (value >= mean)
      grade =
        bounds.maximum === mean
          ? gradeAtMean
          : gradeAtMean + ((highestGrade - gradeAtMean) * (value - mean)) / (bounds.maximum - mean);
    else
      grade =
        gradeAtMean - ((gradeAtMean - lowestGrade) * (mean - value)) / (mean - bounds.minimum);
    // Rounding in the mean can push a bound a hair past the scale.
    scores[index] = Math.min(highestGrade, Math.max(lowestGrade, grade));
  }
  return { scores };
}
