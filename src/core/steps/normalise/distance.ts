import { boundsOf, hasZeroRange } from "./min-max";
import { missingScores, type NormalisationOutput } from "./kernel-output";

/**
 * COINr's distance to target on directed values: `1 - (target - x) / (target - min)`, times `scale`;
 * with `capAtTarget` a value beyond the target scores 1. Missing when the target is not above the minimum
 * (the division would be by zero or flip the scale).
 */
export function distanceToTargetColumn(
  directedValues: ArrayLike<number>,
  directedTarget: number,
  capAtTarget = false,
  scale = 1
): NormalisationOutput {
  const bounds = boundsOf(directedValues);
  if (bounds.count === 0)
    return { scores: missingScores(directedValues.length), problem: { kind: "all_missing" } };
  if (!(directedTarget > bounds.minimum))
    return {
      scores: missingScores(directedValues.length),
      problem: { kind: "target_not_above_minimum" },
    };
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++) {
    const value = directedValues[index] as number;
    let score = 1 - (directedTarget - value) / (directedTarget - bounds.minimum);
    if (capAtTarget && score > 1) score = 1;
    scores[index] = score * scale;
  }
  return { scores };
}

/** COINr's distance to the maximum: `1 - (max - x) / (max - min)`, times `scale`. */
export function distanceToMaximumColumn(
  directedValues: ArrayLike<number>,
  scale = 1
): NormalisationOutput {
  const bounds = boundsOf(directedValues);
  if (bounds.count === 0)
    return { scores: missingScores(directedValues.length), problem: { kind: "all_missing" } };
  if (hasZeroRange(bounds))
    return { scores: missingScores(directedValues.length), problem: { kind: "zero_range" } };
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++) {
    const value = directedValues[index] as number;
    scores[index] = (1 - (bounds.maximum - value) / (bounds.maximum - bounds.minimum)) * scale;
  }
  return { scores };
}
