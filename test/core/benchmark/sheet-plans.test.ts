import { nationalDataSet } from "../../../bench/national-data";
import { runScenario } from "../../../src/core/analysis";
import {
  benchmarkRecord,
  benchmarkSheetPlan,
  benchmarkTableNames,
  benchmarkWorkbook,
  chartLimits,
  robustnessRequest,
  withRobustnessSection,
  type BenchmarkRun,
} from "../../../src/core/benchmark";
import { withMeasuresSection } from "../../../src/core/benchmark/measures-section";
import type { Language } from "../../../src/core/language";
import type { Observation } from "../../../src/core/model";
import { analyseSensitivity } from "../../../src/core/sensitivity";
import {
  generatedMarkerText,
  type CategoryChartPlan,
  type NotesPlan,
  type SheetPlan,
  type TablePlan,
} from "../../../src/core/sheet-plan";
import { workbookSheetsOf } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { cellAt, headersOf, notesAt, overlappingBlocks } from "./sheet-plan-checks";
import { smallValidation } from "./small-workbook";

const run = benchmarkWorkbook(smallValidation().content);
const plan = benchmarkSheetPlan(run, { ranAt: "2024-05-01T10:00:00.000Z", language: "en" });
const tables = plan.blocks.filter((block): block is TablePlan => block.kind === "table");
const table = (name: string) => tables.find((block) => block.name === name) as TablePlan;

/** The header block's value on the line labelled `label`. */
function headerValue(sheet: SheetPlan, label: string) {
  return sheet.blocks[1]?.rows.find((cells) => cells[0] === label)?.[1];
}

/** The 0-based row the header block's line `label` names ("rad 1234" is row 1233). */
function pointedRow(sheet: SheetPlan, label: string): number {
  const match = /^(?:rad|row) (\d+)$/.exec(String(headerValue(sheet, label)));
  if (match === null) throw new Error(`the header says ${headerValue(sheet, label)} for ${label}`);
  return Number(match[1]) - 1;
}

/** The header block's last row is above the ranking's title (the first table under the charts). */
function headerEndsAboveTheTables(sheet: SheetPlan): boolean {
  const header = sheet.blocks[1] as NotesPlan;
  const ranking = sheet.blocks.find(
    (block) => block.kind === "table" && block.name === benchmarkTableNames.ranking
  ) as TablePlan;
  return header.anchor.row + header.rows.length - 1 < ranking.anchor.row - 1;
}

/** The sheet with the robustness section (100 runs) and a measure's section, as a benchmark adds them. */
function withLaterSections(
  sheet: SheetPlan,
  benchmark: BenchmarkRun,
  observations: readonly Observation[],
  language: Language
): SheetPlan {
  const request = robustnessRequest(benchmark);
  const [unit] = benchmark.units;
  const [indicator] = benchmark.scoredIndicators;
  if (request === undefined || unit === undefined || indicator === undefined || !benchmark.year)
    throw new Error("the run has no robustness analysis or nothing to measure");
  const result = analyseSensitivity({ ...request, samples: 100 });
  const scenario = runScenario(
    {
      framework: benchmark.framework,
      units: benchmark.units,
      observations,
      settings: benchmark.method.settings,
    },
    [
      {
        unitCode: unit.code,
        indicatorId: indicator.id,
        year: benchmark.year,
        effect: { kind: "percent-change", percent: 10 },
      },
    ],
    { year: benchmark.year }
  );
  const withRobustness = withRobustnessSection(
    sheet,
    benchmark,
    { result, seed: request.seed },
    language
  );
  return withMeasuresSection(withRobustness, benchmark, scenario, language);
}

