import { mergeWorkbooks } from "../../../src/core/merge";
import type { WorkbookContent } from "../../../src/core/validate";
import { smallContent, smallValidation } from "../benchmark/small-workbook";
import { messageIn } from "../../../src/core/issues";

const content = smallValidation().content;
const only = (unitCode: string): WorkbookContent => ({
  ...content,
  units: content.units.filter((unit) => unit.code === unitCode),
  observations: content.observations.filter((observation) => observation.unitCode === unitCode),
  observationRows: content.observations.flatMap((observation, index) =>
    observation.unitCode === unitCode ? [content.observationRows[index] as number] : []
  ),
});

describe("mergeWorkbooks", () => {
  it("combines partners' units and data under the first workbook's catalogue and method", () => {
    const merged = mergeWorkbooks([
      { file: "a.xlsx", content: only("0301") },
      { file: "b.xlsx", content: only("4601") },
    ]);
    expect(merged.combinable).toBe(true);
    expect(merged.issues).toEqual([]);
    expect(merged.content.units.map((unit) => unit.code)).toEqual(["0301", "4601"]);
    expect(merged.content.observations).toHaveLength(16);
    expect(merged.content.settings).toBe(content.settings);
  });

  it("keeps a row repeated with the same value once and says so", () => {
    const merged = mergeWorkbooks([
      { file: "a.xlsx", content },
      { file: "b.xlsx", content: only("0301") },
    ]);
    expect(merged.content.observations).toHaveLength(content.observations.length);
    expect(merged.issues.map((issue) => [issue.code, messageIn(issue, "en")])).toEqual([
      [
        "identical_rows_merged",
        '8 rows of "b.xlsx" were already present with the same value and are kept once.',
      ],
    ]);
  });

  it("reports a conflict with every file and row, and keeps all its rows", () => {
    const changed: WorkbookContent = {
      ...content,
      observations: content.observations.map((observation, index) =>
        index === 0 ? { ...observation, value: 99 } : observation
      ),
    };
    const merged = mergeWorkbooks([
      { file: "a.xlsx", content },
      { file: "b.xlsx", content: changed },
    ]);
    const conflict = merged.issues.find((issue) => issue.code === "value_conflict");
    const first = smallContent.observations[0];
    expect(conflict).toMatchObject({
      severity: "error",
      unit: first?.unitCode,
      year: first?.year,
      indicator: first?.indicatorId,
    });
    expect(conflict && messageIn(conflict, "en")).toBe(
      `Different values for 0301, 2021, I1: 30 ("a.xlsx" Data row 2), 99 ("b.xlsx" Data row 2). All rows are kept; delete the wrong ones.`
    );
    expect(merged.content.observations).toHaveLength(content.observations.length + 1);
  });

  it("refuses workbooks whose catalogues differ, naming the indicator", () => {
    const other: WorkbookContent = {
      ...content,
      framework: {
        ...content.framework,
        indicators: content.framework.indicators.map((indicator) =>
          indicator.id === "I2" ? { ...indicator, direction: 1 as const } : indicator
        ),
      },
    };
    const merged = mergeWorkbooks([
      { file: "a.xlsx", content },
      { file: "b.xlsx", content: other },
    ]);
    expect(merged.combinable).toBe(false);
    const catalogueIssues = merged.issues.filter((issue) => issue.severity === "error");
    expect(catalogueIssues.map((issue) => [issue.code, issue.indicator])).toEqual([
      ["catalogue_mismatch", "I2"],
    ]);
  });

  it("warns when a unit code has another name in a later workbook and keeps the first", () => {
    const renamed: WorkbookContent = {
      ...only("0301"),
      units: [{ code: "0301", name: "Oslo", level: "kommune", peerGroup: "g1" }],
    };
    const merged = mergeWorkbooks([
      { file: "a.xlsx", content },
      { file: "b.xlsx", content: renamed },
    ]);
    expect(merged.issues.map((issue) => issue.code)).toContain("unit_mismatch");
    expect(merged.content.units[0]?.name).toBe("Kommune 1");
  });
});
