import { ascendingMinRanks } from "../statistics";
import { missingScores, presentCount, type NormalisationOutput } from "./kernel-output";

/** COINr's rank normalisation: ascending ranks, ties take the minimum; the best gets the highest rank. */
export function rankColumn(values: ArrayLike<number>): NormalisationOutput {
  if (presentCount(values) === 0)
    return { scores: missingScores(values.length), problem: { kind: "all_missing" } };
  return { scores: ascendingMinRanks(values) };
}

/** COINr's percentile rank: `(rank - 1) / (n - 1)` over the n present values, 0..1. */
export function percentileRankColumn(values: ArrayLike<number>): NormalisationOutput {
  const present = presentCount(values);
  if (present === 0)
    return { scores: missingScores(values.length), problem: { kind: "all_missing" } };
  if (present < 2)
    return {
      scores: missingScores(values.length),
      problem: { kind: "too_few_values", needed: 2, present },
    };
  const scores = ascendingMinRanks(values);
  for (let index = 0; index < scores.length; index++)
    scores[index] = ((scores[index] as number) - 1) / (present - 1);
  return { scores };
}

/** Borda scores, `rank - 1`: how many units score strictly lower. */
export function bordaColumn(values: ArrayLike<number>): NormalisationOutput {
  const ranked = rankColumn(values);
  const scores = ranked.scores;
  for (let index = 0; index < scores.length; index++) scores[index] = (scores[index] as number) - 1;
  return ranked;
}
