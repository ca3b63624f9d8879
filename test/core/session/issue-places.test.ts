import type { Issue } from "../../../src/core/issues";
import { placeIssues } from "../../../src/core/session";
import type { WorkbookGrids } from "../../../src/core/validate";

function issue(place: Partial<Issue>): Issue {
  return { code: "some_code", severity: "error", parameters: {}, ...place };
}

const atA1: WorkbookGrids = [{ name: "Data", values: [] }];
/** A grid that starts where the used range starts, as Office.js gives it: at C5. */
const atC5: WorkbookGrids = [{ name: "Data", values: [], origin: { row: 4, column: 2 } }];

describe("placeIssues", () => {
  it("names a cell by its grid position plus the grid's origin", () => {
    const found = issue({ sheet: "Data", row: 16, column: 3 });
    expect(placeIssues([found], atA1)[0]?.cell).toBe("Data!D17");
    expect(placeIssues([found], atC5)[0]?.cell).toBe("Data!F21");
  });

  it("names a whole row when the issue has no column", () => {
    expect(placeIssues([issue({ sheet: "Data", row: 2 })], atC5)[0]?.cell).toBe("Data!7:7");
  });

  it("places an issue about the whole sheet at its A1, wherever the grid starts", () => {
    expect(placeIssues([issue({ sheet: "Data" })], atA1)[0]?.cell).toBe("Data!A1");
    expect(placeIssues([issue({ sheet: "Data" })], atC5)[0]?.cell).toBe("Data!A1");
  });

  it("leaves without a cell an issue on a sheet the workbook lacks, or on no sheet", () => {
    const placed = placeIssues([issue({ sheet: "Metode" }), issue({ unit: "0301" })], atA1);
    expect(placed.map((each) => each.cell)).toEqual([undefined, undefined]);
  });

  it("keeps a cell the issue already names", () => {
    const named = issue({ sheet: "Data", row: 1, column: 1, cell: "Data!Z9" });
    expect(placeIssues([named], atC5)[0]?.cell).toBe("Data!Z9");
  });
});
