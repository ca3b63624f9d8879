import ExcelJS from "exceljs";
import { applySheetRowChanges } from "../../../src/node/xlsx/append-sheet-rows";
import { XlsxPackage } from "../../../src/node/xlsx/xlsx-package";
import { workbookSheetsOf } from "../../../src/core/template";
import { packageOfSheets } from "../../../src/node/template-workbook";
import { smallContent } from "../../core/benchmark/small-workbook";

jest.setTimeout(60_000);

function smallWorkbook(): XlsxPackage {
  return reopened(packageOfSheets(workbookSheetsOf(smallContent)));
}

async function readBack(xlsx: XlsxPackage): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.toBuffer() as unknown as ArrayBuffer);
  return workbook;
}

function reopened(xlsx: XlsxPackage): XlsxPackage {
  return XlsxPackage.fromBuffer(xlsx.toBuffer(), "test.xlsx");
}

describe("applySheetRowChanges", () => {
  it("appends rows below the last value, keeping the code column's text style, and grows the table", async () => {
    const xlsx = smallWorkbook();
    const before = await readBack(xlsx);
    const lastRow = before.getWorksheet("Data")!.actualRowCount;
    const appended = applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [
        ["0301", 2024, "GHG_TOTAL", 12.5, null, "SSB 07459"],
        ["5001", 2024, "GHG_TOTAL", 3, null, "SSB 07459"],
      ],
      replacedCells: [],
    });
    expect(appended).toEqual({ firstRow: lastRow, count: 2 });
    const after = await readBack(reopened(xlsx));
    const data = after.getWorksheet("Data")!;
    const first = data.getRow(lastRow + 1);
    expect(first.getCell(1).value).toBe("0301");
    expect(first.getCell(2).value).toBe(2024);
    expect(first.getCell(4).value).toBe(12.5);
    expect(first.getCell(6).value).toBe("SSB 07459");
    expect(first.getCell(1).numFmt).toBe(data.getRow(2).getCell(1).numFmt);
    expect(data.getRow(lastRow + 2).getCell(1).value).toBe("5001");
    const table = xlsx.text("xl/tables/table4.xml") ?? "";
    expect(table).toContain(`ref="A1:G${lastRow + 2}"`);
    // Every row above is as it was.
    for (const row of [1, 2, lastRow])
      expect(data.getRow(row).values).toEqual(before.getWorksheet("Data")!.getRow(row).values);
  });

  it("replaces only the cells asked for and leaves the rest of their rows alone", async () => {
    const xlsx = smallWorkbook();
    const before = (await readBack(xlsx)).getWorksheet("Data")!.getRow(5).values;
    applySheetRowChanges(xlsx, {
      sheet: "Data",
      appendedRows: [],
      replacedCells: [{ row: 4, column: 3, value: 99 }],
    });
    const row = (await readBack(reopened(xlsx))).getWorksheet("Data")!.getRow(5);
    expect(row.getCell(4).value).toBe(99);
    const expected = [...(before as unknown[])];
    expected[4] = 99;
    expect(row.values).toEqual(expected);
  });

  it("names a missing sheet", () => {
    const xlsx = smallWorkbook();
    expect(() =>
      applySheetRowChanges(xlsx, { sheet: "Nope", appendedRows: [], replacedCells: [] })
    ).toThrow("the workbook has no worksheet named Nope");
  });
});