describe("benchmarkSheetPlan", () => {
  it("puts the generated-sheet marker in A1 of a sheet named Benchmark", () => {
    expect(plan.name).toBe("Benchmark");
    expect(plan.blocks[0]).toMatchObject({ kind: "notes", anchor: { row: 0, column: 0 } });
    expect(plan.blocks[0]?.rows[0]?.[0]).toBe(generatedMarkerText);
  });

  it("has a header block with the year, peers, method, data fingerprint and the time of the run", () => {
    const header = plan.blocks[1];
    const rows = new Map(header?.rows.map((row) => [row[0], row[1]]));
    expect(rows.get("Year")).toBe(2022);
    expect(rows.get("Previous year with data")).toBe(2021);
    expect(rows.get("Base year")).toBe(2021);
    expect(rows.get("Peer set")).toBe("all units");
    expect(rows.get("Normalisation")).toBe("minmax");
    expect(rows.get("Coverage threshold")).toBe("60 %");
    expect(rows.get("Data fingerprint")).toBe(run.fingerprint);
    expect(rows.get("Run at")).toBe("2024-05-01T10:00:00.000Z");
  });

  it("writes every table with a distinct name, no block overlapping another", () => {
    expect(tables.map((block) => block.name).sort()).toEqual(
      Object.values(benchmarkTableNames).sort()
    );
    expect(overlappingBlocks(plan)).toEqual([]);
  });

  it("has a ranking table whose rows are the --json record's rows in column order", () => {
    const ranking = table(benchmarkTableNames.ranking);
    expect(headersOf(ranking)).toEqual([
      "Rank",
      "Code",
      "Unit",
      "Peer group",
      "Index",
      "Alfa",
      "Beta",
      "Coverage",
      "Change since previous year",
      "Places since previous year",
      "Change since base year",
      "Places since base year",
      "Note",
    ]);
    const record = benchmarkRecord(run, "en");
    expect(ranking.rows).toEqual(record.ranking.map((row) => Object.values(row)));
    expect(ranking.rows[2]?.[12]).toMatch(/below the threshold/);
    expect(ranking.columns[1]?.numberFormat).toBe("@");
    expect(ranking.columns[4]?.numberFormat).toBe("0.0");
    expect(ranking.columns[7]?.numberFormat).toBe("0%");
  });

  it("keeps unit names as text, even one that starts with =", () => {
    expect(table(benchmarkTableNames.ranking).rows.map((row) => row[2])).toContain("=Kommune 3");
  });

  it("puts a colour scale over the indicator scores, units by scored indicators", () => {
    const scores = table(benchmarkTableNames.indicatorScores);
    expect(headersOf(scores)).toEqual(["Code", "Unit", "I1", "I2", "I3"]);
    expect(scores.colourScales).toEqual([
      {
        firstColumn: 2,
        lastColumn: 4,
        scale: expect.objectContaining({ minimumColour: "#F8696B" }),
      },
    ]);
  });

  it("draws every unit in both charts when they fit: bars in ranking order, one line per unit", () => {
    expect(plan.charts).toEqual([
      expect.objectContaining({
        kind: "bar",
        title: "Index by unit 2022",
        table: benchmarkTableNames.barChart,
        categoryColumn: 2,
        seriesColumns: [4],
      }),
      expect.objectContaining({
        kind: "line",
        title: "Index over the years",
        table: benchmarkTableNames.lineChart,
        categoryColumn: 0,
        seriesColumns: [1, 2, 3],
      }),
    ]);
    const bars = table(benchmarkTableNames.barChart);
    expect(headersOf(bars)).toEqual([
      "Rank",
      "Code",
      "Unit",
      "Peer group",
      "Index",
      "Shown because",
    ]);
    expect(bars.rows).toEqual([
      [1, "4601", "Kommune 2", "g1", 81.25, "every unit fits"],
      [2, "0301", "Kommune 1", "g1", 25, "every unit fits"],
      [null, "5001", "=Kommune 3", "g2", null, "every unit fits"],
    ]);
    const lines = table(benchmarkTableNames.lineChart);
    expect(headersOf(lines)).toEqual(["Year", "Kommune 2", "Kommune 1", "=Kommune 3"]);
    expect(lines.rows).toEqual([
      [2021, 31.25, 75, 50],
      [2022, 81.25, 25, null],
    ]);
  });

  it("says under each chart what it shows", () => {
    expect(notesAt(plan, plan.charts[0])).toEqual(["Shows all 3 units."]);
    expect(notesAt(plan, plan.charts[1])).toEqual(["One line per unit (3)."]);
  });

  it("has the index by year as one row per unit and one column per year, as wide for 3 units as for 372", () => {
    const byYear = table(benchmarkTableNames.indexByYear);
    expect(headersOf(byYear)).toEqual(["Code", "Unit", "Index 2021", "Index 2022"]);
    expect(byYear.rows).toEqual([
      ["4601", "Kommune 2", 31.25, 81.25],
      ["0301", "Kommune 1", 75, 25],
      ["5001", "=Kommune 3", 50, null],
    ]);
    expect(byYear.colourScales).toEqual([
      {
        firstColumn: 2,
        lastColumn: 3,
        scale: expect.objectContaining({ maximumColour: "#63BE7B" }),
      },
    ]);
  });

  it("writes headings in bokmål when asked", () => {
    const norsk = benchmarkSheetPlan(run, { ranAt: "", language: "nb" });
    const ranking = norsk.blocks.find(
      (block) => block.kind === "table" && block.name === benchmarkTableNames.ranking
    ) as TablePlan;
    expect(ranking.title).toBe("Rangering 2022");
    expect(ranking.columns.slice(0, 6).map((column) => column.header)).toEqual([
      "Rangering",
      "Kode",
      "Enhet",
      "Gruppe",
      "Indeks",
      "Alfa",
    ]);
  });
});

