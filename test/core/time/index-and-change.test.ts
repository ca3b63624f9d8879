import { annualChanges, changeSinceBaseYear } from "../../../src/core/time/annual-change";
import { indexToBaseYear } from "../../../src/core/time/index-to-base-year";
import { reasonOf, seriesOf, valueOf } from "./support";

// 2019: 50, 2020: 55, 2021: missing, 2022: 40
const series = seriesOf({ 2019: 50, 2020: 55, 2021: null, 2022: 40 });

describe("indexToBaseYear", () => {
  it("is 100 in the first year with a value: 55/50·100 = 110, 40/50·100 = 80, missing stays null", () => {
    const index = valueOf(indexToBaseYear(series));
    expect(index.baseYear).toBe(2019);
    expect(index.baseValue).toBe(50);
    expect(index.years).toEqual([
      { year: 2019, index: 100 },
      { year: 2020, index: 110 },
      { year: 2021, index: null },
      { year: 2022, index: 80 },
    ]);
  });

  it("takes a given base year: 50/55·100 = 90.909…", () => {
    const index = valueOf(indexToBaseYear(series, { baseYear: 2020 }));
    expect(index.years[0]?.index).toBeCloseTo(9000 / 99, 12);
    expect(index.years[1]?.index).toBe(100);
  });

  it("turns around for lower is better: 100 - 100·(55 - 50)/50 = 90, 100 + 100·(50 - 40)/50 = 120", () => {
    const index = valueOf(indexToBaseYear(series, { direction: -1 }));
    expect(index.years.map((year) => year.index)).toEqual([100, 90, null, 120]);
  });

  it("rises from a negative base when the value rises: 100 + 100·(-5 - -10)/10 = 150", () => {
    const index = valueOf(indexToBaseYear(seriesOf({ 2020: -10, 2021: -5 })));
    expect(index.years.map((year) => year.index)).toEqual([100, 150]);
  });

  it("gives a single point the index 100", () => {
    expect(valueOf(indexToBaseYear(seriesOf({ 2020: 7 }))).years).toEqual([
      { year: 2020, index: 100 },
    ]);
  });

  it("gives reasons for a zero base, a base year without value and an all-missing series", () => {
    expect(reasonOf(indexToBaseYear(seriesOf({ 2020: 0, 2021: 5 })))).toBe("base_value_zero");
    expect(reasonOf(indexToBaseYear(series, { baseYear: 2021 }))).toBe("base_year_without_value");
    expect(reasonOf(indexToBaseYear(seriesOf({ 2020: null, 2021: null })))).toBe("too_few_points");
  });
});

describe("annualChanges", () => {
  it("gives each change to the next present value: +5 (10 %), then -15 over two years (-7.5 a year, -15/55)", () => {
    expect(valueOf(annualChanges(series))).toEqual([
      { previousYear: 2019, year: 2020, change: 5, changePerYear: 5, relativeChange: 0.1 },
      {
        previousYear: 2020,
        year: 2022,
        change: -15,
        changePerYear: -7.5,
        relativeChange: -15 / 55,
      },
    ]);
  });

  it("leaves the relative change null after a zero and gives 0 for a flat series", () => {
    expect(valueOf(annualChanges(seriesOf({ 2020: 0, 2021: 3 })))[0]?.relativeChange).toBeNull();
    expect(valueOf(annualChanges(seriesOf({ 2020: 4, 2021: 4 })))[0]?.change).toBe(0);
  });

  it("needs two present values", () => {
    expect(reasonOf(annualChanges(seriesOf({ 2020: 4, 2021: null })))).toBe("too_few_points");
  });

  it("reports overflow instead of Infinity: (1e308 - -1e308) overflows", () => {
    expect(reasonOf(annualChanges(seriesOf({ 2020: -1e308, 2021: 1e308 })))).toBe(
      "result_not_finite"
    );
  });
});

describe("changeSinceBaseYear", () => {
  it("is the latest value minus the base: 40 - 50 = -10, -10/50 = -20 %", () => {
    expect(valueOf(changeSinceBaseYear(series))).toEqual({
      baseYear: 2019,
      baseValue: 50,
      year: 2022,
      value: 40,
      change: -10,
      relativeChange: -0.2,
    });
  });

  it("takes a given base year (55 -> 40 = -15) and leaves the relative change null from 0", () => {
    expect(valueOf(changeSinceBaseYear(series, 2020)).change).toBe(-15);
    expect(valueOf(changeSinceBaseYear(seriesOf({ 2020: 0, 2021: 2 }))).relativeChange).toBeNull();
  });

  it("needs a later value than the base and a value in the base year", () => {
    expect(reasonOf(changeSinceBaseYear(seriesOf({ 2020: 3 })))).toBe("too_few_points");
    expect(reasonOf(changeSinceBaseYear(series, 2022))).toBe("too_few_points");
    expect(reasonOf(changeSinceBaseYear(series, 2018))).toBe("base_year_without_value");
  });
});
