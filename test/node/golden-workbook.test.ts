import { join } from "node:path";
import { validateWorkbook } from "../../src/core/validate";
import { printedIssue } from "../../src/node/issue-report";
import { readWorkbookGrids } from "../../src/node/workbook-grids";
import expected from "../fixtures/golden-workbook.expected.json";

const fixture = join(__dirname, "..", "fixtures", "golden-workbook.xlsx");
const byPlace = (
  a: { cell: string | null; code: string },
  b: { cell: string | null; code: string }
) => `${a.cell} ${a.code}`.localeCompare(`${b.cell} ${b.code}`);

describe("the golden workbook", () => {
  it("reports exactly its expected issues, each at its cell", async () => {
    const validation = validateWorkbook(await readWorkbookGrids(fixture));
    const found = validation.issues.map((issue) => {
      const { code, severity, cell, unit, indicator, year, value } = printedIssue(issue, "en");
      return { code, severity, cell, unit, indicator, year, value };
    });
    expect([...found].sort(byPlace)).toEqual([...expected].sort(byPlace));
  });

  it("holds at least one instance of every code that can appear beside the others", async () => {
    const validation = validateWorkbook(await readWorkbookGrids(fixture));
    const codes = new Set(validation.issues.map((issue) => issue.code));
    // issues_not_listed needs more than a thousand issues of one kind (test/core/validate/issue-collector.test.ts).
    const alone = [
      "sheet_missing",
      "optional_sheet_missing",
      "header_not_found",
      "sheet_empty",
      "validation_failed",
      "issues_not_listed",
    ];
    const { validationIssues } = await import("../../src/core/validate");
    expect(
      Object.keys(validationIssues).filter(
        (code) => !codes.has(code as never) && !alone.includes(code)
      )
    ).toEqual([]);
  });
});
