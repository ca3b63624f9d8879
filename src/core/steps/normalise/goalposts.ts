import {
  missingScores,
  type NormalisationOutput,
  type NormalisationProblem,
} from "./kernel-output";

export interface GoalpostSpecification {
  /** In the indicator's own units, before any direction is applied. */
  readonly lower: number;
  readonly upper: number;
  /** The score at the best goalpost (default 100). */
  readonly scale: number;
  /** Cap scores outside the goalposts at 0 and `scale` (default true). */
  readonly truncate: boolean;
}

/** Goalposts turned with the direction: the directed values of the worst and the best end. */
export interface DirectedGoalposts {
  readonly worst: number;
  readonly best: number;
}

/** The goalposts in directed terms (for -1 negated, so `lower` becomes the best end), or zero_range. */
export function directedGoalposts(
  goalposts: GoalpostSpecification,
  direction: 1 | -1
): DirectedGoalposts | NormalisationProblem {
  if (goalposts.lower === goalposts.upper) return { kind: "zero_range" };
  return direction === 1
    ? { worst: goalposts.lower, best: goalposts.upper }
    : { worst: -goalposts.upper, best: -goalposts.lower };
}

/** The goalpost score of one directed value: its share of the way from worst to best, times the scale. */
export function goalpostScoreOf(
  value: number,
  { worst, best }: DirectedGoalposts,
  goalposts: GoalpostSpecification
): number {
  let share = (value - worst) / (best - worst);
  if (goalposts.truncate) share = share > 1 ? 1 : share < 0 ? 0 : share;
  return share * goalposts.scale;
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
  const ends = directedGoalposts(goalposts, direction);
  if ("kind" in ends) return { scores: missingScores(directedValues.length), problem: ends };
  const scores = new Float64Array(directedValues.length);
  for (let index = 0; index < directedValues.length; index++)
    scores[index] = goalpostScoreOf(directedValues[index] as number, ends, goalposts);
  return { scores };
}
