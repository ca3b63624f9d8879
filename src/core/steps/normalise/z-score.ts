import { meanOf, presentCount, sampleStandardDeviationOf } from "../statistics";
import {
  missingScores,
  presenceProblem,
  type NormalisationOutput,
  type NormalisationProblem,
} from "./kernel-output";

export interface ZScoreTarget {
  /** The mean the scores get (COINr's m, default 0). */
  readonly mean: number;
  /** Their standard deviation (COINr's s, default 1). */
  readonly standardDeviation: number;
}

export const standardZScore: ZScoreTarget = { mean: 0, standardDeviation: 1 };

/** The peers' mean and sample standard deviation, what a z-score is measured against. */
export interface ZScoreStatistics {
  readonly mean: number;
  readonly deviation: number;
}

/** The statistics of the present values, or why no z-score can be drawn from them. */
export function zScoreStatisticsOf(
  values: ArrayLike<number>
): ZScoreStatistics | NormalisationProblem {
  const problem = presenceProblem(presentCount(values), 2);
  if (problem !== undefined) return problem;
  const deviation = sampleStandardDeviationOf(values);
  if (deviation === 0) return { kind: "zero_range" };
  return { mean: meanOf(values), deviation };
}

/** COINr's z-score of one value, `(x - mean) / sd * s + m`; NaN for a missing value. */
export function zScoreOf(
  value: number,
  statistics: ZScoreStatistics,
  target: ZScoreTarget = standardZScore
): number {
  return (
    ((value - statistics.mean) / statistics.deviation) * target.standardDeviation + target.mean
  );
}

/** COINr's z-score, `(x - mean) / sd * s + m`, with the sample standard deviation (n - 1). */
export function zScoreColumn(
  values: ArrayLike<number>,
  target: ZScoreTarget = standardZScore
): NormalisationOutput {
  const statistics = zScoreStatisticsOf(values);
  if ("kind" in statistics) return { scores: missingScores(values.length), problem: statistics };
  const scores = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++)
    scores[index] = zScoreOf(values[index] as number, statistics, target);
  return { scores };
}
