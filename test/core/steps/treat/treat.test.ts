import { treat } from "../../../../src/core/steps/treat/treat";
import { checkShape, logTransform, treatColumn } from "../../../../src/core/steps/treat/winsorise";
import { NA, datasetOf, flatFramework, indicator, plain } from "../support";

const spread = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe("outlier treatment kernel", () => {
  it("leaves a column that passes untouched", () => {
    const outcome = treatColumn(Float64Array.from(spread));
    expect(outcome.before.passes).toBe(true);
    expect(plain(outcome.values)).toEqual(spread);
  });
  it("winsorises the high outlier to the next-highest value", () => {
    const outcome = treatColumn(Float64Array.from([...spread, 100]));
    expect(outcome.before.passes).toBe(false);
    expect(outcome.after.passes).toBe(true);
    expect(outcome.winsorisedPoints).toBe(1);
    expect(plain(outcome.values)).toEqual([...spread, 12]);
  });
  it("winsorises the low side when the skew is negative, and skips missing values", () => {
    const outcome = treatColumn(Float64Array.from([-100, NA, ...spread]));
    expect(plain(outcome.values)).toEqual([1, null, ...spread]);
  });
  it("falls back to COINr's log transform of the original column when winmax is reached", () => {
    const twenty = Array.from({ length: 20 }, (_, index) => index + 1);
    const values = Float64Array.from([...twenty, 1000, 2000, 4000]);
    const outcome = treatColumn(values, { winmax: 1, skewThreshold: 2, kurtosisThreshold: 3.5 });
    expect(outcome.logTransformed).toBe(true);
    expect(plain(outcome.values)).toEqual(plain(logTransform(values)));
    expect(outcome.values[0]).toBe(Math.log(0 + 0.01 * 3999));
  });
  it("checks |skew| < 2 or kurtosis < 3.5", () => {
    expect(checkShape(Float64Array.from(spread)).passes).toBe(true);
    expect(checkShape(Float64Array.from([...spread, 100])).passes).toBe(false);
  });
});

describe("treat step", () => {
  it("records each capped point with its value before and after", () => {
    const rows = [...spread, 100].map((_, index) => ({ unit: `U${index}` }));
    const dataset = datasetOf(rows, { x: [...spread, 100] });
    const { details, dataset: output } = treat(dataset, flatFramework([indicator("x")]), {
      method: "winsorise",
    });
    expect(details.points).toEqual([
      { unitCode: "U12", indicatorId: "x", before: 100, after: 12, how: "winsorised_high" },
    ]);
    expect(output.columns[0]?.[12]).toBe(12);
  });
  it("reports too few values instead of failing", () => {
    const dataset = datasetOf([{ unit: "A" }, { unit: "B" }], { x: [1, 50] });
    const { issues } = treat(dataset, flatFramework([indicator("x")]), { method: "winsorise" });
    expect(issues.map((issue) => issue.code)).toEqual(["too_few_values"]);
  });
  it("treats each year by itself unless normalisation pools the years", () => {
    const rows = [...spread, 100].flatMap((_, index) => [
      { unit: `U${index}`, year: 2020 },
      { unit: `U${index}`, year: 2021 },
    ]);
    const values = [...spread, 100].flatMap((value) => [value, value * 2]);
    const dataset = datasetOf(rows, { x: values });
    const perYear = treat(dataset, flatFramework([indicator("x")]), { method: "winsorise" });
    expect(perYear.details.columns.map((column) => column.year)).toEqual([2020, 2021]);
    const pooled = treat(
      dataset,
      flatFramework([indicator("x")]),
      { method: "winsorise" },
      { pooled: true }
    );
    expect(pooled.details.columns.map((column) => column.year)).toEqual([undefined]);
  });
  it("fixes the caps once for the whole series when pooled, so a year's cap can come from another year", () => {
    // 2020: 1..12 and an outlier 100; 2021: 1..12 and 13. Per year, 100 is capped at 2020's next-highest
    // value, 12, and 2021 passes; pooled, the series' next-highest value is 2021's 13.
    const years = [2020, 2021];
    const rows = years.flatMap((year) =>
      [...spread, 0].map((_, index) => ({ unit: `U${index}`, year }))
    );
    const dataset = datasetOf(rows, { x: [...spread, 100, ...spread, 13] });
    const framework = flatFramework([indicator("x")]);
    const outlier = 12;
    const perYear = treat(dataset, framework, { method: "winsorise" });
    expect(perYear.dataset.columns[0]?.[outlier]).toBe(12);
    const pooled = treat(dataset, framework, { method: "winsorise" }, { pooled: true });
    expect(pooled.dataset.columns[0]?.[outlier]).toBe(13);
    expect(pooled.details.points).toEqual([
      {
        unitCode: "U12",
        indicatorId: "x",
        before: 100,
        after: 13,
        how: "winsorised_high",
        year: 2020,
      },
    ]);
    expect(plain(pooled.dataset.columns[0] ?? new Float64Array())).toEqual([
      ...spread,
      13,
      ...spread,
      13,
    ]);
  });
});
