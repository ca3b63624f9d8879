import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  analyseWorkbook,
  analysisTableNames,
  decouplingDegreeNames,
  type DecouplingPeriod,
  type UnitDecoupling,
} from "../../../src/core/analysis";
import { generatedMarkerText } from "../../../src/core/sheet-plan";
import { templateWorkbook } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { convertWithLibreOffice, itWithLibreOffice } from "../../support/libreoffice";
import { runVeikart } from "../small-workbook-file";
import { tableRecords } from "../table-records";

const coinr = join(__dirname, "..", "..", "fixtures", "coinr");
const expected = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "fixtures", "audit", "asem-audit-expected.json"), "utf8")
) as { cronbach: { group: string; k: number; alpha: number }[] };
const folder = mkdtempSync(join(tmpdir(), "veikart-audit-"));

interface AuditJson {
  correlations: { group: string; a: string; b: string; pearson: number; spearman: number }[];
  parentCorrelations: { code: string; parent: string; pearson: number }[];
  cronbach: { group: string; k: number; alpha: number }[];
  pca: { group: string; varianceShare: number; rows: number; loadings: Record<string, number> }[];
  flags: { code: string; severity: string; message: string; parameters: unknown }[];
}

describe("veikart audit on COINr's format", () => {
  it("prints the JSON of the issue's shape for ASEM after the default pipeline", async () => {
    const result = await runVeikart([
      "audit",
      "--data",
      join(coinr, "ASEM_iData.csv"),
      "--meta",
      join(coinr, "ASEM_iMeta.csv"),
      "--json",
    ]);
    expect(result.exitCode).toBe(0);
    const audit = JSON.parse(result.stdout) as AuditJson;
    expect(Object.keys(audit)).toEqual([
      "correlations",
      "parentCorrelations",
      "cronbach",
      "pca",
      "flags",
    ]);
    expect(Object.keys(audit.correlations[0] ?? {})).toEqual([
      "group",
      "a",
      "b",
      "pearson",
      "spearman",
    ]);
    expect(Object.keys(audit.parentCorrelations[0] ?? {})).toEqual(["code", "parent", "pearson"]);
    expect(Object.keys(audit.pca[0] ?? {})).toEqual(["group", "varianceShare", "rows", "loadings"]);
    audit.cronbach.forEach((group, index) =>
      expect(Math.abs(group.alpha - (expected.cronbach[index]?.alpha ?? Number.NaN))).toBeLessThan(
        1e-9
      )
    );
    expect(audit.flags.map((flag) => flag.code)).toContain("audit_low_alpha");
    expect(audit.flags[0]?.message).toMatch(/r = 0\.90\d, above 0\.900/);
  });

  it("takes coin's options: z-scores leave Pearson's r unchanged (a linear rescaling) but not alpha", async () => {
    const audited = async (...options: string[]) =>
      JSON.parse(
        (
          await runVeikart([
            "audit",
            "--data",
            join(coinr, "ASEM_iData.csv"),
            "--meta",
            join(coinr, "ASEM_iMeta.csv"),
            ...options,
            "--json",
          ])
        ).stdout
      ) as AuditJson;
    const minMax = await audited();
    const zScores = await audited("--normalise", "zscore");
    expect(zScores.correlations).toHaveLength(140);
    zScores.correlations.forEach((pair, index) =>
      expect(
        Math.abs(pair.pearson - (minMax.correlations[index]?.pearson ?? Number.NaN))
      ).toBeLessThan(1e-9)
    );
    expect(
      Math.abs((zScores.cronbach[0]?.alpha ?? 0) - (minMax.cronbach[0]?.alpha ?? 0))
    ).toBeGreaterThan(1e-6);
  });

  it("exits 2 with a message for a missing --meta", async () => {
    const result = await runVeikart(["audit", "--data", join(coinr, "ASEM_iData.csv")]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("audit needs --meta <iMeta.csv>");
  });
});

describe("veikart audit on a workbook", () => {
  it("prints the decoupling of each unit and pair and the audit of the example workbook", async () => {
    const path = join(folder, "example.xlsx");
    expect((await runVeikart(["template", path, "--with-example-data"])).exitCode).toBe(0);
    const result = await runVeikart(["audit", path, "--json"]);
    expect(result.exitCode).toBe(0);
    const analysis = JSON.parse(result.stdout) as {
      year: number;
      baseYear: number;
      decoupling: {
        unit: string;
        driver: string;
        wholePeriod: { degree: string };
        stepsPerDegree: Record<string, number>;
      }[];
    } & AuditJson;
    expect([analysis.year, analysis.baseYear]).toEqual([2023, 2019]);
    const degrees = analysis.decoupling.map(
      (row) => `${row.unit}:${row.driver}:${row.wholePeriod.degree}`
    );
    expect(degrees).toEqual([
      "5001:EMPLOYMENT_WORKPLACE:strong_decoupling",
      "4601:EMPLOYMENT_WORKPLACE:recessive_decoupling",
      "5035:EMPLOYMENT_WORKPLACE:recessive_coupling",
      "4624:EMPLOYMENT_WORKPLACE:weak_negative_decoupling",
      "50:EMPLOYMENT_WORKPLACE:strong_decoupling",
      "46:EMPLOYMENT_WORKPLACE:strong_decoupling",
      "50:GROSS_PRODUCT:strong_decoupling",
      "46:GROSS_PRODUCT:strong_decoupling",
    ]);
    expect(analysis.decoupling[1]?.stepsPerDegree.recessive_decoupling).toBe(4);
    expect(analysis.cronbach.map((group) => group.group)).toEqual([
      "D1",
      "D2",
      "D3",
      "D4",
      "D5",
      "D6",
    ]);
  });
});

describe("veikart audit writing the Analyse sheet", () => {
  const input = join(folder, "analysed.xlsx");
  const output = join(folder, "analysed.analyse.xlsx");
  beforeAll(async () => {
    expect((await runVeikart(["template", input, "--with-example-data"])).exitCode).toBe(0);
  });

  it("writes the decoupling tables that read back (with exceljs) as core's results for the example data", async () => {
    const result = await runVeikart(["audit", input, "-o", output]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Wrote ${output}`);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const sheet = workbook.getWorksheet("Analyse") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe(generatedMarkerText);
    const keys = [
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
      "note",
    ];
    const analysis = analyseWorkbook(validateWorkbook(templateWorkbook(true)).content);
    const expectedPeriod = (row: UnitDecoupling, period: DecouplingPeriod) => {
      if (!period.result.ok) throw new Error(`${row.unitCode}: no degree`);
      const { driverChange, pressureChange, elasticity, degree } = period.result.value;
      return {
        unit: row.unitCode,
        name: row.unitName,
        pressure: row.pair.pressure,
        driver: row.pair.driver,
        start: period.startYear,
        end: period.endYear,
        driverChange,
        pressureChange,
        elasticity,
        degree: decouplingDegreeNames[degree].en,
        note: null,
      };
    };
    expect(tableRecords(sheet, analysisTableNames.wholePeriod, keys)).toEqual(
      analysis.decoupling.map((row) => {
        if (!row.wholePeriod.ok) throw new Error(`${row.unitCode}: no whole period`);
        return expectedPeriod(row, row.wholePeriod.value);
      })
    );
    expect(tableRecords(sheet, analysisTableNames.steps, keys)).toEqual(
      analysis.decoupling.flatMap((row) => row.steps.map((step) => expectedPeriod(row, step)))
    );
    expect(sheet.getTable(analysisTableNames.flags)).toBeDefined();
  });

  itWithLibreOffice(
    "writes a decoupling chart per pair that LibreOffice opens: the units as one series, four two-point lines",
    async () => {
      const charted = join(folder, "charted.xlsx");
      expect((await runVeikart(["audit", input, "-o", charted])).exitCode).toBe(0);
      convertWithLibreOffice([charted], folder, "ods", folder);
      const ods = await JSZip.loadAsync(readFileSync(join(folder, "charted.ods")));
      const charts = await Promise.all(
        Object.keys(ods.files)
          .filter((path) => /^Object \d+\/content\.xml$/.test(path))
          .map(async (path) => (await ods.file(path)?.async("string")) ?? "")
      );
      const scatters = charts.filter((chart) => chart.includes('chart:class="chart:scatter"'));
      const rowsOf = (range: string) => {
        const [, first, last] = /\.[A-Z]+(\d+):Analyse\.[A-Z]+(\d+)$/.exec(range) ?? [];
        return Number(last) - Number(first) + 1;
      };
      const analysis = analyseWorkbook(validateWorkbook(templateWorkbook(true)).content);
      const unitsPerPair = [...new Set(analysis.decoupling.map((row) => row.pair.driver))].map(
        (driver) => analysis.decoupling.filter((row) => row.pair.driver === driver).length
      );
      // LibreOffice numbers its chart objects in its own order: compare the charts sorted.
      const seriesRows = scatters
        .map((chart) =>
          [...chart.matchAll(/chart:values-cell-range-address="([^"]+)"/g)].map((match) =>
            rowsOf(match[1] ?? "")
          )
        )
        .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
      expect(seriesRows).toEqual(
        unitsPerPair.sort((a, b) => a - b).map((units) => [units, 2, 2, 2, 2])
      );
    },
    180_000
  );

  it("leaves the input alone, refuses an existing output without --force, and writes --in-place", async () => {
    const before = readFileSync(input);
    const refused = await runVeikart(["audit", input, "-o", output]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain("already exists; add --force");
    expect((await runVeikart(["audit", input, "-o", output, "--force"])).exitCode).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect((await runVeikart(["audit", input, "--in-place"])).exitCode).toBe(0);
    expect((await runVeikart(["audit", input, "--in-place"])).exitCode).toBe(0);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(input);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Analyse");
    expect(workbook.getWorksheet("Data")?.rowCount).toBeGreaterThan(800);
  });

  it("refuses -o with --in-place, and a workbook whose own Analyse sheet Veikart did not make", async () => {
    const both = await runVeikart(["audit", input, "-o", output, "--in-place"]);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain("give either -o or --in-place");
    const own = join(folder, "own-analyse.xlsx");
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(input);
    workbook.removeWorksheet((workbook.getWorksheet("Analyse") as ExcelJS.Worksheet).id);
    workbook.addWorksheet("Analyse").getCell("A1").value = "my notes";
    await workbook.xlsx.writeFile(own);
    const refused = await runVeikart(["audit", own, "--in-place"]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('sheet named "Analyse" that Veikart did not generate');
    const kept = await new ExcelJS.Workbook().xlsx.readFile(own);
    expect(kept.getWorksheet("Analyse")?.getCell("A1").value).toBe("my notes");
  });
});
