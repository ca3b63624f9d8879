import { missingScores, type NormalisationOutput } from "./kernel-output";

export interface GoalpostSpecification {
  /** In the indicator's own units, before any direction is applied. */
  readonly lower: number;
  readonly upper: number;
  /** The score at the best goalpost (default 100). */
  readonly scale: number;
  /** Cap scores outside the goalposts at 0 and `scale` (default true). */
  readonly truncate: boolean;
}

/**
 * COINr's goalposts on values already multiplied by `direction`: for +1 `(x - lower) / (upper - lower)`,
 * for -1 the goalposts are negated too, so `lower` becomes the best end. Then truncated to 0..1 and
 * multiplied by the scale. Unlike COINr the scale is not negated for direction -1 (COINr's scores for
 * "lower is better" indicators come out negative).
 */
export function goalpostColumn(
  directedValues: ArrayLike<number>,
  goalposts: GoalpostSpecification,
  direction: 1 | -1
): NormalisationOutput {
  if (goalposts.lower === goalposts.upper)
    return { scores: missingScores(directedValues.length), problem: { kind: "zero_range" } };
  const worst = direction === 1 ? goalposts.lower : -goalposts.upper;
  const best = direction === 1 ? goalposts.upper : -goalposts.lower;
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++) {
    const value = directedValues[index] as number;
    let share = (value - worst) / (best - worst);
    if (goalposts.truncate) share = share > 1 ? 1 : share < 0 ? 0 : share;
    scores[index] = share * goalposts.scale;
  }
  return { scores };
}
