// Writing the template workbook (.xlsx): five Excel tables, drop-downs on Data's unit and indicator.
import ExcelJS from "exceljs";
import { templateWorkbook, type TemplateSheet } from "../core/template";
import { columnLetters } from "../core/cell-addresses";
import { XlsxPackage } from "./xlsx/xlsx-package";

/** Rows the drop-downs and text formats cover beyond the rows written. */
const roomToGrow = 5000;

type WorksheetWithValidations = ExcelJS.Worksheet & {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

function columnOf(sheet: TemplateSheet, key: string): number {
  return sheet.definition.columns.findIndex((column) => column.key === key);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: TemplateSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  const [header = [], ...rows] = sheet.values;
  sheet.definition.columns.forEach((column, index) => {
    const excelColumn = worksheet.getColumn(index + 1);
    excelColumn.width = Math.max(12, column.header.length + 4);
    if (column.type === "unit code") excelColumn.numFmt = "@";
  });
  worksheet.addTable({
    name: sheet.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((name) => ({ name: String(name), filterButton: true })),
    // An Excel table needs at least one row below its header.
    rows: rows.length > 0 ? rows.map((row) => [...row]) : [header.map(() => null)],
  });
  worksheet.views = [{ state: "frozen", ySplit: 1 }];
  return worksheet;
}

function listValidation(
  worksheet: ExcelJS.Worksheet,
  column: number,
  source: string,
  rows: number
): void {
  const letters = columnLetters(column);
  (worksheet as WorksheetWithValidations).dataValidations.add(`${letters}2:${letters}${rows + 1}`, {
    type: "list",
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Veikart",
    error: "Velg en verdi fra listen / choose a value from the list",
  });
}

/** The template as an exceljs workbook, with the example data if asked. */
export function buildTemplateWorkbook(withExampleData: boolean): ExcelJS.Workbook {
  return workbookOfSheets(templateWorkbook(withExampleData));
}

/** Template sheets (as `workbookSheetsOf` gives them) as an exceljs workbook of Excel tables. */
export function workbookOfSheets(sheets: readonly TemplateSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Veikart";
  const worksheets = new Map(
    sheets.map((sheet) => [sheet.definition.key, { sheet, worksheet: addSheet(workbook, sheet) }])
  );
  const data = worksheets.get("data");
  const units = worksheets.get("units");
  const indicators = worksheets.get("indicators");
  if (data !== undefined && units !== undefined && indicators !== undefined) {
    const rows = data.sheet.values.length + roomToGrow;
    const range = (entry: { sheet: TemplateSheet }, key: string) => {
      const letters = columnLetters(columnOf(entry.sheet, key));
      return `${entry.sheet.name}!$${letters}$2:$${letters}$${entry.sheet.values.length + roomToGrow}`;
    };
    listValidation(data.worksheet, columnOf(data.sheet, "unit"), range(units, "code"), rows);
    listValidation(
      data.worksheet,
      columnOf(data.sheet, "indicator"),
      range(indicators, "id"),
      rows
    );
  }
  return workbook;
}

/** An exceljs workbook as an .xlsx package, ready for generated sheets to be written into. */
export async function packageOfWorkbook(workbook: ExcelJS.Workbook): Promise<XlsxPackage> {
  return XlsxPackage.fromBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), "the new workbook");
}
