import { meanOf, sampleStandardDeviationOf } from "../statistics";
import { missingScores, presentCount, type NormalisationOutput } from "./kernel-output";

export interface ZScoreTarget {
  /** The mean the scores get (COINr's m, default 0). */
  readonly mean: number;
  /** Their standard deviation (COINr's s, default 1). */
  readonly standardDeviation: number;
}

export const standardZScore: ZScoreTarget = { mean: 0, standardDeviation: 1 };

/** COINr's z-score, `(x - mean) / sd * s + m`, with the sample standard deviation (n - 1). */
export function zScoreColumn(
  values: ArrayLike<number>,
  target: ZScoreTarget = standardZScore
): NormalisationOutput {
  const present = presentCount(values);
  if (present === 0)
    return { scores: missingScores(values.length), problem: { kind: "all_missing" } };
  if (present < 2)
    return {
      scores: missingScores(values.length),
      problem: { kind: "too_few_values", needed: 2, present },
    };
  const mean = meanOf(values);
  const deviation = sampleStandardDeviationOf(values);
  if (deviation === 0)
    return { scores: missingScores(values.length), problem: { kind: "zero_range" } };
  const scores = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    scores[index] = Number.isNaN(value)
      ? Number.NaN
      : ((value - mean) / deviation) * target.standardDeviation + target.mean;
  }
  return { scores };
}
