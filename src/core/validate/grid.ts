/** One sheet as the adapters hand it over: a 2-D array of cell values, any shape, any content. */
export interface SheetGrid {
  /** The sheet's name as it appears in the workbook. */
  readonly name: string;
  /**
   * Row by row. Cells hold what the spreadsheet holds: numbers, strings, booleans, Dates, null or
   * undefined for blanks, and Excel error values as `{ error: "#N/A" }` or as the text "#N/A".
   * Rows may have different lengths.
   */
  readonly values: readonly (readonly unknown[] | undefined)[];
  /** Number formats in the same shape, where the adapter has them ("0000", "0.0%", "@"). */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Where the grid's first cell lies in the sheet (0-based); default A1. Used for row numbers. */
  readonly origin?: { readonly row: number; readonly column: number };
}

export type WorkbookGrids = readonly SheetGrid[];

export function cellAt(grid: SheetGrid, row: number, column: number): unknown {
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

export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
