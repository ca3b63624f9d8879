import { datasetFromObservations } from "../../../src/core/data/observations";
import { failure, ok, type Result } from "../../../src/core/model/issue";
import { linearTrend } from "../../../src/core/time";
import { reportTimeIssue } from "../../../src/core/time/time-issues";

describe("Result, the model's one result type", () => {
  const tooFew = reportTimeIssue("too_few_points", { needed: 2, present: 1 });

  it("is a value with the issues met on the way, or the issues that stopped it", () => {
    const results: Result<number>[] = [ok(3), ok(4, [tooFew]), failure(tooFew)];
    expect(results.map((result) => (result.ok ? result.value : result.issues[0].code))).toEqual([
      3,
      4,
      "too_few_points",
    ]);
    expect(results.map((result) => result.issues.length)).toEqual([0, 1, 1]);
  });

  it("carries a measure of change's reason as the one issue of its failure", () => {
    expect(linearTrend({ years: [2020], values: [1] })).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ code: "too_few_points", parameters: { needed: 2, present: 1 } }),
      ],
    });
    expect(linearTrend({ years: [2020, 2021], values: [1, 3] })).toMatchObject({
      ok: true,
      value: { slope: 2 },
      issues: [],
    });
  });

  it("carries a loader's value with the issues it worked around", () => {
    const loaded = datasetFromObservations(
      { indicators: [], aggregates: [] },
      [],
      [{ unitCode: "9999", indicatorId: "X", year: 2023, value: 1 }]
    );
    expect(loaded.ok).toBe(true);
    expect(loaded.value.columns).toEqual([]);
    expect(loaded.issues.length).toBeGreaterThan(0);
  });
});
