// VEIKART.CONTRIBUTION: each score's points in the composite of its row, the row analogue of COMPOSITE.
// The split is the analysis's (pointsOfChildren): under the arithmetic mean w·x/Σw, under the geometric
// mean shares of the logarithm, under a generalised mean with p > 0 shares of the p-th power; the points
// of a row sum to COMPOSITE's result with the same arguments.
import { pointsOfChildren } from "../core/analysis/child-points";
import type { Issue } from "../core/issues";
import { aggregationMethods } from "../core/steps/aggregate/methods";
import { asGrid, type CellOutcome, type Grid } from "./cell-values";
import { chosenMean, compositeArguments, compositeOf, type ChosenMean } from "./composite";
import { declareSpillingFunction } from "./declare-function";
import { reportFunctionIssue } from "./function-issues";
import { columnCount, outcomeRowsByRow, scoreRows, type RowPresence } from "./weighted-rows";

/** The points of one row's present scores in their columns, a missing score's cell left empty. */
function contributionsOf(
  presence: RowPresence,
  chosen: ChosenMean,
  minimumCoverage: number | undefined,
  width: number
): CellOutcome[] {
  const filled = (outcome: CellOutcome) => Array.from({ length: width }, () => outcome);
  const composite = compositeOf(presence, chosen, minimumCoverage);
  if (typeof composite !== "number") return filled(composite);
  const split = pointsOfChildren(
    presence.values.subarray(0, presence.count),
    presence.weights.subarray(0, presence.count),
    chosen.settings,
    composite
  );
  if (!split.ok)
    return filled(
      reportFunctionIssue(split.reason, { mean: aggregationMethods[chosen.settings.method].label })
    );
  const row: CellOutcome[] = filled("");
  for (let index = 0; index < presence.count; index++)
    row[presence.columns[index] as number] = split.points[index] as number;
  return row;
}

/** True when a single column of scores was read as one unit's scores (see scoreRows). */
function readAsOneRow(scores: Grid, rows: Grid): boolean {
  return rows.length === 1 && scores.length > 1;
}

const transposed = <Cell>(rows: readonly (readonly Cell[])[]): Cell[][] =>
  (rows[0] ?? []).map((_, column) => rows.map((row) => row[column] as Cell));

export const contributionFunction = declareSpillingFunction({
  id: "CONTRIBUTION",
  arguments: compositeArguments,
  shape: (scores: unknown) => asGrid(scores),
  evaluate: (scores, weights, mean, minimumCoverage, power) => {
    const rows = scoreRows(scores, weights);
    const width = columnCount(rows);
    const chosen: ChosenMean | Issue = chosenMean(mean, power);
    const result =
      "code" in chosen
        ? rows.map(() => Array.from({ length: width }, (): CellOutcome => chosen))
        : outcomeRowsByRow(rows, weights, width, (presence) =>
            contributionsOf(presence, chosen, minimumCoverage, width)
          );
    return readAsOneRow(scores, rows) ? transposed(result) : result;
  },
});
