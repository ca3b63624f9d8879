import type { SheetPlan, TablePlan } from "../../src/core/sheet-plan";
import { generatedMarkerBlock, generatedMarkerText } from "../../src/core/sheet-plan";
import { writeGeneratedSheet } from "../../src/excel";
import { fakeExcel, FakeWorkbook, payloadLimitBytes } from "../support/fake-excel";
import { hostOf } from "./host";

function rankingTable(unitNames: readonly string[]): TablePlan {
  return {
    kind: "table",
    name: "VeikartRangering",
    title: "Rangering 2023",
    titleFontSize: 12,
    anchor: { row: 4, column: 0 },
    columns: [
      { header: "Rang", numberFormat: "0" },
      { header: "Enhet", numberFormat: "@", width: 20 },
      { header: "Indeks", numberFormat: "0.0" },
    ],
    rows: unitNames.map((name, index) => [index + 1, name, 90 - index * 10]),
    style: "TableStyleMedium2",
    colourScales: [
      {
        firstColumn: 2,
        lastColumn: 2,
        scale: { minimumColour: "#F8696B", maximumColour: "#63BE7B" },
      },
    ],
  };
}

function benchmarkPlan(
  unitNames: readonly string[] = ["Trondheim", "Bergen", "Stjørdal"]
): SheetPlan {
  return {
    name: "Benchmark",
    blocks: [
      generatedMarkerBlock,
      { kind: "notes", anchor: { row: 1, column: 0 }, rows: [["År", 2023]], boldFirstColumn: true },
      rankingTable(unitNames),
    ],
    charts: [
      {
        kind: "bar",
        title: "Indeks 2023",
        table: "VeikartRangering",
        categoryColumn: 1,
        seriesColumns: [2],
        anchor: { row: 1, column: 5 },
        widthInColumns: 6,
        heightInRows: 12,
      },
    ],
    columnWidths: [26, 24],
    frozen: { rows: 5, columns: 0 },
  };
}

