/**
 * A cell's value as core reads it, in the dialect of Office.js's `Range.values` (with
 * `Range.numberFormat` beside it): a number, dates and times included as serial numbers of the
 * workbook's date system (only the number format tells a date); a string, "" for an empty cell; a
 * boolean; an Excel error as its text ("#N/A", "#DIV/0!"). A formula gives its calculated value.
 * The command line's .xlsx reader gives the same.
 */
export type CellValue = number | string | boolean;

/** A cell as a grid gives it: undefined past its row's end, null where core's own template left it empty. */
export type GridCell = CellValue | null | undefined;

/** One sheet as the adapters hand it over: a 2-D array of cell values, any shape. */
export interface SheetGrid {
  /** The sheet's name as it appears in the workbook. */
  readonly name: string;
  /**
   * Row by row. Rows may have different lengths: a cell past its row's end, or in a missing row,
   * is empty.
   */
  readonly values: readonly (readonly (CellValue | null)[] | undefined)[];
  /** Number formats in the same shape, as Office.js gives them ("General", "0000", "0.0%", "@"). */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Where the grid's first cell lies in the sheet (0-based); default A1. Used for row numbers. */
  readonly origin?: { readonly row: number; readonly column: number };
}

export type WorkbookGrids = readonly SheetGrid[];

export function cellAt(grid: SheetGrid, row: number, column: number): GridCell {
  return grid.values[row]?.[column];
}

export function numberFormatAt(grid: SheetGrid, row: number, column: number): string | undefined {
  const format = grid.numberFormats?.[row]?.[column];
  return typeof format === "string" ? format : undefined;
}

/** The row number a person sees in the sheet (1-based). */
function rowNumberOf(grid: SheetGrid, row: number): number {
  return (grid.origin?.row ?? 0) + row + 1;
}

/** The rows of an entry given twice, as a person sees them: where it first stands and where again. */
export function repeatedRows(
  grid: SheetGrid,
  firstRow: number,
  row: number
): { readonly firstRow: number; readonly row: number } {
  return { firstRow: rowNumberOf(grid, firstRow), row: rowNumberOf(grid, row) };
}

export function isBlankCell(cell: GridCell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
