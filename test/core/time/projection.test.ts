import fc from "fast-check";
import {
  projectedValue,
  readTrendMethod,
  targetReachYear,
} from "../../../src/core/time/projection";
import { reasonOf, seriesOf, valueOf } from "./support";

const rising = seriesOf({ 2018: 1, 2019: 3, 2020: 5 }); // slope 2, 3 in 2019
const growing = seriesOf({ 2018: 100, 2019: null, 2020: 121 }); // CAGR 0.1

describe("projectedValue", () => {
  it("follows the linear trend to 2030 by default: 3 + 2·(2030 - 2019) = 25", () => {
    expect(valueOf(projectedValue(rising))).toEqual({ year: 2030, value: 25, method: "linear" });
    expect(valueOf(projectedValue(rising, 2025)).value).toBe(15);
  });

  it("follows the CAGR from the last value: 121·1.1^10 = 313.8428376721", () => {
    const projection = valueOf(projectedValue(growing, 2030, "cagr"));
    expect(projection.value).toBeCloseTo(313.8428376721, 8);
    expect(projection.method).toBe("cagr");
  });

  it("keeps a flat series flat with either method", () => {
    const flat = seriesOf({ 2018: 4, 2019: 4, 2020: 4 });
    expect(valueOf(projectedValue(flat)).value).toBe(4);
    expect(valueOf(projectedValue(flat, 2030, "cagr")).value).toBe(4);
  });

  it("gives reasons for one point, a year that is not a number and a CAGR from 0", () => {
    expect(reasonOf(projectedValue(seriesOf({ 2020: 1 })))).toBe("too_few_points");
    expect(reasonOf(projectedValue(rising, Number.NaN))).toBe("time_number_invalid");
    expect(reasonOf(projectedValue(seriesOf({ 2018: 0, 2020: 1 }), 2030, "cagr"))).toBe(
      "growth_start_not_positive"
    );
    // 0 in 2020 after CAGR -1: back to 2019 would be 0·0^(-1)
    expect(reasonOf(projectedValue(seriesOf({ 2018: 5, 2020: 0 }), 2019, "cagr"))).toBe(
      "result_not_finite"
    );
  });

  it("forecasts a perfectly linear series exactly, whatever its years and gaps", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        fc.uniqueArray(fc.integer({ min: 2000, max: 2025 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1990, max: 2100 }),
        (intercept, slope, years, year) => {
          const series = { years, values: years.map((t) => intercept + slope * (t - 2000)) };
          expect(valueOf(projectedValue(series, year)).value).toBe(
            intercept + slope * (year - 2000)
          );
        }
      )
    );
  });
});

describe("targetReachYear", () => {
  it("is where the linear trend meets the target: 2019 + (25 - 3)/2 = 2030, 2019 + (10 - 3)/2 = 2022.5", () => {
    expect(valueOf(targetReachYear(rising, 25))).toEqual({
      year: 2030,
      wholeYear: 2030,
      alreadyReached: false,
      method: "linear",
    });
    const reach = valueOf(targetReachYear(rising, 10));
    expect(reach.year).toBe(2022.5);
    expect(reach.wholeYear).toBe(2023);
    expect(valueOf(projectedValue(rising, reach.year)).value).toBe(10);
  });

  it("follows the CAGR: 2020 + ln(200/121)/ln(1.1) = 2025.27…", () => {
    const reach = valueOf(targetReachYear(growing, 200, { method: "cagr" }));
    expect(reach.year).toBeCloseTo(2020 + Math.log(200 / 121) / Math.log(1.1), 10);
    expect(reach.wholeYear).toBe(2026);
  });

  it("is the latest year when the latest value already meets the target", () => {
    expect(valueOf(targetReachYear(rising, 4, { direction: 1 }))).toEqual({
      year: 2020,
      wholeYear: 2020,
      alreadyReached: true,
      method: "linear",
    });
    expect(valueOf(targetReachYear(rising, 5)).alreadyReached).toBe(true);
  });

  it("is never earlier than the latest year: 0, 10, 5 has slope 2.5 and meets 7 in 2019.8, reported as 2020", () => {
    const zigzag = seriesOf({ 2018: 0, 2019: 10, 2020: 5 });
    expect(valueOf(targetReachYear(zigzag, 7)).year).toBe(2020);
  });

  it("is not on the current trend for a flat series, a trend away from the target, or a CAGR towards 0", () => {
    const flat = seriesOf({ 2018: 4, 2019: 4, 2020: 4 });
    expect(reasonOf(targetReachYear(flat, 10))).toBe("not_on_current_trend");
    // without a direction, a target below the latest value means "go down"; the series rises
    expect(reasonOf(targetReachYear(rising, 4))).toBe("not_on_current_trend");
    expect(reasonOf(targetReachYear(rising, 0, { direction: -1 }))).toBe("not_on_current_trend");
    const falling = seriesOf({ 2018: 100, 2020: 81 });
    expect(reasonOf(targetReachYear(falling, 0, { method: "cagr" }))).toBe("not_on_current_trend");
    expect(valueOf(targetReachYear(falling, 0)).year).toBeCloseTo(2020 + 81 / 9.5, 10);
  });

  it("gives reasons for one point, an invalid target and a negative start under CAGR", () => {
    expect(reasonOf(targetReachYear(seriesOf({ 2020: 1 }), 3))).toBe("too_few_points");
    expect(reasonOf(targetReachYear(rising, Number.POSITIVE_INFINITY))).toBe("time_number_invalid");
    expect(reasonOf(targetReachYear(seriesOf({ 2018: -1, 2020: 1 }), 3, { method: "cagr" }))).toBe(
      "growth_start_not_positive"
    );
  });
});

describe("readTrendMethod", () => {
  it("reads linear (the default), lineær, slope and cagr in any case", () => {
    expect(valueOf(readTrendMethod(undefined))).toBe("linear");
    expect(valueOf(readTrendMethod(" Lineær "))).toBe("linear");
    expect(valueOf(readTrendMethod("slope"))).toBe("linear");
    expect(valueOf(readTrendMethod("CAGR"))).toBe("cagr");
  });

  it("refuses anything else", () => {
    expect(reasonOf(readTrendMethod("spline"))).toBe("trend_method_invalid");
    expect(reasonOf(readTrendMethod(3))).toBe("trend_method_invalid");
  });
});
