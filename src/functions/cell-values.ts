import type { Issue } from "../core/issues";

/** An Excel error as a custom function receives or returns it. */
export type ExcelError = CustomFunctions.Error;

/** What one cell of a custom function's result holds: a number, or an issue to show as an error. */
export type CellOutcome = number | Issue;

/** Excel errors are objects whose code is the error's text ("#DIV/0!"); issue codes are snake_case. */
export function isExcelError(value: unknown): value is ExcelError {
  if (typeof value !== "object" || value === null || !("code" in value)) return false;
  return typeof value.code === "string" && value.code.startsWith("#");
}

/** A range argument as Excel passes it; a single value is treated as a 1 x 1 range. */
export function asGrid(argument: unknown): readonly (readonly unknown[])[] {
  if (Array.isArray(argument) && argument.every(Array.isArray)) return argument as unknown[][];
  return [[argument]];
}

/** The first Excel error in a range, so that it can propagate. */
export function firstErrorIn(grid: readonly (readonly unknown[])[]): ExcelError | undefined {
  for (const row of grid) {
    for (const cell of row) if (isExcelError(cell)) return cell;
  }
  return undefined;
}

/** The numbers in a range, row by row; blanks, text and booleans are ignored as Excel's MIN does. */
export function numbersIn(grid: readonly (readonly unknown[])[]): Float64Array {
  let count = 0;
  for (const row of grid) for (const cell of row) if (typeof cell === "number") count++;
  const numbers = new Float64Array(count);
  let index = 0;
  for (const row of grid) {
    for (const cell of row) if (typeof cell === "number") numbers[index++] = cell;
  }
  return numbers;
}
