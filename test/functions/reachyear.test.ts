import { reachyear } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

const row = (...cells: unknown[]) => [cells];
const years = row(2020, 2021, 2022);

describe("VEIKART.REACHYEAR", () => {
  it("gives the first whole year the linear trend reaches the target", () => {
    // 30 + 10(t - 2022) = 40 in 2023; = 45 in 2023.5, so 2024
    expect(reachyear(row(10, 20, 30), years, 40)).toBe(2023);
    expect(reachyear(row(10, 20, 30), years, 45)).toBe(2024);
    expect(reachyear(row(8, 6, 4), years, 2)).toBe(2023);
  });

  it('follows the CAGR with "cagr"', () => {
    // 40·2^(t - 2022) = 100 at t = 2022 + log2(2.5) = 2023.32, so 2024
    expect(reachyear(row(10, 25, 40), years, 100, "cagr")).toBe(2024);
  });

  it("gives the latest year when the target is already met in the direction given", () => {
    expect(reachyear(row(10, 20, 45), years, 40, "linear", "higher")).toBe(2022);
    expect(reachyear(row(8, 6, 1), years, 2, "linear", "lower")).toBe(2022);
  });

  it('gives #N/A "not reached on the current trend" for a flat trend or one moving away', () => {
    const flat = reachyear(row(20, 20, 20), years, 40) as FakeExcelError;
    expect([flat.code, flat.message]).toEqual([
      "#N/A",
      "The target 40 is not reached on the current trend.",
    ]);
    expect((reachyear(row(2, 4, 6), years, 1, "", -1) as FakeExcelError).code).toBe("#N/A");
  });

  it("gives #N/A for a blank target and #VALUE! for an unknown method", () => {
    expect((reachyear(row(1, 2), row(2020, 2021), "") as FakeExcelError).code).toBe("#N/A");
    expect((reachyear(row(1, 2), row(2020, 2021), 5, "fast") as FakeExcelError).code).toBe(
      "#VALUE!"
    );
  });
});
