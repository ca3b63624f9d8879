import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { analysisTableNames } from "../../../src/core/analysis";
import { benchmarkTableNames, validationTableName } from "../../../src/core/benchmark";
import { measuresTableName } from "../../../src/core/benchmark/measures-section";
import { robustnessTableNames } from "../../../src/core/benchmark/robustness-section";
import { profileTableNames } from "../../../src/core/profile";
import { demoProfileUnit } from "../../../src/node/commands/demo";
import { pilotUnits } from "../../../src/core/template";
import { runVeikart } from "../small-workbook-file";
import { tableRecords } from "../table-records";

describe("veikart demo", () => {
  const output = join(mkdtempSync(join(tmpdir(), "veikart-demo-")), "demo", "veikart-demo.xlsx");
  let stdout = "";

  beforeAll(async () => {
    const result = await runVeikart(["demo", "-o", output]);
    expect(result.exitCode).toBe(0);
    stdout = result.stdout;
  });

  it("prints the issues by severity, the ranking of the latest year and the output path", () => {
    expect(stdout).toContain("Validation: 0 errors");
    expect(stdout).toContain("Benchmark 2023: all units (6)");
    for (const unit of pilotUnits) expect(stdout).toContain(unit.name);
    expect(stdout).toContain(`Wrote ${output}`);
  });

  it("writes the template sheets, the generated Benchmark and Validering sheets and Stjørdal's Profil sheet with their tables", async () => {
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Tiltak",
      "Benchmark",
      "Validering",
      "Analyse",
      "Profil",
    ]);
    const benchmark = workbook.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    for (const name of Object.values(benchmarkTableNames))
      expect(benchmark.getTable(name)).toBeDefined();
    expect(workbook.getWorksheet("Validering")?.getTable(validationTableName)).toBeDefined();
    const profile = workbook.getWorksheet("Profil") as ExcelJS.Worksheet;
    expect(String(profile.getCell("A3").value)).toContain("Stjørdal (5035)");
    for (const name of Object.values(profileTableNames))
      expect(profile.getTable(name)).toBeDefined();
  });

  it("writes two illustrative measures for Stjørdal, whose effect the Benchmark sheet shows", async () => {
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const measures = workbook.getWorksheet("Tiltak") as ExcelJS.Worksheet;
    expect(measures.getRow(1).values).toEqual([
      undefined,
      "Enhet",
      "Indikator",
      "År",
      "Virkning",
      "Effekt",
      "Beskrivelse",
      "Ansvarlig",
    ]);
    for (const row of [2, 3]) {
      expect(measures.getCell(row, 1).value).toBe(demoProfileUnit);
      expect(String(measures.getCell(row, 6).value)).toMatch(/^Illustrativt eksempel/);
    }
    const benchmark = workbook.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    const table = benchmark.getTable(measuresTableName) as unknown as {
      table: { tableRef: string };
    };
    const [start = "", end = ""] = table.table.tableRef.split(":");
    const rows = [];
    for (let row = Number(start.slice(1)) + 1; row <= Number(end.slice(1)); row++)
      rows.push(benchmark.getRow(row).values as unknown[]);
    expect(rows).toHaveLength(pilotUnits.length);
    const stjordal = rows.find((row) => row[1] === demoProfileUnit) ?? [];
    const [without, withMeasures, change] = [3, 4, 5].map((column) => Number(stjordal[column]));
    expect(withMeasures).toBeGreaterThan(without ?? NaN);
    expect(change).toBeCloseTo((withMeasures ?? NaN) - (without ?? NaN), 9);
  });

  it("names in the Benchmark sheet's header the row of each section below the tables, each row holding that section's title", async () => {
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const benchmark = workbook.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    // The header block's lines from row 3 (its title is in row 3), label in A and value in B.
    const headerLines = new Map<string, { row: number; value: string }>();
    for (let row = 3; row < 30; row++) {
      const label = String(benchmark.getCell(row, 1).value);
      if (!headerLines.has(label))
        headerLines.set(label, { row, value: String(benchmark.getCell(row, 2).value) });
    }
    const rankingTitleRow =
      Number(
        (
          benchmark.getTable(benchmarkTableNames.ranking) as unknown as {
            table: { tableRef: string };
          }
        ).table.tableRef.replace(/^[A-Z]+(\d+):.*$/, "$1")
      ) - 1;
    const sections = [
      ["Change over time", "Change over time"],
      ["Robustness", "Robustness"],
      ["With and without measures", "With and without measures 2023"],
    ];
    for (const [label = "", title] of sections) {
      const line = headerLines.get(label);
      const pointer = /^row (\d+)$/.exec(line?.value ?? "");
      expect(pointer).not.toBeNull();
      const row = Number(pointer?.[1]);
      expect(row).toBeGreaterThan(rankingTitleRow);
      expect(benchmark.getCell(row, 1).value).toBe(title);
      // The header's line stands above the ranking's title, in the rows beside the charts.
      expect(line?.row).toBeLessThan(rankingTitleRow);
    }
  });

  it("writes the Analyse sheet: the example data's decoupling in at least three degrees, and the audit", async () => {
    expect(stdout).toMatch(/Analysis: decoupling for 8 units and pairs, \d+ flags/);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const sheet = workbook.getWorksheet("Analyse") as ExcelJS.Worksheet;
    const whole = tableRecords(sheet, analysisTableNames.wholePeriod, [
      "unit",
      "name",
      "pressure",
      "driver",
      "start",
      "end",
      "driverChange",
      "pressureChange",
      "elasticity",
      "degree",
    ]);
    expect(whole.map((row) => row.unit)).toEqual([
      "5001",
      "4601",
      "5035",
      "4624",
      "50",
      "46",
      "50",
      "46",
    ]);
    expect(new Set(whole.map((row) => row.degree)).size).toBeGreaterThanOrEqual(3);
    for (const name of [
      analysisTableNames.steps,
      analysisTableNames.stepsPerDegree,
      analysisTableNames.dimensions,
      `${analysisTableNames.correlations}1`,
      analysisTableNames.flags,
    ])
      expect(sheet.getTable(name)).toBeDefined();
  });

  it("ranks the same units on the sheet as it printed, in the same order", async () => {
    const printed = JSON.parse((await runVeikart(["benchmark", output, "--json"])).stdout);
    const printedOrder = printed.ranking.map((row: { unitName: string }) => row.unitName);
    const lines = stdout.split("\n").filter((line) => /^\s+\d+\s+\d{2,4}\s/.test(line));
    expect(lines.map((line) => printedOrder.find((name: string) => line.includes(name)))).toEqual(
      printedOrder
    );
  });

  it("writes each unit's rank interval in the ranking and the robustness section, with a chart of the intervals", async () => {
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const benchmark = workbook.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    const robust = tableRecords(benchmark, robustnessTableNames.units, [
      "rank",
      "unitCode",
      "unitName",
      "rankInterval",
      "medianRank",
      "p5",
      "p95",
      "minRank",
      "maxRank",
      "share",
      "indexP5",
      "indexMedian",
      "indexP95",
      "sentence",
    ]);
    expect(robust.map((row) => row.unitCode).sort()).toEqual(
      pilotUnits.map((unit) => unit.code).sort()
    );
    for (const row of robust) {
      const [best = NaN, p5 = NaN, median = NaN, p95 = NaN, weakest = NaN] = [
        row.minRank,
        row.p5,
        row.medianRank,
        row.p95,
        row.maxRank,
      ].map(Number);
      const rank = Number(row.rank);
      expect(best).toBeLessThanOrEqual(p5);
      expect(p5).toBeLessThanOrEqual(median);
      expect(median).toBeLessThanOrEqual(p95);
      expect(p95).toBeLessThanOrEqual(weakest);
      expect(Number(row.share)).toBeGreaterThan(0);
      expect(Number(row.share)).toBeLessThanOrEqual(1);
      // The demo writes in English (runVeikart's language); each case of the sentence, rank by rank.
      const sentence = String(row.sentence);
      if (best === weakest) expect(sentence).toBe(`Ranked no. ${rank} in every alternative.`);
      else if (rank === 1)
        expect(sentence).toMatch(
          new RegExp(
            `^Ranked no\\. 1 in \\d+ % of the alternatives; never lower than no\\. ${weakest}\\.$`
          )
        );
      else if (Number(row.share) === 1)
        expect(sentence).toBe(
          `Ranked no. ${rank} or better in every alternative; at best no. ${best}.`
        );
      else
        expect(sentence).toMatch(
          new RegExp(
            `^Ranked no\\. ${rank} or better in \\d+ % of the alternatives; between no\\. ${best} and no\\. ${weakest}\\.$`
          )
        );
    }
    const wide = robust.filter((row) => Number(row.p95) - Number(row.p5) > 3).length;
    expect(stdout).toContain(
      `Robustness: 1000 runs; ${wide} of 6 units have a rank interval (5-95 %) wider than 3 places`
    );
    // The ranking carries the same interval as the section, unit by unit.
    const rankingTable = benchmark.getTable(benchmarkTableNames.ranking) as unknown as {
      table: { tableRef: string };
    };
    const headerRow = Number(rankingTable.table.tableRef.split(":")[0]?.replace(/[A-Z]+/, ""));
    const headers = (benchmark.getRow(headerRow).values as unknown[]).slice(1);
    const intervalColumn = headers.indexOf("Rank interval (5-95 %)") + 1;
    expect(intervalColumn).toBeGreaterThan(0);
    for (let row = headerRow + 1; row <= headerRow + pilotUnits.length; row++) {
      const code = benchmark.getRow(row).getCell(2).value;
      const section = robust.find((unit) => unit.unitCode === code);
      expect(benchmark.getRow(row).getCell(intervalColumn).value).toBe(section?.rankInterval);
    }
    const sensitivity = tableRecords(benchmark, robustnessTableNames.sensitivity, [
      "input",
      "first",
      "firstLow",
      "firstHigh",
      "total",
      "totalLow",
      "totalHigh",
    ]);
    expect(sensitivity.map((row) => row.input)).toEqual(["Normalisation", "Weights (±25 %)"]);
    for (const row of sensitivity) {
      expect(Number(row.firstLow)).toBeLessThanOrEqual(Number(row.firstHigh));
      expect(Number(row.totalLow)).toBeLessThanOrEqual(Number(row.totalHigh));
    }
    // The chart of the intervals: stacked horizontal bars over the section's chart table.
    const zip = await JSZip.loadAsync(readFileSync(output));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async("string") ?? "")
    );
    const interval = charts.filter((xml) => xml.includes("Rank interval (5-95 %)"));
    expect(interval).toHaveLength(1);
    expect(interval[0]).toContain('<c:grouping val="stacked"/>');
    expect(interval[0]).toContain('<c:barDir val="bar"/>');
  });

  it("replaces its own previous output when run again", async () => {
    expect((await runVeikart(["demo", "-o", output])).exitCode).toBe(0);
  });
});
