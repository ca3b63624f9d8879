import { decouplingOverTime } from "../../../src/core/analysis/decoupling-over-time";

describe("decouplingOverTime", () => {
  // Driver +10 % each year; pressure −5 % (e = −0.5), then +4 % (e = 0.4), then +13.2 % (e = 1.32).
  const series = {
    years: [2019, 2020, 2021, 2022],
    pressure: [1000, 950, 988, 1118.416],
    driver: [1000, 1100, 1210, 1331],
  };

  it("classifies each year-on-year step and counts the steps per degree", () => {
    const result = decouplingOverTime(series, 2019);
    expect(result.steps.map((step) => [step.startYear, step.endYear])).toEqual([
      [2019, 2020],
      [2020, 2021],
      [2021, 2022],
    ]);
    expect(result.steps.map((step) => (step.result.ok ? step.result.value.degree : null))).toEqual([
      "strong_decoupling",
      "weak_decoupling",
      "expansive_negative_decoupling",
    ]);
    expect(result.stepsPerDegree).toEqual({
      strong_decoupling: 1,
      weak_decoupling: 1,
      expansive_coupling: 0,
      expansive_negative_decoupling: 1,
      strong_negative_decoupling: 0,
      weak_negative_decoupling: 0,
      recessive_coupling: 0,
      recessive_decoupling: 0,
    });
  });

  it("classifies the whole period from the base year: pressure +11.8416 %, driver +33.1 %, e ≈ 0.3578", () => {
    const whole = decouplingOverTime(series, 2019).wholePeriod;
    if (!whole.ok) throw new Error(whole.issues[0].code);
    expect(whole.value.startYear).toBe(2019);
    expect(whole.value.endYear).toBe(2022);
    if (!whole.value.result.ok) throw new Error("no elasticity");
    expect(whole.value.result.value.elasticity).toBeCloseTo(0.118416 / 0.331, 12);
    expect(whole.value.result.value.degree).toBe("weak_decoupling");
  });

  it("steps over a year missing either value and starts the whole period at a later base year", () => {
    const gappy = {
      years: [2022, 2019, 2020, 2021],
      pressure: [1118.416, 1000, null, 988],
      driver: [1331, 1000, 1100, 1210],
    };
    const result = decouplingOverTime(gappy, 2021);
    expect(result.steps.map((step) => [step.startYear, step.endYear])).toEqual([
      [2019, 2021],
      [2021, 2022],
    ]);
    expect(result.wholePeriod.ok && result.wholePeriod.value.startYear).toBe(2021);
  });

  it("gives a reason when the base year lacks a value or no later year has both", () => {
    const noBase = decouplingOverTime(series, 2018).wholePeriod;
    expect(noBase.ok ? undefined : noBase.issues[0].code).toBe(
      "decoupling_base_year_without_values"
    );
    const nothingAfter = decouplingOverTime(series, 2022).wholePeriod;
    expect(nothingAfter.ok ? undefined : nothingAfter.issues[0].code).toBe(
      "decoupling_no_later_year"
    );
  });

  it("counts a step without an elasticity in no degree", () => {
    const flatDriver = { years: [2019, 2020], pressure: [10, 9], driver: [5, 5] };
    const result = decouplingOverTime(flatDriver, 2019);
    expect(Object.values(result.stepsPerDegree).reduce((sum, count) => sum + count, 0)).toBe(0);
    expect(result.steps[0]?.result.ok).toBe(false);
  });
});