describe("writing a generated sheet", () => {
  it("writes the marker, the blocks, the table, the colour scale, the chart and the frozen rows", async () => {
    const fake = fakeExcel();
    const written = await writeGeneratedSheet(hostOf(fake), benchmarkPlan(), { activate: true });
    expect(written).toEqual({ sheetName: "Benchmark", replaced: false, userSheetsKept: [] });
    const sheet = fake.workbook.sheet("Benchmark");
    expect(sheet?.cell(0, 0)).toBe(generatedMarkerText);
    expect(sheet?.cell(3, 0)).toBe("Rangering 2023");
    const titleBox = { row: 3, column: 0, rowCount: 1, columnCount: 1 };
    expect(sheet?.boldBoxes).toContainEqual(titleBox);
    expect(sheet?.fontSizes).toEqual([{ box: titleBox, points: 12 }]);
    expect(sheet?.valuesIn({ row: 4, column: 0, rowCount: 3, columnCount: 3 })).toEqual([
      ["Rang", "Enhet", "Indeks"],
      [1, "Trondheim", 90],
      [2, "Bergen", 80],
    ]);
    expect(sheet?.numberFormat(5, 2)).toBe("0.0");
    const [table] = fake.workbook.tables;
    expect(table).toMatchObject({
      name: "VeikartRangering",
      style: "TableStyleMedium2",
      box: { row: 4, column: 0, rowCount: 4, columnCount: 3 },
    });
    expect(sheet?.colourScales[0]?.box).toEqual({ row: 5, column: 2, rowCount: 3, columnCount: 1 });
    expect(sheet?.charts[0]).toMatchObject({
      type: "BarClustered",
      title: "Indeks 2023",
      series: [
        { name: "Indeks", values: { row: 5, column: 2, rowCount: 3 }, categories: { column: 1 } },
      ],
    });
    expect(sheet?.frozen).toEqual({ rows: 5, columns: 0 });
    expect(fake.workbook.activeSheet).toBe("Benchmark");
    expect(fake.workbook.sheets.map((candidate) => candidate.name)).toEqual(["Benchmark"]);
  });

  it("sets the plan's print area, fit to one page and orientation through the page layout", async () => {
    const fake = fakeExcel();
    const printed: SheetPlan = {
      ...benchmarkPlan(),
      print: {
        area: { first: { row: 0, column: 0 }, last: { row: 44, column: 7 } },
        fitToPages: { wide: 1, tall: 1 },
        orientation: "portrait",
      },
    };
    await writeGeneratedSheet(hostOf(fake), printed);
    const sheet = fake.workbook.sheet("Benchmark");
    expect(sheet?.printArea).toEqual({ row: 0, column: 0, rowCount: 45, columnCount: 8 });
    expect(sheet?.pageZoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(sheet?.orientation).toBe("Portrait");
  });

  it("leaves the page layout alone where the host lacks ExcelApi 1.9", async () => {
    const fake = fakeExcel();
    const printed: SheetPlan = {
      ...benchmarkPlan(),
      print: {
        area: { first: { row: 0, column: 0 }, last: { row: 9, column: 3 } },
        fitToPages: { wide: 1, tall: 1 },
        orientation: "landscape",
      },
    };
    await writeGeneratedSheet({ ...hostOf(fake), canSetPageLayout: false }, printed);
    const sheet = fake.workbook.sheet("Benchmark");
    expect(sheet?.cell(0, 0)).toBe(generatedMarkerText);
    expect(sheet?.printArea).toBeUndefined();
    expect(sheet?.orientation).toBeUndefined();
  });

  it("writes a unit name such as =HYPERLINK(...) as text, not as a formula", async () => {
    const fake = fakeExcel();
    const names = ['=HYPERLINK("http://example.org","Oslo")', "+47", "-Bergen", "@Tromsø"];
    await writeGeneratedSheet(hostOf(fake), benchmarkPlan(names));
    const sheet = fake.workbook.sheet("Benchmark");
    names.forEach((name, index) => {
      expect(sheet?.cell(5 + index, 1)).toBe(name);
      expect(sheet?.isFormula(5 + index, 1)).toBe(false);
      expect(sheet?.numberFormat(5 + index, 1)).toBe("@");
    });
  });

  it("replaces a sheet it generated earlier, in place of the old one", async () => {
    const fake = fakeExcel();
    await writeGeneratedSheet(hostOf(fake), benchmarkPlan(["A", "B"]));
    const written = await writeGeneratedSheet(hostOf(fake), benchmarkPlan(["C", "D", "E"]));
    expect(written.replaced).toBe(true);
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Benchmark"]);
    expect(fake.workbook.sheet("Benchmark")?.cell(5, 1)).toBe("C");
    expect(fake.workbook.tables.map((table) => table.name)).toEqual(["VeikartRangering"]);
  });

  it("never touches a user's sheet called Benchmark: it writes Benchmark (2) and says so", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheetWithRows("Benchmark", [["Mine egne tall"], [42]]);
    const fake = fakeExcel(workbook);
    const written = await writeGeneratedSheet(hostOf(fake), benchmarkPlan());
    expect(written).toEqual({
      sheetName: "Benchmark (2)",
      replaced: false,
      userSheetsKept: ["Benchmark"],
    });
    expect(workbook.sheet("Benchmark")?.grid()).toEqual([["Mine egne tall"], [42]]);
    expect(workbook.sheet("Benchmark (2)")?.cell(0, 0)).toBe(generatedMarkerText);
  });

  it.each(["range.values", "tables.add", "charts.add", "worksheet.delete", "worksheet.name"])(
    "leaves the old sheet or the complete new one when %s fails once midway, never a half-written one",
    async (failingOperation) => {
      const fake = fakeExcel();
      await writeGeneratedSheet(hostOf(fake), benchmarkPlan(["A", "B"]));
      let failed = false;
      fake.recorder.failWhen = (operation) => {
        if (failed || operation.kind !== failingOperation) return false;
        failed = true;
        return true;
      };
      await expect(
        writeGeneratedSheet(hostOf(fake), benchmarkPlan(["C", "D", "E"]))
      ).rejects.toThrow("Injected failure");
      expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Benchmark"]);
      const units = fake.workbook
        .sheet("Benchmark")
        ?.grid()
        .slice(5)
        .map((row) => row[1]);
      expect([
        ["A", "B"],
        ["C", "D", "E"],
      ]).toContainEqual(units);
      expect(fake.workbook.tables).toHaveLength(1);
    }
  );

  it("gives a table a free name when a defined name of the user's has the plan's name", async () => {
    const fake = fakeExcel();
    fake.workbook.definedNames.push("VEIKARTRANGERING");
    await writeGeneratedSheet(hostOf(fake), benchmarkPlan());
    expect(fake.workbook.tables.map((table) => table.name)).toEqual(["VeikartRangering_2"]);
    expect(fake.workbook.definedNames).toEqual(["VEIKARTRANGERING"]);
  });

  it("refuses a plan without the generated-sheet marker", async () => {
    const fake = fakeExcel();
    const plan = { ...benchmarkPlan(), blocks: benchmarkPlan().blocks.slice(1) };
    await expect(writeGeneratedSheet(hostOf(fake), plan)).rejects.toThrow("marker");
    expect(fake.recorder.syncCount).toBe(0);
  });

  it("splits a plan over 5 MB into chunks under the limit, and suspends calculation in each", async () => {
    const fake = fakeExcel();
    const names = Array.from(
      { length: 120_000 },
      (_, index) => `Enhet nummer ${index} med et langt navn`
    );
    await writeGeneratedSheet(hostOf(fake), benchmarkPlan(names));
    const writes = fake.recorder.syncs.filter((sync) => sync.operations.includes("range.values"));
    expect(writes.length).toBeGreaterThan(1);
    expect(fake.recorder.largestRequestBytes).toBeLessThan(payloadLimitBytes);
    expect(fake.recorder.calculationSuspensions).toBe(writes.length);
    expect(fake.workbook.sheet("Benchmark")?.cell(5 + 119_999, 1)).toBe(names[119_999]);
  });

  it("counts each operation's own share of the request, so 10,000 column widths stay under 5 MB", async () => {
    const fake = fakeExcel();
    const wide: TablePlan = {
      ...rankingTable(["A"]),
      columns: Array.from({ length: 10_000 }, (_, index) => ({ header: `K${index}`, width: 8 })),
      rows: [Array.from({ length: 10_000 }, (_, index) => index)],
      colourScales: [],
    };
    const plan = benchmarkPlan();
    await writeGeneratedSheet(hostOf(fake), {
      ...plan,
      blocks: [generatedMarkerBlock, wide],
      charts: [],
    });
    expect(fake.recorder.largestRequestBytes).toBeLessThan(payloadLimitBytes);
    expect(fake.workbook.sheet("Benchmark")?.columnWidths.size).toBe(10_000);
  });

  it("costs one survey sync and one write sync for a small plan when no sheet has its name", async () => {
    const fake = fakeExcel();
    fake.workbook.addSheetWithRows("Data", [["Enhet"]]);
    await writeGeneratedSheet(hostOf(fake), benchmarkPlan());
    expect(fake.recorder.syncCount).toBe(2);
  });
});
