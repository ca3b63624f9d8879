import { engineIssueCatalogue } from "../../../src/core/steps/engine-issues";
import { timeIssueCatalogue } from "../../../src/core/time/time-issues";
import { validationIssues } from "../../../src/core/validate/validation-issues";
import * as time from "../../../src/core/time";

describe("the time layer's issue catalogue", () => {
  it("has a message in bokmål and English for every code", () => {
    for (const [code, definition] of Object.entries(timeIssueCatalogue)) {
      const parameters = {
        years: 2,
        values: 3,
        text: "x",
        year: 2020,
        needed: 2,
        present: 1,
        name: "target",
        baseYear: 2015,
        value: 1.5,
        target: 50,
        baseline: 40,
        targetYear: 2030,
        baselineYear: 2015,
        setting: "onTrackShare",
        expected: { nb: "et tall", en: "a number" },
        unitCode: "0301",
        id: "co2",
        indicatorId: "co2",
        method: "zscore",
      };
      const definitionOf = definition as { nb: (p: object) => string; en: (p: object) => string };
      expect(definitionOf.nb(parameters)).not.toMatch(/(?<!(is|or) )undefined|NaN/);
      expect(definitionOf.en(parameters)).not.toMatch(/(?<!(is|or) )undefined|NaN/);
      expect(code).toMatch(/^[a-z_]+$/);
    }
  });

  it("shares no code with the engine's or the validator's catalogue", () => {
    const others = new Set([
      ...Object.keys(engineIssueCatalogue),
      ...Object.keys(validationIssues),
    ]);
    expect(Object.keys(timeIssueCatalogue).filter((code) => others.has(code))).toEqual([]);
  });

  it("is reachable through the time layer's index with the functions the faces need", () => {
    for (const name of [
      "indexToBaseYear",
      "annualChanges",
      "changeSinceBaseYear",
      "compoundAnnualGrowthRate",
      "linearTrend",
      "progressTowardsTarget",
      "onTrackRating",
      "projectedValue",
      "targetReachYear",
      "rankChangesOf",
      "decomposeScoreChange",
      "changeOverTime",
      "valueOrReason",
    ])
      expect(typeof (time as Record<string, unknown>)[name]).toBe("function");
    expect(time.valueOrReason(time.linearTrend({ years: [], values: [] }))).toMatchObject({
      code: "too_few_points",
    });
  });
});
