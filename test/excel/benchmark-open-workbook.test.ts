import {
  benchmarkSheetName,
  benchmarkTableNames,
  validationSheetName,
  validationTableName,
} from "../../src/core/benchmark";
import { generatedMarkerText } from "../../src/core/sheet-plan";
import { benchmarkOpenWorkbook, type BenchmarkRequest } from "../../src/excel";
import { MethodSheetMissingError } from "../../src/excel/write-method-settings";
import { fakeExcel, templateInto, type FakeExcel } from "../support/fake-excel";
import { hostOf } from "./host";

const request: BenchmarkRequest = { language: "en", ranAt: "2026-12-02T01:00:00.000Z" };

function sheetNames(fake: FakeExcel): string[] {
  return fake.workbook.sheets.map((sheet) => sheet.name);
}

describe("benchmarkOpenWorkbook", () => {
  it("writes the Benchmark sheet and the Validering sheet beside it, and shows Benchmark", async () => {
    const fake = fakeExcel(templateInto());
    const outcome = await benchmarkOpenWorkbook(hostOf(fake), request);
    expect(outcome).toMatchObject({
      kind: "written",
      sheets: [{ sheetName: benchmarkSheetName }, { sheetName: validationSheetName }],
      methodSaved: false,
    });
    expect(sheetNames(fake).slice(-2)).toEqual([benchmarkSheetName, validationSheetName]);
    expect(fake.workbook.sheet(validationSheetName)?.cell(0, 0)).toBe(generatedMarkerText);
    expect(fake.workbook.activeSheet).toBe(benchmarkSheetName);
  });

  it("replaces both generated sheets on the next run, their tables keeping their names", async () => {
    const fake = fakeExcel(templateInto());
    await benchmarkOpenWorkbook(hostOf(fake), request);
    const outcome = await benchmarkOpenWorkbook(hostOf(fake), request);
    expect(outcome).toMatchObject({
      kind: "written",
      sheets: [
        { sheetName: benchmarkSheetName, replaced: true },
        { sheetName: validationSheetName, replaced: true },
      ],
    });
    expect(sheetNames(fake).filter((name) => name.startsWith(benchmarkSheetName))).toEqual([
      benchmarkSheetName,
    ]);
    const tableNames = fake.workbook.tables.map((table) => table.name);
    expect(tableNames).toEqual(
      expect.arrayContaining([benchmarkTableNames.ranking, validationTableName])
    );
    expect(tableNames.filter((name) => /_\d+$|bygges/.test(name))).toEqual([]);
  });

  it("leaves a Validering sheet of the user's alone and writes Validering (2)", async () => {
    const workbook = templateInto();
    workbook.addSheetWithRows(validationSheetName, [["Mine egne notater"]]);
    const fake = fakeExcel(workbook);
    const outcome = await benchmarkOpenWorkbook(hostOf(fake), request);
    expect(outcome).toMatchObject({
      kind: "written",
      sheets: [
        { sheetName: benchmarkSheetName },
        { sheetName: `${validationSheetName} (2)`, userSheetsKept: [validationSheetName] },
      ],
    });
    expect(fake.workbook.sheet(validationSheetName)?.grid()).toEqual([["Mine egne notater"]]);
  });

  it("refuses to save the method into a workbook without a Metode sheet before writing anything", async () => {
    const workbook = templateInto();
    workbook.sheets.splice(
      workbook.sheets.findIndex((sheet) => sheet.name === "Metode"),
      1
    );
    const fake = fakeExcel(workbook);
    const before = sheetNames(fake);
    await expect(
      benchmarkOpenWorkbook(hostOf(fake), {
        ...request,
        methodOverrides: { normalisation: "z-skår" },
        saveMethod: true,
      })
    ).rejects.toBeInstanceOf(MethodSheetMissingError);
    expect(sheetNames(fake)).toEqual(before);
  });
});
