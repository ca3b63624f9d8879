import { trend } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

const row = (...cells: unknown[]) => [cells];
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe("VEIKART.TREND", () => {
  it("gives the least-squares slope per year by default", () => {
    // 0, 0, 75 over 2020-2022: slope (3·150 - 3·75) / (3·5 - 9) = 37.5 a year
    expect(trend(row(0, 0, 75), row(2020, 2021, 2022))).toBe(37.5);
    expect(trend(row(10, 20, 30), row(2020, 2021, 2022), "slope")).toBe(10);
  });

  it('gives the compound annual growth rate with "cagr", from the first to the last value', () => {
    // (40/10)^(1/2) - 1 = 1: doubling each year
    expect(trend(row(10, 25, 40), row(2020, 2021, 2022), "CAGR")).toBe(1);
  });

  it("pairs a row of values with a column of years and skips missing values and empty pairs", () => {
    // 10 in 2019 and 16 in 2022 (2020 is "..", 2021 blank): slope 2 a year
    expect(trend(row(10, "..", "", 16, ""), column(2019, 2020, 2021, 2022, ""))).toBe(2);
  });

  it("reads years written as text", () => {
    expect(trend(row(1, 3), row("2020", "2021"))).toBe(2);
  });

  it("gives #N/A with a message when fewer than two years have values", () => {
    const result = trend(row(5, ""), row(2020, 2021)) as FakeExcelError;
    expect([result.code, result.message]).toEqual([
      "#N/A",
      "Needs at least 2 years with values, but the series has 1.",
    ]);
  });

  it("gives #VALUE! when the CAGR is undefined because the first value is 0", () => {
    const result = trend(row(0, 5), row(2020, 2021), "cagr") as FakeExcelError;
    expect([result.code, result.message]).toEqual([
      "#VALUE!",
      "The annual growth rate needs a first value above 0; the value in 2020 is 0.",
    ]);
  });

  it("gives #VALUE! for ranges of different sizes, a repeated year and an unknown method", () => {
    expect((trend(row(1, 2, 3), row(2020, 2021)) as FakeExcelError).message).toBe(
      "There are 2 years and 3 values; each value needs its year."
    );
    expect((trend(row(1, 2), row(2020, 2020)) as FakeExcelError).message).toBe(
      "The year 2020 appears more than once in the series."
    );
    expect((trend(row(1, 2), row(2020, "next"), "linear") as FakeExcelError).message).toBe(
      '"next" is not a year.'
    );
    const method = trend(row(1, 2), row(2020, 2021), "quadratic") as FakeExcelError;
    expect([method.code, method.message]).toEqual([
      "#VALUE!",
      'Invalid method: use "linear", "slope", "lineær" or "cagr".',
    ]);
  });

  it("passes on an Excel error among the values", () => {
    const error = new FakeExcelError("#DIV/0!");
    expect(trend(row(1, error), row(2020, 2021))).toBe(error);
  });
});
