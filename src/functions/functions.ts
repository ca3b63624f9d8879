// The VEIKART custom functions. custom-functions-metadata-plugin reads the JSDoc below into
// functions.json and appends a CustomFunctions.associate call for each function at build time.
import { minMaxScoreAmongPeers } from "./score";
import { toExcelValue } from "./excel-errors";
import { officeLanguage } from "./language";

/**
 * The min-max score (0-100) of a value among its peers: 0 for the worst peer, 100 for the best. Blanks and text among the peers are ignored.
 * @customfunction SCORE
 * @param value The value to score, or a range of values (the result then spills in the same shape).
 * @param peers The values to compare with, usually the whole column, including the value itself.
 * @param [direction] 1 or "higher" (default) when higher is better; -1 or "lower" when lower is better.
 * @returns The score from 0 to 100.
 */
export function score(value: unknown[][], peers: unknown[][], direction?: unknown): unknown[][] {
  const language = officeLanguage();
  return minMaxScoreAmongPeers(value, peers, direction).map((row) =>
    row.map((outcome) => toExcelValue(outcome, language))
  );
}
