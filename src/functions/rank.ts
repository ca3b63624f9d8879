// VEIKART.RANK: the engine's result ranks (1 = best, ties share the minimum rank) of values among peers.
import { sortedPeers } from "../core/steps/normalise/value-scoring";
import { descendingMinRankIn } from "../core/steps/statistics";
import { direction, range } from "./argument-rules";
import { asGrid, filledLike, type CellOutcome } from "./cell-values";
import { declareSpillingFunction } from "./declare-function";
import { reportFunctionIssue } from "./function-issues";
import { readPeers } from "./peers";
import { readValueCell } from "./value-cells";

export const rankFunction = declareSpillingFunction({
  id: "RANK",
  arguments: [range("value"), range("peers"), direction()],
  shape: (value) => asGrid(value),
  evaluate: (values, peerGrid, rankedDirection) => {
    const peers = readPeers(peerGrid, rankedDirection);
    if (!("numbers" in peers)) return filledLike(values, peers);
    const sorted = peers.statistic(sortedPeers);
    if (sorted.length === 0)
      return filledLike(values, reportFunctionIssue("peers_without_numbers", {}));
    return values.map((row) =>
      row.map((cell): CellOutcome => {
        const value = readValueCell(cell);
        return typeof value === "number"
          ? descendingMinRankIn(sorted, value * rankedDirection)
          : value;
      })
    );
  },
});
