import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runVeikart } from "../small-workbook-file";

describe("veikart template", () => {
  const folder = mkdtempSync(join(tmpdir(), "veikart-template-"));

  it("writes the six sheets as Excel tables with drop-downs on the unit and indicator columns of Data and Tiltak", async () => {
    const path = join(folder, "t.xlsx");
    expect((await runVeikart(["template", path, "--with-example-data"])).exitCode).toBe(0);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Tiltak",
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.getTable(sheet.name)).toBeDefined();
    const data = workbook.getWorksheet("Data");
    expect(data?.getCell("A2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Enheter!$A$2:$A$5007"],
    });
    expect(data?.getCell("C900").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Indikatorer!$A$2:$A$5033"],
    });
    expect(workbook.getWorksheet("Enheter")?.getCell("A2").value).toBe("5001");
    expect(data?.getCell("F2").value).toMatch(/illustrative/);
    const measures = workbook.getWorksheet("Tiltak");
    expect(measures?.getRow(1).values).toEqual([
      undefined,
      "Enhet",
      "Indikator",
      "År",
      "Virkning",
      "Effekt",
      "Beskrivelse",
      "Ansvarlig",
    ]);
    expect(measures?.getRow(2).values).toEqual([
      undefined,
      "5035",
      "EV_SHARE_NEW",
      2023,
      "ny verdi",
      90,
      "Illustrativt eksempel: ladepunkter ved alle kommunale bygg",
      "Illustrativt",
    ]);
    expect(measures?.getCell("A3").value).toBe("5035");
    expect(measures?.getCell("B3").value).toBe("HH_WASTE_RECYCLING_SHARE");
    expect(measures?.getCell("A4").value).toBeNull();
  });

  it("writes an empty Tiltak sheet without example data, its unit column as text and with its drop-downs", async () => {
    const path = join(folder, "measures.xlsx");
    expect((await runVeikart(["template", path])).exitCode).toBe(0);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
    const measures = workbook.getWorksheet("Tiltak");
    expect(measures?.getTable("Tiltak")).toBeDefined();
    expect(measures?.getCell("A1").value).toBe("Enhet");
    expect(measures?.getCell("A2").value).toBeNull();
    expect(measures?.getCell("A2").numFmt).toBe("@");
    expect(measures?.getCell("A2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Enheter!$A$2:$A$5007"],
    });
    expect(measures?.getCell("B5001").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Indikatorer!$A$2:$A$5033"],
    });
    expect(measures?.getCell("C2").dataValidation).toBeUndefined();
  });

  it("writes an empty template with the catalogue but no units or data", async () => {
    const path = join(folder, "empty.xlsx");
    expect((await runVeikart(["template", path])).exitCode).toBe(0);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(path);
    expect(workbook.getWorksheet("Indikatorer")?.getCell("A33").value).toBe(
      "CLIMATE_BUDGET_ADOPTED"
    );
    expect(workbook.getWorksheet("Data")?.getCell("A2").value).toBeNull();
  });

  it("refuses to overwrite an existing file without --force, and leaves it unchanged", async () => {
    const path = join(folder, "mine.xlsx");
    writeFileSync(path, "my own work");
    const result = await runVeikart(["template", path]);
    expect(result).toMatchObject({
      exitCode: 2,
      stderr: `veikart: ${path} already exists; add --force to replace it\n`,
    });
    expect(statSync(path).size).toBe("my own work".length);
  });

  it("overwrites with --force and leaves no temporary file behind", async () => {
    const path = join(folder, "mine.xlsx");
    expect((await runVeikart(["template", path, "--force"])).exitCode).toBe(0);
    expect(statSync(path).size).toBeGreaterThan(1000);
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("exits 2 when the folder does not exist", async () => {
    const path = join(folder, "no-such-folder", "t.xlsx");
    expect((await runVeikart(["template", path])).exitCode).toBe(2);
    expect(existsSync(path)).toBe(false);
  });
});
