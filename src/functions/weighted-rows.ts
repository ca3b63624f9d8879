// The rows COMPOSITE and COVERAGE read: one unit's scores across indicators, with a weight per column.
import type { Issue } from "../core/issues";
import { optionalGrid } from "./argument-rules";
import {
  asGrid,
  cellCount,
  isExcelError,
  type CellOutcome,
  type ExcelError,
  type Grid,
} from "./cell-values";
import { reportFunctionIssue } from "./function-issues";

/** The present scores of one row with their weights, and the share of the weight they carry. */
export interface RowPresence {
  readonly values: Float64Array;
  readonly weights: Float64Array;
  /** How many scores are present (the first `count` entries of values, weights and columns). */
  readonly count: number;
  /** The column of the row each present score came from. */
  readonly columns: Int32Array;
  readonly presentWeight: number;
  /** Present weight over total weight (by count when all weights are 0), as the engine measures it. */
  readonly coverage: number;
}

/**
 * The rows of scores: each row of the range, or, when a single column comes with one weight per row, that
 * column as one unit's scores.
 */
export function scoreRows(scores: Grid, weights: Grid | undefined): Grid {
  const single = scores.every((row) => row.length === 1);
  if (!single || scores.length < 2 || weights === undefined) return scores;
  return cellCount(weights) === scores.length ? [scores.map((row) => row[0])] : scores;
}

/** One result cell per row of scores, for the shape of a result that fails before reading them. */
export function resultRowsOf(scores: unknown, weights: unknown): Grid {
  return scoreRows(asGrid(scores), optionalGrid(weights)).map(() => [null]);
}

/** One weight per column of scores, numbers of 0 or more; all 1 when weights are omitted. */
function readWeights(
  weights: Grid | undefined,
  columns: number
): Float64Array | Issue | ExcelError {
  if (weights === undefined) return new Float64Array(columns).fill(1);
  const cells = weights.flat();
  if (cells.length !== columns)
    return reportFunctionIssue("weights_mismatch", { weights: cells.length, columns });
  const read = new Float64Array(columns);
  for (const [index, cell] of cells.entries()) {
    if (isExcelError(cell)) return cell;
    if (typeof cell !== "number" || !Number.isFinite(cell) || cell < 0)
      return reportFunctionIssue("argument_not_accepted", {
        argument: "weights",
        accepted: {
          nb: "tall på 0 eller mer, ett per kolonne med skårer",
          en: "numbers of 0 or more, one per column of scores",
        },
      });
    read[index] = cell;
  }
  return read;
}

/** The present (numeric) scores of a row; blanks and text are missing, an Excel error is passed on. */
function presenceInRow(row: readonly unknown[], weights: Float64Array): RowPresence | ExcelError {
  const values = new Float64Array(weights.length);
  const presentWeights = new Float64Array(weights.length);
  const columns = new Int32Array(weights.length);
  let count = 0;
  let presentWeight = 0;
  let totalWeight = 0;
  for (let column = 0; column < weights.length; column++) {
    const weight = weights[column] as number;
    const cell = row[column];
    totalWeight += weight;
    if (isExcelError(cell)) return cell;
    if (typeof cell !== "number") continue;
    values[count] = cell;
    presentWeights[count] = weight;
    columns[count] = column;
    presentWeight += weight;
    count++;
  }
  const coverage = totalWeight === 0 ? count / weights.length : presentWeight / totalWeight;
  return { values, weights: presentWeights, columns, count, presentWeight, coverage };
}

/** The number of columns of a block of scores (its widest row). */
export function columnCount(scores: Grid): number {
  return scores.reduce((widest, row) => Math.max(widest, row.length), 0);
}

/**
 * A row of results per row of scores, `width` cells wide: `rowOf` the row's present scores, or the Excel
 * error in the row in every cell; every cell the weights' problem when they cannot be read.
 */
export function outcomeRowsByRow(
  rows: Grid,
  weights: Grid | undefined,
  width: number,
  rowOf: (presence: RowPresence) => CellOutcome[]
): CellOutcome[][] {
  const filled = (outcome: CellOutcome) => Array.from({ length: width }, () => outcome);
  const columnWeights = readWeights(weights, columnCount(rows));
  if (!(columnWeights instanceof Float64Array)) return rows.map(() => filled(columnWeights));
  return rows.map((row) => {
    const presence = presenceInRow(row, columnWeights);
    return "count" in presence ? rowOf(presence) : filled(presence);
  });
}

/**
 * One result per row of scores: `outcomeOf` the row's present scores, or the Excel error in the row; every
 * row the weights' problem when they cannot be read.
 */
export function outcomesByRow(
  rows: Grid,
  weights: Grid | undefined,
  outcomeOf: (presence: RowPresence) => CellOutcome
): CellOutcome[][] {
  return outcomeRowsByRow(rows, weights, 1, (presence) => [outcomeOf(presence)]);
}
