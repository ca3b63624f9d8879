import {
  maxSelectedCells,
  readSelectedRange,
  SelectionTooLargeError,
} from "../../src/excel/read-selected-range";
import { fakeExcel, FakeSheet, FakeWorkbook } from "../support/fake-excel";
import { hostOf } from "./host";

function workbookWithSelection(rowCount: number, columnCount: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const sheet = new FakeSheet("Min tabell");
  sheet.setValue(4, 2, "Kommune");
  sheet.setValue(4, 3, 2020);
  sheet.setValue(5, 2, "5001 Trondheim");
  workbook.sheets.push(sheet);
  workbook.selection = { sheet: "Min tabell", box: { row: 4, column: 2, rowCount, columnCount } };
  return workbook;
}

describe("readSelectedRange", () => {
  it("reads the selection as a grid named by its sheet, placed where it lies, blanks as null", async () => {
    const fake = fakeExcel(workbookWithSelection(2, 2));
    const { address, grid } = await readSelectedRange(hostOf(fake));
    expect(address).toBe("Min tabell!C5:D6");
    expect(grid).toEqual({
      name: "Min tabell",
      values: [
        ["Kommune", 2020],
        ["5001 Trondheim", null],
      ],
      origin: { row: 4, column: 2 },
    });
    expect(fake.recorder.syncCount).toBe(2);
  });

  it("refuses a selection over the limit before asking for its values", async () => {
    const rows = Math.floor(maxSelectedCells / 10) + 1;
    const fake = fakeExcel(workbookWithSelection(rows, 10));
    await expect(readSelectedRange(hostOf(fake))).rejects.toBeInstanceOf(SelectionTooLargeError);
    expect(fake.recorder.syncCount).toBe(1);
    expect(fake.recorder.largestResponseBytes).toBeLessThan(1000);
  });

  it("reads a full selection at the limit within one response Excel on the web accepts", async () => {
    const workbook = workbookWithSelection(maxSelectedCells / 250, 250);
    const sheet = workbook.sheet("Min tabell")!;
    // Cells as long as the limit allows for: 36 characters, 38 with their quotes.
    for (let row = 0; row < maxSelectedCells / 250; row++)
      for (let column = 0; column < 250; column++)
        sheet.setValue(4 + row, 2 + column, "5001 Trondheim".padEnd(36, "."));
    const fake = fakeExcel(workbook);
    const { grid } = await readSelectedRange(hostOf(fake));
    expect(grid.values).toHaveLength(maxSelectedCells / 250);
    expect(fake.recorder.largestResponseBytes).toBeLessThan(5_000_000);
  });

  it("fails as Excel does when no single range is selected", async () => {
    const workbook = workbookWithSelection(1, 1);
    workbook.selection = undefined;
    await expect(readSelectedRange(hostOf(fakeExcel(workbook)))).rejects.toMatchObject({
      code: "InvalidSelection",
    });
  });
});
