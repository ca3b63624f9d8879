// The scatter and interval charts drawn through Office.js, against the recording fake.
import { writeGeneratedSheet } from "../../src/excel";
import { chartsSheetPlan } from "../support/charts-sheet-plan";
import { fakeExcel } from "../support/fake-excel";
import { hostOf } from "./host";

/** A column of data rows as the fake records it. */
const column = (row: number, columnIndex: number, rowCount: number) => ({
  row,
  column: columnIndex,
  rowCount,
  columnCount: 1,
});

describe("rendering chart kinds with Office.js", () => {
  const fake = fakeExcel();
  beforeAll(async () => {
    await writeGeneratedSheet(hostOf(fake), chartsSheetPlan, { activate: true });
  });
  const charts = () => fake.workbook.sheet("Analyse")?.charts ?? [];

  it("draws the scatter chart's points as markers and each reference line from its own two rows", () => {
    const scatter = charts().find((chart) => chart.type === "XYScatter");
    expect(scatter?.title).toBe("Endring");
    expect(scatter?.series).toEqual([
      { name: "Enheter", values: column(4, 2, 3), categories: column(4, 1, 3) },
      {
        name: "e = 0,8",
        values: column(4, 7, 2),
        categories: column(4, 6, 2),
        chartType: "XYScatterLinesNoMarkers",
      },
      {
        name: "Akse",
        values: column(6, 7, 2),
        categories: column(6, 6, 2),
        chartType: "XYScatterLinesNoMarkers",
      },
    ]);
    expect(scatter?.axes).toEqual({
      category: { title: "Driver (%)", tickLabelPosition: "Low" },
      value: { title: "Press (%)", tickLabelPosition: "Low" },
    });
    expect(scatter?.legend).toEqual({ visible: true, position: "Bottom" });
    expect(scatter?.position?.from).toMatchObject({ row: 1, column: 10 });
  });

  it("draws the interval chart as stacked bars whose base has no fill, categories top to bottom", () => {
    const interval = charts().find((chart) => chart.type === "BarStacked");
    expect(interval?.series).toEqual([
      { name: "Fra", values: column(12, 1, 3), categories: column(12, 0, 3), fillCleared: true },
      { name: "Bredde", values: column(12, 2, 3), categories: column(12, 0, 3) },
    ]);
    expect(interval?.axes).toEqual({
      category: { reversePlotOrder: true },
      value: { title: "Rang" },
    });
    expect(interval?.legend.visible).toBe(false);
  });
});
