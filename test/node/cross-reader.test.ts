// One cell dialect: the same .xlsx read by the command line's reader and by the add-in's reading code
// (src/excel/read-workbook.ts on the fake Excel, loaded from the file through exceljs) gives the same
// grids, values and number formats, cell for cell.
import { mkdtempSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { validateWorkbook, type SheetGrid, type WorkbookGrids } from "../../src/core/validate";
import { readWorkbook } from "../../src/excel";
import { templatePackage } from "../../src/node/template-workbook";
import { readCellGrids } from "../../src/node/xlsx/read-cell-grids";
import { XlsxPackage } from "../../src/node/xlsx/xlsx-package";
import { hostOf } from "../excel/host";
import { fakeExcel } from "../support/fake-excel";
import { datesToTheMillisecond, fakeWorkbookOfXlsx } from "../support/fake-excel/load-xlsx";
import { convertWithLibreOffice, itWithLibreOffice } from "../support/libreoffice";

const goldenWorkbook = join(__dirname, "..", "fixtures", "golden-workbook.xlsx");

/** A node grid (from A1) cut to the rectangle of its non-empty cells, as Excel's used range is. */
function usedPartOf(grid: SheetGrid): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  grid.values.forEach((cells, row) =>
    cells?.forEach((cell, column) => {
      if (cell === "") return;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    })
  );
  if (bottom < 0) return { name: grid.name, values: [] };
  const cut = <T>(rows: readonly (readonly T[] | undefined)[] | undefined) =>
    (rows ?? []).slice(top, bottom + 1).map((cells) => (cells ?? []).slice(left, right + 1));
  return {
    name: grid.name,
    values: cut(grid.values),
    numberFormats: cut(grid.numberFormats),
    origin: { row: top, column: left },
  };
}

/** The template sheets of the file as the add-in reads them from the fake Excel. */
async function officeGridsOf(bytes: Buffer): Promise<WorkbookGrids> {
  const fake = fakeExcel(await fakeWorkbookOfXlsx(bytes));
  return (await readWorkbook(hostOf(fake))).grids;
}

/** Both readers on the same bytes; returns the add-in's grids. */
async function expectSameGrids(bytes: Buffer, sheets: readonly string[]): Promise<WorkbookGrids> {
  const officeGrids = await officeGridsOf(bytes);
  const nodeGrids = readCellGrids(XlsxPackage.fromBuffer(bytes, "cross-reader.xlsx"));
  expect(officeGrids.map((grid) => grid.name)).toEqual(sheets);
  for (const officeGrid of officeGrids) {
    const nodeGrid = nodeGrids.find((grid) => grid.name === officeGrid.name);
    expect(nodeGrid).toBeDefined();
    expect(datesToTheMillisecond(usedPartOf(nodeGrid as SheetGrid))).toStrictEqual(
      datesToTheMillisecond(officeGrid)
    );
  }
  return officeGrids;
}

const templateSheets = ["Indikatorer", "Dimensjoner", "Enheter", "Data", "Metode"];
/** The sheets `veikart template` writes: the five and Tiltak. */
const newTemplateSheets = [...templateSheets, "Tiltak"];

