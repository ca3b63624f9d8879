import {
  benchmarkRecord,
  benchmarkSheetPlan,
  benchmarkTableNames,
  benchmarkWorkbook,
  validationSheetPlan,
} from "../../../src/core/benchmark";
import type { Issue } from "../../../src/core/model";
import { generatedMarkerText, type TablePlan } from "../../../src/core/sheet-plan";
import { smallValidation } from "./small-workbook";

const run = benchmarkWorkbook(smallValidation().content);
const plan = benchmarkSheetPlan(run, { ranAt: "2024-05-01T10:00:00.000Z", language: "en" });
const tables = plan.blocks.filter((block): block is TablePlan => block.kind === "table");
const table = (name: string) => tables.find((block) => block.name === name) as TablePlan;

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

  it("writes every table with a distinct name, one below the other, without overlapping", () => {
    expect(tables.map((block) => block.name)).toEqual(Object.values(benchmarkTableNames));
    for (let index = 1; index < tables.length; index++) {
      const above = tables[index - 1] as TablePlan;
      expect((tables[index] as TablePlan).anchor.row).toBeGreaterThan(
        above.anchor.row + above.rows.length + 1
      );
    }
  });

  it("has a ranking table whose rows are the --json record's rows in column order", () => {
    const ranking = table(benchmarkTableNames.ranking);
    expect(ranking.columns.map((column) => column.header)).toEqual([
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
    expect(scores.columns.map((column) => column.header)).toEqual([
      "Code",
      "Unit",
      "I1",
      "I2",
      "I3",
    ]);
    expect(scores.colourScales).toEqual([
      {
        firstColumn: 2,
        lastColumn: 4,
        scale: expect.objectContaining({ minimumColour: "#F8696B" }),
      },
    ]);
  });

  it("plans a bar chart of the index by unit and a line chart of the index over the years", () => {
    expect(plan.charts).toEqual([
      expect.objectContaining({
        kind: "bar",
        table: benchmarkTableNames.ranking,
        categoryColumn: 2,
        seriesColumns: [4],
      }),
      expect.objectContaining({
        kind: "line",
        table: benchmarkTableNames.indexByYear,
        categoryColumn: 0,
        seriesColumns: [1, 2, 3],
      }),
    ]);
    const byYear = table(benchmarkTableNames.indexByYear);
    expect(byYear.columns.map((column) => column.header)).toEqual([
      "Year",
      "Kommune 1",
      "Kommune 2",
      "=Kommune 3",
    ]);
  });

  it("writes headings in bokmål when asked", () => {
    const norsk = benchmarkSheetPlan(run, { ranAt: "", language: "nb" });
    const ranking = norsk.blocks.find((block) => block.kind === "table") as TablePlan;
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

describe("validationSheetPlan", () => {
  const issue = (severity: Issue["severity"], code: string, extra: Partial<Issue> = {}): Issue => ({
    code,
    severity,
    message: { nb: `${code} på norsk`, en: `${code} in English` },
    ...extra,
  });
  const issues = [
    issue("info", "coverage_summary"),
    issue("error", "unit_unknown", { sheet: "Data", cell: "Data!A7", unit: "9999", year: 2022 }),
    issue("warning", "jump", { indicator: "I1" }),
  ];
  const validation = validationSheetPlan(issues, "en");
  const issueTable = validation.blocks.find(
    (block): block is TablePlan => block.kind === "table"
  ) as TablePlan;

  it("has the marker, a summary line and one row per issue, errors first, with both messages", () => {
    expect(validation.name).toBe("Validering");
    expect(validation.blocks[0]?.rows[0]?.[0]).toBe(generatedMarkerText);
    expect(validation.blocks[1]?.rows[0]?.[0]).toBe("1 errors, 1 warnings, 1 info");
    expect(issueTable.columns.map((column) => column.header)).toEqual([
      "Severity",
      "Sheet",
      "Cell",
      "Code",
      "Unit",
      "Indicator",
      "Year",
      "Message (bokmål)",
      "Message",
    ]);
    expect(issueTable.rows).toEqual([
      [
        "error",
        "Data",
        "Data!A7",
        "unit_unknown",
        "9999",
        null,
        2022,
        "unit_unknown på norsk",
        "unit_unknown in English",
      ],
      ["warning", null, null, "jump", null, "I1", null, "jump på norsk", "jump in English"],
      [
        "info",
        null,
        null,
        "coverage_summary",
        null,
        null,
        null,
        "coverage_summary på norsk",
        "coverage_summary in English",
      ],
    ]);
  });

  it("freezes the rows down to the table's header", () => {
    expect(validation.frozen).toEqual({ rows: issueTable.anchor.row + 1, columns: 0 });
  });
});
