// The national synthetic workbook (357 kommuner + 15 fylker, 30 indicators, 2009-2024) benchmarked
// through the Office.js adapter against the fake Excel, which refuses what Excel refuses: the pane's
// own call (benchmarkOpenWorkbook) with the peer set "all units", the Metode sheet's default method and
// the time section the Benchmark sheet always carries, and the Validering sheet written beside it.
import { nationalDataSet } from "../../bench/national-data";
import {
  benchmarkSheetName,
  benchmarkTableNames,
  chartLimits,
  robustnessTableNames,
  validationSheetName,
  type BenchmarkRun,
} from "../../src/core/benchmark";
import { benchmarkOpenWorkbook, type OpenWorkbookBenchmark } from "../../src/excel";
import {
  fakeExcel,
  payloadLimitBytes,
  workbookOfDataSet,
  type FakeExcel,
} from "../support/fake-excel";
import { hostOf } from "./host";

/** The lines a chart may draw and stay readable, as issue 18 asks ("never more than a dozen"). */
const readableSeries = 12;

const national = nationalDataSet();
let fake: FakeExcel;
let outcome: OpenWorkbookBenchmark;

beforeAll(async () => {
  fake = fakeExcel(workbookOfDataSet(national));
  outcome = await benchmarkOpenWorkbook(hostOf(fake), {
    language: "nb",
    ranAt: "2026-12-02T01:00:00Z",
    peers: { kind: "all" },
  });
}, 120_000);

function benchmarkSheet() {
  const sheet = fake.workbook.sheet(benchmarkSheetName);
  if (sheet === undefined) throw new Error("no Benchmark sheet was written");
  return sheet;
}

function tableNamed(name: string) {
  const table = fake.workbook.tables.find((candidate) => candidate.name === name);
  if (table === undefined) throw new Error(`no table ${name}`);
  return table;
}

function writtenRun(): BenchmarkRun {
  if (outcome.kind !== "written") throw new Error(`the benchmark was ${outcome.kind}`);
  return outcome.run;
}

describe("benchmarking the national workbook in Excel", () => {
  it("writes the Benchmark sheet for all 372 units, and the Validering sheet beside it", () => {
    expect(outcome).toMatchObject({
      kind: "written",
      sheets: [{ sheetName: benchmarkSheetName }, { sheetName: validationSheetName }],
    });
    expect(writtenRun().units).toHaveLength(372);
    expect(national.units).toHaveLength(372);
  });

  it("ranks every one of the 372 units in the ranking table", () => {
    const ranking = tableNamed(benchmarkTableNames.ranking);
    const { row, column, rowCount } = ranking.box;
    expect(rowCount).toBe(1 + 372);
    const codes = benchmarkSheet()
      .valuesIn({ row: row + 1, column: column + 1, rowCount: 372, columnCount: 1 })
      .map(([code]) => code);
    expect(new Set(codes)).toEqual(new Set(national.units.map((unit) => unit.code)));
  });

  it("names the sheet's tables as the plan does, the time section's among them", () => {
    const names = fake.workbook
      .tablesOn(benchmarkSheet())
      .map((table) => table.name)
      .sort();
    expect(names).toEqual(
      [...Object.values(benchmarkTableNames), ...Object.values(robustnessTableNames)].sort()
    );
  });

  it("keeps the index by year long, one row per unit, not one column per unit", () => {
    const { rowCount, columnCount } = tableNamed(benchmarkTableNames.indexByYear).box;
    expect(rowCount).toBe(1 + 372);
    expect(columnCount).toBeLessThan(2 + 16 + 1);
  });

  it(`draws three charts, none with more than ${readableSeries} series (Excel allows 255)`, () => {
    const charts = benchmarkSheet().charts;
    expect(charts.map((chart) => chart.type)).toEqual(["BarClustered", "Line", "BarStacked"]);
    for (const chart of charts) {
      expect(chart.series.length).toBeGreaterThan(0);
      expect(chart.series.length).toBeLessThanOrEqual(readableSeries);
    }
  });

  it("gives every ranked unit a rank interval, and charts the intervals of a readable selection", () => {
    if (outcome.kind !== "written" || outcome.robustness === undefined)
      throw new Error("the robustness analysis did not run");
    const { result } = outcome.robustness;
    expect(result.units).toHaveLength(372);
    expect(result.units.filter((unit) => unit.nominalRank !== null && unit.p5 === null)).toEqual(
      []
    );
    expect(tableNamed(robustnessTableNames.units).box.rowCount).toBe(1 + 372);
    const chartRows = tableNamed(robustnessTableNames.chart).box.rowCount - 1;
    expect(chartRows).toBeGreaterThan(0);
    expect(chartRows).toBeLessThanOrEqual(chartLimits.mostBars);
  });

  it("names in the header block, above the ranking, the rows far down where the time and robustness sections start", () => {
    const sheet = benchmarkSheet();
    const rankingTitleRow = tableNamed(benchmarkTableNames.ranking).box.row - 1;
    const header = sheet.valuesIn({
      row: 2,
      column: 0,
      rowCount: rankingTitleRow - 2,
      columnCount: 2,
    });
    const valueOf = (label: string) => header.find(([first]) => first === label)?.[1];
    for (const title of ["Utvikling over tid", "Robusthet"]) {
      const pointer = /^rad (\d+)$/.exec(String(valueOf(title)));
      expect(pointer).not.toBeNull();
      const row = Number(pointer?.[1]) - 1;
      expect(row).toBeGreaterThan(3 * 372);
      expect(sheet.valuesIn({ row, column: 0, rowCount: 1, columnCount: 1 })).toEqual([[title]]);
    }
    // The national workbook has no Tiltak sheet, so no measures section.
    expect(valueOf("Med og uten tiltak")).toBe("ingen");
  });

  it("keeps every request and response under 5 MB, in the survey, the read chunks and the write chunks", () => {
    const { recorder } = fake;
    expect(recorder.largestRequestBytes).toBeLessThan(payloadLimitBytes);
    expect(recorder.largestResponseBytes).toBeLessThan(payloadLimitBytes);
    const refused = recorder.syncs.filter(
      (sync) => sync.requestBytes > payloadLimitBytes || sync.responseBytes > payloadLimitBytes
    );
    expect(refused).toEqual([]);
    // Two syncs survey the workbook; every other sync carries a chunk, and chunks are filled to at
    // least half the limit but for the last read and the last write of each of the two sheets.
    const chunkBytes = recorder.syncs
      .slice(2)
      .reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0);
    expect(recorder.syncCount).toBeLessThanOrEqual(
      2 + 3 + Math.ceil(chunkBytes / (payloadLimitBytes / 2))
    );
  });
});
