// A categorical scale of five classes cut at the peers' 20th, 40th, 60th and 80th percentiles: the
// "categorical scales" of the OECD/JRC Handbook on Constructing Composite Indicators (2008), section 1.5,
// with quintiles as the percentile classes.
import { ascendingMinRanks, presentCount } from "../statistics";
import { missingScores, presenceProblem, type NormalisationOutput } from "./kernel-output";

export const quintileCount = 5;

/**
 * The quintile (1-5) of a value with ascending rank `rank` (ties at the minimum) among `count` present
 * values: 1 + ⌊5 · (the share of values strictly below it)⌋.
 */
export function quintileOf(rank: number, count: number): number {
  return 1 + Math.floor((quintileCount * (rank - 1)) / count);
}

/** Each directed value's quintile among the present values; missing stays missing. */
export function quintileColumn(directedValues: ArrayLike<number>): NormalisationOutput {
  const present = presentCount(directedValues);
  const problem = presenceProblem(present);
  if (problem !== undefined) return { scores: missingScores(directedValues.length), problem };
  const scores = ascendingMinRanks(directedValues);
  for (let index = 0; index < scores.length; index++)
    scores[index] = quintileOf(scores[index] as number, present);
  return { scores };
}
