import { boundsOf, boundsProblem, type Bounds } from "./min-max";
import {
  missingScores,
  type NormalisationOutput,
  type NormalisationProblem,
} from "./kernel-output";

/** Why no distance to a directed target can be drawn among these bounds, if any. */
export function distanceToTargetProblem(
  bounds: Bounds,
  directedTarget: number
): NormalisationProblem | undefined {
  if (bounds.count === 0) return { kind: "all_missing" };
  if (!(directedTarget > bounds.minimum)) return { kind: "target_not_above_minimum" };
  return undefined;
}

/** The distance-to-target score of one directed value among peers with the given minimum. */
export function distanceToTargetOf(
  value: number,
  directedTarget: number,
  minimum: number,
  capAtTarget = false,
  scale = 1
): number {
  let score = 1 - (directedTarget - value) / (directedTarget - minimum);
  if (capAtTarget && score > 1) score = 1;
  return score * scale;
}

/** The distance-to-maximum score of one directed value among peers with these bounds. */
export function distanceToMaximumOf(value: number, bounds: Bounds, scale = 1): number {
  return (1 - (bounds.maximum - value) / (bounds.maximum - bounds.minimum)) * scale;
}

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
  const problem = distanceToTargetProblem(bounds, directedTarget);
  if (problem !== undefined) return { scores: missingScores(directedValues.length), problem };
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++)
    scores[index] = distanceToTargetOf(
      directedValues[index] as number,
      directedTarget,
      bounds.minimum,
      capAtTarget,
      scale
    );
  return { scores };
}

/** COINr's distance to the maximum: `1 - (max - x) / (max - min)`, times `scale`. */
export function distanceToMaximumColumn(
  directedValues: ArrayLike<number>,
  scale = 1
): NormalisationOutput {
  const bounds = boundsOf(directedValues);
  const problem = boundsProblem(bounds);
  if (problem !== undefined) return { scores: missingScores(directedValues.length), problem };
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++)
    scores[index] = distanceToMaximumOf(directedValues[index] as number, bounds, scale);
  return { scores };
}
