import { readMeasures } from "../../../src/core/analysis";
import {
  exampleMeasures,
  exampleObservations,
  pilotUnits,
  templateWorkbook,
} from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validate";
import { messageIn } from "../../../src/core/issues";

describe("the template workbook", () => {
  it("validates the example template with no errors and no warnings", () => {
    const validation = validateWorkbook(templateWorkbook(true));
    const problems = validation.issues.filter((issue) => issue.severity !== "info");
    expect(problems.map((issue) => `${issue.code}: ${messageIn(issue, "en")}`)).toEqual([]);
    expect(validation.summary.canScore).toBe(true);
    expect(validation.content.units).toHaveLength(6);
    expect(validation.content.framework.indicators).toHaveLength(32);
  });

  it("reads every example observation back as it was written", () => {
    const validation = validateWorkbook(templateWorkbook(true));
    expect(validation.content.observations).toEqual(exampleObservations);
  });

  it("reports full coverage for the example data", () => {
    const validation = validateWorkbook(templateWorkbook(true));
    expect(validation.coverage?.missing).toEqual([]);
    expect(validation.coverage?.years).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it("gives the template without example data the six pilot units and reports only its empty Data sheet", () => {
    const validation = validateWorkbook(templateWorkbook(false));
    expect(validation.content.units.map((unit) => unit.code)).toEqual(
      pilotUnits.map((unit) => unit.code)
    );
    expect(validation.issues.map((issue) => [issue.code, issue.severity, issue.sheet])).toEqual([
      ["sheet_empty", "warning", "Data"],
    ]);
  });

  it.each([true, false])(
    "reads the template's Tiltak sheet (with example data: %s) with no issue and adds none to validation",
    (withExampleData) => {
      const workbook = templateWorkbook(withExampleData);
      const validation = validateWorkbook(workbook);
      const withoutMeasures = validateWorkbook(workbook.filter((sheet) => sheet.name !== "Tiltak"));
      expect(validation.issues).toEqual(withoutMeasures.issues);
      const measures = readMeasures(workbook, validation.content);
      expect(measures).toMatchObject({ present: true, issues: [] });
      expect(measures.measures.map((measure) => [measure.unitCode, measure.indicatorId])).toEqual(
        withExampleData ? exampleMeasures.map(([unit, indicator]) => [unit, indicator]) : []
      );
    }
  );
});
