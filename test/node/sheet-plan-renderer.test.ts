import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  generatedMarkerBlock,
  generatedMarkerText,
  UnmarkedPlanError,
  type SheetPlan,
} from "../../src/core/sheet-plan";
import { renderSheetPlans, UserSheetConflictError } from "../../src/node/sheet-plan-renderer";

const plan: SheetPlan = {
  name: "Benchmark",
  blocks: [
    generatedMarkerBlock,
    { kind: "notes", anchor: { row: 2, column: 0 }, rows: [["År", 2023]], boldFirstColumn: true },
    {
      kind: "table",
      name: "VeikartRangering",
      title: "Rangering 2023",
      anchor: { row: 5, column: 0 },
      style: "TableStyleMedium2",
      columns: [
        { header: "Kode", numberFormat: "@", width: 8 },
        { header: "Enhet", width: 20 },
        { header: "Indeks", numberFormat: "0.0", width: 11 },
        { header: "Dekning", numberFormat: "0%" },
      ],
      rows: [
        ["0301", "Oslo", 71.25, 1],
        ["5001", '=HYPERLINK("http://x")', null, 0.5],
      ],
      colourScales: [
        {
          firstColumn: 2,
          lastColumn: 2,
          scale: { minimumColour: "#F8696B", midpointColour: "#FFEB84", maximumColour: "#63BE7B" },
        },
      ],
    },
  ],
  charts: [
    {
      kind: "bar",
      title: "Indeks",
      table: "VeikartRangering",
      categoryColumn: 1,
      seriesColumns: [2],
      anchor: { row: 2, column: 5 },
      widthInColumns: 8,
      heightInRows: 15,
    },
  ],
  columnWidths: [26, 24],
  frozen: { rows: 6, columns: 1 },
};

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const path = join(mkdtempSync(join(tmpdir(), "veikart-render-")), "out.xlsx");
  await workbook.xlsx.writeFile(path);
  return new ExcelJS.Workbook().xlsx.readFile(path);
}

describe("renderSheetPlans (exceljs)", () => {
  it("writes the marker, the notes, the table with its formats, widths, frozen panes and colour scale", async () => {
    const workbook = new ExcelJS.Workbook();
    renderSheetPlans(workbook, [plan]);
    const sheet = (await roundTrip(workbook)).getWorksheet("Benchmark") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe(generatedMarkerText);
    expect(sheet.getCell("A3").value).toBe("År");
    expect(sheet.getCell("A3").font?.bold).toBe(true);
    expect(sheet.getCell("B3").value).toBe(2023);
    expect(sheet.getCell("A5").value).toBe("Rangering 2023");
    expect(sheet.getTable("VeikartRangering")).toBeDefined();
    expect([1, 2, 3, 4].map((column) => sheet.getRow(6).getCell(column).value)).toEqual([
      "Kode",
      "Enhet",
      "Indeks",
      "Dekning",
    ]);
    expect(sheet.getCell("A7").value).toBe("0301");
    expect(sheet.getCell("A7").numFmt).toBe("@");
    expect(sheet.getCell("C7").value).toBe(71.25);
    expect(sheet.getCell("C7").numFmt).toBe("0.0");
    expect(sheet.getCell("D8").numFmt).toBe("0%");
    expect(sheet.getCell("B8").value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell("B8").formula).toBeUndefined();
    expect(sheet.getColumn(1).width).toBe(26);
    expect(sheet.getColumn(3).width).toBe(11);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 6 });
    const formatting = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(formatting).toEqual([
      expect.objectContaining({
        ref: "C7:C8",
        rules: [expect.objectContaining({ type: "colorScale" })],
      }),
    ]);
  });

  it("replaces a sheet it generated, at the same place among the sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    renderSheetPlans(workbook, [plan]);
    workbook.addWorksheet("Notater");
    const reopened = await roundTrip(workbook);
    renderSheetPlans(reopened, [{ ...plan, blocks: plan.blocks.slice(0, 2) }]);
    const again = await roundTrip(reopened);
    expect(again.worksheets.map((sheet) => sheet.name)).toEqual(["Data", "Benchmark", "Notater"]);
    expect(again.getWorksheet("Benchmark")?.getCell("A7").value).toBeNull();
  });

  it("refuses a user's sheet named Benchmark (in any case) and leaves the workbook untouched", async () => {
    const workbook = new ExcelJS.Workbook();
    const user = workbook.addWorksheet("benchmark");
    user.getCell("A1").value = "Mine egne tall";
    const validering = { ...plan, name: "Validering" };
    expect(() => renderSheetPlans(workbook, [validering, plan])).toThrow(UserSheetConflictError);
    expect(() => renderSheetPlans(workbook, [plan])).toThrow(
      'the workbook already has a sheet named "benchmark" that Veikart did not generate (its A1 lacks the marker); rename that sheet and run again'
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["benchmark"]);
    expect(user.getCell("A1").value).toBe("Mine egne tall");
  });

  it("refuses a plan without the marker in A1", () => {
    expect(() =>
      renderSheetPlans(new ExcelJS.Workbook(), [{ ...plan, blocks: plan.blocks.slice(1) }])
    ).toThrow(UnmarkedPlanError);
  });

  it("gives an empty table one blank data row", async () => {
    const table = plan.blocks[2];
    if (table?.kind !== "table") throw new Error("the plan's third block is the table");
    const workbook = new ExcelJS.Workbook();
    renderSheetPlans(workbook, [
      { ...plan, blocks: [generatedMarkerBlock, { ...table, rows: [] }] },
    ]);
    const sheet = (await roundTrip(workbook)).getWorksheet("Benchmark") as ExcelJS.Worksheet;
    expect(sheet.getTable("VeikartRangering")).toBeDefined();
    expect(sheet.getCell("A7").value).toBeNull();
  });
});
