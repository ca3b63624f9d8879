// Reading an .xlsx file into the cell grids the core validator reads, and naming cells as Excel does.
import { cellReference, quotedSheetName } from "../core/cell-addresses";
import type { WorkbookGrids } from "../core/validate";
import { UsageError } from "./command";
import { defaultReadLimits, type ReadLimits } from "./read-limits";
import { readCellGrids } from "./xlsx/read-cell-grids";
import { workbookSheetsOf } from "./xlsx/workbook-sheets";
import { XlsxPackage } from "./xlsx/xlsx-package";

/** A workbook file: its package, to write generated sheets into, and its grids, as read. */
export interface OpenedWorkbook {
  readonly xlsx: XlsxPackage;
  readonly grids: WorkbookGrids;
}

/**
 * Two sheets of one part are no workbook Excel writes (it repairs the file): reading the part once
 * per sheet would let a small file ask for its largest part hundreds of times.
 */
function refuseSharedSheetParts(xlsx: XlsxPackage, path: string): void {
  const sheetOfPart = new Map<string, string>();
  for (const sheet of workbookSheetsOf(xlsx)) {
    if (!sheet.isWorksheet) continue;
    const other = sheetOfPart.get(sheet.partPath);
    if (other !== undefined)
      throw new UsageError(
        `${path}: the sheets ${other} and ${sheet.name} are the same part (${sheet.partPath}), which no spreadsheet program writes; open and save the workbook in Excel or LibreOffice first`
      );
    sheetOfPart.set(sheet.partPath, sheet.name);
  }
}

/**
 * Opens an .xlsx file and reads every sheet, within the limits; a missing, encrypted, non-workbook or
 * too large file is a UsageError.
 */
export async function openWorkbook(
  path: string,
  limits: ReadLimits = defaultReadLimits
): Promise<OpenedWorkbook> {
  const xlsx = await XlsxPackage.open(path, limits);
  refuseSharedSheetParts(xlsx, path);
  return { xlsx, grids: readCellGrids(xlsx) };
}

/** Reads every sheet of an .xlsx file, within the limits; a missing, encrypted or non-workbook file is a UsageError. */
export async function readWorkbookGrids(
  path: string,
  limits: ReadLimits = defaultReadLimits
): Promise<WorkbookGrids> {
  return (await openWorkbook(path, limits)).grids;
}

/** The address of a 0-based grid position in an A1-anchored grid: Data!D17, or Data!17:17 for a row. */
export function cellAddress(
  sheet: string,
  row: number | undefined,
  column: number | undefined
): string {
  return row === undefined ? quotedSheetName(sheet) : cellReference(sheet, row, column);
}
