import { validateWorkbook } from "../../../src/core/validate";
import { columnOf, describeChecks, exampleWorkbook, issuesOf, sheetOf } from "./workbook-grids";

describeChecks([
  {
    problem: "a workbook without the Enheter sheet",
    code: "sheet_missing",
    trigger: (workbook) => void workbook.splice(workbook.indexOf(sheetOf(workbook, "Enheter")), 1),
    expected: { severity: "error", sheet: "Enheter" },
    fine: "the sheet named by its English alias in another case",
    nearMiss: (workbook) => void (sheetOf(workbook, "Enheter").name = " UNITS "),
  },
  {
    problem: "a workbook without a Metode sheet",
    code: "optional_sheet_missing",
    trigger: (workbook) => void workbook.splice(workbook.indexOf(sheetOf(workbook, "Metode")), 1),
    expected: { severity: "info", sheet: "Metode" },
    fine: "a Metode sheet with only its headers",
    nearMiss: (workbook) => void (sheetOf(workbook, "Metode").values.length = 1),
  },
  {
    problem: "a Data sheet whose first rows hold no template header",
    code: "header_not_found",
    trigger: (workbook) => {
      const data = sheetOf(workbook, "Data");
      data.values = [["Tabell 1"], ["a", "b"], ...data.values.slice(1)];
    },
    expected: { severity: "error", sheet: "Data" },
    fine: "a title row and a blank row above the header row",
    nearMiss: (workbook) => {
      const data = sheetOf(workbook, "Data");
      data.values = [["Klimadata for pilotene"], [], ...data.values];
    },
  },
  {
    problem: "a Data sheet without its Verdi header",
    code: "column_missing",
    trigger: (workbook) => {
      const data = sheetOf(workbook, "Data");
      (data.values[0] ?? [])[columnOf(data, "Verdi")] = null;
    },
    expected: { severity: "error", sheet: "Data", row: 0 },
    fine: "the Verdi header written as its English alias with spaces and capitals",
    nearMiss: (workbook) => {
      const data = sheetOf(workbook, "Data");
      (data.values[0] ?? [])[columnOf(data, "Verdi")] = " VALUE ";
    },
  },
  {
    problem: "a second Verdi column",
    code: "column_duplicate",
    trigger: (workbook) => void sheetOf(workbook, "Data").values[0]?.push("verdi"),
    expected: { severity: "error", sheet: "Data", row: 0, column: 7 },
    fine: "columns in another order",
    nearMiss: (workbook) => {
      const data = sheetOf(workbook, "Data");
      data.values = data.values.map((row) => [...row].reverse());
    },
  },
  {
    problem: "a column the template does not know",
    code: "column_unknown",
    trigger: (workbook) => void sheetOf(workbook, "Data").values[0]?.push("Notat"),
    expected: { severity: "info", sheet: "Data", row: 0, column: 7, value: "Notat" },
    fine: "an extra column without a header",
    nearMiss: (workbook) => void sheetOf(workbook, "Data").values[1]?.push("a note"),
  },
  {
    problem: "a Data sheet with only its header row",
    code: "sheet_empty",
    trigger: (workbook) => void (sheetOf(workbook, "Data").values.length = 1),
    expected: { severity: "warning", sheet: "Data", row: 0 },
    fine: "a Data sheet followed by empty trailing rows",
    nearMiss: (workbook) => void sheetOf(workbook, "Data").values.push([], [null, ""], ["  "]),
  },
]);

describe("reading tables", () => {
  it("ignores empty trailing rows and ragged rows", () => {
    const workbook = exampleWorkbook();
    sheetOf(workbook, "Data").values.push(
      [],
      [null, null, null, null, null, null, null, null, null]
    );
    const validation = validateWorkbook(workbook);
    expect(validation.summary.canScore).toBe(true);
    expect(validation.content.observations).toHaveLength(840);
  });

  it("finds sheets whatever the order and case of their names", () => {
    const workbook = exampleWorkbook().reverse();
    for (const sheet of workbook) sheet.name = sheet.name.toUpperCase();
    expect(issuesOf(workbook).filter((issue) => issue.severity !== "info")).toEqual([]);
  });
});
