/// <reference types="custom-functions-runtime" />
// The reference above lets the node build (tsconfig.node.json, used by the benchmark) see the
// CustomFunctions types that the browser build gets from tsconfig.json.
import type { Issue } from "../core/issues";

/** An Excel error as a custom function receives or returns it. */
export type ExcelError = CustomFunctions.Error;

/** A range as Excel passes it: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/** What one cell of a result holds before it goes to Excel: a value, an issue, or an error passed on. */
export type CellOutcome = number | string | Issue | ExcelError;

/** Excel errors are objects whose code is the error's text ("#DIV/0!"); issue codes are snake_case. */
export function isExcelError(value: unknown): value is ExcelError {
  if (typeof value !== "object" || value === null || !("code" in value)) return false;
  return typeof value.code === "string" && value.code.startsWith("#");
}

/** An empty cell, an omitted optional argument or an empty string. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** A range argument as Excel passes it; a single value is treated as a 1 x 1 range, nothing as one blank cell. */
export function asGrid(argument: unknown): Grid {
  if (!Array.isArray(argument) || argument.length === 0)
    return [[Array.isArray(argument) ? null : argument]];
  let wellFormed = true;
  for (let index = 0; index < argument.length; index++) {
    const row: unknown = argument[index];
    if (!Array.isArray(row)) return [[null]];
    if (row.length === 0) wellFormed = false;
  }
  const rows = argument as unknown[][];
  return wellFormed ? rows : rows.map((row) => (row.length > 0 ? row : [null]));
}

/** The first Excel error in a range, so that it can propagate. */
export function firstErrorIn(grid: Grid): ExcelError | undefined {
  for (const row of grid) {
    for (const cell of row) if (isExcelError(cell)) return cell;
  }
  return undefined;
}

/** The number of cells of a range, row by row. */
export function cellCount(grid: Grid): number {
  let count = 0;
  for (const row of grid) count += row.length;
  return count;
}

/** A result in the shape of `grid` with one outcome in every cell. */
export function filledLike<Outcome>(grid: Grid, outcome: Outcome): Outcome[][] {
  return grid.map((row) => row.map(() => outcome));
}
