import { parseDirection } from "../model/direction";
import { reportTimeIssue } from "./time-issues";
import { failure, ok } from "../model/issue";
import type { TimeResult } from "./time-result";

/** Which way is better when moving towards a target: +1 higher, -1 lower. */
export type TargetDirection = 1 | -1;

/**
 * A direction as users write it (1, -1, "higher", "lavere", ...; see parseDirection), or undefined when not
 * given (null, undefined, ""). Context (0) and anything else is `change_direction_invalid`.
 */
export function readTargetDirection(input: unknown): TimeResult<TargetDirection | undefined> {
  if (input === undefined || input === null || input === "") return ok(undefined);
  const direction = parseDirection(input);
  return direction === 1 || direction === -1
    ? ok(direction)
    : failure(reportTimeIssue("change_direction_invalid", { text: String(input) }));
}

/**
 * The direction to judge movement towards a target by: the one given, else the side the target lies on
 * seen from `from` (a target above the baseline means higher is better). A target equal to `from` without
 * a given direction is `target_direction_unclear`.
 */
export function directionTowards(
  from: number,
  target: number,
  given: TargetDirection | undefined
): TimeResult<TargetDirection> {
  if (given !== undefined) return ok(given);
  if (target > from) return ok(1);
  if (target < from) return ok(-1);
  return failure(reportTimeIssue("target_direction_unclear", { target }));
}

/** True when the value is at the target or beyond it in the direction: `direction·value >= direction·target`. */
export function meetsTarget(value: number, target: number, direction: TargetDirection): boolean {
  return direction * value >= direction * target;
}
