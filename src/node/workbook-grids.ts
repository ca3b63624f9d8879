// Reading an .xlsx file into the cell grids the core validator reads, and naming cells as Excel does.
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

/** "A", "B", ... "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as formulas write it: quoted unless it is letters, digits and underscores only. */
export function quotedSheetName(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The address of a 0-based grid position in an A1-anchored grid: Data!D17, or Data!17:17 for a row. */
export function cellAddress(
  sheet: string,
  row: number | undefined,
  column: number | undefined
): string {
  const quoted = quotedSheetName(sheet);
  if (row === undefined) return quoted;
  if (column === undefined) return `${quoted}!${row + 1}:${row + 1}`;
  return `${quoted}!${columnLetters(column)}${row + 1}`;
}
