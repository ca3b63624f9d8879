import { readWorkbook, ReadCancelledError, validateOpenWorkbook } from "../../src/excel";
import {
  fakeExcel,
  FakeWorkbook,
  payloadLimitBytes,
  templateInto,
  withDataRows,
} from "../support/fake-excel";
import { hostOf } from "./host";

describe("reading the template sheets", () => {
  it("reads every template sheet, Tiltak too, as a grid with its number formats", async () => {
    const fake = fakeExcel(templateInto());
    fake.workbook.addSheetWithRows("Notater", [["not a template sheet"]]);
    const { grids } = await readWorkbook(hostOf(fake));
    expect(grids.map((grid) => grid.name)).toEqual([
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "Tiltak",
    ]);
    const units = grids.find((grid) => grid.name === "Enheter");
    expect(units?.values[1]).toEqual(["5001", "Trondheim", "kommune", "storby"]);
    expect(units?.numberFormats?.[1]?.[0]).toBe("General");
  });

  it("finds sheets by their English alias, in any case", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheetWithRows("units", [
      ["Code", "Name"],
      ["0301", "Oslo"],
    ]);
    const { grids } = await readWorkbook(hostOf(fakeExcel(workbook)));
    expect(grids.map((grid) => grid.name)).toEqual(["units"]);
  });

  it("costs the same syncs for 100 and 100,000 Data rows but for one per 5 MB chunk", async () => {
    const small = fakeExcel(withDataRows(100));
    await readWorkbook(hostOf(small));
    const large = fakeExcel(withDataRows(100_000));
    const { grids } = await readWorkbook(hostOf(large));
    expect(grids.find((grid) => grid.name === "Data")?.values).toHaveLength(100_001);
    expect(small.recorder.syncCount).toBe(3);
    const chunks = large.recorder.syncCount - 2;
    expect(large.recorder.syncCount).toBe(small.recorder.syncCount + chunks - 1);
    const transferred = large.recorder.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    expect(chunks).toBeLessThanOrEqual(Math.ceil(transferred / (payloadLimitBytes * 0.5)));
    expect(large.recorder.largestResponseBytes).toBeLessThan(payloadLimitBytes);
  });

  it("splits a batch that Excel refuses as too large and reads it again in halves", async () => {
    const workbook = withDataRows(2000);
    const data = workbook.sheet("Data");
    for (let row = 1; row <= 2000; row++) data?.setValue(row, 6, "x".repeat(3000));
    const fake = fakeExcel(workbook);
    const { grids } = await readWorkbook(hostOf(fake));
    expect(grids.find((grid) => grid.name === "Data")?.values[2000]?.[6]).toHaveLength(3000);
    const refused = fake.recorder.syncs.filter((sync) => sync.responseBytes > payloadLimitBytes);
    expect(refused.length).toBeGreaterThan(0);
    expect(fake.recorder.syncs.at(-1)?.responseBytes).toBeLessThan(payloadLimitBytes);
  });

  it("anchors a grid where its used range starts, so issues get the cells a person sees", async () => {
    const workbook = templateInto();
    const data = workbook.sheet("Data");
    data?.setValue(16, 3, "tolv");
    const fake = fakeExcel(workbook);
    const { issues } = await validateOpenWorkbook(hostOf(fake));
    const cells = issues.map((issue) => issue.cell);
    expect(cells).toContain("Data!D17");
  });

  it("stops between chunks when cancelled", async () => {
    const controller = new AbortController();
    const fake = fakeExcel(withDataRows(100));
    controller.abort();
    await expect(readWorkbook(hostOf(fake), { signal: controller.signal })).rejects.toBeInstanceOf(
      ReadCancelledError
    );
  });

  it("changes no cell", async () => {
    const fake = fakeExcel(templateInto());
    const before = JSON.stringify(fake.workbook.sheets.map((sheet) => sheet.grid()));
    await validateOpenWorkbook(hostOf(fake));
    expect(JSON.stringify(fake.workbook.sheets.map((sheet) => sheet.grid()))).toBe(before);
  });
});
