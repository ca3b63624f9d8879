import { ascendingMinRanks, presentCount } from "../statistics";
import { missingScores, presenceProblem, type NormalisationOutput } from "./kernel-output";

/** Present values a percentile rank needs: with one, (n - 1) is zero. */
export const percentileRankMinimumCount = 2;

/** COINr's percentile rank of an ascending rank among `present` values: `(rank - 1) / (n - 1)`, 0..1. */
export function percentileRankOf(rank: number, present: number): number {
  return (rank - 1) / (present - 1);
}

/** The Borda score of an ascending rank, `rank - 1`: how many units score strictly lower. */
export function bordaScoreOf(rank: number): number {
  return rank - 1;
}

/** COINr's rank normalisation: ascending ranks, ties take the minimum; the best gets the highest rank. */
export function rankColumn(values: ArrayLike<number>): NormalisationOutput {
  const problem = presenceProblem(presentCount(values));
  if (problem !== undefined) return { scores: missingScores(values.length), problem };
  return { scores: ascendingMinRanks(values) };
}

/** COINr's percentile rank: `(rank - 1) / (n - 1)` over the n present values, 0..1. */
export function percentileRankColumn(values: ArrayLike<number>): NormalisationOutput {
  const present = presentCount(values);
  const problem = presenceProblem(present, percentileRankMinimumCount);
  if (problem !== undefined) return { scores: missingScores(values.length), problem };
  const scores = ascendingMinRanks(values);
  for (let index = 0; index < scores.length; index++)
    scores[index] = percentileRankOf(scores[index] as number, present);
  return { scores };
}

/** Borda scores, `rank - 1`: how many units score strictly lower. */
export function bordaColumn(values: ArrayLike<number>): NormalisationOutput {
  const ranked = rankColumn(values);
  const scores = ranked.scores;
  for (let index = 0; index < scores.length; index++)
    scores[index] = bordaScoreOf(scores[index] as number);
  return ranked;
}
