// `veikart profile`: COINr's input printed as the analysis's JSON (test/fixtures/coinr, COINr 1.1.14,
// MIT, (c) 2022 William Becker), and the Profil sheet written into a copy of a workbook, read back
// with exceljs.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { profileTableNames } from "../../../src/core/profile";
import { generatedMarkerText } from "../../../src/core/sheet-plan";
import { templateWorkbook } from "../../../src/core/template";
import { packageOfSheets } from "../../../src/node/template-workbook";
import { coinrFixtureFolder, readCoinrFixture } from "../../support/coinr-csv";
import { runVeikart } from "../small-workbook-file";

const fixture = (name: string) => join(coinrFixtureFolder, name);
const asem = ["--data", fixture("ASEM_iData.csv"), "--meta", fixture("ASEM_iMeta.csv")];

interface Printed {
  unit: string;
  index: number;
  rank: number;
  effectiveWeights: Record<string, number>;
  contributions: Record<string, number>;
  strengths: { code: string; rank: number }[];
  weaknesses: { code: string; rank: number }[];
  gaps: { code: string; rawChange: number | null; newValue: number | null; reachable: boolean }[];
}

async function printed(args: string[]): Promise<Printed> {
  const { exitCode, stdout, stderr } = await runVeikart(["profile", ...args]);
  expect(stderr).toBe("");
  expect(exitCode).toBe(0);
  return JSON.parse(stdout) as Printed;
}

const coinrValue = (file: string, unit: string, column: string) =>
  Number(readCoinrFixture(file).find((row) => row.uCode === unit)?.[column]);

describe("veikart profile --data --meta --json", () => {
  it("prints the record's keys with COINr's index and rank for Spain (S1: min-max, arithmetic)", async () => {
    const record = await printed([...asem, "--unit", "ESP", "--json"]);
    expect(Object.keys(record)).toEqual([
      "unit",
      "year",
      "index",
      "rank",
      "effectiveWeights",
      "contributions",
      "strengths",
      "weaknesses",
      "gaps",
    ]);
    expect(record.unit).toBe("ESP");
    expect(record.index).toBeCloseTo(coinrValue("S1_minimal_Aggregated.csv", "ESP", "Index"), 9);
    expect(record.rank).toBe(coinrValue("S1_minimal_ranks_Aggs.csv", "ESP", "Index"));
    const weights = Object.values(record.effectiveWeights);
    expect(weights).toHaveLength(49);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
    const points = Object.values(record.contributions).reduce((sum, point) => sum + point, 0);
    expect(Math.abs(points - record.index)).toBeLessThan(1e-9);
    expect(record.strengths).toHaveLength(5);
    expect(record.weaknesses).toHaveLength(5);
    for (const entry of [...record.strengths, ...record.weaknesses])
      expect(Object.keys(entry)).toEqual(["code", "rank"]);
    expect(record.gaps).toHaveLength(49);
    for (const gap of record.gaps) {
      expect(Object.keys(gap)).toEqual(["code", "rawChange", "newValue", "reachable"]);
      if (gap.reachable && gap.rawChange !== null && gap.newValue !== null)
        expect(typeof gap.newValue).toBe("number");
    }
    expect(record.gaps.some((gap) => gap.reachable)).toBe(true);
  });

  it("takes coin's options for another pipeline: S3's treated data, min-max 1-100, geometric mean", async () => {
    const record = await printed([
      "--data",
      fixture("S2_example_Treated.csv"),
      "--meta",
      fixture("ASEM_iMeta.csv"),
      "--start",
      "treated",
      "--normalise",
      "minmax:1,100",
      "--aggregate",
      "geometric",
      "--unit",
      "ESP",
      "--json",
    ]);
    expect(record.index).toBeCloseTo(
      coinrValue("S3_minmax_gmean_Aggregated.csv", "ESP", "Index"),
      9
    );
    const points = Object.values(record.contributions).reduce((sum, point) => sum + point, 0);
    expect(Math.abs(points - record.index)).toBeLessThan(1e-9);
  });

  it("refuses an unknown unit and a missing --unit with exit code 2 and one line", async () => {
    const unknown = await runVeikart(["profile", ...asem, "--unit", "XXX", "--json"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/^veikart: --unit XXX/);
    const missing = await runVeikart(["profile", ...asem, "--json"]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain("profile needs --unit");
  });
});

describe("veikart profile <workbook.xlsx>", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-profile-"));
  const input = join(folder, "pilot.xlsx");
  beforeAll(() => packageOfSheets(templateWorkbook(true)).writeFile(input));

  it("writes the Profil sheet of Stjørdal into a copy, read back by exceljs with its tables and print area", async () => {
    const output = join(folder, "stjordal.xlsx");
    const { exitCode, stdout } = await runVeikart([
      "profile",
      input,
      "--unit",
      "5035",
      "-o",
      output,
    ]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain(`Wrote ${output}`);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const sheet = workbook.getWorksheet("Profil") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe(generatedMarkerText);
    expect(String(sheet.getCell("A3").value)).toMatch(/^Unit profile: Stjørdal \(5035\), 20\d\d$/);
    const tableNames = Object.keys(
      (sheet as unknown as { tables: Record<string, unknown> }).tables
    );
    expect(tableNames.sort()).toEqual(
      [
        profileTableNames.contributions,
        profileTableNames.strengths,
        profileTableNames.weaknesses,
        profileTableNames.trends,
        profileTableNames.gaps,
        profileTableNames.targets,
        profileTableNames.measures,
      ].sort()
    );
    expect(sheet.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(sheet.pageSetup.printArea).toMatch(/^A1:I\d+$/);
    expect(workbook.worksheets.map((candidate) => candidate.name)).not.toContain("Benchmark");
  });

  it("prints the same record as JSON for the workbook's unit, and writes too with -o", async () => {
    const output = join(folder, "json.xlsx");
    const { exitCode, stdout } = await runVeikart([
      "profile",
      input,
      "--unit",
      "5035",
      "--json",
      "-o",
      output,
    ]);
    expect(exitCode).toBe(0);
    const record = JSON.parse(stdout) as Printed & { output: string };
    expect(record.unit).toBe("5035");
    expect(record.output).toBe(output);
    const points = Object.values(record.contributions).reduce((sum, point) => sum + point, 0);
    expect(Math.abs(points - record.index)).toBeLessThan(1e-9);
  });

  it("refuses a unit the workbook does not have", async () => {
    const { exitCode, stderr } = await runVeikart(["profile", input, "--unit", "9999", "--json"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("9999");
  });
});