function utc(...parts: [number, number, number, number?, number?]): Date {
  const [year, month, day, hours = 0, minutes = 0] = parts;
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

/** A Data sheet of dates, errors, formulas, booleans, empty strings, rich text and merged cells. */
function cellsWorkbook(date1904: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("Data");
  sheet.getCell("B2").value = utc(2024, 2, 29, 12, 30);
  sheet.getCell("B2").numFmt = "dd.mm.yyyy hh:mm";
  sheet.getCell("C2").value = utc(1999, 12, 31);
  sheet.getCell("C2").numFmt = "dd.mm.yyyy";
  sheet.getCell("D2").value = utc(1900, 1, 15);
  sheet.getCell("D2").numFmt = "yyyy-mm-dd";
  sheet.getCell("E2").value = 40.5;
  sheet.getCell("E2").numFmt = "dd.mm.yyyy";
  sheet.getCell("B3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  sheet.getCell("C3").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  sheet.getCell("D3").value = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
  sheet.getCell("B4").value = { formula: "1+1", result: 2 };
  sheet.getCell("C4").value = { formula: 'B6&"!"', result: "Rich text!" };
  sheet.getCell("D4").value = { formula: "TRUE()", result: true };
  sheet.getCell("E4").value = { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellValue;
  sheet.getCell("F4").value = { formula: "DATE(2020,1,1)", result: utc(2020, 1, 1) };
  sheet.getCell("F4").numFmt = "yyyy-mm-dd";
  sheet.getCell("G4").value = { formula: '""', result: "" };
  sheet.getCell("B5").value = true;
  sheet.getCell("C5").value = false;
  sheet.getCell("D5").value = "";
  sheet.getCell("E5").value = 0.25;
  sheet.getCell("E5").numFmt = "0.0%";
  sheet.getCell("B6").value = {
    richText: [{ text: "Rich ", font: { bold: true } }, { text: "text" }],
  };
  sheet.getCell("B7").value = "Merged";
  sheet.mergeCells("B7:D8");
  sheet.getCell("F9").value = 1e-7;
  sheet.getCell("G9").value = 123456789012;
  sheet.getCell("G9").numFmt = "# ##0";
  sheet.getCell("B10").value = 'Ampersand & <tag> "quoted"\nsecond line';
  sheet.getCell("C10").value = "0301";
  sheet.getCell("C10").numFmt = "@";
  sheet.getCell("D10").value = 301;
  sheet.getCell("D10").numFmt = "0000";
  const method = workbook.addWorksheet("Metode");
  method.getCell("A1").value = "Innstilling";
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("the command line's reader and the add-in's reading give the same grids", () => {
  it("on the golden workbook", async () => {
    await expectSameGrids(await readFile(goldenWorkbook), templateSheets);
  });

  it("and so the same issues: a number in a date-formatted Verdi cell is value_date_format on both faces", async () => {
    const bytes = await readFile(goldenWorkbook);
    const placed = (grids: WorkbookGrids) =>
      validateWorkbook(grids).issues.map(({ code, sheet, row, column }) => ({
        code,
        sheet,
        row,
        column,
      }));
    const fromOffice = placed(await officeGridsOf(bytes));
    expect(placed(readCellGrids(XlsxPackage.fromBuffer(bytes, "golden.xlsx")))).toEqual(fromOffice);
    expect(fromOffice).toContainEqual({
      code: "value_date_format",
      sheet: "Data",
      row: 818,
      column: 3,
    });
  });

  it("on the template with its example data", async () => {
    const grids = await expectSameGrids(templatePackage(true).toBuffer(), newTemplateSheets);
    expect(grids.every((grid) => grid.values.length > 1)).toBe(true);
  });

  it("on dates, errors, formulas' values, booleans, empty strings and merged cells", async () => {
    const [data] = await expectSameGrids(await bytesOf(cellsWorkbook(false)), ["Data", "Metode"]);
    expect(data?.origin).toEqual({ row: 1, column: 1 });
    expect(data?.values).toEqual([
      // exceljs wrote 15 January 1900 as 16: it counts no 29 February 1900, as Excel does.
      [45351.52083333333, 36525, 16, 40.5, "", ""],
      ["#N/A", "#DIV/0!", "#VALUE!", "", "", ""],
      [2, "Rich text!", true, "#N/A", 43831, ""],
      [true, false, "", 0.25, "", ""],
      ["Rich text", "", "", "", "", ""],
      ["Merged", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["", "", "", "", 1e-7, 123456789012],
      ['Ampersand & <tag> "quoted"\nsecond line', "0301", 301, "", "", ""],
    ]);
    expect(data?.numberFormats?.[0]).toEqual([
      "dd.mm.yyyy hh:mm",
      "dd.mm.yyyy",
      "yyyy-mm-dd",
      "dd.mm.yyyy",
      "General",
      "General",
    ]);
    expect(data?.numberFormats?.[8]?.slice(0, 3)).toEqual(["General", "@", "0000"]);
  });

  it("on dates of a workbook in the 1904 date system, as the serial numbers the file holds", async () => {
    const [data] = await expectSameGrids(await bytesOf(cellsWorkbook(true)), ["Data", "Metode"]);
    expect(data?.values[0]?.slice(0, 2)).toEqual([43889.52083333333, 36525 - 1462]);
  });

  itWithLibreOffice(
    "on the golden workbook, the template and the dates workbook saved by LibreOffice",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "veikart-cross-reader-"));
      await writeFile(join(folder, "golden.xlsx"), await readFile(goldenWorkbook));
      await writeFile(join(folder, "template.xlsx"), templatePackage(true).toBuffer());
      await writeFile(join(folder, "cells.xlsx"), await bytesOf(cellsWorkbook(false)));
      const files = ["golden.xlsx", "template.xlsx", "cells.xlsx"];
      convertWithLibreOffice(
        files.map((file) => join(folder, file)),
        join(folder, "saved"),
        "xlsx",
        folder
      );
      for (const file of files) {
        const bytes = await readFile(join(folder, "saved", file));
        const sheets = { "golden.xlsx": templateSheets, "template.xlsx": newTemplateSheets }[
          file
        ] ?? ["Data", "Metode"];
        await expectSameGrids(bytes, sheets);
      }
    },
    180_000
  );
});
