// Reading an .xlsx file into the cell grids the core validator reads (exceljs).
import { open } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { SheetGrid, WorkbookGrids } from "../core/validate";
import { UsageError } from "./command";

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

const zipSignature = "504b";
const compoundFileSignature = "d0cf11e0";

async function signatureOf(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`${path}: no such file`);
    if (code === "EISDIR") throw new UsageError(`${path} is a folder, not a workbook`);
    throw new UsageError(`${path} cannot be opened (${code ?? "unknown reason"})`);
  }
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return buffer.subarray(0, bytesRead).toString("hex");
  } finally {
    await handle.close();
  }
}

/** Opens an .xlsx file with exceljs; a missing, encrypted or non-workbook file is a UsageError. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const signature = await signatureOf(path);
  if (signature.startsWith(compoundFileSignature))
    throw new UsageError(
      `${path} is encrypted or an old .xls file: save it as an .xlsx workbook without a password`
    );
  if (!signature.startsWith(zipSignature)) throw new UsageError(`${path} is not an .xlsx workbook`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${path} cannot be read as an .xlsx workbook (${reason})`);
  }
  return workbook;
}

/** Every sheet of a workbook as a grid. */
export function gridsOfWorkbook(workbook: ExcelJS.Workbook): WorkbookGrids {
  return workbook.worksheets.map(gridOfWorksheet);
}

/** Reads every sheet of an .xlsx file; a missing, encrypted or non-workbook file is a UsageError. */
export async function readWorkbookGrids(path: string): Promise<WorkbookGrids> {
  return gridsOfWorkbook(await readWorkbookFile(path));
}

/** "A", "B", ... "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** The address of a 0-based grid position in an A1-anchored grid: Data!D17, or Data!17:17 for a row. */
export function cellAddress(
  sheet: string,
  row: number | undefined,
  column: number | undefined
): string {
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  if (row === undefined) return quoted;
  if (column === undefined) return `${quoted}!${row + 1}:${row + 1}`;
  return `${quoted}!${columnLetters(column)}${row + 1}`;
}
