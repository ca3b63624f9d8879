import { parseDirection } from "../core/model/direction";
import type { Direction } from "../core/model/framework";
import type { Issue } from "../core/issues";
import { reportFunctionIssue } from "./function-issues";

const isBlank = (argument: unknown) =>
  argument === undefined || argument === null || argument === "";

/** An optional direction argument: 1 (default) or -1 in any of the words users write. */
export function readScoredDirection(argument: unknown, name = "direction"): Direction | Issue {
  if (isBlank(argument)) return 1;
  const direction = parseDirection(argument);
  if (direction === 1 || direction === -1) return direction;
  return reportFunctionIssue("argument_not_accepted", {
    argument: name,
    accepted: '1, -1, "higher"/"lower" or "høyere"/"lavere"',
  });
}
