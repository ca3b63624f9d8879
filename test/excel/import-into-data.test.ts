import { defaultBudgetBytes, excelPayloadLimitBytes } from "../../src/excel/request-budget";
import { writeImportIntoWorkbook, type SheetAppend } from "../../src/excel/import-into-data";
import { fakeExcel, templateInto } from "../support/fake-excel";
import { hostOf } from "./host";

/** `count` Data rows as an import appends them: unit, year, indicator, value, quality, source. */
function importedRows(count: number) {
  const units = ["0301", "4601", "5001", "1804", "3301", "4204"];
  return Array.from({ length: count }, (_, index) => [
    units[index % units.length] as string,
    2009 + (index % 16),
    `IND_${index % 30}`,
    Math.round(index * 7.3) / 10,
    null,
    "SSB 07459/Personer1 (oppdatert 2025-02-20T07:00:00Z)",
  ]);
}

describe("writing an import into the open workbook", () => {
  it("appends Data rows from the row given, unit codes as text, and replaces the chosen cells", async () => {
    const fake = fakeExcel(templateInto());
    const data = fake.workbook.sheet("Data")!;
    const firstRow = data.usedBox()!.rowCount;
    const before = data.cell(3, 3);
    await writeImportIntoWorkbook(hostOf(fake), {
      appends: [{ sheet: "Data", firstRow, rows: importedRows(2), textColumns: [0] }],
      replacements: [{ sheet: "Data", row: 2, column: 3, value: 42 }],
    });
    expect(data.cell(firstRow, 0)).toBe("0301");
    expect(data.numberFormat(firstRow, 0)).toBe("@");
    expect(data.cell(firstRow + 1, 2)).toBe("IND_1");
    expect(data.cell(firstRow + 1, 4)).toBeUndefined();
    expect(data.cell(2, 3)).toBe(42);
    expect(data.cell(3, 3)).toBe(before);
  });

  it("writes 150,000 rows in syncs that follow the payload's size, each under Excel's limit", async () => {
    const fake = fakeExcel(templateInto());
    const firstRow = fake.workbook.sheet("Data")!.usedBox()!.rowCount;
    const append: SheetAppend = {
      sheet: "Data",
      firstRow,
      rows: importedRows(150_000),
      textColumns: [0],
    };
    await writeImportIntoWorkbook(hostOf(fake), { appends: [append], replacements: [] });
    const { syncCount, largestRequestBytes, totalBytes } = fake.recorder;
    expect(largestRequestBytes).toBeLessThanOrEqual(excelPayloadLimitBytes);
    expect(syncCount).toBeLessThanOrEqual(Math.ceil(totalBytes / defaultBudgetBytes) + 1);
    expect(fake.workbook.sheet("Data")!.cell(firstRow + 149_999, 1)).toBe(2009 + (149_999 % 16));
  });
});
