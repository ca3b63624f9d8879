import { reportValidationIssue } from "../../src/core/validate/validation-issues";
import { IssueCollector, keptIssuesPerColumn, summarise } from "../../src/core/validate";
import {
  issueReport,
  listedIssuesLimit,
  printedIssue,
  writeIssuesJson,
} from "../../src/node/issue-report";

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

describe("issueReport", () => {
  const issues = Array.from({ length: 3000 }, (_, row) =>
    reportValidationIssue(
      "data_unit_unknown",
      { unit: `99${row}` },
      { sheet: "Data", row, column: 0, unit: `99${row}` }
    )
  );

  it("lists at most listedIssuesLimit issues and counts the rest, with every issue in the totals", () => {
    const report = issueReport("stor.xlsx", issues, summarise(issues), "en");
    expect(report.split("\n").filter((line) => line.includes("data_unit_unknown:"))).toHaveLength(
      listedIssuesLimit
    );
    expect(report).toContain("… and 2,000 more issues (--json lists them)");
    expect(report).toContain("3000 errors, 0 warnings, 0 info.");
  });

  it("prints the issues counted but not listed after the list, with the totals of every issue", () => {
    const collector = new IssueCollector();
    for (const issue of issues) collector.push(issue);
    const collected = collector.issues();
    const report = issueReport("stor.xlsx", collected, summarise(collected), "en");
    const lines = report.split("\n");
    expect(lines.filter((line) => line.includes("data_unit_unknown:"))).toHaveLength(
      keptIssuesPerColumn
    );
    expect(report).not.toContain("more issues (--json lists them)");
    expect(lines.slice(lines.indexOf("Counted, not listed:"), -4)).toEqual([
      "Counted, not listed:",
      "  Data!A1001       error     issues_not_listed: 2,000 more issues of the kind data_unit_unknown in this column, from this cell down, are counted but not listed one by one. Fix those listed: the rest are likely the same mistake.",
    ]);
    expect(report).toContain("3000 errors, 0 warnings, 0 info.");
    expect(report).toContain("By code: data_unit_unknown 3000\n");
  });

  it("prints a unit's escape sequences as nothing, and its line breaks as spaces", () => {
    const hostile = reportValidationIssue(
      "data_unit_unknown",
      { unit: "\u001b[2J\u001b]0;eid\u0007Ny\nkommune" },
      { sheet: "Data", row: 1, column: 0 }
    );
    const report = issueReport("x.xlsx", [hostile], summarise([hostile]), "en");
    expect([...report].filter((character) => character < " " && character !== "\n")).toEqual([]);
    expect(report).toContain('The unit "Ny kommune"');
  });
});

describe("writeIssuesJson", () => {
  it("writes what JSON.stringify writes, in pieces", () => {
    const issues = Array.from({ length: 2500 }, (_, row) =>
      reportValidationIssue(
        "data_unit_unknown",
        { unit: "\u001b" },
        { sheet: "Data", row, column: 0 }
      )
    );
    const pieces: string[] = [];
    writeIssuesJson(issues, "nb", (text) => pieces.push(text));
    expect(pieces).toHaveLength(3);
    expect(pieces.join("")).toBe(
      `${JSON.stringify(
        issues.map((issue) => printedIssue(issue, "nb")),
        null,
        2
      )}\n`
    );
    const empty: string[] = [];
    writeIssuesJson([], "nb", (text) => empty.push(text));
    expect(empty.join("")).toBe("[]\n");
  });
});