describe("the header block's lines for the sections below the tables", () => {
  it("names the row the time section starts on, and none for the sections not yet added", () => {
    const row = pointedRow(plan, "Change over time");
    expect(cellAt(plan, row, 0)).toBe("Change over time");
    expect(row).toBeGreaterThan(table(benchmarkTableNames.indexByYear).anchor.row);
    expect(headerValue(plan, "Robustness")).toBe("none");
    expect(headerValue(plan, "With and without measures")).toBe("none");
  });

  it("names the rows of the robustness and measures sections once they are added, the header still above the tables", () => {
    const full = withLaterSections(plan, run, smallValidation().content.observations, "en");
    expect(cellAt(full, pointedRow(full, "Change over time"), 0)).toBe("Change over time");
    expect(cellAt(full, pointedRow(full, "Robustness"), 0)).toBe("Robustness");
    expect(cellAt(full, pointedRow(full, "With and without measures"), 0)).toBe(
      "With and without measures 2022"
    );
    expect(pointedRow(full, "Robustness")).toBeGreaterThan(pointedRow(full, "Change over time"));
    expect(pointedRow(full, "With and without measures")).toBeGreaterThan(
      pointedRow(full, "Robustness")
    );
    expect(headerEndsAboveTheTables(full)).toBe(true);
    expect(overlappingBlocks(full)).toEqual([]);
  });
});

