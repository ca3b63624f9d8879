import { meanOf } from "../statistics";
import { boundsOf, boundsProblem, type Bounds } from "./min-max";
import {
  missingScores,
  type NormalisationOutput,
  type NormalisationProblem,
} from "./kernel-output";

export const gradeAtMean = 3.5;
export const lowestGrade = 1;
export const highestGrade = 6;

/** The peers' bounds and mean, what a grade is measured against. */
export interface GradeStatistics {
  readonly bounds: Bounds;
  readonly mean: number;
}

/** The statistics of the present directed values, or why no grade can be drawn from them. */
export function gradeStatisticsOf(
  directedValues: ArrayLike<number>
): GradeStatistics | NormalisationProblem {
  const bounds = boundsOf(directedValues);
  return boundsProblem(bounds) ?? { bounds, mean: meanOf(directedValues) };
}

/** The grade of one directed value: 3.5 at the mean, linear to 6 at the maximum and 1 at the minimum. */
export function gradeOf(value: number, { bounds, mean }: GradeStatistics): number {
  if (Number.isNaN(value)) return Number.NaN;
  const grade =
    value >= mean
      ? bounds.maximum === mean
        ? gradeAtMean
        : gradeAtMean + ((highestGrade - gradeAtMean) * (value - mean)) / (bounds.maximum - mean)
      : gradeAtMean - ((gradeAtMean - lowestGrade) * (mean - value)) / (mean - bounds.minimum);
  // Rounding in the mean can push a bound a hair past the scale; a value outside the peers stays on it.
  return Math.min(highestGrade, Math.max(lowestGrade, grade));
}

/**
 * A 1-6 grade on directed values: the peer mean gets 3.5, the best value 6 and the weakest 1, linear on each
 * side of the mean (so a skewed column still spans the whole scale).
 */
export function gradeColumn(directedValues: ArrayLike<number>): NormalisationOutput {
  const statistics = gradeStatisticsOf(directedValues);
  if ("kind" in statistics)
    return { scores: missingScores(directedValues.length), problem: statistics };
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++)
    scores[index] = gradeOf(directedValues[index] as number, statistics);
  return { scores };
}
