import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analysisTableNames } from "../../../src/core/analysis";
import { benchmarkTableNames, validationTableName } from "../../../src/core/benchmark";
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

  it("writes the template sheets and the generated Benchmark and Validering sheets with their tables", async () => {
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Benchmark",
      "Validering",
      "Analyse",
    ]);
    const benchmark = workbook.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    for (const name of Object.values(benchmarkTableNames))
      expect(benchmark.getTable(name)).toBeDefined();
    expect(workbook.getWorksheet("Validering")?.getTable(validationTableName)).toBeDefined();
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

  it("replaces its own previous output when run again", async () => {
    expect((await runVeikart(["demo", "-o", output])).exitCode).toBe(0);
  });
});
