import fc from "fast-check";
import { forecast } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

const row = (...cells: unknown[]) => [cells];
const years = row(2020, 2021, 2022);

describe("VEIKART.FORECAST", () => {
  it("projects to 2030 on the least-squares line by default", () => {
    expect(forecast(row(10, 20, 30), years)).toBe(110);
    // 0, 0, 75: slope 37.5 through (2021, 25): 25 + 37.5·9 = 362.5
    expect(forecast(row(0, 0, 75), years)).toBeCloseTo(362.5, 9);
  });

  it("projects to the year given", () => {
    expect(forecast(row(10, 20, 30), years, 2024)).toBe(50);
    expect(forecast(row(10, 20, 30), years, 2020)).toBe(10);
  });

  it('carries the last value forward at the CAGR with "cagr"', () => {
    // (40/10)^(1/2) - 1 = 100 % a year: 40·2² = 160 in 2024
    expect(forecast(row(10, 25, 40), years, 2024, "cagr")).toBe(160);
  });

  it("is exact for any perfectly linear series of whole numbers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 1990, max: 2020 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2000, max: 2100 }),
        (start, slope, firstYear, count, year) => {
          const seriesYears = Array.from({ length: count }, (_, index) => firstYear + index);
          const values = seriesYears.map((seriesYear) => start + slope * (seriesYear - firstYear));
          expect(forecast([values], [seriesYears], year)).toBe(start + slope * (year - firstYear));
        }
      )
    );
  });

  it("gives #N/A with one year of values and #VALUE! for a year outside 1000-9999", () => {
    expect((forecast(row(10, ""), row(2020, 2021)) as FakeExcelError).code).toBe("#N/A");
    expect((forecast(row(10, 20), row(2020, 2021), 30) as FakeExcelError).message).toBe(
      "Invalid year: use a year such as 2030."
    );
  });
});
