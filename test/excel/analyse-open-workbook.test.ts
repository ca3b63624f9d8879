import { analysisSheetName, analysisTableNames } from "../../src/core/analysis";
import { generatedMarkerText } from "../../src/core/sheet-plan";
import { analyseOpenWorkbook, type AnalysisRequest } from "../../src/excel";
import { fakeExcel, templateInto } from "../support/fake-excel";
import { hostOf } from "./host";

const request: AnalysisRequest = { language: "en", ranAt: "2026-12-02T07:00:00.000Z" };

describe("analyseOpenWorkbook", () => {
  it("writes the Analyse sheet with its tables and a decoupling chart per pair of points and four lines, and shows it", async () => {
    const fake = fakeExcel(templateInto());
    const outcome = await analyseOpenWorkbook(hostOf(fake), request);
    expect(outcome).toMatchObject({ kind: "written", sheet: { sheetName: analysisSheetName } });
    const sheet = fake.workbook.sheet(analysisSheetName);
    expect(sheet?.cell(0, 0)).toBe(generatedMarkerText);
    expect(fake.workbook.activeSheet).toBe(analysisSheetName);
    const tables = fake.workbook.tables.map((table) => table.name);
    expect(tables).toEqual(
      expect.arrayContaining([analysisTableNames.wholePeriod, analysisTableNames.chartLines])
    );
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    const pairs = new Set(outcome.analysis.decoupling.map((row) => row.pair.driver));
    const charts = sheet?.charts ?? [];
    expect(charts.map((each) => each.axes.category.title)).toEqual(
      [...pairs].map((driver) => `Change in ${driver}`)
    );
    for (const each of charts) {
      expect(each.type).toBe("XYScatter");
      expect(each.series.map((series) => series.chartType)).toEqual([
        undefined,
        ...Array.from({ length: 4 }, () => "XYScatterLinesNoMarkers"),
      ]);
    }
    const [chart] = charts;
    // The points' x and y are the whole-period table's two change columns, one row per unit.
    const whole = fake.workbook.tables.find(
      (table) => table.name === analysisTableNames.wholePeriod
    );
    const points = chart?.series[0];
    expect(points?.values?.rowCount).toBe(6);
    expect(sheet?.cell(whole?.box.row ?? 0, points?.categories?.column ?? -1)).toBe(
      "Change in driver"
    );
    expect(sheet?.cell(whole?.box.row ?? 0, points?.values?.column ?? -1)).toBe(
      "Change in pressure"
    );
    expect(points?.values?.row).toBe((whole?.box.row ?? 0) + 1);
  });

  it("takes the pairs as a method override, like the other Metode settings", async () => {
    const fake = fakeExcel(templateInto());
    const outcome = await analyseOpenWorkbook(hostOf(fake), {
      ...request,
      methodOverrides: { decouplingPairs: "GHG_TOTAL/POPULATION" },
    });
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    expect(new Set(outcome.analysis.decoupling.map((row) => row.pair.driver))).toEqual(
      new Set(["POPULATION"])
    );
    const chart = fake.workbook.sheet(analysisSheetName)?.charts[0];
    expect(chart?.axes.category.title).toBe("Change in POPULATION");
  });

  it("writes nothing and names the problem when the pairs are not PRESSURE/DRIVER", async () => {
    const fake = fakeExcel(templateInto());
    const outcome = await analyseOpenWorkbook(hostOf(fake), {
      ...request,
      methodOverrides: { decouplingPairs: "GHG_TOTAL" },
    });
    expect(outcome.kind).toBe("blocked");
    if (outcome.kind !== "blocked") return;
    expect(outcome.issues.map((issue) => issue.code)).toEqual(["method_value_invalid"]);
    expect(fake.workbook.sheet(analysisSheetName)).toBeUndefined();
  });
});
