// Filling the fake Excel from an .xlsx file through an independent reader (exceljs), each cell as
// Office.js's Range.values and Range.numberFormat would give it: numbers, dates as the serial numbers
// the file holds, strings, booleans, errors as their text ("#N/A"), formulas by their calculated
// value, nothing for an empty cell (the fake returns "") and "General" where there is no format.
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../../src/core/validate";
import { isDateFormat } from "../../../src/core/validate/cell-values";
import { numberFormatAt } from "../../../src/core/validate/grid";
import { FakeWorkbook, type FakeSheet } from "./fake-workbook";

const millisecondsPerDay = 24 * 3600 * 1000;

/** The serial number exceljs turned into a Date: its own conversion (utils.excelToDate) undone. */
function serialOfDate(date: Date, date1904: boolean): number {
  return 25569 + date.getTime() / millisecondsPerDay - (date1904 ? 1462 : 0);
}

/** A cell's value as Office.js gives it; undefined for an empty cell. */
function officeValueOf(
  value: ExcelJS.CellValue | undefined,
  date1904: boolean
): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return serialOfDate(value, date1904);
  if (typeof value !== "object") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value)
    return typeof value.text === "string"
      ? value.text
      : officeValueOf(value.text as ExcelJS.CellValue, date1904);
  throw new Error(`A cell value the loader does not know: ${JSON.stringify(value)}`);
}

function loadWorksheet(workbook: FakeWorkbook, worksheet: ExcelJS.Worksheet, date1904: boolean) {
  const sheet: FakeSheet = workbook.addSheetWithRows(worksheet.name, []);
  const { rowCount, columnCount } = worksheet; // getters that walk every row when asked
  for (let row = 1; row <= rowCount; row++)
    for (let column = 1; column <= columnCount; column++) {
      const cell = worksheet.getCell(row, column);
      const isMergedCopy = cell.isMerged && cell.master !== cell;
      // A formula's value as exceljs's model holds it: Cell.value leaves out a result of 0 or FALSE.
      const value = isMergedCopy
        ? undefined
        : officeValueOf(
            cell.type === ExcelJS.ValueType.Formula ? cell.model.result : cell.value,
            date1904
          );
      sheet.setNumberFormat(row - 1, column - 1, cell.numFmt || "General");
      if (value !== undefined && value !== "") sheet.setValue(row - 1, column - 1, value);
    }
}

/** A fake workbook holding every worksheet of these .xlsx bytes, as exceljs reads them. */
export async function fakeWorkbookOfXlsx(bytes: Buffer): Promise<FakeWorkbook> {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const workbook = new FakeWorkbook();
  const date1904 = file.properties.date1904 === true;
  for (const worksheet of file.worksheets) loadWorksheet(workbook, worksheet, date1904);
  return workbook;
}

/**
 * A grid's dates and times as whole milliseconds, for comparing with what the loader gives: exceljs
 * rounds a date's serial number to the millisecond (utils.excelToDate), Office.js and the node
 * reader give the file's own.
 */
export function datesToTheMillisecond(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((cells, row) =>
    cells?.map((cell, column) =>
      typeof cell === "number" && isDateFormat(numberFormatAt(grid, row, column))
        ? Math.round(cell * millisecondsPerDay)
        : cell
    )
  );
  return { ...grid, values };
}
