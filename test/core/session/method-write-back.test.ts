import { methodWriteBack } from "../../../src/core/session";
import type { SheetGrid, WorkbookGrids } from "../../../src/core/validate";

/** A Metode sheet whose table starts at B3 of the sheet (origin row 2, column 1). */
const metode: SheetGrid = {
  name: "Metode",
  origin: { row: 2, column: 1 },
  values: [
    ["Innstilling", "Verdi"],
    ["Normalisering", "min-maks"],
    ["Dekningsgrense", 0.6],
  ],
};
const grids: WorkbookGrids = [metode];

describe("methodWriteBack", () => {
  it("replaces the Verdi cell of a setting the sheet has, in its row on the sheet", () => {
    expect(methodWriteBack(grids, { normalisation: "z-skår" })).toEqual({
      sheetName: "Metode",
      cells: [{ position: { row: 3, column: 2 }, value: "z-skår" }],
    });
  });

  it("adds a row below the last for each setting the sheet lacks, with its bokmål name", () => {
    const writeBack = methodWriteBack(grids, { aggregation: "geometrisk", baseYear: "2015" });
    expect(writeBack?.cells).toEqual([
      { position: { row: 5, column: 1 }, value: "Aggregering" },
      { position: { row: 5, column: 2 }, value: "geometrisk" },
      { position: { row: 6, column: 1 }, value: "Basisår" },
      { position: { row: 6, column: 2 }, value: "2015" },
    ]);
  });

  it("plans nothing when there is no Metode sheet with Innstilling and Verdi", () => {
    expect(methodWriteBack([], { normalisation: "z-skår" })).toBeUndefined();
    const withoutValue: SheetGrid = { name: "Metode", values: [["Innstilling"]] };
    expect(methodWriteBack([withoutValue], { normalisation: "z-skår" })).toBeUndefined();
  });
});
