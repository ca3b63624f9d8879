// VEIKART.COVERAGE: the share of the weight whose scores are present, as COMPOSITE measures it.
import { optionalRange, range } from "./argument-rules";
import { declareSpillingFunction } from "./declare-function";
import { outcomesByRow, resultRowsOf, scoreRows } from "./weighted-rows";

export const coverageFunction = declareSpillingFunction({
  id: "COVERAGE",
  arguments: [range("values"), optionalRange("weights")],
  shape: resultRowsOf,
  evaluate: (values, weights) =>
    outcomesByRow(scoreRows(values, weights), weights, (presence) => presence.coverage),
});
