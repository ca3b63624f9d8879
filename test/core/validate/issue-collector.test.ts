import type { Issue } from "../../../src/core/model";
import {
  groupIssues,
  IssueCollector,
  keptIssuesPerColumn,
  notListedIn,
  summarise,
  validateWorkbook,
} from "../../../src/core/validate";
import { pushCellIssue } from "../../../src/core/validate/issue-collector";
import { reportValidationIssue } from "../../../src/core/validate/validation-issues";
import { appendRow, columnOf, exampleWorkbook, sheetOf } from "./workbook-grids";

function notANumber(row: number, column = 3): Issue {
  return reportValidationIssue(
    "value_not_number",
    { value: "x" },
    { sheet: "Data", row, column, value: "x" }
  );
}

describe("IssueCollector", () => {
  it("keeps the first issues of a code in a column and counts the rest at the first one not kept", () => {
    const collector = new IssueCollector();
    for (let row = 1; row <= keptIssuesPerColumn + 250; row++) collector.push(notANumber(row));
    const issues = collector.issues();
    expect(issues).toHaveLength(keptIssuesPerColumn + 1);
    expect(issues.slice(0, -1)).toEqual(
      Array.from({ length: keptIssuesPerColumn }, (_, index) => notANumber(index + 1))
    );
    expect(issues.at(-1)).toEqual({
      code: "issues_not_listed",
      severity: "error",
      parameters: { code: "value_not_number", count: 250 },
      sheet: "Data",
      row: keptIssuesPerColumn + 1,
      column: 3,
    });
  });

  it("keeps issues of other codes, columns, sheets and severities apart, and every one below the limit", () => {
    const collector = new IssueCollector();
    const others: Issue[] = [
      notANumber(1, 4),
      { ...notANumber(1), sheet: "Data2" },
      { ...notANumber(1), severity: "warning" },
      reportValidationIssue(
        "year_invalid",
        { value: "x", earliest: 1950, latest: 2100 },
        {
          sheet: "Data",
          row: 1,
          column: 3,
        }
      ),
    ];
    for (let row = 1; row <= keptIssuesPerColumn; row++) collector.push(notANumber(row));
    for (const issue of others) collector.push(issue);
    const issues = collector.issues();
    expect(issues).toHaveLength(keptIssuesPerColumn + others.length);
    expect(issues.filter((issue) => notListedIn(issue) !== undefined)).toEqual([]);
  });

  it("gives counts of every issue found in the summary and in the groups", () => {
    const collector = new IssueCollector();
    for (let row = 1; row <= 3 * keptIssuesPerColumn; row++) collector.push(notANumber(row));
    const issues = collector.issues();
    const summary = summarise(issues);
    expect(summary.bySeverity).toEqual({ error: 3 * keptIssuesPerColumn, warning: 0, info: 0 });
    expect(summary.byCode).toEqual({ value_not_number: 3 * keptIssuesPerColumn });
    const groups = groupIssues(issues);
    expect(groups.map(({ code, count }) => ({ code, count }))).toEqual([
      { code: "value_not_number", count: 3 * keptIssuesPerColumn },
    ]);
  });
});

describe("pushCellIssue", () => {
  it("builds issues until the column's first one not kept, then only counts them, with the same result as pushing them all", () => {
    const asked = new IssueCollector();
    const pushed = new IssueCollector();
    const builds: number[] = [];
    const total = keptIssuesPerColumn + 250;
    for (let row = 1; row <= total; row++) {
      pushCellIssue(asked, "value_not_number", "Data", 3, () => {
        builds.push(row);
        return notANumber(row);
      });
      pushed.push(notANumber(row));
    }
    expect(builds).toEqual(
      Array.from({ length: keptIssuesPerColumn + 1 }, (_, index) => index + 1)
    );
    expect(asked.issues()).toEqual(pushed.issues());
  });

  it("counts only in the column asked about, and builds every issue for a list without a limit", () => {
    const collector = new IssueCollector();
    for (let row = 1; row <= keptIssuesPerColumn + 1; row++) collector.push(notANumber(row));
    expect(collector.countsOnly("value_not_number", "Data", 3)).toBe(true);
    expect(collector.countsOnly("value_not_number", "Data", 4)).toBe(false);
    expect(collector.countsOnly("year_invalid", "Data", 3)).toBe(false);
    const list: Issue[] = [];
    for (let row = 1; row <= keptIssuesPerColumn + 5; row++)
      pushCellIssue(list, "value_not_number", "Data", 3, () => notANumber(row));
    expect(list).toHaveLength(keptIssuesPerColumn + 5);
  });
});

describe("validateWorkbook with a column typed wrong in every row", () => {
  it("lists the first values that are no numbers, counts them all, and says where the rest begin", () => {
    const workbook = exampleWorkbook();
    const data = sheetOf(workbook, "Data");
    const valueColumn = columnOf(data, "Verdi");
    const rows = data.values.length - 1;
    for (const row of data.values.slice(1)) row[valueColumn] = "x";
    const extra = keptIssuesPerColumn + 500 - rows;
    for (let index = 0; index < extra; index++)
      appendRow(workbook, "Data", { Enhet: "0301", År: 2023, Indikator: "x", Verdi: "x" });
    const validation = validateWorkbook(workbook);
    const total = keptIssuesPerColumn + 500;
    expect(validation.summary.byCode.value_not_number).toBe(total);
    const notNumbers = validation.issues.filter((issue) => issue.code === "value_not_number");
    expect(notNumbers).toHaveLength(keptIssuesPerColumn);
    const counted = validation.issues.filter(
      (issue) => notListedIn(issue)?.code === "value_not_number"
    );
    expect(counted).toEqual([
      expect.objectContaining({
        code: "issues_not_listed",
        severity: "error",
        parameters: { code: "value_not_number", count: 500 },
        sheet: "Data",
        column: valueColumn,
        row: (notNumbers.at(-1)?.row ?? 0) + 1,
      }),
    ]);
  });
});
