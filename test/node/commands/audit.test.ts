import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/node/cli";

async function run(args: string[], language: "nb" | "en" = "en") {
  let stdout = "";
  let stderr = "";
  const exitCode = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    language,
    interactive: false,
  });
  return { exitCode, stdout, stderr };
}

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
    const result = await run([
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
          await run([
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
    const result = await run(["audit", "--data", join(coinr, "ASEM_iData.csv")]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("audit needs --meta <iMeta.csv>");
  });
});

describe("veikart audit on a workbook", () => {
  it("prints the decoupling of each unit and pair and the audit of the example workbook", async () => {
    const path = join(folder, "example.xlsx");
    expect((await run(["template", path, "--with-example-data"])).exitCode).toBe(0);
    const result = await run(["audit", path, "--json"]);
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
