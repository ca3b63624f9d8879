import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
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

const folder = mkdtempSync(join(tmpdir(), "veikart-validate-"));
const golden = join(__dirname, "..", "..", "fixtures", "golden-workbook.xlsx");

describe("veikart validate", () => {
  it("exits 0 on the example template that veikart template wrote", async () => {
    const path = join(folder, "example.xlsx");
    expect((await run(["template", path, "--with-example-data"])).exitCode).toBe(0);
    const result = await run(["validate", path]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("0 errors, 0 warnings, 1 info. The workbook can be scored.");
  });

  it("exits 1 and prints each problem with its cell, grouped by sheet, in bokmål", async () => {
    const result = await run(["validate", golden], "nb");
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("Data:\n");
    expect(result.stdout).toMatch(
      /Data!D805 +advarsel +value_text_number: Verdien «40,5» er skrevet som tekst; den leses som 40.5/
    );
    expect(result.stdout).toContain("Rett feilene før beregning.");
  });

  it("prints the issues as JSON with code, severity, file, sheet, cell, message, parameters, unit, indicator, year and value", async () => {
    const result = await run(["validate", golden, "--json"]);
    const issues = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(result.exitCode).toBe(1);
    expect(Object.keys(issues[0] ?? {})).toEqual([
      "code",
      "severity",
      "file",
      "sheet",
      "cell",
      "message",
      "parameters",
      "unit",
      "indicator",
      "year",
      "value",
    ]);
    expect(issues).toContainEqual({
      code: "unit_code_retired",
      severity: "error",
      file: null,
      sheet: "Enheter",
      cell: "Enheter!A11",
      message:
        "The code 1601 (Trondheim) was retired in 2018 and replaced by 5001. Use the new code.",
      parameters: { code: "1601", name: "Trondheim", year: 2018, replacements: ["5001"] },
      unit: "1601",
      indicator: null,
      year: null,
      value: "1601",
    });
  });

  it("exits 2 with one line for a missing file", async () => {
    const result = await run(["validate", join(folder, "none.xlsx")]);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toBe(`veikart: ${join(folder, "none.xlsx")}: no such file\n`);
  });

  it("exits 2 with one line for a file that is not a workbook", async () => {
    const path = join(folder, "notes.xlsx");
    writeFileSync(path, "Enhet;År;Verdi\n5001;2023;12,5\n");
    const result = await run(["validate", path]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`veikart: ${path} is not an .xlsx workbook\n`);
  });

  it("exits 2 with one line for a damaged zip", async () => {
    const path = join(folder, "damaged.xlsx");
    writeFileSync(path, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64, 7)]));
    const result = await run(["validate", path]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split("\n")).toHaveLength(2);
    expect(result.stderr).toMatch(/cannot be read as an \.xlsx workbook/);
  });

  it("exits 2 with one line for an encrypted workbook (an OLE compound file)", async () => {
    const path = join(folder, "secret.xlsx");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ])
    );
    const result = await run(["validate", path]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `veikart: ${path} is encrypted or an old .xls file: save it as an .xlsx workbook without a password\n`
    );
  });

  it("exits 2 without a workbook argument", async () => {
    expect((await run(["validate"])).exitCode).toBe(2);
  });

  it("reads formulas by their results and kommunenummer shown through a 0000 format", async () => {
    const workbook = new ExcelJS.Workbook();
    const sources = await new ExcelJS.Workbook().xlsx.readFile(join(folder, "example.xlsx"));
    for (const sheet of sources.worksheets) {
      const copy = workbook.addWorksheet(sheet.name);
      sheet.eachRow((row, rowNumber) => {
        row.eachCell((cell, columnNumber) => {
          copy.getCell(rowNumber, columnNumber).value = cell.value;
        });
      });
    }
    const units = workbook.getWorksheet("Enheter");
    const data = workbook.getWorksheet("Data");
    if (units === undefined || data === undefined) throw new Error("template sheets missing");
    units.addRow([301, "Oslo", "kommune", "storby"]).getCell(1).numFmt = "0000";
    data.addRow(["0301", 2023, "POPULATION", { formula: "700000+9", result: 700009 }]);
    const path = join(folder, "formulas.xlsx");
    await workbook.xlsx.writeFile(path);
    const issues = JSON.parse((await run(["validate", path, "--json"])).stdout) as {
      code: string;
    }[];
    expect(issues.map((issue) => issue.code)).not.toContain("unit_code_leading_zero");
    expect(issues.map((issue) => issue.code)).not.toContain("value_not_number");
  });
});
