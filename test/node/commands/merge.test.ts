import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { smallContent } from "../../core/benchmark/small-workbook";
import { runVeikart, writeSmallWorkbook } from "../small-workbook-file";

describe("veikart merge", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-merge-"));
  const part = (unitCodes: readonly string[]) => ({
    ...smallContent,
    units: smallContent.units.filter((unit) => unitCodes.includes(unit.code)),
    observations: smallContent.observations.filter((observation) =>
      unitCodes.includes(observation.unitCode)
    ),
  });

  it("combines two partners' workbooks into one that validates and benchmarks", async () => {
    const a = join(folder, "a.xlsx");
    const b = join(folder, "b.xlsx");
    await writeSmallWorkbook(a, part(["0301", "4601"]));
    await writeSmallWorkbook(b, part(["5001"]));
    const output = join(folder, "combined.xlsx");
    const { exitCode, stdout } = await runVeikart(["merge", a, b, "-o", output]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain(`Wrote ${output} (24 observations)`);
    expect((await runVeikart(["validate", output])).exitCode).toBe(0);
    const printed = JSON.parse((await runVeikart(["benchmark", output, "--json"])).stdout);
    expect(printed.ranking.map((row: { unitCode: string }) => row.unitCode)).toEqual([
      "4601",
      "0301",
      "5001",
    ]);
  });

  it("reports conflicting values as issues, keeps both rows and lists them on the Validering sheet", async () => {
    const a = join(folder, "conflict-a.xlsx");
    const b = join(folder, "conflict-b.xlsx");
    await writeSmallWorkbook(a, part(["0301", "4601"]));
    await writeSmallWorkbook(b, {
      ...part(["4601", "5001"]),
      observations: part(["4601", "5001"]).observations.map((observation) =>
        observation.unitCode === "4601" &&
        observation.year === 2022 &&
        observation.indicatorId === "I1"
          ? { ...observation, value: 21 }
          : observation
      ),
    });
    const output = join(folder, "conflict.xlsx");
    const { exitCode, stdout } = await runVeikart(["merge", a, b, "-o", output, "--json"]);
    expect(exitCode).toBe(1);
    const printed = JSON.parse(stdout);
    expect(printed.output).toBe(output);
    const conflict = printed.issues.find(
      (issue: { code: string }) => issue.code === "value_conflict"
    );
    expect(conflict).toMatchObject({
      severity: "error",
      unit: "4601",
      year: 2022,
      indicator: "I1",
    });
    expect(conflict.message).toContain('20 ("conflict-a.xlsx" Data row');
    expect(conflict.message).toContain('21 ("conflict-b.xlsx" Data row');
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(output);
    const validering = workbook.getWorksheet("Validering") as ExcelJS.Worksheet;
    expect(validering.getCell("D6").value).toBe("value_conflict");
    const validation = await runVeikart(["validate", output, "--json"]);
    expect(validation.exitCode).toBe(1);
  });

  it("does not merge workbooks with different catalogues", async () => {
    const a = join(folder, "catalogue-a.xlsx");
    const b = join(folder, "catalogue-b.xlsx");
    await writeSmallWorkbook(a, part(["0301"]));
    await writeSmallWorkbook(b, {
      ...part(["4601"]),
      framework: {
        ...smallContent.framework,
        indicators: smallContent.framework.indicators.filter((indicator) => indicator.id !== "I3"),
      },
    });
    const output = join(folder, "never.xlsx");
    const { exitCode, stdout } = await runVeikart(["merge", a, b, "-o", output]);
    expect(exitCode).toBe(1);
    expect(stdout).toContain(
      '"catalogue-b.xlsx" does not share the catalogue of "catalogue-a.xlsx": I3 is missing'
    );
    expect(existsSync(output)).toBe(false);
  });

  it("needs -o and two workbooks", async () => {
    expect((await runVeikart(["merge", "a.xlsx", "b.xlsx"])).stderr).toBe(
      "veikart: merge needs -o <combined.xlsx>\n"
    );
    expect((await runVeikart(["merge", "a.xlsx", "-o", "c.xlsx"])).exitCode).toBe(2);
    expect((await runVeikart(["merge", "--help"])).stdout).toContain("Usage: veikart merge");
  });
});
