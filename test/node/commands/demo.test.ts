import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { benchmarkTableNames, validationTableName } from "../../../src/core/benchmark";
import { profileTableNames } from "../../../src/core/profile";
import { pilotUnits } from "../../../src/core/template";
import { runVeikart } from "../small-workbook-file";

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
      "Benchmark",
      "Validering",
      "Profil",
    ]);
    const benchmark = workbook.getWorksheet("Benchmark") as ExcelJS.Worksheet;
    for (const name of Object.values(benchmarkTableNames))
      expect(benchmark.getTable(name)).toBeDefined();
    expect(workbook.getWorksheet("Validering")?.getTable(validationTableName)).toBeDefined();
    const profile = workbook.getWorksheet("Profil") as ExcelJS.Worksheet;
    expect(String(profile.getCell("A3").value)).toContain("Stjørdal (5035)");
    for (const name of Object.values(profileTableNames))
      if (name !== profileTableNames.measures) expect(profile.getTable(name)).toBeDefined();
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
