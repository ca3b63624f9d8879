// VEIKART.COVERAGE: the share of the weight whose scores are present, as COMPOSITE measures it.
import { optionalRange, range } from "./argument-rules";
import { declareSpillingFunction } from "./declare-function";
import { columnCount, presenceInRow, readWeights, resultRowsOf, scoreRows } from "./weighted-rows";

export const coverageFunction = declareSpillingFunction({
  id: "COVERAGE",
  arguments: [range("values"), optionalRange("weights")],
  shape: resultRowsOf,
  evaluate: (values, weights) => {
    const rows = scoreRows(values, weights);
    const columnWeights = readWeights(weights, columnCount(rows));
    if (!(columnWeights instanceof Float64Array)) return rows.map(() => [columnWeights]);
    return rows.map((row) => {
      const presence = presenceInRow(row, columnWeights);
      return ["count" in presence ? presence.coverage : presence];
    });
  },
});
