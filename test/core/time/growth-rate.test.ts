import { runPipeline } from "../../../src/core/pipeline/run-pipeline";
import { resultsOf } from "../../../src/core/pipeline/results";
import { compoundAnnualGrowthRate } from "../../../src/core/time/growth-rate";
import { resultsByUnit, seriesOfMeasure } from "../../../src/core/time/result-series";
import { readCoinrFixture } from "../../support/coinr-csv";
import { asemDataset, asemFramework } from "../pipeline/coinr-fixtures";
import { reasonOf, seriesOf, valueOf } from "./support";

describe("compoundAnnualGrowthRate", () => {
  it("is (121/100)^(1/2) - 1 = 0.1 over two years", () => {
    const growth = valueOf(compoundAnnualGrowthRate(seriesOf({ 2018: 100, 2020: 121 })));
    expect(growth.rate).toBeCloseTo(0.1, 14);
    expect(growth.first).toEqual({ year: 2018, value: 100 });
    expect(growth.last).toEqual({ year: 2020, value: 121 });
  });

  it("uses the first and last present points, skipping missing ones: (133.1/100)^(1/3) - 1 = 0.1", () => {
    const series = seriesOf({
      2017: null,
      2018: 100,
      2019: null,
      2020: 500,
      2021: 133.1,
      2022: null,
    });
    expect(valueOf(compoundAnnualGrowthRate(series)).rate).toBeCloseTo(0.1, 14);
  });

  it("is 0 for a flat series and -1 when the last value is 0", () => {
    expect(valueOf(compoundAnnualGrowthRate(seriesOf({ 2018: 5, 2019: 5, 2020: 5 }))).rate).toBe(0);
    expect(valueOf(compoundAnnualGrowthRate(seriesOf({ 2018: 5, 2020: 0 }))).rate).toBe(-1);
  });

  it("gives reasons for a first value of 0 or less, a negative last value, and fewer than two points", () => {
    expect(reasonOf(compoundAnnualGrowthRate(seriesOf({ 2018: 0, 2020: 3 })))).toBe(
      "growth_start_not_positive"
    );
    expect(reasonOf(compoundAnnualGrowthRate(seriesOf({ 2018: -2, 2020: -3 })))).toBe(
      "growth_start_not_positive"
    );
    expect(reasonOf(compoundAnnualGrowthRate(seriesOf({ 2018: 2, 2020: -3 })))).toBe(
      "growth_end_negative"
    );
    expect(reasonOf(compoundAnnualGrowthRate(seriesOf({ 2018: 2 })))).toBe("too_few_points");
    expect(reasonOf(compoundAnnualGrowthRate(seriesOf({ 2018: null, 2019: null })))).toBe(
      "too_few_points"
    );
  });

  it("reports an overflowing rate instead of Infinity: (1e300/1e-300)^(1/1) - 1", () => {
    expect(reasonOf(compoundAnnualGrowthRate(seriesOf({ 2018: 1e-300, 2019: 1e300 })))).toBe(
      "result_not_finite"
    );
  });
});

describe("CAGR on COINr's panel example (ASEM_iData_p.csv, 2018-2022)", () => {
  const rows = readCoinrFixture("ASEM_iData_p.csv");
  const { framework } = asemFramework();
  const indicatorIds = framework.indicators.map((indicator) => indicator.id);

  /** COINr's rule written out directly: (last/first)^(1/(t_last - t_first)) - 1 over the non-missing points. */
  function directCagr(unitCode: string, indicatorId: string): number | null {
    const points = rows
      .filter((row) => row.uCode === unitCode && row[indicatorId] !== "")
      .map((row) => ({ year: Number(row.Time), value: Number(row[indicatorId]) }))
      .sort((a, b) => a.year - b.year);
    const first = points[0];
    const last = points[points.length - 1];
    if (first === undefined || last === undefined || points.length < 2) return null;
    if (!(first.value > 0) || last.value < 0) return null;
    return Math.pow(last.value / first.value, 1 / (last.year - first.year)) - 1;
  }

  it("Austria's LPI by hand from the file's values: (x_2022/x_2018)^(1/4) - 1", () => {
    const lpi = rows
      .filter((row) => row.uCode === "AUT")
      .map((row) => ({ year: Number(row.Time), value: Number(row.LPI) }));
    const x2018 = lpi.find((point) => point.year === 2018)?.value as number;
    const x2022 = lpi.find((point) => point.year === 2022)?.value as number;
    expect(x2018).toBe(4.0979850000000004);
    const series = {
      years: lpi.map((point) => point.year),
      values: lpi.map((point) => point.value),
    };
    expect(valueOf(compoundAnnualGrowthRate(series)).rate).toBe(Math.pow(x2022 / x2018, 1 / 4) - 1);
  });

  it("every unit and indicator through the engine's results equals the direct formula (or gives a reason where it is undefined)", () => {
    const results = resultsOf(runPipeline({ framework, dataset: asemDataset("ASEM_iData_p.csv") }));
    const byUnit = resultsByUnit(results);
    expect(byUnit.size).toBe(51);
    let compared = 0;
    let reasons = 0;
    for (const [unitCode, unitRows] of byUnit) {
      expect(unitRows.map((row) => row.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
      for (const indicatorId of indicatorIds) {
        const growth = compoundAnnualGrowthRate(
          seriesOfMeasure(unitRows, { kind: "raw", indicatorId })
        );
        const expected = directCagr(unitCode, indicatorId);
        if (expected === null) {
          expect(growth.ok).toBe(false);
          reasons++;
        } else {
          expect(valueOf(growth).rate).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared + reasons).toBe(51 * indicatorIds.length);
    expect(compared).toBeGreaterThan(2000);
  });
});
