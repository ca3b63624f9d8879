import { linearTrend, trendValueIn } from "../../../src/core/time/linear-trend";
import { reasonOf, seriesOf, valueOf } from "./support";

describe("linearTrend", () => {
  it("fits 1, 3, 5, 7 in 2018-2021 exactly: slope 2, intercept 1 - 2·2018 = -4035, r² 1", () => {
    const trend = valueOf(linearTrend(seriesOf({ 2018: 1, 2019: 3, 2020: 5, 2021: 7 })));
    expect(trend.slope).toBe(2);
    expect(trend.intercept).toBe(-4035);
    expect(trend.rSquared).toBe(1);
    expect(trend.pointCount).toBe(4);
    expect(trendValueIn(trend, 2030)).toBe(25);
  });

  it("fits 0, 2, 1 in years 0-2: t̄ = 1, x̄ = 1, slope = Σ(t-t̄)(x-x̄)/Σ(t-t̄)² = 1/2, intercept 0.5, r² = 1 - 1.5/2 = 0.25", () => {
    const trend = valueOf(linearTrend(seriesOf({ 0: 0, 1: 2, 2: 1 })));
    expect(trend.slope).toBe(0.5);
    expect(trend.intercept).toBe(0.5);
    expect(trend.rSquared).toBeCloseTo(0.25, 14);
  });

  it("skips missing years: 1 in 2018 and 5 in 2020 give slope (5 - 1)/2 = 2", () => {
    const trend = valueOf(linearTrend(seriesOf({ 2018: 1, 2019: null, 2020: 5 })));
    expect(trend.slope).toBe(2);
    expect(trend.firstYear).toBe(2018);
    expect(trend.lastYear).toBe(2020);
  });

  it("gives a flat series slope 0 and no r² (the variance is 0)", () => {
    const trend = valueOf(linearTrend(seriesOf({ 2018: 4, 2019: 4, 2020: 4 })));
    expect(trend.slope).toBe(0);
    expect(trend.rSquared).toBeNull();
  });

  it("needs two present values", () => {
    expect(reasonOf(linearTrend(seriesOf({ 2018: 4 })))).toBe("too_few_points");
    expect(reasonOf(linearTrend(seriesOf({})))).toBe("too_few_points");
  });
});
