import { reportValidationIssue } from "../../src/core/validate/validation-issues";
import { printedIssue } from "../../src/node/issue-report";

describe("printedIssue", () => {
  const issue = reportValidationIssue(
    "data_unit_unknown",
    { unit: "9999" },
    { sheet: "Data", row: 6, column: 0, unit: "9999" }
  );

  it("gives the code, the place with its cell, the parameters and the message in the language asked for", () => {
    expect(printedIssue(issue, "nb")).toEqual({
      code: "data_unit_unknown",
      severity: "error",
      file: null,
      sheet: "Data",
      cell: "Data!A7",
      message: "Enheten «9999» står ikke i arket Enheter. Legg den til der eller rett koden.",
      parameters: { unit: "9999" },
      unit: "9999",
      indicator: null,
      year: null,
      value: null,
    });
  });

  it("names the workbook before the message when the issue lies in one of several", () => {
    expect(printedIssue({ ...issue, file: "a.xlsx" }, "en")).toMatchObject({
      file: "a.xlsx",
      message:
        'a.xlsx: The unit "9999" is not in the Enheter sheet. Add it there or correct the code.',
    });
  });
});
