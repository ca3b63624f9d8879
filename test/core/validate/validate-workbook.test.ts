import fc from "fast-check";
import { validateWorkbook, type SheetGrid } from "../../../src/core/validate";
import { exampleWorkbook } from "./workbook-grids";
import { messageIn } from "../../../src/core/issues";

const words = [
  "Indikatorer",
  "Enheter",
  "Data",
  "Dimensjoner",
  "Metode",
  "Units",
  "Id",
  "Navn",
  "Kode",
  "Enhet",
  "År",
  "Indikator",
  "Verdi",
  "Kvalitet",
  "Innstilling",
  "Dimensjon",
  "Retning",
  "Vekt",
  "Overordnet",
  "Nivå",
  "Nedre",
  "Øvre",
  "GHG_TOTAL",
  "5001",
  "0301",
  "301",
  "50",
  "1601",
  "kommune",
  "fylke",
  "høyere",
  "lavere er bedre",
  "..",
  ":",
  "-",
  "12,5",
  "1 234",
  "40 %",
  "#N/A",
  "Normalisering",
  "Dekningsgrense",
];

const cell = fc.oneof(
  fc.constantFrom(...words),
  fc.string(),
  fc.string({ minLength: 300, maxLength: 3000 }),
  fc.integer({ min: -5, max: 6000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(""),
  fc.constantFrom("#DIV/0!", "#REF!", "#N/A")
);

const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.oneof(
    fc.constantFrom(
      "Indikatorer",
      "Dimensjoner",
      "Enheter",
      "Data",
      "Metode",
      "data",
      "Method",
      "Ark1"
    ),
    fc.string()
  ),
  values: fc.array(fc.oneof(fc.array(cell, { maxLength: 9 }), fc.constant(undefined)), {
    maxLength: 25,
  }),
});

/** An example workbook with random cells overwritten, so that checks deep in the data run too. */
const damagedExample = fc
  .array(fc.tuple(fc.nat(4), fc.nat(840), fc.nat(13), cell), { maxLength: 40 })
  .map((edits) => {
    const workbook = exampleWorkbook();
    for (const [sheet, row, column, value] of edits) {
      const cells = workbook[sheet]?.values[row % (workbook[sheet]?.values.length ?? 1)];
      if (cells !== undefined) cells[column] = value;
    }
    return workbook as SheetGrid[];
  });

function widthOf(sheet: SheetGrid): number {
  return Math.max(0, ...sheet.values.map((row) => row?.length ?? 0));
}

function expectPlacesInside(grids: readonly SheetGrid[]): void {
  const validation = validateWorkbook(grids);
  expect(Array.isArray(validation.issues)).toBe(true);
  for (const issue of validation.issues) {
    expect(issue.code).not.toBe("validation_failed");
    if (issue.row === undefined && issue.column === undefined) continue;
    const sheet = grids.find((candidate) => candidate.name === issue.sheet);
    expect(sheet).toBeDefined();
    if (sheet === undefined) continue;
    if (issue.row !== undefined) expect(issue.row).toBeLessThan(sheet.values.length);
    if (issue.column !== undefined) expect(issue.column).toBeLessThan(widthOf(sheet));
  }
}

describe("validateWorkbook", () => {
  it("never throws and places every issue inside the grids it was given", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 6 }), (grids) => expectPlacesInside(grids)),
      { numRuns: 300 }
    );
  });

  it("never throws on a damaged example and places every issue inside its grids", () => {
    fc.assert(
      fc.property(damagedExample, (grids) => expectPlacesInside(grids)),
      { numRuns: 60 }
    );
  });

  it("never changes its input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(grid, { maxLength: 6 }), damagedExample), (grids) => {
        const before = structuredClone(grids);
        validateWorkbook(grids);
        expect(grids).toEqual(before);
      }),
      { numRuns: 60 }
    );
  });

  it("reads a Data sheet of a million rows, most of them empty, without failing", () => {
    const workbook = exampleWorkbook();
    const data = workbook.find((sheet) => sheet.name === "Data");
    if (data === undefined) throw new Error("no Data sheet");
    data.values.length = 1_000_000;
    data.values[999_999] = ["5001", 2024, "EV_SHARE_FLEET", 41];
    const validation = validateWorkbook(workbook);
    expect(validation.summary.canScore).toBe(true);
    expect(validation.content.observationRows.at(-1)).toBe(999_999);
  });

  it("reports validation_failed instead of throwing when reading a grid itself throws", () => {
    const exploding = new Proxy([], {
      get: () => {
        throw new Error("the grid broke");
      },
    });
    const validation = validateWorkbook([{ name: "Data", values: exploding }]);
    expect(validation.issues.map((issue) => [issue.code, messageIn(issue, "en")])).toContainEqual([
      "validation_failed",
      "Validation stopped unexpectedly (the grid broke). Please report this with the workbook attached.",
    ]);
    expect(validation.summary.canScore).toBe(false);
  });

  it("summarises the issues by severity and by code", () => {
    const withoutMethod = exampleWorkbook().filter((sheet) => sheet.name !== "Metode");
    const { summary } = validateWorkbook(withoutMethod);
    expect(summary).toEqual({
      bySeverity: { error: 0, warning: 0, info: 2 },
      byCode: { optional_sheet_missing: 1, coverage_summary: 1 },
      canScore: true,
    });
  });
});
