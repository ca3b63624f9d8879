import type { DataConflict } from "../../../src/core/import";
import { writePreparedImport } from "../../../src/taskpane/hooks/ssb-import-actions";
import {
  prepareTableImport,
  UnknownIndicatorError,
} from "../../../src/taskpane/hooks/table-import-actions";
import { hostOf } from "../../excel/host";
import { fakeExcel, templateInto, FakeSheet, FakeWorkbook } from "../../support/fake-excel";

const control = () => ({ signal: new AbortController().signal, onProgress: jest.fn() });

/** A sheet "Nedlasting" with `rows` from B3, selected as the user would select it. */
function withSelectedTable(workbook: FakeWorkbook, rows: readonly (readonly unknown[])[]) {
  const sheet = new FakeSheet("Nedlasting");
  rows.forEach((cells, row) =>
    cells.forEach((value, column) => sheet.setValue(2 + row, 1 + column, value))
  );
  workbook.sheets.push(sheet);
  workbook.selection = {
    sheet: "Nedlasting",
    box: { row: 2, column: 1, rowCount: rows.length, columnCount: rows[0]?.length ?? 0 },
  };
  return workbook;
}

describe("the pane's import of a selected table", () => {
  it('imports a wide table with "5001 Trondheim" labels into Data, and a second import changes nothing', async () => {
    const fake = fakeExcel(
      withSelectedTable(templateInto(new FakeWorkbook(), false), [
        ["Kommune", "2019", "2020"],
        ["5001 Trondheim", 392000, 384160],
        ["5035 Stjørdal", 61000, "x"],
        ["Atlantis", 1, 2],
      ])
    );
    const host = hostOf(fake);
    const prepared = await prepareTableImport(
      host,
      { indicator: "GHG_TOTAL", language: "en" },
      control()
    );
    expect(prepared.failures).toEqual([
      'Nedlasting!B6: "Atlantis" is no unit of the register',
      'Nedlasting!D5: "x" is not a number',
    ]);
    expect(prepared.plan.appends).toHaveLength(3);
    const result = await writePreparedImport(host, prepared, new Set());
    expect(result).toMatchObject({ added: 3, unchanged: 0, inConflict: 0, unitsAdded: 0 });
    const data = fake.workbook.sheet("Data")!;
    const rows = data.valuesIn({ row: 1, column: 0, rowCount: 3, columnCount: 6 });
    expect(rows).toEqual([
      ["5001", 2019, "GHG_TOTAL", 392000, "", "Nedlasting!B3:D6"],
      ["5001", 2020, "GHG_TOTAL", 384160, "", "Nedlasting!B3:D6"],
      ["5035", 2019, "GHG_TOTAL", 61000, "", "Nedlasting!B3:D6"],
    ]);
    expect(data.numberFormat(1, 0)).toBe("@");
    // The table the user typed is read, never changed.
    expect(fake.workbook.sheet("Nedlasting")!.cell(5, 1)).toBe("Atlantis");

    const again = await prepareTableImport(
      host,
      { indicator: "GHG_TOTAL", language: "en" },
      control()
    );
    expect(again.plan.appends).toHaveLength(0);
    expect(again.plan.unchanged).toBe(3);
  });

  it("lists a value that differs from Data's as a conflict, kept unless the user replaces it", async () => {
    const workbook = withSelectedTable(templateInto(new FakeWorkbook(), true), [
      ["Kommune", "2019", "2020"],
      ["5001 Trondheim", 400000, 384160],
    ]);
    const fake = fakeExcel(workbook);
    const host = hostOf(fake);
    const prepared = await prepareTableImport(
      host,
      { indicator: "GHG_TOTAL", language: "nb" },
      control()
    );
    expect(prepared.plan.unchanged).toBe(1);
    expect(prepared.plan.conflicts).toHaveLength(1);
    const conflict = prepared.plan.conflicts[0] as DataConflict;
    expect(conflict).toMatchObject({
      unit: "5001",
      year: 2019,
      existing: 392000,
      address: "Data!D2",
    });

    const kept = await writePreparedImport(host, prepared, new Set());
    expect(kept).toMatchObject({ added: 0, unchanged: 1, inConflict: 1, replaced: 0 });
    expect(fake.workbook.sheet("Data")!.cell(1, 3)).toBe(392000);

    const replaced = await writePreparedImport(host, prepared, new Set([conflict]));
    expect(replaced).toMatchObject({ inConflict: 1, replaced: 1 });
    expect(fake.workbook.sheet("Data")!.cell(1, 3)).toBe(400000);
  });

  it("refuses an indicator that Indikatorer does not have", async () => {
    const fake = fakeExcel(
      withSelectedTable(templateInto(new FakeWorkbook(), false), [
        ["Kommune", "2019"],
        ["5001", 1],
      ])
    );
    await expect(
      prepareTableImport(hostOf(fake), { indicator: "NO_SUCH", language: "en" }, control())
    ).rejects.toBeInstanceOf(UnknownIndicatorError);
  });
});
