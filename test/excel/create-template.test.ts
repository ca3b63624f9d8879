import { readMeasures } from "../../src/core/analysis";
import { createTemplate, validateOpenWorkbook } from "../../src/excel";
import { fakeExcel, FakeWorkbook } from "../support/fake-excel";
import { hostOf } from "./host";

const templateNames = ["Indikatorer", "Dimensjoner", "Enheter", "Data", "Metode", "Tiltak"];

describe("creating the template", () => {
  it("inserts the six sheets as tables with frozen headers, text codes and drop-downs", async () => {
    const fake = fakeExcel();
    const created = await createTemplate(hostOf(fake), true);
    expect(created).toEqual({ created: templateNames, skipped: [], dropDownsAdded: true });
    expect(fake.workbook.tables.map((table) => table.name)).toEqual(templateNames);
    const units = fake.workbook.sheet("Enheter");
    expect(units?.cell(1, 0)).toBe("5001");
    expect(units?.numberFormat(1, 0)).toBe("@");
    expect(units?.numberFormat(4000, 0)).toBe("@");
    expect(units?.frozen).toEqual({ rows: 1, columns: 0 });
    const data = fake.workbook.sheet("Data");
    expect(data?.listValidations.map((validation) => validation.source)).toEqual([
      expect.stringMatching(/^=Enheter!\$A\$2:\$A\$\d+$/),
      expect.stringMatching(/^=Indikatorer!\$A\$2:\$A\$\d+$/),
    ]);
    const measures = fake.workbook.sheet("Tiltak");
    expect(measures?.grid()).toEqual([
      ["Enhet", "Indikator", "År", "Virkning", "Effekt", "Beskrivelse", "Ansvarlig"],
      [
        "5035",
        "EV_SHARE_NEW",
        2023,
        "ny verdi",
        90,
        expect.stringMatching(/^Illustrativt/),
        "Illustrativt",
      ],
      [
        "5035",
        "HH_WASTE_RECYCLING_SHARE",
        2023,
        "endring",
        8,
        expect.stringMatching(/^Illustrativt/),
        "Illustrativt",
      ],
    ]);
    expect(measures?.numberFormat(1, 0)).toBe("@");
    expect(measures?.numberFormat(4000, 0)).toBe("@");
    expect(measures?.frozen).toEqual({ rows: 1, columns: 0 });
    expect(measures?.listValidations.map((validation) => validation.source)).toEqual(
      data?.listValidations.map((validation) => validation.source)
    );
    expect(fake.recorder.syncCount).toBe(2);
    const { validation, reading } = await validateOpenWorkbook(hostOf(fake));
    expect(validation.summary.bySeverity.error).toBe(0);
    const measuresRead = readMeasures(reading.grids, validation.content);
    expect(measuresRead).toMatchObject({ present: true, issues: [] });
    expect(measuresRead.measures).toHaveLength(2);
  });

  it("names a template table Data_2 when the workbook has a defined name Data", async () => {
    const fake = fakeExcel();
    fake.workbook.definedNames.push("data");
    await createTemplate(hostOf(fake), true);
    expect(fake.workbook.tables.find((table) => table.sheet.name === "Data")?.name).toBe("Data_2");
  });

  it("without example data writes the catalogue and tables with one empty row", async () => {
    const fake = fakeExcel();
    await createTemplate(hostOf(fake), false);
    expect(fake.workbook.sheet("Data")?.grid()).toEqual([
      ["Enhet", "År", "Indikator", "Verdi", "Kvalitet", "Kilde", "Kommentar"],
    ]);
    expect(fake.workbook.tables.find((table) => table.name === "Data")?.box.rowCount).toBe(2);
  });

  it("leaves existing sheets alone (also under their English names) and says which it skipped", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheetWithRows("Data", [["mine data"]]);
    workbook.addSheetWithRows("units", [["Code"]]);
    const fake = fakeExcel(workbook);
    const created = await createTemplate(hostOf(fake), true);
    expect(created).toEqual({
      created: ["Indikatorer", "Dimensjoner", "Metode", "Tiltak"],
      skipped: ["units", "Data"],
      dropDownsAdded: false,
    });
    expect(workbook.sheet("Data")?.grid()).toEqual([["mine data"]]);
  });

  it("removes the sheets it added when a write fails", async () => {
    const fake = fakeExcel();
    fake.recorder.failWhen = (operation) =>
      operation.kind === "tables.add" && operation.sheet === "Data";
    await expect(createTemplate(hostOf(fake), true)).rejects.toThrow("Injected failure");
    expect(fake.workbook.sheets).toEqual([]);
  });
});
