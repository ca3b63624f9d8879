import type { Issue } from "../../../src/core/model";
import { groupIssues } from "../../../src/core/validate";

function issue(code: string, severity: Issue["severity"], extra: Partial<Issue> = {}): Issue {
  return { code, severity, parameters: {}, ...extra };
}

describe("groupIssues", () => {
  it("groups by sheet, indicator and code and puts errors before warnings", () => {
    const groups = groupIssues([
      issue("value_outlier", "warning", { sheet: "Data", indicator: "A" }),
      issue("value_outlier", "warning", { sheet: "Data", indicator: "B" }),
      issue("value_not_number", "error", { sheet: "Data", indicator: "A" }),
      issue("value_outlier", "warning", { sheet: "Data", indicator: "A" }),
    ]);
    expect(groups.map((group) => [group.code, group.indicator, group.issues.length])).toEqual([
      ["value_not_number", "A", 1],
      ["value_outlier", "A", 2],
      ["value_outlier", "B", 1],
    ]);
  });

  it("lists the worst issues by magnitude first, ties in the order found", () => {
    const issues = [1, 5, 3, 5].map((magnitude, position) =>
      issue("value_jump", "warning", { indicator: "A", magnitude, cell: `Data!D${position + 2}` })
    );
    const [group] = groupIssues(issues, 3);
    expect(group?.worst.map((found) => found.cell)).toEqual(["Data!D3", "Data!D5", "Data!D4"]);
    expect(group?.issues).toHaveLength(4);
  });
});