describe("benchmarkSheetPlan at national scale (372 units, all as peers)", () => {
  const national = nationalDataSet();
  const nationalRun = benchmarkWorkbook(validateWorkbook(workbookSheetsOf(national)).content, {
    peers: { kind: "all" },
    highlight: ["5001", "4601"],
  });
  const sheet = benchmarkSheetPlan(nationalRun, { ranAt: "", language: "nb" });
  const nationalTable = (name: string) =>
    sheet.blocks.find(
      (block): block is TablePlan => block.kind === "table" && block.name === name
    ) as TablePlan;
  const [barChart, lineChart] = sheet.charts.filter(
    (chart): chart is CategoryChartPlan => chart.kind === "bar" || chart.kind === "line"
  );
  const ranked = nationalTable(benchmarkTableNames.ranking).rows;
  const nameOf = (code: string) => ranked.find((row) => row[1] === code)?.[2];

  it("ranks all 372 units and keeps every one in the index-by-year table, one column per year", () => {
    expect(nationalRun.units).toHaveLength(372);
    expect(ranked).toHaveLength(372);
    const byYear = nationalTable(benchmarkTableNames.indexByYear);
    expect(byYear.rows).toHaveLength(372);
    expect(byYear.columns).toHaveLength(2 + nationalRun.years.length);
    expect(nationalRun.years).toHaveLength(16);
  });

  it("draws the 10 best, the 10 weakest and the highlighted units as bars, in ranking order", () => {
    const bars = nationalTable(benchmarkTableNames.barChart);
    expect(barChart?.table).toBe(benchmarkTableNames.barChart);
    expect(bars.rows.length).toBeLessThanOrEqual(chartLimits.mostBars);
    const scored = ranked.filter((row) => row[4] !== null).map((row) => row[1]);
    const shown = bars.rows.map((row) => row[1]);
    for (const code of [...scored.slice(0, 10), ...scored.slice(-10), "5001", "4601"])
      expect(shown).toContain(code);
    const ranks = bars.rows.map((row) => row[0] as number);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(barChart?.title).toBe(`Indeks per enhet ${nationalRun.year} (${shown.length} av 372)`);
  });

  it("draws at most a dozen lines: the highlighted units, the best, the weakest and the median", () => {
    const lines = nationalTable(benchmarkTableNames.lineChart);
    expect(lineChart?.seriesColumns.length).toBeLessThanOrEqual(chartLimits.mostLines);
    const headers = lines.columns.slice(1).map((column) => column.header);
    const year = nationalRun.year;
    const scored = ranked.filter((row) => row[4] !== null);
    expect(headers).toEqual(
      expect.arrayContaining([
        `${scored[0]?.[2]} (beste ${year})`,
        `${scored[scored.length - 1]?.[2]} (svakeste ${year})`,
        nameOf("5001"),
        nameOf("4601"),
        "Median av alle 372 enheter",
      ])
    );
    expect(headers).toHaveLength(5);
    expect(lineChart?.seriesColumns).toEqual([1, 2, 3, 4, 5]);
    expect(lines.rows).toHaveLength(16);
    const lastYear = lines.rows[lines.rows.length - 1] ?? [];
    const scores = scored.map((row) => row[4] as number).sort((a, b) => a - b);
    const middle = scores.length / 2;
    const median =
      scores.length % 2 === 1
        ? scores[Math.floor(middle)]
        : ((scores[middle - 1] as number) + (scores[middle] as number)) / 2;
    expect(lastYear[lastYear.length - 1]).toBeCloseTo(median as number, 10);
  });

  it("says under each chart how many units it shows of how many, and which", () => {
    expect(notesAt(sheet, barChart)[0]).toBe(
      `Viser 22 av 372 enheter: de 10 beste, de 10 svakeste og 2 fremhevede. Hele rangeringen står i tabellen Rangering.`
    );
    expect(notesAt(sheet, lineChart)[0]).toBe(
      `Viser 5 linjer for 372 enheter: 2 fremhevede, den beste og den svakeste i ${nationalRun.year} og medianen av alle 372. Alle enhetene står i tabellen Indeks per år.`
    );
  });

  it("lays the sheet out without any block or chart overlapping another", () => {
    expect(overlappingBlocks(sheet)).toEqual([]);
  });

  it("names in the header block the rows, more than a thousand down, where the time, robustness and measures sections start", () => {
    const observations = validateWorkbook(workbookSheetsOf(national)).content.observations;
    const full = withLaterSections(sheet, nationalRun, observations, "nb");
    const year = nationalRun.year;
    const starts = [
      ["Utvikling over tid", "Utvikling over tid"],
      ["Robusthet", "Robusthet"],
      ["Med og uten tiltak", `Med og uten tiltak ${year}`],
    ].map(([label = "", title]) => {
      const row = pointedRow(full, label);
      expect(cellAt(full, row, 0)).toBe(title);
      return row;
    });
    expect(starts[0]).toBeGreaterThan(1000);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(headerEndsAboveTheTables(full)).toBe(true);
    expect(headerEndsAboveTheTables(sheet)).toBe(true);
    expect(overlappingBlocks(full)).toEqual([]);
  });
});
