import type { Issue } from "../core/issues";
import { boundsOf, hasZeroRange, minMaxScore } from "../core/steps/normalise/min-max";
import { readScoredDirection } from "./arguments";
import {
  asGrid,
  firstErrorIn,
  isExcelError,
  numbersIn,
  type CellOutcome,
  type ExcelError,
} from "./cell-values";
import { reportFunctionIssue } from "./function-issues";

type Outcome = CellOutcome | ExcelError;

const fill = (grid: readonly (readonly unknown[])[], outcome: Outcome): Outcome[][] =>
  grid.map((row) => row.map(() => outcome));

function scoreOne(cell: unknown, direction: number, score: (directed: number) => number): Outcome {
  if (isExcelError(cell)) return cell;
  if (cell === null || cell === undefined || cell === "")
    return reportFunctionIssue("value_missing", {});
  if (typeof cell !== "number")
    return reportFunctionIssue("value_not_number", { text: String(cell) });
  return score(cell * direction);
}

/**
 * The min-max score (0-100) of each value among the numbers in `peers`, after turning "lower is better"
 * around, as COINr's normalisation does. The result has the shape of `value`.
 */
export function minMaxScoreAmongPeers(
  value: unknown,
  peers: unknown,
  direction: unknown
): Outcome[][] {
  const values = asGrid(value);
  const peerGrid = asGrid(peers);
  const peerError = firstErrorIn(peerGrid);
  if (peerError !== undefined) return fill(values, peerError);
  const scoredDirection = readScoredDirection(direction);
  if (typeof scoredDirection !== "number") return fill(values, scoredDirection);

  const bounds = boundsOf(numbersIn(peerGrid).map((peer) => peer * scoredDirection));
  const boundsProblem: Issue | undefined =
    bounds.count === 0
      ? reportFunctionIssue("peers_without_numbers", {})
      : hasZeroRange(bounds)
        ? reportFunctionIssue("peers_all_equal", { value: bounds.minimum * scoredDirection })
        : undefined;
  if (boundsProblem !== undefined) return fill(values, boundsProblem);

  return values.map((row) =>
    row.map((cell) => scoreOne(cell, scoredDirection, (directed) => minMaxScore(directed, bounds)))
  );
}
