// The cell grids as exceljs read them: the reference src/node/xlsx/read-cell-grids is held to.
import ExcelJS from "exceljs";
import type { SheetGrid, WorkbookGrids } from "../../src/core/validate";

/** A cell's value as the core expects it: primitives, Dates, `{ error }`, formulas by their result. */
export function plainCellValue(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return plainCellValue(value.result as ExcelJS.CellValue);
  if ("text" in value)
    return typeof value.text === "string"
      ? value.text
      : plainCellValue(value.text as ExcelJS.CellValue);
  return String(value);
}

/** One worksheet as a grid anchored at A1 (rows and cells that were never written stay holes). */
export function gridOfWorksheet(worksheet: ExcelJS.Worksheet): SheetGrid {
  const values: unknown[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    const formats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const isMergedCopy = cell.isMerged && cell.master !== cell;
      cells[columnNumber - 1] = isMergedCopy ? null : plainCellValue(cell.value);
      formats[columnNumber - 1] = cell.numFmt;
    });
    values[rowNumber - 1] = cells;
    numberFormats[rowNumber - 1] = formats;
  });
  return { name: worksheet.name, values, numberFormats };
}

/** Every worksheet of these .xlsx bytes as exceljs reads it. */
export async function exceljsGridsOf(bytes: Buffer): Promise<WorkbookGrids> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map(gridOfWorksheet);
}
