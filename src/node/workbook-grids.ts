// Reading an .xlsx file into the cell grids the core validator reads, and naming cells as Excel does.
import { cellReference, quotedSheetName } from "../core/cell-addresses";
import type { WorkbookGrids } from "../core/validate";
import { readCellGrids } from "./xlsx/read-cell-grids";
import { XlsxPackage } from "./xlsx/xlsx-package";

/** A workbook file: its package, to write generated sheets into, and its grids, as read. */
export interface OpenedWorkbook {
  readonly xlsx: XlsxPackage;
  readonly grids: WorkbookGrids;
}

/** Opens an .xlsx file and reads every sheet; a missing, encrypted or non-workbook file is a UsageError. */
export async function openWorkbook(path: string): Promise<OpenedWorkbook> {
  const xlsx = await XlsxPackage.open(path);
  return { xlsx, grids: readCellGrids(xlsx) };
}

/** Reads every sheet of an .xlsx file; a missing, encrypted or non-workbook file is a UsageError. */
export async function readWorkbookGrids(path: string): Promise<WorkbookGrids> {
  return (await openWorkbook(path)).grids;
}

/** The address of a 0-based grid position in an A1-anchored grid: Data!D17, or Data!17:17 for a row. */
export function cellAddress(
  sheet: string,
  row: number | undefined,
  column: number | undefined
): string {
  return row === undefined ? quotedSheetName(sheet) : cellReference(sheet, row, column);
}
